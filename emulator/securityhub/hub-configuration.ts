// Security Hub CSPM's account-level configuration: the finding aggregator (cross-Region
// aggregation) and the organization configuration of the delegated administrator.
import { ServiceError } from '../protocols/http.js';
import { enabledHub, type HubCall } from './members.js';
import { isDelegatedIn } from '../organization/model.js';

const AGGREGATOR_ID = 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';

function aggregatorArn(call: HubCall): string | undefined {
  const seed = call.ctx.scenario.findingAggregator;
  if (!seed) return undefined;
  return `arn:${call.ctx.scenario.partition}:securityhub:${seed.homeRegion}:${call.accountId}:finding-aggregator/${AGGREGATOR_ID}`;
}

/** "You can run this operation from any Region" (API reference); at most one aggregator. */
export function listFindingAggregators(call: HubCall): object {
  enabledHub(call);
  const arn = call.accountId === call.ctx.scenario.administratorAccountId ? aggregatorArn(call) : undefined;
  return { FindingAggregators: arn ? [{ FindingAggregatorArn: arn }] : [] };
}

/** Answered in the home Region only: elsewhere the emulator says it is not found (AWS does not document it). */
export function getFindingAggregator(call: HubCall, arnFromPath: string): object {
  enabledHub(call);
  const seed = call.ctx.scenario.findingAggregator;
  const arn = call.accountId === call.ctx.scenario.administratorAccountId ? aggregatorArn(call) : undefined;
  if (!seed || arn !== arnFromPath || call.region !== seed.homeRegion) {
    throw new ServiceError(404, 'ResourceNotFoundException', `The finding aggregator ${arnFromPath} was not found in ${call.region}.`);
  }
  return {
    FindingAggregatorArn: arn,
    FindingAggregationRegion: seed.homeRegion,
    RegionLinkingMode: seed.linkingMode,
    Regions: seed.regions ?? [],
  };
}

/** Only the delegated administrator may call it; anyone else is "not an administrator for this organization" (docs/aws-behaviour.md#delegated-administrator-and-configuration-type). */
export function describeOrganizationConfiguration(call: HubCall): object {
  enabledHub(call);
  const { scenario } = call.ctx;
  const organized = scenario.organization !== null || scenario.organizationAccounts.size > 0;
  if (call.accountId !== scenario.administratorAccountId || !organized || !isDelegatedIn(scenario.organization?.seed, call.region)) {
    throw new ServiceError(401, 'InvalidAccessException', `Account ${call.accountId} is not an administrator for this organization`);
  }
  const configurationType = scenario.organization?.seed.configurationType ?? 'LOCAL';
  return {
    // Central configuration turns AutoEnable off and AutoEnableStandards to NONE (docs/aws-behaviour.md#delegated-administrator-and-configuration-type).
    AutoEnable: configurationType === 'LOCAL',
    MemberAccountLimitReached: false,
    AutoEnableStandards: configurationType === 'LOCAL' ? 'DEFAULT' : 'NONE',
    OrganizationConfiguration: { ConfigurationType: configurationType, Status: 'ENABLED' },
  };
}
