import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/local-runner.js';

describe('dist/', () => {
  it('is exactly what src/ builds to (run `npm run build` and commit dist/)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'securityhub-onboard-dist-'));
    try {
      const [command, ...args] = buildScriptInto(JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as PackageJson, out);
      await promisify(execFile)(join(repoRoot, 'node_modules', '.bin', command!), args, { cwd: repoRoot });
      const dist = join(repoRoot, 'dist');
      const [builtFiles, committedFiles] = await Promise.all([readdir(out), readdir(dist)]);
      expect(committedFiles.sort(), 'the files in dist/ (run `npm run build` and commit dist/)').toEqual(builtFiles.sort());
      for (const file of builtFiles) {
        const [built, committed] = await Promise.all([readFile(join(out, file)), readFile(join(dist, file))]);
        expect(committed.equals(built), `dist/${file} is stale: run \`npm run build\` and commit dist/`).toBe(true);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 180_000);
});

interface PackageJson {
  scripts: Record<string, string>;
}

/** `npm run build` as written in package.json, with its output directory (`-o dist`) moved to `out`. */
function buildScriptInto(pkg: PackageJson, out: string): string[] {
  const words = (pkg.scripts.build ?? '').split(/\s+/);
  const output = words.indexOf('-o') + 1;
  expect(words[0], 'the build script runs ncc').toBe('ncc');
  expect(words[output], 'the build script writes dist/').toBe('dist');
  return words.map((word, index) => (index === output ? out : word));
}
