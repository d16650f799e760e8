// What the administrator and the member gateways share about Security Hub CSPM itself.
import { DescribeHubCommand, type SecurityHubClient } from '@aws-sdk/client-securityhub';
import { HubNotEnabledError, toAwsCallError } from './errors.js';

/** CreateMembers takes at most 50 accounts (docs/aws-behaviour.md#batches); the other member calls are batched the same way. */
export const MAX_BATCH = 50;

/** DescribeHub for the caller: resolves when its hub is enabled in the Region, else HubNotEnabledError. */
export async function describeHub(client: SecurityHubClient, region: string): Promise<void> {
  try {
    await client.send(new DescribeHubCommand({}));
  } catch (error) {
    const wrapped = toAwsCallError('DescribeHub', region, error);
    // InvalidAccessException is what DescribeHub answers when the hub is not enabled (docs/aws-behaviour.md#hub-not-enabled).
    if (wrapped.errorName === 'InvalidAccessException') {
      throw new HubNotEnabledError('DescribeHub', region, wrapped.errorName, wrapped.detail, wrapped.httpStatus);
    }
    throw wrapped;
  }
}
