import { describe, expect, it } from 'vitest';
import { decodeAccountsText } from '../../../src/accounts/formats/decode.js';
import { DiagnosticList } from '../../../src/accounts/diagnostics.js';
import { parseFile, problems } from '../helpers.js';

const BOM = '\ufeff';
const NOT_TEXT = 'accounts-file must name a UTF-8 text file (.json, .yaml, .yml, .csv, or one account per line).';

/** The same two accounts, on lines 2 and 4, in each format. */
const SAMPLES: Record<string, string> = {
  'accounts.txt': '# accounts\n012345678901 ops@example.com\n\n123456789012\n',
  'accounts.csv': 'AccountId,Email\n012345678901,"ops@example.com"\n\n123456789012\n',
  'accounts.yaml': 'accounts:\n  - accountId: 012345678901\n    email: ops@example.com\n  - "123456789012"\n',
  'accounts.json': '[\n  {"accountId": "012345678901", "email": "ops@example.com"},\n\n  "123456789012"\n]\n',
};

describe('encodings and line endings', () => {
  it.each(Object.entries(SAMPLES))('reads %s the same with CRLF line endings and a UTF-8 BOM', (name, content) => {
    const plain = parseFile(name, content);
    const windows = parseFile(name, BOM + content.replaceAll('\n', '\r\n'));
    expect(plain.diagnostics).toEqual([]);
    expect(windows).toEqual(plain);
    expect(windows.accounts.map((account) => [account.accountId, account.email, account.origin])).toEqual([
      ['012345678901', 'ops@example.com', { kind: 'file', file: name, line: 2 }],
      ['123456789012', undefined, { kind: 'file', file: name, line: 4 }],
    ]);
  });

  it.each(Object.keys(SAMPLES))('keeps line numbers right in %s errors after CRLF and a BOM', (name) => {
    const result = parseFile(name, `${BOM}${SAMPLES[name]}`.replaceAll('\n', '\r\n').replace('123456789012', '12345678901'));
    expect(result.diagnostics.map((diagnostic) => diagnostic.line)).toEqual([4]);
  });

  it.each(Object.keys(SAMPLES))('refuses NUL bytes in %s as not text, once, with the line', (name) => {
    const content = Buffer.concat([Buffer.from('012345678901\n123456789012\n'), Buffer.from([0x31, 0x00, 0x32, 0x00, 0x0a, 0x00])]);
    expect(problems(parseFile(name, content))).toEqual([
      { line: 3, message: `The file does not look like text: this line contains a NUL byte. ${NOT_TEXT}` },
    ]);
  });

  it('refuses binary content such as an image', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(problems(parseFile('accounts.txt', png))).toEqual([
      { line: 2, message: `The file does not look like text: this line contains the control character U+001A. ${NOT_TEXT}` },
    ]);
  });

  it('refuses invalid UTF-8, naming the first bad line', () => {
    const latin1 = Buffer.concat([Buffer.from('012345678901\n'), Buffer.from('123456789012,jos\xe9@example.com\n', 'latin1')]);
    expect(problems(parseFile('accounts.csv', latin1))).toEqual([
      { line: 2, message: `The file does not look like text: this line is not valid UTF-8. ${NOT_TEXT} If it is text, save it as UTF-8.` },
    ]);
  });

  it('accepts UTF-8 text beyond ASCII', () => {
    expect(parseFile('accounts.txt', '# Comptes de l’équipe sécurité\n012345678901 josé@exämple.com\n').diagnostics).toEqual([]);
  });

  it('says to save a UTF-16 file as UTF-8', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('012345678901\n', 'utf16le')]);
    expect(parseFile('accounts.txt', utf16).diagnostics).toEqual([
      { message: 'The file is encoded as UTF-16; save it as UTF-8.', file: 'accounts.txt' },
    ]);
  });

  it('refuses old Mac line endings rather than read the file as one line', () => {
    expect(problems(parseFile('accounts.txt', '012345678901\r123456789012\r'))).toEqual([
      { line: 1, message: 'This line ends in a lone carriage return (\\r); save the file with LF or CRLF line endings.' },
    ]);
  });

  it('hands every format the text without its BOM and with LF line endings only', () => {
    const diagnostics = new DiagnosticList({ file: 'accounts.csv' });
    expect(decodeAccountsText(Buffer.from('\ufeff"0123\r\n45",a\r\n\r\n'), diagnostics)).toBe('"0123\n45",a\n\n');
    expect(diagnostics.isEmpty).toBe(true);
  });

  it('reads a file holding only a BOM as no accounts', () => {
    expect(parseFile('accounts.yaml', BOM)).toEqual({ accounts: [], diagnostics: [] });
  });
});
