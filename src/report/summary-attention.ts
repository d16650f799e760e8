// The top of the summary: what failed and what needs someone. Failed Regions with their reason,
// accounts AWS did not process (grouped by call and reason), held removals, and members whose
// status needs a person: Removed or Resigned, stale invitations, suspended, statuses AWS has not
// documented.
import { lookedAt, type AccountOutcome, type FailedRegion, type HeldRemovals, type Mode, type RegionOutcome } from '../model.js';
import { htmlCode, markdownCode } from '../untrusted-text.js';
import { boundedTable, byteLength, headerRow, plural, row, type ByteBudget } from './html.js';
import { statusCell } from './summary-status.js';
import { Output } from '../action-interface.js';

export interface AttentionInput {
  mode: Mode;
  regions: readonly RegionOutcome[];
  heldRemovals?: HeldRemovals;
}

/** One account in one Region. */
export interface Pair {
  region: string;
  account: AccountOutcome;
}

export type MemberGroup = 'decision' | 'stale' | 'suspended' | 'unknown' | 'other';

/** The accounts that need someone, by group, in the order they are shown. */
export function memberGroups({ regions, heldRemovals }: AttentionInput): Map<MemberGroup, Pair[]> {
  const held = new Set((heldRemovals?.accounts ?? []).map(({ accountId, region }) => `${region} ${accountId}`));
  const groups = new Map<MemberGroup, Pair[]>(
    ['decision', 'stale', 'suspended', 'unknown', 'other'].map((group) => [group as MemberGroup, []]),
  );
  for (const { region, accounts } of lookedAt(regions)) {
    for (const account of accounts) {
      // The key is made only when removals were held: a string per pair is garbage at organization scale.
      if (held.size > 0 && held.has(`${region} ${account.accountId}`)) continue;
      const group = memberGroupOf(account);
      if (group) groups.get(group)!.push({ region, account });
    }
  }
  return groups;
}

/**
 * Accounts AWS did not process are shown with the call that failed instead; a stale invitation is
 * being sent again, but still waits on someone in the member account.
 */
export function memberGroupOf(account: AccountOutcome): MemberGroup | undefined {
  if (account.unprocessed) return undefined;
  if (account.action === 'reinvite' && account.before === 'Invited') return 'stale';
  if (!account.attention) return undefined;
  if (account.listed && (account.before === 'Removed' || account.before === 'Resigned')) return 'decision';
  if (account.before === 'AccountSuspended') return 'suspended';
  if (account.before === 'Unknown') return 'unknown';
  return 'other';
}

/** Accounts not processed in the Regions that could be looked at (a failed Region is shown as one block). */
export function unprocessedPairs(regions: readonly RegionOutcome[]): Pair[] {
  return lookedAt(regions).flatMap(({ region, accounts }) =>
    accounts.filter((account) => account.unprocessed).map((account) => ({ region, account })),
  );
}

export function distinctAccounts(pairs: readonly Pair[]): number {
  return new Set(pairs.map((pair) => pair.account.accountId)).size;
}

/** `### Needs attention` and its groups, or '' when nothing needs anyone. */
export function renderAttention(input: AttentionInput, budget: ByteBudget, idsPerGroup: number): string {
  const heading = '### Needs attention\n';
  budget.spend(byteLength(heading) + 1);
  const blocks = [
    ...failedRegionBlocks(input.regions, budget),
    unprocessedBlock(unprocessedPairs(input.regions), budget, idsPerGroup),
    input.heldRemovals ? heldBlock(input.heldRemovals, budget) : '',
    ...[...memberGroups(input)].map(([group, pairs]) => memberBlock(group, pairs, input.mode, budget)),
  ].filter((block) => block !== '');
  if (blocks.length === 0) {
    budget.give(byteLength(heading) + 1);
    return '';
  }
  return [heading, ...blocks].join('\n');
}

