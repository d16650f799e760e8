import * as core from '@actions/core';
import { loadAccounts, type Diagnostic } from './accounts/index.js';
import { applyRegionPlan, failedOutcome, lookAtRegion, plannedOutcome, type RegionOutcome } from './apply.js';
import { CredentialsError, openAdministratorSession, type AdministratorSession } from './aws/credentials.js';
import { createSecurityHubGateway, type CallStats } from './aws/gateway.js';
import type { Account } from './model.js';
import { holdRemovals, partitionAdministrator, planRegion, plannedRemovals, type RegionPlan } from './plan.js';
import { escapeLog } from './report/escape.js';
import { collectOutputs, emptyOutputs, writeOutputs } from './report/outputs.js';
import { COMMENT_MAX_BYTES, commentMarker, upsertPlanComment } from './report/pr-comment.js';
import { renderDesiredOnly, renderInputProblems, renderSummary } from './report/summary.js';
import { SettingsError, isPullRequestEvent, readSettings, type Settings } from './settings.js';

/** The whole run: settings → accounts → credentials → per Region: look, decide, do → report. */
export async function run(): Promise<void> {
  process.on('unhandledRejection', (reason) => core.setFailed(`Unexpected error: ${escapeLog(String(reason))}`));
  let settings: Settings | undefined;
  try {
    settings = readSettings((name) => core.getInput(name), process.env);
    if (settings.githubToken) core.setSecret(settings.githubToken);
    const accounts = await loadAccounts({ accountIds: settings.accountIds, accountsFile: settings.accountsFile, workspace: settings.workspace });
    if (accounts.diagnostics.length > 0) return await failOnInput(settings, accounts.diagnostics);
    warnOnUnreviewedApply(settings);
    core.info(`${accounts.accounts.length} account(s) to onboard in ${settings.regions.join(', ')} (mode: ${settings.mode}).`);

    const session = await openSessionOrSkipPlan(settings);
    if (!session) return await reportDesiredOnly(settings, accounts.accounts);
    core.info(`Acting as ${escapeLog(session.arn)} (administrator account ${session.accountId}).`);
    const desired = withoutAdministrator(accounts.accounts, session.accountId);
    const { regions, stats, heldRemovals } = await onboard(settings, session, desired);
    await report(settings, session.accountId, regions, stats, heldRemovals);
  } catch (error) {
    writeOutputs(emptyOutputs(settings?.mode ?? 'apply'));
    core.setFailed(failureMessage(error));
  }
}

/** Looks at every Region, plans each, applies the removal guard across all of them, then acts. */
async function onboard(settings: Settings, session: AdministratorSession, desired: Account[]) {
  const stats: CallStats = { calls: {}, throttled: 0 };
  const regions = settings.regions.map((region) => ({
    gateway: createSecurityHubGateway(region, { credentials: session.credentials }, stats),
    lines: [] as string[],
  }));
  const views = await Promise.all(regions.map(({ gateway }) => lookAtRegion(gateway, session.accountId)));
  const now = new Date();
  let plans: (RegionPlan | undefined)[] = views.map((view) => ('members' in view ? planRegion(view.region, desired, view.members, { ...settings, now }) : undefined));

  const removals = plannedRemovals(plans.filter((plan) => plan !== undefined));
  let heldRemovals: string | undefined;
  if (removals.length > 0 && (removals.length > settings.maxRemovals || desired.length === 0)) {
    heldRemovals =
      desired.length === 0
        ? 'The account list is empty after validation; an empty list never removes members.'
        : `This run would remove ${removals.length} member(s), more than max-removals (${settings.maxRemovals}); none was removed. If the list is right, raise max-removals for one run.`;
    plans = plans.map((plan) => (plan ? holdRemovals([plan], heldRemovals!)[0] : undefined));
  }

  const outcomes = await Promise.all(
    regions.map(async ({ gateway, lines }, index): Promise<RegionOutcome> => {
      const view = views[index]!;
      const plan = plans[index];
      const log = (line: string) => lines.push(escapeLog(line));
      let outcome: RegionOutcome;
      if ('failure' in view || !plan) {
        outcome = failedOutcome(view.region, 'failure' in view ? view.failure : { operation: 'DescribeHub', message: 'not looked at' }, desired);
      } else {
        log(`Found ${view.members.length} member(s); plan: ${describePlan(plan)}.`);
        outcome = settings.mode === 'plan' ? plannedOutcome(plan) : await applyRegionPlan(gateway, plan, { invite: settings.invite, log });
      }
      // Regions run concurrently: each Region's lines are printed as one group when it ends.
      core.startGroup(`${view.region}: ${regionHeadline(outcome)}`);
      for (const line of lines) core.info(line);
      core.endGroup();
      if (outcome.failure) core.error(`${view.region}: ${outcome.failure.message}`);
      return outcome;
    }),
  );
  return { regions: outcomes, stats, heldRemovals };
}

