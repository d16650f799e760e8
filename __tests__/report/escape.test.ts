import { describe, expect, it } from 'vitest';
import { escapeLog, escapeMarkup } from '../../src/report/escape.js';

/** Every character that could start a new line somewhere: in the runner, a terminal or a log viewer. */
const LINE_BREAKS = /[\n\r\v\f\u0085\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const ALL_ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join('');

/** What a browser shows for the numeric character references escapeMarkup writes. */
function decodeReferences(html: string): string {
  return html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/** The text around the references, where any markup character would be read as markup. */
function withoutReferences(html: string): string {
  return html.replace(/&#\d+;/g, '');
}

describe('escapeMarkup', () => {
  it('leaves plain text as it is', () => {
    expect(escapeMarkup('Account 111111111111 was created in eu-west-1.')).toBe('Account 111111111111 was created in eu-west-1.');
  });

  it('makes HTML tags plain text', () => {
    expect(escapeMarkup('<img src=x onerror="alert(1)">')).toBe('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;');
  });

  it('makes character references plain text', () => {
    expect(escapeMarkup('&lt;b&gt;')).toBe('&#38;lt;b&#38;gt;');
  });

  it('makes Markdown links and images plain text', () => {
    expect(escapeMarkup('[click](https://evil.example)')).toBe('&#91;click&#93;(https&#58;//evil.example)');
    expect(escapeMarkup('![x](https://evil.example/a.png)')).toBe('&#33;&#91;x&#93;(https&#58;//evil.example/a.png)');
  });

  it('makes emphasis, strike-through and code spans plain text', () => {
    expect(escapeMarkup('*a* _b_ ~~c~~ `d`')).toBe('&#42;a&#42; &#95;b&#95; &#126;&#126;c&#126;&#126; &#96;d&#96;');
  });

  it('makes mentions and issue references plain text', () => {
    expect(escapeMarkup('@octo-org/security #1')).toBe('&#64;octo-org/security &#35;1');
  });

  it('keeps table pipes and backslash escapes from reaching the table', () => {
    expect(escapeMarkup('a | b \\| c')).toBe('a &#124; b &#92;&#124; c');
  });

  it('turns newlines and control characters into a single space', () => {
    expect(escapeMarkup('one\r\ntwo\u0000three\u2028four\u2029five\u007fsix\t\u001b[31mseven')).toBe('one two three four five six &#91;31mseven');
  });

  it('keeps a hostile email on one line as text', () => {
    const email = 'x@example.com</td></tr></table>\n\n# Approved by @security-team';
    const escaped = escapeMarkup(email);
    expect(withoutReferences(escaped)).not.toMatch(/[<>\n@#]/);
    expect(escaped).toBe('x&#64;example.com&#60;/td&#62;&#60;/tr&#62;&#60;/table&#62; &#35; Approved by &#64;security-team');
  });

  it('lets no markup character through, for any ASCII character', () => {
    const escaped = escapeMarkup(ALL_ASCII);
    expect(withoutReferences(escaped)).not.toMatch(/[&<>"'`*_[\]|\\~@#!:]/);
    expect(escaped).not.toMatch(CONTROL);
  });

  it('shows the text as it was, apart from control characters', () => {
    const printable = ALL_ASCII.slice(32, 127) + 'é ✅ 🔐';
    expect(decodeReferences(escapeMarkup(printable))).toBe(printable);
  });
});

describe('escapeLog', () => {
  it('leaves printable text as it is', () => {
    const printable = ALL_ASCII.slice(32, 127) + 'é ✅ 🔐';
    expect(escapeLog(printable)).toBe(printable);
  });

  it('shows line breaks as \\u escapes', () => {
    expect(escapeLog('a\nb\r\nc')).toBe('a\\u000ab\\u000d\\u000ac');
  });

  it('shows Unicode line and paragraph separators and NEL as \\u escapes', () => {
    expect(escapeLog('a\u2028b\u2029c\u0085d')).toBe('a\\u2028b\\u2029c\\u0085d');
  });

  it('shows every control character as a \\u escape', () => {
    for (let code = 0; code <= 0x9f; code++) {
      if (code >= 0x20 && code < 0x7f) continue;
      const char = String.fromCharCode(code);
      expect(escapeLog(`a${char}b`)).toBe(`a\\u${code.toString(16).padStart(4, '0')}b`);
    }
  });

  it.each([
    ['::set-output name=pwned::1'],
    ['x\n::set-output name=pwned::1'],
    ['x%0A::error::pwned'],
    ['x\n::add-mask::secret'],
    ['x\r::warning::pwned'],
    ['x\r\n::stop-commands::token'],
    ['x\u2028::error::pwned'],
    ['x\u0085::error::pwned'],
    ['x\v::error::pwned\f::error::again'],
  ])('keeps %j on the line it was written on', (hostile) => {
    // The only line is the logger's own, which does not start with `::`.
    const escaped = escapeLog(hostile);
    expect(escaped).not.toMatch(LINE_BREAKS);
    expect(escaped).not.toMatch(CONTROL);
  });
});
