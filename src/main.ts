import * as core from '@actions/core';
import { loadAccounts, type Diagnostic } from './accounts/index.js';
import { CredentialsError, openAdministratorSession, type AdministratorSession } from './aws/credentials.js';
import type { Account } from './model.js';
import { describeIgnored } from './member-list.js';
import { onboard, type OnboardingResult } from './onboard.js';
import { partitionAdministrator } from './plan.js';
import { warnAccountWarnings, warnUnprocessed } from './report/annotations.js';
import { collectOutputs, emptyOutputs, writeOutputs } from './report/outputs.js';
import { COMMENT_MAX_BYTES, commentMarker, renderCommentProblem, upsertPlanComment } from './report/pr-comment.js';
import { commentLimits, renderDesiredOnly, renderInputProblems, renderSummary } from './report/summary.js';
import { registerEnvironmentSecrets, registerSecret } from './secrets.js';
import { SettingsError, readSettings, type Settings } from './settings.js';
import { annotationMessage, forAnnotation, forLog, logLine, markdownBody } from './untrusted-text.js';

/**
 * For the runner's entry point (src/index.ts) only: a promise rejected with nobody waiting fails the
 * step with its reason. run() does not install it, so a tool that imports run() itself
 * (@github/local-action, the tests) keeps its own errors as its own.
 */
export function failOnUnhandledRejections(): void {
  process.on('unhandledRejection', (reason) => core.setFailed(annotationMessage(`Unexpected error: ${forAnnotation(String(reason))}`)));
}

/** The whole run: settings → accounts → credentials → per Region: look, decide, do → report. */
export async function run(): Promise<void> {
  registerEnvironmentSecrets(process.env);
  let settings: Settings | undefined;
  let done: { session: AdministratorSession; onboarding: OnboardingResult } | undefined;
  try {
    settings = readSettings((name) => core.getInput(name), process.env);
    registerSecret(settings.githubToken);
    core.info(logLine(`${settings.modeReason}.`));
    const accounts = await loadAccounts({ accountIds: settings.accountIds, accountsFile: settings.accountsFile, workspace: settings.workspace });
    if (accounts.diagnostics.length > 0) return await failOnInput(settings, accounts.diagnostics);
    warnOnUnreviewedApply(settings);
    core.info(logLine(`${accounts.accounts.length} account(s) to onboard in ${settings.regions.join(', ')} (mode: ${settings.mode}).`));

    const session = await openSessionOrSkipPlan(settings);
    if (!session) return await reportDesiredOnly(settings, accounts.accounts);
    core.info(logLine(`Acting as ${forLog(session.arn)} (administrator account ${session.accountId}).`));
    done = { session, onboarding: await onboard(settings, session, withoutAdministrator(accounts.accounts, session.accountId)) };
  } catch (error) {
    writeOutputs(emptyOutputs(settings?.mode ?? 'apply'));
    core.setFailed(failureMessage(error));
    return;
  }
  try {
    await report(settings, done.session.accountId, done.onboarding);
  } catch (error) {
    // The outputs are already set: a summary or comment that cannot be written must not blank them.
    core.setFailed(failureMessage(error));
  }
}

async function report(settings: Settings, administratorId: string, { regions, stats, heldRemovals, heldRemovalAccounts, notes, ignoredMembers }: OnboardingResult): Promise<void> {
  const outputs = { ...collectOutputs(settings.mode, regions), ignored: ignoredMembers };
  writeOutputs(outputs);
  warnUnprocessed(outputs.unprocessed);
  warnAccountWarnings(regions);
  if (heldRemovals) core.error(forAnnotation(heldRemovals, 4000));
  const ignoredNotes = describeIgnored(ignoredMembers);
  for (const note of ignoredNotes) core.warning(annotationMessage(note));
  const calls = Object.entries(stats.calls).map(([operation, count]) => `${operation} ${count}`);
  core.info(logLine(`AWS calls: ${calls.join(', ') || 'none'}; throttled and retried: ${stats.throttled}.`));

  const held = heldRemovals ? { heldRemovals: { reason: heldRemovals, accounts: heldRemovalAccounts ?? [] } } : {};
  const summaryInput = { mode: settings.mode, invite: settings.invite, administratorId, regions, outputs, notes: [...notes, ...ignoredNotes], ...held };
  await core.summary.addRaw(markdownBody(renderSummary(summaryInput))).write();
  await commentOnPullRequest(settings, () => renderSummary(summaryInput, commentLimits(COMMENT_MAX_BYTES)));

  const failedRegions = regions.filter((region) => region.failure).map((region) => region.region);
  if (failedRegions.length > 0) {
    core.setFailed(`Onboarding failed in ${failedRegions.join(', ')}; see the errors above and the job summary.`);
  } else if (heldRemovals) {
    core.setFailed(`Removals were held back: ${forAnnotation(heldRemovals, 4000)}`);
  } else if (outputs.unprocessed.length > 0 && settings.failOnUnprocessed) {
    core.setFailed(`${outputs.unprocessed.length} account(s) were not processed; they are listed in the 'unprocessed-accounts' output and the job summary.`);
  }
}

