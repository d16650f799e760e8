// Where export-file writes: a file inside GITHUB_WORKSPACE, reached through real directories only.
import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { quoteUntrusted } from '../untrusted-text.js';
import { RefusedPath, normaliseAccountsPath } from './workspace-path.js';

const INPUT = 'export-file';

/**
 * The normalised path (as for accounts-file: relative, no `..`), checked against the workspace as
 * it is now. Call it before any AWS call, so a bad path fails the run before anything is done.
 * Writing is an allowlist: every part of the path is a real directory or does not exist yet, and
 * the file is a regular file or does not exist. A symbolic link anywhere is refused, not followed,
 * and nothing is ever written inside `.git` (a hook there would run code).
 */
export async function checkExportPath(workspace: string, relativePath: string): Promise<string> {
  const displayPath = normaliseAccountsPath(relativePath, INPUT);
  await walk(workspace, displayPath, false);
  return displayPath;
}

/** Writes `content` at `displayPath` (from checkExportPath), creating missing folders; checks the path again first. */
export async function writeExportFile(workspace: string, displayPath: string, content: string): Promise<void> {
  const file = await walk(workspace, displayPath, true);
  // O_NOFOLLOW: should a link appear at the last moment, the write fails instead of following it.
  const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  try {
    await handle.writeFile(content, 'utf8');
  } finally {
    await handle.close();
  }
}

async function walk(workspace: string, displayPath: string, create: boolean): Promise<string> {
  const shown = quoteUntrusted(displayPath, 120);
  const segments = displayPath.split('/');
  if (segments.some((segment) => segment.toLowerCase() === '.git')) {
    throw new RefusedPath(
      `${shown} is inside .git; give the path of a file in the repository's working tree, such as security/accounts.yml.`,
      INPUT,
    );
  }
  if (workspace === '')
    throw new RefusedPath(`GITHUB_WORKSPACE is not set, so ${shown} has no place; run the action in a GitHub Actions job.`, INPUT);
  let current = await realpath(workspace).catch(() => {
    throw new RefusedPath(
      `the workspace ${quoteUntrusted(workspace, 200)} (GITHUB_WORKSPACE) does not exist; run actions/checkout before this step.`,
      INPUT,
    );
  });
  for (const [index, segment] of segments.entries()) {
    current = join(current, segment);
    const isFile = index === segments.length - 1;
    const stats = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (stats?.isSymbolicLink()) {
      throw new RefusedPath(
        `${shown} goes through a symbolic link (${quoteUntrusted(segments.slice(0, index + 1).join('/'), 120)}); the export is written only through real folders, to a real file.`,
        INPUT,
      );
    }
    if (isFile) {
      if (stats && !stats.isFile())
        throw new RefusedPath(`${shown} exists and is not a regular file; give the path of a file to write.`, INPUT);
    } else if (stats && !stats.isDirectory()) {
      throw new RefusedPath(
        `${quoteUntrusted(segments.slice(0, index + 1).join('/'), 120)} is not a folder, so ${shown} cannot be written.`,
        INPUT,
      );
    } else if (!stats && create) {
      await mkdir(current);
    }
  }
  return current;
}
