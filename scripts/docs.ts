// `npm run docs`: writes the README's inputs and outputs tables from action.yml, so they cannot
// drift apart. `renderActionTables` is also what the test that checks the README calls.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './local-runner.js';

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
/** A default as code, or the word "empty": an empty code span renders as two backquotes. */
const defaultCell = (value: string | undefined) => (value === undefined || value === '' ? 'empty' : `\`${cell(value)}\``);

export function renderActionTables(actionYaml: string): { inputs: string; outputs: string } {
  const action = parse(actionYaml) as ActionMetadata;
  const inputs = [
    '| input | default | meaning |',
    '|---|---|---|',
    ...Object.entries(action.inputs).map(([name, input]) => `| \`${name}\` | ${defaultCell(input.default)} | ${cell(input.description)} |`),
  ];
  const outputs = [
    '| output | value |',
    '|---|---|',
    ...Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`),
  ];
  return { inputs: inputs.join('\n'), outputs: outputs.join('\n') };
}

/** Replaces what stands between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function fillSection(readme: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section.`);
  return `${readme.slice(0, from + start.length)}\n${content}\n${readme.slice(to)}`;
}

export async function renderReadme(): Promise<string> {
  const [actionYaml, readme] = await Promise.all([
    readFile(join(repoRoot, 'action.yml'), 'utf8'),
    readFile(join(repoRoot, 'README.md'), 'utf8'),
  ]);
  const tables = renderActionTables(actionYaml);
  return fillSection(fillSection(readme, 'inputs', tables.inputs), 'outputs', tables.outputs);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  await writeFile(join(repoRoot, 'README.md'), await renderReadme());
  console.log('README.md: inputs and outputs tables written from action.yml.');
}
