import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubFake, type GitHubFake } from '../../emulator/github/rest-api.js';
import type { Scenario } from '../../emulator/scenario.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { GITHUB_ATTEMPTS } from '../../src/report/github-api.js';
import { onboard } from './harness.js';

const BOT_TOKEN = 'ghs_driftIssueWriteToken0000000000000001';
const READ_TOKEN = 'ghs_driftIssueReadOnlyToken00000000000002';
const USER_TOKEN = 'ghp_driftIssueUserToken000000000000000003';
const MARKER = '<!-- securityhub-onboard:drift workflow="reconcile" job="reconcile" -->';

let emulator: Emulator;
let github: GitHubFake;
beforeAll(async () => {
  emulator = await startEmulator();
  github = await startGitHubFake({
    writeTokens: [BOT_TOKEN],
    tokens: { [USER_TOKEN]: { login: 'security-automation', kind: 'personal' } },
    issues: [
      // Someone pasted the action's marker into their own issue: it must never be taken for ours.
      {
        title: 'Not yours',
        body: `${MARKER}\nplease do not touch`,
        state: 'open',
        labels: ['securityhub-onboard'],
        user: { login: 'mallory', type: 'User' },
      },
      {
        title: 'A pull request',
        body: MARKER,
        state: 'open',
        labels: ['securityhub-onboard'],
        user: { login: 'github-actions[bot]', type: 'Bot' },
        pullRequest: true,
      },
    ],
  });
});
afterAll(async () => {
  await emulator?.close();
  await github?.close();
});

const membership: Scenario = {
  regions: {
    'us-east-1': {
      members: [
        { accountId: '200000000001', status: 'Enabled', invitedAt: '2026-01-01T00:00:00Z' },
        { accountId: '400000000001', status: 'Enabled', invitedAt: '2026-01-01T00:00:00Z' },
      ],
    },
  },
};
const nightly = (token: string, extra: Record<string, string> = {}) => ({
  githubToken: token,
  eventName: 'schedule',
  env: { GITHUB_API_URL: github.url, GITHUB_WORKFLOW: 'reconcile', GITHUB_JOB: 'reconcile', GITHUB_SHA: 'f'.repeat(40), ...extra },
});
const inputs = { 'account-ids': '200000000001', regions: 'us-east-1', mode: 'apply', 'drift-issue': 'true' };
const ours = () => github.issues.filter((issue) => issue.user.login !== 'mallory' && !issue.pullRequest);

