// The scenario's AWS Organization: a tree of a root, organizational units and accounts, as
// Organizations lists it, and the administrator's Security Hub CSPM delegation per Region.
import type { OrganizationAccountSeed, OrganizationSeed, OrganizationUnitSeed } from '../scenario.js';

export const DEFAULT_ORGANIZATION_ID = 'o-exampleorg1';
export const DEFAULT_ROOT_ID = 'r-exam';
export const DEFAULT_MANAGEMENT_ACCOUNT_ID = '999999999999';

export interface ModelAccount {
  id: string;
  state: string;
  email: string;
  name: string;
  parentId: string;
  /** Organization IDs from the organization down to the account, ending with `/` (the emulator's choice of format). */
  path: string;
}

interface ModelUnit {
  id: string;
  childUnits: string[];
  accounts: string[];
  path: string;
}

export class OrganizationModel {
  readonly id: string;
  readonly rootId: string;
  readonly managementAccountId: string;
  readonly accounts = new Map<string, ModelAccount>();
  /** Accounts in listing order: the root's first, then each unit's, depth first. */
  readonly accountOrder: string[] = [];
  private readonly units = new Map<string, ModelUnit>();

  constructor(readonly seed: OrganizationSeed) {
    this.id = seed.id ?? DEFAULT_ORGANIZATION_ID;
    this.rootId = seed.rootId ?? DEFAULT_ROOT_ID;
    this.managementAccountId = seed.managementAccountId ?? DEFAULT_MANAGEMENT_ACCOUNT_ID;
    this.addUnit({ id: this.rootId, accounts: seed.accounts ?? [], units: seed.units ?? [] }, `${this.id}/`);
  }

  isParent(id: string): boolean {
    return this.units.has(id);
  }

  childUnits(parentId: string): string[] {
    return this.units.get(parentId)?.childUnits ?? [];
  }

  accountsOf(parentId: string): ModelAccount[] {
    return (this.units.get(parentId)?.accounts ?? []).map((id) => this.accounts.get(id)!);
  }

  /** Accounts that CreateMembers treats as organization accounts: every state but CLOSED. */
  memberAccountIds(): string[] {
    return this.accountOrder.filter((id) => this.accounts.get(id)!.state !== 'CLOSED');
  }

  suspendedAccountIds(): string[] {
    return this.accountOrder.filter((id) => ['SUSPENDED', 'PENDING_CLOSURE'].includes(this.accounts.get(id)!.state));
  }

  private addUnit(unit: OrganizationUnitSeed, parentPath: string): void {
    if (this.units.has(unit.id)) throw new Error(`Scenario organization lists unit ${unit.id} twice.`);
    const path = `${parentPath}${unit.id}/`;
    const model: ModelUnit = { id: unit.id, childUnits: [], accounts: [], path };
    this.units.set(unit.id, model);
    for (const account of unit.accounts ?? []) this.addAccount(account, model);
    for (const child of unit.units ?? []) {
      model.childUnits.push(child.id);
      this.addUnit(child, path);
    }
  }

  private addAccount(seed: OrganizationAccountSeed, unit: ModelUnit): void {
    if (this.accounts.has(seed.id)) throw new Error(`Scenario organization lists account ${seed.id} twice.`);
    unit.accounts.push(seed.id);
    this.accountOrder.push(seed.id);
    this.accounts.set(seed.id, {
      id: seed.id,
      state: seed.state ?? 'ACTIVE',
      email: seed.email ?? `aws+${seed.id}@example.com`,
      name: seed.name ?? `account-${seed.id}`,
      parentId: unit.id,
      path: `${unit.path}${seed.id}/`,
    });
  }
}

/** Whether the administrator is the Security Hub CSPM delegated administrator in `region`. */
export function isDelegatedIn(seed: OrganizationSeed | undefined, region: string): boolean {
  const delegated = seed?.delegatedAdministrator ?? true;
  return Array.isArray(delegated) ? delegated.includes(region) : delegated;
}
