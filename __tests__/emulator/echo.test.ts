// Faults that echo the request's credentials, as the end-to-end leak tests need them.
import { AssumeRoleWithWebIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/server.js';
import { ADMIN, fetchIdToken, rejection, sts } from './helpers.js';

const ROLE = `arn:aws:iam::${ADMIN}:role/securityhub-onboard`;

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

async function oidcError(): Promise<string> {
  const response = await fetch(`${emulator.oidc.requestUrl}&audience=sts.amazonaws.com`, {
    headers: { authorization: `Bearer ${emulator.oidc.requestToken}` },
  });
  expect(response.status).toBe(401);
  return ((await response.json()) as { message: string }).message;
}

describe('faults that echo credentials', () => {
  it('repeat the OIDC bearer token as it came, URL-encoded, or as a 40-character piece', async () => {
    const token = emulator.oidc.requestToken;
    emulator.reset({ faults: [{ operation: 'OIDC', status: 401, message: 'No', echo: 'plain' }] });
    expect(await oidcError()).toBe(`No (request credentials: Bearer ${token})`);
    emulator.reset({ faults: [{ operation: 'OIDC', status: 401, message: 'No', echo: 'url-encoded' }] });
    expect(await oidcError()).toBe(`No (request credentials: ${encodeURIComponent(`Bearer ${token}`)})`);
    emulator.reset({ faults: [{ operation: 'OIDC', status: 401, message: 'No', echo: 'fragment' }] });
    const piece = (await oidcError()).replace('No (request credentials: ', '').replace(')', '');
    expect(piece).toHaveLength(40);
    expect(token).toContain(piece);
  });

  it('repeat the web identity token of an STS form', async () => {
    emulator.reset({});
    const token = await fetchIdToken(emulator);
    emulator.reset({
      faults: [{ operation: 'AssumeRoleWithWebIdentity', status: 400, errorType: 'InvalidIdentityToken', message: 'Bad', echo: 'plain' }],
    });
    const error = await rejection(
      sts(emulator).send(new AssumeRoleWithWebIdentityCommand({ RoleArn: ROLE, RoleSessionName: 'x1', WebIdentityToken: token })),
    );
    expect(error.name).toBe('InvalidIdentityTokenException');
    expect(error.message).toBe(`Bad (request credentials: ${token})`);
  });
});
