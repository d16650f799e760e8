import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OIDC_ATTEMPTS, OidcTokenError, requestOidcToken } from '../../src/aws/oidc-token.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

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
