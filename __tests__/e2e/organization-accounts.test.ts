// organization-accounts, exclude-accounts and the preflight: the bundle against the emulator's
// Organizations (JSON 1.1) and Security Hub organization configuration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizationSeed, Scenario } from '../../emulator/scenario.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { ADMIN, batchesOf, ids, onboard, workspaceWith, writeCalls } from './harness.js';

type Unprocessed = { accountId: string; region: string; operation: string; processingResult: string };
type PlanOutput = { region: string; accounts: { accountId: string; action: string; result: string; membership?: string }[] }[];

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator?.close();
});

const MANAGEMENT = '999999999999';
/** A root with the management and administrator accounts, a production unit with a nested unit, and a sandbox. */
const tree: OrganizationSeed = {
  managementAccountId: MANAGEMENT,
  accounts: [{ id: MANAGEMENT }, { id: ADMIN }],
  units: [
    {
      id: 'ou-exam-prod0001',
      accounts: [{ id: '300000000001' }, { id: '300000000002', state: 'SUSPENDED' }],
      units: [
        {
          id: 'ou-exam-prodapps',
          accounts: [{ id: '300000000003' }, { id: '300000000004', state: 'CLOSED' }, { id: '300000000005', state: 'PENDING_CLOSURE' }],
        },
      ],
    },
    { id: 'ou-exam-sandbox1', accounts: [{ id: '300000000006' }, { id: '300000000007' }] },
  ],
};
const run = (
  inputs: Record<string, string>,
  scenario: Scenario = {},
  organization: Partial<OrganizationSeed> = {},
  options: { workspace?: string } = {},
) => {
  emulator.reset({ organization: { ...tree, ...organization }, ...scenario });
  return onboard(emulator, { regions: 'us-east-1', ...inputs }, options);
};
const created = (region = 'us-east-1') => batchesOf(emulator, 'CreateMembers', region).flat().sort();
const statusOf = (accountId: string, region = 'us-east-1') =>
  emulator.members(ADMIN, region).find((member) => member.AccountId === accountId)?.MemberStatus;

