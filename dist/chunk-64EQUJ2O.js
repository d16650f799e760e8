import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/page-guard.ts
var LIST_MEMBERS_PAGES = {
  list: "ListMembers",
  maxPages: 250,
  basis: "a Region holds at most 10,000 organization and 1,000 invitation members, 220 pages of 50"
};
var LIST_INVITATIONS_PAGES = {
  list: "ListInvitations",
  maxPages: 25,
  basis: "an account holds far fewer than 1,000 invitations, 20 pages of 50"
};
var ISSUE_COMMENTS_PAGES = {
  list: "the pull request's comments",
  maxPages: 60,
  basis: "a pull request holds at most 5,000 comments, 50 pages of 100"
};
var PageLoopError = class extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
  reason;
  name = "PageLoopError";
};
var PageGuard = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  #seen = /* @__PURE__ */ new Set();
  #pages = 0;
  /** True to fetch the page `token` names, false at the end of the list; throws PageLoopError when the list would not end. */
  follow(token) {
    this.#pages += 1;
    if (token === void 0 || token === null || token === "") return false;
    if (this.#seen.has(token)) {
      throw new PageLoopError(
        "repeated-token",
        `${this.limit.list} sent back the page token of an earlier page after page ${this.#pages}, so the list would never end; it was stopped there and nothing was done with it.`
      );
    }
    if (this.#pages >= this.limit.maxPages) {
      throw new PageLoopError(
        "too-many-pages",
        `${this.limit.list} had more pages after page ${this.#pages}, the most it can need (${this.limit.basis}), so it was stopped there and nothing was done with it.`
      );
    }
    this.#seen.add(token);
    return true;
  }
};
async function readAllPages(limit, fetch) {
  const pages = new PageGuard(limit);
  const items = [];
  let token;
  do {
    const page = await fetch(token);
    items.push(...page.items);
    token = page.nextToken;
  } while (pages.follow(token));
  return items;
}

export {
  LIST_MEMBERS_PAGES,
  LIST_INVITATIONS_PAGES,
  ISSUE_COMMENTS_PAGES,
  PageGuard,
  readAllPages
};
//# sourceMappingURL=chunk-64EQUJ2O.js.map
