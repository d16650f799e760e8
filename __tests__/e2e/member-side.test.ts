import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../emulator/scenario.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { ADMIN, onboard, writeCalls } from './harness.js';

type RegionAccount = { accountId: string; region: string };
type Unprocessed = RegionAccount & { operation: string; processingResult: string };

const ROLE_NAME = 'securityhub-onboard-member';
const REGIONS = 'us-east-1, eu-west-1';
const FOREIGN_ADMIN = '999999999999';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator?.close();
});

const use = (scenario: Scenario) => emulator.reset({ memberRoles: { roleName: ROLE_NAME }, ...scenario });
const statusOf = (region: string, accountId: string) =>
  emulator.members(ADMIN, region).find((member) => member.AccountId === accountId)?.MemberStatus;
const hubOf = (accountId: string, region: string) =>
  emulator.state().hubs.find((hub) => hub.accountId === accountId && hub.region === region);

describe('the member side (member-role-name)', () => {
  beforeEach(() => use({}));

  it('takes fresh accounts to Enabled in every Region with no human in the loop', async () => {
    const result = await onboard(emulator, { 'account-ids': '200000000001 200000000002', regions: REGIONS, 'member-role-name': ROLE_NAME });
    expect(result.exitCode, result.stdout).toBe(0);
    for (const region of ['us-east-1', 'eu-west-1']) {
      for (const account of ['200000000001', '200000000002']) {
        expect(statusOf(region, account), `${account} in ${region}`).toBe('Enabled');
        expect(hubOf(account, region)).toMatchObject({ hubEnabled: true, defaultStandardsEnabled: false });
      }
    }
    expect(result.json<RegionAccount[]>('accepted-accounts')).toHaveLength(4);
    // One role session per account, whatever the number of Regions.
    expect(emulator.callsTo('AssumeRole')).toHaveLength(2);
    expect(
      emulator
        .callsTo('EnableSecurityHub')
        .every((call) => (call.params as { EnableDefaultStandards?: boolean }).EnableDefaultStandards === false),
    ).toBe(true);
    expect(result.summary).toContain('invitation accepted');
  });

  it('enables the default standards only when asked', async () => {
    const result = await onboard(emulator, {
      'account-ids': '200000000001',
      regions: 'us-east-1',
      'member-role-name': ROLE_NAME,
      'enable-default-standards': 'true',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(hubOf('200000000001', 'us-east-1')).toMatchObject({ hubEnabled: true, defaultStandardsEnabled: true });
  });

  it('accepts only our invitation when another administrator has one pending', async () => {
    use({ foreignInvitations: [{ memberAccountId: '200000000001', administratorAccountId: FOREIGN_ADMIN, region: 'us-east-1' }] });
    const result = await onboard(emulator, { 'account-ids': '200000000001', regions: 'us-east-1', 'member-role-name': ROLE_NAME });
    expect(result.exitCode, result.stdout).toBe(0);
    const accepted = emulator.callsTo('AcceptAdministratorInvitation');
    expect(accepted).toHaveLength(1);
    expect((accepted[0]!.params as { AdministratorId: string }).AdministratorId).toBe(ADMIN);
    expect(statusOf('us-east-1', '200000000001')).toBe('Enabled');
    expect(result.summary).toContain(FOREIGN_ADMIN);
    expect(result.summary).toContain('left alone');
  });

  it('reports a member whose role cannot be assumed, naming the role, and finishes the others', async () => {
    use({ memberRoles: { roleName: ROLE_NAME, deny: ['200000000002'] } });
    const result = await onboard(emulator, { 'account-ids': '200000000001 200000000002', regions: REGIONS, 'member-role-name': ROLE_NAME });
    expect(result.exitCode).toBe(1);
    const unprocessed = result.json<Unprocessed[]>('unprocessed-accounts');
    expect(unprocessed.map((entry) => [entry.accountId, entry.region, entry.operation])).toEqual([
      ['200000000002', 'us-east-1', 'AssumeRole'],
      ['200000000002', 'eu-west-1', 'AssumeRole'],
    ]);
    expect(unprocessed[0]!.processingResult).toContain(`arn:aws:iam::200000000002:role/${ROLE_NAME}`);
    expect(unprocessed[0]!.processingResult).toContain('trust policy');
    expect(statusOf('us-east-1', '200000000001')).toBe('Enabled');
    expect(statusOf('us-east-1', '200000000002')).toBe('Invited');
  });

  it('passes the external ID the member role requires', async () => {
    use({ memberRoles: { roleName: ROLE_NAME, externalId: 'onboard-7f3a' } });
    const without = await onboard(emulator, { 'account-ids': '200000000001', regions: 'us-east-1', 'member-role-name': ROLE_NAME });
    expect(without.json<Unprocessed[]>('unprocessed-accounts')[0]?.operation).toBe('AssumeRole');
    const withId = await onboard(emulator, {
      'account-ids': '200000000001',
      regions: 'us-east-1',
      'member-role-name': ROLE_NAME,
      'member-role-external-id': 'onboard-7f3a',
    });
    expect(withId.exitCode, withId.stdout).toBe(0);
    expect(statusOf('us-east-1', '200000000001')).toBe('Enabled');
  });

  it('finishes members left Invited by an earlier run', async () => {
    use({ regions: { 'us-east-1': { members: [] } } });
    const first = await onboard(emulator, { 'account-ids': '200000000001', regions: 'us-east-1' });
    expect(first.exitCode).toBe(0);
    expect(statusOf('us-east-1', '200000000001')).toBe('Invited');
    const second = await onboard(emulator, { 'account-ids': '200000000001', regions: 'us-east-1', 'member-role-name': ROLE_NAME });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(statusOf('us-east-1', '200000000001')).toBe('Enabled');
    expect(second.json<RegionAccount[]>('accepted-accounts')).toEqual([{ accountId: '200000000001', region: 'us-east-1' }]);
  });

  it('in plan mode, says which accounts would be accepted and assumes nothing', async () => {
    const result = await onboard(emulator, {
      'account-ids': '200000000001',
      regions: 'us-east-1',
      'member-role-name': ROLE_NAME,
      mode: 'plan',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(emulator.callsTo('AssumeRole')).toEqual([]);
    expect(writeCalls(emulator)).toEqual([]);
    expect(result.summary).toContain('would accept the invitation');
  });
});
