import * as core from '@actions/core';
import { loadAccounts, type Diagnostic } from './accounts/index.js';
import { onboardRegion, type RegionOutcome } from './apply.js';
import { CredentialsError, openAdministratorSession, type AdministratorSession } from './aws/credentials.js';
import { createSecurityHubGateway, type CallStats } from './aws/gateway.js';
import type { Account } from './model.js';
import { partitionAdministrator } from './plan.js';
import { escapeLog } from './report/escape.js';
import { collectOutputs, emptyOutputs, writeOutputs } from './report/outputs.js';
import { renderInputProblems, renderSummary } from './report/summary.js';
import { SettingsError, readSettings, type Settings } from './settings.js';

/** The whole run: settings → accounts → credentials → per Region: look, decide, do → report. */
export async function run(): Promise<void> {
  process.on('unhandledRejection', (reason) => core.setFailed(`Unexpected error: ${escapeLog(String(reason))}`));
  let settings: Settings | undefined;
  try {
    settings = readSettings((name) => core.getInput(name), process.env);
    const accounts = await loadAccounts({ accountIds: settings.accountIds, accountsFile: settings.accountsFile, workspace: settings.workspace });
    if (accounts.diagnostics.length > 0) return await failOnInput(settings, accounts.diagnostics);
    core.info(`${accounts.accounts.length} account(s) to onboard in ${settings.regions.join(', ')} (mode: ${settings.mode}).`);

    const session = await openAdministratorSession({ ...settings, region: settings.regions[0] ?? '' });
    core.info(`Acting as ${escapeLog(session.arn)} (administrator account ${session.accountId}).`);
    const desired = withoutAdministrator(accounts.accounts, session.accountId);

    const stats: CallStats = { calls: {}, throttled: 0 };
    const regions = await Promise.all(settings.regions.map((region) => onboardRegionInGroup(region, desired, settings!, session, stats)));
    await report(settings, session.accountId, regions, stats);
  } catch (error) {
    writeOutputs(emptyOutputs(settings?.mode ?? 'apply'));
    core.setFailed(failureMessage(error));
  }
}

async function onboardRegionInGroup(
  region: string,
  desired: Account[],
  settings: Settings,
  session: AdministratorSession,
  stats: CallStats,
): Promise<RegionOutcome> {
  // Regions run concurrently: each Region's lines are kept and printed as one group when it ends.
  const lines: string[] = [];
  const gateway = createSecurityHubGateway(region, { credentials: session.credentials }, stats);
  const outcome = await onboardRegion(gateway, desired, {
    mode: settings.mode,
    invite: settings.invite,
    administratorId: session.accountId,
    log: (line) => lines.push(escapeLog(line)),
  });
  core.startGroup(`${region}: ${regionHeadline(outcome)}`);
  for (const line of lines) core.info(line);
  core.endGroup();
  if (outcome.failure) core.error(`${region}: ${outcome.failure.message}`);
  return outcome;
}

async function report(settings: Settings, administratorId: string, regions: RegionOutcome[], stats: CallStats): Promise<void> {
  const outputs = collectOutputs(settings.mode, regions);
  writeOutputs(outputs);
  for (const account of outputs.unprocessed) {
    core.warning(`${account.region}: account ${account.accountId} was not processed by ${account.operation}: ${account.processingResult}`);
  }
  const calls = Object.entries(stats.calls).map(([operation, count]) => `${operation} ${count}`);
  core.info(`AWS calls: ${calls.join(', ') || 'none'}; throttled and retried: ${stats.throttled}.`);
  await core.summary.addRaw(renderSummary({ mode: settings.mode, invite: settings.invite, administratorId, regions, outputs })).write();

  const failedRegions = regions.filter((region) => region.failure).map((region) => region.region);
  if (failedRegions.length > 0) {
    core.setFailed(`Onboarding failed in ${failedRegions.join(', ')}; see the errors above and the job summary.`);
  } else if (outputs.unprocessed.length > 0 && settings.failOnUnprocessed) {
    core.setFailed(`${outputs.unprocessed.length} account(s) were not processed; they are listed in the 'unprocessed-accounts' output and the job summary.`);
  }
}

async function failOnInput(settings: Settings, diagnostics: Diagnostic[]): Promise<void> {
  for (const problem of diagnostics) {
    core.error(problem.message, problem.file ? { file: problem.file, ...(problem.line ? { startLine: problem.line } : {}) } : {});
  }
  writeOutputs(emptyOutputs(settings.mode));
  await core.summary.addRaw(renderInputProblems(diagnostics)).write();
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
