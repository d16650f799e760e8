// The administrator account's side of Security Hub CSPM in one Region: the member list and the
// calls that change it.
import {
  CreateMembersCommand,
  DeleteMembersCommand,
  DisassociateMembersCommand,
  GetMembersCommand,
  InviteMembersCommand,
  ListMembersCommand,
  SecurityHubClient,
  type Member as SdkMember,
  type Result as SdkResult,
} from '@aws-sdk/client-securityhub';
import { normalizeMemberStatus, type Member } from '../model.js';
import { LIST_MEMBERS_PAGES, readAllPages } from '../page-guard.js';
import { createClient, type Timeouts } from './clients.js';
import type { CallStats } from './call-stats.js';
import type { AwsCredentials } from './credentials.js';
import { wrapErrors } from './errors.js';
import { MAX_BATCH, describeHub } from './security-hub.js';

/** What AWS said about one account it did not process (`Result` in the API, free text). */
export interface AccountResult {
  accountId: string;
  processingResult: string;
}

export interface AccountDetails {
  accountId: string;
  email?: string;
}

/** The Security Hub CSPM member calls the administrator account makes in one Region, in the action's own types. */
export interface AdministratorGateway {
  readonly region: string;
  /** Resolves when Security Hub CSPM is enabled for the caller in this Region; throws HubNotEnabledError if not. */
  describeHub(): Promise<void>;
  listMembers(): Promise<Member[]>;
  getMembers(accountIds: string[]): Promise<{ members: Member[]; unprocessed: AccountResult[] }>;
  createMembers(accounts: AccountDetails[]): Promise<AccountResult[]>;
  inviteMembers(accountIds: string[]): Promise<AccountResult[]>;
  /** DisassociateMembers answers nothing per account: it succeeds or fails as a whole. */
  disassociateMembers(accountIds: string[]): Promise<void>;
  deleteMembers(accountIds: string[]): Promise<AccountResult[]>;
}

export interface GatewayOptions extends Timeouts {
  credentials: AwsCredentials;
  /**
   * Client-side rate per operation. The service allows 10/s with a burst of 30 (docs/aws-behaviour.md#rate-limits);
   * the client's default burst is 25, a margin for other callers of the same account and Region.
   */
  ratePerSecond?: number;
  burst?: number;
  /** The SDK's default of 3 attempts is too few for bulk runs that meet throttling. */
  maxAttempts?: number;
}

export function createAdministratorGateway(region: string, options: GatewayOptions, stats: CallStats): AdministratorGateway {
  const metering = { ratePerSecond: options.ratePerSecond ?? 10, burst: options.burst ?? 25, stats };
  const client = createClient(SecurityHubClient, { ...options, region, metering });

  const call = <T>(operation: string, send: () => Promise<T>) => wrapErrors(operation, region, send);

  return {
    region,

    describeHub: () => describeHub(client, region),

    listMembers() {
      // ListMembers hides Created and Invited members unless OnlyAssociated=false (docs/aws-behaviour.md#list-members).
      // Paged by hand: the SDK's paginator follows a repeated or endless NextToken forever.
      return call('ListMembers', () =>
        readAllPages(LIST_MEMBERS_PAGES, async (token) => {
          const page = await client.send(new ListMembersCommand({ OnlyAssociated: false, MaxResults: MAX_BATCH, NextToken: token }));
          return { items: (page.Members ?? []).map(toMember), nextToken: page.NextToken };
        }),
      );
    },

    async getMembers(accountIds) {
      assertBatch('GetMembers', accountIds.length);
      return call('GetMembers', async () => {
        const output = await client.send(new GetMembersCommand({ AccountIds: accountIds }));
        return { members: (output.Members ?? []).map(toMember), unprocessed: (output.UnprocessedAccounts ?? []).map(toAccountResult) };
      });
    },

    async createMembers(accounts) {
      assertBatch('CreateMembers', accounts.length);
      return call('CreateMembers', async () => {
        const output = await client.send(
          new CreateMembersCommand({
            AccountDetails: accounts.map(({ accountId, email }) =>
              email ? { AccountId: accountId, Email: email } : { AccountId: accountId },
            ),
          }),
        );
        return (output.UnprocessedAccounts ?? []).map(toAccountResult);
      });
    },

    async inviteMembers(accountIds) {
      assertBatch('InviteMembers', accountIds.length);
      return call('InviteMembers', async () => {
        const output = await client.send(new InviteMembersCommand({ AccountIds: accountIds }));
        return (output.UnprocessedAccounts ?? []).map(toAccountResult);
      });
    },

    async disassociateMembers(accountIds) {
      assertBatch('DisassociateMembers', accountIds.length);
      await call('DisassociateMembers', () => client.send(new DisassociateMembersCommand({ AccountIds: accountIds })));
    },

    async deleteMembers(accountIds) {
      assertBatch('DeleteMembers', accountIds.length);
      return call('DeleteMembers', async () => {
        const output = await client.send(new DeleteMembersCommand({ AccountIds: accountIds }));
        return (output.UnprocessedAccounts ?? []).map(toAccountResult);
      });
    },
  };
}

function assertBatch(operation: string, size: number): void {
  if (size < 1 || size > MAX_BATCH) throw new Error(`${operation} called with ${size} accounts; batches hold 1 to ${MAX_BATCH}.`);
}

function toMember(member: SdkMember): Member {
  return {
    accountId: member.AccountId ?? '',
    status: normalizeMemberStatus(member.MemberStatus),
    rawStatus: member.MemberStatus ?? '',
    ...(member.Email ? { email: member.Email } : {}),
    ...(member.AdministratorId || member.MasterId ? { administratorId: member.AdministratorId ?? member.MasterId ?? '' } : {}),
    ...(member.InvitedAt ? { invitedAt: new Date(member.InvitedAt) } : {}),
    ...(member.UpdatedAt ? { updatedAt: new Date(member.UpdatedAt) } : {}),
  };
}

function toAccountResult(result: SdkResult): AccountResult {
  return {
    accountId: result.AccountId ?? '',
    // ProcessingResult is free text (docs/aws-behaviour.md#processing-result): kept verbatim.
    processingResult: result.ProcessingResult ?? 'AWS did not process this account and gave no reason.',
  };
}
