// The checks that the SchemaStore schemas for workflows and actions make and GitHub's parser does
// not (found by running both on the same mutated files). The runner rejects or ignores each of
// these only when the workflow runs, or the Marketplace shows a blank, so they are checked here.
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';

type At = (node: unknown) => string;

/** Keys of an action input and output that the metadata syntax defines. */
const INPUT_KEYS = new Set(['description', 'required', 'default', 'deprecationMessage']);
const OUTPUT_KEYS = new Set(['description', 'value']);
/** Event filters that GitHub refuses to combine with their `-ignore` twin in one event. */
const EXCLUSIVE_FILTERS = ['branches', 'tags', 'paths'];

function load(name: string, content: string): { root: unknown; at: At } {
  const lines = new LineCounter();
  const doc = parseDocument(content, { lineCounter: lines });
  const at: At = (node) => {
    const offset = (node as Node | undefined)?.range?.[0];
    if (offset === undefined) return name;
    const { line, col } = lines.linePos(offset);
    return `${name} (Line: ${line}, Col: ${col})`;
  };
  return { root: doc.contents, at };
}

const pairs = (node: unknown): Pair[] => (isMap(node) ? node.items : []);
const keyOf = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
const get = (node: unknown, key: string): unknown => pairs(node).find((pair) => keyOf(pair) === key)?.value;
const isString = (node: unknown): boolean => isScalar(node) && typeof node.value === 'string';

export function extraActionProblems(name: string, content: string): string[] {
  const { root, at } = load(name, content);
  const problems: string[] = [];
  const composite =
    isScalar(get(get(root, 'runs'), 'using')) && (get(get(root, 'runs'), 'using') as { value: unknown }).value === 'composite';
  for (const [section, allowed] of [
    ['inputs', INPUT_KEYS],
    ['outputs', OUTPUT_KEYS],
  ] as const) {
    for (const entry of pairs(get(root, section))) {
      const id = keyOf(entry);
      const description = get(entry.value, 'description');
      if (!isString(description) || String((description as { value: string }).value).trim() === '') {
        problems.push(`${at(entry.key)}: ${section} '${id}' needs a description (the Marketplace and the workflow editor show it).`);
      }
      for (const field of pairs(entry.value)) {
        const key = keyOf(field);
        if (!allowed.has(key) || (section === 'outputs' && key === 'value' && !composite)) {
          problems.push(`${at(field.key)}: Unexpected value '${key}' in ${section} '${id}'.`);
        } else if (key === 'deprecationMessage' && !isString(field.value)) {
          problems.push(`${at(field.value)}: deprecationMessage of input '${id}' must be a string.`);
        }
      }
    }
  }
  return problems;
}

export function extraWorkflowProblems(name: string, content: string): string[] {
  const { root, at } = load(name, content);
  const problems: string[] = [];
  const on = get(root, 'on');
  for (const event of pairs(on)) {
    for (const filter of EXCLUSIVE_FILTERS) {
      const ignore = get(event.value, `${filter}-ignore`);
      if (get(event.value, filter) !== undefined && ignore !== undefined) {
        problems.push(
          `${at(event.key)}: ${keyOf(event)} has both ${filter} and ${filter}-ignore; GitHub accepts only one of them per event.`,
        );
      }
    }
  }
  for (const job of pairs(get(root, 'jobs'))) {
    const steps = get(job.value, 'steps');
    if (isSeq(steps) && steps.items.length === 0) problems.push(`${at(steps)}: job '${keyOf(job)}' has no steps.`);
    const shells = [
      get(get(get(job.value, 'defaults'), 'run'), 'shell'),
      ...(isSeq(steps) ? steps.items.map((step) => get(step, 'shell')) : []),
    ];
    for (const shell of shells) if (shell !== undefined && !isString(shell)) problems.push(`${at(shell)}: shell must be a string.`);
  }
  const defaultShell = get(get(get(root, 'defaults'), 'run'), 'shell');
  if (defaultShell !== undefined && !isString(defaultShell)) problems.push(`${at(defaultShell)}: shell must be a string.`);
  return problems;
}
