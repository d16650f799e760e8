import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import type { Scenario } from '../../emulator/scenario.js';
import { elements, heading, precedes, rendered, sectionUnder, textOf, topOf } from '../report/rendered.js';
import { ADMIN, batchesOf, ids, onboard, workspaceWith, writeCalls } from './harness.js';

type Unprocessed = { accountId: string; region: string; operation: string; processingResult: string };
type RegionAccount = { accountId: string; region: string };

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator?.close();
});
const use = (scenario: Scenario) => emulator.reset(scenario);
const statusOf = (region: string, accountId: string) =>
  emulator.members(ADMIN, region).find((member) => member.AccountId === accountId)?.MemberStatus;

describe('the bundled action against the emulator', () => {
  beforeEach(() => use({}));

  it('creates and invites new accounts in two Regions', async () => {
    const result = await onboard(emulator, { 'account-ids': '222222222222, 333333333333', regions: 'us-east-1 eu-west-1' });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    for (const region of ['us-east-1', 'eu-west-1']) {
      expect(statusOf(region, '222222222222')).toBe('Invited');
      expect(statusOf(region, '333333333333')).toBe('Invited');
    }
    expect(result.json<RegionAccount[]>('created-accounts')).toHaveLength(4);
    expect(result.json<RegionAccount[]>('invited-accounts')).toEqual(
      expect.arrayContaining([
        { accountId: '222222222222', region: 'eu-west-1' },
        { accountId: '333333333333', region: 'us-east-1' },
      ]),
    );
    expect(result.outputs['unprocessed-accounts']).toBe('[]');
    expect(result.outputs['unprocessed-count']).toBe('0');
    expect(result.outputs.mode).toBe('apply');
    expect(result.summary).toContain('us-east-1');
    expect(result.summary).toContain('created and invited');
    expect(result.stdout).toContain('::group::us-east-1');
    // The OIDC token was exchanged for the role, and every Security Hub call acted as the administrator.
    expect(emulator.callsTo('AssumeRoleWithWebIdentity')).toHaveLength(1);
    // The assumed role's ARN names the administrator account: no GetCallerIdentity round trip.
    expect(emulator.callsTo('GetCallerIdentity')).toHaveLength(0);
    expect(emulator.calls.filter((call) => call.service === 'securityhub').every((call) => call.accountId === ADMIN)).toBe(true);
  });

  it('treats each existing member status as documented', async () => {
    use({
      regions: {
        'us-east-1': {
          members: [
            { accountId: '200000000001', status: 'Created' },
            { accountId: '200000000002', status: 'INVITED' },
            { accountId: '200000000003', status: 'Associated' },
            { accountId: '200000000004', status: 'Removed' },
            { accountId: '200000000005', status: 'Resigned' },
            { accountId: '200000000006', status: 'Deleted' },
          ],
        },
      },
    });
    const result = await onboard(emulator, { 'account-ids': ids(7, 200000000001).join('\n'), regions: 'us-east-1' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(batchesOf(emulator, 'CreateMembers')).toEqual([['200000000006', '200000000007']]);
    expect(batchesOf(emulator, 'InviteMembers').flat().sort()).toEqual(['200000000001', '200000000006', '200000000007']);
    expect(result.json('skipped-accounts')).toEqual([
      { accountId: '200000000002', region: 'us-east-1', memberStatus: 'Invited' },
      { accountId: '200000000003', region: 'us-east-1', memberStatus: 'Enabled' },
      { accountId: '200000000004', region: 'us-east-1', memberStatus: 'Removed' },
      { accountId: '200000000005', region: 'us-east-1', memberStatus: 'Resigned' },
    ]);
    expect(statusOf('us-east-1', '200000000004')).toBe('Removed');
  });

  it('sends more than 50 accounts in batches of at most 50', async () => {
    const accounts = ids(120);
    const result = await onboard(emulator, { 'account-ids': accounts.join(','), regions: 'us-east-1' });
    expect(result.exitCode, result.stdout).toBe(0);
    for (const operation of ['CreateMembers', 'GetMembers', 'InviteMembers']) {
      const batches = batchesOf(emulator, operation);
      expect(batches, operation).toHaveLength(3);
      expect(Math.max(...batches.map((batch) => batch.length))).toBeLessThanOrEqual(50);
      expect(batches.flat().sort()).toEqual(accounts);
    }
    expect(emulator.members(ADMIN, 'us-east-1').filter((member) => member.MemberStatus === 'Invited')).toHaveLength(120);
  });

  it('never invites organization accounts: they are Enabled on creation', async () => {
    use({ organizationAccounts: ['200000000001'], visibilityDelayMs: 400 });
    const result = await onboard(emulator, { 'account-ids': '200000000001 200000000002', regions: 'us-east-1' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(batchesOf(emulator, 'InviteMembers')).toEqual([['200000000002']]);
    expect(statusOf('us-east-1', '200000000001')).toBe('Enabled');
    expect(result.json('invited-accounts')).toEqual([{ accountId: '200000000002', region: 'us-east-1' }]);
    expect(result.summary).toContain('organization account');
    // The members became visible only after a delay: the read-back waited instead of giving up.
    expect(emulator.callsTo('GetMembers').length).toBeGreaterThan(1);
  });

  it('reports accounts AWS did not process, verbatim, and fails the step', async () => {
    const reason = 'The request is rejected because the account belongs to <another> administrator.';
    use({ unprocessable: { '200000000002': { CreateMembers: reason } } });
    const result = await onboard(emulator, { 'account-ids': '200000000001,200000000002', regions: 'us-east-1' });
    expect(result.exitCode).toBe(1);
    expect(result.json<Unprocessed[]>('unprocessed-accounts')).toEqual([
      { accountId: '200000000002', region: 'us-east-1', operation: 'CreateMembers', processingResult: reason },
    ]);
    expect(result.outputs['unprocessed-count']).toBe('1');
    expect(batchesOf(emulator, 'InviteMembers')).toEqual([['200000000001']]);
    expect(result.stdout).toMatch(/::error::.*not processed/);
    expect(result.summary).toContain('&#60;another&#62;');
    expect(result.summary).not.toContain('<another>');
  });

  it('does not fail for unprocessed accounts when fail-on-unprocessed is false', async () => {
    use({ unprocessable: { '200000000002': 'No.' } });
    const result = await onboard(emulator, { 'account-ids': '200000000002', regions: 'us-east-1', 'fail-on-unprocessed': 'false' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['unprocessed-count']).toBe('1');
  });

  it('fails a Region without Security Hub, names the fix, and finishes the others', async () => {
    use({ regions: { 'eu-west-1': { hubEnabled: false } } });
    const result = await onboard(emulator, { 'account-ids': '200000000001', regions: 'us-east-1,eu-west-1' });
    expect(result.exitCode).toBe(1);
    expect(statusOf('us-east-1', '200000000001')).toBe('Invited');
    expect(result.json<Unprocessed[]>('unprocessed-accounts')).toEqual([
      expect.objectContaining({ accountId: '200000000001', region: 'eu-west-1', operation: 'DescribeHub' }),
    ]);
    expect(result.stdout).toMatch(
      /::error::eu-west-1: Security Hub CSPM is not enabled for the administrator account 111111111111 in eu-west-1/,
    );
    expect(emulator.callsTo('CreateMembers', 'eu-west-1')).toHaveLength(0);
    // The summary shows the Region as one block with its reason, before the counts, and no row of its accounts.
    const view = rendered(result.summary);
    const block = heading(view.root, 4, '❌ eu-west-1 failed (DescribeHub)');
    expect(precedes(view.root, block, heading(view.root, 3, 'Counts'))).toBe(true);
    expect(textOf(topOf(sectionUnder(view.root, block))[0]!)).toMatch(
      /^Security Hub CSPM is not enabled for the administrator account 111111111111 in eu-west-1/,
    );
    const rows = (region: string) =>
      elements(view.root, 'tr').filter((tr) => sectionUnder(view.root, heading(view.root, 4, region)).includes(tr));
    expect(rows('eu-west-1')).toEqual([]);
    expect(rows('us-east-1').map(textOf)).toEqual([
      'Account Email Status before Action Result',
      '200000000001 not a member create ✅ created and invited',
    ]);
  });

  it('rides out throttling: nothing is unprocessed and the retries are counted', async () => {
    use({
      rateLimit: { ratePerSecond: 5, burst: 2 },
      faults: [{ operation: 'CreateMembers', status: 429, errorType: 'TooManyRequestsException', message: 'Too Many Requests', times: 2 }],
    });
    const result = await onboard(emulator, { 'account-ids': ids(160).join(' '), regions: 'us-east-1' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['unprocessed-count']).toBe('0');
    expect(emulator.calls.filter((call) => call.status === 429).length).toBeGreaterThanOrEqual(2);
    expect(result.stdout).toMatch(/throttled and retried: [1-9]/);
  });

  it('in plan mode on a pull request, reads and makes zero write calls', async () => {
    use({ regions: { 'us-east-1': { members: [{ accountId: '200000000001', status: 'Created' }] } } });
    const result = await onboard(
      emulator,
      { 'account-ids': '200000000001 200000000002', regions: 'us-east-1' },
      { eventName: 'pull_request' },
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.mode).toBe('plan');
    expect(writeCalls(emulator)).toEqual([]);
    expect(result.outputs['created-accounts']).toBe('[]');
    expect(result.outputs['invited-accounts']).toBe('[]');
    expect(result.summary).toContain('would be created');
    expect(result.summary).toContain('would be invited');
  });

  it('refuses a bad file with an error on each bad line and makes zero AWS calls', async () => {
    const workspace = await workspaceWith({ 'accounts.txt': '200000000001\n12345\n200000000001\nabc@ 123456789012\n' });
    const result = await onboard(emulator, { 'accounts-file': 'accounts.txt', regions: 'us-east-1' }, { workspace });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error file=accounts.txt,line=2::/);
    expect(result.stdout).toMatch(/::error file=accounts.txt,line=3::.*lines 1 and 3/);
    expect(emulator.calls).toEqual([]);
    expect(result.outputs['unprocessed-accounts']).toBe('[]');
    expect(result.summary).toContain('Nothing was sent to AWS');
  });

  it('explains a missing OIDC token and makes zero AWS calls', async () => {
    const result = await onboard(
      emulator,
      { 'account-ids': '200000000001', regions: 'us-east-1' },
      { env: { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('id-token: write');
    expect(result.stdout).toContain('forks');
    expect(emulator.calls).toEqual([]);
  });

  it('names the role when STS refuses it', async () => {
    use({ roles: { [`arn:aws:iam::${ADMIN}:role/securityhub-onboard`]: { subjectPattern: 'repo:someone-else/*' } } });
    const result = await onboard(emulator, { 'account-ids': '200000000001', regions: 'us-east-1' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/Could not assume role arn:aws:iam::111111111111:role\/securityhub-onboard with GitHub OIDC/);
    expect(writeCalls(emulator)).toEqual([]);
  });

  it('uses the credentials already in the environment when no role is given', async () => {
    const result = await onboard(emulator, { 'account-ids': '200000000001', regions: 'us-east-1', 'role-to-assume': '' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(emulator.callsTo('AssumeRoleWithWebIdentity')).toHaveLength(0);
    expect(emulator.callsTo('GetCallerIdentity')).toHaveLength(1);
    expect(statusOf('us-east-1', '200000000001')).toBe('Invited');
  });

  it('skips the administrator account itself with a warning', async () => {
    const result = await onboard(emulator, { 'account-ids': `${ADMIN} 200000000001`, regions: 'us-east-1' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/::warning::Account 111111111111 is the administrator account itself/);
    expect(batchesOf(emulator, 'CreateMembers')).toEqual([['200000000001']]);
  });
});
