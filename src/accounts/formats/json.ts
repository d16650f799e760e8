import { visit, type ParseOptions } from 'jsonc-parser';
import type { AccountCollector } from '../collector.js';
import type { Position } from '../diagnostics.js';
import { LIMITS, hasMoreLines, tooManyLinesMessage } from '../limits.js';
import { collectTreeAccounts } from './tree-accounts.js';
import { MAX_NESTING, type TreeList, type TreeMap, type TreeNode } from './tree.js';
import { codePointName, quoteUntrusted } from '../../untrusted-text.js';

/**
 * Reads a JSON accounts file. JSON.parse gives no positions, and its messages quote the input, so
 * the file goes through jsonc-parser's visitor in strict RFC 8259 mode: no comments, no trailing
 * commas. The visitor gives every value's position for the messages about entries; reading stops
 * at the first syntax error, which is said here in our own words (what was found, where, and what
 * to do) from where the document stands when the parser reports it.
 */
export function readJsonAccounts(text: string, collector: AccountCollector): void {
  if (hasMoreLines(text)) {
    collector.diagnostics.report(tooManyLinesMessage(), { line: LIMITS.maxLines + 1 });
    return;
  }
  try {
    collectTreeAccounts(new JsonTreeBuilder(text).build(), collector);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    collector.diagnostics.report(`Invalid JSON: ${error.message}`, error.at);
  }
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: Position,
  ) {
    super(message);
  }
}

const STRICT: ParseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * An open list or object, and where it stands: before its first item, after a comma, after an
 * item; an object's entry also between its key and ":", and after ":".
 */
interface Frame {
  node: TreeList | TreeMap;
  state: 'first' | 'afterComma' | 'afterItem' | 'colon' | 'value';
  key?: { name: string; at: Position };
}

const NUMBER_RUN = /[-+0-9.eE]+/y;
const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const LEADING_ZERO_INTEGER = /^0[0-9]{1,19}$/;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const LITERALS = ['true', 'false', 'null'] as const;
const VALUE_STARTS = new Set(['"', '{', '[', '-', 't', 'f', 'n', ...'0123456789']);

/** jsonc-parser's line and character are 0-based. */
const positionAt = (line: number, character: number): Position => ({ line: line + 1, column: character + 1 });
/** A position further along the same line: within a string, which cannot hold a line break. */
const along = ({ line, column = 1 }: Position, characters: number): Position => ({ line, column: column + characters });

/**
 * The document as a TreeNode, built from the visitor's events. Every error the parser reports is
 * thrown at once, which also bounds its recursion: a list or an object past MAX_NESTING is refused
 * when it opens, before the parser descends into it.
 */
class JsonTreeBuilder {
  #root: TreeNode | undefined;
  readonly #stack: Frame[] = [];

  constructor(private readonly text: string) {}

  build(): TreeNode {
    visit(
      this.text,
      {
        onArrayBegin: (_offset, _length, line, character) => this.#open({ kind: 'list', items: [], at: positionAt(line, character) }),
        onObjectBegin: (_offset, _length, line, character) => this.#open({ kind: 'map', entries: [], at: positionAt(line, character) }),
        onArrayEnd: (offset) => this.#close(offset),
        onObjectEnd: (offset) => this.#close(offset),
        onObjectProperty: (name, _offset, _length, line, character) => this.#key(name, positionAt(line, character)),
        onSeparator: (separator) => this.#separator(separator),
        onLiteralValue: (value: unknown, offset, length, line, character) =>
          this.#attach(this.#literal(value, offset, length, positionAt(line, character))),
        onError: (_error, offset, _length, line, character) => {
          throw this.#syntaxError(offset, positionAt(line, character));
        },
      },
      STRICT,
    );
    // The parser returns without an error only once it has read a whole value.
    if (this.#root === undefined) throw new JsonSyntaxError('expected a value; found the end of the file.', { line: 1 });
    return this.#root;
  }

  #open(node: TreeList | TreeMap): void {
    if (this.#stack.length >= MAX_NESTING) {
      throw new JsonSyntaxError(`the document is nested more than ${MAX_NESTING} levels deep; an accounts file needs at most 3.`, node.at);
    }
    this.#attach(node);
    this.#stack.push({ node, state: 'first' });
  }

