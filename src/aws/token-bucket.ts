/**
 * A client-side token bucket that accounts for when the service counts a request. Security Hub
 * allows 10 requests per second with a burst of 30 for every member API (docs/aws-behaviour.md#rate-limits),
 * counted per account and Region, so the action keeps one bucket per Region and operation and waits for a
 * token instead of provoking 429s.
 *
 * The service takes its token when a request arrives, and that can be any time between the moment
 * the client sends it and the moment the answer comes back. Requests sent at an even pace arrive
 * bunched when the sending process is busy (17 Regions × several operations being signed and
 * written at once) or the path to the service is: a bucket that takes its token at sending then
 * runs ahead of the service's and meets 429s. So this bucket takes the token for good only when
 * the answer arrives (the latest moment the service can have counted the request), and counts
 * every request still in flight as taken now (the worst case: all of them arrive at once). Delaying
 * a take never leaves more tokens in a bucket later on, so the client's bucket never holds more
 * than the service's, however the arrivals bunch. At a steady pace this costs nothing: tokens are
 * only taken one round trip later.
 */
export type Release = () => void;

export class TokenBucket {
  /** Tokens left after the answered requests; those in flight are still to be taken. */
  private tokens: number;
  private last: number;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /**
   * Resolves when a request may be sent; callers are served in order. Call the release it gives
   * once the answer (or the error) has arrived: only then is the token taken for good.
   */
  acquire(): Promise<Release> {
    return new Promise((resolve) => {
      this.waiting.push(() => resolve(this.releaser()));
      this.serve();
    });
  }

  /** Requests sent and not yet answered. */
  get pending(): number {
    return this.inFlight;
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.refill();
      this.tokens -= 1;
      this.inFlight -= 1;
      this.serve();
    };
  }

  private serve(): void {
    this.refill();
    while (this.waiting.length > 0 && this.tokens - this.inFlight >= 1) {
      this.inFlight += 1;
      this.waiting.shift()!();
    }
    if (this.waiting.length === 0 || this.timer !== undefined) return;
    // A full bucket refills no further: only an answer can free a token, and release() serves then.
    if (this.tokens >= this.burst) return;
    const waitMs = ((1 - (this.tokens - this.inFlight)) / this.ratePerSecond) * 1000;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.serve();
    }, Math.ceil(waitMs));
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
  }
}

/** One bucket per key (an operation name), created on first use. */
export class TokenBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now?: () => number,
  ) {}

  acquire(key: string): Promise<Release> {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.ratePerSecond, this.burst, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket.acquire();
  }
}
