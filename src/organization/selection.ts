// The `organization-accounts` and `exclude-accounts` inputs.
import { isAccountId } from '../accounts/validation.js';
import { Input } from '../action-interface.js';

/** Every account of the organization, or those under some roots and organizational units (recursively). */
export type OrganizationScope = { kind: 'all' } | { kind: 'units'; unitIds: string[] };

// Organizations' ID patterns (API reference, ParentId): r- then 4–32 lowercase letters or digits;
// ou- then 4–32 of them (the root's), a dash, and 8–32 more.
export const ROOT_ID = /^r-[0-9a-z]{4,32}$/;
export const OU_ID = /^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$/;

export function parseOrganizationScope(items: string[], show: (text: string) => string): { scope?: OrganizationScope; problems: string[] } {
  if (items.length === 0) return { problems: [] };
  const problems: string[] = [];
  if (items.some((item) => item.toLowerCase() === 'all')) {
    if (items.length > 1)
      problems.push(
        `Input '${Input.organizationAccounts}' takes 'all' alone, or root and organizational unit IDs; got '${show(items.join(', '))}'.`,
      );
    return { scope: { kind: 'all' }, problems };
  }
  for (const item of items) {
    if (!ROOT_ID.test(item) && !OU_ID.test(item)) {
      problems.push(
        `'${show(item)}' is not a root ID (r-…) or an organizational unit ID (ou-…-…) in input '${Input.organizationAccounts}'; use 'all' for every account of the organization.`,
      );
    }
  }
  return { scope: { kind: 'units', unitIds: [...new Set(items)] }, problems };
}

export function parseExcludedAccounts(items: string[], show: (text: string) => string): { accountIds: string[]; problems: string[] } {
  const problems = items
    .filter((item) => !isAccountId(item))
    .map((item) => `'${show(item)}' is not an AWS account ID (exactly 12 digits) in input '${Input.excludeAccounts}'.`);
  return { accountIds: [...new Set(items.filter(isAccountId))], problems };
}
