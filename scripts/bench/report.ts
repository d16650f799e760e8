// What the benchmark measured, the issue's targets, and the tables printed on stdout.
import { LATENCY_MS, RATE_LIMIT, SECURITY_HUB_OPERATIONS, type LowerBound, type OperationCounts } from './cases.js';
import type { StartupKind, StartupReport } from './startup.js';
import { mb, ms, ratio, renderTable } from './table.js';

/** The targets: "Performance at organization scale", then issue 16 (memory, throttling, start-up). */
export const TARGETS = {
  lowerBoundRatio: 1.3,
  /** 10,000 accounts × 17 Regions: within 1.2× the rate-limit bound, with no 429 at all. */
  lowerBoundRatioAt17Regions: 1.2,
  /** 1,000 accounts × 4 Regions against the per-account sequential script. */
  baselineSpeedup: 250,
  /** Peak RSS of the action's process, per case. */
  peakRssBytes: { 'organization-10000x17': 150e6, 'invite-1000': 120e6 } as Record<string, number>,
  startupFailFastRatio: 0.6,
  startupRealisticRatio: 1.0,
} as const;

/** One run of the bundled action. */
export interface ActionRun {
  wallMs: number;
  /** Spawn to the first request the emulator received. */
  coldStartMs: number;
  /** First request to the answer of the last one. */
  awsMs: number;
  /** After the last answer: outputs, summary, exit. */
  tailMs: number;
  calls: OperationCounts;
  callsCheck: string;
  throttled: number;
  peakRssBytes?: number;
  peakRssMethod?: string;
  /** User + system CPU time of the action process: near the wall time means it is CPU-bound. */
  cpuMs?: number;
  /** Event-loop utilisation of the bench process, which serves the emulator: near 1 means the emulator is the bottleneck. */
  emulatorLoopUtilisation: number;
  outputsBytes: number;
  summaryBytes: number;
  /** Empty when the run did the job: exit 0, nothing unprocessed, every account in its expected status. */
  problems: string[];
}

export interface BaselineMeasurement {
  sample: { accounts: number; regions: number };
  measuredMs: number;
  /** Scaled linearly from the sample to every account and Region of the case. */
  estimatedMs: number;
  factor: number;
  calls: number;
  throttled: number;
  failedCalls: number;
}

export interface CaseResult {
  id: string;
  title: string;
  accounts: number;
  regions: number;
  lowerBound: LowerBound;
  minimum: OperationCounts;
  runs: ActionRun[];
  /** The run with the median wall time: its breakdown is the one shown. */
  typical: ActionRun;
  baseline?: BaselineMeasurement;
}

export interface Target {
  target: string;
  value: string;
  met: boolean;
}

export interface BenchReport {
  generatedAt: string;
  environment: Record<string, unknown>;
  dist: { indexBytes: number; otherChunksBytes: number; sha256: string; modifiedAt: string };
  coldStart: { runsMs: number[]; medianMs: number; minMs: number; maxMs: number };
  startup?: StartupReport;
  cases: CaseResult[];
  targets: Target[];
}

export function typicalRun(runs: ActionRun[]): ActionRun {
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)]!;
}

/** Calls must equal the minimum in every run; memory and 429s are judged on the worst run. */
export function targets(results: CaseResult[], startup?: StartupReport): Target[] {
  const list: Target[] = [];
  if (startup) {
    const startupTarget = (name: string, kind: StartupKind, limit: number) =>
      list.push({
        target: `start-up, ${name}: <= ${limit}x the reference (${startup.reference})`,
        value:
          kind.ratio === undefined
            ? 'no reference'
            : `${ratio(kind.ratio)} (${ms(kind.current.medianMs)} / ${ms(kind.reference!.medianMs)})`,
        met: kind.ratio !== undefined && kind.ratio <= limit,
      });
    startupTarget('fail-fast', startup.failFast, TARGETS.startupFailFastRatio);
    startupTarget('realistic quick run', startup.realistic, TARGETS.startupRealisticRatio);
  }
  for (const result of results) {
    const over = result.runs.filter((run) => run.callsCheck !== 'OK');
    list.push({
      target: `${result.id}: calls equal the minimum`,
      value:
        over.length === 0
          ? `OK in ${result.runs.length}/${result.runs.length} runs`
          : `${over[0]!.callsCheck} (${over.length}/${result.runs.length} runs off)`,
      met: over.length === 0,
    });
    const lowerBoundRatio = result.typical.wallMs / result.lowerBound.ms;
    const limit = result.regions >= 17 ? TARGETS.lowerBoundRatioAt17Regions : TARGETS.lowerBoundRatio;
    list.push({
      target: `${result.id}: wall time <= ${limit}x lower bound`,
      value: `${ratio(lowerBoundRatio)} (${ms(result.typical.wallMs)} / ${ms(result.lowerBound.ms)})`,
      met: lowerBoundRatio <= limit,
    });
    if (result.regions >= 17) {
      const throttled = Math.max(...result.runs.map((run) => run.throttled));
      list.push({
        target: `${result.id}: no throttled call`,
        value: `${throttled} x 429 (worst of ${result.runs.length})`,
        met: throttled === 0,
      });
    }
    if (result.id === 'invite-1000' && result.baseline) {
      const speedup = result.baseline.estimatedMs / result.typical.wallMs;
      list.push({
        target: `${result.id}: >= ${TARGETS.baselineSpeedup}x faster than the sequential baseline`,
        value: ratio(speedup),
        met: speedup >= TARGETS.baselineSpeedup,
      });
    }
    const rssLimit = TARGETS.peakRssBytes[result.id];
    if (rssLimit !== undefined) {
      const peaks = result.runs.map((run) => run.peakRssBytes ?? Number.NaN);
      const worst = Math.max(...peaks);
      list.push({
        target: `${result.id}: peak RSS <= ${mb(rssLimit)}`,
        value: Number.isNaN(worst) ? 'not measured' : `${mb(worst)} (worst of ${peaks.length})`,
        met: worst <= rssLimit,
      });
    }
    const wrong = result.runs.filter((run) => run.problems.length > 0);
    if (wrong.length > 0) list.push({ target: `${result.id}: correct result`, value: wrong[0]!.problems.join('; '), met: false });
  }
  return list;
}

