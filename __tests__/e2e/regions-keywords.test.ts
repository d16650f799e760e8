// regions: enabled and linked, exclude-regions, and the `regions` output: the bundle against the
// emulator's Account (rest-json), EC2 (query) and Security Hub aggregator operations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../emulator/scenario.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { onboard, writeCalls } from './harness.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator?.close();
});

const ACCOUNT = '222222222222';
/** Three Regions enabled (one by opt-in), two opt-in Regions not enabled. */
const accountRegions: Scenario['accountRegions'] = {
  'us-east-1': 'ENABLED_BY_DEFAULT',
  'eu-west-1': 'ENABLED_BY_DEFAULT',
  'ap-southeast-2': 'ENABLED_BY_DEFAULT',
  'eu-south-1': 'ENABLED',
  'af-south-1': 'DISABLED',
  'me-south-1': 'DISABLING',
};
const run = (scenario: Scenario, inputs: Record<string, string>, env: Record<string, string> = {}) => {
  emulator.reset({ accountRegions, ...scenario });
  return onboard(emulator, { 'account-ids': ACCOUNT, ...inputs }, { env: { AWS_REGION: 'us-east-1', ...env } });
};
const regionsOf = (operation: string) => [...new Set(emulator.callsTo(operation).map((call) => call.region))].sort();

describe('regions: enabled', () => {
  it('onboards in every Region enabled for the account, from account:ListRegions, and says so', async () => {
    const result = await run({}, { regions: 'Enabled' });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.json('regions')).toEqual(['ap-southeast-2', 'eu-south-1', 'eu-west-1', 'us-east-1']);
    expect(regionsOf('CreateMembers')).toEqual(['ap-southeast-2', 'eu-south-1', 'eu-west-1', 'us-east-1']);
    const [listRegions] = emulator.callsTo('ListRegions');
    expect(listRegions?.params).toMatchObject({ RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] });
    expect(emulator.callsTo('DescribeRegions')).toHaveLength(0);
    expect(result.summary).toContain('Regions and accounts');
    expect(result.summary).toContain('account&#58;ListRegions');
  });

  it('leaves out exclude-regions, and a Region whose hub is not enabled with a notice, not a failure', async () => {
    const result = await run(
      { regions: { 'ap-southeast-2': { hubEnabled: false } } },
      { regions: 'enabled', 'exclude-regions': 'eu-south-1' },
    );
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.json('regions')).toEqual(['eu-west-1', 'us-east-1']);
    expect(result.stdout).toContain(
      '::notice::ap-southeast-2 was left out: Security Hub CSPM is not enabled for the administrator account',
    );
    expect(result.stdout).not.toContain('::error::');
    expect(emulator.callsTo('DescribeHub', 'eu-south-1')).toHaveLength(0);
    expect(writeCalls(emulator).length).toBeGreaterThan(0);
    expect(
      emulator.calls.filter((call) => ['ap-southeast-2', 'eu-south-1'].includes(call.region ?? '') && call.operation === 'CreateMembers'),
    ).toHaveLength(0);
    expect(result.json('unprocessed-accounts')).toEqual([]);
    expect(result.summary).toContain('left out by exclude-regions');
  });

  it('keeps a named Region whose hub is not enabled a failure, as always', async () => {
    const result = await run({ regions: { 'ap-southeast-2': { hubEnabled: false } } }, { regions: 'us-east-1, ap-southeast-2' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::ap-southeast-2: Security Hub CSPM is not enabled');
    expect(result.json('regions')).toEqual(['us-east-1', 'ap-southeast-2']);
  });

  it('falls back to ec2:DescribeRegions where account:ListRegions is denied', async () => {
    const result = await run({ deny: ['account:ListRegions'] }, { regions: 'enabled', mode: 'plan' });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.json('regions')).toEqual(['ap-southeast-2', 'eu-south-1', 'eu-west-1', 'us-east-1']);
    expect(emulator.callsTo('DescribeRegions')).toHaveLength(1);
    expect(result.stdout).toContain('they came from ec2:DescribeRegions');
    expect(writeCalls(emulator)).toEqual([]);
  });

  it('falls back to ec2:DescribeRegions where the partition has no Account Management (GovCloud)', async () => {
    emulator.reset({ partition: 'aws-us-gov', roles: { 'arn:aws-us-gov:iam::111111111111:role/securityhub-onboard': {} } });
    const result = await onboard(
      emulator,
      {
        'account-ids': ACCOUNT,
        regions: 'enabled',
        mode: 'plan',
        'role-to-assume': 'arn:aws-us-gov:iam::111111111111:role/securityhub-onboard',
      },
      { env: { AWS_REGION: 'us-gov-west-1' } },
    );
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.json('regions')).toEqual(['us-gov-east-1', 'us-gov-west-1']);
    expect(emulator.callsTo('ListRegions')[0]?.status).toBe(404);
  });

  it('stops before any AWS write, naming both permissions, when both are denied', async () => {
    const result = await run({ deny: ['account:ListRegions', 'ec2:DescribeRegions'] }, { regions: 'enabled' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('The role needs account:ListRegions or ec2:DescribeRegions');
    expect(emulator.calls.filter((call) => call.service === 'securityhub')).toEqual([]);
    expect(result.json('regions')).toEqual([]);
  });
});

