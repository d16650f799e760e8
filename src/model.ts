// The action's own small domain types. SDK types stop at src/aws/; everything else uses these.

/** Where an account came from: the `account-ids` input, a line of the accounts file, or the organization (`organization-accounts`). */
export type AccountOrigin = { kind: 'input' } | { kind: 'file'; file: string; line: number } | { kind: 'organization' };

/** Whether an account belongs to the administrator's organization, when the organization was listed. */
export type Membership = 'organization' | 'external';

/** An account that the user asked to onboard. `accountId` is always exactly 12 ASCII digits. */
export interface Account {
  accountId: string;
  email?: string;
  origin: AccountOrigin;
}

/**
 * Member statuses as documented for Security Hub CSPM (docs/aws-behaviour.md#statuses). AWS spells them in
 * several casings and `Associated` is the legacy name of `Enabled`; `normalizeMemberStatus`
 * maps what AWS sends to these. `Unknown` keeps the action safe if AWS adds a status.
 */
export const MEMBER_STATUSES = ['Created', 'Invited', 'Enabled', 'Removed', 'Resigned', 'Deleted', 'AccountSuspended'] as const;
export type KnownMemberStatus = (typeof MEMBER_STATUSES)[number];
export type MemberStatus = KnownMemberStatus | 'Unknown';

/** A member as the administrator sees it in one Region. */
export interface Member {
  accountId: string;
  status: MemberStatus;
  /** The status exactly as AWS sent it (for reports when it is not a known one). */
  rawStatus: string;
  email?: string;
  administratorId?: string;
  invitedAt?: Date;
  updatedAt?: Date;
}

export function normalizeMemberStatus(raw: string | undefined): MemberStatus {
  const folded = (raw ?? '').trim().toLowerCase();
  // `Associated` is the pre-2020 name of `Enabled` (docs/aws-behaviour.md#statuses).
  if (folded === 'associated') return 'Enabled';
  return MEMBER_STATUSES.find((status) => status.toLowerCase() === folded) ?? 'Unknown';
}

/** The API operations that can fail for an account, as named in the `unprocessed-accounts` output. */
export type Operation =
  | 'DescribeHub'
  | 'ListMembers'
  | 'CreateMembers'
  | 'GetMembers'
  | 'InviteMembers'
  | 'DisassociateMembers'
  | 'DeleteMembers'
  // The member side (member-role-name):
  | 'AssumeRole'
  | 'EnableSecurityHub'
  | 'ListInvitations'
  | 'AcceptAdministratorInvitation'
  | 'VerifyMembership';

/** An account that AWS, or the action, could not process in one Region. */
export interface UnprocessedAccount {
  accountId: string;
  region: string;
  operation: Operation;
  /** AWS's `ProcessingResult` verbatim, or the error message. Untrusted text. */
  processingResult: string;
}

export type Mode = 'plan' | 'apply';
