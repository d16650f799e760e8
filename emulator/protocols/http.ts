// Plain HTTP plumbing shared by every service: the request as read, the reply to write,
// and the error a handler throws to answer with a service error.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

export interface IncomingCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The error name when the reply is an error, for the call record. */
  errorType?: string;
}

/** A service error; each service turns it into its own wire format. */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly errorType: string,
    message: string,
  ) {
    super(message);
  }
}

export async function readCall(req: IncomingMessage): Promise<IncomingCall> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const url = parseRequestUrl(req.url ?? '/');
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
}

/**
 * `@actions/core` appends `&audience=…` to ACTIONS_ID_TOKEN_REQUEST_URL without checking for a `?`,
 * so a URL given without a query string arrives as `/path&audience=…`: read that as a query too.
 */
function parseRequestUrl(raw: string): URL {
  const fixed = raw.includes('?') ? raw : raw.replace('&', '?');
  return new URL(fixed, 'http://emulator.invalid');
}

/** A JSON request body as an object: an empty body is `{}` (GET operations); anything but a JSON object is undefined. */
export function parseJsonBody(body: string): Record<string, unknown> | undefined {
  if (body.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) };
}

export function writeReply(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { ...reply.headers, 'content-length': Buffer.byteLength(reply.body) });
  res.end(reply.body);
}
