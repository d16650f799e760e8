// The benchmark's cases and what they should cost at best: the fewest Security Hub calls that do
// the job, and the shortest wall time the emulator's latency and rate limit allow. Pure: no I/O.
import { DEFAULT_ENABLED_REGIONS, type RegionSeed, type Scenario, type SeedMember } from '../../emulator/scenario.js';

export { DEFAULT_ENABLED_REGIONS };

/** One request's round trip in the emulator (scenario `latencyMs`). */
export const LATENCY_MS = 25;
/** Security Hub's documented rate for every member API (docs/aws-behaviour.md#rate-limits), enforced by the emulator. */
export const RATE_LIMIT = { ratePerSecond: 10, burst: 30 } as const;
export const REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-1', 'sa-east-1'] as const;
export const SECURITY_HUB_OPERATIONS = ['DescribeHub', 'ListMembers', 'CreateMembers', 'GetMembers', 'InviteMembers'] as const;
/** CreateMembers takes at most 50 accounts; ListMembers pages hold at most 50. */
const BATCH = 50;
/** OIDC token, then AssumeRoleWithWebIdentity (whose answer names the account): one after the other before any Region. */
const CREDENTIAL_ROUND_TRIPS = 2;

export interface BenchAccount {
  accountId: string;
  email?: string;
  /** Invitation-based: invited after creation. Organization accounts are enabled by CreateMembers. */
  invitation: boolean;
  /** The member status it must have in every Region after the run. */
  expectedStatus: 'Invited' | 'Enabled';
}

/** The same in every Region: what is there, what the action must create, and whom it must invite. */
export interface RegionWork {
  existing: number;
  create: number;
  invite: number;
}

export interface BenchCase {
  id: string;
  title: string;
  accounts: BenchAccount[];
  scenario: Scenario;
  work: RegionWork;
  /** The sequential baseline runs on this many accounts and Regions, extrapolated linearly. */
  baselineSample: { accounts: number; regions: number };
  /** The Regions the case runs in; default REGIONS. */
  regions?: readonly string[];
  /** The action's inputs instead of an accounts file and REGIONS (organization-accounts, regions keywords). */
  inputs?: Record<string, string>;
  /** Organizations calls the run must make before any Region can be planned (one at a time, at ORGANIZATIONS_RATE). */
  organizationCalls?: number;
}

export type OperationCounts = Record<string, number>;

const ids = (count: number, first: number) => Array.from({ length: count }, (_, i) => String(first + i));
const seeded = (members: SeedMember[]): Record<string, RegionSeed> => Object.fromEntries(REGIONS.map((region) => [region, { members }]));
const baseScenario: Scenario = { latencyMs: LATENCY_MS, rateLimit: { ...RATE_LIMIT }, visibilityDelayMs: 0 };

/** The action's client-side pace for Organizations (src/aws/organizations-gateway.ts): one call at a time. */
export const ORGANIZATIONS_RATE = { ratePerSecond: 5, burst: 5 } as const;
/** The emulator's Organizations throttle in the benchmark: a little above the client's, as for Security Hub. */
const ORGANIZATIONS_LIMIT = { ratePerSecond: 5, burst: 10 } as const;
/** ListAccounts pages hold 20 accounts. */
const ORGANIZATIONS_PAGE = 20;

/** 10,000 accounts in 50 units under the root, found through organization-accounts: all, in the 17 Regions enabled by default. */
function organizationAccountsCase(organizationIds: string[]): BenchCase {
  const units = Array.from({ length: 50 }, (_, unit) => ({
    id: `ou-exam-${String(unit).padStart(8, '0')}`,
    accounts: organizationIds.slice(unit * 200, unit * 200 + 200).map((id) => ({ id })),
  }));
  return {
    id: 'organization-accounts-10000',
    title: '10,000 organization accounts through organization-accounts: all, regions: enabled (17)',
    accounts: organizationIds.map((accountId) => ({ accountId, invitation: false, expectedStatus: 'Enabled' })),
    scenario: { ...baseScenario, organization: { managementAccountId: '999999999999', units, rateLimit: { ...ORGANIZATIONS_LIMIT } } },
    work: { existing: 0, create: 10_000, invite: 0 },
    baselineSample: { accounts: 200, regions: 1 },
    regions: DEFAULT_ENABLED_REGIONS,
    inputs: { 'organization-accounts': 'all', regions: 'enabled' },
    // ListAccounts pages, and DescribeOrganization for the management-account check.
    organizationCalls: Math.ceil(organizationIds.length / ORGANIZATIONS_PAGE) + 1,
  };
}

