import { describe, expect, it } from 'vitest';
import { normalizeMemberStatus, type Account, type Member, type MemberStatus } from '../src/model.js';
import { chunk, partitionAdministrator, planRegion } from '../src/plan.js';

const account = (accountId: string, email?: string): Account => ({ accountId, ...(email ? { email } : {}), origin: { kind: 'input' } });
const member = (accountId: string, rawStatus: string): Member => ({ accountId, rawStatus, status: normalizeMemberStatus(rawStatus) });

function planOne(status: string | undefined, invite = true) {
  const members = status === undefined ? [] : [member('111122223333', status)];
  const plan = planRegion('us-east-1', [account('111122223333')], members, { invite });
  expect(plan.accounts).toHaveLength(1);
  return plan.accounts[0]!;
}

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
      { invite: true },
    );
    expect(plan.region).toBe('eu-west-1');
    expect(plan.accounts.map((a) => [a.accountId, a.action, a.email])).toEqual([
      ['000000000003', 'create', 'c@example.com'],
      ['000000000001', 'create', undefined],
      ['000000000002', 'skip', undefined],
    ]);
  });

  it('plans only listed accounts: members that are not listed are not touched', () => {
    const plan = planRegion('us-east-1', [account('000000000001')], [member('999999999999', 'Created')], { invite: true });
    expect(plan.accounts.map((a) => a.accountId)).toEqual(['000000000001']);
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

describe('chunk', () => {
  it('splits into batches of at most the size, in order', () => {
    const items = Array.from({ length: 101 }, (_, i) => i);
    const batches = chunk(items, 50);
    expect(batches.map((b) => b.length)).toEqual([50, 50, 1]);
    expect(batches.flat()).toEqual(items);
    expect(chunk([], 50)).toEqual([]);
  });
});
