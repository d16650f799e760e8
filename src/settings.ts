import { readEventPayload, resolveAutoMode, type EventPayload } from './event.js';
import { Input } from './action-interface.js';
import type { AccountSources } from './accounts/index.js';
import type { Mode } from './model.js';
import { parseExcludedAccounts, parseOrganizationScope, type OrganizationScope } from './organization/selection.js';
import { parseRegionInputs, type RegionKeyword } from './regions/selection.js';

export { isUnmergedChange } from './event.js';

/**
 * Every input of the action, read once and validated, in groups by who uses them. A setting that
 * can be off is `undefined` when it is, never an empty string. Accounts are parsed separately
 * (src/accounts/).
 */
export interface Settings {
  /** Where the accounts come from, as src/accounts/ reads them. */
  accounts: AccountSources;
  /** The Region names to onboard in; empty until resolved when `regionsFrom` names a keyword. */
  regions: string[];
  /** Set when `regions` is a keyword: the Regions come from AWS (src/regions/). */
  regionsFrom?: { keyword: RegionKeyword; homeRegion: string };
  /** `exclude-regions`, when set: never used, whatever `regions` says. */
  excludeRegions?: string[];
  /** `organization-accounts`, when set: the organization's accounts join the accounts to onboard. */
  organizationAccounts?: OrganizationScope;
  /** `exclude-accounts`, when set: never onboarded and never removed. */
  excludeAccounts?: string[];
  credentials: CredentialSettings;
  /** `auto` resolved: apply only on the events of APPLY_EVENTS (src/event.ts) that name no pull request, plan otherwise. */
  mode: Mode;
  /** Why the mode is what it is, for the log. */
  modeReason: string;
  /** The run is about an unmerged change (a pull request, its reviews, a merge queue, a payload naming a pull request). */
  unmergedChange: boolean;
  eventName: string;
  reconcile: ReconcileSettings;
  failOnUnprocessed: boolean;
  pullRequest: PullRequestSettings;
  /** Undefined: the member side is off (no `member-role-name`). */
  memberSide?: MemberSideSettings;
  rate: RateSettings;
  /** Open, update and close one issue about drift and attention items (drift-issue); undefined when off. */
  driftIssue?: { labels: string[] };
  /** Where to write the live membership (export-file), relative to the workspace; undefined when off. */
  exportFile?: string;
}

/** How the action gets its administrator session (aws/credentials.ts). */
export interface CredentialSettings {
  /** Undefined: use the credentials already in the environment (SDK default chain). */
  roleToAssume?: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  audience: string;
}

/** What the plan does with each member (plan.ts). */
export interface ReconcileSettings {
  invite: boolean;
  reinvite: boolean;
  /** Undefined: stale invitations are not sent again. */
  staleInviteDays?: number;
  removeAbsent: boolean;
  maxRemovals: number;
  /** Accounts that remove-absent never removes (protected-accounts): 12-digit IDs. */
  protectedAccounts: string[];
}

export interface PullRequestSettings {
  /** For the pull-request comment; a secret. Undefined when the input is empty. */
  githubToken?: string;
  comment: boolean;
}

/** Finishing in the member accounts (apply/member-side.ts). */
export interface MemberSideSettings {
  roleName: string;
  /** Undefined: the member role is assumed without an external ID. */
  externalId?: string;
  enableDefaultStandards: boolean;
  concurrency: number;
}

/** The client-side token bucket per Region and operation (docs/aws-behaviour.md#rate-limits: 10/s, burst 30). */
export interface RateSettings {
  requestsPerSecond: number;
  burst: number;
}

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SettingsError';
  }
}

/** Reads an input by its action.yml name; `core.getInput` in production, a map in tests. */
export type InputReader = (name: string) => string;

const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

export function splitList(value: string): string[] {
  return value.split(/[\s,]+/).filter((item) => item !== '');
}

/** STS allows 2–64 characters of [\w+=,.@-] in a role session name. */
export function sanitizeSessionName(name: string): string {
  const cleaned = name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
  return cleaned.length >= 2 ? cleaned : `${cleaned}--`.slice(0, 2);
}

