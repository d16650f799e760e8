// AWS Account Management's rest-json protocol, one operation: ListRegions (`POST /listRegions`).
import { randomUUID } from 'node:crypto';
import type { EmulatorContext, Service } from './context.js';
import type { CredentialScope } from '../identity/credentials.js';
import { type IncomingCall, jsonReply, parseJsonBody, ServiceError } from './http.js';
import { deniedCaller, notAuthorized } from '../identity/iam.js';
import { pageOffset, pageToken } from '../securityhub/members.js';

const STATUSES = ['ENABLED', 'ENABLED_BY_DEFAULT', 'DISABLED', 'ENABLING', 'DISABLING'];

export const accountService: Service = {
  name: 'account',
  internalError: new ServiceError(500, 'InternalServerException', 'An internal error occurred.'),

  recognise(call, scope) {
    const operation = call.method === 'POST' && call.path === '/listRegions' ? 'ListRegions' : `${call.method} ${call.path}`;
    return { operation, params: parseJsonBody(call.body) ?? {}, region: scope?.region };
  },

  respond(ctx, call, recognised, scope) {
    if (recognised.operation !== 'ListRegions')
      throw new ServiceError(404, 'UnknownOperationException', `The emulator does not implement ${recognised.operation}.`);
    authenticate(ctx, call, scope);
    // GovCloud offers no Account Management API: the emulator answers as an endpoint that is not there.
    if (!ctx.scenario.accountApi)
      throw new ServiceError(
        404,
        'UnknownOperationException',
        `Account Management is not available in partition ${ctx.scenario.partition}.`,
      );
    const caller = deniedCaller(ctx, 'account:ListRegions', scope);
    if (caller) throw new ServiceError(403, 'AccessDeniedException', notAuthorized(caller, 'account:ListRegions'));
    return jsonReply(200, listRegions(ctx, parseJsonBody(call.body)), { 'x-amzn-requestid': randomUUID() });
  },

  errorReply(error) {
    const headers = { 'x-amzn-errortype': error.errorType, 'x-amzn-requestid': randomUUID() };
    return { ...jsonReply(error.status, { message: error.message }, headers), errorType: error.errorType };
  },
};

function listRegions(
  ctx: EmulatorContext,
  input: Record<string, unknown> | undefined,
): { Regions: { RegionName: string; RegionOptStatus: string }[]; NextToken?: string } {
  if (!input) throw validation('The request body is not a JSON object.');
  const { MaxResults = 20, NextToken, RegionOptStatusContains } = input;
  if (typeof MaxResults !== 'number' || !Number.isInteger(MaxResults) || MaxResults < 1 || MaxResults > 50)
    throw validation('MaxResults must be from 1 to 50.');
  const wanted = RegionOptStatusContains === undefined ? STATUSES : RegionOptStatusContains;
  if (!Array.isArray(wanted) || !wanted.every((status) => STATUSES.includes(status as string)))
    throw validation(`RegionOptStatusContains holds only ${STATUSES.join(', ')}.`);
  const regions = Object.entries(ctx.scenario.accountRegions)
    .filter(([, status]) => wanted.includes(status))
    .map(([RegionName, RegionOptStatus]) => ({ RegionName, RegionOptStatus }));
  const offset = typeof NextToken === 'string' ? pageOffsetOrValidation(NextToken) : 0;
  const next = offset + MaxResults;
  return { Regions: regions.slice(offset, next), ...(next < regions.length && { NextToken: pageToken(next) }) };
}

function pageOffsetOrValidation(token: string): number {
  try {
    return pageOffset(token);
  } catch {
    throw validation('The NextToken is not valid.');
  }
}

function authenticate(ctx: EmulatorContext, call: IncomingCall, scope: CredentialScope | undefined): void {
  if (!scope) throw new ServiceError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
  const authentication = ctx.credentials.authenticate(ctx.scenario, call.headers, scope.accessKeyId);
  if (!authentication.ok)
    throw new ServiceError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
}

function validation(message: string): ServiceError {
  return new ServiceError(400, 'ValidationException', message);
}
