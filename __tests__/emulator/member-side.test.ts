import {
  AcceptAdministratorInvitationCommand,
  AcceptInvitationCommand,
  CreateMembersCommand,
  DeclineInvitationsCommand,
  DescribeHubCommand,
  DisassociateMembersCommand,
  EnableSecurityHubCommand,
  GetAdministratorAccountCommand,
  GetInvitationsCountCommand,
  GetMasterAccountCommand,
  GetMembersCommand,
  type Invitation,
  InviteMembersCommand,
  ListInvitationsCommand,
  paginateListInvitations,
  type SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../emulator/scenario.js';
import { type Emulator, startEmulator } from '../../emulator/server.js';
import { ADMIN, type Credentials, fetchIdToken, REGION, rejection, securityHub, sts } from './helpers.js';

const MEMBER = '222222222222';
const ORG = '333333333333';
const DENIED = '444444444444';
const MISSING = '555555555555';
const FOREIGN_ADMIN = '999999999999';
const ROLE_NAME = 'securityhub-onboard-member';
const SESSION = 'securityhub-onboard';
const ADMIN_SESSION_ARN = `arn:aws:sts::${ADMIN}:assumed-role/securityhub-onboard/${SESSION}`;
const SCENARIO: Scenario = {
  organizationAccounts: [ORG],
  memberRoles: { deny: [DENIED], missing: [MISSING] },
  foreignInvitations: [{ memberAccountId: MEMBER, administratorAccountId: FOREIGN_ADMIN, region: REGION }],
};

let emulator: Emulator;
let admin: SecurityHubClient;
beforeAll(async () => {
  emulator = await startEmulator(SCENARIO);
  admin = securityHub(emulator);
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset(SCENARIO));

/** The administrator's session as the action has it: OIDC token, then AssumeRoleWithWebIdentity. */
async function administratorSession(): Promise<Credentials> {
  const output = await sts(emulator).send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: `arn:aws:iam::${ADMIN}:role/securityhub-onboard`,
      RoleSessionName: SESSION,
      WebIdentityToken: await fetchIdToken(emulator),
    }),
  );
  return credentialsOf(output.Credentials);
}

