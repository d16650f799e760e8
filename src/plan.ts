// The planning core: what to do with each member in one Region, from what is wanted and what is
// there now. Pure: no I/O, no SDK types. SharedPlans only remembers plans it made: planning with
// it gives plans equal to those made without it.
import {
  memberStatusOf,
  type Account,
  type AccountPlan,
  type HeldRemovals,
  type Member,
  type Membership,
  type RegionPlan,
  type Removal,
  type RemovalTarget,
} from './model.js';

export interface PlanOptions {
  /** Invite members that are `Created` (the `invite` input). */
  invite: boolean;
  /** Invite listed members again when they are `Removed` or `Resigned`. */
  reinvite: boolean;
  /** Send the invitation again to members `Invited` longer than this; undefined (or 0) is off. */
  staleInviteDays?: number;
  /** Remove members that the list does not name. */
  removeAbsent: boolean;
  /** Accounts that are never removed (protected-accounts), whatever the list says. */
  protectedAccounts?: readonly string[];
  now: Date;
  /**
   * Every account of the administrator's organization, when it was listed and the administrator is
   * its delegated administrator here: this, not the invitation inference, decides the organization
   * paths (CreateMembers without invitation, disassociate-only removal). Absent: the inference.
   */
  organizationMembers?: ReadonlySet<string>;
  /** exclude-accounts: members that are left alone and shown as excluded. */
  excluded?: ReadonlySet<string>;
  /** The run's plans of new accounts, shared across Regions; without it each Region has its own. */
  shared?: SharedPlans;
}

/**
 * The plan of an account that is not a member yet is the same in every Region where it is not one:
 * create it, with its email and its kind. At 10,000 accounts × 17 Regions that is one frozen plan
 * per account for the whole run instead of 170,000, and the planned outcomes made from them are
 * shared by plan (apply/shared-outcomes.ts), so planning the 17 Regions allocates next to nothing.
 */
export class SharedPlans {
  /** Per account: its new-account plan for each kind it was planned with (the kind can differ by Region). */
  private readonly created = new Map<Account, AccountPlan[]>();

