import { describe, expect, it } from 'vitest';
import { formatNameOf, loadFileFormat } from '../../src/accounts/index.js';
import { formatFor } from './helpers.js';

describe('accounts file formats, each parser loaded only for its format', () => {
  const cases: [string, string][] = [
    ['accounts.json', 'JSON'],
    ['config/Accounts.YAML', 'YAML'],
    ['accounts.yml', 'YAML'],
    ['accounts.CSV', 'CSV'],
    ['accounts.txt', 'text'],
    ['accounts', 'text'],
    ['.json', 'text'],
    ['dir.yml/accounts', 'text'],
  ];

  it.each(cases)('reads %s as %s', async (path, name) => {
    expect(formatNameOf(path)).toBe(name);
    const format = await loadFileFormat(path);
    expect(format.name).toBe(name);
    // The tests' synchronous helper parses with the very reader the action loads.
    expect(format.read).toBe(formatFor(path).read);
  });

  it('loads a parser once, however many files use it', async () => {
    const [first, second] = await Promise.all([loadFileFormat('a.yaml'), loadFileFormat('b.yml')]);
    expect(first.read).toBe(second.read);
  });
});
