import { describe, expect, it } from 'vitest';
import { plannedOutcome } from '../../src/apply/region-run.js';
import type { AccountOutcome, RegionFailure, RegionOutcome } from '../../src/model.js';
import { driftFindings, driftIssueClosingComment, driftIssueHeader, needsAttention } from '../../src/report/drift-issue-text.js';

const region = (name: string, accounts: Partial<AccountOutcome>[], failure?: RegionFailure): RegionOutcome => {
  if (failure) return { region: name, failure, notLookedAt: [] };
  const planned = plannedOutcome({
    region: name,
    accounts: accounts.map((account) => ({ accountId: '000000000000', listed: true, before: 'Enabled', action: 'skip', ...account })),
  });
  return { ...planned, accounts: planned.accounts.map((outcome, index) => ({ ...outcome, ...accounts[index] })) };
};

describe('driftFindings', () => {
  it('counts distinct accounts over Regions, and a member removed by the run is no longer drift', () => {
    const findings = driftFindings([
      region('us-east-1', [
        { accountId: '400000000001', listed: false },
        { accountId: '400000000002', listed: false, protected: true },
        { accountId: '200000000001', attention: 'Removed' },
      ]),
      region('eu-west-1', [
        { accountId: '400000000001', listed: false },
        { accountId: '400000000003', listed: false, done: ['remove'] },
      ]),
    ]);
    expect(findings).toEqual({ drift: 2, protectedDrift: 1, attention: 1, unprocessed: 0, failedRegions: [] });
    expect(needsAttention(findings)).toBe(true);
  });

  it('is clear when every member is listed, nothing needs a decision and everything was processed', () => {
    const findings = driftFindings([region('us-east-1', [{ accountId: '200000000001' }])]);
    expect(needsAttention(findings)).toBe(false);
  });

  it("counts the listed accounts of a failed Region as not processed, once each with the other Regions' unprocessed accounts", () => {
    const findings = driftFindings([
      region('us-east-1', [{ accountId: '200000000001', unprocessed: { operation: 'CreateMembers', processingResult: 'x' } }]),
      {
        region: 'eu-west-1',
        failure: { operation: 'DescribeHub', message: 'x' },
        notLookedAt: ['200000000001', '200000000002'].map((accountId) => ({ accountId, origin: { kind: 'input' as const } })),
      },
    ]);
    expect(findings).toMatchObject({ unprocessed: 2, failedRegions: ['eu-west-1'] });
  });

  it('counts a failed Region even with no listed account', () => {
    expect(needsAttention(driftFindings([region('us-east-1', [], { operation: 'DescribeHub', message: 'x' })]))).toBe(true);
  });
});

describe('the drift issue text', () => {
  const context = {
    mode: 'apply' as const,
    run: { runUrl: 'https://github.com/o/r/actions/runs/1', runId: '1', sha: 'a'.repeat(40) },
    now: new Date('2026-12-01T03:17:00Z'),
  };

  it('says what was found, by which run, and how the issue is kept', () => {
    const header = driftIssueHeader({ drift: 3, protectedDrift: 1, attention: 0, unprocessed: 2, failedRegions: ['eu-west-1'] }, context);
    expect(header).toContain('<b>3</b> member account(s) that the account list does not name (drift), 1 of them protected');
    expect(header).toContain('<b>2</b> account(s) that AWS or the action could not process');
    expect(header).toContain('<code>eu-west-1</code>');
    expect(header).not.toContain('need a decision');
    expect(header).toContain(
      'Checked by <a href="https://github.com/o/r/actions/runs/1">run 1</a> at commit <code>aaaaaaaaaaaa</code> (mode apply) on 2026-12-01 03:17 UTC.',
    );
  });

  it('closes with the run that found all clear', () => {
    expect(driftIssueClosingComment(context)).toMatch(
      /^✅ All clear: Checked by <a href="https:\/\/github.com\/o\/r\/actions\/runs\/1">run 1<\/a>/,
    );
  });
});
