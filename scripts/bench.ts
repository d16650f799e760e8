// `npm run bench`: the bundled action at organization scale against the emulator, with 25 ms of
// latency and Security Hub's rate limit (10 req/s, burst 30, per account, Region and operation).
// Per case: wall time, calls per operation against the minimum, 429s, peak RSS, and the ratios to
// the critical-path lower bound and to a per-account sequential baseline. Also the size of
// dist/index.js and its cold start. Prints tables on stdout, progress on stderr, and writes
// bench-results/latest.json.
//
//   npm run bench [-- --full-baseline] [-- --no-baseline] [-- --case=<id>]
//
// --full-baseline runs the baselines of the 1,000-account cases in all four Regions (about 15 more
// minutes) instead of one Region extrapolated; the 10,000-account baseline is always a sample.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator, type RecordedCall } from '../emulator/server.js';
import { runSequentialBaseline } from './bench/baseline.js';
import { benchCases, LATENCY_MS, lowerBound, minimumCalls, RATE_LIMIT, REGIONS, type BenchCase, type LowerBound, type OperationCounts } from './bench/cases.js';
import { mb, median, ms, ratio, renderTable } from './bench/table.js';
import { node24, repoRoot, runAction, type LocalRunResult } from './local-runner.js';

const ROLE = 'arn:aws:iam::111111111111:role/securityhub-onboard';
const ADMINISTRATOR = '111111111111';
const COLD_START_RUNS = 5;
const TARGETS = { lowerBoundRatio: 1.3, baselineSpeedup: 50, peakRssBytes: 150e6 };
const SECURITY_HUB = ['DescribeHub', 'ListMembers', 'CreateMembers', 'GetMembers', 'InviteMembers'];

interface ActionMeasurement {
  wallMs: number;
  /** Spawn to the first request the emulator received. */
  coldStartMs: number;
  /** First request to the answer of the last one. */
  awsMs: number;
  /** After the last answer: outputs, summary, exit. */
  tailMs: number;
  calls: OperationCounts;
  throttled: number;
  peakRssBytes: number | undefined;
  peakRssMethod: string | undefined;
  /** User + system CPU time of the action process: close to the wall time means it is CPU-bound. */
  cpuMs: number | undefined;
  /** Event-loop utilisation of this process (the emulator) during the run: near 1 means the emulator is the bottleneck. */
  emulatorLoopUtilisation: number;
  outputsBytes: number;
  summaryBytes: number;
  problems: string[];
}

interface BaselineMeasurement {
  sample: { accounts: number; regions: number };
  measuredMs: number;
  /** Scaled linearly from the sample to every account and Region of the case. */
  estimatedMs: number;
  factor: number;
  calls: OperationCounts;
  throttled: number;
  failedCalls: number;
}

interface CaseResult {
  id: string;
  title: string;
  accounts: number;
  regions: number;
  action: ActionMeasurement;
  lowerBound: LowerBound;
  minimum: OperationCounts;
  callsCheck: string;
  baseline?: BaselineMeasurement;
}

const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith('--case='))?.slice('--case='.length);
const cases = benchCases({ fullBaseline: args.includes('--full-baseline') }).filter((benchCase) => !only || benchCase.id === only);
const withBaseline = !args.includes('--no-baseline');
const benchStarted = performance.now();
const progress = (line: string) => process.stderr.write(`[${ms(performance.now() - benchStarted).padStart(8)}] ${line}\n`);

const emulator = await startEmulator();
try {
  const dist = await measureDist();
  progress(`dist/index.js: ${mb(dist.indexBytes)}; measuring the cold start (${COLD_START_RUNS} runs)…`);
  const coldStart = await measureColdStart(emulator);
  const results: CaseResult[] = [];
  for (const [index, benchCase] of cases.entries()) {
    progress(`case ${index + 1}/${cases.length} ${benchCase.id}: running the action (${benchCase.accounts.length} accounts x ${REGIONS.length} Regions)…`);
    const action = await measureAction(emulator, benchCase);
    progress(`  ${ms(action.wallMs)}, ${action.throttled} x 429, ${action.problems.length === 0 ? 'result correct' : `PROBLEMS: ${action.problems.join('; ')}`}`);
    const minimum = minimumCalls(benchCase.work, REGIONS.length);
    const result: CaseResult = {
      id: benchCase.id,
      title: benchCase.title,
      accounts: benchCase.accounts.length,
      regions: REGIONS.length,
      action,
      lowerBound: lowerBound(benchCase.work),
      minimum,
      callsCheck: callsCheck(action.calls, minimum),
    };
    if (withBaseline) {
      const { accounts, regions } = benchCase.baselineSample;
      progress(`  sequential baseline on ${accounts} accounts x ${regions} Region(s) (throttled to ~10 calls/s per operation)…`);
      result.baseline = await measureBaseline(emulator, benchCase);
      progress(`  baseline ${ms(result.baseline.measuredMs)} measured, ${ms(result.baseline.estimatedMs)} for the whole case`);
    }
    results.push(result);
  }
  const report = { generatedAt: new Date().toISOString(), environment: environment(), dist, coldStart, cases: results, targets: targets(results) };
  console.log(render(report));
  await mkdir(join(repoRoot, 'bench-results'), { recursive: true });
  await writeFile(join(repoRoot, 'bench-results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  progress(`wrote bench-results/latest.json`);
} finally {
  await emulator.close();
}

/** The action's environment as the demo sets it: endpoints and the job's OIDC variables, no static keys. */
function actionEnv(emulator: Emulator): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_SECURITYHUB: emulator.url,
    AWS_ENDPOINT_URL_STS: emulator.url,
    ACTIONS_ID_TOKEN_REQUEST_URL: emulator.oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.oidc.requestToken,
  };
}

