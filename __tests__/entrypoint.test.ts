import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../scripts/local-runner.js';
import { run } from '../src/main.js';

// The runner executes src/index.ts (dist/index.js); @github/local-action and the tests import
// run() from src/main.ts and own the process. Only the former may turn lost promises into failures.
describe('the unhandled-rejection handler', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    process.exitCode = undefined;
  });

  it('is not installed by run(), so a tool that imports run() keeps its own errors', async () => {
    vi.stubEnv('INPUT_ACCOUNT-IDS', 'not-an-account');
    vi.stubEnv('INPUT_REGIONS', '');
    vi.stubEnv('AWS_REGION', '');
    vi.stubEnv('AWS_DEFAULT_REGION', '');
    vi.stubEnv('GITHUB_OUTPUT', '');
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const before = process.listenerCount('unhandledRejection');
    try {
      await run();
    } finally {
      write.mockRestore();
    }
    expect(process.listenerCount('unhandledRejection')).toBe(before);
  });

  it('is installed by the entry point before the run, and fails the step with the reason', async () => {
    const index = await readFile(join(repoRoot, 'src', 'index.ts'), 'utf8');
    expect(index.indexOf('failOnUnhandledRejections();')).toBeGreaterThan(-1);
    expect(index.indexOf('failOnUnhandledRejections();')).toBeLessThan(index.indexOf('await run();'));
    // A module inside the repository (.tmp/ is ignored by git), so that it resolves the action's packages.
    const script = join(repoRoot, '.tmp', 'lost-promise.ts');
    await mkdir(join(repoRoot, '.tmp'), { recursive: true });
    await writeFile(
      script,
      "import { failOnUnhandledRejections } from '../src/report/ending.js';\nfailOnUnhandledRejections();\nvoid Promise.reject(new Error('a promise nobody awaited'));\n",
    );
    const child = spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), [script], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(child.stdout).toContain('::error::Unexpected error: Error: a promise nobody awaited');
    expect(child.status).toBe(1);
  });
});
