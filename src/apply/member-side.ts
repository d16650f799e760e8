// Finishing the onboarding from the member side (member-role-name): in each member account that is
// `Invited` after this run, enable Security Hub CSPM and accept only our administrator's invitation.
import pLimit from 'p-limit';
import { READ_BACK, waitBeforeAttempt, type Patience } from './read-back.js';
import type { AwsCredentials } from '../aws/credentials.js';
import type { AdministratorGateway } from '../aws/administrator-gateway.js';
import type { CallStats } from '../aws/call-stats.js';
import { errorText, isRegionNotEnabled, regionNotEnabledMessage } from '../aws/errors.js';
import { assumeMemberRole, createMemberGateway, type Invitation, type MemberGateway } from '../aws/member-gateway.js';
import { did, lookedAt, withStep, type AccountOutcome, type Operation, type RegionOutcome, type Unprocessed } from '../model.js';
import type { MemberSideSettings } from '../settings.js';

/** The member-side inputs (roleName, externalId, enableDefaultStandards, concurrency: how many member accounts at once), and the run's. */
export interface MemberSideOptions extends MemberSideSettings {
  administratorId: string;
  administratorCredentials: AwsCredentials;
  partition: string;
  /** The Region whose STS gave the administrator its session: asked first for member sessions. */
  stsRegion: string;
  sessionName: string;
  /** The administrator's gateways by Region, to confirm the member is `Enabled` afterwards. */
  administratorGateways: ReadonlyMap<string, AdministratorGateway>;
  stats: CallStats;
  verify?: Patience;
  /** How long our invitation, or a hub just enabled, may take to answer (docs/aws-behaviour.md#member-side). */
  invitationWait?: Patience;
  log: (region: string, line: string) => void;
}

/** What the member side did, or would do, for one account in one Region. */
export type MemberSideResult = { accountId: string; region: string } & (
  { kind: 'planned'; text: string } | { kind: 'accepted'; text: string } | { kind: 'failed'; unprocessed: Unprocessed }
);

/** Listed accounts that will be (or already are) waiting on an invitation after this run, by account. */
export function awaitingAcceptance(
  regions: readonly RegionOutcome[],
  mode: 'plan' | 'apply',
): Map<string, { region: string; outcome: AccountOutcome }[]> {
  const byAccount = new Map<string, { region: string; outcome: AccountOutcome }[]>();
  for (const { region, accounts } of lookedAt(regions)) {
    for (const outcome of accounts) {
      if (!outcome.listed || outcome.unprocessed) continue;
      const pending =
        mode === 'plan'
          ? outcome.action === 'create' || outcome.action === 'invite' || outcome.action === 'reinvite' || outcome.before === 'Invited'
          : did(outcome, 'invite') || did(outcome, 'reinvite') || (outcome.action === 'skip' && outcome.before === 'Invited');
      if (!pending) continue;
      byAccount.set(outcome.accountId, [...(byAccount.get(outcome.accountId) ?? []), { region, outcome }]);
    }
  }
  return byAccount;
}

/** Plan mode: say which accounts would be accepted; nothing is assumed or changed. */
export function planMemberSide(regions: readonly RegionOutcome[]): MemberSideResult[] {
  return [...awaitingAcceptance(regions, 'plan').values()].flat().map(({ region, outcome }) => ({
    accountId: outcome.accountId,
    region,
    kind: 'planned',
    text:
      outcome.action === 'create'
        ? 'would accept the invitation if it is invited (not an organization account)'
        : 'would enable Security Hub CSPM and accept the invitation',
  }));
}

export async function finishOnMemberSide(regions: readonly RegionOutcome[], options: MemberSideOptions): Promise<MemberSideResult[]> {
  const limit = pLimit(Math.max(1, options.concurrency));
  const work = [...awaitingAcceptance(regions, 'apply')].map(([accountId, entries]) =>
    limit(() =>
      finishAccount(
        accountId,
        entries.map((entry) => entry.region),
        options,
      ),
    ),
  );
  return (await Promise.all(work)).flat();
}

/** The Region outcomes with the member side's results in them, as new records. */
export function withMemberSide(regions: readonly RegionOutcome[], results: readonly MemberSideResult[]): RegionOutcome[] {
  const byPair = new Map(results.map((result) => [`${result.region} ${result.accountId}`, result]));
  return regions.map((region) => {
    if (region.failure) return region;
    const accounts = region.accounts.map((account): AccountOutcome => {
      const result = byPair.get(`${region.region} ${account.accountId}`);
      if (!result) return account;
      if (result.kind === 'failed') return { ...account, unprocessed: result.unprocessed };
      if (result.kind === 'planned') return { ...account, memberSide: result.text };
      return { ...account, done: withStep(account.done, 'accept'), memberSide: result.text };
    });
    return { ...region, accounts };
  });
}

