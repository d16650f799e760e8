// Security Hub state: one hub per (account, Region), each with its own member list.
// Membership and statuses are independent per Region (API facts §6).
import type { ResolvedScenario } from './scenario.js';

export interface MemberRecord {
  accountId: string;
  email?: string;
  /** As stored: the emulator writes title case, a scenario may seed any casing. */
  status: string;
  invitedAt?: string;
  updatedAt: string;
  /** Epoch ms when CreateMembers made it; seeded members have 0 (always visible). */
  createdAtMs: number;
}

export interface Hub {
  accountId: string;
  region: string;
  enabled: boolean;
  subscribedAt: string;
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
  members: MemberJson[];
}

const EPOCH = new Date(0).toISOString();

export class SecurityHubState {
  private readonly hubs = new Map<string, Hub>();

  constructor(scenario: ResolvedScenario) {
    for (const [region, seed] of Object.entries(scenario.regions)) {
      const hub = this.hub(scenario.administratorAccountId, region);
      hub.enabled = seed.hubEnabled ?? true;
      for (const member of seed.members ?? []) {
        hub.members.set(member.accountId, {
          accountId: member.accountId,
          email: member.email,
          status: member.status,
          invitedAt: member.invitedAt,
          updatedAt: member.updatedAt ?? member.invitedAt ?? EPOCH,
          createdAtMs: 0,
        });
      }
    }
  }

  /** The hub of `accountId` in `region`; one not seeded is enabled and has no members. */
  hub(accountId: string, region: string): Hub {
    let hub = this.find(accountId, region);
    if (!hub) {
      hub = { accountId, region, enabled: true, subscribedAt: EPOCH, members: new Map() };
      this.hubs.set(`${accountId}/${region}`, hub);
    }
    return hub;
  }

  /** The hub if it was seeded or used, without creating one. */
  find(accountId: string, region: string): Hub | undefined {
    return this.hubs.get(`${accountId}/${region}`);
  }

  /** Every hub in `region`, for the member side (GetInvitationsCount). */
  hubsIn(region: string): Hub[] {
    return [...this.hubs.values()].filter((hub) => hub.region === region);
  }

  snapshot(): HubSnapshot[] {
    return [...this.hubs.values()].map((hub) => ({
      accountId: hub.accountId,
      region: hub.region,
      hubEnabled: hub.enabled,
      members: [...hub.members.values()].map((member) => memberJson(hub.accountId, member)),
    }));
  }
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

/** Status compared the way the action must: case-insensitive, `Associated` ≡ `Enabled` (API facts §3.2). */
export function statusIs(member: MemberRecord, status: string): boolean {
  const folded = member.status.toLowerCase();
  const wanted = status.toLowerCase();
  return folded === wanted || (wanted === 'enabled' && folded === 'associated');
}