describe('organization-accounts', () => {
  it('all: onboards every ACTIVE account without invitations, and lists the others with their state', async () => {
    const result = await run({ 'organization-accounts': 'all' });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(created()).toEqual(['300000000001', '300000000003', '300000000006', '300000000007', MANAGEMENT]);
    expect(emulator.callsTo('InviteMembers')).toHaveLength(0);
    expect(statusOf('300000000001')).toBe('Enabled');
    // One page of ListAccounts lists the whole organization; no tree walk is needed.
    expect(emulator.callsTo('ListAccounts')).toHaveLength(1);
    expect(emulator.callsTo('ListChildren')).toHaveLength(0);
    for (const [account, state] of [
      ['300000000002', 'SUSPENDED'],
      ['300000000004', 'CLOSED'],
      ['300000000005', 'PENDING_CLOSURE'],
    ]) {
      expect(result.stdout).toContain(`Not onboarded: ${account} (${state} in AWS Organizations).`);
      expect(result.summary).toContain(`<code>${account}</code>`);
    }
    expect(result.stdout).toContain(
      `Account ${MANAGEMENT} is the organization's management account: AWS never enables Security Hub CSPM in it automatically`,
    );
    expect(result.stdout).toContain('us-east-1: delegated administrator of the organization, configuration LOCAL.');
    expect(result.json<PlanOutput>('plan')[0]!.accounts.every((account) => account.membership === 'organization')).toBe(true);
  });

  it.each([
    ['with account paths', {}],
    ['without account paths (walks the units)', { paths: false }],
    ['with only the retiring Status field', { state: false }],
  ])('a unit with a nested unit, %s, joins the accounts file', async (_label, organization) => {
    const workspace = await workspaceWith({
      'accounts.csv': 'AccountId,Email\n400000000001,team@example.com\n300000000006,sandbox@example.com\n',
    });
    const result = await run({ 'organization-accounts': 'ou-exam-prod0001', 'accounts-file': 'accounts.csv' }, {}, organization, {
      workspace,
    });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(created()).toEqual(['300000000001', '300000000003', '300000000006', '400000000001']);
    // Only the account outside the organization is invited; the file's email goes with it.
    expect(batchesOf(emulator, 'InviteMembers').flat()).toEqual(['400000000001']);
    expect(
      emulator
        .callsTo('CreateMembers')
        .flatMap((call) => (call.params as { AccountDetails: { AccountId: string; Email?: string }[] }).AccountDetails),
    ).toContainEqual({
      AccountId: '400000000001',
      Email: 'team@example.com',
    });
    const marked = Object.fromEntries(
      result.json<PlanOutput>('plan')[0]!.accounts.map((account) => [account.accountId, account.membership]),
    );
    expect(marked).toEqual({
      '400000000001': 'external',
      '300000000006': 'organization',
      '300000000001': 'organization',
      '300000000003': 'organization',
    });
    expect(emulator.callsTo('ListChildren').length > 0).toBe('paths' in organization);
    expect(result.summary).toContain('<code>300000000002</code> (<code>SUSPENDED in AWS Organizations</code>)');
  });

  it('exclude-accounts: never onboarded and never removed, and shown as excluded', async () => {
    const scenario: Scenario = {
      regions: {
        'us-east-1': {
          members: [
            { accountId: '300000000007', status: 'Enabled' },
            { accountId: '400000000009', status: 'Invited', invitedAt: new Date().toISOString() },
          ],
        },
      },
    };
    const result = await run(
      {
        'organization-accounts': 'ou-exam-sandbox1',
        'exclude-accounts': '300000000006 300000000007 400000000009',
        'remove-absent': 'true',
      },
      scenario,
    );
    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toContain('No accounts to onboard');
    const again = await run(
      {
        'organization-accounts': 'ou-exam-sandbox1',
        'account-ids': '300000000001',
        'exclude-accounts': '300000000006, 300000000007',
        'remove-absent': 'true',
      },
      scenario,
    );
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(created()).toEqual(['300000000001']);
    expect(statusOf('300000000007')).toBe('Enabled');
    // The member not listed and not excluded is removed; the excluded one is not, nor is it drift.
    expect(batchesOf(emulator, 'DeleteMembers').flat()).toEqual(['400000000009']);
    expect(again.json<{ accountId: string }[]>('drift-accounts').map((entry) => entry.accountId)).toEqual(['400000000009']);
    expect(again.summary).toContain('excluded (exclude-accounts); left alone');
    expect(again.summary).toContain('<code>300000000006</code> (<code>excluded by exclude-accounts</code>)');
  });

  it('decides removals by the organization list, not by the invitation date', async () => {
    const old = new Date(Date.now() - 90 * 86_400_000).toISOString();
    const scenario: Scenario = {
      regions: {
        'us-east-1': {
          members: [
            // An organization account with an invitation date: the inference would delete it.
            { accountId: '300000000007', status: 'Enabled', invitedAt: old },
            // An external account without one: the inference would only disassociate it.
            { accountId: '400000000002', status: 'Enabled' },
          ],
        },
      },
    };
    const result = await run({ 'organization-accounts': 'ou-exam-prodapps', 'remove-absent': 'true' }, scenario);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(batchesOf(emulator, 'DisassociateMembers').flat().sort()).toEqual(['300000000007', '400000000002']);
    expect(batchesOf(emulator, 'DeleteMembers').flat()).toEqual(['400000000002']);
  });

  it('stops creating invitation members at the 1,000 cap before any write, and says so in plan and apply', async () => {
    const invitedAt = new Date().toISOString();
    const members = ids(998, 500000000000).map((accountId) => ({ accountId, status: 'Invited', invitedAt }));
    const external = ids(4, 400000000100);
    for (const mode of ['plan', 'apply']) {
      const result = await run(
        { 'organization-accounts': 'ou-exam-prodapps', 'account-ids': external.join(' '), mode },
        { regions: { 'us-east-1': { members } } },
      );
      expect(result.exitCode, result.stdout).toBe(1);
      const unprocessed = result.json<Unprocessed[]>('unprocessed-accounts');
      expect(unprocessed.map((entry) => entry.accountId)).toEqual(external.slice(2));
      expect(unprocessed[0]!.processingResult).toContain(
        'has 998 invitation-based member(s), room for 2 more of the 1,000 allowed, and this run would add 4',
      );
      expect(result.stdout).toContain(
        'us-east-1: invitation headroom 998 invitation-based member(s) + 4 new = 1,002 of 1,000: over the cap; 2 account(s) are not created',
      );
      if (mode === 'apply') {
        expect(created()).toEqual(['300000000003', ...external.slice(0, 2)]);
        expect(emulator.calls.filter((call) => call.errorType === 'LimitExceededException')).toEqual([]);
      } else {
        expect(writeCalls(emulator)).toEqual([]);
      }
    }
  });

  it('under central configuration, says that policies, not this action, set the accounts up', async () => {
    const result = await run({ 'organization-accounts': 'ou-exam-prodapps', mode: 'plan' }, {}, { configurationType: 'CENTRAL' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      "Central configuration: the organization accounts' Security Hub CSPM settings come from configuration policies, not from this action.",
    );
  });

  it('where the administrator is not the delegated administrator, invites the organization accounts there', async () => {
    const result = await run(
      { 'organization-accounts': 'ou-exam-prodapps', regions: 'us-east-1 eu-west-1' },
      {},
      { delegatedAdministrator: ['us-east-1'] },
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toContain("eu-west-1: this administrator is not the organization's Security Hub CSPM delegated administrator");
    expect(statusOf('300000000003', 'us-east-1')).toBe('Enabled');
    expect(statusOf('300000000003', 'eu-west-1')).toBe('Invited');
    expect(batchesOf(emulator, 'InviteMembers', 'us-east-1')).toEqual([]);
  });

  it('refuses a unit that is not in the organization, before any write', async () => {
    for (const organization of [{}, { paths: false }]) {
      const result = await run({ 'organization-accounts': 'ou-exam-missing1' }, {}, organization);
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain(
        'ou-exam-missing1 in organization-accounts is not a root or organizational unit of this organization',
      );
      expect(writeCalls(emulator)).toEqual([]);
    }
  });

  it('says so when the administrator account is in no organization', async () => {
    emulator.reset({});
    const result = await onboard(emulator, { regions: 'us-east-1', 'organization-accounts': 'all' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('the administrator account is not in an AWS Organization');
  });
});

describe('a permission the role does not have', () => {
  it('organizations:ListAccounts: the tree is walked from its root instead', async () => {
    const result = await run({ 'organization-accounts': 'all', mode: 'plan' }, { deny: ['organizations:ListAccounts'] });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(
      result
        .json<PlanOutput>('plan')[0]!
        .accounts.map((account) => account.accountId)
        .sort(),
    ).toEqual(['300000000001', '300000000003', '300000000006', '300000000007', MANAGEMENT]);
    expect(emulator.callsTo('ListRoots')).toHaveLength(1);
  });

  it.each([
    ['organizations:ListRoots', { deny: ['organizations:ListAccounts', 'organizations:ListRoots'] }, {}],
    ['organizations:ListChildren', { deny: ['organizations:ListChildren'] }, { paths: false }],
    ['organizations:ListAccountsForParent', { deny: ['organizations:ListAccountsForParent'] }, { paths: false }],
  ])('%s, where it is needed, stops the run before any write and names it', async (permission, scenario, organization) => {
    const result = await run({ 'organization-accounts': 'ou-exam-prod0001' }, scenario, organization);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`The role needs ${permission}`);
    expect(writeCalls(emulator)).toEqual([]);
  });

  it.each([
    ['organizations:DescribeOrganization', 'Management account check skipped, needs organizations:DescribeOrganization.'],
    [
      'securityhub:DescribeOrganizationConfiguration',
      'us-east-1: delegated administrator check skipped, needs securityhub:DescribeOrganizationConfiguration.',
    ],
  ])('%s: its check is skipped with the permission, and the run goes on', async (permission, line) => {
    const result = await run({ 'organization-accounts': 'all' }, { deny: [permission] });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`::notice::${line}`);
    expect(created()).toHaveLength(5);
  });
});
