// The bundled action against the AWS side as real AWS is reported to answer, and against each
// plausible answer where that is unknown (docs/aws-behaviour.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../emulator/scenario.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { ADMIN, batchesOf, ids, onboard, writeCalls } from './harness.js';

type RegionAccount = { accountId: string; region: string };
type Unprocessed = RegionAccount & { operation: string; processingResult: string };

const ORG = '333333333333';
const INVITATION = '222222222222';
const MEMBER_ROLE = 'securityhub-onboard-member';

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
const statuses = (region: string) => new Set(emulator.members(ADMIN, region).map((member) => member.MemberStatus));
const warnings = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::warning::'));

describe('the read-back after CreateMembers', () => {
  it.each(['reject-if-none-visible', 'reject-if-any', 'unprocessed'] as const)(
    'waits out new members that are not visible yet and invites all of them (GetMembers %s)',
    async (getMembersMissing) => {
      use({ visibilityDelayMs: 1200, getMembersMissing });
      const accounts = ids(60);
      const result = await onboard(emulator, { 'account-ids': accounts.join(' '), regions: 'us-east-1' });
      expect(result.exitCode, result.stdout).toBe(0);
      expect(statuses('us-east-1')).toEqual(new Set(['Invited']));
      expect(batchesOf(emulator, 'InviteMembers').flat().sort()).toEqual(accounts);
      expect(result.outputs['unprocessed-count']).toBe('0');
    },
  );

  it('invites the visible accounts of a batch that GetMembers keeps rejecting as a whole, and reports the others as created, not yet invited', async () => {
    // Removed invitation members are visible at once; the new accounts stay invisible longer than the read-back waits.
    const removed = ids(3, 210000000000);
    use({
      visibilityDelayMs: 60_000,
      getMembersMissing: 'reject-if-any',
      regions: {
        'us-east-1': { members: removed.map((accountId) => ({ accountId, status: 'Removed', invitedAt: '2026-01-01T00:00:00Z' })) },
      },
    });
    const fresh = ids(2);
    const result = await onboard(emulator, { 'account-ids': [...removed, ...fresh].join(' '), regions: 'us-east-1', reinvite: 'true' });

    expect(result.exitCode).toBe(1);
    for (const id of removed) expect(statusOf('us-east-1', id), id).toBe('Invited');
    expect(
      result
        .json<RegionAccount[]>('reinvited-accounts')
        .map((entry) => entry.accountId)
        .sort(),
    ).toEqual(removed);
    const unprocessed = result.json<Unprocessed[]>('unprocessed-accounts');
    expect(unprocessed.map((entry) => entry.accountId).sort()).toEqual(fresh);
    for (const entry of unprocessed) {
      expect(entry.operation).toBe('GetMembers');
      expect(entry.processingResult).toMatch(
        /^Created, not yet invited: GetMembers did not show the member after 6 attempts .*The next run invites it\.$/,
      );
    }
    expect(
      result
        .json<RegionAccount[]>('created-accounts')
        .map((entry) => entry.accountId)
        .sort(),
    ).toEqual(fresh);
  });

  it('takes "already a member" after a CreateMembers whose answer was lost as done, and invites', async () => {
    use({ faults: [{ operation: 'CreateMembers', kind: 'lose-answer', times: 1 }] });
    const result = await onboard(emulator, { 'account-ids': ids(3).join(' '), regions: 'us-east-1' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(emulator.callsTo('CreateMembers').map((call) => call.fault)).toEqual(['lose-answer', undefined]);
    expect(statuses('us-east-1')).toEqual(new Set(['Invited']));
    expect(result.json<RegionAccount[]>('created-accounts')).toHaveLength(3);
    expect(result.outputs['unprocessed-count']).toBe('0');
  });
});

describe('organization members and invitation members', () => {
  const removedBoth: Scenario = {
    organizationAccounts: [ORG],
    regions: {
      'us-east-1': {
        members: [
          { accountId: ORG, status: 'Removed', invitedAt: '2026-01-01T00:00:00Z' },
          { accountId: INVITATION, status: 'Removed', invitedAt: '2026-01-01T00:00:00Z' },
        ],
      },
    },
  };

  it('brings Removed members back with CreateMembers first, whether or not organization members carry InvitedAt, inviting only the invitation member', async () => {
    use({ ...removedBoth, organizationMembers: { invitedAt: true } });
    const result = await onboard(emulator, { 'account-ids': `${ORG} ${INVITATION}`, regions: 'us-east-1', reinvite: 'true' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(batchesOf(emulator, 'CreateMembers').flat().sort()).toEqual([INVITATION, ORG]);
    expect(batchesOf(emulator, 'InviteMembers')).toEqual([[INVITATION]]);
    expect(statusOf('us-east-1', ORG)).toBe('Enabled');
    expect(statusOf('us-east-1', INVITATION)).toBe('Invited');
    expect(result.json<RegionAccount[]>('reinvited-accounts')).toEqual([{ accountId: INVITATION, region: 'us-east-1' }]);
  });

  it('reports AWS text when a Removed organization member is refused by CreateMembers and then by InviteMembers', async () => {
    use({ ...removedBoth, organizationMembers: { removedOnCreate: 'already-member' } });
    const result = await onboard(emulator, { 'account-ids': ORG, regions: 'us-east-1', reinvite: 'true' });
    expect(result.exitCode).toBe(1);
    expect(result.json<Unprocessed[]>('unprocessed-accounts')).toEqual([
      {
        accountId: ORG,
        region: 'us-east-1',
        operation: 'InviteMembers',
        processingResult: "Organization accounts don't receive invitations.",
      },
    ]);
    expect(statusOf('us-east-1', ORG)).toBe('Removed');
  });

  it('removes organization members that carry InvitedAt as disassociated, with a warning, on every run without failing', async () => {
    use({ organizationAccounts: [ORG], organizationMembers: { invitedAt: true } });
    expect((await onboard(emulator, { 'account-ids': `${ORG} ${INVITATION}`, regions: 'us-east-1' })).exitCode).toBe(0);
    expect(statusOf('us-east-1', ORG)).toBe('Enabled');

    for (const run of [1, 2]) {
      const result = await onboard(emulator, { 'account-ids': INVITATION, regions: 'us-east-1', 'remove-absent': 'true' });
      expect(result.exitCode, `run ${run}: ${result.stdout}`).toBe(0);
      expect(result.outputs['unprocessed-count']).toBe('0');
      expect(result.json<RegionAccount[]>('removed-accounts').map((entry) => entry.accountId)).toEqual([ORG]);
      const warned = warnings(result.stdout).filter((line) => line.includes('DeleteMembers') && line.includes(ORG));
      expect(warned, `run ${run}`).toHaveLength(1);
      expect(warned[0]).toContain("You can't delete an account that belongs to an organization.");
      expect(result.summary).toContain('Disassociated, not deleted');
      expect(statusOf('us-east-1', ORG)).toBe('Removed');
    }
    expect(emulator.callsTo('DisassociateMembers')).toHaveLength(1);
  });

  it('says in the plan that CreateMembers enables organization accounts with default standards, and never the management account', async () => {
    use({});
    const result = await onboard(emulator, { 'account-ids': INVITATION, regions: 'us-east-1', mode: 'plan' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.summary).toContain('AWS turns it on with its default standards, which rely on AWS Config');
    expect(result.summary).toContain('never does this for the management account of the organization');
    expect(writeCalls(emulator)).toEqual([]);
  });
});

describe('opt-in Regions that are not enabled', () => {
  it('gets credentials outside an opt-in Region listed first, reports that Region as not enabled, and completes the others', async () => {
    use({ notEnabledRegions: { [ADMIN]: ['ap-east-2'] } });
    const result = await onboard(emulator, { 'account-ids': ids(2).join(' '), regions: 'ap-east-2 us-east-1', 'role-to-assume': '' });

    expect(result.exitCode).toBe(1);
    expect(emulator.callsTo('GetCallerIdentity').map((call) => [call.region, call.status])).toEqual([['us-east-1', 200]]);
    expect(statuses('us-east-1')).toEqual(new Set(['Invited']));
    const unprocessed = result.json<Unprocessed[]>('unprocessed-accounts');
    expect(unprocessed.map((entry) => entry.region)).toEqual(['ap-east-2', 'ap-east-2']);
    for (const entry of unprocessed)
      expect(entry.processingResult).toMatch(/^Region ap-east-2 is not enabled for account 111111111111 \(opt-in Region\)/);
    expect(result.stdout).not.toContain('trust policy');
  });

  it('asks STS in the next listed Region when the first one refuses as not enabled', async () => {
    use({ notEnabledRegions: { [ADMIN]: ['us-east-1'] } });
    const result = await onboard(emulator, { 'account-ids': ids(1).join(' '), regions: 'eu-west-1', 'role-to-assume': '' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(emulator.callsTo('GetCallerIdentity').map((call) => [call.region, call.errorType])).toEqual([
      ['us-east-1', 'InvalidClientTokenId'],
      ['eu-west-1', undefined],
    ]);
    expect(statusOf('eu-west-1', '200000000000')).toBe('Invited');
  });

  it('on the member side, reports the Region a member has not enabled and finishes its other Regions and the other members', async () => {
    const [optedOut, other] = ids(2);
    use({ memberRoles: { roleName: MEMBER_ROLE }, notEnabledRegions: { [optedOut!]: ['eu-west-1'] } });
    const result = await onboard(emulator, {
      'account-ids': `${optedOut} ${other}`,
      regions: 'eu-west-1 us-east-1',
      'member-role-name': MEMBER_ROLE,
    });

    expect(result.exitCode).toBe(1);
    // One member session per account, asked in the administrator's STS Region.
    expect(emulator.callsTo('AssumeRole').map((call) => call.region)).toEqual(['us-east-1', 'us-east-1']);
    expect(statusOf('us-east-1', optedOut!)).toBe('Enabled');
    expect(statusOf('eu-west-1', other!)).toBe('Enabled');
    expect(statusOf('us-east-1', other!)).toBe('Enabled');
    expect(result.json<Unprocessed[]>('unprocessed-accounts')).toEqual([
      {
        accountId: optedOut,
        region: 'eu-west-1',
        operation: 'EnableSecurityHub',
        processingResult: expect.stringMatching(new RegExp(`^Region eu-west-1 is not enabled for account ${optedOut} \\(opt-in Region\\)`)),
      },
    ]);
  });
});

describe('the invitation-member cap, in each shape', () => {
  it.each([
    ['a whole-call 429 on CreateMembers', { answer: 'exception', on: 'CreateMembers' }],
    ['per-account answers on CreateMembers', { answer: 'unprocessed', on: 'CreateMembers' }],
    ['a whole-call 429 on InviteMembers', { answer: 'exception', on: 'InviteMembers' }],
    ['per-account answers on InviteMembers', { answer: 'unprocessed', on: 'InviteMembers' }],
  ] as const)(
    'is named once per Region, not retried, and the organization accounts are done (%s)',
    async (_shape, invitationLimitShape) => {
      use({ invitationLimit: 3, invitationLimitShape, organizationAccounts: [ORG] });
      const result = await onboard(emulator, { 'account-ids': [...ids(5), ORG].join(' '), regions: 'us-east-1 eu-west-1' });

      expect(result.exitCode).toBe(1);
      expect(result.durationMs).toBeLessThan(15_000);
      expect(result.stdout).toMatch(/throttled and retried: 0\b/);
      for (const region of ['us-east-1', 'eu-west-1']) {
        expect(statusOf(region, ORG), region).toBe('Enabled');
        // Not retried: no batch is sent twice (a whole-call refusal is split in halves to find the accounts that fit).
        const batches = batchesOf(emulator, invitationLimitShape.on, region).map((batch) => batch.join(','));
        expect(new Set(batches).size, region).toBe(batches.length);
        expect(batches.length, region).toBeLessThanOrEqual(2 * 6 - 1);
        // The accounts under the cap are done.
        expect(
          emulator.members(ADMIN, region).filter((member) => member.MemberStatus === 'Invited'),
          region,
        ).toHaveLength(3);
        const named = warnings(result.stdout).filter(
          (line) => line.startsWith(`::warning::${region}:`) && line.includes('This is the cap on invitation-based member accounts'),
        );
        expect(named, region).toHaveLength(1);
      }
      const unprocessed = result.json<Unprocessed[]>('unprocessed-accounts');
      expect(unprocessed.length).toBeGreaterThan(0);
      for (const entry of unprocessed)
        expect(entry).toMatchObject({ operation: invitationLimitShape.on, processingResult: expect.stringContaining('not a rate limit') });
    },
  );
});

describe('the member side when AWS lags', () => {
  it('waits for an invitation that is not listed yet and for a hub that was just enabled', async () => {
    use({ memberRoles: { roleName: MEMBER_ROLE }, invitationVisibilityDelayMs: 1500, hubActivationDelayMs: 1200 });
    const result = await onboard(emulator, { 'account-ids': ids(2).join(' '), regions: 'us-east-1', 'member-role-name': MEMBER_ROLE });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(statuses('us-east-1')).toEqual(new Set(['Enabled']));
    expect(result.json<RegionAccount[]>('accepted-accounts')).toHaveLength(2);
    expect(emulator.callsTo('ListInvitations').length).toBeGreaterThan(2);
  });
});

describe('partitions', () => {
  it('in China, asks for the sts.amazonaws.com.cn audience by default and asks STS in cn-north-1', async () => {
    const role = `arn:aws-cn:iam::${ADMIN}:role/securityhub-onboard`;
    use({ partition: 'aws-cn', roles: { [role]: { audience: 'sts.amazonaws.com.cn' } }, memberRoles: { roleName: MEMBER_ROLE } });
    const result = await onboard(emulator, {
      'account-ids': ids(1).join(' '),
      regions: 'cn-northwest-1',
      'role-to-assume': role,
      'member-role-name': MEMBER_ROLE,
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(emulator.callsTo('OIDC').map((call) => (call.params as { audience?: string }).audience)).toEqual(['sts.amazonaws.com.cn']);
    expect(emulator.callsTo('AssumeRole').map((call) => [call.region, (call.params as { RoleArn?: string }).RoleArn])).toEqual([
      ['cn-north-1', `arn:aws-cn:iam::200000000000:role/${MEMBER_ROLE}`],
    ]);
    expect(statusOf('cn-northwest-1', '200000000000')).toBe('Enabled');
  });
});
