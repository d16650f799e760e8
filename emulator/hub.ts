// Security Hub CSPM operations on the hub itself, and the member side's invitation count.
import { ServiceError } from './http.js';
import { enabledHub, type HubCall } from './members.js';
import { statusIs } from './state.js';

export function describeHub(call: HubCall): Record<string, unknown> {
  const hub = enabledHub(call);
  const hubArn = `arn:${call.ctx.scenario.partition}:securityhub:${call.region}:${call.accountId}:hub/default`;
  const asked = call.query.get('HubArn');
  if (asked !== null && asked !== hubArn) throw new ServiceError(404, 'ResourceNotFoundException', `Hub ${asked} not found.`);
  return { HubArn: hubArn, SubscribedAt: hub.subscribedAt, AutoEnableControls: true, ControlFindingGenerator: 'SECURITY_CONTROL' };
}

export function enableSecurityHub(call: HubCall): Record<string, never> {
  const hub = call.ctx.state.hub(call.accountId, call.region);
  // What AWS answers for an account already enabled (API facts §1.3).
  if (hub.enabled) throw new ServiceError(409, 'ResourceConflictException', 'Account is already subscribed to Security Hub');
  hub.enabled = true;
  hub.subscribedAt = new Date().toISOString();
  return {};
}

/** Invitations waiting for the caller, as a prospective member, in the Region. */
export function getInvitationsCount(call: HubCall): { InvitationsCount: number } {
  const pending = call.ctx.state
    .hubsIn(call.region)
    .filter((hub) => hub.enabled)
    .filter((hub) => {
      const member = hub.members.get(call.accountId);
      return member !== undefined && statusIs(member, 'Invited');
    });
  return { InvitationsCount: pending.length };
}