async function measureDist() {
  const bytes = await readFile(join(repoRoot, 'dist', 'index.js'));
  const chunks = await Promise.all(['413.index.js', 'sourcemap-register.cjs'].map((name) => stat(join(repoRoot, 'dist', name)).then((info) => info.size, () => 0)));
  return {
    indexBytes: bytes.length,
    otherChunksBytes: chunks.reduce((sum, size) => sum + size, 0),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    modifiedAt: (await stat(join(repoRoot, 'dist', 'index.js'))).mtime.toISOString(),
  };
}

/** Spawn to first request, one account in one Region, no latency: the time Node and the bundle take to start. */
async function measureColdStart(emulator: Emulator) {
  const runsMs: number[] = [];
  for (let run = 0; run < COLD_START_RUNS; run++) {
    emulator.reset({});
    let spawnedAt = 0;
    const result = await runAction({
      inputs: { 'account-ids': '222222222222', regions: 'us-east-1', 'role-to-assume': ROLE },
      env: actionEnv(emulator),
      onSpawn: () => (spawnedAt = Date.now()),
    });
    if (result.exitCode !== 0 || emulator.calls.length === 0) throw new Error(`The cold-start run failed:\n${result.stdout}${result.stderr}`);
    runsMs.push(emulator.calls[0]!.at - spawnedAt);
  }
  return { runsMs, medianMs: median(runsMs), minMs: Math.min(...runsMs), maxMs: Math.max(...runsMs) };
}

