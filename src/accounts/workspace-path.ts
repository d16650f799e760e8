import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { escapeUntrusted, quoteUntrusted } from '../untrusted-text.js';

/** A path the action refuses to read, with the message that says why and what to do. */
export class RefusedPath extends Error {
  constructor(message: string, input = 'accounts-file') {
    super(`${input}: ${message}`);
  }
}

const CONTROL = /\p{Cc}/u;
// Both separators count, so that a path written for a Windows runner is checked the same way.
const SEPARATORS = /[\\/]/;

/**
 * `relativePath` with forward slashes and no `.` or empty segments, for messages and annotations.
 * Throws RefusedPath for an absolute path or any `..`: the accounts file is part of the repository,
 * so there is no reason to climb out of it, and refusing `..` outright is simpler to trust than
 * resolving it.
 */
export function normaliseAccountsPath(relativePath: string, input = 'accounts-file'): string {
  const shown = quoteUntrusted(relativePath, 120);
  if (CONTROL.test(relativePath)) {
    throw new RefusedPath(`${shown} contains control characters; give the path of a file in the repository.`, input);
  }
  if (/^[\\/]/.test(relativePath) || /^[A-Za-z]:/.test(relativePath)) {
    throw new RefusedPath(
      `${shown} is an absolute path; give a path relative to the repository root (GITHUB_WORKSPACE), such as accounts.yml.`,
      input,
    );
  }
  const segments = relativePath.split(SEPARATORS);
  if (segments.includes('..')) {
    throw new RefusedPath(`${shown} contains "..": give a path inside the repository, relative to GITHUB_WORKSPACE, without "..".`, input);
  }
  const kept = segments.filter((segment) => segment !== '' && segment !== '.');
  if (kept.length === 0)
    throw new RefusedPath(`${shown} names no file; give the path of a file relative to GITHUB_WORKSPACE, such as accounts.yml.`, input);
  return kept.join('/');
}

/**
 * The real path of `displayPath` inside `workspace`. The path must lead inside the workspace's own
 * real path, through no symbolic link, and not into `.git/`: a link committed to the repository
 * must not make the action read the runner's other files, nor `.git/config`, where actions/checkout
 * keeps the job's token, nor a token file an earlier step wrote; the file's lines are quoted into
 * annotations and the pull-request comment. The workspace itself may be a link.
 */
export async function resolveInWorkspace(workspace: string, displayPath: string): Promise<string> {
  const shown = quoteUntrusted(displayPath, 120);
  if (workspace === '') {
    throw new RefusedPath(
      `GITHUB_WORKSPACE is not set, so ${shown} cannot be found; run the action in a GitHub Actions job, after actions/checkout.`,
    );
  }
  const realWorkspace = await realpathOrUndefined(workspace);
  if (realWorkspace === undefined) {
    throw new RefusedPath(
      `the workspace ${quoteUntrusted(workspace, 200)} (GITHUB_WORKSPACE) does not exist; run actions/checkout before this step.`,
    );
  }
  const realFile = await realpathOrUndefined(join(realWorkspace, displayPath));
  if (realFile === undefined) {
    throw new RefusedPath(
      `${shown} was not found. The path is resolved against GITHUB_WORKSPACE (${escapeUntrusted(workspace, 200)}); ` +
        'check the path, and that actions/checkout ran before this step.',
    );
  }
  const inside = relative(realWorkspace, realFile);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new RefusedPath(
      `${shown} leads outside the workspace through a symbolic link; the accounts file must be inside the repository checkout. ` +
        'Point accounts-file at the file itself.',
    );
  }
  await refuseSymbolicLinks(realWorkspace, displayPath);
  if (inside.split(sep).some((segment) => segment.toLowerCase() === '.git')) {
    throw new RefusedPath(
      `${shown} is inside .git/, git's own folder (it holds the checkout's credentials), not a file of the repository. ` +
        'Point accounts-file at the accounts file committed in the repository.',
    );
  }
  return realFile;
}

/** Refuses `displayPath` when it, or a folder on the way to it, is a symbolic link. */
async function refuseSymbolicLinks(realWorkspace: string, displayPath: string): Promise<void> {
  const segments = displayPath.split('/');
  for (let count = 1; count <= segments.length; count += 1) {
    const prefix = segments.slice(0, count).join('/');
    if (!(await lstat(join(realWorkspace, prefix))).isSymbolicLink()) continue;
    const which =
      count === segments.length
        ? quoteUntrusted(displayPath, 120)
        : `${quoteUntrusted(prefix, 120)}, a folder on the way to ${quoteUntrusted(displayPath, 120)},`;
    throw new RefusedPath(
      `${which} is a symbolic link. The action reads only a file committed at the path itself, so that a link cannot make it read ` +
        "another file (such as .git/config, which holds the checkout's token). Replace the link with the file, or point accounts-file at the file.",
    );
  }
}

async function realpathOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}
