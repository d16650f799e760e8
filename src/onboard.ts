// Every Region: look, decide (with the removal guard across all Regions), do; then the member side.
import * as core from '@actions/core';
import { applyRegionPlan, batchesInFlightPerRegion, failedOutcome, lookAtRegion, plannedOutcome } from './apply.js';
import type { AdministratorSession } from './aws/credentials.js';
import { createAdministratorGateway, type AdministratorGateway } from './aws/administrator-gateway.js';
import type { CallStats } from './aws/clients.js';
import { keepListedTwice, screenMembers, type IgnoredMember } from './member-list.js';
import { finishOnMemberSide, planMemberSide, withMemberSide, type MemberSideResult } from './member-side.js';
import { lookedAt, type Account, type Member, type RegionFailure, type RegionOutcome, type RegionPlan } from './model.js';
import type { RegionMembers } from './membership-export.js';
import { limitInvitations, type InvitationHeadroom } from './organization/headroom.js';
import { holdRemovals, planRegion, plannedRemovals } from './plan.js';
import type { LeftOutRegion } from './regions/resolve.js';
import type { Settings } from './settings.js';
import { forAnnotation, forLog, logLine } from './untrusted-text.js';

type RegionLook =
  { region: string; failure: RegionFailure } | { region: string; members: Member[]; ignored: IgnoredMember[]; plan: RegionPlan };

export interface OnboardingResult {
  regions: RegionOutcome[];
  stats: CallStats;
  /** Why removals were held back (max-removals, or an empty list); undefined when none was. */
  heldRemovals?: string;
  /** The removals that were held back, when they were. */
  heldRemovalAccounts?: RemovalTarget[];
  /** What a reviewer of the plan must know beyond the accounts (shown above the Regions). */
  notes: string[];
  /** Members of ListMembers the action did not trust (an AccountId not 12 digits, or listed twice). */
  ignoredMembers: IgnoredMember[];
  /** Per Region, with organization-accounts: the invitation cap before any write. */
  headroom?: InvitationHeadroom[];
  /** Regions of an enabled list where the administrator's hub is not enabled: left out with a notice. */
  leftOutRegions?: LeftOutRegion[];
  /** The members of every Region that could be read, as read before any change (for export-file). */
  membership: RegionMembers[];
}

type RemovalTarget = ReturnType<typeof plannedRemovals>[number];

/**
 * CreateMembers by the delegated administrator enables Security Hub CSPM, with its default
 * standards, in an organization account where it is off; never in the management account
 * (docs/aws-behaviour.md#organization-members).
 */
export const ORGANIZATION_CREATE_NOTE =
  'CreateMembers on an account of your AWS organization (when this administrator is its delegated administrator) makes it a member without an invitation, ' +
  'and where Security Hub CSPM is off in that account and Region, AWS turns it on with its default standards, which rely on AWS Config being recorded there. ' +
  'AWS never does this for the management account of the organization: it must enable Security Hub CSPM itself first.';

/** What the organization features add to each Region's plan; absent, a run plans as it always has. */
export interface OnboardScope {
  /** Every account of the organization (organization-accounts): decides the organization paths. */
  organizationMembers?: ReadonlySet<string>;
  /** Regions where the administrator is not the delegated administrator: there the list does not decide. */
  notDelegatedIn?: ReadonlySet<string>;
  /** exclude-accounts. */
  excluded?: ReadonlySet<string>;
  /** Hold creations that would exceed the invitation cap (needs organizationMembers). */
  checkHeadroom?: boolean;
  /** Regions from an enabled list: a hub that is not enabled there is a notice, not a failure. */
  optionalRegions?: ReadonlySet<string>;
}

