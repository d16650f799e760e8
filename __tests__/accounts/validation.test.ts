import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/accounts/index.js';
import { accountIds, manyAccountIds, parseFile, problems } from './helpers.js';

const idMessage = (shown: string, found: string): string =>
  `Invalid account ID ${shown}: expected exactly 12 digits (0-9), ${found}. Fix or remove this entry.`;
const emailMessage = (shown: string, problem: string): string =>
  `Invalid email ${shown}: ${problem}. Write a plain address such as name@example.com, or leave the email out.`;

describe('account ID rules', () => {
  it('accepts exactly 12 ASCII digits and nothing else', () => {
    const text = [
      '012345678901',
      '01234567890',
      '0123456789012',
      '٠١٢٣٤٥٦٧٨٩٠١',
      '０１２３４５６７８９０１',
      '0123-4567-8901',
      '0123\u200b45678901',
      'abc',
    ].join('\n');
    expect(problems(parseFile('accounts.txt', text))).toEqual([
      { line: 2, message: idMessage('"01234567890"', 'found 11 digits (spreadsheets drop leading zeros; add them back)') },
      { line: 3, message: idMessage('"0123456789012"', 'found 13 digits') },
      { line: 4, message: idMessage('"٠١٢٣٤٥٦٧٨٩٠١"', 'found the non-ASCII digit "٠" (U+0660); type it with the digits 0-9') },
      { line: 5, message: idMessage('"０１２３４５６７８９０１"', 'found the non-ASCII digit "０" (U+FF10); type it with the digits 0-9') },
      { line: 6, message: idMessage('"0123-4567-8901"', 'found dashes; write it as 012345678901') },
      { line: 7, message: idMessage('"0123\\u200b45678901"', 'found the invisible character U+200B in it') },
      { line: 8, message: idMessage('"abc"', 'found "a" in it') },
    ]);
  });

  it('names a character beyond the BMP whole, not by half its surrogate pair', () => {
    expect(problems(parseFile('accounts.txt', '😀12345678901\n0123456789𝟎𝟏\n'))).toEqual([
      { line: 1, message: idMessage('"😀12345678901"', 'found "😀" in it') },
      { line: 2, message: idMessage('"0123456789𝟎𝟏"', 'found the non-ASCII digit "𝟎" (U+1D7CE); type it with the digits 0-9') },
    ]);
  });

  it('reports a space inside an ID', () => {
    expect(problems(parseFile('accounts.json', '["0123 4567 8901"]'))).toEqual([
      { line: 1, message: idMessage('"0123 4567 8901"', 'found a space in it') },
    ]);
  });
});

describe('email rules', () => {
  it('accepts a plausible address, and reports each implausible one with what is wrong', () => {
    const json = JSON.stringify(
      [
        { accountId: '000000000001', email: 'ops.team+aws@mail.example.co.uk' },
        { accountId: '000000000002', email: 'ops@example.com\nInjected: yes' },
        { accountId: '000000000003', email: '<img src=x onerror=alert(1)>' },
        { accountId: '000000000004', email: '<ops@example.com>' },
        { accountId: '000000000005', email: 'ops @example.com' },
        { accountId: '000000000006', email: 'ops.example.com' },
        { accountId: '000000000007', email: 'ops@@example.com' },
        { accountId: '000000000008', email: '@example.com' },
        { accountId: '000000000009', email: 'ops@localhost' },
        { accountId: '000000000010', email: 'ops@example..com' },
        { accountId: '000000000011', email: 'ops@example.com\u202e' },
        { accountId: '000000000012', email: `${'a'.repeat(243)}@example.com` },
      ],
      null,
      1,
    );
    const result = parseFile('accounts.json', json);
    expect(result.diagnostics.map(({ message }) => message)).toEqual([
      emailMessage('"ops@example.com\\nInjected: yes"', 'it contains a line break'),
      emailMessage('"<img src=x onerror=alert(1)>"', 'it contains a space'),
      emailMessage('"<ops@example.com>"', 'it contains "<"'),
      emailMessage('"ops @example.com"', 'it contains a space'),
      emailMessage('"ops.example.com"', 'it has no "@"'),
      emailMessage('"ops@@example.com"', 'it has more than one "@"'),
      emailMessage('"@example.com"', 'nothing comes before the "@"'),
      emailMessage('"ops@localhost"', 'the domain after the "@" has no dot'),
      emailMessage('"ops@example..com"', 'the domain after the "@" has an empty part (check the dots)'),
      emailMessage('"ops@example.com\\u202e"', 'it contains the invisible character U+202E'),
      emailMessage(`"${'a'.repeat(40)}…"`, 'it is longer than 254 characters'),
    ]);
    // Each problem is placed on the line of the email in the file.
    expect(result.diagnostics[0]?.line).toBe(json.split('\n').findIndex((line) => line.includes('Injected')) + 1);
    expect(result.accounts).toEqual([]);
  });

  it('accepts an email of exactly 254 characters', () => {
    const email = `${'a'.repeat(242)}@example.com`;
    expect(email).toHaveLength(254);
    expect(parseFile('accounts.csv', `012345678901,${email}`).diagnostics).toEqual([]);
  });
});

