// End-to-end harness: the real bundle, as a Node 24 process, against the emulator over real HTTP.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { GitHubFake } from '../../emulator/github/rest-api.js';
import type { Emulator } from '../../emulator/server.js';
import { runAction, type LocalRun, type LocalRunResult } from '../../scripts/local-runner.js';

export const ADMIN = '111111111111';
export const ROLE = `arn:aws:iam::${ADMIN}:role/securityhub-onboard`;

export interface E2EResult extends LocalRunResult {
  json<T = unknown>(output: string): T;
}

export interface E2ERun extends Partial<LocalRun> {
  /** The GitHub fake the run comments through: every body sent to it is checked for secrets too. */
  github?: GitHubFake;
}

/**
 * Runs the action with OIDC and the role, as a workflow with `id-token: write` would, and checks the
 * runner's view of every run: no workflow command but the action's own, no secret in any sink.
 */
export async function onboard(emulator: Emulator, inputs: Record<string, string>, options: E2ERun = {}): Promise<E2EResult> {
  const { github, ...run } = options;
  const sentBefore = github?.bodiesSent.length ?? 0;
  const result = await runAction({
    ...run,
    inputs: { 'role-to-assume': ROLE, ...inputs },
    env: { ...emulator.env, ...run.env },
  });
  const environmentSecrets = ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']
    .map((name) => run.env?.[name] ?? '')
    .filter((value) => value.length >= 8);
  assertNoSecretLeaked(
    emulator,
    result,
    [...(run.githubToken ? [run.githubToken] : []), ...environmentSecrets],
    github?.bodiesSent.slice(sentBefore) ?? [],
  );
  expectOnlyOwnCommands(result.stdout);
  expectOnlyOwnCommands(result.stderr);
  return {
    ...result,
    json: <T>(output: string) => {
      const text = result.outputs[output];
      expect(text, `output ${output}`).toBeDefined();
      return JSON.parse(text!) as T;
    },
  };
}

/** The workflow commands the action writes itself: `::name::` or `::name props::` at a line's start. */
const OWN_COMMAND = /^::(?:error|warning|notice|debug|group|endgroup|add-mask)(?: [^:]*)?::/;

/**
 * Every line the runner would read as a workflow command (`::` at its start after whitespace, or
 * `##[` anywhere: actions/runner's ActionCommand.TryParseV2 and TryParse) is one the action meant.
 */
export function expectOnlyOwnCommands(output: string): void {
  for (const line of output.split('\n')) {
    expect(line.includes('##['), `a legacy runner command in ${JSON.stringify(line.slice(0, 200))}`).toBe(false);
    if (line.trimStart().startsWith('::')) expect(line, 'a workflow command the action did not mean').toMatch(OWN_COMMAND);
  }
}

/** A secret as a sink could show it: whole, URL-encoded, or a 24-character piece of its start, middle or end. */
function formsOf(secret: string): string[] {
  const piece = 24;
  const middle = Math.max(0, Math.floor(secret.length / 2) - piece / 2);
  const pieces = secret.length > 2 * piece ? [secret.slice(0, piece), secret.slice(middle, middle + piece), secret.slice(-piece)] : [];
  return [...new Set([secret, encodeURIComponent(secret), ...pieces])];
}

/** Every credential and token the emulator issued stays out of what the runner shows or keeps, and out of every comment sent. */
export function assertNoSecretLeaked(
  emulator: Emulator,
  result: LocalRunResult,
  extraSecrets: string[] = [],
  commentBodies: string[] = [],
): void {
  // `::add-mask::` lines are how secrets are handed to the runner to hide; the runner never shows them.
  const shown = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
  const places = {
    stdout: shown(result.stdout),
    stderr: shown(result.stderr),
    outputs: JSON.stringify(result.outputs),
    outputFile: Object.values(result.outputs).join('\n'),
    summary: result.summary,
    reportFile: result.reportFile ?? '',
    comments: commentBodies.join('\n'),
  };
  for (const secret of [...emulator.secrets(), ...extraSecrets]) {
    for (const form of formsOf(secret)) {
      for (const [place, text] of Object.entries(places)) {
        expect(text.includes(form), `a secret (${secret.slice(0, 4)}…, as ${JSON.stringify(form.slice(0, 8))}…) appears in ${place}`).toBe(
          false,
        );
      }
    }
  }
}

export function writeCalls(emulator: Emulator): string[] {
  const writes = new Set(['CreateMembers', 'InviteMembers', 'DisassociateMembers', 'DeleteMembers', 'EnableSecurityHub']);
  return emulator.calls.filter((call) => writes.has(call.operation)).map((call) => call.operation);
}

export async function workspaceWith(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'securityhub-onboard-ws-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

export function ids(count: number, start = 200000000000): string[] {
  return Array.from({ length: count }, (_, i) => String(start + i));
}

/** The AccountIds/AccountDetails each call of an operation carried, per call. */
export function batchesOf(emulator: Emulator, operation: string, region?: string): string[][] {
  return emulator.callsTo(operation, region).map((call) => {
    const params = call.params as { AccountIds?: string[]; AccountDetails?: { AccountId: string }[] };
    return params.AccountIds ?? params.AccountDetails?.map((detail) => detail.AccountId) ?? [];
  });
}

/** A `::group::` section of a run's log: its title, its lines, and where it starts and ends in stdout. */
export interface LogGroup {
  title: string;
  lines: string[];
  start: number;
  end: number;
}

/** The groups of a run's log in the order they were printed. */
export function logGroups(stdout: string): LogGroup[] {
  const groups: LogGroup[] = [];
  let open: LogGroup | undefined;
  stdout.split('\n').forEach((line, index) => {
    if (line.startsWith('::group::')) {
      open = { title: line.slice('::group::'.length), lines: [], start: index, end: -1 };
      groups.push(open);
    } else if (line.startsWith('::endgroup::') && open) {
      open.end = index;
      open = undefined;
    } else if (open) {
      open.lines.push(line);
    }
  });
  return groups;
}

/** The group a Region's lines were printed in (titled `<region>: <headline>`). */
export function regionGroup(stdout: string, region: string): LogGroup {
  const group = logGroups(stdout).find((candidate) => candidate.title.startsWith(`${region}: `));
  expect(group, `a ::group:: for ${region}`).toBeDefined();
  return group!;
}
