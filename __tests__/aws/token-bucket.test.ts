import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenBucket, TokenBuckets, type Release } from '../../src/aws/token-bucket.js';

// The buckets are driven by vitest's fake timers; the injected clock reads the same fake time,
// so advancing the timers is the only way time passes.
const fakeNow = () => Date.now();

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

/**
 * Asks for `count` tokens and records, per request, the fake time at which it was granted. Each
 * request is answered at once (released when granted) unless `answerAfterMs` says otherwise, or
 * never when it is `null`.
 */
function takeMany(acquire: () => Promise<Release>, count: number, answerAfterMs: number | null = 0): (number | undefined)[] {
  const grantedAt: (number | undefined)[] = Array.from({ length: count }, () => undefined);
  for (let index = 0; index < count; index++) {
    void acquire().then((release) => {
      grantedAt[index] = fakeNow();
      if (answerAfterMs === 0) release();
      else if (answerAfterMs !== null) setTimeout(release, answerAfterMs);
    });
  }
  return grantedAt;
}

describe('TokenBucket', () => {
  it('serves a full burst at once', async () => {
    const bucket = new TokenBucket(10, 3, fakeNow);
    const grantedAt = takeMany(() => bucket.acquire(), 3);
    await vi.advanceTimersByTimeAsync(0);
    expect(grantedAt).toEqual([0, 0, 0]);
  });

  it('serves the take after the burst only when a token has refilled', async () => {
    const bucket = new TokenBucket(10, 3, fakeNow);
    const grantedAt = takeMany(() => bucket.acquire(), 4);
    await vi.advanceTimersByTimeAsync(99);
    expect(grantedAt[3]).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(grantedAt[3]).toBe(100);
  });

  it('then serves takes at the rate', async () => {
    const bucket = new TokenBucket(10, 3, fakeNow);
    const grantedAt = takeMany(() => bucket.acquire(), 8);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(grantedAt).toEqual([0, 0, 0, 100, 200, 300, 400, 500]);
  });

  it('rounds a fractional wait up to the next millisecond', async () => {
    const bucket = new TokenBucket(3, 1, fakeNow);
    const grantedAt = takeMany(() => bucket.acquire(), 3);
    await vi.advanceTimersByTimeAsync(10_000);
    // 1000/3 ms rounds up to 334; the refill is capped at the burst of 1, so the next wait is 334 again.
    expect(grantedAt).toEqual([0, 334, 668]);
  });

  it('serves callers in the order they asked', async () => {
    const bucket = new TokenBucket(10, 1, fakeNow);
    const order: number[] = [];
    const takes = [0, 1, 2, 3, 4].map((caller) =>
      bucket.acquire().then((release) => {
        release();
        order.push(caller);
      }),
    );
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(takes);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps a late caller behind those already waiting', async () => {
    const bucket = new TokenBucket(10, 1, fakeNow);
    const order: string[] = [];
    // This timer is due at 100 ms, the moment the waiting caller's token refills, and fires first.
    const answered = (name: string) => (release: Release) => {
      release();
      order.push(name);
    };
    setTimeout(() => void bucket.acquire().then(answered('late')), 100);
    void bucket.acquire().then(answered('first'));
    void bucket.acquire().then(answered('waiting'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(order).toEqual(['first', 'waiting', 'late']);
  });

  it('refills while idle, but never beyond the burst', async () => {
    const bucket = new TokenBucket(10, 2, fakeNow);
    takeMany(() => bucket.acquire(), 2);
    await vi.advanceTimersByTimeAsync(60_000);
    const grantedAt = takeMany(() => bucket.acquire(), 3);
    await vi.advanceTimersByTimeAsync(0);
    expect(grantedAt).toEqual([60_000, 60_000, undefined]);
    await vi.advanceTimersByTimeAsync(100);
    expect(grantedAt[2]).toBe(60_100);
  });

  it('counts partly refilled tokens towards the next wait', async () => {
    const bucket = new TokenBucket(10, 1, fakeNow);
    takeMany(() => bucket.acquire(), 1);
    await vi.advanceTimersByTimeAsync(60);
    const grantedAt = takeMany(() => bucket.acquire(), 1);
    await vi.advanceTimersByTimeAsync(39);
    expect(grantedAt[0]).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(grantedAt[0]).toBe(100);
  });
});

describe('TokenBucket: the service counts a request when it arrives, at the latest when it is answered', () => {
  it('takes a token for good only when the answer arrives, so a slow answer delays the refill', async () => {
    const bucket = new TokenBucket(10, 2, fakeNow);
    // Both requests may have arrived as late as 500 ms, when they are answered: until then the
    // bucket stays full (no refill beyond the burst), and the third waits a whole token after that.
    const grantedAt = takeMany(() => bucket.acquire(), 3, 500);
    await vi.advanceTimersByTimeAsync(599);
    expect(grantedAt).toEqual([0, 0, undefined]);
    await vi.advanceTimersByTimeAsync(1);
    expect(grantedAt[2]).toBe(600);
  });

  it('counts requests in flight as taken now: no more than the burst is ever unanswered', async () => {
    const bucket = new TokenBucket(10, 3, fakeNow);
    const grantedAt = takeMany(() => bucket.acquire(), 4, null);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(grantedAt).toEqual([0, 0, 0, undefined]);
    expect(bucket.pending).toBe(3);
  });

  it('serves a waiting caller when an answer frees a token of a full bucket', async () => {
    const bucket = new TokenBucket(10, 1, fakeNow);
    let first: Release | undefined;
    void bucket.acquire().then((release) => (first = release));
    const grantedAt = takeMany(() => bucket.acquire(), 1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(grantedAt).toEqual([undefined]);
    first!();
    // Answered at 5 s: the token was taken then, and the next one has refilled 100 ms later.
    await vi.advanceTimersByTimeAsync(99);
    expect(grantedAt).toEqual([undefined]);
    await vi.advanceTimersByTimeAsync(1);
    expect(grantedAt).toEqual([5_100]);
  });

  it('takes a token once however often a request is released', async () => {
    const bucket = new TokenBucket(10, 2, fakeNow);
    const release = await bucket.acquire();
    release();
    release();
    const grantedAt = takeMany(() => bucket.acquire(), 2);
    await vi.advanceTimersByTimeAsync(0);
    expect(grantedAt).toEqual([0, undefined]);
    expect(bucket.pending).toBe(0);
  });

  it('keeps the pace of a bucket that takes at sending when answers are prompt', async () => {
    const bucket = new TokenBucket(10, 3, fakeNow);
    const grantedAt = takeMany(() => bucket.acquire(), 8, 25);
    await vi.advanceTimersByTimeAsync(10_000);
    // The first three were answered at 25 ms, so the refill that counts starts then.
    expect(grantedAt).toEqual([0, 0, 0, 125, 225, 325, 425, 525]);
  });
});

describe('TokenBuckets', () => {
  it('keeps one bucket per key, so one operation does not slow another', async () => {
    const buckets = new TokenBuckets(10, 1);
    const grantedAt = {
      createFirst: takeMany(() => buckets.acquire('CreateMembers'), 1),
      createSecond: takeMany(() => buckets.acquire('CreateMembers'), 1),
      invite: takeMany(() => buckets.acquire('InviteMembers'), 1),
    };
    await vi.advanceTimersByTimeAsync(0);
    expect(grantedAt).toEqual({ createFirst: [0], createSecond: [undefined], invite: [0] });
    await vi.advanceTimersByTimeAsync(100);
    expect(grantedAt.createSecond).toEqual([100]);
  });
});
