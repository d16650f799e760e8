// The job's GitHub OIDC token, requested as @actions/core's getIDToken() does (GET
// ACTIONS_ID_TOKEN_REQUEST_URL&audience=… with the request token as bearer, answered by
// {"value": "<jwt>"}), but with a timeout on every attempt and a bounded retry: getIDToken() has no
// timeout, and an endpoint that never answered held the step until the job's limit.
import { HttpClient } from '@actions/http-client';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { registerSecret } from '../secrets.js';
import { backoffMs, requestTimeoutMs } from '../timeouts.js';
import { CredentialsError } from './errors.js';

/** Attempts in all, the first included, as for the AWS calls (retry.ts). */
export const OIDC_ATTEMPTS = { transient: 4, timeout: 2 } as const;

/** GitHub's answer is a short JSON object; anything much longer is not it. */
const MAX_ANSWER_BYTES = 64 * 1024;

export interface OidcTokenOptions {
  audience: string;
  requestUrl: string;
  requestToken: string;
  timeoutMs?: number;
  /** For tests: the wait before retry number `retry`. */
  delayMs?: (retry: number) => number;
  /** Called once, when the first request has been handed to the network or has failed. */
  onSent?: () => void;
}

/** Why the token could not be had; `attempts` says how often it was tried. */
export class OidcTokenError extends Error {
  override name = 'OidcTokenError';
  constructor(
    message: string,
    readonly attempts: number,
  ) {
    super(message);
  }
}

class AttemptError extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'transient' | 'final',
  ) {
    super(message);
  }
}

export interface AskedToken {
  /** The token; rejects as jobOidcToken does. */
  token: Promise<string>;
  /** Resolves once the request is on the network (or the token is had, or failed): never rejects. */
  sent: Promise<void>;
}

/**
 * Asks for the job's OIDC token and says when the request has left. main.ts waits for that before
 * it loads the AWS SDK: loading and parsing the SDK holds the thread for tens of milliseconds, and a
 * request still connecting then would leave only after it, while one already sent is answered by
 * GitHub in the meantime. The wait is bounded by the request's own timeout.
 */
export function askForJobOidcToken(audience: string, roleToAssume: string, env: NodeJS.ProcessEnv = process.env): AskedToken {
  let markSent!: () => void;
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const token = jobOidcToken(audience, roleToAssume, env, markSent);
  // Settled either way, nothing more is on its way; this also handles a rejection the caller meets later.
  token.then(markSent, markSent);
  return { token, sent };
}

/**
 * The job's OIDC token for assuming `roleToAssume`, registered as a secret the moment it arrives.
 * Rejects with a CredentialsError: `missing` when the job has no OIDC token (no `id-token: write`,
 * or a fork's pull request), `refused` when the endpoint could not give one.
 */
export async function jobOidcToken(
  audience: string,
  roleToAssume: string,
  env: NodeJS.ProcessEnv = process.env,
  onSent?: () => void,
): Promise<string> {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !requestToken) {
    throw new CredentialsError(
      `Cannot assume ${roleToAssume}: this job has no GitHub OIDC token. ` +
        "Add 'permissions: id-token: write' to the job (or the workflow). " +
        'Pull requests from forks never get an OIDC token; in plan mode the action then only checks the account list.',
      'missing',
    );
  }
  let token: string;
  try {
    // Not core.getIDToken(): it has no timeout, so an endpoint that never answers would hold the job.
    token = await requestOidcToken({ audience, requestUrl, requestToken, ...(onSent && { onSent }) });
  } catch (error) {
    throw new CredentialsError(`Could not get a GitHub OIDC token for audience '${audience}': ${(error as Error).message}.`);
  }
  registerSecret(token);
  return token;
}

/** The OIDC token for `audience`. Throws OidcTokenError after the attempts its failures allow. */
export async function requestOidcToken(options: OidcTokenOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? requestTimeoutMs();
  const delayMs = options.delayMs ?? backoffMs;
  // GitHub's URL carries a query string (api-version) already; the audience joins it, as in getIDToken().
  const url = new URL(options.requestUrl);
  url.searchParams.append('audience', options.audience);
  let told = false;
  const sent = () => {
    if (told) return;
    told = true;
    options.onSent?.();
  };
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await attemptOnce(url, options.requestToken, timeoutMs, sent);
    } catch (error) {
      const failure = error instanceof AttemptError ? error : new AttemptError(String(error), 'transient');
      const attempts = failure.kind === 'timeout' ? OIDC_ATTEMPTS.timeout : failure.kind === 'transient' ? OIDC_ATTEMPTS.transient : 1;
      if (attempt >= attempts) throw new OidcTokenError(`${failure.message} (${attempt} attempt${attempt === 1 ? '' : 's'})`, attempt);
      await new Promise((resolve) => setTimeout(resolve, delayMs(attempt)));
    }
  }
}

function attemptOnce(url: URL, requestToken: string, timeoutMs: number, sent: () => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
    // The proxy agent @actions/http-client picks for this URL (HTTPS_PROXY, NO_PROXY), as getIDToken() would use.
    const agent = new HttpClient('securityhub-onboard').getAgent(url.href);
    const request = send(url, { method: 'GET', agent, headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' } });
    // Destroying the socket, not ending it: a server that never answers must not keep the process alive.
    const timer = setTimeout(
      () => request.destroy(new AttemptError(`the GitHub OIDC endpoint did not answer within ${timeoutMs} ms`, 'timeout')),
      timeoutMs,
    );
    // Flushed to the socket: connected (and, for https, through the TLS handshake) and written.
    request.on('finish', sent);
    request.on('error', (error) => {
      clearTimeout(timer);
      sent();
      reject(
        error instanceof AttemptError
          ? error
          : new AttemptError(`the request failed: ${(error as NodeJS.ErrnoException).code ?? error.message}`, 'transient'),
      );
    });
    request.on('response', (response) => {
      readAnswer(response)
        .then((body) => {
          clearTimeout(timer);
          resolve(tokenFrom(response.statusCode ?? 0, body));
        })
        .catch((error: unknown) => {
          clearTimeout(timer);
          request.destroy();
          reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
    request.end();
  });
}

function readAnswer(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_ANSWER_BYTES) {
        response.destroy();
        reject(new AttemptError(`the GitHub OIDC endpoint answered more than ${MAX_ANSWER_BYTES} bytes`, 'final'));
      } else chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', (error) => reject(new AttemptError(`the answer was cut off: ${error.message}`, 'transient')));
  });
}

/** The token of a 200 answer; any other status says whether trying again can help. */
function tokenFrom(status: number, body: string): string {
  if (status !== 200) {
    // 401/403: the request token is wrong or the job lacks id-token: write; trying again cannot help.
    const kind = status >= 500 || status === 429 ? 'transient' : 'final';
    const said = messageOf(body);
    throw new AttemptError(`the GitHub OIDC endpoint answered HTTP ${status}${said ? `: ${said}` : ''}`, kind);
  }
  let value: unknown;
  try {
    value = (JSON.parse(body) as { value?: unknown }).value;
  } catch {
    throw new AttemptError('the GitHub OIDC endpoint answered something other than JSON', 'transient');
  }
  if (typeof value !== 'string' || value === '') throw new AttemptError('the GitHub OIDC endpoint answered no token', 'transient');
  return value;
}

/** The `message` of a JSON error answer, cut short: it is the endpoint's text, not ours. */
function messageOf(body: string): string | undefined {
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message;
    return typeof message === 'string' && message !== '' ? message.slice(0, 500) : undefined;
  } catch {
    return undefined;
  }
}
