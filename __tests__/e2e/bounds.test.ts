// The bundled action against hostile events, files, services and networks (issue 11): where mode
// auto applies, an accounts file that is a link into .git/, an OIDC endpoint and a GitHub API that
// never answer, lists that never end, and members AWS should never have listed. Each run ends in
// bounded time, names the reason, and shows the runner only the commands the action means.
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubFake, type GitHubFailure, type GitHubFake } from '../../emulator/github/rest-api.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import type { LocalRun } from '../../scripts/local-runner.js';
import { ADMIN, ids, onboard, workspaceWith, writeCalls, type E2EResult } from './harness.js';

type Unprocessed = { accountId: string; region: string; operation: string; processingResult: string };

/** A hung request gives up after this long (10 s in production), so a stuck endpoint costs a test about a second. */
const SHORT_TIMEOUT = { SECURITYHUB_ONBOARD_REQUEST_TIMEOUT_MS: '400' };
/** The client-side rate limit out of the way, for lists of hundreds of pages. */
const FAST = { 'requests-per-second': '1000', 'request-burst': '1000' };
const WRITE_TOKEN = 'ghs_boundsTestWriteToken000000000000001';
// The workflow commands the action writes; the runner reads any line starting with `::` as one.
const OWN_COMMAND = /^::(?:error|warning|notice|debug|group|endgroup|add-mask)(?: [^:]*)?::/;

let emulator: Emulator;
let github: GitHubFake;
beforeAll(async () => {
  emulator = await startEmulator();
  github = await startGitHubFake({ writeTokens: [WRITE_TOKEN] });
});
afterAll(async () => {
  await emulator?.close();
  await github?.close();
});
beforeEach(() => {
  emulator.reset({});
  github.setFailures([]);
  github.reset();
});

function expectOnlyOwnCommands(result: E2EResult): void {
  for (const line of `${result.stdout}\n${result.stderr}`.split('\n').filter((candidate) => candidate.startsWith('::')))
    expect(line).toMatch(OWN_COMMAND);
}

describe('mode auto, from the event and its payload', () => {
  const account = { 'account-ids': '200000000001', regions: 'us-east-1' };

  it.each<[string, Partial<LocalRun>, string]>([
    [
      'a /plan comment on a pull request (issue_comment)',
      {
        eventName: 'issue_comment',
        event: { issue: { number: 7, pull_request: { url: 'https://api.github.com/repos/o/r/pulls/7' } }, comment: { body: '/plan' } },
      },
      "'issue_comment' is not an event it applies on",
    ],
    [
      'an issue comment without a pull request',
      { eventName: 'issue_comment', event: { issue: { number: 8 }, comment: { body: '/apply' } } },
      "'issue_comment' is not an event it applies on",
    ],
    [
      'workflow_run of a pull request',
      { eventName: 'workflow_run', event: { workflow_run: { event: 'pull_request', pull_requests: [{ number: 7 }] } } },
      "'workflow_run' is not an event it applies on",
    ],
    [
      'check_suite of a pull request',
      { eventName: 'check_suite', event: { check_suite: { pull_requests: [{ number: 7 }] } } },
      "'check_suite' is not an event it applies on",
    ],
    [
      'an event the action does not know',
      { eventName: 'deployment_protection_rule', event: {} },
      "'deployment_protection_rule' is not an event it applies on",
    ],
    [
      'repository_dispatch whose payload carries a pull request',
      { eventName: 'repository_dispatch', event: { action: 'onboard', pull_request: { number: 7 } } },
      "the 'repository_dispatch' event's payload carries a pull request (pull_request)",
    ],
    [
      'workflow_dispatch run on a pull request ref',
      { eventName: 'workflow_dispatch', event: {}, env: { GITHUB_REF: 'refs/pull/7/merge' } },
      "the run is on 'refs/pull/7/merge'",
    ],
  ])('plans on %s, makes no write call, and says why', async (_name, run, reason) => {
    const result = await onboard(emulator, account, run);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.mode).toBe('plan');
    expect(writeCalls(emulator)).toEqual([]);
    expect(result.stdout).toContain(`Mode auto plans: ${reason}`);
    expectOnlyOwnCommands(result);
  });

  it('plans on push when the event file is not valid JSON', async () => {
    const workspace = await workspaceWith({ 'event.json': '{"ref": "refs/heads/main", ' });
    try {
      const result = await onboard(emulator, account, { eventName: 'push', env: { GITHUB_EVENT_PATH: join(workspace, 'event.json') } });
      expect(result.outputs.mode).toBe('plan');
      expect(writeCalls(emulator)).toEqual([]);
      expect(result.stdout).toContain(
        "Mode auto plans: the event file is not valid JSON, so the 'push' event cannot be checked for a pull request.",
      );
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });

  it.each(['push', 'schedule', 'workflow_dispatch', 'repository_dispatch'])('applies on %s', async (eventName) => {
    const result = await onboard(emulator, account, { eventName, event: { ref: 'refs/heads/main' } });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.mode).toBe('apply');
    expect(writeCalls(emulator)).toEqual(['CreateMembers', 'InviteMembers']);
    expect(result.stdout).toContain(`Mode auto applies: '${eventName}' is an event it applies on, and the run names no pull request.`);
  });
});

