// The planning core: what to do with each listed account in one Region, from what is there now.
// Pure: no I/O, no SDK types.
import type { Account, Member, MemberStatus } from './model.js';

export type PlannedAction = 'create' | 'invite' | 'skip';

export interface AccountPlan {
  accountId: string;
  email?: string;
  /** The member status before this run; `None` when the account is not a member. */
  before: MemberStatus | 'None';
  /** The status as AWS spelled it, for reports of statuses the action does not know. */
  rawStatus?: string;
  action: PlannedAction;
  /** Why a listed account is left alone when that needs someone's attention. */
  attention?: string;
}

export interface RegionPlan {
  region: string;
  accounts: AccountPlan[];
}

export interface PlanOptions {
  /** Invite members that are `Created` (the `invite` input). */
  invite: boolean;
}

/**
 * Decides per account (API facts §3.2, §9):
 * not a member or `Deleted` → create; `Created` → invite; `Invited`, `Enabled` → nothing to do;
 * `Removed`, `Resigned`, `AccountSuspended` or a status AWS has not documented → left alone and reported.
 */
export function planRegion(region: string, desired: readonly Account[], members: readonly Member[], options: PlanOptions): RegionPlan {
  const current = new Map(members.map((member) => [member.accountId, member]));
  return {
    region,
    accounts: desired.map((account) => planAccount(account, current.get(account.accountId), options)),
  };
}

function planAccount(account: Account, member: Member | undefined, options: PlanOptions): AccountPlan {
  const base = { accountId: account.accountId, ...(account.email ? { email: account.email } : {}) };
  if (!member) return { ...base, before: 'None', action: 'create' };
  const known = { ...base, before: member.status, rawStatus: member.rawStatus };
  switch (member.status) {
    case 'Deleted':
      return { ...known, action: 'create' };
    case 'Created':
      return options.invite ? { ...known, action: 'invite' } : { ...known, action: 'skip' };
    case 'Invited':
    case 'Enabled':
      return { ...known, action: 'skip' };
    case 'Removed':
      return { ...known, action: 'skip', attention: 'The administrator disassociated this member; it is not re-invited.' };
    case 'Resigned':
      return { ...known, action: 'skip', attention: 'The member left or declined the invitation; it is not re-invited.' };
    case 'AccountSuspended':
      return { ...known, action: 'skip', attention: 'The account is suspended in AWS Organizations.' };
    case 'Unknown':
      return { ...known, action: 'skip', attention: 'AWS reported a member status this action does not know; it is left alone.' };
  }
}

/** The administrator cannot be its own member: it is left out of the list (the caller warns). */
export function partitionAdministrator(accounts: readonly Account[], administratorId: string): { members: Account[]; administrator?: Account } {
  const administrator = accounts.find((account) => account.accountId === administratorId);
  return {
    members: accounts.filter((account) => account.accountId !== administratorId),
    ...(administrator ? { administrator } : {}),
  };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
