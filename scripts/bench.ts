// `npm run bench`: the bundled action at organization scale against the emulator, with 25 ms of
// latency and Security Hub's rate limit (10 req/s, burst 30, per account, Region and operation).
// Per case: wall time, calls per operation against the minimum, 429s, peak RSS of the action's
// process, and the ratios to the critical-path lower bound and to a per-account sequential
// baseline; also the bundle's size and its start-up (a fail-fast run and a realistic quick run),
// side by side with a reference bundle measured in the same run. Tables on stdout, progress on
// stderr, JSON in bench-results/latest.json.
//
//   npm run bench -- [--runs=N] [--full-baseline] [--no-baseline] [--case=<id>] [--reference=<dir or git ref>] [--startup-runs=N]
//
// --runs: action runs per case (default 3; the median is reported). --full-baseline: the
// 1,000-account baselines run in all four Regions (about 12 more minutes) instead of one Region
// extrapolated; the 10,000-account baselines are always a sample (the whole would take hours).
// --reference: the bundle to compare start-up with: a directory holding index.js (for example
// aws-actions/configure-aws-credentials' dist/, which npm does not publish), or a git ref whose
// dist/ is taken (default: the bundle before lazy loading, REFERENCE_REF). --startup-runs: runs
// of each start-up measurement per bundle, A and B alternating (default 15).
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startEmulator, type RecordedCall } from '../emulator/server.js';
import { runSequentialBaseline } from './bench/baseline.js';
import {
  benchCases,
  callsCheck,
  LATENCY_MS,
  lowerBound,
  minimumCalls,
  RATE_LIMIT,
  REGIONS,
  type BenchCase,
  type OperationCounts,
} from './bench/cases.js';
import {
  renderReport,
  targets,
  typicalRun,
  type ActionRun,
  type BaselineMeasurement,
  type BenchReport,
  type CaseResult,
} from './bench/report.js';
import { measureReaders, measureReplacedPattern, renderReaderTable } from './bench/readers.js';
import { mb, median, ms } from './bench/table.js';
import { node24, repoRoot, runAction, type LocalRunResult } from './local-runner.js';
import { measureStartup, prepareReference } from './bench/startup.js';

const ADMINISTRATOR = '111111111111';
const ROLE = `arn:aws:iam::${ADMINISTRATOR}:role/securityhub-onboard`;
const COLD_START_RUNS = 5;
/** The last main commit before start-up was made lazy (issue 16): "today's bundle" of that issue. */
const REFERENCE_REF = '9c482b5';

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const runsPerCase = Math.max(1, Number(option('runs') ?? 3));
const cases = benchCases({ fullBaseline: args.includes('--full-baseline') }).filter(
  (benchCase) => !option('case') || benchCase.id === option('case'),
);
const withBaseline = !args.includes('--no-baseline');
const startupRuns = Math.max(1, Number(option('startup-runs') ?? 15));
const benchStarted = performance.now();
const progress = (line: string) => process.stderr.write(`[${ms(performance.now() - benchStarted).padStart(8)}] ${line}\n`);
const loadAverage = () =>
  loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');