async function measureAction(emulator: Emulator, benchCase: BenchCase): Promise<ActionMeasurement> {
  const workspace = await mkdtemp(join(tmpdir(), 'securityhub-onboard-bench-'));
  try {
    const lines = benchCase.accounts.map(({ accountId, email }) => (email ? `${accountId},${email}` : accountId));
    await writeFile(join(workspace, 'accounts.txt'), `${lines.join('\n')}\n`);
    emulator.reset(benchCase.scenario);
    let spawnedAt = 0;
    const loopBefore = performance.eventLoopUtilization();
    const result = await runAction({
      inputs: { 'accounts-file': 'accounts.txt', regions: REGIONS.join(', '), 'role-to-assume': ROLE },
      env: actionEnv(emulator),
      workspace,
      timeoutMs: 600_000,
      measureRss: true,
      onSpawn: () => (spawnedAt = Date.now()),
    });
    const emulatorLoopUtilisation = performance.eventLoopUtilization(loopBefore).utilization;
    const calls = [...emulator.calls];
    const first = Math.min(...calls.map((call) => call.at));
    const last = Math.max(...calls.map((call) => call.at)) + LATENCY_MS;
    return {
      wallMs: result.durationMs,
      coldStartMs: first - spawnedAt,
      awsMs: last - first,
      tailMs: result.durationMs - (last - spawnedAt),
      calls: countByOperation(calls),
      throttled: calls.filter((call) => call.status === 429).length,
      peakRssBytes: result.peakRssBytes,
      peakRssMethod: result.peakRssMethod,
      cpuMs: result.cpuMs,
      emulatorLoopUtilisation,
      outputsBytes: Object.entries(result.outputs).reduce((sum, [name, value]) => sum + Buffer.byteLength(name + value), 0),
      summaryBytes: Buffer.byteLength(result.summary),
      problems: verify(emulator, benchCase, result),
    };
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

/** The run must also be right: exit 0, nothing unprocessed, every account in its expected status everywhere. */
function verify(emulator: Emulator, benchCase: BenchCase, result: LocalRunResult): string[] {
  const problems: string[] = [];
  if (result.timedOut || result.exitCode !== 0) problems.push(`exit code ${result.exitCode}${result.timedOut ? ' (timed out)' : ''}: ${result.stderr.slice(0, 300)}`);
  if (result.outputs['unprocessed-count'] !== '0') problems.push(`unprocessed-count ${result.outputs['unprocessed-count']}`);
  const count = (output: string) => (JSON.parse(result.outputs[output] ?? '[]') as unknown[]).length;
  if (count('created-accounts') !== benchCase.work.create * REGIONS.length) problems.push(`created-accounts holds ${count('created-accounts')}`);
  if (count('invited-accounts') !== benchCase.work.invite * REGIONS.length) problems.push(`invited-accounts holds ${count('invited-accounts')}`);
  for (const region of REGIONS) {
    const status = new Map(emulator.members(ADMINISTRATOR, region).map((member) => [member.AccountId, member.MemberStatus]));
    const wrong = benchCase.accounts.filter((account) => status.get(account.accountId) !== account.expectedStatus);
    if (wrong.length > 0) problems.push(`${region}: ${wrong.length} account(s) not in the expected status, e.g. ${wrong[0]!.accountId}: ${status.get(wrong[0]!.accountId)}`);
  }
  return problems;
}

async function measureBaseline(emulator: Emulator, benchCase: BenchCase): Promise<BaselineMeasurement> {
  const sample = benchCase.baselineSample;
  emulator.reset(benchCase.scenario);
  const run = await runSequentialBaseline(emulator, REGIONS.slice(0, sample.regions), benchCase.accounts.slice(0, sample.accounts));
  const factor = (benchCase.accounts.length * REGIONS.length) / (sample.accounts * sample.regions);
  return {
    sample,
    measuredMs: run.durationMs,
    estimatedMs: run.durationMs * factor,
    factor,
    calls: countByOperation(emulator.calls),
    throttled: emulator.calls.filter((call) => call.status === 429).length,
    failedCalls: run.failedCalls,
  };
}

function countByOperation(calls: readonly RecordedCall[]): OperationCounts {
  const counts: OperationCounts = {};
  for (const call of calls) counts[call.operation] = (counts[call.operation] ?? 0) + 1;
  return counts;
}

/** `OK` when every Security Hub operation was called exactly its minimum number of times. */
function callsCheck(actual: OperationCounts, minimum: OperationCounts): string {
  const off = SECURITY_HUB.filter((operation) => (actual[operation] ?? 0) !== minimum[operation]).map(
    (operation) => `${operation} ${actual[operation] ?? 0}/${minimum[operation]}`,
  );
  if (off.length === 0) return 'OK';
  return `${SECURITY_HUB.some((operation) => (actual[operation] ?? 0) < minimum[operation]!) ? 'under' : 'over'}: ${off.join(', ')}`;
}

function targets(results: CaseResult[]) {
  const list: { target: string; value: string; met: boolean }[] = [];
  for (const result of results) {
    list.push({ target: `${result.id}: calls equal the minimum`, value: result.callsCheck, met: result.callsCheck === 'OK' });
    const lowerBoundRatio = result.action.wallMs / result.lowerBound.ms;
    list.push({ target: `${result.id}: wall time <= ${TARGETS.lowerBoundRatio}x lower bound`, value: ratio(lowerBoundRatio), met: lowerBoundRatio <= TARGETS.lowerBoundRatio });
    if (result.id === 'invite-1000' && result.baseline) {
      const speedup = result.baseline.estimatedMs / result.action.wallMs;
      list.push({ target: `${result.id}: >= ${TARGETS.baselineSpeedup}x faster than the sequential baseline`, value: ratio(speedup), met: speedup >= TARGETS.baselineSpeedup });
    }
    if (result.id === 'organization-10000') {
      const rss = result.action.peakRssBytes;
      list.push({ target: `${result.id}: peak RSS < ${mb(TARGETS.peakRssBytes)}`, value: rss === undefined ? 'not measured' : mb(rss), met: rss !== undefined && rss < TARGETS.peakRssBytes });
    }
    if (result.action.problems.length > 0) list.push({ target: `${result.id}: correct result`, value: result.action.problems.join('; '), met: false });
  }
  return list;
}

function environment() {
  return {
    actionNode: node24,
    benchNode: process.version,
    cpu: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
    latencyMs: LATENCY_MS,
    rateLimit: RATE_LIMIT,
    visibilityDelayMs: 0,
    regions: REGIONS,
  };
}

function render(report: { dist: Awaited<ReturnType<typeof measureDist>>; coldStart: Awaited<ReturnType<typeof measureColdStart>>; cases: CaseResult[]; targets: ReturnType<typeof targets> }): string {
  const { dist, coldStart, cases: results } = report;
  const out: string[] = [];
  out.push(
    `securityhub-onboard benchmark: emulator latency ${LATENCY_MS} ms, rate limit ${RATE_LIMIT.ratePerSecond}/s burst ${RATE_LIMIT.burst} per (account, Region, operation), ${REGIONS.length} Regions, visibilityDelayMs 0`,
    `dist/index.js ${mb(dist.indexBytes)} (+${mb(dist.otherChunksBytes)} other chunks), sha256 ${dist.sha256.slice(0, 12)}, built ${dist.modifiedAt}`,
    `cold start of node dist/index.js (spawn to first request, ${coldStart.runsMs.length} runs): median ${ms(coldStart.medianMs)}, min ${ms(coldStart.minMs)}, max ${ms(coldStart.maxMs)}`,
    '',
  );
  out.push(
    renderTable(
      ['case', 'wall', 'lower bound', 'wall/LB', 'baseline', 'speed-up', 'calls vs min', '429s', 'peak RSS', 'result'],
      results.map((result) => [
        result.id,
        ms(result.action.wallMs),
        ms(result.lowerBound.ms),
        ratio(result.action.wallMs / result.lowerBound.ms),
        result.baseline ? baselineCell(result.baseline) : 'skipped',
        result.baseline ? ratio(result.baseline.estimatedMs / result.action.wallMs) : '-',
        result.callsCheck === 'OK' ? 'OK' : result.callsCheck.split(':')[0]!,
        String(result.action.throttled),
        result.action.peakRssBytes === undefined ? 'n/a' : `${mb(result.action.peakRssBytes)} (${result.action.peakRssMethod})`,
        result.action.problems.length === 0 ? 'correct' : 'WRONG',
      ]),
    ),
    '',
    'Where the wall time goes (spawn → first request → last answer → exit):',
    renderTable(
      ['case', 'cold start', 'AWS calls', 'after last answer', '(wall - cold start)/LB', 'action CPU', 'emulator busy', 'outputs', 'summary'],
      results.map((result) => [
        result.id,
        ms(result.action.coldStartMs),
        ms(result.action.awsMs),
        ms(result.action.tailMs),
        ratio((result.action.wallMs - result.action.coldStartMs) / result.lowerBound.ms),
        result.action.cpuMs === undefined ? 'n/a' : `${ms(result.action.cpuMs)} (${Math.round((100 * result.action.cpuMs) / result.action.wallMs)}% of wall)`,
        `${Math.round(100 * result.action.emulatorLoopUtilisation)}%`,
        mb(result.action.outputsBytes),
        mb(result.action.summaryBytes),
      ]),
    ),
    '',
    `Calls per operation, actual/minimum (minimum per Region: 1 DescribeHub + max(1, ceil(existing/50)) ListMembers + ceil(new/50) each of CreateMembers, GetMembers, InviteMembers (invitation accounts only)):`,
    renderTable(
      ['case', ...SECURITY_HUB, 'STS+OIDC', 'check'],
      results.map((result) => [
        result.id,
        ...SECURITY_HUB.map((operation) => `${result.action.calls[operation] ?? 0}/${result.minimum[operation]}`),
        String((result.action.calls.OIDC ?? 0) + (result.action.calls.AssumeRoleWithWebIdentity ?? 0) + (result.action.calls.GetCallerIdentity ?? 0)),
        result.callsCheck,
      ]),
    ),
    '',
    `Lower bound per case: ${results[0]?.lowerBound.formula ?? ''}`,
    '  (L = latency, P = ListMembers pages, S = pipelined write stages CreateMembers→GetMembers→InviteMembers, B = batches of the widest operation per Region; Regions run concurrently on their own buckets)',
    ...results.map((result) => `  ${result.id}: ${result.lowerBound.values} = ${ms(result.lowerBound.ms)}`),
  );
  const baselines = results.filter((result) => result.baseline);
  if (baselines.length > 0) {
    out.push(
      '',
      'Sequential baseline (Region after Region, one CreateMembers then one InviteMembers per account, SDK with 8 attempts; organization accounts are only created):',
      renderTable(
        ['case', 'sample', 'measured', 'for the whole case', 'calls', '429s', 'failed calls'],
        baselines.map(({ id, baseline }) => [
          id,
          `${baseline!.sample.accounts} accounts x ${baseline!.sample.regions} Region(s)`,
          ms(baseline!.measuredMs),
          baseline!.factor === 1 ? `${ms(baseline!.estimatedMs)} (measured)` : `${ms(baseline!.estimatedMs)} (x${baseline!.factor} extrapolated)`,
          String(Object.values(baseline!.calls).reduce((sum, count) => sum + count, 0)),
          String(baseline!.throttled),
          String(baseline!.failedCalls),
        ]),
      ),
    );
  }
  out.push('', 'Targets:', ...report.targets.map(({ target, value, met }) => `  [${met ? 'met' : 'MISSED'}] ${target}: ${value}`));
  return out.join('\n');
}

function baselineCell(baseline: BaselineMeasurement): string {
  return baseline.factor === 1 ? ms(baseline.estimatedMs) : `~${ms(baseline.estimatedMs)} (extrap.)`;
}
