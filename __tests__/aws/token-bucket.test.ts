import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenBucket, TokenBuckets } from '../../src/aws/token-bucket.js';

// The buckets are driven by vitest's fake timers; the injected clock reads the same fake time,
// so advancing the timers is the only way time passes.
const fakeNow = () => Date.now();

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

/** Takes `count` tokens and records, per take, the fake time at which it was granted. */
function takeMany(take: () => Promise<void>, count: number): (number | undefined)[] {
  const grantedAt: (number | undefined)[] = Array.from({ length: count }, () => undefined);
  for (let index = 0; index < count; index++) {
    void take().then(() => {
      grantedAt[index] = fakeNow();
    });
  }
  return grantedAt;
}

describe('TokenBucket', () => {
  it('serves a full burst at once', async () => {
    const bucket = new TokenBucket(10, 3, fakeNow);
    const grantedAt = takeMany(() => bucket.take(), 3);
    await vi.advanceTimersByTimeAsync(0);
    expect(grantedAt).toEqual([0, 0, 0]);
  });

  it('serves the take after the burst only when a token has refilled', async () => {
    const bucket = new TokenBucket(10, 3, fakeNow);
    const grantedAt = takeMany(() => bucket.take(), 4);
    await vi.advanceTimersByTimeAsync(99);
    expect(grantedAt[3]).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(grantedAt[3]).toBe(100);
  });

  it('then serves takes at the rate', async () => {
    const bucket = new TokenBucket(10, 3, fakeNow);
    const grantedAt = takeMany(() => bucket.take(), 8);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(grantedAt).toEqual([0, 0, 0, 100, 200, 300, 400, 500]);
  });

  it('rounds a fractional wait up to the next millisecond', async () => {
    const bucket = new TokenBucket(3, 1, fakeNow);
    const grantedAt = takeMany(() => bucket.take(), 3);
    await vi.advanceTimersByTimeAsync(10_000);
    // 1000/3 ms rounds up to 334; the refill is capped at the burst of 1, so the next wait is 334 again.
    expect(grantedAt).toEqual([0, 334, 668]);
  });

  it('serves callers in the order they asked', async () => {
    const bucket = new TokenBucket(10, 1, fakeNow);
    const order: number[] = [];
    const takes = [0, 1, 2, 3, 4].map((caller) => bucket.take().then(() => order.push(caller)));
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(takes);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps a late caller behind those already waiting', async () => {
    const bucket = new TokenBucket(10, 1, fakeNow);
    const order: string[] = [];
    // This timer is due at 100 ms, the moment the waiting caller's token refills, and fires first.
    setTimeout(() => void bucket.take().then(() => order.push('late')), 100);
    void bucket.take().then(() => order.push('first'));
    void bucket.take().then(() => order.push('waiting'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(order).toEqual(['first', 'waiting', 'late']);
  });

  it('refills while idle, but never beyond the burst', async () => {
    const bucket = new TokenBucket(10, 2, fakeNow);
    takeMany(() => bucket.take(), 2);
    await vi.advanceTimersByTimeAsync(60_000);
    const grantedAt = takeMany(() => bucket.take(), 3);
    await vi.advanceTimersByTimeAsync(0);
    expect(grantedAt).toEqual([60_000, 60_000, undefined]);
    await vi.advanceTimersByTimeAsync(100);
    expect(grantedAt[2]).toBe(60_100);
  });

  it('counts partly refilled tokens towards the next wait', async () => {
    const bucket = new TokenBucket(10, 1, fakeNow);
    takeMany(() => bucket.take(), 1);
    await vi.advanceTimersByTimeAsync(60);
    const grantedAt = takeMany(() => bucket.take(), 1);
    await vi.advanceTimersByTimeAsync(39);
    expect(grantedAt[0]).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(grantedAt[0]).toBe(100);
  });
});

describe('TokenBuckets', () => {
  it('keeps one bucket per key, so one operation does not slow another', async () => {
    const buckets = new TokenBuckets(10, 1);
    const grantedAt = {
      createFirst: takeMany(() => buckets.take('CreateMembers'), 1),
      createSecond: takeMany(() => buckets.take('CreateMembers'), 1),
      invite: takeMany(() => buckets.take('InviteMembers'), 1),
    };
    await vi.advanceTimersByTimeAsync(0);
    expect(grantedAt).toEqual({ createFirst: [0], createSecond: [undefined], invite: [0] });
    await vi.advanceTimersByTimeAsync(100);
    expect(grantedAt.createSecond).toEqual([100]);
  });
});