describe('an accounts file that leads into .git/', () => {
  it('refuses a symbolic link to .git/config, quoting none of it, before any AWS call', async () => {
    const secret = 'ghs_checkoutTokenInGitConfig000000000001';
    const workspace = await workspaceWith({});
    try {
      await mkdir(join(workspace, '.git'));
      await writeFile(
        join(workspace, '.git', 'config'),
        `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${Buffer.from(`x-access-token:${secret}`).toString('base64')}\n`,
      );
      await symlink(join(workspace, '.git', 'config'), join(workspace, 'accounts.txt'));
      const result = await onboard(emulator, { 'accounts-file': 'accounts.txt', regions: 'us-east-1' }, { workspace });
      expect(result.exitCode).toBe(1);
      expect(emulator.calls).toEqual([]);
      expect(result.stdout).toContain('::error::accounts-file: "accounts.txt" is a symbolic link.');
      for (const text of [result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs)]) {
        expect(text).not.toContain('extraheader');
        expect(text).not.toContain(Buffer.from(`x-access-token:${secret}`).toString('base64').slice(0, 12));
      }
      expectOnlyOwnCommands(result);
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });
});

describe('an OIDC endpoint that never answers', () => {
  it('fails the step after two attempts of the request timeout, before any AWS call', async () => {
    emulator.reset({ faults: [{ operation: 'OIDC', kind: 'hang' }] });
    const result = await onboard(
      emulator,
      { 'account-ids': ids(1).join(' '), regions: 'us-east-1' },
      { env: SHORT_TIMEOUT, timeoutMs: 30_000 },
    );
    expect(result.timedOut).toBe(false);
    expect(result.durationMs).toBeLessThan(15_000);
    expect(result.exitCode).toBe(1);
    expect(emulator.callsTo('OIDC')).toHaveLength(2);
    expect(emulator.calls.filter((call) => call.operation !== 'OIDC')).toEqual([]);
    expect(result.stdout).toContain(
      "::error::Could not get a GitHub OIDC token for audience 'sts.amazonaws.com': the GitHub OIDC endpoint did not answer within 400 ms (2 attempts).",
    );
  });
});

