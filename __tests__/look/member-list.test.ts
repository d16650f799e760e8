import { describe, expect, it } from 'vitest';
import { LISTED_TWICE_ATTENTION, describeIgnored, keepListedTwice, screenMembers } from '../../src/look/member-list.js';
import type { Member } from '../../src/model.js';
import { planRegion, plannedRemovals } from '../../src/plan.js';

const member = (accountId: string, status: Member['status'] = 'Enabled'): Member => ({ accountId, status, rawStatus: status });
const options = { invite: true, reinvite: false, staleInviteDays: 0, removeAbsent: true, now: new Date() };
const listed = [{ accountId: '111111111112', origin: { kind: 'input' as const } }];

describe('screenMembers', () => {
  it('keeps valid members once and reports the rest', () => {
    const screened = screenMembers('us-east-1', [
      member('111111111112'),
      member(''),
      member('../../'),
      member('22222222222'),
      member('\u202e::warning::x'.padEnd(100, 'y')),
      member('333333333333', 'Invited'),
      member('333333333333', 'Enabled'),
      member('333333333333'),
    ]);
    expect(screened.members).toEqual([member('111111111112'), member('333333333333', 'Invited')]);
    expect([...screened.listedTwice]).toEqual(['333333333333']);
    expect(screened.ignored).toEqual([
      { accountId: '', region: 'us-east-1', reason: 'not-an-account-id' },
      { accountId: '../../', region: 'us-east-1', reason: 'not-an-account-id' },
      { accountId: '22222222222', region: 'us-east-1', reason: 'not-an-account-id' },
      { accountId: `\\u202e::warning::x${'y'.repeat(27)}…`, region: 'us-east-1', reason: 'not-an-account-id' },
      { accountId: '333333333333', region: 'us-east-1', reason: 'listed-twice' },
    ]);
  });
});

describe('keepListedTwice', () => {
  it('never removes a member listed twice, so it never counts against max-removals', () => {
    const screened = screenMembers('us-east-1', [
      member('111111111112'),
      member('333333333333'),
      member('333333333333'),
      member('444444444444'),
    ]);
    const plan = keepListedTwice(planRegion('us-east-1', listed, screened.members, options), screened.listedTwice);
    expect(plannedRemovals([plan]).map((removal) => removal.accountId)).toEqual(['444444444444']);
    expect(plan.accounts.find((account) => account.accountId === '333333333333')).toMatchObject({
      action: 'skip',
      listed: false,
      attention: LISTED_TWICE_ATTENTION,
    });
    expect(plan.accounts.filter((account) => account.accountId === '333333333333')).toHaveLength(1);
  });
});

describe('describeIgnored', () => {
  it('says per Region what was ignored and where it is listed', () => {
    const { ignored } = screenMembers('eu-west-1', [member('../../'), member('333333333333'), member('333333333333')]);
    expect(describeIgnored(ignored)).toEqual([
      'ListMembers in eu-west-1 returned member(s) the action does not trust: 1 with an AccountId that is not 12 digits ("../../"), never acted on; ' +
        "1 listed more than once (333333333333), never removed nor counted twice against max-removals. They are in the 'ignored-members' output.",
    ]);
  });
});
