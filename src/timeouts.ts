// How long one network request may take before it is given up (and retried, within a bound).

/** Not an input: the end-to-end tests set it so that an endpoint that stops answering costs them a second, not 20. */
export const REQUEST_TIMEOUT_ENV = 'SECURITYHUB_ONBOARD_REQUEST_TIMEOUT_MS';

/**
 * 10 s per request, unless REQUEST_TIMEOUT_ENV says otherwise: AWS, GitHub's API and its OIDC
 * endpoint answer within a second or two, and a request that timed out is tried twice at most.
 */
export function requestTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env[REQUEST_TIMEOUT_ENV]);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 10_000;
}

/** Waits before retry number `retry` (1, 2, …): full jitter on `baseDelayMs` × 2^(retry - 1), at most `maxDelayMs`. */
export function backoffMs(retry: number, baseDelayMs = 500, maxDelayMs = 5_000, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1)));
}
