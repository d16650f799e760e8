// What ListMembers returned is checked before anything is planned from it: a member whose
// AccountId is not 12 digits (empty, `../../`) is never acted on, and a member listed twice is never
// removed and never counted twice against max-removals. Both are reported. Pure: no I/O.
import { escapeUntrusted } from '../untrusted-text.js';
import { isAccountId } from '../accounts/validation.js';
import type { Member, RegionPlan } from '../model.js';

/** A member of ListMembers the action does not act on (or, listed twice, does not remove). */
export interface IgnoredMember {
  /** As AWS sent it, escaped and cut short: it may be anything. */
  accountId: string;
  region: string;
  reason: 'not-an-account-id' | 'listed-twice';
}

export interface ScreenedMembers {
  /** Valid members, each once (the first time ListMembers listed it). */
  members: Member[];
  ignored: IgnoredMember[];
  /** AccountIds listed more than once: planned from their first entry, but never removed. */
  listedTwice: ReadonlySet<string>;
}

export const LISTED_TWICE_ATTENTION =
  'ListMembers listed this member more than once; the action does not remove it, and does not count it against max-removals.';

export function screenMembers(region: string, members: readonly Member[]): ScreenedMembers {
  const kept = new Map<string, Member>();
  const listedTwice = new Set<string>();
  const ignored: IgnoredMember[] = [];
  for (const member of members) {
    if (!isAccountId(member.accountId)) {
      ignored.push({ accountId: escapeUntrusted(member.accountId, 40), region, reason: 'not-an-account-id' });
    } else if (kept.has(member.accountId)) {
      if (!listedTwice.has(member.accountId)) ignored.push({ accountId: member.accountId, region, reason: 'listed-twice' });
      listedTwice.add(member.accountId);
    } else {
      kept.set(member.accountId, member);
    }
  }
  return { members: [...kept.values()], ignored, listedTwice };
}

/** The plan without any removal of a member ListMembers listed more than once; those are flagged instead. */
export function keepListedTwice(plan: RegionPlan, listedTwice: ReadonlySet<string>): RegionPlan {
  if (listedTwice.size === 0) return plan;
  return {
    ...plan,
    accounts: plan.accounts.map((account) => {
      if (!listedTwice.has(account.accountId) || account.action !== 'remove') return account;
      const { removal: _removal, ...rest } = account;
      return { ...rest, action: 'skip', attention: LISTED_TWICE_ATTENTION };
    }),
  };
}

/** One line per Region for the log and the job summary. */
export function describeIgnored(ignored: readonly IgnoredMember[]): string[] {
  const byRegion = new Map<string, IgnoredMember[]>();
  for (const entry of ignored) byRegion.set(entry.region, [...(byRegion.get(entry.region) ?? []), entry]);
  return [...byRegion].map(([region, entries]) => {
    const invalid = entries.filter((entry) => entry.reason === 'not-an-account-id');
    const twice = entries.filter((entry) => entry.reason === 'listed-twice');
    const parts = [
      ...(invalid.length > 0
        ? [
            `${invalid.length} with an AccountId that is not 12 digits (${shortList(invalid.map((entry) => `"${entry.accountId}"`))}), never acted on`,
          ]
        : []),
      ...(twice.length > 0
        ? [
            `${twice.length} listed more than once (${shortList(twice.map((entry) => entry.accountId))}), never removed nor counted twice against max-removals`,
          ]
        : []),
    ];
    return `ListMembers in ${region} returned member(s) the action does not trust: ${parts.join('; ')}. They are in the 'ignored-members' output.`;
  });
}

function shortList(items: string[]): string {
  const shown = items.slice(0, 10).join(', ');
  return items.length > 10 ? `${shown} and ${items.length - 10} more` : shown;
}
