// End-to-end harness: the real bundle, as a Node 24 process, against the emulator over real HTTP.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Emulator } from '../../emulator/server.js';
import { runAction, type LocalRun, type LocalRunResult } from '../../scripts/local-runner.js';

export const ADMIN = '111111111111';
export const ROLE = `arn:aws:iam::${ADMIN}:role/securityhub-onboard`;

export interface E2EResult extends LocalRunResult {
  json<T = unknown>(output: string): T;
}

/** Runs the action with OIDC and the role, as a workflow with `id-token: write` would. */
export async function onboard(emulator: Emulator, inputs: Record<string, string>, options: Partial<LocalRun> = {}): Promise<E2EResult> {
  const result = await runAction({
    ...options,
    inputs: { 'role-to-assume': ROLE, ...inputs },
    env: { ...emulator.env, ...options.env },
  });
  assertNoSecretLeaked(emulator, result, options.githubToken ? [options.githubToken] : []);
  return {
    ...result,
    json: <T>(output: string) => {
      const text = result.outputs[output];
      expect(text, `output ${output}`).toBeDefined();
      return JSON.parse(text!) as T;
    },
  };
}

/** Every credential and token the emulator issued stays out of what the runner shows or keeps. */
export function assertNoSecretLeaked(emulator: Emulator, result: LocalRunResult, extraSecrets: string[] = []): void {
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
    summary: result.summary,
  };
  for (const secret of [...emulator.secrets(), ...extraSecrets]) {
    for (const [place, text] of Object.entries(places)) {
      expect(text.includes(secret), `a secret (${secret.slice(0, 4)}…) appears in ${place}`).toBe(false);
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
