import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HEAP_FLAGS } from '../src/heap-flags.js';
import { node24 } from '../scripts/local-runner.js';

// Allocates a million small objects of which a third survive, as a long run's state does, and
// prints the size of V8's young generation (new space) afterwards.
const ALLOCATE = `
const flags = JSON.parse(process.argv[1]);
for (const flag of flags) require('node:v8').setFlagsFromString(flag);
const kept = [];
for (let i = 0; i < 1e6; i++) { const o = { id: 'a' + i, n: i }; if (i % 3 === 0) kept.push(o); }
const space = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
console.log(space.space_size, kept.length);
`;

const newSpaceBytes = (flags: readonly string[]) =>
  Number(execFileSync(node24, ['-e', ALLOCATE, JSON.stringify(flags)], { encoding: 'utf8' }).split(' ')[0]);

describe('the heap settings set at start-up', () => {
  it('are flags the action runtime knows (an unknown flag would be refused here)', () => {
    expect(() => execFileSync(node24, [...HEAP_FLAGS, '-e', '0'], { stdio: 'pipe' })).not.toThrow();
    expect(() => execFileSync(node24, ['--no-such-heap-flag=1', '-e', '0'], { stdio: 'pipe' })).toThrow();
  });

  it('keep the young generation at its first size when set at run time, where V8 would grow it many times over', () => {
    const unset = newSpaceBytes([]);
    const set = newSpaceBytes(HEAP_FLAGS);
    expect(set).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(unset).toBeGreaterThan(4 * set);
  });
});