describe('regions: linked', () => {
  const aggregator = (linkingMode: string, regions?: string[]): Scenario => ({
    findingAggregator: { homeRegion: 'eu-west-1', linkingMode, ...(regions && { regions }) },
  });

  it.each([
    ['ALL_REGIONS', undefined, ['ap-southeast-2', 'eu-south-1', 'eu-west-1', 'us-east-1']],
    ['ALL_REGIONS_EXCEPT_SPECIFIED', ['ap-southeast-2', 'eu-south-1'], ['eu-west-1', 'us-east-1']],
    ['SPECIFIED_REGIONS', ['us-east-1'], ['eu-west-1', 'us-east-1']],
    ['NO_REGIONS', undefined, ['eu-west-1']],
  ])('follows the aggregator in mode %s', async (mode, listed, expected) => {
    const result = await run(aggregator(mode, listed), { regions: 'linked', mode: 'plan' });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.json('regions')).toEqual(expected);
    // GetFindingAggregator is asked in the aggregator's home Region, named in its ARN.
    expect(emulator.callsTo('GetFindingAggregator').map((call) => call.region)).toEqual(['eu-west-1']);
    expect(regionsOf('DescribeHub')).toEqual([...expected].sort());
    expect(result.stdout).toContain(`(${mode})`);
  });

  it('is an input error that suggests enabled when there is no aggregator', async () => {
    const result = await run({}, { regions: 'linked' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('has no finding aggregator');
    expect(result.stdout).toContain("Use 'regions: enabled'");
    expect(writeCalls(emulator)).toEqual([]);
  });

  it.each(['securityhub:ListFindingAggregators', 'securityhub:GetFindingAggregator'])(
    'stops before any write and names %s when it is denied',
    async (permission) => {
      const result = await run({ ...aggregator('ALL_REGIONS'), deny: [permission] }, { regions: 'linked' });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain(`The role needs ${permission} for regions: linked`);
      expect(writeCalls(emulator)).toEqual([]);
    },
  );
});

describe('inputs', () => {
  it('refuses a keyword mixed with Region names before any AWS call', async () => {
    const result = await run({}, { regions: 'enabled, us-east-1' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("Input 'regions' takes Region names or exactly one keyword");
    expect(emulator.calls).toEqual([]);
  });

  it('sets the regions output for a plain list too', async () => {
    const result = await run({}, { regions: 'us-east-1 eu-west-1', mode: 'plan' });
    expect(result.json('regions')).toEqual(['us-east-1', 'eu-west-1']);
    expect(result.summary).not.toContain('Regions and accounts');
  });
});
