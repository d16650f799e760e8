import { describe, expect, it } from 'vitest';
import { renderPlanContext, type PlanContextInput } from '../../src/report/plan-context.js';
import { runContext } from '../../src/report/run-context.js';

const SHA = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const env = { GITHUB_SHA: SHA, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_RUN_ID: '4242' };

describe('runContext', () => {
  it('links the run from checked values', () => {
    expect(runContext(env, HEAD)).toEqual({
      sha: SHA,
      headSha: HEAD,
      runId: '4242',
      runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/4242',
    });
  });

  it('keeps a GitHub Enterprise server with a port', () => {
    expect(runContext({ ...env, GITHUB_SERVER_URL: 'https://ghe.example.com:8443' }).runUrl).toBe(
      'https://ghe.example.com:8443/octo-org/octo-repo/actions/runs/4242',
    );
  });

  it.each([
    ['GITHUB_SERVER_URL', 'javascript:alert(1)'],
    ['GITHUB_SERVER_URL', 'https://evil.example/"><script>'],
    ['GITHUB_SERVER_URL', 'https://user:pass@github.com'],
    ['GITHUB_SERVER_URL', 'https://github.com/path?q=1'],
    ['GITHUB_REPOSITORY', 'octo-org/octo-repo/../../x'],
    ['GITHUB_REPOSITORY', 'octo"org/repo'],
    ['GITHUB_RUN_ID', '42"><img src=x>'],
  ])('gives no link when %s is %s', (name, value) => {
    expect(runContext({ ...env, [name]: value }).runUrl).toBeUndefined();
  });

  it('leaves out a SHA that is not one, and a head equal to the commit', () => {
    expect(runContext({ ...env, GITHUB_SHA: '<b>not-a-sha</b>' }, 'main').sha).toBeUndefined();
    expect(runContext(env, 'main').headSha).toBeUndefined();
    expect(runContext(env, SHA).headSha).toBeUndefined();
  });
});

describe('renderPlanContext', () => {
  const input: PlanContextInput = {
    mode: 'plan',
    regions: ['us-east-1', 'eu-west-1'],
    accountsFile: 'security/accounts.yml',
    reconcile: {
      invite: true,
      reinvite: true,
      staleInviteDays: 14,
      removeAbsent: true,
      maxRemovals: 5,
      protectedAccounts: ['999999999999'],
    },
    memberSide: { roleName: 'securityhub-onboard-member', enableDefaultStandards: false },
    run: runContext(env, HEAD),
  };

  it('states the commit, the mode, the run and every option that changes what apply does', () => {
    const text = renderPlanContext(input);
    for (const part of [
      `commit <code>${SHA.slice(0, 12)}</code>`,
      `pull request head <code>${HEAD.slice(0, 12)}</code>`,
      'mode <b>plan</b>',
      '<a href="https://github.com/octo-org/octo-repo/actions/runs/4242">run 4242</a>',
      'regions <code>us-east-1, eu-west-1</code>',
      'invite <code>true</code>',
      'reinvite <code>true</code>',
      'stale-invite-days <code>14</code>',
      'remove-absent <code>true</code>',
      'max-removals <code>5</code>',
      'protected-accounts <code>999999999999</code>',
      'member side <code>on (role securityhub-onboard-member)</code>',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('says the member side is off, and escapes the accounts file path', () => {
    const { memberSide: _on, ...withoutMemberSide } = input;
    const text = renderPlanContext({ ...withoutMemberSide, accountsFile: 'a/<b>@team</b>.yml', run: {} });
    expect(text).toContain('member side <code>off</code>');
    expect(text).not.toContain('<b>@team');
    expect(text).not.toContain('@team');
    expect(text).toContain('an unknown commit');
    expect(text).not.toContain('<a ');
  });
});
