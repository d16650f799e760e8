import { lstat, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import type { Scenario } from '../../emulator/scenario.js';
import { onboard, workspaceWith, writeCalls } from './harness.js';

type PlanOutput = { region: string; accounts: { accountId: string; listed: boolean; action: string }[] }[];

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator?.close();
});

/** An existing membership, some members in one Region only, with emails and every kind of status. */
const existing: Scenario = {
  organizationAccounts: ['300000000001'],
  regions: {
    'us-east-1': {
      members: [
        { accountId: '200000000002', status: 'Enabled', email: 'two@example.com', invitedAt: '2026-01-01T00:00:00Z' },
        { accountId: '200000000001', status: 'Invited', email: 'one+tag@example.com', invitedAt: '2026-11-01T00:00:00Z' },
        { accountId: '300000000001', status: 'Enabled' },
        { accountId: '200000000005', status: 'Resigned', invitedAt: '2026-01-01T00:00:00Z' },
      ],
    },
    'eu-west-1': {
      members: [
        { accountId: '200000000002', status: 'Enabled', email: 'two@example.com', invitedAt: '2026-01-01T00:00:00Z' },
        { accountId: '200000000003', status: 'Removed', email: 'three@example.com', invitedAt: '2026-01-01T00:00:00Z' },
      ],
    },
  },
};
const everyMember = ['200000000001', '200000000002', '200000000003', '200000000005', '300000000001'];
const regions = 'us-east-1, eu-west-1';

describe('export-file: adopt an existing membership in one run', () => {
  beforeEach(() => emulator.reset(existing));

  it.each(['security/accounts.json', 'security/accounts.yml', 'security/accounts.yaml', 'security/accounts.csv', 'security/accounts.txt'])(
    'exports %s in plan mode without a list, with no AWS write, and the action reads it back to the same accounts',
    async (path) => {
      const workspace = await workspaceWith({});
      const exported = await onboard(emulator, { regions, mode: 'plan', 'export-file': path }, { workspace });
      expect(exported.exitCode, exported.stdout).toBe(0);
      expect(writeCalls(emulator)).toEqual([]);
      expect(exported.outputs['export-file']).toBe(path);
      const content = await readFile(join(workspace, path), 'utf8');
      if (path.endsWith('.yml') || path.endsWith('.yaml') || path.endsWith('.txt'))
        expect(content).toMatch(/^# Security Hub CSPM members of administrator account 111111111111/);

      // The same file as the list: every member is listed, so remove-absent would remove nothing.
      emulator.calls.length = 0;
      const adopted = await onboard(emulator, { regions, mode: 'plan', 'accounts-file': path, 'remove-absent': 'true' }, { workspace });
      expect(adopted.exitCode, adopted.stdout).toBe(0);
      const plan = adopted.json<PlanOutput>('plan');
      for (const region of plan) {
        expect(
          region.accounts
            .filter((account) => account.listed)
            .map((account) => account.accountId)
            .sort(),
        ).toEqual(everyMember);
        expect(region.accounts.filter((account) => account.action === 'remove')).toEqual([]);
      }
      expect(adopted.outputs['drift-accounts']).toBe('[]');
      // Emails come back as AWS gave them; the file is written again byte for byte.
      expect(content).toContain('one+tag@example.com');
      expect(content).toContain('three@example.com');
      const again = await onboard(emulator, { regions, mode: 'plan', 'export-file': path }, { workspace });
      expect(again.exitCode).toBe(0);
      expect(await readFile(join(workspace, path), 'utf8')).toBe(content);
    },
  );

  it('refuses a path that leaves the workspace through a symbolic link before any AWS call', async () => {
    const outside = await workspaceWith({ 'target.yml': 'untouched' });
    const workspace = await workspaceWith({});
    await symlink(join(outside, 'target.yml'), join(workspace, 'accounts.yml'));
    const result = await onboard(emulator, { regions, mode: 'plan', 'export-file': 'accounts.yml' }, { workspace });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::export-file: "accounts.yml" goes through a symbolic link/);
    expect(emulator.calls).toEqual([]);
    expect(await readFile(join(outside, 'target.yml'), 'utf8')).toBe('untouched');
  });

  it('writes nothing when a Region could not be read, and fails', async () => {
    emulator.reset({ ...existing, regions: { ...existing.regions, 'eu-west-1': { hubEnabled: false } } });
    const workspace = await workspaceWith({});
    const result = await onboard(emulator, { regions, mode: 'plan', 'export-file': 'accounts.yml' }, { workspace });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::export-file: accounts.yml was not written, because the members of eu-west-1 could not be read/);
    await expect(lstat(join(workspace, 'accounts.yml'))).rejects.toThrow(/ENOENT/);
    expect(result.outputs['export-file']).toBe('');
  });

  it('still needs a list when export-file is not set', async () => {
    const result = await onboard(emulator, { regions, mode: 'plan' }, { workspace: await workspaceWith({}) });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/No accounts to onboard/);
  });
});