export async function onboard(
  settings: Settings,
  session: AdministratorSession,
  desired: Account[],
  scope: OnboardScope = {},
): Promise<OnboardingResult> {
  const stats: CallStats = { calls: {}, throttled: 0 };
  const gateways = new Map<string, AdministratorGateway>(
    settings.regions.map((region) => [
      region,
      createAdministratorGateway(
        region,
        { credentials: session.credentials, ratePerSecond: settings.requestsPerSecond, burst: settings.requestBurst },
        stats,
      ),
    ]),
  );
  const logs = new Map(settings.regions.map((region) => [region, [] as string[]]));
  // A line holds AWS's text (error messages, ProcessingResult): the whole line is shown as untrusted.
  const log = (region: string, line: string) => logs.get(region)?.push(forLog(line));

  const batchesInFlight = batchesInFlightPerRegion(settings.regions.length);
  const now = new Date();
  const headroom: InvitationHeadroom[] = [];
  const leftOutRegions: LeftOutRegion[] = [];
  const membership: RegionMembers[] = [];
  const planFor = (region: string, members: Member[]): RegionPlan => {
    const organizationMembers = scope.notDelegatedIn?.has(region) ? undefined : scope.organizationMembers;
    const plan = planRegion(region, desired, members, {
      ...settings,
      now,
      ...(organizationMembers && { organizationMembers }),
      ...(scope.excluded && { excluded: scope.excluded }),
    });
    if (!scope.checkHeadroom) return plan;
    const limited = limitInvitations(plan, members);
    headroom.push(limited.headroom);
    return limited.plan;
  };
  // A Region that could be read comes with its plan; one that could not, with the failure.
  const looks = [...gateways.values()].map(async (gateway): Promise<RegionLook> => {
    const view = await lookAtRegion(gateway, session.accountId);
    if ('failure' in view) return view;
    const { members, ignored, listedTwice } = screenMembers(view.region, view.members);
    return { ...view, members, ignored, plan: keepListedTwice(planFor(view.region, members), listedTwice) };
  });
  // Removals are capped across all Regions, so with remove-absent every Region is looked at before
  // any acts. Without it, each Region goes on as soon as it is planned: a slow one holds none.
  const guard = settings.removeAbsent
    ? Promise.all(looks).then((all) => guardRemovals(all, settings.maxRemovals, desired.length))
    : undefined;

  const carryOut = async (look: RegionLook): Promise<RegionOutcome | undefined> => {
    if ('failure' in look && look.failure.hubNotEnabled && scope.optionalRegions?.has(look.region)) {
      // Normal in an organization that uses only some of its enabled Regions (regions: enabled).
      leftOutRegions.push({
        region: look.region,
        reason: `Security Hub CSPM is not enabled for the administrator account ${session.accountId} there`,
      });
      return undefined;
    }
    if ('failure' in look) return failedOutcome(look.region, look.failure, desired);
    log(look.region, `Found ${look.members.length} member(s); plan: ${describePlan(look.plan)}.`);
    const outcome =
      settings.mode === 'plan'
        ? Promise.resolve(plannedOutcome(look.plan))
        : applyRegionPlan(gateways.get(look.region)!, look.plan, {
            invite: settings.invite,
            log: (line) => log(look.region, line),
            batchesInFlight,
          });
    // The outcomes now hold what the plan said. The looks stay until every Region is done, so they
    // let go of the plan's accounts and the members read: at 10,000 accounts × 17 Regions that is
    // hundreds of thousands of objects.
    look.plan.accounts = [];
    // export-file writes the members as read; only then are they kept to the end of the run.
    if (settings.exportFile) membership.push({ region: look.region, members: look.members });
    look.members = [];
    return outcome;
  };
  const carried = await Promise.all(
    looks.map(async (pending, index) => {
      const look = guard ? (await guard).looks[index]! : await pending;
      const outcome = await carryOut(look);
      return outcome ? printRegion(look.region, outcome, logs) : undefined;
    }),
  );
  const looked = carried.filter((outcome): outcome is RegionOutcome => outcome !== undefined);
  const { heldRemovals, heldRemovalAccounts } = guard ? await guard : {};
  const creates = lookedAt(looked).some(({ accounts }) =>
    accounts.some((account) => account.action === 'create' || (account.action === 'reinvite' && account.before === 'Removed')),
  );
  const notes = creates ? [ORGANIZATION_CREATE_NOTE] : [];
  const ignoredMembers = (await Promise.all(looks)).flatMap((look) => ('ignored' in look ? look.ignored : []));

  let regions = looked;
  if (settings.memberRoleName) {
    const results = settings.mode === 'plan' ? planMemberSide(looked) : await memberSide(settings, session, looked, gateways, stats);
    regions = withMemberSide(looked, results);
  }
  headroom.sort((a, b) => a.region.localeCompare(b.region));
  leftOutRegions.sort((a, b) => a.region.localeCompare(b.region));
  return {
    regions,
    stats,
    notes,
    ignoredMembers,
    membership,
    ...(heldRemovals ? { heldRemovals, ...(heldRemovalAccounts && { heldRemovalAccounts }) } : {}),
    ...(scope.checkHeadroom && { headroom }),
    ...(leftOutRegions.length > 0 && { leftOutRegions }),
  };
}

