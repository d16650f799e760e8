// The job summary: a headline with the counts, then each Region's accounts, unprocessed first.
import type { AccountOutcome, RegionOutcome } from '../apply.js';
import type { Mode } from '../model.js';
import { memberStatusOf } from '../plan.js';
import { escapeMarkup } from './escape.js';
import type { RunOutputs } from './outputs.js';

export interface SummaryInput {
  mode: Mode;
  invite: boolean;
  administratorId: string;
  regions: readonly RegionOutcome[];
  outputs: RunOutputs;
  notes?: readonly string[];
}

export interface SummaryLimits {
  /** GitHub refuses a step summary over 1 MiB; stay well under it. */
  maxBytes: number;
  /** Rows shown per Region besides the unprocessed ones, which are all shown while space lasts. */
  rowsPerRegion: number;
}

const DEFAULT_LIMITS: SummaryLimits = { maxBytes: 900 * 1024, rowsPerRegion: 100 };

export function renderSummary(input: SummaryInput, limits: SummaryLimits = DEFAULT_LIMITS): string {
  const parts = [headline(input), ...(input.notes ?? []).map((note) => `> ${escapeMarkup(note)}\n`)];
  const footer = `<sub>Administrator account ${input.administratorId || 'unknown'}. Every account is in the step outputs (unprocessed-accounts, created-accounts, invited-accounts, skipped-accounts, drift-accounts, plan…) and, in full, in the file named by report-file.</sub>\n`;
  // Each Region still to come keeps room for its heading, failure and "not shown" lines.
  const reservePerRegion = 1024;
  let used = byteLength(parts.join('\n')) + byteLength(footer) + input.regions.length * reservePerRegion;
  for (const region of input.regions) {
    used -= reservePerRegion;
    const section = regionSection(region, input, limits, limits.maxBytes - used);
    parts.push(section);
    used += byteLength(section) + 1;
  }
  parts.push(footer);
  return parts.join('\n');
}

function headline({ mode, regions, outputs }: SummaryInput): string {
  const all = regions.flatMap((region) => region.accounts);
  const accounts = new Set(all.filter((account) => account.listed).map((account) => account.accountId)).size;
  const title = mode === 'plan' ? 'Security Hub CSPM onboarding plan (nothing was changed)' : 'Security Hub CSPM onboarding';
  const scope = `<b>${accounts}</b> listed account(s) in <b>${regions.length}</b> Region(s)`;
  const planned = (action: string) => all.filter((account) => account.action === action && !account.unprocessed).length;
  // [label, count, shown even when zero]
  const counts: [string, number, boolean][] =
    mode === 'plan'
      ? [
          ['would create', planned('create'), true],
          ['would invite', planned('invite'), true],
          ['would re-invite', planned('reinvite'), false],
          ['would remove', planned('remove'), false],
        ]
      : [
          ['created', outputs.created.length, true],
          ['invited', outputs.invited.length, true],
          ['re-invited', outputs.reinvited.length, false],
          ['removed', outputs.removed.length, false],
          ['accepted from the member side', outputs.accepted.length, false],
        ];
  counts.push(
    ['left as they are', outputs.skipped.length, true],
    ['not in the list (drift)', outputs.drift.length, false],
    ['not processed', outputs.unprocessed.length, true],
  );
  const text = counts.filter(([, count, always]) => always || count > 0).map(([label, count]) => `${label} <b>${count}</b>`);
  const status = outputs.unprocessed.length > 0 || regions.some((region) => region.failure) ? '❌' : '✅';
  return `## ${status} ${title}\n\n${scope}: ${text.join(', ')}.\n`;
}

function regionSection(region: RegionOutcome, input: SummaryInput, limits: SummaryLimits, budget: number): string {
  const lines = [`### ${escapeMarkup(region.region)}\n`];
  if (region.failure) {
    lines.push(`> ❌ **${region.failure.operation} failed:** ${escapeMarkup(truncate(region.failure.message, 500))}\n`);
  }
  const ordered = [...region.accounts].sort((a, b) => rank(a) - rank(b));
  const unprocessed = ordered.filter((account) => account.unprocessed);
  const others = ordered.filter((account) => !account.unprocessed);
  const shown = [...unprocessed, ...others.slice(0, limits.rowsPerRegion)];

  const header = '<table>\n<tr><th>Account</th><th>Email</th><th>Status before</th><th>Action</th><th>Result</th></tr>\n';
  const footer = '</table>\n';
  let body = '';
  let bodyBytes = 0;
  let rows = 0;
  const room = budget - byteLength(lines.join('\n') + header + footer) - 512;
  for (const account of shown) {
    const row = tableRow(account, input);
    const rowBytes = byteLength(row);
    if (bodyBytes + rowBytes > room) break;
    body += row;
    bodyBytes += rowBytes;
    rows += 1;
  }
  if (region.accounts.length > 0 && rows > 0) lines.push(header + body + footer);
  const hidden = region.accounts.length - rows;
  if (hidden > 0) {
    lines.push(`<i>${hidden} more account(s) in ${escapeMarkup(region.region)} are not shown here. All accounts in this Region: ${countsByResult(region.accounts, input.mode)}.</i>\n`);
  }
  return lines.join('\n');
}

