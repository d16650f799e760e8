// Security Hub's documented limits are a rate and a burst per operation (docs/aws-behaviour.md#rate-limits); AWS does
// not say per what, so the emulator keeps one token bucket per (caller account, Region, operation).
import type { RateLimit } from '../scenario.js';

interface Bucket {
  tokens: number;
  refilledAtMs: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limit: RateLimit | null) {}

  /** Takes a token for the key; false when the bucket is empty and the call must be throttled. */
  take(key: string, nowMs = Date.now()): boolean {
    if (!this.limit) return true;
    const { ratePerSecond, burst } = this.limit;
    const bucket = this.buckets.get(key) ?? { tokens: burst, refilledAtMs: nowMs };
    bucket.tokens = Math.min(burst, bucket.tokens + ((nowMs - bucket.refilledAtMs) / 1000) * ratePerSecond);
    bucket.refilledAtMs = nowMs;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
