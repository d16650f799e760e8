// The emulator's IAM: the scenario's `deny` list names actions no caller may perform, so every
// permission the action needs can be taken away. Each service answers its own kind of refusal.
import type { EmulatorContext } from '../protocols/context.js';
import type { CredentialScope } from './credentials.js';

/** The caller's ARN when `service:operation` is denied, for the service's AccessDenied message. */
export function deniedCaller(ctx: EmulatorContext, action: string, scope: CredentialScope | undefined): string | undefined {
  if (!ctx.scenario.deny.has(action)) return undefined;
  return ctx.credentials.identify(ctx.scenario, scope?.accessKeyId)?.arn ?? 'unknown';
}

export function notAuthorized(callerArn: string, action: string): string {
  return `User: ${callerArn} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`;
}
