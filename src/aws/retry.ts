// How the action retries a failed call: the SDK's own standard strategy (exponential backoff with
// full jitter, a retry quota per client), with the action's classification of a few errors on top.
// Reading back what is eventually consistent is another matter: apply/read-back.ts.
import { StandardRetryStrategy } from '@smithy/core/retry';
import { isMemberLimitExceeded, isUnansweredRequest } from './errors.js';

type RetryToken = Parameters<StandardRetryStrategy['refreshRetryTokenForRetry']>[0];
type RetryErrorInfo = Parameters<StandardRetryStrategy['refreshRetryTokenForRetry']>[1];
type RetryErrorType = RetryErrorInfo['errorType'];

/** Attempts in all, the first included, by what went wrong. */
export const MAX_ATTEMPTS = {
  /** 429s: bulk onboarding meets throttling, and waiting it out is the fix (docs/aws-behaviour.md#rate-limits). */
  throttling: 8,
  /** 5xx, reset connections, STS IDPCommunicationError. */
  transient: 4,
  /**
   * A request that got no answer within the request timeout: each attempt costs a whole timeout,
   * and a Region that stopped answering seldom starts again within seconds.
   */
  timeout: 2,
} as const;

/** How many attempts in all a failed call gets, and the error type the SDK's backoff uses. */
export function retryRule(errorInfo: RetryErrorInfo): { errorType: RetryErrorType; maxAttempts: number } {
  const { error, errorType } = errorInfo;
  if (isMemberLimitExceeded(error)) return { errorType: 'CLIENT_ERROR', maxAttempts: 1 };
  // STS answers 400 IDPCommunicationError when it cannot reach the identity provider (GitHub's
  // OIDC issuer); its documentation says to retry. The SDK retries no 400, so the action does.
  if (error?.name === 'IDPCommunicationErrorException') return { errorType: 'TRANSIENT', maxAttempts: MAX_ATTEMPTS.transient };
  if (isUnansweredRequest(error)) return { errorType, maxAttempts: MAX_ATTEMPTS.timeout };
  return { errorType, maxAttempts: errorType === 'THROTTLING' ? MAX_ATTEMPTS.throttling : MAX_ATTEMPTS.transient };
}

/** The retry settings of every AWS client of the action; `maxAttempts` caps every kind of error. */
export function retryOptions(maxAttempts: number = MAX_ATTEMPTS.throttling) {
  return { maxAttempts, retryStrategy: new ActionRetryStrategy(maxAttempts) };
}

/** The SDK's StandardRetryStrategy with the attempts of `retryRule`. */
export class ActionRetryStrategy extends StandardRetryStrategy {
  constructor(maxAttempts: number) {
    super(maxAttempts);
  }

  override async refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const rule = retryRule(errorInfo);
    // The SDK's retry middleware rethrows the call's own error when no token is given.
    if (token.getRetryCount() + 1 >= rule.maxAttempts) throw new Error(`No retry after ${rule.maxAttempts} attempt(s).`);
    return super.refreshRetryTokenForRetry(token, { ...errorInfo, errorType: rule.errorType });
  }
}
