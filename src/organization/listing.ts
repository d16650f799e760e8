// The organization's accounts, read-only: every account (to tell organization accounts from
// external ones) and those under the roots and units asked for, recursively
// (docs/aws-behaviour.md#listing-the-organization).
import { errorText, type AwsCallError } from '../aws/errors.js';
import type { OrganizationAccount, OrganizationsGateway } from '../aws/organizations-gateway.js';
import { isAccessDenied } from '../aws/errors.js';
import { OU_ID, ROOT_ID, type OrganizationScope } from './selection.js';
import { ScopeStopped } from '../scope-stopped.js';

export interface OrganizationListing {
  /** Every account of the organization, any state: the accounts marked `organization`. */
  members: Set<string>;
  /** The accounts under the scope, any state, in the order Organizations listed them. */
  selected: OrganizationAccount[];
  /** How the accounts were found, for the log. */
  method: string;
}

/** The organization could not be listed: the run stops before any write, with what to do. */
export class OrganizationSourceError extends ScopeStopped {
  override name = 'OrganizationSourceError';
}

/** Organizations allows 5 levels of OUs under a root (its quotas); the walk never goes deeper than this. */
const MAX_DEPTH = 10;
/** Organizations allows 1,000 OUs by default (2,000 raised); the walk visits at most this many units. */
const MAX_UNITS = 5_000;

/**
 * ListAccounts gives every account, with its paths where the service offers them. Units are
 * selected by those paths when every account has one made of IDs (r-…/ou-…); otherwise, or when
 * ListAccounts is denied, the selected units are walked with ListChildren and ListAccountsForParent.
 */
export async function listOrganization(scope: OrganizationScope, gateway: OrganizationsGateway): Promise<OrganizationListing> {
  let all: OrganizationAccount[] | undefined;
  let listProblem: unknown;
  try {
    all = await gateway.listAccounts();
  } catch (error) {
    if (!isAccessDenied(error)) throw sourceError('ListAccounts', error);
    listProblem = error;
  }

  if (!all) {
    // Without ListAccounts, the whole tree from its roots is both the organization and the selection's source.
    const roots = await asked('ListRoots', () => gateway.listRoots(), listProblem);
    const walked = await walk(roots, gateway, listProblem);
    const members = new Set(walked.accounts.map((account) => account.accountId));
    const selected =
      scope.kind === 'all'
        ? walked.accounts
        : walked.accounts.filter((account) => scope.unitIds.some((unit) => walked.under.get(unit)?.has(account.accountId)));
    for (const unit of scope.kind === 'units' ? scope.unitIds : []) {
      if (!walked.under.has(unit)) throw new OrganizationSourceError(notFound(unit));
    }
    return {
      members,
      selected: unique(selected),
      method: `walked ${walked.under.size} root(s) and unit(s) (ListAccounts was denied: ${errorText(listProblem)})`,
    };
  }

  const members = new Set(all.map((account) => account.accountId));
  if (scope.kind === 'all') return { members, selected: all, method: `ListAccounts, ${all.length} account(s)` };

  if (all.every((account) => idPathsOf(account).length > 0)) {
    const selected = all.filter((account) => idPathsOf(account).some((segments) => scope.unitIds.some((unit) => segments.includes(unit))));
    const seen = new Set(all.flatMap((account) => idPathsOf(account).flat()));
    // A unit no path names is empty, or not in the organization: ask Organizations which.
    for (const unit of scope.unitIds.filter((id) => !seen.has(id))) await confirmUnit(unit, gateway);
    return {
      members,
      selected,
      method: `ListAccounts with account paths, ${selected.length} of ${all.length} account(s) under ${scope.unitIds.join(', ')}`,
    };
  }

  const walked = await walk(scope.unitIds, gateway, undefined);
  const inOrganization = new Map(all.map((account) => [account.accountId, account]));
  // ListAccounts is the organization's list: an account walked but not listed there (moved meanwhile) is taken as walked.
  const selected = walked.accounts.map((account) => inOrganization.get(account.accountId) ?? account);
  for (const account of selected) members.add(account.accountId);
  return { members, selected: unique(selected), method: `ListAccounts (no account paths), then walked ${walked.under.size} unit(s)` };
}

