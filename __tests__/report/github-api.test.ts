import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubFake, type GitHubFailure, type GitHubFake } from '../../emulator/github/rest-api.js';
import { ISSUE_COMMENTS_PAGES, PageLoopError } from '../../src/page-guard.js';
import { GITHUB_ATTEMPTS, GitHubRequestError, boundedOctokit, listIssueComments, nextLink } from '../../src/report/github-api.js';

const TOKEN = 'ghs_test_write_token';
const ISSUE = { owner: 'octo-org', repo: 'octo-repo', issue_number: 7 };
let github: GitHubFake;

beforeAll(async () => {
  github = await startGitHubFake({
    writeTokens: [TOKEN],
    comments: Array.from({ length: 250 }, (_, index) => ({
      body: `comment ${index}`,
      issueNumber: 7,
      user: { login: 'someone', type: 'User' as const },
    })),
  });
});
afterAll(async () => {
  await github?.close();
});
beforeEach(() => fail([]));

/** From now on the fake answers `failures`, with no call recorded yet. */
function fail(failures: GitHubFailure[]): void {
  github.setFailures(failures);
  github.reset();
}

/** Tests of answers wait as long as a loaded machine may need; tests of a server that never answers use a short timeout. */
const client = (timeoutMs = 5_000) => boundedOctokit(TOKEN, { baseUrl: github.url, timeoutMs, delayMs: () => 0 });
const HANG_TIMEOUT_MS = 300;
const lists = () => github.calls.filter((call) => call.method === 'GET');

describe('listIssueComments', () => {
  it('reads every page of a long list', async () => {
    const comments = await listIssueComments(await client(), ISSUE);
    expect(comments).toHaveLength(250);
    expect(lists()).toHaveLength(3);
  });

  it('stops when a page links back to a page it has already given', async () => {
    fail([{ operation: 'list', kind: 'repeat-next' }]);
    const failure = await listIssueComments(await client(), ISSUE).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PageLoopError);
    expect(failure).toMatchObject({ reason: 'repeated-token' });
    expect((failure as Error).message).toBe(
      "the pull request's comments sent back the page token of an earlier page after page 2, so the list would never end; it was stopped there and nothing was done with it.",
    );
    expect(lists()).toHaveLength(2);
  });

  it('stops after the pages the documented maximum needs when every page links to a new one', async () => {
    fail([{ operation: 'list', kind: 'endless-next' }]);
    const failure = await listIssueComments(await client(), ISSUE).catch((error: unknown) => error);
    expect(failure).toMatchObject({ reason: 'too-many-pages' });
    expect((failure as Error).message).toMatch(
      /after page 60, the most it can need \(a pull request holds at most 5,000 comments, 50 pages of 100\)/,
    );
    expect(lists()).toHaveLength(ISSUE_COMMENTS_PAGES.maxPages);
  });
});

describe('boundedOctokit', () => {
  it('gives up on a request that gets no answer after two attempts of its timeout', async () => {
    fail([{ operation: 'list', kind: 'hang' }]);
    const failure = await listIssueComments(await client(HANG_TIMEOUT_MS), ISSUE).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubRequestError);
    expect((failure as Error).message).toBe(
      'GET /repos/octo-org/octo-repo/issues/7/comments: GitHub did not answer within 300 ms (2 attempts)',
    );
    expect(github.calls).toHaveLength(GITHUB_ATTEMPTS.timeout);
  });

  it('retries 5xx answers of a read, within a bound', async () => {
    fail([{ operation: 'list', status: 502, times: 2 }]);
    expect(await listIssueComments(await client(), ISSUE)).toHaveLength(250);
    fail([{ operation: 'list', status: 503 }]);
    const failure = await listIssueComments(await client(), ISSUE).catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 503 });
    expect(github.calls).toHaveLength(GITHUB_ATTEMPTS.transient);
  });

  it('never retries creating a comment once the request may have reached GitHub, nor a 4xx', async () => {
    const octokit = await client(HANG_TIMEOUT_MS);
    fail([{ operation: 'create', status: 502 }]);
    await expect(octokit.rest.issues.createComment({ ...ISSUE, body: 'x' })).rejects.toMatchObject({ status: 502 });
    expect(github.calls).toHaveLength(1);
    fail([{ operation: 'create', kind: 'hang' }]);
    await expect(octokit.rest.issues.createComment({ ...ISSUE, body: 'x' })).rejects.toThrow(/did not answer within 300 ms \(1 attempt\)/);
    expect(github.calls).toHaveLength(1);
    fail([{ operation: 'update', status: 422 }]);
    await expect(
      octokit.rest.issues.updateComment({ owner: 'octo-org', repo: 'octo-repo', comment_id: 1000, body: 'x' }),
    ).rejects.toMatchObject({ status: 422 });
    expect(github.calls).toHaveLength(1);
  });
});

describe('nextLink', () => {
  it('finds the next page among the links of a Link header', () => {
    expect(nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=9>; rel="last"')).toBe(
      'https://api.github.com/x?page=2',
    );
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(undefined)).toBeUndefined();
    expect(nextLink(`${'<'.repeat(100_000)}; rel="next"`)).toBeUndefined();
  });
});
