// Who the token posts as. Our sticky comment is the one that this identity wrote with our marker as
// its first line; a comment by anyone else (another app, another token, a person) that quotes the
// marker is never ours, and a personal access token finds its own `User` comment again.
import type { getOctokit } from '@actions/github';

type Octokit = ReturnType<typeof getOctokit>;

/** The identity of the job's GITHUB_TOKEN (an installation token of the GitHub Actions app). */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

/**
 * The login comments made with this token carry. A personal access token (or a user's OAuth or app
 * token) may read `GET /user`. An installation token may not (403 "Resource not accessible by
 * integration"); GraphQL's `viewer` names its app (`<app-slug>[bot]`), and where that is not
 * answered either, the token is taken to be the job's GITHUB_TOKEN: at worst a new comment is
 * written, never someone else's edited.
 */
export async function tokenAuthor(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    if (statusOf(error) !== 403) throw error;
  }
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    // Comments carry the app's login with `[bot]`; GraphQL may name it either way.
    if (viewer.login) return viewer.login.endsWith('[bot]') ? viewer.login : `${viewer.login}[bot]`;
  } catch {
    // Fall through to the GITHUB_TOKEN's identity.
  }
  return GITHUB_ACTIONS_BOT;
}

/** Written by `author`, with `marker` as its first line: a quote of the marker elsewhere in a body does not count. */
export function isOurComment(comment: { user?: { login?: string } | null; body?: string | null }, author: string, marker: string): boolean {
  const login = comment.user?.login ?? '';
  return login.toLowerCase() === author.toLowerCase() && (comment.body ?? '').startsWith(`${marker}\n`);
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}