/** Role chaining from `from` (default: the administrator's session) into the member role of `accountId`. */
async function assumeMember(
  accountId: string,
  options: { externalId?: string; roleName?: string; from?: Credentials } = {},
): Promise<Credentials> {
  const client = sts(emulator, { credentials: options.from ?? (await administratorSession()) });
  const output = await client.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${accountId}:role/${options.roleName ?? ROLE_NAME}`,
      RoleSessionName: SESSION,
      DurationSeconds: 900,
      ...(options.externalId !== undefined && { ExternalId: options.externalId }),
    }),
  );
  return credentialsOf(output.Credentials);
}

function credentialsOf(
  issued: { AccessKeyId?: string | undefined; SecretAccessKey?: string | undefined; SessionToken?: string | undefined } | undefined,
): Credentials {
  return {
    accessKeyId: issued?.AccessKeyId ?? '',
    secretAccessKey: issued?.SecretAccessKey ?? '',
    sessionToken: issued?.SessionToken ?? '',
  };
}

async function memberHub(accountId: string, region = REGION): Promise<SecurityHubClient> {
  return securityHub(emulator, { credentials: await assumeMember(accountId), region });
}

async function invite(accountId: string): Promise<void> {
  await admin.send(new CreateMembersCommand({ AccountDetails: [{ AccountId: accountId }] }));
  await admin.send(new InviteMembersCommand({ AccountIds: [accountId] }));
}

async function invitationsOf(member: SecurityHubClient): Promise<Invitation[]> {
  const invitations: Invitation[] = [];
  for await (const page of paginateListInvitations({ client: member, pageSize: 50 }, {})) invitations.push(...(page.Invitations ?? []));
  return invitations;
}

async function ourInvitation(member: SecurityHubClient): Promise<Invitation> {
  const ours = (await invitationsOf(member)).find((invitation) => invitation.AccountId === ADMIN);
  if (!ours) throw new Error('No invitation from the administrator');
  return ours;
}

const statusOf = async (accountId: string) =>
  (await admin.send(new GetMembersCommand({ AccountIds: [accountId] }))).Members?.[0]?.MemberStatus;
const hubState = (accountId: string, region = REGION) =>
  emulator.state().hubs.find((hub) => hub.accountId === accountId && hub.region === region);

describe('the whole member-side chain', () => {
  it('invites, assumes the member role, enables without default standards, and accepts only our invitation', async () => {
    await invite(MEMBER);
    const member = await memberHub(MEMBER);
    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));

    const invitations = await invitationsOf(member);
    expect(invitations.map((invitation) => [invitation.AccountId, invitation.MemberStatus])).toEqual([
      [ADMIN, 'Invited'],
      [FOREIGN_ADMIN, 'Invited'],
    ]);
    expect(invitations[0]?.InvitationId).toMatch(/^[0-9a-f]{32}$/);
    expect(invitations[0]?.InvitedAt).toBeInstanceOf(Date);

    const ours = invitations[0]!;
    await member.send(new AcceptAdministratorInvitationCommand({ AdministratorId: ADMIN, InvitationId: ours.InvitationId }));
    expect(await statusOf(MEMBER)).toBe('Enabled');
    expect(emulator.members(FOREIGN_ADMIN, REGION)).toMatchObject([{ AccountId: MEMBER, MemberStatus: 'Invited' }]);
    expect(hubState(MEMBER)).toMatchObject({ hubEnabled: true, defaultStandardsEnabled: false });
    expect((await member.send(new GetAdministratorAccountCommand({}))).Administrator).toMatchObject({
      AccountId: ADMIN,
      InvitationId: ours.InvitationId,
      MemberStatus: 'Enabled',
    });
    // The accepted invitation stays listed as Enabled; only the foreign one is still pending.
    expect((await invitationsOf(member)).map((invitation) => invitation.MemberStatus)).toEqual(['Enabled', 'Invited']);
    expect((await member.send(new GetInvitationsCountCommand({}))).InvitationsCount).toBe(1);
  });

  it('records each member-side call under the member account', async () => {
    await invite(MEMBER);
    const member = await memberHub(MEMBER);
    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
    expect(emulator.callsTo('AssumeRole')).toMatchObject([{ service: 'sts', accountId: ADMIN, status: 200 }]);
    expect(emulator.callsTo('EnableSecurityHub')).toMatchObject([
      { accountId: MEMBER, params: { EnableDefaultStandards: false }, status: 200 },
    ]);
  });
});

describe('AssumeRole into a member account', () => {
  it('chains from the administrator session into the member account', async () => {
    const identity = await sts(emulator, { credentials: await assumeMember(MEMBER) }).send(new GetCallerIdentityCommand({}));
    expect(identity.Account).toBe(MEMBER);
    expect(identity.Arn).toBe(`arn:aws:sts::${MEMBER}:assumed-role/${ROLE_NAME}/${SESSION}`);
  });

  it('refuses a role whose trust denies the administrator, in IAM words', async () => {
    const error = await rejection(assumeMember(DENIED));
    expect(error.name).toBe('AccessDenied');
    expect(error.$metadata?.httpStatusCode).toBe(403);
    expect(error.message).toBe(
      `User: ${ADMIN_SESSION_ARN} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${DENIED}:role/${ROLE_NAME}`,
    );
  });

  it('refuses a missing role with the same AccessDenied', async () => {
    const error = await rejection(assumeMember(MISSING));
    expect(error.name).toBe('AccessDenied');
    expect(error.message).toContain(`on resource: arn:aws:iam::${MISSING}:role/${ROLE_NAME}`);
  });

  it('wants the external ID when the trust requires one', async () => {
    emulator.reset({ ...SCENARIO, memberRoles: { externalId: 'onboard-7f3a' } });
    for (const externalId of [undefined, 'wrong-id']) {
      const error = await rejection(assumeMember(MEMBER, externalId === undefined ? {} : { externalId }));
      expect(error.name).toBe('AccessDenied');
    }
    expect((await assumeMember(MEMBER, { externalId: 'onboard-7f3a' })).accessKeyId).toMatch(/^ASIA/);
    expect((await rejection(assumeMember(MEMBER, { externalId: 'x' }))).name).toBe('ValidationError');
  });

  it('trusts the administrator account only', async () => {
    const memberSession = await assumeMember(MEMBER);
    const error = await rejection(assumeMember(ORG, { from: memberSession }));
    expect(error.message).toBe(
      `User: arn:aws:sts::${MEMBER}:assumed-role/${ROLE_NAME}/${SESSION} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ORG}:role/${ROLE_NAME}`,
    );
  });

  it('knows only the scenario role name, and no member role at all without memberRoles', async () => {
    emulator.reset({ ...SCENARIO, memberRoles: { roleName: 'hub-member' } });
    expect((await assumeMember(MEMBER, { roleName: 'hub-member' })).accessKeyId).toMatch(/^ASIA/);
    expect((await rejection(assumeMember(MEMBER))).name).toBe('AccessDenied');
    emulator.reset({});
    expect((await rejection(assumeMember(MEMBER, { roleName: 'hub-member' }))).name).toBe('AccessDenied');
  });
});

describe('the member hub', () => {
  it('is not enabled in a member account until EnableSecurityHub, which records its parameters', async () => {
    const member = await memberHub(MEMBER);
    const error = await rejection(member.send(new DescribeHubCommand({})));
    expect(error.name).toBe('InvalidAccessException');
    expect(error.message).toBe(`Account ${MEMBER} is not subscribed to AWS Security Hub`);
    expect(error.$metadata?.httpStatusCode).toBe(401);

    await member.send(
      new EnableSecurityHubCommand({
        EnableDefaultStandards: false,
        ControlFindingGenerator: 'STANDARD_CONTROL',
        Tags: { team: 'security' },
      }),
    );
    const described = await member.send(new DescribeHubCommand({}));
    expect(described.HubArn).toBe(`arn:aws:securityhub:${REGION}:${MEMBER}:hub/default`);
    expect(described.ControlFindingGenerator).toBe('STANDARD_CONTROL');
    expect(hubState(MEMBER)).toMatchObject({
      hubEnabled: true,
      defaultStandardsEnabled: false,
      controlFindingGenerator: 'STANDARD_CONTROL',
    });
  });

  it('answers ResourceConflictException to a second EnableSecurityHub', async () => {
    const member = await memberHub(MEMBER);
    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
    const error = await rejection(member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false })));
    expect(error.name).toBe('ResourceConflictException');
    expect(error.message).toBe('Account is already subscribed to Security Hub');
    expect(error.$metadata?.httpStatusCode).toBe(409);
  });

  it('gets the default standards when EnableDefaultStandards is left out', async () => {
    await (await memberHub(MEMBER)).send(new EnableSecurityHubCommand({}));
    expect(hubState(MEMBER)).toMatchObject({ defaultStandardsEnabled: true, controlFindingGenerator: 'SECURITY_CONTROL' });
  });

  it('is enabled in the Regions the scenario lists in memberHubs only', async () => {
    emulator.reset({ ...SCENARIO, memberHubs: { [REGION]: [MEMBER] } });
    const credentials = await assumeMember(MEMBER);
    expect((await securityHub(emulator, { credentials }).send(new DescribeHubCommand({}))).HubArn).toContain(MEMBER);
    const frankfurt = securityHub(emulator, { credentials, region: 'eu-central-1' });
    expect((await rejection(frankfurt.send(new DescribeHubCommand({})))).name).toBe('InvalidAccessException');
  });

  it('is enabled, with the default standards, when CreateMembers enables an organization account', async () => {
    await admin.send(new CreateMembersCommand({ AccountDetails: [{ AccountId: ORG }] }));
    await (await memberHub(ORG)).send(new DescribeHubCommand({}));
    expect(hubState(ORG)).toMatchObject({ hubEnabled: true, defaultStandardsEnabled: true });
  });
});

describe('accepting an invitation', () => {
  it('fails while Security Hub is not enabled in the member Region, before the invitation is even looked up', async () => {
    await invite(MEMBER);
    const member = await memberHub(MEMBER);
    const accept = (InvitationId: string) =>
      member.send(new AcceptAdministratorInvitationCommand({ AdministratorId: ADMIN, InvitationId }));
    const error = await rejection(accept('ffffffffffffffffffffffffffffffff'));
    expect(error.name).toBe('InvalidAccessException');
    expect(error.message).toBe(`Account ${MEMBER} is not subscribed to AWS Security Hub`);
    expect(error.$metadata?.httpStatusCode).toBe(401);
    expect((await rejection(member.send(new ListInvitationsCommand({})))).name).toBe('InvalidAccessException');
    expect((await rejection(member.send(new GetInvitationsCountCommand({})))).name).toBe('InvalidAccessException');
    expect(await statusOf(MEMBER)).toBe('Invited');

    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
    await accept((await ourInvitation(member)).InvitationId!);
    expect(await statusOf(MEMBER)).toBe('Enabled');
  });

  it('refuses a wrong InvitationId or AdministratorId with ResourceNotFoundException', async () => {
    await invite(MEMBER);
    const member = await memberHub(MEMBER);
    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
    const { InvitationId } = await ourInvitation(member);
    for (const [AdministratorId, id] of [
      [ADMIN, 'ffffffffffffffffffffffffffffffff'],
      ['888888888888', InvitationId],
    ]) {
      const error = await rejection(member.send(new AcceptAdministratorInvitationCommand({ AdministratorId, InvitationId: id })));
      expect(error.name).toBe('ResourceNotFoundException');
      expect(error.$metadata?.httpStatusCode).toBe(404);
    }
    expect(await statusOf(MEMBER)).toBe('Invited');
  });

  it('binds the member to one administrator: another acceptance fails', async () => {
    await invite(MEMBER);
    const member = await memberHub(MEMBER);
    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
    const invitations = await invitationsOf(member);
    const foreign = invitations.find((invitation) => invitation.AccountId === FOREIGN_ADMIN)!;
    await member.send(new AcceptAdministratorInvitationCommand({ AdministratorId: FOREIGN_ADMIN, InvitationId: foreign.InvitationId }));

    const ours = invitations.find((invitation) => invitation.AccountId === ADMIN)!;
    const error = await rejection(
      member.send(new AcceptAdministratorInvitationCommand({ AdministratorId: ADMIN, InvitationId: ours.InvitationId })),
    );
    expect(error.name).toBe('InvalidInputException');
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(error.message).toContain(`already a member of administrator ${FOREIGN_ADMIN}`);
    expect(await statusOf(MEMBER)).toBe('Invited');
    expect((await member.send(new GetAdministratorAccountCommand({}))).Administrator?.AccountId).toBe(FOREIGN_ADMIN);
  });

  it('is the same with the deprecated AcceptInvitation and MasterId', async () => {
    await invite(MEMBER);
    const member = await memberHub(MEMBER);
    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
    const { InvitationId } = await ourInvitation(member);
    await member.send(new AcceptInvitationCommand({ MasterId: ADMIN, InvitationId }));
    expect(await statusOf(MEMBER)).toBe('Enabled');
    expect((await member.send(new GetMasterAccountCommand({}))).Master).toMatchObject({ AccountId: ADMIN, MemberStatus: 'Enabled' });
  });

  it('is refused to an administrator account', async () => {
    emulator.reset({
      ...SCENARIO,
      foreignInvitations: [{ memberAccountId: ADMIN, administratorAccountId: FOREIGN_ADMIN, region: REGION }],
    });
    await admin.send(new CreateMembersCommand({ AccountDetails: [{ AccountId: MEMBER }] }));
    const foreign = (await invitationsOf(admin))[0]!;
    const error = await rejection(
      admin.send(new AcceptAdministratorInvitationCommand({ AdministratorId: FOREIGN_ADMIN, InvitationId: foreign.InvitationId })),
    );
    expect(error.name).toBe('InvalidInputException');
    expect(error.message).toContain('cannot accept an invitation');
  });
});

describe('the member side', () => {
  it('sees no administrator before it accepts one', async () => {
    await invite(MEMBER);
    const member = await memberHub(MEMBER);
    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
    expect((await member.send(new GetAdministratorAccountCommand({}))).Administrator).toBeUndefined();
  });

  it('loses its administrator when the administrator disassociates it', async () => {
    await invite(MEMBER);
    const member = await memberHub(MEMBER);
    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
    const { InvitationId } = await ourInvitation(member);
    await member.send(new AcceptAdministratorInvitationCommand({ AdministratorId: ADMIN, InvitationId }));
    await admin.send(new DisassociateMembersCommand({ AccountIds: [MEMBER] }));
    expect((await member.send(new GetAdministratorAccountCommand({}))).Administrator).toBeUndefined();
    expect((await invitationsOf(member)).map((invitation) => invitation.AccountId)).toEqual([FOREIGN_ADMIN]);
  });

  it('sees a resent invitation under the same ID, in its Region only', async () => {
    emulator.reset({ ...SCENARIO, memberHubs: { 'eu-central-1': [MEMBER] } });
    await invite(MEMBER);
    const member = await memberHub(MEMBER);
    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
    const first = await ourInvitation(member);
    await admin.send(new InviteMembersCommand({ AccountIds: [MEMBER] }));
    expect((await ourInvitation(member)).InvitationId).toBe(first.InvitationId);
    expect(await invitationsOf(await memberHub(MEMBER, 'eu-central-1'))).toEqual([]);
  });

  it('sees the invitations seeded in regions, and has its hub enabled where it is a seeded Enabled member', async () => {
    emulator.reset({
      ...SCENARIO,
      regions: {
        [REGION]: { members: [{ accountId: MEMBER, status: 'INVITED' }] },
        'eu-central-1': { members: [{ accountId: MEMBER, status: 'ASSOCIATED' }] },
      },
    });
    const member = await memberHub(MEMBER);
    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
    await member.send(
      new AcceptAdministratorInvitationCommand({ AdministratorId: ADMIN, InvitationId: (await ourInvitation(member)).InvitationId }),
    );
    expect(await statusOf(MEMBER)).toBe('Enabled');
    const frankfurt = await memberHub(MEMBER, 'eu-central-1');
    expect((await frankfurt.send(new GetAdministratorAccountCommand({}))).Administrator).toMatchObject({
      AccountId: ADMIN,
      MemberStatus: 'ASSOCIATED',
    });
  });

  it('pages ListInvitations with MaxResults and NextToken, and refuses MaxResults beyond 50', async () => {
    const senders = ['900000000001', '900000000002', '900000000003'];
    emulator.reset({
      ...SCENARIO,
      foreignInvitations: senders.map((administratorAccountId) => ({ memberAccountId: MEMBER, administratorAccountId, region: REGION })),
    });
    const member = await memberHub(MEMBER);
    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
    const first = await member.send(new ListInvitationsCommand({ MaxResults: 2 }));
    expect(first.Invitations?.map((invitation) => invitation.AccountId)).toEqual(senders.slice(0, 2));
    const rest = await member.send(new ListInvitationsCommand({ MaxResults: 2, NextToken: first.NextToken }));
    expect(rest.Invitations?.map((invitation) => invitation.AccountId)).toEqual(senders.slice(2));
    expect(rest.NextToken).toBeUndefined();
    expect((await rejection(member.send(new ListInvitationsCommand({ MaxResults: 51 })))).name).toBe('InvalidInputException');
  });

  it('declines an invitation, which the administrator sees as Resigned', async () => {
    await invite(MEMBER);
    const member = await memberHub(MEMBER);
    await member.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
    const { UnprocessedAccounts } = await member.send(new DeclineInvitationsCommand({ AccountIds: [ADMIN, '888888888888'] }));
    expect(UnprocessedAccounts?.map((entry) => entry.AccountId)).toEqual(['888888888888']);
    expect(await statusOf(MEMBER)).toBe('Resigned');
    expect((await invitationsOf(member)).map((invitation) => invitation.AccountId)).toEqual([FOREIGN_ADMIN]);
  });

  it('keeps an organization account that accepted another administrator from being enabled by ours', async () => {
    emulator.reset({
      ...SCENARIO,
      foreignInvitations: [{ memberAccountId: ORG, administratorAccountId: FOREIGN_ADMIN, region: REGION, status: 'Enabled' }],
    });
    const { UnprocessedAccounts } = await admin.send(new CreateMembersCommand({ AccountDetails: [{ AccountId: ORG }] }));
    expect(UnprocessedAccounts).toEqual([
      {
        AccountId: ORG,
        ProcessingResult: 'You cannot enable an account if it is already a member account for a different administrator account.',
      },
    ]);
  });
});

describe('the scenario', () => {
  it('refuses a foreign invitation sent by its own administrator', () => {
    expect(() =>
      emulator.reset({ foreignInvitations: [{ memberAccountId: MEMBER, administratorAccountId: ADMIN, region: REGION }] }),
    ).toThrow(/must come from an administrator other than/);
  });
});
