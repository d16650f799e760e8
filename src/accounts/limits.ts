/**
 * Bounds on what the account sources may hold. Real accounts files are far below them; they exist
 * so that a wrong path (a binary, a log) or a hostile file fails fast instead of eating the runner.
 */
export const LIMITS: Readonly<{
  maxFileBytes: number;
  maxAccounts: number;
  maxDiagnostics: number;
  maxInputChars: number;
  maxLines: number;
}> = Object.freeze({
  /** 10,000 accounts with emails need well under 1 MiB. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Accounts per run, after de-duplication. */
  maxAccounts: 10_000,
  /** Diagnostics kept per source; one more line says how many were left out. */
  maxDiagnostics: 100,
  /** The account-ids input: 10,000 IDs with a separator each need 130,000 characters. */
  maxInputChars: 1024 * 1024,
  /** Lines of an accounts file: a generous 10 per account (an object over several lines, comments, blank lines). */
  maxLines: 10 * 10_000 + 1000,
});

/** The message for a file with more than LIMITS.maxLines lines, reported on the first line past it. */
export function tooManyLinesMessage(): string {
  return (
    `The file has more than ${LIMITS.maxLines} lines, more than ${LIMITS.maxAccounts} accounts, the most a run onboards, can need. ` +
    'Check that accounts-file names the accounts file, or split the accounts across several files and runs.'
  );
}

/** Whether `text` has more than `maxLines` lines, counted without reading past the line that shows it. */
export function hasMoreLines(text: string, maxLines: number = LIMITS.maxLines): boolean {
  let breaks = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    breaks += 1;
    // A final line break ends the last line; only text after it starts one more.
    if (breaks >= maxLines && at + 1 < text.length) return true;
  }
  return false;
}
