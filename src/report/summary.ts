// The job summary (and the plan in the PR comment): first what failed and what needs someone,
// then the counts, then each Region's accounts, the unchanged ones collapsed.
import { did, type AccountOutcome, type HeldRemovals, type Mode, type RegionOutcome } from '../model.js';
import { htmlCode, markdownCode } from '../untrusted-text.js';
import { ByteBudget, boundedTable, byteLength, fitRows, headerRow, plural, row } from './html.js';
import type { RunOutputs } from './outputs.js';
import { memberGroups, renderAttention, unprocessedPairs } from './summary-attention.js';
import { isUnchanged, renderCounts } from './summary-counts.js';
import { statusCell } from './summary-status.js';
import { Output } from '../action-interface.js';

/**
 * CreateMembers by the delegated administrator enables Security Hub CSPM, with its default
 * standards, in an organization account where it is off; never in the management account
 * (docs/aws-behaviour.md#organization-members).
 */
const OWN_NOTES = {
  'organization-create':
    'CreateMembers on an account of your AWS organization (when this administrator is its delegated administrator) makes it a member without an invitation, ' +
    'and where Security Hub CSPM is off in that account and Region, AWS turns it on with its default standards, which rely on AWS Config being recorded there. ' +
    'AWS never does this for the management account of the organization: it must enable Security Hub CSPM itself first.',
} as const;

/** The action's own notes, by name: only these texts are shown as prose, so no text from elsewhere ever is. */
export type OwnNote = keyof typeof OWN_NOTES;

export interface SummaryInput {
  mode: Mode;
  invite: boolean;
  administratorId: string;
  regions: readonly RegionOutcome[];
  outputs: RunOutputs;
  /** Removals the max-removals guard held back: shown as a group of their own. */
  heldRemovals?: HeldRemovals;
  /** Notes that hold text from elsewhere (AWS, the accounts list): shown as code, like all such text. */
  notes?: readonly string[];
  /** The action's own notes: only its constants, shown as prose. */
  ownNotes?: readonly OwnNote[];
  /** Sections rendered elsewhere in report/ (already escaped): where the Regions and accounts came from, and the checks. */
  sections?: readonly string[];
  /** What the plan was made with (renderPlanContext), shown under the headline. */
  context?: string;
  /** Where the text goes: a PR comment or an issue points only to what a reader can open, never to a file on the runner. */
  audience?: 'job-summary' | 'comment';
}

export interface SummaryLimits {
  /** GitHub refuses a step summary over 1 MiB; stay well under it. */
  maxBytes: number;
  /** Rows shown per Region besides the unprocessed ones, which are all shown while space lasts; as many unchanged rows again. */
  rowsPerRegion: number;
  /** Account IDs named per reason in the "Not processed" group. */
  idsPerReason?: number;
}

const DEFAULT_LIMITS: SummaryLimits = { maxBytes: 900 * 1024, rowsPerRegion: 100 };
const DEFAULT_IDS_PER_REASON = 1_000;

/** The plan in a PR comment: the same layout within GitHub's comment limit; every account stays in the job summary. */
export function commentLimits(maxBytes: number): SummaryLimits {
  return { maxBytes, rowsPerRegion: 50, idsPerReason: 200 };
}

/** Room kept for each Region's heading and "not shown" line until its turn comes. */
const RESERVE_PER_REGION = 1024;

export function renderSummary(input: SummaryInput, limits: SummaryLimits = DEFAULT_LIMITS): string {
  const head = [
    headline(input),
    ...(input.context ? [input.context] : []),
    ...(input.ownNotes ?? []).map((note) => `> ${OWN_NOTES[note]}\n`),
    ...(input.notes ?? []).map((note) => `> ${markdownCode(note, 4000)}\n`),
    ...(input.sections ?? []).filter((section) => section !== ''),
  ].join('\n');
  const counts = renderCounts(input);
  const footer =
    input.audience === 'comment'
      ? `<sub>Administrator account ${input.administratorId || 'unknown'}.</sub>\n`
      : `<sub>Administrator account ${input.administratorId || 'unknown'}. Every account is in the step outputs (${[Output.unprocessedAccounts, Output.createdAccounts, Output.invitedAccounts, Output.skippedAccounts, Output.driftAccounts, Output.plan].join(', ')}…) and, in full, in the file named by ${Output.reportFile}.</sub>\n`;
  const regionsHeading = '### Accounts by Region\n';
  const budget = new ByteBudget(limits.maxBytes);
  budget.spend(
    byteLength(head) + byteLength(counts) + byteLength(footer) + byteLength(regionsHeading) + 8 + input.regions.length * RESERVE_PER_REGION,
  );
  const attention = renderAttention(input, budget, limits.idsPerReason ?? DEFAULT_IDS_PER_REASON);
  const sections = input.regions.map((region) => {
    budget.give(RESERVE_PER_REGION);
    const section = regionSection(region, input, limits, budget);
    budget.spend(byteLength(section) + 1);
    return section;
  });
  return [head, attention, counts, regionsHeading, ...sections, footer].filter((part) => part !== '').join('\n');
}

