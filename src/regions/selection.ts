// The `regions` and `exclude-regions` inputs: Region names, or one keyword that asks AWS for them.
import { Input } from '../action-interface.js';

/** `enabled`: every Region enabled for the administrator account; `linked`: its cross-Region aggregation. */
export const REGION_KEYWORDS = ['enabled', 'linked'] as const;
export type RegionKeyword = (typeof REGION_KEYWORDS)[number];

export type RegionSelection = { kind: 'names'; names: string[] } | { kind: 'keyword'; keyword: RegionKeyword };

// Region names: a prefix, qualifiers, a number: us-east-1, us-gov-west-1, eu-central-2, eusc-de-east-1.
export const REGION_PATTERN = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;

/**
 * Where a run with a keyword calls STS and the account-wide APIs (Account, EC2, Organizations,
 * ListFindingAggregators) before it knows its Regions: the job's AWS_REGION, then AWS_DEFAULT_REGION,
 * then us-east-1. GovCloud and China runs set AWS_REGION to a Region of their partition.
 */
export const KEYWORD_HOME_REGION_FALLBACK = 'us-east-1';

export interface ParsedRegions {
  selection: RegionSelection;
  excludeRegions: string[];
  /** The Region of the credentials call: the first Region named, or the job's Region for a keyword. */
  homeRegion: string;
  problems: string[];
}

export function parseRegionInputs(
  regionItems: string[],
  excludeItems: string[],
  env: NodeJS.ProcessEnv,
  show: (text: string) => string,
): ParsedRegions {
  const problems: string[] = [];
  const jobRegion = env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim();
  const keywords = regionItems.filter((item) => (REGION_KEYWORDS as readonly string[]).includes(item.toLowerCase()));
  const excludeRegions = [...new Set(excludeItems)];
  for (const region of excludeRegions) {
    if (!REGION_PATTERN.test(region)) {
      problems.push(
        `'${show(region)}' is not an AWS Region name (expected a name such as 'us-east-1') in input '${Input.excludeRegions}'.`,
      );
    }
  }

  if (keywords.length > 0) {
    if (regionItems.length > 1) {
      problems.push(
        `Input '${Input.regions}' takes Region names or exactly one keyword ('enabled' or 'linked'), not both or several; got '${show(regionItems.join(', '))}'.`,
      );
    }
    const keyword = keywords[0]!.toLowerCase() as RegionKeyword;
    return { selection: { kind: 'keyword', keyword }, excludeRegions, homeRegion: jobRegion || KEYWORD_HOME_REGION_FALLBACK, problems };
  }

  const names = [...new Set(regionItems.length > 0 ? regionItems : jobRegion ? [jobRegion] : [])];
  if (names.length === 0) {
    problems.push(
      `No Region to onboard in. Set the '${Input.regions}' input (for example 'us-east-1, eu-west-1'), or AWS_REGION in the job's environment.`,
    );
  }
  for (const region of names) {
    if (!REGION_PATTERN.test(region)) {
      problems.push(`'${show(region)}' is not an AWS Region name (expected a name such as 'us-east-1') in input '${Input.regions}'.`);
    }
  }
  const kept = names.filter((region) => !excludeRegions.includes(region));
  if (names.length > 0 && kept.length === 0) {
    problems.push(`Input '${Input.excludeRegions}' leaves out every Region of '${Input.regions}'; nothing would be onboarded.`);
  }
  return { selection: { kind: 'names', names: kept }, excludeRegions, homeRegion: names[0] ?? '', problems };
}
