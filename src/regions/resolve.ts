// The Regions of the run: the names given, or what AWS says for `enabled` and `linked`, less
// `exclude-regions`. Read-only; any failure here stops the run before any write.
import type { AdministratorSession } from '../aws/credentials.js';
import type { CallStats } from '../aws/call-stats.js';
import { errorText } from '../aws/errors.js';
import { createHubConfigurationGateway, type FindingAggregator } from '../aws/hub-configuration-gateway.js';
import { isAccessDenied } from '../aws/errors.js';
import type { Settings } from '../settings.js';
import { REGION_PATTERN } from './selection.js';
import { ScopeStopped } from '../scope-stopped.js';

export interface LeftOutRegion {
  region: string;
  reason: string;
}

export interface ResolvedRegions {
  regions: string[];
  /** How the Regions were found, in a sentence for the summary and the log. */
  source: string;
  /** Regions that came from the list of enabled Regions: there a hub that is not enabled is normal. */
  fromEnabledList: Set<string>;
  leftOut: LeftOutRegion[];
  /** What the log should say about how the list was read (fallbacks). */
  notes: string[];
}

/** Regions could not be resolved: the run stops before any write, with what to do. */
export class RegionResolutionError extends ScopeStopped {
  override name = 'RegionResolutionError';
}

export async function resolveRegions(
  settings: Pick<Settings, 'regions' | 'regionsFrom' | 'excludeRegions'>,
  session: AdministratorSession,
  stats: CallStats,
): Promise<ResolvedRegions> {
  const excluded = new Set(settings.excludeRegions ?? []);
  if (!settings.regionsFrom) {
    const leftOut = [...excluded].map((region) => ({ region, reason: 'left out by exclude-regions' }));
    return {
      regions: settings.regions,
      source: `${settings.regions.length} Region(s) named in regions`,
      fromEnabledList: new Set(),
      leftOut,
      notes: [],
    };
  }
  const { keyword } = settings.regionsFrom;
  // Asked where STS answered: a Region enabled for the account, of its partition.
  const homeRegion = session.stsRegion;
  const found = keyword === 'enabled' ? await fromEnabled(homeRegion, session, stats) : await fromAggregation(homeRegion, session, stats);
  // Region names from AWS become endpoints and log text: only well-formed names are used.
  const malformed = found.regions.filter((name) => !REGION_PATTERN.test(name));
  if (malformed.length > 0) {
    throw new RegionResolutionError(
      `regions: ${keyword}: AWS answered ${malformed.length} Region name(s) that are not Region names (${JSON.stringify(malformed.slice(0, 3)).slice(0, 200)}); name the Regions in 'regions'.`,
    );
  }
  const regions = found.regions.filter((region) => !excluded.has(region));
  const leftOut = found.regions
    .filter((region) => excluded.has(region))
    .map((region) => ({ region, reason: 'left out by exclude-regions' }));
  if (regions.length === 0) {
    throw new RegionResolutionError(
      `regions: ${keyword} found ${describeList(found.regions)}, and exclude-regions leaves out all of them; nothing would be onboarded.`,
    );
  }
  return { ...found, regions, leftOut };
}

type Found = Omit<ResolvedRegions, 'leftOut'>;

/** account:ListRegions (ENABLED, ENABLED_BY_DEFAULT); where it is denied or not offered, ec2:DescribeRegions. */
export async function enabledRegions(
  homeRegion: string,
  session: AdministratorSession,
  stats: CallStats,
): Promise<{ regions: string[]; via: string; notes: string[] }> {
  const { createAccountGateway } = await import('../aws/account-gateway.js');
  let accountProblem: unknown;
  try {
    const regions = await createAccountGateway(homeRegion, session.credentials, stats).listEnabledRegions();
    if (regions.length > 0) return { regions: sorted(regions), via: 'account:ListRegions', notes: [] };
    accountProblem = new Error('ListRegions listed no enabled Region');
  } catch (error) {
    accountProblem = error;
  }
  // The EC2 client is loaded only here: most runs never need it.
  const { createEc2Gateway } = await import('../aws/ec2-gateway.js');
  try {
    const regions = await createEc2Gateway(homeRegion, session.credentials, stats).describeEnabledRegions();
    if (regions.length === 0) throw new Error('DescribeRegions listed no enabled Region');
    const note = `account:ListRegions could not list the enabled Regions (${errorText(accountProblem)}); they came from ec2:DescribeRegions.`;
    return { regions: sorted(regions), via: 'ec2:DescribeRegions', notes: [note] };
  } catch (error) {
    const permissions =
      isAccessDenied(accountProblem) && isAccessDenied(error)
        ? ' The role needs account:ListRegions or ec2:DescribeRegions (see examples/iam/).'
        : '';
    throw new RegionResolutionError(
      `Could not list the Regions enabled for account ${session.accountId}: account:ListRegions: ${errorText(accountProblem)}; ec2:DescribeRegions: ${errorText(error)}.${permissions} Or name the Regions in 'regions'.`,
    );
  }
}

