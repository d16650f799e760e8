// `npm run local-action`: GitHub's @github/local-action runs src/main.ts with its own stand-ins for
// @actions/core and @actions/github, configured by .env.example, against the emulator.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Scenario } from '../../emulator/scenario.js';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { repoRoot } from '../../scripts/local-runner.js';

const WRITES = /^(Create|Invite|Disassociate|Delete)Members$/;
const example = await readFile(join(repoRoot, '.env.example'), 'utf8');
let emulator: Emulator;
let temp: string;

beforeAll(async () => {
  emulator = await startEmulator(JSON.parse(await readFile(join(repoRoot, 'scripts', 'demo-scenario.json'), 'utf8')) as Scenario);
  temp = await mkdtemp(join(tmpdir(), 'securityhub-onboard-local-action-'));
});
afterAll(async () => {
  await emulator?.close();
  await rm(temp, { recursive: true, force: true });
});

/** .env.example with the emulator's port and these lines changed, run as `npm run local-action` runs it. */
async function localAction(changes: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  let env = example.replaceAll('http://127.0.0.1:4566', emulator.url);
  for (const [name, value] of Object.entries(changes)) {
    const line = `${name}="${value}"`;
    env = new RegExp(`^${name}=.*$`, 'm').test(env) ? env.replace(new RegExp(`^${name}=.*$`, 'm'), line) : `${env}\n${line}\n`;
  }
  const file = join(temp, `${Object.keys(changes).join('-') || 'example'}.env`);
  await writeFile(file, env);
  const bin = join(repoRoot, 'node_modules', '.bin', 'local-action');
  const child = spawn('sh', ['-c', `mkdir -p .tmp && "${bin}" . src/main.ts "${file}"`], {
    cwd: repoRoot,
    // Only what a developer's shell would have: everything else comes from the .env file.
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: temp, NO_COLOR: '1' },
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, out };
}

describe('npm run local-action with .env.example, against the emulator', () => {
  it('the package script, .env.example and .gitignore are set up as the README says', async () => {
    const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['local-action']).toContain('local-action . src/main.ts .env');
    expect((await readFile(join(repoRoot, '.gitignore'), 'utf8')).split('\n')).toContain('.env');
    const inputs = new Set(
      Object.keys((parse(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: object }).inputs).map((name) =>
        name.toUpperCase(),
      ),
    );
    const named = [...example.matchAll(/^INPUT_([\w-]+)=/gm)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((name) => !inputs.has(name))).toEqual([]);
    expect(example).toMatch(/^AWS_ENDPOINT_URL_SECURITYHUB="http:\/\/127\.0\.0\.1:4566"$/m);
    expect(example).toMatch(/^AWS_ACCESS_KEY_ID="AKIAEMULATOR00000000"$/m);
  });

  it('plans with the static key: every Region read, the outputs printed, no write call', async () => {
    emulator.reset();
    const { code, out } = await localAction();
    expect(out, out).toContain('Found 1 member(s); plan: 1 no change, 4 create.');
    expect(out).toMatch(/::set-output name=mode::plan/);
    expect(out).toContain('Action Outputs');
    expect(out).not.toContain('Unexpected error');
    expect(code).toBe(0);
    expect(
      emulator.calls
        .filter((call) => call.operation === 'ListMembers')
        .map((call) => call.region)
        .sort(),
    ).toEqual(['eu-west-1', 'us-east-1']);
    expect(emulator.calls.filter((call) => WRITES.test(call.operation))).toEqual([]);
  });

  it('applies when asked, as the runner would', async () => {
    emulator.reset();
    const { out } = await localAction({ INPUT_MODE: 'apply' });
    expect(out, out).toMatch(/::set-output name=mode::apply/);
    expect(emulator.members('111111111111', 'us-east-1').map((member) => member.AccountId)).toContain('333333333333');
    expect(out).not.toContain('Unexpected error');
  });

  it('with role-to-assume requests the OIDC token itself (the tool has no getIDToken) and assumes the role', async () => {
    emulator.reset();
    const { out } = await localAction({
      'INPUT_ROLE-TO-ASSUME': 'arn:aws:iam::111111111111:role/securityhub-onboard',
      ACTIONS_ID_TOKEN_REQUEST_URL: emulator.oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.oidc.requestToken,
    });
    expect(out, out).toContain('::info::Acting as arn:aws:sts::111111111111:assumed-role/securityhub-onboard/');
    expect(out).not.toContain('Unexpected error');
    expect(emulator.callsTo('OIDC').map((call) => call.status)).toEqual([200]);
    expect(emulator.callsTo('AssumeRoleWithWebIdentity').map((call) => call.status)).toEqual([200]);
    expect(emulator.calls.filter((call) => WRITES.test(call.operation))).toEqual([]);
  });
});
