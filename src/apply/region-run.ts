// Carrying out a Region's plan: batching, read-back, invitations, removals.
import pLimit from 'p-limit';
import type { AccountResult, AdministratorGateway } from '../aws/administrator-gateway.js';
import { errorText, isAlreadyMember, isMemberLimitExceeded, isNotVisibleYet, withMemberLimitAdvice } from '../aws/errors.js';
import { MAX_BATCH } from '../aws/security-hub.js';
import { READ_BACK, patienceSeconds, waitBeforeAttempt, type Patience } from './read-back.js';
import { SharedOutcomes } from './shared-outcomes.js';
import {
  did,
  NO_STEPS,
  withStep,
  type AccountOutcome,
  createsMember,
  type AccountPlan,
  type Member,
  type Operation,
  type RegionPlan,
  type RegionResult,
} from '../model.js';

export interface ApplyOptions {
  /** Invite members that are `Created` once read back. */
  invite: boolean;
  /** How often, and how patiently, created members are read back. */
  readBack?: Patience;
  /** Receives the Region's log lines. */
  log: (line: string) => void;
  /** This Region's share of the run's in-flight budget (batchesInFlightPerRegion); default 30. */
  batchesInFlight?: number;
  /** The run's outcomes shared across Regions; by default this Region's own. */
  shared?: SharedOutcomes;
}

/**
 * Batches in flight (sent, or waiting for a token) per Region, from one budget for the whole run:
 * 30 while few Regions share it, never under 10 per Region. Ten keep a Region at its pace (a
 * batch's chain takes about three round trips, the bucket releases one batch per 100 ms); more
 * only hold requests and answers in memory: 17 Regions × 30 batches peaked at 600 MB.
 */
export const BATCHES_IN_FLIGHT = { total: 120, perRegionMax: 30, perRegionMin: 10 } as const;

export function batchesInFlightPerRegion(regions: number): number {
  const share = Math.floor(BATCHES_IN_FLIGHT.total / Math.max(1, regions));
  return Math.min(BATCHES_IN_FLIGHT.perRegionMax, Math.max(BATCHES_IN_FLIGHT.perRegionMin, share));
}
const ORGANIZATION_ACCOUNT_CREATED =
  "The organization account was made a member as Created, not Enabled, so this administrator does not act as the organization's delegated administrator here; organization accounts are never invited. Designate it as the Security Hub CSPM delegated administrator in this Region, or remove the account from organization-accounts.";

/**
 * A plan's accounts as outcomes before anything is done (also the result of plan mode), each the
 * shared outcome of the account where another Region planned the same for it.
 */
export function plannedOutcome(plan: RegionPlan, shared = new SharedOutcomes()): RegionResult {
  return { region: plan.region, accounts: plan.accounts.map((account) => shared.planned(account, outcomeOf)) };
}

/**
 * One object per account and Region, made as one literal: a spread followed by more fields puts
 * those in a second allocation, which at 10,000 accounts × 17 Regions is megabytes.
 */
function outcomeOf(account: AccountPlan): AccountOutcome {
  const { accountId, listed, before, action, membership } = account;
  // Every field the run sets later is in the literal (`after`), and so is the one optional field
  // that every account of an organization listing has: a field added afterwards takes a second
  // allocation (32 bytes each, measured).
  const outcome: AccountOutcome = membership
    ? { accountId, listed, before, action, membership, done: NO_STEPS, after: undefined }
    : { accountId, listed, before, action, done: NO_STEPS, after: undefined };
  for (const field of OPTIONAL_PLAN_FIELDS) {
    if (account[field] !== undefined) Object.assign(outcome, { [field]: account[field] });
  }
  // A creation held back before any write (the invitation cap) is reported as not processed.
  if (account.held) outcome.unprocessed = { operation: 'CreateMembers', processingResult: account.held };
  return outcome;
}

const OPTIONAL_PLAN_FIELDS = ['email', 'rawStatus', 'removal', 'attention', 'excluded', 'held', 'protected'] as const;
// Every field of a plan reaches its outcome: a field added to AccountPlan must be copied above.
const everyPlanFieldCopied: Exclude<
  keyof AccountPlan,
  'accountId' | 'listed' | 'before' | 'action' | 'membership' | (typeof OPTIONAL_PLAN_FIELDS)[number]
