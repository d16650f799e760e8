// AWS errors as the action sees them: the wrapped call error (what was being done, where), what
// AWS's answers mean where a decision depends on them, and the advice the action gives with them.
// Each rule, its public source and whether it is documented, reported or unknown: docs/aws-behaviour.md.

/** An AWS call that failed after the SDK's retries, with what the action was doing. */
export class AwsCallError extends Error {
  constructor(
    readonly operation: string,
    readonly region: string,
    readonly errorName: string,
    readonly detail: string,
    readonly httpStatus?: number,
  ) {
    super(`${operation} failed in ${region}: ${errorName}: ${detail}`);
    this.name = 'AwsCallError';
  }
}

export class HubNotEnabledError extends AwsCallError {}

/**
 * A failure to obtain credentials, with the fix in its message. `missing` means the job has none
 * to offer (no OIDC token, no credentials in the environment); `refused` means AWS said no.
 */
export class CredentialsError extends Error {
  override name = 'CredentialsError';
  constructor(
    message: string,
    readonly kind: 'missing' | 'refused' = 'refused',
    /** The AWS error behind a refusal, to tell a Region not enabled from a real refusal. */
    readonly awsError?: unknown,
  ) {
    super(message);
  }
}

/** An error from the SDK (`name`, `message`) or already wrapped by the gateway (`errorName`, `detail`). */
interface AnswerLike {
  name?: string;
  errorName?: string;
  message?: string;
  detail?: string;
}

function nameOf(error: unknown): string {
  const candidate = error as AnswerLike | undefined;
  return candidate?.errorName ?? candidate?.name ?? '';
}

function textOf(error: unknown): string {
  const candidate = error as AnswerLike | undefined;
  return candidate?.detail ?? candidate?.message ?? '';
}

/** Runs one AWS call and gives any failure the operation and Region it happened in. */
export async function wrapErrors<T>(operation: string, region: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw toAwsCallError(operation, region, error);
  }
}

/** The text reported for a failed call: the AWS error name and message, without the stack. */
export function errorText(error: unknown): string {
  if (error instanceof AwsCallError) return `${error.errorName}: ${error.detail}`;
  return error instanceof Error ? error.message : String(error);
}

export function toAwsCallError(operation: string, region: string, error: unknown): AwsCallError {
  if (error instanceof AwsCallError) return error;
  const candidate = error as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  // The SDK calls a reset connection "TimeoutError: socket hang up"; its Node code says what happened.
  const name = (candidate?.name === 'TimeoutError' && !isUnansweredRequest(error) && candidate.code) || candidate?.name || 'Error';
  const message = candidate?.message || String(error);
  const detail = isMemberLimitExceeded(error) ? `${message} ${MEMBER_LIMIT_ADVICE}` : message;
  return new AwsCallError(operation, region, name, detail, candidate?.$metadata?.httpStatusCode);
}

/**
 * The invitation-based member cap (1,000 per administrator per Region, docs/aws-behaviour.md#member-cap). Security Hub
 * answers it with the same 429 LimitExceededException as a rate limit ("beyond the current AWS
 * account or throttling limits", in the API model), which the SDK retries as throttling for a minute
 * or more. Only the message tells them apart: a cap names member accounts, a rate limit does not.
 */
export function isMemberLimitExceeded(error: unknown): boolean {
  if (nameOf(error) !== 'LimitExceededException') return false;
  // toAwsCallError appends MEMBER_LIMIT_ADVICE to the text; it is not AWS's and is not read.
  const message = textOf(error).replace(MEMBER_LIMIT_ADVICE, '');
  return /\b(member|invitation)/i.test(message) && !/\brate\b|throttl|too many requests/i.test(message);
}

/**
 * A request that got no answer (or no connection) within its timeout: a TimeoutError with no code
 * or ETIMEDOUT. The SDK's HTTP handler also renames Node's ECONNRESET, ECONNREFUSED and EPIPE
 * errors TimeoutError; those keep their code, come at once, and are retried as transient.
 */
export function isUnansweredRequest(error: unknown): boolean {
  const candidate = error as { name?: string; code?: string } | undefined;
  return candidate?.name === 'TimeoutError' && (candidate.code === undefined || candidate.code === 'ETIMEDOUT');
}

