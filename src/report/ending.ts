// How a run ends, one way for all: the outputs, the log's last words, the job summary, the plan
// comment, and the step's result. A run ends in one of four ways (RunEnding); main.ts says which.
import * as core from '@actions/core';
import type { Diagnostic } from '../accounts/index.js';
import { RefusedPath } from '../accounts/workspace-path.js';
import { CredentialsError } from '../aws/errors.js';
import type { Account, Mode } from '../model.js';
import { describeIgnored } from '../look/member-list.js';
import type { OnboardingResult } from '../onboard.js';
import type { ScopeReport } from '../scope.js';
import { ScopeStopped } from '../scope-stopped.js';
import { SettingsError, type Settings } from '../settings.js';
import { warnAccountWarnings, warnUnprocessed } from './annotations.js';
import { reportDriftIssue } from './drift-issue.js';
import { writeMembershipFile } from './membership-file.js';
import { collectOutputs, emptyOutputs, writeOutputs } from './outputs.js';
import { renderPlanContext } from './plan-context.js';
import { errorFrames } from './stack-frames.js';
import { COMMENT_MAX_BYTES, commentMarker, renderCommentProblem, upsertPlanComment } from './pr-comment.js';
import { pullRequestHeadSha, runContext, type RunContext } from './run-context.js';
import { logCalls, requestedRegions } from './run-log.js';
import { logScope, renderScopeSection, writeRegionsOutput, type ScopeFacts } from './scope.js';
import { commentLimits, renderDesiredOnly, renderInputProblems, renderSummary } from './summary.js';
import { annotationMessage, forAnnotation, markdownBody } from '../untrusted-text.js';
import { Output } from '../action-interface.js';

export type RunEnding =
  /** Settings, credentials or anything unexpected stopped the run before it could report. */
  | { kind: 'failed'; mode: Mode; error: unknown }
  /** The account list has problems: nothing was sent to AWS. */
  | { kind: 'invalid-accounts'; settings: Settings; diagnostics: Diagnostic[] }
  /** Plan mode without credentials: the list was checked, the live membership not read. */
  | { kind: 'not-compared'; settings: Settings; accounts: Account[]; reason: string; exportPath: string | undefined }
  /** Every Region was looked at, planned and, in apply mode, done. */
  | {
      kind: 'onboarded';
      settings: Settings;
      administratorId: string;
      scope: ScopeReport;
      onboarding: OnboardingResult;
      exportPath: string | undefined;
    };

export async function publish(ending: RunEnding): Promise<void> {
  switch (ending.kind) {
    case 'failed':
      return fail(ending.mode, ending.error);
    case 'invalid-accounts':
      return publishOrFail(ending.settings.mode, () => publishInvalidAccounts(ending.settings, ending.diagnostics));
    case 'not-compared':
      return publishOrFail(ending.settings.mode, () =>
        publishNotCompared(ending.settings, ending.accounts, ending.reason, ending.exportPath),
      );
    case 'onboarded':
      try {
        await publishOnboarding(
          ending.settings,
          ending.administratorId,
          ending.onboarding,
          publishScope(ending.scope, ending.onboarding),
          ending.exportPath,
        );
      } catch (error) {
        // The outputs are already set: a summary or comment that cannot be written must not blank them.
        core.setFailed(failureMessage(error));
      }
  }
}

/**
 * For the runner's entry point (src/index.ts) only: a promise rejected with nobody waiting fails the
 * step with its reason. run() does not install it, so a tool that imports run() itself
 * (@github/local-action, the tests) keeps its own errors as its own.
 */
export function failOnUnhandledRejections(): void {
  process.on('unhandledRejection', (reason) => core.setFailed(annotationMessage(`Unexpected error: ${forAnnotation(String(reason))}`)));
}

/** Where the Regions and accounts came from: the `regions` output and the log now, the summary's section returned. */
function publishScope(report: ScopeReport, { regions, leftOutRegions, headroom }: OnboardingResult): string {
  const facts: ScopeFacts = {
    report,
    regions: regions.map((region) => region.region),
    ...(leftOutRegions && { leftOutRegions }),
    ...(headroom && { headroom }),
  };
  writeRegionsOutput(facts.regions);
  logScope(facts);
  return renderScopeSection(facts);
}

