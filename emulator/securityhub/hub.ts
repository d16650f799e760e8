// Security Hub CSPM operations on the caller's own hub, administrator and member accounts alike.
import { ServiceError } from '../protocols/http.js';
import { enabledHub, type HubCall } from './members.js';
import { DEFAULT_CONTROL_FINDING_GENERATOR } from './state.js';

const CONTROL_FINDING_GENERATORS = ['STANDARD_CONTROL', 'SECURITY_CONTROL'];
const MAX_TAGS = 50;

export function describeHub(call: HubCall): Record<string, unknown> {
  const hub = enabledHub(call);
  const hubArn = `arn:${call.ctx.scenario.partition}:securityhub:${call.region}:${call.accountId}:hub/default`;
  const asked = call.query.get('HubArn');
  if (asked !== null && asked !== hubArn) throw new ServiceError(404, 'ResourceNotFoundException', `Hub ${asked} not found.`);
  return { HubArn: hubArn, SubscribedAt: hub.subscribedAt, AutoEnableControls: true, ControlFindingGenerator: hub.controlFindingGenerator };
}

/** Records what was asked, so tests can check that default standards stayed off when the action says so. */
export function enableSecurityHub(call: HubCall): Record<string, never> {
  const { EnableDefaultStandards = true, ControlFindingGenerator = DEFAULT_CONTROL_FINDING_GENERATOR, Tags } = call.input;
  if (typeof EnableDefaultStandards !== 'boolean') throw invalidInput('EnableDefaultStandards must be true or false.');
  if (typeof ControlFindingGenerator !== 'string' || !CONTROL_FINDING_GENERATORS.includes(ControlFindingGenerator)) {
    throw invalidInput(`ControlFindingGenerator must be one of ${CONTROL_FINDING_GENERATORS.join(', ')}.`);
  }
  const tags = Tags === undefined ? {} : tagMap(Tags);
  const hub = call.ctx.state.hub(call.accountId, call.region);
  // What AWS answers for an account already enabled (docs/aws-behaviour.md#hub-not-enabled).
  if (hub.enabled) throw new ServiceError(409, 'ResourceConflictException', 'Account is already subscribed to Security Hub');
  Object.assign(hub, {
    enabled: true,
    activeFromMs: Date.now() + call.ctx.scenario.hubActivationDelayMs,
    subscribedAt: new Date().toISOString(),
    defaultStandardsEnabled: EnableDefaultStandards,
    controlFindingGenerator: ControlFindingGenerator,
    tags,
  });
  return {};
}

/** `Tags` is a map of 1–50 entries (the API model). */
function tagMap(tags: unknown): Record<string, string> {
  const valid =
    typeof tags === 'object' && tags !== null && !Array.isArray(tags) && Object.values(tags).every((value) => typeof value === 'string');
  if (!valid) throw invalidInput('Tags must map tag keys to string values.');
  const count = Object.keys(tags).length;
  if (count < 1 || count > MAX_TAGS) throw invalidInput(`Tags must hold between 1 and ${MAX_TAGS} entries.`);
  return tags as Record<string, string>;
}

function invalidInput(message: string): ServiceError {
  return new ServiceError(400, 'InvalidInputException', message);
}
