// The text that leaves the run, end to end: services that echo credentials, AWS text that tries to
// be a runner command, a mention or a flood, and the sticky comment found by the token's identity.
// Every run here is also checked by the harness: no workflow command but the action's own, and no
// secret (whole, URL-encoded or in part) in stdout, stderr, outputs, summary, report file or comments.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GITHUB_ACTIONS_LOGIN, startGitHubFake, type GitHubFake } from '../../emulator/github/rest-api.js';
import type { Fault, Scenario } from '../../emulator/scenario.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { expectInertMarkdown } from '../helpers/gfm.js';
import { onboard } from './harness.js';

type Unprocessed = { accountId: string; region: string; operation: string; processingResult: string };

const JOB_TOKEN = 'ghs_jobTokenOfTheWorkflowRun0000000000001';
const PAT = 'github_pat_11AAAAAAA0personalAccessTokenOfOctoUser000000000000';
const OTHER_APP_TOKEN = 'ghs_tokenOfAnotherGitHubAppInstallation0002';
const READ_TOKEN = 'ghs_readOnlyTokenOfAForkPullRequest00000003';
const MARKER = '<!-- securityhub-onboard:plan workflow="onboarding" job="plan" -->';
const SUMMARY_TAGS = [
  'h2',
  'h3',
  'h4',
  'p',
  'b',
  'strong',
  'i',
  'sub',
  'br',
  'blockquote',
  'details',
  'summary',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'ul',
  'li',
  'a',
];

let emulator: Emulator;
let github: GitHubFake;
beforeAll(async () => {
  emulator = await startEmulator();
  github = await startGitHubFake({
    writeTokens: [JOB_TOKEN],
    tokens: {
      [PAT]: { login: 'octo-user', kind: 'personal' },
      [OTHER_APP_TOKEN]: { login: 'our-onboarding-app[bot]' },
      [READ_TOKEN]: { write: false },
    },
  });
});
afterAll(async () => {
  await emulator?.close();
  await github?.close();
});

const pullRequest = (token: string) => ({
  eventName: 'pull_request',
  event: { pull_request: { number: 7 } },
  githubToken: token,
  github,
  env: { GITHUB_API_URL: github.url, GITHUB_WORKFLOW: 'onboarding', GITHUB_JOB: 'plan' },
});
const ours = () => github.comments.filter((comment) => comment.body.startsWith(`${MARKER}\n`));
const lines = (text: string) => text.split('\n');

