// Security Hub state: one hub per (account, Region), each with its own member list.
// Membership and statuses are independent per Region (docs/aws-behaviour.md#regions).
import { randomBytes } from 'node:crypto';
import type { ResolvedScenario } from '../scenario.js';

export interface MemberRecord {
  accountId: string;
  email?: string;
  /** As stored: the emulator writes title case, a scenario may seed any casing. */
  status: string;
  invitedAt?: string;
  updatedAt: string;
  /** Epoch ms when CreateMembers made it; seeded members have 0 (always visible). */
  createdAtMs: number;
  /** The invitation the member can accept: set by InviteMembers; organization members have none. */
  invitationId?: string;
  /** Epoch ms of the last InviteMembers; seeded invitations have 0 (visible at once to the member). */
  invitedAtMs?: number;
}

export interface Hub {
  accountId: string;
  region: string;
  enabled: boolean;
  /** Epoch ms from which an enabled hub answers (EnableSecurityHub plus `hubActivationDelayMs`). */
  activeFromMs: number;
  subscribedAt: string;
  /** What EnableSecurityHub asked for; a hub the scenario enables has the API defaults. */
  defaultStandardsEnabled: boolean;
  controlFindingGenerator: string;
  tags: Record<string, string>;
  /** Insertion order is the listing order, so pagination is stable. */
  members: Map<string, MemberRecord>;
}

/** A member as Security Hub serialises it (rest-json field names). */
export interface MemberJson {
  AccountId: string;
  Email?: string;
  AdministratorId: string;
  MasterId: string;
  MemberStatus: string;
  InvitedAt?: string;
  UpdatedAt: string;
}

export interface HubSnapshot {
  accountId: string;
  region: string;
  hubEnabled: boolean;
  defaultStandardsEnabled: boolean;
  controlFindingGenerator: string;
  members: MemberJson[];
}

const EPOCH = new Date(0).toISOString();
export const DEFAULT_CONTROL_FINDING_GENERATOR = 'SECURITY_CONTROL';

/**
 * A hub's members. A hub's first member registers the hub, so that finding an account's
 * administrator looks at the few hubs that have members, not at every member account's own hub
 * (10,000 per Region when an organization is onboarded, which made CreateMembers quadratic).
 */
class MemberMap extends Map<string, MemberRecord> {
  constructor(private readonly onFirstMember: () => void) {
    super();
  }

  override set(accountId: string, member: MemberRecord): this {
    if (this.size === 0) this.onFirstMember();
    return super.set(accountId, member);
  }
}

export class SecurityHubState {
  private readonly hubs = new Map<string, Hub>();
  /** The same hubs by Region, in creation order. */
  private readonly hubsByRegion = new Map<string, Hub[]>();
  /** By Region, the hubs that have had a member: the only ones that can be an account's administrator. */
  private readonly hubsWithMembers = new Map<string, Set<Hub>>();
  /** Accounts whose hub is enabled wherever the scenario says nothing else: the administrators. */
  private readonly administrators: Set<string>;
  /** `account/region` of members seeded as Enabled: an accepted member has Security Hub enabled there. */
  private readonly enabledMembers = new Set<string>();

  constructor(private readonly scenario: ResolvedScenario) {
    // Accounts with a static key play administrators too, as do the senders of foreign invitations.
    this.administrators = new Set([
      scenario.administratorAccountId,
      ...Object.values(scenario.staticCredentials),
      ...scenario.foreignInvitations.map((invitation) => invitation.administratorAccountId),
    ]);
    for (const [region, seed] of Object.entries(scenario.regions)) {
      const hub = this.hub(scenario.administratorAccountId, region);
      hub.enabled = seed.hubEnabled ?? true;
      hub.defaultStandardsEnabled = hub.enabled;
      for (const member of seed.members ?? []) {
        const organizationAccount = scenario.organizationAccounts.has(member.accountId);
        this.seedMember(
          hub,
          {
            accountId: member.accountId,
            ...(member.email !== undefined && { email: member.email }),
            status: member.status,
            ...(member.invitedAt !== undefined && { invitedAt: member.invitedAt }),
            updatedAt: member.updatedAt ?? member.invitedAt ?? EPOCH,
            createdAtMs: 0,
          },
          organizationAccount,
        );
      }
    }
    const now = new Date().toISOString();
    for (const { memberAccountId, administratorAccountId, region, status, invitedAt } of scenario.foreignInvitations) {
      const sentAt = invitedAt ?? now;
      this.seedMember(this.hub(administratorAccountId, region), {
        accountId: memberAccountId,
        status: status ?? 'Invited',
        invitedAt: sentAt,
        updatedAt: sentAt,
        createdAtMs: 0,
      });
    }
  }

