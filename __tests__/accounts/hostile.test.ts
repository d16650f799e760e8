import { readdirSync } from 'node:fs';
import { extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContent } from './helpers.js';
import { HOSTILE_CASES, hostileContent, type HostileCase } from '../fixtures/hostile/corpus.js';

// What a stack trace or an internal failure would leave in a message.
const STACK_TRACE = /\n|^\s*at |\bat .*:\d+:\d+|node:internal|\.[cm]?[jt]s:\d+|internal error|Error:/;

const FORMATS: Readonly<Record<string, string>> = { '.txt': 'text', '.csv': 'CSV', '.json': 'JSON', '.yaml': 'YAML' };

describe('the hostile corpus', () => {
  it('holds at least 40 cases, at least 10 in each of the four formats', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
    for (const extension of Object.keys(FORMATS)) {
      expect(HOSTILE_CASES.filter((hostileCase) => extname(hostileCase.file) === extension).length, extension).toBeGreaterThanOrEqual(10);
    }
  });

  it('lists every committed file exactly once, and names each case uniquely', () => {
    const committed = readdirSync(new URL('../fixtures/hostile/files/', import.meta.url)).sort();
    const listed = HOSTILE_CASES.filter((hostileCase) => hostileCase.generated === undefined).map((hostileCase) => hostileCase.file);
    expect([...listed].sort()).toEqual(committed);
    expect(new Set(HOSTILE_CASES.map((hostileCase) => hostileCase.file)).size).toBe(HOSTILE_CASES.length);
  });

  it('expects either diagnostics or accounts of each case, never both and never neither', () => {
    for (const { file, diagnostics, accounts = [] } of HOSTILE_CASES) {
      expect(diagnostics.length > 0 !== accounts.length > 0, file).toBe(true);
    }
  });
});

describe.each(Object.entries(FORMATS))('hostile %s files', (extension) => {
  const cases = HOSTILE_CASES.filter((hostileCase) => extname(hostileCase.file) === extension);

  it.each(cases.map((hostileCase): [string, HostileCase] => [`${hostileCase.file}: ${hostileCase.about}`, hostileCase]))(
    '%s',
    (_title, hostileCase) => {
      const content = hostileContent(hostileCase);
      const started = performance.now();
      const result = parseContent(content, hostileCase.file);
      // Hostile input is answered quickly: no expansion, no backtracking, no quadratic walk.
      expect(performance.now() - started).toBeLessThan(5000);

      expect(result.diagnostics.map(({ line, message }) => ({ line, message }))).toEqual(hostileCase.diagnostics);
      expect(result.diagnostics.every((diagnostic) => diagnostic.file === hostileCase.file)).toBe(true);
      for (const { message } of result.diagnostics) expect(message).not.toMatch(STACK_TRACE);

      const accounts = result.accounts.map((account) => ({
        accountId: account.accountId,
        ...(account.email === undefined ? {} : { email: account.email }),
        line: account.origin.kind === 'file' ? account.origin.line : undefined,
      }));
      expect(accounts).toEqual(hostileCase.accounts ?? []);
    },
  );
});
