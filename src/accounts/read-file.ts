import { readFile, stat } from 'node:fs/promises';
import type { AccountsResult } from './diagnostics.js';
import { loadFileFormat } from './formats/by-extension.js';
import { LIMITS } from './limits.js';
import { parseAccountsFile, tooLargeMessage } from './formats/parse-file.js';
import { quoteUntrusted } from '../untrusted-text.js';
import { RefusedPath, normaliseAccountsPath, resolveInWorkspace } from './workspace-path.js';

// Error codes a user can act on, in words.
const FS_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'its symbolic links form a loop',
  ENAMETOOLONG: 'the path is too long',
};

/**
 * Reads and parses the accounts file at `relativePath` inside `workspace` (GITHUB_WORKSPACE).
 * Refuses paths that leave the workspace, and files over LIMITS.maxFileBytes before reading them.
 * Never throws: every problem is a diagnostic.
 */
export async function readAccountsFile(workspace: string, relativePath: string): Promise<AccountsResult> {
  try {
    const displayPath = normaliseAccountsPath(relativePath);
    const realPath = await resolveInWorkspace(workspace, displayPath);
    const stats = await stat(realPath);
    if (stats.isDirectory())
      throw new RefusedPath(`${quoteUntrusted(displayPath, 120)} is a directory; give the path of the accounts file inside it.`);
    if (!stats.isFile())
      throw new RefusedPath(`${quoteUntrusted(displayPath, 120)} is not a regular file; give the path of the accounts file.`);
    if (stats.size > LIMITS.maxFileBytes) {
      return { accounts: [], diagnostics: [{ message: tooLargeMessage(stats.size), file: displayPath }] };
    }
    // parseAccountsFile checks the size again, should the file have grown since stat().
    return parseAccountsFile(await readFile(realPath), displayPath, await loadFileFormat(displayPath));
  } catch (error) {
    return { accounts: [], diagnostics: [{ message: readFailureMessage(error, relativePath) }] };
  }
}

function readFailureMessage(error: unknown, relativePath: string): string {
  if (error instanceof RefusedPath) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code === undefined ? undefined : FS_ERRORS[code]) ?? `error ${code ?? 'unknown'}`;
  return `accounts-file: ${quoteUntrusted(relativePath, 120)} could not be read (${reason}); check that the path names a readable file in the repository.`;
}
