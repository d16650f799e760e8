import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetSecrets, registerSecret } from '../src/secrets.js';
import {
  annotationMessage,
  escapeUntrusted,
  forAnnotation,
  forLog,
  forOutput,
  forReportFile,
  htmlCode,
  logLine,
  markdownBody,
  markdownCode,
  outputJson,
  quoteUntrusted,
  reportFileJson,
} from '../src/untrusted-text.js';
import { expectInertMarkdown, renderGfm } from './helpers/gfm.js';

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

/** Every character that could start a new line somewhere: in the runner, a terminal or a log viewer. */
const LINE_BREAKS = /[\n\r\v\f\u0085\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const ALL_ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join('');
const PRINTABLE = ALL_ASCII.slice(32, 127) + 'é ✅ 🔐';

/** Would the runner read this line as a workflow command (actions/runner ActionCommand.TryParseV2 and TryParse)? */
function isRunnerCommand(line: string): boolean {
  return line.trimStart().startsWith('::') || line.includes('##[');
}

const INJECTIONS = [
  '::set-output name=pwned::1',
  '  ::error::pwned',
  '\u00a0\u2003::warning::pwned',
  'x\n::set-output name=pwned::1',
  'x\r::warning::pwned',
  'x\r\n::stop-commands::token',
  'x\u2028::error::pwned',
  'x\u0085::error::pwned',
  'x\v::error::pwned\f::error::again',
  'Member is ##[set-output name=pwned;]1',
  'a ##[group]fake group',
  '##[error]at the start',
  '#####[warning]many hashes',
];

describe('log', () => {
  it('leaves printable text as it is', () => {
    expect(forLog(PRINTABLE)).toBe(PRINTABLE.replace('##[', '##\\['));
    expect(forLog('Account 111111111111 was created in eu-west-1.')).toBe('Account 111111111111 was created in eu-west-1.');
  });

  it('shows line breaks, Unicode separators, NEL and every control character as escapes', () => {
    expect(forLog('a\nb\r\nc\td')).toBe('a\\nb\\r\\nc\\td');
    expect(forLog('a\u2028b\u2029c\u0085d')).toBe('a\\u2028b\\u2029c\\u0085d');
    for (let code = 0; code <= 0x9f; code++) {
      if ((code >= 0x20 && code < 0x7f) || [9, 10, 13].includes(code)) continue;
      expect(forLog(`a${String.fromCharCode(code)}b`)).toBe(`a\\u${code.toString(16).padStart(4, '0')}b`);
    }
  });

  it.each(INJECTIONS)('makes %j no runner command, wherever it is placed in a line', (hostile) => {
    const shown = forLog(hostile);
    expect(shown).not.toMatch(LINE_BREAKS);
    expect(shown).not.toMatch(CONTROL);
    for (const line of [shown, `prefix ${shown}`, `${shown} suffix`]) expect(isRunnerCommand(logLine(line)), line).toBe(false);
    expect(isRunnerCommand(shown)).toBe(false);
  });

  it('neutralises legacy commands anywhere in a whole line, and a command at its start', () => {
    expect(logLine('us-east-1: AWS said ##[set-output name=x;]y')).toBe('us-east-1: AWS said ##\\[set-output name=x;]y');
    expect(logLine('  ::error::x')).toBe('  :\\:error::x');
    expect(logLine('a: b::c')).toBe('a: b::c');
    expect(logLine('one\n::error::two').split('\n').some(isRunnerCommand)).toBe(false);
  });

  it('cuts an AWS text to 500 characters', () => {
    expect(forLog('x'.repeat(100_000))).toBe(`${'x'.repeat(500)}…`);
    expect(forLog('x'.repeat(500))).toBe('x'.repeat(500));
  });
});

describe('annotations', () => {
  it.each(INJECTIONS)('shows %j on one line with no legacy command', (hostile) => {
    const shown = forAnnotation(hostile);
    expect(shown).not.toMatch(LINE_BREAKS);
    expect(shown).not.toContain('##[');
  });

  it('keeps the line breaks of the action’s own message, and no line of it holds a legacy command', () => {
    expect(annotationMessage('Invalid input:\none\ntwo ##[group]x')).toBe('Invalid input:\none\ntwo ##\\[group]x');
  });

  it('cuts an AWS text to 500 characters', () => {
    expect(forAnnotation('y'.repeat(100_000))).toHaveLength(501);
  });
});

describe('Markdown', () => {
  const HOSTILE = [
    'x-@octocat.-x.example',
    '@octo-org/security-team please approve',
    'octo-org/octo-repo#1 and #2 and GH-3',
    'see https://evil.example/x and www.evil.example and mail me@evil.example',
    '<img src=x onerror=alert(1)> <a href="https://evil.example">click</a>',
    '[click](https://evil.example) ![x](https://evil.example/a.png) **bold** _em_ ~~s~~',
    '`code` ``two`` ```three``` ` leading backtick',
    ' spaces at both ends ',
    '&lt;b&gt; &#64;admins &amp;',
    'a | b \\| c',
    '</code></td></tr></table>\n\n# Approved by @security-team',
    '<!-- hidden --> <details open>',
  ];

  it.each(HOSTILE)('shows %j in a paragraph as code, linking and mentioning nothing', (text) => {
    const shown = text.replace(/\n/g, '\\n');
    expectInertMarkdown(`Before ${markdownCode(text)} after.\n`, [shown], { allowedTags: ['p', 'code'] });
    expectInertMarkdown(`> ❌ **failed:** ${markdownCode(text)}\n`, [shown], { allowedTags: ['blockquote', 'p', 'strong', 'code'] });
    expectInertMarkdown(`- ${markdownCode(text)}\n`, [shown], { allowedTags: ['ul', 'li', 'code'] });
  });

  it.each(HOSTILE)('shows %j inside an HTML table or list as code, linking and mentioning nothing', (text) => {
    const shown = text.replace(/\n/g, '\\n');
    const table = `<table>\n<tr><th>Email</th></tr>\n<tr><td>${htmlCode(text)}</td><td>after</td></tr>\n</table>\n`;
    expectInertMarkdown(table, [shown], { allowedTags: ['table', 'tbody', 'tr', 'th', 'td', 'code'] });
    expectInertMarkdown(`<ul>\n<li>${htmlCode(text)}</li>\n</ul>\n`, [shown], { allowedTags: ['ul', 'li', 'code'] });
  });

  it('fences a code span with more backticks than the text holds', () => {
    expect(markdownCode('a')).toBe('`a`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('``x``')).toBe('``` ``x`` ```');
  });

  it('shows every printable ASCII character as it is, in both forms', () => {
    expect(renderGfm(`x ${markdownCode(PRINTABLE)}`).code).toEqual([PRINTABLE]);
    expect(renderGfm(`<table><tr><td>${htmlCode(PRINTABLE)}</td></tr></table>`).code).toEqual([PRINTABLE]);
  });

  it('cuts an AWS text to 500 characters', () => {
    expect(renderGfm(markdownCode('z'.repeat(100_000))).code[0]).toBe(`${'z'.repeat(500)}…`);
    expect(renderGfm(`<ul><li>${htmlCode('z'.repeat(100_000))}</li></ul>`).code[0]).toBe(`${'z'.repeat(500)}…`);
  });
});

describe('outputs and the report file', () => {
  it('bounds every string of an entry, keeps the rest, and neutralises legacy commands', () => {
    const entry = {
      accountId: '111111111111',
      count: 3,
      ok: true,
      nested: [{ processingResult: `##[set-output name=x;]${'r'.repeat(100_000)}` }],
    };
    const output = forOutput(entry);
    expect(output.accountId).toBe('111111111111');
    expect(output.count).toBe(3);
    expect(output.ok).toBe(true);
    expect(output.nested[0]!.processingResult).toBe(`##\\[set-output name=x;]${'r'.repeat(500 - '##\\[set-output name=x;]'.length)}…`);
    expect(forReportFile(entry).nested[0]!.processingResult).toHaveLength(8001);
  });

  it('keeps keys and the values that are not text as they are, and an own __proto__ key as a key', () => {
    const entry = JSON.parse('{"__proto__":"p\\u0000","accountId":"111111111111","at":null,"list":[1,"\\"x\\""]}') as Record<
      string,
      unknown
    >;
    const output = forOutput(entry);
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(Object.keys(output)).toStrictEqual(['__proto__', 'accountId', 'at', 'list']);
    expect(JSON.stringify(output)).toBe('{"__proto__":"p\\\\u0000","accountId":"111111111111","at":null,"list":[1,"\\"x\\""]}');
    const when = new Date(0);
    expect(forOutput({ when }).when).toBe(when);
  });

  it('gives back a copy, equal when nothing needs escaping, and never changes the entry it was given', () => {
    const plain = { accountId: '111111111111', region: 'eu-west-1', list: ['Enabled', 2] };
    expect(forReportFile(plain)).not.toBe(plain);
    expect(forReportFile(plain)).toStrictEqual(plain);
    const hostile = { accountId: '111111111111', list: ['Enabled', 'a\u202eb', 'c'], nested: { ok: 'x', bad: '##[group]' } };
    const before = structuredClone(hostile);
    const output = forOutput(hostile);
    expect(hostile).toStrictEqual(before);
    expect(output).toStrictEqual({
      accountId: '111111111111',
      list: ['Enabled', 'a\\u202eb', 'c'],
      nested: { ok: 'x', bad: '##\\[group]' },
    });
  });

  it('reads each property once: a getter is not asked again for what it gave', () => {
    let reads = 0;
    const entry = {
      get text() {
        reads += 1;
        return reads === 1 ? 'plain' : '##[group]';
      },
    };
    expect(JSON.stringify(forOutput(entry))).toBe('{"text":"plain"}');
    expect(reads).toBe(1);
  });

  it('keeps 40 ProcessingResults of 100 KB within 25 KB of output, and 400 KB of report file', () => {
    const entries = Array.from({ length: 40 }, (_, i) => ({ accountId: String(100000000000 + i), processingResult: 'p'.repeat(100_000) }));
    expect(JSON.stringify(forOutput(entries)).length).toBeLessThan(25_000);
    expect(JSON.stringify(forReportFile(entries)).length).toBeLessThan(400_000);
  });
});

describe('JSON for outputs and the report file, without the copy where the text shows it is not needed', () => {
  const token = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
  // Every kind of string a sink treats apart, and the lengths where each bound starts.
  const texts = [
    '111111111111',
    'ap-northeast-1',
    'Enabled',
    '',
    'say "hi"',
    'back\\slash',
    'line\nbreak',
    'nul\u0000',
    'tab\t',
    'a\u202eb',
    'zero\u200bwidth',
    'caf\u00e9',
    '\u{1f600}',
    'lone \ud800',
    '\u2028',
    '##[group]x',
    '#'.repeat(2) + '[',
    '## [ not a command',
    '::set-output::x',
    'x'.repeat(22),
    'x'.repeat(23),
    'x'.repeat(500),
    'x'.repeat(501),
    'x'.repeat(8000),
    'x'.repeat(8001),
    'y'.repeat(70_000),
    token,
    `id ${token.slice(5, 28)} in the middle`,
    `short ${token.slice(5, 26)}`,
    encodeURIComponent(token),
  ];
  const values: unknown[] = [
    ...texts,
    ...texts.map((text) => ({ accountId: '111111111111', region: 'us-east-1', memberStatus: text, listed: true })),
    texts.map((text, index) => ({ index, nested: { text, list: [text, 1, null] } })),
    Object.fromEntries(texts.slice(0, 12).map((text, index) => [text, index])),
    { when: new Date(0), count: 3, ok: false, none: null, gone: undefined },
    Array.from({ length: 100 }, (_, i) => ({ accountId: String(100000000000 + i), region: 'eu-west-1', result: 'created' })),
  ];

  afterEach(() => forgetSecrets());

  it.each([
    ['no secret registered', () => {}],
    ['secrets registered', () => registerSecret(token)],
  ])('gives exactly what serialising the copy gives, with %s', (_case, setUp) => {
    setUp();
    for (const value of values) {
      expect(outputJson(value)).toBe(JSON.stringify(forOutput(value)));
      expect(reportFileJson(value)).toBe(JSON.stringify(forReportFile(value)));
    }
  });

  it('gives what the copy gives for thousands of entries of random hostile text (a seeded generator)', () => {
    registerSecret(token);
    // mulberry32: 32-bit integer steps, so the sequence is the same everywhere.
    let seed = 20261201;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
    const pieces = [
      '1',
      'a',
      ' ',
      '"',
      '\\',
      '\n',
      '\u0000',
      '\u202e',
      '\u00e9',
      '\ud83d',
      '\ude00',
      '#',
      '##',
      '[',
      ':',
      '::',
      token.slice(0, 12),
      token.slice(12),
    ];
    // Each text from one to three kinds of piece, so that every check is the one that decides for some of them.
    const text = () => {
      const kinds = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pieces[Math.floor(random() * pieces.length)]!);
      return Array.from({ length: Math.floor(random() * 8) }, () => kinds[Math.floor(random() * kinds.length)]).join('');
    };
    for (let i = 0; i < 5_000; i++) {
      const value = { accountId: text(), region: 'us-east-1', nested: [text(), { deep: text() }], count: i };
      expect(outputJson(value)).toBe(JSON.stringify(forOutput(value)));
      expect(reportFileJson([value, value])).toBe(JSON.stringify(forReportFile([value, value])));
    }
  });

  it('checks the text it writes, so a getter cannot give one thing to a check and another to the file', () => {
    for (const [first, later] of [
      ['plain', '##[group]'],
      ['##[group]', 'plain'],
      [token, 'plain'],
      ['plain', token],
    ]) {
      forgetSecrets();
      registerSecret(token);
      let reads = 0;
      const entry = {
        get text() {
          reads += 1;
          return reads === 1 ? first : later;
        },
      };
      const shown = outputJson(entry);
      expect(shown).not.toContain('##[');
      expect(shown).not.toContain(token);
    }
  });

  it('reads a plain entry once: it is not copied', () => {
    const reads: string[] = [];
    const entry = new Proxy(
      { accountId: '111111111111', region: 'eu-west-1', memberStatus: 'Enabled' },
      {
        get(target, key, receiver) {
          if (typeof key === 'string') reads.push(key);
          return Reflect.get(target, key, receiver) as unknown;
        },
      },
    );
    registerSecret(token);
    expect(reportFileJson([entry])).toBe('[{"accountId":"111111111111","region":"eu-west-1","memberStatus":"Enabled"}]');
    expect(reads.filter((key) => key !== 'toJSON')).toStrictEqual(['accountId', 'region', 'memberStatus']);
  });
});

describe('secrets in every sink', () => {
  const token = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
  const sessionToken = `IQoJb3JpZ2luX2VjE${randomBytes(300).toString('base64')}+/==`;
  beforeEach(() => {
    forgetSecrets();
    registerSecret(token);
    registerSecret(sessionToken);
  });
  afterEach(() => forgetSecrets());

  it.each([
    ['log', (text: string) => forLog(text)],
    ['log line', (text: string) => logLine(text)],
    ['annotation', (text: string) => forAnnotation(text)],
    ['annotation message', (text: string) => annotationMessage(text)],
    ['Markdown code span', (text: string) => markdownCode(text)],
    ['HTML code', (text: string) => htmlCode(text)],
    ['Markdown body', (text: string) => markdownBody(text)],
    ['output', (text: string) => JSON.stringify(forOutput({ text }))],
    ['report file', (text: string) => JSON.stringify(forReportFile({ text }))],
    ['output JSON', (text: string) => outputJson({ text })],
    ['report file JSON', (text: string) => reportFileJson([{ text }])],
  ])('removes every secret from the %s', (_sink, sink) => {
    const echoed = `Bad credentials for ${token}; header X-Amz-Security-Token: ${sessionToken}; form token=${encodeURIComponent(sessionToken)}`;
    const shown = sink(echoed);
    expect(shown).not.toContain(token);
    expect(shown).not.toContain(sessionToken);
    expect(shown).not.toContain(encodeURIComponent(sessionToken));
    expect(shown).not.toContain(sessionToken.slice(40, 80));
    expect(shown.replaceAll('&#42;', '*')).toContain('***');
  });

  it('removes a secret that straddles the cut of a long text', () => {
    const text = `${'a'.repeat(490)}${token}`;
    expect(forLog(text)).toBe(`${'a'.repeat(490)}***`);
    expect(forLog(`${'a'.repeat(480)}${sessionToken}`)).toBe(`${'a'.repeat(480)}***`);
  });
});
