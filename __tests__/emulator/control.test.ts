import { CreateMembersCommand, ListMembersCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../emulator/control/recorder.js';
import { type Emulator, type EmulatorSnapshot, startEmulator } from '../../emulator/server.js';
import { ADMIN, fetchIdToken, REGION, rejection, securityHub } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset({}));

async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${emulator.url}${path}`, init);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('/_emulator endpoints', () => {
  it('GET /_emulator/calls lists every call in order, failures included', async () => {
    const hub = securityHub(emulator);
    await hub.send(new CreateMembersCommand({ AccountDetails: [{ AccountId: '222222222222', Email: 'a@example.com' }] }));
    await rejection(hub.send(new ListMembersCommand({ MaxResults: 99 })));
    const calls = await getJson<RecordedCall[]>('/_emulator/calls');
    expect(calls).toMatchObject([
      {
        service: 'securityhub',
        operation: 'CreateMembers',
        region: REGION,
        accountId: ADMIN,
        params: { AccountDetails: [{ AccountId: '222222222222', Email: 'a@example.com' }] },
        status: 200,
      },
      { operation: 'ListMembers', params: { MaxResults: '99' }, status: 400, errorType: 'InvalidInputException' },
    ]);
    expect(calls[0]?.at).toBeLessThanOrEqual(calls[1]?.at ?? 0);
  });

  it('GET /_emulator/state shows the members per administrator and Region', async () => {
    await securityHub(emulator).send(new CreateMembersCommand({ AccountDetails: [{ AccountId: '222222222222' }] }));
    const state = await getJson<EmulatorSnapshot>('/_emulator/state');
    expect(state.hubs).toMatchObject([
      { accountId: ADMIN, region: REGION, hubEnabled: true, members: [{ AccountId: '222222222222', MemberStatus: 'Created' }] },
    ]);
  });

  it('POST /_emulator/reset installs the scenario in the body and clears the calls', async () => {
    await securityHub(emulator).send(new CreateMembersCommand({ AccountDetails: [{ AccountId: '222222222222' }] }));
    const scenario = { regions: { [REGION]: { members: [{ accountId: '121212121212', status: 'Enabled' }] } } };
    const state = await getJson<EmulatorSnapshot>('/_emulator/reset', { method: 'POST', body: JSON.stringify(scenario) });
    expect(state.scenario).toEqual(scenario);
    expect(emulator.calls).toEqual([]);
    expect(emulator.members(ADMIN, REGION).map((member) => member.AccountId)).toEqual(['121212121212']);
  });

  it('POST /_emulator/reset refuses a scenario it cannot use and keeps the old one', async () => {
    const response = await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST', body: '{"roles":{"not-an-arn":{}}}' });
    expect(response.status).toBe(400);
    expect(emulator.state().scenario).toEqual({});
  });
});

describe('recording', () => {
  it('records OIDC calls without the bearer token or the issued token', async () => {
    const token = await fetchIdToken(emulator, 'sts.amazonaws.com');
    expect(emulator.calls).toMatchObject([{ service: 'oidc', operation: 'OIDC', params: { audience: 'sts.amazonaws.com' }, status: 200 }]);
    const recorded = JSON.stringify(emulator.calls);
    expect(recorded).not.toContain(emulator.oidc.requestToken);
    expect(recorded).not.toContain(token);
  });
});

describe('authentication', () => {
  it('answers an unsigned Security Hub call with 403 MissingAuthenticationTokenException', async () => {
    const response = await fetch(`${emulator.url}/members`);
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
  });

  it('answers an unknown access key with UnrecognizedClientException', async () => {
    const hub = securityHub(emulator, { credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' } });
    const error = await rejection(hub.send(new ListMembersCommand({})));
    expect([error.name, error.$metadata?.httpStatusCode]).toEqual(['UnrecognizedClientException', 403]);
  });

  it('answers a path it does not implement with 404 UnknownOperationException', async () => {
    const response = await fetch(`${emulator.url}/findings`, {
      method: 'POST',
      headers: { authorization: `AWS4-HMAC-SHA256 Credential=AKIAEMULATOR00000000/20260101/${REGION}/securityhub/aws4_request` },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });
});

describe('env', () => {
  it('names the variables a client process needs', () => {
    expect(emulator.env).toEqual({
      AWS_ENDPOINT_URL_SECURITYHUB: emulator.url,
      AWS_ENDPOINT_URL_STS: emulator.url,
      AWS_ENDPOINT_URL_ACCOUNT: emulator.url,
      AWS_ENDPOINT_URL_EC2: emulator.url,
      AWS_ENDPOINT_URL_ORGANIZATIONS: emulator.url,
      ACTIONS_ID_TOKEN_REQUEST_URL: emulator.oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.oidc.requestToken,
      AWS_ACCESS_KEY_ID: 'AKIAEMULATOR00000000',
      AWS_SECRET_ACCESS_KEY: expect.any(String),
    });
  });

  it('is enough for SDK clients configured by the environment alone', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, emulator.env, { AWS_REGION: 'eu-west-1' });
    try {
      const identity = await new STSClient({}).send(new GetCallerIdentityCommand({}));
      expect(identity.Account).toBe(ADMIN);
      await new SecurityHubClient({}).send(new ListMembersCommand({}));
      expect(emulator.callsTo('ListMembers', 'eu-west-1')).toHaveLength(1);
    } finally {
      process.env = saved;
    }
  });
});