async function memberSide(
  settings: Settings,
  session: AdministratorSession,
  regions: readonly RegionOutcome[],
  gateways: Map<string, AdministratorGateway>,
  stats: CallStats,
): Promise<MemberSideResult[]> {
  const lines: string[] = [];
  const results = await finishOnMemberSide(regions, {
    administratorId: session.accountId,
    administratorCredentials: session.credentials,
    partition: session.partition,
    stsRegion: session.stsRegion,
    roleName: settings.memberRoleName,
    externalId: settings.memberRoleExternalId,
    sessionName: `${settings.roleSessionName.slice(0, 57)}-member`,
    enableDefaultStandards: settings.enableDefaultStandards,
    concurrency: settings.memberConcurrency,
    administratorGateways: gateways,
    stats,
    log: (region, line) => lines.push(forLog(`${region}: ${line}`)),
  });
  core.startGroup(`Member accounts: ${lines.length} step(s)`);
  for (const line of lines) core.info(logLine(line));
  core.endGroup();
  return results;
}

/**
 * The `max-removals` guard, across all Regions: a truncated or mangled file must never wipe the
 * membership. Over the limit, or with an empty list, no removal happens at all; the accounts are
 * flagged with the reason instead.
 */
function guardRemovals(
  looks: RegionLook[],
  maxRemovals: number,
  desiredCount: number,
): { looks: RegionLook[]; heldRemovals?: string; heldRemovalAccounts?: RemovalTarget[] } {
  const removals = plannedRemovals(looks.flatMap((look) => ('plan' in look ? [look.plan] : [])));
  if (removals.length === 0 || (removals.length <= maxRemovals && desiredCount > 0)) return { looks };
  const heldRemovals =
    desiredCount === 0
      ? 'The account list is empty after validation; an empty list never removes members.'
      : `This run would remove ${removals.length} member(s), more than max-removals (${maxRemovals}); none was removed: ${listed(removals)}. If the list is right, raise max-removals for one run.`;
  return {
    looks: looks.map((look) => ('plan' in look ? { ...look, plan: holdRemovals(look.plan, heldRemovals) } : look)),
    heldRemovals,
    heldRemovalAccounts: removals,
  };
}

function listed(removals: { accountId: string; region: string }[]): string {
  const shown = removals.slice(0, 20).map(({ accountId, region }) => `${accountId} (${region})`);
  return removals.length > shown.length ? `${shown.join(', ')} and ${removals.length - shown.length} more` : shown.join(', ');
}

/** Regions run concurrently: each Region's lines are printed as one group when it ends. */
function printRegion(region: string, outcome: RegionOutcome, logs: Map<string, string[]>): RegionOutcome {
  core.startGroup(logLine(`${region}: ${regionHeadline(outcome)}`));
  for (const line of logs.get(region) ?? []) core.info(logLine(line));
  core.endGroup();
  if (outcome.failure) core.error(`${region}: ${forAnnotation(outcome.failure.message)}`);
  return outcome;
}

function describePlan(plan: RegionPlan): string {
  const counts = new Map<string, number>();
  for (const account of plan.accounts) {
    const key = account.action === 'skip' ? (account.listed ? 'no change' : 'drift left alone') : account.action;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} ${key}`).join(', ') || 'nothing';
}

function regionHeadline(outcome: RegionOutcome): string {
  if (outcome.failure) return `failed (${outcome.failure.operation})`;
  const unprocessed = outcome.accounts.filter((account) => account.unprocessed).length;
  return unprocessed > 0 ? `${unprocessed} account(s) not processed` : 'done';
}
