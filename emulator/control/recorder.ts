// Every call the emulator receives, in arrival order, for tests to assert on. Secrets never reach
// the record: a test log or `/_emulator/calls` must be safe to print.
import type { ServiceName } from '../protocols/context.js';
import type { FaultKind } from '../scenario.js';

export interface RecordedCall {
  service: ServiceName;
  operation: string;
  region?: string;
  accountId?: string;
  /** JSON body and query (Security Hub), form fields (STS) or query (OIDC), secrets redacted. */
  params: Record<string, unknown>;
  /** HTTP status answered; 0 while pending, and for `reset` and `hang` faults. */
  status: number;
  errorType?: string;
  /** Set when an injected fault decided the answer. */
  fault?: FaultKind;
  /** Epoch ms when the call arrived. */
  at: number;
}

const SECRET_PARAMS = new Set(['WebIdentityToken', 'SAMLAssertion', 'TokenCode', 'SecretAccessKey', 'SessionToken']);

export function redact(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, SECRET_PARAMS.has(name) ? '[redacted]' : value]));
}
