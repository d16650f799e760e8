// The scenario: a JSON-serialisable description of the AWS side the emulator plays.
// Every field is optional; `resolveScenario` fills in the defaults documented in README.md.
import { OrganizationModel } from './organization/model.js';

/** A member that already exists when the emulator starts. `status` is returned verbatim. */
export interface SeedMember {
  accountId: string;
  status: string;
  email?: string;
  invitedAt?: string;
  updatedAt?: string;
}

export interface RegionSeed {
  /** Default true. When false, every member API and DescribeHub answer InvalidAccessException. */
  hubEnabled?: boolean;
  members?: SeedMember[];
  /** Delay before every answer to a call in this Region, instead of the scenario's `latencyMs`. */
  latencyMs?: number;
  /**
   * Entries ListMembers returns after the real members, verbatim, that no other call knows: an
   * AccountId that is not 12 digits (empty, `../../`), or a member listed a second time.
   */
  listedExtra?: SeedMember[];
}

/** Per account: one reason for every member operation, or a reason per operation. */
export type UnprocessableReason = string | { CreateMembers?: string; InviteMembers?: string };

export interface RoleTrust {
  /** Account the role's credentials act in. Default: the account in the role ARN. */
  accountId?: string;
  /** Glob on the web identity token's `sub` claim, `*` matches anything. Default `*`. */
  subjectPattern?: string;
  /** The `aud` the role's OIDC provider accepts. Default `sts.amazonaws.com`. */
  audience?: string;
  /** IAM MaxSessionDuration of the role in seconds. Default 3600, as in IAM. */
  maxSessionDuration?: number;
}

/**
 * The role the administrator assumes in member accounts (`arn:<partition>:iam::<account>:role/<roleName>`):
 * every account has one whose trust policy allows the administrator account, unless listed otherwise.
 */
export interface MemberRoles {
  /** Default `securityhub-onboard-member`. */
  roleName?: string;
  /** When set, the trust policy requires this `sts:ExternalId`. */
  externalId?: string;
  /** Accounts whose role trusts someone else: AssumeRole answers AccessDenied. */
  deny?: string[];
  /** Accounts without the role: AssumeRole answers the same AccessDenied, as IAM does not tell them apart. */
  missing?: string[];
}

/** A pending invitation that another administrator sent to a member account (docs/aws-behaviour.md#member-side: several can wait). */
export interface ForeignInvitation {
  memberAccountId: string;
  administratorAccountId: string;
  region: string;
  /** The member status on that administrator's side. Default `Invited`; `Enabled` means the member accepted it. */
  status?: string;
  invitedAt?: string;
}

export type FaultKind = 'error' | 'reset' | 'hang' | 'lose-answer' | 'repeat-token' | 'endless-tokens';

export interface Fault {
  /** Operation name (`CreateMembers`, `AssumeRoleWithWebIdentity`, `OIDC`…) or `*`. */
  operation: string;
  region?: string;
  /** Only for `kind: 'error'`. Default 500 with the service's internal error type. */
  status?: number;
  errorType?: string;
  message?: string;
  /** How many matching calls fail. Default: all of them. */
  times?: number;
  /** Let this many matching calls through before failing any. */
  skip?: number;
  /** Chance (0–1) that a matching call, once past `skip`, fails. Default 1. */
  probability?: number;
  /**
   * `error` answers an error, `reset` destroys the socket, `hang` never answers, `lose-answer`
   * carries the call out and then destroys the socket. Default `error`.
   * For the list operations (ListMembers, ListInvitations), which answer their page as usual:
   * `repeat-token` gives back the NextToken the call came with (the first page's token on the first
   * call), so the list repeats forever; `endless-tokens` always gives a new NextToken, past the end
   * of the list with empty pages.
   */
  kind?: FaultKind;
  /**
   * For `kind: 'error'`: the message repeats the credentials the request carried (Authorization,
   * X-Amz-Security-Token, the web identity token): `plain`, `url-encoded`, or a 40-character `fragment`.
   */
  echo?: 'plain' | 'url-encoded' | 'fragment';
}

export interface RateLimit {
  ratePerSecond: number;
  burst: number;
}

