import { describe, expect, it } from 'vitest';
import { applyRegionPlan, batchesInFlightPerRegion, chunk, plannedOutcome, type ApplyOptions } from '../../src/apply/region-run.js';
import { SharedOutcomes } from '../../src/apply/shared-outcomes.js';
import { failedOutcome, lookAtRegion } from '../../src/look/region.js';
import type { AccountResult, AdministratorGateway } from '../../src/aws/administrator-gateway.js';
import { AwsCallError, HubNotEnabledError } from '../../src/aws/errors.js';
import {
  normalizeMemberStatus,
  steps,
  type Account,
  type AccountOutcome,
  type AccountPlan,
  type Member,
  type RegionOutcome,
  type RegionResult,
} from '../../src/model.js';
import { collectOutputs } from '../../src/report/outputs.js';
import { planRegion, SharedPlans } from '../../src/plan.js';

/** An in-memory Security Hub for one Region that records every call. */
class FakeGateway implements AdministratorGateway {
  readonly calls: { operation: string; ids: string[] }[] = [];
  readonly members = new Map<string, string>();
  organization = new Set<string>();
  rejectOnCreate = new Map<string, string>();
  rejectOnInvite = new Map<string, string>();
  failing = new Map<string, Error>();
  hubEnabled = true;
  /** GetMembers answers without these accounts this many times (eventual consistency). */
  invisibleReads = 0;

  constructor(readonly region = 'us-east-1') {}

  private record(operation: string, ids: string[]) {
    this.calls.push({ operation, ids });
    const failure = this.failing.get(operation);
    if (failure) throw failure;
  }

  async describeHub() {
    this.record('DescribeHub', []);
    if (!this.hubEnabled) throw new HubNotEnabledError('DescribeHub', this.region, 'InvalidAccessException', 'not subscribed', 401);
  }

  async listMembers(): Promise<Member[]> {
    this.record('ListMembers', []);
    return [...this.members].map(([accountId, rawStatus]) => ({ accountId, rawStatus, status: normalizeMemberStatus(rawStatus) }));
  }

  async getMembers(ids: string[]) {
    this.record('GetMembers', ids);
    if (this.invisibleReads > 0) {
      this.invisibleReads -= 1;
      return { members: [], unprocessed: [] };
    }
    const members = ids
      .filter((id) => this.members.has(id))
      .map((id) => {
        const rawStatus = this.members.get(id)!;
        return { accountId: id, rawStatus, status: normalizeMemberStatus(rawStatus) };
      });
    return { members, unprocessed: [] };
  }

  async createMembers(accounts: { accountId: string }[]): Promise<AccountResult[]> {
    this.record(
      'CreateMembers',
      accounts.map((a) => a.accountId),
    );
    const rejected: AccountResult[] = [];
    for (const { accountId } of accounts) {
      const reason = this.rejectOnCreate.get(accountId);
      if (reason) rejected.push({ accountId, processingResult: reason });
      else this.members.set(accountId, this.organization.has(accountId) ? 'Enabled' : 'Created');
    }
    return rejected;
  }

  async inviteMembers(ids: string[]): Promise<AccountResult[]> {
    this.record('InviteMembers', ids);
    const rejected: AccountResult[] = [];
    for (const id of ids) {
      const reason = this.rejectOnInvite.get(id);
      if (reason) rejected.push({ accountId: id, processingResult: reason });
      else this.members.set(id, 'Invited');
    }
    return rejected;
  }

  async disassociateMembers(ids: string[]) {
    this.record('DisassociateMembers', ids);
    for (const id of ids) this.members.set(id, 'Removed');
  }

  async deleteMembers(ids: string[]): Promise<AccountResult[]> {
    this.record('DeleteMembers', ids);
    for (const id of ids) this.members.delete(id);
    return [];
  }

  count(operation: string) {
    return this.calls.filter((call) => call.operation === operation).length;
  }
}

