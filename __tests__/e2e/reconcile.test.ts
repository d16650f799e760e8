import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubFake, type GitHubFake } from '../../emulator/github/rest-api.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import type { Scenario } from '../../emulator/scenario.js';
import {
  detailsLine,
  elements,
  heading,
  isCollapsed,
  outline,
  recordsOf,
  rendered,
  sectionUnder,
  textOf,
  topOf,
} from '../report/rendered.js';
import { ADMIN, batchesOf, onboard, workspaceWith, writeCalls } from './harness.js';

type WithStatus = { accountId: string; region: string; memberStatus: string };

const WRITE_TOKEN = 'ghs_writeTokenForTheFakeApi000000000001';
const READ_TOKEN = 'ghs_readOnlyTokenForTheFakeApi0000000002';
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

let emulator: Emulator;
let github: GitHubFake;
beforeAll(async () => {
  emulator = await startEmulator();
  github = await startGitHubFake({
    writeTokens: [WRITE_TOKEN],
    comments: [
      { issueNumber: 7, body: 'Looks good to me', user: { login: 'reviewer', type: 'User' } },
      // Someone pasted the action's marker: the action must not take this comment for its own.
      {
        issueNumber: 7,
        body: '<!-- securityhub-onboard:plan workflow="onboarding" job="plan" --> fake plan',
        user: { login: 'attacker', type: 'User' },
      },
    ],
  });
});
afterAll(async () => {
  await emulator?.close();
  await github?.close();
});

/** A membership with every kind of member: listed or not, organization or invitation-based. */
const membership: Scenario = {
  organizationAccounts: ['300000000001', '300000000002'],
  regions: {
    'us-east-1': {
      members: [
        { accountId: '200000000001', status: 'Enabled', invitedAt: daysAgo(100) },
        { accountId: '200000000002', status: 'Removed', invitedAt: daysAgo(100) },
        { accountId: '200000000003', status: 'Invited', invitedAt: daysAgo(40) },
        { accountId: '200000000004', status: 'Invited', invitedAt: daysAgo(2) },
        { accountId: '300000000001', status: 'Enabled' },
        // Not in the list: drift.
        { accountId: '400000000001', status: 'Enabled', invitedAt: daysAgo(100) },
        { accountId: '400000000002', status: 'Invited', invitedAt: daysAgo(5) },
        { accountId: '300000000002', status: 'Enabled' },
      ],
    },
  },
};
const listed = ['200000000001', '200000000002', '200000000003', '200000000004', '300000000001', '200000000005'];
const pullRequest = { eventName: 'pull_request', event: { pull_request: { number: 7 } } };
const prEnv = (token: string) => ({
  githubToken: token,
  env: { GITHUB_API_URL: github.url, GITHUB_WORKFLOW: 'onboarding', GITHUB_JOB: 'plan' },
});
const reconcile = { reinvite: 'true', 'stale-invite-days': '30', 'remove-absent': 'true' };

