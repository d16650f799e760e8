// Validates action.yml and workflows with GitHub's own parser (@actions/workflow-parser, the one
// behind GitHub's Actions language service and editor), then with the few rules that the public
// SchemaStore schemas (which the project used before) check and that parser leaves to the runner.
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { extraActionProblems, extraWorkflowProblems } from './extra-rules.js';

const trace = new NoOperationTraceWriter();

/** Every problem of a workflow, as `name (Line: n, Col: m): message`; empty when it is valid. */
export async function validateWorkflow(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, trace);
  // Conversion checks what the schema cannot: job dependencies, duplicate step ids, reusable workflow calls.
  if (parsed.value && parsed.context.errors.count === 0) await convertWorkflowTemplate(parsed.context, parsed.value);
  const problems = parsed.context.errors.getErrors().map(String);
  return problems.length > 0 ? problems : extraWorkflowProblems(name, content);
}

/** Every problem of an action's metadata file; empty when it is valid. */
export function validateAction(name: string, content: string): string[] {
  const parsed = parseAction({ name, content }, trace);
  if (parsed.value && parsed.context.errors.count === 0) convertActionTemplate(parsed.context, parsed.value);
  const problems = parsed.context.errors.getErrors().map(String);
  return problems.length > 0 ? problems : extraActionProblems(name, content);
}
