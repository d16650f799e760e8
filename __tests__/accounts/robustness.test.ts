import { describe, expect, it } from 'vitest';
import { LIMITS, parseAccountIdsInput, type AccountsResult } from '../../src/accounts/index.js';
import { parseFile } from './helpers.js';

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

// Characters that mean something to at least one format, and some that must be shown escaped.
const ALPHABET = [...'[]{}",:\'\n\r -#&*!|>?%@.\\0123456789aAe\t', '\u0000', '\ufeff', '\u202e', '١', '\u00a0', '😀', '\ud800'];

function randomText(next: () => number, length: number): string {
  return Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)] ?? '').join('');
}

function randomBytes(next: () => number, length: number): Buffer {
  return Buffer.from(Array.from({ length }, () => Math.floor(next() * 256)));
}

function expectWellFormed(result: AccountsResult, input: string): void {
  expect(result.diagnostics.length, input).toBeLessThanOrEqual(LIMITS.maxDiagnostics + 1);
  for (const { message } of result.diagnostics) {
    // Messages go to logs and annotations: one line, no raw control or bidi characters, short.
    expect(message, input).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]/u);
    expect(message.length, input).toBeLessThan(600);
  }
  if (result.diagnostics.length > 0) expect(result.accounts, input).toEqual([]);
}

describe('robustness on arbitrary input', () => {
  it.each(['accounts.json', 'accounts.yaml', 'accounts.csv', 'accounts.txt'])('never throws on random text or bytes as %s', (name) => {
    const next = randomSource(name.length * 7919);
    for (let round = 0; round < 400; round += 1) {
      const text = randomText(next, Math.floor(next() * 80));
      expectWellFormed(parseFile(name, text), JSON.stringify(text));
      const bytes = randomBytes(next, Math.floor(next() * 80));
      expectWellFormed(parseFile(name, bytes), bytes.toString('hex'));
    }
  });

  it('never throws on a random account-ids input', () => {
    const next = randomSource(42);
    for (let round = 0; round < 400; round += 1) {
      const text = randomText(next, Math.floor(next() * 80));
      expectWellFormed(parseAccountIdsInput(text), JSON.stringify(text));
    }
  });
});
