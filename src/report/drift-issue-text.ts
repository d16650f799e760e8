// The words of the drift issue (drift-issue). Every untrusted value passes through htmlCode here,
// in this one file; the summary embedded in the body is escaped by summary.ts.
import { did, lookedAt, type AccountOutcome, type Mode, type RegionOutcome } from '../model.js';
import { htmlCode } from '../untrusted-text.js';
import type { RunContext } from './run-context.js';

export const DRIFT_ISSUE_TITLE = 'Security Hub CSPM membership needs attention';

/** What keeps the issue open: each count is of distinct accounts, over every Region of the run. */
export interface DriftFindings {
  drift: number;
  protectedDrift: number;
  attention: number;
  unprocessed: number;
  failedRegions: string[];
}

export function driftFindings(regions: readonly RegionOutcome[]): DriftFindings {
  const looked = lookedAt(regions);
  const idsOf = (keep: (account: AccountOutcome) => boolean) =>
    looked.flatMap((region) => region.accounts.filter(keep).map((account) => account.accountId));
  const ids = (keep: (account: AccountOutcome) => boolean) => new Set(idsOf(keep)).size;
  // The listed accounts of a Region that failed were not processed there either (as in the outputs).
  const notLookedAt = regions.flatMap((region) => (region.failure ? region.notLookedAt.map((account) => account.accountId) : []));
  return {
    // A member removed by this run is no longer drift.
    drift: ids((account) => !account.listed && !did(account, 'remove')),
    protectedDrift: ids((account) => !account.listed && account.protected === true),
    attention: ids((account) => account.attention !== undefined && !account.unprocessed),
    unprocessed: new Set([...idsOf((account) => account.unprocessed !== undefined), ...notLookedAt]).size,
    failedRegions: regions.filter((region) => region.failure).map((region) => region.region),
  };
}

export function needsAttention(findings: DriftFindings): boolean {
  return findings.drift + findings.attention + findings.unprocessed + findings.failedRegions.length > 0;
}

export interface DriftIssueContext {
  mode: Mode;
  run: RunContext;
  now: Date;
}

/** The part above the summary: when and by what the membership was checked, and what was found. */
export function driftIssueHeader(findings: DriftFindings, context: DriftIssueContext): string {
  const items = [
    findings.drift > 0
      ? `<li><b>${findings.drift}</b> member account(s) that the account list does not name (drift)${findings.protectedDrift > 0 ? `, ${findings.protectedDrift} of them protected (protected-accounts)` : ''}</li>`
      : '',
    findings.attention > 0
      ? `<li><b>${findings.attention}</b> account(s) that need a decision (Removed, Resigned, suspended, stale invitations, held removals)</li>`
      : '',
    findings.unprocessed > 0 ? `<li><b>${findings.unprocessed}</b> account(s) that AWS or the action could not process</li>` : '',
    findings.failedRegions.length > 0
      ? `<li>Region(s) that could not be read or changed: ${findings.failedRegions.map((region) => htmlCode(region)).join(', ')}</li>`
      : '',
  ].filter((item) => item !== '');
  return `## ⚠️ ${DRIFT_ISSUE_TITLE}\n\n${checkedBy(context)} This issue is kept by securityhub-onboard (drift-issue): it is updated on every run while something needs attention, and closed when all is clear.\n\n<ul>\n${items.join('\n')}\n</ul>\n`;
}

export function driftIssueClosingComment(context: DriftIssueContext): string {
  return `✅ All clear: ${checkedBy(context)} Every member is in the account list, nothing needs a decision, and every account was processed. Closing this issue; a later run opens a new one if anything comes back.\n`;
}

function checkedBy({ mode, run, now }: DriftIssueContext): string {
  const link = run.runUrl ? `<a href="${run.runUrl}">run ${run.runId}</a>` : 'a run';
  const commit = run.sha ? ` at commit ${htmlCode(run.sha.slice(0, 12))}` : '';
  return `Checked by ${link}${commit} (mode ${mode}) on ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC.`;
}
