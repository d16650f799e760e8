// The read-back schedule. Membership is eventually consistent (docs/aws-behaviour.md#read-back):
// what was just written is read back a few times, with backoff, before the action reports it as not
// done. One schedule for every read-back (created members, our invitation on the member side, the
// member Enabled from the administrator's side).
//
// It is one of three ways the action tries again, each for its own job: a failed AWS call is retried
// by the SDK with the action's retry strategy (aws/retry.ts; the OIDC token and GitHub requests have
// their own bounded retry, timeouts.ts); a call over the service's rate waits for a token first
// (aws/token-bucket.ts); and an answer that is right but not yet up to date is read again on this
// schedule.

export interface Patience {
  attempts: number;
  /** The wait before the second attempt; each later wait doubles. */
  firstDelayMs: number;
}

/** 6 attempts over about 15.5 s. */
export const READ_BACK: Patience = { attempts: 6, firstDelayMs: 500 };

/** Waits before `attempt` (1-based): nothing before the first, then firstDelayMs, doubling. */
export function waitBeforeAttempt(attempt: number, patience: Patience): Promise<void> {
  if (attempt <= 1) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, patience.firstDelayMs * 2 ** (attempt - 2)));
}

/** The whole schedule's waits, in seconds (one decimal), for messages. */
export function patienceSeconds(patience: Patience): number {
  let totalMs = 0;
  for (let attempt = 2; attempt <= patience.attempts; attempt++) totalMs += patience.firstDelayMs * 2 ** (attempt - 2);
  return Math.round(totalMs / 100) / 10;
}