/**
 * What GetMembers answers for asked-for accounts it cannot see (not members, or not visible yet).
 * Real AWS fails the whole call when it finds none of them; for a mixed batch the answer is unknown
 * (docs/aws-behaviour.md#read-back), so each plausible answer can be played.
 */
export type GetMembersMissing =
  /** Every invisible account in `UnprocessedAccounts`, HTTP 200 (the emulator's old behaviour). */
  | 'unprocessed'
  /** The whole call fails when any asked-for account is invisible. */
  | 'reject-if-any'
  /** The whole call fails when none of the asked-for accounts is visible; otherwise per account. */
  | 'reject-if-none-visible';

/** How the 1,000 invitation-based member cap is answered, and by which call (docs/aws-behaviour.md#member-cap). */
export interface InvitationLimitShape {
  /** `exception`: the whole call fails with 429 LimitExceededException; `unprocessed`: the accounts over the cap come back in UnprocessedAccounts. */
  answer?: 'exception' | 'unprocessed';
  /** The call that counts and refuses: CreateMembers (new members) or InviteMembers (invitations sent). */
  on?: 'CreateMembers' | 'InviteMembers';
}

/** How organization members look in ListMembers/GetMembers, which AWS does not document (docs/aws-behaviour.md#organization-members). */
export interface OrganizationMemberShape {
  /** Organization members carry InvitedAt (the time CreateMembers enabled them). Default false. */
  invitedAt?: boolean;
  /** Organization members carry the Email given to CreateMembers. Default false: AWS omits it. */
  email?: boolean;
  /**
   * CreateMembers on a `Removed` organization member: `enable` (the user guide: it becomes Enabled
   * again, the default) or `already-member` (refused as already a member, status unchanged).
   */
  removedOnCreate?: 'enable' | 'already-member';
}

/** Opt-in status of a Region for the administrator account, as account:ListRegions spells it. */
export type RegionOptStatus = 'ENABLED' | 'ENABLED_BY_DEFAULT' | 'DISABLED' | 'ENABLING' | 'DISABLING';

/** The administrator's cross-Region aggregation (a finding aggregator in its home Region). */
export interface FindingAggregatorSeed {
  homeRegion: string;
  /** ALL_REGIONS, ALL_REGIONS_EXCEPT_SPECIFIED, SPECIFIED_REGIONS or NO_REGIONS (any other text is returned verbatim). */
  linkingMode: string;
  regions?: string[];
}

export interface OrganizationAccountSeed {
  id: string;
  /** Default ACTIVE. SUSPENDED and PENDING_CLOSURE accounts become AccountSuspended members; CLOSED ones are not organization accounts for Security Hub. */
  state?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE' | 'CLOSED' | 'PENDING_ACTIVATION';
  email?: string;
  name?: string;
}

export interface OrganizationUnitSeed {
  /** `ou-…-…` */
  id: string;
  accounts?: OrganizationAccountSeed[];
  units?: OrganizationUnitSeed[];
}

