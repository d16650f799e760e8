// AWS Organizations' JSON 1.1 protocol: `POST /` with `X-Amz-Target: AWSOrganizationsV20161128.<Op>`,
// JSON in and out, errors as `{"__type", "Message"}` with HTTP 400, throttling included (which is
// why the SDK goes by the error name). Read-only operations of the delegated administrator.
import { randomUUID } from 'node:crypto';
import type { EmulatorContext, Service } from './context.js';
import type { CredentialScope } from '../identity/credentials.js';
import { type IncomingCall, parseJsonBody, ServiceError } from './http.js';
import { deniedCaller } from '../identity/iam.js';
import { pageOffset, pageToken } from '../securityhub/members.js';
import type { ModelAccount, OrganizationModel } from '../organization/model.js';

const TARGET_PREFIX = 'AWSOrganizationsV20161128.';
const CONTENT_TYPE = 'application/x-amz-json-1.1';
const MAX_RESULTS = 20;
// Organizations' words when it throttles (aws/aws-sdk-js#2135).
const THROTTLED = "AWS Organizations can't complete your request because another request is already in progress. Try again later.";

type Input = Record<string, unknown>;
type Operation = (organization: OrganizationModel, input: Input) => object;

const OPERATIONS: Record<string, Operation> = {
  ListAccounts: (organization, input) =>
    page(
      organization,
      organization.accountOrder.map((id) => organization.accounts.get(id)!),
      input,
    ),
  ListAccountsForParent: (organization, input) => page(organization, organization.accountsOf(parent(organization, input)), input),
  ListChildren: (organization, input) => {
    const parentId = parent(organization, input);
    const { ChildType } = input;
    if (ChildType !== 'ACCOUNT' && ChildType !== 'ORGANIZATIONAL_UNIT')
      throw invalidInput('ChildType must be ACCOUNT or ORGANIZATIONAL_UNIT.');
    const ids =
      ChildType === 'ACCOUNT' ? organization.accountsOf(parentId).map((account) => account.id) : organization.childUnits(parentId);
    return paged(
      ids.map((Id) => ({ Id, Type: ChildType })),
      input,
      'Children',
    );
  },
  ListRoots: (organization, input) =>
    paged(
      [
        {
          Id: organization.rootId,
          Arn: `arn:aws:organizations::${organization.managementAccountId}:root/${organization.id}/${organization.rootId}`,
          Name: 'Root',
          PolicyTypes: [],
        },
      ],
      input,
      'Roots',
    ),
  DescribeOrganization: (organization) => ({
    Organization: {
      Id: organization.id,
      Arn: `arn:aws:organizations::${organization.managementAccountId}:organization/${organization.id}`,
      FeatureSet: 'ALL',
      MasterAccountArn: `arn:aws:organizations::${organization.managementAccountId}:account/${organization.id}/${organization.managementAccountId}`,
      MasterAccountId: organization.managementAccountId,
      MasterAccountEmail: `aws+${organization.managementAccountId}@example.com`,
      AvailablePolicyTypes: [],
    },
  }),
};

