// Text from the accounts file or the inputs ends up in logs, annotations and job summaries, so it
// is shown short and with every invisible or line-breaking character spelled out: a value cannot
// fake a log line, hide a bidi override (Trojan Source), or flood the output.

const DEFAULT_MAX_CHARS = 40;

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// Controls, format characters (bidi overrides, zero-width), separators, surrogates, private use,
// unassigned code points, and any whitespace other than a plain space.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]|[^\S ]/u;

/** `value` with invisible characters escaped (`\n`, `\u0000`), cut to `maxChars` characters plus `…`. */
export function escapeUntrusted(value: string, maxChars = DEFAULT_MAX_CHARS): string {
  let shown = '';
  let count = 0;
  for (const char of value) {
    if (count === maxChars) return `${shown}…`;
    shown += escapeChar(char);
    count += 1;
  }
  return shown;
}

/** `value` escaped and cut as by `escapeUntrusted`, in double quotes. */
export function quoteUntrusted(value: string, maxChars = DEFAULT_MAX_CHARS): string {
  return `"${escapeUntrusted(value, maxChars)}"`;
}

/** `U+0661`: names a character that may not render, or renders like another. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function escapeChar(char: string): string {
  const named = NAMED_ESCAPES[char];
  if (named !== undefined) return named;
  if (!INVISIBLE.test(char)) return char;
  const code = char.codePointAt(0) ?? 0;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
