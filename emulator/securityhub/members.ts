// Security Hub CSPM administrator operations on one (administrator account, Region) hub.
// Statuses and transitions follow docs/aws-behaviour.md#statuses; organization accounts #organization-members.
import type { EmulatorContext } from '../protocols/context.js';
import { ServiceError } from '../protocols/http.js';
import { isDelegatedIn } from '../organization/model.js';
import { unprocessableReason } from '../scenario.js';
import { type Hub, type MemberJson, type MemberRecord, memberJson, newInvitationId, statusIs } from './state.js';

/** One Security Hub call, already authenticated: who calls, where, with what input. */
export interface HubCall {
  ctx: EmulatorContext;
  accountId: string;
  region: string;
  input: Record<string, unknown>;
  query: URLSearchParams;
}

interface UnprocessedAccount {
  AccountId: string;
  ProcessingResult: string;
}

// The one ProcessingResult seen from the real service (docs/aws-behaviour.md#already-a-member); the others are the emulator's.
const ALREADY_MEMBER =
  'The request is rejected because the given account ID is already a member or associated member of the current account.';
const NOT_MEMBER = 'The request is rejected since no such resource found.';
const SELF = 'The request is rejected because an administrator account cannot be its own member.';
const ORGANIZATION_INVITE = "Organization accounts don't receive invitations.";
const ORGANIZATION_DELETE = "You can't delete an account that belongs to an organization. Disassociate it instead.";
const MUST_DISASSOCIATE = 'You must disassociate a member account before you can delete it.';
const ALREADY_ASSOCIATED = 'The request is rejected because the given account ID is already an associated member.';
// The user guide's words on exclusivity (docs/aws-behaviour.md#organization-members).
// The member cap as a per-account answer: GuardDuty's wording for its own cap, the nearest public
// evidence; Security Hub's own wording is unknown (docs/aws-behaviour.md#member-cap).
const MEMBER_LIMIT_REACHED =
  'The request is rejected because the current account cannot create anymore members since it cannot exceed the maximum number of allowed members.';
const OTHER_ADMINISTRATOR = 'You cannot enable an account if it is already a member account for a different administrator account.';
const MAX_ACCOUNT_DETAILS = 50;
const MAX_LIST_RESULTS = 50;

export function createMembers(call: HubCall): { UnprocessedAccounts: UnprocessedAccount[] } {
  const details = accountDetails(call.input);
  const hub = enabledHub(call);
  const limit = call.ctx.scenario.invitationLimitShape;
  const overLimit =
    limit.on === 'CreateMembers' ? invitationLimitCheck(call, hub, newInvitationMembers(call, hub, details)) : new Set<string>();
  const unprocessed: UnprocessedAccount[] = [];
  for (const { AccountId, Email } of details) {
    const reason =
      unprocessableReason(call.ctx.scenario, AccountId, 'CreateMembers') ??
      createRefusal(call, hub, AccountId) ??
      organizationRefusal(call, AccountId) ??
      (overLimit.has(AccountId) ? MEMBER_LIMIT_REACHED : undefined);
    if (reason) {
      unprocessed.push({ AccountId, ProcessingResult: reason });
      continue;
    }
    const now = new Date();
    // Organization accounts need no invitation: CreateMembers enables them (docs/aws-behaviour.md#organization-members).
    const organization = isOrganizationAccount(call, AccountId);
    const status = organization ? organizationStatus(call, AccountId) : 'Created';
    const shape = call.ctx.scenario.organizationMembers;
    hub.members.set(AccountId, {
      accountId: AccountId,
      // AWS omits Email for organization members (docs/aws-behaviour.md#organization-members).
      ...((!organization || shape.email) && Email !== undefined && { email: Email }),
      ...(organization && shape.invitedAt && { invitedAt: now.toISOString() }),
      status,
      updatedAt: now.toISOString(),
      createdAtMs: now.getTime(),
    });
    if (status === 'Enabled') enableOrganizationMemberHub(call, AccountId);
  }
  return { UnprocessedAccounts: unprocessed };
}

