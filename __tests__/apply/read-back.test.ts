import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitBeforeAttempt } from '../../src/apply/read-back.js';

describe('waitBeforeAttempt', () => {
  afterEach(() => vi.useRealTimers());

  it('does not wait before the first attempt, then waits the first delay, doubling', async () => {
    vi.useFakeTimers();
    const patience = { attempts: 4, firstDelayMs: 100 };
    const waited: number[] = [];
    for (let attempt = 1; attempt <= patience.attempts; attempt++) {
      const start = Date.now();
      const wait = waitBeforeAttempt(attempt, patience);
      await vi.runAllTimersAsync();
      await wait;
      waited.push(Date.now() - start);
    }
    expect(waited).toEqual([0, 100, 200, 400]);
  });
});