export function renderReport(report: BenchReport): string {
  const { dist, coldStart, cases: results } = report;
  const runsOf = (result: CaseResult) => result.runs.length;
  const lines = [
    `securityhub-onboard benchmark: emulator latency ${LATENCY_MS} ms, rate limit ${RATE_LIMIT.ratePerSecond}/s burst ${RATE_LIMIT.burst} per (account, Region, operation), ` +
      `visibilityDelayMs 0; load average ${String(report.environment.loadAverageBefore)} before, ${String(report.environment.loadAverageAfter)} after`,
    `dist/index.js ${mb(dist.indexBytes)} (+${mb(dist.otherChunksBytes)} in other chunks), sha256 ${dist.sha256.slice(0, 12)}…, modified ${dist.modifiedAt}`,
    `cold start of node dist/index.js (spawn to first request, ${coldStart.runsMs.length} runs): median ${ms(coldStart.medianMs)}, min ${ms(coldStart.minMs)}, max ${ms(coldStart.maxMs)}`,
    '',
    `Per case: median of ${results.map(runsOf).join('/')} action run(s); calls and 429s are those of the run with the most calls, peak RSS the highest.`,
    ...startupLines(report.startup),
    renderTable(
      [
        'case',
        'accounts x Regions',
        'wall (min-max)',
        'lower bound',
        'wall/LB',
        'baseline',
        'speed-up',
        'calls = min',
        '429s',
        'peak RSS',
        'result',
      ],
      results.map((result) => {
        const walls = result.runs.map((run) => run.wallMs);
        const worstRss = Math.max(...result.runs.map((run) => run.peakRssBytes ?? Number.NaN));
        const offRuns = result.runs.filter((run) => run.callsCheck !== 'OK').length;
        return [
          result.id,
          `${result.accounts} x ${result.regions}`,
          `${ms(result.typical.wallMs)} (${ms(Math.min(...walls))}-${ms(Math.max(...walls))})`,
          ms(result.lowerBound.ms),
          ratio(result.typical.wallMs / result.lowerBound.ms),
          result.baseline ? baselineCell(result.baseline) : 'skipped',
          result.baseline ? ratio(result.baseline.estimatedMs / result.typical.wallMs) : '-',
          offRuns === 0 ? 'OK' : `over (${offRuns}/${runsOf(result)})`,
          String(worstRun(result.runs).throttled),
          Number.isNaN(worstRss) ? 'n/a' : `${mb(worstRss)} (${result.typical.peakRssMethod})`,
          result.runs.every((run) => run.problems.length === 0) ? 'correct' : 'WRONG',
        ];
      }),
    ),
    '',
    "Where the median run's wall time goes (spawn → first request → last answer → exit):",
    renderTable(
      [
        'case',
        'cold start',
        'AWS calls',
        'after last answer',
        '(wall - cold start)/LB',
        'action CPU',
        'emulator loop busy',
        'outputs',
        'summary',
      ],
      results.map(({ id, typical, lowerBound }) => [
        id,
        ms(typical.coldStartMs),
        ms(typical.awsMs),
        ms(typical.tailMs),
        ratio((typical.wallMs - typical.coldStartMs) / lowerBound.ms),
        typical.cpuMs === undefined ? 'n/a' : `${ms(typical.cpuMs)} (${Math.round((100 * typical.cpuMs) / typical.wallMs)}% of wall)`,
        `${Math.round(100 * typical.emulatorLoopUtilisation)}%`,
        mb(typical.outputsBytes),
        mb(typical.summaryBytes),
      ]),
    ),
    '',
    'Security Hub calls per operation in the run with the most calls, actual/minimum. Minimum per Region: 1 DescribeHub + max(1, ceil(existing/50)) ListMembers',
    '+ ceil(new/50) each of CreateMembers and GetMembers + ceil(new invitation accounts/50) InviteMembers:',
    renderTable(
      ['case', ...SECURITY_HUB_OPERATIONS, 'OIDC+STS', 'check'],
      results.map((result) => {
        const worst = worstRun(result.runs);
        return [
          result.id,
          ...SECURITY_HUB_OPERATIONS.map((operation) => `${worst.calls[operation] ?? 0}/${result.minimum[operation]}`),
          String((worst.calls.OIDC ?? 0) + (worst.calls.AssumeRoleWithWebIdentity ?? 0) + (worst.calls.GetCallerIdentity ?? 0)),
          worst.callsCheck,
        ];
      }),
    ),
    '',
    `Lower bound: ${results[0]?.lowerBound.formula ?? ''}`,
    '  L = latency; P = ListMembers pages (sequential: each needs the previous NextToken). Writes are pipelined per batch',
    "  (CreateMembers → GetMembers → InviteMembers), each operation in its own bucket: the slowest operation's pace plus the round trips",
    '  of the chain from it on, not the sum of the paces. Regions have their own buckets and run concurrently, so one Region is the',
    '  critical path. Node start-up and CPU time are not in it.',
    ...results.map((result) => `  ${result.id}: ${result.lowerBound.values} = ${ms(result.lowerBound.ms)}`),
  ];
  const baselines = results.filter((result) => result.baseline);
  if (baselines.length > 0) {
    lines.push(
      '',
      'Sequential baseline: Region after Region, one CreateMembers then one InviteMembers per account, awaited one by one (real SDK, 8 attempts,',
      'fresh emulator state, same latency and rate limit); organization accounts are only created. Extrapolated linearly from its sample:',
      renderTable(
        ['case', 'sample', 'measured', 'whole case', 'calls', '429s', 'failed calls'],
        baselines.map(({ id, baseline }) => [
          id,
          `${baseline!.sample.accounts} accounts x ${baseline!.sample.regions} Region(s)`,
          ms(baseline!.measuredMs),
          baseline!.factor === 1
            ? `${ms(baseline!.estimatedMs)} (measured)`
            : `${ms(baseline!.estimatedMs)} (x${baseline!.factor}, extrapolated)`,
          String(baseline!.calls),
          String(baseline!.throttled),
          String(baseline!.failedCalls),
        ]),
      ),
    );
  }
  lines.push('', 'Targets:', ...report.targets.map(({ target, value, met }) => `  [${met ? 'met' : 'MISSED'}] ${target}: ${value}`));
  return lines.join('\n');
}