const ids = (count: number, start = 100000000000) => Array.from({ length: count }, (_, i) => String(start + i));
const accounts = (list: string[]): Account[] => list.map((accountId) => ({ accountId, origin: { kind: 'input' } }));
type Options = ApplyOptions & { mode: 'plan' | 'apply' };
const options = (overrides: Partial<Options> = {}): Options => ({
  mode: 'apply',
  invite: true,
  readBack: { attempts: 3, firstDelayMs: 1 },
  log: () => {},
  ...overrides,
});

/** Look, plan, apply: what the action does in one Region. */
async function onboardRegion(gateway: FakeGateway, desired: Account[], opts: Options): Promise<RegionOutcome> {
  const view = await lookAtRegion(gateway, '111111111111');
  if ('failure' in view) return failedOutcome(view.region, view.failure, desired);
  const plan = planRegion(view.region, desired, view.members, {
    invite: opts.invite,
    reinvite: false,
    staleInviteDays: 0,
    removeAbsent: false,
    now: new Date(),
  });
  return opts.mode === 'plan' ? plannedOutcome(plan) : applyRegionPlan(gateway, plan, opts);
}

/** The same, for a Region that is looked at. */
async function onboardLookedRegion(gateway: FakeGateway, desired: Account[], opts: Options): Promise<RegionResult> {
  const outcome = await onboardRegion(gateway, desired, opts);
  if (outcome.failure) throw new Error(`${outcome.region} failed: ${outcome.failure.message}`);
  return outcome;
}