/** Plan mode needs no credentials to be useful: a fork's pull request still gets its file checked. */
async function openSessionOrSkipPlan(settings: Settings): Promise<AdministratorSession | undefined> {
  try {
    return await openAdministratorSession(settings);
  } catch (error) {
    if (settings.mode === 'plan' && error instanceof CredentialsError && error.kind === 'missing') {
      core.notice(annotationMessage(`The live comparison was skipped: ${error.message}`));
      return undefined;
    }
    throw error;
  }
}

async function reportDesiredOnly(settings: Settings, accounts: Account[]): Promise<void> {
  writeOutputs(emptyOutputs(settings.mode));
  await core.summary.addRaw(markdownBody(renderDesiredOnly(accounts, settings.regions))).write();
  await commentOnPullRequest(settings, () => renderDesiredOnly(accounts, settings.regions, COMMENT_MAX_BYTES));
}

async function commentOnPullRequest(settings: Settings, render: () => string): Promise<void> {
  // Only where the event has a pull request to comment on; other unmerged-change events (merge queues) have none.
  if (settings.mode !== 'plan' || !settings.prComment || !settings.unmergedChange) return;
  const outcome = await upsertPlanComment(settings.githubToken, commentMarker(process.env), render());
  if (outcome.result === 'created' || outcome.result === 'updated') core.info(`The plan comment on the pull request was ${outcome.result}.`);
  if (outcome.result !== 'failed' && outcome.result !== 'stale') return;
  await core.summary.addRaw(markdownBody(renderCommentProblem(outcome))).write();
  // A plan that could not be shown is a warning; an outdated plan left on show as if current is a failure.
  if (outcome.result === 'stale') {
    core.setFailed(`The plan comment on pull request #${outcome.issueNumber} could not be updated and shows an outdated plan: ${outcome.problem ?? 'unknown error'}.`);
  }
}

function warnOnUnreviewedApply(settings: Settings): void {
  if (settings.mode === 'apply' && settings.unmergedChange) {
    core.warning(
      `mode: apply on a ${settings.eventName} event: this changes the live membership from a change that has not been merged or reviewed. Use mode: auto (plan on pull requests) unless that is what you mean.`,
    );
  }
}

async function failOnInput(settings: Settings, diagnostics: Diagnostic[]): Promise<void> {
  for (const problem of diagnostics) {
    core.error(annotationMessage(problem.message), problem.file ? { file: problem.file, ...(problem.line ? { startLine: problem.line } : {}) } : {});
  }
  writeOutputs(emptyOutputs(settings.mode));
  await core.summary.addRaw(markdownBody(renderInputProblems(diagnostics))).write();
  await commentOnPullRequest(settings, () => renderInputProblems(diagnostics, COMMENT_MAX_BYTES));
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

function failureMessage(error: unknown): string {
  if (error instanceof SettingsError) return annotationMessage(`Invalid input:\n${error.problems.join('\n')}`);
  // The message holds what AWS or GitHub answered: one line, bounded, like any of their text.
  if (error instanceof CredentialsError) return forAnnotation(error.message, 2000);
  if (!(error instanceof Error)) return `Unexpected error: ${forAnnotation(String(error))}`;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return annotationMessage([`Unexpected error: ${forAnnotation(error.message)}`, ...frames].join('\n'));
}
