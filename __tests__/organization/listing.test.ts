import { describe, expect, it } from 'vitest';
import { AwsCallError } from '../../src/aws/errors.js';
import type { OrganizationAccount, OrganizationsGateway } from '../../src/aws/organizations-gateway.js';
import { idPathsOf, listOrganization, OrganizationSourceError } from '../../src/organization/listing.js';

const account = (accountId: string, paths?: string[]): OrganizationAccount => ({ accountId, state: 'ACTIVE', ...(paths && { paths }) });

function gateway(
  accounts: OrganizationAccount[],
  overrides: Partial<OrganizationsGateway> = {},
): OrganizationsGateway & { calls: string[] } {
  const calls: string[] = [];
  const record = <T>(name: string, value: T) => {
    calls.push(name);
    return Promise.resolve(value);
  };
  return {
    calls,
    listAccounts: () => record('ListAccounts', accounts),
    listAccountsForParent: (parent) =>
      record(`ListAccountsForParent ${parent}`, parent === 'ou-abcd-11111111' ? [account('111111111111')] : []),
    listChildUnits: (parent) => record(`ListChildren ${parent}`, parent === 'ou-abcd-11111111' ? ['ou-abcd-22222222'] : []),
    listRoots: () => record('ListRoots', ['r-abcd']),
    describeOrganization: () => record('DescribeOrganization', { organizationId: 'o-abcdefghij' }),
    ...overrides,
  };
}

describe('idPathsOf', () => {
  it('reads paths made of organization IDs, whatever the slashes', () => {
    expect(idPathsOf(account('111111111111', ['o-abcdefghij/r-abcd/ou-abcd-11111111/111111111111/']))).toEqual([
      ['o-abcdefghij', 'r-abcd', 'ou-abcd-11111111', '111111111111'],
    ]);
    expect(idPathsOf(account('111111111111', ['/r-abcd/ou-abcd-11111111']))).toEqual([['r-abcd', 'ou-abcd-11111111']]);
  });

  it('takes none when a path holds names or no root, so the units are walked instead', () => {
    expect(idPathsOf(account('111111111111', ['Root/Production/app']))).toEqual([]);
    expect(idPathsOf(account('111111111111', ['ou-abcd-11111111/111111111111']))).toEqual([]);
    expect(idPathsOf(account('111111111111'))).toEqual([]);
  });
});

describe('listOrganization', () => {
  it("selects by the accounts' paths, nested units included, without walking", async () => {
    const accounts = [
      account('111111111111', ['o-abcdefghij/r-abcd/ou-abcd-11111111/111111111111/']),
      account('222222222222', ['o-abcdefghij/r-abcd/ou-abcd-11111111/ou-abcd-22222222/222222222222/']),
      account('333333333333', ['o-abcdefghij/r-abcd/333333333333/']),
    ];
    const source = gateway(accounts);
    const listing = await listOrganization({ kind: 'units', unitIds: ['ou-abcd-11111111'] }, source);
    expect(listing.selected.map((entry) => entry.accountId)).toEqual(['111111111111', '222222222222']);
    expect([...listing.members]).toEqual(['111111111111', '222222222222', '333333333333']);
    expect(source.calls).toEqual(['ListAccounts']);
  });

  it('walks the units when an account has no path', async () => {
    const source = gateway([account('111111111111'), account('333333333333')]);
    const listing = await listOrganization({ kind: 'units', unitIds: ['ou-abcd-11111111'] }, source);
    expect(listing.selected.map((entry) => entry.accountId)).toEqual(['111111111111']);
    expect(source.calls).toEqual([
      'ListAccounts',
      'ListAccountsForParent ou-abcd-11111111',
      'ListChildren ou-abcd-11111111',
      'ListAccountsForParent ou-abcd-22222222',
      'ListChildren ou-abcd-22222222',
    ]);
  });

  it('names the permission when a needed call is denied', async () => {
    const denied = () =>
      Promise.reject(
        new AwsCallError('ListChildren', 'us-east-1', 'AccessDeniedException', "You don't have permissions to access this resource."),
      );
    const source = gateway([account('111111111111')], { listChildUnits: denied });
    await expect(listOrganization({ kind: 'units', unitIds: ['ou-abcd-11111111'] }, source)).rejects.toThrow(
      /The role needs organizations:ListChildren/,
    );
    await expect(listOrganization({ kind: 'units', unitIds: ['ou-abcd-11111111'] }, source)).rejects.toBeInstanceOf(
      OrganizationSourceError,
    );
  });
});
