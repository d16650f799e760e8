// The role the administrator assumes in each member account (scenario `memberRoles`). Every account
// has one whose trust policy names the administrator account as principal, and the external ID as a
// condition when one is set, unless the scenario denies it or leaves it out. IAM gives all of these
// refusals the same AccessDenied, so the caller never learns whether the role exists.
import type { Caller } from './credentials.js';
import type { ResolvedScenario } from '../scenario.js';

/** What AssumeRole needs of a role: the account its sessions act in, and how long they may last. */
export interface AssumableRole {
  accountId: string;
  maxSessionDuration: number;
}

const ROLE_ARN = /^arn:([\w-]+):iam::(\d{12}):role\/(.+)$/;
/** IAM's default MaxSessionDuration. */
const MAX_SESSION_SECONDS = 3600;

/** The member role `roleArn`, if `caller` may assume it with `externalId`; undefined means AccessDenied. */
export function memberRole(
  scenario: ResolvedScenario,
  roleArn: string,
  caller: Caller,
  externalId: string | undefined,
): AssumableRole | undefined {
  const roles = scenario.memberRoles;
  const [, partition, accountId, roleName] = ROLE_ARN.exec(roleArn) ?? [];
  if (!roles || !accountId || partition !== scenario.partition || roleName !== roles.roleName) return undefined;
  if (roles.deny.has(accountId) || roles.missing.has(accountId)) return undefined;
  if (caller.accountId !== scenario.administratorAccountId) return undefined;
  if (roles.externalId !== undefined && externalId !== roles.externalId) return undefined;
  return { accountId, maxSessionDuration: MAX_SESSION_SECONDS };
}