describe('duplicates', () => {
  it('names both lines of an account listed twice, in every format', () => {
    const files: [string, string][] = [
      ['accounts.txt', '012345678901\n123456789012\n\n# again\n012345678901 ops@example.com\n'],
      ['accounts.csv', '012345678901\n123456789012\n\n\n012345678901,ops@example.com\n'],
      ['accounts.yaml', '- "012345678901"\n- "123456789012"\n\n\n- accountId: "012345678901"\n  email: ops@example.com\n'],
      ['accounts.json', '[\n  "012345678901",\n  "123456789012",\n\n  {"accountId": "012345678901"}\n]'],
    ];
    for (const [name, content] of files) {
      const expectedLines = name === 'accounts.json' ? 'lines 2 and 5' : 'lines 1 and 5';
      expect(problems(parseFile(name, content)), name).toEqual([
        { line: 5, message: `Account 012345678901 is listed twice, on ${expectedLines}; remove one.` },
      ]);
    }
  });

  it('says so when both are on the same line', () => {
    expect(problems(parseFile('accounts.json', '["012345678901", "012345678901"]'))).toEqual([
      { line: 1, message: 'Account 012345678901 is listed twice on line 1; remove one.' },
    ]);
  });
});

describe('limits', () => {
  it(`accepts ${LIMITS.maxAccounts} accounts and refuses one more, on the line of the one too many`, () => {
    const ids = manyAccountIds(LIMITS.maxAccounts + 1);
    const atLimit = parseFile('accounts.txt', ids.slice(0, -1).join('\n'));
    expect(atLimit.diagnostics).toEqual([]);
    expect(atLimit.accounts).toHaveLength(10_000);

    expect(problems(parseFile('accounts.txt', `# header\n${ids.join('\n')}`))).toEqual([
      {
        line: 10_002,
        message:
          "Too many accounts: this is account number 10001, and a run onboards at most 10000. Split the accounts across several files and run the action once per file (with remove-absent off: each run would remove the other files' accounts).",
      },
    ]);
  });

  it('counts an account listed twice once towards the limit', () => {
    const ids = manyAccountIds(LIMITS.maxAccounts);
    const result = parseFile('accounts.txt', [...ids, ids[0]].join('\n'));
    expect(problems(result)).toEqual([
      { line: 10_001, message: 'Account 000000000000 is listed twice, on lines 1 and 10001; remove one.' },
    ]);
  });

  it('keeps the first 100 diagnostics and says how many more were left out', () => {
    const result = parseFile('accounts.txt', Array(250).fill('nope').join('\n'));
    expect(result.diagnostics).toHaveLength(101);
    expect(result.diagnostics[99]?.line).toBe(100);
    expect(result.diagnostics[100]).toEqual({
      message: '150 more problems were not shown; fix the problems above and run again to see the rest.',
      file: 'accounts.txt',
    });
  });

  it('returns no accounts from a file with any problem, so a partial list cannot be onboarded', () => {
    const result = parseFile('accounts.txt', '012345678901\nnope\n');
    expect(result.diagnostics).toHaveLength(1);
    expect(accountIds(result)).toEqual([]);
  });
});