/** The run that made the most Security Hub calls (retries after 429s included). */
function worstRun(runs: ActionRun[]): ActionRun {
  const total = (run: ActionRun) => SECURITY_HUB_OPERATIONS.reduce((sum, operation) => sum + (run.calls[operation] ?? 0), 0);
  return runs.reduce((worst, run) => (total(run) > total(worst) ? run : worst));
}

function baselineCell(baseline: BaselineMeasurement): string {
  return baseline.factor === 1 ? ms(baseline.estimatedMs) : `${ms(baseline.estimatedMs)} (extrap.)`;
}

function startupLines(startup: StartupReport | undefined): string[] {
  if (!startup) return [];
  const cell = (kind: StartupKind, which: 'current' | 'reference') => {
    const sample = kind[which];
    if (!sample) return '-';
    const cpu = sample.medianCpuMs === undefined ? '' : `, CPU ${ms(sample.medianCpuMs)}`;
    return `${ms(sample.medianMs)}${cpu}${sample.peakRssBytes === undefined ? '' : `, ${mb(sample.peakRssBytes)}`}`;
  };
  return [
    `Start-up, spawn to exit (median wall and CPU time of ${startup.runs} runs each, alternating with the reference; peak RSS the highest): reference ${startup.reference}`,
    renderTable(
      ['run', 'this bundle', 'reference', 'wall ratio', 'CPU ratio'],
      [
        ['fail-fast (bad account ID, no AWS call)', startup.failFast],
        ['realistic quick run (1 Region, nothing to do)', startup.realistic],
      ].map(([name, kind]) => {
        const { ratio: wall, cpuRatio } = kind as StartupKind;
        return [
          name as string,
          cell(kind as StartupKind, 'current'),
          cell(kind as StartupKind, 'reference'),
          wall === undefined ? '-' : ratio(wall),
          cpuRatio === undefined ? '-' : ratio(cpuRatio),
        ];
      }),
    ),
    '',
  ];
}
