import { describe, expect, it } from 'vitest';
import { parseFile, problems } from '../helpers.js';

describe('plain-text accounts files', () => {
  it('reads one account per line, with comments, blank lines and optional emails', () => {
    const text = [
      '# Production accounts',
      '012345678901',
      '',
      '123456789012 ops@example.com   # trailing comment',
      '210987654321, dev@example.com',
      '   # indented comment',
      '\t333333333333\tsec@example.com',
      '444444444444,',
    ].join('\n');
    expect(parseFile('accounts.txt', text)).toEqual({
      accounts: [
        { accountId: '012345678901', origin: { kind: 'file', file: 'accounts.txt', line: 2 } },
        { accountId: '123456789012', email: 'ops@example.com', origin: { kind: 'file', file: 'accounts.txt', line: 4 } },
        { accountId: '210987654321', email: 'dev@example.com', origin: { kind: 'file', file: 'accounts.txt', line: 5 } },
        { accountId: '333333333333', email: 'sec@example.com', origin: { kind: 'file', file: 'accounts.txt', line: 7 } },
        { accountId: '444444444444', origin: { kind: 'file', file: 'accounts.txt', line: 8 } },
      ],
      diagnostics: [],
    });
  });

  it('reads any extension other than .json, .yaml, .yml and .csv as text', () => {
    for (const name of ['accounts', 'accounts.txt', 'accounts.list', 'accounts.jsonc', '.accounts']) {
      expect(
        parseFile(name, '012345678901 # prod\n').accounts.map((account) => account.accountId),
        name,
      ).toEqual(['012345678901']);
    }
  });

  it('keeps a # that is part of an email', () => {
    expect(parseFile('accounts.txt', '012345678901 ops#1@example.com\n').accounts[0]?.email).toBe('ops#1@example.com');
  });

  it('shows stray words in the invalid-ID message, with the line and column', () => {
    expect(parseFile('accounts.txt', '012345678901\n  012345678902 production\n').diagnostics).toEqual([
      {
        message:
          'Invalid account ID "012345678902 production": expected exactly 12 digits (0-9), found a space in it. Fix or remove this entry.',
        file: 'accounts.txt',
        line: 2,
        column: 3,
      },
    ]);
  });

  it('places an email problem at the email', () => {
    expect(parseFile('accounts.txt', '012345678901,  ops@example\n').diagnostics).toEqual([
      {
        message:
          'Invalid email "ops@example": the domain after the "@" has no dot. Write a plain address such as name@example.com, or leave the email out.',
        file: 'accounts.txt',
        line: 1,
        column: 16,
      },
    ]);
  });

  it('reads a file with only comments as no accounts', () => {
    expect(problems(parseFile('accounts.txt', '# none yet\n\n'))).toEqual([]);
  });
});