> extends never
  ? true
  : never = true;
void everyPlanFieldCopied;

/** Carries out a plan. The plan is not held once the outcomes are made from it (the caller may let go of it too). */
export function applyRegionPlan(gateway: AdministratorGateway, plan: RegionPlan, options: ApplyOptions): Promise<RegionResult> {
  const shared = options.shared ?? new SharedOutcomes();
  return applyOutcome(gateway, plannedOutcome(plan, shared), options, shared);
}

async function applyOutcome(
  gateway: AdministratorGateway,
  outcome: RegionResult,
  options: ApplyOptions,
  shared: SharedOutcomes,
): Promise<RegionResult> {
  const run = new RegionRun(gateway, options, outcome.accounts, shared);
  // Batches are places in the Region's list of outcomes, so the plan's objects are not kept alive by them.
  const having = (applies: (account: AccountOutcome) => boolean) => {
    const places: number[] = [];
    outcome.accounts.forEach((account, index) => {
      if (applies(account)) places.push(index);
    });
    return places;
  };
  const planned = (action: AccountPlan['action']) => (account: AccountOutcome) => account.action === action;
  // New members first, then a `Removed` member brought back through CreateMembers (createsMember).
  const createBatches = chunk(
    [...having(planned('create')), ...having((account) => account.action === 'reinvite' && createsMember(account))],
    MAX_BATCH,
  );
  const inviteBatches = chunk(having(planned('invite')), MAX_BATCH);
  const reinviteBatches = chunk(
    having((account) => account.action === 'reinvite' && !createsMember(account)),
    MAX_BATCH,
  );
  const removeBatches = chunk(having(planned('remove')), MAX_BATCH);
  // Batches run concurrently; the gateway's token buckets keep them within the service's rate, and
  // no more batches are in flight than the Region's share of the budget, so thousands of accounts
  // do not queue thousands of requests at once. Each created batch is read back and invited as
  // soon as it is done, not after every create.
  const inFlight = pLimit(options.batchesInFlight ?? BATCHES_IN_FLIGHT.perRegionMax);
  const each = (batches: number[][], work: (batch: AccountOutcome[], index: number) => Promise<void>) =>
    batches.map((places, index) => inFlight(() => run.forBatch(places, (batch) => work(batch, index))));
  await Promise.all([
    ...each(createBatches, (batch, index) => run.createReadBackInvite(batch, `${index + 1}/${createBatches.length}`)),
    ...each(inviteBatches, (batch, index) => run.invite(ids(batch), `${index + 1}/${inviteBatches.length}`)),
    ...each(reinviteBatches, (batch, index) => run.invite(ids(batch), `re-invite ${index + 1}/${reinviteBatches.length}`)),
    ...each(removeBatches, (batch, index) => run.remove(batch, `${index + 1}/${removeBatches.length}`)),
  ]);
  return outcome;
}

/** A per-account answer that still counts as done for this call. */
type Tolerated = (result: AccountResult) => boolean;

class RegionRun {
  /** The outcomes of the batches in flight only: a map of every account per Region would stay for the whole run. */
  private readonly outcomes = new Map<string, AccountOutcome>();
  private readonly readBack: Patience;

  constructor(
    private readonly gateway: AdministratorGateway,
    private readonly options: ApplyOptions,
    /** The Region's outcomes, in the plan's order. */
    private readonly accounts: AccountOutcome[],
    private readonly shared: SharedOutcomes,
  ) {
    this.readBack = options.readBack ?? READ_BACK;
  }

