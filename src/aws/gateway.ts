import {
  CreateMembersCommand,
  DeleteMembersCommand,
  DescribeHubCommand,
  DisassociateMembersCommand,
  GetMembersCommand,
  InviteMembersCommand,
  ListMembersCommand,
  SecurityHubClient,
  type Member as SdkMember,
  type Result as SdkResult,
} from '@aws-sdk/client-securityhub';
import type { MiddlewareStack } from '@smithy/types';
import { normalizeMemberStatus, type Member } from '../model.js';
import { MEMBER_LIMIT_ADVICE } from './answers.js';
import { LIST_MEMBERS_PAGES, PageGuard } from '../page-guard.js';
import { requestTimeoutMs } from '../timeouts.js';
import type { AwsCredentials } from './credentials.js';
import { isMemberLimitExceeded, isUnansweredRequest, retryOptions } from './retry.js';
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

/** CreateMembers takes at most 50 accounts (docs/aws-behaviour.md#batches); the other member calls are batched the same way. */
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
  /**
   * Client-side rate per operation. The service allows 10/s with a burst of 30 (docs/aws-behaviour.md#rate-limits);
   * the client's default burst is 25, a margin for other callers of the same account and Region.
   */
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
    ...retryOptions(options.maxAttempts),
    requestHandler: httpOptions(options),
  });
  instrumentClient(client, new TokenBuckets(options.ratePerSecond ?? 10, options.burst ?? 25), stats);

  const call = <T>(operation: string, send: () => Promise<T>) => wrapErrors(operation, region, send);

  return {
    region,

    describeHub: () => describeHub(client, region),

    listMembers() {
      return call('ListMembers', async () => {
        const members: Member[] = [];
        // ListMembers hides Created and Invited members unless OnlyAssociated=false (docs/aws-behaviour.md#list-members).
        // Paged by hand: the SDK's paginator follows a repeated or endless NextToken forever.
        const pages = new PageGuard(LIST_MEMBERS_PAGES);
        let token: string | undefined;
        do {
          const page = await client.send(new ListMembersCommand({ OnlyAssociated: false, MaxResults: MAX_BATCH, NextToken: token }));
          members.push(...(page.Members ?? []).map(toMember));
          token = page.NextToken;
        } while (pages.follow(token));
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

export { REQUEST_TIMEOUT_ENV } from '../timeouts.js';

/**
 * Timeouts for every AWS client. `requestTimeout` alone only logs a warning in the SDK; without
 * `throwOnRequestTimeout` a server that stops answering holds the job until GitHub's 6-hour limit.
 * 10 s per request: the member APIs answer within a second or two, and a timed-out request is tried
 * twice at most (retry.ts), so a Region that stops answering costs about 20 s per call rather than
 * the 8 × 30 s of 8 attempts at the SDK's usual timeout.
 */
export function httpOptions(
  options: Pick<GatewayOptions, 'connectionTimeoutMs' | 'requestTimeoutMs'> = {},
  env: NodeJS.ProcessEnv = process.env,
) {
  return {
    connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    requestTimeout: options.requestTimeoutMs ?? requestTimeoutMs(env),
    throwOnRequestTimeout: true,
  };
}

/**
 * Every attempt, retries included, waits for a token of its operation's bucket and is counted:
 * the middleware sits inside the SDK's retry middleware (same step, lower priority). The token is
 * taken for good when the answer is back (token-bucket.ts: the service may count it that late).
 */
export function instrumentClient<Input extends object, Output extends object>(
  client: { middlewareStack: MiddlewareStack<Input, Output> },
  buckets: TokenBuckets,
  stats: CallStats,
): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = context.commandName?.replace(/Command$/, '') ?? 'unknown';
      const release = await buckets.acquire(operation);
      stats.calls[operation] = (stats.calls[operation] ?? 0) + 1;
      try {
        return await next(args);
      } catch (error) {
        if (isThrottle(error)) stats.throttled += 1;
        throw error;
      } finally {
        release();
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'securityhubOnboardRateLimit' },
  );
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

const THROTTLE_NAMES = new Set(['TooManyRequestsException', 'LimitExceededException', 'ThrottlingException']);

/** A rate limit the SDK waits out; the member cap is a 429 too, but it is not retried (retry.ts). */
function isThrottle(error: unknown): boolean {
  const candidate = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  if (isMemberLimitExceeded(error)) return false;
  return candidate?.$metadata?.httpStatusCode === 429 || THROTTLE_NAMES.has(candidate?.name ?? '');
}

/** DescribeHub for the caller: resolves when its hub is enabled in the Region, else HubNotEnabledError. */
export async function describeHub(client: SecurityHubClient, region: string): Promise<void> {
  try {
    await client.send(new DescribeHubCommand({}));
  } catch (error) {
    const wrapped = toAwsCallError('DescribeHub', region, error);
    // InvalidAccessException is what DescribeHub answers when the hub is not enabled (docs/aws-behaviour.md#hub-not-enabled).
    if (wrapped.errorName === 'InvalidAccessException') {
      throw new HubNotEnabledError('DescribeHub', region, wrapped.errorName, wrapped.detail, wrapped.httpStatus);
    }
    throw wrapped;
  }
}

/** Runs one AWS call and gives any failure the operation and Region it happened in. */
export async function wrapErrors<T>(operation: string, region: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw toAwsCallError(operation, region, error);
  }
}

/** The text reported for a failed call: the AWS error name and message, without the stack. */
export function errorText(error: unknown): string {
  if (error instanceof AwsCallError) return `${error.errorName}: ${error.detail}`;
  return error instanceof Error ? error.message : String(error);
}

export function toAwsCallError(operation: string, region: string, error: unknown): AwsCallError {
  if (error instanceof AwsCallError) return error;
  const candidate = error as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  // The SDK calls a reset connection "TimeoutError: socket hang up"; its Node code says what happened.
  const name = (candidate?.name === 'TimeoutError' && !isUnansweredRequest(error) && candidate.code) || candidate?.name || 'Error';
  const message = candidate?.message || String(error);
  const detail = isMemberLimitExceeded(error) ? `${message} ${MEMBER_LIMIT_ADVICE}` : message;
  return new AwsCallError(operation, region, name, detail, candidate?.$metadata?.httpStatusCode);
}
