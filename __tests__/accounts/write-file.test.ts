import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExportPath, writeExportFile } from '../../src/accounts/write-file.js';

const workspace = async () => mkdtemp(join(tmpdir(), 'export-ws-'));

describe('export-file paths', () => {
  it('writes a file inside the workspace, creating its folders', async () => {
    const ws = await workspace();
    const path = await checkExportPath(ws, './security//accounts.yml');
    expect(path).toBe('security/accounts.yml');
    await writeExportFile(ws, path, 'accounts: []\n');
    expect(await readFile(join(ws, 'security', 'accounts.yml'), 'utf8')).toBe('accounts: []\n');
  });

  it('replaces an existing file', async () => {
    const ws = await workspace();
    await writeFile(join(ws, 'accounts.txt'), 'old content that is longer\n');
    await writeExportFile(ws, await checkExportPath(ws, 'accounts.txt'), 'new\n');
    expect(await readFile(join(ws, 'accounts.txt'), 'utf8')).toBe('new\n');
  });

  it.each([
    ['/etc/passwd', 'is an absolute path'],
    ['../outside.yml', 'contains ".."'],
    ['.git/hooks/pre-commit', 'is inside .git'],
    ['sub/.GIT/config', 'is inside .git'],
  ])('refuses %s', async (path, reason) => {
    await expect(checkExportPath(await workspace(), path)).rejects.toThrow(
      new RegExp(`^export-file: .*${reason.replace(/[.()]/g, '\\$&')}`),
    );
  });

  it('refuses a symbolic link as the file, and never writes through it', async () => {
    const ws = await workspace();
    const outside = join(await workspace(), 'target.txt');
    await writeFile(outside, 'untouched');
    await symlink(outside, join(ws, 'accounts.txt'));
    await expect(checkExportPath(ws, 'accounts.txt')).rejects.toThrow(/goes through a symbolic link/);
    await expect(writeExportFile(ws, 'accounts.txt', 'x')).rejects.toThrow(/goes through a symbolic link/);
    expect(await readFile(outside, 'utf8')).toBe('untouched');
  });

  it('refuses a symbolic link as a folder on the way, even one that stays inside', async () => {
    const ws = await workspace();
    await mkdir(join(ws, 'real'));
    await symlink(join(ws, 'real'), join(ws, 'link'));
    await expect(checkExportPath(ws, 'link/accounts.yml')).rejects.toThrow(/goes through a symbolic link \("link"\)/);
  });

  it('refuses a folder as the file, and a file as a folder', async () => {
    const ws = await workspace();
    await mkdir(join(ws, 'accounts.yml'));
    await writeFile(join(ws, 'plain'), '');
    await expect(checkExportPath(ws, 'accounts.yml')).rejects.toThrow(/exists and is not a regular file/);
    await expect(checkExportPath(ws, 'plain/accounts.yml')).rejects.toThrow(/"plain" is not a folder/);
  });

  it('refuses a workspace that does not exist', async () => {
    await expect(checkExportPath(join(tmpdir(), 'no-such-workspace-here'), 'a.yml')).rejects.toThrow(/GITHUB_WORKSPACE\) does not exist/);
  });
});
