// The bundle loads its parts when they are needed (issue 16): the entry chunk holds neither the AWS
// SDK nor a file parser nor undici, and each still loads, from its chunk, when a run needs it.
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubFake, type GitHubFake } from '../../emulator/github/rest-api.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { repoRoot } from '../../scripts/local-runner.js';
import { onboard, workspaceWith } from './harness.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator?.close();
});

const dist = join(repoRoot, 'dist');
const chunks = () => readdirSync(dist).filter((name) => name.endsWith('.js'));
const read = (chunk: string) => readFileSync(join(dist, chunk), 'utf8');
/** The files a chunk was built from, as its source map names them (relative to dist/). */
const sourcesOf = (chunk: string) => (JSON.parse(read(`${chunk}.map`)) as { sources: string[] }).sources;
const builtFrom = (pattern: RegExp) => chunks().filter((chunk) => sourcesOf(chunk).some((source) => pattern.test(source)));

/**
 * What Node loads when it starts dist/index.js: the entry and every chunk it imports statically
 * (`import … from "./x.js"`, `import "./x.js"`), not through `import()`. A stray match only makes
 * the set larger, and the tests below stricter; the last test checks the set against a real run.
 */
function loadedAtStart(): Set<string> {
  const loaded = new Set(['index.js']);
  const waiting = ['index.js'];
  for (let chunk = waiting.pop(); chunk !== undefined; chunk = waiting.pop()) {
    for (const [, from, bare] of read(chunk).matchAll(/\bfrom\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gm)) {
      const imported = (from ?? bare)!;
      if (loaded.has(imported)) continue;
      loaded.add(imported);
      waiting.push(imported);
    }
  }
  return loaded;
}

