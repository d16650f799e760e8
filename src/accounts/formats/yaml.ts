import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Scalar } from 'yaml';
import type { AccountCollector } from '../collector.js';
import type { DiagnosticList, Position } from '../diagnostics.js';
import { LIMITS } from '../limits.js';
import { collectTreeAccounts } from './tree-accounts.js';
import { MAX_NESTING, type TreeMapEntry, type TreeNode } from './tree.js';
import { yamlErrorDiagnostics } from './yaml-errors.js';
import { sourceTokens } from './yaml-tokens.js';

const YAML_OPTIONS = {
  // Every scalar stays text as written: 012345678901 keeps its zero, and 0x1F, 1e3 or yes are not reinterpreted.
  schema: 'failsafe',
  // Pretty errors quote the source into the message; messages are built here instead.
  prettyErrors: false,
  // The parser's own check compares every key with every other (quadratic in a hostile file);
  // the walker reports repeated keys instead.
  uniqueKeys: false,
  // Aliases are refused before parsing; this also keeps toJS() safe should anyone call it.
  maxAliasCount: 0,
  version: '1.2',
} as const;

// YAML 1.2 core-schema spellings of null; the failsafe schema reads them as text.
const NULL_SCALARS = new Set(['', '~', 'null', 'Null', 'NULL']);

// Tokens that start a list item or a key. One account needs at most four of them
// (`{accountId: …, email: …},` in flow style), so more than this cannot be a valid file.
const ITEM_TOKENS = new Set(['seq-item-ind', 'explicit-key-ind', 'map-value-ind', 'comma']);
const BLOCK_INDICATORS = new Set(['seq-item-ind', 'explicit-key-ind', 'map-value-ind']);
const MAX_ITEM_TOKENS = 4 * LIMITS.maxAccounts + 100;
// Tokens that start a value. One account needs at most six: two keys and two values, each value
// a block scalar (`|`) and its text. The parser makes an error of every value a document cannot
// hold (`[a]` repeated), and each error costs it tens of microseconds and a stack trace.
const VALUE_TOKENS = new Set([
  'scalar',
  'single-quoted-scalar',
  'double-quoted-scalar',
  'flow-seq-start',
  'flow-map-start',
  'block-scalar-header',
]);
const MAX_VALUE_TOKENS = 6 * LIMITS.maxAccounts + 100;
// Every token, spaces, comments and line breaks included: a generous 30 per account.
const MAX_TOKENS = 30 * LIMITS.maxAccounts + 1000;
// Lines, those inside block and quoted scalars included (a block scalar is one token however many
// lines it holds, and the parser works through each).
const MAX_LINES = LIMITS.maxLines;
// A quoted value holds an account ID or an email. The parser resolves the escapes and line folds of
// a quoted scalar in several passes, seconds over one of megabytes, so a longer one is refused first.
const QUOTED_SCALARS = new Set(['single-quoted-scalar', 'double-quoted-scalar']);
const MAX_QUOTED_CHARS = 1024;
// `%YAML 1.2` and a `%TAG` or two are all a file can use; the parser works through each at length.
const MAX_DIRECTIVES = 10;

const REFUSED_TOKENS: Readonly<Record<string, string>> = {
  anchor: 'YAML anchors (&name) are not allowed in an accounts file; write each value out in full.',
  alias: 'YAML aliases (*name) are not allowed in an accounts file; write each value out in full.',
  tag: 'YAML tags (such as !!str or !custom) are not allowed in an accounts file; remove the tag, and quote the value if it must stay text.',
};

/** Reads a YAML accounts file: a list of accounts, or a mapping with an `accounts` list. */
export function readYamlAccounts(text: string, collector: AccountCollector): void {
  const lines = new LineCounter();
  if (reportedRefusedFeatures(text, lines, collector.diagnostics)) return;
  const document = parseDocument(text, YAML_OPTIONS);
  for (const { message, offset } of yamlErrorDiagnostics(document.errors, text)) {
    collector.diagnostics.report(message, positionOf(lines, offset));
  }
  if (document.errors.length > 0) return;
  collectTreeAccounts(toTree(document.contents, { line: 1, column: 1 }, lines, collector.diagnostics), collector);
}

/**
 * Refuses anchors, aliases and tags, nesting deeper than MAX_NESTING, and more items than the
 * largest valid file needs, from the token stream before the document is built. Building is where
 * alias bombs expand, where memory grows with each level of `[[[[…`, and what takes seconds per
 * megabyte; the lexer only streams tokens. The tokens are the whole text, so this also gives
 * `lines` every line start, up to the token it stops at (the parser, given `lines`, would too).
 */
