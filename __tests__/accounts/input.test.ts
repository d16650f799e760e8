import { describe, expect, it } from 'vitest';
import { LIMITS, parseAccountIdsInput } from '../../src/accounts/index.js';
import { manyAccountIds } from './helpers.js';

describe('the account-ids input', () => {
  it('splits on commas, spaces and newlines in any mix', () => {
    const result = parseAccountIdsInput(' 012345678901,123456789012\n210987654321 ,\r\n\t333333333333  444444444444,,\n');
    expect(result).toEqual({
      accounts: ['012345678901', '123456789012', '210987654321', '333333333333', '444444444444'].map((accountId) => ({
        accountId,
        origin: { kind: 'input' },
      })),
      diagnostics: [],
    });
  });

  it('counts an ID given twice once, without a problem', () => {
    const result = parseAccountIdsInput('012345678901, 012345678901\n012345678901');
    expect(result.diagnostics).toEqual([]);
    expect(result.accounts).toEqual([{ accountId: '012345678901', origin: { kind: 'input' } }]);
  });

  it('reads an empty input as no accounts and no problem', () => {
    expect(parseAccountIdsInput('')).toEqual({ accounts: [], diagnostics: [] });
    expect(parseAccountIdsInput(' \n, ')).toEqual({ accounts: [], diagnostics: [] });
  });

  it('reports every invalid item, by its position, and returns no accounts', () => {
    const result = parseAccountIdsInput('012345678901, 12345678901, 0123456789012, ١٢٣٤٥٦٧٨٩٠١٢');
    expect(result.diagnostics).toEqual([
      {
        message:
          'account-ids: Invalid account ID "12345678901" (item 2): expected exactly 12 digits (0-9), found 11 digits (spreadsheets drop leading zeros; add them back). Fix the input.',
      },
      {
        message:
          'account-ids: Invalid account ID "0123456789012" (item 3): expected exactly 12 digits (0-9), found 13 digits. Fix the input.',
      },
      {
        message:
          'account-ids: Invalid account ID "١٢٣٤٥٦٧٨٩٠١٢" (item 4): expected exactly 12 digits (0-9), found the non-ASCII digit "١" (U+0661); type it with the digits 0-9. Fix the input.',
      },
    ]);
    expect(result.accounts).toEqual([]);
  });

  it('says that emails belong in the accounts file', () => {
    expect(parseAccountIdsInput('012345678901 ops@example.com').diagnostics).toEqual([
      {
        message:
          'account-ids: Invalid account ID "ops@example.com" (item 2): expected exactly 12 digits (0-9), found what looks like an email address. ' +
          'The input takes account IDs only; give emails in accounts-file. Fix the input.',
      },
    ]);
  });

  it(`accepts ${LIMITS.maxAccounts} accounts and refuses more`, () => {
    const ids = manyAccountIds(LIMITS.maxAccounts + 1);
    expect(parseAccountIdsInput(ids.slice(1).join(',')).accounts).toHaveLength(LIMITS.maxAccounts);
    expect(parseAccountIdsInput(ids.join(',')).diagnostics).toEqual([
      {
        message:
          "account-ids: The input lists 10001 accounts, and a run onboards at most 10000. Split the accounts across several runs (with remove-absent off: each run would remove the other runs' accounts).",
      },
    ]);
  });
});
