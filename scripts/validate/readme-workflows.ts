// The workflows a Markdown file shows, as complete workflows that a parser can check: whole
// workflows as they are, a `jobs:` fragment under a `workflow_dispatch` trigger, a list of steps
// inside one job. Other YAML blocks (accounts files) are returned apart.
import { parse } from 'yaml';

export interface ShownWorkflow {
  kind: 'workflow' | 'jobs' | 'steps';
  /** 1-based line of the block's first line in the Markdown file. */
  line: number;
  /** A complete workflow. */
  text: string;
}

export function readmeWorkflows(markdown: string): { workflows: ShownWorkflow[]; other: { line: number; text: string }[] } {
  const workflows: ShownWorkflow[] = [];
  const other: { line: number; text: string }[] = [];
  for (const match of markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
    const block = match[1]!;
    const line = markdown.slice(0, match.index).split('\n').length + 1;
    const doc = parse(block) as unknown;
    if (doc && typeof doc === 'object' && !Array.isArray(doc) && 'jobs' in doc) {
      workflows.push(
        'on' in doc ? { kind: 'workflow', line, text: block } : { kind: 'jobs', line, text: `on: workflow_dispatch\n${block}` },
      );
    } else if (
      Array.isArray(doc) &&
      doc.length > 0 &&
      doc.every((step) => step && typeof step === 'object' && ('uses' in step || 'run' in step))
    ) {
      const lines = block.replace(/\n$/, '').split('\n');
      const indent = Math.min(...lines.filter((text) => text.trim()).map((text) => /^ */.exec(text)![0].length));
      const steps = lines.map((text) => `      ${text.slice(indent)}`.trimEnd()).join('\n');
      workflows.push({
        kind: 'steps',
        line,
        text: `on: workflow_dispatch\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n${steps}\n`,
      });
    } else {
      other.push({ line, text: block });
    }
  }
  return { workflows, other };
}