  #key(name: string, at: Position): void {
    const frame = this.#stack.at(-1);
    if (frame === undefined) return;
    frame.key = { name, at };
    frame.state = 'colon';
  }

  #separator(separator: string): void {
    const frame = this.#stack.at(-1);
    if (frame !== undefined) frame.state = separator === ',' ? 'afterComma' : 'value';
  }

  /** The parser also ends a list or an object at the end of the file, without its bracket. */
  #close(offset: number): void {
    const frame = this.#stack.at(-1);
    if (frame !== undefined && offset >= this.text.length) throw this.#neverClosed(frame);
    this.#stack.pop();
  }

  #attach(node: TreeNode): void {
    const frame = this.#stack.at(-1);
    if (frame === undefined) this.#root = node;
    else if (frame.node.kind === 'list') frame.node.items.push(node);
    else frame.node.entries.push({ key: frame.key?.name ?? '', keyAt: frame.key?.at ?? node.at, value: node });
    if (frame !== undefined) frame.state = 'afterItem';
  }

  #literal(value: unknown, offset: number, length: number, at: Position): TreeNode {
    if (typeof value === 'string') return { kind: 'string', value, at };
    if (typeof value === 'number') {
      this.#checkNumber(offset, at);
      return { kind: 'number', source: this.text.slice(offset, offset + length), at };
    }
    return typeof value === 'boolean' ? { kind: 'boolean', source: String(value), at } : { kind: 'null', at };
  }

  /**
   * The parser reads `012` as 0 followed by 12, and `1-2` as 1 followed by -2; a number runs as far
   * as the characters a number is made of, and must be one as a whole.
   */
  #checkNumber(offset: number, at: Position): void {
    NUMBER_RUN.lastIndex = offset;
    const source = NUMBER_RUN.exec(this.text)?.[0] ?? '';
    if (LEADING_ZERO_INTEGER.test(source)) {
      throw new JsonSyntaxError(
        `a JSON number cannot start with 0, and account IDs must be strings: write "${source}" in double quotes.`,
        at,
      );
    }
    if (!JSON_NUMBER.test(source)) throw new JsonSyntaxError(`${quoteUntrusted(source)} is not a valid number.`, at);
  }

  /** What is wrong at `offset`, where the parser reports an error, given where the document stands. */
  #syntaxError(offset: number, at: Position): JsonSyntaxError {
    const frame = this.#stack.at(-1);
    if (frame === undefined) return this.#root === undefined ? this.#valueError(offset, at) : this.#afterItemError(frame, offset, at);
    if (offset >= this.text.length) return this.#neverClosed(frame);
    if (frame.state === 'afterItem') return this.#afterItemError(frame, offset, at);
    const char = this.text[offset];
    if (frame.node.kind === 'list') {
      if (char === ']' && frame.state === 'afterComma') return this.#trailingComma(']', at);
      return this.#valueError(offset, at);
    }
    switch (frame.state) {
      case 'first':
      case 'afterComma':
        if (char === '}' && frame.state === 'afterComma') return this.#trailingComma('}', at);
        if (char !== '"') return new JsonSyntaxError(`expected a key in double quotes; found ${this.#describeChar(offset)}.`, at);
        return this.#stringError(offset, at);
      case 'colon':
        return new JsonSyntaxError(`expected ":" after the key; found ${this.#describeChar(offset)}.`, at);
      case 'value':
        return this.#valueError(offset, at);
    }
  }

  #valueError(offset: number, at: Position): JsonSyntaxError {
    const char = this.text[offset];
    if (char === '"') return this.#stringError(offset, at);
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) this.#checkNumber(offset, at);
    // The parser reads `truex` as one unknown word; it is `true` with text after it.
    const literal = LITERALS.find((word) => this.text.startsWith(word, offset));
    if (literal !== undefined) return this.#afterItemError(this.#stack.at(-1), offset + literal.length, along(at, literal.length));
    const quoteHint = char === "'" ? ' (JSON strings use double quotes)' : '';
    return new JsonSyntaxError(`expected a value; found ${this.#describeChar(offset)}${quoteHint}.`, at);
  }

  #afterItemError(frame: Frame | undefined, offset: number, at: Position): JsonSyntaxError {
    if (frame === undefined) return new JsonSyntaxError('unexpected text after the end of the document; remove it.', at);
    const [closing, item] = frame.node.kind === 'list' ? ['"]"', 'a list item'] : ['"}"', 'a value in an object'];
    return new JsonSyntaxError(
      `expected "," or ${closing} after ${item}; found ${this.#describeChar(offset)}${this.#missingCommaHint(offset)}.`,
      at,
    );
  }

  #trailingComma(bracket: ']' | '}', at: Position): JsonSyntaxError {
    return new JsonSyntaxError(`"${bracket}" follows a ","; JSON allows no trailing comma, so remove it.`, at);
  }

  #neverClosed(frame: Frame): JsonSyntaxError {
    const bracket = frame.node.kind === 'list' ? '"["' : '"{"';
    return new JsonSyntaxError(`the ${bracket} opened here is never closed; the file ends first.`, frame.node.at);
  }

  /** The first thing wrong in the string that starts at `start`: the parser reports a bad string where it starts. */
  #stringError(start: number, at: Position): JsonSyntaxError {
    for (let index = start + 1; ;) {
      const char = this.text[index];
      if (char === undefined) return new JsonSyntaxError('this string is never closed; add the closing double quote.', at);
      if (char === '\n') return new JsonSyntaxError('this string is not closed on its line; add the closing double quote.', at);
      if (char < ' ') {
        return new JsonSyntaxError(
          `a string holds the control character ${codePointName(char)}; write it as an escape (such as \\t) or remove it.`,
          along(at, index - start),
        );
      }
      if (char === '"') return new JsonSyntaxError(`unexpected ${this.#describeChar(start)}.`, at);
      if (char !== '\\') {
        index += 1;
        continue;
      }
      const escape = this.#escapeLength(index);
      if (escape === 0) {
        return new JsonSyntaxError(
          'invalid escape in a string: a backslash must be followed by one of " \\ / b f n r t, or by u and four hex digits.',
          along(at, index - start),
        );
      }
      index += escape;
    }
  }

  /** 6 for `\uXXXX`, 2 for the other escapes, 0 for an invalid one. */
  #escapeLength(backslash: number): number {
    const escape = this.text[backslash + 1];
    if (escape === 'u') return HEX4.test(this.text.slice(backslash + 2, backslash + 6)) ? 6 : 0;
    return escape !== undefined && '"\\/bfnrt'.includes(escape) ? 2 : 0;
  }

  #describeChar(offset: number): string {
    const codePoint = this.text.codePointAt(offset);
    return codePoint === undefined ? 'the end of the file' : quoteUntrusted(String.fromCodePoint(codePoint));
  }

  #missingCommaHint(offset: number): string {
    return VALUE_STARTS.has(this.text[offset] ?? '') ? ' (is a comma missing before it?)' : '';
  }
}
