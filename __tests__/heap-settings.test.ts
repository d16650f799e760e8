import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAP_FLAGS } from '../src/heap-flags.js';
import { node24 } from '../scripts/local-runner.js';

// Sets the flags at run time, as src/heap-settings.ts does, then replaces a list of 100,000 small
// objects ten times over: many young collections, objects that survive them, and full
// collections that free whole pages, as a long run's state does.
const CHURN = `
const flags = JSON.parse(process.argv[1]);
for (const flag of flags) require('node:v8').setFlagsFromString(flag);
let kept = [];
for (let round = 0; round < 10; round++) { kept = []; for (let i = 0; i < 1e5; i++) kept.push({ id: 'a' + i, n: i }); }
console.log(kept.length);
`;

/**
 * V8's own trace of every collection of CHURN with these flags. The trace is read, not the heap
 * statistics at the end: those can count pages V8 is still letting go of, and then read several
 * times the young generation's real size.
 */
function collections(flags: readonly string[]) {
  const trace = execFileSync(node24, ['-e', CHURN, JSON.stringify(['--trace-gc', '--trace-gc-verbose', ...flags])], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).split('\n');
  const newSpaceKiB = trace.map((line) => /New space,.*committed:\s+(\d+) KB/.exec(line)?.[1]).filter((kib) => kib !== undefined);
  return {
    /** The most the young generation (new space) held at any collection. */
    youngKiB: Math.max(...newSpaceKiB.map(Number)),
    full: trace.filter((line) => line.includes('Mark-Compact')),
  };
}

describe('the heap settings set at start-up', () => {
  it('are flags the action runtime knows (an unknown flag would be refused here)', () => {
    expect(() => execFileSync(node24, [...HEAP_FLAGS, '-e', '0'], { stdio: 'pipe' })).not.toThrow();
    expect(() => execFileSync(node24, ['--no-such-heap-flag=1', '-e', '0'], { stdio: 'pipe' })).toThrow();
  });

  // Each child process runs once, before the tests that read its trace.
  let unset: ReturnType<typeof collections>;
  let set: ReturnType<typeof collections>;
  beforeAll(() => {
    unset = collections([]);
    set = collections(HEAP_FLAGS);
  });

  it('keep the young generation at its first size when set at run time, where V8 would grow it many times over', () => {
    expect(set.youngKiB).toBeGreaterThan(0);
    expect(set.youngKiB).toBeLessThanOrEqual(4 * 1024);
    expect(unset.youngKiB).toBeGreaterThan(4 * set.youngKiB);
  });

  it('make every full collection one that reduces memory when set at run time, with no freed page kept resident in a pool', () => {
    expect(unset.full.length).toBeGreaterThan(0);
    expect(unset.full.some((line) => /pooled: [1-9]/.test(line))).toBe(true);
    expect(unset.full.every((line) => !line.includes('(reduce)'))).toBe(true);
    expect(set.full.length).toBeGreaterThan(0);
    expect(set.full.every((line) => line.includes('Mark-Compact (reduce)') && line.includes('pooled: 0 MB'))).toBe(true);
  });
});