interface Walk {
  accounts: OrganizationAccount[];
  /** For every unit walked, the accounts under it, nested units included. */
  under: Map<string, Set<string>>;
}

/** Each unit's accounts (ListAccountsForParent) and child units (ListChildren), depth first, bounded. */
async function walk(startIds: string[], gateway: OrganizationsGateway, listProblem: unknown): Promise<Walk> {
  const under = new Map<string, Set<string>>();
  const accounts: OrganizationAccount[] = [];
  const visit = async (unit: string, depth: number): Promise<Set<string>> => {
    const known = under.get(unit);
    if (known) return known;
    if (depth > MAX_DEPTH)
      throw new OrganizationSourceError(`Organizational units nest deeper than ${MAX_DEPTH} levels under ${startIds.join(', ')}; stopped.`);
    if (under.size >= MAX_UNITS) throw new OrganizationSourceError(`The organization has more than ${MAX_UNITS} units to walk; stopped.`);
    const here = new Set<string>();
    under.set(unit, here);
    const direct = await asked('ListAccountsForParent', () => gateway.listAccountsForParent(unit), listProblem, unit);
    accounts.push(...direct);
    for (const account of direct) here.add(account.accountId);
    const children = await asked('ListChildren', () => gateway.listChildUnits(unit), listProblem, unit);
    for (const child of children) {
      if (!OU_ID.test(child)) continue;
      for (const id of await visit(child, depth + 1)) here.add(id);
    }
    return here;
  };
  for (const id of startIds) await visit(id, 0);
  return { accounts, under };
}

async function confirmUnit(unit: string, gateway: OrganizationsGateway): Promise<void> {
  if (ROOT_ID.test(unit)) {
    const roots = await asked('ListRoots', () => gateway.listRoots(), undefined);
    if (!roots.includes(unit)) throw new OrganizationSourceError(notFound(unit));
    return;
  }
  await asked('ListChildren', () => gateway.listChildUnits(unit), undefined, unit);
}

/** An account's paths as lists of IDs, or none when a path holds anything but organization IDs. */
export function idPathsOf(account: OrganizationAccount): string[][] {
  const paths = (account.paths ?? []).map((path) => path.split('/').filter((segment) => segment !== ''));
  const isId = (segment: string) =>
    /^o-[0-9a-z]{10,32}$/.test(segment) || ROOT_ID.test(segment) || OU_ID.test(segment) || /^\d{12}$/.test(segment);
  if (
    paths.length === 0 ||
    !paths.every((segments) => segments.length > 0 && segments.every(isId) && segments.some((segment) => ROOT_ID.test(segment)))
  )
    return [];
  return paths;
}

async function asked<T>(operation: string, call: () => Promise<T>, listProblem: unknown, unit?: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if ((error as AwsCallError).errorName === 'ParentNotFoundException' && unit) throw new OrganizationSourceError(notFound(unit));
    throw sourceError(operation, error, listProblem);
  }
}

function sourceError(operation: string, error: unknown, listProblem?: unknown): OrganizationSourceError {
  const name = (error as AwsCallError).errorName;
  if (name === 'AWSOrganizationsNotInUseException') {
    return new OrganizationSourceError(
      `organization-accounts is set, but the administrator account is not in an AWS Organization (${operation}: ${errorText(error)}).`,
    );
  }
  const denied = isAccessDenied(error)
    ? ` The role needs organizations:${operation}${listProblem ? ' (ListAccounts was denied too)' : ''}, and the administrator account must be the organization's management account or a delegated administrator (see examples/iam/).`
    : '';
  return new OrganizationSourceError(`Could not list the organization's accounts: ${errorText(error)}.${denied}`);
}

function notFound(unit: string): string {
  return `${unit} in organization-accounts is not a root or organizational unit of this organization (Organizations: ParentNotFoundException). Check the ID.`;
}

function unique(accounts: OrganizationAccount[]): OrganizationAccount[] {
  const seen = new Set<string>();
  return accounts.filter((account) => !seen.has(account.accountId) && seen.add(account.accountId));
}