describe('the bundle', () => {
  it.each([
    ['the AWS SDK', /node_modules\/@aws-sdk\/client-securityhub\//],
    ['the YAML parser', /node_modules\/yaml\//],
    ['the CSV parser', /node_modules\/csv-parse\//],
    ['undici', /node_modules\/undici\//],
    ['Octokit', /node_modules\/@octokit\/core\//],
  ])('keeps %s out of what is loaded at start, in a chunk loaded when needed', (_, pattern) => {
    const holding = builtFrom(pattern);
    expect(holding.length, String(pattern)).toBeGreaterThan(0);
    const atStart = loadedAtStart();
    expect(holding.filter((chunk) => atStart.has(chunk))).toEqual([]);
  });

  it('loads no code of the AWS SDK at start, so a run refused on its inputs never parses any', () => {
    const atStart = [...loadedAtStart()];
    expect(atStart.flatMap(sourcesOf).filter((source) => source.includes('/src/'))).not.toEqual([]);
    expect(atStart.flatMap(sourcesOf).filter((source) => /(^|\/)@(aws-sdk|smithy|aws-crypto)\//.test(source))).toEqual([]);
  });

  it('is not minified (V8 would parse minified module wrappers twice)', () => {
    const entry = read('index.js');
    expect(entry.split('\n').length).toBeGreaterThan(1000);
  });

  it('loads, on a run refused on its inputs, exactly the chunks it is said to load at start', async () => {
    emulator.reset({});
    const workspace = await workspaceWith({});
    const record = join(workspace, 'loaded.txt');
    const result = await onboard(
      emulator,
      { 'account-ids': '12345678901', regions: 'us-east-1' },
      {
        workspace,
        env: {
          NODE_OPTIONS: `--import ${pathToFileURL(join(repoRoot, '__tests__', 'helpers', 'record-loads.mjs')).href}`,
          RECORD_LOADS: record,
        },
      },
    );
    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    expect(emulator.calls).toEqual([]);
    const loaded = readFileSync(record, 'utf8')
      .split('\n')
      .filter((url) => url.startsWith(pathToFileURL(dist).href + '/'))
      .map((url) => url.slice(pathToFileURL(dist).href.length + 1));
    expect(new Set(loaded)).toEqual(loadedAtStart());
  });
});

describe('an accounts file in each format, read by the bundle', () => {
  beforeEach(() => emulator.reset({}));

  it.each([
    ['accounts.json', '[{"accountId": "200000000001"}, {"accountId": "200000000002", "email": "two@example.com"}]\n'],
    ['accounts.yaml', '- "200000000001"\n- accountId: "200000000002"\n  email: two@example.com\n'],
    ['accounts.csv', 'accountId,email\n200000000001,\n200000000002,two@example.com\n'],
    ['accounts.txt', '200000000001\n200000000002 two@example.com\n'],
  ])('%s: its parser loads and the plan names its accounts', async (file, content) => {
    const workspace = await workspaceWith({ [file]: content });
    const result = await onboard(emulator, { 'accounts-file': file, regions: 'us-east-1', mode: 'plan' }, { workspace });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    const plan = result.json<{ accounts: { accountId: string; action: string }[] }[]>('plan');
    expect(plan[0]!.accounts).toEqual([
      expect.objectContaining({ accountId: '200000000001', action: 'create' }),
      expect.objectContaining({ accountId: '200000000002', action: 'create' }),
    ]);
  });

  it('a file with a mistake fails before anything is loaded from AWS, with its line', async () => {
    const workspace = await workspaceWith({ 'accounts.yaml': '- "200000000001"\n- "20000000002"\n' });
    const result = await onboard(emulator, { 'accounts-file': 'accounts.yaml', regions: 'us-east-1' }, { workspace });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error file=accounts\.yaml,line=2::/);
    expect(emulator.calls).toEqual([]);
  });
});

/**
 * A forward proxy on 127.0.0.1 that also answers for names under `.test`: the action can only
 * reach github.test and oidc.test through it. It serves CONNECT tunnels and absolute-URI requests.
 */
async function startProxy(): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const target = (host: string) => (host.endsWith('.test') ? '127.0.0.1' : host);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '');
    seen.push(`${request.method} ${url.host}`);
    const upstream = httpRequest(
      {
        host: target(url.hostname),
        port: url.port,
        method: request.method,
        path: `${url.pathname}${url.search}`,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  server.on('connect', (request, client: Socket, head) => {
    const [host = '', port = '80'] = (request.url ?? '').split(':');
    seen.push(`CONNECT ${host}:${port}`);
    const upstream = connect(Number(port), target(host), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('behind a proxy (HTTPS_PROXY and HTTP_PROXY set by the runner)', () => {
  const WRITE_TOKEN = 'ghs_writeTokenForTheProxyTest00000000001';
  let github: GitHubFake;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  beforeAll(async () => {
    github = await startGitHubFake({ writeTokens: [WRITE_TOKEN] });
    proxy = await startProxy();
  });
  afterAll(async () => {
    await github?.close();
    await proxy?.close();
  });

  it('gets the OIDC token and writes the plan comment (undici, loaded for it) through the proxy', async () => {
    emulator.reset({});
    const viaProxy = (url: string, host: string) => url.replace('//127.0.0.1:', `//${host}:`);
    const result = await onboard(
      emulator,
      { 'account-ids': '200000000001', regions: 'us-east-1' },
      {
        eventName: 'pull_request',
        event: { pull_request: { number: 7 } },
        githubToken: WRITE_TOKEN,
        env: {
          // The fake GitHub API and the OIDC endpoint answer only under names that the proxy alone resolves;
          // they are http:// here, so HTTP_PROXY is the one that applies (HTTPS_PROXY would for https://).
          HTTPS_PROXY: proxy.url,
          HTTP_PROXY: proxy.url,
          GITHUB_API_URL: viaProxy(github.url, 'github.test'),
          ACTIONS_ID_TOKEN_REQUEST_URL: viaProxy(emulator.env.ACTIONS_ID_TOKEN_REQUEST_URL!, 'oidc.test'),
          GITHUB_WORKFLOW: 'onboarding',
          GITHUB_JOB: 'plan',
        },
      },
    );
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.mode).toBe('plan');
    expect(github.comments.filter((comment) => comment.body.includes('securityhub-onboard:plan'))).toHaveLength(1);
    const githubPort = new URL(github.url).port;
    const oidcPort = new URL(emulator.env.ACTIONS_ID_TOKEN_REQUEST_URL!).port;
    expect(proxy.seen.some((entry) => entry.endsWith(`github.test:${githubPort}`))).toBe(true);
    expect(proxy.seen.some((entry) => entry.endsWith(`oidc.test:${oidcPort}`))).toBe(true);
  });
});
