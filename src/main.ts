import * as core from '@actions/core';
import { loadAccounts, type Diagnostic } from './accounts/index.js';
import { checkExportPath } from './accounts/write-file.js';
import { RefusedPath } from './accounts/workspace-path.js';
import type { AdministratorSession } from './aws/credentials.js';
import type { CallStats } from './aws/clients.js';
import { CredentialsError } from './aws/errors.js';
import type { Account } from './model.js';
import { describeIgnored } from './member-list.js';
import type { OnboardingResult } from './onboard.js';
import { partitionAdministrator } from './plan.js';
import { warnAccountWarnings, warnUnprocessed } from './report/annotations.js';
import { collectOutputs, emptyOutputs, writeOutputs } from './report/outputs.js';
import { reportDriftIssue } from './report/drift-issue.js';
import { writeMembershipFile } from './report/membership-file.js';
import { renderPlanContext } from './report/plan-context.js';
import { COMMENT_MAX_BYTES, commentMarker, renderCommentProblem, upsertPlanComment } from './report/pr-comment.js';
import { pullRequestHeadSha, runContext } from './report/run-context.js';
import { logScope, renderScopeSection, writeRegionsOutput, type ScopeFacts } from './report/scope.js';
import { commentLimits, renderDesiredOnly, renderInputProblems, renderSummary } from './report/summary.js';
import type { RunScope } from './scope.js';
import { registerEnvironmentSecrets, registerSecret } from './secrets.js';
import { SettingsError, homeRegion, readSettings, type Settings } from './settings.js';
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
  let done: { session: AdministratorSession; scope: RunScope; onboarding: OnboardingResult; exportPath: string | undefined } | undefined;
  try {
    settings = readSettings((name) => core.getInput(name), process.env);
    registerSecret(settings.githubToken);
    core.info(logLine(`${settings.modeReason}.`));
    // Checked before any AWS call, so a path that cannot be written fails the run before anything is done.
    const exportPath = settings.exportFile ? await checkExportPath(settings.workspace, settings.exportFile) : undefined;
    const accounts = await loadAccounts({
      accountIds: settings.accountIds,
      accountsFile: settings.accountsFile,
      workspace: settings.workspace,
      moreSourcesFollow: settings.organizationAccounts !== undefined,
      allowEmpty: exportPath !== undefined,
    });
    if (accounts.diagnostics.length > 0) return await failOnInput(settings, accounts.diagnostics);
    warnOnUnreviewedApply(settings);
    core.info(
      logLine(`${accountsToOnboard(settings, accounts.accounts)} to onboard in ${requestedRegions(settings)} (mode: ${settings.mode}).`),
    );

    // The AWS SDK is loaded only now that the inputs and the accounts are known to be good; the
    // Security Hub part loads while the credentials are on their way.
    const loading = loadAwsSide();
    loading.catch(() => undefined);
    const session = await openSessionOrSkipPlan(settings);
    if (!session) return await reportDesiredOnly(settings, accounts.accounts, exportPath);
    core.info(logLine(`Acting as ${forLog(session.arn)} (administrator account ${session.accountId}).`));
    const { resolveScope, onboard } = await loading;
    const scopeStats: CallStats = { calls: {}, throttled: 0 };
    const scope = await resolveScope(settings, session, withoutAdministrator(accounts.accounts, session.accountId), scopeStats);
    const onboarding = await onboard(scope.settings, session, scope.desired, scope.onboard);
    done = { session, scope, onboarding: { ...onboarding, stats: mergedStats(onboarding.stats, scopeStats) }, exportPath };
  } catch (error) {
    writeOutputs(emptyOutputs(settings?.mode ?? 'apply'));
    writeRegionsOutput([]);
    core.setFailed(failureMessage(error));
    return;
  }
  try {
    const facts: ScopeFacts = {
      report: done.scope.report,
      regions: done.onboarding.regions.map((region) => region.region),
      ...(done.onboarding.leftOutRegions && { leftOutRegions: done.onboarding.leftOutRegions }),
      ...(done.onboarding.headroom && { headroom: done.onboarding.headroom }),
    };
    writeRegionsOutput(facts.regions);
    logScope(facts);
    await report(settings, done.session.accountId, done.onboarding, renderScopeSection(facts), done.exportPath);
  } catch (error) {
    // The outputs are already set: a summary or comment that cannot be written must not blank them.
    core.setFailed(failureMessage(error));
  }
}

