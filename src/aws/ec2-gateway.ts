// Amazon EC2, one call: the Regions enabled for the account, where Account Management is denied
// or not offered (GovCloud). Loaded only when needed: the EC2 client is the largest of the SDK.
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { AwsCredentials } from './credentials.js';
import { createClient } from './clients.js';
import type { CallStats } from './call-stats.js';
import { wrapErrors } from './errors.js';

export interface Ec2Gateway {
  /** DescribeRegions without AllRegions lists only the Regions enabled for the account. */
  describeEnabledRegions(): Promise<string[]>;
}

export function createEc2Gateway(region: string, credentials: AwsCredentials, stats: CallStats): Ec2Gateway {
  const client = createClient(EC2Client, { region, credentials, maxAttempts: 4, metering: { ratePerSecond: 5, burst: 5, stats } });
  return {
    describeEnabledRegions: () =>
      wrapErrors('DescribeRegions', region, async () => {
        const output = await client.send(new DescribeRegionsCommand({ AllRegions: false }));
        return (output.Regions ?? [])
          .filter((entry) => entry.OptInStatus !== 'not-opted-in')
          .flatMap((entry) => (entry.RegionName ? [entry.RegionName] : []));
      }),
  };
}
