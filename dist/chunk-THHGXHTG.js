import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  redactSecrets,
  redactionMinChars
} from "./chunk-4OXIJKIA.js";

// src/accounts/limits.ts
var LIMITS = Object.freeze({
  /** 10,000 accounts with emails need well under 1 MiB. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Accounts per run, after de-duplication. */
  maxAccounts: 1e4,
  /** Diagnostics kept per source; one more line says how many were left out. */
  maxDiagnostics: 100,
  /** The account-ids input: 10,000 IDs with a separator each need 130,000 characters. */
  maxInputChars: 1024 * 1024,
  /** Lines of an accounts file: a generous 10 per account (an object over several lines, comments, blank lines). */
  maxLines: 10 * 1e4 + 1e3
});
function tooManyLinesMessage() {
  return `The file has more than ${LIMITS.maxLines} lines, more than ${LIMITS.maxAccounts} accounts, the most a run onboards, can need. Check that accounts-file names the accounts file, or split the accounts across several files and runs.`;
}
function hasMoreLines(text, maxLines = LIMITS.maxLines) {
  let breaks = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    breaks += 1;
    if (breaks >= maxLines && at + 1 < text.length) return true;
  }
  return false;
}

// src/untrusted-text.ts
var SHOWN_CHARS = { log: 500, annotation: 500, markdown: 500, output: 500, reportFile: 8e3 };
var QUOTED_CHARS = 40;
var READ_CHARS = 65536;
var QUOTING_ESCAPES = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "	": "\\t" };
var PLAIN_ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
var INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]|[^\S ]/u;
var LEGACY_COMMAND = /##\[/g;
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
var PRINTABLE_NAMED = new Map(
  [QUOTING_ESCAPES, PLAIN_ESCAPES].map((named) => [named, Object.keys(named).filter((char) => PRINTABLE_ASCII.test(char))])
);
var COMMAND_AT_START = /^(\s*)::/;
function escapeUntrusted(value, maxChars = QUOTED_CHARS) {
  return visible(value, maxChars, QUOTING_ESCAPES, false);
}
function quoteUntrusted(value, maxChars = QUOTED_CHARS) {
  return `"${escapeUntrusted(value, maxChars)}"`;
}
function codePointName(char) {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function forLog(text, maxChars = SHOWN_CHARS.log) {
  return visible(neutraliseCommands(readable(text)), maxChars, PLAIN_ESCAPES).replace(COMMAND_AT_START, "$1:\\:");
}
function logLine(line) {
  return line.split(/\r\n|[\n\r]/).map((part) => neutraliseCommands(redactSecrets(part)).replace(COMMAND_AT_START, "$1:\\:")).join("\n");
}
function forAnnotation(text, maxChars = SHOWN_CHARS.annotation) {
  return visible(neutraliseCommands(readable(text)), maxChars, PLAIN_ESCAPES);
}
function annotationMessage(message) {
  return neutraliseCommands(redactSecrets(message));
}
function markdownCode(text, maxChars = SHOWN_CHARS.markdown) {
  const content = visible(readable(text), maxChars, PLAIN_ESCAPES);
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = /^[` ]|[` ]$/.test(content) ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
}
function htmlCode(text, maxChars = SHOWN_CHARS.markdown) {
  return `<code>${htmlText(visible(readable(text), maxChars, PLAIN_ESCAPES))}</code>`;
}
function markdownBody(body) {
  return redactSecrets(body);
}
function forOutput(value, maxChars = SHOWN_CHARS.output) {
  return mapStrings(value, (text) => visible(neutraliseCommands(readable(text)), maxChars, PLAIN_ESCAPES));
}
function outputJson(value, maxChars = SHOWN_CHARS.output) {
  const text = JSON.stringify(value);
  if (text !== void 0 && stringsShowAsIs(text, maxChars)) return text;
  return JSON.stringify(forOutput(value, maxChars));
}
function reportFileJson(value) {
  return outputJson(value, SHOWN_CHARS.reportFile);
}
function stringsShowAsIs(text, maxChars) {
  if (!PRINTABLE_ASCII.test(text) || text.includes("\\") || text.includes("##[")) return false;
  if (PRINTABLE_NAMED.get(PLAIN_ESCAPES).some((char) => text.includes(char))) return false;
  const longest = Math.min(maxChars, redactionMinChars() - 1);
  let quote = -1;
  for (let next = text.indexOf('"'); next !== -1; next = text.indexOf('"', next + 1)) {
    if (next - quote - 1 > longest) return false;
    quote = next;
  }
  return true;
}
function readable(text) {
  return redactSecrets(text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text);
}
function visible(text, maxChars, named, countEscapes = true) {
  const printableNamed = PRINTABLE_NAMED.get(named) ?? Object.keys(named);
  if (text.length <= maxChars && PRINTABLE_ASCII.test(text) && !printableNamed.some((char) => text.includes(char))) return text;
  let shown = "";
  let count = 0;
  for (const char of text) {
    const escaped = escapeChar(char, named);
    const width = escaped === char || !countEscapes ? 1 : escaped.length;
    if (count + width > maxChars) return `${shown}\u2026`;
    shown += escaped;
    count += width;
  }
  return shown;
}
function escapeChar(char, named) {
  const escape = named[char];
  if (escape !== void 0) return escape;
  if (!INVISIBLE.test(char)) return char;
  const code = char.codePointAt(0) ?? 0;
  return code > 65535 ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function neutraliseCommands(text) {
  return text.includes("##[") ? text.replace(LEGACY_COMMAND, "##\\[") : text;
}
function htmlText(text) {
  return text.replace(/[&<>"'`*_[\]|\\~@#!:]/g, (char) => `&#${char.charCodeAt(0)};`);
}
function mapStrings(value, map) {
  if (typeof value === "string") return map(value);
  if (typeof value !== "object" || value === null || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  const record = value;
  const mapped = {};
  for (const key of Object.keys(record)) setOwn(mapped, key, mapStrings(record[key], map));
  return mapped;
}
function setOwn(target, key, value) {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

export {
  LIMITS,
  tooManyLinesMessage,
  hasMoreLines,
  escapeUntrusted,
  quoteUntrusted,
  codePointName,
  forLog,
  logLine,
  forAnnotation,
  annotationMessage,
  markdownCode,
  htmlCode,
  markdownBody,
  outputJson,
  reportFileJson
};
//# sourceMappingURL=chunk-THHGXHTG.js.map