  /**
   * Runs the work of one batch (places in the Region's list) with its accounts' outcomes at hand:
   * copies, since the list's outcomes may be shared with other Regions. Each place then gets the
   * shared outcome equal to what its copy became, also when the work failed.
   */
  async forBatch(places: readonly number[], work: (batch: AccountOutcome[]) => Promise<void>): Promise<void> {
    const batch = places.map((place) => ({ ...this.accounts[place]! }));
    for (const account of batch) this.outcomes.set(account.accountId, account);
    try {
      await work(batch);
    } finally {
      places.forEach((place, index) => {
        this.accounts[place] = this.shared.share(batch[index]!);
      });
      for (const account of batch) this.outcomes.delete(account.accountId);
    }
  }

  async createReadBackInvite(batch: AccountPlan[], label: string): Promise<void> {
    const details = batch.map(({ accountId, email }) => ({ accountId, ...(email ? { email } : {}) }));
    // "Already a member" for an account this run asked to create is success: the SDK retried a
    // CreateMembers whose answer was lost, or the member exists; its status is read back either way
    // (docs/aws-behaviour.md#already-a-member).
    const alreadyMembers = new Set<string>();
    const tolerated: Tolerated = (result) => {
      if (!isAlreadyMember(result.processingResult)) return false;
      alreadyMembers.add(result.accountId);
      return true;
    };
    const processed = await this.step(
      'CreateMembers',
      label,
      ids(batch),
      (subset) => this.gateway.createMembers(details.filter((detail) => subset.includes(detail.accountId))),
      tolerated,
    );
    for (const id of processed) {
      const outcome = this.outcome(id);
      if (!alreadyMembers.has(id) || outcome.before !== 'Removed') outcome.done = withStep(outcome.done, 'create');
    }
    if (alreadyMembers.size > 0)
      this.options.log(`CreateMembers batch ${label}: ${alreadyMembers.size} account(s) already members; their status is read back.`);
    const toRead = processed.filter((id) => this.options.invite || this.outcome(id).action === 'reinvite');
    if (toRead.length === 0) return;
    const toInvite = await this.readBackCreated(toRead, label);
    if (toInvite.length > 0) await this.invite(toInvite, label);
  }

  /** InviteMembers; each account is reported invited, or invited again when its plan was a re-invite. */
  async invite(accountIds: string[], label: string): Promise<void> {
    const invited = await this.step('InviteMembers', label, accountIds, (subset) => this.gateway.inviteMembers(subset));
    for (const id of invited) {
      const outcome = this.outcome(id);
      outcome.done = withStep(outcome.done, outcome.action === 'reinvite' ? 'reinvite' : 'invite');
    }
  }

  /**
   * DisassociateMembers first where the member is associated, then DeleteMembers where it may be
   * deleted. A DeleteMembers refused for a member that is disassociated leaves it `Removed`: that is
   * reported as disassociated, with AWS's text as a warning, not as a failure
   * (docs/aws-behaviour.md#removal).
   */
  async remove(batch: AccountPlan[], label: string): Promise<void> {
    const toDisassociate = batch.filter((account) => account.removal?.disassociate).map((account) => account.accountId);
    const disassociated = new Set(
      toDisassociate.length > 0
        ? await this.step('DisassociateMembers', label, toDisassociate, async (subset) => {
            await this.gateway.disassociateMembers(subset);
            return [];
          })
        : [],
    );
    const ready = batch.filter((account) => !account.removal?.disassociate || disassociated.has(account.accountId));
    for (const id of ids(ready.filter((account) => !account.removal?.delete))) {
      const outcome = this.outcome(id);
      outcome.done = withStep(outcome.done, 'remove');
    }
    const toDelete = ids(ready.filter((account) => account.removal?.delete));
    if (toDelete.length === 0) return;
    const isDisassociated = (id: string) =>
      disassociated.has(id) || this.outcome(id).before === 'Removed' || this.outcome(id).before === 'Resigned';
    const refused = new Map<string, string>();
    const tolerated: Tolerated = (result) => {
      if (!isDisassociated(result.accountId)) return false;
      refused.set(result.accountId, result.processingResult);
      return true;
    };
    const deleted = await this.step(
      'DeleteMembers',
      label,
      toDelete,
      async (subset) => {
        try {
          return await this.gateway.deleteMembers(subset);
        } catch (error) {
          // A refusal of the whole call is a refusal of each account in it.
          return subset.map((accountId) => ({ accountId, processingResult: errorText(error) }));
        }
      },
      tolerated,
    );
    for (const id of deleted) {
      const outcome = this.outcome(id);
      outcome.done = withStep(outcome.done, 'remove');
      const reason = refused.get(id);
      if (reason !== undefined) {
        outcome.warning = {
          operation: 'DeleteMembers',
          message: `Disassociated, not deleted: DeleteMembers answered: ${reason} It stays in the member list as Removed (organization members cannot be deleted).`,
        };
      }
    }
  }

