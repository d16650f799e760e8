import type { Account } from '../model.js';
import { DiagnosticList, type AccountsResult } from './diagnostics.js';
import { LIMITS } from './limits.js';
import { quoteUntrusted } from '../untrusted-text.js';
import { accountIdProblem, isAccountId } from './validation.js';

const SEPARATORS = /[\s,]+/;

/**
 * The accounts in the `account-ids` input: IDs separated by commas, spaces or newlines, in any mix.
 * An ID given twice counts once; unlike a file, the input has no lines to point a duplicate at.
 */
export function parseAccountIdsInput(value: string): AccountsResult {
  const diagnostics = new DiagnosticList({ input: 'account-ids' });
  if (value.length > LIMITS.maxInputChars) {
    diagnostics.report(
      `The input is ${value.length} characters long; ${LIMITS.maxAccounts} account IDs, the most a run onboards, need fewer than ${LIMITS.maxInputChars}. ` +
        'Check what the workflow passes to account-ids, or list the accounts in accounts-file.',
    );
    return { accounts: [], diagnostics: diagnostics.toArray() };
  }
  const accountIds = new Set<string>();
  value
    .split(SEPARATORS)
    .filter((item) => item !== '')
    .forEach((item, index) => {
      if (isAccountId(item)) accountIds.add(item);
      else
        diagnostics.report(
          () =>
            `Invalid account ID ${quoteUntrusted(item)} (item ${index + 1}): ${accountIdProblem(item)}.${emailHint(item)} Fix the input.`,
        );
    });
  if (accountIds.size > LIMITS.maxAccounts) {
    diagnostics.report(
      `The input lists ${accountIds.size} accounts, and a run onboards at most ${LIMITS.maxAccounts}. ` +
        "Split the accounts across several runs (with remove-absent off: each run would remove the other runs' accounts).",
    );
  }
  const accounts = [...accountIds].map((accountId): Account => ({ accountId, origin: { kind: 'input' } }));
  return { accounts: diagnostics.isEmpty ? accounts : [], diagnostics: diagnostics.toArray() };
}

function emailHint(item: string): string {
  return item.includes('@') ? ' The input takes account IDs only; give emails in accounts-file.' : '';
}
