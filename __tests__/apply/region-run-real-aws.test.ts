// applyRegionPlan against each plausible answer of real AWS (docs/aws-behaviour.md): the read-back,
// "already a member", Removed members brought back, refused deletions and the member cap per account.
import { describe, expect, it } from 'vitest';
import { applyRegionPlan } from '../../src/apply/region-run.js';
import type { AccountResult, AdministratorGateway } from '../../src/aws/administrator-gateway.js';
import {
  AwsCallError,
  isAlreadyMember,
  isIamDenial,
  isMemberLimitExceeded,
  isMemberLimitText,
  isNotVisibleYet,
  isRegionNotEnabled,
  toAwsCallError,
} from '../../src/aws/errors.js';
import { normalizeMemberStatus, type Account, type AccountOutcome, type Member } from '../../src/model.js';
import { planRegion } from '../../src/plan.js';

const NOT_FOUND = 'The request is rejected since no such resource found.';
const ALREADY = 'The request is rejected because the given account ID is already a member or associated member of the current account.';
type Missing = 'unprocessed' | 'reject-if-any' | 'reject-if-none-visible';

/** A Region whose new members become visible to GetMembers after a number of reads, answered in one of the plausible ways. */
class LaggingGateway implements AdministratorGateway {
  readonly region = 'us-east-1';
  readonly calls: { operation: string; ids: string[] }[] = [];
  readonly members = new Map<string, string>();
  /** Account → GetMembers calls naming it before it shows. */
  readonly invisibleFor = new Map<string, number>();
  organization = new Set<string>();
  deleteRefusal?: string;
  createAnswer?: (id: string) => string | undefined;

  constructor(private readonly missing: Missing) {}

  async describeHub() {}
  async listMembers(): Promise<Member[]> {
    return [...this.members].map(([accountId, rawStatus]) => member(accountId, rawStatus));
  }

  async getMembers(ids: string[]) {
    this.calls.push({ operation: 'GetMembers', ids });
    const visible = ids.filter((id) => this.members.has(id) && (this.invisibleFor.get(id) ?? 0) <= 0);
    for (const id of ids) this.invisibleFor.set(id, (this.invisibleFor.get(id) ?? 0) - 1);
    const missing = ids.filter((id) => !visible.includes(id));
    if (missing.length > 0 && (this.missing === 'reject-if-any' || (this.missing === 'reject-if-none-visible' && visible.length === 0))) {
      throw new AwsCallError('GetMembers', this.region, 'BadRequestException', NOT_FOUND, 400);
    }
    return {
      members: visible.map((id) => member(id, this.members.get(id)!)),
      unprocessed: missing.map((accountId) => ({ accountId, processingResult: NOT_FOUND })),
    };
  }

  async createMembers(accounts: { accountId: string }[]): Promise<AccountResult[]> {
    this.calls.push({ operation: 'CreateMembers', ids: accounts.map((account) => account.accountId) });
    const rejected: AccountResult[] = [];
    for (const { accountId } of accounts) {
      const answer = this.createAnswer?.(accountId);
      if (answer) rejected.push({ accountId, processingResult: answer });
      else this.members.set(accountId, this.organization.has(accountId) ? 'Enabled' : 'Created');
    }
    return rejected;
  }

  async inviteMembers(ids: string[]): Promise<AccountResult[]> {
    this.calls.push({ operation: 'InviteMembers', ids });
    for (const id of ids) this.members.set(id, 'Invited');
    return [];
  }

  async disassociateMembers(ids: string[]) {
    this.calls.push({ operation: 'DisassociateMembers', ids });
    for (const id of ids) this.members.set(id, 'Removed');
  }

  async deleteMembers(ids: string[]): Promise<AccountResult[]> {
    this.calls.push({ operation: 'DeleteMembers', ids });
    if (this.deleteRefusal) return ids.map((accountId) => ({ accountId, processingResult: this.deleteRefusal! }));
    for (const id of ids) this.members.delete(id);
    return [];
  }

  invited(): string[] {
    return this.calls
      .filter((call) => call.operation === 'InviteMembers')
      .flatMap((call) => call.ids)
      .sort();
  }
}

function member(accountId: string, rawStatus: string, invitedAt?: Date): Member {
  return { accountId, rawStatus, status: normalizeMemberStatus(rawStatus), ...(invitedAt ? { invitedAt } : {}) };
}

const accounts = (list: string[]): Account[] => list.map((accountId) => ({ accountId, origin: { kind: 'input' } }));
const ids = (count: number, start = 100000000000) => Array.from({ length: count }, (_, i) => String(start + i));