function reportedRefusedFeatures(text: string, lines: LineCounter, diagnostics: DiagnosticList): boolean {
  const shape = new DocumentShape();
  let reported = false;
  let lineBreaks = 0;
  lines.addNewLine(0);
  for (const { type, offset, source } of sourceTokens(text)) {
    if (QUOTED_SCALARS.has(type) && source.length > MAX_QUOTED_CHARS) {
      diagnostics.report(
        `Invalid YAML: this quoted value is ${source.length} characters long; an account ID or an email needs fewer than ${MAX_QUOTED_CHARS}. Check that accounts-file names the accounts file.`,
        positionOf(lines, offset),
      );
      return true;
    }
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) {
      lines.addNewLine(offset + at + 1);
      lineBreaks += 1;
    }
    if (lineBreaks >= MAX_LINES) {
      diagnostics.report(tooManyItemsMessage(), { line: MAX_LINES + 1 });
      return true;
    }
    const refusal = REFUSED_TOKENS[type];
    if (refusal !== undefined) {
      diagnostics.report(refusal, positionOf(lines, offset));
      reported = true;
    }
    const overgrown = shape.add(type);
    if (overgrown !== undefined) {
      diagnostics.report(overgrown, positionOf(lines, offset));
      return true;
    }
  }
  return reported;
}

/** The 1-based line and column of an offset whose line start `lines` has seen. */
function positionOf(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** How deep and how long a document has grown, token by token. */
class DocumentShape {
  /** The open flow collections, innermost last, by the token that opened each. */
  readonly #flowOpen: string[] = [];
  #blockIndicatorsOnLine = 0;
  #items = 0;
  #values = 0;
  #tokens = 0;
  #directives = 0;

  /** Why the document is past what an accounts file can need, once it is. */
  add(type: string): string | undefined {
    this.#tokens += 1;
    if (ITEM_TOKENS.has(type)) this.#items += 1;
    if (VALUE_TOKENS.has(type)) this.#values += 1;
    if (type === 'directive-line' && ++this.#directives > MAX_DIRECTIVES) {
      return `Invalid YAML: the file has more than ${MAX_DIRECTIVES} directives (lines starting with %); an accounts file needs none.`;
    }
    if (type === 'flow-seq-start' || type === 'flow-map-start') this.#flowOpen.push(type);
    // A bracket that closes nothing, or the other kind, is an error the parser would repeat for every one.
    else if (type === 'flow-seq-end' || type === 'flow-map-end') return this.#closeFlow(type);
    else if (type === 'newline') this.#blockIndicatorsOnLine = 0;
    // `- - - x` nests as deep as `[[[x]]]` without a bracket.
    else if (this.#flowOpen.length === 0 && BLOCK_INDICATORS.has(type)) this.#blockIndicatorsOnLine += 1;
    if (this.#items > MAX_ITEM_TOKENS || this.#values > MAX_VALUE_TOKENS || this.#tokens > MAX_TOKENS) return tooManyItemsMessage();
    if (this.#flowOpen.length + this.#blockIndicatorsOnLine > MAX_NESTING) {
      return `Invalid YAML: the document is nested more than ${MAX_NESTING} levels deep; an accounts file needs at most 3.`;
    }
    return undefined;
  }

  #closeFlow(type: 'flow-seq-end' | 'flow-map-end'): string | undefined {
    const [opening, closing] = type === 'flow-seq-end' ? ['[', ']'] : ['{', '}'];
    const opened = this.#flowOpen.pop();
    if (opened === undefined) return `Invalid YAML: this ${closing} closes no ${opening}; remove it.`;
    if (opened !== (type === 'flow-seq-end' ? 'flow-seq-start' : 'flow-map-start')) {
      const [other, otherClosing] = opened === 'flow-seq-start' ? ['[', ']'] : ['{', '}'];
      return `Invalid YAML: this ${closing} comes where the open ${other} needs its ${otherClosing}; close each bracket with its own kind.`;
    }
    return undefined;
  }
}

function tooManyItemsMessage(): string {
  return (
    `The YAML is bigger than ${LIMITS.maxAccounts} accounts, the most a run onboards, can need (too many items, keys, values or lines). ` +
    'Check that accounts-file names the accounts file, or split the accounts across several files and runs.'
  );
}

function toTree(node: unknown, parentAt: Position, lines: LineCounter, diagnostics: DiagnosticList): TreeNode {
  if (!isScalar(node) && !isSeq(node) && !isMap(node)) return { kind: 'null', at: parentAt };
  const at = node.range ? positionOf(lines, node.range[0]) : parentAt;
  if (isScalar(node)) {
    const value = scalarText(node);
    return node.type === 'PLAIN' && NULL_SCALARS.has(value) ? { kind: 'null', at } : { kind: 'string', value, at };
  }
  if (isSeq(node)) return { kind: 'list', items: node.items.map((item) => toTree(item, at, lines, diagnostics)), at };
  const entries: TreeMapEntry[] = [];
  for (const { key, value } of node.items) {
    const keyAt = isNode(key) && key.range ? positionOf(lines, key.range[0]) : at;
    if (isScalar(key)) entries.push({ key: scalarText(key), keyAt, value: toTree(value, keyAt, lines, diagnostics) });
    else diagnostics.report('A mapping key must be plain text, not a list or a mapping.', keyAt);
  }
  return { kind: 'map', entries, at };
}

/** The failsafe schema reads every scalar as text; an empty one has no value. */
function scalarText(scalar: Scalar): string {
  return typeof scalar.value === 'string' ? scalar.value : '';
}
