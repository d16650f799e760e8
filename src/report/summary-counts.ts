// The counts of the summary, each saying what it counts: account-Region pairs and accounts in
// columns of their own, never mixed in one sentence. A pair counts in every row that applies to
// it, so an account created and then invited counts as created and as invited.
import { did, lookedAt, type AccountOutcome, type Mode, type RegionOutcome } from '../model.js';
import { headerRow, plural, row, table } from './html.js';

export interface CountsInput {
  mode: Mode;
  invite: boolean;
  regions: readonly RegionOutcome[];
}

export interface CountRow {
  label: string;
  pairs: number;
  accounts: number;
}

type Rule = [label: string, applies: (account: AccountOutcome) => boolean, shownWhenZero: boolean];

/** Left as it is on both sides, for no reason anyone needs to see (the member side may act on an unchanged member). */
export function isUnchanged(account: AccountOutcome): boolean {
  return (
    account.listed &&
    account.action === 'skip' &&
    !account.attention &&
    !account.unprocessed &&
    !account.memberSide &&
    !did(account, 'accept')
  );
}

function rules({ mode, invite }: CountsInput): Rule[] {
  const done = (account: AccountOutcome) => !account.unprocessed;
  const changes: Rule[] =
    mode === 'plan'
      ? [
          ['would be created', (a) => done(a) && a.action === 'create', true],
          // Created members are invited next (CreateMembers, then InviteMembers), except organization accounts.
          ['would be invited', (a) => done(a) && (a.action === 'invite' || (invite && a.action === 'create')), true],
          ['would be invited again', (a) => done(a) && a.action === 'reinvite', false],
          ['would be removed', (a) => done(a) && a.action === 'remove', false],
        ]
      : [
          ['created', (a) => did(a, 'create'), true],
          ['invited', (a) => did(a, 'invite'), true],
          ['invited again', (a) => did(a, 'reinvite'), false],
          ['removed', (a) => did(a, 'remove'), false],
          ['accepted from the member side', (a) => did(a, 'accept'), false],
        ];
  return [
    ...changes,
    ['no change', isUnchanged, true],
    ['left as they are: need attention', (a) => done(a) && a.action === 'skip' && a.attention !== undefined, false],
    ['not in the list, left alone', (a) => !a.listed && a.action === 'skip' && !a.attention && done(a), false],
    ['not processed', (a) => !done(a), true],
  ];
}

/** Every account of the Regions that were looked at, one Region after another, without a list of them all. */
function* lookedAtAccounts(regions: readonly RegionOutcome[]): Generator<AccountOutcome> {
  for (const region of lookedAt(regions)) yield* region.accounts;
}

/**
 * Outcomes remembered while counting. Outcomes are shared across Regions (apply/shared-outcomes.ts):
 * one met again gives the same rows for the same account, so only its pairs are counted again. At
 * 10,000 accounts × 17 Regions that is 170,000 pairs and about 10,000 distinct outcomes; past this
 * many, an outcome is judged on each visit as if it were new, which counts the same.
 */
const REMEMBERED_OUTCOMES = 50_000;

interface Tally {
  label: string;
  applies: (account: AccountOutcome) => boolean;
  shownWhenZero: boolean;
  pairs: number;
  ids: Set<string>;
}

/** The rows, the listed accounts and whether any is created: one pass over the pairs, no list of them. */
function tallyRegions(input: CountsInput): { rows: CountRow[]; listed: number; createsAny: boolean } {
  const tallies: Tally[] = rules(input).map(([label, applies, shownWhenZero]) => ({
    label,
    applies,
    shownWhenZero,
    pairs: 0,
    ids: new Set(),
  }));
  const listedIds = new Set<string>();
  let createsAny = false;
  const known = new Map<AccountOutcome, Tally[]>();
  for (const account of lookedAtAccounts(input.regions)) {
    let applying = known.get(account);
    if (!applying) {
      applying = tallies.filter((tally) => tally.applies(account));
      for (const tally of applying) tally.ids.add(account.accountId);
      if (account.listed) listedIds.add(account.accountId);
      if (account.action === 'create' && !account.unprocessed) createsAny = true;
      if (known.size < REMEMBERED_OUTCOMES) known.set(account, applying);
    }
    for (const tally of applying) tally.pairs += 1;
  }
  const rows = tallies
    .filter((entry) => entry.shownWhenZero || entry.pairs > 0)
    .map(({ label, pairs, ids }) => ({ label, pairs, accounts: ids.size }));
  const notLooked = input.regions.flatMap((region) => (region.failure ? region.notLookedAt : []));
  if (notLooked.length > 0) rows.push({ label: 'not looked at: the Region failed', ...tally(notLooked) });
  for (const { accountId } of notLooked) listedIds.add(accountId);
  return { rows, listed: listedIds.size, createsAny };
}

function tally(accounts: readonly { accountId: string }[]): { pairs: number; accounts: number } {
  return { pairs: accounts.length, accounts: new Set(accounts.map((account) => account.accountId)).size };
}

export function renderCounts(input: CountsInput): string {
  const { rows: counted, listed, createsAny } = tallyRegions(input);
  const failed = input.regions.filter((region) => region.failure).length;
  const scope =
    `<p>Listed: <b>${plural(listed, 'account')}</b>. Regions: <b>${input.regions.length}</b>` +
    (failed > 0 ? `, of which <b>${failed}</b> failed.</p>\n` : '.</p>\n');
  const rows = counted.map(({ label, pairs, accounts }) => row([label, String(pairs), String(accounts)]));
  const invitesNew = input.mode === 'plan' && input.invite && createsAny;
  const note =
    'A pair counts in every row that applies to it: an account created and then invited counts as created and as invited.' +
    (invitesNew
      ? ' Accounts that would be created are counted as invited too; organization accounts are enabled on creation instead.'
      : '');
  return `### Counts\n\n${scope}\n${table(headerRow(['', 'Account-Region pairs', 'Accounts']), rows.join(''))}\n<p><sub>${note}</sub></p>\n`;
}