describe('onboardRegion', () => {
  it('creates, reads back and invites new invitation accounts', async () => {
    const gateway = new FakeGateway();
    const outcome = await onboardLookedRegion(gateway, accounts(['000000000001', '000000000002']), options());
    expect(gateway.calls.map((c) => c.operation)).toEqual(['DescribeHub', 'ListMembers', 'CreateMembers', 'GetMembers', 'InviteMembers']);
    expect(outcome.accounts.map((a) => [a.accountId, a.done])).toEqual([
      ['000000000001', ['create', 'invite']],
      ['000000000002', ['create', 'invite']],
    ]);
    expect(gateway.members.get('000000000001')).toBe('Invited');
  });

  it('invites organization accounts never: they are Enabled once created', async () => {
    const gateway = new FakeGateway();
    gateway.organization = new Set(['000000000001']);
    const outcome = await onboardLookedRegion(gateway, accounts(['000000000001', '000000000002']), options());
    const invited = gateway.calls.filter((c) => c.operation === 'InviteMembers').flatMap((c) => c.ids);
    expect(invited).toEqual(['000000000002']);
    expect(outcome.accounts[0]).toMatchObject({ done: ['create'], after: 'Enabled' });
  });

  it('batches by 50 and makes the fewest calls', async () => {
    const gateway = new FakeGateway();
    await onboardRegion(gateway, accounts(ids(120)), options());
    expect(gateway.count('CreateMembers')).toBe(3);
    expect(gateway.count('GetMembers')).toBe(3);
    expect(gateway.count('InviteMembers')).toBe(3);
    expect(Math.max(...gateway.calls.map((c) => c.ids.length))).toBe(50);
    expect(gateway.members.size).toBe(120);
  });

  it('makes no write call when everything is done already', async () => {
    const gateway = new FakeGateway();
    for (const id of ids(3)) gateway.members.set(id, 'Enabled');
    const outcome = await onboardLookedRegion(gateway, accounts(ids(3)), options());
    expect(gateway.calls.map((c) => c.operation)).toEqual(['DescribeHub', 'ListMembers']);
    expect(outcome.accounts.every((a) => a.action === 'skip')).toBe(true);
  });

  it('invites members left in Created by an earlier run, without creating them again', async () => {
    const gateway = new FakeGateway();
    gateway.members.set('000000000001', 'CREATED');
    const outcome = await onboardLookedRegion(gateway, accounts(['000000000001']), options());
    expect(gateway.count('CreateMembers')).toBe(0);
    expect(gateway.calls.at(-1)).toEqual({ operation: 'InviteMembers', ids: ['000000000001'] });
    expect(outcome.accounts[0]).toMatchObject({ done: ['invite'] });
  });

  it('reports accounts AWS did not create, verbatim, and does not invite them', async () => {
    const gateway = new FakeGateway();
    gateway.rejectOnCreate.set('000000000002', 'The request is rejected because <b>reasons</b>.');
    const outcome = await onboardLookedRegion(gateway, accounts(['000000000001', '000000000002']), options());
    expect(outcome.accounts[1]!.unprocessed).toEqual({
      operation: 'CreateMembers',
      processingResult: 'The request is rejected because <b>reasons</b>.',
    });
    expect(gateway.calls.filter((c) => c.operation === 'InviteMembers').flatMap((c) => c.ids)).toEqual(['000000000001']);
  });

  it('reports accounts AWS did not invite', async () => {
    const gateway = new FakeGateway();
    gateway.rejectOnInvite.set('000000000001', 'Not allowed');
    const outcome = await onboardLookedRegion(gateway, accounts(['000000000001']), options());
    expect(outcome.accounts[0]).toMatchObject({
      done: ['create'],
      unprocessed: { operation: 'InviteMembers', processingResult: 'Not allowed' },
    });
  });

  it('reads back again while new members are not yet visible', async () => {
    const gateway = new FakeGateway();
    gateway.invisibleReads = 2;
    const outcome = await onboardLookedRegion(gateway, accounts(['000000000001']), options());
    expect(gateway.count('GetMembers')).toBe(3);
    expect(outcome.accounts[0]).toMatchObject({ done: ['create', 'invite'] });
  });

  it('gives up reading back after the bounded attempts and reports the account', async () => {
    const gateway = new FakeGateway();
    gateway.invisibleReads = 99;
    const outcome = await onboardLookedRegion(gateway, accounts(['000000000001']), options());
    expect(gateway.count('GetMembers')).toBe(3);
    expect(gateway.count('InviteMembers')).toBe(0);
    expect(outcome.accounts[0]!.unprocessed?.operation).toBe('GetMembers');
    expect(outcome.accounts[0]!.done).toEqual(['create']);
  });

  it('reports every account of a batch whose call failed, and goes on with the others', async () => {
    const gateway = new FakeGateway();
    gateway.failing.set('InviteMembers', new AwsCallError('InviteMembers', 'us-east-1', 'InternalException', 'boom', 500));
    const outcome = await onboardLookedRegion(gateway, accounts(ids(2)), options());
    expect(outcome.accounts.map((a) => a.unprocessed)).toEqual([
      { operation: 'InviteMembers', processingResult: 'InternalException: boom' },
      { operation: 'InviteMembers', processingResult: 'InternalException: boom' },
    ]);
    expect(outcome.accounts.every((a) => a.done.includes('create'))).toBe(true);
  });

  it('fails the whole Region when Security Hub is not enabled there, naming the fix', async () => {
    const gateway = new FakeGateway('eu-west-1');
    gateway.hubEnabled = false;
    const outcome = await onboardRegion(gateway, accounts(['000000000001']), options());
    expect(outcome.failure?.operation).toBe('DescribeHub');
    expect(outcome.failure?.message).toMatch(/not enabled for the administrator account 111111111111 in eu-west-1/);
    expect(outcome).toMatchObject({ notLookedAt: [{ accountId: '000000000001' }] });
    expect([...collectOutputs('apply', [outcome]).unprocessed]).toMatchObject([{ accountId: '000000000001', operation: 'DescribeHub' }]);
    expect(gateway.calls.map((c) => c.operation)).toEqual(['DescribeHub']);
  });

  it('fails the whole Region when ListMembers fails', async () => {
    const gateway = new FakeGateway();
    const denial = 'User: arn:aws:sts::111111111111:assumed-role/r/s is not authorized to perform: securityhub:ListMembers';
    gateway.failing.set('ListMembers', new AwsCallError('ListMembers', 'us-east-1', 'AccessDeniedException', denial, 403));
    const outcome = await onboardRegion(gateway, accounts(['000000000001']), options());
    expect(outcome.failure).toEqual({
      operation: 'ListMembers',
      message: `AccessDeniedException: ${denial}. The role needs securityhub:ListMembers (see examples/iam/ for the plan and apply policies).`,
    });
  });

  it('names no permission for an AccessDeniedException that is not IAM denying the call', async () => {
    const gateway = new FakeGateway();
    gateway.failing.set(
      'ListMembers',
      new AwsCallError('ListMembers', 'us-east-1', 'AccessDeniedException', 'The request is rejected since no such resource found.', 403),
    );
    const outcome = await onboardRegion(gateway, accounts(['000000000001']), options());
    expect(outcome.failure?.message).toBe('AccessDeniedException: The request is rejected since no such resource found.');
  });

  it('says the Region is not enabled for the administrator when Security Hub does not know the credentials there', async () => {
    const gateway = new FakeGateway('ap-east-2');
    gateway.failing.set(
      'DescribeHub',
      new AwsCallError(
        'DescribeHub',
        'ap-east-2',
        'UnrecognizedClientException',
        'The security token included in the request is invalid',
        403,
      ),
    );
    const outcome = await onboardRegion(gateway, accounts(['000000000001']), options());
    expect(outcome.failure?.message).toMatch(/^Region ap-east-2 is not enabled for account 111111111111 \(opt-in Region\)/);
    expect([...collectOutputs('apply', [outcome]).unprocessed][0]?.processingResult).toBe(outcome.failure?.message);
  });

  it('in plan mode, looks but writes nothing', async () => {
    const gateway = new FakeGateway();
    gateway.members.set('000000000002', 'Created');
    const outcome = await onboardLookedRegion(gateway, accounts(['000000000001', '000000000002']), options({ mode: 'plan' }));
    expect(gateway.calls.map((c) => c.operation)).toEqual(['DescribeHub', 'ListMembers']);
    expect(outcome.accounts.map((a) => a.action)).toEqual(['create', 'invite']);
  });

  it('with invite off, creates and neither reads back nor invites', async () => {
    const gateway = new FakeGateway();
    await onboardRegion(gateway, accounts(['000000000001']), options({ invite: false }));
    expect(gateway.calls.map((c) => c.operation)).toEqual(['DescribeHub', 'ListMembers', 'CreateMembers']);
  });
});

