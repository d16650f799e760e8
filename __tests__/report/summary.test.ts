import { describe, expect, it } from 'vitest';
import type { AccountOutcome, RegionOutcome } from '../../src/apply.js';
import type { Mode } from '../../src/model.js';
import { collectOutputs } from '../../src/report/outputs.js';
import { renderInputProblems, renderSummary, resultText, type SummaryInput, type SummaryLimits } from '../../src/report/summary.js';

const MiB = 1024 * 1024;
const HOSTILE = '<img src=x onerror=alert(1)> [click](https://evil.example) **@octo-org/admins** | #1\n\n## Approved';
const HOSTILE_ESCAPED =
  '&#60;img src=x onerror=alert(1)&#62; &#91;click&#93;(https&#58;//evil.example) &#42;&#42;&#64;octo-org/admins&#42;&#42; &#124; &#35;1 &#35;&#35; Approved';

function outcome(accountId: string, fields: Partial<AccountOutcome> = {}): AccountOutcome {
  return { accountId, listed: true, before: 'None', action: 'create', created: false, invited: false, reinvited: false, removed: false, accepted: false, ...fields };
}

function summaryOf(mode: Mode, regions: RegionOutcome[], extra: Partial<SummaryInput> = {}, limits?: SummaryLimits): string {
  const input: SummaryInput = { mode, invite: true, administratorId: '999999999999', regions, outputs: collectOutputs(mode, regions), ...extra };
  return limits ? renderSummary(input, limits) : renderSummary(input);
}

/** The account IDs of the table rows, in the order shown. */
function rowIds(html: string): string[] {
  return [...html.matchAll(/<tr><td><code>(\d{12})<\/code>/g)].map((match) => match[1] ?? '');
}

