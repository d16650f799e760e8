// STS's query protocol: `POST /` with a form body `Action=…&Version=2011-06-15&…`, XML answers,
// and errors as `<ErrorResponse><Error><Type/><Code/><Message/></Error>`, which the SDK reads.
import { randomUUID } from 'node:crypto';
import type { EmulatorContext, Service } from './context.js';
import type { Caller, CredentialScope, IssuedCredentials } from '../identity/credentials.js';
import { type IncomingCall, type Reply, ServiceError } from './http.js';
import { memberRole } from '../identity/member-roles.js';
import { OIDC_ISSUER } from './oidc.js';
import { regionNotEnabled } from '../scenario.js';
import { checkWebIdentity } from '../identity/web-identity.js';

const NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
const VERSION = '2011-06-15';
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const ROLE_ARN = /^arn:[\w-]+:iam::\d{12}:role\/.+$/;
const ROLE_CHAINING_MAX_SECONDS = 3600;

type XmlValue = string | { [element: string]: XmlValue };
type Form = URLSearchParams;

export const stsService: Service = {
  name: 'sts',
  internalError: new ServiceError(500, 'InternalFailure', 'An internal error occurred.'),

  recognise(call, scope) {
    const form = new URLSearchParams(call.body);
    const params = Object.fromEntries([...form].filter(([name]) => name !== 'Action' && name !== 'Version'));
    return { operation: form.get('Action') ?? 'Unknown', params, region: scope?.region };
  },

  respond(ctx, call, recognised, scope) {
    const form = new URLSearchParams(call.body);
    switch (recognised.operation) {
      case 'AssumeRoleWithWebIdentity':
        return success('AssumeRoleWithWebIdentity', assumeRoleWithWebIdentity(ctx, form));
      case 'AssumeRole':
        return success('AssumeRole', assumeRole(ctx, form, authenticate(ctx, call, scope)));
      case 'GetCallerIdentity':
        return success('GetCallerIdentity', callerIdentity(authenticate(ctx, call, scope)));
      default:
        throw new ServiceError(400, 'InvalidAction', `Could not find operation ${recognised.operation} for version ${VERSION}`);
    }
  },

  errorReply(error) {
    const body = xmlDocument('ErrorResponse', {
      Error: { Type: error.status >= 500 ? 'Receiver' : 'Sender', Code: error.errorType, Message: error.message },
      RequestId: randomUUID(),
    });
    return { status: error.status, headers: { 'content-type': 'text/xml' }, body, errorType: error.errorType };
  },
};

function assumeRoleWithWebIdentity(ctx: EmulatorContext, form: Form): XmlValue {
  const roleArn = roleArnParam(form);
  const sessionName = sessionNameParam(form);
  const durationSeconds = durationParam(form);
  const token = required(form, 'WebIdentityToken');
  const { claims, audience, role } = checkWebIdentity(ctx, token, roleArn);
  const issued = issueSession(ctx, role, roleArn, sessionName, durationSeconds);
  return {
    Audience: audience,
    AssumedRoleUser: assumedRoleUser(issued),
    Provider: `arn:${ctx.scenario.partition}:iam::${role.accountId}:oidc-provider/${new URL(OIDC_ISSUER).host}`,
    Credentials: credentialsXml(issued),
    SubjectFromWebIdentityToken: String(claims.sub),
  };
}

