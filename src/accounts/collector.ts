import type { Account } from '../model.js';
import type { DiagnosticList, Position } from './diagnostics.js';
import { LIMITS } from './limits.js';
import { quoteUntrusted } from '../untrusted-text.js';
import { accountIdProblem, emailProblem, isAccountId } from './validation.js';

/** One account as a file format found it, not yet validated. */
export interface FileEntry {
  accountId: string;
  email?: string;
  /** Where the account ID stands; its line becomes the account's origin. */
  at: Position;
  /** Where the email stands, when it is not at `at`. */
  emailAt?: Position;
}

/**
 * The rules every file format shares: valid IDs and emails, no account twice, at most
 * `LIMITS.maxAccounts`. Formats report their own syntax problems to `diagnostics` and hand each
 * entry to `add`, in file order, so the diagnostics come out in file order too.
 */
export class AccountCollector {
  readonly #accounts: Account[] = [];
  readonly #firstLines = new Map<string, number>();
  #tooManyReported = false;

  constructor(
    readonly file: string,
    readonly diagnostics: DiagnosticList,
  ) {}

  add(entry: FileEntry): void {
    const idValid = isAccountId(entry.accountId);
    if (!idValid) {
      this.diagnostics.report(
        () => `Invalid account ID ${quoteUntrusted(entry.accountId)}: ${accountIdProblem(entry.accountId)}. Fix or remove this entry.`,
        entry.at,
      );
    }
    const badEmail = entry.email !== undefined && this.#reportedBadEmail(entry.email, entry.emailAt ?? entry.at);
    if (!idValid || this.#reportedDuplicate(entry.accountId, entry.at) || this.#reportedTooMany(entry.at)) return;
    this.#accounts.push({
      accountId: entry.accountId,
      ...(entry.email === undefined || badEmail ? {} : { email: entry.email }),
      origin: { kind: 'file', file: this.file, line: entry.at.line },
    });
  }

  get accounts(): Account[] {
    return [...this.#accounts];
  }

  #reportedBadEmail(email: string, at: Position): boolean {
    const problem = emailProblem(email);
    if (problem === undefined) return false;
    this.diagnostics.report(
      () => `Invalid email ${quoteUntrusted(email)}: ${problem}. Write a plain address such as name@example.com, or leave the email out.`,
      at,
    );
    return true;
  }

  #reportedDuplicate(accountId: string, at: Position): boolean {
    const firstLine = this.#firstLines.get(accountId);
    if (firstLine === undefined) {
      this.#firstLines.set(accountId, at.line);
      return false;
    }
    const lines = firstLine === at.line ? `twice on line ${at.line}` : `twice, on lines ${firstLine} and ${at.line}`;
    this.diagnostics.report(() => `Account ${accountId} is listed ${lines}; remove one.`, at);
    return true;
  }

  #reportedTooMany(at: Position): boolean {
    if (this.#accounts.length < LIMITS.maxAccounts) return false;
    if (!this.#tooManyReported) {
      this.#tooManyReported = true;
      this.diagnostics.report(
        `Too many accounts: this is account number ${LIMITS.maxAccounts + 1}, and a run onboards at most ${LIMITS.maxAccounts}. ` +
          "Split the accounts across several files and run the action once per file (with remove-absent off: each run would remove the other files' accounts).",
        at,
      );
    }
    return true;
  }
}
