// The scenario options that play what real AWS is reported to answer, and each plausible answer
// where it is unknown (docs/aws-behaviour.md).
import {
  CreateMembersCommand,
  DescribeHubCommand,
  DisassociateMembersCommand,
  EnableSecurityHubCommand,
  GetMembersCommand,
  InviteMembersCommand,
  ListInvitationsCommand,
  ListMembersCommand,
} from '@aws-sdk/client-securityhub';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../emulator/scenario.js';
import { type Emulator, startEmulator } from '../../emulator/server.js';
import { accountIds, ADMIN, type Credentials, REGION, rejection, securityHub, sts } from './helpers.js';

const NEW = '222222222222';
const SEEDED = '200000000001';
const ORG = '333333333333';
const MEMBER = '444444444444';
const OPT_IN = 'ap-east-2';
const NOT_FOUND = 'The request is rejected since no such resource found.';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const hub = (region = REGION, credentials?: Credentials) => securityHub(emulator, { region, ...(credentials && { credentials }) });
const create = (ids: string[], region = REGION) =>
  hub(region).send(
    new CreateMembersCommand({ AccountDetails: ids.map((AccountId) => ({ AccountId, Email: `${AccountId}@example.com` })) }),
  );
const getMembers = (ids: string[]) => hub().send(new GetMembersCommand({ AccountIds: ids }));
const seeded = (scenario: Scenario) =>
  emulator.reset({ regions: { [REGION]: { members: [{ accountId: SEEDED, status: 'Created' }] } }, ...scenario });

