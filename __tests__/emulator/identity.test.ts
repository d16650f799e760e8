import { createHmac } from 'node:crypto';
import * as core from '@actions/core';
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { fromWebToken } from '@aws-sdk/credential-providers';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/server.js';
import type { Scenario } from '../../emulator/scenario.js';
import { ADMIN, fetchIdToken, REGION, rejection, sts } from './helpers.js';

const ROLE = `arn:aws:iam::${ADMIN}:role/onboarder`;
const MEMBER_ROLE = 'arn:aws:iam::222222222222:role/member-reader';
const SCENARIO: Scenario = {
  roles: {
    [ROLE]: { subjectPattern: 'repo:octo-org/octo-repo:*' },
    [MEMBER_ROLE]: {},
    'arn:aws:iam::333333333333:role/other-repo-only': { subjectPattern: 'repo:other/repo:*' },
  },
};

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator(SCENARIO);
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset(SCENARIO));

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
}

function assumeWithToken(token: string, overrides: Partial<{ RoleArn: string; RoleSessionName: string; DurationSeconds: number }> = {}) {
  return sts(emulator).send(
    new AssumeRoleWithWebIdentityCommand({ RoleArn: ROLE, RoleSessionName: 'onboard', WebIdentityToken: token, ...overrides }),
  );
}

describe('OIDC token endpoint', () => {
  it('issues a token with the GitHub claims and the audience asked for', async () => {
    const before = Math.floor(Date.now() / 1000);
    const claims = claimsOf(await fetchIdToken(emulator, 'sts.amazonaws.com'));
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sts.amazonaws.com',
      sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
    });
    expect(claims.exp).toBe((claims.iat as number) + 300);
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(typeof claims.jti).toBe('string');
  });

  it('refuses a request without the right bearer token', async () => {
    const missing = await fetch(`${emulator.oidc.requestUrl}&audience=x`);
    const wrong = await fetch(`${emulator.oidc.requestUrl}&audience=x`, { headers: { authorization: 'Bearer nope' } });
    expect([missing.status, wrong.status]).toEqual([401, 401]);
  });

  it('serves @actions/core getIDToken() from the ACTIONS_ID_TOKEN_REQUEST_* variables', async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = emulator.oidc.requestUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = emulator.oidc.requestToken;
    // getIDToken() prints ::debug:: and ::add-mask:: workflow commands; keep them out of the test log.
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const token = await core.getIDToken('sts.amazonaws.com');
      expect(claimsOf(token).aud).toBe('sts.amazonaws.com');
    } finally {
      stdout.mockRestore();
      delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
      delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    }
  });

  it('accepts a request URL without a query string, as getIDToken() then sends `&audience=`', async () => {
    const bare = emulator.oidc.requestUrl.split('?')[0];
    const response = await fetch(`${bare}&audience=custom`, { headers: { authorization: `Bearer ${emulator.oidc.requestToken}` } });
    const { value } = (await response.json()) as { value: string };
    expect(claimsOf(value).aud).toBe('custom');
  });
});

