import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/local-runner.js';

describe('dist/', () => {
  it('is exactly what src/ builds to (run `npm run build` and commit dist/)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'securityhub-onboard-dist-'));
    try {
      const ncc = join(repoRoot, 'node_modules', '.bin', 'ncc');
      await promisify(execFile)(ncc, ['build', 'src/index.ts', '-o', out, '--source-map', '--license', 'licenses.txt', '--no-cache'], {
        cwd: repoRoot,
      });
      const [built, committed] = await Promise.all([readFile(join(out, 'index.js'), 'utf8'), readFile(join(repoRoot, 'dist', 'index.js'), 'utf8')]);
      expect(committed === built, 'dist/index.js is stale: run `npm run build` and commit dist/').toBe(true);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 180_000);
});
