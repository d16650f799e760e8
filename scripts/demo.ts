// `npm run demo`: runs the bundled action (dist/index.js, under Node 24) against the local
// emulator, the way a GitHub runner would, and shows its log, outputs and job summary.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmulator } from '../emulator/server.js';
import type { Scenario } from '../emulator/scenario.js';
import { repoRoot, runAction } from './local-runner.js';

const scenario = JSON.parse(await readFile(join(repoRoot, 'scripts', 'demo-scenario.json'), 'utf8')) as Scenario;
const emulator = await startEmulator(scenario);
try {
  const inputs = {
    'accounts-file': 'examples/accounts.yml',
    regions: 'us-east-1, eu-west-1',
    'role-to-assume': 'arn:aws:iam::111111111111:role/securityhub-onboard',
  };
  heading('The step');
  console.log(`uses: ./ (dist/index.js on Node 24) against the emulator at ${emulator.url}`);
  console.log(
    Object.entries(inputs)
      .map(([name, value]) => `  ${name}: ${value}`)
      .join('\n'),
  );

  const result = await runAction({
    inputs,
    env: {
      AWS_ENDPOINT_URL_SECURITYHUB: emulator.url,
      AWS_ENDPOINT_URL_STS: emulator.url,
      ACTIONS_ID_TOKEN_REQUEST_URL: emulator.oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.oidc.requestToken,
    },
  });

  heading('Log');
  console.log(
    result.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::') && !line.startsWith('::set-output'))
      .join('\n'),
  );
  heading('Outputs');
  for (const [name, value] of Object.entries(result.outputs)) console.log(`${name} = ${value}`);
  heading('Job summary (as text)');
  console.log(summaryAsText(result.summary));
  heading('AWS calls the emulator received');
  const counts = new Map<string, number>();
  for (const call of emulator.calls)
    counts.set(
      `${call.operation}${call.region ? ` (${call.region})` : ''}`,
      (counts.get(`${call.operation}${call.region ? ` (${call.region})` : ''}`) ?? 0) + 1,
    );
  for (const [call, count] of counts) console.log(`${String(count).padStart(3)}  ${call}`);

  heading('Result');
  const unprocessed = Number(result.outputs['unprocessed-count'] ?? 'NaN');
  console.log(
    `The step exited with ${result.exitCode}: ${unprocessed} account(s) were not processed, so with fail-on-unprocessed: true the step fails and the job shows why.`,
  );
  // The demo itself succeeds when the run behaved as designed: one account refused, the rest onboarded.
  process.exitCode = result.exitCode === 1 && unprocessed === 2 ? 0 : 1;
} finally {
  await emulator.close();
}

function heading(title: string): void {
  console.log(`\n\u001b[1m== ${title} ==\u001b[0m`);
}

/** A rough terminal rendering of the summary's HTML and Markdown. */
function summaryAsText(html: string): string {
  return html
    .replace(/<tr>/g, '')
    .replace(/<\/t[dh]><t[dh]>/g, ' | ')
    .replace(/<\/tr>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