async function finishAccount(accountId: string, regions: string[], options: MemberSideOptions): Promise<MemberSideResult[]> {
  const roleArn = `arn:${options.partition}:iam::${accountId}:role/${options.roleName}`;
  let credentials: AwsCredentials;
  try {
    // IAM roles are global: one session serves every Region of the account. STS is asked where it
    // answered the administrator, then in the account's Regions if that one refuses.
    credentials = await assumeMemberRole(
      options.administratorCredentials,
      { roleArn, sessionName: options.sessionName, ...(options.externalId ? { externalId: options.externalId } : {}) },
      [...new Set([options.stsRegion, ...regions])],
    );
  } catch (error) {
    const reason = isRegionNotEnabled(error)
      ? `Could not assume ${roleArn}: ${errorText(error)}. STS refused the administrator's credentials in every Region tried, as it does where a Region is not enabled for the account.`
      : `Could not assume ${roleArn}: ${errorText(error)}. Its trust policy must allow sts:AssumeRole by the administrator's role` +
        `${options.externalId ? ' with this external ID' : ''}, and the role must exist in the member account.`;
    return regions.map((region) => failed(accountId, region, 'AssumeRole', reason, options));
  }
  return Promise.all(regions.map((region) => finishInRegion(accountId, region, credentials, options)));
}

/** Each step that fails ends this Region's work with that step's failure. */
class StepFailed extends Error {
  constructor(
    readonly operation: Operation,
    readonly processingResult: string,
  ) {
    super(processingResult);
  }
}

async function finishInRegion(
  accountId: string,
  region: string,
  credentials: AwsCredentials,
  options: MemberSideOptions,
): Promise<MemberSideResult> {
  const member = createMemberGateway(accountId, region, credentials, options.stats);
  const step = async <T>(operation: Operation, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      // An opt-in Region the member account has not enabled (docs/aws-behaviour.md#opt-in-regions).
      throw new StepFailed(operation, isRegionNotEnabled(error) ? regionNotEnabledMessage(region, accountId, error) : errorText(error));
    }
  };
  try {
    const hub = await step('EnableSecurityHub', () => member.ensureHubEnabled(options.enableDefaultStandards));
    const invitations = await step('ListInvitations', () => invitationsOnceOursShows(member, options));
    // Accept only the invitation our administrator sent; any other is someone else's decision.
    const ours = invitations.find((invitation) => invitation.administratorId === options.administratorId);
    const foreign = [
      ...new Set(invitations.map((invitation) => invitation.administratorId).filter((id) => id !== options.administratorId)),
    ];
    const foreignNote =
      foreign.length > 0 ? ` Pending invitation(s) from other administrator(s) ${foreign.join(', ')} were left alone.` : '';
    if (!ours)
      throw new StepFailed(
        'AcceptAdministratorInvitation',
        `No pending invitation from administrator ${options.administratorId} was found in the member account.${foreignNote}`,
      );
    await step('AcceptAdministratorInvitation', () => member.acceptInvitation(ours.administratorId, ours.invitationId));
    if (!(await isEnabledFromAdministrator(accountId, region, options))) {
      throw new StepFailed(
        'VerifyMembership',
        'The invitation was accepted, but the administrator does not see the member as Enabled yet. Run again to check.',
      );
    }
    const text = `${hub === 'enabled' ? 'Security Hub CSPM enabled; ' : ''}invitation accepted; Enabled.${foreignNote}`;
    options.log(region, `Member ${accountId}: ${text}`);
    return { accountId, region, kind: 'accepted', text };
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
    return failed(accountId, region, error.operation, error.processingResult, options);
  }
}

/**
 * ListInvitations on the read-back schedule until our administrator's invitation shows: right after
 * InviteMembers it may not be listed yet, and a hub just enabled may answer InvalidAccessException
 * for a while (docs/aws-behaviour.md#member-side). The last answer, or error, decides.
 */
async function invitationsOnceOursShows(member: MemberGateway, options: MemberSideOptions): Promise<Invitation[]> {
  const wait = options.invitationWait ?? READ_BACK;
  for (let attempt = 1; ; attempt++) {
    await waitBeforeAttempt(attempt, wait);
    const last = attempt >= wait.attempts;
    try {
      const invitations = await member.listInvitations();
      if (last || invitations.some((invitation) => invitation.administratorId === options.administratorId)) return invitations;
    } catch (error) {
      if (last || (error as { errorName?: string }).errorName !== 'InvalidAccessException') throw error;
    }
  }
}

/** Read back from the administrator's side, with the read-back schedule, before giving up. */
async function isEnabledFromAdministrator(accountId: string, region: string, options: MemberSideOptions): Promise<boolean> {
  const gateway = options.administratorGateways.get(region);
  if (!gateway) return false;
  const verify = options.verify ?? READ_BACK;
  for (let attempt = 1; attempt <= verify.attempts; attempt++) {
    await waitBeforeAttempt(attempt, verify);
    try {
      const { members } = await gateway.getMembers([accountId]);
      if (members.some((member) => member.accountId === accountId && member.status === 'Enabled')) return true;
    } catch {
      // A failed read is retried like a stale one; the last attempt decides.
    }
  }
  return false;
}

function failed(
  accountId: string,
  region: string,
  operation: Operation,
  processingResult: string,
  options: MemberSideOptions,
): MemberSideResult {
  options.log(region, `Member ${accountId}: ${operation} failed: ${processingResult}`);
  return { accountId, region, kind: 'failed', unprocessed: { operation, processingResult } };
}
