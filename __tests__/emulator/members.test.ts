import {
  CreateMembersCommand,
  DeleteMembersCommand,
  DescribeHubCommand,
  DisassociateMembersCommand,
  EnableSecurityHubCommand,
  GetInvitationsCountCommand,
  GetMembersCommand,
  InviteMembersCommand,
  ListMembersCommand,
  paginateListMembers,
  type SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/server.js';
import type { Scenario } from '../../emulator/scenario.js';
import { accountIds, ADMIN, REGION, rejection, securityHub } from './helpers.js';

const INVITED = '222222222222';
const ORG = '333333333333';
const SUSPENDED = '444444444444';
const OTHER_ADMIN_KEY = 'AKIAOTHERADMIN000000';
const SCENARIO: Scenario = {
  organizationAccounts: [ORG, SUSPENDED],
  suspendedAccounts: [SUSPENDED],
  staticCredentials: { AKIAEMULATOR00000000: ADMIN, [OTHER_ADMIN_KEY]: '999999999999' },
  regions: { 'eu-west-3': { hubEnabled: false } },
};

let emulator: Emulator;
let hub: SecurityHubClient;
beforeAll(async () => {
  emulator = await startEmulator(SCENARIO);
  hub = securityHub(emulator);
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset(SCENARIO));

const create = (ids: string[], client = hub) =>
  client.send(new CreateMembersCommand({ AccountDetails: ids.map((AccountId) => ({ AccountId, Email: `${AccountId}@example.com` })) }));
const statusOf = async (accountId: string, client = hub) =>
  (await client.send(new GetMembersCommand({ AccountIds: [accountId] }))).Members?.[0]?.MemberStatus;

describe('invitation accounts', () => {
  it('are Created by CreateMembers and Invited by InviteMembers', async () => {
    expect((await create([INVITED])).UnprocessedAccounts).toEqual([]);
    expect(await statusOf(INVITED)).toBe('Created');
    expect((await hub.send(new InviteMembersCommand({ AccountIds: [INVITED] }))).UnprocessedAccounts).toEqual([]);
    const [member] = (await hub.send(new GetMembersCommand({ AccountIds: [INVITED] }))).Members ?? [];
    expect(member).toMatchObject({
      AccountId: INVITED,
      Email: `${INVITED}@example.com`,
      AdministratorId: ADMIN,
      MasterId: ADMIN,
      MemberStatus: 'Invited',
    });
    expect(member?.InvitedAt).toBeInstanceOf(Date);
    expect(member?.UpdatedAt).toBeInstanceOf(Date);
  });

  it('get the invitation sent again when already Invited', async () => {
    await create([INVITED]);
    await hub.send(new InviteMembersCommand({ AccountIds: [INVITED] }));
    const first = emulator.members(ADMIN, REGION)[0]?.InvitedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await hub.send(new InviteMembersCommand({ AccountIds: [INVITED] }))).UnprocessedAccounts).toEqual([]);
    expect(emulator.members(ADMIN, REGION)[0]).toMatchObject({ MemberStatus: 'Invited' });
    expect(emulator.members(ADMIN, REGION)[0]?.InvitedAt).not.toBe(first);
  });

  it('count as a pending invitation for the member account', async () => {
    emulator.reset({ ...SCENARIO, staticCredentials: { ...SCENARIO.staticCredentials, AKIAMEMBER0000000000: INVITED } });
    const member = securityHub(emulator, { credentials: { accessKeyId: 'AKIAMEMBER0000000000', secretAccessKey: 'x' } });
    await create([INVITED]);
    expect((await member.send(new GetInvitationsCountCommand({}))).InvitationsCount).toBe(0);
    await hub.send(new InviteMembersCommand({ AccountIds: [INVITED] }));
    expect((await member.send(new GetInvitationsCountCommand({}))).InvitationsCount).toBe(1);
  });

  it('cannot be invited when not a member', async () => {
    const { UnprocessedAccounts } = await hub.send(new InviteMembersCommand({ AccountIds: [INVITED] }));
    expect(UnprocessedAccounts).toEqual([{ AccountId: INVITED, ProcessingResult: expect.any(String) }]);
  });
});

describe('organization accounts', () => {
  it('are Enabled by CreateMembers, without invitation', async () => {
    await create([ORG]);
    expect(await statusOf(ORG)).toBe('Enabled');
  });

  it('are refused by InviteMembers and stay Enabled', async () => {
    await create([ORG]);
    const { UnprocessedAccounts } = await hub.send(new InviteMembersCommand({ AccountIds: [ORG] }));
    expect(UnprocessedAccounts).toEqual([{ AccountId: ORG, ProcessingResult: "Organization accounts don't receive invitations." }]);
    expect(await statusOf(ORG)).toBe('Enabled');
  });

  it('become AccountSuspended when suspended', async () => {
    await create([SUSPENDED]);
    expect(await statusOf(SUSPENDED)).toBe('AccountSuspended');
  });

  it('are re-enabled by CreateMembers after DisassociateMembers, and cannot be deleted', async () => {
    await create([ORG]);
    await hub.send(new DisassociateMembersCommand({ AccountIds: [ORG] }));
    expect(await statusOf(ORG)).toBe('Removed');
    const { UnprocessedAccounts } = await hub.send(new DeleteMembersCommand({ AccountIds: [ORG] }));
    expect(UnprocessedAccounts?.map((entry) => entry.AccountId)).toEqual([ORG]);
    await create([ORG]);
    expect(await statusOf(ORG)).toBe('Enabled');
  });
});

