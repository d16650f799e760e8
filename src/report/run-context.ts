import { readFileSync } from 'node:fs';

// What a reader needs to trust a plan: the commit it was made for and the run that made it. Every
// value comes from the runner's environment and is checked against an allowlist before it is put
// in a link or a page; a value that does not pass is left out, never shown as it is.

export interface RunContext {
  /** GITHUB_SHA: on a pull request, the merge commit that actions/checkout checks out. */
  sha?: string;
  /** The pull request's head commit, from the event payload. */
  headSha?: string;
  /** `<server>/<owner>/<repo>/actions/runs/<id>`, the page with the run's job summaries. */
  runUrl?: string;
  runId?: string;
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
// GitHub owner names: letters, digits and single hyphens; repository names: letters, digits, . _ -.
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const RUN_ID = /^[0-9]{1,20}$/;
const HOST = /^[a-z0-9.-]{1,253}(?::[0-9]{1,5})?$/;

/** The pull request's head commit from the event payload the runner wrote, when there is one. */
export function pullRequestHeadSha(env: NodeJS.ProcessEnv): unknown {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { head?: { sha?: unknown } } };
    return event.pull_request?.head?.sha;
  } catch {
    return undefined;
  }
}

export function runContext(env: NodeJS.ProcessEnv, headSha?: unknown): RunContext {
  const sha = env.GITHUB_SHA?.trim().toLowerCase();
  const runId = env.GITHUB_RUN_ID?.trim();
  const server = serverUrl(env.GITHUB_SERVER_URL ?? 'https://github.com');
  const repository = env.GITHUB_REPOSITORY?.trim();
  const validRunId = runId && RUN_ID.test(runId) ? runId : undefined;
  const head = typeof headSha === 'string' ? headSha.toLowerCase() : undefined;
  return {
    ...(sha && SHA.test(sha) ? { sha } : {}),
    ...(head && SHA.test(head) && head !== sha ? { headSha: head } : {}),
    ...(validRunId ? { runId: validRunId } : {}),
    ...(server && repository && REPOSITORY.test(repository) && validRunId
      ? { runUrl: `${server}/${repository}/actions/runs/${validRunId}` }
      : {}),
  };
}

/** `https://host[:port]` with nothing else (no credentials, path, query or fragment), or undefined. */
function serverUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return undefined;
  return HOST.test(url.host) ? `${url.protocol}//${url.host}` : undefined;
}