export const organizationsService: Service = {
  name: 'organizations',
  internalError: new ServiceError(
    500,
    'ServiceException',
    "AWS Organizations can't complete your request because of an internal service error. Try again later.",
  ),

  recognise(call, scope) {
    const target = String(call.headers['x-amz-target'] ?? '');
    const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : 'Unknown';
    return { operation, params: parseJsonBody(call.body) ?? {}, region: scope?.region };
  },

  respond(ctx, call, recognised, scope) {
    const handler = OPERATIONS[recognised.operation];
    if (!handler)
      throw new ServiceError(400, 'UnknownOperationException', `The emulator does not implement Organizations ${recognised.operation}.`);
    const accountId = authenticate(ctx, call, scope);
    if (deniedCaller(ctx, `organizations:${recognised.operation}`, scope)) throw denied();
    const { organization } = ctx.scenario;
    if (!organization) throw new ServiceError(400, 'AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
    if (!ctx.organizationsLimiter.take(`${accountId}/organizations`)) throw new ServiceError(400, 'TooManyRequestsException', THROTTLED);
    const input = parseJsonBody(call.body);
    if (!input) throw new ServiceError(400, 'SerializationException', 'The request body is not a JSON object.');
    return {
      status: 200,
      headers: { 'content-type': CONTENT_TYPE, 'x-amzn-requestid': randomUUID() },
      body: JSON.stringify(handler(organization, input)),
    };
  },

  errorReply(error) {
    const body = JSON.stringify({ __type: error.errorType, Message: error.message });
    return {
      status: error.status,
      headers: { 'content-type': CONTENT_TYPE, 'x-amzn-errortype': error.errorType, 'x-amzn-requestid': randomUUID() },
      body,
      errorType: error.errorType,
    };
  },
};

function page(organization: OrganizationModel, accounts: ModelAccount[], input: Input): object {
  const { seed } = organization;
  const pageSize = Math.min(MAX_RESULTS, seed.pageSize ?? MAX_RESULTS);
  const asked = input.MaxResults === undefined ? pageSize : Math.min(pageSize, maxResults(input));
  return paged(
    accounts.map((account) => accountJson(organization, account)),
    { ...input, MaxResults: asked },
    'Accounts',
  );
}

function paged(items: object[], input: Input, field: string): object {
  const limit = input.MaxResults === undefined ? MAX_RESULTS : maxResults(input);
  const offset = typeof input.NextToken === 'string' ? offsetOf(input.NextToken) : 0;
  const next = offset + limit;
  return { [field]: items.slice(offset, next), ...(next < items.length && { NextToken: pageToken(next) }) };
}

/** The account as ListAccounts answers it: `State` (with the retiring `Status`), and `Paths` where the scenario offers them. */
function accountJson(organization: OrganizationModel, account: ModelAccount): object {
  const { seed } = organization;
  // The retiring Status has no CLOSED or PENDING_ACTIVATION (API reference, AccountStatus).
  const status =
    account.state === 'SUSPENDED' || account.state === 'CLOSED'
      ? 'SUSPENDED'
      : account.state === 'PENDING_CLOSURE'
        ? 'PENDING_CLOSURE'
        : 'ACTIVE';
  return {
    Id: account.id,
    Arn: `arn:aws:organizations::${organization.managementAccountId}:account/${organization.id}/${account.id}`,
    Email: account.email,
    Name: account.name,
    Status: status,
    ...(seed.state !== false && { State: account.state }),
    ...(seed.paths !== false && { Paths: [account.path] }),
    JoinedMethod: account.id === organization.managementAccountId ? 'CREATED' : 'INVITED',
    JoinedTimestamp: 1_700_000_000,
  };
}

function parent(organization: OrganizationModel, input: Input): string {
  const { ParentId } = input;
  if (typeof ParentId !== 'string' || !/^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[0-9a-z]{8,32})$/.test(ParentId))
    throw invalidInput('You provided a value that does not match the required pattern.');
  if (!organization.isParent(ParentId))
    throw new ServiceError(400, 'ParentNotFoundException', "We can't find a root or OU with the ParentId that you specified.");
  return ParentId;
}

function maxResults(input: Input): number {
  const { MaxResults } = input;
  if (typeof MaxResults !== 'number' || !Number.isInteger(MaxResults) || MaxResults < 1 || MaxResults > MAX_RESULTS)
    throw invalidInput(`MaxResults must be from 1 to ${MAX_RESULTS}.`);
  return MaxResults;
}

function offsetOf(token: string): number {
  try {
    return pageOffset(token);
  } catch {
    throw invalidInput('The NextToken is not valid.');
  }
}

function authenticate(ctx: EmulatorContext, call: IncomingCall, scope: CredentialScope | undefined): string {
  if (!scope) throw new ServiceError(400, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
  const authentication = ctx.credentials.authenticate(ctx.scenario, call.headers, scope.accessKeyId);
  if (!authentication.ok)
    throw new ServiceError(400, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
  return authentication.caller.accountId;
}

function denied(): ServiceError {
  return new ServiceError(400, 'AccessDeniedException', "You don't have permissions to access this resource.");
}

function invalidInput(message: string): ServiceError {
  return new ServiceError(400, 'InvalidInputException', message);
}