/** `event` is the event payload; by default the file GITHUB_EVENT_PATH names. */
export function readSettings(
  read: InputReader,
  env: NodeJS.ProcessEnv,
  event: EventPayload = readEventPayload(env.GITHUB_EVENT_PATH),
): Settings {
  const problems: string[] = [];
  const input = (name: string) => read(name).trim();

  const boolean = (name: string, fallback: boolean): boolean => {
    const value = input(name).toLowerCase();
    if (value === '') return fallback;
    if (value === 'true') return true;
    if (value === 'false') return false;
    problems.push(`Input '${name}' must be 'true' or 'false', got '${shorten(value)}'.`);
    return fallback;
  };

  const parsedRegions = parseRegionInputs(splitList(input(Input.regions)), splitList(input(Input.excludeRegions)), env, shorten);
  problems.push(...parsedRegions.problems);
  const { selection } = parsedRegions;
  const organization = parseOrganizationScope(splitList(input(Input.organizationAccounts)), shorten);
  problems.push(...organization.problems);
  const excluded = parseExcludedAccounts(splitList(input(Input.excludeAccounts)), shorten);
  problems.push(...excluded.problems);

  const roleToAssume = input(Input.roleToAssume);
  if (roleToAssume !== '' && !ROLE_ARN_PATTERN.test(roleToAssume)) {
    problems.push(
      `Input '${Input.roleToAssume}' must be an IAM role ARN such as 'arn:aws:iam::111111111111:role/securityhub-onboard', got '${shorten(roleToAssume)}'.`,
    );
  }

  const wholeNumber = (name: string, fallback: number, max: number, min = 0): number => {
    const text = input(name);
    if (text === '') return fallback;
    if (!/^\d+$/.test(text) || Number(text) > max || Number(text) < min) {
      problems.push(`Input '${name}' must be a whole number from ${min} to ${max}, got '${shorten(text)}'.`);
      return fallback;
    }
    return Number(text);
  };

  const durationText = input(Input.roleDurationSeconds) || '3600';
  const roleDurationSeconds = Number(durationText);
  if (!/^\d+$/.test(durationText) || roleDurationSeconds < 900 || roleDurationSeconds > 43200) {
    problems.push(
      `Input '${Input.roleDurationSeconds}' must be a whole number of seconds from 900 to 43200, got '${shorten(durationText)}'.`,
    );
  }

  // A role name, or a path and name (IAM: [\w+=,.@-] up to 64 characters, paths of /-separated parts).
  const memberRoleName = input(Input.memberRoleName);
  if (memberRoleName !== '' && !/^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/.test(memberRoleName)) {
    problems.push(
      `Input '${Input.memberRoleName}' must be the name of an IAM role in the member accounts, such as 'securityhub-onboard-member', got '${shorten(memberRoleName)}'.`,
    );
  }
  const externalId = input(Input.memberRoleExternalId);
  if (externalId !== '' && !/^[\w+=,.@:/-]{2,1224}$/.test(externalId)) {
    problems.push(`Input '${Input.memberRoleExternalId}' must be 2 to 1224 characters of letters, digits and +=,.@:/-.`);
  }

  const protectedAccounts = [...new Set(splitList(input(Input.protectedAccounts)))];
  for (const accountId of protectedAccounts) {
    if (!/^[0-9]{12}$/.test(accountId)) {
      problems.push(
        `Input '${Input.protectedAccounts}' must list 12-digit AWS account IDs separated by commas, spaces or newlines, got '${shorten(accountId)}'.`,
      );
    }
  }
  // GitHub label names: up to 50 characters; commas separate them here, so a label cannot hold one.
  const driftIssueLabels = [
    ...new Set(
      read(Input.driftIssueLabels)
        .split(/[,\n]/)
        .map((label) => label.trim())
        .filter((label) => label !== ''),
    ),
  ];
  for (const label of driftIssueLabels) {
    if (label.length > 50 || /\p{Cc}/u.test(label)) {
      problems.push(
        `Input '${Input.driftIssueLabels}' must list GitHub label names of at most 50 characters separated by commas, got '${shorten(label)}'.`,
      );
    }
  }

  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const modeText = (input(Input.mode) || 'auto').toLowerCase();
  let requestedMode: Mode | 'auto' = 'auto';
  if (modeText === 'auto' || modeText === 'plan' || modeText === 'apply') {
    requestedMode = modeText;
  } else {
    problems.push(`Input '${Input.mode}' must be 'auto', 'plan' or 'apply', got '${shorten(modeText)}'.`);
  }
  const auto = resolveAutoMode(eventName, env.GITHUB_REF ?? '', event);
  const mode: Mode = requestedMode === 'auto' ? auto.mode : requestedMode;
  const modeReason = requestedMode === 'auto' ? auto.reason : `Mode ${requestedMode}, as the mode input says`;
  const unmergedChange = auto.unmergedChange;

  // Read in this order, so that problems are listed in the order of the inputs as they always were.
  const invite = boolean(Input.invite, true);
  const failOnUnprocessed = boolean(Input.failOnUnprocessed, true);
  const reinvite = boolean(Input.reinvite, false);
  const staleInviteDays = wholeNumber(Input.staleInviteDays, 0, 3650);
  const removeAbsent = boolean(Input.removeAbsent, false);
  const maxRemovals = wholeNumber(Input.maxRemovals, 10, 10_000);
  const githubToken = read(Input.githubToken).trim();
  const prComment = boolean(Input.prComment, true);
  // Read, and checked, whether or not the member side is on.
  const enableDefaultStandards = boolean(Input.enableDefaultStandards, false);
  const memberConcurrency = wholeNumber(Input.memberConcurrency, 8, 64, 1);
  const requestsPerSecond = wholeNumber(Input.requestsPerSecond, 10, 1000, 1);
  const requestBurst = wholeNumber(Input.requestBurst, 25, 1000, 1);
  const driftIssue = boolean(Input.driftIssue, false);
  const exportFile = input(Input.exportFile);
  const accountsFile = input(Input.accountsFile);
  const settings: Settings = {
    accounts: {
      accountIds: read(Input.accountIds),
      ...(accountsFile ? { accountsFile } : {}),
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
    },
    regions: selection.kind === 'names' ? selection.names : [],
    ...(selection.kind === 'keyword' && { regionsFrom: { keyword: selection.keyword, homeRegion: parsedRegions.homeRegion } }),
    ...(parsedRegions.excludeRegions.length > 0 && { excludeRegions: parsedRegions.excludeRegions }),
    ...(organization.scope && { organizationAccounts: organization.scope }),
    ...(excluded.accountIds.length > 0 && { excludeAccounts: excluded.accountIds }),
    credentials: {
      ...(roleToAssume ? { roleToAssume } : {}),
      roleSessionName: sanitizeSessionName(input(Input.roleSessionName) || `securityhub-onboard-${env.GITHUB_RUN_ID ?? 'local'}`),
      roleDurationSeconds,
      audience: input(Input.audience) || defaultAudience(roleToAssume),
    },
    mode,
    modeReason,
    unmergedChange,
    eventName,
    reconcile: {
      invite,
      reinvite,
      ...(staleInviteDays > 0 ? { staleInviteDays } : {}),
      removeAbsent,
      maxRemovals,
      protectedAccounts,
    },
    failOnUnprocessed,
    pullRequest: { ...(githubToken ? { githubToken } : {}), comment: prComment },
    ...(memberRoleName
      ? {
          memberSide: {
            roleName: memberRoleName,
            ...(externalId ? { externalId } : {}),
            enableDefaultStandards,
            concurrency: memberConcurrency,
          },
        }
      : {}),
    rate: { requestsPerSecond, burst: requestBurst },
    ...(driftIssue ? { driftIssue: { labels: driftIssueLabels } } : {}),
    ...(exportFile ? { exportFile } : {}),
  };
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

/**
 * GitHub's OIDC token must name STS of the role's partition: `sts.amazonaws.com.cn` in China
 * (docs/aws-behaviour.md#partitions), `sts.amazonaws.com` everywhere else.
 */
export function defaultAudience(roleToAssume: string): string {
  return roleToAssume.startsWith('arn:aws-cn:') ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com';
}

/** The Region of the credentials call: the first Region named, or for a keyword the job's own Region. */
export function homeRegion(settings: Pick<Settings, 'regions' | 'regionsFrom'>): string {
  return settings.regionsFrom?.homeRegion ?? settings.regions[0] ?? '';
}

/** Input values are user text: keep them short and free of control characters inside messages. */
function shorten(value: string): string {
  const visible = JSON.stringify(value).slice(1, -1);
  return visible.length > 60 ? `${visible.slice(0, 57)}...` : visible;
}