describe('unprocessed entries AWS does not tie to the batch', () => {
  it('reports the whole batch when an entry names no account of it, so nothing counts as done', async () => {
    const gateway = new FakeGateway();
    gateway.inviteMembers = async (ids: string[]) => {
      gateway.calls.push({ operation: 'InviteMembers', ids });
      return [{ accountId: '', processingResult: 'Something failed.' }];
    };
    const outcome = await onboardLookedRegion(gateway, accounts(['000000000001', '000000000002']), options());
    expect(outcome.accounts.map((account) => [account.done.includes('invite'), account.unprocessed?.operation])).toEqual([
      [false, 'InviteMembers'],
      [false, 'InviteMembers'],
    ]);
    expect(outcome.accounts[0]!.unprocessed?.processingResult).toContain('Something failed.');
  });
});

describe('batches in flight', () => {
  it('shares one budget across Regions: 30 per Region while few share it, never under 10', () => {
    expect([1, 2, 4, 5, 6, 12, 13, 17, 30].map((regions) => [regions, batchesInFlightPerRegion(regions)])).toEqual([
      [1, 30],
      [2, 30],
      [4, 30],
      [5, 24],
      [6, 20],
      [12, 10],
      [13, 10],
      [17, 10],
      [30, 10],
    ]);
  });

  it('never has more batches of a Region in flight than its share, and still does every batch', async () => {
    let inFlight = 0;
    let most = 0;
    const gateway = new FakeGateway();
    const createMembers = gateway.createMembers.bind(gateway);
    gateway.createMembers = async (batch) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      return createMembers(batch);
    };
    const desired = accounts(ids(50 * 12));
    const plan = planRegion('us-east-1', desired, [], {
      invite: true,
      reinvite: false,
      staleInviteDays: 0,
      removeAbsent: false,
      now: new Date(),
    });
    const outcome = await applyRegionPlan(gateway, plan, {
      invite: true,
      log: () => undefined,
      readBack: { attempts: 1, firstDelayMs: 1 },
      batchesInFlight: 3,
    });
    expect(most).toBe(3);
    expect(outcome.accounts.filter((account) => account.done.join() === 'create,invite')).toHaveLength(600);
    // Outcomes that did the same steps hold one shared list, not an array each.
    expect(new Set(outcome.accounts.map((account) => account.done)).size).toBe(1);
  });
});

