// Looking at a Region and carrying out its plan: batching, read-back, invitations, removals.
import pLimit from 'p-limit';
import { READ_BACK, waitBeforeAttempt, type Patience } from './backoff.js';
import { HubNotEnabledError, MAX_BATCH, errorText, toAwsCallError, type AccountResult, type SecurityHubGateway } from './aws/gateway.js';
import type { Account, Member, Operation } from './model.js';
import { chunk, type AccountPlan, type RegionPlan } from './plan.js';

/** What a Region holds now, or why it could not be read. */
export type RegionView = { region: string; members: Member[] } | { region: string; failure: RegionFailure };

export interface RegionFailure {
  operation: Operation;
  message: string;
}

export interface AccountOutcome extends AccountPlan {
  created: boolean;
  invited: boolean;
  reinvited: boolean;
  removed: boolean;
  /** Our invitation was accepted from the member account (member-role-name). */
  accepted: boolean;
  /** What the member side did, for the summary. */
  memberSide?: string;
  /** The status read back after creation, when it was read. */
  after?: string;
  unprocessed?: { operation: Operation; processingResult: string };
}

export interface RegionOutcome {
  region: string;
  accounts: AccountOutcome[];
  /** Set when the whole Region could not be looked at (hub not enabled, ListMembers failed). */
  failure?: RegionFailure;
}

export interface ApplyOptions {
  /** Invite members that are `Created` once read back. */
  invite: boolean;
  /** How often, and how patiently, created members are read back. */
  readBack?: Patience;
  /** Receives the Region's log lines. */
  log: (line: string) => void;
}

const MAX_BATCHES_IN_FLIGHT = 30;

export async function lookAtRegion(gateway: SecurityHubGateway, administratorId: string): Promise<RegionView> {
  const { region } = gateway;
  try {
    await gateway.describeHub();
    return { region, members: await gateway.listMembers() };
  } catch (error) {
    const failure = toAwsCallError('DescribeHub', region, error);
    const message =
      failure instanceof HubNotEnabledError
        ? `Security Hub CSPM is not enabled for the administrator account ${administratorId} in ${region} (DescribeHub: ${failure.errorName}). Enable it in that Region, or remove the Region from 'regions'.`
        : failure.errorName === 'AccessDeniedException'
          ? `${errorText(failure)}. The role needs securityhub:${failure.operation} (see examples/iam/ for the plan and apply policies).`
          : errorText(failure);
    return { region, failure: { operation: failure.operation === 'ListMembers' ? 'ListMembers' : 'DescribeHub', message } };
  }
}

/** A plan's accounts as outcomes before anything is done (also the result of plan mode). */
export function plannedOutcome(plan: RegionPlan): RegionOutcome {
  return {
    region: plan.region,
    accounts: plan.accounts.map((account) => ({ ...account, created: false, invited: false, reinvited: false, removed: false, accepted: false })),
  };
}

/** Every listed account of a Region that could not be looked at is reported with the reason. */
export function failedOutcome(region: string, failure: RegionFailure, desired: readonly Account[]): RegionOutcome {
  return {
    region,
    failure,
    accounts: desired.map((account) => ({
      accountId: account.accountId,
      ...(account.email ? { email: account.email } : {}),
      listed: true,
      before: 'Unknown',
      action: 'skip',
      created: false,
      invited: false,
      reinvited: false,
      removed: false,
      accepted: false,
      unprocessed: { operation: failure.operation, processingResult: failure.message },
    })),
  };
}

export async function applyRegionPlan(gateway: SecurityHubGateway, plan: RegionPlan, options: ApplyOptions): Promise<RegionOutcome> {
  const outcome = plannedOutcome(plan);
  const run = new RegionRun(gateway, outcome.accounts, options);
  const having = (action: AccountPlan['action']) => plan.accounts.filter((account) => account.action === action);
  const createBatches = chunk(having('create'), MAX_BATCH);
  const inviteBatches = chunk(ids(having('invite')), MAX_BATCH);
  const reinviteBatches = chunk(ids(having('reinvite')), MAX_BATCH);
  const removeBatches = chunk(having('remove'), MAX_BATCH);
  // Batches run concurrently; the gateway's token buckets keep them within the service's rate, and
  // no more batches are in flight than the burst lets through, so thousands of accounts do not
  // queue thousands of requests at once. Each created batch is read back and invited as soon as it
  // is done, not after every create.
  const inFlight = pLimit(MAX_BATCHES_IN_FLIGHT);
  await Promise.all([
    ...createBatches.map((batch, index) => inFlight(() => run.createReadBackInvite(batch, `${index + 1}/${createBatches.length}`))),
    ...inviteBatches.map((batch, index) => inFlight(() => run.invite(batch, `${index + 1}/${inviteBatches.length}`, 'invited'))),
    ...reinviteBatches.map((batch, index) => inFlight(() => run.invite(batch, `re-invite ${index + 1}/${reinviteBatches.length}`, 'reinvited'))),
    ...removeBatches.map((batch, index) => inFlight(() => run.remove(batch, `${index + 1}/${removeBatches.length}`))),
  ]);
  return outcome;
}

class RegionRun {
  private readonly outcomes: Map<string, AccountOutcome>;
  private readonly readBack: Patience;

  constructor(
    private readonly gateway: SecurityHubGateway,
    accounts: AccountOutcome[],
    private readonly options: ApplyOptions,
  ) {
    this.outcomes = new Map(accounts.map((account) => [account.accountId, account]));
    this.readBack = options.readBack ?? READ_BACK;
  }

