import { CST, Lexer, isMap, isNode, isScalar, isSeq, parseDocument, type YAMLError } from 'yaml';
import type { AccountCollector } from './collector.js';
import type { DiagnosticList, Position } from './diagnostics.js';
import { LineIndex } from './line-index.js';
import { collectTreeAccounts } from './tree-accounts.js';
import { MAX_NESTING, type TreeMapEntry, type TreeNode } from './tree.js';
import { escapeUntrusted } from './untrusted.js';

const YAML_OPTIONS = {
  // Every scalar stays text as written: 012345678901 keeps its zero, and 0x1F, 1e3 or yes are not reinterpreted.
  schema: 'failsafe',
  // Pretty errors quote the source into the message; messages are built here instead.
  prettyErrors: false,
  uniqueKeys: true,
  // Aliases are refused before parsing; this also keeps toJS() safe should anyone call it.
  maxAliasCount: 0,
  version: '1.2',
} as const;

// YAML 1.2 core-schema spellings of null; the failsafe schema reads them as text.
const NULL_SCALARS = new Set(['', '~', 'null', 'Null', 'NULL']);

// The lexer's zero-width markers: they are not source text.
const LEXER_MARKERS = new Set<string>([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

const REFUSED_TOKENS: Readonly<Record<string, string>> = {
  anchor: 'YAML anchors (&name) are not allowed in an accounts file; write each value out in full.',
  alias: 'YAML aliases (*name) are not allowed in an accounts file; write each value out in full.',
  tag: 'YAML tags (such as !!str or !custom) are not allowed in an accounts file; remove the tag, and quote the value if it must stay text.',
};

/** Reads a YAML accounts file: a list of accounts, or a mapping with an `accounts` list. */
export function readYamlAccounts(text: string, collector: AccountCollector): void {
  const lines = new LineIndex(text);
  if (reportedRefusedFeatures(text, lines, collector.diagnostics)) return;
  const document = parseDocument(text, YAML_OPTIONS);
  for (const error of document.errors) {
    collector.diagnostics.report(`Invalid YAML: ${yamlErrorMessage(error)}`, lines.position(error.pos[0]));
  }
  if (document.errors.length > 0) return;
  collectTreeAccounts(toTree(document.contents, { line: 1, column: 1 }, lines, collector.diagnostics), collector);
}

/**
 * Refuses anchors, aliases and tags, and nesting deeper than MAX_NESTING, from the token stream
 * before the document is built. Building is where alias bombs expand and where the parser's memory
 * grows with each level of `[[[[…`; the lexer only streams tokens.
 */
function reportedRefusedFeatures(text: string, lines: LineIndex, diagnostics: DiagnosticList): boolean {
  let reported = false;
  let offset = 0;
  let flowDepth = 0;
  let blockIndicatorsOnLine = 0;
  let isScalarText = false;
  for (const token of new Lexer().lex(text)) {
    if (LEXER_MARKERS.has(token)) {
      isScalarText = token === CST.SCALAR;
      continue;
    }
    const type = isScalarText ? 'scalar' : CST.tokenType(token);
    isScalarText = false;
    const refusal = type === null ? undefined : REFUSED_TOKENS[type];
    if (refusal !== undefined) {
      diagnostics.report(refusal, lines.position(offset));
      reported = true;
    } else if (type === 'flow-seq-start' || type === 'flow-map-start') {
      flowDepth += 1;
    } else if (type === 'flow-seq-end' || type === 'flow-map-end') {
      flowDepth = Math.max(0, flowDepth - 1);
    } else if (flowDepth === 0 && (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind')) {
      blockIndicatorsOnLine += 1;
    } else if (type === 'newline') {
      blockIndicatorsOnLine = 0;
    }
    if (flowDepth + blockIndicatorsOnLine > MAX_NESTING) {
      diagnostics.report(
        `Invalid YAML: the document is nested more than ${MAX_NESTING} levels deep; an accounts file needs at most 3.`,
        lines.position(offset),
      );
      return true;
    }
    offset += token.length;
  }
  return reported;
}

function yamlErrorMessage(error: YAMLError): string {
  switch (error.code) {
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document ("---"); put all accounts in one document.';
    case 'DUPLICATE_KEY':
      return 'this key appears twice in the same mapping; keep one.';
    case 'RESOURCE_EXHAUSTION':
      return 'the document is nested too deeply; an accounts file needs at most 3 levels.';
    default:
      // The parser's own words can quote the source: keep them short and visible.
      return `${escapeUntrusted(error.message, 120)}.`;
  }
}

function toTree(node: unknown, parentAt: Position, lines: LineIndex, diagnostics: DiagnosticList): TreeNode {
  if (!isScalar(node) && !isSeq(node) && !isMap(node)) return { kind: 'null', at: parentAt };
  const at = node.range ? lines.position(node.range[0]) : parentAt;
  if (isScalar(node)) {
    const value = String(node.value ?? '');
    return node.type === 'PLAIN' && NULL_SCALARS.has(value) ? { kind: 'null', at } : { kind: 'string', value, at };
  }
  if (isSeq(node)) return { kind: 'list', items: node.items.map((item) => toTree(item, at, lines, diagnostics)), at };
  const entries: TreeMapEntry[] = [];
  for (const { key, value } of node.items) {
    const keyAt = isNode(key) && key.range ? lines.position(key.range[0]) : at;
    if (isScalar(key)) entries.push({ key: String(key.value ?? ''), keyAt, value: toTree(value, keyAt, lines, diagnostics) });
    else diagnostics.report('A mapping key must be plain text, not a list or a mapping.', keyAt);
  }
  return { kind: 'map', entries, at };
}
