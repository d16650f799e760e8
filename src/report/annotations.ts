import * as core from '@actions/core';
import { lookedAt, type RegionOutcome, type UnprocessedAccount } from '../model.js';
import { forAnnotation } from '../untrusted-text.js';
import { Output } from '../action-interface.js';

/** Distinct reasons warned about one by one; the rest are counted in one more warning. */
const MAX_REASON_WARNINGS = 20;

/**
 * One warning per Region, call and reason, not one per account: a quota hit in a Region with 500
 * accounts is one line that names them, not 500 lines.
 */
export function warnUnprocessed(unprocessed: Iterable<UnprocessedAccount>): void {
  const groups = new Map<string, { region: string; operation: string; reason: string; ids: string[] }>();
  for (const { region, operation, processingResult, accountId } of unprocessed) {
    const key = JSON.stringify([region, operation, processingResult]);
    const group = groups.get(key) ?? { region, operation, reason: processingResult, ids: [] };
    group.ids.push(accountId);
    groups.set(key, group);
  }
  const all = [...groups.values()];
  for (const { region, operation, reason, ids } of all.slice(0, MAX_REASON_WARNINGS)) {
    // Account IDs can come from ListMembers, whose AccountId is a free string: untrusted too.
    const shown = forAnnotation(ids.length > 20 ? `${ids.slice(0, 20).join(', ')} and ${ids.length - 20} more` : ids.join(', '));
    core.warning(`${region}: ${ids.length} account(s) were not processed by ${operation}: ${forAnnotation(reason)} (${shown})`);
  }
  const rest = all.slice(MAX_REASON_WARNINGS);
  if (rest.length > 0) {
    const accounts = rest.reduce((sum, group) => sum + group.ids.length, 0);
    core.warning(
      `${accounts} more account(s) were not processed for ${rest.length} other reason(s); every one is in the '${Output.unprocessedAccounts}' output and the job summary.`,
    );
  }
}

/** Done with a warning (a DeleteMembers refused after disassociating): one warning per Region, call and text. */
export function warnAccountWarnings(regions: readonly RegionOutcome[]): void {
  const groups = new Map<string, { region: string; operation: string; message: string; ids: string[] }>();
  for (const { region, accounts } of lookedAt(regions)) {
    for (const { accountId, warning } of accounts) {
      if (!warning) continue;
      const key = JSON.stringify([region, warning.operation, warning.message]);
      const group = groups.get(key) ?? { region, operation: warning.operation, message: warning.message, ids: [] };
      group.ids.push(accountId);
      groups.set(key, group);
    }
  }
  for (const { region, operation, message, ids } of groups.values()) {
    const shown = forAnnotation(ids.length > 20 ? `${ids.slice(0, 20).join(', ')} and ${ids.length - 20} more` : ids.join(', '));
    core.warning(`${region}: ${ids.length} account(s), ${operation}: ${forAnnotation(message)} (${shown})`);
  }
}