export function benchCases(options: { fullBaseline: boolean }): BenchCase[] {
  // Every fifth account is already a member, so the new accounts are not contiguous in the list.
  const invitationAccounts: BenchAccount[] = ids(1000, 200_000_000_000).map((accountId, i) => ({
    accountId,
    email: `member-${i}@example.com`,
    invitation: true,
    expectedStatus: i % 5 === 0 ? 'Enabled' : 'Invited',
  }));
  const invitedAt = new Date().toISOString();
  const seed = ({ accountId, email }: BenchAccount, status: string) => ({
    accountId,
    ...(email !== undefined && { email }),
    status,
    ...(status === 'Invited' && { invitedAt }),
  });
  const enabledSeeds = invitationAccounts
    .filter((account) => account.expectedStatus === 'Enabled')
    .map((account) => seed(account, 'Enabled'));
  const doneSeeds = invitationAccounts.map((account) => seed(account, account.expectedStatus));
  const organizationIds = ids(10_000, 300_000_000_000);
  const organizationAccounts: BenchAccount[] = organizationIds.map((accountId) => ({
    accountId,
    invitation: false,
    expectedStatus: 'Enabled',
  }));
  const allRegions = options.fullBaseline ? REGIONS.length : 1;

  return [
    {
      id: 'invite-1000',
      title: '1,000 invitation accounts, 20% already members',
      accounts: invitationAccounts,
      regions: REGIONS,
      scenario: { ...baseScenario, regions: seeded(enabledSeeds) },
      work: { existing: enabledSeeds.length, create: 800, invite: 800 },
      baselineSample: { accounts: invitationAccounts.length, regions: allRegions },
    },
    {
      id: 'organization-10000',
      title: '10,000 organization accounts',
      accounts: organizationAccounts,
      regions: REGIONS,
      scenario: { ...baseScenario, organizationAccounts: organizationIds },
      work: { existing: 0, create: 10_000, invite: 0 },
      // 40,000 sequential calls throttled to 10/s would take over an hour.
      baselineSample: { accounts: 500, regions: 1 },
    },
    {
      id: 'organization-10000x17',
      title: '10,000 organization accounts in the 17 default Regions',
      accounts: organizationAccounts,
      regions: DEFAULT_ENABLED_REGIONS,
      scenario: { ...baseScenario, organizationAccounts: organizationIds },
      work: { existing: 0, create: 10_000, invite: 0 },
      // The same sequential script per account and Region as the case above: a smaller sample.
      baselineSample: { accounts: 200, regions: 1 },
    },
    {
      id: 'noop-1000',
      title: 'no-op reconcile of the 1,000 (all Invited/Enabled)',
      accounts: invitationAccounts,
      regions: REGIONS,
      scenario: { ...baseScenario, regions: seeded(doneSeeds) },
      work: { existing: doneSeeds.length, create: 0, invite: 0 },
      baselineSample: { accounts: invitationAccounts.length, regions: allRegions },
    },
    organizationAccountsCase(organizationIds),
  ];
}

/**
 * The fewest Security Hub calls per Region: one DescribeHub, the ListMembers pages (one even when
 * empty), and one CreateMembers, GetMembers (read-back) and InviteMembers per 50 new accounts,
 * InviteMembers for invitation accounts only.
 */
export function minimumCallsPerRegion(work: RegionWork): OperationCounts {
  const batches = (count: number) => Math.ceil(count / BATCH);
  return {
    DescribeHub: 1,
    ListMembers: Math.max(1, batches(work.existing)),
    CreateMembers: batches(work.create),
    GetMembers: batches(work.create),
    InviteMembers: batches(work.invite),
  };
}

export interface LowerBound {
  ms: number;
  formula: string;
  /** The formula with this case's numbers. */
  values: string;
}

/**
 * The critical path of one Region (Regions have their own rate buckets and run concurrently).
 * Each operation has its own bucket: `burst` calls may leave at once, every further one waits
 * 1/rate, so an operation's n calls cannot all have left before its pace, max(0, n - burst) / rate.
 * Before any write: the credential round trips, DescribeHub, then the ListMembers pages one after
 * another (each needs the previous NextToken, and they are paced too). The writes are pipelined per
 * batch (CreateMembers → GetMembers → InviteMembers): a batch's read-back and invitation follow its
 * creation one round trip behind, in buckets of their own. So the writes end no earlier than the
 * slowest operation's pace plus the round trips of the chain from that operation on: the paces of
 * the three operations overlap, they do not add up.
 */
