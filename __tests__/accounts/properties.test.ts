import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAccountIdsInput, type AccountsResult } from '../../src/accounts/index.js';
import { parseContent } from './helpers.js';

const FILE_NAMES = ['accounts.json', 'accounts.yaml', 'accounts.csv', 'accounts.txt'] as const;
type FileName = (typeof FILE_NAMES)[number];

// Enough runs to find the usual suspects, few enough to keep the whole file to a few seconds.
const RUNS = { numRuns: 200 };

// Messages go to log lines and annotations: no control, format (bidi, zero-width), surrogate or line separator character.
const RAW_CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;

// Pieces that mean something to at least one format or to the runner, and characters that must be shown escaped.
const TOKENS = [
  ...'[]{}"\',:-#&*!|>?%@.\\ \t\n01eE',
  '\r\n',
  '\r',
  '- ',
  ': ',
  '---',
  '012345678901',
  '"accountId"',
  'accountId',
  'email',
  'accounts',
  'a@b.co',
  '::warning::',
  '<img>',
  '\u0000',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\u202e',
  '\ufeff',
  '١',
  '０',
  '😀',
  '\ud800',
  '\udc00',
];
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'binary-ascii', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 60 }),
);
const hostileContent = fc.oneof(
  hostileText.map((text) => Buffer.from(text, 'utf8')),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
);

/** The lines an editor shows for `content`: a final line break does not start another line. */
function lineCountOf(content: Buffer): number {
  const text = content.toString('latin1');
  return Math.max(1, text.split('\n').length - (text.endsWith('\n') ? 1 : 0));
}

/** Either accounts or diagnostics, every message one clean line, no internal error, every line inside the file. */
function expectWellFormed(result: AccountsResult, content?: Buffer): void {
  expect(result.accounts.length > 0 && result.diagnostics.length > 0).toBe(false);
  const lineCount = content === undefined ? 0 : lineCountOf(content);
  for (const { message, line } of result.diagnostics) {
    expect(message).not.toMatch(RAW_CONTROL);
    expect(message).not.toContain('internal error');
    if (content !== undefined && line !== undefined) {
      expect(Number.isInteger(line) && line >= 1 && line <= lineCount, `line ${line} of ${lineCount}`).toBe(true);
    }
  }
}

describe('parsing arbitrary input', () => {
  it.each(FILE_NAMES)('never fails on arbitrary bytes or text as %s', (name) => {
    fc.assert(
      fc.property(hostileContent, (content) => expectWellFormed(parseContent(content, name), content)),
      RUNS,
    );
  });

  it('never fails on an arbitrary account-ids input', () => {
    fc.assert(
      fc.property(hostileText, (text) => expectWellFormed(parseAccountIdsInput(text))),
      RUNS,
    );
  });
});

// Values full of control and invisible characters, written where each format allows them in a value.
const controlText = fc.string({
  unit: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 })),
  maxLength: 30,
});

/** An entry whose ID and email are `value`, in each format's own quoting. */
function entryWith(name: FileName, value: string): string {
  switch (name) {
    case 'accounts.json':
      return JSON.stringify([{ accountId: value, email: value }, value]);
    case 'accounts.yaml':
      // A JSON string is a valid YAML double-quoted scalar, escapes included.
      return `- accountId: ${JSON.stringify(value)}\n  email: ${JSON.stringify(value)}\n- ${JSON.stringify(value)}\n`;
    case 'accounts.csv':
      return `${csvField(value, true)},${csvField(value, true)}\n`;
    case 'accounts.txt':
      return `${value} ${value}\n${value},${value}\n`;
  }
}

describe('diagnostic messages', () => {
  it.each(FILE_NAMES)('never hold a raw line break or control character, whatever the values in %s', (name) => {
    fc.assert(
      fc.property(controlText, (value) => {
        const content = Buffer.from(entryWith(name, value), 'utf8');
        expectWellFormed(parseContent(content, name), content);
      }),
      RUNS,
    );
  });

  it('never hold a raw line break or control character, whatever the account-ids input', () => {
    fc.assert(
      fc.property(controlText, (value) => expectWellFormed(parseAccountIdsInput(value))),
      RUNS,
    );
  });
});

interface PlannedAccount {
  accountId: string;
  email?: string;
}

/** A file's text, and the line each account's ID is written on. */
interface Written {
  text: string;
  lines: number[];
}