const emulator = await startEmulator();
try {
  const loadAverageBefore = loadAverage();
  const dist = await measureDist();
  progress(`dist/index.js: ${mb(dist.indexBytes)}; cold start, ${COLD_START_RUNS} runs…`);
  const coldStart = await measureColdStart();
  const reference = await prepareReference(option('reference') ?? REFERENCE_REF);
  progress(`start-up: fail-fast and realistic runs, ${startupRuns} each, against ${reference.label}…`);
  const startup = await measureStartup(emulator, {
    runs: startupRuns,
    reference,
    env: actionEnv(),
    role: ROLE,
    administrator: ADMINISTRATOR,
  });
  const results: CaseResult[] = [];
  for (const [index, benchCase] of cases.entries()) {
    results.push(await measureCase(benchCase, `case ${index + 1}/${cases.length} ${benchCase.id}`));
  }
  const environment = {
    // Relative: the results name no path of this machine.
    actionNode: relative(repoRoot, node24) || node24,
    benchNode: process.version,
    cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
    loadAverageBefore,
    loadAverageAfter: loadAverage(),
    latencyMs: LATENCY_MS,
    rateLimit: RATE_LIMIT,
    visibilityDelayMs: 0,
    runsPerCase,
  };
  const report: BenchReport = {
    generatedAt: new Date().toISOString(),
    environment,
    dist,
    coldStart,
    startup,
    cases: results,
    targets: targets(results, startup),
  };
  console.log(renderReport(report));
  await mkdir(join(repoRoot, 'bench-results'), { recursive: true });
  await writeFile(join(repoRoot, 'bench-results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  // The readers against the worst input of each format (also `npm run bench:readers`).
  progress('readers: every generated hostile case…');
  const readers = measureReaders(runsPerCase, progress);
  const replacedPatternMs = measureReplacedPattern();
  console.log(
    `\n${renderReaderTable(readers)}\n\nThe trailing-email pattern the text reader had, over the line of at-line-40k.txt: ${ms(replacedPatternMs)}.`,
  );
  await writeFile(
    join(repoRoot, 'bench-results', 'readers.json'),
    `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, runs: runsPerCase, measurements: readers, replacedPatternMs }, null, 2)}\n`,
  );
  progress(`done; wrote bench-results/latest.json`);
} finally {
  await emulator.close();
}

async function measureCase(benchCase: BenchCase, label: string): Promise<CaseResult> {
  const regions = benchCase.regions ?? REGIONS;
  const minimum = minimumCalls(benchCase.work, regions.length);
  const runs: ActionRun[] = [];
  for (let run = 1; run <= runsPerCase; run++) {
    progress(`${label}: action run ${run}/${runsPerCase} (${benchCase.accounts.length} accounts x ${regions.length} Regions)…`);
    const measured = await measureAction(benchCase, minimum);
    runs.push(measured);
    const outcome = measured.problems.length === 0 ? 'correct' : `WRONG: ${measured.problems.join('; ')}`;
    progress(`  ${ms(measured.wallMs)}, calls ${measured.callsCheck}, ${measured.throttled} x 429, ${outcome}`);
  }
  const result: CaseResult = {
    id: benchCase.id,
    title: benchCase.title,
    accounts: benchCase.accounts.length,
    regions: regions.length,
    lowerBound: lowerBound(benchCase.work, benchCase.organizationCalls),
    minimum,
    runs,
    typical: typicalRun(runs),
  };
  if (withBaseline) {
    const { accounts, regions } = benchCase.baselineSample;
    progress(`${label}: sequential baseline on ${accounts} accounts x ${regions} Region(s), throttled to ~10 calls/s per operation…`);
    result.baseline = await measureBaseline(benchCase);
    progress(`  ${ms(result.baseline.measuredMs)} measured, ${ms(result.baseline.estimatedMs)} for the whole case`);
  }
  return result;
}

/** The action's environment as the demo sets it: endpoints and the job's OIDC variables, no static keys. */
function actionEnv(): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_SECURITYHUB: emulator.url,
    AWS_ENDPOINT_URL_STS: emulator.url,
    AWS_ENDPOINT_URL_ACCOUNT: emulator.url,
    AWS_ENDPOINT_URL_EC2: emulator.url,
    AWS_ENDPOINT_URL_ORGANIZATIONS: emulator.url,
    ACTIONS_ID_TOKEN_REQUEST_URL: emulator.oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.oidc.requestToken,
  };
}

async function measureDist(): Promise<BenchReport['dist']> {
  const directory = join(repoRoot, 'dist');
  const path = join(directory, 'index.js');
  const bytes = await readFile(path);
  const chunks = (await readdir(directory)).filter((name) => name.endsWith('.js') && name !== 'index.js');
  const sizes = await Promise.all(chunks.map((name) => stat(join(directory, name)).then((info) => info.size)));
  return {
    indexBytes: bytes.length,
    otherChunksBytes: sizes.reduce((sum, size) => sum + size, 0),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    modifiedAt: (await stat(path)).mtime.toISOString(),
  };
}

/** Spawn to first request with one account in one Region and no latency: how long Node and the bundle take to start. */
async function measureColdStart(): Promise<BenchReport['coldStart']> {
  const runsMs: number[] = [];
  for (let run = 0; run < COLD_START_RUNS; run++) {
    emulator.reset({});
    let spawnedAt = 0;
    const result = await runAction({
      inputs: { 'account-ids': '222222222222', regions: 'us-east-1', 'role-to-assume': ROLE },
      env: actionEnv(),
      onSpawn: () => (spawnedAt = Date.now()),
    });
    if (result.exitCode !== 0 || emulator.calls.length === 0)
      throw new Error(`The cold-start run failed:\n${result.stdout}${result.stderr}`);
    runsMs.push(emulator.calls[0]!.at - spawnedAt);
  }
  return { runsMs, medianMs: median(runsMs), minMs: Math.min(...runsMs), maxMs: Math.max(...runsMs) };
}

