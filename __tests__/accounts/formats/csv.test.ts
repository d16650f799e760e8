import { describe, expect, it } from 'vitest';
import { accountIds, parseFile, problems } from '../helpers.js';

describe('CSV accounts files', () => {
  it('reads AccountId,Email rows without a header, as AWS multi-account scripts write them', () => {
    const result = parseFile('accounts.csv', '012345678901,ops@example.com\n123456789012\n');
    expect(result).toEqual({
      accounts: [
        { accountId: '012345678901', email: 'ops@example.com', origin: { kind: 'file', file: 'accounts.csv', line: 1 } },
        { accountId: '123456789012', origin: { kind: 'file', file: 'accounts.csv', line: 2 } },
      ],
      diagnostics: [],
    });
  });

  it('skips a header row whatever its case or spacing', () => {
    for (const header of ['AccountId,Email', 'account_id,email', 'ACCOUNT ID,EMAIL', 'Account,Email address']) {
      const result = parseFile('accounts.csv', `${header}\n012345678901,ops@example.com\n`);
      expect(result.diagnostics, header).toEqual([]);
      expect(result.accounts[0]?.origin, header).toEqual({ kind: 'file', file: 'accounts.csv', line: 2 });
    }
  });

  it('treats only the first row as a possible header', () => {
    expect(problems(parseFile('accounts.csv', '012345678901\nAccountId,Email\n'))).toEqual([
      { line: 2, message: 'Invalid account ID "AccountId": expected exactly 12 digits (0-9), found "A" in it. Fix or remove this entry.' },
      { line: 2, message: 'Invalid email "Email": it has no "@". Write a plain address such as name@example.com, or leave the email out.' },
    ]);
  });

  it('says how to name the columns of a header it does not recognise', () => {
    expect(problems(parseFile('accounts.csv', 'Name,Email\n012345678901\n'))).toEqual([
      {
        line: 1,
        message:
          'This first row looks like a header, but its first column, "Name", is not an account ID column; name it AccountId, or remove the row.',
      },
    ]);
  });

  it('unquotes RFC 4180 fields, and keeps a quoted comma inside the email it belongs to', () => {
    expect(parseFile('accounts.csv', '"012345678901","ops@example.com"\n').accounts[0]).toMatchObject({
      accountId: '012345678901',
      email: 'ops@example.com',
    });
    expect(problems(parseFile('accounts.csv', '012345678901,"Ops, Team <ops@example.com>"\n'))).toEqual([
      {
        line: 1,
        message:
          'Invalid email "Ops, Team <ops@example.com>": it contains a space. Write a plain address such as name@example.com, or leave the email out.',
      },
    ]);
  });

  it('ignores blank lines, rows of empty cells, spaces around cells and trailing empty cells', () => {
    const csv = 'AccountId,Email\n\n  012345678901 , ops@example.com \n,,\n   \n123456789012,,\n';
    const result = parseFile('accounts.csv', csv);
    expect(result.diagnostics).toEqual([]);
    expect(result.accounts.map((account) => [account.accountId, account.email, account.origin])).toEqual([
      ['012345678901', 'ops@example.com', { kind: 'file', file: 'accounts.csv', line: 3 }],
      ['123456789012', undefined, { kind: 'file', file: 'accounts.csv', line: 6 }],
    ]);
  });

  it('reports extra columns', () => {
    expect(problems(parseFile('accounts.csv', '012345678901,ops@example.com,Production\n'))).toEqual([
      { line: 1, message: 'This row has 3 columns; expected the account ID and, optionally, the email. Remove the extra columns.' },
    ]);
  });

  it('reports a missing account ID', () => {
    expect(problems(parseFile('accounts.csv', ',ops@example.com\n'))).toEqual([
      { line: 1, message: 'Invalid account ID "": expected exactly 12 digits (0-9), found nothing. Fix or remove this entry.' },
    ]);
  });

  it('reports an unbalanced quote on the line that opens it, after checking the rows before it', () => {
    const csv = '12345678901,ops@example.com\n\n"012345678901,dev@example.com\n123456789012\n';
    expect(problems(parseFile('accounts.csv', csv))).toEqual([
      {
        line: 1,
        message:
          'Invalid account ID "12345678901": expected exactly 12 digits (0-9), found 11 digits (spreadsheets drop leading zeros; add them back). Fix or remove this entry.',
      },
      {
        line: 3,
        message:
          'Invalid CSV: the quote opened on this line is never closed; a quoted value must close on its line, and a " inside it is written as "". Lines after it were not read.',
      },
    ]);
  });

  it('reports text after a closing quote, and a quote inside an unquoted value, on their lines', () => {
    expect(problems(parseFile('accounts.csv', '012345678901\n"123456789012"x,ops@example.com\n'))).toEqual([
      {
        line: 2,
        message:
          'Invalid CSV: text follows a closing quote; a quoted value must close on its line, and a " inside it is written as "". Lines after this one were not read.',
      },
    ]);
    expect(problems(parseFile('accounts.csv', '012345678901\n"123456789012"  x,ops@example.com\n'))).toEqual([
      {
        line: 2,
        message:
          'Invalid CSV: text follows a closing quote; a quoted value must close on its line, and a " inside it is written as "". Lines after this one were not read.',
      },
    ]);
    expect(problems(parseFile('accounts.csv', '012345678901\n123456789012,o"ps@example.com\n'))).toEqual([
      {
        line: 2,
        message:
          'Invalid CSV: a " appears inside an unquoted value; quote the whole value, and write a " inside it as "". Lines after this one were not read.',
      },
    ]);
  });

  it('refuses a line longer than any row needs before parsing, since the parser takes seconds over it', () => {
    const started = performance.now();
    const result = parseFile('accounts.csv', `012345678901\n${',a'.repeat(2_500_000)}\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems(result)).toEqual([
      {
        line: 2,
        message:
          'This line is 5000000 characters long; a row with an account ID and an email needs fewer than 1024. Check that accounts-file names the accounts file.',
      },
    ]);
  });

  it('refuses more rows than 10,000 accounts need before parsing, since the parser makes an error object of each uneven row', () => {
    const started = performance.now();
    const result = parseFile('accounts.csv', `x\n${',x\n\n'.repeat(1_000_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems(result)).toEqual([
      {
        line: 60200,
        message:
          'The CSV has more than 30100 rows, more than 10000 accounts, the most a run onboards, can need. ' +
          'Check that accounts-file names the accounts file, or split the accounts across several files and runs.',
      },
    ]);
  });

  it('places a row whose quoted value spans lines on the line where it starts', () => {
    const result = parseFile('accounts.csv', '012345678901\n"123456789012\n",ops@example.com\n210987654321\n');
    expect(problems(result)).toEqual([
      {
        line: 2,
        message:
          'Invalid account ID "123456789012\\n": expected exactly 12 digits (0-9), found a line break in it. Fix or remove this entry.',
      },
    ]);
    expect(accountIds(parseFile('accounts.csv', '"012345678901"\n"12345678901\n2"\n210987654321\n'))).toEqual([]);
  });
});
