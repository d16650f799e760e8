import { CreateMembersCommand, DescribeHubCommand, GetMembersCommand, ListMembersCommand } from '@aws-sdk/client-securityhub';
import { AssumeRoleWithWebIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/server.js';
import { defaultRoleArn, type Scenario } from '../../emulator/scenario.js';
import { ADMIN, fetchIdToken, rejection, securityHub, sts } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const statuses = (operation: string) => emulator.callsTo(operation).map((call) => call.status);

describe('rate limit', () => {
  it('answers 429 TooManyRequestsException once the bucket of (account, Region, operation) is empty', async () => {
    emulator.reset({ rateLimit: { ratePerSecond: 1, burst: 2 } });
    const hub = securityHub(emulator, { maxAttempts: 1 });
    await hub.send(new ListMembersCommand({}));
    await hub.send(new ListMembersCommand({}));
    const error = await rejection(hub.send(new ListMembersCommand({})));
    expect(error.name).toBe('TooManyRequestsException');
    expect(error.message).toBe('Too Many Requests');
    expect(error.$metadata?.httpStatusCode).toBe(429);
    expect(emulator.callsTo('ListMembers').at(-1)).toMatchObject({ status: 429, errorType: 'TooManyRequestsException' });
    // Other operations and other Regions have buckets of their own.
    await hub.send(new DescribeHubCommand({}));
    await securityHub(emulator, { region: 'eu-west-1', maxAttempts: 1 }).send(new ListMembersCommand({}));
  });

  it('refills the bucket at ratePerSecond', async () => {
    emulator.reset({ rateLimit: { ratePerSecond: 20, burst: 1 } });
    const hub = securityHub(emulator, { maxAttempts: 1 });
    await hub.send(new DescribeHubCommand({}));
    expect((await rejection(hub.send(new DescribeHubCommand({})))).name).toBe('TooManyRequestsException');
    await new Promise((resolve) => setTimeout(resolve, 80));
    await hub.send(new DescribeHubCommand({}));
    expect(statuses('DescribeHub')).toEqual([200, 429, 200]);
  });
});

describe('faults', () => {
  it('fails a call `times` times, then lets the SDK retry succeed', async () => {
    emulator.reset({ faults: [{ operation: 'ListMembers', times: 2 }] });
    await securityHub(emulator, { maxAttempts: 3 }).send(new ListMembersCommand({}));
    expect(statuses('ListMembers')).toEqual([500, 500, 200]);
    expect(emulator.callsTo('ListMembers').map((call) => call.fault)).toEqual(['error', 'error', undefined]);
    expect(emulator.callsTo('ListMembers')[0]?.errorType).toBe('InternalException');
  });

  it('answers the status, error type and message asked for, after `skip` calls', async () => {
    emulator.reset({
      getMembersMissing: 'unprocessed',
      faults: [{ operation: 'GetMembers', skip: 1, times: 1, status: 400, errorType: 'InvalidInputException', message: 'Injected' }],
    });
    const hub = securityHub(emulator);
    const get = () => hub.send(new GetMembersCommand({ AccountIds: ['222222222222'] }));
    await get();
    const error = await rejection(get());
    await get();
    expect([error.name, error.message, error.$metadata?.httpStatusCode]).toEqual(['InvalidInputException', 'Injected', 400]);
    expect(statuses('GetMembers')).toEqual([200, 400, 200]);
  });

  it('matches the Region when the fault names one', async () => {
    emulator.reset({ faults: [{ operation: '*', region: 'eu-west-1' }] });
    await securityHub(emulator).send(new DescribeHubCommand({}));
    const error = await rejection(securityHub(emulator, { region: 'eu-west-1' }).send(new DescribeHubCommand({})));
    expect(error.name).toBe('InternalException');
  });

  it('never fails with probability 0', async () => {
    emulator.reset({ faults: [{ operation: 'DescribeHub', probability: 0 }] });
    for (let call = 0; call < 5; call++) await securityHub(emulator).send(new DescribeHubCommand({}));
    expect(statuses('DescribeHub')).toEqual([200, 200, 200, 200, 200]);
  });

  it('fails STS and the OIDC endpoint in their own formats', async () => {
    emulator.reset({ faults: [{ operation: 'OIDC', times: 1, status: 503 }, { operation: 'AssumeRoleWithWebIdentity' }] });
    await expect(fetchIdToken(emulator)).rejects.toThrow('OIDC endpoint answered 503');
    const assume = sts(emulator).send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: defaultRoleArn(ADMIN),
        RoleSessionName: 'onboard',
        WebIdentityToken: await fetchIdToken(emulator),
      }),
    );
    const error = await rejection(assume);
    expect([error.name, error.$metadata?.httpStatusCode]).toEqual(['InternalFailure', 500]);
  });

  it('resets the connection, which the SDK retries', async () => {
    emulator.reset({ faults: [{ operation: 'DescribeHub', kind: 'reset', times: 1 }] });
    const error = await rejection(securityHub(emulator, { maxAttempts: 1 }).send(new DescribeHubCommand({})));
    expect(String((error as { code?: string }).code ?? error.message)).toMatch(/ECONNRESET|socket hang up/);
    await securityHub(emulator, { maxAttempts: 3 }).send(new DescribeHubCommand({}));
    expect(emulator.callsTo('DescribeHub').map((call) => [call.fault, call.status])).toEqual([
      ['reset', 0],
      [undefined, 200],
    ]);
  });

  it('carries a call out and then loses its answer, so a retried CreateMembers finds the member there', async () => {
    emulator.reset({ faults: [{ operation: 'CreateMembers', kind: 'lose-answer', times: 1 }] });
    const output = await securityHub(emulator, { maxAttempts: 3 }).send(
      new CreateMembersCommand({ AccountDetails: [{ AccountId: '222222222222' }] }),
    );
    expect(output.UnprocessedAccounts?.[0]?.ProcessingResult).toMatch(/already a member or associated member of the current account/);
    expect(emulator.callsTo('CreateMembers').map((call) => call.fault)).toEqual(['lose-answer', undefined]);
    expect(emulator.members('111111111111', 'us-east-1').map((member) => member.MemberStatus)).toEqual(['Created']);
  });

  it('adds latencyMs to every answer', async () => {
    emulator.reset({ latencyMs: 150 });
    const started = Date.now();
    await securityHub(emulator).send(new DescribeHubCommand({}));
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
  });

  it('delays a Region by its own latencyMs instead of the global one', async () => {
    emulator.reset({ latencyMs: 0, regions: { 'eu-west-1': { latencyMs: 200 } } });
    const timed = async (region: string) => {
      const started = Date.now();
      await securityHub(emulator, { region }).send(new DescribeHubCommand({}));
      return Date.now() - started;
    };
    expect(await timed('eu-west-1')).toBeGreaterThanOrEqual(195);
    expect(await timed('us-east-1')).toBeLessThan(150);
  });
});

describe('a hanging call', () => {
  it('times out in the client, and close() still returns', async () => {
    const scenario: Scenario = { faults: [{ operation: 'CreateMembers', kind: 'hang' }] };
    const hanging = await startEmulator(scenario);
    const hub = securityHub(hanging, { requestTimeout: 200 });
    const error = await rejection(hub.send(new CreateMembersCommand({ AccountDetails: [{ AccountId: '222222222222' }] })));
    expect(error.name).toBe('TimeoutError');
    expect(hanging.callsTo('CreateMembers')).toMatchObject([{ fault: 'hang', status: 0 }]);

    // Without a client timeout, only close() can end this call.
    const patient = securityHub(hanging);
    const pending = patient.send(new CreateMembersCommand({ AccountDetails: [{ AccountId: '222222222222' }] })).catch(() => 'cut');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = Date.now();
    await hanging.close();
    expect(Date.now() - closing).toBeLessThan(1000);
    expect(await pending).toBe('cut');
  }, 5000);
});