const THROTTLE_NAMES = new Set(['TooManyRequestsException', 'LimitExceededException', 'ThrottlingException']);

/** A rate limit the SDK waits out; the member cap is a 429 too, but it is not retried (retry.ts). */
export function isThrottle(error: unknown): boolean {
  const candidate = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  if (isMemberLimitExceeded(error)) return false;
  return candidate?.$metadata?.httpStatusCode === 429 || THROTTLE_NAMES.has(candidate?.name ?? '');
}

/**
 * GetMembers for an account it cannot see (yet) fails the whole call: 400 BadRequestException or
 * AccessDeniedException "The request is rejected since no such resource found.", or
 * ResourceNotFoundException (docs/aws-behaviour.md#read-back).
 */
export function isNotVisibleYet(error: unknown): boolean {
  const name = nameOf(error);
  if (name === 'ResourceNotFoundException') return true;
  return (name === 'BadRequestException' || name === 'AccessDeniedException') && /no such resource found/i.test(textOf(error));
}

/**
 * CreateMembers' answer for an account already in the member list (docs/aws-behaviour.md#already-a-member).
 * Narrow on purpose: "already a member account for a different administrator" is a refusal.
 */
export function isAlreadyMember(processingResult: string): boolean {
  return /already a member or associated member of the current account/i.test(processingResult);
}

/**
 * A per-account answer that names the member cap (docs/aws-behaviour.md#member-cap). Its wording is
 * unknown; it must name members or invitations and a limit, and not the 51st-account answer
 * "Maximum number of results exceeded".
 */
export function isMemberLimitText(processingResult: string): boolean {
  return (
    /\b(members?|invitations?)\b/i.test(processingResult) &&
    /\b(limit|maximum|exceed)/i.test(processingResult) &&
    !/\brate\b|throttl|too many requests/i.test(processingResult)
  );
}

export const MEMBER_LIMIT_ADVICE =
  'This is the cap on invitation-based member accounts (1,000 per administrator account and Region), not a rate limit, so it was not retried. ' +
  'Remove members that are no longer needed, or manage these accounts through AWS Organizations, which allows 10,000.';

/** A per-account answer with the advice added when it names the member cap. */
export function withMemberLimitAdvice(processingResult: string): string {
  return isMemberLimitText(processingResult) ? `${processingResult} ${MEMBER_LIMIT_ADVICE}` : processingResult;
}

/**
 * What AWS answers in an opt-in Region that the account has not enabled: Security Hub 403
 * UnrecognizedClientException, regional STS 403 InvalidClientTokenId (or RegionDisabledException)
 * (docs/aws-behaviour.md#opt-in-regions).
 */
export function isRegionNotEnabled(error: unknown): boolean {
  return ['UnrecognizedClientException', 'InvalidClientTokenId', 'RegionDisabledException', 'RegionDisabled'].includes(nameOf(error));
}

export function regionNotEnabledMessage(region: string, accountId: string, error: unknown): string {
  return (
    `Region ${region} is not enabled for account ${accountId} (opt-in Region): AWS answered ${nameOf(error)}: ${textOf(error)}. ` +
    `Enable the Region for the account (AWS Account Management), or remove it from 'regions'.`
  );
}

/** IAM's denial names the action ("… is not authorized to perform: securityhub:ListMembers …"); other AccessDeniedException texts are not IAM's (docs/aws-behaviour.md#access-denied). */
export function isIamDenial(error: unknown): boolean {
  return /is not authorized to perform/i.test(textOf(error));
}

/**
 * Security Hub, Account and Organizations answer AccessDeniedException, EC2 UnauthorizedOperation,
 * STS AccessDenied. Organizations also uses AccessDeniedException for a caller that is neither the
 * management account nor a delegated administrator (API reference of each List operation).
 */
const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation']);

export function isAccessDenied(error: unknown): boolean {
  if (error instanceof AwsCallError) return DENIED.has(error.errorName);
  return DENIED.has((error as { name?: string } | undefined)?.name ?? '');
}
