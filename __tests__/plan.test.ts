import { describe, expect, it } from 'vitest';
import { normalizeMemberStatus, type Account, type Member, type MemberStatus } from '../src/model.js';
import {
  guardRemovals,
  holdRemovals,
  partitionAdministrator,
  planRegion,
  plannedRemovals,
  SharedPlans,
  type PlanOptions,
} from '../src/plan.js';

const account = (accountId: string, email?: string): Account => ({ accountId, ...(email ? { email } : {}), origin: { kind: 'input' } });
const member = (accountId: string, rawStatus: string): Member => ({ accountId, rawStatus, status: normalizeMemberStatus(rawStatus) });
const NOW = new Date('2026-11-27T12:00:00Z');
const defaults: PlanOptions = { invite: true, reinvite: false, staleInviteDays: 0, removeAbsent: false, now: NOW };

function planOne(status: string | undefined, invite = true) {
  const members = status === undefined ? [] : [member('111122223333', status)];
  const plan = planRegion('us-east-1', [account('111122223333')], members, { ...defaults, invite });
  expect(plan.accounts).toHaveLength(1);
  return plan.accounts[0]!;
}

describe('plans shared across Regions', () => {
  const listed = [account('111122223333', 'a@example.com'), account('444455556666')];

  it('plans a new account once for every Region where it is new: one frozen plan, equal to the plan made alone', () => {
    const shared = new SharedPlans();
    const east = planRegion('us-east-1', listed, [], { ...defaults, shared });
    const west = planRegion('eu-west-1', listed, [member('444455556666', 'Enabled')], { ...defaults, shared });
    expect(west.accounts[0]).toBe(east.accounts[0]);
    expect(Object.isFrozen(east.accounts[0])).toBe(true);
    expect(east.accounts).toStrictEqual(planRegion('us-east-1', listed, [], defaults).accounts);
    // A member is planned from what it is in that Region, not shared.
    expect(west.accounts[1]).toMatchObject({ action: 'skip', before: 'Enabled' });
    expect(Object.isFrozen(west.accounts[1])).toBe(false);
  });

  it('keeps a plan per kind of account: organization in one Region, invitation where the list does not decide', () => {
    const shared = new SharedPlans();
    const organizationMembers = new Set(['111122223333']);
    const delegated = planRegion('us-east-1', listed, [], { ...defaults, organizationMembers, shared });
    const notDelegated = planRegion('eu-west-1', listed, [], { ...defaults, shared });
    expect(delegated.accounts[0]).toMatchObject({ membership: 'organization' });
    expect(notDelegated.accounts[0]!.membership).toBeUndefined();
    expect(notDelegated.accounts[0]).not.toBe(delegated.accounts[0]);
    expect(planRegion('ap-south-1', listed, [], { ...defaults, organizationMembers, shared }).accounts[0]).toBe(delegated.accounts[0]);
  });

  it('marks a protected account on its own copy, leaving the shared plan as it was', () => {
    const shared = new SharedPlans();
    const plain = planRegion('us-east-1', listed, [], { ...defaults, shared });
    const guarded = planRegion('eu-west-1', listed, [], { ...defaults, protectedAccounts: ['111122223333'], shared });
    expect(guarded.accounts[0]).toMatchObject({ protected: true, action: 'create' });
    expect(plain.accounts[0]!.protected).toBeUndefined();
  });
});

