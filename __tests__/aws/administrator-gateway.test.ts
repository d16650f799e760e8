import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CreateMembersCommand,
  DescribeHubCommand,
  GetMembersCommand,
  InternalException,
  InvalidAccessException,
  InvalidInputException,
  InviteMembersCommand,
  LimitExceededException,
  ListMembersCommand,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdministratorGateway, type GatewayOptions } from '../../src/aws/administrator-gateway.js';
import { httpOptions } from '../../src/aws/clients.js';
import type { CallStats } from '../../src/aws/call-stats.js';
import { REQUEST_TIMEOUT_ENV } from '../../src/timeouts.js';
import { AwsCallError, HubNotEnabledError, toAwsCallError } from '../../src/aws/errors.js';
import { MAX_BATCH } from '../../src/aws/security-hub.js';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret-example' };
const REGION = 'eu-west-1';

function newStats(): CallStats {
  return { calls: {}, throttled: 0 };
}

function accountIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => String(100000000000 + index));
}

/** Runs a gateway call so that a synchronous throw and a rejection both show as a rejection. */
function attempt<T>(call: () => Promise<T>): Promise<T> {
  return Promise.resolve().then(call);
}

describe('the Security Hub CSPM gateway (SDK client mocked)', () => {
  let securityHub: AwsClientStub<SecurityHubClient>;
  const gateway = () => createAdministratorGateway(REGION, { credentials }, newStats());

  beforeAll(() => {
    securityHub = mockClient(SecurityHubClient);
  });
  beforeEach(() => {
    securityHub.reset();
  });
  afterAll(() => {
    securityHub.restore();
  });

  it('reports its Region', () => {
    expect(gateway().region).toBe(REGION);
  });

  describe('listMembers', () => {
    it('asks for every member, not only associated ones, 50 at a time', async () => {
      securityHub.on(ListMembersCommand).resolves({ Members: [] });
      await gateway().listMembers();
      expect(securityHub.commandCalls(ListMembersCommand).map((call) => call.args[0].input)).toEqual([
        { OnlyAssociated: false, MaxResults: 50 },
      ]);
    });

    it('follows NextToken across pages and returns the members of every page', async () => {
      const pages = [
        { Members: [{ AccountId: '111111111111', MemberStatus: 'Enabled' }], NextToken: 'page-2' },
        { Members: [{ AccountId: '222222222222', MemberStatus: 'Created' }], NextToken: 'page-3' },
        { Members: [{ AccountId: '333333333333', MemberStatus: 'Invited' }] },
      ];
      // The SDK paginator reuses one input object for every page, so each input is copied as it is sent.
      const sent: object[] = [];
      securityHub.on(ListMembersCommand).callsFake((input: object) => {
        sent.push({ ...input });
        return pages.shift();
      });

      const members = await gateway().listMembers();

      expect(members.map((member) => member.accountId)).toEqual(['111111111111', '222222222222', '333333333333']);
      expect(sent).toEqual([
        { OnlyAssociated: false, MaxResults: 50 },
        { OnlyAssociated: false, MaxResults: 50, NextToken: 'page-2' },
        { OnlyAssociated: false, MaxResults: 50, NextToken: 'page-3' },
      ]);
    });

    it('returns no members when a page has none', async () => {
      securityHub.on(ListMembersCommand).resolves({});
      expect(await gateway().listMembers()).toEqual([]);
    });

    it('normalises statuses case-insensitively, reads Associated as Enabled, and keeps the raw status', async () => {
      const raw = [
        'ASSOCIATED',
        'associated',
        'Created',
        'INVITED',
        'enabled',
        'Removed',
        'resigned',
        'DELETED',
        'accountsuspended',
        'Paused',
      ];
      securityHub
        .on(ListMembersCommand)
        .resolves({ Members: raw.map((MemberStatus, index) => ({ AccountId: accountIds(10)[index], MemberStatus })) });

      const members = await gateway().listMembers();

      expect(members.map(({ status, rawStatus }) => [rawStatus, status])).toEqual([
        ['ASSOCIATED', 'Enabled'],
        ['associated', 'Enabled'],
        ['Created', 'Created'],
        ['INVITED', 'Invited'],
        ['enabled', 'Enabled'],
        ['Removed', 'Removed'],
        ['resigned', 'Resigned'],
        ['DELETED', 'Deleted'],
        ['accountsuspended', 'AccountSuspended'],
        ['Paused', 'Unknown'],
      ]);
    });

    it('reads a member without a status as Unknown with an empty raw status', async () => {
      securityHub.on(ListMembersCommand).resolves({ Members: [{ AccountId: '111111111111' }] });
      expect(await gateway().listMembers()).toStrictEqual([{ accountId: '111111111111', status: 'Unknown', rawStatus: '' }]);
    });

    it('maps the member fields to the action’s own Member', async () => {
      const invitedAt = new Date('2024-05-01T10:00:00Z');
      const updatedAt = new Date('2024-05-02T10:00:00Z');
      securityHub.on(ListMembersCommand).resolves({
        Members: [
          {
            AccountId: '111111111111',
            Email: 'a@example.com',
            MemberStatus: 'Invited',
            AdministratorId: '999999999999',
            InvitedAt: invitedAt,
            UpdatedAt: updatedAt,
          },
          { AccountId: '222222222222', MemberStatus: 'Enabled', MasterId: '888888888888' },
        ],
      });

      expect(await gateway().listMembers()).toStrictEqual([
        {
          accountId: '111111111111',
          email: 'a@example.com',
          status: 'Invited',
          rawStatus: 'Invited',
          administratorId: '999999999999',
          invitedAt,
          updatedAt,
        },
        { accountId: '222222222222', status: 'Enabled', rawStatus: 'Enabled', administratorId: '888888888888' },
      ]);
    });

    it('fails as a whole, as ListMembers, when a later page fails', async () => {
      securityHub
        .on(ListMembersCommand)
        .resolvesOnce({ Members: [{ AccountId: '111111111111', MemberStatus: 'Enabled' }], NextToken: 'page-2' })
        .rejectsOnce(new InternalException({ message: 'Internal failure', $metadata: { httpStatusCode: 500 } }));

      await expect(gateway().listMembers()).rejects.toMatchObject({
        name: 'AwsCallError',
        operation: 'ListMembers',
        region: REGION,
        errorName: 'InternalException',
        detail: 'Internal failure',
        httpStatus: 500,
      });
    });
  });

  describe('getMembers', () => {
    it('sends the account IDs and returns the members and the unprocessed accounts', async () => {
      securityHub.on(GetMembersCommand).resolves({
        Members: [{ AccountId: '111111111111', MemberStatus: 'Created' }],
        UnprocessedAccounts: [{ AccountId: '222222222222', ProcessingResult: 'Member not found' }],
      });

      const answer = await gateway().getMembers(['111111111111', '222222222222']);

      expect(securityHub.commandCalls(GetMembersCommand).map((call) => call.args[0].input)).toEqual([
        { AccountIds: ['111111111111', '222222222222'] },
      ]);
      expect(answer).toStrictEqual({
        members: [{ accountId: '111111111111', status: 'Created', rawStatus: 'Created' }],
        unprocessed: [{ accountId: '222222222222', processingResult: 'Member not found' }],
      });
    });

    it('returns empty lists when AWS omits them', async () => {
      securityHub.on(GetMembersCommand).resolves({});
      expect(await gateway().getMembers(['111111111111'])).toEqual({ members: [], unprocessed: [] });
    });
  });

  describe('createMembers', () => {
    it('passes Email only for accounts that have one', async () => {
      securityHub.on(CreateMembersCommand).resolves({ UnprocessedAccounts: [] });

      await gateway().createMembers([
        { accountId: '111111111111', email: 'a@example.com' },
        { accountId: '222222222222' },
        { accountId: '333333333333', email: '' },
      ]);

      expect(securityHub.commandCalls(CreateMembersCommand).map((call) => call.args[0].input)).toStrictEqual([
        {
          AccountDetails: [
            { AccountId: '111111111111', Email: 'a@example.com' },
            { AccountId: '222222222222' },
            { AccountId: '333333333333' },
          ],
        },
      ]);
    });

    it('returns the unprocessed accounts verbatim, hostile text included', async () => {
      const hostile = 'Invalid email <img src=x onerror=alert(1)>\n::set-output name=x::y | [link](https://evil.example)';
      securityHub.on(CreateMembersCommand).resolves({
        UnprocessedAccounts: [
          { AccountId: '111111111111', ProcessingResult: 'The account is already a member of another administrator.' },
          { AccountId: '222222222222', ProcessingResult: hostile },
        ],
      });

      expect(await gateway().createMembers([{ accountId: '111111111111' }, { accountId: '222222222222' }])).toStrictEqual([
        { accountId: '111111111111', processingResult: 'The account is already a member of another administrator.' },
        { accountId: '222222222222', processingResult: hostile },
      ]);
    });

    it('says so when AWS gives no reason for an unprocessed account', async () => {
      securityHub.on(CreateMembersCommand).resolves({ UnprocessedAccounts: [{ AccountId: '111111111111' }] });
      expect(await gateway().createMembers([{ accountId: '111111111111' }])).toEqual([
        { accountId: '111111111111', processingResult: 'AWS did not process this account and gave no reason.' },
      ]);
    });

    it('returns nothing unprocessed when AWS omits UnprocessedAccounts', async () => {
      securityHub.on(CreateMembersCommand).resolves({});
      expect(await gateway().createMembers([{ accountId: '111111111111' }])).toEqual([]);
    });
  });

  describe('inviteMembers', () => {
    it('sends the account IDs and returns the unprocessed accounts verbatim', async () => {
      securityHub
        .on(InviteMembersCommand)
        .resolves({ UnprocessedAccounts: [{ AccountId: '222222222222', ProcessingResult: 'Account is not a member' }] });

      expect(await gateway().inviteMembers(['111111111111', '222222222222'])).toEqual([
        { accountId: '222222222222', processingResult: 'Account is not a member' },
      ]);
      expect(securityHub.commandCalls(InviteMembersCommand).map((call) => call.args[0].input)).toEqual([
        { AccountIds: ['111111111111', '222222222222'] },
      ]);
    });
  });

  describe('batch size', () => {
    it('is 50, the CreateMembers limit', () => {
      expect(MAX_BATCH).toBe(50);
    });

    it('accepts a batch of exactly 50', async () => {
      securityHub.on(CreateMembersCommand).resolves({}).on(GetMembersCommand).resolves({}).on(InviteMembersCommand).resolves({});
      const ids = accountIds(50);
      await gateway().createMembers(ids.map((accountId) => ({ accountId })));
      await gateway().getMembers(ids);
      await gateway().inviteMembers(ids);
      expect(securityHub.calls()).toHaveLength(3);
    });

    it.each<[string, (ids: string[]) => Promise<unknown>]>([
      ['CreateMembers', (ids) => gateway().createMembers(ids.map((accountId) => ({ accountId })))],
      ['GetMembers', (ids) => gateway().getMembers(ids)],
      ['InviteMembers', (ids) => gateway().inviteMembers(ids)],
    ])('refuses %s batches over 50 or empty before any call', async (operation, send) => {
      await expect(attempt(() => send(accountIds(51)))).rejects.toThrow(`${operation} called with 51 accounts; batches hold 1 to 50.`);
      await expect(attempt(() => send([]))).rejects.toThrow(`${operation} called with 0 accounts; batches hold 1 to 50.`);
      expect(securityHub.calls()).toHaveLength(0);
    });
  });

  describe('describeHub', () => {
    it('resolves when the hub is enabled', async () => {
      securityHub.on(DescribeHubCommand).resolves({ HubArn: `arn:aws:securityhub:${REGION}:999999999999:hub/default` });
      await expect(gateway().describeHub()).resolves.toBeUndefined();
      expect(securityHub.commandCalls(DescribeHubCommand)).toHaveLength(1);
    });

    it('throws HubNotEnabledError on InvalidAccessException', async () => {
      const message = 'Account 999999999999 is not subscribed to AWS Security Hub';
      securityHub
        .on(DescribeHubCommand)
        .rejects(new InvalidAccessException({ message, Code: 'InvalidAccessException', $metadata: { httpStatusCode: 401 } }));

      const error = await attempt(() => gateway().describeHub()).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(HubNotEnabledError);
      expect(error).toBeInstanceOf(AwsCallError);
      expect(error).toMatchObject({
        operation: 'DescribeHub',
        region: REGION,
        errorName: 'InvalidAccessException',
        detail: message,
        httpStatus: 401,
        message: `DescribeHub failed in ${REGION}: InvalidAccessException: ${message}`,
      });
    });

    it('throws a plain AwsCallError on any other error', async () => {
      securityHub
        .on(DescribeHubCommand)
        .rejects(new InternalException({ message: 'Internal failure', $metadata: { httpStatusCode: 500 } }));

      const error = await attempt(() => gateway().describeHub()).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(AwsCallError);
      expect(error).not.toBeInstanceOf(HubNotEnabledError);
      expect(error).toMatchObject({ operation: 'DescribeHub', errorName: 'InternalException', detail: 'Internal failure' });
    });
  });

  describe('SDK errors', () => {
    it.each<[string, new (...args: never[]) => unknown, () => Promise<unknown>]>([
      ['ListMembers', ListMembersCommand, () => gateway().listMembers()],
      ['GetMembers', GetMembersCommand, () => gateway().getMembers(['111111111111'])],
      ['CreateMembers', CreateMembersCommand, () => gateway().createMembers([{ accountId: '111111111111' }])],
      ['InviteMembers', InviteMembersCommand, () => gateway().inviteMembers(['111111111111'])],
    ])('are wrapped as AwsCallError with what %s was doing', async (operation, command, send) => {
      securityHub.onAnyCommand().rejects(new LimitExceededException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 429 } }));

      const error = await attempt(send).catch((caught: unknown) => caught);

      expect(securityHub.calls().map((call) => call.args[0])).toEqual([expect.any(command)]);
      expect(error).toBeInstanceOf(AwsCallError);
      expect(error).toMatchObject({
        name: 'AwsCallError',
        operation,
        region: REGION,
        errorName: 'LimitExceededException',
        detail: 'Rate exceeded',
        httpStatus: 429,
        message: `${operation} failed in ${REGION}: LimitExceededException: Rate exceeded`,
      });
    });

    it('keep the name of errors that are not service errors, such as a timeout', async () => {
      securityHub
        .on(InviteMembersCommand)
        .rejects(Object.assign(new Error('Connection timed out after 5000 ms'), { name: 'TimeoutError' }));
      await expect(gateway().inviteMembers(['111111111111'])).rejects.toThrow(
        new AwsCallError('InviteMembers', REGION, 'TimeoutError', 'Connection timed out after 5000 ms'),
      );
    });
  });
});

