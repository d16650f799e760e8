// Account sources: the `account-ids` input and the accounts file, read into Account[] with
// line-level diagnostics. Nothing here throws on bad input; every problem is a Diagnostic.
export type { AccountsResult, Diagnostic } from './diagnostics.js';
export { parseAccountIdsInput } from './input.js';
export { formatNameOf, loadFileFormat, type FileFormat } from './formats/by-extension.js';
export { LIMITS } from './limits.js';
export { loadAccounts, type AccountSources } from './load.js';
export { parseAccountsFile } from './formats/parse-file.js';
export { readAccountsFile } from './read-file.js';