function failedRegionBlocks(regions: readonly RegionOutcome[], budget: ByteBudget): string[] {
  const failed = regions.filter((region): region is FailedRegion => region.failure !== undefined);
  const blocks: string[] = [];
  for (const [index, { region, failure, notLookedAt }] of failed.entries()) {
    // Region names are checked against the pattern of AWS Region names when the inputs are read.
    const name = region;
    const listed = notLookedAt.length;
    const block =
      `#### ❌ ${name} failed (${failure.operation})\n\n` +
      `> ${markdownCode(failure.message)}\n\n` +
      `Nothing in ${name} was read or changed` +
      (listed > 0
        ? `: its ${plural(listed, 'listed account')} ${listed === 1 ? 'was' : 'were'} not looked at, and ${listed === 1 ? 'is' : 'are'} in the <code>${Output.unprocessedAccounts}</code> output.\n`
        : '.\n');
    if (!budget.take(block + '\n')) {
      const rest = failed.slice(index).map((entry) => entry.region);
      const line = `#### ❌ ${plural(rest.length, 'more Region')} failed\n\n${rest.join(', ')}: the reasons are in the step's log.\n`;
      budget.spend(byteLength(line) + 1);
      blocks.push(line);
      break;
    }
    blocks.push(block);
  }
  return blocks;
}

/** One row per call and reason: a quota hit on 300 accounts is one row that names them. */
function unprocessedBlock(pairs: readonly Pair[], budget: ByteBudget, idsPerGroup: number): string {
  if (pairs.length === 0) return '';
  const groups = new Map<string, { operation: string; reason: string; accounts: Map<string, string[]> }>();
  for (const { region, account } of pairs) {
    const { operation, processingResult } = account.unprocessed!;
    const key = JSON.stringify([operation, processingResult]);
    const group = groups.get(key) ?? { operation, reason: processingResult, accounts: new Map<string, string[]>() };
    groups.set(key, group);
    const regions = group.accounts.get(account.accountId);
    if (regions) regions.push(region);
    else group.accounts.set(account.accountId, [region]);
  }
  const ordered = [...groups.values()].sort((a, b) => b.accounts.size - a.accounts.size);
  const regions = new Set(pairs.map((pair) => pair.region)).size;
  const heading = `#### ❌ Not processed: ${plural(distinctAccounts(pairs), 'account')} in ${plural(regions, 'Region')}\n`;
  budget.spend(byteLength(heading) + 2);
  const header = headerRow(['Call', 'Reason', 'Accounts (Regions)']);
  const { html, shown } = boundedTable(
    header,
    ordered,
    (group) => row([group.operation, htmlCode(group.reason), accountsCell(group.accounts, budget.left - 2 * 1024, idsPerGroup)]),
    budget,
    { summary: (count) => `${plural(count, 'reason')}` },
  );
  const hidden = ordered.slice(shown).reduce((sum, group) => sum + group.accounts.size, 0);
  return [heading, html, hidden > 0 ? moreLine(hidden, 'account', Output.unprocessedAccounts, budget) : ''].filter(Boolean).join('\n');
}

/**
 * The accounts of one reason, by the Regions they failed in, within `room` bytes; long lists are
 * collapsed. The row it goes in is taken from the budget as a whole.
 */
function accountsCell(accounts: Map<string, string[]>, room: number, max: number): string {
  const byRegions = new Map<string, string[]>();
  for (const [accountId, regions] of accounts) {
    const key = regions.join(', ');
    const same = byRegions.get(key);
    if (same) same.push(accountId);
    else byRegions.set(key, [accountId]);
  }
  const lines: string[] = [];
  let shown = 0;
  let used = 0;
  for (const [regions, ids] of byRegions) {
    const codes: string[] = [];
    used += byteLength(regions) + 8;
    for (const id of ids) {
      // Drift comes from ListMembers, whose AccountId is a free string (docs/aws-behaviour.md#list-members).
      const code = htmlCode(id);
      const bytes = byteLength(code) + 2;
      if (shown >= max || used + bytes > room) break;
      codes.push(code);
      used += bytes;
      shown += 1;
    }
    if (codes.length > 0) lines.push(`${codes.join(', ')} (${regions})`);
    if (codes.length < ids.length) break;
  }
  const more = accounts.size - shown;
  const list = lines.join('<br>') + (more > 0 ? `${lines.length > 0 ? '<br>' : ''}<i>and ${plural(more, 'more account')}</i>` : '');
  return accounts.size > 5 ? `<details><summary>${plural(accounts.size, 'account')}</summary>${list}</details>` : list;
}

