// A bound on every loop over pages. A service that repeats a page token, or keeps sending new ones,
// would otherwise be followed forever (18,000 requests in 15 s against a comment list that never
// ended). Each list stops on a token it has seen before, and after the pages its documented
// maximum needs, with a margin.

/** How many pages a list may take: the documented maximum over the page size, and a margin. */
export interface PageLimit {
  /** What is listed, for messages: `ListMembers`, `the pull request's comments`. */
  list: string;
  maxPages: number;
  /** Where the number comes from, for messages. */
  basis: string;
}

/** Security Hub CSPM: 10,000 organization members and 1,000 invitation members per Region, 50 a page: 220 pages (docs/aws-behaviour.md#list-members). */
export const LIST_MEMBERS_PAGES: PageLimit = {
  list: 'ListMembers',
  maxPages: 250,
  basis: 'a Region holds at most 10,000 organization and 1,000 invitation members, 220 pages of 50',
};

/** No maximum is documented for invitations an account holds; 1,000, 20 pages of 50, is far past any real account. */
export const LIST_INVITATIONS_PAGES: PageLimit = {
  list: 'ListInvitations',
  maxPages: 25,
  basis: 'an account holds far fewer than 1,000 invitations, 20 pages of 50',
};

/** GitHub: a pull request holds at most 5,000 comments, 100 a page: 50 pages. */
export const ISSUE_COMMENTS_PAGES: PageLimit = {
  list: "the pull request's comments",
  maxPages: 60,
  basis: 'a pull request holds at most 5,000 comments, 50 pages of 100',
};

/** Why a list was not followed to its end. */
export class PageLoopError extends Error {
  override name = 'PageLoopError';
  constructor(
    readonly reason: 'repeated-token' | 'too-many-pages',
    message: string,
  ) {
    super(message);
  }
}

/** Follows one list page by page: `follow` is given each page's next token, and says whether to fetch it. */
export class PageGuard {
  readonly #seen = new Set<string>();
  #pages = 0;

  constructor(readonly limit: PageLimit) {}

  /** True to fetch the page `token` names, false at the end of the list; throws PageLoopError when the list would not end. */
  follow(token: string | undefined | null): boolean {
    this.#pages += 1;
    if (token === undefined || token === null || token === '') return false;
    if (this.#seen.has(token)) {
      throw new PageLoopError(
        'repeated-token',
        `${this.limit.list} sent back the page token of an earlier page after page ${this.#pages}, so the list would never end; it was stopped there and nothing was done with it.`,
      );
    }
    if (this.#pages >= this.limit.maxPages) {
      throw new PageLoopError(
        'too-many-pages',
        `${this.limit.list} had more pages after page ${this.#pages}, the most it can need (${this.limit.basis}), so it was stopped there and nothing was done with it.`,
      );
    }
    this.#seen.add(token);
    return true;
  }
}

/** Every item of a list, page by page under a PageGuard: `fetch` reads the page `token` names (the first when undefined). */
export async function readAllPages<T>(
  limit: PageLimit,
  fetch: (token: string | undefined) => Promise<{ items: readonly T[]; nextToken?: string | undefined }>,
): Promise<T[]> {
  const pages = new PageGuard(limit);
  const items: T[] = [];
  let token: string | undefined;
  do {
    const page = await fetch(token);
    items.push(...page.items);
    token = page.nextToken;
  } while (pages.follow(token));
  return items;
}