async function publishOnboarding(
  settings: Settings,
  administratorId: string,
  { regions, stats, heldRemovals, createsMembers, ignoredMembers, membership }: OnboardingResult,
  scopeSection: string,
  exportPath: string | undefined,
): Promise<void> {
  const regionNames = regions.map((region) => region.region);
  const outputs = { ...collectOutputs(settings.mode, regions), ignored: ignoredMembers };
  writeOutputs(outputs);
  const exportProblem = exportPath
    ? await writeMembershipFile({
        workspace: settings.accounts.workspace,
        displayPath: exportPath,
        administratorId,
        regions: regionNames,
        membership,
      })
    : undefined;
  warnUnprocessed(outputs.unprocessed);
  warnAccountWarnings(regions);
  if (heldRemovals) core.error(forAnnotation(heldRemovals.reason, 4000));
  const ignoredNotes = describeIgnored(ignoredMembers);
  for (const note of ignoredNotes) core.warning(annotationMessage(note));
  logCalls(stats);

  const run = runContext(process.env, pullRequestHeadSha(process.env));
  const context = planContext(settings, regionNames, run);
  const summaryInput = {
    mode: settings.mode,
    invite: settings.reconcile.invite,
    administratorId,
    regions,
    outputs,
    ownNotes: createsMembers ? ['organization-create' as const] : [],
    notes: ignoredNotes,
    context,
    ...(heldRemovals ? { heldRemovals } : {}),
    sections: [scopeSection],
  };
  await core.summary.addRaw(markdownBody(renderSummary(summaryInput))).write();
  await commentOnPullRequest(settings, () => renderSummary({ ...summaryInput, audience: 'comment' }, commentLimits(COMMENT_MAX_BYTES)));
  // Plans of unmerged changes never touch the drift issue: only what the default branch runs does.
  if (settings.driftIssue && !settings.unmergedChange) {
    await reportDriftIssue({
      summary: summaryInput,
      token: settings.pullRequest.githubToken,
      labels: settings.driftIssue.labels,
      run,
      env: process.env,
    });
  }

  const failedRegions = regions.filter((region) => region.failure).map((region) => region.region);
  if (exportProblem) core.error(annotationMessage(exportProblem));
  if (failedRegions.length > 0) {
    core.setFailed(`Onboarding failed in ${failedRegions.join(', ')}; see the errors above and the job summary.`);
  } else if (heldRemovals) {
    core.setFailed(`Removals were held back: ${forAnnotation(heldRemovals.reason, 4000)}`);
  } else if (outputs.unprocessed.length > 0 && settings.failOnUnprocessed) {
    core.setFailed(
      `${outputs.unprocessed.length} account(s) were not processed; they are listed in the '${Output.unprocessedAccounts}' output and the job summary.`,
    );
  } else if (exportProblem) {
    core.setFailed('export-file was not written; see the error above.');
  }
}

async function publishNotCompared(settings: Settings, accounts: Account[], reason: string, exportPath: string | undefined): Promise<void> {
  core.notice(annotationMessage(`The live comparison was skipped: ${reason}`));
  writeOutputs(emptyOutputs(settings.mode));
  writeRegionsOutput(settings.regionsFrom ? [] : settings.regions);
  const regions = settings.regionsFrom ? [requestedRegions(settings)] : settings.regions;
  const context = planContext(settings, regions);
  await core.summary.addRaw(markdownBody(renderDesiredOnly(accounts, regions, undefined, context))).write();
  await commentOnPullRequest(settings, () => renderDesiredOnly(accounts, regions, COMMENT_MAX_BYTES, context));
  if (exportPath)
    core.setFailed('export-file: the membership could not be read, because this job has no AWS credentials; nothing was written.');
}

/** What the plan was made with, for the summary and the comment. */
function planContext(
  settings: Settings,
  regions: string[],
  run: RunContext = runContext(process.env, pullRequestHeadSha(process.env)),
): string {
  const { mode, reconcile, memberSide } = settings;
  return renderPlanContext({
    mode,
    regions,
    ...(settings.accounts.accountsFile !== undefined && { accountsFile: settings.accounts.accountsFile }),
    reconcile,
    ...(memberSide && { memberSide }),
    run,
  });
}

async function publishInvalidAccounts(settings: Settings, diagnostics: Diagnostic[]): Promise<void> {
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

async function commentOnPullRequest(settings: Settings, render: () => string): Promise<void> {
  // Only where the event has a pull request to comment on; other unmerged-change events (merge queues) have none.
  if (settings.mode !== 'plan' || !settings.pullRequest.comment || !settings.unmergedChange) return;
  const outcome = await upsertPlanComment(settings.pullRequest.githubToken, commentMarker(process.env), render());
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

async function publishOrFail(mode: Mode, publishing: () => Promise<void>): Promise<void> {
  try {
    await publishing();
  } catch (error) {
    fail(mode, error);
  }
}

function fail(mode: Mode, error: unknown): void {
  writeOutputs(emptyOutputs(mode));
  writeRegionsOutput([]);
  core.setFailed(failureMessage(error));
}

function failureMessage(error: unknown): string {
  if (error instanceof SettingsError) return annotationMessage(`Invalid input:\n${error.problems.join('\n')}`);
  // Credentials refused or missing, or the Regions, the organization or the account count stopping the
  // run before any write: the action's words around what AWS or GitHub answered, one line, bounded.
  if (error instanceof CredentialsError || error instanceof ScopeStopped) return forAnnotation(error.message, 2000);
  // A refused export-file path: the action's own message, with the path already quoted and escaped.
  if (error instanceof RefusedPath) return annotationMessage(error.message);
  if (!(error instanceof Error)) return `Unexpected error: ${forAnnotation(String(error))}`;
  const frames = errorFrames(error);
  return annotationMessage([`Unexpected error: ${forAnnotation(error.message)}`, ...frames].join('\n'));
}
