// Read-only checks before any write, in plan mode as well: is the administrator the organization's
// Security Hub CSPM delegated administrator in each Region, and with what configuration type.
// A check the role may not make is skipped with the permission it needs, never a failure.
import type { AdministratorSession } from '../aws/credentials.js';
import type { CallStats } from '../aws/call-stats.js';
import { errorText } from '../aws/errors.js';
import { createHubConfigurationGateway, type OrganizationConfiguration } from '../aws/hub-configuration-gateway.js';
import { isAccessDenied } from '../aws/errors.js';

export type OrganizationCheck = OrganizationConfiguration | { skipped: string };

export async function checkOrganizationConfiguration(
  regions: readonly string[],
  session: AdministratorSession,
  stats: CallStats,
): Promise<Map<string, OrganizationCheck>> {
  const gateway = createHubConfigurationGateway(regions[0] ?? '', session.credentials, stats);
  const checks = await Promise.all(
    regions.map(async (region): Promise<[string, OrganizationCheck]> => {
      try {
        return [region, await gateway.describeOrganizationConfiguration(region)];
      } catch (error) {
        return [region, { skipped: isAccessDenied(error) ? 'needs securityhub:DescribeOrganizationConfiguration' : errorText(error) }];
      }
    }),
  );
  return new Map(checks);
}

/** Regions where the check found the administrator is not the delegated administrator. */
export function notDelegatedIn(checks: ReadonlyMap<string, OrganizationCheck>): Set<string> {
  return new Set(
    [...checks].filter(([, check]) => 'delegatedAdministrator' in check && !check.delegatedAdministrator).map(([region]) => region),
  );
}

/** One line per Region for the log and the summary. */
export function describeCheck(region: string, check: OrganizationCheck): string {
  if ('skipped' in check) return `${region}: delegated administrator check skipped, ${check.skipped}.`;
  if (!check.delegatedAdministrator) {
    return `${region}: this administrator is not the organization's Security Hub CSPM delegated administrator (${check.reason}); organization accounts there are treated as any other account and invited.`;
  }
  const central =
    check.configurationType === 'CENTRAL'
      ? " Central configuration: the organization accounts' Security Hub CSPM settings come from configuration policies, not from this action."
      : '';
  const full = check.memberAccountLimitReached ? ' AWS reports the organization member limit reached (MemberAccountLimitReached).' : '';
  return `${region}: delegated administrator of the organization, configuration ${check.configurationType ?? 'not stated'}.${central}${full}`;
}
