// "What this plan was made with": the commit, the mode, every option that changes what apply does,
// and the run. Reviewers compare it with what the merge will run; the examples keep them equal.
import type { Mode } from '../model.js';
import type { MemberSideSettings, ReconcileSettings } from '../settings.js';
import { htmlCode } from '../untrusted-text.js';
import type { RunContext } from './run-context.js';

export interface PlanContextInput {
  mode: Mode;
  /** The Regions of the run, as resolved. */
  regions: readonly string[];
  /** Undefined: no accounts file. */
  accountsFile?: string;
  reconcile: ReconcileSettings;
  /** Undefined: the member side is off. */
  memberSide?: Pick<MemberSideSettings, 'roleName' | 'enableDefaultStandards'>;
  run: RunContext;
}

export function renderPlanContext(input: PlanContextInput): string {
  const code = (text: string) => htmlCode(text);
  const { reconcile, memberSide } = input;
  const commit = input.run.sha
    ? `commit ${code(input.run.sha.slice(0, 12))}${input.run.headSha ? ` (pull request head ${code(input.run.headSha.slice(0, 12))})` : ''}`
    : 'an unknown commit (GITHUB_SHA is not set)';
  const run = input.run.runUrl ? ` in <a href="${input.run.runUrl}">run ${input.run.runId}</a>` : '';
  const options: [string, string][] = [
    ['regions', input.regions.join(', ') || 'none'],
    ...(input.accountsFile ? [['accounts-file', input.accountsFile] as [string, string]] : []),
    ['invite', String(reconcile.invite)],
    ['reinvite', String(reconcile.reinvite)],
    ['stale-invite-days', reconcile.staleInviteDays === undefined ? '0 (off)' : String(reconcile.staleInviteDays)],
    ['remove-absent', String(reconcile.removeAbsent)],
    ['max-removals', String(reconcile.maxRemovals)],
    ['protected-accounts', reconcile.protectedAccounts.join(', ') || 'none'],
    [
      'member side',
      memberSide ? `on (role ${memberSide.roleName}${memberSide.enableDefaultStandards ? ', default standards enabled' : ''})` : 'off',
    ],
  ];
  const made = input.mode === 'plan' ? 'Planned' : 'Applied';
  return `<p>${made} for ${commit}, mode <b>${input.mode}</b>${run}, with: ${options.map(([name, value]) => `${name} ${code(value)}`).join(' · ')}</p>\n`;
}
