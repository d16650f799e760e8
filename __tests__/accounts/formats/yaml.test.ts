import { describe, expect, it } from 'vitest';
import { accountIds, parseFile, problems } from '../helpers.js';

describe('YAML accounts files', () => {
  it('keeps an unquoted 12-digit ID with leading zeros exactly as written', () => {
    const result = parseFile('accounts.yaml', '- 012345678901\n- 000000000007\n');
    expect(result.diagnostics).toEqual([]);
    expect(accountIds(result)).toEqual(['012345678901', '000000000007']);
  });

  it('reads an accounts: list of objects with emails, with the line of each account', () => {
    const yaml = [
      '# production accounts',
      'accounts:',
      '  - accountId: 012345678901',
      '    email: ops@example.com',
      '  - accountId: "123456789012"',
      "  - '210987654321'",
    ].join('\n');
    expect(parseFile('config/accounts.yml', yaml)).toEqual({
      accounts: [
        { accountId: '012345678901', email: 'ops@example.com', origin: { kind: 'file', file: 'config/accounts.yml', line: 3 } },
        { accountId: '123456789012', origin: { kind: 'file', file: 'config/accounts.yml', line: 5 } },
        { accountId: '210987654321', origin: { kind: 'file', file: 'config/accounts.yml', line: 6 } },
      ],
      diagnostics: [],
    });
  });

  it('picks the format from the extension whatever its case', () => {
    expect(accountIds(parseFile('ACCOUNTS.YML', 'accounts: [012345678901]'))).toEqual(['012345678901']);
  });

  it('reads YAML values that other schemas would turn into numbers as text, and says what is wrong', () => {
    const result = parseFile('accounts.yaml', '- 0x1F\n- 1.23457E+11\n- 12345678901\n');
    expect(problems(result)).toEqual([
      { line: 1, message: 'Invalid account ID "0x1F": expected exactly 12 digits (0-9), found "x" in it. Fix or remove this entry.' },
      {
        line: 2,
        message:
          'Invalid account ID "1.23457E+11": expected exactly 12 digits (0-9), found a number in scientific notation ' +
          '(a spreadsheet reformatted it; format the column as text). Fix or remove this entry.',
      },
      {
        line: 3,
        message:
          'Invalid account ID "12345678901": expected exactly 12 digits (0-9), found 11 digits ' +
          '(spreadsheets drop leading zeros; add them back). Fix or remove this entry.',
      },
    ]);
    expect(result.accounts).toEqual([]);
  });

  it('treats an empty or null email as no email', () => {
    const result = parseFile('accounts.yaml', '- accountId: "012345678901"\n  email: ~\n- accountId: "123456789012"\n  email:\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.accounts.map((account) => account.email)).toEqual([undefined, undefined]);
  });

  it('names an unknown key in an entry, and the allowed ones', () => {
    const result = parseFile('accounts.yaml', '- accountId: "012345678901"\n  AccountId: "123456789012"\n  name: prod\n');
    expect(problems(result)).toEqual([
      { line: 2, message: 'Unknown key "AccountId" (did you mean "accountId"?); the allowed keys are "accountId" and "email".' },
      { line: 3, message: 'Unknown key "name"; the allowed keys are "accountId" and "email".' },
    ]);
  });

  it('names an unknown top-level key', () => {
    const result = parseFile('accounts.yaml', 'Accounts:\n  - "012345678901"\n');
    expect(problems(result)).toEqual([
      { line: 1, message: 'Unknown key "Accounts" (did you mean "accounts"?); the allowed key is "accounts".' },
      {
        line: 1,
        message: 'The object has no "accounts" key: put the accounts in a list under "accounts", or make the whole file a list.',
      },
    ]);
  });

  it('reports a key given twice in an entry', () => {
    const result = parseFile('accounts.yaml', '- accountId: "012345678901"\n  accountId: "123456789012"\n');
    expect(problems(result)).toEqual([{ line: 2, message: 'The key "accountId" appears twice in the same object; keep one.' }]);
  });

  it('reports an entry without accountId, a nested list, and a non-list document', () => {
    expect(problems(parseFile('accounts.yaml', '- email: ops@example.com\n- - "012345678901"\n'))).toEqual([
      { line: 1, message: 'This entry has no "accountId": give each account object an "accountId" and, optionally, an "email".' },
      { line: 2, message: 'Expected an account ID string or an object with "accountId"; found a list.' },
    ]);
    expect(problems(parseFile('accounts.yaml', '012345678901\n'))).toEqual([
      { line: 1, message: 'Expected a list of accounts, or an object with an "accounts" list; found a string.' },
    ]);
    expect(problems(parseFile('accounts.yaml', 'accounts: "012345678901"\n'))).toEqual([
      { line: 1, message: '"accounts" must be a list of accounts; found a string.' },
    ]);
  });

  it('refuses anchors and aliases, on their lines', () => {
    const result = parseFile('accounts.yaml', 'accounts:\n  - &prod "012345678901"\n  - *prod\n');
    expect(problems(result)).toEqual([
      { line: 2, message: 'YAML anchors (&name) are not allowed in an accounts file; write each value out in full.' },
      { line: 3, message: 'YAML aliases (*name) are not allowed in an accounts file; write each value out in full.' },
    ]);
    expect(result.accounts).toEqual([]);
  });

  it('refuses tags, standard and custom', () => {
    const result = parseFile('accounts.yaml', '- !!str 012345678901\n- !account 123456789012\n');
    expect(result.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.column])).toEqual([
      [1, 3],
      [2, 3],
    ]);
    expect(result.diagnostics[0]?.message).toBe(
      'YAML tags (such as !!str or !custom) are not allowed in an accounts file; remove the tag, and quote the value if it must stay text.',
    );
  });

  it('does not mistake & or * inside quoted or block text for anchors and aliases', () => {
    const result = parseFile('accounts.yaml', '- accountId: "012345678901"\n  email: "a&b@example.com"\n- |\n  *not-an-alias\n');
    expect(problems(result)).toEqual([
      {
        line: 3,
        message:
          'Invalid account ID "*not-an-alias\\n": expected exactly 12 digits (0-9), found a line break in it. Fix or remove this entry.',
      },
    ]);
  });

  it('answers an alias bomb quickly, with a diagnostic', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [previous, name] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'g'],
      ['g', 'h'],
      ['h', 'i'],
    ]) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const started = performance.now();
    const result = parseFile('bomb.yaml', levels.join('\n'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.accounts).toEqual([]);
    expect(result.diagnostics[0]?.message).toMatch(/^YAML anchors \(&name\) are not allowed/);
  });

  it('refuses deep nesting before building the document', () => {
    const started = performance.now();
    const result = parseFile('deep.yaml', '['.repeat(1_000_000));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(problems(result)).toEqual([
      { line: 1, message: 'Invalid YAML: the document is nested more than 32 levels deep; an accounts file needs at most 3.' },
    ]);
    expect(problems(parseFile('dashes.yaml', '- '.repeat(100) + '"012345678901"'))[0]?.message).toMatch(/nested more than 32 levels/);
  });

  it('refuses a file with more items than 10,000 accounts can need, before building it', () => {
    const keys = Array.from({ length: 50_000 }, (_, index) => `key${index}: value`).join('\n');
    const result = parseFile('keys.yaml', keys);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]?.message).toMatch(/^The YAML is bigger than 10000 accounts, the most a run onboards, can need/);
  });

  it('refuses a bracket that closes nothing, or closes the other kind, on its line, before parsing', () => {
    expect(problems(parseFile('accounts.yaml', 'accounts: [012345678901]]\n'))).toEqual([
      { line: 1, message: 'Invalid YAML: this ] closes no [; remove it.' },
    ]);
    expect(problems(parseFile('accounts.yaml', 'accounts:\n  - {accountId: "012345678901"]\n'))).toEqual([
      { line: 2, message: 'Invalid YAML: this ] comes where the open { needs its }; close each bracket with its own kind.' },
    ]);
  });

  it('answers quickly a file of values a document cannot hold, which the parser makes an error of each', () => {
    const started = performance.now();
    const result = parseFile('flood.yaml', '[a]\n'.repeat(1_300_000));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(problems(result)).toEqual([
      {
        line: 30051,
        message:
          'The YAML is bigger than 10000 accounts, the most a run onboards, can need (too many items, keys, values or lines). ' +
          'Check that accounts-file names the accounts file, or split the accounts across several files and runs.',
      },
    ]);
  });

  it('refuses more directives than a file can use', () => {
    expect(problems(parseFile('accounts.yaml', '%\n'.repeat(1_000_000)))).toEqual([
      { line: 11, message: 'Invalid YAML: the file has more than 10 directives (lines starting with %); an accounts file needs none.' },
    ]);
  });

  it('reports a syntax error with its line and column, in its own words and without the source excerpt', () => {
    const result = parseFile('accounts.yaml', 'accounts:\n  - "012345678901\n  - "123456789012"\n');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ file: 'accounts.yaml', line: 2 });
    expect(result.diagnostics[0]?.message).toMatch(/^Invalid YAML: /);
    expect(result.diagnostics[0]?.message).not.toContain('\n');
  });

  it('reports an unclosed quote on the line that opens it, not where the file ends', () => {
    const yaml = 'accounts:\n  - 012345678901\n  - "123456789012\n  - 210987654321\n';
    expect(problems(parseFile('accounts.yaml', yaml))).toEqual([
      {
        line: 3,
        message:
          'Invalid YAML: the " opened on this line is never closed, so everything after it was read as one value; add the closing ".',
      },
    ]);
    expect(problems(parseFile('accounts.yaml', "- '012345678901\n\n"))).toEqual([
      {
        line: 1,
        message:
          "Invalid YAML: the ' opened on this line is never closed, so everything after it was read as one value; add the closing '.",
      },
    ]);
  });

  it('reports an unclosed bracket on the line that opens it, not after the last line', () => {
    expect(problems(parseFile('accounts.yaml', 'accounts: [\n'))).toEqual([
      {
        line: 1,
        message:
          'Invalid YAML: the [ opened on this line is not closed; indent the lines inside it further than this line, and end it with ].',
      },
    ]);
    expect(problems(parseFile('accounts.yaml', '{accounts: [\n  "012345678901"\n\n'))).toEqual([
      { line: 1, message: 'Invalid YAML: the { opened on this line is never closed; add the closing }.' },
      {
        line: 1,
        message:
          'Invalid YAML: the [ opened on this line is not closed; indent the lines inside it further than this line, and end it with ].',
      },
    ]);
  });

  it('shows any other error at the end of the file on its last line with content', () => {
    expect(problems(parseFile('accounts.yaml', '%YAML 1.2\n\n\n'))).toEqual([
      { line: 1, message: 'Invalid YAML: Missing directives-end indicator line.' },
    ]);
  });

  it('refuses several documents in one file', () => {
    const result = parseFile('accounts.yaml', '- "012345678901"\n---\n- "123456789012"\n');
    expect(problems(result)).toEqual([
      { line: 2, message: 'Invalid YAML: the file holds more than one YAML document ("---"); put all accounts in one document.' },
    ]);
  });

  it('lists no accounts, without a problem, when the file is empty or only comments', () => {
    expect(parseFile('accounts.yaml', '# nothing yet\n')).toEqual({ accounts: [], diagnostics: [] });
    expect(parseFile('accounts.yaml', 'accounts:\n')).toEqual({ accounts: [], diagnostics: [] });
  });
});
