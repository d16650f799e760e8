import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { readCsvAccounts } from '../../src/accounts/formats/csv.js';
import { formatNameOf, parseAccountsFile, type AccountsResult, type FileFormat } from '../../src/accounts/index.js';
import { readJsonAccounts } from '../../src/accounts/formats/json.js';
import { readTextAccounts } from '../../src/accounts/formats/text.js';
import { readYamlAccounts } from '../../src/accounts/formats/yaml.js';

const READERS: Readonly<Record<string, FileFormat['read']>> = {
  JSON: readJsonAccounts,
  YAML: readYamlAccounts,
  CSV: readCsvAccounts,
  text: readTextAccounts,
};

/**
 * The format the action picks for the file `name` (formatNameOf), with its reader imported here,
 * so that tests parse synchronously; formats.test.ts checks that loadFileFormat gives the same.
 */
export function formatFor(name: string): FileFormat {
  const format = formatNameOf(name);
  return { name: format, read: READERS[format]! };
}

/** Parses `content` as the file `name` (its extension picks the format). */
export function parseFile(name: string, content: string | Buffer): AccountsResult {
  return parseContent(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, name);
}

/** parseAccountsFile with the format of `name`. */
export function parseContent(content: Buffer, name: string): AccountsResult {
  return parseAccountsFile(content, name, formatFor(name));
}

export function accountIds(result: AccountsResult): string[] {
  return result.accounts.map((account) => account.accountId);
}

/** Diagnostics reduced to what a test pins down: line and message. */
export function problems(result: AccountsResult): { line: number | undefined; message: string }[] {
  return result.diagnostics.map(({ line, message }) => ({ line, message }));
}

/** `count` distinct valid account IDs: 000000000000, 000000000001, … */
export function manyAccountIds(count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, index) => String(from + index).padStart(12, '0'));
}

/** A fresh directory in the OS temp dir, removed after the current test. */
export function useTempDirs(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'accounts-test-'));
    made.push(dir);
    return dir;
  };
}