describe('CreateMembers', () => {
  it('rejects more than 50 AccountDetails with InvalidInputException', async () => {
    const error = await rejection(create(accountIds(51)));
    expect(error.name).toBe('InvalidInputException');
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(emulator.members(ADMIN, REGION)).toEqual([]);
  });

  it('leaves existing members and the administrator itself unprocessed', async () => {
    await create([INVITED]);
    const { UnprocessedAccounts } = await create([INVITED, ADMIN]);
    expect(UnprocessedAccounts).toEqual([
      {
        AccountId: INVITED,
        ProcessingResult:
          'The request is rejected because the given account ID is already a member or associated member of the current account.',
      },
      { AccountId: ADMIN, ProcessingResult: expect.any(String) },
    ]);
  });

  it('leaves the scenario unprocessable accounts unprocessed, per operation when asked', async () => {
    emulator.reset({ ...SCENARIO, unprocessable: { '555555555555': 'Boom', '666666666666': { InviteMembers: 'No invite' } } });
    const created = await create(['555555555555', '666666666666']);
    expect(created.UnprocessedAccounts).toEqual([{ AccountId: '555555555555', ProcessingResult: 'Boom' }]);
    const invited = await hub.send(new InviteMembersCommand({ AccountIds: ['666666666666'] }));
    expect(invited.UnprocessedAccounts).toEqual([{ AccountId: '666666666666', ProcessingResult: 'No invite' }]);
  });

  it('refuses the whole call with LimitExceededException beyond the invitation limit', async () => {
    emulator.reset({ ...SCENARIO, invitationLimit: 3 });
    await create(accountIds(2));
    const error = await rejection(create([...accountIds(2, 300000000000), ORG]));
    expect(error.name).toBe('LimitExceededException');
    expect(error.$metadata?.httpStatusCode).toBe(429);
    expect(error.message).toMatch(/limit of 3 invitation-based member accounts/);
    expect(emulator.members(ADMIN, REGION)).toHaveLength(2);
  });

  it('names the default limit of 1000 invitation-based members', async () => {
    for (let batch = 0; batch < 20; batch++) await create(accountIds(50, 200000000000 + batch * 50));
    const error = await rejection(create(['999999999998']));
    expect(error.message).toMatch(/limit of 1000 invitation-based member accounts/);
  });
});

describe('ListMembers', () => {
  beforeEach(async () => {
    await create([INVITED, '222222222223', ORG]);
    await hub.send(new InviteMembersCommand({ AccountIds: ['222222222223'] }));
  });

  it('lists only Enabled members by default (OnlyAssociated true)', async () => {
    const { Members } = await hub.send(new ListMembersCommand({}));
    expect(Members?.map((member) => member.AccountId)).toEqual([ORG]);
    expect(emulator.callsTo('ListMembers')[0]?.params).toEqual({});
  });

  it('lists Created and Invited members with OnlyAssociated false', async () => {
    const { Members } = await hub.send(new ListMembersCommand({ OnlyAssociated: false }));
    expect(Members?.map((member) => [member.AccountId, member.MemberStatus])).toEqual([
      [INVITED, 'Created'],
      ['222222222223', 'Invited'],
      [ORG, 'Enabled'],
    ]);
  });

  it('pages through more than 50 members with NextToken', async () => {
    for (const batch of [0, 1]) await create(accountIds(50, 500000000000 + batch * 50));
    const pages = [];
    for await (const page of paginateListMembers({ client: hub }, { OnlyAssociated: false })) pages.push(page.Members ?? []);
    expect(pages.map((page) => page.length)).toEqual([50, 50, 3]);
    expect(new Set(pages.flat().map((member) => member.AccountId)).size).toBe(103);
  });

  it('honours MaxResults and rejects it beyond 50', async () => {
    const first = await hub.send(new ListMembersCommand({ OnlyAssociated: false, MaxResults: 2 }));
    expect(first.Members).toHaveLength(2);
    const rest = await hub.send(new ListMembersCommand({ OnlyAssociated: false, MaxResults: 2, NextToken: first.NextToken }));
    expect(rest.Members?.map((member) => member.AccountId)).toEqual([ORG]);
    expect(rest.NextToken).toBeUndefined();
    expect((await rejection(hub.send(new ListMembersCommand({ MaxResults: 51 })))).name).toBe('InvalidInputException');
  });
});

