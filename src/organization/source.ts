// `organization-accounts` as an account source: the ACTIVE accounts under the scope, the others
// left out with their state, and what the organization says about its management account.
import type { AdministratorSession } from '../aws/credentials.js';
import type { CallStats } from '../aws/call-stats.js';
import { errorText } from '../aws/errors.js';
import { isAccessDenied } from '../aws/errors.js';
import type { Account } from '../model.js';
import { listOrganization } from './listing.js';
import type { OrganizationScope } from './selection.js';

export interface LeftOutAccount {
  accountId: string;
  reason: string;
}

export interface OrganizationAccounts {
  /** ACTIVE accounts under the scope, in the order Organizations listed them. */
  accounts: Account[];
  /** Accounts under the scope that are not ACTIVE, with their state. */
  leftOut: LeftOutAccount[];
  /** Every account of the organization. */
  members: Set<string>;
  /** The management account, or why it is not known (`skipped`). */
  managementAccount: { accountId?: string } | { skipped: string };
  method: string;
}

export async function organizationAccounts(
  scope: OrganizationScope,
  region: string,
  session: AdministratorSession,
  stats: CallStats,
): Promise<OrganizationAccounts> {
  // Loaded only when organization-accounts is set.
  const { createOrganizationsGateway } = await import('../aws/organizations-gateway.js');
  const gateway = createOrganizationsGateway(region, session.credentials, stats);
  const [listing, managementAccount] = await Promise.all([listOrganization(scope, gateway), managementAccountOf(gateway)]);
  const accounts: Account[] = [];
  const leftOut: LeftOutAccount[] = [];
  for (const account of listing.selected) {
    // Only ACTIVE accounts are onboarded: SUSPENDED, PENDING_CLOSURE, CLOSED and PENDING_ACTIVATION are not.
    if (account.state === 'ACTIVE') accounts.push({ accountId: account.accountId, origin: { kind: 'organization' } });
    else leftOut.push({ accountId: account.accountId, reason: `${account.state || 'no state given'} in AWS Organizations` });
  }
  return { accounts, leftOut, members: listing.members, managementAccount, method: listing.method };
}

/** DescribeOrganization names the management account; a role that may not call it skips the check. */
async function managementAccountOf(gateway: {
  describeOrganization(): Promise<{ managementAccountId?: string }>;
}): Promise<OrganizationAccounts['managementAccount']> {
  try {
    const { managementAccountId } = await gateway.describeOrganization();
    return managementAccountId ? { accountId: managementAccountId } : {};
  } catch (error) {
    if (isAccessDenied(error)) return { skipped: 'needs organizations:DescribeOrganization' };
    return { skipped: errorText(error) };
  }
}
