import * as core from '@actions/core';
import { closeSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IgnoredMember } from '../look/member-list.js';
import {
  did,
  memberStatusOf,
  type AccountOutcome,
  type FailedRegion,
  type Mode,
  type RegionOutcome,
  type UnprocessedAccount,
} from '../model.js';
import { Output } from '../action-interface.js';
import { forOutput, forReportFile } from '../untrusted-text.js';

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
  /** Members of ListMembers the action did not trust; set by the caller, not from the Regions' outcomes. */
  ignored: IgnoredMember[];
  plan: RegionPlanOutput[];
}

export function collectOutputs(mode: Mode, regions: readonly RegionOutcome[]): RunOutputs {
  const outputs = emptyOutputs(mode);
  for (const outcome of regions) {
    if (outcome.failure) {
      addFailedRegion(outputs, outcome);
      continue;
    }
    const { region, accounts } = outcome;
    outputs.plan.push(planOutput(region, false, accounts, mode));
    for (const account of accounts) {
      const { accountId } = account;
      const withStatus = { accountId, region, memberStatus: memberStatusOf(account) };
      if (account.unprocessed) outputs.unprocessed.push({ accountId, region, ...account.unprocessed });
      if (did(account, 'create')) outputs.created.push({ accountId, region });
      if (did(account, 'invite')) outputs.invited.push({ accountId, region });
      if (did(account, 'reinvite')) outputs.reinvited.push({ accountId, region });
      if (did(account, 'remove')) outputs.removed.push(withStatus);
      if (did(account, 'accept')) outputs.accepted.push({ accountId, region });
      // An excluded member (exclude-accounts) is left alone on purpose: it is not drift.
      if (!account.listed && !account.excluded) outputs.drift.push(withStatus);
      else if (account.action === 'skip' && !account.unprocessed) outputs.skipped.push(withStatus);
    }
  }
  return outputs;
}

/** A Region that could not be looked at: each listed account is in the plan with its status unknown, and not processed. */
function addFailedRegion(outputs: RunOutputs, { region, failure, notLookedAt }: FailedRegion): void {
  const { operation, message: processingResult } = failure;
  outputs.plan.push({
    region,
    failed: true,
    accounts: notLookedAt.map(({ accountId }) => ({
      accountId,
      memberStatus: 'Unknown',
      listed: true,
      action: 'skip',
      result: 'unprocessed',
    })),
  });
  for (const { accountId } of notLookedAt) outputs.unprocessed.push({ accountId, region, operation, processingResult });
}

export function emptyOutputs(mode: Mode): RunOutputs {
  return {
    mode,
    unprocessed: [],
    created: [],
    invited: [],
    reinvited: [],
    removed: [],
    skipped: [],
    drift: [],
    accepted: [],
    ignored: [],
    plan: [],
  };
}

/**
 * GitHub keeps at most 1 MB of outputs per job, sizes approximated in UTF-16 (two bytes per
 * character here), so all list outputs together stay within that budget.
 */
export const OUTPUTS_MAX_BYTES = 1_000_000;

export function writeOutputs(outputs: RunOutputs): void {
  const reportFile = writeReportFile(outputs);
  core.setOutput(Output.mode, outputs.mode);
  core.setOutput(Output.reportFile, reportFile);
  core.setOutput(Output.unprocessedCount, String(outputs.unprocessed.length));
  let budget = OUTPUTS_MAX_BYTES - 2 * (outputs.mode.length + reportFile.length + 10);
  // In order of importance: what failed first, the plan (the largest) last.
  const lists: [string, readonly unknown[]][] = [
    [Output.unprocessedAccounts, outputs.unprocessed],
    [Output.createdAccounts, outputs.created],
    [Output.invitedAccounts, outputs.invited],
    [Output.reinvitedAccounts, outputs.reinvited],
    [Output.removedAccounts, outputs.removed],
    [Output.acceptedAccounts, outputs.accepted],
    [Output.driftAccounts, outputs.drift],
    [Output.skippedAccounts, outputs.skipped],
    [Output.ignoredMembers, outputs.ignored],
    [Output.plan, outputs.plan],
  ];
  for (const [index, [name, entries]] of lists.entries()) {
    // AWS's text in each entry (ProcessingResult, statuses, IDs from ListMembers) is bounded, without secrets.
    // Each list after this one still needs its two brackets. Each entry is made safe for outputs as
    // it is serialised: a copy of whole lists would be megabytes.
    const text = fitJsonList(name, entries, budget - 2 * 2 * (lists.length - index - 1), (entry) => forOutput(entry));
    budget -= 2 * text.length;
    core.setOutput(name, text);
  }
}