describe('GetMembers', () => {
  it('answers non-members in UnprocessedAccounts', async () => {
    await create([INVITED]);
    const { Members, UnprocessedAccounts } = await hub.send(new GetMembersCommand({ AccountIds: [INVITED, '777777777777'] }));
    expect(Members?.map((member) => member.AccountId)).toEqual([INVITED]);
    expect(UnprocessedAccounts?.map((entry) => entry.AccountId)).toEqual(['777777777777']);
  });

  it('returns seeded statuses verbatim, whatever their casing', async () => {
    emulator.reset({
      regions: {
        [REGION]: {
          members: [
            { accountId: '121212121212', status: 'ASSOCIATED', invitedAt: '2020-01-02T03:04:05.000Z' },
            { accountId: '131313131313', status: 'INVITED' },
          ],
        },
      },
    });
    const { Members } = await hub.send(new GetMembersCommand({ AccountIds: ['121212121212', '131313131313'] }));
    expect(Members?.map((member) => member.MemberStatus)).toEqual(['ASSOCIATED', 'INVITED']);
    expect(Members?.[0]?.InvitedAt?.toISOString()).toBe('2020-01-02T03:04:05.000Z');
    // Associated is the legacy Enabled: OnlyAssociated lists it.
    expect((await hub.send(new ListMembersCommand({}))).Members?.map((member) => member.AccountId)).toEqual(['121212121212']);
  });

  it('misses new members for visibilityDelayMs', async () => {
    emulator.reset({ visibilityDelayMs: 300 });
    await create([INVITED]);
    // None of the asked-for accounts is visible: the whole call fails, as real AWS answers.
    const error = await rejection(hub.send(new GetMembersCommand({ AccountIds: [INVITED] })));
    expect([error.name, error.$metadata?.httpStatusCode]).toEqual(['BadRequestException', 400]);
    expect((await hub.send(new ListMembersCommand({ OnlyAssociated: false }))).Members).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await statusOf(INVITED)).toBe('Created');
  });
});

describe('isolation', () => {
  it('keeps members per Region', async () => {
    await create([INVITED]);
    const frankfurt = securityHub(emulator, { region: 'eu-central-1' });
    expect((await frankfurt.send(new ListMembersCommand({ OnlyAssociated: false }))).Members).toEqual([]);
    expect(emulator.members(ADMIN, 'eu-central-1')).toEqual([]);
    expect(emulator.members(ADMIN, REGION)).toHaveLength(1);
  });

  it('keeps members per administrator account', async () => {
    await create([INVITED]);
    const other = securityHub(emulator, { credentials: { accessKeyId: OTHER_ADMIN_KEY, secretAccessKey: 'x' } });
    expect((await other.send(new ListMembersCommand({ OnlyAssociated: false }))).Members).toEqual([]);
    await create([INVITED], other);
    expect(emulator.members('999999999999', REGION)).toMatchObject([{ AccountId: INVITED, AdministratorId: '999999999999' }]);
  });
});

describe('the hub', () => {
  it('is described where enabled', async () => {
    const { HubArn } = await hub.send(new DescribeHubCommand({}));
    expect(HubArn).toBe(`arn:aws:securityhub:${REGION}:${ADMIN}:hub/default`);
  });

  it('answers InvalidAccessException in a Region where it is not enabled', async () => {
    const paris = securityHub(emulator, { region: 'eu-west-3' });
    const error = await rejection(paris.send(new DescribeHubCommand({})));
    expect(error.name).toBe('InvalidAccessException');
    expect(error.message).toBe(`Account ${ADMIN} is not subscribed to AWS Security Hub`);
    expect(error.$metadata?.httpStatusCode).toBe(401);
    expect((await rejection(paris.send(new ListMembersCommand({}))))?.name).toBe('InvalidAccessException');
  });

  it('can be enabled once, then answers ResourceConflictException', async () => {
    const paris = securityHub(emulator, { region: 'eu-west-3' });
    await paris.send(new EnableSecurityHubCommand({}));
    expect((await paris.send(new DescribeHubCommand({}))).HubArn).toContain('eu-west-3');
    expect((await rejection(paris.send(new EnableSecurityHubCommand({})))).name).toBe('ResourceConflictException');
  });
});

describe('DeleteMembers', () => {
  it('deletes invitation members but wants Enabled ones disassociated first', async () => {
    emulator.reset({ regions: { [REGION]: { members: [{ accountId: '121212121212', status: 'Enabled' }] } } });
    await create([INVITED]);
    const { UnprocessedAccounts } = await hub.send(new DeleteMembersCommand({ AccountIds: [INVITED, '121212121212'] }));
    expect(UnprocessedAccounts).toEqual([
      { AccountId: '121212121212', ProcessingResult: 'You must disassociate a member account before you can delete it.' },
    ]);
    await hub.send(new DisassociateMembersCommand({ AccountIds: ['121212121212'] }));
    await hub.send(new DeleteMembersCommand({ AccountIds: ['121212121212'] }));
    expect(emulator.members(ADMIN, REGION)).toEqual([]);
  });
});
