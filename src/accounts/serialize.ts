// Accounts as the content of an accounts file, in the format its extension selects: what
// export-file writes. Every format is written so that parseAccountsFile reads it back to the same
// accounts; the caller hands over only valid 12-digit IDs and emails that emailProblem accepts.
import { formatNameOf } from './formats/by-extension.js';

export interface ExportedAccount {
  accountId: string;
  email?: string;
  /** A short note for formats with comments (the member status); plain ASCII from the caller. */
  note?: string;
}

/**
 * `header` lines become `#` comments where the format has comments (YAML and text); JSON and CSV
 * have none, so they carry the accounts only. Accounts are written sorted by ID.
 */
export function serializeAccounts(accounts: readonly ExportedAccount[], displayPath: string, header: readonly string[]): string {
  const sorted = [...accounts].sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
  switch (formatNameOf(displayPath)) {
    case 'JSON':
      return `${JSON.stringify({ accounts: sorted.map(({ accountId, email }) => ({ accountId, ...(email ? { email } : {}) })) }, null, 2)}\n`;
    case 'YAML':
      return yaml(sorted, header);
    case 'CSV':
      // The header row names the columns as AWS's multi-account scripts do; an account without email ends in a comma.
      return ['AccountId,Email', ...sorted.map(({ accountId, email }) => `${accountId},${email ?? ''}`)].join('\n') + '\n';
    default:
      // Text, for any other extension. `id,email`: with no space before it, a `#` inside an email is not read as a comment.
      return (
        [
          ...comments(header),
          ...sorted.map(({ accountId, email, note }) => `${accountId}${email ? `,${email}` : ''}${note ? ` # ${note}` : ''}`),
        ].join('\n') + '\n'
      );
  }
}

function yaml(accounts: readonly ExportedAccount[], header: readonly string[]): string {
  // Double-quoted scalars: an ID keeps its leading zeros in any YAML reader, and JSON string
  // syntax is valid YAML, so JSON.stringify quotes both values exactly.
  const entries = accounts.map(({ accountId, email, note }) => {
    const comment = note ? `  # ${note}` : '';
    return email
      ? `  - accountId: ${JSON.stringify(accountId)}${comment}\n    email: ${JSON.stringify(email)}`
      : `  - accountId: ${JSON.stringify(accountId)}${comment}`;
  });
  return [...comments(header), accounts.length === 0 ? 'accounts: []' : 'accounts:', ...entries].join('\n') + '\n';
}

function comments(lines: readonly string[]): string[] {
  return lines.map((line) => (line === '' ? '#' : `# ${line}`));
}
