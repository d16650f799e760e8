// Where the run's Regions and accounts came from, what was left out and why, and the preflight
// checks: for the log, the job summary (and so the PR comment) and the `regions` output.
import * as core from '@actions/core';
import { Output } from '../action-interface.js';
import { thousands, type InvitationHeadroom } from '../organization/headroom.js';
import type { LeftOutRegion } from '../regions/resolve.js';
import type { ScopeReport } from '../scope.js';
import { forAnnotation, forLog, htmlCode, logLine, outputJson } from '../untrusted-text.js';

/** The lines hold AWS's words (a refusal's reason, an aggregator's ARN): bounded like any of its text. */
const LINE_CHARS = 2000;

export interface ScopeFacts {
  report: ScopeReport;
  /** The Regions the run used, in the order they ran. */
  regions: string[];
  /** Regions left out once looked at (a hub not enabled, within an enabled list). */
  leftOutRegions?: readonly LeftOutRegion[];
  headroom?: readonly InvitationHeadroom[];
}

/** Only what the report needs, so a plain run shows nothing new. */
export function hasScopeSection({ report, leftOutRegions, headroom }: ScopeFacts): boolean {
  return (
    report.regionSource.startsWith('regions:') ||
    report.leftOutRegions.length > 0 ||
    (leftOutRegions?.length ?? 0) > 0 ||
    report.organization !== undefined ||
    report.leftOutAccounts.length > 0 ||
    report.checks.length > 0 ||
    (headroom?.length ?? 0) > 0
  );
}

export function writeRegionsOutput(regions: readonly string[]): void {
  core.setOutput(Output.regions, outputJson([...regions]));
}

export function logScope(facts: ScopeFacts): void {
  if (!hasScopeSection(facts)) return;
  const { report } = facts;
  core.startGroup(`Regions and accounts: ${facts.regions.length} Region(s)`);
  const info = (line: string) => core.info(logLine(forLog(line, LINE_CHARS)));
  info(`${report.regionSource}; used: ${facts.regions.join(', ') || 'none'}.`);
  for (const note of report.regionNotes) info(note);
  for (const { region, reason } of leftOut(facts)) info(`Left out ${region}: ${reason}.`);
  if (report.organization) info(organizationLine(report));
  for (const account of report.leftOutAccounts.slice(0, 200)) info(`Not onboarded: ${account.accountId} (${account.reason}).`);
  core.endGroup();
  for (const { region, reason } of facts.leftOutRegions ?? []) core.notice(forAnnotation(`${region} was left out: ${reason}.`, LINE_CHARS));
  for (const check of [...report.checks, ...(facts.headroom ?? []).map(headroomLine)]) core.notice(forAnnotation(check, LINE_CHARS));
}

export function renderScopeSection(facts: ScopeFacts): string {
  if (!hasScopeSection(facts)) return '';
  const { report } = facts;
  // Inside HTML blocks, so every text of AWS's or the action's own goes through htmlCode.
  const items = [
    `<li>${htmlCode(report.regionSource, LINE_CHARS)}; used: ${facts.regions.map((region) => htmlCode(region)).join(', ') || 'none'}.</li>`,
  ];
  for (const note of report.regionNotes) items.push(`<li>${htmlCode(note, LINE_CHARS)}</li>`);
  const regionsLeftOut = leftOut(facts);
  if (regionsLeftOut.length > 0) {
    items.push(
      `<li>Left out: ${regionsLeftOut.map(({ region, reason }) => `${htmlCode(region)} (${htmlCode(reason)})`).join('; ')}. Members there are left as they are.</li>`,
    );
  }
  if (report.organization) items.push(`<li>${htmlCode(organizationLine(report), LINE_CHARS)}</li>`);
  if (report.leftOutAccounts.length > 0) {
    const shown = report.leftOutAccounts.slice(0, 100).map(({ accountId, reason }) => `${htmlCode(accountId)} (${htmlCode(reason)})`);
    const more = report.leftOutAccounts.length > shown.length ? ` and ${report.leftOutAccounts.length - shown.length} more` : '';
    items.push(`<li>Not onboarded: ${shown.join(', ')}${more}.</li>`);
  }
  const checks = [...report.checks, ...(facts.headroom ?? []).map(headroomLine)];
  const preflight =
    checks.length > 0
      ? `\n<b>Checks before any write</b>\n\n<ul>\n${checks.map((check) => `<li>${htmlCode(check, LINE_CHARS)}</li>`).join('\n')}\n</ul>\n`
      : '';
  return `### Regions and accounts\n\n<ul>\n${items.join('\n')}\n</ul>\n${preflight}`;
}

function leftOut(facts: ScopeFacts): LeftOutRegion[] {
  return [...facts.report.leftOutRegions, ...(facts.leftOutRegions ?? [])];
}

function organizationLine(report: ScopeReport): string {
  const organization = report.organization!;
  const notActive = report.leftOutAccounts.filter((account) => account.reason.endsWith('in AWS Organizations')).length;
  return `organization-accounts: ${organization.found} account(s) found (${organization.method}); ${organization.onboarded} ACTIVE onboarded${notActive > 0 ? `, ${notActive} not ACTIVE left out` : ''}.`;
}

function headroomLine(headroom: InvitationHeadroom): string {
  const total = headroom.members + headroom.planned;
  const count = thousands;
  const base = `${headroom.region}: invitation headroom ${count(headroom.members)} invitation-based member(s) + ${count(headroom.planned)} new = ${count(total)} of ${count(headroom.cap)}`;
  return headroom.held > 0 ? `${base}: over the cap; ${headroom.held} account(s) are not created (listed as not processed).` : `${base}.`;
}