function headline(input: SummaryInput): string {
  const title = input.mode === 'plan' ? 'Security Hub CSPM onboarding plan (nothing was changed)' : 'Security Hub CSPM onboarding';
  const failed =
    input.regions.some((region) => region.failure) || unprocessedPairs(input.regions).length > 0 || input.heldRemovals !== undefined;
  const attention = [...memberGroups(input).values()].some((pairs) => pairs.length > 0);
  return `## ${failed ? '❌' : attention ? '⚠️' : '✅'} ${title}\n`;
}

/**
 * A Region's accounts: what was not processed, needs attention, changed or is not in the list
 * first (collapsed when long), then the unchanged ones, always collapsed. A Region that failed is
 * one line: its block at the top says why.
 */
function regionSection(region: RegionOutcome, input: SummaryInput, limits: SummaryLimits, budget: ByteBudget): string {
  // Region names are checked against the pattern of AWS Region names when the inputs are read.
  const name = region.region;
  const heading = `#### ${name}\n`;
  if (region.failure) return `${heading}\n❌ ${region.failure.operation} failed: nothing in this Region was read or changed (see above).\n`;
  const ordered = byRank(region.accounts);
  const unprocessed = ordered.filter((account) => account.unprocessed);
  const reported = ordered.filter((account) => !account.unprocessed && !isUnchanged(account));
  const unchanged = ordered.filter(isUnchanged);
  const header = headerRow(['Account', 'Email', 'Status before', 'Action', 'Result']);
  const render = (account: AccountOutcome) => tableRow(account, input);

  const shown = [...unprocessed, ...reported.slice(0, limits.rowsPerRegion)];
  const first = boundedTable(header, shown, render, budget, {
    summary: (count) => `${plural(count, 'account')} in ${name}: ${countsByResult(shown.slice(0, count), input.mode)}`,
  });
  // The unchanged accounts are counted, and listed only collapsed, however few.
  const rest = boundedTable(header, unchanged, render, budget, {
    max: limits.rowsPerRegion,
    always: true,
    summary: (count) => `${plural(count, 'account')} with no change in ${name}`,
  });
  const parts = [heading, first.html, rest.html];
  if (region.accounts.length === 0) parts.push('No account in this Region.\n');
  const hidden = region.accounts.length - first.shown - rest.shown;
  if (hidden > 0) {
    parts.push(
      `<i>${hidden} more account(s) in ${name} are not shown here. All accounts in this Region: ${countsByResult(region.accounts, input.mode)}.</i>\n`,
    );
  }
  return parts.filter((part) => part !== '').join('\n');
}

function tableRow(account: AccountOutcome, input: SummaryInput): string {
  return row([
    // Drift comes from ListMembers, whose AccountId is a free string (docs/aws-behaviour.md#list-members).
    `${htmlCode(account.accountId)}${account.membership ? ` <sub>${account.membership}</sub>` : ''}`,
    account.email ? htmlCode(account.email) : '',
    account.before === 'None' ? 'not a member' : statusCell(account),
    account.listed ? account.action : `${account.action} (not listed)`,
    resultText(account, input),
  ]);
}

export function resultText(account: AccountOutcome, input: Pick<SummaryInput, 'mode' | 'invite'>): string {
  const text = adminSideText(account, input);
  // The member side's result (member-role-name) follows what the administrator side did.
  return account.memberSide && !account.unprocessed ? `${text}; member side: ${htmlCode(account.memberSide)}` : text;
}

function adminSideText(account: AccountOutcome, { mode, invite }: Pick<SummaryInput, 'mode' | 'invite'>): string {
  if (account.unprocessed) {
    return `❌ <b>Not processed</b> (${account.unprocessed.operation}): ${htmlCode(account.unprocessed.processingResult)}`;
  }
  // Held removals name the accounts ListMembers gave, whose AccountId is a free string.
  if (account.attention) return `⚠️ ${htmlCode(account.attention, 4000)}`;
  if (account.excluded) return 'excluded (exclude-accounts); left alone';
  if (mode === 'plan') return plannedText(account, invite);
  const created = did(account, 'create');
  if (created && did(account, 'invite')) return '✅ created and invited';
  if (created && account.after === 'Enabled') return '✅ created; Enabled (organization account, no invitation needed)';
  if (created) return account.after && account.after !== 'Created' ? `✅ created; now ${htmlCode(account.after)}` : '✅ created';
  if (did(account, 'invite')) return '✅ invited';
  if (did(account, 'reinvite')) return '✅ invited again';
  if (did(account, 'remove') && account.warning) return `⚠️ ${htmlCode(account.warning.message)}`;
  if (did(account, 'remove'))
    return account.removal?.delete ? '✅ removed (disassociated and deleted)' : '✅ disassociated (organization member)';
  return unchangedText(account);
}

