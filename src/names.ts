// The action's interface names, exactly as in action.yml: users' workflows depend on them.

export const Input = {
  accountIds: 'account-ids',
  accountsFile: 'accounts-file',
  regions: 'regions',
  roleToAssume: 'role-to-assume',
  roleSessionName: 'role-session-name',
  roleDurationSeconds: 'role-duration-seconds',
  audience: 'audience',
  mode: 'mode',
  invite: 'invite',
  failOnUnprocessed: 'fail-on-unprocessed',
  reinvite: 'reinvite',
  staleInviteDays: 'stale-invite-days',
  removeAbsent: 'remove-absent',
  maxRemovals: 'max-removals',
  githubToken: 'github-token',
  prComment: 'pr-comment',
  memberRoleName: 'member-role-name',
  memberRoleExternalId: 'member-role-external-id',
  enableDefaultStandards: 'enable-default-standards',
  memberConcurrency: 'member-concurrency',
} as const;

export const Output = {
  unprocessedAccounts: 'unprocessed-accounts',
  unprocessedCount: 'unprocessed-count',
  createdAccounts: 'created-accounts',
  invitedAccounts: 'invited-accounts',
  skippedAccounts: 'skipped-accounts',
  reinvitedAccounts: 'reinvited-accounts',
  removedAccounts: 'removed-accounts',
  driftAccounts: 'drift-accounts',
  acceptedAccounts: 'accepted-accounts',
  plan: 'plan',
  mode: 'mode',
  reportFile: 'report-file',
} as const;
