// What every service handler sees: the scenario, the mutable AWS state, and the emulator's secrets.
import type { CredentialScope, CredentialStore } from '../identity/credentials.js';
import type { IncomingCall, Reply, ServiceError } from './http.js';
import type { RateLimiter } from '../securityhub/rate-limit.js';
import type { ResolvedScenario } from '../scenario.js';
import type { SecurityHubState } from '../securityhub/state.js';

export interface EmulatorContext {
  scenario: ResolvedScenario;
  state: SecurityHubState;
  credentials: CredentialStore;
  rateLimiter: RateLimiter;
  /** Organizations' throttle over all of a caller's Organizations calls (scenario organization.rateLimit). */
  organizationsLimiter: RateLimiter;
  /** Signs and verifies the web identity tokens; random per emulator, never leaves the process. */
  signingKey: Buffer;
  /** The bearer token the OIDC endpoint expects (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  requestToken: string;
}

export type ServiceName = 'securityhub' | 'sts' | 'oidc' | 'account' | 'ec2' | 'organizations';

export interface RecognisedCall {
  operation: string;
  /** As received: the router redacts secrets before recording them. */
  params: Record<string, unknown>;
  region?: string | undefined;
}

/** One protocol on the shared port: how to name a call, answer it, and phrase its errors. */
export interface Service {
  name: ServiceName;
  recognise(call: IncomingCall, scope: CredentialScope | undefined): RecognisedCall;
  /** Answers the call, or throws a ServiceError. */
  respond(ctx: EmulatorContext, call: IncomingCall, recognised: RecognisedCall, scope: CredentialScope | undefined): Reply;
  errorReply(error: ServiceError): Reply;
  /** What an injected fault answers when it names no error. */
  internalError: ServiceError;
}
