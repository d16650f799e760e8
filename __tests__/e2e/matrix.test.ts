// A GitHub Actions matrix with one Region per job: two action processes run at the same time
// against one AWS side, each with its own runner files, and neither sees the other's Region.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { ADMIN, batchesOf, ids, onboard, type E2EResult } from './harness.js';

type RegionAccount = { accountId: string; region: string };
type WithStatus = RegionAccount & { memberStatus: string };
type RegionPlanOutput = { region: string; failed: boolean; accounts: unknown[] };

const ORGANIZATION_ACCOUNT = '300000000001';
const ALREADY_MEMBER = '200000000001';
// 60 invitation accounts and one organization account: two CreateMembers batches per Region.
const accounts = [...ids(60, 200000000001), ORGANIZATION_ACCOUNT];

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({
    organizationAccounts: [ORGANIZATION_ACCOUNT],
    regions: { 'eu-west-1': { members: [{ accountId: ALREADY_MEMBER, status: 'Enabled' }] } },
    latencyMs: 20,
    rateLimit: { ratePerSecond: 10, burst: 30 },
  });
});
afterAll(async () => {
  await emulator?.close();
});

describe('a matrix job per Region', () => {
  it('runs two Regions as two concurrent processes, each with its own outputs and summary', async () => {
    const lifetimes: { spawnedAt: number; endedAt: number }[] = [];
    const runRegion = async (region: string): Promise<E2EResult> => {
      let spawnedAt = 0;
      const result = await onboard(
        emulator,
        { 'account-ids': accounts.join('\n'), regions: region },
        { onSpawn: () => (spawnedAt = performance.now()) },
      );
      lifetimes.push({ spawnedAt, endedAt: performance.now() });
      return result;
    };
    const [east, west] = await Promise.all([runRegion('us-east-1'), runRegion('eu-west-1')]);

    // Both processes were alive at the same time.
    expect(Math.max(...lifetimes.map((run) => run.spawnedAt))).toBeLessThan(Math.min(...lifetimes.map((run) => run.endedAt)));
    for (const [result, region] of [
      [east, 'us-east-1'],
      [west, 'eu-west-1'],
    ] as const) {
      expect(result.exitCode, result.stdout + result.stderr).toBe(0);
      expect(result.outputs['unprocessed-count']).toBe('0');
      expect(result.json<RegionPlanOutput[]>('plan').map((plan) => plan.region)).toEqual([region]);
      for (const output of ['created-accounts', 'invited-accounts', 'skipped-accounts']) {
        expect(
          result.json<RegionAccount[]>(output).filter((account) => account.region !== region),
          output,
        ).toEqual([]);
      }
      expect(result.stdout).toContain(`::group::${region}: done`);
      expect(result.summary).toContain(region);
    }

    // Each job reports its own Region only.
    expect(east.json<RegionAccount[]>('created-accounts')).toHaveLength(61);
    expect(east.json<RegionAccount[]>('invited-accounts')).toHaveLength(60);
    expect(east.json<WithStatus[]>('skipped-accounts')).toEqual([]);
    expect(west.json<RegionAccount[]>('created-accounts')).toHaveLength(60);
    expect(west.json<RegionAccount[]>('invited-accounts')).toHaveLength(59);
    expect(west.json<WithStatus[]>('skipped-accounts')).toEqual([
      { accountId: ALREADY_MEMBER, region: 'eu-west-1', memberStatus: 'Enabled' },
    ]);
    expect(east.summary).not.toContain('eu-west-1');
    expect(west.summary).not.toContain('us-east-1');
    expect(east.stdout).not.toContain('eu-west-1');
    expect(west.stdout).not.toContain('us-east-1');

    // The AWS side ends as one run over both Regions would leave it.
    for (const region of ['us-east-1', 'eu-west-1']) {
      const status = new Map(emulator.members(ADMIN, region).map((member) => [member.AccountId, member.MemberStatus]));
      expect(status.get(ORGANIZATION_ACCOUNT), region).toBe('Enabled');
      const invitationAccounts = accounts.filter(
        (accountId) => accountId !== ORGANIZATION_ACCOUNT && !(region === 'eu-west-1' && accountId === ALREADY_MEMBER),
      );
      expect(
        invitationAccounts.filter((accountId) => status.get(accountId) !== 'Invited'),
        region,
      ).toEqual([]);
      expect(batchesOf(emulator, 'CreateMembers', region), region).toHaveLength(2);
      expect(emulator.callsTo('DescribeHub', region), region).toHaveLength(1);
    }
    // Each job assumed the role with its own OIDC token, and no call was throttled.
    expect(emulator.callsTo('OIDC')).toHaveLength(2);
    expect(emulator.callsTo('AssumeRoleWithWebIdentity')).toHaveLength(2);
    expect(emulator.calls.filter((call) => call.status === 429)).toEqual([]);
  });
});