describe('planRegion', () => {
  it('creates accounts that are not members', () => {
    expect(planOne(undefined)).toMatchObject({ action: 'create', before: 'None' });
  });

  it('creates Deleted members again', () => {
    expect(planOne('Deleted')).toMatchObject({ action: 'create', before: 'Deleted' });
  });

  it('invites Created members, unless invite is off', () => {
    expect(planOne('Created')).toMatchObject({ action: 'invite', before: 'Created' });
    expect(planOne('Created', false)).toMatchObject({ action: 'skip', before: 'Created' });
  });

  it.each(['Invited', 'Enabled', 'Associated', 'ENABLED', 'invited'])('leaves %s members alone without a warning', (status) => {
    const plan = planOne(status);
    expect(plan.action).toBe('skip');
    expect(plan.attention).toBeUndefined();
  });

  it.each([
    ['Removed', 'Removed'],
    ['RESIGNED', 'Resigned'],
    ['AccountSuspended', 'AccountSuspended'],
    ['Quarantined', 'Unknown'],
  ] as const)('leaves %s members alone and flags them for attention', (raw, status: MemberStatus) => {
    const plan = planOne(raw);
    expect(plan).toMatchObject({ action: 'skip', before: status, rawStatus: raw });
    expect(plan.attention).toMatch(/\w/);
  });

  it('keeps the order of the desired list and carries emails', () => {
    const plan = planRegion(
      'eu-west-1',
      [account('000000000003', 'c@example.com'), account('000000000001'), account('000000000002')],
      [member('000000000002', 'Enabled'), member('999999999999', 'Enabled')],
      defaults,
    );
    expect(plan.region).toBe('eu-west-1');
    expect(plan.accounts.map((a) => [a.accountId, a.action, a.email, a.listed])).toEqual([
      ['000000000003', 'create', 'c@example.com', true],
      ['000000000001', 'create', undefined, true],
      ['000000000002', 'skip', undefined, true],
      ['999999999999', 'skip', undefined, false],
    ]);
  });

  it('reports members that are not listed as drift and leaves them alone unless remove-absent is on', () => {
    const plan = planRegion('us-east-1', [account('000000000001')], [member('999999999999', 'Created')], defaults);
    expect(plan.accounts.map((a) => [a.accountId, a.listed, a.action])).toEqual([
      ['000000000001', true, 'create'],
      ['999999999999', false, 'skip'],
    ]);
  });
});

describe('partitionAdministrator', () => {
  it('takes the administrator out of the list', () => {
    const { members, administrator } = partitionAdministrator([account('111111111111'), account('222222222222')], '111111111111');
    expect(members.map((a) => a.accountId)).toEqual(['222222222222']);
    expect(administrator?.accountId).toBe('111111111111');
  });

  it('leaves a list without the administrator as it is', () => {
    const result = partitionAdministrator([account('222222222222')], '111111111111');
    expect(result.members).toHaveLength(1);
    expect(result.administrator).toBeUndefined();
  });
});

