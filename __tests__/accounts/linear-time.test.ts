// Every reader is linear in its input. Timings are the benchmark's job (npm run bench); these tests
// pin what the worst inputs give, prove the rewritten scanners equal the patterns they replace,
// and check that the lint rule which keeps super-linear patterns out of src/ is in force.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, parseAccountIdsInput } from '../../src/accounts/index.js';
import type { FileEntry } from '../../src/accounts/collector.js';
import { textEntries } from '../../src/accounts/formats/text.js';
import { parseFile, problems } from './helpers.js';

/** The plain-text line reader as it was, with the patterns that backtracked: the oracle for the scanner. */
function patternEntries(text: string): FileEntry[] {
  const entries: FileEntry[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const content = raw.split(/(?:^|\s)#/, 1)[0] ?? '';
    const idStart = content.search(/\S/);
    if (idStart === -1) return;
    const at = { line, column: idStart + 1 };
    const comma = content.indexOf(',');
    if (comma !== -1) {
      const rest = content.slice(comma + 1);
      const email = rest.trim();
      if (email === '') entries.push({ accountId: content.slice(0, comma).trim(), at });
      else entries.push({ accountId: content.slice(0, comma).trim(), at, email, emailAt: { line, column: comma + 2 + rest.search(/\S/) } });
      return;
    }
    const trailing = /\s(\S*@\S*)\s*$/.exec(content);
    if (trailing?.[1] === undefined) entries.push({ accountId: content.trim(), at });
    else
      entries.push({
        accountId: content.slice(0, trailing.index).trim(),
        at,
        email: trailing[1],
        emailAt: { line, column: trailing.index + 2 },
      });
  });
  return entries;
}

describe('the plain-text reader', () => {
  // Every character that matters to it, and the Unicode spaces that JavaScript's \s and trim() know.
  const unit = fc.constantFrom(
    '0',
    '1',
    '@',
    '#',
    ',',
    ' ',
    '\t',
    '\n',
    '\r',
    '\v',
    'a',
    '.',
    '\u00a0',
    '\u2028',
    '\u3000',
    '\ufeff',
    '\u200b',
    '\u180e',
    'é',
  );

  it('splits every line into ID, email and columns exactly as the patterns it replaced did', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect([...textEntries(text)]).toEqual(patternEntries(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('never quotes more of a long invalid line than the bounded excerpt of the part that is wrong', () => {
    const secret = 'ghp_' + 'S'.repeat(200);
    const result = parseFile(
      'accounts.txt',
      `url = https://x-access-token:${secret}@github.com/o/r\n012345678901 ${'x'.repeat(300)}@${secret}.example\n`,
    );
    expect(result.accounts).toEqual([]);
    for (const { message } of result.diagnostics) {
      const quoted = /"((?:[^"\\]|\\.)*)"/.exec(message)?.[1] ?? '';
      expect(quoted.length, message).toBeLessThanOrEqual(41);
      expect(message).not.toContain('S'.repeat(41));
    }
  });
});

describe('the account-ids input', () => {
  it('refuses an input longer than any list of 10,000 IDs can be, before splitting it', () => {
    const result = parseAccountIdsInput('@'.repeat(LIMITS.maxInputChars + 1));
    expect(result).toEqual({
      accounts: [],
      diagnostics: [
        {
          message:
            'account-ids: The input is 1048577 characters long; 10000 account IDs, the most a run onboards, need fewer than 1048576. Check what the workflow passes to account-ids, or list the accounts in accounts-file.',
        },
      ],
    });
  });

  it.each<[string, string, number]>([
    ['one item of @ just under the limit', '@'.repeat(LIMITS.maxInputChars - 1), 1],
    ['separators only', ', \n\t'.repeat(LIMITS.maxInputChars / 4), 0],
    ['half a million one-character items', '@ '.repeat(LIMITS.maxInputChars / 2 - 1), 101],
  ])('answers %s with the bounded diagnostics', (_name, value, count) => {
    const result = parseAccountIdsInput(value);
    expect(result.accounts).toEqual([]);
    expect(result.diagnostics).toHaveLength(count);
    if (count === 101)
      expect(result.diagnostics.at(-1)?.message).toBe(
        'account-ids: 524187 more problems were not shown; fix the problems above and run again to see the rest.',
      );
  });

  it('still reads 10,000 IDs', () => {
    const ids = Array.from({ length: 10_000 }, (_, index) => String(index).padStart(12, '0'));
    expect(parseAccountIdsInput(ids.join('\n')).accounts).toHaveLength(10_000);
  });
});

describe('the CSV header check', () => {
  it('takes a long first cell of letters ending in a digit as an ID, not a header', () => {
    const result = parseFile('accounts.csv', `${'a'.repeat(1000)}1\n012345678901\n`);
    expect(problems(result)).toEqual([
      {
        line: 1,
        message: `Invalid account ID "${'a'.repeat(40)}…": expected exactly 12 digits (0-9), found "a" in it. Fix or remove this entry.`,
      },
    ]);
  });

  it('decides header rows as the pattern it replaced did', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '1', '_', ' ', 'é', '-'), maxLength: 12 }), (cell) => {
        const header = /^[^0-9]*[A-Za-z][^0-9]*$/.test(cell);
        expect(!/[0-9]/.test(cell) && /[A-Za-z]/.test(cell)).toBe(header);
      }),
    );
  });
});

describe('the lint rule that keeps super-linear patterns out of src/', () => {
  it('refuses the patterns that backtracked', async () => {
    // The probe is no file of the TypeScript project, so the type-aware rules are left out for it.
    const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
    const source = 'export const email = /\\s(\\S*@\\S*)\\s*$/;\nexport const header = /^[^0-9]*[A-Za-z][^0-9]*$/;\n';
    const [report] = await eslint.lintText(source, { filePath: 'src/accounts/probe.ts' });
    expect(report!.messages.map((message) => message.ruleId)).toEqual([
      'regexp/no-super-linear-backtracking',
      'regexp/no-super-linear-backtracking',
    ]);
  });
});

describe('the line cap of every file format', () => {
  const lines = (count: number, line: string) => `${line}\n`.repeat(count);

  it.each<[string, string]>([
    ['accounts.txt', '# a comment'],
    ['accounts.csv', ''],
    ['accounts.json', ' '],
  ])('reads %s of exactly the most lines, and refuses one line more', (name, filler) => {
    const head = name === 'accounts.json' ? '["012345678901"\n' : '012345678901\n';
    const tail = name === 'accounts.json' ? ']' : '';
    const most = `${head}${lines(LIMITS.maxLines - 2, filler)}${tail}\n`;
    expect(
      parseFile(name, most).accounts.map((account) => account.accountId),
      name,
    ).toEqual(['012345678901']);
    expect(problems(parseFile(name, `${head}${lines(LIMITS.maxLines - 1, filler)}${tail}\n`))).toEqual([
      {
        line: LIMITS.maxLines + 1,
        message:
          'The file has more than 101000 lines, more than 10000 accounts, the most a run onboards, can need. Check that accounts-file names the accounts file, or split the accounts across several files and runs.',
      },
    ]);
  });
});
