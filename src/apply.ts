// Looks at one Region, plans it, and (in apply mode) carries the plan out: batching, read-back, invites.
import { AwsCallError, HubNotEnabledError, MAX_BATCH, toAwsCallError, type AccountResult, type SecurityHubGateway } from './aws/gateway.js';
import type { Account, Member, Mode, Operation } from './model.js';
import { chunk, planRegion, type AccountPlan, type RegionPlan } from './plan.js';

export interface AccountOutcome extends AccountPlan {
  created: boolean;
  invited: boolean;
  /** The status read back after creation, when it was read. */
  after?: string;
  unprocessed?: { operation: Operation; processingResult: string };
}

export interface RegionOutcome {
  region: string;
  accounts: AccountOutcome[];
  /** Set when the whole Region could not be looked at (hub not enabled, ListMembers failed). */
  failure?: { operation: Operation; message: string };
}

export interface ApplyOptions {
  mode: Mode;
  invite: boolean;
  administratorId: string;
  /** Membership is eventually consistent: how often, and how patiently, created members are read back. */
  readBack?: { attempts: number; firstDelayMs: number };
  /** Receives the Region's log lines (plain text; untrusted parts already made safe by the caller's logger). */
  log: (line: string) => void;
}

const DEFAULT_READ_BACK = { attempts: 6, firstDelayMs: 500 };

export async function onboardRegion(gateway: SecurityHubGateway, desired: readonly Account[], options: ApplyOptions): Promise<RegionOutcome> {
  const { region } = gateway;
  let members: Member[];
  try {
    await gateway.describeHub();
    members = await gateway.listMembers();
  } catch (error) {
    return failedRegion(region, desired, toAwsCallError('DescribeHub', region, error), options.administratorId);
  }
  options.log(`Found ${members.length} existing member(s) in ${region}.`);

  const plan = planRegion(region, desired, members, { invite: options.invite });
  const outcomes = new Map(plan.accounts.map((account) => [account.accountId, { ...account, created: false, invited: false } as AccountOutcome]));
  logPlan(plan, options.log);
  if (options.mode === 'plan') return { region, accounts: [...outcomes.values()] };

  const run = new RegionRun(gateway, outcomes, options);
  const toCreate = plan.accounts.filter((account) => account.action === 'create');
  const toInvite = plan.accounts.filter((account) => account.action === 'invite').map((account) => account.accountId);
  const createBatches = chunk(toCreate, MAX_BATCH);
  const inviteBatches = chunk(toInvite, MAX_BATCH);
  // Batches run concurrently; the gateway's token buckets keep them within the service's rate.
  // Each created batch is read back and invited as soon as it is done, not after every create.
  await Promise.all([
    ...createBatches.map((batch, index) => run.createReadBackInvite(batch, `${index + 1}/${createBatches.length}`)),
    ...inviteBatches.map((batch, index) => run.invite(batch, `existing ${index + 1}/${inviteBatches.length}`)),
  ]);
  return { region, accounts: [...outcomes.values()] };
}

class RegionRun {
  private readonly readBack: { attempts: number; firstDelayMs: number };

  constructor(
    private readonly gateway: SecurityHubGateway,
    private readonly outcomes: Map<string, AccountOutcome>,
    private readonly options: ApplyOptions,
  ) {
    this.readBack = options.readBack ?? DEFAULT_READ_BACK;
  }

  async createReadBackInvite(batch: AccountPlan[], label: string): Promise<void> {
    const ids = batch.map((account) => account.accountId);
    let rejected: AccountResult[];
    try {
      rejected = await this.gateway.createMembers(batch.map(({ accountId, email }) => ({ accountId, ...(email ? { email } : {}) })));
    } catch (error) {
      this.failBatch(ids, 'CreateMembers', error);
      this.options.log(`CreateMembers batch ${label}: ${ids.length} account(s) not processed: ${errorText(error)}`);
      return;
    }
    this.markUnprocessed(rejected, 'CreateMembers');
    const created = ids.filter((id) => !this.outcomes.get(id)?.unprocessed);
    for (const id of created) this.outcome(id).created = true;
    this.options.log(`CreateMembers batch ${label}: ${ids.length} sent, ${created.length} created, ${rejected.length} not processed.`);
    if (!this.options.invite || created.length === 0) return;

    const toInvite = await this.readBackCreated(created, label);
    if (toInvite.length > 0) await this.invite(toInvite, label);
  }

  async invite(ids: string[], label: string): Promise<void> {
    let rejected: AccountResult[];
    try {
      rejected = await this.gateway.inviteMembers(ids);
    } catch (error) {
      this.failBatch(ids, 'InviteMembers', error);
      this.options.log(`InviteMembers batch ${label}: ${ids.length} account(s) not processed: ${errorText(error)}`);
      return;
    }
    this.markUnprocessed(rejected, 'InviteMembers');
    const invited = ids.filter((id) => !this.outcomes.get(id)?.unprocessed);
    for (const id of invited) this.outcome(id).invited = true;
    this.options.log(`InviteMembers batch ${label}: ${ids.length} sent, ${invited.length} invited, ${rejected.length} not processed.`);
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
      if (attempt > 1) await sleep(this.readBack.firstDelayMs * 2 ** (attempt - 2));
      let answer: Awaited<ReturnType<SecurityHubGateway['getMembers']>>;
      try {
        answer = await this.gateway.getMembers(pending);
      } catch (error) {
        this.failBatch(pending, 'GetMembers', error);
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

  private markUnprocessed(results: AccountResult[], operation: Operation): void {
    for (const result of results) {
      const outcome = this.outcomes.get(result.accountId);
      // AWS may name an account we did not send; only listed accounts are reported.
      if (outcome) outcome.unprocessed = { operation, processingResult: result.processingResult };
    }
  }

  private failBatch(ids: string[], operation: Operation, error: unknown): void {
    for (const id of ids) this.outcome(id).unprocessed = { operation, processingResult: errorText(error) };
  }

  private outcome(id: string): AccountOutcome {
    const outcome = this.outcomes.get(id);
    if (!outcome) throw new Error(`No outcome for account ${id}`);
    return outcome;
  }
}

function failedRegion(region: string, desired: readonly Account[], error: AwsCallError, administratorId: string): RegionOutcome {
  const operation: Operation = error.operation === 'ListMembers' ? 'ListMembers' : 'DescribeHub';
  const message =
    error instanceof HubNotEnabledError
      ? `Security Hub CSPM is not enabled for the administrator account ${administratorId} in ${region} (DescribeHub: ${error.errorName}). Enable it in that Region, or remove the Region from 'regions'.`
      : errorText(error);
  return {
    region,
    failure: { operation, message },
    accounts: desired.map((account) => ({
      accountId: account.accountId,
      ...(account.email ? { email: account.email } : {}),
      before: 'Unknown',
      action: 'skip',
      created: false,
      invited: false,
      unprocessed: { operation, processingResult: message },
    })),
  };
}

function logPlan(plan: RegionPlan, log: (line: string) => void): void {
  const count = (action: string) => plan.accounts.filter((account) => account.action === action).length;
  log(`Plan for ${plan.region}: ${count('create')} to create, ${count('invite')} to invite, ${count('skip')} to leave as they are.`);
}

function errorText(error: unknown): string {
  if (error instanceof AwsCallError) return `${error.errorName}: ${error.detail}`;
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
