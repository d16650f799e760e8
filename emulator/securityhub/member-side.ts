// Security Hub CSPM member-side operations in the caller's own account and Region: the invitations it
// received, accepting one, declining, and which administrator it has (docs/aws-behaviour.md#member-side).
// An invitation is not stored apart: it is the member record that an administrator's InviteMembers
// left in its own hub, with an InvitationId, so both sides always agree.
import { ServiceError } from '../protocols/http.js';
import { accountIdList, enabledHub, type HubCall, integerQuery, invalidInput, pageOffset, pageToken } from './members.js';
import { type Hub, type MemberRecord, statusIs } from './state.js';

/** The `Invitation` shape of ListInvitations and GetAdministratorAccount: `AccountId` is the administrator. */
interface InvitationJson {
  AccountId: string;
  InvitationId?: string;
  InvitedAt?: string;
  MemberStatus: string;
}

interface UnprocessedAccount {
  AccountId: string;
  ProcessingResult: string;
}

interface ReceivedInvitation {
  administrator: Hub;
  member: MemberRecord;
}

const MAX_LIST_RESULTS = 50;
// The one "not found" wording seen from the real service (docs/aws-behaviour.md#read-back).
const NO_SUCH_INVITATION = 'The request is rejected since no such resource found.';

/**
 * Pending invitations and the accepted one. Like every member-side operation here, it needs the hub
 * enabled in the Region: AWS documents that for answering an invitation, not for listing (emulator's choice).
 */
export function listInvitations(call: HubCall): { Invitations: InvitationJson[]; NextToken?: string } {
  const maxResults = integerQuery(call.query, 'MaxResults', 1, MAX_LIST_RESULTS) ?? MAX_LIST_RESULTS;
  const offset = pageOffset(call.query.get('NextToken'));
  enabledHub(call);
  const invitations = receivedInvitations(call).filter(({ member }) => statusIs(member, 'Invited') || statusIs(member, 'Enabled'));
  const next = offset + maxResults;
  return {
    Invitations: invitations.slice(offset, next).map(invitationJson),
    ...(next < invitations.length && { NextToken: pageToken(next) }),
  };
}

/** "Not including the currently accepted invitation" [botocore model]: the pending ones only. */
export function getInvitationsCount(call: HubCall): { InvitationsCount: number } {
  enabledHub(call);
  return { InvitationsCount: receivedInvitations(call).filter(({ member }) => statusIs(member, 'Invited')).length };
}

export function acceptAdministratorInvitation(call: HubCall): Record<string, never> {
  return accept(call, requiredString(call.input, 'AdministratorId'), requiredString(call.input, 'InvitationId'));
}

/** The deprecated name of AcceptAdministratorInvitation, with `MasterId` (docs/aws-behaviour.md#member-side). */
export function acceptInvitation(call: HubCall): Record<string, never> {
  return accept(call, requiredString(call.input, 'MasterId'), requiredString(call.input, 'InvitationId'));
}

/** Declining marks the member Resigned on the administrator's side (docs/aws-behaviour.md#statuses). `AccountIds` name administrators. */
export function declineInvitations(call: HubCall): { UnprocessedAccounts: UnprocessedAccount[] } {
  const administratorIds = accountIdList(call.input, 'AccountIds');
  enabledHub(call);
  const pending = receivedInvitations(call).filter(({ member }) => statusIs(member, 'Invited'));
  const unprocessed: UnprocessedAccount[] = [];
  for (const administratorId of administratorIds) {
    const invitation = pending.find(({ administrator }) => administrator.accountId === administratorId);
    if (invitation) Object.assign(invitation.member, { status: 'Resigned', updatedAt: new Date().toISOString() });
    else unprocessed.push({ AccountId: administratorId, ProcessingResult: NO_SUCH_INVITATION });
  }
  return { UnprocessedAccounts: unprocessed };
}

/** The administrator the caller is an Enabled member of; none: an empty answer. */
export function getAdministratorAccount(call: HubCall): { Administrator?: InvitationJson } {
  const administrator = currentAdministrator(call);
  return administrator ? { Administrator: administrator } : {};
}

export function getMasterAccount(call: HubCall): { Master?: InvitationJson } {
  const administrator = currentAdministrator(call);
  return administrator ? { Master: administrator } : {};
}

/**
 * docs/aws-behaviour.md#member-side: the member must enable Security Hub in the Region first, an administrator cannot
 * accept, and a member accepts one administrator only. The wording of each refusal is the emulator's.
 */
function accept(call: HubCall, administratorId: string, invitationId: string): Record<string, never> {
  const own = enabledHub(call);
  if ([...own.members.values()].some((member) => !statusIs(member, 'Deleted'))) {
    throw invalidInput(`Account ${call.accountId} is an administrator account in ${call.region} and cannot accept an invitation.`);
  }
  const invitation = receivedInvitations(call).find(
    ({ administrator, member }) =>
      administrator.accountId === administratorId &&
      member.invitationId === invitationId &&
      (statusIs(member, 'Invited') || statusIs(member, 'Enabled')),
  );
  if (!invitation) {
    throw new ServiceError(
      404,
      'ResourceNotFoundException',
      `No invitation ${invitationId} from administrator ${administratorId} in ${call.region}.`,
    );
  }
  const current = call.ctx.state.administratorOf(call.accountId, call.region);
  if (current && current !== invitation.administrator) {
    throw invalidInput(
      `Account ${call.accountId} is already a member of administrator ${current.accountId} in ${call.region}; a member account can have one administrator only.`,
    );
  }
  // Accepting the invitation already accepted changes nothing.
  if (!statusIs(invitation.member, 'Enabled')) Object.assign(invitation.member, { status: 'Enabled', updatedAt: new Date().toISOString() });
  return {};
}

function currentAdministrator(call: HubCall): InvitationJson | undefined {
  enabledHub(call);
  const administrator = call.ctx.state.administratorOf(call.accountId, call.region);
  const member = administrator?.members.get(call.accountId);
  return administrator && member ? invitationJson({ administrator, member }) : undefined;
}

/** Every invitation another enabled hub in the Region sent to the caller, whatever its status, by sender (stable pages). */
function receivedInvitations(call: HubCall): ReceivedInvitation[] {
  return call.ctx.state
    .hubsIn(call.region)
    .filter((hub) => hub.enabled && hub.accountId !== call.accountId)
    .flatMap((administrator) => {
      const member = administrator.members.get(call.accountId);
      // An invitation reaches the member a moment after InviteMembers (docs/aws-behaviour.md#member-side).
      const arrived = (member?.invitedAtMs ?? 0) + call.ctx.scenario.invitationVisibilityDelayMs <= Date.now();
      return member?.invitationId && arrived ? [{ administrator, member }] : [];
    })
    .sort((a, b) => a.administrator.accountId.localeCompare(b.administrator.accountId));
}

function invitationJson({ administrator, member }: ReceivedInvitation): InvitationJson {
  return {
    AccountId: administrator.accountId,
    ...(member.invitationId !== undefined && { InvitationId: member.invitationId }),
    ...(member.invitedAt !== undefined && { InvitedAt: member.invitedAt }),
    MemberStatus: member.status,
  };
}

/** A NonEmptyString input field (pattern `.*\S.*`). */
function requiredString(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (typeof value !== 'string' || !/\S/.test(value)) throw invalidInput(`${field} is required and must be a non-empty string.`);
  return value;
}
