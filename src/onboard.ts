// Every Region: look, decide (with the removal guard across all Regions), do; then the member side.
import { applyRegionPlan, batchesInFlightPerRegion, plannedOutcome } from './apply/region-run.js';
import { SharedOutcomes } from './apply/shared-outcomes.js';
import type { AdministratorSession } from './aws/credentials.js';
import { createAdministratorGateway, type AdministratorGateway } from './aws/administrator-gateway.js';
import type { CallStats } from './aws/call-stats.js';
import { keepListedTwice, screenMembers, type IgnoredMember } from './look/member-list.js';
import { finishOnMemberSide, planMemberSide, withMemberSide, type MemberSideResult } from './apply/member-side.js';
import { failedOutcome, lookAtRegion } from './look/region.js';
import {
  createsMember,
  lookedAt,
  type Account,
  type HeldRemovals,
  type Member,
  type RegionFailure,
  type RegionOutcome,
  type RegionPlan,
} from './model.js';
import type { RegionMembers } from './membership-export.js';
import { limitInvitations, type InvitationHeadroom } from './organization/headroom.js';
import { guardRemovals, holdRemovals, planRegion, SharedPlans } from './plan.js';
import type { LeftOutRegion } from './regions/resolve.js';
import { MemberSideLog, RegionLog } from './report/run-log.js';
import type { MemberSideSettings, Settings } from './settings.js';

type RegionLook =
  { region: string; failure: RegionFailure } | { region: string; members: Member[]; ignored: IgnoredMember[]; plan: RegionPlan };

export interface OnboardingResult {
  regions: RegionOutcome[];
  stats: CallStats;
  /** The removals held back (max-removals, or an empty list), and why; undefined when none was. */
  heldRemovals?: HeldRemovals;
  /**
   * Some Region plans a CreateMembers (a new member, or a Removed one brought back): in an
   * organization that turns Security Hub CSPM on in the account, which report/ tells the reviewer.
   */
  createsMembers: boolean;
  /** Members of ListMembers the action did not trust (an AccountId not 12 digits, or listed twice). */
  ignoredMembers: IgnoredMember[];
  /** Per Region, with organization-accounts: the invitation cap before any write. */
  headroom?: InvitationHeadroom[];
  /** Regions of an enabled list where the administrator's hub is not enabled: left out with a notice. */
  leftOutRegions?: LeftOutRegion[];
  /** The members of every Region that could be read, as read before any change (for export-file). */
  membership: RegionMembers[];
}

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
        { credentials: session.credentials, ratePerSecond: settings.rate.requestsPerSecond, burst: settings.rate.burst },
        stats,
      ),
    ]),
  );
  const log = new RegionLog();

  const batchesInFlight = batchesInFlightPerRegion(settings.regions.length);
  const now = new Date();
  const headroom: InvitationHeadroom[] = [];
  const leftOutRegions: LeftOutRegion[] = [];
  const membership: RegionMembers[] = [];
  // An account that is new in several Regions is one plan for all of them, until every Region is planned.
  let sharedPlans: SharedPlans | undefined = new SharedPlans();
  const planFor = (region: string, members: Member[]): RegionPlan => {
    const organizationMembers = scope.notDelegatedIn?.has(region) ? undefined : scope.organizationMembers;
    const plan = planRegion(region, desired, members, {
      ...settings.reconcile,
      now,
      ...(organizationMembers && { organizationMembers }),
      ...(scope.excluded && { excluded: scope.excluded }),
      ...(sharedPlans && { shared: sharedPlans }),
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
  const { removeAbsent, maxRemovals } = settings.reconcile;
  void Promise.allSettled(looks).then(() => (sharedPlans = undefined));
  const guard = removeAbsent ? Promise.all(looks).then((all) => guardAll(all, { maxRemovals, listedCount: desired.length })) : undefined;

  // An account that fares the same in several Regions is one outcome object for all of them.
  const shared = new SharedOutcomes();
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
    log.planned(look.region, look.members.length, look.plan);
    const outcome =
      settings.mode === 'plan'
        ? Promise.resolve(plannedOutcome(look.plan, shared))
        : applyRegionPlan(gateways.get(look.region)!, look.plan, {
            invite: settings.reconcile.invite,
            log: (line) => log.line(look.region, line),
            batchesInFlight,
            shared,
          });
    // The outcomes now hold what the plan said. The looks stay until every Region is done, so they
    // let go of the plan and the members read (the plan itself is left as the planner made it): at
    // 10,000 accounts × 17 Regions that is hundreds of thousands of objects.
    look.plan = { region: look.region, accounts: [] };
    // export-file writes the members as read; only then are they kept to the end of the run.
    if (settings.exportFile) membership.push({ region: look.region, members: look.members });
    look.members = [];
    return outcome;
  };
  const carried = await Promise.all(
    looks.map(async (pending, index) => {
      const look = guard ? (await guard).looks[index]! : await pending;
      const outcome = await carryOut(look);
      if (!outcome) return undefined;
      log.print(outcome);
      return outcome;
    }),
  );
  const looked = carried.filter((outcome): outcome is RegionOutcome => outcome !== undefined);
  const heldRemovals = guard ? (await guard).held : undefined;
  const createsMembers = lookedAt(looked).some(({ accounts }) => accounts.some(createsMember));
  const ignoredMembers = (await Promise.all(looks)).flatMap((look) => ('ignored' in look ? look.ignored : []));

  let regions = looked;
  if (settings.memberSide) {
    const results =
      settings.mode === 'plan'
        ? planMemberSide(looked)
        : await memberSide(settings.memberSide, settings.credentials.roleSessionName, session, looked, gateways, stats);
    regions = withMemberSide(looked, results);
  }
  headroom.sort((a, b) => a.region.localeCompare(b.region));
  leftOutRegions.sort((a, b) => a.region.localeCompare(b.region));
  return {
    regions,
    stats,
    createsMembers,
    ignoredMembers,
    membership,
    ...(heldRemovals ? { heldRemovals } : {}),
    ...(scope.checkHeadroom && { headroom }),
    ...(leftOutRegions.length > 0 && { leftOutRegions }),
  };
}

async function memberSide(
  settings: MemberSideSettings,
  roleSessionName: string,
  session: AdministratorSession,
  regions: readonly RegionOutcome[],
  gateways: Map<string, AdministratorGateway>,
  stats: CallStats,
): Promise<MemberSideResult[]> {
  const log = new MemberSideLog();
  const results = await finishOnMemberSide(regions, {
    administratorId: session.accountId,
    administratorCredentials: session.credentials,
    partition: session.partition,
    stsRegion: session.stsRegion,
    ...settings,
    sessionName: `${roleSessionName.slice(0, 57)}-member`,
    administratorGateways: gateways,
    stats,
    log: (region, line) => log.line(region, line),
  });
  log.print();
  return results;
}

/** The `max-removals` guard over every Region that could be looked at (plan.ts decides). */
function guardAll(looks: RegionLook[], limits: Parameters<typeof guardRemovals>[1]): { looks: RegionLook[]; held?: HeldRemovals } {
  const held = guardRemovals(
    looks.flatMap((look) => ('plan' in look ? [look.plan] : [])),
    limits,
  );
  if (!held) return { looks };
  return { looks: looks.map((look) => ('plan' in look ? { ...look, plan: holdRemovals(look.plan, held.reason) } : look)), held };
}
