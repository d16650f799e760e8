// The action's domain records, from what is asked to what was done: accounts, members, the plan of
// each Region and its outcome. SDK types stop at src/aws/; every stage passes these, and no stage
// changes another's: each returns records of its own.

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
export interface UnprocessedAccount extends Unprocessed {
  accountId: string;
  region: string;
}

export type Mode = 'plan' | 'apply';

export type PlannedAction = 'create' | 'invite' | 'reinvite' | 'remove' | 'skip';

/** How a member that the list no longer names is removed (docs/aws-behaviour.md#removal). */
export interface Removal {
  /** `Enabled` members are disassociated first: "You must disassociate a member account before you can delete it." */
  disassociate: boolean;
  /** Only invitation-based members can be deleted; organization members can only be disassociated. */
  delete: boolean;
}

/** What the plan does with one account in one Region. */
export interface AccountPlan {
  accountId: string;
  email?: string;
  /** False for drift: a member of the administrator that the list does not name. */
  listed: boolean;
  /** The member status before this run; `None` when the account is not a member. */
  before: MemberStatus | 'None';
  /** The status as AWS spelled it, for reports of statuses the action does not know. */
  rawStatus?: string;
  action: PlannedAction;
  removal?: Removal;
  /** Why an account is left alone when that needs someone's attention. */
  attention?: string;
  /** When the organization was listed (organization-accounts): organization or external account. */
  membership?: Membership;
  /** A member named by exclude-accounts: never onboarded, never removed. */
  excluded?: true;
  /** Why a creation was held back before any write (the invitation cap); reported as not processed. */
  held?: string;
  /** Named by protected-accounts: remove-absent never removes it. */
  protected?: boolean;
}

/**
 * The plan sends CreateMembers for the account: a new member, or a `Removed` one brought back,
 * which is the documented way for an organization account; an invitation member then answers
 * "already a member" and is invited again (docs/aws-behaviour.md#organization-members).
 */
export function createsMember(account: Pick<AccountPlan, 'action' | 'before'>): boolean {
  return account.action === 'create' || (account.action === 'reinvite' && account.before === 'Removed');
}

export interface RegionPlan {
  region: string;
  /** Listed accounts in the order of the list, then drift in the order AWS returned it. */
  accounts: AccountPlan[];
}

/**
 * The status to show for an account before the run: the documented status, or AWS's own words
 * for one the action does not know; `None` for an account that was not a member.
 */
export function memberStatusOf(account: Pick<AccountPlan, 'before' | 'rawStatus'>): string {
  return account.before === 'Unknown' ? account.rawStatus || 'Unknown' : account.before;
}

/** A removal the plan holds, for the `max-removals` guard and the reports. */
export interface RemovalTarget {
  accountId: string;
  region: string;
  memberStatus: string;
}

/** Removals the `max-removals` guard held back across all Regions, and why. */
export interface HeldRemovals {
  reason: string;
  accounts: readonly RemovalTarget[];
}

/** What was done for an account, in the plan's words; `accept` is the member side's (member-role-name). */
export type Step = 'create' | 'invite' | 'reinvite' | 'remove' | 'accept';

/** Why AWS, or the action, did not finish an account: the call that failed and AWS's text (untrusted). */
export interface Unprocessed {
  operation: Operation;
  processingResult: string;
}

/**
 * An account of a Region's plan, with what was done for it. Regions where the same happened to an
 * account share one outcome, frozen (apply/shared-outcomes.ts): copy one to change it.
 */
export interface AccountOutcome extends AccountPlan {
  /** The steps done, in the order they were done; none in plan mode. A shared list: add a step with withStep. */
  done: Steps;
  /** What the member side did or would do, for the summary. */
  memberSide?: string;
  /**
   * The status read back after creation, when it was read. Outcomes are made with it undefined: a
   * field added to an object after it is made takes a second allocation (170,000 at 10,000 accounts
   * × 17 Regions).
   */
  after?: string | undefined;
  unprocessed?: Unprocessed;
  /** Done, but AWS said something worth a warning (a DeleteMembers refused after disassociating). */
  warning?: { operation: Operation; message: string };
}

/** Why a whole Region could not be looked at (hub not enabled, ListMembers failed). */
export interface RegionFailure {
  operation: Operation;
  message: string;
  /** DescribeHub said Security Hub CSPM is not enabled for the administrator in the Region. */
  hubNotEnabled?: true;
}

/** A Region that was looked at: every account of its plan, with what was done. */
export interface RegionResult {
  region: string;
  accounts: AccountOutcome[];
  failure?: undefined;
}

/** A Region that could not be looked at: nothing in it was read or changed. */
export interface FailedRegion {
  region: string;
  failure: RegionFailure;
  /** The listed accounts, none of which was looked at in this Region. */
  notLookedAt: readonly Account[];
}

export type RegionOutcome = RegionResult | FailedRegion;

/** The Regions that were looked at. */
export function lookedAt(regions: readonly RegionOutcome[]): RegionResult[] {
  return regions.filter((region): region is RegionResult => !region.failure);
}

/**
 * The steps done for an account, as one frozen list shared by every outcome that did the same steps:
 * an outcome holds a pointer, not an array of its own (at 10,000 accounts × 17 Regions, 170,000
 * arrays of about 180 bytes each once a step is pushed). Only a handful of lists exist.
 */
export type Steps = readonly Step[];

const internedSteps = new Map<string, Steps>();

/** The shared list with these steps, in this order. */
export function steps(...done: Step[]): Steps {
  const key = done.join(' ');
  let list = internedSteps.get(key);
  if (!list) {
    list = Object.freeze(done);
    internedSteps.set(key, list);
  }
  return list;
}

/** No step done: where every outcome starts. */
export const NO_STEPS: Steps = steps();

/** The shared list of `done` followed by `step`. */
export function withStep(done: Steps, step: Step): Steps {
  return steps(...done, step);
}

export function did(account: Pick<AccountOutcome, 'done'>, step: Step): boolean {
  return account.done.includes(step);
}
