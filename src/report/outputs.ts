import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccountOutcome, RegionOutcome } from '../apply.js';
import type { Mode, UnprocessedAccount } from '../model.js';
import { Output } from '../names.js';

export interface RegionAccount {
  accountId: string;
  region: string;
}

export interface AccountWithStatus extends RegionAccount {
  memberStatus: string;
}

/** One Region of the `plan` output: each account with its status and the action planned or taken. */
export interface RegionPlanOutput {
  region: string;
  failed: boolean;
  accounts: { accountId: string; memberStatus: string; listed: boolean; action: string; result: string }[];
}

/** The step's outputs, derived from what happened in every Region. */
export interface RunOutputs {
  mode: Mode;
  unprocessed: UnprocessedAccount[];
  created: RegionAccount[];
  invited: RegionAccount[];
  reinvited: RegionAccount[];
  removed: AccountWithStatus[];
  skipped: AccountWithStatus[];
  drift: AccountWithStatus[];
  accepted: RegionAccount[];
  plan: RegionPlanOutput[];
}

export function collectOutputs(mode: Mode, regions: readonly RegionOutcome[]): RunOutputs {
  const outputs = emptyOutputs(mode);
  for (const { region, accounts, failure } of regions) {
    outputs.plan.push({ region, failed: failure !== undefined, accounts: accounts.map((account) => planEntry(account, mode)) });
    for (const account of accounts) {
      const { accountId } = account;
      const withStatus = { accountId, region, memberStatus: memberStatus(account) };
      if (account.unprocessed) outputs.unprocessed.push({ accountId, region, ...account.unprocessed });
      if (account.created) outputs.created.push({ accountId, region });
      if (account.invited) outputs.invited.push({ accountId, region });
      if (account.reinvited) outputs.reinvited.push({ accountId, region });
      if (account.removed) outputs.removed.push(withStatus);
      if (account.accepted) outputs.accepted.push({ accountId, region });
      if (!account.listed) outputs.drift.push(withStatus);
      else if (account.action === 'skip' && !account.unprocessed) outputs.skipped.push(withStatus);
    }
  }
  return outputs;
}

export function emptyOutputs(mode: Mode): RunOutputs {
  return { mode, unprocessed: [], created: [], invited: [], reinvited: [], removed: [], skipped: [], drift: [], accepted: [], plan: [] };
}

/** GitHub keeps at most 1 MB per step output. */
export const OUTPUT_MAX_BYTES = 1_000_000;

export function writeOutputs(outputs: RunOutputs): void {
  const reportFile = writeReportFile(outputs);
  const list = (name: string, entries: readonly unknown[]) => core.setOutput(name, fitJsonList(name, entries));
  list(Output.unprocessedAccounts, outputs.unprocessed);
  core.setOutput(Output.unprocessedCount, String(outputs.unprocessed.length));
  list(Output.createdAccounts, outputs.created);
  list(Output.invitedAccounts, outputs.invited);
  list(Output.reinvitedAccounts, outputs.reinvited);
  list(Output.removedAccounts, outputs.removed);
  list(Output.skippedAccounts, outputs.skipped);
  list(Output.driftAccounts, outputs.drift);
  list(Output.acceptedAccounts, outputs.accepted);
  list(Output.plan, outputs.plan);
  core.setOutput(Output.mode, outputs.mode);
  core.setOutput(Output.reportFile, reportFile);
}

/**
 * A list too long for one output (10,000 accounts in several Regions) is cut to the entries that
 * fit, with a warning; the report file always holds every entry.
 */
export function fitJsonList(name: string, entries: readonly unknown[]): string {
  const text = JSON.stringify(entries);
  if (Buffer.byteLength(text) <= OUTPUT_MAX_BYTES) return text;
  let fits = 0;
  let over = entries.length;
  while (over - fits > 1) {
    const middle = Math.floor((fits + over) / 2);
    if (Buffer.byteLength(JSON.stringify(entries.slice(0, middle))) <= OUTPUT_MAX_BYTES) fits = middle;
    else over = middle;
  }
  core.warning(
    `Output '${name}' has ${entries.length} entries, more than fit in GitHub's 1 MB limit for an output; it holds the first ${fits}. Every entry is in the file named by the 'report-file' output.`,
  );
  return JSON.stringify(entries.slice(0, fits));
}

/** Every output in full, as one JSON file in the runner's temporary folder, for later steps or an artifact. */
function writeReportFile(outputs: RunOutputs): string {
  const directory = process.env.RUNNER_TEMP || tmpdir();
  const file = join(directory, `securityhub-onboard-report-${process.pid}-${Date.now()}.json`);
  const { mode, unprocessed, created, invited, reinvited, removed, skipped, drift, accepted, plan } = outputs;
  writeFileSync(file, JSON.stringify({ mode, unprocessed, created, invited, reinvited, removed, skipped, drift, accepted, plan }));
  return file;
}

/** The status before the run, as the user knows it (`None` for accounts that were not members). */
function memberStatus(account: AccountOutcome): string {
  return account.before === 'Unknown' ? account.rawStatus || 'Unknown' : account.before;
}

function planEntry(account: AccountOutcome, mode: Mode) {
  return {
    accountId: account.accountId,
    memberStatus: memberStatus(account),
    listed: account.listed,
    action: account.action,
    result: account.unprocessed ? 'unprocessed' : mode === 'plan' ? 'planned' : account.action === 'skip' ? 'unchanged' : 'done',
  };
}
