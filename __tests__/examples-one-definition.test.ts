// The plan a reviewer approves must be what merging does: the pull-request plan, the merge and the
// nightly reconcile call one reusable workflow, which alone holds the action's options.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../scripts/local-runner.js';

type Step = { uses?: string; with?: Record<string, unknown>; env?: Record<string, unknown>; if?: unknown };
type Job = { uses?: string; with?: Record<string, unknown>; steps?: Step[]; env?: Record<string, unknown>; strategy?: unknown };
type Workflow = { on?: unknown; env?: Record<string, unknown>; jobs?: Record<string, Job> };

const DEFINITION = 'securityhub-onboard.yml';
// What a caller may pass: none changes what apply does (each path assumes its own role, the
// environment only gates the job, the drift issue only reports).
const CALLER_INPUTS = new Set(['role-to-assume', 'environment', 'drift-issue']);
const isAction = (uses: string | undefined) => /^securityhub-onboard\/securityhub-onboard@/.test(uses ?? '');

function events(workflow: Workflow): string[] {
  const on = workflow.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return on && typeof on === 'object' ? Object.keys(on) : [];
}

/** Every way the plan and the apply paths of the examples could be given different options. */
export function oneDefinitionProblems(workflows: Record<string, Workflow>): string[] {
  const problems: string[] = [];
  const definition = workflows[DEFINITION];
  if (!definition) return [`${DEFINITION} is missing`];
  const callInputs = (definition.on as { workflow_call?: { inputs?: Record<string, unknown> } } | undefined)?.workflow_call?.inputs ?? {};
  if (!events(definition).includes('workflow_call')) problems.push(`${DEFINITION} is not a reusable workflow (on: workflow_call)`);
  for (const name of Object.keys(callInputs)) if (!CALLER_INPUTS.has(name)) problems.push(`${DEFINITION} lets callers pass '${name}'`);

  // The definition: options are literals, or exactly one of the caller inputs; mode auto decides plan or apply by event.
  const actionSteps = Object.values(definition.jobs ?? {}).flatMap((job) => (job.steps ?? []).filter((step) => isAction(step.uses)));
  if (actionSteps.length !== 1) problems.push(`${DEFINITION} should run the action in exactly one step, runs it in ${actionSteps.length}`);
  for (const [name, job] of Object.entries(definition.jobs ?? {})) {
    if (job.strategy) problems.push(`${DEFINITION} job '${name}' has a strategy, whose matrix could vary options`);
    for (const env of [definition.env, job.env])
      for (const key of Object.keys(env ?? {}))
        if (/^INPUT_/i.test(key)) problems.push(`${DEFINITION} sets ${key}, which overrides an input`);
  }
  for (const step of actionSteps) {
    if (step.if !== undefined) problems.push(`${DEFINITION}: the action step has an if:, so a path could skip it`);
    for (const key of Object.keys(step.env ?? {}))
      if (/^INPUT_/i.test(key)) problems.push(`${DEFINITION}: the action step sets ${key}, which overrides an input`);
    const options = step.with ?? {};
    if ((options.mode ?? 'auto') !== 'auto')
      problems.push(`${DEFINITION}: mode is '${String(options.mode)}'; auto plans on the pull request and applies on the merge`);
    for (const [option, value] of Object.entries(options)) {
      const text = String(value);
      if (!text.includes('${{')) continue;
      const input = /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/.exec(text.trim())?.[1];
      if (input !== option || !CALLER_INPUTS.has(input))
        problems.push(`${DEFINITION}: '${option}' is '${text}', which can differ between runs`);
    }
  }

  // The callers: the pull-request, merge and scheduled workflows only call the definition, with nothing that changes apply.
  for (const path of ['pull_request', 'push', 'schedule']) {
    const callers = Object.entries(workflows).filter(([file, workflow]) => file !== DEFINITION && events(workflow).includes(path));
    if (callers.length === 0) problems.push(`no example runs on ${path}`);
    for (const [file, workflow] of callers) {
      const jobs = Object.values(workflow.jobs ?? {});
      if (!jobs.some((job) => job.uses === `./.github/workflows/${DEFINITION}`))
        problems.push(`${file} (${path}) does not call ${DEFINITION}`);
      for (const job of jobs) {
        if ((job.steps ?? []).some((step) => isAction(step.uses)))
          problems.push(`${file} (${path}) runs the action itself, with options of its own`);
        if (job.uses && job.uses !== `./.github/workflows/${DEFINITION}`) problems.push(`${file} (${path}) calls ${job.uses}`);
        for (const name of Object.keys(job.with ?? {})) if (!CALLER_INPUTS.has(name)) problems.push(`${file} (${path}) passes '${name}'`);
      }
    }
  }
  return problems;
}