describe('httpOptions', () => {
  it('times out connections after 5 s and requests after 10 s, and makes a request timeout an error', () => {
    expect(httpOptions({}, {})).toEqual({ connectionTimeout: 5_000, requestTimeout: 10_000, throwOnRequestTimeout: true });
  });

  it(`takes the request timeout from ${REQUEST_TIMEOUT_ENV} when it is a positive whole number`, () => {
    expect(httpOptions({}, { [REQUEST_TIMEOUT_ENV]: '250' }).requestTimeout).toBe(250);
    for (const bad of ['', '0', '-5', '1.5', 'soon'])
      expect(httpOptions({}, { [REQUEST_TIMEOUT_ENV]: bad }).requestTimeout, bad).toBe(10_000);
    expect(httpOptions({ requestTimeoutMs: 2_000 }, { [REQUEST_TIMEOUT_ENV]: '250' }).requestTimeout).toBe(2_000);
  });

  it('takes the timeouts asked for', () => {
    expect(httpOptions({ connectionTimeoutMs: 1_000, requestTimeoutMs: 2_000 })).toEqual({
      connectionTimeout: 1_000,
      requestTimeout: 2_000,
      throwOnRequestTimeout: true,
    });
  });
});

describe('toAwsCallError', () => {
  it('keeps an AwsCallError as it is', () => {
    const original = new HubNotEnabledError('DescribeHub', 'us-east-1', 'InvalidAccessException', 'not subscribed');
    expect(toAwsCallError('ListMembers', 'eu-west-1', original)).toBe(original);
  });

  it('wraps a service exception with its name, message and HTTP status', () => {
    const error = toAwsCallError(
      'GetMembers',
      'us-east-1',
      new InvalidInputException({ message: 'Bad account', $metadata: { httpStatusCode: 400 } }),
    );
    expect(error).toMatchObject({
      operation: 'GetMembers',
      region: 'us-east-1',
      errorName: 'InvalidInputException',
      detail: 'Bad account',
      httpStatus: 400,
    });
  });

  it('says that the invitation cap is a cap, what it is, and that it was not retried', () => {
    const aws = 'The request was rejected because it would exceed the limit of 1000 invitation-based member accounts.';
    const error = toAwsCallError(
      'CreateMembers',
      'us-east-1',
      new LimitExceededException({ message: aws, $metadata: { httpStatusCode: 429 } }),
    );
    expect(error.detail).toMatch(
      new RegExp(
        `^${aws} This is the cap on invitation-based member accounts \\(1,000 per administrator account and Region\\), not a rate limit, so it was not retried\\.`,
      ),
    );
    expect(
      toAwsCallError('CreateMembers', 'us-east-1', new LimitExceededException({ message: 'Rate exceeded', $metadata: {} })).detail,
    ).toBe('Rate exceeded');
  });

  it('names a reset connection by its Node code, not the SDK’s TimeoutError', () => {
    const reset = Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' });
    expect(toAwsCallError('GetMembers', 'us-east-1', reset)).toMatchObject({ errorName: 'ECONNRESET', detail: 'socket hang up' });
    const timeout = Object.assign(new Error('a request has exceeded the configured 10000 ms requestTimeout.'), {
      name: 'TimeoutError',
      code: 'ETIMEDOUT',
    });
    expect(toAwsCallError('GetMembers', 'us-east-1', timeout)).toMatchObject({ errorName: 'TimeoutError' });
  });

  it('wraps a thrown value that is not an Error', () => {
    expect(toAwsCallError('GetMembers', 'us-east-1', 'socket closed')).toMatchObject({
      errorName: 'Error',
      detail: 'socket closed',
      httpStatus: undefined,
    });
    expect(toAwsCallError('GetMembers', 'us-east-1', undefined)).toMatchObject({ errorName: 'Error', detail: 'undefined' });
  });
});

