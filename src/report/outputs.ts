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
  type Membership,
  type Mode,
  type RegionOutcome,
  type Step,
  type UnprocessedAccount,
} from '../model.js';
import { Output } from '../action-interface.js';
import { outputJson, reportFileJson } from '../untrusted-text.js';

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
  accounts: { accountId: string; memberStatus: string; listed: boolean; action: string; result: string; membership?: Membership }[];
}

/**
 * A list output: its entries in order, and how many there are. The lists of a run are views of the
 * Regions' outcomes, made entry by entry whenever they are read (the outputs, the report file, the
 * warnings): at 10,000 accounts × 17 Regions one list alone holds 170,000 entries.
 */
export interface OutputList<T> extends Iterable<T> {
  readonly length: number;
}

/** The step's outputs, derived from what happened in every Region. */
export interface RunOutputs {
  mode: Mode;
  unprocessed: OutputList<UnprocessedAccount>;
  created: OutputList<RegionAccount>;
  invited: OutputList<RegionAccount>;
  reinvited: OutputList<RegionAccount>;
  removed: OutputList<AccountWithStatus>;
  skipped: OutputList<AccountWithStatus>;
  drift: OutputList<AccountWithStatus>;
  accepted: OutputList<RegionAccount>;
  /** Members of ListMembers the action did not trust; set by the caller, not from the Regions' outcomes. */
  ignored: OutputList<IgnoredMember>;
  plan: OutputList<RegionPlanOutput>;
}

export function collectOutputs(mode: Mode, regions: readonly RegionOutcome[]): RunOutputs {
  const list = <T>(applies: (account: AccountOutcome) => boolean, entry: (account: AccountOutcome, region: string) => T) =>
    outcomeList(regions, applies, entry);
  const pair = (step: Step) => list((account) => did(account, step), regionAccount);
  return {
    mode,
    unprocessed: outcomeList(
      regions,
      (account) => account.unprocessed !== undefined,
      (account, region) => ({ accountId: account.accountId, region, ...account.unprocessed! }),
      // A Region that could not be looked at: each listed account is not processed.
      ({ region, failure, notLookedAt }) =>
        notLookedAt.map(({ accountId }) => ({ accountId, region, operation: failure.operation, processingResult: failure.message })),
    ),
    created: pair('create'),
    invited: pair('invite'),
    reinvited: pair('reinvite'),
    removed: list((account) => did(account, 'remove'), withStatus),
    // An excluded member (exclude-accounts) is left alone on purpose: it is not drift.
    skipped: list(
      (account) => (account.listed || account.excluded === true) && account.action === 'skip' && !account.unprocessed,
      withStatus,
    ),
    drift: list((account) => !account.listed && !account.excluded, withStatus),
    accepted: pair('accept'),
    ignored: [],
    plan: regions.map((outcome) =>
      outcome.failure ? failedRegionPlan(outcome) : planOutput(outcome.region, false, outcome.accounts, mode),
    ),
  };
}

const regionAccount = ({ accountId }: AccountOutcome, region: string): RegionAccount => ({ accountId, region });
const withStatus = (account: AccountOutcome, region: string): AccountWithStatus => ({
  accountId: account.accountId,
  region,
  memberStatus: memberStatusOf(account),
});

/**
 * The entries of the accounts `applies` takes, Region by Region in order, made each time the list
 * is read; a failed Region gives what `failed` makes of it. How many each Region gives is counted
 * once, when first needed, without making the entries; a Region that gives none is not walked
 * again (at 10,000 × 17 most lists are empty, and each is read by the report file, the outputs and
 * the warnings). Its JSON is the list of its entries.
 */
function outcomeList<T>(
  regions: readonly RegionOutcome[],
  applies: (account: AccountOutcome) => boolean,
  entry: (account: AccountOutcome, region: string) => T,
  failed: (region: FailedRegion) => T[] = () => [],
): OutputList<T> & { toJSON(): T[] } {
  let perRegion: number[] | undefined;
  const counts = () =>
    (perRegion ??= regions.map((outcome) => {
      if (outcome.failure) return failed(outcome).length;
      let taken = 0;
      for (const account of outcome.accounts) if (applies(account)) taken += 1;
      return taken;
    }));
  function* entries(): Generator<T> {
    const taken = counts();
    for (const [index, outcome] of regions.entries()) {
      if (taken[index] === 0) continue;
      if (outcome.failure) yield* failed(outcome);
      else for (const account of outcome.accounts) if (applies(account)) yield entry(account, outcome.region);
    }
  }
  return {
    [Symbol.iterator]: entries,
    get length() {
      return counts().reduce((total, count) => total + count, 0);
    },
    toJSON: () => [...entries()],
  };
}

