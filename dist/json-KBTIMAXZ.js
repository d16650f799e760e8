import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  MAX_NESTING,
  collectTreeAccounts
} from "./chunk-WLMIKMK6.js";
import {
  LIMITS,
  codePointName,
  hasMoreLines,
  quoteUntrusted,
  tooManyLinesMessage
} from "./chunk-THHGXHTG.js";
import "./chunk-4OXIJKIA.js";
import "./chunk-CAXNQKZ4.js";
import "./chunk-CENBCZZ4.js";

// src/accounts/formats/line-index.ts
var LineIndex = class {
  #lineStarts = [0];
  constructor(text) {
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) this.#lineStarts.push(at + 1);
  }
  position(offset) {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.#lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
  }
};

// src/accounts/formats/json.ts
function readJsonAccounts(text, collector) {
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
var JsonSyntaxError = class extends Error {
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var NUMBER_RUN = /[-+0-9.eE]+/y;
var JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
var LEADING_ZERO_INTEGER = /^0[0-9]{1,19}$/;
var HEX4 = /^[0-9a-fA-F]{4}$/;
var LITERALS = ["true", "false", "null"];
var VALUE_STARTS = /* @__PURE__ */ new Set(['"', "{", "[", "-", "t", "f", "n", ..."0123456789"]);
var JsonTreeParser = class {
  constructor(text, lines) {
    this.text = text;
    this.lines = lines;
  }
  text;
  lines;
  #offset = 0;
  #root;
  #stack = [];
  parse() {
    for (; ; ) {
      this.#skipWhitespace();
      const frame = this.#stack.at(-1);
      if (frame === void 0 && this.#root !== void 0) {
        if (this.#offset < this.text.length) throw this.#error("unexpected text after the end of the document; remove it.");
        return this.#root;
      }
      if (frame !== void 0 && this.#offset >= this.text.length) {
        const bracket = frame.kind === "list" ? '"["' : '"{"';
        throw this.#error(`the ${bracket} opened here is never closed; the file ends first.`, frame.openedAt);
      }
      if (frame === void 0) this.#readValue();
      else if (frame.kind === "list") this.#continueList(frame);
      else this.#continueMap(frame);
    }
  }
  #continueList(frame) {
    const char = this.text[this.#offset];
    if (frame.state === "afterItem") {
      if (char === ",") frame.state = "afterComma";
      else if (char === "]") this.#stack.pop();
      else throw this.#error(`expected "," or "]" after a list item; found ${this.#describeCharHere()}${this.#missingCommaHint()}.`);
      this.#offset += 1;
    } else if (char === "]") {
      if (frame.state === "afterComma") throw this.#error('"]" follows a ","; JSON allows no trailing comma, so remove it.');
      this.#stack.pop();
      this.#offset += 1;
    } else {
      this.#readValue();
    }
  }
  #continueMap(frame) {
    const char = this.text[this.#offset];
    switch (frame.state) {
      case "afterItem":
        if (char === ",") frame.state = "afterComma";
        else if (char === "}") this.#stack.pop();
        else
          throw this.#error(
            `expected "," or "}" after a value in an object; found ${this.#describeCharHere()}${this.#missingCommaHint()}.`
          );
        this.#offset += 1;
        return;
      case "first":
      case "afterComma":
        if (char === "}") {
          if (frame.state === "afterComma") throw this.#error('"}" follows a ","; JSON allows no trailing comma, so remove it.');
          this.#stack.pop();
          this.#offset += 1;
          return;
        }
        if (char !== '"') throw this.#error(`expected a key in double quotes; found ${this.#describeCharHere()}.`);
        frame.key = { name: "", at: this.lines.position(this.#offset) };
        frame.key.name = this.#readString();
        frame.state = "colon";
        return;
      case "colon":
        if (char !== ":") throw this.#error(`expected ":" after the key; found ${this.#describeCharHere()}.`);
        frame.state = "value";
        this.#offset += 1;
        return;
      case "value":
        this.#readValue();
    }
  }
  #readValue() {
    const start = this.#offset;
    const char = this.text[start];
    const at = this.lines.position(start);
    if (char === "[" || char === "{") {
      if (this.#stack.length >= MAX_NESTING) {
        throw this.#error(`the document is nested more than ${MAX_NESTING} levels deep; an accounts file needs at most 3.`);
      }
      this.#offset += 1;
      if (char === "[") {
        const node = { kind: "list", items: [], at };
        this.#attach(node);
        this.#stack.push({ kind: "list", node, openedAt: start, state: "first" });
      } else {
        const node = { kind: "map", entries: [], at };
        this.#attach(node);
        this.#stack.push({ kind: "map", node, openedAt: start, state: "first" });
      }
    } else if (char === '"') {
      this.#attach({ kind: "string", value: this.#readString(), at });
    } else if (char === "-" || char !== void 0 && char >= "0" && char <= "9") {
      this.#attach({ kind: "number", source: this.#readNumber(), at });
    } else {
      this.#attach(this.#readLiteral(at));
    }
  }
  #readLiteral(at) {
    const literal = LITERALS.find((word) => this.text.startsWith(word, this.#offset));
    if (literal === void 0) {
      const quoteHint = this.text[this.#offset] === "'" ? " (JSON strings use double quotes)" : "";
      throw this.#error(`expected a value; found ${this.#describeCharHere()}${quoteHint}.`);
    }
    this.#offset += literal.length;
    return literal === "null" ? { kind: "null", at } : { kind: "boolean", source: literal, at };
  }
  #attach(node) {
    const frame = this.#stack.at(-1);
    if (frame === void 0) {
      this.#root = node;
    } else if (frame.kind === "list") {
      frame.node.items.push(node);
      frame.state = "afterItem";
    } else {
      frame.node.entries.push({ key: frame.key?.name ?? "", keyAt: frame.key?.at ?? node.at, value: node });
      frame.state = "afterItem";
    }
  }
  #readString() {
    const start = this.#offset;
    let index = start + 1;
    for (; ; ) {
      const char = this.text[index];
      if (char === '"') break;
      if (char === void 0) throw this.#error("this string is never closed; add the closing double quote.", start);
      if (char === "\n") throw this.#error("this string is not closed on its line; add the closing double quote.", start);
      if (char < " ")
        throw this.#error(
          `a string holds the control character ${codePointName(char)}; write it as an escape (such as \\t) or remove it.`,
          index
        );
      if (char === "\\") index += this.#escapeLength(index);
      else index += 1;
    }
    this.#offset = index + 1;
    return JSON.parse(this.text.slice(start, index + 1));
  }
  #escapeLength(backslash) {
    const escape = this.text[backslash + 1];
    if (escape === "u" && HEX4.test(this.text.slice(backslash + 2, backslash + 6))) return 6;
    if (escape !== void 0 && escape !== "u" && '"\\/bfnrt'.includes(escape)) return 2;
    throw this.#error(
      'invalid escape in a string: a backslash must be followed by one of " \\ / b f n r t, or by u and four hex digits.',
      backslash
    );
  }
  #readNumber() {
    NUMBER_RUN.lastIndex = this.#offset;
    const source = NUMBER_RUN.exec(this.text)?.[0] ?? "";
    if (LEADING_ZERO_INTEGER.test(source)) {
      throw this.#error(`a JSON number cannot start with 0, and account IDs must be strings: write "${source}" in double quotes.`);
    }
    if (!JSON_NUMBER.test(source)) throw this.#error(`${quoteUntrusted(source)} is not a valid number.`);
    this.#offset += source.length;
    return source;
  }
  #skipWhitespace() {
    for (let code = this.text.charCodeAt(this.#offset); code === 32 || code === 10 || code === 9 || code === 13; code = this.text.charCodeAt(this.#offset)) {
      this.#offset += 1;
    }
  }
  #describeCharHere() {
    const codePoint = this.text.codePointAt(this.#offset);
    return codePoint === void 0 ? "the end of the file" : quoteUntrusted(String.fromCodePoint(codePoint));
  }
  #missingCommaHint() {
    return VALUE_STARTS.has(this.text[this.#offset] ?? "") ? " (is a comma missing before it?)" : "";
  }
  #error(message, offset = this.#offset) {
    return new JsonSyntaxError(offset, message);
  }
};
export {
  readJsonAccounts
};
//# sourceMappingURL=json-KBTIMAXZ.js.map