async function fromEnabled(homeRegion: string, session: AdministratorSession, stats: CallStats): Promise<Found> {
  const { regions, via, notes } = await enabledRegions(homeRegion, session, stats);
  return {
    regions,
    source: `regions: enabled, ${regions.length} Region(s) enabled for account ${session.accountId} (${via})`,
    fromEnabledList: new Set(regions),
    notes,
  };
}

/**
 * The aggregator's home Region plus its linked Regions (docs/aws-behaviour.md#cross-region-aggregation): ALL_REGIONS is every
 * enabled Region, ALL_REGIONS_EXCEPT_SPECIFIED every enabled Region but those listed,
 * SPECIFIED_REGIONS those listed, NO_REGIONS none but the home Region.
 */
async function fromAggregation(homeRegion: string, session: AdministratorSession, stats: CallStats): Promise<Found> {
  const gateway = createHubConfigurationGateway(homeRegion, session.credentials, stats);
  const arns = await asked('securityhub:ListFindingAggregators', () => gateway.listFindingAggregatorArns());
  if (arns.length === 0) {
    throw new RegionResolutionError(
      `regions: linked needs a cross-Region aggregation, and account ${session.accountId} has no finding aggregator (ListFindingAggregators in ${homeRegion} found none). ` +
        "Use 'regions: enabled' for every enabled Region, or name the Regions.",
    );
  }
  const aggregator = await asked('securityhub:GetFindingAggregator', () => gateway.getFindingAggregator(arns[0]!));
  const linked = await linkedRegions(aggregator, homeRegion, session, stats);
  const source = `regions: linked, the home Region ${aggregator.homeRegion} and ${linked.regions.length - 1} linked Region(s) of finding aggregator ${aggregator.arn} (${aggregator.linkingMode})`;
  return { ...linked, source };
}

async function linkedRegions(
  aggregator: FindingAggregator,
  homeRegion: string,
  session: AdministratorSession,
  stats: CallStats,
): Promise<Omit<Found, 'source'>> {
  const listed = new Set(aggregator.regions);
  switch (aggregator.linkingMode) {
    case 'ALL_REGIONS':
    case 'ALL_REGIONS_EXCEPT_SPECIFIED': {
      const enabled = await enabledRegions(homeRegion, session, stats);
      const kept = enabled.regions.filter((region) => aggregator.linkingMode === 'ALL_REGIONS' || !listed.has(region));
      const fromEnabledList = new Set(kept.filter((region) => region !== aggregator.homeRegion));
      return { regions: sorted(new Set([aggregator.homeRegion, ...kept])), fromEnabledList, notes: enabled.notes };
    }
    case 'SPECIFIED_REGIONS':
      return { regions: sorted(new Set([aggregator.homeRegion, ...aggregator.regions])), fromEnabledList: new Set(), notes: [] };
    case 'NO_REGIONS':
      return { regions: [aggregator.homeRegion], fromEnabledList: new Set(), notes: [] };
    default:
      throw new RegionResolutionError(
        `Finding aggregator ${aggregator.arn} has the Region linking mode '${aggregator.linkingMode}', which this action does not know; name the Regions in 'regions'.`,
      );
  }
}

async function asked<T>(permission: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const hint = isAccessDenied(error) ? ` The role needs ${permission} for regions: linked (see examples/iam/).` : '';
    throw new RegionResolutionError(`Could not read the cross-Region aggregation: ${errorText(error)}.${hint}`);
  }
}

function sorted(regions: Iterable<string>): string[] {
  return [...regions].sort();
}

function describeList(regions: string[]): string {
  return regions.length === 0 ? 'no Region' : regions.join(', ');
}
