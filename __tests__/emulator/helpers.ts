// Clients of the real AWS SDK pointed at an emulator, and the GitHub OIDC fetch the action makes.
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { STSClient } from '@aws-sdk/client-sts';
import type { Emulator } from '../../emulator/server.js';
import { DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY } from '../../emulator/scenario.js';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export const ADMIN = '111111111111';
export const REGION = 'us-east-1';
export const STATIC_CREDENTIALS: Credentials = {
  accessKeyId: DEFAULT_ACCESS_KEY_ID,
  secretAccessKey: DEFAULT_SECRET_ACCESS_KEY,
};

interface ClientOptions {
  region?: string;
  credentials?: Credentials;
  maxAttempts?: number;
  requestTimeout?: number;
}

export function securityHub(emulator: Emulator, options: ClientOptions = {}): SecurityHubClient {
  return new SecurityHubClient({
    region: options.region ?? REGION,
    endpoint: emulator.url,
    credentials: options.credentials ?? STATIC_CREDENTIALS,
    maxAttempts: options.maxAttempts ?? 1,
    ...(options.requestTimeout !== undefined && {
      requestHandler: { requestTimeout: options.requestTimeout, throwOnRequestTimeout: true },
    }),
  });
}

export function sts(emulator: Emulator, options: ClientOptions = {}): STSClient {
  return new STSClient({
    region: options.region ?? REGION,
    endpoint: emulator.url,
    credentials: options.credentials ?? STATIC_CREDENTIALS,
    maxAttempts: options.maxAttempts ?? 1,
  });
}

/** What `@actions/core` getIDToken() does: GET the request URL + `&audience=`, with the bearer token. */
export async function fetchIdToken(emulator: Emulator, audience = 'sts.amazonaws.com'): Promise<string> {
  const response = await fetch(`${emulator.oidc.requestUrl}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `Bearer ${emulator.oidc.requestToken}` },
  });
  if (!response.ok) throw new Error(`OIDC endpoint answered ${response.status}`);
  const { value } = (await response.json()) as { value: string };
  return value;
}

/** Accounts `first`, `first + 1`, … as 12-digit IDs. */
export function accountIds(count: number, first = 200000000000): string[] {
  return Array.from({ length: count }, (_, index) => String(first + index));
}

/** The error a promise rejects with, so that tests can look at its name and metadata. */
export async function rejection(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { $metadata?: { httpStatusCode?: number } };
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
