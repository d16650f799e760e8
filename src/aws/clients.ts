// Every AWS client of the action is built here, one way: its Region and credentials, the action's
// retry strategy (retry.ts), timeouts on every request, and, for the APIs with a request quota, a
// client-side rate limit per operation and call counting. Gateways pass the SDK client class, so
// each loads only the SDK package it uses.
import type { MiddlewareStack } from '@smithy/types';
import type { AwsCredentials } from './credentials.js';
import { isThrottle } from './errors.js';
import { requestTimeoutMs } from '../timeouts.js';
import { retryOptions } from './retry.js';
import { Sha256 } from './sha256.js';
import { TokenBuckets } from './token-bucket.js';
import type { CallStats } from './call-stats.js';

/** Counts per operation, for logs and the benchmark. */
export interface Timeouts {
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
}

/** A client-side token bucket per operation, and the counters every attempt is counted in. */
export interface Metering {
  ratePerSecond: number;
  burst: number;
  stats: CallStats;
}

export interface ClientOptions extends Timeouts {
  region: string;
  /** Omitted: the SDK's default chain (credentials configured by an earlier step). */
  credentials?: AwsCredentials;
  /** Attempts in all for any one call (retry.ts); the SDK's default of 3 is too few for bulk runs that meet throttling. */
  maxAttempts?: number;
  /** Omitted for calls with no quota worth pacing (STS). */
  metering?: Metering;
}

/** The configuration every SDK client of the action is constructed with. */
export interface ClientConfig {
  region: string;
  credentials?: AwsCredentials;
  maxAttempts: number;
  retryStrategy: ReturnType<typeof retryOptions>['retryStrategy'];
  requestHandler: ReturnType<typeof httpOptions>;
  cacheMiddleware: boolean;
  sha256: typeof Sha256;
}

/** An SDK client: its middleware stack is where the rate limit and the counting go. */
interface SdkClient<Input extends object, Output extends object> {
  middlewareStack: MiddlewareStack<Input, Output>;
}

export function createClient<Input extends object, Output extends object, Client extends SdkClient<Input, Output>>(
  Sdk: new (config: ClientConfig) => Client & SdkClient<Input, Output>,
  options: ClientOptions,
): Client {
  const client = new Sdk({
    region: options.region,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...retryOptions(options.maxAttempts),
    requestHandler: httpOptions(options),
    // The middleware stack is resolved once per command, not on every call (a few percent of the
    // CPU of a large run): every middleware of ours is added here, before the first call.
    cacheMiddleware: true,
    // Signing without node:crypto's slow check of each HMAC key (sha256.ts).
    sha256: Sha256,
  });
  if (options.metering) meter(client, options.metering);
  return client;
}

/**
 * Timeouts for every AWS client. `requestTimeout` alone only logs a warning in the SDK; without
 * `throwOnRequestTimeout` a server that stops answering holds the job until GitHub's 6-hour limit.
 * 10 s per request: the member APIs answer within a second or two, and a timed-out request is tried
 * twice at most (retry.ts), so a Region that stops answering costs about 20 s per call rather than
 * the 8 × 30 s of 8 attempts at the SDK's usual timeout.
 */
export function httpOptions(options: Timeouts = {}, env: NodeJS.ProcessEnv = process.env) {
  return {
    connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    requestTimeout: options.requestTimeoutMs ?? requestTimeoutMs(env),
    throwOnRequestTimeout: true,
  };
}

/**
 * Every attempt, retries included, waits for a token of its operation's bucket and is counted:
 * the middleware sits inside the SDK's retry middleware (same step, lower priority). The token is
 * taken for good when the answer is back (token-bucket.ts: the service may count it that late).
 */
function meter<Input extends object, Output extends object>(
  client: SdkClient<Input, Output>,
  { ratePerSecond, burst, stats }: Metering,
): void {
  const buckets = new TokenBuckets(ratePerSecond, burst);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = context.commandName?.replace(/Command$/, '') ?? 'unknown';
      const release = await buckets.acquire(operation);
      stats.calls[operation] = (stats.calls[operation] ?? 0) + 1;
      try {
        return await next(args);
      } catch (error) {
        if (isThrottle(error)) stats.throttled += 1;
        throw error;
      } finally {
        release();
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'securityhubOnboardRateLimit' },
  );
}
