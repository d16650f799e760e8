// `/_emulator/*`: the recorded calls, the state and a reset, for users outside the process
// (the CLI, an e2e test running dist/index.js in a child process).
import { jsonReply, type IncomingCall, type Reply } from '../protocols/http.js';
import type { RecordedCall } from './recorder.js';
import type { Scenario } from '../scenario.js';
import type { EmulatorSnapshot } from '../server.js';

export const CONTROL_PREFIX = '/_emulator/';

export interface ControlTarget {
  calls: RecordedCall[];
  state(): EmulatorSnapshot;
  reset(scenario?: Scenario): void;
}

export function controlReply(target: ControlTarget, call: IncomingCall): Reply {
  const route = `${call.method} ${call.path}`;
  switch (route) {
    case 'GET /_emulator/calls':
      return jsonReply(200, target.calls);
    case 'GET /_emulator/state':
      return jsonReply(200, target.state());
    case 'POST /_emulator/reset':
      return resetReply(target, call.body);
    default:
      return jsonReply(404, { message: `No emulator control endpoint ${route}.` });
  }
}

/** An empty body restores the current scenario; a JSON body replaces it. */
function resetReply(target: ControlTarget, body: string): Reply {
  try {
    target.reset(body.trim() === '' ? undefined : (JSON.parse(body) as Scenario));
  } catch (error) {
    return jsonReply(400, { message: `Could not reset: ${error instanceof Error ? error.message : String(error)}` });
  }
  return jsonReply(200, target.state());
}