async function memberCredentials(accountId: string): Promise<Credentials> {
  const { Credentials: issued } = await sts(emulator).send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${accountId}:role/securityhub-onboard-member`,
      RoleSessionName: 'test',
      DurationSeconds: 900,
    }),
  );
  return { accessKeyId: issued!.AccessKeyId!, secretAccessKey: issued!.SecretAccessKey!, sessionToken: issued!.SessionToken! };
}

describe('GetMembers for accounts it cannot see', () => {
  it('fails the whole call with 400 BadRequestException when none is visible (the default)', async () => {
    seeded({});
    const error = await rejection(getMembers([NEW]));
    expect([error.name, error.message, error.$metadata?.httpStatusCode]).toEqual(['BadRequestException', NOT_FOUND, 400]);
    // Some visible: per account.
    const { Members, UnprocessedAccounts } = await getMembers([SEEDED, NEW]);
    expect(Members?.map((member) => member.AccountId)).toEqual([SEEDED]);
    expect(UnprocessedAccounts).toEqual([{ AccountId: NEW, ProcessingResult: NOT_FOUND }]);
  });

  it('fails the whole call when any asked-for account is invisible, with reject-if-any', async () => {
    seeded({ getMembersMissing: 'reject-if-any' });
    expect((await rejection(getMembers([SEEDED, NEW]))).name).toBe('BadRequestException');
    expect((await getMembers([SEEDED])).Members).toHaveLength(1);
  });

  it('never fails the whole call with unprocessed', async () => {
    seeded({ getMembersMissing: 'unprocessed' });
    const { Members, UnprocessedAccounts } = await getMembers([NEW]);
    expect(Members).toEqual([]);
    expect(UnprocessedAccounts).toEqual([{ AccountId: NEW, ProcessingResult: NOT_FOUND }]);
  });

  it.each([
    ['AccessDeniedException', 403],
    ['ResourceNotFoundException', 404],
  ] as const)('answers %s when asked to', async (errorType, status) => {
    seeded({ getMembersMissingError: errorType });
    const error = await rejection(getMembers([NEW]));
    expect([error.name, error.message, error.$metadata?.httpStatusCode]).toEqual([errorType, NOT_FOUND, status]);
  });

  it('treats a member created less than visibilityDelayMs ago as invisible', async () => {
    seeded({ visibilityDelayMs: 250, getMembersMissing: 'reject-if-any' });
    await create([NEW]);
    expect((await rejection(getMembers([SEEDED, NEW]))).name).toBe('BadRequestException');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await getMembers([SEEDED, NEW])).Members).toHaveLength(2);
  });
});

describe('organization members', () => {
  it('carry no Email and no InvitedAt by default', async () => {
    emulator.reset({ organizationAccounts: [ORG] });
    await create([ORG, NEW]);
    const members = (await getMembers([ORG, NEW])).Members ?? [];
    const org = members.find((member) => member.AccountId === ORG);
    expect(org).toMatchObject({ MemberStatus: 'Enabled' });
    expect(org?.Email).toBeUndefined();
    expect(org?.InvitedAt).toBeUndefined();
    expect(members.find((member) => member.AccountId === NEW)?.Email).toBe(`${NEW}@example.com`);
  });

  it('carry InvitedAt (and Email) when the scenario says so', async () => {
    emulator.reset({ organizationAccounts: [ORG], organizationMembers: { invitedAt: true, email: true } });
    await create([ORG]);
    const [org] = (await getMembers([ORG])).Members ?? [];
    expect(org?.InvitedAt).toBeInstanceOf(Date);
    expect(org?.Email).toBe(`${ORG}@example.com`);
  });

  it('come back Enabled from CreateMembers after being Removed, as the user guide says', async () => {
    emulator.reset({ organizationAccounts: [ORG] });
    await create([ORG]);
    await hub().send(new DisassociateMembersCommand({ AccountIds: [ORG] }));
    expect((await create([ORG])).UnprocessedAccounts).toEqual([]);
    expect((await getMembers([ORG])).Members?.[0]?.MemberStatus).toBe('Enabled');
  });

  it('are refused as already a member when Removed, with removedOnCreate already-member', async () => {
    emulator.reset({ organizationAccounts: [ORG], organizationMembers: { removedOnCreate: 'already-member' } });
    await create([ORG]);
    await hub().send(new DisassociateMembersCommand({ AccountIds: [ORG] }));
    const { UnprocessedAccounts } = await create([ORG]);
    expect(UnprocessedAccounts?.[0]?.ProcessingResult).toMatch(/already a member or associated member/);
    expect((await getMembers([ORG])).Members?.[0]?.MemberStatus).toBe('Removed');
  });
});

describe('the invitation-member cap', () => {
  it('refuses the accounts over the cap one by one, with answer unprocessed on CreateMembers', async () => {
    emulator.reset({ invitationLimit: 3, invitationLimitShape: { answer: 'unprocessed' } });
    const { UnprocessedAccounts } = await create(accountIds(5));
    expect(UnprocessedAccounts?.map((entry) => entry.AccountId)).toEqual(accountIds(2, 200000000003));
    expect(UnprocessedAccounts?.[0]?.ProcessingResult).toMatch(/maximum number of allowed members/);
    expect(emulator.members(ADMIN, REGION)).toHaveLength(3);
  });

  it('counts invitations on InviteMembers, as a whole-call 429 or one by one', async () => {
    emulator.reset({ invitationLimit: 2, invitationLimitShape: { on: 'InviteMembers' } });
    expect((await create(accountIds(4))).UnprocessedAccounts).toEqual([]);
    const error = await rejection(hub().send(new InviteMembersCommand({ AccountIds: accountIds(3) })));
    expect([error.name, error.$metadata?.httpStatusCode]).toEqual(['LimitExceededException', 429]);
    expect((await hub().send(new InviteMembersCommand({ AccountIds: accountIds(2) }))).UnprocessedAccounts).toEqual([]);

    emulator.reset({ invitationLimit: 2, invitationLimitShape: { on: 'InviteMembers', answer: 'unprocessed' } });
    await create(accountIds(4));
    const { UnprocessedAccounts } = await hub().send(new InviteMembersCommand({ AccountIds: accountIds(4) }));
    expect(UnprocessedAccounts?.map((entry) => entry.AccountId)).toEqual(accountIds(2, 200000000002));
    // Sending the same invitation again does not count twice.
    expect((await hub().send(new InviteMembersCommand({ AccountIds: accountIds(2) }))).UnprocessedAccounts).toEqual([]);
  });
});

describe('opt-in Regions not enabled', () => {
  it('answer Security Hub calls with 403 UnrecognizedClientException for that account and Region only', async () => {
    emulator.reset({ notEnabledRegions: { [ADMIN]: [OPT_IN] } });
    const error = await rejection(hub(OPT_IN).send(new DescribeHubCommand({})));
    expect([error.name, error.message, error.$metadata?.httpStatusCode]).toEqual([
      'UnrecognizedClientException',
      'The security token included in the request is invalid',
      403,
    ]);
    await hub(REGION).send(new DescribeHubCommand({}));
  });

  it('answer regional STS with 403 InvalidClientTokenId', async () => {
    emulator.reset({ notEnabledRegions: { [ADMIN]: [OPT_IN] } });
    const error = await rejection(sts(emulator, { region: OPT_IN }).send(new GetCallerIdentityCommand({})));
    expect([error.name, error.$metadata?.httpStatusCode]).toEqual(['InvalidClientTokenId', 403]);
    expect((await sts(emulator).send(new GetCallerIdentityCommand({}))).Account).toBe(ADMIN);
  });

  it('hold per member account: the member is refused in its disabled Region, the administrator is not', async () => {
    emulator.reset({ memberRoles: {}, notEnabledRegions: { [MEMBER]: [OPT_IN] } });
    const member = await memberCredentials(MEMBER);
    expect((await rejection(hub(OPT_IN, member).send(new EnableSecurityHubCommand({})))).name).toBe('UnrecognizedClientException');
    await hub(REGION, member).send(new EnableSecurityHubCommand({}));
    await hub(OPT_IN).send(new ListMembersCommand({}));
  });
});

describe('member-side lag', () => {
  it('shows an invitation to the member only invitationVisibilityDelayMs after InviteMembers', async () => {
    emulator.reset({ memberRoles: {}, memberHubs: { [REGION]: [MEMBER] }, invitationVisibilityDelayMs: 250 });
    await create([MEMBER]);
    await hub().send(new InviteMembersCommand({ AccountIds: [MEMBER] }));
    const member = hub(REGION, await memberCredentials(MEMBER));
    expect((await member.send(new ListInvitationsCommand({}))).Invitations).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await member.send(new ListInvitationsCommand({}))).Invitations?.map((invitation) => invitation.AccountId)).toEqual([ADMIN]);
  });

  it('keeps a hub just enabled answering InvalidAccessException for hubActivationDelayMs', async () => {
    emulator.reset({ memberRoles: {}, hubActivationDelayMs: 250 });
    const member = hub(REGION, await memberCredentials(MEMBER));
    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
    expect((await rejection(member.send(new ListInvitationsCommand({})))).name).toBe('InvalidAccessException');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await member.send(new ListInvitationsCommand({}))).Invitations).toEqual([]);
  });
});