async function report(
  settings: Settings,
  administratorId: string,
  { regions, stats, heldRemovals, heldRemovalAccounts, notes, ignoredMembers, membership }: OnboardingResult,
  scopeSection: string,
  exportPath?: string,
): Promise<void> {
  const outputs = { ...collectOutputs(settings.mode, regions), ignored: ignoredMembers };
  writeOutputs(outputs);
  const exportProblem = exportPath
    ? await writeMembershipFile({
        workspace: settings.workspace,
        displayPath: exportPath,
        administratorId,
        regions: regions.map((region) => region.region),
        membership,
      })
    : undefined;
  warnUnprocessed(outputs.unprocessed);
  warnAccountWarnings(regions);
  if (heldRemovals) core.error(forAnnotation(heldRemovals, 4000));
  const ignoredNotes = describeIgnored(ignoredMembers);
  for (const note of ignoredNotes) core.warning(annotationMessage(note));
  const calls = Object.entries(stats.calls).map(([operation, count]) => `${operation} ${count}`);
  core.info(logLine(`AWS calls: ${calls.join(', ') || 'none'}; throttled and retried: ${stats.throttled}.`));

  const held = heldRemovals ? { heldRemovals: { reason: heldRemovals, accounts: heldRemovalAccounts ?? [] } } : {};
  const run = runContext(process.env, pullRequestHeadSha(process.env));
  const context = planContext(
    settings,
    regions.map((region) => region.region),
    run,
  );
  const summaryInput = {
    mode: settings.mode,
    invite: settings.invite,
    administratorId,
    regions,
    outputs,
    notes: [...notes, ...ignoredNotes],
    context,
    ...held,
    sections: [scopeSection],
  };
  await core.summary.addRaw(markdownBody(renderSummary(summaryInput))).write();
  await commentOnPullRequest(settings, () => renderSummary({ ...summaryInput, audience: 'comment' }, commentLimits(COMMENT_MAX_BYTES)));
  // Plans of unmerged changes never touch the drift issue: only what the default branch runs does.
  if (settings.driftIssue && !settings.unmergedChange) {
    await reportDriftIssue({
      summary: summaryInput,
      token: settings.githubToken,
      labels: settings.driftIssueLabels,
      run,
      env: process.env,
    });
  }

  const failedRegions = regions.filter((region) => region.failure).map((region) => region.region);
  if (exportProblem) core.error(annotationMessage(exportProblem));
  if (failedRegions.length > 0) {
    core.setFailed(`Onboarding failed in ${failedRegions.join(', ')}; see the errors above and the job summary.`);
  } else if (heldRemovals) {
    core.setFailed(`Removals were held back: ${forAnnotation(heldRemovals, 4000)}`);
  } else if (outputs.unprocessed.length > 0 && settings.failOnUnprocessed) {
    core.setFailed(
      `${outputs.unprocessed.length} account(s) were not processed; they are listed in the 'unprocessed-accounts' output and the job summary.`,
    );
  } else if (exportProblem) {
    core.setFailed('export-file was not written; see the error above.');
  }
}

/** Plan mode needs no credentials to be useful: a fork's pull request still gets its file checked. */
async function openSessionOrSkipPlan(settings: Settings): Promise<AdministratorSession | undefined> {
  try {
    const { openAdministratorSession } = await import('./aws/credentials.js');
    // With a keyword the Regions are not known yet: STS is asked in the job's Region (after the partition's own).
    return await openAdministratorSession({ ...settings, regions: settings.regionsFrom ? [homeRegion(settings)] : settings.regions });
  } catch (error) {
    if (settings.mode === 'plan' && error instanceof CredentialsError && error.kind === 'missing') {
      core.notice(annotationMessage(`The live comparison was skipped: ${error.message}`));
      return undefined;
    }
    throw error;
  }
}