/**
 * A list too long for what is left of the budget is cut to the entries that fit, with a warning;
 * the report file always holds every entry. Entries are serialised only until the budget is
 * spent: at 10,000 accounts × 17 Regions the lists hold far more than fits.
 */
export function fitJsonList(
  name: string,
  entries: readonly unknown[],
  budgetBytes: number,
  prepare: (entry: unknown) => unknown = (entry) => entry,
): string {
  const parts: string[] = [];
  let size = 2 * 2; // the brackets
  for (const entry of entries) {
    const part = JSON.stringify(prepare(entry));
    const next = size + 2 * (part.length + (parts.length > 0 ? 1 : 0));
    if (next > budgetBytes) break;
    size = next;
    parts.push(part);
  }
  if (parts.length < entries.length) {
    core.warning(
      `Output '${name}' has ${entries.length} entries, more than fit in GitHub's 1 MB limit for a job's outputs; it holds the first ${parts.length}. Every entry is in the file named by the '${Output.reportFile}' output.`,
    );
  }
  return `[${parts.join(',')}]`;
}

/**
 * Every output in full, as one JSON file in the runner's temporary folder, for later steps or an
 * artifact. Written entry by entry through a small buffer: the whole report as one string would
 * be tens of megabytes at organization scale.
 */
function writeReportFile(outputs: RunOutputs): string {
  const directory = process.env.RUNNER_TEMP || tmpdir();
  const file = join(directory, `securityhub-onboard-report-${process.pid}-${Date.now()}.json`);
  const { mode, unprocessed, created, invited, reinvited, removed, skipped, drift, accepted, ignored, plan } = outputs;
  const lists = { unprocessed, created, invited, reinvited, removed, skipped, drift, accepted, ignored };
  const writer = new BufferedFileWriter(file);
  try {
    writer.write(`{"mode":${JSON.stringify(forReportFile(mode))}`);
    for (const [name, entries] of Object.entries(lists)) writeJsonArray(writer, name, entries);
    // The plan's Regions each hold every account: one Region's account list at a time.
    writer.write(',"plan":[');
    plan.forEach(({ accounts, ...region }, index) => {
      const head = JSON.stringify(forReportFile(region));
      writer.write(`${index > 0 ? ',' : ''}${head.slice(0, -1)}${head.length > 2 ? ',' : ''}`);
      writeJsonArray(writer, 'accounts', accounts, '');
      writer.write('}');
    });
    writer.write(']}');
  } finally {
    writer.close();
  }
  return file;
}

function writeJsonArray(writer: BufferedFileWriter, name: string, entries: readonly unknown[], separator = ','): void {
  writer.write(`${separator}${JSON.stringify(name)}:[`);
  entries.forEach((entry, index) => writer.write(`${index > 0 ? ',' : ''}${JSON.stringify(forReportFile(entry))}`));
  writer.write(']');
}

/** Synchronous writes of text, gathered into chunks of about 64 KiB. */
class BufferedFileWriter {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 64 * 1024) this.flush();
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    for (let written = 0; written < bytes.length;) written += writeSync(this.fd, bytes, written);
    this.pending = [];
    this.pendingLength = 0;
  }
}

/**
 * One Region of the plan output. Its entries are made when read (the output, the report file),
 * one Region at a time: every Region's entries at once are megabytes at organization scale.
 */
function planOutput(region: string, failed: boolean, accounts: readonly AccountOutcome[], mode: Mode): RegionPlanOutput {
  const output = { region, failed } as RegionPlanOutput;
  return Object.defineProperty(output, 'accounts', { enumerable: true, get: () => accounts.map((account) => planEntry(account, mode)) });
}

function planEntry(account: AccountOutcome, mode: Mode) {
  return {
    accountId: account.accountId,
    memberStatus: memberStatusOf(account),
    listed: account.listed,
    action: account.action,
    result: account.unprocessed
      ? 'unprocessed'
      : account.excluded
        ? 'excluded'
        : mode === 'plan'
          ? 'planned'
          : account.action === 'skip'
            ? 'unchanged'
            : 'done',
    ...(account.membership && { membership: account.membership }),
  };
}
