import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAccounts } from '../../src/accounts/index.js';
import { manyAccountIds, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();

async function workspaceWithAccounts(name: string, content: string): Promise<string> {
  const workspace = await tempDir();
  await writeFile(join(workspace, name), content);
  return workspace;
}

describe('loadAccounts', () => {
  it('returns the union of the input and the file, keeping the file’s entry for an account in both', async () => {
    const workspace = await workspaceWithAccounts('accounts.csv', '012345678901,ops@example.com\n123456789012\n');
    const result = await loadAccounts({ accountIds: '210987654321, 012345678901', accountsFile: 'accounts.csv', workspace });
    expect(result).toEqual({
      accounts: [
        { accountId: '012345678901', email: 'ops@example.com', origin: { kind: 'file', file: 'accounts.csv', line: 1 } },
        { accountId: '123456789012', origin: { kind: 'file', file: 'accounts.csv', line: 2 } },
        { accountId: '210987654321', origin: { kind: 'input' } },
      ],
      diagnostics: [],
    });
  });

  it('reads the input alone when no file is given, and ignores a blank file input', async () => {
    const workspace = await tempDir();
    for (const accountsFile of ['', '  ']) {
      expect(await loadAccounts({ accountIds: '012345678901', accountsFile, workspace })).toEqual({
        accounts: [{ accountId: '012345678901', origin: { kind: 'input' } }],
        diagnostics: [],
      });
    }
  });

  it('reads the file alone when the input is empty', async () => {
    const workspace = await workspaceWithAccounts('accounts.txt', '012345678901\n');
    const result = await loadAccounts({ accountIds: '', accountsFile: ' accounts.txt ', workspace });
    expect(result.accounts).toEqual([{ accountId: '012345678901', origin: { kind: 'file', file: 'accounts.txt', line: 1 } }]);
  });

  it('says to set account-ids or accounts-file when neither gives an account', async () => {
    expect(await loadAccounts({ accountIds: ' ', accountsFile: '', workspace: await tempDir() })).toEqual({
      accounts: [],
      diagnostics: [
        {
          message:
            'No accounts to onboard: set the account-ids input (12-digit account IDs separated by commas, spaces or newlines) ' +
            'or accounts-file (the path of a .json, .yaml, .yml, .csv or text file in the repository).',
        },
      ],
    });
  });

  it('names the file when it lists no accounts and the input is empty', async () => {
    const workspace = await workspaceWithAccounts('accounts.txt', '# none yet\n');
    expect((await loadAccounts({ accountIds: '', accountsFile: 'accounts.txt', workspace })).diagnostics).toEqual([
      {
        message:
          'No accounts to onboard: accounts-file "accounts.txt" lists none, and account-ids is empty. Add accounts to the file, or set account-ids.',
      },
    ]);
  });

  it('reports the problems of both sources together, and no accounts', async () => {
    const workspace = await workspaceWithAccounts('accounts.txt', '012345678901\n12345\n');
    const result = await loadAccounts({ accountIds: '210987654321 999', accountsFile: 'accounts.txt', workspace });
    expect(result.accounts).toEqual([]);
    expect(result.diagnostics.map(({ file, line }) => ({ file, line }))).toEqual([
      { file: undefined, line: undefined },
      { file: 'accounts.txt', line: 2 },
    ]);
  });

  it('reports a missing file', async () => {
    const workspace = await tempDir();
    const result = await loadAccounts({ accountIds: '012345678901', accountsFile: 'accounts.yml', workspace });
    expect(result.accounts).toEqual([]);
    expect(result.diagnostics[0]?.message).toMatch(/^accounts-file: "accounts.yml" was not found/);
  });

  it('refuses more than 10000 accounts across both sources, counting an account in both once', async () => {
    const ids = manyAccountIds(10_001);
    const workspace = await workspaceWithAccounts('accounts.txt', ids.slice(0, 6_000).join('\n'));
    const atLimit = await loadAccounts({ accountIds: ids.slice(5_000, 10_000).join(' '), accountsFile: 'accounts.txt', workspace });
    expect(atLimit.diagnostics).toEqual([]);
    expect(atLimit.accounts).toHaveLength(10_000);

    const overLimit = await loadAccounts({ accountIds: ids.slice(5_000).join(' '), accountsFile: 'accounts.txt', workspace });
    expect(overLimit).toEqual({
      accounts: [],
      diagnostics: [
        {
          message:
            "Too many accounts: account-ids and accounts-file together list 10001, and a run onboards at most 10000. Split the accounts across several runs (with remove-absent off: each run would remove the other runs' accounts).",
        },
      ],
    });
  });
});