describe('outcomes shared across Regions', () => {
  const planFor = (region: string, desired: Account[], members: Member[] = []) =>
    planRegion(region, desired, members, { invite: true, reinvite: false, staleInviteDays: 0, removeAbsent: false, now: new Date() });

  it('are one object for an account that fared the same in every Region, and its own where it fared otherwise', async () => {
    const shared = new SharedOutcomes();
    const desired = accounts(ids(120));
    const regions = ['us-east-1', 'eu-west-1', 'ap-south-1'];
    const gateways = regions.map((region) => new FakeGateway(region));
    gateways[1]!.rejectOnInvite.set(ids(1, 100000000007)[0]!, 'Not allowed in eu-west-1');
    const outcomes = await Promise.all(
      gateways.map((gateway) => applyRegionPlan(gateway, planFor(gateway.region, desired), { ...options(), shared })),
    );
    for (const outcome of outcomes) {
      expect(outcome.accounts.map((account) => account.accountId)).toEqual(ids(120));
    }
    const failed = outcomes[1]!.accounts[7]!;
    expect(failed).toMatchObject({
      done: ['create'],
      unprocessed: { operation: 'InviteMembers', processingResult: 'Not allowed in eu-west-1' },
    });
    expect(outcomes[0]!.accounts[7]).toMatchObject({ done: ['create', 'invite'], after: 'Created' });
    expect(outcomes[0]!.accounts[7]).not.toHaveProperty('unprocessed');
    expect(outcomes[0]!.accounts[7]).toBe(outcomes[2]!.accounts[7]);
    for (let index = 0; index < 120; index++) {
      if (index === 7) continue;
      expect(outcomes[1]!.accounts[index]).toBe(outcomes[0]!.accounts[index]);
      expect(outcomes[2]!.accounts[index]).toBe(outcomes[0]!.accounts[index]);
    }
    expect(outcomes[0]!.accounts[0]).toEqual({
      accountId: '100000000000',
      listed: true,
      before: 'None',
      action: 'create',
      done: ['create', 'invite'],
      after: 'Created',
    });
    // Shared outcomes cannot be changed by one Region for the others.
    expect(Object.isFrozen(outcomes[0]!.accounts[0])).toBe(true);
    const outputs = collectOutputs('apply', outcomes);
    expect(outputs.invited.length).toBe(3 * 120 - 1);
    expect([...outputs.unprocessed]).toEqual([
      { accountId: '100000000007', region: 'eu-west-1', operation: 'InviteMembers', processingResult: 'Not allowed in eu-west-1' },
    ]);
  });

  it('are shared in plan mode too, and where the plans differ each Region keeps its own', () => {
    const shared = new SharedOutcomes();
    const desired = accounts(ids(3));
    const enabled: Member = { accountId: ids(1)[0]!, rawStatus: 'Enabled', status: 'Enabled' };
    const east = plannedOutcome(planFor('us-east-1', desired), shared);
    const west = plannedOutcome(planFor('eu-west-1', desired, [enabled]), shared);
    expect(east.accounts[0]).toMatchObject({ action: 'create', before: 'None' });
    expect(west.accounts[0]).toMatchObject({ action: 'skip', before: 'Enabled' });
    expect(west.accounts[1]).toBe(east.accounts[1]);
    expect(west.accounts[2]).toBe(east.accounts[2]);
  });
});