async function measureAction(benchCase: BenchCase, minimum: OperationCounts): Promise<ActionRun> {
  const workspace = await mkdtemp(join(tmpdir(), 'securityhub-onboard-bench-'));
  try {
    const lines = benchCase.accounts.map(({ accountId, email }) => (email ? `${accountId},${email}` : accountId));
    await writeFile(join(workspace, 'accounts.txt'), `${lines.join('\n')}\n`);
    // The report file (every output in full) goes to RUNNER_TEMP: here it outlives the run for verify().
    const runnerTemp = join(workspace, 'runner-temp');
    await mkdir(runnerTemp);
    emulator.reset(benchCase.scenario);
    let spawnedAt = 0;
    const loopBefore = performance.eventLoopUtilization();
    const inputs = benchCase.inputs ?? { 'accounts-file': 'accounts.txt', regions: (benchCase.regions ?? REGIONS).join(', ') };
    const result = await runAction({
      inputs: { ...inputs, 'role-to-assume': ROLE },
      env: { ...actionEnv(), RUNNER_TEMP: runnerTemp, ...(benchCase.inputs && { AWS_REGION: 'us-east-1' }) },
      workspace,
      timeoutMs: 600_000,
      measureRss: true,
      onSpawn: () => (spawnedAt = Date.now()),
    });
    const emulatorLoopUtilisation = performance.eventLoopUtilization(loopBefore).utilization;
    await settle();
    const calls = [...emulator.calls];
    const first = Math.min(...calls.map((call) => call.at));
    const lastAnswer = Math.max(...calls.map((call) => call.at)) + LATENCY_MS;
    const counts = countByOperation(calls);
    return {
      wallMs: result.durationMs,
      coldStartMs: first - spawnedAt,
      awsMs: lastAnswer - first,
      tailMs: result.durationMs - (lastAnswer - spawnedAt),
      calls: counts,
      callsCheck: callsCheck(counts, minimum),
      throttled: calls.filter((call) => call.status === 429).length,
      ...(result.peakRssBytes !== undefined && { peakRssBytes: result.peakRssBytes, peakRssMethod: result.peakRssMethod }),
      ...(result.cpuMs !== undefined && { cpuMs: result.cpuMs }),
      emulatorLoopUtilisation,
      outputsBytes: Object.entries(result.outputs).reduce((sum, [name, value]) => sum + Buffer.byteLength(name + value), 0),
      summaryBytes: Buffer.byteLength(result.summary),
      problems: await verify(benchCase, result),
    };
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

/**
 * The run must also be right: exit 0, nothing unprocessed, every account created and invited as
 * planned (counted in the report file, since list outputs are cut at GitHub's 1 MB), and every
 * account in its expected status in every Region.
 */
async function verify(benchCase: BenchCase, result: LocalRunResult): Promise<string[]> {
  const problems: string[] = [];
  const regions = benchCase.regions ?? REGIONS;
  if (result.timedOut || result.exitCode !== 0)
    problems.push(`exit code ${result.exitCode}${result.timedOut ? ' (timed out)' : ''}: ${result.stderr.slice(0, 300)}`);
  if (result.outputs['unprocessed-count'] !== '0') problems.push(`unprocessed-count ${result.outputs['unprocessed-count']}`);
  const reportFile = result.outputs['report-file'];
  const report = reportFile ? (JSON.parse(await readFile(reportFile, 'utf8')) as Record<string, unknown[]>) : undefined;
  const count = (list: string, output: string) => (report?.[list] ?? (JSON.parse(result.outputs[output] ?? '[]') as unknown[])).length;
  if (count('created', 'created-accounts') !== benchCase.work.create * regions.length)
    problems.push(`${count('created', 'created-accounts')} accounts created`);
  if (count('invited', 'invited-accounts') !== benchCase.work.invite * regions.length)
    problems.push(`${count('invited', 'invited-accounts')} accounts invited`);
  for (const region of regions) {
    const status = new Map(emulator.members(ADMINISTRATOR, region).map((member) => [member.AccountId, member.MemberStatus]));
    const wrong = benchCase.accounts.filter((account) => status.get(account.accountId) !== account.expectedStatus);
    if (wrong.length > 0)
      problems.push(
        `${region}: ${wrong.length} account(s) not as expected, e.g. ${wrong[0]!.accountId} is ${status.get(wrong[0]!.accountId)}`,
      );
  }
  return problems;
}

async function measureBaseline(benchCase: BenchCase): Promise<BaselineMeasurement> {
  const sample = benchCase.baselineSample;
  emulator.reset(benchCase.scenario);
  const regions = benchCase.regions ?? REGIONS;
  const run = await runSequentialBaseline(emulator, regions.slice(0, sample.regions), benchCase.accounts.slice(0, sample.accounts));
  const factor = (benchCase.accounts.length * regions.length) / (sample.accounts * sample.regions);
  return {
    sample,
    measuredMs: run.durationMs,
    estimatedMs: run.durationMs * factor,
    factor,
    calls: emulator.calls.length,
    throttled: emulator.calls.filter((call) => call.status === 429).length,
    failedCalls: run.failedCalls,
  };
}

/**
 * Waits until the emulator has answered every request it received and none has come for a while:
 * a backlogged emulator would otherwise count one run's last requests in the next run.
 */
async function settle(quietMs = 4 * LATENCY_MS, limitMs = 30_000): Promise<void> {
  const started = performance.now();
  let seen = -1;
  while (performance.now() - started < limitMs) {
    const pending = emulator.calls.some((call) => call.status === 0);
    if (!pending && emulator.calls.length === seen) return;
    seen = emulator.calls.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

function countByOperation(calls: readonly RecordedCall[]): OperationCounts {
  const counts: OperationCounts = {};
  for (const call of calls) counts[call.operation] = (counts[call.operation] ?? 0) + 1;
  return counts;
}
