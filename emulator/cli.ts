// Standalone emulator: `tsx emulator/cli.ts [--port 4566] [--host 127.0.0.1] [--scenario file.json]`.
// Prints the environment a client needs, then serves until SIGINT or SIGTERM.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Scenario } from './scenario.js';
import { startEmulator } from './server.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4566' },
      host: { type: 'string', default: '127.0.0.1' },
      scenario: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not '${values.port}'.`);
  const scenario = values.scenario ? await readScenario(values.scenario) : {};
  const emulator = await startEmulator(scenario, { port, host: values.host });

  console.log(`securityhub-onboard emulator listening on ${emulator.url}`);
  console.log('Export these for the action or the AWS SDK (plus AWS_REGION):');
  for (const [name, value] of Object.entries(emulator.env)) console.log(`export ${name}='${value}'`);
  console.log(
    `State: ${emulator.url}/_emulator/state  Calls: ${emulator.url}/_emulator/calls  Reset: POST ${emulator.url}/_emulator/reset`,
  );

  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function readScenario(file: string): Promise<Scenario> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Scenario;
  } catch (error) {
    throw new Error(`Could not read the scenario ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
