import { describe, expect, it } from 'vitest';
import { isMemberLimitExceeded } from '../../src/aws/errors.js';
import { ActionRetryStrategy, MAX_ATTEMPTS, retryOptions, retryRule } from '../../src/aws/retry.js';

type SdkError = NonNullable<Parameters<typeof retryRule>[0]['error']>;
const named = (name: string, message = '') => Object.assign(new Error(message), { name }) as SdkError;
const memberCap = () =>
  named('LimitExceededException', 'The request was rejected because it would exceed the limit of 1000 invitation-based member accounts.');

describe('isMemberLimitExceeded', () => {
  it('is a LimitExceededException that names member accounts or invitations', () => {
    expect(isMemberLimitExceeded(memberCap())).toBe(true);
    expect(isMemberLimitExceeded(named('LimitExceededException', 'Member account limit exceeded'))).toBe(true);
    expect(isMemberLimitExceeded(named('LimitExceededException', 'You have reached the maximum number of invitations'))).toBe(true);
  });

  it('is never a rate limit, whatever else the message says', () => {
    expect(isMemberLimitExceeded(named('LimitExceededException', 'Rate exceeded'))).toBe(false);
    expect(isMemberLimitExceeded(named('LimitExceededException', 'Too Many Requests'))).toBe(false);
    expect(isMemberLimitExceeded(named('LimitExceededException', 'Request rate for member APIs exceeded'))).toBe(false);
    expect(isMemberLimitExceeded(named('LimitExceededException'))).toBe(false);
  });

  it('is never another error', () => {
    expect(isMemberLimitExceeded(named('TooManyRequestsException', 'limit of 1000 member accounts'))).toBe(false);
    expect(isMemberLimitExceeded(undefined)).toBe(false);
    expect(isMemberLimitExceeded('LimitExceededException')).toBe(false);
  });
});

describe('retryRule', () => {
  it('gives the member cap one attempt and no backoff as throttling', () => {
    expect(retryRule({ error: memberCap(), errorType: 'THROTTLING' })).toEqual({ errorType: 'CLIENT_ERROR', maxAttempts: 1 });
  });

  it('retries STS IDPCommunicationError, a 400 the SDK would not retry', () => {
    expect(retryRule({ error: named('IDPCommunicationErrorException'), errorType: 'CLIENT_ERROR' })).toEqual({
      errorType: 'TRANSIENT',
      maxAttempts: MAX_ATTEMPTS.transient,
    });
  });

  it('tries a timed-out request twice at most', () => {
    expect(retryRule({ error: named('TimeoutError'), errorType: 'TRANSIENT' })).toEqual({ errorType: 'TRANSIENT', maxAttempts: 2 });
    // The HTTP handler's request timeout carries ETIMEDOUT.
    const requestTimeout = Object.assign(named('TimeoutError', 'a request has exceeded the configured 10000 ms requestTimeout.'), {
      code: 'ETIMEDOUT',
    });
    expect(retryRule({ error: requestTimeout, errorType: 'TRANSIENT' })).toEqual({ errorType: 'TRANSIENT', maxAttempts: 2 });
  });

  it('retries a reset connection as transient, though the SDK names it TimeoutError', () => {
    const reset = Object.assign(named('TimeoutError', 'socket hang up'), { code: 'ECONNRESET' });
    expect(retryRule({ error: reset, errorType: 'TRANSIENT' })).toEqual({ errorType: 'TRANSIENT', maxAttempts: MAX_ATTEMPTS.transient });
  });

  it('keeps the SDK’s classification of everything else: throttling 8 attempts, transient 4', () => {
    expect(retryRule({ error: named('LimitExceededException', 'Rate exceeded'), errorType: 'THROTTLING' })).toEqual({
      errorType: 'THROTTLING',
      maxAttempts: 8,
    });
    expect(retryRule({ error: named('InternalException'), errorType: 'TRANSIENT' })).toEqual({ errorType: 'TRANSIENT', maxAttempts: 4 });
    expect(retryRule({ error: named('InvalidIdentityTokenException'), errorType: 'CLIENT_ERROR' })).toEqual({
      errorType: 'CLIENT_ERROR',
      maxAttempts: 4,
    });
  });
});

describe('ActionRetryStrategy', () => {
  const retries = async (strategy: ActionRetryStrategy, errorInfo: Parameters<ActionRetryStrategy['refreshRetryTokenForRetry']>[1]) => {
    let token = await strategy.acquireInitialRetryToken('');
    for (;;) {
      try {
        token = await strategy.refreshRetryTokenForRetry(token, errorInfo);
      } catch {
        return token.getRetryCount();
      }
    }
  };

  it('does not retry the member cap', async () => {
    expect(await retries(new ActionRetryStrategy(8), { error: memberCap(), errorType: 'THROTTLING' })).toBe(0);
  });

  it('retries IDPCommunicationError up to the transient attempts', async () => {
    expect(await retries(new ActionRetryStrategy(5), { error: named('IDPCommunicationErrorException'), errorType: 'CLIENT_ERROR' })).toBe(
      3,
    );
  });

  it('retries a timeout once', async () => {
    expect(await retries(new ActionRetryStrategy(8), { error: named('TimeoutError'), errorType: 'TRANSIENT' })).toBe(1);
  });

  it('never goes past the client’s maxAttempts', async () => {
    expect(await retries(new ActionRetryStrategy(2), { error: named('InternalException'), errorType: 'TRANSIENT' })).toBe(1);
  });

  it('does not retry a client error', async () => {
    expect(await retries(new ActionRetryStrategy(8), { error: named('AccessDenied'), errorType: 'CLIENT_ERROR' })).toBe(0);
  });

  it('is what retryOptions gives every client, with the maxAttempts asked for', () => {
    const options = retryOptions(5);
    expect(options.maxAttempts).toBe(5);
    expect(options.retryStrategy).toBeInstanceOf(ActionRetryStrategy);
    expect(retryOptions().maxAttempts).toBe(MAX_ATTEMPTS.throttling);
  });
});
