import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CredentialsError } from '../../src/aws/errors.js';
import { askForJobOidcToken, jobOidcToken, OIDC_ATTEMPTS, OidcTokenError, requestOidcToken } from '../../src/aws/oidc-token.js';
import { forgetSecrets, redactSecrets } from '../../src/secrets.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const ROLE = 'arn:aws:iam::111111111111:role/securityhub-onboard';

let server: Server;
let handlers: Handler[];
let requests: { url: string; authorization: string | undefined }[];
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', authorization: request.headers.authorization });
    (handlers.shift() ?? ok)(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  handlers = [];
  requests = [];
});

const ok: Handler = (_request, response) =>
  response.writeHead(200, { 'content-type': 'application/json' }).end('{"count":1,"value":"eyJ.token"}');
const status =
  (code: number): Handler =>
  (_request, response) =>
    response.writeHead(code).end('{}');
const hang: Handler = () => undefined;
const ask = () =>
  requestOidcToken({ audience: 'sts.amazonaws.com', requestUrl: url, requestToken: 'request-token', timeoutMs: 200, delayMs: () => 0 });

describe('requestOidcToken', () => {
  it('asks as getIDToken() does and returns the token', async () => {
    expect(await ask()).toBe('eyJ.token');
    expect(requests).toEqual([{ url: '/token?api-version=2.0&audience=sts.amazonaws.com', authorization: 'Bearer request-token' }]);
  });

  it('retries 5xx answers and reset connections, within a bound', async () => {
    handlers = [status(500), (request) => request.socket.destroy(), status(503)];
    expect(await ask()).toBe('eyJ.token');
    expect(requests).toHaveLength(4);

    handlers = Array.from({ length: 10 }, () => status(502));
    requests = [];
    await expect(ask()).rejects.toThrow(new OidcTokenError('the GitHub OIDC endpoint answered HTTP 502 (4 attempts)', 4));
    expect(requests).toHaveLength(OIDC_ATTEMPTS.transient);
  });

  it('gives up on an endpoint that never answers after two attempts of its timeout', async () => {
    handlers = [hang, hang, hang];
    await expect(ask()).rejects.toThrow('the GitHub OIDC endpoint did not answer within 200 ms (2 attempts)');
    expect(requests).toHaveLength(OIDC_ATTEMPTS.timeout);
  });

  it('gives up on an answer that never ends, within the same timeout', async () => {
    handlers = [(_request, response) => response.writeHead(200).write('{"value":'), hang];
    await expect(ask()).rejects.toThrow('did not answer within 200 ms (2 attempts)');
  });

  it('does not retry a refusal, or answer with more than a token', async () => {
    handlers = [status(403)];
    await expect(ask()).rejects.toThrow('the GitHub OIDC endpoint answered HTTP 403 (1 attempt)');
    handlers = [(_request, response) => response.writeHead(200).end('x'.repeat(70_000))];
    await expect(ask()).rejects.toThrow('the GitHub OIDC endpoint answered more than 65536 bytes (1 attempt)');
  });

  it('retries an answer without a token', async () => {
    handlers = [
      (_request, response) => response.writeHead(200).end('{"value":""}'),
      (_request, response) => response.writeHead(200).end('<html>'),
    ];
    expect(await ask()).toBe('eyJ.token');
    expect(requests).toHaveLength(3);
  });
});

describe('jobOidcToken', () => {
  const jobEnv = () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' });
  beforeEach(() => forgetSecrets());

  it('returns the token for the audience, registered as a secret before anyone sees it', async () => {
    handlers = [(_request, response) => response.writeHead(200).end('{"value":"eyJ.job-token-for-the-role.signature"}')];
    const token = await jobOidcToken('sts.amazonaws.com', ROLE, jobEnv());
    expect(token).toBe('eyJ.job-token-for-the-role.signature');
    expect(requests.map((request) => request.url)).toEqual(['/token?api-version=2.0&audience=sts.amazonaws.com']);
    expect(redactSecrets(`token ${token}`)).toBe('token ***');
  });

  it.each([
    ['no request URL', { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' }],
    ['no request token', { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token' }],
    ['neither', {}],
  ])('says the job has no OIDC token (%s), as missing, and asks nothing', async (_, env) => {
    const asked = jobOidcToken('sts.amazonaws.com', ROLE, env);
    await expect(asked).rejects.toThrow(CredentialsError);
    await expect(asked).rejects.toMatchObject({ kind: 'missing', message: expect.stringContaining(`Cannot assume ${ROLE}`) as string });
    await expect(asked).rejects.toThrow("Add 'permissions: id-token: write' to the job");
    expect(requests).toEqual([]);
  });

  it('says why the endpoint gave no token, as a refusal, naming the audience', async () => {
    handlers = [(_request, response) => response.writeHead(403).end('{"message":"no id-token permission"}')];
    const asked = jobOidcToken('sts.amazonaws.com', ROLE, jobEnv());
    await expect(asked).rejects.toMatchObject({
      kind: 'refused',
      message:
        "Could not get a GitHub OIDC token for audience 'sts.amazonaws.com': the GitHub OIDC endpoint answered HTTP 403: no id-token permission (1 attempt).",
    });
  });
});

describe('askForJobOidcToken', () => {
  beforeEach(() => forgetSecrets());

  it('says the request has left before the answer comes, and then gives the token', async () => {
    const seen: string[] = [];
    let answer!: () => void;
    handlers = [
      (_request, response) => {
        answer = () => response.writeHead(200).end('{"value":"eyJ.asked-early.signature"}');
      },
    ];
    const asked = askForJobOidcToken('sts.amazonaws.com', ROLE, {
      ACTIONS_ID_TOKEN_REQUEST_URL: url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
    });
    void asked.token.then(() => seen.push('token'));
    await asked.sent;
    seen.push('sent');
    // The endpoint has the request, and has not answered yet.
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(seen).toEqual(['sent']);
    answer();
    expect(await asked.token).toBe('eyJ.asked-early.signature');
    expect(seen).toEqual(['sent', 'token']);
  });

  it('says it has left when there is nothing to send: the job has no OIDC token', async () => {
    const asked = askForJobOidcToken('sts.amazonaws.com', ROLE, {});
    await asked.sent;
    await expect(asked.token).rejects.toMatchObject({ kind: 'missing' });
  });

  it('says it has left when the request cannot be sent, without waiting for the retries', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const asked = askForJobOidcToken('sts.amazonaws.com', ROLE, {
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
    });
    let settled = false;
    void asked.token.catch(() => (settled = true));
    await asked.sent;
    // The first refused connection: the token is still being retried.
    expect(settled).toBe(false);
    await expect(asked.token).rejects.toMatchObject({ kind: 'refused', message: expect.stringContaining('ECONNREFUSED') as string });
  });
});