async function report(settings: Settings, administratorId: string, regions: RegionOutcome[], stats: CallStats, heldRemovals?: string): Promise<void> {
  const outputs = collectOutputs(settings.mode, regions);
  writeOutputs(outputs);
  for (const account of outputs.unprocessed) {
    core.warning(`${account.region}: account ${account.accountId} was not processed by ${account.operation}: ${account.processingResult}`);
  }
  if (heldRemovals) core.error(heldRemovals);
  const calls = Object.entries(stats.calls).map(([operation, count]) => `${operation} ${count}`);
  core.info(`AWS calls: ${calls.join(', ') || 'none'}; throttled and retried: ${stats.throttled}.`);

  const notes = heldRemovals ? [heldRemovals] : [];
  const summaryInput = { mode: settings.mode, invite: settings.invite, administratorId, regions, outputs, notes };
  await core.summary.addRaw(renderSummary(summaryInput)).write();
  await commentOnPullRequest(settings, () => renderSummary(summaryInput, { maxBytes: COMMENT_MAX_BYTES, rowsPerRegion: 50 }));

  const failedRegions = regions.filter((region) => region.failure).map((region) => region.region);
  if (failedRegions.length > 0) {
    core.setFailed(`Onboarding failed in ${failedRegions.join(', ')}; see the errors above and the job summary.`);
  } else if (heldRemovals) {
    core.setFailed(`Removals were held back: ${heldRemovals}`);
  } else if (outputs.unprocessed.length > 0 && settings.failOnUnprocessed) {
    core.setFailed(`${outputs.unprocessed.length} account(s) were not processed; they are listed in the 'unprocessed-accounts' output and the job summary.`);
  }
}

/** Plan mode needs no credentials to be useful: a fork's pull request still gets its file checked. */
async function openSessionOrSkipPlan(settings: Settings): Promise<AdministratorSession | undefined> {
  try {
    return await openAdministratorSession({ ...settings, region: settings.regions[0] ?? '' });
  } catch (error) {
    if (settings.mode === 'plan' && error instanceof CredentialsError && error.kind === 'missing') {
      core.notice(`The live comparison was skipped: ${error.message}`);
      return undefined;
    }
    throw error;
  }
}

async function reportDesiredOnly(settings: Settings, accounts: Account[]): Promise<void> {
  writeOutputs(emptyOutputs(settings.mode));
  const body = renderDesiredOnly(accounts, settings.regions);
  await core.summary.addRaw(body).write();
  await commentOnPullRequest(settings, () => body);
}

async function commentOnPullRequest(settings: Settings, render: () => string): Promise<void> {
  if (settings.mode !== 'plan' || !settings.prComment || !isPullRequestEvent(settings.eventName)) return;
  const result = await upsertPlanComment(settings.githubToken, commentMarker(process.env), render());
  if (result === 'created' || result === 'updated') core.info(`The plan comment on the pull request was ${result}.`);
}

function warnOnUnreviewedApply(settings: Settings): void {
  if (settings.mode === 'apply' && isPullRequestEvent(settings.eventName)) {
    core.warning(
      "mode: apply on a pull_request event: this changes the live membership from a change that has not been merged or reviewed. Use mode: auto (plan on pull requests) unless that is what you mean.",
    );
  }
}

async function failOnInput(settings: Settings, diagnostics: Diagnostic[]): Promise<void> {
  for (const problem of diagnostics) {
    core.error(problem.message, problem.file ? { file: problem.file, ...(problem.line ? { startLine: problem.line } : {}) } : {});
  }
  writeOutputs(emptyOutputs(settings.mode));
  const body = renderInputProblems(diagnostics);
  await core.summary.addRaw(body).write();
  await commentOnPullRequest(settings, () => body);
  core.setFailed(`The account list has ${diagnostics.length} problem(s); nothing was sent to AWS.`);
}

function withoutAdministrator(accounts: Account[], administratorId: string): Account[] {
  const { members, administrator } = partitionAdministrator(accounts, administratorId);
  if (administrator) {
    const where = administrator.origin.kind === 'file' ? { file: administrator.origin.file, startLine: administrator.origin.line } : {};
    core.warning(`Account ${administratorId} is the administrator account itself; it cannot be its own member and is skipped.`, where);
  }
  return members;
}

function describePlan(plan: RegionPlan): string {
  const counts = new Map<string, number>();
  for (const account of plan.accounts) {
    const key = account.action === 'skip' ? (account.listed ? 'no change' : 'drift left alone') : `${account.action}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} ${key}`).join(', ') || 'nothing';
}

function regionHeadline(outcome: RegionOutcome): string {
  if (outcome.failure) return `failed (${outcome.failure.operation})`;
  const unprocessed = outcome.accounts.filter((account) => account.unprocessed).length;
  return unprocessed > 0 ? `${unprocessed} account(s) not processed` : 'done';
}

function failureMessage(error: unknown): string {
  if (error instanceof SettingsError) return `Invalid input:\n${error.problems.join('\n')}`;
  if (error instanceof CredentialsError) return error.message;
  return `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
