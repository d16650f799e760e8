// "What this plan was made with": the commit, the mode, every option that changes what apply does,
// and the run. Reviewers compare it with what the merge will run; the examples keep them equal.
import type { Mode } from '../model.js';
import { htmlCode } from '../untrusted-text.js';
import type { RunContext } from './run-context.js';

export interface PlanContextInput {
  mode: Mode;
  /** The Regions of the run, as resolved. */
  regions: readonly string[];
  accountsFile: string;
  invite: boolean;
  reinvite: boolean;
  staleInviteDays: number;
  removeAbsent: boolean;
  maxRemovals: number;
  protectedAccounts: readonly string[];
  memberRoleName: string;
  enableDefaultStandards: boolean;
  run: RunContext;
}

export function renderPlanContext(input: PlanContextInput): string {
  const code = (text: string) => htmlCode(text);
  const commit = input.run.sha
    ? `commit ${code(input.run.sha.slice(0, 12))}${input.run.headSha ? ` (pull request head ${code(input.run.headSha.slice(0, 12))})` : ''}`
    : 'an unknown commit (GITHUB_SHA is not set)';
  const run = input.run.runUrl ? ` in <a href="${input.run.runUrl}">run ${input.run.runId}</a>` : '';
  const options: [string, string][] = [
    ['regions', input.regions.join(', ') || 'none'],
    ...(input.accountsFile ? [['accounts-file', input.accountsFile] as [string, string]] : []),
    ['invite', String(input.invite)],
    ['reinvite', String(input.reinvite)],
    ['stale-invite-days', input.staleInviteDays === 0 ? '0 (off)' : String(input.staleInviteDays)],
    ['remove-absent', String(input.removeAbsent)],
    ['max-removals', String(input.maxRemovals)],
    ['protected-accounts', input.protectedAccounts.join(', ') || 'none'],
    [
      'member side',
      input.memberRoleName
        ? `on (role ${input.memberRoleName}${input.enableDefaultStandards ? ', default standards enabled' : ''})`
        : 'off',
    ],
  ];
  const made = input.mode === 'plan' ? 'Planned' : 'Applied';
  return `<p>${made} for ${commit}, mode <b>${input.mode}</b>${run}, with: ${options.map(([name, value]) => `${name} ${code(value)}`).join(' · ')}</p>\n`;
}
