// The readers against their worst inputs: every generated case of the hostile corpus (files up to
// just under the 5 MiB limit, built to make a pattern backtrack or a parser walk a value again and
// again), parsed in this process, the median of a few runs each. Linear readers keep every case
// well under a second or two; a quadratic one takes minutes on the largest.
import { extname } from 'node:path';
import { HOSTILE_CASES, hostileContent } from '../../__tests__/fixtures/hostile/corpus.js';
import { readCsvAccounts } from '../../src/accounts/formats/csv.js';
import { formatNameOf, parseAccountsFile, type FileFormat } from '../../src/accounts/index.js';
import { readJsonAccounts } from '../../src/accounts/formats/json.js';
import { readTextAccounts } from '../../src/accounts/formats/text.js';
import { readYamlAccounts } from '../../src/accounts/formats/yaml.js';

// The readers the action loads lazily for each format, here at hand so that timing stays synchronous.
const READERS: Readonly<Record<string, FileFormat['read']>> = {
  JSON: readJsonAccounts,
  YAML: readYamlAccounts,
  CSV: readCsvAccounts,
  text: readTextAccounts,
};
const formatOf = (file: string): FileFormat => ({ name: formatNameOf(file), read: READERS[formatNameOf(file)]! });
import { median, ms } from './table.js';

export interface ReaderMeasurement {
  file: string;
  format: string;
  about: string;
  bytes: number;
  medianMs: number;
  /** What the reader made of it: the first diagnostic, or the number of accounts. */
  result: string;
}

const FORMATS: Readonly<Record<string, string>> = { '.txt': 'text', '.csv': 'CSV', '.json': 'JSON', '.yaml': 'YAML' };

export function measureReaders(runs = 3, progress: (line: string) => void = () => undefined): ReaderMeasurement[] {
  return HOSTILE_CASES.filter((hostileCase) => hostileCase.generated !== undefined).map((hostileCase) => {
    const content = hostileContent(hostileCase);
    const times: number[] = [];
    let result = '';
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      const parsed = parseAccountsFile(content, hostileCase.file, formatOf(hostileCase.file));
      times.push(performance.now() - started);
      result = parsed.diagnostics.length > 0 ? `${parsed.diagnostics.length} diagnostic(s)` : `${parsed.accounts.length} account(s)`;
    }
    const measurement = {
      file: hostileCase.file,
      format: FORMATS[extname(hostileCase.file)] ?? 'text',
      about: hostileCase.about,
      bytes: content.length,
      medianMs: median(times),
      result,
    };
    progress(`  ${measurement.file}: ${ms(measurement.medianMs)}`);
    return measurement;
  });
}

/**
 * The trailing-email pattern the plain-text reader had, over the 40 KB line of `at-line-40k.txt`:
 * the figure the rewritten reader is compared with, measured in the same run.
 */
export function measureReplacedPattern(): number {
  // Quadratic on purpose: `\S*@\S*` can split a run of `@` in every way before `\s*$` fails.
  const replaced = new RegExp('\\s(\\S*@\\S*)\\s*$');
  const line = `012345678901 ${'@'.repeat(40 * 1024)} x`;
  const started = performance.now();
  replaced.exec(line);
  return performance.now() - started;
}

/** A Markdown table: every case, the slowest of each format in bold. */
export function renderReaderTable(measurements: readonly ReaderMeasurement[]): string {
  const slowest = new Map<string, ReaderMeasurement>();
  for (const measurement of measurements) {
    const current = slowest.get(measurement.format);
    if (!current || measurement.medianMs > current.medianMs) slowest.set(measurement.format, measurement);
  }
  const rows = measurements.map((measurement) => {
    const bold = slowest.get(measurement.format) === measurement ? '**' : '';
    const mib = (measurement.bytes / 1024 / 1024).toFixed(2);
    return `| ${measurement.format} | \`${measurement.file}\` | ${measurement.about} | ${mib} MiB | ${bold}${ms(measurement.medianMs)}${bold} | ${measurement.result} |`;
  });
  return ['| format | case | input | size | parse time | result |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