export function inviteMembers(call: HubCall): { UnprocessedAccounts: UnprocessedAccount[] } {
  const accountIds = accountIdList(call.input, 'AccountIds');
  const hub = enabledHub(call);
  const limit = call.ctx.scenario.invitationLimitShape;
  const firstInvitations = accountIds.filter((accountId) => {
    const member = hub.members.get(accountId);
    return member !== undefined && !inviteRefusal(call, accountId, member) && !holdsInvitation(member);
  });
  const overLimit = limit.on === 'InviteMembers' ? invitationLimitCheck(call, hub, firstInvitations) : new Set<string>();
  const unprocessed: UnprocessedAccount[] = [];
  for (const accountId of accountIds) {
    const member = hub.members.get(accountId);
    const reason =
      unprocessableReason(call.ctx.scenario, accountId, 'InviteMembers') ??
      inviteRefusal(call, accountId, member) ??
      (overLimit.has(accountId) ? MEMBER_LIMIT_REACHED : undefined);
    if (reason || !member) {
      unprocessed.push({ AccountId: accountId, ProcessingResult: reason ?? NOT_MEMBER });
      continue;
    }
    // Inviting an Invited member sends the same invitation again; any other status gets a new one.
    const invitationId = (statusIs(member, 'Invited') && member.invitationId) || newInvitationId();
    const now = new Date();
    Object.assign(member, {
      status: 'Invited',
      invitedAt: now.toISOString(),
      invitedAtMs: now.getTime(),
      updatedAt: now.toISOString(),
      invitationId,
    });
  }
  return { UnprocessedAccounts: unprocessed };
}

export function listMembers(call: HubCall): { Members: MemberJson[]; NextToken?: string } {
  const onlyAssociated = booleanQuery(call.query, 'OnlyAssociated', true);
  const maxResults = integerQuery(call.query, 'MaxResults', 1, MAX_LIST_RESULTS) ?? MAX_LIST_RESULTS;
  const offset = pageOffset(call.query.get('NextToken'));
  const hub = enabledHub(call);
  // OnlyAssociated (default true) keeps Enabled members only (docs/aws-behaviour.md#list-members).
  const members = visibleMembers(call, hub).filter((member) => !onlyAssociated || statusIs(member, 'Enabled'));
  const extra = (call.ctx.scenario.regions[call.region]?.listedExtra ?? []).map((seed) => ({
    createdAtMs: 0,
    updatedAt: new Date(0).toISOString(),
    ...seed,
  }));
  const listed = [...members, ...extra.filter((member) => !onlyAssociated || statusIs(member, 'Enabled'))];
  const page = listed.slice(offset, offset + maxResults);
  const next = offset + maxResults;
  return {
    Members: page.map((member) => memberJson(hub.accountId, member)),
    ...(next < listed.length && { NextToken: pageToken(next) }),
  };
}

/**
 * Accounts it cannot see (not members, or created less than `visibilityDelayMs` ago) fail the whole
 * call or come back in UnprocessedAccounts, as the scenario's `getMembersMissing` says
 * (docs/aws-behaviour.md#read-back).
 */
export function getMembers(call: HubCall): { Members: MemberJson[]; UnprocessedAccounts: UnprocessedAccount[] } {
  const accountIds = accountIdList(call.input, 'AccountIds');
  const hub = enabledHub(call);
  // Looked up one by one: a map of every visible member per call made 10,000 × 17 quadratic.
  const cutoff = visibilityCutoff(call);
  const visible = (accountId: string) => {
    const member = hub.members.get(accountId);
    return member && member.createdAtMs <= cutoff ? member : undefined;
  };
  const found = accountIds.flatMap((accountId) => visible(accountId) ?? []);
  const missing = accountIds.filter((accountId) => !visible(accountId));
  const mode = call.ctx.scenario.getMembersMissing;
  if (missing.length > 0 && (mode === 'reject-if-any' || (mode === 'reject-if-none-visible' && found.length === 0))) {
    throw notFoundError(call.ctx.scenario.getMembersMissingError);
  }
  return {
    Members: found.map((member) => memberJson(hub.accountId, member)),
    UnprocessedAccounts: missing.map((accountId) => ({ AccountId: accountId, ProcessingResult: NOT_MEMBER })),
  };
}

/** The not-found answers seen from GetMembers; terraform-provider-aws accepts all three. */
function notFoundError(errorType: 'BadRequestException' | 'AccessDeniedException' | 'ResourceNotFoundException'): ServiceError {
  const status = errorType === 'BadRequestException' ? 400 : errorType === 'AccessDeniedException' ? 403 : 404;
  return new ServiceError(status, errorType, NOT_MEMBER);
}

