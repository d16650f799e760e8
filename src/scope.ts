// What a run acts on when it follows AWS: its Regions (`regions: enabled | linked`, exclude-regions)
// and its accounts (organization-accounts, exclude-accounts), with the preflight checks. Read-only;
// a plain Region list and a plain accounts file pass through unchanged.
import { LIMITS } from './accounts/index.js';
import type { AdministratorSession } from './aws/credentials.js';
import type { CallStats } from './aws/call-stats.js';
import type { Account } from './model.js';
import type { OnboardScope } from './onboard.js';
import { checkOrganizationConfiguration, describeCheck, notDelegatedIn, type OrganizationCheck } from './organization/preflight.js';
import { organizationAccounts, type LeftOutAccount, type OrganizationAccounts } from './organization/source.js';
import { resolveRegions, type LeftOutRegion } from './regions/resolve.js';
import type { Settings } from './settings.js';
import { ScopeStopped } from './scope-stopped.js';

/** What the summary and the log say about where the Regions and accounts came from. */
export interface ScopeReport {
  regionSource: string;
  leftOutRegions: LeftOutRegion[];
  regionNotes: string[];
  organization?: { method: string; found: number; onboarded: number };
  /** Accounts a source named that this run does not onboard, and why (not ACTIVE, exclude-accounts). */
  leftOutAccounts: LeftOutAccount[];
  /** One line per check: the delegated administrator per Region, the management account. */
  checks: string[];
}

export interface RunScope {
  /** The settings with the Regions resolved. */
  settings: Settings;
  desired: Account[];
  onboard: OnboardScope;
  report: ScopeReport;
}

/** Too many accounts once the organization joins the other sources: stops before any write. */
export class ScopeError extends ScopeStopped {
  override name = 'ScopeError';
}

export async function resolveScope(
  settings: Settings,
  session: AdministratorSession,
  listed: Account[],
  stats: CallStats,
): Promise<RunScope> {
  // Account-wide calls (Account, EC2, Organizations, ListFindingAggregators) go where STS answered: a Region enabled for the account.
  const region = session.stsRegion;
  // The Regions (and then each Region's check) and the organization's accounts are read side by side.
  const regionsAndChecks = resolveRegions(settings, session, stats).then(async (resolved) => ({
    resolved,
    checks: settings.organizationAccounts
      ? await checkOrganizationConfiguration(resolved.regions, session, stats)
      : new Map<string, OrganizationCheck>(),
  }));
  const [{ resolved, checks }, organization] = await Promise.all([
    regionsAndChecks,
    settings.organizationAccounts ? organizationAccounts(settings.organizationAccounts, region, session, stats) : undefined,
  ]);

  const excluded = new Set(settings.excludeAccounts ?? []);
  // The administrator is an account of its organization too; it cannot be its own member.
  const fromOrganization = (organization?.accounts ?? []).filter((account) => account.accountId !== session.accountId);
  const all = union(listed, fromOrganization);
  const desired = all.filter((account) => !excluded.has(account.accountId));
  if (organization && desired.length === 0) {
    throw new ScopeError(
      `No accounts to onboard: organization-accounts found ${organization.accounts.length + organization.leftOut.length} account(s), none ACTIVE and not excluded, and account-ids and accounts-file add none.`,
    );
  }
  if (desired.length > LIMITS.maxAccounts) {
    throw new ScopeError(
      `Too many accounts: the sources together name ${desired.length}, and a run onboards at most ${LIMITS.maxAccounts}. Narrow organization-accounts to some units, or add exclude-accounts.`,
    );
  }
  const leftOutAccounts = [
    ...(organization?.leftOut ?? []).filter((account) => !excluded.has(account.accountId)),
    ...all
      .filter((account) => excluded.has(account.accountId))
      .map(({ accountId }) => ({ accountId, reason: 'excluded by exclude-accounts' })),
  ];

  return {
    settings: { ...settings, regions: resolved.regions },
    desired,
    onboard: {
      ...(organization && { organizationMembers: organization.members, notDelegatedIn: notDelegatedIn(checks), checkHeadroom: true }),
      ...(excluded.size > 0 && { excluded }),
      ...(resolved.fromEnabledList.size > 0 && { optionalRegions: resolved.fromEnabledList }),
    },
    report: {
      regionSource: resolved.source,
      leftOutRegions: resolved.leftOut,
      regionNotes: resolved.notes,
      ...(organization && {
        organization: {
          method: organization.method,
          found: organization.accounts.length + organization.leftOut.length,
          onboarded: fromOrganization.length,
        },
      }),
      leftOutAccounts,
      checks: [...[...checks].map(([checked, check]) => describeCheck(checked, check)), ...managementAccountCheck(organization, desired)],
    },
  };
}

/** An account listed twice counts once, as its first source gives it (the file, with its email). */
function union(first: Account[], second: Account[]): Account[] {
  const seen = new Set(first.map((account) => account.accountId));
  return [...first, ...second.filter((account) => !seen.has(account.accountId))];
}

/** AWS never enables Security Hub CSPM in the management account by CreateMembers (docs/aws-behaviour.md#the-management-account). */
function managementAccountCheck(organization: OrganizationAccounts | undefined, desired: Account[]): string[] {
  if (!organization) return [];
  const management = organization.managementAccount;
  if ('skipped' in management) return [`Management account check skipped, ${management.skipped}.`];
  if (!management.accountId || !desired.some((account) => account.accountId === management.accountId)) return [];
  return [
    `Account ${management.accountId} is the organization's management account: AWS never enables Security Hub CSPM in it automatically. Enable Security Hub CSPM in it yourself, in every Region of this run, so that it can be a member.`,
  ];
}
