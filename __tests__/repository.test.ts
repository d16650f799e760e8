import { access, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../scripts/local-runner.js';
import { validateWorkflow } from '../scripts/validate/github-parser.js';

type Step = { id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = { permissions?: Record<string, string> | string; steps?: Step[] };
type Workflow = { permissions?: Record<string, string> | string; jobs: Record<string, Job> };
type Update = {
  'package-ecosystem': string;
  directory: string;
  schedule: { interval: string };
  groups?: Record<string, { patterns?: string[] }>;
  ignore?: { 'dependency-name': string; versions?: string[] }[];
};

const read = (path: string) => readFile(join(repoRoot, path), 'utf8');
const workflowsDir = join(repoRoot, '.github', 'workflows');
const workflowFiles = (await readdir(workflowsDir)).filter((file) => /\.ya?ml$/.test(file)).sort();
const workflows = new Map(
  await Promise.all(workflowFiles.map(async (file) => [file, await readFile(join(workflowsDir, file), 'utf8')] as const)),
);
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
const e2eText = workflows.get('e2e.yml') ?? '';
const e2e = parse(e2eText) as Workflow;
const dependabot = parse(await read('.github/dependabot.yml')) as { version: number; updates: Update[] };
const npmUpdates = dependabot.updates.find((update) => update['package-ecosystem'] === 'npm');

describe("the repository's workflows", () => {
  it('has CI, the dist/ check, the end-to-end run and CodeQL', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['check-dist.yml', 'ci.yml', 'codeql.yml', 'e2e.yml']));
  });

  it.each(workflowFiles)("%s is a valid workflow by GitHub's own parser", async (file) => {
    expect(await validateWorkflow(file, workflows.get(file)!)).toEqual([]);
  });

  it.each(workflowFiles)('%s uses only this action and official actions pinned to a major version', (file) => {
    const uses = steps(parse(workflows.get(file)!) as Workflow).flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.filter((ref) => ref !== './' && !/^(actions|github)\/[\w./-]+@v\d+$/.test(ref))).toEqual([]);
  });

  it('CI type-checks, lints, checks the formatting and tests with coverage on Node 24', () => {
    const runs = steps(parse(workflows.get('ci.yml')!) as Workflow).flatMap((step) => (step.run ? [step.run] : []));
    expect(runs).toEqual(
      expect.arrayContaining(['npm ci', 'npm run typecheck', 'npm run lint', 'npm run format:check', 'npx vitest run --coverage']),
    );
    const setupNode = steps(parse(workflows.get('ci.yml')!) as Workflow).find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with).toMatchObject({ 'node-version': 24, cache: 'npm' });
  });

  it('the end-to-end run starts the emulator with a scenario and an accounts file that exist', async () => {
    const scenarioPath = /--scenario (\S+)/.exec(e2eText)?.[1];
    expect(scenarioPath).toBeDefined();
    const scenario = JSON.parse(await read(scenarioPath!)) as { oidc?: { requestToken?: string } };
    const actionSteps = steps(e2e).filter((step) => step.uses === './');
    expect(actionSteps.length).toBeGreaterThan(0);
    for (const step of actionSteps) await expect(access(join(repoRoot, String(step.with?.['accounts-file'])))).resolves.toBeUndefined();
    const oidcStep = actionSteps.find((step) => step.env?.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    expect(oidcStep?.env?.ACTIONS_ID_TOKEN_REQUEST_TOKEN).toBe(scenario.oidc?.requestToken);
  });

  it('the end-to-end run passes only real inputs of action.yml', async () => {
    const inputs = new Set(Object.keys((parse(await read('action.yml')) as { inputs: Record<string, unknown> }).inputs));
    const used = steps(e2e)
      .filter((step) => step.uses === './')
      .flatMap((step) => Object.keys(step.with ?? {}));
    expect(used.filter((name) => !inputs.has(name))).toEqual([]);
  });

  it('the end-to-end run holds no id-token permission, so the emulator OIDC variables reach the action', () => {
    // With id-token: write the runner sets ACTIONS_ID_TOKEN_REQUEST_* after a step's env: and the step would ask GitHub.
    const grants = [e2e.permissions, ...Object.values(e2e.jobs).map((job) => job.permissions)];
    expect(grants.filter((grant) => grant === 'write-all' || (typeof grant === 'object' && grant['id-token'] === 'write'))).toEqual([]);
    expect(e2e.permissions).toEqual({ contents: 'read' });
  });
});