export function lowerBound(work: RegionWork, organizationCalls = 0): LowerBound {
  const minimum = minimumCallsPerRegion(work);
  const pace = (calls: number) => (Math.max(0, calls - RATE_LIMIT.burst) / RATE_LIMIT.ratePerSecond) * 1000;
  const pages = minimum.ListMembers!;
  const listMs = Math.max(pages * LATENCY_MS, pace(pages) + LATENCY_MS);
  const chain = (['CreateMembers', 'GetMembers', 'InviteMembers'] as const).filter((operation) => minimum[operation]! > 0);
  // Pace of each write operation plus the round trips from it to the end of the chain.
  const writes: { operation: string; calls: number; ms: number }[] = chain.map((operation, index) => ({
    operation,
    calls: minimum[operation]!,
    ms: pace(minimum[operation]!) + (chain.length - index) * LATENCY_MS,
  }));
  const slowest = writes.reduce((worst, write) => (write.ms > worst.ms ? write : worst), { operation: 'none', calls: 0, ms: 0 });
  const beforeWritesMs = (CREDENTIAL_ROUND_TRIPS + 1) * LATENCY_MS + listMs;
  const base = {
    ms: beforeWritesMs + slowest.ms,
    formula:
      `L x (${CREDENTIAL_ROUND_TRIPS} credential + 1 DescribeHub) + max(P x L, pace(P) + L) + max over write operations o of (pace(o) + L x stages from o on), ` +
      `pace(n) = max(0, n - burst) / rate`,
    values:
      `${LATENCY_MS} ms x ${CREDENTIAL_ROUND_TRIPS + 1} + max(${pages} x ${LATENCY_MS}, ${pace(pages)} + ${LATENCY_MS}) ms` +
      (writes.length > 0
        ? ` + ${slowest.operation}: max(0, ${slowest.calls} - ${RATE_LIMIT.burst}) / ${RATE_LIMIT.ratePerSecond}/s + ${writes.length - writes.indexOf(slowest)} x ${LATENCY_MS} ms`
        : ' + no writes') +
      ` = ${beforeWritesMs} + ${slowest.ms} ms`,
  };
  if (organizationCalls === 0) return base;
  // Before any Region is planned: the organization's listing, one call at a time at the client's pace, beside
  // ListRegions and then DescribeOrganizationConfiguration (2 round trips), whichever is longer.
  const organizationMs = Math.max(
    organizationCalls * LATENCY_MS,
    (Math.max(0, organizationCalls - ORGANIZATIONS_RATE.burst) / ORGANIZATIONS_RATE.ratePerSecond) * 1000,
  );
  const beforeRegionsMs = Math.max(organizationMs, 2 * LATENCY_MS);
  return {
    ms: base.ms + beforeRegionsMs,
    formula: `${base.formula} + max(O x L, (O - burst) / Organizations rate, 2 L)`,
    values: `${base.values} + max(${organizationCalls} x ${LATENCY_MS} ms, (${organizationCalls} - ${ORGANIZATIONS_RATE.burst}) / ${ORGANIZATIONS_RATE.ratePerSecond}/s) = ${base.ms} + ${beforeRegionsMs} ms`,
  };
}

/** Every Region's minimum added up. */
export function minimumCalls(work: RegionWork, regions: number): OperationCounts {
  return Object.fromEntries(Object.entries(minimumCallsPerRegion(work)).map(([operation, count]) => [operation, count * regions]));
}

/** `OK` when every Security Hub operation was called exactly its minimum number of times, else what was off. */
export function callsCheck(actual: OperationCounts, minimum: OperationCounts): string {
  const count = (operation: string) => actual[operation] ?? 0;
  const off = SECURITY_HUB_OPERATIONS.filter((operation) => count(operation) !== minimum[operation]);
  if (off.length === 0) return 'OK';
  const direction = off.some((operation) => count(operation) < minimum[operation]!) ? 'under' : 'over';
  return `${direction}: ${off.map((operation) => `${operation} ${count(operation)}/${minimum[operation]}`).join(', ')}`;
}