/** The part of the summary about one Region. */
function sectionOf(html: string, region: string): string {
  const start = html.indexOf(`### ${region}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = html.indexOf('### ', start + 4);
  return html.slice(start, next === -1 ? html.indexOf('<sub>', start) : next);
}

function rowOf(html: string, accountId: string): string {
  return html.split('\n').find((line) => line.startsWith(`<tr><td><code>${accountId}</code>`)) ?? '';
}

const applied: RegionOutcome = {
  region: 'us-east-1',
  accounts: [
    outcome('111111111111', { email: 'a@example.com', created: true, invited: true, after: 'Created' }),
    outcome('222222222222', { created: true, after: 'Enabled' }),
    outcome('333333333333', { before: 'Created', rawStatus: 'Created', action: 'invite', invited: true }),
    outcome('444444444444', { before: 'Enabled', rawStatus: 'Enabled', action: 'skip' }),
    outcome('555555555555', { unprocessed: { operation: 'CreateMembers', processingResult: 'Account is already a member' } }),
    outcome('777777777777', { before: 'Removed', rawStatus: 'Removed', action: 'skip', attention: 'The administrator disassociated this member; it is not re-invited.' }),
  ],
};

const failedRegion = (region: string, accountIds: string[], message = 'Security Hub CSPM is not enabled'): RegionOutcome => ({
  region,
  failure: { operation: 'DescribeHub', message },
  accounts: accountIds.map((id) => outcome(id, { before: 'Unknown', action: 'skip', unprocessed: { operation: 'DescribeHub', processingResult: message } })),
});

/** `count` accounts in each Region; those for which `unprocessed(index)` is true were not processed. */
function bulkRegions(regions: string[], count: number, unprocessed: (index: number) => boolean, reason = 'Rate exceeded'): RegionOutcome[] {
  return regions.map((region) => ({
    region,
    accounts: Array.from({ length: count }, (_, index) => {
      const accountId = String(100000000000 + index);
      const email = `owner-${index}@example.com`;
      return unprocessed(index)
        ? outcome(accountId, { email, unprocessed: { operation: 'CreateMembers', processingResult: reason } })
        : outcome(accountId, { email, created: true, invited: true, after: 'Created' });
    }),
  }));
}

describe('renderSummary', () => {
  describe('headline', () => {
    it('counts what apply did, and fails when accounts were not processed', () => {
      const summary = summaryOf('apply', [applied, failedRegion('eu-west-1', ['111111111111', '444444444444'])]);
      expect(summary.startsWith('## ❌ Security Hub CSPM onboarding\n\n')).toBe(true);
      expect(summary).toContain(
        '<b>6</b> listed account(s) in <b>2</b> Region(s): created <b>2</b>, invited <b>2</b>, left as they are <b>2</b>, not processed <b>3</b>.',
      );
    });

    it('succeeds when every account was processed', () => {
      const summary = summaryOf('apply', [{ region: 'us-east-1', accounts: [outcome('111111111111', { created: true, invited: true })] }]);
      expect(summary.startsWith('## ✅ Security Hub CSPM onboarding\n\n')).toBe(true);
      expect(summary).toContain('<b>1</b> listed account(s) in <b>1</b> Region(s): created <b>1</b>, invited <b>1</b>, left as they are <b>0</b>, not processed <b>0</b>.');
    });

    it('counts what plan would do, and says nothing was changed', () => {
      const planned: RegionOutcome = {
        region: 'us-east-1',
        accounts: [
          outcome('111111111111'),
          outcome('222222222222', { before: 'Deleted', rawStatus: 'Deleted' }),
          outcome('333333333333', { before: 'Created', rawStatus: 'Created', action: 'invite' }),
          outcome('444444444444', { before: 'Enabled', rawStatus: 'Enabled', action: 'skip' }),
        ],
      };
      const summary = summaryOf('plan', [planned, failedRegion('eu-west-1', ['111111111111'])]);
      expect(summary.startsWith('## ❌ Security Hub CSPM onboarding plan (nothing was changed)\n\n')).toBe(true);
      expect(summary).toContain(
        '<b>4</b> listed account(s) in <b>2</b> Region(s): would create <b>2</b>, would invite <b>1</b>, left as they are <b>1</b>, not processed <b>1</b>.',
      );
    });

    // Bug: the headline's ❌/✅ looks only at unprocessed accounts. A Region that failed with no
    // account in it (for example when the only listed account is the administrator itself) shows
    // ✅ while main.ts fails the step for that Region.
    // Suggested fix in headline(): `const status = outputs.unprocessed.length > 0 || regions.some((region) => region.failure) ? '❌' : '✅';`
    it('fails when a Region failed, even with no account in it', () => {
      const summary = summaryOf('apply', [failedRegion('eu-west-1', [])]);
      expect(summary.startsWith('## ❌')).toBe(true);
    });
  });

  describe('Region sections', () => {
    it('lists unprocessed accounts first, then those that need attention, then changes, then the rest', () => {
      expect(rowIds(summaryOf('apply', [applied]))).toEqual(['555555555555', '777777777777', '111111111111', '222222222222', '333333333333', '444444444444']);
    });

    it('shows each account’s email, status before, action and result', () => {
      const summary = summaryOf('apply', [applied]);
      expect(rowOf(summary, '111111111111')).toBe(
        '<tr><td><code>111111111111</code></td><td>a&#64;example.com</td><td>not a member</td><td>create</td><td>✅ created and invited</td></tr>',
      );
      expect(rowOf(summary, '555555555555')).toBe(
        '<tr><td><code>555555555555</code></td><td></td><td>not a member</td><td>create</td><td>❌ <b>Not processed</b> (CreateMembers): Account is already a member</td></tr>',
      );
    });

    it('shows a hostile email as text', () => {
      const summary = summaryOf('apply', [{ region: 'us-east-1', accounts: [outcome('111111111111', { email: HOSTILE, created: true })] }]);
      expect(rowOf(summary, '111111111111')).toContain(`<td>${HOSTILE_ESCAPED}</td>`);
      expect(summary).not.toContain('<img');
      expect(summary).not.toContain('[click]');
    });

    it('shows a hostile AWS message as text', () => {
      const summary = summaryOf('apply', [
        { region: 'us-east-1', accounts: [outcome('111111111111', { unprocessed: { operation: 'InviteMembers', processingResult: HOSTILE } })] },
      ]);
      expect(rowOf(summary, '111111111111')).toContain(`❌ <b>Not processed</b> (InviteMembers): ${HOSTILE_ESCAPED}</td>`);
      expect(summary).not.toContain('<img');
    });

    it('shows a status AWS sent that the action does not know, as text', () => {
      const summary = summaryOf('apply', [
        { region: 'us-east-1', accounts: [outcome('111111111111', { before: 'Unknown', rawStatus: '<b>Paused</b>', action: 'skip', attention: 'Unknown status' })] },
      ]);
      expect(rowOf(summary, '111111111111')).toContain('<td>&#60;b&#62;Paused&#60;/b&#62;</td><td>skip</td><td>⚠️ Unknown status</td>');
    });

    it('shows a Region failure with its message, as text', () => {
      const summary = summaryOf('apply', [failedRegion('eu-west-1', ['111111111111'], 'Security Hub CSPM is not enabled in eu-west-1 <br> @admins')]);
      expect(sectionOf(summary, 'eu-west-1')).toContain('> ❌ **DescribeHub failed:** Security Hub CSPM is not enabled in eu-west-1 &#60;br&#62; &#64;admins\n');
    });

    it('leaves the action empty for accounts of a failed Region', () => {
      const summary = summaryOf('apply', [failedRegion('eu-west-1', ['111111111111'])]);
      expect(rowOf(summary, '111111111111')).toContain('<td>Unknown</td><td></td><td>❌ <b>Not processed</b> (DescribeHub)');
    });

    it('shows notes as quotes, as text', () => {
      const summary = summaryOf('apply', [applied], { notes: ['Account 999999999999 is the administrator\n# itself'] });
      expect(summary).toContain('\n> Account 999999999999 is the administrator &#35; itself\n');
    });

    it('shows all unprocessed accounts plus rowsPerRegion others, and counts the rest', () => {
      const regions = bulkRegions(['us-east-1'], 10, (index) => index >= 7);
      const summary = summaryOf('apply', regions, {}, { maxBytes: 900 * 1024, rowsPerRegion: 2 });
      expect(rowIds(summary)).toEqual(['100000000007', '100000000008', '100000000009', '100000000000', '100000000001']);
      expect(summary).toContain('<i>5 more account(s) in us-east-1 are not shown here. All accounts in this Region: 7 invited, 3 not processed.</i>\n');
    });

    it('counts hidden accounts by what plan would do', () => {
      const planned: RegionOutcome = {
        region: 'us-east-1',
        accounts: [
          outcome('111111111111'),
          outcome('222222222222', { before: 'Created', rawStatus: 'Created', action: 'invite' }),
          outcome('333333333333', { before: 'Enabled', rawStatus: 'Enabled', action: 'skip' }),
          outcome('444444444444', { before: 'Enabled', rawStatus: 'Enabled', action: 'skip' }),
        ],
      };
      const summary = summaryOf('plan', [planned], {}, { maxBytes: 900 * 1024, rowsPerRegion: 0 });
      expect(rowIds(summary)).toEqual([]);
      expect(summary).toContain('<i>4 more account(s) in us-east-1 are not shown here. All accounts in this Region: 1 to create, 1 to invite, 2 left as Enabled.</i>');
    });

    it('ends with the administrator account and where the full lists are', () => {
      expect(summaryOf('apply', [applied]).endsWith(
        '<sub>Administrator account 999999999999. Every account is in the step outputs (unprocessed-accounts, created-accounts, invited-accounts, skipped-accounts, drift-accounts, plan…) and, in full, in the file named by report-file.</sub>\n',
      )).toBe(true);
      expect(summaryOf('apply', [applied], { administratorId: '' })).toContain('<sub>Administrator account unknown.');
    });
  });

  describe('size', () => {
    const threeRegions = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];

    it('keeps a 10,000-account × 3-Region run under 1 MiB, with every unprocessed row and the count of the rest', () => {
      const unprocessed = (index: number) => index % 2_000 === 7;
      const summary = summaryOf('apply', bulkRegions(threeRegions, 10_000, unprocessed));

      expect(Buffer.byteLength(summary, 'utf8')).toBeLessThan(MiB);
      const expectedUnprocessed = ['100000000007', '100000002007', '100000004007', '100000006007', '100000008007'];
      for (const region of threeRegions) {
        const section = sectionOf(summary, region);
        expect(rowIds(section).slice(0, 5)).toEqual(expectedUnprocessed);
        for (const id of expectedUnprocessed) expect(rowOf(section, id)).toContain('<b>Not processed</b> (CreateMembers): Rate exceeded');
        expect(section).toContain(`<i>9895 more account(s) in ${region} are not shown here. All accounts in this Region: 9995 invited, 5 not processed.</i>`);
      }
    });

    it('stays under the default limit when all 30,000 accounts were not processed, and counts those not shown', () => {
      const summary = summaryOf('apply', bulkRegions(threeRegions, 10_000, () => true, 'x'.repeat(200)));

      expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(900 * 1024);
      const shown = rowIds(summary).length;
      expect(shown).toBeGreaterThan(1_000);
      for (const region of threeRegions) expect(sectionOf(summary, region)).toMatch(/<i>\d+ more account\(s\) in [\w-]+ are not shown here\. All accounts in this Region: 10000 not processed\.<\/i>/);
      expect(summary).toContain('<sub>Administrator account 999999999999.');
    });

    // Bug (performance): regionSection measures the whole table body again for every row
    // (`byteLength(body) + byteLength(row)`), which is quadratic in the rows shown. With 30,000
    // unprocessed accounts and short reasons, renderSummary takes about 9 s on the default limits.
    // Suggested fix in regionSection(): keep a running count, e.g.
    //   let bodyBytes = 0; … const rowBytes = byteLength(row); if (bodyBytes + rowBytes > room) break; body += row; bodyBytes += rowBytes;
    // The test counts the characters handed to Buffer.byteLength, which does not depend on the machine's speed.
    it('measures each row once, not the whole table again for every row', () => {
      const regions = bulkRegions(['us-east-1'], 5_000, () => true);
      const original = Buffer.byteLength;
      let measured = 0;
      Buffer.byteLength = ((text: string, encoding?: BufferEncoding) => {
        measured += text.length;
        return original(text, encoding);
      }) as typeof Buffer.byteLength;
      let summary: string;
      try {
        summary = summaryOf('apply', regions, {}, { maxBytes: 200 * 1024, rowsPerRegion: 100 });
      } finally {
        Buffer.byteLength = original;
      }
      expect(rowIds(summary).length).toBeGreaterThan(1_000);
      expect(measured).toBeLessThan(20 * summary.length);
    });

    // Bug (minor at the default limit): a Region section's heading, failure line and "not shown"
    // line are written even when the byte budget is spent, and the closing <sub> line is never
    // budgeted, so the summary can exceed limits.maxBytes. With 30 Regions that all failed it is
    // about 10 KB over (still under 1 MiB with the default 900 KiB; it grows with the Region count
    // and the length of the failure messages).
    // Suggested fix in renderSummary(): reserve the closing line and a fixed amount per Region not yet
    // rendered before giving a Region its budget, e.g.
    //   const footer = `<sub>…</sub>\n`; const reserve = 1024;
    //   let used = byteLength(parts.join('\n')) + byteLength(footer) + input.regions.length * reserve;
    //   for (const region of input.regions) { used -= reserve; const section = regionSection(region, input, limits, limits.maxBytes - used); parts.push(section); used += byteLength(section) + 1; }
    // and cut region.failure.message to a bounded length (it is AWS text) so the reserve holds.
    it('never exceeds maxBytes, even when many Regions failed', () => {
      const message = 'Security Hub CSPM is not enabled for the administrator account 999999999999 in this Region (DescribeHub: InvalidAccessException). Enable it there, or remove the Region from regions.';
      const ids = Array.from({ length: 1_000 }, (_, index) => String(100000000000 + index));
      const regions = Array.from({ length: 30 }, (_, index) => failedRegion(`xx-test-${index + 1}`, ids, message));
      const maxBytes = 64 * 1024;
      expect(Buffer.byteLength(summaryOf('apply', regions, {}, { maxBytes, rowsPerRegion: 100 }), 'utf8')).toBeLessThanOrEqual(maxBytes);
    });
  });
});

describe('resultText', () => {
  const apply = { mode: 'apply', invite: true } as const;
  const plan = { mode: 'plan', invite: true } as const;

  it.each([
    ['apply', outcome('1', { created: true, invited: true }), apply, '✅ created and invited'],
    ['apply', outcome('1', { created: true, after: 'Enabled' }), apply, '✅ created; Enabled (organization account, no invitation needed)'],
    ['apply', outcome('1', { created: true, after: 'Created' }), apply, '✅ created'],
    ['apply', outcome('1', { created: true }), apply, '✅ created'],
    ['apply', outcome('1', { created: true, after: 'Odd*' }), apply, '✅ created; now Odd&#42;'],
    ['apply', outcome('1', { before: 'Created', action: 'invite', invited: true }), apply, '✅ invited'],
    ['apply', outcome('1', { before: 'Enabled', action: 'skip' }), apply, 'no change'],
    ['apply', outcome('1', { before: 'Resigned', action: 'skip', attention: 'The member left_' }), apply, '⚠️ The member left&#95;'],
    ['plan', outcome('1'), plan, 'would be created, then invited unless it is an organization account'],
    ['plan', outcome('1'), { mode: 'plan', invite: false } as const, 'would be created'],
    ['plan', outcome('1', { before: 'Created', action: 'invite' }), plan, 'would be invited'],
    ['plan', outcome('1', { before: 'Invited', action: 'skip' }), plan, 'no change'],
  ])('in %s mode reads %j as %j', (_mode, account, options, expected) => {
    expect(resultText(account, options)).toBe(expected);
  });

  it('puts not processed before anything else', () => {
    const account = outcome('1', { created: true, attention: 'x', unprocessed: { operation: 'InviteMembers', processingResult: 'Rate <exceeded>' } });
    expect(resultText(account, apply)).toBe('❌ <b>Not processed</b> (InviteMembers): Rate &#60;exceeded&#62;');
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
        "<li><code>accounts/&#60;evil&#62;.txt:3</code>: Line is not an account ID&#58; &#39;&#60;b&#62;x&#60;/b&#62;&#39;</li>\n" +
        '<li><code>accounts.yaml</code>: No account to onboard.</li>\n' +
        "<li>Input &#39;account-ids&#39; has &#64;team</li>\n</ul>\n",
    );
  });
});
