// One port serves every service. A signed request names its service and Region in the SigV4
// credential scope; the only unsigned AWS call (AssumeRoleWithWebIdentity) is an STS form post;
// the OIDC endpoint has its own path. Each call is recorded, delayed, faulted or answered here.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EmulatorContext, RecognisedCall, Service } from './context.js';
import { type CredentialScope, credentialScope } from '../identity/credentials.js';
import type { FaultInjector } from '../control/faults.js';
import { type IncomingCall, type Reply, ServiceError, writeReply } from './http.js';
import { pageOffset, pageToken } from '../securityhub/members.js';
import { OIDC_PATH, oidcService } from './oidc.js';
import { type RecordedCall, redact } from '../control/recorder.js';
import type { Fault } from '../scenario.js';
import { accountService } from './account.js';
import { ec2Service } from './ec2.js';
import { organizationsService } from './organizations.js';
import { securityHubService } from './securityhub.js';
import { stsService } from './sts.js';

/** Signed calls go to the service their SigV4 scope names; Security Hub answers any other. */
const SIGNED_SERVICES: Record<string, Service> = {
  sts: stsService,
  account: accountService,
  ec2: ec2Service,
  organizations: organizationsService,
};

/** What `reset()` replaces; the router reads it afresh for every call. */
export interface Runtime {
  ctx: EmulatorContext;
  faults: FaultInjector;
  calls: RecordedCall[];
}

export async function serveCall(runtime: Runtime, call: IncomingCall, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { ctx } = runtime;
  const scope = credentialScope(call.headers);
  const service = pickService(call, scope);
  const recognised = service.recognise(call, scope);
  const record: RecordedCall = {
    service: service.name,
    operation: recognised.operation,
    ...(recognised.region !== undefined && { region: recognised.region }),
    ...accountOf(ctx, scope),
    params: redact(recognised.params),
    status: 0,
    at: Date.now(),
  };
  runtime.calls.push(record);

  const latencyMs =
    (recognised.region !== undefined ? ctx.scenario.regions[recognised.region]?.latencyMs : undefined) ?? ctx.scenario.latencyMs;
  if (latencyMs > 0) await sleep(latencyMs);
  const fault = runtime.faults.pick(recognised.operation, recognised.region);
  if (fault) record.fault = fault.kind ?? 'error';
  if (fault?.kind === 'reset') {
    req.socket.destroy();
    return;
  }
  if (fault?.kind === 'hang') return; // the socket stays open until the client gives up or close()
  if (fault?.kind === 'lose-answer') {
    // The call is carried out, then its answer is lost: the client sees a reset connection and retries.
    answer(ctx, service, call, recognised, scope);
    req.socket.destroy();
    return;
  }

  const paging = fault?.kind === 'repeat-token' || fault?.kind === 'endless-tokens' ? fault.kind : undefined;
  const reply =
    fault && !paging
      ? service.errorReply(faultError(service, fault, call))
      : withPageToken(answer(ctx, service, call, recognised, scope), call, paging);
  record.status = reply.status;
  if (reply.errorType !== undefined) record.errorType = reply.errorType;
  writeReply(res, reply);
}

function pickService(call: IncomingCall, scope: CredentialScope | undefined): Service {
  if (call.path === OIDC_PATH) return oidcService;
  if (scope) return SIGNED_SERVICES[scope.service] ?? securityHubService;
  const form = call.method === 'POST' && call.headers['content-type']?.startsWith('application/x-www-form-urlencoded');
  return form ? stsService : securityHubService;
}

function accountOf(ctx: EmulatorContext, scope: CredentialScope | undefined): { accountId?: string } {
  const caller = ctx.credentials.identify(ctx.scenario, scope?.accessKeyId);
  return caller ? { accountId: caller.accountId } : {};
}

function answer(
  ctx: EmulatorContext,
  service: Service,
  call: IncomingCall,
  recognised: RecognisedCall,
  scope: CredentialScope | undefined,
): Reply {
  try {
    return service.respond(ctx, call, recognised, scope);
  } catch (error) {
    if (error instanceof ServiceError) return service.errorReply(error);
    // A bug in the emulator: answer as the service's internal error, with the cause for the test log.
    const { status, errorType } = service.internalError;
    return service.errorReply(new ServiceError(status, errorType, `Emulator failure: ${String(error)}`));
  }
}

/** A list page whose NextToken repeats the call's own (`repeat-token`) or always leads on (`endless-tokens`). */
function withPageToken(reply: Reply, call: IncomingCall, paging: 'repeat-token' | 'endless-tokens' | undefined): Reply {
  if (paging === undefined || reply.status !== 200) return reply;
  const given = call.query.get('NextToken');
  const pageSize = Number(call.query.get('MaxResults') ?? 50);
  const body = JSON.parse(reply.body) as Record<string, unknown>;
  body.NextToken = paging === 'repeat-token' ? (given ?? pageToken(0)) : pageToken(pageOffset(given) + pageSize);
  return { ...reply, body: JSON.stringify(body) };
}

function faultError(service: Service, fault: Fault, call: IncomingCall): ServiceError {
  const fallback = service.internalError;
  const message = `${fault.message ?? fallback.message}${fault.echo ? echoedCredentials(call, fault.echo) : ''}`;
  return new ServiceError(fault.status ?? fallback.status, fault.errorType ?? fallback.errorType, message);
}

/**
 * What a careless service or proxy repeats in an error: the credentials the request carried (the
 * Authorization header, the session token header, the web identity token of the form), as they
 * came, URL-encoded, or as a 40-character piece.
 */
function echoedCredentials(call: IncomingCall, echo: NonNullable<Fault['echo']>): string {
  const carried = [
    call.headers.authorization,
    call.headers['x-amz-security-token'],
    new URLSearchParams(call.body).get('WebIdentityToken'),
  ];
  const shown = carried
    .filter((value): value is string => typeof value === 'string' && value.length > 0)
    .map((value) => (echo === 'url-encoded' ? encodeURIComponent(value) : echo === 'fragment' ? value.slice(-48, -8) : value));
  return ` (request credentials: ${shown.join('; ')})`;
}
