import type { AccountCollector } from '../collector.js';
import type { Position } from '../diagnostics.js';
import { LIMITS, hasMoreLines, tooManyLinesMessage } from '../limits.js';
import { LineIndex } from './line-index.js';
import { collectTreeAccounts } from './tree-accounts.js';
import { MAX_NESTING, type TreeList, type TreeMap, type TreeNode } from './tree.js';
import { codePointName, quoteUntrusted } from '../../untrusted-text.js';

/**
 * Reads a JSON accounts file. JSON.parse gives no positions, and its messages quote the input, so
 * this is a small strict RFC 8259 parser of its own: it stops at the first syntax error and says
 * where it is, and it keeps every value's position for the messages about entries.
 */
export function readJsonAccounts(text: string, collector: AccountCollector): void {
  if (hasMoreLines(text)) {
    collector.diagnostics.report(tooManyLinesMessage(), { line: LIMITS.maxLines + 1 });
    return;
  }
  const lines = new LineIndex(text);
  try {
    collectTreeAccounts(new JsonTreeParser(text, lines).parse(), collector);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    collector.diagnostics.report(`Invalid JSON: ${error.message}`, lines.position(error.offset));
  }
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

type Frame =
  | { kind: 'list'; node: TreeList; openedAt: number; state: 'first' | 'afterComma' | 'afterItem' }
  | {
      kind: 'map';
      node: TreeMap;
      openedAt: number;
      state: 'first' | 'afterComma' | 'colon' | 'value' | 'afterItem';
      key?: { name: string; at: Position };
    };

const NUMBER_RUN = /[-+0-9.eE]+/y;
const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const LEADING_ZERO_INTEGER = /^0[0-9]{1,19}$/;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const LITERALS = ['true', 'false', 'null'] as const;
const VALUE_STARTS = new Set(['"', '{', '[', '-', 't', 'f', 'n', ...'0123456789']);

// Iterative, with an explicit stack, so that deep nesting is an error message and not a stack overflow.
class JsonTreeParser {
  #offset = 0;
  #root: TreeNode | undefined;
  readonly #stack: Frame[] = [];

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  parse(): TreeNode {
    for (;;) {
      this.#skipWhitespace();
      const frame = this.#stack.at(-1);
      if (frame === undefined && this.#root !== undefined) {
        if (this.#offset < this.text.length) throw this.#error('unexpected text after the end of the document; remove it.');
        return this.#root;
      }
      if (frame !== undefined && this.#offset >= this.text.length) {
        const bracket = frame.kind === 'list' ? '"["' : '"{"';
        throw this.#error(`the ${bracket} opened here is never closed; the file ends first.`, frame.openedAt);
      }
      if (frame === undefined) this.#readValue();
      else if (frame.kind === 'list') this.#continueList(frame);
      else this.#continueMap(frame);
    }
  }

  #continueList(frame: Extract<Frame, { kind: 'list' }>): void {
    const char = this.text[this.#offset];
    if (frame.state === 'afterItem') {
      if (char === ',') frame.state = 'afterComma';
      else if (char === ']') this.#stack.pop();
      else throw this.#error(`expected "," or "]" after a list item; found ${this.#describeCharHere()}${this.#missingCommaHint()}.`);
      this.#offset += 1;
    } else if (char === ']') {
      if (frame.state === 'afterComma') throw this.#error('"]" follows a ","; JSON allows no trailing comma, so remove it.');
      this.#stack.pop();
      this.#offset += 1;
    } else {
      this.#readValue();
    }
  }

  #continueMap(frame: Extract<Frame, { kind: 'map' }>): void {
    const char = this.text[this.#offset];
    switch (frame.state) {
      case 'afterItem':
        if (char === ',') frame.state = 'afterComma';
        else if (char === '}') this.#stack.pop();
        else
          throw this.#error(
            `expected "," or "}" after a value in an object; found ${this.#describeCharHere()}${this.#missingCommaHint()}.`,
          );
        this.#offset += 1;
        return;
      case 'first':
      case 'afterComma':
        if (char === '}') {
          if (frame.state === 'afterComma') throw this.#error('"}" follows a ","; JSON allows no trailing comma, so remove it.');
          this.#stack.pop();
          this.#offset += 1;
          return;
        }
        if (char !== '"') throw this.#error(`expected a key in double quotes; found ${this.#describeCharHere()}.`);
        frame.key = { name: '', at: this.lines.position(this.#offset) };
        frame.key.name = this.#readString();
        frame.state = 'colon';
        return;
      case 'colon':
        if (char !== ':') throw this.#error(`expected ":" after the key; found ${this.#describeCharHere()}.`);
        frame.state = 'value';
        this.#offset += 1;
        return;
      case 'value':
        this.#readValue();
    }
  }

  #readValue(): void {
    const start = this.#offset;
    const char = this.text[start];
    const at = this.lines.position(start);
    if (char === '[' || char === '{') {
      if (this.#stack.length >= MAX_NESTING) {
        throw this.#error(`the document is nested more than ${MAX_NESTING} levels deep; an accounts file needs at most 3.`);
      }
      this.#offset += 1;
      if (char === '[') {
        const node: TreeList = { kind: 'list', items: [], at };
        this.#attach(node);
        this.#stack.push({ kind: 'list', node, openedAt: start, state: 'first' });
      } else {
        const node: TreeMap = { kind: 'map', entries: [], at };
        this.#attach(node);
        this.#stack.push({ kind: 'map', node, openedAt: start, state: 'first' });
      }
    } else if (char === '"') {
      this.#attach({ kind: 'string', value: this.#readString(), at });
    } else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      this.#attach({ kind: 'number', source: this.#readNumber(), at });
    } else {
      this.#attach(this.#readLiteral(at));
    }
  }

  #readLiteral(at: Position): TreeNode {
    const literal = LITERALS.find((word) => this.text.startsWith(word, this.#offset));
    if (literal === undefined) {
      const quoteHint = this.text[this.#offset] === "'" ? ' (JSON strings use double quotes)' : '';
      throw this.#error(`expected a value; found ${this.#describeCharHere()}${quoteHint}.`);
    }
    this.#offset += literal.length;
    return literal === 'null' ? { kind: 'null', at } : { kind: 'boolean', source: literal, at };
  }

  #attach(node: TreeNode): void {
    const frame = this.#stack.at(-1);
    if (frame === undefined) {
      this.#root = node;
    } else if (frame.kind === 'list') {
      frame.node.items.push(node);
      frame.state = 'afterItem';
    } else {
      frame.node.entries.push({ key: frame.key?.name ?? '', keyAt: frame.key?.at ?? node.at, value: node });
      frame.state = 'afterItem';
    }
  }

  #readString(): string {
    const start = this.#offset;
    let index = start + 1;
    for (;;) {
      const char = this.text[index];
      if (char === '"') break;
      if (char === undefined) throw this.#error('this string is never closed; add the closing double quote.', start);
      if (char === '\n') throw this.#error('this string is not closed on its line; add the closing double quote.', start);
      if (char < ' ')
        throw this.#error(
          `a string holds the control character ${codePointName(char)}; write it as an escape (such as \\t) or remove it.`,
          index,
        );
      if (char === '\\') index += this.#escapeLength(index);
      else index += 1;
    }
    this.#offset = index + 1;
    // The slice was checked above to be a valid JSON string, so JSON.parse only decodes escapes.
    return JSON.parse(this.text.slice(start, index + 1)) as string;
  }

  #escapeLength(backslash: number): number {
    const escape = this.text[backslash + 1];
    if (escape === 'u' && HEX4.test(this.text.slice(backslash + 2, backslash + 6))) return 6;
    if (escape !== undefined && escape !== 'u' && '"\\/bfnrt'.includes(escape)) return 2;
    throw this.#error(
      'invalid escape in a string: a backslash must be followed by one of " \\ / b f n r t, or by u and four hex digits.',
      backslash,
    );
  }

  #readNumber(): string {
    NUMBER_RUN.lastIndex = this.#offset;
    const source = NUMBER_RUN.exec(this.text)?.[0] ?? '';
    if (LEADING_ZERO_INTEGER.test(source)) {
      throw this.#error(`a JSON number cannot start with 0, and account IDs must be strings: write "${source}" in double quotes.`);
    }
    if (!JSON_NUMBER.test(source)) throw this.#error(`${quoteUntrusted(source)} is not a valid number.`);
    this.#offset += source.length;
    return source;
  }

  #skipWhitespace(): void {
    for (
      let code = this.text.charCodeAt(this.#offset);
      code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
      code = this.text.charCodeAt(this.#offset)
    ) {
      this.#offset += 1;
    }
  }

  #describeCharHere(): string {
    const codePoint = this.text.codePointAt(this.#offset);
    return codePoint === undefined ? 'the end of the file' : quoteUntrusted(String.fromCodePoint(codePoint));
  }

  #missingCommaHint(): string {
    return VALUE_STARTS.has(this.text[this.#offset] ?? '') ? ' (is a comma missing before it?)' : '';
  }

  #error(message: string, offset = this.#offset): JsonSyntaxError {
    return new JsonSyntaxError(offset, message);
  }
}
