// Start-up of the bundle against a reference bundle, measured in the same run, A and B alternating:
// a fail-fast run (a bad account ID: the step fails before any AWS call) and a realistic quick run
// (one Region, one account that is already a member: credentials, DescribeHub, ListMembers, exit).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Emulator } from '../../emulator/server.js';
import { repoRoot, runAction, type LocalRun } from '../local-runner.js';
import { median } from './table.js';

const run = promisify(execFile);

export interface ReferenceBundle {
  /** What it is, as printed: a directory, or a git ref and its commit. */
  label: string;
  /** Its index.js; undefined when it could not be had (the reason is in the label). */
  entry?: string;
}

/**
 * A directory holding index.js is taken as it is; anything else as a git ref of this repository,
 * whose dist/ is extracted to a temporary directory (a shallow clone may not have it).
 */
export async function prepareReference(spec: string): Promise<ReferenceBundle> {
  if (existsSync(join(spec, 'index.js'))) return { label: spec, entry: join(spec, 'index.js') };
  try {
    const { stdout: commit } = await run('git', ['-C', repoRoot, 'rev-parse', '--short', `${spec}^{commit}`]);
    const directory = await mkdtemp(join(tmpdir(), 'securityhub-onboard-reference-'));
    await run('sh', ['-c', `git -C "$0" archive "$1" dist | tar -x -C "$2"`, repoRoot, spec, directory]);
    const entry = join(directory, 'dist', 'index.js');
    if (!existsSync(entry)) return { label: `${spec} (no dist/index.js at ${commit.trim()})` };
    return { label: `dist/ of ${spec} (${commit.trim()})`, entry };
  } catch (error) {
    return { label: `${spec} (not available: ${(error as Error).message.split('\n')[0]})` };
  }
}

export interface StartupSample {
  runsMs: number[];
  medianMs: number;
  /** User + system CPU time of each run: less disturbed by other load on the machine than the wall time. */
  cpuMs: number[];
  medianCpuMs?: number;
  /** Highest peak RSS of the runs. */
  peakRssBytes?: number;
}

export interface StartupKind {
  current: StartupSample;
  reference?: StartupSample;
  /** current / reference, medians of the wall time. */
  ratio?: number;
  /** current / reference, medians of the CPU time. */
  cpuRatio?: number;
}

export interface StartupReport {
  reference: string;
  runs: number;
  failFast: StartupKind;
  realistic: StartupKind;
}

interface StartupOptions {
  runs: number;
  reference: ReferenceBundle;
  /** Endpoints and OIDC variables of the emulator. */
  env: Record<string, string>;
  role: string;
  administrator: string;
}

const MEMBER = '222222222222';

export async function measureStartup(emulator: Emulator, options: StartupOptions): Promise<StartupReport> {
  const bundles = [
    { name: 'current' as const, entry: join(repoRoot, 'dist', 'index.js') },
    ...(options.reference.entry ? [{ name: 'reference' as const, entry: options.reference.entry }] : []),
  ];
  const kinds = {
    failFast: {
      // An account ID with a digit missing: the inputs are refused before any AWS call.
      inputs: { 'account-ids': '12345678901', regions: 'us-east-1', 'role-to-assume': options.role },
      scenario: {},
      check: (exitCode: number | null, calls: number) => exitCode === 1 && calls === 0,
    },
    realistic: {
      inputs: { 'account-ids': MEMBER, regions: 'us-east-1', 'role-to-assume': options.role },
      scenario: { regions: { 'us-east-1': { members: [{ accountId: MEMBER, status: 'Enabled' }] } } },
      check: (exitCode: number | null, calls: number) => exitCode === 0 && calls > 0,
    },
  };
  const samples: Record<string, Record<string, { runsMs: number[]; rss: number[]; cpu: number[] }>> = {};
  for (const [kind, { inputs, scenario, check }] of Object.entries(kinds)) {
    samples[kind] = Object.fromEntries(
      bundles.map((bundle) => [bundle.name, { runsMs: [] as number[], rss: [] as number[], cpu: [] as number[] }]),
    );
    for (let index = 0; index < options.runs; index++) {
      // A B, then B A: neither bundle always runs first.
      const order = index % 2 === 0 ? bundles : [...bundles].reverse();
      for (const bundle of order) {
        emulator.reset(scenario);
        const local: LocalRun = { inputs, env: options.env, entry: bundle.entry, measureRss: true };
        const result = await runAction(local);
        if (!check(result.exitCode, emulator.calls.length)) {
          throw new Error(
            `The ${kind} start-up run of the ${bundle.name} bundle did not end as expected (exit ${result.exitCode}, ${emulator.calls.length} calls):\n${result.stdout}${result.stderr}`,
          );
        }
        samples[kind][bundle.name]!.runsMs.push(result.durationMs);
        if (result.peakRssBytes !== undefined) samples[kind][bundle.name]!.rss.push(result.peakRssBytes);
        if (result.cpuMs !== undefined) samples[kind][bundle.name]!.cpu.push(result.cpuMs);
      }
    }
  }
  const sample = ({ runsMs, rss, cpu }: { runsMs: number[]; rss: number[]; cpu: number[] }): StartupSample => ({
    runsMs,
    medianMs: median(runsMs),
    cpuMs: cpu,
    ...(cpu.length > 0 && { medianCpuMs: median(cpu) }),
    ...(rss.length > 0 && { peakRssBytes: Math.max(...rss) }),
  });
  const kind = (name: string): StartupKind => {
    const current = sample(samples[name]!.current!);
    const reference = samples[name]!.reference ? sample(samples[name]!.reference) : undefined;
    const cpuRatio = reference?.medianCpuMs && current.medianCpuMs !== undefined ? current.medianCpuMs / reference.medianCpuMs : undefined;
    return {
      current,
      ...(reference && { reference, ratio: current.medianMs / reference.medianMs }),
      ...(cpuRatio !== undefined && { cpuRatio }),
    };
  };
  return { reference: options.reference.label, runs: options.runs, failFast: kind('failFast'), realistic: kind('realistic') };
}