async function apply(
  gateway: LaggingGateway,
  desired: string[],
  flags: { reinvite?: boolean; removeAbsent?: boolean; members?: Member[] } = {},
) {
  const members = flags.members ?? (await gateway.listMembers());
  const plan = planRegion(gateway.region, accounts(desired), members, {
    invite: true,
    reinvite: flags.reinvite ?? false,
    staleInviteDays: 0,
    removeAbsent: flags.removeAbsent ?? false,
    now: new Date(),
  });
  const outcome = await applyRegionPlan(gateway, plan, { invite: true, readBack: { attempts: 6, firstDelayMs: 1 }, log: () => {} });
  return new Map<string, AccountOutcome>(outcome.accounts.map((account) => [account.accountId, account]));
}

describe('the read-back after CreateMembers', () => {
  it.each<Missing>(['unprocessed', 'reject-if-any', 'reject-if-none-visible'])(
    'waits out a lag shorter than its patience (%s)',
    async (missing) => {
      const gateway = new LaggingGateway(missing);
      for (const id of ids(50)) gateway.invisibleFor.set(id, 2);
      const outcomes = await apply(gateway, ids(50));
      expect(gateway.invited()).toEqual(ids(50));
      expect([...outcomes.values()].every((outcome) => outcome.done.includes('invite') && !outcome.unprocessed)).toBe(true);
    },
  );

  it('does not let one account that stays invisible hold the visible ones of its batch back, when AWS rejects the whole call', async () => {
    const gateway = new LaggingGateway('reject-if-any');
    const batch = ids(50);
    gateway.invisibleFor.set(batch[17]!, 99);
    const outcomes = await apply(gateway, batch);
    expect(gateway.invited()).toEqual(batch.filter((id) => id !== batch[17]));
    const stuck = outcomes.get(batch[17]!)!;
    expect(stuck).toMatchObject({ done: ['create'], unprocessed: { operation: 'GetMembers' } });
    expect(stuck.unprocessed?.processingResult).toMatch(/^Created, not yet invited: GetMembers did not show the member after 6 attempts/);
    expect(stuck.unprocessed?.processingResult).toMatch(/The next run invites it\.$/);
    // Bounded: halves on every attempt, one by one on the last.
    expect(gateway.calls.filter((call) => call.operation === 'GetMembers').length).toBeLessThanOrEqual(1 + 2 + 4 + 8 + 16 + 50);
  });

  it('reads a batch that is whole at once when AWS answers per account, and only the missing ones again', async () => {
    const gateway = new LaggingGateway('unprocessed');
    gateway.invisibleFor.set('100000000003', 1);
    await apply(gateway, ids(5));
    const reads = gateway.calls.filter((call) => call.operation === 'GetMembers').map((call) => call.ids);
    expect(reads).toEqual([ids(5), ['100000000003']]);
  });

  it('reports a read-back that fails for another reason as created, not yet invited', async () => {
    const gateway = new LaggingGateway('unprocessed');
    gateway.getMembers = async () => {
      throw new AwsCallError('GetMembers', 'us-east-1', 'InternalException', 'boom', 500);
    };
    const outcomes = await apply(gateway, ['100000000000']);
    expect(outcomes.get('100000000000')?.unprocessed).toEqual({
      operation: 'GetMembers',
      processingResult: 'Created, not yet invited: GetMembers failed: InternalException: boom. The next run invites it.',
    });
  });

  it('takes "already a member" from CreateMembers (a retried call whose answer was lost) as created, and invites it', async () => {
    const gateway = new LaggingGateway('reject-if-none-visible');
    gateway.createAnswer = (id) => {
      gateway.members.set(id, 'Created');
      return ALREADY;
    };
    const outcomes = await apply(gateway, ['100000000000']);
    expect(outcomes.get('100000000000')).toMatchObject({ done: ['create', 'invite'] });
    expect(outcomes.get('100000000000')?.unprocessed).toBeUndefined();
  });
});

describe('a Removed member brought back (reinvite)', () => {
  it('is tried with CreateMembers first; an organization member comes back Enabled and is not invited', async () => {
    const gateway = new LaggingGateway('reject-if-none-visible');
    gateway.organization.add('100000000000');
    gateway.members.set('100000000000', 'Removed');
    const outcomes = await apply(gateway, ['100000000000'], { reinvite: true, members: [member('100000000000', 'Removed', new Date(0))] });
    expect(gateway.calls.map((call) => call.operation)).toEqual(['CreateMembers', 'GetMembers']);
    expect(outcomes.get('100000000000')).toMatchObject({ after: 'Enabled', done: ['create'] });
  });

  it('is invited again when CreateMembers says it is already a member and it is still Removed (an invitation member)', async () => {
    const gateway = new LaggingGateway('reject-if-none-visible');
    gateway.members.set('100000000000', 'Removed');
    gateway.createAnswer = () => ALREADY;
    const outcomes = await apply(gateway, ['100000000000'], { reinvite: true });
    expect(gateway.calls.map((call) => call.operation)).toEqual(['CreateMembers', 'GetMembers', 'InviteMembers']);
    expect(outcomes.get('100000000000')).toMatchObject({ done: ['reinvite'] });
  });
});

