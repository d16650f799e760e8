// The emulator of the AWS side: one HTTP server for Security Hub (rest-json), STS (query) and the
// GitHub Actions OIDC token endpoint, driven by a scenario, recording every call it receives.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { CONTROL_PREFIX, controlReply } from './control/endpoints.js';
import { CredentialStore } from './identity/credentials.js';
import { FaultInjector } from './control/faults.js';
import { readCall, writeReply } from './protocols/http.js';
import { OIDC_PATH } from './protocols/oidc.js';
import { RateLimiter } from './securityhub/rate-limit.js';
import type { RecordedCall } from './control/recorder.js';
import { type Runtime, serveCall } from './protocols/router.js';
import { DEFAULT_SECRET_ACCESS_KEY, resolveScenario, type Scenario } from './scenario.js';
import { type HubSnapshot, memberJson, type MemberJson, SecurityHubState } from './securityhub/state.js';

export type { RecordedCall } from './control/recorder.js';
export type { MemberJson, HubSnapshot } from './securityhub/state.js';

export interface EmulatorOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface EmulatorSnapshot {
  scenario: Scenario;
  hubs: HubSnapshot[];
}

export interface Emulator {
  /** `http://127.0.0.1:PORT`: the endpoint for Security Hub and STS alike. */
  readonly url: string;
  /** Every call received, in arrival order; the same array across `reset()`. */
  readonly calls: RecordedCall[];
  /** For ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  readonly oidc: { requestUrl: string; requestToken: string };
  /** The environment a client process needs to use the emulator. */
  readonly env: Record<string, string>;
  callsTo(operation: string, region?: string): RecordedCall[];
  /** All members of an administrator in a Region, ignoring visibilityDelayMs. */
  members(administratorAccountId: string, region: string): MemberJson[];
  state(): EmulatorSnapshot;
  /**
   * Every secret a client may hold and must never print: the OIDC request token, the static secret
   * key, and every web identity token, temporary secret key and session token issued (across resets).
   */
  secrets(): string[];
  /** Restores the initial state of `scenario` (default: the current one) and clears the calls. */
  reset(scenario?: Scenario): void;
  /** Stops the server, cutting open connections, hanging ones included. */
  close(): Promise<void>;
}

export async function startEmulator(scenario: Scenario = {}, options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  const signingKey = randomBytes(32);
  const generatedRequestToken = randomBytes(24).toString('hex');
  const credentials = new CredentialStore();
  const calls: RecordedCall[] = [];
  let current = scenario;
  let runtime = buildRuntime();

  function buildRuntime(): Runtime {
    const resolved = resolveScenario(current);
    return {
      ctx: {
        scenario: resolved,
        state: new SecurityHubState(resolved),
        credentials,
        rateLimiter: new RateLimiter(resolved.rateLimit),
        organizationsLimiter: new RateLimiter(resolved.organization?.seed.rateLimit ?? null),
        signingKey,
        requestToken: resolved.oidc.requestToken ?? generatedRequestToken,
      },
      faults: new FaultInjector(resolved.faults),
      calls,
    };
  }

  const emulator = {
    calls,
    callsTo: (operation: string, region?: string) =>
      calls.filter((call) => call.operation === operation && (region === undefined || call.region === region)),
    members(administratorAccountId: string, region: string) {
      const hub = runtime.ctx.state.find(administratorAccountId, region);
      return hub ? [...hub.members.values()].map((member) => memberJson(hub.accountId, member)) : [];
    },
    state: () => ({ scenario: current, hubs: runtime.ctx.state.snapshot() }),
    secrets: () => [runtime.ctx.requestToken, DEFAULT_SECRET_ACCESS_KEY, ...credentials.secrets()],
    reset(next?: Scenario) {
      const previous = current;
      current = next ?? current;
      try {
        runtime = buildRuntime();
      } catch (error) {
        current = previous;
        throw error;
      }
      calls.length = 0;
    },
  };

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => void handle(req, res));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const call = await readCall(req);
      if (call.path.startsWith(CONTROL_PREFIX)) writeReply(res, controlReply(emulator, call));
      else await serveCall(runtime, call, req, res);
    } catch (error) {
      if (!res.headersSent && !res.destroyed) res.writeHead(500).end(`Emulator failure: ${String(error)}`);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${urlHost(host)}:${port}`;

  // GitHub's URL carries a query string; getIDToken() appends `&audience=…` to it.
  const oidc = () => ({ requestUrl: `${url}${OIDC_PATH}?api-version=2.0`, requestToken: runtime.ctx.requestToken });

  return {
    ...emulator,
    url,
    get oidc() {
      return oidc();
    },
    get env() {
      const [accessKeyId] = Object.keys(runtime.ctx.scenario.staticCredentials);
      return {
        AWS_ENDPOINT_URL_SECURITYHUB: url,
        AWS_ENDPOINT_URL_STS: url,
        AWS_ENDPOINT_URL_ACCOUNT: url,
        AWS_ENDPOINT_URL_EC2: url,
        AWS_ENDPOINT_URL_ORGANIZATIONS: url,
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc().requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc().requestToken,
        ...(accessKeyId && { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: DEFAULT_SECRET_ACCESS_KEY }),
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
