// The one way out for untrusted text: the accounts file, the inputs, and whatever AWS or GitHub send
// back (ProcessingResult, error messages, member statuses, account IDs from ListMembers). Each sink
// has one escaper here, and every escaper first removes every secret the run holds (secrets.ts) and
// bounds the text, so no service can flood a sink or make it speak.
//
//   log         core.info lines and group titles   forLog(fragment), logLine(whole line)
//   annotation  core.error/warning/notice/setFailed forAnnotation(fragment), annotationMessage(whole)
//   Markdown    job summary, pull-request comment  markdownCode (Markdown context), htmlCode (inside HTML)
//   outputs     step outputs and the report file   forOutput, forReportFile, outputJson, reportFileJson
import { redactionMinChars, redactSecrets } from './secrets.js';

/** How many characters of one untrusted text each sink shows. The report file keeps more. */
export const SHOWN_CHARS = { log: 500, annotation: 500, markdown: 500, output: 500, reportFile: 8000 } as const;

/** A value of the accounts file quoted in a message is shown this short. */
const QUOTED_CHARS = 40;

/** Texts longer than this are cut before anything else looks at them (a 100 KB ProcessingResult). */
const READ_CHARS = 65_536;

const QUOTING_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const PLAIN_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// Controls, format characters (bidi overrides, zero-width), separators, surrogates, private use,
// unassigned code points, and any whitespace other than a plain space: nothing that can break a
// line, hide itself, or make text read differently from what it is (Trojan Source).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]|[^\S ]/u;

// The runner reads `##[command]` anywhere in a line, and `::command::` at a line's start after
// leading whitespace (actions/runner ActionCommand.TryParse and TryParseV2).
const LEGACY_COMMAND = /##\[/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** The printable characters each set of escapes names: the others it names are not printable ASCII. */
const PRINTABLE_NAMED = new Map(
  [QUOTING_ESCAPES, PLAIN_ESCAPES].map((named) => [named, Object.keys(named).filter((char) => PRINTABLE_ASCII.test(char))]),
);
const COMMAND_AT_START = /^(\s*)::/;

// ---------------------------------------------------------------------------------------------
// Values of the accounts file, quoted in diagnostics

/** `value` with invisible characters escaped (`\n`, `\u0000`), cut to `maxChars` characters plus `…`. */
export function escapeUntrusted(value: string, maxChars = QUOTED_CHARS): string {
  return visible(value, maxChars, QUOTING_ESCAPES, false);
}

/** `value` escaped and cut as by `escapeUntrusted`, in double quotes. */
export function quoteUntrusted(value: string, maxChars = QUOTED_CHARS): string {
  return `"${escapeUntrusted(value, maxChars)}"`;
}

/** `U+0661`: names a character that may not render, or renders like another. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Log

/** An untrusted text inside a log line: one line, no secret, no runner command, at most `maxChars`. */
export function forLog(text: string, maxChars: number = SHOWN_CHARS.log): string {
  return visible(neutraliseCommands(readable(text)), maxChars, PLAIN_ESCAPES).replace(COMMAND_AT_START, '$1:\\:');
}