describe('drift-issue', () => {
  beforeEach(() => {
    emulator.reset(membership);
    github.setFailures([]);
    github.reset();
  });

  it('opens one issue, labelled, when there is drift, and leaves an issue someone else wrote with the marker alone', async () => {
    const result = await onboard(emulator, inputs, nightly(BOT_TOKEN));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    const issue = ours()[0]!;
    expect(issue).toMatchObject({
      state: 'open',
      labels: ['securityhub-onboard'],
      user: { login: 'github-actions[bot]' },
      title: 'Security Hub CSPM membership needs attention',
    });
    expect(issue.body.startsWith(MARKER)).toBe(true);
    expect(issue.body).toContain('<b>1</b> member account(s) that the account list does not name (drift)');
    expect(issue.body).toContain('400000000001');
    expect(issue.body).toContain('<a href="https://github.com/octo-org/octo-repo/actions/runs/4242">run 4242</a>');
    expect(issue.body).not.toContain('report-file');
    expect(result.outputs['drift-issue']).toBe(String(issue.number));
    expect(github.issues.find((candidate) => candidate.user.login === 'mallory')?.body).toBe(`${MARKER}\nplease do not touch`);
  });

  it('updates the same issue on the next run, and opens no second one', async () => {
    await onboard(emulator, inputs, nightly(BOT_TOKEN));
    const number = ours()[0]!.number;
    emulator.reset({
      regions: {
        'us-east-1': {
          members: [
            ...membership.regions!['us-east-1']!.members!,
            { accountId: '400000000002', status: 'Invited', invitedAt: '2026-11-01T00:00:00Z' },
          ],
        },
      },
    });
    const second = await onboard(emulator, inputs, nightly(BOT_TOKEN));
    expect(second.exitCode, second.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.number).toBe(number);
    expect(ours()[0]!.body).toContain('<b>2</b> member account(s)');
    expect(ours()[0]!.body).toContain('400000000002');
    expect(second.outputs['drift-issue']).toBe(String(number));
    expect(github.calls.filter((call) => call.method === 'POST' && call.path.endsWith('/issues'))).toHaveLength(1);
  });

  it('closes the issue with a comment when everything is clear', async () => {
    await onboard(emulator, inputs, nightly(BOT_TOKEN));
    const number = ours()[0]!.number;
    const clear = await onboard(emulator, { ...inputs, 'account-ids': '200000000001 400000000001' }, nightly(BOT_TOKEN));
    expect(clear.exitCode, clear.stdout).toBe(0);
    expect(ours()[0]).toMatchObject({ number, state: 'closed', stateReason: 'completed' });
    expect(github.comments.filter((comment) => comment.issueNumber === number).map((comment) => comment.body)).toEqual([
      expect.stringContaining('All clear'),
    ]);
    expect(clear.stdout).toContain(`The drift issue #${number} was closed.`);
    // Clear again: nothing to close, nothing opened.
    const again = await onboard(emulator, { ...inputs, 'account-ids': '200000000001 400000000001' }, nightly(BOT_TOKEN));
    expect(again.exitCode).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(again.outputs['drift-issue']).toBe('');
  });

  it('warns, naming the permission, when the token cannot write issues, and leaves the result unchanged', async () => {
    const result = await onboard(emulator, inputs, nightly(READ_TOKEN));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/::warning::Could not open the drift issue: .*issues: write/);
    expect(ours()).toEqual([]);
    // A run that fails still fails for its own reason, not for the issue.
    emulator.reset({ regions: { 'us-east-1': { hubEnabled: false } } });
    const failing = await onboard(emulator, inputs, nightly(READ_TOKEN));
    expect(failing.exitCode).toBe(1);
    expect(failing.stdout).toMatch(/::error::Onboarding failed in us-east-1/);
  });

  it('with a user token, finds its issue by its login: a bot issue with the marker is not its own', async () => {
    await onboard(emulator, inputs, nightly(BOT_TOKEN));
    const botIssue = ours()[0]!;
    const result = await onboard(emulator, inputs, nightly(USER_TOKEN));
    expect(result.exitCode, result.stdout).toBe(0);
    const userIssues = github.issues.filter((issue) => issue.user.login === 'security-automation');
    expect(userIssues).toHaveLength(1);
    expect(result.outputs['drift-issue']).toBe(String(userIssues[0]!.number));
    expect(botIssue.state).toBe('open');
    // Its next run updates its own issue.
    const next = await onboard(emulator, inputs, nightly(USER_TOKEN));
    expect(next.outputs['drift-issue']).toBe(String(userIssues[0]!.number));
    expect(github.issues.filter((issue) => issue.user.login === 'security-automation')).toHaveLength(1);
  });

  it('retries a GitHub error a bounded number of times, and never creates the issue twice', async () => {
    github.setFailures([{ operation: 'list-issues', status: 502, times: 2 }]);
    const result = await onboard(emulator, inputs, nightly(BOT_TOKEN));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(github.calls.filter((call) => call.status === 502)).toHaveLength(2);

    // A create answered 502 may have been made: it is not sent again, and the run warns.
    github.reset();
    github.setFailures([{ operation: 'create-issue', status: 502 }]);
    const once = await onboard(emulator, inputs, nightly(BOT_TOKEN));
    expect(once.exitCode, once.stdout).toBe(0);
    expect(github.calls.filter((call) => call.method === 'POST' && call.path.endsWith('/issues'))).toHaveLength(1);
    expect(once.stdout).toMatch(/::warning::Could not open the drift issue: 502/);

    github.setFailures([{ operation: 'list-issues', status: 503 }]);
    github.reset();
    const down = await onboard(emulator, inputs, nightly(BOT_TOKEN));
    expect(down.exitCode, down.stdout).toBe(0);
    expect(down.stdout).toMatch(/::warning::Could not find the drift issue/);
    // The bounded client's attempts at the list, then it gives up.
    expect(github.calls.filter((call) => call.status === 503)).toHaveLength(GITHUB_ATTEMPTS.transient);
  });

  it('never touches the issue from a plan of a pull request', async () => {
    const result = await onboard(
      emulator,
      { ...inputs, mode: 'auto' },
      { ...nightly(BOT_TOKEN), eventName: 'pull_request', event: { pull_request: { number: 9 } } },
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.mode).toBe('plan');
    expect(github.calls.filter((call) => call.path.includes('/issues') && !call.path.includes('/issues/9/'))).toEqual([]);
  });

  it("keeps the body under GitHub's limit however much drifted, with the marker", async () => {
    // Under the emulator's 1,000 invitation-based members per Region, with long emails.
    const many = Array.from({ length: 900 }, (_, i) => ({
      accountId: String(500000000000 + i),
      status: 'Enabled',
      email: `${'x'.repeat(150)}${i}@example.com`,
      invitedAt: '2026-01-01T00:00:00Z',
    }));
    emulator.reset({ regions: { 'us-east-1': { members: many }, 'eu-west-1': { members: many } } });
    const result = await onboard(emulator, { ...inputs, regions: 'us-east-1, eu-west-1' }, nightly(BOT_TOKEN));
    expect(result.exitCode, result.stdout).toBe(0);
    const body = ours()[0]!.body;
    expect(body.length).toBeLessThan(65_536);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('<b>900</b> member account(s)');
    expect(body).toContain('more account(s) in us-east-1 are not shown here');
  });
});
