// `npm run pictures`: the README's pictures of a real job summary and a real PR comment. It runs
// the bundled action (dist/index.js, on Node 24) against the emulator with the demo's accounts
// and scenario, plus a Region where Security Hub CSPM is not enabled, a member that resigned and
// one the list does not name: once as a plan on a pull request (the comment goes to the local
// GitHub fake), once as apply. Each is rendered as GitHub-flavoured Markdown into a page styled
// like GitHub and photographed by headless Chromium (Debian's: `apt-get install -y chromium`).
// Not part of `npm test`: CI has no browser for certain.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startGitHubFake } from '../emulator/github/rest-api.js';
import type { Scenario } from '../emulator/scenario.js';
import { startEmulator } from '../emulator/server.js';
import { githubPage, type Panel } from './gfm.js';
import { repoRoot, runAction } from './local-runner.js';

const run = promisify(execFile);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const WIDTH = 1100;
const TOKEN = 'ghs_picturesTokenForTheFakeApi0000000001';

/** The demo's scenario with what the summary puts first: a failed Region, a member that resigned, one not in the list. */
export function picturesScenario(demo: Scenario): Scenario {
  const regions = { ...demo.regions };
  const east = regions['us-east-1'] ?? {};
  regions['us-east-1'] = {
    ...east,
    members: [
      ...(east.members ?? []),
      { accountId: '555555555555', status: 'Resigned', email: 'data-lake@example.com', invitedAt: '2026-06-01T00:00:00Z' },
      { accountId: '777777777777', status: 'Enabled', email: 'old-sandbox@example.com', invitedAt: '2025-03-01T00:00:00Z' },
    ],
  };
  regions['ap-southeast-2'] = { hubEnabled: false };
  return { ...demo, regions };
}

export const PICTURE_INPUTS = {
  'accounts-file': 'examples/accounts.yml',
  regions: 'us-east-1, eu-west-1, ap-southeast-2',
  'role-to-assume': 'arn:aws:iam::111111111111:role/securityhub-onboard',
};

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: install it with 'apt-get update && apt-get install -y chromium' (or set CHROMIUM).`);
  const demo = JSON.parse(await readFile(join(repoRoot, 'scripts', 'demo-scenario.json'), 'utf8')) as Scenario;
  const scenario = picturesScenario(demo);
  const emulator = await startEmulator(scenario);
  const github = await startGitHubFake({ writeTokens: [TOKEN] });
  const temp = await mkdtemp(join(tmpdir(), 'securityhub-onboard-pictures-'));
  try {
    const env = {
      AWS_ENDPOINT_URL_SECURITYHUB: emulator.url,
      AWS_ENDPOINT_URL_STS: emulator.url,
      ACTIONS_ID_TOKEN_REQUEST_URL: emulator.oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.oidc.requestToken,
      // The commit the plan states it was made for (a fixed, made-up SHA).
      GITHUB_SHA: '3f2a9c4e8b1d7f6a5c0e9b8d7a6f5e4d3c2b1a09',
    };
    const plan = await runAction({
      inputs: { ...PICTURE_INPUTS, 'remove-absent': 'true' },
      env: { ...env, GITHUB_API_URL: github.url, GITHUB_WORKFLOW: 'onboarding', GITHUB_JOB: 'plan' },
      eventName: 'pull_request',
      event: { pull_request: { number: 42, head: { sha: '9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c' } } },
      githubToken: TOKEN,
    });
    const comment = github.comments.find((candidate) => candidate.issueNumber === 42);
    if (!comment) throw new Error(`The plan run left no comment (exit ${plan.exitCode}):\n${plan.stdout}`);

    emulator.reset(scenario);
    const apply = await runAction({ inputs: PICTURE_INPUTS, env });
    if (!apply.summary) throw new Error(`The apply run wrote no job summary (exit ${apply.exitCode}):\n${apply.stdout}`);

    const images = join(repoRoot, 'docs', 'images');
    await mkdir(images, { recursive: true });
    const pictures: [string, Panel][] = [
      ['job-summary.png', { kind: 'summary', caption: 'onboard summary', markdown: apply.summary }],
      ['pr-comment.png', { kind: 'comment', caption: 'github-actions (bot) commented', markdown: comment.body }],
    ];
    for (const [name, panel] of pictures) {
      const page = join(temp, name.replace(/\.png$/, '.html'));
      await writeFile(page, githubPage(panel.caption, [panel]));
      await screenshot(page, join(images, name), temp);
      console.log(`docs/images/${name}`);
    }
  } finally {
    await Promise.all([emulator.close(), github.close()]);
    await rm(temp, { recursive: true, force: true });
  }
}

/** Two passes: the first reads the page's height from the DOM, the second photographs the whole page. */
async function screenshot(page: string, png: string, profile: string): Promise<void> {
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    `--user-data-dir=${join(profile, 'chromium')}`,
    '--force-device-scale-factor=1',
  ];
  const { stdout } = await run(CHROMIUM, [...flags, `--window-size=${WIDTH},800`, '--dump-dom', `file://${page}`], {
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const height = Number(/data-height="(\d+)"/.exec(stdout)?.[1]);
  if (!(height > 0)) throw new Error(`Could not read the height of ${page}.`);
  await run(CHROMIUM, [...flags, `--window-size=${WIDTH},${height}`, `--screenshot=${png}`, `file://${page}`], { timeout: 60_000 });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