describe('removing a member whose DeleteMembers is refused', () => {
  it('reports it disassociated, with AWS text as a warning, not as unprocessed', async () => {
    const gateway = new LaggingGateway('reject-if-none-visible');
    gateway.deleteRefusal = "You can't delete an account that belongs to an organization.";
    // An organization member that carries InvitedAt looks invitation-based: the delete is tried.
    const outcomes = await apply(gateway, [], { removeAbsent: true, members: [member('100000000000', 'Enabled', new Date(0))] });
    const removed = outcomes.get('100000000000')!;
    expect(gateway.calls.map((call) => call.operation)).toEqual(['DisassociateMembers', 'DeleteMembers']);
    expect(removed.unprocessed).toBeUndefined();
    expect(removed.done).toEqual(['remove']);
    expect(removed.warning?.operation).toBe('DeleteMembers');
    expect(removed.warning?.message).toContain("You can't delete an account that belongs to an organization.");
  });

  it('still fails a member that was never associated and could not be deleted', async () => {
    const gateway = new LaggingGateway('reject-if-none-visible');
    gateway.deleteRefusal = 'Refused.';
    const outcomes = await apply(gateway, [], { removeAbsent: true, members: [member('100000000000', 'Invited', new Date(0))] });
    expect(outcomes.get('100000000000')?.unprocessed).toEqual({ operation: 'DeleteMembers', processingResult: 'Refused.' });
  });
});

describe('the member cap as per-account answers', () => {
  it('names the cap and what to do, like the whole-call 429', async () => {
    const gateway = new LaggingGateway('reject-if-none-visible');
    gateway.createAnswer = (id) =>
      id === '100000000001'
        ? 'The request is rejected because the current account cannot create anymore members since it cannot exceed the maximum number of allowed members.'
        : undefined;
    const outcomes = await apply(gateway, ids(2));
    expect(outcomes.get('100000000001')?.unprocessed?.processingResult).toMatch(
      /maximum number of allowed members\. This is the cap on invitation-based member accounts/,
    );
    expect(outcomes.get('100000000000')).toMatchObject({ done: ['create', 'invite'] });
  });
});

describe('what AWS answers mean', () => {
  it('knows "not visible yet" by code and text', () => {
    expect(isNotVisibleYet({ name: 'BadRequestException', message: NOT_FOUND })).toBe(true);
    expect(isNotVisibleYet({ errorName: 'AccessDeniedException', detail: NOT_FOUND })).toBe(true);
    expect(isNotVisibleYet({ name: 'ResourceNotFoundException', message: 'anything' })).toBe(true);
    expect(
      isNotVisibleYet({ name: 'AccessDeniedException', message: 'User: x is not authorized to perform: securityhub:GetMembers' }),
    ).toBe(false);
    expect(isNotVisibleYet({ name: 'BadRequestException', message: 'Something else' })).toBe(false);
  });

  it('knows "already a member" only for the current administrator', () => {
    expect(isAlreadyMember(ALREADY)).toBe(true);
    expect(isAlreadyMember('You cannot enable an account if it is already a member account for a different administrator account.')).toBe(
      false,
    );
  });

  it('knows the member cap in per-account words, not the 51st-account answer or a rate limit', () => {
    expect(
      isMemberLimitText(
        'The request is rejected because the current account cannot create anymore members since it cannot exceed the maximum number of allowed members.',
      ),
    ).toBe(true);
    expect(isMemberLimitText('Maximum number of results exceeded')).toBe(false);
    expect(isMemberLimitText('Rate exceeded for members')).toBe(false);
  });

  it('knows the whole-call cap from the SDK error and from the gateway error that carries the advice', () => {
    const sdkError = Object.assign(
      new Error('The request was rejected because it would exceed the limit of 1000 invitation-based member accounts.'),
      { name: 'LimitExceededException' },
    );
    expect(isMemberLimitExceeded(sdkError)).toBe(true);
    expect(isMemberLimitExceeded(toAwsCallError('CreateMembers', 'us-east-1', sdkError))).toBe(true);
    expect(isMemberLimitExceeded(Object.assign(new Error('Rate exceeded'), { name: 'LimitExceededException' }))).toBe(false);
  });

  it('knows a Region not enabled, and an IAM denial', () => {
    for (const name of ['UnrecognizedClientException', 'InvalidClientTokenId', 'RegionDisabledException'])
      expect(isRegionNotEnabled({ name })).toBe(true);
    expect(isRegionNotEnabled({ name: 'AccessDenied' })).toBe(false);
    expect(isIamDenial({ message: 'User: arn:aws:sts::1:assumed-role/a/b is not authorized to perform: securityhub:ListMembers' })).toBe(
      true,
    );
    expect(isIamDenial({ message: 'Access denied for other reasons' })).toBe(false);
  });
});
