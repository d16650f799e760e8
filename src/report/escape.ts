// Untrusted text (account files, AWS messages) is made inert before it reaches a log or a page.

/**
 * For the job summary and PR comments, which GitHub renders as Markdown with HTML. Numeric
 * character references render as the character itself but are never read as Markdown syntax,
 * so links, emphasis, tables, mentions (`@team`) and HTML tags in the text stay plain text.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(/[&<>"'`*_[\]|\\~@#!:]/g, (char) => `&#${char.charCodeAt(0)};`)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ');
}

/**
 * For log lines. The runner reads any line that starts with `::` as a workflow command, so
 * untrusted text must never start a line: control characters, line and paragraph separators
 * are shown as escapes and the text stays on the line it was written on. Bidirectional
 * overrides are escaped too, so text cannot be made to read differently from what it is.
 */
export function escapeLog(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