/** A Region that could not be looked at: each listed account is in the plan with its status unknown, and not processed. */
function failedRegionPlan({ region, notLookedAt }: FailedRegion): RegionPlanOutput {
  return {
    region,
    failed: true,
    accounts: notLookedAt.map(({ accountId }) => ({
      accountId,
      memberStatus: 'Unknown',
      listed: true,
      action: 'skip',
      result: 'unprocessed',
    })),
  };
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
  const lists: [string, OutputList<unknown>][] = [
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
    const text = fitJsonList(name, entries, budget - 2 * 2 * (lists.length - index - 1), outputJson);
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
  entries: OutputList<unknown>,
  budgetBytes: number,
  serialise: (entry: unknown) => string = (entry) => JSON.stringify(entry),
): string {
  const parts: string[] = [];
  let size = 2 * 2; // the brackets
  for (const entry of entries) {
    // No JSON value is shorter than one character: once not even that fits, the rest is not
    // serialised to find out (one plan entry is a whole Region, 10,000 accounts at organization scale).
    if (size + 2 * (1 + (parts.length > 0 ? 1 : 0)) > budgetBytes) break;
    const part = serialise(entry);
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
 * artifact. Written REPORT_SLICE entries at a time through a small buffer: the whole report as one
 * string would be tens of megabytes at organization scale.
 */
function writeReportFile(outputs: RunOutputs): string {
  const directory = process.env.RUNNER_TEMP || tmpdir();
  const file = join(directory, `securityhub-onboard-report-${process.pid}-${Date.now()}.json`);
  const { mode, unprocessed, created, invited, reinvited, removed, skipped, drift, accepted, ignored, plan } = outputs;
  const lists = { unprocessed, created, invited, reinvited, removed, skipped, drift, accepted, ignored };
  const writer = new BufferedFileWriter(file);
  try {
    writer.write(`{"mode":${reportFileJson(mode)}`);
    for (const [name, entries] of Object.entries(lists)) writeJsonArray(writer, name, entries);
    // The plan's Regions each hold every account: one Region's account list at a time.
    writer.write(',"plan":[');
    let index = 0;
    for (const region of plan) {
      const head = reportFileJson({ region: region.region, failed: region.failed });
      writer.write(`${index > 0 ? ',' : ''}${head.slice(0, -1)},`);
      // The entries one at a time where the Region can give them so, not its whole accounts list at once.
      writeJsonArray(writer, 'accounts', planEntriesOf(region), '');
      writer.write('}');
      index += 1;
    }
    writer.write(']}');
  } finally {
    writer.close();
  }
  return file;
}

function writeJsonArray(writer: BufferedFileWriter, name: string, entries: Iterable<unknown>, separator = ','): void {
  writer.write(`${separator}${JSON.stringify(name)}:[`);
  // Serialised a slice at a time: one JSON.stringify per REPORT_SLICE entries, not one per entry.
  let slice: unknown[] = [];
  let first = true;
  const writeSlice = () => {
    const json = reportFileJson(slice);
    writer.write(`${first ? '' : ','}${json.slice(1, -1)}`);
    first = false;
    slice = [];
  };
  for (const entry of entries) {
    slice.push(entry);
    if (slice.length === REPORT_SLICE) writeSlice();
  }
  if (slice.length > 0) writeSlice();
  writer.write(']');
}

/**
 * Entries serialised at once in the report file. A slice's entries are alive until it is written,
 * so the young generation's collections keep them, and a thousand at a time filled the old
 * generation with them: at 10,000 accounts × 17 Regions the report file then set the run's peak,
 * 5-8 MB over what the calls had reached (3 runs of 3). A hundred at a time did not raise it, in the same time.
 */
export const REPORT_SLICE = 100;

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
  Object.defineProperty(output, PLAN_ENTRIES, {
    enumerable: false,
    value: function* () {
      for (const account of accounts) yield planEntry(account, mode);
    },
  });
  return Object.defineProperty(output, 'accounts', { enumerable: true, get: () => accounts.map((account) => planEntry(account, mode)) });
}

/**
 * A Region's plan entries made one at a time, for the report file: its `accounts` list made at once
 * is 10,000 entries that outlive the young generation and grow the heap at the end of a large run.
 * A symbol, not enumerable: the outputs, JSON and copies do not see it.
 */
const PLAN_ENTRIES = Symbol('plan entries');

function planEntriesOf(region: RegionPlanOutput): Iterable<RegionPlanOutput['accounts'][number]> {
  const entries = (region as { [PLAN_ENTRIES]?: () => Iterable<RegionPlanOutput['accounts'][number]> })[PLAN_ENTRIES];
  return entries ? entries() : region.accounts;
}

function planEntry(account: AccountOutcome, mode: Mode) {
  const entry: RegionPlanOutput['accounts'][number] = {
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
  };
  // Set, not spread: a spread of a conditional object makes a second object per entry.
  if (account.membership) entry.membership = account.membership;
  return entry;
}
