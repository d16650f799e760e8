// `npm run bench:readers`: the accounts-file readers against the worst input of each format
// (scripts/bench/readers.ts), without the AWS cases. `npm run bench` runs them too.
//
//   npm run bench:readers -- [--runs=N]
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measureReaders, measureReplacedPattern, renderReaderTable } from './bench/readers.js';
import { repoRoot } from './local-runner.js';

const runs = Math.max(
  1,
  Number(
    process.argv
      .slice(2)
      .find((arg) => arg.startsWith('--runs='))
      ?.slice('--runs='.length) ?? 3,
  ),
);
process.stderr.write(`readers: every generated hostile case, median of ${runs} parses…\n`);
const measurements = measureReaders(runs, (line) => process.stderr.write(`${line}\n`));
console.log(renderReaderTable(measurements));
const replacedMs = measureReplacedPattern();
console.log(`\nThe trailing-email pattern the text reader had, over the line of at-line-40k.txt: ${Math.round(replacedMs)} ms.`);
await mkdir(join(repoRoot, 'bench-results'), { recursive: true });
await writeFile(
  join(repoRoot, 'bench-results', 'readers.json'),
  `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, runs, measurements, replacedPatternMs: replacedMs }, null, 2)}\n`,
);
