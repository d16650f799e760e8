// AWS Organizations, read-only: the calls the Security Hub CSPM delegated administrator may make to
// list its organization (docs/aws-behaviour.md#listing-the-organization). Organizations documents no rate, refuses concurrent requests ("another
// request is already in progress") and throttles with 400 TooManyRequestsException, so every call
// goes one at a time, a few per second, with the action's bounded retries.
import {
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListChildrenCommand,
  ListRootsCommand,
  DescribeOrganizationCommand,
  OrganizationsClient,
  type Account as SdkAccount,
} from '@aws-sdk/client-organizations';
import pLimit from 'p-limit';
import type { AwsCredentials } from './credentials.js';
import { createClient } from './clients.js';
import type { CallStats } from './call-stats.js';
import { wrapErrors } from './errors.js';
import { readAllPages, type PageLimit } from '../page-guard.js';
import { MAX_ATTEMPTS } from './retry.js';

/** An account as Organizations lists it, in the action's types. */
export interface OrganizationAccount {
  accountId: string;
  /** `State` where AWS sends it, else the retiring `Status` (API reference, Account). Empty if neither. */
  state: string;
  email?: string;
  name?: string;
  /** The account's paths in the organization, where the service offers them. */
  paths?: string[];
}

export interface OrganizationDescription {
  organizationId: string;
  managementAccountId?: string;
}

export interface OrganizationsGateway {
  listAccounts(): Promise<OrganizationAccount[]>;
  listAccountsForParent(parentId: string): Promise<OrganizationAccount[]>;
  listChildUnits(parentId: string): Promise<string[]>;
  listRoots(): Promise<string[]>;
  describeOrganization(): Promise<OrganizationDescription>;
}

/** The client-side pace: Organizations documents none; few requests a second, one at a time. */
export const ORGANIZATIONS_RATE = { ratePerSecond: 5, burst: 5 } as const;
/** List pages hold at most 20 entries (the model's MaxResults). */
const PAGE_SIZE = 20;
/** 10,000 accounts are 500 full pages; Organizations may answer short or empty pages, hence the room. */
const pagesOf = (list: string): PageLimit => ({
  list,
  maxPages: 2_000,
  basis: 'an organization holds at most 10,000 accounts, 500 pages of 20, and Organizations may answer short or empty pages',
});

export function createOrganizationsGateway(region: string, credentials: AwsCredentials, stats: CallStats): OrganizationsGateway {
  const client = createClient(OrganizationsClient, {
    region,
    credentials,
    maxAttempts: MAX_ATTEMPTS.throttling,
    metering: { ...ORGANIZATIONS_RATE, stats },
  });
  const oneAtATime = pLimit(1);
  const call = <T>(operation: string, send: () => Promise<T>) => wrapErrors(operation, region, send);
  const accounts = (
    operation: string,
    send: (token: string | undefined) => Promise<{ Accounts?: SdkAccount[] | undefined; NextToken?: string | undefined }>,
  ) =>
    call(operation, () =>
      readAllPages(pagesOf(operation), async (token) => {
        const output = await oneAtATime(() => send(token));
        return { items: (output.Accounts ?? []).flatMap(toAccount), ...(output.NextToken && { nextToken: output.NextToken }) };
      }),
    );
  const page = (token: string | undefined) => ({ MaxResults: PAGE_SIZE, ...(token && { NextToken: token }) });

  return {
    listAccounts: () => accounts('ListAccounts', (token) => client.send(new ListAccountsCommand(page(token)))),

    listAccountsForParent: (parentId) =>
      accounts('ListAccountsForParent', (token) => client.send(new ListAccountsForParentCommand({ ParentId: parentId, ...page(token) }))),

    listChildUnits: (parentId) =>
      call('ListChildren', () =>
        readAllPages(pagesOf('ListChildren'), async (token) => {
          const output = await oneAtATime(() =>
            client.send(new ListChildrenCommand({ ParentId: parentId, ChildType: 'ORGANIZATIONAL_UNIT', ...page(token) })),
          );
          return {
            items: (output.Children ?? []).flatMap((child) => (child.Id ? [child.Id] : [])),
            ...(output.NextToken && { nextToken: output.NextToken }),
          };
        }),
      ),

    listRoots: () =>
      call('ListRoots', () =>
        readAllPages(pagesOf('ListRoots'), async (token) => {
          const output = await oneAtATime(() => client.send(new ListRootsCommand(page(token))));
          return {
            items: (output.Roots ?? []).flatMap((root) => (root.Id ? [root.Id] : [])),
            ...(output.NextToken && { nextToken: output.NextToken }),
          };
        }),
      ),

    describeOrganization: () =>
      call('DescribeOrganization', async () => {
        const { Organization: organization } = await oneAtATime(() => client.send(new DescribeOrganizationCommand({})));
        return {
          organizationId: organization?.Id ?? '',
          ...(organization?.MasterAccountId && { managementAccountId: organization.MasterAccountId }),
        };
      }),
  };
}

function toAccount(account: SdkAccount): OrganizationAccount[] {
  if (!account.Id) return [];
  return [
    {
      accountId: account.Id,
      // `Status` retires on 9 September 2026; `State` replaces it and adds CLOSED and PENDING_ACTIVATION.
      state: account.State ?? account.Status ?? '',
      ...(account.Email && { email: account.Email }),
      ...(account.Name && { name: account.Name }),
      ...(account.Paths && { paths: account.Paths }),
    },
  ];
}