/** A whole log line as written, the last step before `core.info`: the line cannot be a runner command. */
export function logLine(line: string): string {
  return line
    .split(/\r\n|[\n\r]/)
    .map((part) => neutraliseCommands(redactSecrets(part)).replace(COMMAND_AT_START, '$1:\\:'))
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Annotations (`@actions/core` encodes the message's line breaks itself)

/** An untrusted text inside an annotation: one line, no secret, no legacy command, at most `maxChars`. */
export function forAnnotation(text: string, maxChars: number = SHOWN_CHARS.annotation): string {
  return visible(neutraliseCommands(readable(text)), maxChars, PLAIN_ESCAPES);
}

/**
 * A whole annotation message, the last step before `core.error` and the others: line breaks of the
 * action's own text are kept, secrets are removed, and no line of it holds a legacy command (the log
 * shows each line of an annotation, and the log viewer reads `##[group]` and the like at a line's start).
 */
export function annotationMessage(message: string): string {
  return neutraliseCommands(redactSecrets(message));
}

// ---------------------------------------------------------------------------------------------
// Markdown (job summary, pull-request comment)

/**
 * An untrusted text in Markdown context (a paragraph, a list item, a block quote): a code span,
 * fenced with more backticks than the text holds. GitHub links nothing in code, so no mention
 * (`@org/team`), no issue reference (`org/repo#1`), no autolinked URL or email, no Markdown or HTML.
 */
export function markdownCode(text: string, maxChars: number = SHOWN_CHARS.markdown): string {
  const content = visible(readable(text), maxChars, PLAIN_ESCAPES);
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A code span drops one space at each end when both are there; add them when the text starts or
  // ends with a backtick or a space, so it shows exactly as it is.
  const padded = /^[` ]|[` ]$/.test(content) ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
}

/**
 * An untrusted text inside HTML that GitHub does not read as Markdown (a `<table>` or `<ul>` HTML
 * block): a `<code>` element with every character that HTML or Markdown could read as markup written
 * as a character reference. GitHub's mention and reference filters skip `<code>`.
 */
export function htmlCode(text: string, maxChars: number = SHOWN_CHARS.markdown): string {
  return `<code>${htmlText(visible(readable(text), maxChars, PLAIN_ESCAPES))}</code>`;
}

/** A whole Markdown body, the last step before the summary or a comment is written: no secret in it. */
export function markdownBody(body: string): string {
  return redactSecrets(body);
}

// ---------------------------------------------------------------------------------------------
// Step outputs and the report file (JSON)

/** Every string in `value` without secrets, invisible characters or legacy commands, at most `maxChars` each. */
export function forOutput<T>(value: T, maxChars: number = SHOWN_CHARS.output): T {
  return mapStrings(value, (text) => visible(neutraliseCommands(readable(text)), maxChars, PLAIN_ESCAPES)) as T;
}

/** As `forOutput`, keeping more of each text: the report file is where the whole story is. */
export function forReportFile<T>(value: T): T {
  return forOutput(value, SHOWN_CHARS.reportFile);
}

/**
 * `JSON.stringify(forOutput(value, maxChars))`, without the copy of `value` when the text itself
 * shows that the copy would be the same (account IDs, Regions, statuses): at 10,000 accounts × 17
 * Regions the report file is 340,000 entries, and copying each took most of its time.
 */
export function outputJson(value: unknown, maxChars: number = SHOWN_CHARS.output): string {
  const text = JSON.stringify(value);
  if (text !== undefined && stringsShowAsIs(text, maxChars)) return text;
  return JSON.stringify(forOutput(value, maxChars));
}

/** As `outputJson`, keeping as much of each text as `forReportFile`. */
export function reportFileJson(value: unknown): string {
  return outputJson(value, SHOWN_CHARS.reportFile);
}

// ---------------------------------------------------------------------------------------------

/**
 * Whether `forOutput` would leave every string of this JSON text as it is. The text alone tells,
 * whatever made it (a getter, a toJSON), since it is what the sink receives:
 * - printable ASCII without a backslash: JSON escapes controls, quotes and backslashes, so no string
 *   held one, and none held an invisible or non-ASCII character; each stands between its quotes as it is;
 * - no stretch between two quotes longer than `maxChars` or as long as redaction looks at: no string
 *   is cut, and none can hold a secret or a fragment of one;
 * - no `##[`: no legacy command, and no printable character that forOutput's escapes name.
 * Any other text is made again from the copy, which is always right.
 */
function stringsShowAsIs(text: string, maxChars: number): boolean {
  if (!PRINTABLE_ASCII.test(text) || text.includes('\\') || text.includes('##[')) return false;
  // A printable character forOutput names an escape for would be changed too (none today).
  if (PRINTABLE_NAMED.get(PLAIN_ESCAPES)!.some((char) => text.includes(char))) return false;
  const longest = Math.min(maxChars, redactionMinChars() - 1);
  let quote = -1;
  for (let next = text.indexOf('"'); next !== -1; next = text.indexOf('"', next + 1)) {
    if (next - quote - 1 > longest) return false;
    quote = next;
  }
  // What follows the last quote holds no string: a JSON text's every string ends with a quote.
  return true;
}

/** Cut to what any sink may read, then without secrets (before any cut a sink makes, so no cut can leave half a secret). */
function readable(text: string): string {
  return redactSecrets(text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text);
}

/**
 * Invisible characters escaped, cut after `maxChars` characters with `…`. For a sink, an escape counts
 * as the characters it shows; a quoted value counts the characters of the file (its diagnostics say so).
 */
function visible(text: string, maxChars: number, named: Readonly<Record<string, string>>, countEscapes = true): string {
  // Most texts (account IDs, statuses) are short printable ASCII: nothing to escape or cut.
  const printableNamed = PRINTABLE_NAMED.get(named) ?? Object.keys(named);
  if (text.length <= maxChars && PRINTABLE_ASCII.test(text) && !printableNamed.some((char) => text.includes(char))) return text;
  let shown = '';
  let count = 0;
  for (const char of text) {
    const escaped = escapeChar(char, named);
    const width = escaped === char || !countEscapes ? 1 : escaped.length;
    if (count + width > maxChars) return `${shown}…`;
    shown += escaped;
    count += width;
  }
  return shown;
}

function escapeChar(char: string, named: Readonly<Record<string, string>>): string {
  const escape = named[char];
  if (escape !== undefined) return escape;
  if (!INVISIBLE.test(char)) return char;
  const code = char.codePointAt(0) ?? 0;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

function neutraliseCommands(text: string): string {
  return text.includes('##[') ? text.replace(LEGACY_COMMAND, '##\\[') : text;
}

/** HTML's five, and the punctuation Markdown or GitHub could read, as numeric character references. */
function htmlText(text: string): string {
  return text.replace(/[&<>"'`*_[\]|\\~@#!:]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A copy of `value` with `map` applied to every string in it. Each property is read once, and the
 * copy holds what was read: a getter asked again could give what was never looked at. A loop over
 * the keys, not Object.entries and fromEntries: the report file maps hundreds of thousands of entries.
 */
function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map));
  const record = value as Record<string, unknown>;
  const mapped: Record<string, unknown> = {};
  for (const key of Object.keys(record)) setOwn(mapped, key, mapStrings(record[key], map));
  return mapped;
}

/** An own `__proto__` key stays a key: assigning it would set the object's prototype instead. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
