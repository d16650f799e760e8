import { describe, expect, it, vi } from 'vitest';
import type { AccountOutcome, RegionOutcome } from '../../src/model.js';
import type { Mode } from '../../src/model.js';
import { collectOutputs } from '../../src/report/outputs.js';
import {
  commentLimits,
  renderDesiredOnly,
  renderInputProblems,
  renderSummary,
  resultText,
  type SummaryInput,
  type SummaryLimits,
} from '../../src/report/summary.js';
import { COMMENT_MAX_BYTES } from '../../src/report/pr-comment.js';
import { expectInertMarkdown } from '../helpers/gfm.js';
import {
  GITHUB_SAFE_TAGS,
  allElements,
  elements,
  heading,
  isCollapsed,
  outline,
  precedes,
  recordsOf,
  rendered,
  sectionUnder,
  detailsLine,
  textOf,
  topOf,
  type Element,
  type Rendered,
} from './rendered.js';

const MiB = 1024 * 1024;
const HOSTILE =
  '<img src=x onerror=alert(1)> [click](https://evil.example) **@octo-org/admins** | #1 x-@octocat.-x.example octo-org/octo-repo#2\n\n## Approved';
const HOSTILE_ESCAPED =
  '<code>&#60;img src=x onerror=alert(1)&#62; &#91;click&#93;(https&#58;//evil.example) &#42;&#42;&#64;octo-org/admins&#42;&#42; &#124; &#35;1 x-&#64;octocat.-x.example octo-org/octo-repo&#35;2&#92;n&#92;n&#35;&#35; Approved</code>';
/** What a reader sees of HOSTILE: the same characters in code, line breaks spelled out. */
const HOSTILE_SHOWN =
  '<img src=x onerror=alert(1)> [click](https://evil.example) **@octo-org/admins** | #1 x-@octocat.-x.example octo-org/octo-repo#2\\n\\n## Approved';
/** The tags a summary is made of, once rendered. */
const SUMMARY_TAGS = [
  'h2',
  'h3',
  'h4',
  'p',
  'b',
  'strong',
  'i',
  'sub',
  'br',
  'blockquote',
  'details',
  'summary',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'ul',
  'li',
];

function outcome(accountId: string, fields: Partial<AccountOutcome> = {}): AccountOutcome {
  return { accountId, listed: true, before: 'None', action: 'create', done: [], ...fields };
}

function summaryOf(mode: Mode, regions: RegionOutcome[], extra: Partial<SummaryInput> = {}, limits?: SummaryLimits): string {
  const input: SummaryInput = {
    mode,
    invite: true,
    administratorId: '999999999999',
    regions,
    outputs: collectOutputs(mode, regions),
    ...extra,
  };
  return limits ? renderSummary(input, limits) : renderSummary(input);
}

function page(mode: Mode, regions: RegionOutcome[], extra: Partial<SummaryInput> = {}, limits?: SummaryLimits): Rendered {
  return rendered(summaryOf(mode, regions, extra, limits));
}

const FOOTER = /^Administrator account /;

/** The section under `#### <region>` in "Accounts by Region", without the page's footer. */
function regionSection(view: Rendered, region: string): Element[] {
  const section = sectionUnder(view.root, heading(view.root, 4, region));
  const footer = topOf(section).find((element) => FOOTER.test(textOf(element)));
  return footer ? section.slice(0, section.indexOf(footer)) : section;
}

function tablesIn(section: readonly Element[]): Element[] {
  return topOf(section).flatMap((element) => (element.tagName === 'table' ? [element] : elements(element, 'table')));
}

/** The account IDs of a section's account tables, in the order shown. */
function accountIds(section: readonly Element[]): string[] {
  return tablesIn(section).flatMap((table) => recordsOf(table).map((record) => record.Account ?? ''));
}

function recordOf(section: readonly Element[], accountId: string): Record<string, string> | undefined {
  return tablesIn(section)
    .flatMap(recordsOf)
    .find((record) => record.Account === accountId);
}

/** The counts table: label → [account-Region pairs, accounts]. */
function countsOf(view: Rendered): Record<string, [number, number]> {
  const [table] = tablesIn(sectionUnder(view.root, heading(view.root, 3, 'Counts')));
  expect(table).toBeDefined();
  return Object.fromEntries(
    recordsOf(table!).map((record): [string, [number, number]] => [
      record['#'] ?? '',
      [Number(record['Account-Region pairs']), Number(record.Accounts)],
    ]),
  );
}

const applied: RegionOutcome = {
  region: 'us-east-1',
  accounts: [
    outcome('111111111111', { done: ['create', 'invite'], email: 'a@example.com', after: 'Created' }),
    outcome('222222222222', { done: ['create'], after: 'Enabled' }),
    outcome('333333333333', { done: ['invite'], before: 'Created', rawStatus: 'Created', action: 'invite' }),
    outcome('444444444444', { before: 'Enabled', rawStatus: 'Enabled', action: 'skip' }),
    outcome('555555555555', { unprocessed: { operation: 'CreateMembers', processingResult: 'Account is already a member' } }),
    outcome('777777777777', {
      before: 'Removed',
      rawStatus: 'Removed',
      action: 'skip',
      attention: 'The administrator disassociated this member; it is not re-invited.',
    }),
  ],
};

const failedRegion = (region: string, accountIds: string[], message = 'Security Hub CSPM is not enabled'): RegionOutcome => ({
  region,
  failure: { operation: 'DescribeHub', message },
  notLookedAt: accountIds.map((accountId) => ({ accountId, origin: { kind: 'input' } })),
});

const ids = (count: number, from = 100000000000) => Array.from({ length: count }, (_, index) => String(from + index));