describe('AssumeRoleWithWebIdentity and GetCallerIdentity', () => {
  it('chains the OIDC token through fromWebToken into the role account', async () => {
    const credentials = fromWebToken({
      roleArn: ROLE,
      roleSessionName: 'securityhub-onboard',
      webIdentityToken: await fetchIdToken(emulator),
      clientConfig: { region: REGION, endpoint: emulator.url },
    });
    const identity = await sts(emulator, { credentials: await credentials() }).send(new GetCallerIdentityCommand({}));
    expect(identity.Account).toBe(ADMIN);
    expect(identity.Arn).toBe(`arn:aws:sts::${ADMIN}:assumed-role/onboarder/securityhub-onboard`);
    expect(identity.UserId).toMatch(/^AROA[0-9A-F]{17}:securityhub-onboard$/);
  });

  it('issues fresh ASIA credentials that expire after the duration asked for', async () => {
    const output = await assumeWithToken(await fetchIdToken(emulator), { DurationSeconds: 900 });
    const issued = output.Credentials!;
    expect(issued.AccessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(issued.SecretAccessKey).toHaveLength(40);
    expect(issued.SessionToken!.length).toBeGreaterThan(100);
    expect(issued.Expiration!.getTime() - Date.now()).toBeGreaterThan(890_000);
    expect(issued.Expiration!.getTime() - Date.now()).toBeLessThanOrEqual(900_000);
    expect(output.SubjectFromWebIdentityToken).toBe('repo:octo-org/octo-repo:ref:refs/heads/main');
    expect(output.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${ADMIN}:assumed-role/onboarder/onboard`);
  });

  it('answers GetCallerIdentity for the static access key as an IAM user of the administrator', async () => {
    const identity = await sts(emulator).send(new GetCallerIdentityCommand({}));
    expect(identity).toMatchObject({ Account: ADMIN, Arn: `arn:aws:iam::${ADMIN}:user/emulator` });
  });

  it('refuses a token for another audience', async () => {
    const error = await rejection(assumeWithToken(await fetchIdToken(emulator, 'https://github.com/octo-org')));
    expect(error.name).toBe('InvalidIdentityTokenException');
    expect(error.message).toBe('Incorrect token audience');
    expect(error.$metadata?.httpStatusCode).toBe(400);
  });

  it('refuses a role the scenario does not know', async () => {
    const error = await rejection(assumeWithToken(await fetchIdToken(emulator), { RoleArn: 'arn:aws:iam::111111111111:role/nope' }));
    expect(error.name).toBe('AccessDenied');
    expect(error.$metadata?.httpStatusCode).toBe(403);
  });

  it('refuses a subject the role does not trust', async () => {
    const token = await fetchIdToken(emulator);
    const error = await rejection(assumeWithToken(token, { RoleArn: 'arn:aws:iam::333333333333:role/other-repo-only' }));
    expect(error.name).toBe('AccessDenied');
    expect(error.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity');
  });

  it('refuses an expired token with ExpiredTokenException', async () => {
    emulator.reset({ ...SCENARIO, oidc: { tokenLifetimeSeconds: -10 } });
    const error = await rejection(assumeWithToken(await fetchIdToken(emulator)));
    expect(error.name).toBe('ExpiredTokenException');
    expect(error.message).toMatch(/^Token expired: current date\/time \d+ must be before the expiration date\/time\d+$/);
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const [header, , signature] = (await fetchIdToken(emulator)).split('.');
    const claims = { ...claimsOf(await fetchIdToken(emulator)), sub: 'repo:attacker/repo:ref:refs/heads/main' };
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    const error = await rejection(assumeWithToken(forged));
    expect(error.name).toBe('InvalidIdentityTokenException');
  });

  it('refuses a token signed with another key', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify(claimsOf(await fetchIdToken(emulator)))).toString('base64url');
    const signature = createHmac('sha256', 'guessed-key').update(`${header}.${payload}`).digest('base64url');
    const error = await rejection(assumeWithToken(`${header}.${payload}.${signature}`));
    expect(error.name).toBe('InvalidIdentityTokenException');
  });

  it('refuses a session name outside [\\w+=,.@-]{2,64}', async () => {
    const token = await fetchIdToken(emulator);
    for (const name of ['a', 'has space', 'x'.repeat(65)]) {
      const error = await rejection(assumeWithToken(token, { RoleSessionName: name }));
      expect(error.name).toBe('ValidationError');
    }
  });

  it('refuses DurationSeconds outside 900–43200 and beyond the role maximum', async () => {
    const token = await fetchIdToken(emulator);
    const tooShort = await rejection(assumeWithToken(token, { DurationSeconds: 899 }));
    const beyondRole = await rejection(assumeWithToken(token, { DurationSeconds: 7200 }));
    expect(tooShort.name).toBe('ValidationError');
    expect(beyondRole.message).toBe('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
  });

  it('records the call with the web identity token redacted', async () => {
    const token = await fetchIdToken(emulator);
    await assumeWithToken(token);
    const [call] = emulator.callsTo('AssumeRoleWithWebIdentity');
    expect(call).toMatchObject({ service: 'sts', status: 200, params: { RoleArn: ROLE, WebIdentityToken: '[redacted]' } });
    expect(JSON.stringify(emulator.calls)).not.toContain(token);
  });
});

describe('secrets()', () => {
  it('lists the request token and every token and temporary secret issued, so tests can hunt for leaks', async () => {
    const token = await fetchIdToken(emulator);
    const issued = (await assumeWithToken(token)).Credentials!;
    expect(emulator.secrets()).toEqual(
      expect.arrayContaining([emulator.oidc.requestToken, token, issued.SecretAccessKey, issued.SessionToken]),
    );
    expect(emulator.secrets()).not.toContain(issued.AccessKeyId);
  });
});

describe('signed STS calls', () => {
  it('refuses an access key it does not know with InvalidClientTokenId', async () => {
    const client = sts(emulator, { credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' } });
    const error = await rejection(client.send(new GetCallerIdentityCommand({})));
    expect(error.name).toBe('InvalidClientTokenId');
    expect(error.$metadata?.httpStatusCode).toBe(403);
  });

  it('refuses temporary credentials sent with another session token', async () => {
    const issued = (await assumeWithToken(await fetchIdToken(emulator))).Credentials!;
    const client = sts(emulator, {
      credentials: { accessKeyId: issued.AccessKeyId!, secretAccessKey: issued.SecretAccessKey!, sessionToken: 'stolen?' },
    });
    expect((await rejection(client.send(new GetCallerIdentityCommand({})))).name).toBe('InvalidClientTokenId');
  });

  it('chains AssumeRole into a member account, limited to one hour', async () => {
    const issued = (await assumeWithToken(await fetchIdToken(emulator))).Credentials!;
    const admin = sts(emulator, {
      credentials: { accessKeyId: issued.AccessKeyId!, secretAccessKey: issued.SecretAccessKey!, sessionToken: issued.SessionToken! },
    });
    const chained = await admin.send(new AssumeRoleCommand({ RoleArn: MEMBER_ROLE, RoleSessionName: 'reader' }));
    expect(chained.AssumedRoleUser?.Arn).toBe('arn:aws:sts::222222222222:assumed-role/member-reader/reader');
    const tooLong = await rejection(
      admin.send(new AssumeRoleCommand({ RoleArn: MEMBER_ROLE, RoleSessionName: 'reader', DurationSeconds: 3601 })),
    );
    expect(tooLong.message).toMatch(/1 hour session limit for roles assumed by role chaining/);
  });
});
