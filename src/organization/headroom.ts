// The invitation cap, checked before any write: an administrator has at most 1,000
// invitation-based members per Region (docs/aws-behaviour.md#invitation-headroom). Pure: no I/O.
import type { Member, RegionPlan } from '../model.js';
import { isInvitationBased } from '../plan.js';

export const INVITATION_MEMBER_CAP = 1000;

/** 1,000 rather than 1000, without depending on the runtime's locale data. */
export function thousands(value: number): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${value < 0 ? '-' : ''}${groups.join(',')}`;
}

export interface InvitationHeadroom {
  region: string;
  /** Invitation-based members now (Deleted ones do not count). */
  members: number;
  /** New invitation-based members the plan would create. */
  planned: number;
  cap: number;
  /** Creations held back because they would not fit. */
  held: number;
}

/**
 * The accounts to create that are not organization accounts each become an invitation-based
 * member. Those beyond the room left are not created (in list order, the first ones fit), with the
 * reason, so apply never stops half-way on the cap.
 */
export function limitInvitations(
  plan: RegionPlan,
  members: readonly Member[],
  cap = INVITATION_MEMBER_CAP,
): { plan: RegionPlan; headroom: InvitationHeadroom } {
  const membershipOf = new Map(plan.accounts.map((account) => [account.accountId, account.membership]));
  const current = members.filter(
    (member) => member.status !== 'Deleted' && isInvitationBased(member, membershipOf.get(member.accountId)),
  ).length;
  const creating = (account: RegionPlan['accounts'][number]) => account.action === 'create' && account.membership !== 'organization';
  const planned = plan.accounts.filter(creating).length;
  const free = Math.max(0, cap - current);
  const reason =
    `Not created: ${plan.region} has ${thousands(current)} invitation-based member(s), room for ${thousands(free)} more of the ${thousands(cap)} allowed, and this run would add ${thousands(planned)}. ` +
    'Remove invitation-based members that are no longer needed, or move these accounts into the organization.';
  let room = free;
  let held = 0;
  const accounts = plan.accounts.map((account) => {
    if (!creating(account)) return account;
    if (room > 0) {
      room -= 1;
      return account;
    }
    held += 1;
    return { ...account, action: 'skip' as const, held: reason };
  });
  return { plan: { ...plan, accounts }, headroom: { region: plan.region, members: current, planned, cap, held } };
}
