import { describe, expect, it } from 'vitest';
import { normalizeMemberStatus, type Account, type Member } from '../../src/model.js';
import { limitInvitations } from '../../src/organization/headroom.js';
import { planRegion, type PlanOptions } from '../../src/plan.js';

const account = (accountId: string): Account => ({ accountId, origin: { kind: 'input' } });
const member = (accountId: string, rawStatus: string, invitedAt?: Date): Member => ({
  accountId,
  rawStatus,
  status: normalizeMemberStatus(rawStatus),
  ...(invitedAt && { invitedAt }),
});
const NOW = new Date('2026-11-27T12:00:00Z');
const LONG_AGO = new Date('2026-01-01T00:00:00Z');
const defaults: PlanOptions = { invite: true, reinvite: true, staleInviteDays: 30, removeAbsent: true, now: NOW };
const ORG = '300000000001';
const EXTERNAL = '400000000001';
const withOrganization: PlanOptions = { ...defaults, organizationMembers: new Set([ORG]) };

describe('planRegion with the organization listed', () => {
  it('marks every account organization or external', () => {
    const plan = planRegion('us-east-1', [account(ORG), account(EXTERNAL)], [member('500000000001', 'Enabled')], withOrganization);
    expect(plan.accounts.map((entry) => [entry.accountId, entry.membership])).toEqual([
      [ORG, 'organization'],
      [EXTERNAL, 'external'],
      ['500000000001', 'external'],
    ]);
  });

  it('marks nothing without the list, as before', () => {
    const plan = planRegion('us-east-1', [account(ORG)], [], defaults);
    expect(plan.accounts[0]).not.toHaveProperty('membership');
  });

  it('never invites an organization account: a Created one is flagged, a stale Invited one left alone', () => {
    const plan = planRegion(
      'us-east-1',
      [account(ORG), account('300000000002')],
      [member(ORG, 'Created'), member('300000000002', 'Invited', LONG_AGO)],
      {
        ...withOrganization,
        organizationMembers: new Set([ORG, '300000000002']),
      },
    );
    expect(plan.accounts[0]).toMatchObject({
      action: 'skip',
      attention: expect.stringContaining('organization accounts are never invited'),
    });
    expect(plan.accounts[1]).toMatchObject({ action: 'skip' });
  });

  it('brings back a Removed organization account with CreateMembers even when it has an invitation date', () => {
    const plan = planRegion(
      'us-east-1',
      [account(ORG), account(EXTERNAL)],
      [member(ORG, 'Removed', LONG_AGO), member(EXTERNAL, 'Removed')],
      withOrganization,
    );
    expect(plan.accounts.map((entry) => entry.action)).toEqual(['create', 'reinvite']);
  });

  it('removes by the list: organization members are only disassociated, external ones deleted', () => {
    const plan = planRegion('us-east-1', [], [member(ORG, 'Enabled', LONG_AGO), member(EXTERNAL, 'Enabled')], withOrganization);
    expect(plan.accounts.map((entry) => entry.removal)).toEqual([
      { disassociate: true, delete: false },
      { disassociate: true, delete: true },
    ]);
  });

  it('leaves an excluded member alone and marks it, even with remove-absent', () => {
    const plan = planRegion('us-east-1', [], [member(EXTERNAL, 'Enabled', LONG_AGO)], { ...defaults, excluded: new Set([EXTERNAL]) });
    expect(plan.accounts[0]).toMatchObject({ action: 'skip', excluded: true });
    expect(plan.accounts[0]).not.toHaveProperty('removal');
  });
});

describe('limitInvitations', () => {
  const invited = (count: number) => Array.from({ length: count }, (_, i) => member(String(500000000000 + i), 'Invited', LONG_AGO));

  it('holds the new invitation accounts that would not fit, in list order, with the reason', () => {
    const members = [...invited(999), member(ORG, 'Enabled')];
    const plan = planRegion(
      'eu-west-1',
      [account(EXTERNAL), account(ORG), account('400000000002'), account('400000000003')],
      members,
      withOrganization,
    );
    const { plan: limited, headroom } = limitInvitations(plan, members);
    expect(headroom).toEqual({ region: 'eu-west-1', members: 999, planned: 3, cap: 1000, held: 2 });
    const byId = new Map(limited.accounts.map((entry) => [entry.accountId, entry]));
    expect(byId.get(EXTERNAL)?.action).toBe('create');
    expect(byId.get(ORG)).toMatchObject({ action: 'skip', membership: 'organization' });
    for (const id of ['400000000002', '400000000003']) {
      expect(byId.get(id)).toMatchObject({
        action: 'skip',
        held: expect.stringContaining('room for 1 more of the 1,000 allowed, and this run would add 3'),
      });
    }
  });

  it('counts organization accounts never, and Deleted members never', () => {
    const members = [...invited(10), member('600000000001', 'Deleted', LONG_AGO)];
    const plan = planRegion('eu-west-1', [account(ORG), account(EXTERNAL)], members, withOrganization);
    expect(limitInvitations(plan, members, 11).headroom).toEqual({ region: 'eu-west-1', members: 10, planned: 1, cap: 11, held: 0 });
  });
});
