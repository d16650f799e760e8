// The construction every AWS client of the action shares: Region, credentials, the action's retry
// strategy and the timeouts (gateway.ts, retry.ts). The Security Hub gateways build theirs the same way.
import type { AwsCredentials } from './credentials.js';
import { httpOptions } from './gateway.js';
import { retryOptions } from './retry.js';

export function clientConfig(region: string, credentials: AwsCredentials, maxAttempts?: number) {
  return { region, credentials, ...retryOptions(maxAttempts), requestHandler: httpOptions() };
}