describe('lists that never end', () => {
  const members = (count: number) => ids(count, 500000000000).map((accountId) => ({ accountId, status: 'Enabled' }));

  it.each<[string, 'repeat-token' | 'endless-tokens', number, RegExp]>([
    [
      'repeats its NextToken',
      'repeat-token',
      2,
      /ListMembers sent back the page token of an earlier page after page 2, so the list would never end/,
    ],
    [
      'sends a new NextToken forever',
      'endless-tokens',
      250,
      /ListMembers had more pages after page 250, the most it can need \(a Region holds at most 10,000 organization and 1,000 invitation members, 220 pages of 50\)/,
    ],
  ])('fails the Region whose ListMembers %s, and finishes the other', async (_name, kind, pages, reason) => {
    emulator.reset({
      regions: { 'eu-west-1': { members: members(60) } },
      faults: [{ operation: 'ListMembers', region: 'eu-west-1', kind }],
    });
    const result = await onboard(
      emulator,
      { 'account-ids': ids(3).join(' '), regions: 'us-east-1 eu-west-1', ...FAST },
      { timeoutMs: 60_000 },
    );
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(1);
    expect(emulator.callsTo('ListMembers', 'eu-west-1')).toHaveLength(pages);
    expect(emulator.callsTo('CreateMembers', 'eu-west-1')).toEqual([]);
    expect(emulator.callsTo('CreateMembers', 'us-east-1')).toHaveLength(1);
    const unprocessed = result.json<Unprocessed[]>('unprocessed-accounts');
    expect(unprocessed).toHaveLength(3);
    for (const entry of unprocessed)
      expect(entry).toMatchObject({ region: 'eu-west-1', operation: 'ListMembers', processingResult: expect.stringMatching(reason) });
    expect(result.stdout).toMatch(new RegExp(`::error::eu-west-1: PageLoopError: ${reason.source}`));
  });

  it('stops a member account whose ListInvitations never ends, and reports the account', async () => {
    emulator.reset({
      memberRoles: { roleName: 'securityhub-onboard-member' },
      faults: [{ operation: 'ListInvitations', kind: 'endless-tokens' }],
    });
    const result = await onboard(
      emulator,
      { 'account-ids': '200000000001', regions: 'us-east-1', 'member-role-name': 'securityhub-onboard-member' },
      { timeoutMs: 60_000 },
    );
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(1);
    expect(emulator.callsTo('ListInvitations')).toHaveLength(25);
    expect(emulator.callsTo('AcceptAdministratorInvitation')).toEqual([]);
    expect(result.json<Unprocessed[]>('unprocessed-accounts')).toEqual([
      expect.objectContaining({
        accountId: '200000000001',
        region: 'us-east-1',
        operation: 'ListInvitations',
        processingResult: expect.stringMatching(/ListInvitations had more pages after page 25/),
      }),
    ]);
  });
});