describe('planRegion with the reconcile options', () => {
  const days = (n: number) => new Date(NOW.getTime() - n * 24 * 60 * 60 * 1000);
  const drift = (accountId: string, rawStatus: string, invitedAt?: Date): Member => ({
    ...member(accountId, rawStatus),
    ...(invitedAt ? { invitedAt } : {}),
  });
  const only = (members: Member[], options: Partial<PlanOptions>) =>
    planRegion('us-east-1', [], members, { ...defaults, ...options }).accounts;
  const listedOne = (m: Member, options: Partial<PlanOptions>) =>
    planRegion('us-east-1', [account(m.accountId)], [m], { ...defaults, ...options }).accounts[0]!;

  it.each(['Removed', 'Resigned'])('re-invites listed invitation-based %s members when reinvite is on, and only then', (status) => {
    const invited = { ...member('000000000001', status), invitedAt: days(90) };
    expect(listedOne(invited, { reinvite: true })).toMatchObject({ action: 'reinvite' });
    expect(listedOne(invited, { reinvite: false })).toMatchObject({ action: 'skip', attention: expect.stringContaining('reinvite: true') });
  });

  it('plans a Removed member for bringing back whatever its kind, since InvitedAt cannot tell (apply tries CreateMembers first)', () => {
    expect(listedOne(member('000000000001', 'Removed'), { reinvite: true })).toMatchObject({ action: 'reinvite', before: 'Removed' });
    expect(listedOne({ ...member('000000000001', 'Removed'), invitedAt: days(3) }, { reinvite: true })).toMatchObject({
      action: 'reinvite',
      before: 'Removed',
    });
    expect(listedOne(member('000000000001', 'Removed'), { reinvite: false }).action).toBe('skip');
  });

  it('never removes an unlisted member whose status it does not know', () => {
    expect(only([drift('000000000001', 'PENDING_SOMETHING', days(3))], { removeAbsent: true })[0]).toMatchObject({
      action: 'skip',
      attention: expect.stringContaining('not removed'),
    });
  });

  it.each(['Created', 'Invited', 'Enabled', 'AccountSuspended', 'Deleted'])('does not re-invite %s members', (status) => {
    expect(listedOne(member('000000000001', status), { reinvite: true }).action).not.toBe('reinvite');
  });

  it('sends the invitation again to members Invited longer than stale-invite-days', () => {
    const stale = { ...member('000000000001', 'Invited'), invitedAt: days(31) };
    const fresh = { ...member('000000000001', 'Invited'), invitedAt: days(29) };
    expect(listedOne(stale, { staleInviteDays: 30 }).action).toBe('reinvite');
    expect(listedOne(fresh, { staleInviteDays: 30 }).action).toBe('skip');
    expect(listedOne(stale, { staleInviteDays: 0 }).action).toBe('skip');
    expect(listedOne(member('000000000001', 'Invited'), { staleInviteDays: 1 }).action).toBe('skip');
  });

  it('with remove-absent, disassociates then deletes unlisted invitation members', () => {
    expect(only([drift('000000000001', 'Enabled', days(100))], { removeAbsent: true })[0]).toMatchObject({
      listed: false,
      action: 'remove',
      removal: { disassociate: true, delete: true },
    });
  });

  it('with remove-absent, only disassociates unlisted organization members (never invited)', () => {
    expect(only([drift('000000000001', 'Enabled')], { removeAbsent: true })[0]).toMatchObject({
      action: 'remove',
      removal: { disassociate: true, delete: false },
    });
  });

  it.each([
    ['Created', undefined],
    ['Invited', days(3)],
    ['Removed', days(3)],
    ['Resigned', days(3)],
  ] as const)('with remove-absent, deletes unlisted %s invitation members without disassociating', (status, invitedAt) => {
    expect(only([drift('000000000001', status, invitedAt)], { removeAbsent: true })[0]).toMatchObject({
      action: 'remove',
      removal: { disassociate: false, delete: true },
    });
  });

  it('leaves an unlisted organization member that is already Removed alone: nothing is left to do', () => {
    expect(only([drift('000000000001', 'Removed')], { removeAbsent: true })[0]).toMatchObject({ action: 'skip', listed: false });
  });

  it('never lists Deleted members as drift', () => {
    expect(only([drift('000000000001', 'Deleted')], { removeAbsent: true })).toEqual([]);
  });

  it('without remove-absent, reports every unlisted member as drift and plans no removal', () => {
    const accounts = only([drift('000000000001', 'Enabled'), drift('000000000002', 'Invited', days(1))], {});
    expect(accounts.map((a) => [a.accountId, a.listed, a.action])).toEqual([
      ['000000000001', false, 'skip'],
      ['000000000002', false, 'skip'],
    ]);
  });
});

describe('the max-removals guard', () => {
  it('counts removals across Regions and holds every one of them back', () => {
    const plans = ['us-east-1', 'eu-west-1'].map((region) =>
      planRegion(region, [account('000000000001')], [member('000000000002', 'Enabled'), member('000000000003', 'Created')], {
        ...defaults,
        removeAbsent: true,
      }),
    );
    expect(plannedRemovals(plans)).toHaveLength(4);
    const held = plans.map((plan) => holdRemovals(plan, 'too many'));
    expect(plannedRemovals(held)).toEqual([]);
    expect(held.flatMap((plan) => plan.accounts.filter((a) => !a.listed))).toEqual(
      Array(4).fill(expect.objectContaining({ action: 'skip', attention: 'too many' })),
    );
    expect(held.every((plan) => plan.accounts[0]!.action === 'create')).toBe(true);
  });
});

