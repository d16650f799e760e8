import { describe, expect, it } from 'vitest';
import { escapeUntrusted, quoteUntrusted } from '../../src/accounts/untrusted.js';

describe('showing untrusted text', () => {
  it('spells out line breaks, controls, bidi overrides and unusual spaces', () => {
    expect(escapeUntrusted('a\nb\rc\td\u0000e\u001bf\u202eg\u00a0h\u2028i')).toBe('a\\nb\\rc\\td\\u0000e\\u001bf\\u202eg\\u00a0h\\u2028i');
  });

  it('escapes quotes and backslashes so the quoted value cannot end early', () => {
    expect(quoteUntrusted('say "hi" \\o/')).toBe('"say \\"hi\\" \\\\o/"');
  });

  it('keeps printable text as it is, HTML included (escaping for markup is the report’s job)', () => {
    expect(escapeUntrusted('josé <b>x</b>')).toBe('josé <b>x</b>');
  });

  it('cuts long values to 40 characters and an ellipsis, without splitting a character', () => {
    expect(escapeUntrusted('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
    expect(escapeUntrusted('x'.repeat(40))).toBe('x'.repeat(40));
    expect(escapeUntrusted('😀'.repeat(50))).toBe(`${'😀'.repeat(40)}…`);
    expect(escapeUntrusted('\ud800 lone surrogate')).toBe('\\ud800 lone surrogate');
  });
});
