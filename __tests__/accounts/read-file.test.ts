import { mkdir, open, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LIMITS, readAccountsFile } from '../../src/accounts/index.js';
import { accountIds, parseContent, useTempDirs } from './helpers.js';

// Spied on, to show that an oversized file is refused from its size alone.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const tempDir = useTempDirs();

/** A workspace holding `files` (path → content). */
async function workspaceWith(files: Record<string, string> = {}): Promise<string> {
  const workspace = await tempDir();
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(workspace, path, '..'), { recursive: true });
    await writeFile(join(workspace, path), content);
  }
  return workspace;
}

describe('readAccountsFile', () => {
  it('reads a file relative to the workspace and names it, normalised, in origins and diagnostics', async () => {
    const workspace = await workspaceWith({ 'config/accounts.yml': '- "012345678901"\n- "12345678901"\n' });
    for (const written of ['config/accounts.yml', './config//accounts.yml', 'config\\accounts.yml']) {
      const result = await readAccountsFile(workspace, written);
      expect(
        result.diagnostics.map(({ file, line }) => ({ file, line })),
        written,
      ).toEqual([{ file: 'config/accounts.yml', line: 2 }]);
    }
    const valid = await readAccountsFile(await workspaceWith({ 'config/accounts.yml': '- "012345678901"\n' }), './config/accounts.yml');
    expect(valid.accounts).toEqual([{ accountId: '012345678901', origin: { kind: 'file', file: 'config/accounts.yml', line: 1 } }]);
  });

  it('refuses any path with a ".." segment, even one that would stay inside', async () => {
    const workspace = await workspaceWith({ 'accounts.txt': '012345678901\n', 'config/x': '' });
    for (const path of ['../accounts.txt', 'config/../accounts.txt', 'config\\..\\accounts.txt', '..']) {
      expect((await readAccountsFile(workspace, path)).diagnostics, path).toEqual([
        {
          message: `accounts-file: "${path.replaceAll('\\', '\\\\')}" contains "..": give a path inside the repository, relative to GITHUB_WORKSPACE, without "..".`,
        },
      ]);
    }
  });

  it('refuses absolute paths', async () => {
    const workspace = await workspaceWith({ 'accounts.txt': '012345678901\n' });
    for (const path of [join(workspace, 'accounts.txt'), '/etc/passwd', 'C:\\accounts.txt', '\\\\server\\share\\accounts.txt']) {
      const [diagnostic] = (await readAccountsFile(workspace, path)).diagnostics;
      expect(diagnostic?.message, path).toMatch(
        /^accounts-file: ".*" is an absolute path; give a path relative to the repository root \(GITHUB_WORKSPACE\)/,
      );
      expect(diagnostic?.file).toBeUndefined();
    }
  });

  it('refuses a path with control characters, a path naming no file, and no workspace', async () => {
    const workspace = await workspaceWith();
    expect((await readAccountsFile(workspace, 'accounts\n.txt')).diagnostics[0]?.message).toBe(
      'accounts-file: "accounts\\n.txt" contains control characters; give the path of a file in the repository.',
    );
    expect((await readAccountsFile(workspace, './')).diagnostics[0]?.message).toMatch(/^accounts-file: "\.\/" names no file/);
    expect((await readAccountsFile('', 'accounts.txt')).diagnostics[0]?.message).toMatch(/^accounts-file: GITHUB_WORKSPACE is not set/);
    expect((await readAccountsFile(join(workspace, 'gone'), 'accounts.txt')).diagnostics[0]?.message).toMatch(
      /^accounts-file: the workspace ".*gone" \(GITHUB_WORKSPACE\) does not exist; run actions\/checkout before this step\.$/,
    );
  });

  it('refuses a symbolic link that leads outside the workspace, to a file or through a directory', async () => {
    const outside = await workspaceWith({ 'secret.txt': '012345678901\n' });
    const workspace = await workspaceWith();
    await symlink(join(outside, 'secret.txt'), join(workspace, 'accounts.txt'));
    await symlink(outside, join(workspace, 'shared'));
    for (const path of ['accounts.txt', 'shared/secret.txt']) {
      const result = await readAccountsFile(workspace, path);
      expect(result.accounts).toEqual([]);
      expect(result.diagnostics, path).toEqual([
        {
          message:
            `accounts-file: "${path}" leads outside the workspace through a symbolic link; the accounts file must be inside the repository checkout. ` +
            'Point accounts-file at the file itself.',
        },
      ]);
    }
  });

  it('refuses an accounts file that is a symbolic link, even one that stays inside the workspace', async () => {
    const workspace = await workspaceWith({
      'data/accounts.txt': '012345678901\n',
      '.git/config': '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n',
    });
    await symlink(join(workspace, 'data', 'accounts.txt'), join(workspace, 'accounts.txt'));
    await symlink(join(workspace, '.git', 'config'), join(workspace, 'accounts.csv'));
    for (const path of ['accounts.txt', 'accounts.csv']) {
      expect((await readAccountsFile(workspace, path)).diagnostics, path).toEqual([
        {
          message:
            `accounts-file: "${path}" is a symbolic link. The action reads only a file committed at the path itself, so that a link cannot make it read ` +
            "another file (such as .git/config, which holds the checkout's token). Replace the link with the file, or point accounts-file at the file.",
        },
      ]);
    }
  });

  it('refuses a path through a folder that is a symbolic link', async () => {
    const workspace = await workspaceWith({ 'data/accounts.txt': '012345678901\n' });
    await symlink(join(workspace, 'data'), join(workspace, 'security'));
    expect((await readAccountsFile(workspace, 'security/accounts.txt')).diagnostics).toEqual([
      {
        message:
          'accounts-file: "security", a folder on the way to "security/accounts.txt", is a symbolic link. The action reads only a file committed at the path itself, ' +
          "so that a link cannot make it read another file (such as .git/config, which holds the checkout's token). Replace the link with the file, or point accounts-file at the file.",
      },
    ]);
  });

  it('refuses any file inside .git/, whatever its case', async () => {
    const workspace = await workspaceWith({ '.git/config': '012345678901\n', 'sub/.GIT/HEAD': '012345678901\n' });
    for (const path of ['.git/config', './.git//config', 'sub/.GIT/HEAD']) {
      const result = await readAccountsFile(workspace, path);
      expect(result.accounts).toEqual([]);
      expect(
        result.diagnostics.map((diagnostic) => diagnostic.message),
        path,
      ).toEqual([
        expect.stringMatching(
          /^accounts-file: ".*" is inside \.git\/, git's own folder \(it holds the checkout's credentials\), not a file of the repository\. Point accounts-file at the accounts file committed in the repository\.$/,
        ),
      ]);
    }
  });

  it('reads through a workspace that is itself a symbolic link', async () => {
    const workspace = await workspaceWith({ 'data/accounts.txt': '012345678901\n' });
    const linkToWorkspace = join(await tempDir(), 'workspace');
    await symlink(workspace, linkToWorkspace);
    expect(accountIds(await readAccountsFile(linkToWorkspace, 'data/accounts.txt'))).toEqual(['012345678901']);
  });

  it('says a missing file was not found, resolved against GITHUB_WORKSPACE, after actions/checkout', async () => {
    const workspace = await workspaceWith({ 'file.txt': '' });
    for (const path of ['accounts.yml', 'file.txt/accounts.yml']) {
      expect((await readAccountsFile(workspace, path)).diagnostics, path).toEqual([
        {
          message:
            `accounts-file: "${path}" was not found. The path is resolved against GITHUB_WORKSPACE (${workspace}); ` +
            'check the path, and that actions/checkout ran before this step.',
        },
      ]);
    }
  });

  it('says a directory is a directory', async () => {
    const workspace = await workspaceWith({ 'config/accounts.yml': '' });
    expect((await readAccountsFile(workspace, 'config')).diagnostics).toEqual([
      { message: 'accounts-file: "config" is a directory; give the path of the accounts file inside it.' },
    ]);
  });

  it(`reads a file of exactly ${LIMITS.maxFileBytes} bytes`, async () => {
    const content = '012345678901\n';
    const workspace = await workspaceWith({ 'accounts.txt': content + ' '.repeat(LIMITS.maxFileBytes - content.length) });
    expect(accountIds(await readAccountsFile(workspace, 'accounts.txt'))).toEqual(['012345678901']);
  });

  it('refuses a larger file from its size, without reading it', async () => {
    const workspace = await workspaceWith();
    const handle = await open(join(workspace, 'huge.csv'), 'w');
    await handle.truncate(LIMITS.maxFileBytes + 1);
    await handle.close();
    vi.mocked(readFile).mockClear();
    const result = await readAccountsFile(workspace, 'huge.csv');
    expect(readFile).not.toHaveBeenCalled();
    expect(result.diagnostics).toEqual([
      {
        message:
          'The file is 5242881 bytes, over the 5 MiB (5242880 bytes) limit for accounts files; 10000 accounts fit in well under 1 MiB. ' +
          'Check that accounts-file names the accounts file.',
        file: 'huge.csv',
      },
    ]);
  });

  it('refuses a content buffer over the limit in parseAccountsFile too', () => {
    const result = parseContent(Buffer.alloc(LIMITS.maxFileBytes + 1, 0x20), 'accounts.txt');
    expect(result.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringMatching(/^The file is 5242881 bytes, over the 5 MiB \(5242880 bytes\) limit/),
    ]);
  });
});
