// The GitHub REST client of the pull-request comment, with a bound on every wait: each request has
// a timeout and a bounded retry, and the comment list stops on a repeated page link and after the
// pages its documented maximum needs. A hung API once held the step 5 minutes, and a list that
// never ended took 18,000 requests in 15 s.
import { loadGitHub } from './github-client.js';
import { ISSUE_COMMENTS_PAGES, PageGuard } from '../page-guard.js';
import { backoffMs, requestTimeoutMs } from '../timeouts.js';

/** Attempts in all, the first included. */
export const GITHUB_ATTEMPTS = {
  /** 5xx and 429 answers, connections reset or refused. */
  transient: 4,
  /** No answer within the timeout: each attempt costs a whole timeout. */
  timeout: 2,
} as const;

// Creating a comment is not idempotent: after a timeout or a 5xx it may exist, and a retry would
// post it twice. It is retried only when the request cannot have reached GitHub.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PATCH', 'PUT', 'DELETE']);

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>;

/** A request to GitHub that failed for good, saying which request, why, and after how many attempts. */
export class GitHubRequestError extends Error {
  override name = 'GitHubRequestError';
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

export interface GitHubClientOptions {
  timeoutMs?: number;
  /** Default: GITHUB_API_URL, as @actions/github reads it. */
  baseUrl?: string;
  /** For tests: the wait before retry number `retry`. */
  delayMs?: (retry: number) => number;
}

/** An Octokit for `token` whose every request has a timeout and a bounded retry. */
export async function boundedOctokit(token: string, options: GitHubClientOptions = {}): Promise<Octokit> {
  // Loaded only when a comment is written, so other runs do not pay for Octokit at start-up.
  const { getOctokit } = await loadGitHub();
  const octokit = getOctokit(token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  const timeoutMs = options.timeoutMs ?? requestTimeoutMs();
  const delayMs = options.delayMs ?? backoffMs;
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const method = String(requestOptions.method ?? 'GET').toUpperCase();
    for (let attempt = 1; ; attempt += 1) {
      try {
        // In place: the hooks inside this one are bound to this options object, not to an argument.
        requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(timeoutMs) };
        return await request(requestOptions);
      } catch (error) {
        const failure = classify(error);
        const attempts = !IDEMPOTENT.has(method) && !failure.notSent ? 1 : failure.attempts;
        if (attempt >= attempts) {
          // GitHub's own answer is passed on as Octokit gives it (its status and message).
          if (failure.status !== undefined) throw error;
          // The options may still hold the route's template (`/repos/{owner}/…`): expand it for the message.
          const path = new URL(octokit.request.endpoint(requestOptions).url, 'https://api.github.invalid').pathname;
          throw new GitHubRequestError(
            `${method} ${path}: ${failure.reason(timeoutMs)} (${attempt} attempt${attempt === 1 ? '' : 's'})`,
            failure.status,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, delayMs(attempt)));
      }
    }
  });
  return octokit;
}

interface Failure {
  attempts: number;
  notSent: boolean;
  status?: number;
  reason: (timeoutMs: number) => string;
}

/** What went wrong with one attempt, and how many attempts that kind of failure gets. */
function classify(error: unknown): Failure {
  const candidate = error as {
    status?: number;
    message?: string;
    response?: unknown;
    cause?: { name?: string; code?: string; cause?: { code?: string } };
  };
  const message = candidate?.message ?? String(error);
  // Octokit answers a fetch that never got a response with status 500 and the fetch error as cause.
  if (candidate?.response === undefined) {
    if (candidate?.cause?.name === 'TimeoutError' || (error as { name?: string })?.name === 'TimeoutError') {
      return { attempts: GITHUB_ATTEMPTS.timeout, notSent: false, reason: (ms) => `GitHub did not answer within ${ms} ms` };
    }
    const code = candidate?.cause?.code ?? candidate?.cause?.cause?.code;
    return {
      attempts: GITHUB_ATTEMPTS.transient,
      notSent: code !== undefined && NOT_SENT.has(code),
      reason: () => `the request failed: ${code ?? message}`,
    };
  }
  const status = candidate.status;
  const transient = status !== undefined && (status >= 500 || status === 429);
  return {
    attempts: transient ? GITHUB_ATTEMPTS.transient : 1,
    notSent: false,
    ...(status !== undefined && { status }),
    reason: () => `GitHub answered ${status}: ${message}`,
  };
}

/** Every comment of an issue or pull request, page by page, within ISSUE_COMMENTS_PAGES. */
export async function listIssueComments(
  octokit: Octokit,
  params: { owner: string; repo: string; issue_number: number },
): Promise<Awaited<ReturnType<Octokit['rest']['issues']['listComments']>>['data']> {
  const comments: Awaited<ReturnType<Octokit['rest']['issues']['listComments']>>['data'] = [];
  const pages = new PageGuard(ISSUE_COMMENTS_PAGES);
  for await (const response of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...params, per_page: 100 })) {
    comments.push(...response.data);
    // The iterator follows the `next` link it was given; the guard decides before it does.
    if (!pages.follow(nextLink(response.headers.link))) break;
  }
  return comments;
}

/** The URL of the `rel="next"` link in a Link header, found without a pattern that could backtrack. */
export function nextLink(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(',')) {
    const [target = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    if (parameters.some((parameter) => parameter.replaceAll(' ', '') === 'rel="next"') && target.startsWith('<') && target.endsWith('>'))
      return target.slice(1, -1);
  }
  return undefined;
}
