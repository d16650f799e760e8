/**
 * Bounds on what the account sources may hold. Real accounts files are far below them; they exist
 * so that a wrong path (a binary, a log) or a hostile file fails fast instead of eating the runner.
 */
export const LIMITS: Readonly<{ maxFileBytes: number; maxAccounts: number; maxDiagnostics: number; maxInputChars: number }> = Object.freeze({
  /** 10,000 accounts with emails need well under 1 MiB. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Accounts per run, after de-duplication. */
  maxAccounts: 10_000,
  /** Diagnostics kept per source; one more line says how many were left out. */
  maxDiagnostics: 100,
  /** The account-ids input: 10,000 IDs with a separator each need 130,000 characters. */
  maxInputChars: 1024 * 1024,
});