describe('SharedOutcomes', () => {
  const outcome = (fields: Partial<AccountOutcome> = {}): AccountOutcome => ({
    accountId: '100000000000',
    listed: true,
    before: 'None',
    action: 'create',
    done: steps('create', 'invite'),
    after: 'Created',
    ...fields,
  });

  it('gives the first outcome of its kind back frozen, and an equal one later as that first one', () => {
    const shared = new SharedOutcomes();
    const first = outcome();
    expect(shared.share(first)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(shared.share(outcome())).toBe(first);
  });

  it('tells apart outcomes that differ in any field, a nested one, a missing one or the account', () => {
    const shared = new SharedOutcomes();
    const first = shared.share(outcome({ unprocessed: { operation: 'InviteMembers', processingResult: 'a' } }));
    const different = [
      outcome({ unprocessed: { operation: 'InviteMembers', processingResult: 'b' } }),
      outcome({ unprocessed: { operation: 'GetMembers', processingResult: 'a' } }),
      outcome(),
      outcome({ unprocessed: { operation: 'InviteMembers', processingResult: 'a' }, after: 'Enabled' }),
      outcome({ unprocessed: { operation: 'InviteMembers', processingResult: 'a' }, done: steps('create') }),
      outcome({ unprocessed: { operation: 'InviteMembers', processingResult: 'a' }, accountId: '100000000001' }),
      outcome({ unprocessed: { operation: 'InviteMembers', processingResult: 'a' }, memberSide: 'Accepted' }),
    ];
    for (const other of different) expect(shared.share(other)).toBe(other);
    expect(shared.share(outcome({ unprocessed: { operation: 'InviteMembers', processingResult: 'a' } }))).toBe(first);
  });

  it('makes the planned outcome of a frozen plan once, and of any other plan each time, shared by value', () => {
    const shared = new SharedOutcomes();
    const frozen = Object.freeze({ accountId: '100000000000', listed: true, before: 'None', action: 'create' } as const);
    let made = 0;
    const make = (plan: AccountPlan): AccountOutcome => {
      made += 1;
      return { accountId: plan.accountId, listed: plan.listed, before: plan.before, action: plan.action, done: steps(), after: undefined };
    };
    const first = shared.planned(frozen, make);
    expect(shared.planned(frozen, make)).toBe(first);
    expect(made).toBe(1);
    const open = { accountId: '100000000000', listed: true, before: 'None', action: 'create' } as const;
    expect(shared.planned(open, make)).toBe(first);
    expect(shared.planned(open, make)).toBe(first);
    expect(made).toBe(3);
  });

  it('gives two Regions planned from shared plans the same outcome objects, and each its own where they differ', () => {
    const plans = new SharedPlans();
    const shared = new SharedOutcomes();
    const listed = ['100000000000', '100000000001'].map((accountId) => ({ accountId, origin: { kind: 'input' as const } }));
    const options = { invite: true, reinvite: false, removeAbsent: false, now: new Date(0), shared: plans };
    const east = plannedOutcome(planRegion('us-east-1', listed, [], options), shared);
    const west = plannedOutcome(
      planRegion('eu-west-1', listed, [{ accountId: '100000000001', status: 'Enabled', rawStatus: 'Enabled' }], options),
      shared,
    );
    expect(west.accounts[0]).toBe(east.accounts[0]);
    expect(west.accounts[1]).not.toBe(east.accounts[1]);
    expect(west.accounts[1]).toMatchObject({ before: 'Enabled', action: 'skip' });
    expect(east.accounts[1]).toMatchObject({ before: 'None', action: 'create' });
  });

  it('holds a field set to undefined apart from one not set: the two are not the same shape', () => {
    const shared = new SharedOutcomes();
    const withAfter = shared.share(outcome({ after: undefined }));
    const { after: _after, ...withoutAfter } = outcome();
    expect(shared.share(withoutAfter)).not.toBe(withAfter);
  });
});

describe('chunk', () => {
  it('splits into batches of at most the size, in order', () => {
    const items = Array.from({ length: 101 }, (_, i) => i);
    const batches = chunk(items, 50);
    expect(batches.map((b) => b.length)).toEqual([50, 50, 1]);
    expect(batches.flat()).toEqual(items);
    expect(chunk([], 50)).toEqual([]);
  });
});
