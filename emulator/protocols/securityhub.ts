// Security Hub's rest-json protocol: operations by method and path, JSON in and out, errors named
// by the `x-amzn-errortype` header (which the SDK reads first) with `message` and `Code` in the body.
import { randomUUID } from 'node:crypto';
import type { EmulatorContext, Service } from './context.js';
import type { CredentialScope } from '../identity/credentials.js';
import { describeHub, enableSecurityHub } from '../securityhub/hub.js';
import { describeOrganizationConfiguration, getFindingAggregator, listFindingAggregators } from '../securityhub/hub-configuration.js';
import { deniedCaller, notAuthorized } from '../identity/iam.js';
import { type IncomingCall, jsonReply, parseJsonBody, ServiceError } from './http.js';
import { regionNotEnabled } from '../scenario.js';
import {
  acceptAdministratorInvitation,
  acceptInvitation,
  declineInvitations,
  getAdministratorAccount,
  getInvitationsCount,
  getMasterAccount,
  listInvitations,
} from '../securityhub/member-side.js';
import {
  createMembers,
  deleteMembers,
  disassociateMembers,
  getMembers,
  type HubCall,
  inviteMembers,
  listMembers,
} from '../securityhub/members.js';

type Operation = (call: HubCall) => object;

/** `METHOD /path` → operation name and handler, from the service model. */
const ROUTES: Record<string, [string, Operation]> = {
  'POST /members': ['CreateMembers', createMembers],
  'POST /members/invite': ['InviteMembers', inviteMembers],
  'GET /members': ['ListMembers', listMembers],
  'POST /members/get': ['GetMembers', getMembers],
  'POST /members/disassociate': ['DisassociateMembers', disassociateMembers],
  'POST /members/delete': ['DeleteMembers', deleteMembers],
  'GET /accounts': ['DescribeHub', describeHub],
  'POST /accounts': ['EnableSecurityHub', enableSecurityHub],
  'GET /invitations/count': ['GetInvitationsCount', getInvitationsCount],
  'GET /invitations': ['ListInvitations', listInvitations],
  'POST /invitations/decline': ['DeclineInvitations', declineInvitations],
  'POST /administrator': ['AcceptAdministratorInvitation', acceptAdministratorInvitation],
  'POST /master': ['AcceptInvitation', acceptInvitation],
  'GET /administrator': ['GetAdministratorAccount', getAdministratorAccount],
  'GET /master': ['GetMasterAccount', getMasterAccount],
  'GET /findingAggregator/list': ['ListFindingAggregators', listFindingAggregators],
  'GET /findingAggregator/get/{FindingAggregatorArn+}': [
    'GetFindingAggregator',
    (call) => getFindingAggregator(call, call.query.get('FindingAggregatorArn') ?? ''),
  ],
  'GET /organization/configuration': ['DescribeOrganizationConfiguration', describeOrganizationConfiguration],
};

/** A greedy label: the ARN is the rest of the path, each segment percent-encoded. */
const AGGREGATOR_PATH = '/findingAggregator/get/';

const TOO_MANY_REQUESTS = new ServiceError(429, 'TooManyRequestsException', 'Too Many Requests');

export const securityHubService: Service = {
  name: 'securityhub',
  internalError: new ServiceError(500, 'InternalException', 'Internal service error.'),

  recognise(call, scope) {
    const route = ROUTES[routeKey(call)];
    const params = { ...Object.fromEntries(call.query), ...pathParams(call), ...(parseJsonBody(call.body) ?? {}) };
    return { operation: route?.[0] ?? routeKey(call), params, region: scope?.region };
  },

  respond(ctx, call, recognised, scope) {
    const route = ROUTES[routeKey(call)];
    if (!route) throw new ServiceError(404, 'UnknownOperationException', `The emulator does not implement ${routeKey(call)}.`);
    const accountId = authenticate(ctx, call, scope);
    const denied = deniedCaller(ctx, `securityhub:${recognised.operation}`, scope);
    if (denied) throw new ServiceError(403, 'AccessDeniedException', notAuthorized(denied, `securityhub:${recognised.operation}`));
    const region = scope?.region ?? '';
    // What Security Hub answers in an opt-in Region the account has not enabled (docs/aws-behaviour.md#opt-in-regions).
    if (regionNotEnabled(ctx.scenario, accountId, region)) {
      throw new ServiceError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid');
    }
    if (!ctx.rateLimiter.take(`${accountId}/${region}/${recognised.operation}`)) throw TOO_MANY_REQUESTS;
    const input = parseJsonBody(call.body);
    if (!input) throw new ServiceError(400, 'SerializationException', 'The request body is not a JSON object.');
    const query = new URLSearchParams([...call.query, ...Object.entries(pathParams(call))]);
    const output = route[1]({ ctx, accountId, region, input, query });
    return jsonReply(200, output, { 'x-amzn-requestid': randomUUID() });
  },

  errorReply(error) {
    const body = { message: error.message, Message: error.message, Code: error.errorType };
    const headers = { 'x-amzn-errortype': error.errorType, 'x-amzn-requestid': randomUUID() };
    return { ...jsonReply(error.status, body, headers), errorType: error.errorType };
  },
};

function routeKey(call: IncomingCall): string {
  if (call.method === 'GET' && call.path.startsWith(AGGREGATOR_PATH)) return 'GET /findingAggregator/get/{FindingAggregatorArn+}';
  return `${call.method} ${call.path.replace(/\/+$/, '') || '/'}`;
}

function pathParams(call: IncomingCall): Record<string, string> {
  if (!call.path.startsWith(AGGREGATOR_PATH)) return {};
  return { FindingAggregatorArn: call.path.slice(AGGREGATOR_PATH.length).split('/').map(decodeURIComponent).join('/') };
}

/** The caller's account, or the error API Gateway answers for a missing or unknown key. */
function authenticate(ctx: EmulatorContext, call: IncomingCall, scope: CredentialScope | undefined): string {
  if (!scope) throw new ServiceError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
  const authentication = ctx.credentials.authenticate(ctx.scenario, call.headers, scope.accessKeyId);
  if (authentication.ok) return authentication.caller.accountId;
  if (authentication.problem === 'expired') {
    throw new ServiceError(403, 'ExpiredTokenException', 'The security token included in the request is expired');
  }
  throw new ServiceError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
}
