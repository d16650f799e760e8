import type { Account } from '../model.js';
import type { AccountsResult, Diagnostic } from './diagnostics.js';
import { parseAccountIdsInput } from './input.js';
import { LIMITS } from './limits.js';
import { readAccountsFile } from './read-file.js';
import { quoteUntrusted } from '../untrusted-text.js';

export interface AccountSources {
  /** The `account-ids` input. */
  accountIds: string;
  /** The `accounts-file` input: a path relative to `workspace`; undefined when there is no file. */
  accountsFile?: string;
  /** GITHUB_WORKSPACE. */
  workspace: string;
  /** Another source (organization-accounts) follows, so empty inputs are no problem here. */
  moreSourcesFollow?: boolean;
  /** An empty list is not a problem (export-file: a first run exports the membership before any list exists). */
  allowEmpty?: boolean;
}

/**
 * The accounts to onboard: the union of the `account-ids` input and the accounts file. An account
 * in both is kept once, as the file lists it, since the file may give its email. `accounts` is
 * empty whenever `diagnostics` is not, so a partial list can never be onboarded by mistake.
 */
export async function loadAccounts(sources: AccountSources): Promise<AccountsResult> {
  const fromInput = parseAccountIdsInput(sources.accountIds);
  const filePath = sources.accountsFile?.trim() ?? '';
  const fromFile = filePath === '' ? undefined : await readAccountsFile(sources.workspace, filePath);
  const diagnostics = [...fromInput.diagnostics, ...(fromFile?.diagnostics ?? [])];
  if (diagnostics.length > 0) return { accounts: [], diagnostics };
  const accounts = union(fromFile?.accounts ?? [], fromInput.accounts);
  const problem =
    accounts.length === 0 && !sources.moreSourcesFollow && !sources.allowEmpty ? noAccounts(filePath) : tooMany(accounts.length);
  return problem === undefined ? { accounts, diagnostics: [] } : { accounts: [], diagnostics: [problem] };
}

function union(fromFile: Account[], fromInput: Account[]): Account[] {
  const inFile = new Set(fromFile.map((account) => account.accountId));
  return [...fromFile, ...fromInput.filter((account) => !inFile.has(account.accountId))];
}

function noAccounts(filePath: string): Diagnostic {
  if (filePath !== '') {
    return {
      message: `No accounts to onboard: accounts-file ${quoteUntrusted(filePath, 120)} lists none, and account-ids is empty. Add accounts to the file, or set account-ids.`,
    };
  }
  return {
    message:
      'No accounts to onboard: set the account-ids input (12-digit account IDs separated by commas, spaces or newlines) ' +
      'or accounts-file (the path of a .json, .yaml, .yml, .csv or text file in the repository).',
  };
}

function tooMany(count: number): Diagnostic | undefined {
  if (count <= LIMITS.maxAccounts) return undefined;
  return {
    message:
      `Too many accounts: account-ids and accounts-file together list ${count}, and a run onboards at most ${LIMITS.maxAccounts}. ` +
      "Split the accounts across several runs (with remove-absent off: each run would remove the other runs' accounts).",
  };
}