  /**
   * The hub of `accountId` in `region`, created on first use: enabled for the administrators, for the
   * scenario's `memberHubs` and for seeded Enabled members; a member account's hub is not enabled.
   */
  hub(accountId: string, region: string): Hub {
    let hub = this.find(accountId, region);
    if (!hub) {
      const enabled =
        this.administrators.has(accountId) ||
        (this.scenario.memberHubs[region] ?? []).includes(accountId) ||
        this.enabledMembers.has(`${accountId}/${region}`);
      const created: Hub = {
        accountId,
        region,
        enabled,
        activeFromMs: 0,
        subscribedAt: EPOCH,
        defaultStandardsEnabled: enabled,
        controlFindingGenerator: DEFAULT_CONTROL_FINDING_GENERATOR,
        tags: {},
        members: new MemberMap(() => this.inRegion(this.hubsWithMembers, region, () => new Set<Hub>()).add(created)),
      };
      this.hubs.set(`${accountId}/${region}`, created);
      this.inRegion(this.hubsByRegion, region, () => []).push(created);
      hub = created;
    }
    return hub;
  }

  /** The hub if it was seeded or used, without creating one. */
  find(accountId: string, region: string): Hub | undefined {
    return this.hubs.get(`${accountId}/${region}`);
  }

  /** Every hub in `region`, for the member side: the invitations an account received there. */
  hubsIn(region: string): Hub[] {
    return [...(this.hubsByRegion.get(region) ?? [])];
  }

  /** The hub of the administrator whose Enabled member `accountId` is in `region`: a member has one at most (docs/aws-behaviour.md#organization-members). */
  administratorOf(accountId: string, region: string): Hub | undefined {
    for (const hub of this.hubsWithMembers.get(region) ?? []) {
      const member = hub.members.get(accountId);
      if (member !== undefined && statusIs(member, 'Enabled')) return hub;
    }
    return undefined;
  }

  private inRegion<T>(index: Map<string, T>, region: string, empty: () => T): T {
    const existing = index.get(region);
    if (existing) return existing;
    const created = empty();
    index.set(region, created);
    return created;
  }

  snapshot(): HubSnapshot[] {
    return [...this.hubs.values()].map((hub) => ({
      accountId: hub.accountId,
      region: hub.region,
      hubEnabled: hub.enabled,
      defaultStandardsEnabled: hub.defaultStandardsEnabled,
      controlFindingGenerator: hub.controlFindingGenerator,
      members: [...hub.members.values()].map((member) => memberJson(hub.accountId, member)),
    }));
  }

  /** A seeded member that is Invited, or accepted, holds an invitation; organization members need none. */
  private seedMember(hub: Hub, member: MemberRecord, organizationAccount = false): void {
    const invited = statusIs(member, 'Invited') || statusIs(member, 'Enabled');
    hub.members.set(member.accountId, { ...member, ...(invited && !organizationAccount && { invitationId: newInvitationId() }) });
    if (statusIs(member, 'Enabled')) this.enabledMembers.add(`${member.accountId}/${hub.region}`);
  }
}

/** Invitation IDs are opaque; AWS's look like 32 hex digits. */
export function newInvitationId(): string {
  return randomBytes(16).toString('hex');
}

export function memberJson(administratorId: string, member: MemberRecord): MemberJson {
  return {
    AccountId: member.accountId,
    ...(member.email !== undefined && { Email: member.email }),
    AdministratorId: administratorId,
    MasterId: administratorId,
    MemberStatus: member.status,
    ...(member.invitedAt !== undefined && { InvitedAt: member.invitedAt }),
    UpdatedAt: member.updatedAt,
  };
}

/** Status compared the way the action must: case-insensitive, `Associated` ≡ `Enabled` (docs/aws-behaviour.md#statuses). */
export function statusIs(member: MemberRecord, status: string): boolean {
  const folded = member.status.toLowerCase();
  const wanted = status.toLowerCase();
  return folded === wanted || (wanted === 'enabled' && folded === 'associated');
}
