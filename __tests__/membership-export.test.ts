import { describe, expect, it } from 'vitest';
import { loadFileFormat } from '../src/accounts/formats/by-extension.js';
import { parseAccountsFile } from '../src/accounts/index.js';
import { serializeAccounts } from '../src/accounts/serialize.js';
import { exportMembership } from '../src/membership-export.js';
import { normalizeMemberStatus, type Member } from '../src/model.js';

const member = (accountId: string, status: string, email?: string): Member => ({
  accountId,
  rawStatus: status,
  status: normalizeMemberStatus(status),
  ...(email ? { email } : {}),
});
const FILES = ['accounts.json', 'accounts.yaml', 'accounts.yml', 'accounts.csv', 'accounts.txt', 'ACCOUNTS.JSON', 'accounts'];
const read = async (content: string, path: string) => parseAccountsFile(Buffer.from(content, 'utf8'), path, await loadFileFormat(path));

describe('serializeAccounts', () => {
  const accounts = [
    { accountId: '222222222222', email: 'a#b+tag@example.com', note: 'Enabled (us-east-1)' },
    { accountId: '011111111111', note: 'Invited (us-east-1)' },
    { accountId: '333333333333', email: 'ops.team@sub.example.org' },
  ];

  it.each(FILES)('writes %s so that the action reads it back to the same accounts, sorted', async (path) => {
    const result = await read(serializeAccounts(accounts, path, ['first line', '', 'third line']), path);
    expect(result.diagnostics).toEqual([]);
    expect(result.accounts.map(({ accountId, email }) => ({ accountId, email }))).toEqual([
      { accountId: '011111111111', email: undefined },
      { accountId: '222222222222', email: 'a#b+tag@example.com' },
      { accountId: '333333333333', email: 'ops.team@sub.example.org' },
    ]);
  });

  it('puts the header in comments where the format has them, and nowhere else', () => {
    expect(serializeAccounts(accounts, 'a.yml', ['hello']).startsWith('# hello\naccounts:\n')).toBe(true);
    expect(serializeAccounts(accounts, 'a.txt', ['hello']).startsWith('# hello\n011111111111 # Invited (us-east-1)\n')).toBe(true);
    expect(serializeAccounts(accounts, 'a.csv', ['hello']).startsWith('AccountId,Email\n011111111111,\n')).toBe(true);
    expect(JSON.parse(serializeAccounts(accounts, 'a.json', ['hello']))).toEqual({
      accounts: [
        { accountId: '011111111111' },
        { accountId: '222222222222', email: 'a#b+tag@example.com' },
        { accountId: '333333333333', email: 'ops.team@sub.example.org' },
      ],
    });
  });

  it.each(FILES)('writes an empty membership to %s as a file that lists no account', async (path) => {
    const result = await read(serializeAccounts([], path, ['nothing']), path);
    expect(result).toEqual({ accounts: [], diagnostics: [] });
  });

  it('is byte-for-byte the same for the same accounts in any order', () => {
    for (const path of FILES)
      expect(serializeAccounts([...accounts].reverse(), path, ['h'])).toBe(serializeAccounts(accounts, path, ['h']));
  });
});

describe('exportMembership', () => {
  const regions = [
    {
      region: 'us-east-1',
      members: [member('200000000002', 'Enabled', 'two@example.com'), member('200000000001', 'Invited'), member('200000000009', 'Deleted')],
    },
    {
      region: 'eu-west-1',
      members: [
        member('200000000002', 'Enabled', 'other@example.com'),
        member('200000000001', 'Enabled', 'one@example.com'),
        member('200000000003', 'Resigned'),
      ],
    },
  ];

  it('lists every member of any Region once, with the first email AWS gives, and every status', async () => {
    const result = exportMembership(regions, '111111111111', 'accounts.yml');
    expect(result.count).toBe(3);
    expect((await read(result.content, 'accounts.yml')).accounts.map(({ accountId, email }) => [accountId, email])).toEqual([
      ['200000000001', 'one@example.com'],
      ['200000000002', 'two@example.com'],
      ['200000000003', undefined],
    ]);
    expect(result.content).toContain('- accountId: "200000000001"  # Invited (us-east-1); Enabled (eu-west-1)');
    expect(result.content).toContain('# Security Hub CSPM members of administrator account 111111111111');
    expect(result.content).toContain('from us-east-1, eu-west-1');
    expect(result.notes).toEqual([expect.stringContaining('200000000002 has another email in eu-west-1')]);
  });

  it('leaves out what the reader would refuse, with a note, so the file always reads back', async () => {
    const hostile = [
      {
        region: 'us-east-1',
        members: [
          member('12345', 'Enabled'),
          member('200000000001', 'Enabled', 'bad email@example.com'),
          member('200000000002', 'Enabled', '=1+2@example.com'),
        ],
      },
    ];
    for (const path of FILES) {
      const result = exportMembership(hostile, '111111111111', path);
      const back = await read(result.content, path);
      expect(back.diagnostics).toEqual([]);
      expect(back.accounts.map((account) => account.accountId)).toEqual(['200000000001', '200000000002']);
      expect(back.accounts[0]!.email).toBeUndefined();
      // A formula-looking email is kept where no spreadsheet reads it, and left out of CSV.
      expect(back.accounts[1]!.email).toBe(path.endsWith('.csv') ? undefined : '=1+2@example.com');
      expect(result.notes.some((note) => note.includes('"12345"'))).toBe(true);
    }
  });
});
