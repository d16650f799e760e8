import type { Position } from '../diagnostics.js';

/**
 * A JSON or YAML document reduced to what an accounts file may hold, with positions. Both formats
 * are read into this shape so that one walker applies the same rules and messages to both.
 * Only JSON produces `number` and `boolean`: YAML is read with the failsafe schema, where every
 * scalar is text, so an unquoted 012345678901 keeps its leading zero.
 */
export type TreeNode =
  | { kind: 'string'; value: string; at: Position }
  | { kind: 'number' | 'boolean'; source: string; at: Position }
  | { kind: 'null'; at: Position }
  | { kind: 'list'; items: TreeNode[]; at: Position }
  | { kind: 'map'; entries: TreeMapEntry[]; at: Position };

export interface TreeMapEntry {
  key: string;
  keyAt: Position;
  value: TreeNode;
}

export type TreeList = Extract<TreeNode, { kind: 'list' }>;
export type TreeMap = Extract<TreeNode, { kind: 'map' }>;

/** "a number", "an object"…: for messages that say what was found instead. */
export function describeNode(node: TreeNode): string {
  switch (node.kind) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return node.source;
    case 'null':
      return 'an empty value';
    case 'list':
      return 'a list';
    case 'map':
      return 'an object';
  }
}

/** Nesting allowed in a JSON or YAML accounts file: it needs 3; hostile nesting must stay cheap. */
export const MAX_NESTING = 32;
