// Security Hub CSPM's configuration of the administrator account, read-only: its cross-Region
// aggregation (the finding aggregator) and, per Region, its organization configuration.
import {
  DescribeOrganizationConfigurationCommand,
  GetFindingAggregatorCommand,
  ListFindingAggregatorsCommand,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import type { AwsCredentials } from './credentials.js';
import { createClient } from './clients.js';
import type { CallStats } from './call-stats.js';
import { toAwsCallError, wrapErrors } from './errors.js';
import { readAllPages, type PageLimit } from '../page-guard.js';

export interface FindingAggregator {
  arn: string;
  /** The home (aggregation) Region. */
  homeRegion: string;
  /** ALL_REGIONS, ALL_REGIONS_EXCEPT_SPECIFIED, SPECIFIED_REGIONS or NO_REGIONS, as AWS spells it. */
  linkingMode: string;
  /** The Regions excluded or included, by the mode. */
  regions: string[];
}

/** What DescribeOrganizationConfiguration says about the caller in one Region. */
export type OrganizationConfiguration =
  | { delegatedAdministrator: true; configurationType?: string; memberAccountLimitReached: boolean }
  | { delegatedAdministrator: false; reason: string };

export interface HubConfigurationGateway {
  /** ListFindingAggregators "can be run from any Region"; at most one aggregator exists per account. */
  listFindingAggregatorArns(): Promise<string[]>;
  /** Asked in the aggregator's own Region, named in its ARN. */
  getFindingAggregator(arn: string): Promise<FindingAggregator>;
  describeOrganizationConfiguration(region: string): Promise<OrganizationConfiguration>;
}

const FINDING_AGGREGATOR_PAGES: PageLimit = {
  list: 'ListFindingAggregators',
  maxPages: 10,
  basis: 'an account has one finding aggregator at most, and 10 pages leave room',
};

export function createHubConfigurationGateway(homeRegion: string, credentials: AwsCredentials, stats: CallStats): HubConfigurationGateway {
  const clients = new Map<string, SecurityHubClient>();
  const clientIn = (region: string) => {
    let client = clients.get(region);
    if (!client) {
      client = createClient(SecurityHubClient, { region, credentials, metering: { ratePerSecond: 10, burst: 25, stats } });
      clients.set(region, client);
    }
    return client;
  };

  return {
    listFindingAggregatorArns: () =>
      wrapErrors('ListFindingAggregators', homeRegion, () =>
        readAllPages(FINDING_AGGREGATOR_PAGES, async (token) => {
          const output = await clientIn(homeRegion).send(new ListFindingAggregatorsCommand(token ? { NextToken: token } : {}));
          const items = (output.FindingAggregators ?? []).flatMap((aggregator) =>
            aggregator.FindingAggregatorArn ? [aggregator.FindingAggregatorArn] : [],
          );
          return { items, ...(output.NextToken && { nextToken: output.NextToken }) };
        }),
      ),

    async getFindingAggregator(arn) {
      // arn:<partition>:securityhub:<region>:<account>:finding-aggregator/<id>
      const region = arn.split(':')[3] || homeRegion;
      return wrapErrors('GetFindingAggregator', region, async () => {
        const output = await clientIn(region).send(new GetFindingAggregatorCommand({ FindingAggregatorArn: arn }));
        return {
          arn,
          homeRegion: output.FindingAggregationRegion || region,
          linkingMode: output.RegionLinkingMode ?? '',
          regions: output.Regions ?? [],
        };
      });
    },

    async describeOrganizationConfiguration(region) {
      try {
        const output = await clientIn(region).send(new DescribeOrganizationConfigurationCommand({}));
        const configurationType = output.OrganizationConfiguration?.ConfigurationType;
        return {
          delegatedAdministrator: true,
          ...(configurationType && { configurationType }),
          memberAccountLimitReached: output.MemberAccountLimitReached === true,
        };
      } catch (error) {
        const wrapped = toAwsCallError('DescribeOrganizationConfiguration', region, error);
        // "Account <id> is not an administrator for this organization" is an InvalidAccessException (docs/aws-behaviour.md#delegated-administrator-and-configuration-type).
        // The same error type also means the hub is not enabled in the Region: only these words say "not the administrator".
        if (wrapped.errorName === 'InvalidAccessException' && /not an administrator/i.test(wrapped.detail))
          return { delegatedAdministrator: false, reason: wrapped.detail };
        throw wrapped;
      }
    },
  };
}
