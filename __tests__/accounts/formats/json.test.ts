import { describe, expect, it } from 'vitest';
import { accountIds, parseFile, problems } from '../helpers.js';

/** Each case: the file, and the line, column and message of the one syntax error it reports. */
function expectSyntaxErrors(cases: [string, number, number, string][]): void {
  for (const [json, line, column, message] of cases) {
    expect(parseFile('accounts.json', json).diagnostics, json).toEqual([
      { message: `Invalid JSON: ${message}`, file: 'accounts.json', line, column },
    ]);
  }
}

describe('JSON accounts files', () => {
  it('reads a list of ID strings, with the line of each account', () => {
    const result = parseFile('accounts.json', '[\n  "012345678901",\n  "123456789012"\n]\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.accounts).toEqual([
      { accountId: '012345678901', origin: { kind: 'file', file: 'accounts.json', line: 2 } },
      { accountId: '123456789012', origin: { kind: 'file', file: 'accounts.json', line: 3 } },
    ]);
  });

  it('reads an accounts wrapper with object entries, placing each on the line of its accountId', () => {
    const json = [
      '{',
      '  "accounts": [',
      '    {',
      '      "accountId": "012345678901",',
      '      "email": "ops@example.com"',
      '    },',
      '    { "email": "", "accountId": "123456789012" }',
      '  ]',
      '}',
    ].join('\n');
    expect(parseFile('accounts.json', json).accounts).toEqual([
      { accountId: '012345678901', email: 'ops@example.com', origin: { kind: 'file', file: 'accounts.json', line: 4 } },
      { accountId: '123456789012', origin: { kind: 'file', file: 'accounts.json', line: 7 } },
    ]);
  });

  it('decodes string escapes', () => {
    expect(accountIds(parseFile('accounts.json', '["\\u003012345678901"]'))).toEqual(['012345678901']);
  });

  it('rejects an ID written as a number, saying to quote it because numbers lose leading zeros', () => {
    const result = parseFile('accounts.json', '[\n  12345678901,\n  {"accountId": 210987654321}\n]');
    expect(result.diagnostics).toEqual([
      {
        message:
          'Account ID 12345678901 is a JSON number: write it as a string in double quotes ("12345678901"), because a number loses leading zeros.',
        file: 'accounts.json',
        line: 2,
        column: 3,
      },
      {
        message:
          'Account ID 210987654321 is a JSON number: write it as a string in double quotes ("210987654321"), because a number loses leading zeros.',
        file: 'accounts.json',
        line: 3,
        column: 17,
      },
    ]);
    expect(result.accounts).toEqual([]);
  });

  it('rejects a number with leading zeros as a syntax error that says to quote it', () => {
    expect(parseFile('accounts.json', '[\n  012345678901\n]').diagnostics).toEqual([
      {
        message: 'Invalid JSON: a JSON number cannot start with 0, and account IDs must be strings: write "012345678901" in double quotes.',
        file: 'accounts.json',
        line: 2,
        column: 3,
      },
    ]);
  });

  it('points at a missing comma', () => {
    expect(parseFile('accounts.json', '[\n  "012345678901"\n  "123456789012"\n]').diagnostics).toEqual([
      {
        message: 'Invalid JSON: expected "," or "]" after a list item; found "\\"" (is a comma missing before it?).',
        file: 'accounts.json',
        line: 3,
        column: 3,
      },
    ]);
  });

  it('reports syntax errors with their line and column', () => {
    const cases: [string, number, number, string][] = [
      ['[\n  "012345678901",\n]', 3, 1, '"]" follows a ","; JSON allows no trailing comma, so remove it.'],
      ['{"accounts": ["012345678901"],}', 1, 31, '"}" follows a ","; JSON allows no trailing comma, so remove it.'],
      ['[\n  "012345678901\n]', 2, 3, 'this string is not closed on its line; add the closing double quote.'],
      ['[\n  "012345678901",\n  "123456789012"', 1, 1, 'the "[" opened here is never closed; the file ends first.'],
      ["['012345678901']", 1, 2, `expected a value; found "'" (JSON strings use double quotes).`],
      ['// prod\n["012345678901"]', 1, 1, 'expected a value; found "/".'],
      ['{accounts: []}', 1, 2, 'expected a key in double quotes; found "a".'],
      ['{"accounts" []}', 1, 13, 'expected ":" after the key; found "[".'],
      ['["012345678901"] x', 1, 18, 'unexpected text after the end of the document; remove it.'],
      [
        '["0123\\x45678901"]',
        1,
        7,
        'invalid escape in a string: a backslash must be followed by one of " \\ / b f n r t, or by u and four hex digits.',
      ],
      ['["0123\t45678901"]', 1, 7, 'a string holds the control character U+0009; write it as an escape (such as \\t) or remove it.'],
      ['[1.]', 1, 2, '"1." is not a valid number.'],
    ];
    expectSyntaxErrors(cases);
  });

  // Cases where a parser that reads by tokens knows only that a token is wrong (where it starts, or
  // a word it does not know); the message still says what is wrong where the document stands.
  it('says what follows a value, what ends a number and what a string holds, where the parser only knows a token is wrong', () => {
    const cases: [string, number, number, string][] = [
      ['[truex]', 1, 6, 'expected "," or "]" after a list item; found "x".'],
      ['nullx', 1, 5, 'unexpected text after the end of the document; remove it.'],
      ['["012345678901" // note\n]', 1, 17, 'expected "," or "]" after a list item; found "/".'],
      ['["012345678901"]\n/* note */', 2, 1, 'unexpected text after the end of the document; remove it.'],
      ['[1-2]', 1, 2, '"1-2" is not a valid number.'],
      ['[0123]', 1, 2, 'a JSON number cannot start with 0, and account IDs must be strings: write "0123" in double quotes.'],
      ['{"accounts": [] "x": 1}', 1, 17, 'expected "," or "}" after a value in an object; found "\\"" (is a comma missing before it?).'],
      ['[\u00a0"012345678901"]', 1, 2, 'expected a value; found "\\u00a0".'],
      ['{"accounts": {"a": ', 1, 14, 'the "{" opened here is never closed; the file ends first.'],
      ['{"a" 1}', 1, 6, 'expected ":" after the key; found "1".'],
      ['[,]', 1, 2, 'expected a value; found ",".'],
      [
        '["\\u12"]',
        1,
        3,
        'invalid escape in a string: a backslash must be followed by one of " \\ / b f n r t, or by u and four hex digits.',
      ],
      ['["ab\\', 1, 5, 'invalid escape in a string: a backslash must be followed by one of " \\ / b f n r t, or by u and four hex digits.'],
    ];
    expectSyntaxErrors(cases);
  });

  it('refuses deep nesting of objects as of lists', () => {
    expect(parseFile('accounts.json', '{"a":'.repeat(100_000)).diagnostics).toEqual([
      {
        message: 'Invalid JSON: the document is nested more than 32 levels deep; an accounts file needs at most 3.',
        file: 'accounts.json',
        line: 1,
        column: 161,
      },
    ]);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    expect(problems(parseFile('accounts.json', '['.repeat(2_000_000) + ']'.repeat(2_000_000)))).toEqual([
      { line: 1, message: 'Invalid JSON: the document is nested more than 32 levels deep; an accounts file needs at most 3.' },
    ]);
  });

  it('reports wrong entry shapes and wrong value types', () => {
    const json = [
      '[',
      '  true,',
      '  null,',
      '  {"email": "ops@example.com"},',
      '  {"accountId": "012345678901", "email": 5},',
      '  {"accountId": ["123456789012"]}',
      ']',
    ].join('\n');
    expect(problems(parseFile('accounts.json', json))).toEqual([
      { line: 2, message: 'Expected an account ID string or an object with "accountId"; found true.' },
      { line: 3, message: 'Expected an account ID string or an object with "accountId"; found an empty value.' },
      { line: 4, message: 'This entry has no "accountId": give each account object an "accountId" and, optionally, an "email".' },
      { line: 5, message: '"email" must be a string; found a number.' },
      { line: 6, message: '"accountId" must be an account ID string; found a list.' },
    ]);
  });

  it('reports a key repeated in the same object, which JSON.parse would silently drop', () => {
    expect(problems(parseFile('accounts.json', '{\n "accounts": ["012345678901"],\n "accounts": ["123456789012"]\n}'))).toEqual([
      { line: 3, message: 'The key "accounts" appears twice in the same object; keep one.' },
    ]);
  });

  it('reads an empty list, or an empty file, as no accounts', () => {
    expect(parseFile('accounts.json', '[]')).toEqual({ accounts: [], diagnostics: [] });
    expect(parseFile('accounts.json', '  \n')).toEqual({ accounts: [], diagnostics: [] });
    expect(parseFile('accounts.json', '{"accounts": null}')).toEqual({ accounts: [], diagnostics: [] });
  });
});