describe('protected accounts', () => {
  const options = { ...defaults, removeAbsent: true, protectedAccounts: ['000000000002'] };

  it('never plans a protected member for removal, keeps it as drift, and marks it protected', () => {
    const plan = planRegion(
      'us-east-1',
      [account('000000000001')],
      [member('000000000002', 'Enabled'), member('000000000003', 'Enabled')],
      options,
    );
    expect(plan.accounts.map((a) => [a.accountId, a.listed, a.action, a.protected ?? false])).toEqual([
      ['000000000001', true, 'create', false],
      ['000000000002', false, 'skip', true],
      ['000000000003', false, 'remove', false],
    ]);
  });

  it('does not count protected members against max-removals', () => {
    const members = ['000000000002', '000000000004', '000000000005'].map((id) => member(id, 'Enabled'));
    const plan = planRegion('us-east-1', [account('000000000001')], members, {
      ...options,
      protectedAccounts: ['000000000002', '000000000004'],
    });
    expect(plannedRemovals([plan]).map((removal) => removal.accountId)).toEqual(['000000000005']);
  });

  it('marks a listed protected account too, and changes nothing else about it', () => {
    const plan = planRegion('us-east-1', [account('000000000002')], [member('000000000002', 'Created')], options);
    expect(plan.accounts).toEqual([expect.objectContaining({ accountId: '000000000002', action: 'invite', protected: true })]);
  });
});

describe('guardRemovals (max-removals across all Regions)', () => {
  /** A plan in each Region that removes `count` unlisted members and keeps one listed account. */
  const removing = (count: number, regions = ['us-east-1']) =>
    regions.map((region) =>
      planRegion(
        region,
        [account('000000000001')],
        Array.from({ length: count }, (_, index) => member(String(300000000000 + index), 'Enabled')),
        { ...defaults, removeAbsent: true },
      ),
    );

  it('holds nothing at the limit', () => {
    expect(guardRemovals(removing(5, ['us-east-1', 'eu-west-1']), { maxRemovals: 10, listedCount: 1 })).toBeUndefined();
  });

  it('holds every removal, in every Region, one over the limit, and names each with its Region and status', () => {
    const held = guardRemovals(removing(3, ['us-east-1', 'eu-west-1']), { maxRemovals: 5, listedCount: 1 });
    expect(held?.accounts).toEqual([
      ...['us-east-1', 'eu-west-1'].flatMap((region) =>
        ['300000000000', '300000000001', '300000000002'].map((accountId) => ({ accountId, region, memberStatus: 'Enabled' })),
      ),
    ]);
    expect(held?.reason).toBe(
      'This run would remove 6 member(s), more than max-removals (5); none was removed: ' +
        '300000000000 (us-east-1), 300000000001 (us-east-1), 300000000002 (us-east-1), 300000000000 (eu-west-1), 300000000001 (eu-west-1), 300000000002 (eu-west-1). ' +
        'If the list is right, raise max-removals for one run.',
    );
  });

  it('names the first 20 removals in its reason and counts the rest', () => {
    const held = guardRemovals(removing(25), { maxRemovals: 10, listedCount: 1 });
    expect(held?.accounts).toHaveLength(25);
    expect(held?.reason).toContain('300000000019 (us-east-1) and 5 more. If the list is right');
    expect(held?.reason).not.toContain('300000000020');
  });

  it('holds even one removal when the list is empty, whatever the limit', () => {
    expect(guardRemovals(removing(1), { maxRemovals: 10, listedCount: 0 })).toEqual({
      reason: 'The account list is empty after validation; an empty list never removes members.',
      accounts: [{ accountId: '300000000000', region: 'us-east-1', memberStatus: 'Enabled' }],
    });
  });

  it('holds nothing when nothing is to be removed, even with an empty list', () => {
    expect(guardRemovals(removing(0), { maxRemovals: 0, listedCount: 0 })).toBeUndefined();
  });
});