/** `count` accounts in each Region; those for which `unprocessed(index)` is true were not processed. */
function bulkRegions(regions: string[], count: number, unprocessed: (index: number) => boolean, reason = 'Rate exceeded'): RegionOutcome[] {
  return regions.map((region) => ({
    region,
    accounts: Array.from({ length: count }, (_, index) => {
      const accountId = String(100000000000 + index);
      const email = `owner-${index}@example.com`;
      return unprocessed(index)
        ? outcome(accountId, { email, unprocessed: { operation: 'CreateMembers', processingResult: reason } })
        : outcome(accountId, { done: ['create', 'invite'], email, after: 'Created' });
    }),
  }));
}

const enabled = (accountId: string) => outcome(accountId, { before: 'Enabled', rawStatus: 'Enabled', action: 'skip' });

describe('renderSummary, as GitHub renders it', () => {
  describe('layout', () => {
    it('puts what failed and needs someone first, then the counts, then the accounts by Region', () => {
      const view = page('apply', [applied, failedRegion('eu-west-1', ['111111111111', '444444444444'])]);
      expect(outline(view.root)).toEqual([
        'h2 ❌ Security Hub CSPM onboarding',
        'h3 Needs attention',
        'h4 ❌ eu-west-1 failed (DescribeHub)',
        'h4 ❌ Not processed: 1 account in 1 Region',
        'h4 ⚠️ Removed or Resigned, waiting on a decision: 1 account',
        'h3 Counts',
        'h3 Accounts by Region',
        'h4 us-east-1',
        'h4 eu-west-1',
      ]);
    });

    it('shows the failed Region as one block with its reason, before the counts, and no row per account', () => {
      const view = page('apply', [applied, failedRegion('eu-west-1', ids(300), 'Security Hub CSPM is not enabled in eu-west-1')]);
      const block = heading(view.root, 4, '❌ eu-west-1 failed (DescribeHub)');
      expect(precedes(view.root, block, heading(view.root, 3, 'Counts'))).toBe(true);
      const [quote, text] = topOf(sectionUnder(view.root, block));
      expect(quote?.tagName).toBe('blockquote');
      expect(textOf(quote!)).toBe('Security Hub CSPM is not enabled in eu-west-1');
      expect(textOf(text!)).toBe(
        'Nothing in eu-west-1 was read or changed: its 300 listed accounts were not looked at, and are in the unprocessed-accounts output.',
      );
      // Not one of the 300 accounts has a row anywhere, neither at the top nor under the Region.
      const rows = elements(view.root, 'tr').map(textOf);
      for (const id of ids(300)) expect(rows.some((cells) => cells.includes(id))).toBe(false);
      expect(topOf(regionSection(view, 'eu-west-1')).map(textOf)).toEqual([
        '❌ DescribeHub failed: nothing in this Region was read or changed (see above).',
      ]);
      expect(countsOf(view)['not looked at: the Region failed']).toEqual([300, 300]);
    });

    it('has no attention section, and a ✅, when nothing failed or needs anyone', () => {
      const view = page('apply', [
        { region: 'us-east-1', accounts: [outcome('111111111111', { done: ['create', 'invite'] }), enabled('222222222222')] },
      ]);
      expect(outline(view.root)).toEqual(['h2 ✅ Security Hub CSPM onboarding', 'h3 Counts', 'h3 Accounts by Region', 'h4 us-east-1']);
    });

    it('shows ⚠️ when members need a decision but everything was processed', () => {
      const view = page('apply', [{ region: 'us-east-1', accounts: [applied.accounts[5]!] }]);
      expect(outline(view.root)[0]).toBe('h2 ⚠️ Security Hub CSPM onboarding');
    });

    it('fails when a Region failed, even with no account in it', () => {
      const view = page('apply', [failedRegion('eu-west-1', [])]);
      expect(outline(view.root)[0]).toBe('h2 ❌ Security Hub CSPM onboarding');
      expect(textOf(topOf(sectionUnder(view.root, heading(view.root, 4, '❌ eu-west-1 failed (DescribeHub)')))[1]!)).toBe(
        'Nothing in eu-west-1 was read or changed.',
      );
    });

    it('says in the plan title that nothing was changed', () => {
      expect(outline(page('plan', [applied]).root)[0]).toBe('h2 ❌ Security Hub CSPM onboarding plan (nothing was changed)');
    });

    it('uses only tags GitHub keeps, and every table renders as a table', () => {
      const view = page('apply', [applied, failedRegion('eu-west-1', ['111111111111'])], {
        heldRemovals: { reason: 'held', accounts: [{ accountId: '900000000001', region: 'us-east-1', memberStatus: 'Enabled' }] },
        notes: ['a note'],
      });
      for (const element of allElements(view.root)) expect(GITHUB_SAFE_TAGS, element.tagName).toContain(element.tagName);
      // Markdown written right after an HTML block would be swallowed by it and shown raw.
      expect(textOf(view.root)).not.toMatch(/<\/?(table|tr|td|details|summary|sub|p)\b/);
      expect(textOf(view.root)).not.toMatch(/(^|\s)(#{2,4} |> )/);
    });
  });

  describe('counts', () => {
    it('counts what apply did in account-Region pairs and in accounts, each in its own column', () => {
      const view = page('apply', [applied, failedRegion('eu-west-1', ['111111111111', '444444444444'])]);
      expect(textOf(topOf(sectionUnder(view.root, heading(view.root, 3, 'Counts')))[0]!)).toBe(
        'Listed: 6 accounts. Regions: 2, of which 1 failed.',
      );
      expect(countsOf(view)).toEqual({
        created: [2, 2],
        invited: [2, 2],
        'no change': [1, 1],
        'left as they are: need attention': [1, 1],
        'not processed': [1, 1],
        'not looked at: the Region failed': [2, 2],
      });
    });

    it('counts an account in two Regions as two pairs and one account, and one created then invited in both rows', () => {
      const regions = ['us-east-1', 'eu-west-1'].map((region) => ({
        region,
        accounts: [outcome('111111111111', { done: ['create', 'invite'] }), enabled('222222222222')],
      }));
      const view = page('apply', regions);
      expect(countsOf(view)).toEqual({ created: [2, 1], invited: [2, 1], 'no change': [2, 1], 'not processed': [0, 0] });
      // The same numbers as the step outputs.
      const outputs = collectOutputs('apply', regions);
      expect([outputs.created.length, outputs.invited.length, outputs.skipped.length]).toEqual([2, 2, 2]);
      expect(textOf(view.root)).toContain('an account created and then invited counts as created and as invited');
    });

    it('counts an outcome shared by several Regions once per Region and its account once, past any number of outcomes', () => {
      // Outcomes are shared across Regions (apply/shared-outcomes.ts): us-east-1 and ap-south-1 hold the same
      // objects, eu-west-1 equal ones of its own; 60,000 distinct outcomes, more than the counting remembers.
      const shared = ids(30_000).map((accountId) => outcome(accountId, { done: ['create', 'invite'] }));
      const own = ids(30_000).map((accountId, index) =>
        index % 2 === 0 ? outcome(accountId, { done: ['create', 'invite'] }) : outcome(accountId, { before: 'Enabled', action: 'skip' }),
      );
      const regions = [
        { region: 'us-east-1', accounts: shared },
        { region: 'eu-west-1', accounts: own },
        { region: 'ap-south-1', accounts: shared },
      ];
      const view = page('apply', regions);
      expect(countsOf(view)).toEqual({
        created: [75_000, 30_000],
        invited: [75_000, 30_000],
        'no change': [15_000, 15_000],
        'not processed': [0, 0],
      });
      expect(textOf(topOf(sectionUnder(view.root, heading(view.root, 3, 'Counts')))[0]!)).toBe('Listed: 30000 accounts. Regions: 3.');
    });

    it('counts what plan would do; accounts that would be created count as invited too', () => {
      const planned: RegionOutcome = {
        region: 'us-east-1',
        accounts: [
          outcome('111111111111'),
          outcome('222222222222', { before: 'Deleted', rawStatus: 'Deleted' }),
          outcome('333333333333', { before: 'Created', rawStatus: 'Created', action: 'invite' }),
          enabled('444444444444'),
        ],
      };
      const view = page('plan', [planned, failedRegion('eu-west-1', ['111111111111'])]);
      expect(countsOf(view)).toEqual({
        'would be created': [2, 2],
        'would be invited': [3, 3],
        'no change': [1, 1],
        'not processed': [0, 0],
        'not looked at: the Region failed': [1, 1],
      });
      expect(textOf(view.root)).toContain(
        'Accounts that would be created are counted as invited too; organization accounts are enabled on creation instead.',
      );
      // Without invite, a created account is not counted as invited.
      expect(countsOf(page('plan', [planned], { invite: false }))['would be invited']).toEqual([1, 1]);
    });

    it('counts removals, re-invitations, drift and the member side when there are any', () => {
      const region: RegionOutcome = {
        region: 'us-east-1',
        accounts: [
          outcome('111111111111', { done: ['reinvite'], before: 'Removed', action: 'reinvite' }),
          outcome('222222222222', { done: ['accept'], before: 'Invited', action: 'skip' }),
          outcome('300000000001', {
            done: ['remove'],
            listed: false,
            before: 'Enabled',
            action: 'remove',
            removal: { disassociate: true, delete: true },
          }),
          outcome('300000000002', { listed: false, before: 'Enabled', action: 'skip' }),
        ],
      };
      expect(countsOf(page('apply', [region]))).toEqual({
        created: [0, 0],
        invited: [0, 0],
        'invited again': [1, 1],
        removed: [1, 1],
        'accepted from the member side': [1, 1],
        'no change': [0, 0],
        'not in the list, left alone': [1, 1],
        'not processed': [0, 0],
      });
    });
  });

  describe('needs attention', () => {
    it('never shows a member the member side acted on, or would act on, as unchanged', () => {
      const pending = outcome('111111111111', {
        before: 'Invited',
        rawStatus: 'Invited',
        action: 'skip',
        memberSide: 'would enable Security Hub CSPM and accept the invitation',
      });
      const view = page('plan', [{ region: 'us-east-1', accounts: [pending, enabled('222222222222')] }]);
      const section = regionSection(view, 'us-east-1');
      const [shown] = tablesIn(section);
      expect(isCollapsed(shown!)).toBe(false);
      expect(recordsOf(shown!)).toEqual([
        {
          Account: '111111111111',
          Email: '',
          'Status before': 'Invited',
          Action: 'skip',
          Result: 'no change; member side: would enable Security Hub CSPM and accept the invitation',
        },
      ]);
      expect(countsOf(view)['no change']).toEqual([1, 1]);
    });

    it('groups accounts AWS did not process by call and reason, naming their Regions', () => {
      const regions: RegionOutcome[] = ['us-east-1', 'eu-west-1'].map((region) => ({
        region,
        accounts: [
          outcome('111111111111', {
            unprocessed: { operation: 'CreateMembers', processingResult: 'Account is already a member of another administrator' },
          }),
          outcome('222222222222', { done: ['create'], unprocessed: { operation: 'InviteMembers', processingResult: 'Rate exceeded' } }),
          enabled('333333333333'),
        ],
      }));
      const view = page('apply', regions);
      const block = sectionUnder(view.root, heading(view.root, 4, '❌ Not processed: 2 accounts in 2 Regions'));
      expect(recordsOf(tablesIn(block)[0]!)).toEqual([
        {
          Call: 'CreateMembers',
          Reason: 'Account is already a member of another administrator',
          'Accounts (Regions)': '111111111111 (us-east-1, eu-west-1)',
        },
        { Call: 'InviteMembers', Reason: 'Rate exceeded', 'Accounts (Regions)': '222222222222 (us-east-1, eu-west-1)' },
      ]);
      expect(countsOf(view)['not processed']).toEqual([4, 2]);
      expect(countsOf(view).created).toEqual([2, 1]);
    });

    it('shows 300 accounts with one reason as one row, their IDs collapsed', () => {
      const view = page(
        'apply',
        bulkRegions(['us-east-1'], 300, () => true),
      );
      const [table] = tablesIn(sectionUnder(view.root, heading(view.root, 4, '❌ Not processed: 300 accounts in 1 Region')));
      const [record] = recordsOf(table!);
      expect(recordsOf(table!)).toHaveLength(1);
      expect(record?.Reason).toBe('Rate exceeded');
      const details = elements(table!, 'details')[0]!;
      expect(detailsLine(details)).toBe('300 accounts');
      for (const code of elements(details, 'code')) expect(isCollapsed(code)).toBe(true);
      expect(elements(details, 'code').map(textOf)).toEqual(ids(300));
    });

    it('names at most idsPerReason accounts per reason and counts the others', () => {
      const view = page(
        'apply',
        bulkRegions(['us-east-1'], 50, () => true),
        {},
        { maxBytes: 900 * 1024, rowsPerRegion: 100, idsPerReason: 10 },
      );
      const [table] = tablesIn(sectionUnder(view.root, heading(view.root, 4, /^❌ Not processed/)));
      expect(
        elements(table!, 'code')
          .map(textOf)
          .filter((text) => /^\d{12}$/.test(text)),
      ).toEqual(ids(10));
      expect(recordsOf(table!)[0]?.['Accounts (Regions)']).toBe(`50 accounts ${ids(10).join(', ')} (us-east-1) and 40 more accounts`);
    });

    it('shows held removals as their own group with each account, Region and status', () => {
      const region: RegionOutcome = {
        region: 'us-east-1',
        accounts: [
          enabled('111111111111'),
          ...['300000000001', '300000000002'].map((id) =>
            outcome(id, { listed: false, before: 'Enabled', rawStatus: 'Enabled', action: 'skip', attention: 'held back' }),
          ),
        ],
      };
      const reason = 'This run would remove 2 member(s), more than max-removals (1); none was removed.';
      const heldRemovals = {
        reason,
        accounts: ['300000000001', '300000000002'].map((accountId) => ({ accountId, region: 'us-east-1', memberStatus: 'Enabled' })),
      };
      const view = page('apply', [region], { heldRemovals });
      expect(outline(view.root).slice(0, 3)).toEqual([
        'h2 ❌ Security Hub CSPM onboarding',
        'h3 Needs attention',
        'h4 ⛔ Removals held back: 2 accounts',
      ]);
      const [quote, table] = topOf(sectionUnder(view.root, heading(view.root, 4, '⛔ Removals held back: 2 accounts')));
      expect(textOf(quote!)).toBe(reason);
      expect(recordsOf(table!)).toEqual([
        { Account: '300000000001', Region: 'us-east-1', Status: 'Enabled' },
        { Account: '300000000002', Region: 'us-east-1', Status: 'Enabled' },
      ]);
      // Not shown a second time as "other members that need attention".
      expect(outline(view.root).filter((line) => line.startsWith('h4 ⚠️'))).toEqual([]);
      expect(countsOf(view)['left as they are: need attention']).toEqual([2, 2]);
    });

    it('puts Removed and Resigned members in a group of their own, not among the unchanged', () => {
      const region: RegionOutcome = {
        region: 'us-east-1',
        accounts: [
          enabled('111111111111'),
          outcome('222222222222', {
            before: 'Removed',
            rawStatus: 'Removed',
            action: 'skip',
            attention: 'The administrator disassociated this member; set reinvite: true to bring it back.',
          }),
          outcome('333333333333', {
            before: 'Resigned',
            rawStatus: 'Resigned',
            action: 'skip',
            attention: 'The member left or declined the invitation; set reinvite: true to invite it again.',
          }),
        ],
      };
      const view = page('apply', [region]);
      const group = sectionUnder(view.root, heading(view.root, 4, '⚠️ Removed or Resigned, waiting on a decision: 2 accounts'));
      expect(textOf(topOf(group)[0]!)).toContain('set reinvite: true to bring them back, or take them off the list');
      expect(recordsOf(tablesIn(group)[0]!)).toEqual([
        {
          Account: '222222222222',
          Region: 'us-east-1',
          Status: 'Removed',
          Why: 'The administrator disassociated this member; set reinvite: true to bring it back.',
        },
        {
          Account: '333333333333',
          Region: 'us-east-1',
          Status: 'Resigned',
          Why: 'The member left or declined the invitation; set reinvite: true to invite it again.',
        },
      ]);
      expect(countsOf(view)['no change']).toEqual([1, 1]);
    });

    it('lists stale invitations, suspended accounts and unknown statuses, each as a group', () => {
      const region: RegionOutcome = {
        region: 'us-east-1',
        accounts: [
          outcome('111111111111', { before: 'Invited', rawStatus: 'Invited', action: 'reinvite' }),
          outcome('222222222222', {
            before: 'AccountSuspended',
            rawStatus: 'AccountSuspended',
            action: 'skip',
            attention: 'The account is suspended in AWS Organizations.',
          }),
          outcome('333333333333', {
            before: 'Unknown',
            rawStatus: '<b>Paused</b>',
            action: 'skip',
            attention: 'AWS reported a member status this action does not know; it is left alone.',
          }),
        ],
      };
      const view = page('plan', [region]);
      expect(outline(view.root).filter((line) => line.startsWith('h4'))).toEqual([
        'h4 ⚠️ Invitations not accepted: 1 account',
        'h4 ⚠️ Suspended: 1 account',
        'h4 ⚠️ Member status not known to this action: 1 account',
        'h4 us-east-1',
      ]);
      const record = (title: string) => recordsOf(tablesIn(sectionUnder(view.root, heading(view.root, 4, title)))[0]!)[0];
      expect(record('⚠️ Invitations not accepted: 1 account')).toEqual({
        Account: '111111111111',
        Region: 'us-east-1',
        Status: 'Invited',
        Result: 'the invitation would be sent again',
      });
      expect(record('⚠️ Member status not known to this action: 1 account')?.Status).toBe('<b>Paused</b>');
      expect(elements(view.root, 'b').map(textOf)).not.toContain('Paused');
    });

    it('shows the other helpers’ reasons for leaving a member alone in a group of their own', () => {
      const view = page('apply', [
        {
          region: 'us-east-1',
          accounts: [outcome('300000000001', { listed: false, before: 'Enabled', action: 'skip', attention: 'Some reason_' })],
        },
      ]);
      expect(
        recordsOf(tablesIn(sectionUnder(view.root, heading(view.root, 4, '⚠️ Left as they are, for a reason: 1 account')))[0]!),
      ).toEqual([{ Account: '300000000001', Region: 'us-east-1', Status: 'Enabled', Why: 'Some reason_' }]);
    });
  });

  describe('accounts by Region', () => {
    it('lists unprocessed accounts first, then those that need attention, then changes; the unchanged collapsed', () => {
      const section = regionSection(page('apply', [applied]), 'us-east-1');
      expect(accountIds(section)).toEqual(['555555555555', '777777777777', '111111111111', '222222222222', '333333333333', '444444444444']);
      const [shown, hidden] = tablesIn(section);
      expect(isCollapsed(shown!)).toBe(false);
      expect(isCollapsed(hidden!)).toBe(true);
      expect(recordsOf(hidden!).map((record) => record.Account)).toEqual(['444444444444']);
      expect(detailsLine(topOf(section).find((element) => element.tagName === 'details')!)).toBe('1 account with no change in us-east-1');
    });

    it('lists accounts with no change only inside a collapsed <details>, however few', () => {
      const view = page('apply', [{ region: 'us-east-1', accounts: [enabled('111111111111'), enabled('222222222222')] }]);
      const cells = elements(view.root, 'code').filter((code) => /^\d{12}$/.test(textOf(code)));
      expect(cells.map(textOf)).toEqual(['111111111111', '222222222222']);
      for (const cell of cells) expect(isCollapsed(cell)).toBe(true);
      expect(countsOf(view)['no change']).toEqual([2, 2]);
    });

    it('collapses a long table of changes, saying what it holds', () => {
      const section = regionSection(
        page(
          'apply',
          bulkRegions(['us-east-1'], 30, (index) => index < 2),
        ),
        'us-east-1',
      );
      const [details] = topOf(section).filter((element) => element.tagName === 'details');
      expect(detailsLine(details!)).toBe('30 accounts in us-east-1: 2 not processed, 28 invited');
      expect(accountIds(section)).toHaveLength(30);
      for (const table of tablesIn(section)) expect(isCollapsed(table)).toBe(true);
    });

    it('keeps a table of 20 changes open', () => {
      const section = regionSection(
        page(
          'apply',
          bulkRegions(['us-east-1'], 20, () => false),
        ),
        'us-east-1',
      );
      expect(tablesIn(section).map(isCollapsed)).toEqual([false]);
    });

    it('shows each account’s email, status before, action and result', () => {
      const section = regionSection(page('apply', [applied]), 'us-east-1');
      expect(recordOf(section, '111111111111')).toEqual({
        Account: '111111111111',
        Email: 'a@example.com',
        'Status before': 'not a member',
        Action: 'create',
        Result: '✅ created and invited',
      });
      expect(recordOf(section, '555555555555')).toEqual({
        Account: '555555555555',
        Email: '',
        'Status before': 'not a member',
        Action: 'create',
        Result: '❌ Not processed (CreateMembers): Account is already a member',
      });
      expect(summaryOf('apply', [applied])).toContain(
        '<tr><td><code>111111111111</code></td><td><code>a&#64;example.com</code></td><td>not a member</td><td>create</td><td>✅ created and invited</td></tr>',
      );
    });

    it('shows a hostile email as text', () => {
      const markdown = summaryOf('apply', [
        { region: 'us-east-1', accounts: [outcome('111111111111', { done: ['create'], email: HOSTILE })] },
      ]);
      expect(markdown).toContain(`<td>${HOSTILE_ESCAPED}</td>`);
      const view = rendered(markdown);
      expect(recordOf(regionSection(view, 'us-east-1'), '111111111111')?.Email).toBe(HOSTILE_SHOWN);
      expect(elements(view.root, 'img')).toEqual([]);
      expect(elements(view.root, 'a')).toEqual([]);
      expect(outline(view.root)).not.toContain('h2 Approved');
      expectInertMarkdown(markdown, [HOSTILE_SHOWN], { allowedTags: SUMMARY_TAGS });
    });

    it('shows a hostile AWS message as text, at the top and under the Region', () => {
      const view = page('apply', [
        {
          region: 'us-east-1',
          accounts: [outcome('111111111111', { unprocessed: { operation: 'InviteMembers', processingResult: HOSTILE } })],
        },
      ]);
      const [table] = tablesIn(sectionUnder(view.root, heading(view.root, 4, /^❌ Not processed/)));
      expect(recordsOf(table!)[0]?.Reason).toBe(HOSTILE_SHOWN);
      expect(recordOf(regionSection(view, 'us-east-1'), '111111111111')?.Result).toBe(`❌ Not processed (InviteMembers): ${HOSTILE_SHOWN}`);
      expect(elements(view.root, 'img')).toEqual([]);
      expect(elements(view.root, 'a')).toEqual([]);
      expect(elements(view.root, 'strong')).toEqual([]);
      expectInertMarkdown(
        summaryOf('apply', [
          {
            region: 'us-east-1',
            accounts: [outcome('111111111111', { unprocessed: { operation: 'InviteMembers', processingResult: HOSTILE } })],
          },
        ]),
        [HOSTILE_SHOWN],
        {
          allowedTags: SUMMARY_TAGS,
        },
      );
    });

    it('shows a status AWS sent that the action does not know, as text', () => {
      const view = page('apply', [
        {
          region: 'us-east-1',
          accounts: [
            outcome('111111111111', { before: 'Unknown', rawStatus: '<b>Paused</b>', action: 'skip', attention: 'Unknown status' }),
          ],
        },
      ]);
      expect(recordOf(regionSection(view, 'us-east-1'), '111111111111')).toMatchObject({
        'Status before': '<b>Paused</b>',
        Action: 'skip',
        Result: '⚠️ Unknown status',
      });
    });

    it('shows a Region failure with its message, as text', () => {
      const markdown = summaryOf('apply', [
        failedRegion('eu-west-1', ['111111111111'], 'Security Hub CSPM is not enabled in eu-west-1 <br> @admins'),
      ]);
      expect(markdown).toContain('> `Security Hub CSPM is not enabled in eu-west-1 <br> @admins`\n');
      expectInertMarkdown(markdown, ['Security Hub CSPM is not enabled in eu-west-1 <br> @admins'], { allowedTags: SUMMARY_TAGS });
      const view = rendered(markdown);
      const [quote] = topOf(sectionUnder(view.root, heading(view.root, 4, '❌ eu-west-1 failed (DescribeHub)')));
      expect(textOf(quote!)).toBe('Security Hub CSPM is not enabled in eu-west-1 <br> @admins');
      expect(elements(view.root, 'br')).toEqual([]);
    });

    it('shows notes as quotes, as text', () => {
      const markdown = summaryOf('apply', [applied], { notes: ['Account 999999999999 is the administrator\n# itself'] });
      expect(markdown).toContain('\n> `Account 999999999999 is the administrator\\n# itself`\n');
      const view = rendered(markdown);
      expect(elements(view.root, 'blockquote').map(textOf)).toContain('Account 999999999999 is the administrator\\n# itself');
      expect(outline(view.root)).not.toContain('h1 itself');
    });

    it("shows the action's own notes as prose, first, and notes with text from elsewhere as code", () => {
      const view = page('apply', [applied], { ownNotes: ['organization-create'], notes: ['Account 999999999999 is listed twice'] });
      const quotes = elements(view.root, 'blockquote');
      expect(quotes.map(textOf)[0]).toMatch(
        /^CreateMembers on an account of your AWS organization .* it must enable Security Hub CSPM itself first\.$/,
      );
      expect(elements(quotes[0]!, 'code')).toEqual([]);
      expect(quotes.map(textOf)[1]).toBe('Account 999999999999 is listed twice');
      expect(elements(quotes[1]!, 'code')).toHaveLength(1);
    });

    it('shows all unprocessed accounts plus rowsPerRegion others, and counts the rest', () => {
      const view = page(
        'apply',
        bulkRegions(['us-east-1'], 10, (index) => index >= 7),
        {},
        { maxBytes: 900 * 1024, rowsPerRegion: 2 },
      );
      const section = regionSection(view, 'us-east-1');
      expect(accountIds(section)).toEqual(['100000000007', '100000000008', '100000000009', '100000000000', '100000000001']);
      expect(topOf(section).map(textOf)).toContain(
        '5 more account(s) in us-east-1 are not shown here. All accounts in this Region: 7 invited, 3 not processed.',
      );
    });

    it('shows at most rowsPerRegion unchanged accounts, and counts hidden accounts by what plan would do', () => {
      const planned: RegionOutcome = {
        region: 'us-east-1',
        accounts: [
          outcome('111111111111'),
          outcome('222222222222', { before: 'Created', rawStatus: 'Created', action: 'invite' }),
          enabled('333333333333'),
          enabled('444444444444'),
        ],
      };
      const none = regionSection(page('plan', [planned], {}, { maxBytes: 900 * 1024, rowsPerRegion: 0 }), 'us-east-1');
      expect(accountIds(none)).toEqual([]);
      expect(topOf(none).map(textOf)).toEqual([
        '4 more account(s) in us-east-1 are not shown here. All accounts in this Region: 1 to create, 1 to invite, 2 left as Enabled.',
      ]);
      const one = regionSection(page('plan', [planned], {}, { maxBytes: 900 * 1024, rowsPerRegion: 1 }), 'us-east-1');
      expect(accountIds(one)).toEqual(['111111111111', '333333333333']);
    });

    it('ends with the administrator account and where the full lists are', () => {
      const view = page('apply', [applied]);
      const last = topOf(allElements(view.root)).at(-1)!;
      expect(textOf(last)).toBe(
        'Administrator account 999999999999. Every account is in the step outputs (unprocessed-accounts, created-accounts, invited-accounts, skipped-accounts, drift-accounts, plan…) and, in full, in the file named by report-file.',
      );
      expect(textOf(page('apply', [applied], { administratorId: '' }).root)).toContain('Administrator account unknown.');
    });
  });

  describe('size', () => {
    const threeRegions = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];

    it('keeps a 10,000-account × 3-Region run under 1 MiB, with every unprocessed account and the count of the rest', () => {
      const unprocessed = (index: number) => index % 2_000 === 7;
      const markdown = summaryOf('apply', bulkRegions(threeRegions, 10_000, unprocessed));
      expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThan(MiB);

      const view = rendered(markdown);
      const expectedUnprocessed = ['100000000007', '100000002007', '100000004007', '100000006007', '100000008007'];
      const [top] = tablesIn(sectionUnder(view.root, heading(view.root, 4, '❌ Not processed: 5 accounts in 3 Regions')));
      expect(recordsOf(top!)).toEqual([
        {
          Call: 'CreateMembers',
          Reason: 'Rate exceeded',
          'Accounts (Regions)': `${expectedUnprocessed.join(', ')} (us-east-1, eu-west-1, ap-southeast-2)`,
        },
      ]);
      for (const region of threeRegions) {
        const section = regionSection(view, region);
        expect(accountIds(section).slice(0, 5)).toEqual(expectedUnprocessed);
        for (const id of expectedUnprocessed) expect(recordOf(section, id)?.Result).toBe('❌ Not processed (CreateMembers): Rate exceeded');
        expect(topOf(section).map(textOf)).toContain(
          `9895 more account(s) in ${region} are not shown here. All accounts in this Region: 9995 invited, 5 not processed.`,
        );
      }
      expect(countsOf(view)).toMatchObject({ created: [29_985, 9_995], invited: [29_985, 9_995], 'not processed': [15, 5] });
    });

    it('stays under the default limit when all 30,000 accounts were not processed, and counts those not shown', () => {
      const markdown = summaryOf(
        'apply',
        bulkRegions(threeRegions, 10_000, () => true, 'x'.repeat(200)),
      );
      expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(900 * 1024);

      const view = rendered(markdown);
      const [top] = tablesIn(sectionUnder(view.root, heading(view.root, 4, '❌ Not processed: 10000 accounts in 3 Regions')));
      expect(recordsOf(top!)[0]?.['Accounts (Regions)']).toMatch(
        /^10000 accounts 100000000000, .* \(us-east-1, eu-west-1, ap-southeast-2\) and 9000 more accounts$/,
      );
      let shown = 0;
      for (const region of threeRegions) {
        const section = regionSection(view, region);
        shown += accountIds(section).length;
        expect(topOf(section).map(textOf).at(-1)).toMatch(
          new RegExp(`^\\d+ more account\\(s\\) in ${region} are not shown here\\. All accounts in this Region: 10000 not processed\\.$`),
        );
      }
      expect(shown).toBeGreaterThan(1_000);
      expect(textOf(view.root)).toContain('Administrator account 999999999999.');
    });

    // Measuring the whole table again for every row is quadratic in the rows shown (about 9 s for
    // 30,000 unprocessed accounts once). The test counts the characters handed to
    // Buffer.byteLength, which does not depend on the machine's speed.
    it('measures each row once, not the whole table again for every row', () => {
      const regions = bulkRegions(['us-east-1'], 5_000, () => true);
      const byteLength = vi.spyOn(Buffer, 'byteLength');
      let markdown: string;
      let measured: number;
      try {
        markdown = summaryOf('apply', regions, {}, { maxBytes: 256 * 1024, rowsPerRegion: 100 });
        measured = byteLength.mock.calls.reduce((sum, [text]) => sum + (typeof text === 'string' ? text.length : text.byteLength), 0);
      } finally {
        byteLength.mockRestore();
      }
      expect(accountIds(regionSection(rendered(markdown), 'us-east-1')).length).toBeGreaterThan(1_000);
      expect(measured).toBeLessThan(20 * markdown.length);
    });

    it('never exceeds maxBytes, even when many Regions failed', () => {
      const message =
        'Security Hub CSPM is not enabled for the administrator account 999999999999 in this Region (DescribeHub: InvalidAccessException). Enable it there, or remove the Region from regions.';
      const regions = Array.from({ length: 30 }, (_, index) => failedRegion(`xx-test-${index + 1}`, ids(1_000), message));
      const maxBytes = 64 * 1024;
      const markdown = summaryOf('apply', regions, {}, { maxBytes, rowsPerRegion: 100 });
      expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(maxBytes);
      expect(outline(rendered(markdown).root).filter((line) => / failed \(DescribeHub\)$/.test(line))).toHaveLength(30);
    });

    it('never exceeds maxBytes when failed Regions have long messages, naming those it has no room for', () => {
      const regions = Array.from({ length: 40 }, (_, index) => failedRegion(`xx-test-${index + 1}`, ids(10), '<'.repeat(2_000)));
      const maxBytes = 32 * 1024;
      const markdown = summaryOf('apply', regions, {}, { maxBytes, rowsPerRegion: 100 });
      expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(maxBytes);
      const view = rendered(markdown);
      const more = heading(view.root, 4, /^❌ \d+ more Regions failed$/);
      expect(textOf(topOf(sectionUnder(view.root, more))[0]!)).toMatch(/xx-test-40: the reasons are in the step's log\.$/);
    });

    it('names at most 200 accounts per reason in the PR comment, and keeps it under the limit when all 3,000 fail', () => {
      const markdown = summaryOf(
        'apply',
        bulkRegions(['us-east-1', 'eu-west-1'], 3_000, () => true),
        {},
        commentLimits(COMMENT_MAX_BYTES),
      );
      expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThan(COMMENT_MAX_BYTES);
      const view = rendered(markdown);
      const [table] = tablesIn(sectionUnder(view.root, heading(view.root, 4, '❌ Not processed: 3000 accounts in 2 Regions')));
      expect(
        elements(table!, 'code')
          .map(textOf)
          .filter((text) => /^\d{12}$/.test(text)),
      ).toHaveLength(200);
      expect(recordsOf(table!)[0]?.['Accounts (Regions)']).toMatch(/ and 2800 more accounts$/);
      for (const region of ['us-east-1', 'eu-west-1'])
        expect(topOf(regionSection(view, region)).map(textOf).at(-1)).toMatch(
          /^\d+ more account\(s\) in [\w-]+ are not shown here\. All accounts in this Region: 3000 not processed\.$/,
        );
    });

    it('keeps the PR comment of a 3,000-account plan under GitHub’s comment limit, failures still first', () => {
      const regions = [...bulkRegions(['us-east-1'], 3_000, (index) => index === 5), failedRegion('eu-west-1', ids(3_000))];
      const markdown = summaryOf('plan', regions, {}, commentLimits(COMMENT_MAX_BYTES));
      expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThan(COMMENT_MAX_BYTES);
      const view = rendered(markdown);
      expect(outline(view.root).slice(0, 4)).toEqual([
        'h2 ❌ Security Hub CSPM onboarding plan (nothing was changed)',
        'h3 Needs attention',
        'h4 ❌ eu-west-1 failed (DescribeHub)',
        'h4 ❌ Not processed: 1 account in 1 Region',
      ]);
      expect(topOf(regionSection(view, 'us-east-1')).map(textOf)).toContain(
        '2949 more account(s) in us-east-1 are not shown here. All accounts in this Region: 2999 to create, 1 not processed.',
      );
    });
  });
});

describe('resultText', () => {
  const apply = { mode: 'apply', invite: true } as const;
  const plan = { mode: 'plan', invite: true } as const;

  it.each([
    ['apply', outcome('1', { done: ['create', 'invite'] }), apply, '✅ created and invited'],
    [
      'apply',
      outcome('1', { done: ['create'], after: 'Enabled' }),
      apply,
      '✅ created; Enabled (organization account, no invitation needed)',
    ],
    ['apply', outcome('1', { done: ['create'], after: 'Created' }), apply, '✅ created'],
    ['apply', outcome('1', { done: ['create'] }), apply, '✅ created'],
    ['apply', outcome('1', { done: ['create'], after: 'Odd*' }), apply, '✅ created; now <code>Odd&#42;</code>'],
    ['apply', outcome('1', { done: ['invite'], before: 'Created', action: 'invite' }), apply, '✅ invited'],
    ['apply', outcome('1', { before: 'Enabled', action: 'skip' }), apply, 'no change'],
    [
      'apply',
      outcome('1', { before: 'Resigned', action: 'skip', attention: 'The member left_' }),
      apply,
      '⚠️ <code>The member left&#95;</code>',
    ],
    ['plan', outcome('1'), plan, 'would be created, then invited unless it is an organization account'],
    ['plan', outcome('1'), { mode: 'plan', invite: false } as const, 'would be created'],
    ['plan', outcome('1', { before: 'Created', action: 'invite' }), plan, 'would be invited'],
    ['plan', outcome('1', { before: 'Invited', action: 'skip' }), plan, 'no change'],
  ])('in %s mode reads %j as %j', (_mode, account, options, expected) => {
    expect(resultText(account, options)).toBe(expected);
  });

  it('puts not processed before anything else', () => {
    const account = outcome('1', {
      done: ['create'],
      attention: 'x',
      unprocessed: { operation: 'InviteMembers', processingResult: 'Rate <exceeded>' },
    });
    expect(resultText(account, apply)).toBe('❌ <b>Not processed</b> (InviteMembers): <code>Rate &#60;exceeded&#62;</code>');
  });
});

describe('renderInputProblems', () => {
  it('lists each problem with its file and line, as text, and says nothing was sent', () => {
    const html = renderInputProblems([
      { message: "Line is not an account ID: '<b>x</b>'", file: 'accounts/<evil>.txt', line: 3 },
      { message: 'No account to onboard.', file: 'accounts.yaml' },
      { message: "Input 'account-ids' has @team" },
    ]);
    expect(html).toBe(
      '## ❌ Security Hub CSPM onboarding: the input is not valid\n\nNothing was sent to AWS. Fix these problems and run again:\n\n<ul>\n' +
        '<li><code>accounts/&#60;evil&#62;.txt&#58;3</code>: <code>Line is not an account ID&#58; &#39;&#60;b&#62;x&#60;/b&#62;&#39;</code></li>\n' +
        '<li><code>accounts.yaml</code>: <code>No account to onboard.</code></li>\n' +
        '<li><code>Input &#39;account-ids&#39; has &#64;team</code></li>\n</ul>\n',
    );
    expectInertMarkdown(html, ["Line is not an account ID: '<b>x</b>'", "Input 'account-ids' has @team"], { allowedTags: SUMMARY_TAGS });
    const view = rendered(html);
    expect(outline(view.root)).toEqual(['h2 ❌ Security Hub CSPM onboarding: the input is not valid']);
    expect(elements(view.root, 'li').map(textOf)).toEqual([
      "accounts/<evil>.txt:3: Line is not an account ID: '<b>x</b>'",
      'accounts.yaml: No account to onboard.',
      "Input 'account-ids' has @team",
    ]);
    expect(elements(view.root, 'b')).toEqual([]);
  });

  it('stays within its byte budget however many problems there are, and counts the rest', () => {
    const problems = Array.from({ length: 2_000 }, (_, index) => ({
      message: `Line ${index + 1}: "x@example.com" is not an account ID.`,
      file: 'accounts.txt',
      line: index + 1,
    }));
    const html = renderInputProblems(problems, 60_000);
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThanOrEqual(60_000);
    expect(html).toMatch(/<li>\d+ more problem\(s\) are in the log\.<\/li>/);
  });
});

describe('renderDesiredOnly', () => {
  it('shows hostile emails as code and stays within its byte budget', () => {
    const accounts = Array.from({ length: 500 }, (_, index) => ({
      accountId: String(100000000000 + index),
      email: `${'a'.repeat(200)}-@octocat.-x.example`,
    }));
    const html = renderDesiredOnly(accounts, ['us-east-1'], 60_000);
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThanOrEqual(60_000);
    expect(html).toMatch(/<i>\d+ more account\(s\) not shown\.<\/i>/);
    expectInertMarkdown(html, [accounts[0]!.email], { allowedTags: SUMMARY_TAGS });
  });
});