/** The administrator's AWS Organization, for the Organizations API and Security Hub's organization behaviour. */
export interface OrganizationSeed {
  id?: string;
  rootId?: string;
  /** Default 999999999999; list it among the accounts to make it an account of the tree. */
  managementAccountId?: string;
  /** The root's own accounts. */
  accounts?: OrganizationAccountSeed[];
  units?: OrganizationUnitSeed[];
  /** ListAccounts and ListAccountsForParent answer each account's Paths. Default true. */
  paths?: boolean;
  /** Accounts carry `State` besides the retiring `Status`. false: `Status` only. Default true. */
  state?: boolean;
  /** The administrator is the Security Hub CSPM delegated administrator: everywhere (true, default), nowhere, or in these Regions. */
  delegatedAdministrator?: boolean | string[];
  /** DescribeOrganizationConfiguration's ConfigurationType. Default LOCAL. */
  configurationType?: 'LOCAL' | 'CENTRAL';
  /** Accounts per ListAccounts/ListAccountsForParent page, at most 20. Default 20. */
  pageSize?: number;
  /** A token bucket over all Organizations calls of the caller: empty → 400 TooManyRequestsException. Default none. */
  rateLimit?: RateLimit | null;
}
export interface Scenario {
  administratorAccountId?: string;
  partition?: string;
  /** Seeds for the administrator account, by Region. A Region not listed: hub enabled, no members. */
  regions?: Record<string, RegionSeed>;
  /** Accounts of the administrator's organization: CreateMembers enables them without invitation. */
  organizationAccounts?: string[];
  /** Organization accounts that become AccountSuspended on CreateMembers. */
  suspendedAccounts?: string[];
  unprocessable?: Record<string, UnprocessableReason>;
  /** Invitation-based members per administrator per Region (docs/aws-behaviour.md#member-cap). */
  invitationLimit?: number;
  invitationLimitShape?: InvitationLimitShape;
  /** Default `reject-if-none-visible`. */
  getMembersMissing?: GetMembersMissing;
  /** The error of a GetMembers call rejected for invisible accounts. Default BadRequestException (400). */
  getMembersMissingError?: 'BadRequestException' | 'AccessDeniedException' | 'ResourceNotFoundException';
  organizationMembers?: OrganizationMemberShape;
  /**
   * Account → Regions not enabled for it (opt-in Regions): its Security Hub calls there answer 403
   * UnrecognizedClientException, its signed STS calls there 403 InvalidClientTokenId.
   */
  notEnabledRegions?: Record<string, string[]>;
  /** An invitation reaches the member account's ListInvitations only this long after InviteMembers. */
  invitationVisibilityDelayMs?: number;
  /** After EnableSecurityHub, the new hub answers InvalidAccessException for this long. */
  hubActivationDelayMs?: number;
  /** A member created at t is missing from GetMembers/ListMembers until t + this delay. */
  visibilityDelayMs?: number;
  latencyMs?: number;
  /** Token bucket per (caller account, Region, Security Hub operation). null: unlimited. */
  rateLimit?: RateLimit | null;
  faults?: Fault[];
  /** Role ARN → trust. Roles not listed cannot be assumed. */
  roles?: Record<string, RoleTrust>;
  /** Access key ID → account, for long-term credentials. The secret key is not checked. */
  staticCredentials?: Record<string, string>;
  oidc?: { subject?: string; requestToken?: string; tokenLifetimeSeconds?: number };
  /** Member-account roles AssumeRole can enter. Absent: none beyond `roles`. */
  memberRoles?: MemberRoles;
  /** Region → accounts whose hub is already enabled there (a member account's hub is not, by default). */
  memberHubs?: Record<string, string[]>;
  foreignInvitations?: ForeignInvitation[];
  /** account:ListRegions and ec2:DescribeRegions for the administrator: opt-in status by Region. Default: the partition's Regions, opt-in ones DISABLED. */
  accountRegions?: Record<string, RegionOptStatus>;
  /** Whether the Account Management API answers (GovCloud has none). Default: true outside aws-us-gov. */
  accountApi?: boolean;
  findingAggregator?: FindingAggregatorSeed | null;
  organization?: OrganizationSeed;
  /** IAM actions denied to every caller, as `service:Operation` (`account:ListRegions`, `organizations:ListAccounts`, `securityhub:GetFindingAggregator`…). */
  deny?: string[];
}

export const DEFAULT_ADMINISTRATOR_ACCOUNT_ID = '111111111111';
export const DEFAULT_ACCESS_KEY_ID = 'AKIAEMULATOR00000000';
/** Any secret works; this one is printed by the CLI so the SDK's default chain has a pair. */
export const DEFAULT_SECRET_ACCESS_KEY = 'emulator/secret/access/key/not/checked00';
export const DEFAULT_ROLE_NAME = 'securityhub-onboard';
export const DEFAULT_SUBJECT = 'repo:octo-org/octo-repo:ref:refs/heads/main';
export const DEFAULT_INVITATION_LIMIT = 1000;
export const DEFAULT_MEMBER_ROLE_NAME = 'securityhub-onboard-member';

