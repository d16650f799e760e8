import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderActionTables, renderReadme } from '../scripts/docs.js';
import { repoRoot } from '../scripts/local-runner.js';
import { readmeWorkflows } from '../scripts/validate/readme-workflows.js';
import { validateAction, validateWorkflow } from '../scripts/validate/github-parser.js';

type Step = { uses?: string; with?: Record<string, unknown> };
type Workflow = { jobs: Record<string, { steps?: Step[] }> };

const workflowsDir = join(repoRoot, 'examples', 'workflows');
const action = parse(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  runs: { using: string };
};
const inputs = new Set(Object.keys(action.inputs));
const workflowFiles = (await readdir(workflowsDir)).filter((file) => file.endsWith('.yml'));
const readme = await readFile(join(repoRoot, 'README.md'), 'utf8');
const readmeYamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** The `with:` keys of every step that uses this action. */
function actionInputsUsed(workflow: Workflow): string[] {
  return Object.values(workflow.jobs ?? {})
    .flatMap((job) => job.steps ?? [])
    .filter((step) => /securityhub-onboard(@|$)|^\.\/?$/.test(step.uses ?? ''))
    .flatMap((step) => Object.keys(step.with ?? {}));
}

describe('the examples people paste', () => {
  it('has the six workflows the README points to', () => {
    expect(workflowFiles.sort()).toEqual([
      'adopt-existing-members.yml',
      'apply-on-merge.yml',
      'manual-dispatch.yml',
      'nightly-reconcile.yml',
      'plan-on-pull-request.yml',
      'securityhub-onboard.yml',
    ]);
    for (const file of workflowFiles) expect(readme).toContain(`examples/workflows/${file}`);
  });

  it.each(workflowFiles)("%s is a valid workflow by GitHub's own parser", async (file) => {
    expect(await validateWorkflow(file, await readFile(join(workflowsDir, file), 'utf8'))).toEqual([]);
  });

  it.each(workflowFiles)('%s passes only real inputs of action.yml', async (file) => {
    const workflow = parse(await readFile(join(workflowsDir, file), 'utf8')) as Workflow;
    const used = actionInputsUsed(workflow);
    // A caller of the one definition (securityhub-onboard.yml) passes the action no input itself.
    const callsDefinition = Object.values(workflow.jobs ?? {}).some(
      (job) => (job as { uses?: string }).uses === './.github/workflows/securityhub-onboard.yml',
    );
    expect(used.length > 0 || callsDefinition).toBe(true);
    expect(used.filter((name) => !inputs.has(name))).toEqual([]);
  });

  it("shows only workflows in the README that GitHub's own parser accepts, whole ones and fragments", async () => {
    const { workflows, other } = readmeWorkflows(readme);
    expect(workflows.filter((block) => block.kind === 'workflow').length).toBeGreaterThan(0);
    expect(workflows.filter((block) => block.kind !== 'workflow').length).toBeGreaterThan(0);
    for (const block of workflows) expect(await validateWorkflow(`README.md line ${block.line}`, block.text), block.text).toEqual([]);
    // Every other YAML block is an accounts file, so no workflow escapes validation.
    for (const block of other) expect(block.text, `README.md line ${block.line}`).toMatch(/^(accounts:|- )/m);
  });

  it('passes only real inputs of action.yml in every README workflow', () => {
    // Whole workflows, and lists of steps shown on their own.
    const documents = readmeYamlBlocks.map((block) => parse(block) as unknown);
    const workflows = documents.filter((doc): doc is Workflow => !!doc && typeof doc === 'object' && 'jobs' in doc);
    const stepLists = documents.filter((doc): doc is Step[] => Array.isArray(doc)).map((steps) => ({ jobs: { snippet: { steps } } }));
    expect(workflows.length).toBeGreaterThan(0);
    expect(stepLists.length).toBeGreaterThan(0);
    const used = [...workflows, ...stepLists].flatMap(actionInputsUsed);
    expect(used.filter((name) => !inputs.has(name))).toEqual([]);
  });

  it('has the inputs and outputs tables exactly as `npm run docs` writes them from action.yml', async () => {
    expect(readme === (await renderReadme()), 'README.md tables are out of date: run `npm run docs`').toBe(true);
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(readme).toContain(`| \`${name}\` |`);
  });

  it('shows an empty default as "empty" in the inputs table, never as an empty code span', () => {
    const { inputs: table } = renderActionTables(
      "inputs:\n  a:\n    description: A\n    default: ''\n  b:\n    description: B\n  c:\n    description: C\n    default: '3600'\noutputs: {}\n",
    );
    expect(table.split('\n').slice(2)).toEqual(['| `a` | empty | A |', '| `b` | empty | B |', '| `c` | `3600` | C |']);
    expect(readme).not.toContain('| `` |');
  });

  it("action.yml, node24 runtime included, is valid by GitHub's own parser", async () => {
    expect(action.runs.using).toBe('node24');
    expect(validateAction('action.yml', await readFile(join(repoRoot, 'action.yml'), 'utf8'))).toEqual([]);
  });
});