function tableRow(account: AccountOutcome, input: SummaryInput): string {
  const cells = [
    // Drift comes from ListMembers, whose AccountId is a free string (API facts §1.2).
    `<code>${escapeMarkup(account.accountId)}</code>`,
    account.email ? escapeMarkup(account.email) : '',
    account.before === 'None' ? 'not a member' : escapeMarkup(memberStatusOf(account)),
    account.unprocessed && account.action === 'skip' && account.before === 'Unknown' ? '' : account.listed ? account.action : `${account.action} (not listed)`,
    resultText(account, input),
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>\n`;
}

export function resultText(account: AccountOutcome, input: Pick<SummaryInput, 'mode' | 'invite'>): string {
  const text = adminSideText(account, input);
  // The member side's result (member-role-name) follows what the administrator side did.
  return account.memberSide && !account.unprocessed ? `${text}; member side: ${escapeMarkup(account.memberSide)}` : text;
}

function adminSideText(account: AccountOutcome, { mode, invite }: Pick<SummaryInput, 'mode' | 'invite'>): string {
  if (account.unprocessed) {
    return `❌ <b>Not processed</b> (${account.unprocessed.operation}): ${escapeMarkup(account.unprocessed.processingResult)}`;
  }
  if (account.attention) return `⚠️ ${escapeMarkup(account.attention)}`;
  if (mode === 'plan') return plannedText(account, invite);
  if (account.created && account.invited) return '✅ created and invited';
  if (account.created && account.after === 'Enabled') return '✅ created; Enabled (organization account, no invitation needed)';
  if (account.created) return account.after && account.after !== 'Created' ? `✅ created; now ${escapeMarkup(account.after)}` : '✅ created';
  if (account.invited) return '✅ invited';
  if (account.reinvited) return '✅ invited again';
  if (account.removed) return account.removal?.delete ? '✅ removed (disassociated and deleted)' : '✅ disassociated (organization member)';
  return account.listed ? 'no change' : 'not in the list; left alone (remove-absent is off)';
}

function plannedText(account: AccountOutcome, invite: boolean): string {
  switch (account.action) {
    case 'create':
      return invite ? 'would be created, then invited unless it is an organization account' : 'would be created';
    case 'invite':
      return 'would be invited';
    case 'reinvite':
      return account.before === 'Invited' ? 'the invitation would be sent again (stale)' : 'would be invited again';
    case 'remove':
      return account.removal?.delete ? 'would be removed (disassociated if needed, then deleted)' : 'would be disassociated (organization member)';
    case 'skip':
      return account.listed ? 'no change' : 'not in the list; left alone (remove-absent is off)';
  }
}

/** Unprocessed first, then what needs attention, then what changed, then the rest. */
function rank(account: AccountOutcome): number {
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
          : account.invited || account.reinvited
            ? 'invited'
            : account.created
              ? 'created'
              : account.removed
                ? 'removed'
                : account.action;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} ${key}`).join(', ');
}

/** Plan mode without credentials: the list was checked, the live membership could not be read. */
export function renderDesiredOnly(accounts: readonly { accountId: string; email?: string }[], regions: readonly string[]): string {
  const shown = accounts.slice(0, 500);
  const rows = shown.map((account) => `<tr><td><code>${account.accountId}</code></td><td>${account.email ? escapeMarkup(account.email) : ''}</td></tr>`);
  const more = accounts.length > shown.length ? `\n<i>${accounts.length - shown.length} more account(s) not shown.</i>\n` : '';
  return (
    `## Security Hub CSPM onboarding plan: the account list is valid\n\n` +
    `> ℹ️ The live comparison was skipped: this job has no AWS credentials (a pull request from a fork never gets an OIDC token; ` +
    `a workflow without <code>id-token: write</code> neither). What apply would change in ${regions.map(escapeMarkup).join(', ')} is not known.\n\n` +
    `<b>${accounts.length}</b> account(s) listed:\n\n<table>\n<tr><th>Account</th><th>Email</th></tr>\n${rows.join('\n')}\n</table>\n${more}`
  );
}

export function renderInputProblems(problems: readonly { message: string; file?: string; line?: number }[]): string {
  const items = problems.map((problem) => {
    const where = problem.file ? `<code>${escapeMarkup(problem.file)}${problem.line ? `:${problem.line}` : ''}</code>: ` : '';
    return `<li>${where}${escapeMarkup(problem.message)}</li>`;
  });
  return `## ❌ Security Hub CSPM onboarding: the input is not valid\n\nNothing was sent to AWS. Fix these problems and run again:\n\n<ul>\n${items.join('\n')}\n</ul>\n`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
