// The emulator's Account, EC2, Organizations and Security Hub configuration operations, through the
// real SDK clients: each speaks its service's own protocol.
import { AccountClient, ListRegionsCommand } from '@aws-sdk/client-account';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ListAccountsCommand, ListChildrenCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import {
  DescribeOrganizationConfigurationCommand,
  GetFindingAggregatorCommand,
  ListFindingAggregatorsCommand,
} from '@aws-sdk/client-securityhub';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { ADMIN, REGION, rejection, securityHub, STATIC_CREDENTIALS } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const client = <T>(Client: new (config: object) => T) =>
  new Client({ region: REGION, endpoint: emulator.url, credentials: STATIC_CREDENTIALS, maxAttempts: 1 });
const organization = {
  units: [
    {
      id: 'ou-exam-aaaaaaaa',
      accounts: [{ id: '300000000001', state: 'SUSPENDED' as const }, { id: '300000000002' }],
      units: [{ id: 'ou-exam-bbbbbbbb', accounts: [{ id: '300000000003' }] }],
    },
  ],
};

describe('Account Management', () => {
  it('lists Regions by opt-in status, in pages', async () => {
    emulator.reset({
      accountRegions: { 'us-east-1': 'ENABLED_BY_DEFAULT', 'eu-south-1': 'ENABLED', 'af-south-1': 'DISABLED', 'me-south-1': 'ENABLING' },
    });
    const account = client(AccountClient);
    const first = await account.send(new ListRegionsCommand({ RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'], MaxResults: 1 }));
    expect(first.Regions).toEqual([{ RegionName: 'us-east-1', RegionOptStatus: 'ENABLED_BY_DEFAULT' }]);
    const second = await account.send(
      new ListRegionsCommand({ RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'], MaxResults: 1, NextToken: first.NextToken }),
    );
    expect(second).toMatchObject({ Regions: [{ RegionName: 'eu-south-1', RegionOptStatus: 'ENABLED' }] });
    expect(second.NextToken).toBeUndefined();
  });

  it('answers AccessDeniedException for a denied action, named as IAM names it', async () => {
    emulator.reset({ deny: ['account:ListRegions'] });
    const error = await rejection(client(AccountClient).send(new ListRegionsCommand({})));
    expect(error).toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
    expect(error.message).toContain('is not authorized to perform: account:ListRegions');
  });
});

describe('EC2', () => {
  it('describes the enabled Regions with their opt-in status, all of them with AllRegions', async () => {
    emulator.reset({ accountRegions: { 'us-east-1': 'ENABLED_BY_DEFAULT', 'eu-south-1': 'ENABLED', 'af-south-1': 'DISABLED' } });
    const ec2 = client(EC2Client);
    const enabled = await ec2.send(new DescribeRegionsCommand({}));
    expect(enabled.Regions?.map((region) => [region.RegionName, region.OptInStatus])).toEqual([
      ['us-east-1', 'opt-in-not-required'],
      ['eu-south-1', 'opted-in'],
    ]);
    expect((await ec2.send(new DescribeRegionsCommand({ AllRegions: true }))).Regions).toHaveLength(3);
  });

  it('answers UnauthorizedOperation when denied', async () => {
    emulator.reset({ deny: ['ec2:DescribeRegions'] });
    expect(await rejection(client(EC2Client).send(new DescribeRegionsCommand({})))).toMatchObject({ name: 'UnauthorizedOperation' });
  });
});

describe('Organizations', () => {
  it('lists accounts in pages of 20 at most, with State, the retiring Status and Paths', async () => {
    emulator.reset({ organization: { ...organization, pageSize: 2 } });
    const organizations = client(OrganizationsClient);
    const first = await organizations.send(new ListAccountsCommand({}));
    expect(first.Accounts?.map((account) => [account.Id, account.State, account.Status])).toEqual([
      ['300000000001', 'SUSPENDED', 'SUSPENDED'],
      ['300000000002', 'ACTIVE', 'ACTIVE'],
    ]);
    expect(first.Accounts?.[0]?.Paths).toEqual(['o-exampleorg1/r-exam/ou-exam-aaaaaaaa/300000000001/']);
    const second = await organizations.send(new ListAccountsCommand({ NextToken: first.NextToken }));
    expect(second.Accounts?.map((account) => account.Id)).toEqual(['300000000003']);
    expect(await rejection(organizations.send(new ListAccountsCommand({ MaxResults: 21 })))).toMatchObject({
      name: 'InvalidInputException',
    });
  });

  it('leaves out Paths and State when the scenario says so', async () => {
    emulator.reset({ organization: { ...organization, paths: false, state: false } });
    const [first] = (await client(OrganizationsClient).send(new ListAccountsCommand({}))).Accounts ?? [];
    expect(first).not.toHaveProperty('Paths');
    expect(first).not.toHaveProperty('State');
    expect(first?.Status).toBe('SUSPENDED');
  });

  it('lists child units, and refuses a parent it does not have', async () => {
    emulator.reset({ organization });
    const organizations = client(OrganizationsClient);
    expect(
      (await organizations.send(new ListChildrenCommand({ ParentId: 'ou-exam-aaaaaaaa', ChildType: 'ORGANIZATIONAL_UNIT' }))).Children,
    ).toEqual([{ Id: 'ou-exam-bbbbbbbb', Type: 'ORGANIZATIONAL_UNIT' }]);
    expect(
      await rejection(organizations.send(new ListChildrenCommand({ ParentId: 'ou-exam-cccccccc', ChildType: 'ACCOUNT' }))),
    ).toMatchObject({ name: 'ParentNotFoundException' });
  });

  it('throttles with 400 TooManyRequestsException, which the SDK retries as throttling', async () => {
    emulator.reset({ organization: { ...organization, rateLimit: { ratePerSecond: 1, burst: 1 } } });
    const organizations = client(OrganizationsClient);
    await organizations.send(new ListAccountsCommand({}));
    const error = await rejection(organizations.send(new ListAccountsCommand({})));
    expect(error).toMatchObject({ name: 'TooManyRequestsException', $metadata: { httpStatusCode: 400 } });
    const retrying = new OrganizationsClient({ region: REGION, endpoint: emulator.url, credentials: STATIC_CREDENTIALS, maxAttempts: 5 });
    await retrying.send(new ListAccountsCommand({}));
  });

  it('answers AWSOrganizationsNotInUseException without an organization, AccessDeniedException when denied', async () => {
    emulator.reset({});
    expect(await rejection(client(OrganizationsClient).send(new ListAccountsCommand({})))).toMatchObject({
      name: 'AWSOrganizationsNotInUseException',
    });
    emulator.reset({ organization, deny: ['organizations:ListAccounts'] });
    expect(await rejection(client(OrganizationsClient).send(new ListAccountsCommand({})))).toMatchObject({ name: 'AccessDeniedException' });
  });
});

describe('Security Hub configuration', () => {
  it('lists the aggregator from any Region and gets it in its home Region, through the greedy path', async () => {
    emulator.reset({ findingAggregator: { homeRegion: 'eu-west-1', linkingMode: 'SPECIFIED_REGIONS', regions: ['us-east-1'] } });
    const { FindingAggregators } = await securityHub(emulator, { region: 'ap-south-1' }).send(new ListFindingAggregatorsCommand({}));
    const arn = FindingAggregators?.[0]?.FindingAggregatorArn ?? '';
    expect(arn).toBe(`arn:aws:securityhub:eu-west-1:${ADMIN}:finding-aggregator/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`);
    expect(
      await securityHub(emulator, { region: 'eu-west-1' }).send(new GetFindingAggregatorCommand({ FindingAggregatorArn: arn })),
    ).toMatchObject({
      FindingAggregationRegion: 'eu-west-1',
      RegionLinkingMode: 'SPECIFIED_REGIONS',
      Regions: ['us-east-1'],
    });
    expect(await rejection(securityHub(emulator).send(new GetFindingAggregatorCommand({ FindingAggregatorArn: arn })))).toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });

  it('describes the organization configuration to the delegated administrator only', async () => {
    emulator.reset({ organization: { ...organization, configurationType: 'CENTRAL', delegatedAdministrator: ['eu-west-1'] } });
    expect(await securityHub(emulator, { region: 'eu-west-1' }).send(new DescribeOrganizationConfigurationCommand({}))).toMatchObject({
      AutoEnable: false,
      OrganizationConfiguration: { ConfigurationType: 'CENTRAL', Status: 'ENABLED' },
    });
    const error = await rejection(securityHub(emulator).send(new DescribeOrganizationConfigurationCommand({})));
    expect(error).toMatchObject({ name: 'InvalidAccessException' });
    expect(error.message).toBe(`Account ${ADMIN} is not an administrator for this organization`);
  });
});
