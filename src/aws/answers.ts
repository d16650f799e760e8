// What AWS's answers mean where a decision of the action depends on them. Each rule, its public
// source and whether it is documented, reported or unknown: docs/aws-behaviour.md.

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