export interface ResolvedScenario {
  administratorAccountId: string;
  partition: string;
  regions: Record<string, RegionSeed>;
  organizationAccounts: Set<string>;
  suspendedAccounts: Set<string>;
  unprocessable: Record<string, UnprocessableReason>;
  invitationLimit: number;
  invitationLimitShape: Required<InvitationLimitShape>;
  getMembersMissing: GetMembersMissing;
  getMembersMissingError: 'BadRequestException' | 'AccessDeniedException' | 'ResourceNotFoundException';
  organizationMembers: Required<OrganizationMemberShape>;
  notEnabledRegions: Record<string, string[]>;
  invitationVisibilityDelayMs: number;
  hubActivationDelayMs: number;
  visibilityDelayMs: number;
  latencyMs: number;
  rateLimit: RateLimit | null;
  faults: Fault[];
  roles: Record<string, Required<RoleTrust>>;
  staticCredentials: Record<string, string>;
  oidc: { subject: string; requestToken: string | undefined; tokenLifetimeSeconds: number };
  memberRoles: ResolvedMemberRoles | null;
  memberHubs: Record<string, string[]>;
  foreignInvitations: ForeignInvitation[];
  accountRegions: Record<string, RegionOptStatus>;
  accountApi: boolean;
  findingAggregator: FindingAggregatorSeed | null;
  organization: OrganizationModel | null;
  deny: Set<string>;
}

export interface ResolvedMemberRoles {
  roleName: string;
  externalId: string | undefined;
  deny: Set<string>;
  missing: Set<string>;
}