describe('plan on a pull request', () => {
  beforeEach(() => {
    emulator.reset(membership);
    github.reset();
  });

  it('reads the live membership, plans every action, and makes zero write calls', async () => {
    const result = await onboard(
      emulator,
      { 'account-ids': listed.join(' '), regions: 'us-east-1', ...reconcile },
      { ...pullRequest, ...prEnv(WRITE_TOKEN) },
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.mode).toBe('plan');
    expect(writeCalls(emulator)).toEqual([]);
    const plan = result.json<{ region: string; accounts: { accountId: string; action: string; listed: boolean }[] }[]>('plan');
    const actions = Object.fromEntries(plan[0]!.accounts.map((account) => [account.accountId, account.action]));
    expect(actions).toEqual({
      '200000000001': 'skip',
      '200000000002': 'reinvite',
      '200000000003': 'reinvite',
      '200000000004': 'skip',
      '300000000001': 'skip',
      '200000000005': 'create',
      '400000000001': 'remove',
      '400000000002': 'remove',
      '300000000002': 'remove',
    });
    expect(result.json<WithStatus[]>('drift-accounts').map((account) => account.accountId)).toEqual([
      '400000000001',
      '400000000002',
      '300000000002',
    ]);
    for (const text of [
      'would be created',
      'would be invited again',
      'the invitation would be sent again (stale)',
      'would be removed',
      'would be disassociated (organization member)',
    ]) {
      expect(result.summary).toContain(text);
    }
  });

  it('keeps one sticky comment: created on the first run, updated in place on the next', async () => {
    const inputs = { 'account-ids': listed.join(' '), regions: 'us-east-1' };
    const first = await onboard(emulator, inputs, { ...pullRequest, ...prEnv(WRITE_TOKEN) });
    expect(first.exitCode, first.stdout).toBe(0);
    const ours = () =>
      github.comments.filter((comment) => comment.user.type === 'Bot' && comment.body.includes('securityhub-onboard:plan'));
    expect(ours()).toHaveLength(1);
    const id = ours()[0]!.id;
    expect(ours()[0]!.body).toContain('would be created');

    const second = await onboard(
      emulator,
      { ...inputs, 'account-ids': `${listed.join(' ')} 200000000009` },
      { ...pullRequest, ...prEnv(WRITE_TOKEN) },
    );
    expect(second.exitCode, second.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(id);
    expect(ours()[0]!.body).toContain('200000000009');
    expect(github.comments.find((comment) => comment.user.login === 'reviewer')?.body).toBe('Looks good to me');
    expect(github.comments.find((comment) => comment.user.login === 'attacker')?.body).toContain('fake plan');
    expect(github.calls.filter((call) => call.method === 'PATCH')).toHaveLength(1);
  });

  it('shows the plan in the comment as GitHub renders it: what needs someone, then the counts, then the accounts', async () => {
    const inputs = { 'account-ids': listed.join(' '), regions: 'us-east-1', 'stale-invite-days': '30', 'remove-absent': 'true' };
    const result = await onboard(emulator, inputs, { ...pullRequest, ...prEnv(WRITE_TOKEN) });
    expect(result.exitCode, result.stdout).toBe(0);
    const comment = github.comments.find(
      (candidate) => candidate.user.type === 'Bot' && candidate.body.includes('securityhub-onboard:plan'),
    );
    const view = rendered(comment!.body);
    expect(outline(view.root)).toEqual([
      'h2 ⚠️ Security Hub CSPM onboarding plan (nothing was changed)',
      'h3 Needs attention',
      'h4 ⚠️ Removed or Resigned, waiting on a decision: 1 account',
      'h4 ⚠️ Invitations not accepted: 1 account',
      'h3 Counts',
      'h3 Accounts by Region',
      'h4 us-east-1',
    ]);
    const records = (title: string) =>
      recordsOf(elements(view.root, 'table').find((table) => sectionUnder(view.root, heading(view.root, 4, title)).includes(table))!);
    expect(records('⚠️ Removed or Resigned, waiting on a decision: 1 account').map((record) => record.Account)).toEqual(['200000000002']);
    expect(records('⚠️ Invitations not accepted: 1 account')).toEqual([
      { Account: '200000000003', Region: 'us-east-1', Status: 'Invited', Result: 'the invitation would be sent again' },
    ]);
    const counts = Object.fromEntries(
      recordsOf(
        elements(view.root, 'table').find((table) => sectionUnder(view.root, heading(view.root, 3, 'Counts')).includes(table))!,
      ).map((record): [string, string | undefined] => [record['#'] ?? '', record['Account-Region pairs']]),
    );
    expect(counts).toEqual({
      'would be created': '1',
      'would be invited': '1',
      'would be invited again': '1',
      'would be removed': '3',
      'no change': '3',
      'left as they are: need attention': '1',
      'not processed': '0',
    });
    // The unchanged accounts are there, collapsed; the removals are not.
    const region = topOf(sectionUnder(view.root, heading(view.root, 4, 'us-east-1')));
    const unchanged = region.find((element) => element.tagName === 'details');
    expect(detailsLine(unchanged!)).toBe('3 accounts with no change in us-east-1');
    expect(recordsOf(elements(unchanged!, 'table')[0]!).map((record) => record.Account)).toEqual([
      '200000000001',
      '200000000004',
      '300000000001',
    ]);
    const shown = region.find((element) => element.tagName === 'table')!;
    expect(isCollapsed(shown)).toBe(false);
    expect(
      recordsOf(shown)
        .filter((record) => record.Action === 'remove (not listed)')
        .map((record) => record.Account),
    ).toEqual(['400000000001', '400000000002', '300000000002']);
    // It ends with the link to the run's job summary.
    const link = elements(view.root, 'a').at(-1)!;
    expect(textOf(link)).toBe('job summary of the run');
    expect(link.attrs.find((attr) => attr.name === 'href')?.value).toBe('https://github.com/octo-org/octo-repo/actions/runs/4242');
  });

  it('states in the comment and the summary what the plan was made with, and points only to the run', async () => {
    const sha = 'c0ffee'.padEnd(40, '0');
    const head = 'beef'.padEnd(40, '1');
    const inputs = {
      'account-ids': listed.join(' '),
      regions: 'us-east-1',
      ...reconcile,
      'max-removals': '4',
      'protected-accounts': '300000000002',
    };
    const options = prEnv(WRITE_TOKEN);
    const result = await onboard(emulator, inputs, {
      ...options,
      event: { pull_request: { number: 7, head: { sha: head } } },
      eventName: 'pull_request',
      env: { ...options.env, GITHUB_SHA: sha },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    const comment = github.comments.find(
      (candidate) => candidate.user.type === 'Bot' && candidate.body.includes('securityhub-onboard:plan'),
    )!.body;
    for (const text of [comment, result.summary]) {
      expect(text).toContain(
        `Planned for commit <code>${sha.slice(0, 12)}</code> (pull request head <code>${head.slice(0, 12)}</code>), mode <b>plan</b>`,
      );
      expect(text).toContain('<a href="https://github.com/octo-org/octo-repo/actions/runs/4242">run 4242</a>');
      for (const option of [
        'regions <code>us-east-1</code>',
        'reinvite <code>true</code>',
        'stale-invite-days <code>30</code>',
        'remove-absent <code>true</code>',
        'max-removals <code>4</code>',
        'invite <code>true</code>',
        'member side <code>off</code>',
        'protected-accounts <code>300000000002</code>',
      ]) {
        expect(text).toContain(option);
      }
    }
    // A reviewer cannot open a file on the runner: the comment points to the run's summary only.
    expect(comment).not.toContain('report-file');
    expect(comment).toContain('<a href="https://github.com/octo-org/octo-repo/actions/runs/4242">job summary of the run</a>');
    // The protected member is drift, shown as protected, and not planned for removal.
    expect(comment).toContain('protected (protected-accounts), never removed');
    const plan = result.json<{ accounts: { accountId: string; action: string }[] }[]>('plan');
    expect(plan[0]!.accounts.find((account) => account.accountId === '300000000002')?.action).toBe('skip');
  });

  it("summarises a long plan so the comment stays under GitHub's 65,536 characters, pointing to the job summary", async () => {
    const many = Array.from({ length: 3000 }, (_, i) => String(500000000000 + i));
    const result = await onboard(
      emulator,
      { 'account-ids': many.join(' '), regions: 'us-east-1, eu-west-1' },
      { ...pullRequest, ...prEnv(WRITE_TOKEN) },
    );
    expect(result.exitCode, result.stdout).toBe(0);
    const comment = github.comments.find(
      (candidate) => candidate.user.type === 'Bot' && candidate.body.includes('securityhub-onboard:plan'),
    );
    expect(comment?.body.length).toBeLessThan(65_536);
    expect(comment?.body).toContain('more account(s) in us-east-1 are not shown here');
    expect(comment?.body).toContain('job summary of the run');
    expect(result.summary.length).toBeGreaterThan(comment!.body.length);
  });

  it('warns, naming the permission, when the token cannot comment, and still succeeds', async () => {
    const result = await onboard(
      emulator,
      { 'account-ids': listed.join(' '), regions: 'us-east-1' },
      { ...pullRequest, ...prEnv(READ_TOKEN) },
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/::warning::Could not comment the plan on pull request #7.*pull-requests: write/);
  });

  it('validates the list of a fork pull request without credentials, and passes', async () => {
    const result = await onboard(
      emulator,
      { 'account-ids': listed.join(' '), regions: 'us-east-1' },
      {
        ...pullRequest,
        ...prEnv(READ_TOKEN),
        env: { ...prEnv(READ_TOKEN).env, ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' },
      },
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/::notice::The live comparison was skipped/);
    expect(result.summary).toContain('The live comparison was skipped');
    expect(result.summary).toContain('200000000005');
    expect(emulator.calls).toEqual([]);
  });

  it('still fails a fork pull request whose file is invalid', async () => {
    const workspace = await workspaceWith({ 'accounts.txt': '200000000001\n2000000000\n' });
    const result = await onboard(
      emulator,
      { 'accounts-file': 'accounts.txt', regions: 'us-east-1' },
      { ...pullRequest, workspace, env: { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error file=accounts.txt,line=2::/);
  });

  it('applies on a pull request only when asked explicitly, with a warning', async () => {
    const result = await onboard(emulator, { 'account-ids': '200000000005', regions: 'us-east-1', mode: 'apply' }, pullRequest);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/::warning::mode: apply on a pull_request event/);
    expect(writeCalls(emulator)).toContain('CreateMembers');
  });
});

describe('reconcile', () => {
  beforeEach(() => emulator.reset(membership));

  it('never sends a protected member in a removal call, still reports it as drift, and does not count it against max-removals', async () => {
    // Three unlisted members, two protected: one removal, within max-removals 1.
    const result = await onboard(emulator, {
      'account-ids': listed.join(' '),
      regions: 'us-east-1',
      'remove-absent': 'true',
      'max-removals': '1',
      'protected-accounts': '400000000001 300000000002',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    const removalCalls = [...batchesOf(emulator, 'DisassociateMembers'), ...batchesOf(emulator, 'DeleteMembers')].flat();
    expect(removalCalls).toContain('400000000002');
    expect(removalCalls).not.toContain('400000000001');
    expect(removalCalls).not.toContain('300000000002');
    expect(result.json<WithStatus[]>('removed-accounts').map((account) => account.accountId)).toEqual(['400000000002']);
    expect(result.json<WithStatus[]>('drift-accounts').map((account) => account.accountId)).toEqual([
      '400000000001',
      '400000000002',
      '300000000002',
    ]);
    expect(result.summary.match(/protected \(protected-accounts\), never removed/g)).toHaveLength(2);
    const remaining = emulator.members(ADMIN, 'us-east-1');
    expect(remaining.find((member) => member.AccountId === '400000000001')?.MemberStatus).toBe('Enabled');
    expect(remaining.find((member) => member.AccountId === '300000000002')?.MemberStatus).toBe('Enabled');
  });

  it('removes exactly the unlisted members, with the right calls for organization and invitation members', async () => {
    const result = await onboard(emulator, { 'account-ids': listed.join(' '), regions: 'us-east-1', ...reconcile });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(batchesOf(emulator, 'DisassociateMembers').flat().sort()).toEqual(['300000000002', '400000000001']);
    expect(batchesOf(emulator, 'DeleteMembers').flat().sort()).toEqual(['400000000001', '400000000002']);
    expect(
      result
        .json<WithStatus[]>('removed-accounts')
        .map((account) => account.accountId)
        .sort(),
    ).toEqual(['300000000002', '400000000001', '400000000002']);
    const remaining = emulator.members(ADMIN, 'us-east-1');
    expect(remaining.find((member) => member.AccountId === '300000000002')?.MemberStatus).toBe('Removed');
    expect(remaining.find((member) => member.AccountId === '400000000001')).toBeUndefined();
    // Re-invitations: Removed (reinvite) and stale Invited (stale-invite-days).
    expect(batchesOf(emulator, 'InviteMembers').flat().sort()).toEqual(['200000000002', '200000000003', '200000000005']);
    expect(
      result
        .json<{ accountId: string }[]>('reinvited-accounts')
        .map((account) => account.accountId)
        .sort(),
    ).toEqual(['200000000002', '200000000003']);
  });

  it('brings a Removed organization member back with CreateMembers, never an invitation', async () => {
    emulator.reset({
      organizationAccounts: ['300000000009'],
      regions: { 'us-east-1': { members: [{ accountId: '300000000009', status: 'Removed' }] } },
    });
    const result = await onboard(emulator, { 'account-ids': '300000000009', regions: 'us-east-1', reinvite: 'true' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(batchesOf(emulator, 'CreateMembers')).toEqual([['300000000009']]);
    expect(emulator.callsTo('InviteMembers')).toEqual([]);
    expect(emulator.members(ADMIN, 'us-east-1').find((member) => member.AccountId === '300000000009')?.MemberStatus).toBe('Enabled');
  });

  it('only plans on a pull-request review, whatever the mode auto sees', async () => {
    const result = await onboard(
      emulator,
      { 'account-ids': '200000000005', regions: 'us-east-1' },
      { eventName: 'pull_request_review', event: { pull_request: { number: 7 } } },
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.mode).toBe('plan');
    expect(writeCalls(emulator)).toEqual([]);
  });

  it('makes zero write calls on a second run over a reconciled membership', async () => {
    const inputs = { 'account-ids': listed.join(' '), regions: 'us-east-1', reinvite: 'true', 'remove-absent': 'true' };
    const first = await onboard(emulator, inputs);
    expect(first.exitCode, first.stdout).toBe(0);
    emulator.calls.length = 0;
    const second = await onboard(emulator, inputs);
    expect(second.exitCode, second.stdout).toBe(0);
    expect(writeCalls(emulator)).toEqual([]);
  });

  it('holds back every removal over max-removals, makes no removal call, and fails with the list', async () => {
    const result = await onboard(emulator, {
      'account-ids': '200000000001',
      regions: 'us-east-1',
      'remove-absent': 'true',
      'max-removals': '2',
    });
    expect(result.exitCode).toBe(1);
    expect(emulator.callsTo('DisassociateMembers')).toEqual([]);
    expect(emulator.callsTo('DeleteMembers')).toEqual([]);
    expect(result.stdout).toMatch(/::error::This run would remove 7 member\(s\), more than max-removals \(2\)/);
    expect(result.outputs['removed-accounts']).toBe('[]');
    expect(result.json<WithStatus[]>('drift-accounts')).toHaveLength(7);
    // The job summary shows the held removals first, as a group of their own, with every account.
    const view = rendered(result.summary);
    expect(outline(view.root).slice(0, 3)).toEqual([
      'h2 ❌ Security Hub CSPM onboarding',
      'h3 Needs attention',
      'h4 ⛔ Removals held back: 7 accounts',
    ]);
    const [quote, table] = topOf(sectionUnder(view.root, heading(view.root, 4, '⛔ Removals held back: 7 accounts')));
    expect(textOf(quote!)).toMatch(/^This run would remove 7 member\(s\), more than max-removals \(2\); none was removed/);
    expect(
      recordsOf(table!)
        .map((record) => record.Account)
        .sort(),
    ).toEqual(['200000000002', '200000000003', '200000000004', '300000000001', '300000000002', '400000000001', '400000000002']);
  });
});