export function disassociateMembers(call: HubCall): Record<string, never> {
  const accountIds = accountIdList(call.input, 'AccountIds');
  const hub = enabledHub(call);
  for (const accountId of accountIds) {
    const member = hub.members.get(accountId);
    // Only a relationship can be ended; Created, Removed and Resigned members stay as they are.
    if (member && ['Enabled', 'Invited', 'AccountSuspended'].some((status) => statusIs(member, status))) {
      Object.assign(member, { status: 'Removed', updatedAt: new Date().toISOString() });
    }
  }
  return {};
}

export function deleteMembers(call: HubCall): { UnprocessedAccounts: UnprocessedAccount[] } {
  const accountIds = accountIdList(call.input, 'AccountIds');
  const hub = enabledHub(call);
  const unprocessed: UnprocessedAccount[] = [];
  for (const accountId of accountIds) {
    const member = hub.members.get(accountId);
    const reason = !member
      ? NOT_MEMBER
      : isOrganizationAccount(call, accountId)
        ? ORGANIZATION_DELETE
        : statusIs(member, 'Enabled')
          ? MUST_DISASSOCIATE
          : undefined;
    if (reason) unprocessed.push({ AccountId: accountId, ProcessingResult: reason });
    else hub.members.delete(accountId);
  }
  return { UnprocessedAccounts: unprocessed };
}

/**
 * The hub of the caller in the Region; the member APIs need Security Hub enabled there, and a hub
 * just enabled answers only after the scenario's `hubActivationDelayMs` (docs/aws-behaviour.md#hub-not-enabled).
 */
export function enabledHub(call: HubCall): Hub {
  const hub = call.ctx.state.hub(call.accountId, call.region);
  if (!hub.enabled || Date.now() < hub.activeFromMs) {
    throw new ServiceError(401, 'InvalidAccessException', `Account ${call.accountId} is not subscribed to AWS Security Hub`);
  }
  return hub;
}

function createRefusal(call: HubCall, hub: Hub, accountId: string): string | undefined {
  if (accountId === call.accountId) return SELF;
  const member = hub.members.get(accountId);
  if (!member || statusIs(member, 'Deleted')) return undefined;
  // The delegated administrator re-enables a disassociated organization account (the user guide), or,
  // as a scenario option, refuses it as already a member (docs/aws-behaviour.md#organization-members).
  const removedOrganization = isOrganizationAccount(call, accountId) && statusIs(member, 'Removed');
  if (removedOrganization && call.ctx.scenario.organizationMembers.removedOnCreate === 'enable') return undefined;
  return ALREADY_MEMBER;
}

/** An organization account that accepted another administrator's invitation cannot be enabled by the DA. */
function organizationRefusal(call: HubCall, accountId: string): string | undefined {
  if (!isOrganizationAccount(call, accountId)) return undefined;
  const administrator = call.ctx.state.administratorOf(accountId, call.region);
  return administrator && administrator.accountId !== call.accountId ? OTHER_ADMINISTRATOR : undefined;
}

/** CreateMembers enables Security Hub CSPM, with its default standards, where it was off (docs/aws-behaviour.md#organization-members). */
function enableOrganizationMemberHub(call: HubCall, accountId: string): void {
  const memberHub = call.ctx.state.hub(accountId, call.region);
  if (memberHub.enabled) return;
  Object.assign(memberHub, { enabled: true, subscribedAt: new Date().toISOString(), defaultStandardsEnabled: true });
}

function inviteRefusal(call: HubCall, accountId: string, member: MemberRecord | undefined): string | undefined {
  if (!member || statusIs(member, 'Deleted')) return NOT_MEMBER;
  // Undocumented in AWS (docs/aws-behaviour.md#organization-members): the emulator refuses and leaves the member unchanged.
  if (isOrganizationAccount(call, accountId)) return ORGANIZATION_INVITE;
  const invitable = ['Created', 'Invited', 'Removed', 'Resigned'].some((status) => statusIs(member, status));
  return invitable ? undefined : ALREADY_ASSOCIATED;
}

/** Invitation accounts this CreateMembers would add to the member list. */
function newInvitationMembers(call: HubCall, hub: Hub, details: AccountDetail[]): string[] {
  return [
    ...new Set(
      details
        .map((detail) => detail.AccountId)
        .filter((accountId) => !isOrganizationAccount(call, accountId))
        .filter((accountId) => !unprocessableReason(call.ctx.scenario, accountId, 'CreateMembers'))
        .filter((accountId) => !createRefusal(call, hub, accountId)),
    ),
  ];
}

