// The step's log while the run goes: what it is about to do, each Region as one group, the member
// side as one group, the AWS calls made. A line holds AWS's text (error messages, ProcessingResult):
// the whole line is shown as untrusted (forLog) on the way in, and checked again on the way out (logLine).
import * as core from '@actions/core';
import type { CallStats } from '../aws/call-stats.js';
import type { Account, RegionOutcome, RegionPlan } from '../model.js';
import type { Settings } from '../settings.js';
import { forAnnotation, forLog, logLine } from '../untrusted-text.js';

/** Why the mode is plan or apply (mode auto decides by the event). */
export function logMode(settings: Settings): void {
  core.info(logLine(`${settings.modeReason}.`));
}

export function logStart(settings: Settings, accountCount: number): void {
  if (settings.mode === 'apply' && settings.unmergedChange) {
    core.warning(
      `mode: apply on a ${settings.eventName} event: this changes the live membership from a change that has not been merged or reviewed. Use mode: auto (plan on pull requests) unless that is what you mean.`,
    );
  }
  core.info(logLine(`${accountsToOnboard(settings, accountCount)} to onboard in ${requestedRegions(settings)} (mode: ${settings.mode}).`));
}

/** Say where the accounts come from when the organization adds to them. */
function accountsToOnboard(settings: Settings, listed: number): string {
  if (!settings.organizationAccounts) return `${listed} account(s)`;
  const scope = settings.organizationAccounts.kind === 'all' ? 'all' : settings.organizationAccounts.unitIds.join(', ');
  return `${listed} listed account(s) and the organization's accounts (${scope})`;
}

export function requestedRegions(settings: Pick<Settings, 'regions' | 'regionsFrom'>): string {
  return settings.regionsFrom ? `the Regions of 'regions: ${settings.regionsFrom.keyword}'` : settings.regions.join(', ');
}

export function logSession(arn: string, administratorId: string): void {
  core.info(logLine(`Acting as ${forLog(arn)} (administrator account ${administratorId}).`));
}

/** The administrator cannot be its own member: the list named it, and it is skipped. */
export function warnAdministratorListed(administrator: Account): void {
  const where = administrator.origin.kind === 'file' ? { file: administrator.origin.file, startLine: administrator.origin.line } : {};
  core.warning(
    `Account ${administrator.accountId} is the administrator account itself; it cannot be its own member and is skipped.`,
    where,
  );
}

export function logCalls(stats: CallStats): void {
  const calls = Object.entries(stats.calls).map(([operation, count]) => `${operation} ${count}`);
  core.info(logLine(`AWS calls: ${calls.join(', ') || 'none'}; throttled and retried: ${stats.throttled}.`));
}

/** Regions run concurrently: each Region's lines are kept, and printed as one group when it ends. */
export class RegionLog {
  private readonly lines = new Map<string, string[]>();

  line(region: string, text: string): void {
    const lines = this.lines.get(region) ?? [];
    lines.push(forLog(text));
    this.lines.set(region, lines);
  }

  planned(region: string, memberCount: number, plan: RegionPlan): void {
    this.line(region, `Found ${memberCount} member(s); plan: ${describePlan(plan)}.`);
  }

  print(outcome: RegionOutcome): void {
    printGroup(`${outcome.region}: ${regionHeadline(outcome)}`, this.lines.get(outcome.region) ?? []);
    if (outcome.failure) core.error(`${outcome.region}: ${forAnnotation(outcome.failure.message)}`);
  }
}

/** The member side works across Regions and accounts at once: its lines are one group at its end. */
export class MemberSideLog {
  private readonly lines: string[] = [];

  line(region: string, text: string): void {
    this.lines.push(forLog(`${region}: ${text}`));
  }

  print(): void {
    printGroup(`Member accounts: ${this.lines.length} step(s)`, this.lines);
  }
}

function printGroup(title: string, lines: readonly string[]): void {
  core.startGroup(logLine(title));
  for (const line of lines) core.info(logLine(line));
  core.endGroup();
}

function describePlan(plan: RegionPlan): string {
  const counts = new Map<string, number>();
  for (const account of plan.accounts) {
    const key = account.action === 'skip' ? (account.listed ? 'no change' : 'drift left alone') : account.action;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} ${key}`).join(', ') || 'nothing';
}

function regionHeadline(outcome: RegionOutcome): string {
  if (outcome.failure) return `failed (${outcome.failure.operation})`;
  const unprocessed = outcome.accounts.filter((account) => account.unprocessed).length;
  return unprocessed > 0 ? `${unprocessed} account(s) not processed` : 'done';
}
