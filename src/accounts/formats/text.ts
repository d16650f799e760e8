import type { AccountCollector, FileEntry } from '../collector.js';
import { LIMITS, hasMoreLines, tooManyLinesMessage } from '../limits.js';

/**
 * Reads a plain-text accounts file: one account per line, optionally followed by its email after
 * a comma or whitespace; `#` comments and blank lines are skipped. Everything before the email is
 * taken as the account ID, so stray words show up in the invalid-ID message rather than vanish.
 */
export function readTextAccounts(text: string, collector: AccountCollector): void {
  if (hasMoreLines(text)) {
    collector.diagnostics.report(tooManyLinesMessage(), { line: LIMITS.maxLines + 1 });
    return;
  }
  for (const entry of textEntries(text)) collector.add(entry);
}

/**
 * The entries of a plain-text file, one per line that is not blank or a comment, in file order.
 * Hand-written scanning, no regular expression: each line is walked a bounded number of times, so
 * the reader is linear in the file's size whatever a line holds (the pattern `\s(\S*@\S*)\s*$` it
 * replaces backtracked quadratically: 6 to 10 s over a 40 KB line of `@`).
 */
export function* textEntries(text: string): Generator<FileEntry> {
  let line = 1;
  for (let start = 0; start <= text.length; line += 1) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end);
    const entry = parseLine(content.slice(0, commentStart(content)), line);
    if (entry) yield entry;
    start = end + 1;
  }
}

/** Where a `#` starts a comment: at the start of the line or after whitespace, so a#b@example.com keeps its `#`. */
function commentStart(content: string): number {
  for (let index = content.indexOf('#'); index !== -1; index = content.indexOf('#', index + 1)) {
    if (index === 0 || isSpace(content.charCodeAt(index - 1))) return index;
  }
  return content.length;
}

function parseLine(content: string, line: number): FileEntry | undefined {
  const idStart = firstNonSpace(content, 0);
  if (idStart === content.length) return undefined;
  const at = { line, column: idStart + 1 };
  const comma = content.indexOf(',');
  if (comma !== -1) {
    const email = content.slice(comma + 1).trim();
    if (email === '') return { accountId: content.slice(0, comma).trim(), at };
    return { accountId: content.slice(0, comma).trim(), at, email, emailAt: { line, column: firstNonSpace(content, comma + 1) + 1 } };
  }
  // Without a comma, the email is the last word, when it has an `@` and whitespace comes before it.
  let wordEnd = content.length;
  while (wordEnd > 0 && isSpace(content.charCodeAt(wordEnd - 1))) wordEnd -= 1;
  let wordStart = wordEnd;
  while (wordStart > 0 && !isSpace(content.charCodeAt(wordStart - 1))) wordStart -= 1;
  const word = content.slice(wordStart, wordEnd);
  if (wordStart === 0 || !word.includes('@')) return { accountId: content.trim(), at };
  return { accountId: content.slice(0, wordStart - 1).trim(), at, email: word, emailAt: { line, column: wordStart + 1 } };
}

function firstNonSpace(content: string, from: number): number {
  let index = from;
  while (index < content.length && isSpace(content.charCodeAt(index))) index += 1;
  return index;
}

/** The characters of JavaScript's `\s` (and of String.prototype.trim): ASCII and Unicode spaces and line terminators. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