/** Credentials for a session of the role, within its MaxSessionDuration. */
function issueSession(
  ctx: EmulatorContext,
  role: { accountId: string; maxSessionDuration: number },
  roleArn: string,
  sessionName: string,
  durationSeconds: number,
) {
  if (durationSeconds > role.maxSessionDuration) {
    throw validationError('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
  }
  return ctx.credentials.issue({ roleArn, accountId: role.accountId, sessionName, durationSeconds, partition: ctx.scenario.partition });
}

function assumeRole(ctx: EmulatorContext, form: Form, caller: Caller): XmlValue {
  const roleArn = roleArnParam(form);
  const sessionName = sessionNameParam(form);
  const durationSeconds = durationParam(form);
  const externalId = externalIdParam(form);
  const role = ctx.scenario.roles[roleArn] ?? memberRole(ctx.scenario, roleArn, caller, externalId);
  if (!role) {
    throw new ServiceError(403, 'AccessDenied', `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);
  }
  if (caller.assumedRole && durationSeconds > ROLE_CHAINING_MAX_SECONDS) {
    throw validationError('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
  }
  const issued = issueSession(ctx, role, roleArn, sessionName, durationSeconds);
  return { Credentials: credentialsXml(issued), AssumedRoleUser: assumedRoleUser(issued) };
}

function callerIdentity(caller: Caller): XmlValue {
  return { Arn: caller.arn, UserId: caller.userId, Account: caller.accountId };
}

/** Signed STS calls: the caller behind the access key, or STS's error for a bad or old key. */
function authenticate(ctx: EmulatorContext, call: IncomingCall, scope: CredentialScope | undefined): Caller {
  if (!scope) throw new ServiceError(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
  const authentication = ctx.credentials.authenticate(ctx.scenario, call.headers, scope.accessKeyId);
  // A regional STS endpoint in an opt-in Region the caller's account has not enabled refuses its
  // credentials (docs/aws-behaviour.md#opt-in-regions).
  if (authentication.ok && regionNotEnabled(ctx.scenario, authentication.caller.accountId, scope.region)) {
    throw new ServiceError(403, 'InvalidClientTokenId', 'The security token included in the request is invalid');
  }
  if (authentication.ok) return authentication.caller;
  if (authentication.problem === 'expired') {
    throw new ServiceError(403, 'ExpiredToken', 'The security token included in the request is expired');
  }
  throw new ServiceError(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.');
}

function roleArnParam(form: Form): string {
  const roleArn = required(form, 'RoleArn');
  if (!ROLE_ARN.test(roleArn)) throw validationError('Request ARN is invalid');
  return roleArn;
}

function sessionNameParam(form: Form): string {
  const name = required(form, 'RoleSessionName');
  if (!SESSION_NAME.test(name)) {
    throw validationError(
      `1 validation error detected: Value '${name}' at 'roleSessionName' failed to satisfy constraint: ` +
        'Member must satisfy regular expression pattern: [\\w+=,.@-]* and have length between 2 and 64',
    );
  }
  return name;
}

function externalIdParam(form: Form): string | undefined {
  const externalId = form.get('ExternalId') ?? undefined;
  if (externalId !== undefined && !EXTERNAL_ID.test(externalId)) {
    throw validationError(
      `1 validation error detected: Value '${externalId}' at 'externalId' failed to satisfy constraint: ` +
        'Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]* and have length between 2 and 1224',
    );
  }
  return externalId;
}

/** DurationSeconds is 900–43200 in the model; the default is one hour. */
function durationParam(form: Form): number {
  const raw = form.get('DurationSeconds');
  if (raw === null) return 3600;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 900 || seconds > 43200) {
    throw validationError(
      `1 validation error detected: Value '${raw}' at 'durationSeconds' failed to satisfy constraint: ` +
        'Member must have value between 900 and 43200',
    );
  }
  return seconds;
}

function required(form: Form, name: string): string {
  const value = form.get(name);
  if (!value) {
    const field = name.charAt(0).toLowerCase() + name.slice(1);
    throw validationError(`1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`);
  }
  return value;
}

function validationError(message: string): ServiceError {
  return new ServiceError(400, 'ValidationError', message);
}

function credentialsXml(issued: IssuedCredentials): XmlValue {
  return {
    AccessKeyId: issued.accessKeyId,
    SecretAccessKey: issued.secretAccessKey,
    SessionToken: issued.sessionToken,
    Expiration: issued.expiration.toISOString(),
  };
}

function assumedRoleUser(issued: IssuedCredentials): XmlValue {
  return { Arn: issued.caller.arn, AssumedRoleUserId: issued.caller.userId };
}

function success(action: string, result: XmlValue): Reply {
  const body = xmlDocument(`${action}Response`, {
    [`${action}Result`]: result,
    ResponseMetadata: { RequestId: randomUUID() },
  });
  return { status: 200, headers: { 'content-type': 'text/xml' }, body };
}

function xmlDocument(root: string, content: { [element: string]: XmlValue }): string {
  return `<${root} xmlns="${NAMESPACE}">${xmlContent(content)}</${root}>`;
}

function xmlContent(value: XmlValue): string {
  if (typeof value === 'string') return escapeXml(value);
  return Object.entries(value)
    .map(([name, child]) => `<${name}>${xmlContent(child)}</${name}>`)
    .join('');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
