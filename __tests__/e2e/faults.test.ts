// The bundled action against an AWS side that misbehaves: throttling, 5xx, reset and hung
// connections, OIDC and STS failures, a killed process, the invitation cap and a slow Region.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import type { Fault, Scenario } from '../../emulator/scenario.js';
import { ADMIN, ROLE, batchesOf, ids, onboard, regionGroup } from './harness.js';

type Unprocessed = { accountId: string; region: string; operation: string; processingResult: string };

const REGIONS = ['us-east-1', 'eu-west-1'];
const HUB_OPERATIONS = ['DescribeHub', 'ListMembers', 'CreateMembers', 'GetMembers', 'InviteMembers'];
/** A hung request gives up after this long (the production default is 10 s), so a stuck Region costs about a second. */
const SHORT_REQUEST_TIMEOUT = { SECURITYHUB_ONBOARD_REQUEST_TIMEOUT_MS: '400' };

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator?.close();
});
const use = (scenario: Scenario) => emulator.reset(scenario);
const statusesIn = (region: string) => new Set(emulator.members(ADMIN, region).map((member) => member.MemberStatus));
const countIn = (region: string, status: string) =>
  emulator.members(ADMIN, region).filter((member) => member.MemberStatus === status).length;
const answered = (status: number) => emulator.calls.filter((call) => call.status === status).length;
const reportedThrottles = (stdout: string) => Number(/throttled and retried: (\d+)/.exec(stdout)?.[1] ?? NaN);
const everyRegion = (fault: Omit<Fault, 'region'>): Fault[] => REGIONS.map((region) => ({ ...fault, region }));