describe('dependabot.yml', () => {
  it('updates npm and GitHub Actions weekly', () => {
    expect(dependabot.version).toBe(2);
    const weekly = dependabot.updates
      .filter((update) => update.schedule.interval === 'weekly')
      .map((update) => update['package-ecosystem']);
    expect(weekly.sort()).toEqual(['github-actions', 'npm']);
  });

  it('holds TypeScript below 7, which typescript-eslint does not support yet', async () => {
    expect(npmUpdates?.ignore).toContainEqual({ 'dependency-name': 'typescript', versions: ['>=7.0.0'] });
    const { devDependencies } = JSON.parse(await read('package.json')) as { devDependencies: Record<string, string> };
    expect(Number(/\d+/.exec(devDependencies.typescript ?? '')?.[0])).toBeLessThan(7);
  });

  it('updates the @aws-sdk/* packages together, as one group', () => {
    const groups = Object.values(npmUpdates?.groups ?? {}).filter((group) => group.patterns?.includes('@aws-sdk/*'));
    expect(groups).toHaveLength(1);
  });
});

describe('the files users of the action look for', () => {
  it.each(['LICENSE', 'SECURITY.md', 'CONTRIBUTING.md', 'CHANGELOG.md'])('%s exists and is not empty', async (file) => {
    expect((await read(file)).trim().length).toBeGreaterThan(0);
  });

  it('LICENSE is MIT, as package.json says', async () => {
    const license = await read('LICENSE');
    expect(license).toMatch(/^MIT License\n/);
    expect(license).toContain('Copyright (c) 2026 securityhub-onboard contributors');
    expect((JSON.parse(await read('package.json')) as { license: string }).license).toBe('MIT');
  });

  it('CONTRIBUTING.md names the two commands of the README', async () => {
    const develop = (await read('README.md')).split('## Develop')[1] ?? '';
    const commands = (/```sh\n([\s\S]*?)```/.exec(develop)?.[1] ?? '').trim().split('\n');
    expect(commands).toEqual(['npm ci && npm run demo', 'npm test']);
    const contributing = await read('CONTRIBUTING.md');
    for (const command of commands) expect(contributing).toContain(command);
  });

  it('README.md repeats no row within a table', async () => {
    const tables: string[][] = [[]];
    for (const line of (await read('README.md')).split('\n')) {
      if (line.startsWith('|')) tables.at(-1)!.push(line);
      else if (tables.at(-1)!.length > 0) tables.push([]);
    }
    const repeated = tables.flatMap((rows) => rows.filter((row, index) => rows.indexOf(row) !== index));
    expect(tables.length).toBeGreaterThan(5);
    expect(repeated).toEqual([]);
  });

  it('CHANGELOG.md keeps an Unreleased section', async () => {
    expect(await read('CHANGELOG.md')).toMatch(/^## \[Unreleased\]$/m);
  });

  it('SECURITY.md names every AWS API the action calls', async () => {
    const security = await read('SECURITY.md');
    const operations = new Set<string>();
    for (const file of await sourceFiles('src')) {
      const text = await read(file);
      for (const [, names] of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/client-[\w-]+'/g)) {
        for (const name of names!.split(',').map((part) => part.trim().replace(/^type\s+/, ''))) {
          const operation = /^(\w+)Command$/.exec(name)?.[1] ?? /^paginate(\w+)$/.exec(name)?.[1];
          if (operation) operations.add(operation);
        }
      }
    }
    expect(operations.size).toBeGreaterThan(0);
    expect([...operations].filter((operation) => !new RegExp(`\\b${operation}\\b`).test(security))).toEqual([]);
  });
});

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(repoRoot, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : Promise.resolve(entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []),
    ),
  );
  return nested.flat();
}