function heldBlock({ reason, accounts }: HeldRemovals, budget: ByteBudget): string {
  const heading = `#### ⛔ Removals held back: ${plural(new Set(accounts.map((account) => account.accountId)).size, 'account')}\n`;
  // The reason names the accounts ListMembers gave, whose AccountId is a free string.
  const quote = `> ${markdownCode(reason, 4000)}\n`;
  budget.spend(byteLength(heading) + byteLength(quote) + 2);
  const { html, shown } = boundedTable(
    headerRow(['Account', 'Region', 'Status']),
    accounts,
    ({ accountId, region, memberStatus }) => row([htmlCode(accountId), region, statusCell({ before: 'Unknown', rawStatus: memberStatus })]),
    budget,
    { summary: (count) => `${plural(count, 'removal')} held back` },
  );
  return [heading, quote, html, accounts.length > shown ? moreLine(accounts.length - shown, 'removal', Output.driftAccounts, budget) : '']
    .filter(Boolean)
    .join('\n');
}

const MEMBER_GROUPS: Record<MemberGroup, { title: string; intro: string }> = {
  decision: {
    title: '⚠️ Removed or Resigned, waiting on a decision',
    intro:
      'The administrator disassociated these members, or they left. They stay as they are until someone decides: set <code>reinvite: true</code> to bring them back, or take them off the list.',
  },
  stale: {
    title: '⚠️ Invitations not accepted',
    intro:
      'These invitations are older than <code>stale-invite-days</code>. Sending them again does not accept them: someone in each member account has to (or set <code>member-role-name</code>).',
  },
  suspended: { title: '⚠️ Suspended', intro: 'These accounts are suspended in AWS Organizations; they are left as they are.' },
  unknown: {
    title: '⚠️ Member status not known to this action',
    intro: 'AWS reported a member status that is not documented; these members are left as they are.',
  },
  other: { title: '⚠️ Left as they are, for a reason', intro: 'These members are left as they are, for the reason given.' },
};

function memberBlock(group: MemberGroup, pairs: readonly Pair[], mode: Mode, budget: ByteBudget): string {
  if (pairs.length === 0) return '';
  const { title, intro } = MEMBER_GROUPS[group];
  const heading = `#### ${title}: ${plural(distinctAccounts(pairs), 'account')}\n`;
  const text = `${intro}\n`;
  budget.spend(byteLength(heading) + byteLength(text) + 2);
  const { html, shown } = boundedTable(
    headerRow(['Account', 'Region', 'Status', group === 'stale' ? 'Result' : 'Why']),
    pairs,
    ({ region, account }) => row([htmlCode(account.accountId), region, statusCell(account), whyText(group, account, mode)]),
    budget,
    { summary: (count) => plural(count, 'member') },
  );
  return [heading, text, html, pairs.length > shown ? moreLine(pairs.length - shown, 'member', Output.plan, budget) : '']
    .filter(Boolean)
    .join('\n');
}

function whyText(group: MemberGroup, account: AccountOutcome, mode: Mode): string {
  if (group !== 'stale') return account.attention ? htmlCode(account.attention, 4000) : '';
  // Not sent again means InviteMembers failed: such an account is under "Not processed" instead.
  return mode === 'plan' ? 'the invitation would be sent again' : 'the invitation was sent again';
}

function moreLine(count: number, noun: string, output: string, budget: ByteBudget): string {
  const line = `<i>${plural(count, `more ${noun}`)} not shown here; every one is in the <code>${output}</code> output.</i>\n`;
  budget.spend(byteLength(line) + 1);
  return line;
}
