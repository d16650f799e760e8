// AWS Account Management, one call: the Regions enabled for the administrator account
// (docs/aws-behaviour.md#regions-enabled-for-the-account).
import { AccountClient, ListRegionsCommand } from '@aws-sdk/client-account';
import type { AwsCredentials } from './credentials.js';
import { createClient } from './clients.js';
import type { CallStats } from './call-stats.js';
import { wrapErrors } from './errors.js';
import { readAllPages, type PageLimit } from '../page-guard.js';

export interface AccountGateway {
  /** Regions whose opt-in status is ENABLED or ENABLED_BY_DEFAULT, in the order AWS lists them. */
  listEnabledRegions(): Promise<string[]>;
}

/** ListRegions pages hold at most 50 Regions; no partition has more than a few pages of them. */
const PAGE_SIZE = 50;
const REGION_PAGES: PageLimit = { list: 'ListRegions', maxPages: 20, basis: 'no partition has more than a few pages of 50 Regions' };

export function createAccountGateway(region: string, credentials: AwsCredentials, stats: CallStats): AccountGateway {
  // Account Management allows ListRegions 5 per second, burst 5, per account (its quotas page).
  const client = createClient(AccountClient, { region, credentials, maxAttempts: 4, metering: { ratePerSecond: 5, burst: 5, stats } });
  return {
    listEnabledRegions: () =>
      wrapErrors('ListRegions', region, () =>
        readAllPages(REGION_PAGES, async (token) => {
          const output = await client.send(
            new ListRegionsCommand({
              RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'],
              MaxResults: PAGE_SIZE,
              ...(token && { NextToken: token }),
            }),
          );
          const items = (output.Regions ?? [])
            // The filter is the service's; the action checks it too, so a Region being enabled or disabled is never taken for enabled.
            .filter((entry) => entry.RegionOptStatus === 'ENABLED' || entry.RegionOptStatus === 'ENABLED_BY_DEFAULT')
            .flatMap((entry) => (entry.RegionName ? [entry.RegionName] : []));
          return { items, ...(output.NextToken && { nextToken: output.NextToken }) };
        }),
      ),
  };
}
