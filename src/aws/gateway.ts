import {
  CreateMembersCommand,
  DeleteMembersCommand,
  DescribeHubCommand,
  DisassociateMembersCommand,
  GetMembersCommand,
  InviteMembersCommand,
  SecurityHubClient,
  paginateListMembers,
  type Member as SdkMember,
  type Result as SdkResult,
} from '@aws-sdk/client-securityhub';
import { normalizeMemberStatus, type Member } from '../model.js';
import type { AwsCredentials } from './credentials.js';
import { TokenBuckets } from './token-bucket.js';

/** What AWS said about one account it did not process (`Result` in the API, free text). */
export interface AccountResult {
  accountId: string;
  processingResult: string;
}

export interface AccountDetails {
  accountId: string;
  email?: string;
}

/** The Security Hub CSPM member calls the action makes in one Region, in the action's own types. */
export interface SecurityHubGateway {
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

/** CreateMembers takes at most 50 accounts (API facts §1.2); the other member calls are batched the same way. */
export const MAX_BATCH = 50;

/** An AWS call that failed after the SDK's retries, with what the action was doing. */
export class AwsCallError extends Error {
  constructor(
    readonly operation: string,
    readonly region: string,
    readonly errorName: string,
    readonly detail: string,
    readonly httpStatus?: number,
  ) {
    super(`${operation} failed in ${region}: ${errorName}: ${detail}`);
    this.name = 'AwsCallError';
  }
}

export class HubNotEnabledError extends AwsCallError {}

export interface GatewayOptions {
  credentials: AwsCredentials;
  /** Client-side rate per operation; the service allows 10/s with a burst of 30 (API facts §5). */
  ratePerSecond?: number;
  burst?: number;
  /** The SDK's default of 3 attempts is too few for bulk runs that meet throttling. */
  maxAttempts?: number;
  /** A hung socket must not hold the job for hours. */
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
}

/** Counts per operation, for logs and the benchmark. */
export interface CallStats {
  calls: Record<string, number>;
  throttled: number;
}

export function createSecurityHubGateway(region: string, options: GatewayOptions, stats: CallStats): SecurityHubGateway {
  const client = new SecurityHubClient({
    region,
    credentials: options.credentials,
    maxAttempts: options.maxAttempts ?? 8,
    requestHandler: httpOptions(options),
  });
  const buckets = new TokenBuckets(options.ratePerSecond ?? 10, options.burst ?? 30);

  // Every attempt, retries included, waits for a token and is counted: this middleware sits
  // inside the SDK's retry middleware (same step, lower priority).
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = context.commandName?.replace(/Command$/, '') ?? 'unknown';
      await buckets.take(operation);
      stats.calls[operation] = (stats.calls[operation] ?? 0) + 1;
      try {
        return await next(args);
      } catch (error) {
        if (isThrottle(error)) stats.throttled += 1;
        throw error;
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'securityhubOnboardRateLimit' },
  );

  const call = async <T>(operation: string, send: () => Promise<T>): Promise<T> => {
    try {
      return await send();
    } catch (error) {
      throw toAwsCallError(operation, region, error);
    }
  };

  return {
    region,

    async describeHub() {
      try {
        await client.send(new DescribeHubCommand({}));
      } catch (error) {
        const wrapped = toAwsCallError('DescribeHub', region, error);
        // InvalidAccessException is what DescribeHub answers when the hub is not enabled (API facts §1.3).
        if (wrapped.errorName === 'InvalidAccessException') {
          throw new HubNotEnabledError('DescribeHub', region, wrapped.errorName, wrapped.detail, wrapped.httpStatus);
        }
        throw wrapped;
      }
    },

    listMembers() {
      return call('ListMembers', async () => {
        const members: Member[] = [];
        // ListMembers hides Created and Invited members unless OnlyAssociated=false (API facts §3.3).
        for await (const page of paginateListMembers({ client, pageSize: MAX_BATCH }, { OnlyAssociated: false })) {
          members.push(...(page.Members ?? []).map(toMember));
        }
        return members;
      });
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
            AccountDetails: accounts.map(({ accountId, email }) => (email ? { AccountId: accountId, Email: email } : { AccountId: accountId })),
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

/**
 * Timeouts for every AWS client. `requestTimeout` alone only logs a warning in the SDK; without
 * `throwOnRequestTimeout` a server that stops answering holds the job until GitHub's 6-hour limit.
 */
export function httpOptions(options: Pick<GatewayOptions, 'connectionTimeoutMs' | 'requestTimeoutMs'> = {}) {
  return {
    connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    throwOnRequestTimeout: true,
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
    ...(member.AdministratorId || member.MasterId ? { administratorId: member.AdministratorId ?? member.MasterId } : {}),
    ...(member.InvitedAt ? { invitedAt: new Date(member.InvitedAt) } : {}),
    ...(member.UpdatedAt ? { updatedAt: new Date(member.UpdatedAt) } : {}),
  };
}

function toAccountResult(result: SdkResult): AccountResult {
  return {
    accountId: result.AccountId ?? '',
    // ProcessingResult is free text (API facts §2): kept verbatim, never parsed.
    processingResult: result.ProcessingResult ?? 'AWS did not process this account and gave no reason.',
  };
}

const THROTTLE_NAMES = new Set(['TooManyRequestsException', 'LimitExceededException', 'ThrottlingException']);

function isThrottle(error: unknown): boolean {
  const candidate = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return candidate?.$metadata?.httpStatusCode === 429 || THROTTLE_NAMES.has(candidate?.name ?? '');
}

export function toAwsCallError(operation: string, region: string, error: unknown): AwsCallError {
  if (error instanceof AwsCallError) return error;
  const candidate = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const name = candidate?.name || 'Error';
  const detail = candidate?.message || String(error);
  return new AwsCallError(operation, region, name, detail, candidate?.$metadata?.httpStatusCode);
}