const accountId = fc.oneof(
  fc.stringMatching(/^[0-9]{12}$/),
  // Mostly zeros: what a number would lose.
  fc.nat({ max: 999_999 }).map((value) => String(value).padStart(12, '0')),
);
const domainLabel = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/),
    fc.array(domainLabel, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('com', 'org', 'io', 'co.uk'),
  )
  .map(([local, labels, tld]) => `${local}@${labels.join('.')}.${tld}`);
const accountList = fc.uniqueArray(
  fc
    .tuple(accountId, fc.option(email, { nil: undefined }))
    .map(([id, address]): PlannedAccount => (address === undefined ? { accountId: id } : { accountId: id, email: address })),
  { selector: (account) => account.accountId, minLength: 1, maxLength: 25 },
);
const layout = fc.record({
  wrapped: fc.boolean(),
  objects: fc.boolean(),
  flow: fc.boolean(),
  header: fc.boolean(),
  quoted: fc.boolean(),
  separator: fc.constantFrom(' ', ',', ', ', '\t', '   '),
  comments: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
});
type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;

/** Lines of text; `lines` receives the 1-based line of each account as it is pushed. */
class LineWriter {
  readonly #out: string[] = [];
  readonly lines: number[] = [];

  push(text: string, isAccount = false): void {
    if (isAccount) this.lines.push(this.#out.length + 1);
    this.#out.push(text);
  }

  written(): Written {
    return { text: `${this.#out.join('\n')}\n`, lines: this.lines };
  }
}

function csvField(value: string, quoted: boolean): string {
  return quoted ? `"${value.replaceAll('"', '""')}"` : value;
}

const SERIALIZERS: Record<FileName, (accounts: PlannedAccount[], style: Layout) => Written> = {
  'accounts.json': (accounts, style) => {
    const writer = new LineWriter();
    if (style.wrapped) writer.push('{');
    writer.push(style.wrapped ? '  "accounts": [' : '[');
    accounts.forEach((account, index) => {
      const comma = index < accounts.length - 1 ? ',' : '';
      const entry =
        account.email === undefined && !style.objects
          ? JSON.stringify(account.accountId)
          : JSON.stringify({ accountId: account.accountId, ...(account.email === undefined ? {} : { email: account.email }) });
      writer.push(`    ${entry}${comma}`, true);
    });
    writer.push(style.wrapped ? '  ]' : ']');
    if (style.wrapped) writer.push('}');
    return writer.written();
  },
  'accounts.yaml': (accounts, style) => {
    const writer = new LineWriter();
    if (style.comments) writer.push('# accounts to onboard');
    if (style.wrapped) writer.push('accounts:');
    const indent = style.wrapped ? '  ' : '';
    for (const account of accounts) {
      if (account.email === undefined && !style.objects) writer.push(`${indent}- ${account.accountId}`, true);
      else if (style.flow)
        writer.push(`${indent}- {accountId: ${account.accountId}${account.email === undefined ? '' : `, email: ${account.email}`}}`, true);
      else {
        writer.push(`${indent}- accountId: ${account.accountId}`, true);
        if (account.email !== undefined) writer.push(`${indent}  email: ${account.email}`);
      }
    }
    return writer.written();
  },
  'accounts.csv': (accounts, style) => {
    const writer = new LineWriter();
    if (style.header) writer.push(`${csvField('AccountId', style.quoted)},${csvField('Email', style.quoted)}`);
    for (const { accountId: id, email: address } of accounts) {
      const cells = address === undefined ? (style.objects ? [id, ''] : [id]) : [id, address];
      writer.push(cells.map((cell) => (cell === '' ? '' : csvField(cell, style.quoted))).join(','), true);
    }
    return writer.written();
  },
  'accounts.txt': (accounts, style) => {
    const writer = new LineWriter();
    for (const { accountId: id, email: address } of accounts) {
      if (style.comments) writer.push('# next account');
      writer.push(address === undefined ? id : `${id}${style.separator}${address}`, true);
      if (style.comments) writer.push('');
    }
    return writer.written();
  },
};

describe('round trip', () => {
  it.each(FILE_NAMES)('reads back any valid account list written as %s, in order, with its lines', (name) => {
    fc.assert(
      fc.property(accountList, layout, (accounts, style) => {
        const { text, lines } = SERIALIZERS[name](accounts, style);
        const content = `${style.bom ? '\ufeff' : ''}${style.crlf ? text.replaceAll('\n', '\r\n') : text}`;
        const result = parseContent(Buffer.from(content, 'utf8'), name);
        expect(result.diagnostics).toEqual([]);
        expect(result.accounts).toEqual(
          accounts.map((account, index) => ({ ...account, origin: { kind: 'file', file: name, line: lines[index] } })),
        );
      }),
      RUNS,
    );
  });
});