function plannedText(account: AccountOutcome, invite: boolean): string {
  switch (account.action) {
    case 'create':
      return invite ? 'would be created, then invited unless it is an organization account' : 'would be created';
    case 'invite':
      return 'would be invited';
    case 'reinvite':
      if (account.before === 'Invited') return 'the invitation would be sent again (stale)';
      // docs/aws-behaviour.md#organization-members: CreateMembers first, an invitation only for an invitation member.
      return account.before === 'Removed'
        ? 'would be brought back: CreateMembers, then invited again unless it is an organization account'
        : 'would be invited again';
    case 'remove':
      return account.removal?.delete
        ? 'would be removed (disassociated if needed, then deleted)'
        : 'would be disassociated (organization member)';
    case 'skip':
      return unchangedText(account);
  }
}

function unchangedText(account: AccountOutcome): string {
  if (account.listed) return account.protected ? 'no change (protected)' : 'no change';
  return account.protected
    ? '🛡️ not in the list; protected (protected-accounts), never removed'
    : 'not in the list; left alone (remove-absent is off)';
}

/** The accounts by rank, in the Region's order within each: what a stable sort by rank gives, in one pass. */
function byRank(accounts: readonly AccountOutcome[]): AccountOutcome[] {
  const ranks: AccountOutcome[][] = [[], [], [], []];
  for (const account of accounts) ranks[rank(account)]!.push(account);
  return ranks.flat();
}

/** Unprocessed first, then what needs attention, then what changed, then the rest. */
function rank(account: AccountOutcome): 0 | 1 | 2 | 3 {
  if (account.unprocessed) return 0;
  if (account.attention) return 1;
  if (account.action !== 'skip') return 2;
  return 3;
}

function countsByResult(accounts: readonly AccountOutcome[], mode: Mode): string {
  const counts = new Map<string, number>();
  for (const account of accounts) {
    const key = account.unprocessed
      ? 'not processed'
      : account.action === 'skip'
        ? `left as ${account.before === 'None' ? 'not a member' : account.before}`
        : mode === 'plan'
          ? `to ${account.action}`
          : did(account, 'invite') || did(account, 'reinvite')
            ? 'invited'
            : did(account, 'create')
              ? 'created'
              : did(account, 'remove')
                ? 'removed'
                : account.action;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} ${key}`).join(', ');
}

/** Plan mode without credentials: the list was checked, the live membership could not be read. */
export function renderDesiredOnly(
  accounts: readonly { accountId: string; email?: string }[],
  regions: readonly string[],
  maxBytes = DEFAULT_LIMITS.maxBytes,
  context = '',
): string {
  const head =
    `## Security Hub CSPM onboarding plan: the account list is valid\n\n${context}` +
    `> ℹ️ The live comparison was skipped: this job has no AWS credentials (a pull request from a fork never gets an OIDC token; ` +
    `a workflow without <code>id-token: write</code> neither). What apply would change in ${regions.join(', ')} is not known.\n\n` +
    `<b>${accounts.length}</b> account(s) listed:\n\n<table>\n<tr><th>Account</th><th>Email</th></tr>\n`;
  const budget = new ByteBudget(maxBytes - byteLength(head) - 512);
  const { rows, shown } = fitRows(
    accounts.slice(0, 500),
    (account) => `<tr><td><code>${account.accountId}</code></td><td>${account.email ? htmlCode(account.email) : ''}</td></tr>\n`,
    budget,
  );
  const more = accounts.length > shown ? `\n<i>${accounts.length - shown} more account(s) not shown.</i>\n` : '';
  return `${head}${rows}</table>\n${more}`;
}

export function renderInputProblems(
  problems: readonly { message: string; file?: string; line?: number }[],
  maxBytes = DEFAULT_LIMITS.maxBytes,
): string {
  const head = `## ❌ Security Hub CSPM onboarding: the input is not valid\n\nNothing was sent to AWS. Fix these problems and run again:\n\n<ul>\n`;
  const budget = new ByteBudget(maxBytes - byteLength(head) - 512);
  const { rows, shown } = fitRows(
    problems,
    (problem) => {
      const where = problem.file ? `${htmlCode(`${problem.file}${problem.line ? `:${problem.line}` : ''}`)}: ` : '';
      // The message quotes the file's values: all of it is code, where GitHub links and mentions nothing.
      return `<li>${where}${htmlCode(problem.message, 2000)}</li>\n`;
    },
    budget,
  );
  const more = problems.length > shown ? `<li>${problems.length - shown} more problem(s) are in the log.</li>\n` : '';
  return `${head}${rows}${more}</ul>\n`;
}
