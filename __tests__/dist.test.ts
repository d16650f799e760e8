import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildDist } from '../scripts/build.js';
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

describe('the build', () => {
  it('refuses a directory holding anything it did not write, and leaves it as it was', async () => {
    const out = await mkdtemp(join(tmpdir(), 'securityhub-onboard-not-dist-'));
    try {
      await mkdir(join(out, 'src'));
      await writeFile(join(out, 'index.js'), 'an earlier build\n');
      await writeFile(join(out, 'notes.md'), 'mine\n');
      await expect(buildDist(out)).rejects.toThrow(`Refusing to build into ${out}: it holds`);
      expect((await readdir(out)).sort()).toEqual(['index.js', 'notes.md', 'src']);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});

interface PackageJson {
  scripts: Record<string, string>;
}

/** `npm run build` as written in package.json, with its output directory (its last word, `dist`) moved to `out`. */
function buildScriptInto(pkg: PackageJson, out: string): string[] {
  const words = (pkg.scripts.build ?? '').split(/\s+/);
  expect(words.slice(0, 2), 'the build script runs scripts/build.ts').toEqual(['tsx', 'scripts/build.ts']);
  expect(words.at(-1), 'the build script writes dist/').toBe('dist');
  return [...words.slice(0, -1), out];
}