describe('secrets that a service echoes never leave the run', () => {
  beforeEach(() => {
    emulator.reset({});
    github.reset();
    github.setFailures([]);
  });

  it.each(['plain', 'url-encoded', 'fragment'] as const)('the OIDC endpoint echoes the request token (%s)', async (echo) => {
    emulator.reset({ faults: [{ operation: 'OIDC', status: 401, message: 'Bad request token', echo }] });
    const result = await onboard(emulator, { 'account-ids': '200000000001', regions: 'us-east-1', mode: 'apply' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::Could not get a GitHub OIDC token.*Bad request token/);
    expect(result.stdout).toContain('***');
  });

  it.each(['plain', 'url-encoded', 'fragment'] as const)('STS echoes the web identity token (%s)', async (echo) => {
    emulator.reset({
      faults: [{ operation: 'AssumeRoleWithWebIdentity', status: 400, errorType: 'InvalidIdentityToken', message: 'Token rejected', echo }],
    });
    const result = await onboard(emulator, { 'account-ids': '200000000001', regions: 'us-east-1', mode: 'apply' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::Could not assume role .*Token rejected \(request credentials: \*\*\*/);
  });

  it.each(['plain', 'url-encoded', 'fragment'] as const)(
    'Security Hub echoes the session token in a Region failure (%s), in plan mode on a pull request',
    async (echo) => {
      emulator.reset({
        faults: [{ operation: 'ListMembers', status: 400, errorType: 'InvalidInputException', message: 'Bad token', echo }],
      });
      const result = await onboard(emulator, { 'account-ids': '200000000001', regions: 'us-east-1' }, pullRequest(JOB_TOKEN));
      expect(result.exitCode).toBe(1);
      expect(result.summary).toContain('Bad token (request credentials: ');
      expect(ours()[0]?.body).toContain('Bad token (request credentials: ');
      expect(result.reportFile).toContain('Bad token (request credentials: ');
    },
  );

  it('Security Hub echoes the session token for each account of a batch, in apply mode', async () => {
    emulator.reset({
      faults: [{ operation: 'CreateMembers', status: 400, errorType: 'InvalidInputException', message: 'Bad token', echo: 'plain' }],
    });
    const result = await onboard(emulator, { 'account-ids': '200000000001 200000000002', regions: 'us-east-1', mode: 'apply' });
    expect(result.exitCode).toBe(1);
    const unprocessed = result.json<Unprocessed[]>('unprocessed-accounts');
    expect(unprocessed).toHaveLength(2);
    // The Authorization header names the access key ID, the session token header holds the token: both removed.
    expect(unprocessed[0]!.processingResult).toMatch(
      /^InvalidInputException: Bad token \(request credentials: AWS4-HMAC-SHA256 Credential=\*\*\*\/.*; \*\*\*\)$/,
    );
  });

  it('a member account echoes its own session token (member-role-name)', async () => {
    const faults: Fault[] = [
      { operation: 'EnableSecurityHub', status: 400, errorType: 'InvalidInputException', message: 'Bad member token', echo: 'plain' },
    ];
    emulator.reset({ memberRoles: { roleName: 'securityhub-onboard-member' }, faults });
    const result = await onboard(emulator, {
      'account-ids': '200000000001',
      regions: 'us-east-1',
      mode: 'apply',
      'member-role-name': 'securityhub-onboard-member',
    });
    expect(result.json<Unprocessed[]>('unprocessed-accounts')[0]?.processingResult).toMatch(
      /Bad member token \(request credentials: AWS4-HMAC-SHA256 Credential=\*\*\*\/.*; \*\*\*\)$/,
    );
  });

  it.each(['create', 'list', 'user'] as const)('the GitHub API echoes the github-token when %s fails', async (operation) => {
    github.setFailures([{ operation, status: 500, message: 'Server error', echoToken: true }]);
    const result = await onboard(emulator, { 'account-ids': '200000000001', regions: 'us-east-1' }, pullRequest(JOB_TOKEN));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/::warning::Could not comment the plan on pull request #7: 500 Server error \(token \*\*\*/);
    expect(result.summary).toContain('The plan could not be written to pull request #7.');
  });
});

describe('AWS text is shown bounded, inert, and on its own line', () => {
  const hostile = [
    'Rate exceeded ##[set-output name=pwned;]1',
    'Quota\n::error::pwned\r\n::add-mask::x',
    'Ask @octo-org/security-team or x-@octocat.-x.example, see octo-org/octo-repo#1 and https://evil.example',
  ];
  const accounts = Array.from({ length: 40 }, (_, index) => String(200000000000 + index));

  beforeEach(() => {
    github.reset();
    github.setFailures([]);
  });

  it('40 ProcessingResults of 100 KB make neither a flood of log nor crowded outputs', async () => {
    const unprocessable: Scenario['unprocessable'] = Object.fromEntries(
      accounts.map((id, index) => [
        id,
        { CreateMembers: `${hostile[index % hostile.length]} ${String(index).padStart(3, '0')} ${'y'.repeat(100_000)}` },
      ]),
    );
    emulator.reset({ unprocessable });
    const result = await onboard(emulator, { 'account-ids': accounts.join(' '), regions: 'us-east-1', mode: 'apply' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout.length + result.stderr.length).toBeLessThan(100_000);
    for (const line of lines(result.stdout)) expect(line.length).toBeLessThan(2_000);
    const unprocessed = result.json<Unprocessed[]>('unprocessed-accounts');
    expect(unprocessed.map((entry) => entry.accountId).sort()).toEqual(accounts);
    for (const entry of unprocessed) expect(entry.processingResult.length).toBeLessThanOrEqual(501);
    expect(JSON.stringify(result.outputs).length).toBeLessThan(200_000);
    const report = JSON.parse(result.reportFile ?? '{}') as { unprocessed: Unprocessed[] };
    expect(report.unprocessed).toHaveLength(40);
    for (const entry of report.unprocessed) expect(entry.processingResult.length).toBe(8001);
    expect(result.summary.length).toBeLessThan(100_000);
  });

  it('a hostile ProcessingResult pings no one, links nothing, and runs no command, in the plan comment too', async () => {
    const unprocessable = Object.fromEntries(hostile.map((reason, index) => [accounts[index]!, reason]));
    emulator.reset({ unprocessable, faults: [] });
    const apply = await onboard(emulator, { 'account-ids': accounts.slice(0, 3).join(' '), regions: 'us-east-1', mode: 'apply' });
    expect(apply.exitCode).toBe(1);
    // Markdown is not read by the runner: `##[` stays as it is there, in code.
    const shown = hostile.map((reason) => reason.replaceAll('\n', '\\n').replaceAll('\r', '\\r'));
    // The one link is the action's own: the run it was made in (from checked values, report/run-context.ts).
    expectInertMarkdown(apply.summary, shown, {
      allowedTags: SUMMARY_TAGS,
      allowedLinks: ['https://github.com/octo-org/octo-repo/actions/runs/4242'],
    });
    for (const line of lines(apply.stdout).filter((candidate) => candidate.startsWith('::warning::'))) expect(line).not.toContain('%0A');

    // The same text from ListMembers, on a pull request: the comment is as inert as the summary.
    emulator.reset({
      faults: [{ operation: 'ListMembers', status: 400, errorType: 'InvalidInputException', message: hostile.join(' | ') }],
    });
    const plan = await onboard(emulator, { 'account-ids': accounts[0]!, regions: 'us-east-1' }, pullRequest(JOB_TOKEN));
    expect(plan.exitCode).toBe(1);
    const body = ours()[0]?.body ?? '';
    const failure = `InvalidInputException: ${hostile.join(' | ')}`.replaceAll('\n', '\\n').replaceAll('\r', '\\r');
    expectInertMarkdown(body, [failure], {
      allowedTags: SUMMARY_TAGS,
      allowedLinks: ['https://github.com/octo-org/octo-repo/actions/runs/4242'],
    });
  });
});

describe('the sticky comment is the one our token wrote', () => {
  beforeEach(() => {
    emulator.reset({});
    github.setFailures([]);
  });
  const inputs = (extra = '') => ({ 'account-ids': `200000000001${extra}`, regions: 'us-east-1' });

  it('with a personal access token, finds its own User comment again instead of adding one per push', async () => {
    github.reset();
    await onboard(emulator, inputs(), pullRequest(PAT));
    const second = await onboard(emulator, inputs(' 200000000002'), pullRequest(PAT));
    expect(second.exitCode, second.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.user).toEqual({ login: 'octo-user', type: 'User' });
    expect(ours()[0]!.body).toContain('200000000002');
  });

  it('with another app’s installation token, finds its comment through GraphQL’s viewer', async () => {
    github.reset();
    await onboard(emulator, inputs(), pullRequest(OTHER_APP_TOKEN));
    await onboard(emulator, inputs(' 200000000002'), pullRequest(OTHER_APP_TOKEN));
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.user.login).toBe('our-onboarding-app[bot]');
    expect(github.calls.filter((call) => call.path === '/user').every((call) => call.status === 403)).toBe(true);
  });

  it('leaves another app’s or another workflow’s comment that quotes the marker alone, and writes its own', async () => {
    const planted = [
      { issueNumber: 7, body: `${MARKER}\nA fake plan: nothing to change.`, user: { login: 'other-app[bot]', type: 'Bot' as const } },
      { issueNumber: 7, body: `> ${MARKER}\n> quoted by another workflow`, user: { login: GITHUB_ACTIONS_LOGIN, type: 'Bot' as const } },
      { issueNumber: 7, body: `${MARKER}\nPasted by a person`, user: { login: 'attacker', type: 'User' as const } },
    ];
    const fake = await startGitHubFake({ writeTokens: [JOB_TOKEN], comments: planted });
    try {
      const result = await onboard(emulator, inputs(), {
        ...pullRequest(JOB_TOKEN),
        github: fake,
        env: { ...pullRequest(JOB_TOKEN).env, GITHUB_API_URL: fake.url },
      });
      expect(result.exitCode, result.stdout).toBe(0);
      expect(fake.comments.slice(0, 3).map((comment) => comment.body)).toEqual(planted.map((comment) => comment.body));
      expect(fake.comments).toHaveLength(4);
      expect(fake.comments[3]!.user.login).toBe(GITHUB_ACTIONS_LOGIN);
      expect(fake.calls.filter((call) => call.method === 'PATCH')).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('brings older comments of ours up to date, so no outdated plan stays visible', async () => {
    const older = [1, 2].map((n) => ({
      issueNumber: 7,
      body: `${MARKER}\nAn old plan ${n}`,
      user: { login: 'octo-user', type: 'User' as const },
    }));
    const fake = await startGitHubFake({ tokens: { [PAT]: { login: 'octo-user', kind: 'personal' } }, comments: older });
    try {
      const result = await onboard(emulator, inputs(), {
        ...pullRequest(PAT),
        github: fake,
        env: { ...pullRequest(PAT).env, GITHUB_API_URL: fake.url },
      });
      expect(result.exitCode, result.stdout).toBe(0);
      expect(fake.comments[0]!.body).toContain('200000000001');
      expect(fake.comments[1]!.body).toContain('This plan is out of date');
      expect(fake.comments[1]!.body).not.toContain('An old plan');
    } finally {
      await fake.close();
    }
  });
});

describe('a comment that cannot be written is never silent', () => {
  beforeEach(() => {
    emulator.reset({});
    github.reset();
    github.setFailures([]);
  });
  const inputs = { 'account-ids': '200000000001', regions: 'us-east-1' };

  it('fails the plan when our older comment cannot be updated (403), saying so in the summary', async () => {
    await onboard(emulator, inputs, pullRequest(JOB_TOKEN));
    github.setFailures([{ operation: 'update', status: 403, message: 'Resource not accessible by integration' }]);
    const result = await onboard(emulator, { ...inputs, 'account-ids': '200000000001 200000000002' }, pullRequest(JOB_TOKEN));
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::The plan comment on pull request #7 could not be updated and shows an outdated plan/);
    expect(result.summary).toContain('The plan could not be written to pull request #7.');
    expect(result.summary).toContain('The comment already there shows an older plan');
    expect(ours()[0]!.body).not.toContain('200000000002');
  });

  it('passes with a warning and a note in the summary when no comment could be created (a read-only token)', async () => {
    const result = await onboard(emulator, inputs, pullRequest(READ_TOKEN));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/::warning::Could not comment the plan on pull request #7: 403 .*pull-requests: write/);
    expect(result.summary).toContain('The plan could not be written to pull request #7.');
    expect(result.summary).toContain('No comment of this workflow and job is there.');
    expect(ours()).toEqual([]);
  });

  it('replaces a body GitHub refuses as too long (422) by a pointer to the job summary, so the old plan goes', async () => {
    await onboard(emulator, inputs, pullRequest(JOB_TOKEN));
    const fake = await startGitHubFake({
      writeTokens: [JOB_TOKEN],
      comments: ours().map(({ issueNumber, body, user }) => ({ issueNumber, body, user })),
      maxBodyChars: 400,
    });
    try {
      const result = await onboard(
        emulator,
        { ...inputs, 'account-ids': '200000000001 200000000002' },
        { ...pullRequest(JOB_TOKEN), github: fake, env: { ...pullRequest(JOB_TOKEN).env, GITHUB_API_URL: fake.url } },
      );
      expect(result.exitCode, result.stdout).toBe(0);
      expect(fake.calls.filter((call) => call.method === 'PATCH').map((call) => call.status)).toEqual([422, 200]);
      expect(fake.comments[0]!.body).toContain('could not be shown in a pull-request comment');
    } finally {
      await fake.close();
    }
  });

  it('caps the body of a plan without credentials (a fork), whatever the list holds', async () => {
    const many = Array.from({ length: 500 }, (_, index) => `${300000000000 + index},${'a'.repeat(180)}-@octocat.-x.example`);
    const { workspaceWith } = await import('./harness.js');
    const workspace = await workspaceWith({ 'accounts.csv': `account_id,email\n${many.join('\n')}\n` });
    const run = pullRequest(JOB_TOKEN);
    const result = await onboard(
      emulator,
      { 'accounts-file': 'accounts.csv', regions: 'us-east-1' },
      { ...run, workspace, env: { ...run.env, ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' } },
    );
    expect(result.exitCode, result.stdout).toBe(0);
    const body = ours()[0]?.body ?? '';
    expect(body.length).toBeGreaterThan(10_000);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/\d+ more account\(s\) not shown/);
    expectInertMarkdown(body, [], { allowedTags: SUMMARY_TAGS, allowedLinks: ['https://github.com/octo-org/octo-repo/actions/runs/4242'] });
  });
});
