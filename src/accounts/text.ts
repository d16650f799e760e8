import type { AccountCollector, FileEntry } from './collector.js';

// `#` starts a comment at the start of a line or after whitespace, so a#b@example.com keeps its `#`.
const COMMENT = /(?:^|\s)#/;
// Without a comma, the email is the last word, when it has an `@`.
const TRAILING_EMAIL = /\s(\S*@\S*)\s*$/;

/**
 * Reads a plain-text accounts file: one account per line, optionally followed by its email after
 * a comma or whitespace; `#` comments and blank lines are skipped. Everything before the email is
 * taken as the account ID, so stray words show up in the invalid-ID message rather than vanish.
 */
export function readTextAccounts(text: string, collector: AccountCollector): void {
  text.split('\n').forEach((content, index) => {
    const entry = parseLine(content.split(COMMENT, 1)[0] ?? '', index + 1);
    if (entry) collector.add(entry);
  });
}

function parseLine(content: string, line: number): FileEntry | undefined {
  const idStart = content.search(/\S/);
  if (idStart === -1) return undefined;
  const at = { line, column: idStart + 1 };
  const comma = content.indexOf(',');
  if (comma !== -1) {
    const rest = content.slice(comma + 1);
    const email = rest.trim();
    if (email === '') return { accountId: content.slice(0, comma).trim(), at };
    return { accountId: content.slice(0, comma).trim(), at, email, emailAt: { line, column: comma + 2 + rest.search(/\S/) } };
  }
  const trailing = TRAILING_EMAIL.exec(content);
  if (trailing?.[1] === undefined) return { accountId: content.trim(), at };
  return {
    accountId: content.slice(0, trailing.index).trim(),
    at,
    email: trailing[1],
    emailAt: { line, column: trailing.index + 2 },
  };
}
