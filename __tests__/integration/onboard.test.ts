// The layer between the unit tests and the end-to-end ones: onboard() in this process, with
// settings read from inputs and a real administrator session, against the emulator over real
// HTTP with the real SDK, and no bundle. What it returns is checked against what AWS now holds.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../emulator/scenario.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { openAdministratorSession } from '../../src/aws/credentials.js';
import { onboard, type OnboardingResult } from '../../src/onboard.js';
import { lookedAt } from '../../src/model.js';
import { readSettings } from '../../src/settings.js';

const ADMIN = '111111111111';
const NEW = ['222222222222', '333333333333'];

let emulator: Emulator;
let savedEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  emulator = await startEmulator();
  savedEnv = { ...process.env };
  // The SDK finds the emulator and the static key of its administrator through the environment, as in a job.
  Object.assign(process.env, emulator.env, { AWS_REGION: 'us-east-1' });
  delete process.env.AWS_PROFILE;
});
afterEach(() => emulator.reset());
afterAll(async () => {
  process.env = savedEnv;
  await emulator?.close();
});

async function run(inputs: Record<string, string>, scenario: Scenario = {}): Promise<OnboardingResult> {
  emulator.reset(scenario);
  const settings = readSettings((name) => inputs[name] ?? '', { GITHUB_WORKSPACE: process.cwd() }, { kind: 'read', payload: {} });
  const session = await openAdministratorSession({ ...settings.credentials, regions: settings.regions });
  expect(session.accountId).toBe(ADMIN);
  return onboard(
    settings,
    session,
    NEW.map((accountId) => ({ accountId, origin: { kind: 'input' } })),
  );
}

const statusOf = (region: string, accountId: string) =>
  emulator.members(ADMIN, region).find((member) => member.AccountId === accountId)?.MemberStatus;
const writes = () =>
  emulator.calls.filter((call) => ['CreateMembers', 'InviteMembers', 'DisassociateMembers', 'DeleteMembers'].includes(call.operation));
const regionOf = (result: OnboardingResult, region: string) => lookedAt(result.regions).find((outcome) => outcome.region === region)!;

describe('onboard() in process, against the emulator', () => {
  it('creates and invites the accounts in every Region, acting as the administrator', async () => {
    const result = await run({ regions: 'us-east-1 eu-west-1', mode: 'apply' });
    expect(result.regions.map((region) => region.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    for (const region of ['us-east-1', 'eu-west-1']) {
      for (const accountId of NEW) expect(statusOf(region, accountId)).toBe('Invited');
      const accounts = regionOf(result, region).accounts;
      expect(accounts.map((account) => [account.accountId, account.action]).sort()).toEqual(NEW.map((accountId) => [accountId, 'create']));
      expect(accounts.filter((account) => account.unprocessed)).toEqual([]);
    }
    expect(emulator.calls.filter((call) => call.service === 'securityhub').every((call) => call.accountId === ADMIN)).toBe(true);
    expect(result.stats.calls.CreateMembers).toBe(2);
  });

  it('plans without a single write call', async () => {
    const result = await run({ regions: 'us-east-1', mode: 'plan' });
    expect(writes()).toEqual([]);
    expect(regionOf(result, 'us-east-1').accounts.map((account) => account.action)).toEqual(['create', 'create']);
    expect(emulator.members(ADMIN, 'us-east-1')).toEqual([]);
  });

  it("returns an account AWS would not create with AWS's own reason, and does the others", async () => {
    const result = await run({ regions: 'us-east-1', mode: 'apply' }, { unprocessable: { '333333333333': 'The account is not valid.' } });
    const refused = regionOf(result, 'us-east-1').accounts.find((account) => account.accountId === '333333333333');
    expect(refused?.unprocessed).toEqual({ operation: 'CreateMembers', processingResult: 'The account is not valid.' });
    expect(statusOf('us-east-1', '222222222222')).toBe('Invited');
    expect(statusOf('us-east-1', '333333333333')).toBeUndefined();
  });

  it('fails a Region whose hub is not enabled on its own, and onboards the others', async () => {
    const result = await run({ regions: 'us-east-1 eu-west-1', mode: 'apply' }, { regions: { 'eu-west-1': { hubEnabled: false } } });
    expect(result.regions.find((outcome) => outcome.region === 'eu-west-1')?.failure).toBeDefined();
    expect(emulator.callsTo('CreateMembers', 'eu-west-1')).toEqual([]);
    for (const accountId of NEW) expect(statusOf('us-east-1', accountId)).toBe('Invited');
  });
});