  /**
   * One batch call: every account AWS names in UnprocessedAccounts, or every account of a call that
   * failed as a whole, is reported with the reason, unless `tolerated` takes its answer as done.
   * Returns the accounts that were processed.
   */
  private async step(
    operation: Operation,
    label: string,
    accountIds: string[],
    send: (accountIds: string[]) => Promise<AccountResult[]>,
    tolerated: Tolerated = () => false,
  ): Promise<string[]> {
    let rejected: AccountResult[];
    try {
      rejected = await send(accountIds);
    } catch (error) {
      // The member cap may refuse a whole call when any of its accounts would go over it: halves
      // find the accounts that still fit, as per-account answers would (docs/aws-behaviour.md#member-cap).
      if (isMemberLimitExceeded(error) && accountIds.length > 1) {
        const half = Math.ceil(accountIds.length / 2);
        const parts = [accountIds.slice(0, half), accountIds.slice(half)];
        return (await Promise.all(parts.map((part) => this.step(operation, label, part, send, tolerated)))).flat();
      }
      for (const id of accountIds) this.outcome(id).unprocessed = { operation, processingResult: errorText(error) };
      this.options.log(`${operation} batch ${label}: ${accountIds.length} account(s) not processed: ${errorText(error)}`);
      return [];
    }
    const sent = new Set(accountIds);
    for (const result of rejected) {
      if (sent.has(result.accountId)) {
        if (tolerated(result)) continue;
        // The member cap may come per account rather than as a 429 (docs/aws-behaviour.md#member-cap).
        this.outcome(result.accountId).unprocessed = { operation, processingResult: withMemberLimitAdvice(result.processingResult) };
        continue;
      }
      // An entry that names no account of this batch cannot be placed: none of the batch is taken
      // as done, so nothing is half-onboarded silently; the next run sees the real state.
      const reason = `AWS reported an unprocessed account it did not name as one of this batch (${result.accountId || 'no account ID'}): ${result.processingResult}`;
      for (const id of accountIds) this.outcome(id).unprocessed ??= { operation, processingResult: reason };
    }
    const processed = accountIds.filter((id) => !this.outcome(id).unprocessed);
    this.options.log(
      `${operation} batch ${label}: ${accountIds.length} sent, ${processed.length} done, ${accountIds.length - processed.length} not processed.`,
    );
    return processed;
  }

  /**
   * Reads the members back and returns those to invite: `Created` ones, and `Removed`/`Resigned`
   * ones being brought back. Organization accounts go straight to `Enabled` and are never invited.
   * New members take a while to become visible, and GetMembers may then fail as a whole
   * (docs/aws-behaviour.md#read-back): every attempt of the schedule reads what is still missing,
   * a group that failed as a whole is split in halves for the next attempt, and on the last attempt
   * read one account at a time, so no invisible account holds a visible one back.
   */
  private async readBackCreated(accountIds: string[], label: string): Promise<string[]> {
    const toInvite: string[] = [];
    const lastReason = new Map<string, string>();
    let groups: string[][] = [accountIds];
    for (let attempt = 1; attempt <= this.readBack.attempts && groups.length > 0; attempt++) {
      await waitBeforeAttempt(attempt, this.readBack);
      const last = attempt === this.readBack.attempts;
      const answers = await Promise.all(groups.map((group) => this.readGroup(group, last)));
      const missing: string[] = [];
      groups = [];
      for (const answer of answers) {
        for (const member of answer.members) if (this.placeReadBack(member)) toInvite.push(member.accountId);
        for (const [id, reason] of answer.missing) {
          missing.push(id);
          lastReason.set(id, reason);
        }
        for (const group of answer.split) groups.push(group);
      }
      if (missing.length > 0) groups.push(missing);
    }
    const notVisible = groups.flat();
    for (const id of notVisible)
      this.outcome(id).unprocessed = { operation: 'GetMembers', processingResult: this.notVisibleReason(id, lastReason.get(id)) };
    this.options.log(
      `GetMembers batch ${label}: ${accountIds.length} read back, ${toInvite.length} to invite, ${notVisible.length} not visible yet.`,
    );
    return toInvite;
  }