// aws-sdk-client-mock replaces `send`, so the gateway's rate-limit and counting middleware only
// runs on a real client. Here the real client talks to a local HTTP stub of the Security Hub
// REST API (AWS_ENDPOINT_URL_SECURITYHUB), so the SDK's retry middleware runs around it too.
describe('the gateway middleware (real SDK client, local HTTP stub)', () => {
  interface StubReply {
    status: number;
    body: unknown;
    errorType?: string;
    /** Never answer, like a server that has stopped responding. */
    hang?: boolean;
  }
  let server: Server;
  let requests: { method: string; url: string; body: string }[];
  let replies: ((request: { method: string; url: string }) => StubReply)[];
  const fallback = (): StubReply => ({ status: 200, body: {} });

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const request = { method: req.method ?? '', url: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') };
        requests.push(request);
        const reply = (replies.shift() ?? fallback)(request);
        if (reply.hang) return;
        res.writeHead(reply.status, {
          'content-type': 'application/json',
          ...(reply.errorType ? { 'x-amzn-errortype': reply.errorType } : {}),
        });
        res.end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    vi.stubEnv('AWS_ENDPOINT_URL_SECURITYHUB', `http://127.0.0.1:${port}`);
    vi.stubEnv('AWS_IGNORE_CONFIGURED_ENDPOINT_URLS', '');
  });
  beforeEach(() => {
    requests = [];
    replies = [];
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const throttled = (): StubReply => ({ status: 429, errorType: 'TooManyRequestsException', body: { Message: 'Rate exceeded' } });
  const realGateway = (stats: CallStats, options: Partial<GatewayOptions> = {}) =>
    createAdministratorGateway(REGION, { credentials, ...options }, stats);

  it('counts each call per operation', async () => {
    replies = [
      () => ({ status: 200, body: { HubArn: 'arn:aws:securityhub:eu-west-1:999999999999:hub/default' } }),
      () => ({ status: 200, body: { Members: [{ AccountId: '111111111111', MemberStatus: 'Enabled' }], NextToken: 'page-2' } }),
      () => ({ status: 200, body: { Members: [{ AccountId: '222222222222', MemberStatus: 'Created' }] } }),
    ];
    const stats = newStats();
    const gateway = realGateway(stats);

    await gateway.describeHub();
    const members = await gateway.listMembers();
    await gateway.createMembers([{ accountId: '333333333333' }]);
    await gateway.getMembers(['333333333333']);
    await gateway.inviteMembers(['333333333333']);

    expect(members.map((member) => member.accountId)).toEqual(['111111111111', '222222222222']);
    expect(stats).toEqual({ calls: { DescribeHub: 1, ListMembers: 2, CreateMembers: 1, GetMembers: 1, InviteMembers: 1 }, throttled: 0 });
    expect(requests).toHaveLength(6);
  });

  it('resolves the middleware stack once per command, and still meters, counts and retries every call', async () => {
    const resolve = vi.spyOn(GetMembersCommand.prototype, 'resolveMiddleware');
    try {
      replies = [throttled];
      const stats = newStats();
      const gateway = realGateway(stats);

      for (const accountId of ['111111111111', '222222222222', '333333333333']) await gateway.getMembers([accountId]);

      expect(resolve).toHaveBeenCalledTimes(1);
      expect(stats).toEqual({ calls: { GetMembers: 4 }, throttled: 1 });
      expect(requests.map((request) => JSON.parse(request.body) as unknown)).toEqual([
        { AccountIds: ['111111111111'] },
        { AccountIds: ['111111111111'] },
        { AccountIds: ['222222222222'] },
        { AccountIds: ['333333333333'] },
      ]);
    } finally {
      resolve.mockRestore();
    }
  });

  it('sends OnlyAssociated=false and MaxResults=50 on the wire', async () => {
    await realGateway(newStats()).listMembers();
    const [request] = requests;
    const query = new URL(request?.url ?? '', 'http://stub').searchParams;
    expect([request?.method, query.get('OnlyAssociated'), query.get('MaxResults')]).toEqual(['GET', 'false', '50']);
  });

  it('counts every attempt, retries included, and the throttled ones', async () => {
    replies = [throttled, throttled];
    const stats = newStats();

    await realGateway(stats).inviteMembers(['111111111111']);

    expect(stats).toEqual({ calls: { InviteMembers: 3 }, throttled: 2 });
    expect(requests).toHaveLength(3);
  });

  it('gives up after maxAttempts with the throttling error wrapped', async () => {
    replies = [throttled, throttled, throttled];
    const stats = newStats();

    await expect(realGateway(stats, { maxAttempts: 2 }).inviteMembers(['111111111111'])).rejects.toMatchObject({
      operation: 'InviteMembers',
      errorName: 'TooManyRequestsException',
      detail: 'Rate exceeded',
      httpStatus: 429,
    });
    expect(stats).toEqual({ calls: { InviteMembers: 2 }, throttled: 2 });
  });

  it('reads InvalidAccessException from the wire as HubNotEnabledError', async () => {
    replies = [
      () => ({ status: 401, errorType: 'InvalidAccessException', body: { Message: 'Account is not subscribed to AWS Security Hub' } }),
    ];
    await expect(realGateway(newStats()).describeHub()).rejects.toBeInstanceOf(HubNotEnabledError);
  });

  it('gives up on a server that stops answering, after requestTimeoutMs', async () => {
    replies = [() => ({ status: 200, body: {}, hang: true })];
    const started = performance.now();

    await expect(realGateway(newStats(), { requestTimeoutMs: 200, maxAttempts: 1 }).describeHub()).rejects.toMatchObject({
      name: 'AwsCallError',
      operation: 'DescribeHub',
      errorName: 'TimeoutError',
    });
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 15_000);

  it('tries a request that timed out twice, not as often as a throttled one', async () => {
    replies = [() => ({ status: 200, body: {}, hang: true }), () => ({ status: 200, body: {}, hang: true })];
    const stats = newStats();

    await expect(realGateway(stats, { requestTimeoutMs: 150 }).describeHub()).rejects.toMatchObject({ errorName: 'TimeoutError' });
    expect(stats.calls).toEqual({ DescribeHub: 2 });
  });

  it('gives up on a server error after 4 attempts', async () => {
    const internal = (): StubReply => ({ status: 500, errorType: 'InternalException', body: { Message: 'Internal failure' } });
    replies = [internal, internal, internal, internal, internal];
    const stats = newStats();

    await expect(realGateway(stats).inviteMembers(['111111111111'])).rejects.toMatchObject({
      errorName: 'InternalException',
      httpStatus: 500,
    });
    expect(stats).toEqual({ calls: { InviteMembers: 4 }, throttled: 0 });
  });

  it('does not retry the invitation cap, nor count it as throttling', async () => {
    const message = 'The request was rejected because it would exceed the limit of 1000 invitation-based member accounts.';
    replies = [() => ({ status: 429, errorType: 'LimitExceededException', body: { Message: message } })];
    const stats = newStats();

    await expect(realGateway(stats).createMembers([{ accountId: '111111111111' }])).rejects.toMatchObject({
      operation: 'CreateMembers',
      errorName: 'LimitExceededException',
      detail: expect.stringMatching(/limit of 1000 .* not a rate limit, so it was not retried/),
    });
    expect(stats).toEqual({ calls: { CreateMembers: 1 }, throttled: 0 });
  });

  it('retries a LimitExceededException that is a rate limit', async () => {
    replies = [() => ({ status: 429, errorType: 'LimitExceededException', body: { Message: 'Rate exceeded' } })];
    const stats = newStats();

    await realGateway(stats).createMembers([{ accountId: '111111111111' }]);

    expect(stats).toEqual({ calls: { CreateMembers: 2 }, throttled: 1 });
  });

  it('waits for a token once the burst is spent', async () => {
    const stats = newStats();
    const gateway = realGateway(stats, { ratePerSecond: 20, burst: 2 });
    const started = performance.now();

    await Promise.all(Array.from({ length: 5 }, () => gateway.describeHub()));

    // Two calls from the burst, then three at 20/s: at least 150 ms, however fast the stub answers.
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    expect(stats.calls).toEqual({ DescribeHub: 5 });
  });
});