export function defaultRoleArn(accountId: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${accountId}:role/${DEFAULT_ROLE_NAME}`;
}

/** The 17 Regions enabled by default in the aws partition, and its opt-in Regions (DISABLED unless a scenario enables them). */
export const DEFAULT_ENABLED_REGIONS = [
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
];
export const OPT_IN_REGIONS = [
  'af-south-1',
  'ap-east-1',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
];
const PARTITION_REGIONS: Record<string, string[]> = {
  'aws-us-gov': ['us-gov-east-1', 'us-gov-west-1'],
  'aws-cn': ['cn-north-1', 'cn-northwest-1'],
};

function defaultAccountRegions(partition: string): Record<string, RegionOptStatus> {
  const own = PARTITION_REGIONS[partition];
  if (own) return Object.fromEntries(own.map((region) => [region, 'ENABLED_BY_DEFAULT' as const]));
  return Object.fromEntries([
    ...DEFAULT_ENABLED_REGIONS.map((region): [string, RegionOptStatus] => [region, 'ENABLED_BY_DEFAULT']),
    ...OPT_IN_REGIONS.map((region): [string, RegionOptStatus] => [region, 'DISABLED']),
  ]);
}

export function resolveScenario(scenario: Scenario = {}): ResolvedScenario {
  const administratorAccountId = scenario.administratorAccountId ?? DEFAULT_ADMINISTRATOR_ACCOUNT_ID;
  const partition = scenario.partition ?? 'aws';
  const organization = scenario.organization ? new OrganizationModel(scenario.organization) : null;
  const roles = scenario.roles ?? { [defaultRoleArn(administratorAccountId, partition)]: {} };
  for (const fault of scenario.faults ?? []) {
    if (!fault.operation) throw new Error(`Scenario fault ${JSON.stringify(fault)} has no operation.`);
  }
  return {
    administratorAccountId,
    partition,
    regions: scenario.regions ?? {},
    organizationAccounts: new Set([...(scenario.organizationAccounts ?? []), ...(organization?.memberAccountIds() ?? [])]),
    suspendedAccounts: new Set([...(scenario.suspendedAccounts ?? []), ...(organization?.suspendedAccountIds() ?? [])]),
    unprocessable: scenario.unprocessable ?? {},
    invitationLimit: scenario.invitationLimit ?? DEFAULT_INVITATION_LIMIT,
    invitationLimitShape: {
      answer: scenario.invitationLimitShape?.answer ?? 'exception',
      on: scenario.invitationLimitShape?.on ?? 'CreateMembers',
    },
    getMembersMissing: scenario.getMembersMissing ?? 'reject-if-none-visible',
    getMembersMissingError: scenario.getMembersMissingError ?? 'BadRequestException',
    organizationMembers: {
      invitedAt: scenario.organizationMembers?.invitedAt ?? false,
      email: scenario.organizationMembers?.email ?? false,
      removedOnCreate: scenario.organizationMembers?.removedOnCreate ?? 'enable',
    },
    notEnabledRegions: scenario.notEnabledRegions ?? {},
    invitationVisibilityDelayMs: scenario.invitationVisibilityDelayMs ?? 0,
    hubActivationDelayMs: scenario.hubActivationDelayMs ?? 0,
    visibilityDelayMs: scenario.visibilityDelayMs ?? 0,
    latencyMs: scenario.latencyMs ?? 0,
    rateLimit: scenario.rateLimit ?? null,
    faults: scenario.faults ?? [],
    roles: Object.fromEntries(Object.entries(roles).map(([arn, trust]) => [arn, resolveRole(arn, trust)])),
    staticCredentials: scenario.staticCredentials ?? { [DEFAULT_ACCESS_KEY_ID]: administratorAccountId },
    oidc: {
      subject: scenario.oidc?.subject ?? DEFAULT_SUBJECT,
      requestToken: scenario.oidc?.requestToken,
      tokenLifetimeSeconds: scenario.oidc?.tokenLifetimeSeconds ?? 300,
    },
    memberRoles: scenario.memberRoles ? resolveMemberRoles(scenario.memberRoles) : null,
    memberHubs: scenario.memberHubs ?? {},
    foreignInvitations: checkForeignInvitations(scenario.foreignInvitations ?? [], administratorAccountId),
    accountRegions: scenario.accountRegions ?? defaultAccountRegions(partition),
    accountApi: scenario.accountApi ?? partition !== 'aws-us-gov',
    findingAggregator: scenario.findingAggregator ?? null,
    organization,
    deny: new Set(scenario.deny ?? []),
  };
}

function resolveMemberRoles(roles: MemberRoles): ResolvedMemberRoles {
  return {
    roleName: roles.roleName ?? DEFAULT_MEMBER_ROLE_NAME,
    externalId: roles.externalId,
    deny: new Set(roles.deny ?? []),
    missing: new Set(roles.missing ?? []),
  };
}

/** A foreign invitation comes from another administrator; ours are made by InviteMembers or seeded in `regions`. */
function checkForeignInvitations(invitations: ForeignInvitation[], administratorAccountId: string): ForeignInvitation[] {
  for (const invitation of invitations) {
    const { memberAccountId, administratorAccountId: sender, region } = invitation;
    if (!memberAccountId || !sender || !region) {
      throw new Error(
        `Scenario foreign invitation ${JSON.stringify(invitation)} needs memberAccountId, administratorAccountId and region.`,
      );
    }
    if (sender === administratorAccountId || memberAccountId === sender) {
      throw new Error(
        `Scenario foreign invitation ${JSON.stringify(invitation)} must come from an administrator other than ${administratorAccountId} and the member.`,
      );
    }
  }
  return invitations;
}

function resolveRole(arn: string, trust: RoleTrust): Required<RoleTrust> {
  const arnAccount = /^arn:[\w-]+:iam::(\d{12}):role\/.+$/.exec(arn)?.[1];
  const accountId = trust.accountId ?? arnAccount;
  if (!accountId) throw new Error(`Scenario role '${arn}' is not an IAM role ARN and names no accountId.`);
  return {
    accountId,
    subjectPattern: trust.subjectPattern ?? '*',
    audience: trust.audience ?? 'sts.amazonaws.com',
    maxSessionDuration: trust.maxSessionDuration ?? 3600,
  };
}

/** Whether `region` is an opt-in Region that the scenario leaves not enabled for `accountId`. */
export function regionNotEnabled(scenario: ResolvedScenario, accountId: string, region: string | undefined): boolean {
  return region !== undefined && (scenario.notEnabledRegions[accountId] ?? []).includes(region);
}

/** The reason a scenario gives for leaving `accountId` unprocessed by `operation`, if any. */
export function unprocessableReason(
  scenario: ResolvedScenario,
  accountId: string,
  operation: 'CreateMembers' | 'InviteMembers',
): string | undefined {
  const reason = scenario.unprocessable[accountId];
  return typeof reason === 'string' ? reason : reason?.[operation];
}
