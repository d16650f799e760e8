import { describe, expect, it } from 'vitest';
import { PageLoopError, readAllPages, type PageLimit } from '../src/page-guard.js';

const limit: PageLimit = { list: 'ListThings', maxPages: 3, basis: 'at most 3 pages of things' };

/** A fetch that answers the pages given, by token (`undefined` is the first page), and records each token asked for. */
function pagesOf(pages: Record<string, { items: number[]; nextToken?: string }>) {
  const asked: (string | undefined)[] = [];
  const fetch = (token: string | undefined) => {
    asked.push(token);
    const page = pages[token ?? 'first'];
    if (!page) throw new Error(`no page ${token}`);
    return Promise.resolve(page);
  };
  return { asked, fetch };
}

describe('reading every page of a list', () => {
  it('follows each next token and returns every item in order, up to the most pages the list may take', async () => {
    const { asked, fetch } = pagesOf({ first: { items: [1, 2], nextToken: 'b' }, b: { items: [3], nextToken: 'c' }, c: { items: [4] } });
    await expect(readAllPages(limit, fetch)).resolves.toStrictEqual([1, 2, 3, 4]);
    expect(asked).toStrictEqual([undefined, 'b', 'c']);
  });

  it('ends at an empty next token, and keeps empty pages that still have one', async () => {
    const { fetch } = pagesOf({ first: { items: [], nextToken: 'b' }, b: { items: [1], nextToken: '' } });
    await expect(readAllPages(limit, fetch)).resolves.toStrictEqual([1]);
  });

  it('stops at a token it was given before, and says so', async () => {
    const { asked, fetch } = pagesOf({ first: { items: [1], nextToken: 'b' }, b: { items: [2], nextToken: 'b' } });
    const failure = await readAllPages(limit, fetch).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PageLoopError);
    expect((failure as PageLoopError).reason).toBe('repeated-token');
    expect((failure as Error).message).toBe(
      'ListThings sent back the page token of an earlier page after page 2, so the list would never end; it was stopped there and nothing was done with it.',
    );
    expect(asked).toStrictEqual([undefined, 'b']);
  });

  it('stops after the most pages the list may take, and says why that is the most', async () => {
    const { asked, fetch } = pagesOf({
      first: { items: [1], nextToken: 'b' },
      b: { items: [2], nextToken: 'c' },
      c: { items: [3], nextToken: 'd' },
      d: { items: [4] },
    });
    const failure = await readAllPages(limit, fetch).catch((error: unknown) => error);
    expect((failure as PageLoopError).reason).toBe('too-many-pages');
    expect((failure as Error).message).toBe(
      'ListThings had more pages after page 3, the most it can need (at most 3 pages of things), so it was stopped there and nothing was done with it.',
    );
    expect(asked).toStrictEqual([undefined, 'b', 'c']);
  });
});