describe('members AWS should never have listed', () => {
  it('never removes nor counts a member listed twice, never acts on an AccountId that is not 12 digits, and reports both', async () => {
    emulator.reset({
      regions: {
        'us-east-1': {
          members: [
            { accountId: '200000000001', status: 'Enabled' },
            { accountId: '400000000001', status: 'Enabled', invitedAt: new Date().toISOString() },
          ],
          listedExtra: [
            { accountId: '../../', status: 'Enabled' },
            { accountId: '', status: 'Enabled' },
            { accountId: '400000000001', status: 'Enabled' },
          ],
        },
      },
    });
    const result = await onboard(emulator, {
      'account-ids': '200000000001',
      regions: 'us-east-1',
      'remove-absent': 'true',
      'max-removals': '1',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(writeCalls(emulator)).toEqual([]);
    expect(result.json('ignored-members')).toEqual([
      { accountId: '../../', region: 'us-east-1', reason: 'not-an-account-id' },
      { accountId: '', region: 'us-east-1', reason: 'not-an-account-id' },
      { accountId: '400000000001', region: 'us-east-1', reason: 'listed-twice' },
    ]);
    expect(result.json('drift-accounts')).toEqual([{ accountId: '400000000001', region: 'us-east-1', memberStatus: 'Enabled' }]);
    expect(result.stdout).toContain(
      '::warning::ListMembers in us-east-1 returned member(s) the action does not trust: 2 with an AccountId that is not 12 digits ("../../", ""), never acted on; ' +
        "1 listed more than once (400000000001), never removed nor counted twice against max-removals. They are in the 'ignored-members' output.",
    );
    expect(result.summary).toContain('ListMembers in us-east-1 returned member(s) the action does not trust');
    expect(emulator.members(ADMIN, 'us-east-1')).toHaveLength(2);
  });
});

describe('a GitHub API that misbehaves under the plan comment', () => {
  const pullRequest: Partial<LocalRun> = {
    eventName: 'pull_request',
    event: { pull_request: { number: 7 } },
    githubToken: WRITE_TOKEN,
    env: { GITHUB_API_URL: '', GITHUB_WORKFLOW: 'onboarding', GITHUB_JOB: 'plan', ...SHORT_TIMEOUT },
    timeoutMs: 60_000,
  };
  const planOnPullRequest = () =>
    onboard(
      emulator,
      { 'account-ids': '200000000001', regions: 'us-east-1' },
      { ...pullRequest, env: { ...pullRequest.env, GITHUB_API_URL: github.url } },
    );

  /** The requests the plan comment made to the comment list (GET) and to create or update a comment. */
  const commentCalls = (method: string) => github.calls.filter((call) => call.method === method && call.path.includes('/comments'));

  it.each<[string, GitHubFailure[], number, RegExp]>([
    [
      'never answers',
      [{ operation: 'list', kind: 'hang' }],
      2,
      /GET \/repos\/octo-org\/octo-repo\/issues\/7\/comments: GitHub did not answer within 400 ms \(2 attempts\)/,
    ],
    [
      'links the comment list back to itself',
      [{ operation: 'list', kind: 'repeat-next' }],
      2,
      /the pull request's comments sent back the page token of an earlier page after page 2/,
    ],
    [
      'links to one more page forever',
      [{ operation: 'list', kind: 'endless-next' }],
      60,
      /the pull request's comments had more pages after page 60/,
    ],
  ])('ends the comment step in bounded time when the API %s, and says why', async (_name, failures, requests, reason) => {
    github.setFailures(failures);
    const result = await planOnPullRequest();
    expect(result.timedOut).toBe(false);
    expect(result.durationMs).toBeLessThan(30_000);
    expect(commentCalls('GET')).toHaveLength(requests);
    expect([...commentCalls('POST'), ...commentCalls('PATCH')]).toEqual([]);
    const warning = result.stdout.split('\n').find((line) => line.startsWith('::warning::Could not comment the plan on pull request #7: '));
    expect(warning, result.stdout).toMatch(reason);
    expect(result.outputs.mode).toBe('plan');
    expectOnlyOwnCommands(result);
  });

  it('comments on no pull request whose number in the event payload is not a whole number, and shows none of it', async () => {
    const result = await onboard(
      emulator,
      { 'account-ids': '200000000001', regions: 'us-east-1' },
      {
        ...pullRequest,
        event: { pull_request: { number: '7 <b>@admins</b>\n::error::x' } },
        env: { ...pullRequest.env, GITHUB_API_URL: github.url },
      },
    );
    expect(github.calls).toEqual([]);
    expect(result.stdout).toContain(
      "::warning::Could not comment the plan on the pull request: the event payload's pull_request.number is not a pull request number.",
    );
    expect(result.summary).toContain('> ⚠️ The plan could not be written to the pull request.');
    expect(`${result.stdout}${result.summary}`).not.toContain('@admins');
    expect(result.outputs.mode).toBe('plan');
    expectOnlyOwnCommands(result);
  });

  it('creates the comment once when creating it never answers', async () => {
    github.setFailures([{ operation: 'create', kind: 'hang' }]);
    const result = await planOnPullRequest();
    expect(result.timedOut).toBe(false);
    expect(commentCalls('GET')).toHaveLength(1);
    expect(commentCalls('POST')).toHaveLength(1);
    expect(result.stdout).toMatch(
      /::warning::Could not comment the plan on pull request #7: POST \/repos\/octo-org\/octo-repo\/issues\/7\/comments: GitHub did not answer within 400 ms \(1 attempt\)/,
    );
  });
});