const dir = join(repoRoot, 'examples', 'workflows');
const examples: Record<string, Workflow> = Object.fromEntries(
  await Promise.all(
    (await readdir(dir))
      .filter((file) => file.endsWith('.yml'))
      .map(async (file) => [file, parse(await readFile(join(dir, file), 'utf8')) as Workflow]),
  ),
);
const clone = () => structuredClone(examples);
const definitionStep = (workflows: Record<string, Workflow>) =>
  Object.values(workflows[DEFINITION]!.jobs!)[0]!.steps!.find((step) => isAction(step.uses))!;

describe('one definition for plan and apply', () => {
  it('the examples cannot plan and apply with different options', () => {
    expect(oneDefinitionProblems(examples)).toEqual([]);
  });

  it('the definition holds the options that change what apply does', () => {
    const options = definitionStep(examples).with!;
    for (const name of ['accounts-file', 'regions', 'reinvite', 'stale-invite-days', 'remove-absent', 'max-removals', 'protected-accounts'])
      expect(options).toHaveProperty(name);
    expect(options.mode).toBe('auto');
  });

  describe('catches each way the paths could differ', () => {
    it('an option that depends on the event', () => {
      const workflows = clone();
      definitionStep(workflows).with!.reinvite = "${{ github.event_name == 'pull_request' }}";
      expect(oneDefinitionProblems(workflows)).toEqual([expect.stringContaining("'reinvite' is '${{ github.event_name")]);
    });

    it('an option a caller can pass', () => {
      const workflows = clone();
      (workflows[DEFINITION]!.on as { workflow_call: { inputs: Record<string, unknown> } }).workflow_call.inputs['remove-absent'] = {
        type: 'boolean',
      };
      Object.values(workflows['apply-on-merge.yml']!.jobs!)[0]!.with!['remove-absent'] = false;
      expect(oneDefinitionProblems(workflows)).toEqual([
        expect.stringContaining("lets callers pass 'remove-absent'"),
        expect.stringContaining("apply-on-merge.yml (push) passes 'remove-absent'"),
      ]);
    });

    it('a caller that runs the action with its own options', () => {
      const workflows = clone();
      workflows['plan-on-pull-request.yml']!.jobs = {
        plan: { steps: [{ uses: 'securityhub-onboard/securityhub-onboard@v1', with: { reinvite: true } }] },
      };
      expect(oneDefinitionProblems(workflows)).toEqual([
        expect.stringContaining('plan-on-pull-request.yml (pull_request) does not call'),
        expect.stringContaining('plan-on-pull-request.yml (pull_request) runs the action itself'),
      ]);
    });

    it('a fixed mode, an input set through the environment, a skipped step', () => {
      const workflows = clone();
      const step = definitionStep(workflows);
      step.with!.mode = 'apply';
      step.env = { 'INPUT_REMOVE-ABSENT': 'false' };
      step.if = "github.event_name == 'push'";
      expect(oneDefinitionProblems(workflows)).toHaveLength(3);
    });

    it('a path with no workflow at all', () => {
      const workflows = clone();
      delete workflows['nightly-reconcile.yml'];
      expect(oneDefinitionProblems(workflows)).toEqual(['no example runs on schedule']);
    });
  });
});