  newAccount(account: Account, membership: Membership | undefined): AccountPlan {
    const known = this.created.get(account);
    const same = known?.find((plan) => plan.membership === membership);
    if (same) return same;
    const plan = Object.freeze(newAccountPlan(account, membership));
    if (known) known.push(plan);
    else this.created.set(account, [plan]);
    return plan;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Listed accounts (docs/aws-behaviour.md#statuses): not a member or `Deleted` → create; `Created` → invite;
 * `Invited` → nothing, or re-invite when stale; `Enabled` → nothing; `Removed`, `Resigned` →
 * re-invite when asked, else left alone and flagged; `AccountSuspended` and statuses AWS has not
 * documented → left alone and flagged. Unlisted members are drift, removed only when asked.
 */
export function planRegion(region: string, desired: readonly Account[], members: readonly Member[], options: PlanOptions): RegionPlan {
  const current = new Map(members.map((member) => [member.accountId, member]));
  const listed = new Set(desired.map((account) => account.accountId));
  const drift = members.filter((member) => !listed.has(member.accountId) && member.status !== 'Deleted');
  const guarded = new Set(options.protectedAccounts ?? []);
  const mark = (account: AccountPlan): AccountPlan => (guarded.has(account.accountId) ? { ...account, protected: true } : account);
  return {
    region,
    accounts: [
      ...desired.map((account) => mark(planListed(account, current.get(account.accountId), options))),
      ...drift.map((member) => mark(planDrift(member, options, guarded.has(member.accountId)))),
    ],
  };
}

function planListed(account: Account, member: Member | undefined, options: PlanOptions): AccountPlan {
  const membership = membershipOf(account.accountId, options);
  if (!member) return options.shared ? options.shared.newAccount(account, membership) : newAccountPlan(account, membership);
  const base = {
    accountId: account.accountId,
    listed: true,
    ...(account.email ? { email: account.email } : {}),
    ...(membership && { membership }),
  };
  const known = { ...base, before: member.status, rawStatus: member.rawStatus };
  switch (member.status) {
    case 'Deleted':
      return { ...known, action: 'create' };
    case 'Created':
      if (options.invite && membership === 'organization') return { ...known, action: 'skip', attention: ORGANIZATION_CREATED };
      return { ...known, action: options.invite ? 'invite' : 'skip' };
    case 'Invited':
      return { ...known, action: isStale(member, options) && membership !== 'organization' ? 'reinvite' : 'skip' };
    case 'Enabled':
      return { ...known, action: 'skip' };
    case 'Removed':
      // Which kind a Removed member is cannot be told without the organization list (docs/aws-behaviour.md#organization-members):
      // apply brings it back with CreateMembers first, and invites it only if it is then an invitation member.
      // With the list, an organization account comes back with CreateMembers alone, never invited.
      if (options.reinvite) return { ...known, action: membership === 'organization' ? 'create' : 'reinvite' };
      return { ...known, action: 'skip', attention: 'The administrator disassociated this member; set reinvite: true to bring it back.' };
    case 'Resigned':
      if (options.reinvite) return { ...known, action: membership === 'organization' ? 'create' : 'reinvite' };
      return { ...known, action: 'skip', attention: 'The member left or declined the invitation; set reinvite: true to invite it again.' };
    case 'AccountSuspended':
      return { ...known, action: 'skip', attention: 'The account is suspended in AWS Organizations.' };
    case 'Unknown':
      return { ...known, action: 'skip', attention: 'AWS reported a member status this action does not know; it is left alone.' };
  }
}

/** One literal for the commonest plan: spreads that add fields cost a second allocation. */
function newAccountPlan(account: Account, membership: Membership | undefined): AccountPlan {
  const created: AccountPlan = { accountId: account.accountId, listed: true, before: 'None', action: 'create' };
  if (account.email) created.email = account.email;
  if (membership) created.membership = membership;
  return created;
}

/** A protected member (protected-accounts) is drift that is never removed, so max-removals never counts it. */
function planDrift(member: Member, options: PlanOptions, isProtected: boolean): AccountPlan {
  const membership = membershipOf(member.accountId, options);
  const base = {
    accountId: member.accountId,
    listed: false,
    before: member.status,
    rawStatus: member.rawStatus,
    ...(member.email ? { email: member.email } : {}),
    ...(membership && { membership }),
  };
  if (options.excluded?.has(member.accountId)) return { ...base, action: 'skip', excluded: true };
  if (!options.removeAbsent || isProtected) return { ...base, action: 'skip' };
  // A status the action does not know is never acted on: removing cannot be undone.
  if (member.status === 'Unknown')
    return { ...base, action: 'skip', attention: 'AWS reported a member status this action does not know; it is not removed.' };
  const removal = removalOf(member, membership);
  if (!removal.disassociate && !removal.delete) return { ...base, action: 'skip' };
  return { ...base, action: 'remove', removal };
}

const ORGANIZATION_CREATED =
  'An organization account that is Created, not Enabled: it was made a member while this administrator was not the delegated administrator here, and organization accounts are never invited. Delete the member, then run again.';

function membershipOf(accountId: string, options: Pick<PlanOptions, 'organizationMembers'>): Membership | undefined {
  if (!options.organizationMembers) return undefined;
  return options.organizationMembers.has(accountId) ? 'organization' : 'external';
}

/**
 * Organization members never receive invitations. When the organization was listed
 * (organization-accounts), its list says which members are which. Otherwise a member with an
 * invitation date, or one still `Created`/`Invited`, is taken as invitation-based; any other as an
 * organization member. The Member shape does not say which it is, and whether organization members
 * carry InvitedAt is unknown: this only decides whether DeleteMembers is tried after disassociating,
 * and a refused delete is a warning, so both answers end well (docs/aws-behaviour.md#organization-members).
 */
export function isInvitationBased(member: Member, membership?: Membership): boolean {
  if (membership) return membership === 'external';
  return member.invitedAt !== undefined || member.status === 'Created' || member.status === 'Invited';
}

/** Invitation-based members are deleted (after DisassociateMembers if associated); organization members are only disassociated. */
function removalOf(member: Member, membership: Membership | undefined): Removal {
  const invitationBased = isInvitationBased(member, membership);
  const associated =
    member.status !== 'Created' && member.status !== 'Invited' && member.status !== 'Removed' && member.status !== 'Resigned';
  return { disassociate: associated, delete: invitationBased };
}

function isStale(member: Member, options: PlanOptions): boolean {
  if (!options.staleInviteDays || !member.invitedAt) return false;
  return options.now.getTime() - member.invitedAt.getTime() > options.staleInviteDays * DAY_MS;
}

/** Removals planned across all Regions, for the `max-removals` guard. */
export function plannedRemovals(plans: readonly RegionPlan[]): RemovalTarget[] {
  return plans.flatMap((plan) =>
    plan.accounts
      .filter((account) => account.action === 'remove')
      .map((account) => ({ accountId: account.accountId, region: plan.region, memberStatus: memberStatusOf(account) })),
  );
}

/**
 * The `max-removals` guard, across all Regions: a truncated or mangled file must never wipe the
 * membership. Over the limit, or with an empty list, no removal happens at all: the removals are
 * held, each plan takes them out with `holdRemovals`, and the accounts are flagged with the reason.
 */
export function guardRemovals(
  plans: readonly RegionPlan[],
  { maxRemovals, listedCount }: { maxRemovals: number; listedCount: number },
): HeldRemovals | undefined {
  const removals = plannedRemovals(plans);
  if (removals.length === 0 || (removals.length <= maxRemovals && listedCount > 0)) return undefined;
  const reason =
    listedCount === 0
      ? 'The account list is empty after validation; an empty list never removes members.'
      : `This run would remove ${removals.length} member(s), more than max-removals (${maxRemovals}); none was removed: ${named(removals)}. If the list is right, raise max-removals for one run.`;
  return { reason, accounts: removals };
}

function named(removals: readonly RemovalTarget[]): string {
  const shown = removals.slice(0, 20).map(({ accountId, region }) => `${accountId} (${region})`);
  return removals.length > shown.length ? `${shown.join(', ')} and ${removals.length - shown.length} more` : shown.join(', ');
}

/** Takes every removal out of a plan, flagging the accounts with the reason instead. */
export function holdRemovals(plan: RegionPlan, reason: string): RegionPlan {
  return {
    ...plan,
    accounts: plan.accounts.map((account) => {
      if (account.action !== 'remove') return account;
      const { removal: _removal, ...rest } = account;
      return { ...rest, action: 'skip', attention: reason };
    }),
  };
}

/** The administrator cannot be its own member: it is left out of the list (the caller warns). */
export function partitionAdministrator(
  accounts: readonly Account[],
  administratorId: string,
): { members: Account[]; administrator?: Account } {
  const administrator = accounts.find((account) => account.accountId === administratorId);
  return {
    members: accounts.filter((account) => account.accountId !== administratorId),
    ...(administrator ? { administrator } : {}),
  };
}