  async createReadBackInvite(batch: AccountPlan[], label: string): Promise<void> {
    const details = batch.map(({ accountId, email }) => ({ accountId, ...(email ? { email } : {}) }));
    const created = await this.step('CreateMembers', label, ids(batch), () => this.gateway.createMembers(details));
    for (const id of created) this.outcome(id).created = true;
    if (!this.options.invite || created.length === 0) return;
    const toInvite = await this.readBackCreated(created, label);
    if (toInvite.length > 0) await this.invite(toInvite, label, 'invited');
  }

  async invite(accountIds: string[], label: string, flag: 'invited' | 'reinvited'): Promise<void> {
    const invited = await this.step('InviteMembers', label, accountIds, () => this.gateway.inviteMembers(accountIds));
    for (const id of invited) this.outcome(id)[flag] = true;
  }

  /** DisassociateMembers first where the member is associated, then DeleteMembers where it may be deleted. */
  async remove(batch: AccountPlan[], label: string): Promise<void> {
    const toDisassociate = batch.filter((account) => account.removal?.disassociate).map((account) => account.accountId);
    const disassociated = new Set(
      toDisassociate.length > 0
        ? await this.step('DisassociateMembers', label, toDisassociate, async () => {
            await this.gateway.disassociateMembers(toDisassociate);
            return [];
          })
        : [],
    );
    const ready = batch.filter((account) => !account.removal?.disassociate || disassociated.has(account.accountId));
    for (const id of ids(ready.filter((account) => !account.removal?.delete))) this.outcome(id).removed = true;
    const toDelete = ids(ready.filter((account) => account.removal?.delete));
    if (toDelete.length === 0) return;
    const deleted = await this.step('DeleteMembers', label, toDelete, () => this.gateway.deleteMembers(toDelete));
    for (const id of deleted) this.outcome(id).removed = true;
  }

  /**
   * One batch call: every account AWS names in UnprocessedAccounts, or every account of a call that
   * failed as a whole, is reported with the reason. Returns the accounts that were processed.
   */
  private async step(operation: Operation, label: string, accountIds: string[], send: () => Promise<AccountResult[]>): Promise<string[]> {
    let rejected: AccountResult[];
    try {
      rejected = await send();
    } catch (error) {
      for (const id of accountIds) this.outcome(id).unprocessed = { operation, processingResult: errorText(error) };
      this.options.log(`${operation} batch ${label}: ${accountIds.length} account(s) not processed: ${errorText(error)}`);
      return [];
    }
    const sent = new Set(accountIds);
    for (const result of rejected) {
      if (sent.has(result.accountId)) {
        this.outcome(result.accountId).unprocessed = { operation, processingResult: result.processingResult };
        continue;
      }
      // An entry that names no account of this batch cannot be placed: none of the batch is taken
      // as done, so nothing is half-onboarded silently; the next run sees the real state.
      const reason = `AWS reported an unprocessed account it did not name as one of this batch (${result.accountId || 'no account ID'}): ${result.processingResult}`;
      for (const id of accountIds) this.outcome(id).unprocessed ??= { operation, processingResult: reason };
    }
    const processed = accountIds.filter((id) => !this.outcome(id).unprocessed);
    this.options.log(`${operation} batch ${label}: ${accountIds.length} sent, ${processed.length} done, ${accountIds.length - processed.length} not processed.`);
    return processed;
  }

  /**
   * Reads the created members back and returns those to invite. Organization accounts go straight
   * to `Enabled` on CreateMembers and must not be invited (API facts §4); only `Created` members are.
   * New members can take a moment to become visible, so missing ones are read again with backoff.
   */
  private async readBackCreated(created: string[], label: string): Promise<string[]> {
    const toInvite: string[] = [];
    let pending = created;
    let lastReason = new Map<string, string>();
    for (let attempt = 1; attempt <= this.readBack.attempts && pending.length > 0; attempt++) {
      await waitBeforeAttempt(attempt, this.readBack);
      let answer: Awaited<ReturnType<SecurityHubGateway['getMembers']>>;
      try {
        answer = await this.gateway.getMembers(pending);
      } catch (error) {
        for (const id of pending) this.outcome(id).unprocessed = { operation: 'GetMembers', processingResult: errorText(error) };
        this.options.log(`GetMembers batch ${label}: ${pending.length} account(s) not processed: ${errorText(error)}`);
        return toInvite;
      }
      const seen = new Map(answer.members.map((member) => [member.accountId, member]));
      lastReason = new Map(answer.unprocessed.map((result) => [result.accountId, result.processingResult]));
      for (const id of pending) {
        const member = seen.get(id);
        if (!member) continue;
        const outcome = this.outcome(id);
        outcome.after = member.status === 'Unknown' ? member.rawStatus : member.status;
        if (member.status === 'Created') toInvite.push(id);
        if (member.status === 'AccountSuspended') {
          outcome.unprocessed = { operation: 'CreateMembers', processingResult: 'The account is suspended (member status AccountSuspended); it was not enabled.' };
        }
      }
      pending = pending.filter((id) => !seen.has(id));
    }
    for (const id of pending) {
      this.outcome(id).unprocessed = {
        operation: 'GetMembers',
        processingResult:
          lastReason.get(id) ?? `The member was created but could not be read back after ${this.readBack.attempts} attempts; it was not invited. Run again to invite it.`,
      };
    }
    this.options.log(`GetMembers batch ${label}: ${created.length} read back, ${toInvite.length} to invite, ${pending.length} not visible.`);
    return toInvite;
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