describe('the bundled action when AWS misbehaves', () => {
  beforeEach(() => use({}));

  it('rides out a throttling storm in two Regions: nothing unprocessed, every 429 retried and counted', async () => {
    // About half of the calls of every operation answer 429 until each (operation, Region) has
    // thrown 3: fewer than the 8 attempts a throttled call gets, so no call can run out of them.
    // GetMembers is throttled with a rate-limit LimitExceededException, which must stay retried.
    use({
      faults: HUB_OPERATIONS.flatMap((operation) =>
        everyRegion({
          operation,
          status: 429,
          ...(operation === 'GetMembers'
            ? { errorType: 'LimitExceededException', message: 'Rate exceeded' }
            : { errorType: 'TooManyRequestsException', message: 'Too Many Requests' }),
          probability: 0.5,
          times: 3,
        }),
      ),
    });
    const accounts = ids(150);
    const result = await onboard(emulator, { 'account-ids': accounts.join(' '), regions: REGIONS.join(' ') });

    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['unprocessed-count']).toBe('0');
    expect(result.json<unknown[]>('invited-accounts')).toHaveLength(300);
    for (const region of REGIONS) {
      expect(countIn(region, 'Invited'), region).toBe(150);
      expect(batchesOf(emulator, 'CreateMembers', region).flat().sort(), region).toEqual(expect.arrayContaining(accounts));
    }
    const throttled = answered(429);
    expect(throttled).toBeGreaterThan(0);
    expect(reportedThrottles(result.stdout)).toBe(throttled);
  });

  describe('5xx answers', () => {
    it('retries bursts of InternalException on every operation, STS included, and processes every account', async () => {
      use({
        faults: [
          ...HUB_OPERATIONS.map((operation): Fault => ({ operation, times: 2 })),
          { operation: 'AssumeRoleWithWebIdentity', times: 1 },
        ],
      });
      const result = await onboard(emulator, { 'account-ids': ids(60).join(' '), regions: REGIONS.join(' ') });

      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.outputs['unprocessed-count']).toBe('0');
      for (const region of REGIONS) expect(countIn(region, 'Invited'), region).toBe(60);
      expect(answered(500)).toBe(HUB_OPERATIONS.length * 2 + 1);
      // Server errors are retried, but they are not throttling.
      expect(reportedThrottles(result.stdout)).toBe(0);
    });

    it('reports the accounts of an operation that keeps failing in one Region, finishes the other, and fails', async () => {
      use({ faults: [{ operation: 'InviteMembers', region: 'eu-west-1', message: 'Internal failure' }] });
      const accounts = ids(60);
      const result = await onboard(emulator, { 'account-ids': accounts.join(' '), regions: REGIONS.join(' ') });

      expect(result.exitCode).toBe(1);
      expect(countIn('us-east-1', 'Invited')).toBe(60);
      expect(statusesIn('eu-west-1')).toEqual(new Set(['Created']));
      const unprocessed = result.json<Unprocessed[]>('unprocessed-accounts');
      expect(unprocessed.map((entry) => entry.accountId).sort()).toEqual(accounts);
      expect(
        new Set(unprocessed.map(({ region, operation, processingResult }) => JSON.stringify({ region, operation, processingResult }))),
      ).toEqual(
        new Set([
          JSON.stringify({ region: 'eu-west-1', operation: 'InviteMembers', processingResult: 'InternalException: Internal failure' }),
        ]),
      );
      // Two batches, each tried 4 times: a server error is retried, but not for minutes.
      expect(emulator.callsTo('InviteMembers', 'eu-west-1')).toHaveLength(2 * 4);
      expect(regionGroup(result.stdout, 'eu-west-1').title).toBe('eu-west-1: 60 account(s) not processed');
      expect(regionGroup(result.stdout, 'us-east-1').title).toBe('us-east-1: done');
    });
  });

  describe('connections', () => {
    it('retries connections reset by the server', async () => {
      use({ faults: HUB_OPERATIONS.map((operation): Fault => ({ operation, kind: 'reset', times: 2 })) });
      const result = await onboard(emulator, { 'account-ids': ids(3).join(' '), regions: REGIONS.join(' ') });

      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.outputs['unprocessed-count']).toBe('0');
      for (const region of REGIONS) expect(statusesIn(region), region).toEqual(new Set(['Invited']));
      expect(emulator.calls.filter((call) => call.fault === 'reset')).toHaveLength(HUB_OPERATIONS.length * 2);
    });

    it('gives up on a Region that stops answering after a bounded time, and prints the finished Region first', async () => {
      // eu-west-1 (listed first, so STS is called there too) is looked at, then never answers again.
      use({
        faults: ['CreateMembers', 'GetMembers', 'InviteMembers'].map((operation): Fault => ({
          operation,
          region: 'eu-west-1',
          kind: 'hang',
        })),
      });
      const accounts = ids(3);
      const result = await onboard(
        emulator,
        { 'account-ids': accounts.join(' '), regions: 'eu-west-1 us-east-1' },
        { env: SHORT_REQUEST_TIMEOUT },
      );

      expect(result.timedOut).toBe(false);
      expect(result.durationMs).toBeLessThan(15_000);
      expect(result.exitCode).toBe(1);
      expect(statusesIn('us-east-1')).toEqual(new Set(['Invited']));
      const unprocessed = result.json<Unprocessed[]>('unprocessed-accounts');
      expect(unprocessed.map((entry) => entry.accountId).sort()).toEqual(accounts);
      for (const entry of unprocessed) {
        expect(entry).toMatchObject({
          region: 'eu-west-1',
          operation: 'CreateMembers',
          processingResult: expect.stringMatching(/^TimeoutError: .*400 ms/),
        });
      }
      // A timed-out request is tried twice, not 8 times.
      expect(emulator.callsTo('CreateMembers', 'eu-west-1')).toMatchObject([{ fault: 'hang' }, { fault: 'hang' }]);
      const fast = regionGroup(result.stdout, 'us-east-1');
      const stuck = regionGroup(result.stdout, 'eu-west-1');
      expect(fast.end).toBeGreaterThan(fast.start);
      expect(fast.end).toBeLessThan(stuck.start);
      expect(stuck.title).toBe('eu-west-1: 3 account(s) not processed');
      expect(stuck.lines.join('\n')).toMatch(/CreateMembers batch 1\/1: 3 account\(s\) not processed: TimeoutError/);
    });

    it('fails a Region whose every call hangs, within a bounded time, and finishes the others', async () => {
      use({ faults: [{ operation: '*', region: 'eu-west-1', kind: 'hang' }] });
      const result = await onboard(
        emulator,
        { 'account-ids': ids(3).join(' '), regions: REGIONS.join(' ') },
        { env: SHORT_REQUEST_TIMEOUT },
      );

      expect(result.timedOut).toBe(false);
      expect(result.durationMs).toBeLessThan(15_000);
      expect(result.exitCode).toBe(1);
      expect(statusesIn('us-east-1')).toEqual(new Set(['Invited']));
      expect(emulator.callsTo('DescribeHub', 'eu-west-1')).toHaveLength(2);
      expect(result.json<Unprocessed[]>('unprocessed-accounts')).toEqual(
        ids(3).map((accountId) => ({
          accountId,
          region: 'eu-west-1',
          operation: 'DescribeHub',
          processingResult: expect.stringMatching(/^TimeoutError: /),
        })),
      );
      expect(result.stdout).toMatch(/::error::eu-west-1: TimeoutError: /);
    });
  });

  describe('credentials', () => {
    it('retries the GitHub OIDC token endpoint when it fails once with a 500', async () => {
      use({ faults: [{ operation: 'OIDC', times: 1 }] });
      const result = await onboard(emulator, { 'account-ids': ids(1).join(' '), regions: 'us-east-1' });

      expect(result.exitCode, result.stdout).toBe(0);
      expect(emulator.callsTo('OIDC').map((call) => call.status)).toEqual([500, 200]);
      expect(emulator.callsTo('AssumeRoleWithWebIdentity').map((call) => call.status)).toEqual([200]);
      expect(statusesIn('us-east-1')).toEqual(new Set(['Invited']));
    });

    it('retries STS IDPCommunicationError, a 400 the SDK does not retry by itself', async () => {
      const message =
        "Couldn't retrieve verification key from your identity provider, please reference AssumeRoleWithWebIdentity documentation for help";
      use({ faults: [{ operation: 'AssumeRoleWithWebIdentity', status: 400, errorType: 'IDPCommunicationError', message, times: 1 }] });
      const result = await onboard(emulator, { 'account-ids': ids(1).join(' '), regions: 'us-east-1' });

      expect(result.exitCode, result.stdout).toBe(0);
      expect(emulator.callsTo('AssumeRoleWithWebIdentity').map((call) => call.status)).toEqual([400, 200]);
      expect(statusesIn('us-east-1')).toEqual(new Set(['Invited']));
    });

    it.each<[string, Scenario, RegExp]>([
      [
        'InvalidIdentityToken',
        {
          faults: [
            { operation: 'AssumeRoleWithWebIdentity', status: 400, errorType: 'InvalidIdentityToken', message: 'Incorrect token audience' },
          ],
        },
        /InvalidIdentityTokenException: Incorrect token audience/,
      ],
      [
        'AccessDenied',
        { roles: { [ROLE]: { subjectPattern: 'repo:someone-else/*' } } },
        /AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity/,
      ],
    ])('does not retry %s, and says to check the trust policy', async (_name, scenario, reason) => {
      use(scenario);
      const result = await onboard(emulator, { 'account-ids': ids(1).join(' '), regions: 'us-east-1' });

      expect(result.exitCode).toBe(1);
      expect(emulator.callsTo('AssumeRoleWithWebIdentity')).toHaveLength(1);
      expect(result.stdout).toMatch(new RegExp(`::error::Could not assume role ${ROLE.replace(/[/]/g, '\\/')} with GitHub OIDC: `));
      expect(result.stdout).toMatch(reason);
      expect(result.stdout).toContain("its 'sub' condition must match this repository and event");
      expect(emulator.calls.filter((call) => call.service === 'securityhub')).toEqual([]);
    });
  });

  it('loses nothing when the process is killed between CreateMembers and InviteMembers: the next run invites', async () => {
    use({ faults: [{ operation: 'InviteMembers', kind: 'hang', times: 2 }] });
    const accounts = ids(60);
    const inputs = { 'account-ids': accounts.join(' '), regions: 'us-east-1' };
    const killed = await onboard(emulator, inputs, { timeoutMs: 4_000 });

    expect(killed.timedOut).toBe(true);
    expect(killed.exitCode).toBeNull();
    // Both batches were created and read back, and both invitations were in flight when the process died.
    expect(batchesOf(emulator, 'CreateMembers').flat().sort()).toEqual(accounts);
    expect(emulator.callsTo('InviteMembers')).toMatchObject([{ fault: 'hang' }, { fault: 'hang' }]);
    expect(statusesIn('us-east-1')).toEqual(new Set(['Created']));

    const before = emulator.calls.length;
    const resumed = await onboard(emulator, inputs);
    const calls = emulator.calls.slice(before);

    expect(resumed.exitCode, resumed.stdout).toBe(0);
    expect(calls.filter((call) => call.operation === 'CreateMembers')).toEqual([]);
    expect(
      calls
        .filter((call) => call.operation === 'InviteMembers')
        .flatMap((call) => (call.params as { AccountIds: string[] }).AccountIds)
        .sort(),
    ).toEqual(accounts);
    expect(resumed.json<unknown[]>('invited-accounts')).toHaveLength(60);
    expect(resumed.outputs['created-accounts']).toBe('[]');
    expect(statusesIn('us-east-1')).toEqual(new Set(['Invited']));
    expect(countIn('us-east-1', 'Invited')).toBe(60);
  });

  it('reports the invitation cap once per Region, naming the limit, without retrying it', async () => {
    use({ invitationLimit: 3 });
    const accounts = ids(5);
    const result = await onboard(emulator, { 'account-ids': accounts.join(' '), regions: REGIONS.join(' ') });

    expect(result.exitCode).toBe(1);
    expect(result.durationMs).toBeLessThan(10_000);
    const cap =
      /LimitExceededException: .*limit of 3 invitation-based member accounts.* This is the cap on invitation-based member accounts .* not retried/;
    for (const region of REGIONS) {
      // Each call one attempt (the SDK alone would retry it 7 times with throttling backoff); the
      // refused batch is split in halves to find the 3 accounts that fit: 5 → 3 + 2 → 1 + 1.
      expect(
        batchesOf(emulator, 'CreateMembers', region).map((batch) => batch.length),
        region,
      ).toEqual([5, 3, 2, 1, 1]);
      const annotations = result.stdout.split('\n').filter((line) => line.startsWith(`::warning::${region}:`) && cap.test(line));
      expect(annotations, region).toHaveLength(1);
      expect(
        regionGroup(result.stdout, region).lines.some((line) => cap.test(line)),
        region,
      ).toBe(true);
      expect(emulator.members(ADMIN, region).map((member) => member.MemberStatus)).toEqual(['Invited', 'Invited', 'Invited']);
    }
    const unprocessed = result.json<Unprocessed[]>('unprocessed-accounts');
    expect(unprocessed).toHaveLength(4);
    for (const entry of unprocessed)
      expect(entry).toMatchObject({ operation: 'CreateMembers', processingResult: expect.stringMatching(cap) });
    expect(reportedThrottles(result.stdout)).toBe(0);
  });

  it('does not hold a fast Region behind a slow one: the fast Region finishes and prints first', async () => {
    use({ regions: { 'eu-west-1': { latencyMs: 300 } } });
    const result = await onboard(emulator, { 'account-ids': ids(3).join(' '), regions: 'eu-west-1 us-east-1' });

    expect(result.exitCode, result.stdout).toBe(0);
    for (const region of REGIONS) expect(statusesIn(region), region).toEqual(new Set(['Invited']));
    const fast = regionGroup(result.stdout, 'us-east-1');
    const slow = regionGroup(result.stdout, 'eu-west-1');
    expect(fast.end).toBeGreaterThan(fast.start);
    expect(fast.end).toBeLessThan(slow.start);
    expect(fast.lines.join('\n')).toMatch(/InviteMembers batch 1\/1: 3 sent, 3 done/);
    // The fast Region had sent its last call before the slow one sent its read-back.
    const fastLast = Math.max(...emulator.calls.filter((call) => call.region === 'us-east-1').map((call) => call.at));
    const [slowGetMembers] = emulator.callsTo('GetMembers', 'eu-west-1');
    expect(fastLast).toBeLessThan(slowGetMembers!.at);
  });
});