  /**
   * One GetMembers for a group. A whole-call "not visible yet" splits the group (read one by one on
   * the last attempt); any other failure reports the group's accounts, which the next run picks up.
   */
  private async readGroup(group: string[], last: boolean): Promise<{ members: Member[]; missing: Map<string, string>; split: string[][] }> {
    try {
      const answer = await this.gateway.getMembers(group);
      const seen = new Set(answer.members.map((member) => member.accountId));
      const reasons = new Map(answer.unprocessed.map((result) => [result.accountId, result.processingResult]));
      const missing = new Map(group.filter((id) => !seen.has(id)).map((id) => [id, reasons.get(id) ?? 'GetMembers did not return it.']));
      return { members: answer.members.filter((member) => group.includes(member.accountId)), missing, split: [] };
    } catch (error) {
      if (!isNotVisibleYet(error)) {
        for (const id of group) {
          this.outcome(id).unprocessed = {
            operation: 'GetMembers',
            processingResult: `${this.notYetInvited(id)}: GetMembers failed: ${errorText(error)}. The next run invites it.`,
          };
        }
        return { members: [], missing: new Map(), split: [] };
      }
      if (group.length === 1) return { members: [], missing: new Map([[group[0]!, errorText(error)]]), split: [] };
      if (!last)
        return {
          members: [],
          missing: new Map(),
          split: [group.slice(0, Math.ceil(group.length / 2)), group.slice(Math.ceil(group.length / 2))],
        };
      const singles = await Promise.all(group.map((id) => this.readGroup([id], true)));
      return {
        members: singles.flatMap((single) => single.members),
        missing: new Map(singles.flatMap((single) => [...single.missing])),
        split: [],
      };
    }
  }

  /** Records what a member was read back as; true when it is to be invited. */
  private placeReadBack(member: Member): boolean {
    const outcome = this.outcome(member.accountId);
    outcome.after = member.status === 'Unknown' ? member.rawStatus : member.status;
    if (member.status === 'AccountSuspended') {
      outcome.unprocessed = {
        operation: 'CreateMembers',
        processingResult: 'The account is suspended (member status AccountSuspended); it was not enabled.',
      };
      return false;
    }
    // An organization account (organization-accounts) is never invited, even when AWS made it Created.
    if (member.status === 'Created' && outcome.membership === 'organization') {
      outcome.unprocessed = { operation: 'CreateMembers', processingResult: ORGANIZATION_ACCOUNT_CREATED };
      return false;
    }
    if (member.status === 'Created') return true;
    return outcome.action === 'reinvite' && (member.status === 'Removed' || member.status === 'Resigned');
  }

  private notYetInvited(id: string): string {
    return did(this.outcome(id), 'create') ? 'Created, not yet invited' : 'Not yet invited again';
  }

  private notVisibleReason(id: string, lastAnswer: string | undefined): string {
    return (
      `${this.notYetInvited(id)}: GetMembers did not show the member after ${this.readBack.attempts} attempts over about ${patienceSeconds(this.readBack)} s ` +
      `(membership is eventually consistent; last answer: ${lastAnswer ?? 'none'}). The next run invites it.`
    );
  }

  private outcome(id: string): AccountOutcome {
    const outcome = this.outcomes.get(id);
    if (!outcome) throw new Error(`No outcome for account ${id}`);
    return outcome;
  }
}

function ids(accounts: readonly { accountId: string }[]): string[] {
  return accounts.map((account) => account.accountId);
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