async function reportDesiredOnly(settings: Settings, accounts: Account[], exportPath?: string): Promise<void> {
  writeOutputs(emptyOutputs(settings.mode));
  writeRegionsOutput(settings.regionsFrom ? [] : settings.regions);
  const regions = settings.regionsFrom ? [`the Regions of 'regions: ${settings.regionsFrom.keyword}'`] : settings.regions;
  const context = planContext(settings, regions);
  await core.summary.addRaw(markdownBody(renderDesiredOnly(accounts, regions, undefined, context))).write();
  await commentOnPullRequest(settings, () => renderDesiredOnly(accounts, regions, COMMENT_MAX_BYTES, context));
  if (exportPath)
    core.setFailed('export-file: the membership could not be read, because this job has no AWS credentials; nothing was written.');
}

async function commentOnPullRequest(settings: Settings, render: () => string): Promise<void> {
  // Only where the event has a pull request to comment on; other unmerged-change events (merge queues) have none.
  if (settings.mode !== 'plan' || !settings.prComment || !settings.unmergedChange) return;
  const outcome = await upsertPlanComment(settings.githubToken, commentMarker(process.env), render());
  if (outcome.result === 'created' || outcome.result === 'updated')
    core.info(`The plan comment on the pull request was ${outcome.result}.`);
  if (outcome.result !== 'failed' && outcome.result !== 'stale') return;
  await core.summary.addRaw(markdownBody(renderCommentProblem(outcome))).write();
  // A plan that could not be shown is a warning; an outdated plan left on show as if current is a failure.
  if (outcome.result === 'stale') {
    core.setFailed(
      `The plan comment on pull request #${outcome.issueNumber} could not be updated and shows an outdated plan: ${outcome.problem ?? 'unknown error'}.`,
    );
  }
}

/** What the plan was made with, for the summary and the comment. */
function planContext(settings: Settings, regions: string[], run = runContext(process.env, pullRequestHeadSha(process.env))): string {
  return renderPlanContext({ ...settings, regions, run });
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
    core.error(
      annotationMessage(problem.message),
      problem.file ? { file: problem.file, ...(problem.line ? { startLine: problem.line } : {}) } : {},
    );
  }
  writeOutputs(emptyOutputs(settings.mode));
  writeRegionsOutput([]);
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

/** Say where the accounts come from when the organization adds to them. */
function accountsToOnboard(settings: Settings, listed: Account[]): string {
  if (!settings.organizationAccounts) return `${listed.length} account(s)`;
  const scope = settings.organizationAccounts.kind === 'all' ? 'all' : settings.organizationAccounts.unitIds.join(', ');
  return `${listed.length} listed account(s) and the organization's accounts (${scope})`;
}

function requestedRegions(settings: Settings): string {
  return settings.regionsFrom ? `the Regions of 'regions: ${settings.regionsFrom.keyword}'` : settings.regions.join(', ');
}

function mergedStats(onboarding: CallStats, scope: CallStats): CallStats {
  const calls = { ...scope.calls };
  for (const [operation, count] of Object.entries(onboarding.calls)) calls[operation] = (calls[operation] ?? 0) + count;
  return { calls, throttled: onboarding.throttled + scope.throttled };
}

let awsSide: typeof import('./aws-side.js') | undefined;

/** The scope and Security Hub side of the run, with the AWS SDK: loaded once, when the run gets that far. */
async function loadAwsSide(): Promise<typeof import('./aws-side.js')> {
  awsSide ??= await import('./aws-side.js');
  return awsSide;
}

function failureMessage(error: unknown): string {
  if (error instanceof SettingsError) return annotationMessage(`Invalid input:\n${error.problems.join('\n')}`);
  // The message holds what AWS or GitHub answered: one line, bounded, like any of their text.
  if (error instanceof CredentialsError) return forAnnotation(error.message, 2000);
  // Errors of the AWS side can only have been thrown once it was loaded.
  if (
    awsSide &&
    (error instanceof awsSide.RegionResolutionError ||
      error instanceof awsSide.OrganizationSourceError ||
      error instanceof awsSide.ScopeError)
  ) {
    return forAnnotation(error.message, 2000);
  }
  // A refused export-file path: the action's own message, with the path already quoted and escaped.
  if (error instanceof RefusedPath) return annotationMessage(error.message);
  if (!(error instanceof Error)) return `Unexpected error: ${forAnnotation(String(error))}`;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return annotationMessage([`Unexpected error: ${forAnnotation(error.message)}`, ...frames].join('\n'));
}