/**
 * At most `invitationLimit` invitation-based members per administrator per Region
 * (docs/aws-behaviour.md#member-cap). Counted on CreateMembers (members in the list) or on
 * InviteMembers (members that hold an invitation), as the scenario says. With the `exception`
 * answer a call that would go over fails as a whole with 429; with `unprocessed` the accounts over
 * the cap are returned, to be refused one by one.
 */
function invitationLimitCheck(call: HubCall, hub: Hub, adding: string[]): Set<string> {
  // Nothing to add is always within the limit: the members are not counted (at 10,000 per Region, every call).
  if (adding.length === 0) return new Set();
  const { invitationLimit: limit, invitationLimitShape: shape } = call.ctx.scenario;
  const counted = [...hub.members.values()].filter(
    (member) =>
      !isOrganizationAccount(call, member.accountId) &&
      !statusIs(member, 'Deleted') &&
      (shape.on === 'CreateMembers' || holdsInvitation(member)),
  ).length;
  const room = Math.max(0, limit - counted);
  if (adding.length <= room) return new Set();
  if (shape.answer === 'exception') {
    throw new ServiceError(
      429,
      'LimitExceededException',
      `The request was rejected because it would exceed the limit of ${limit} invitation-based member accounts ` +
        `for administrator account ${call.accountId} in ${call.region}.`,
    );
  }
  return new Set(adding.slice(room));
}

/** A member that has been sent an invitation (and has not been deleted since). */
function holdsInvitation(member: MemberRecord): boolean {
  return ['Invited', 'Enabled'].some((status) => statusIs(member, status)) && member.invitationId !== undefined;
}

/** The scenario's organization belongs to its administrator account only, where it is the delegated administrator. */
function isOrganizationAccount(call: HubCall, accountId: string): boolean {
  const { scenario } = call.ctx;
  return (
    call.accountId === scenario.administratorAccountId &&
    scenario.organizationAccounts.has(accountId) &&
    isDelegatedIn(scenario.organization?.seed, call.region)
  );
}

function organizationStatus(call: HubCall, accountId: string): string {
  return call.ctx.scenario.suspendedAccounts.has(accountId) ? 'AccountSuspended' : 'Enabled';
}

/** Eventual consistency: a new member shows in reads only `visibilityDelayMs` after CreateMembers. */
function visibleMembers(call: HubCall, hub: Hub): MemberRecord[] {
  const cutoff = visibilityCutoff(call);
  return [...hub.members.values()].filter((member) => member.createdAtMs <= cutoff);
}

function visibilityCutoff(call: HubCall): number {
  return Date.now() - call.ctx.scenario.visibilityDelayMs;
}

interface AccountDetail {
  AccountId: string;
  Email?: string;
}

function accountDetails(input: Record<string, unknown>): AccountDetail[] {
  const details = input.AccountDetails;
  if (!Array.isArray(details) || details.length < 1 || details.length > MAX_ACCOUNT_DETAILS) {
    throw invalidInput(`AccountDetails must hold between 1 and ${MAX_ACCOUNT_DETAILS} accounts.`);
  }
  return details.map((detail: unknown) => {
    const { AccountId, Email } = (detail ?? {}) as Record<string, unknown>;
    if (typeof AccountId !== 'string' || AccountId.trim() === '') throw invalidInput('Every AccountDetails entry needs an AccountId.');
    if (Email !== undefined && typeof Email !== 'string') throw invalidInput(`The Email of account ${AccountId} must be a string.`);
    return { AccountId, ...(Email !== undefined && { Email }) };
  });
}

export function accountIdList(input: Record<string, unknown>, field: string): string[] {
  const ids = input[field];
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && id.trim() !== '')) {
    throw invalidInput(`${field} is required and must be a list of non-empty strings.`);
  }
  return ids as string[];
}

function booleanQuery(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = query.get(name);
  if (value === null) return fallback;
  if (value !== 'true' && value !== 'false') throw invalidInput(`${name} must be true or false.`);
  return value === 'true';
}

export function integerQuery(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw invalidInput(`${name} must be an integer from ${min} to ${max}.`);
  }
  return number;
}

export function pageOffset(token: string | null): number {
  if (token === null) return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset?: unknown };
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // Falls through to the error below, as AWS treats any token it did not issue.
  }
  throw invalidInput('The NextToken is not valid.');
}

/** The NextToken of the page that starts at `offset`, read back by `pageOffset`. */
export function pageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

export function invalidInput(message: string): ServiceError {
  return new ServiceError(400, 'InvalidInputException', message);
}
