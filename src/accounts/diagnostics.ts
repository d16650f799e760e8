import type { Account } from '../model.js';
import { LIMITS } from './limits.js';

/** A problem in the account sources. `file` (relative to the workspace) and `line` place an annotation. */
export interface Diagnostic {
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** The accounts found and every problem found; any diagnostic means the sources are invalid. */
export interface AccountsResult {
  accounts: Account[];
  diagnostics: Diagnostic[];
}

/** 1-based line and, when known, 1-based column. */
export interface Position {
  line: number;
  column?: number;
}

/**
 * Where a list's diagnostics come from. A file's diagnostics carry `file` and `line`, which the
 * annotation and the job summary show, so their messages do not repeat them; an input has no
 * position, so its name starts each message (`account-ids: …`).
 */
export type DiagnosticSource = { file: string } | { input: string };

/** Collects diagnostics for one source, keeping the first `LIMITS.maxDiagnostics` and counting the rest. */
export class DiagnosticList {
  readonly #kept: Diagnostic[] = [];
  #omitted = 0;

  constructor(readonly source: DiagnosticSource) {}

  /**
   * A message may be given as a function: it is built only if the diagnostic is kept, so a file of
   * millions of bad lines costs a count per line past the first LIMITS.maxDiagnostics, not a message.
   */
  report(message: string | (() => string), at?: Position): void {
    if (this.#kept.length >= LIMITS.maxDiagnostics) {
      this.#omitted += 1;
      return;
    }
    this.#kept.push(this.#diagnostic(typeof message === 'string' ? message : message(), at));
  }

  get isEmpty(): boolean {
    return this.#kept.length === 0;
  }

  /** The diagnostics in file order (a format may find a problem after one further down). */
  toArray(): Diagnostic[] {
    const kept = [...this.#kept].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    if (this.#omitted === 0) return kept;
    const more = this.#omitted === 1 ? '1 more problem was' : `${this.#omitted} more problems were`;
    return [...kept, this.#diagnostic(`${more} not shown; fix the problems above and run again to see the rest.`)];
  }

  #diagnostic(message: string, at?: Position): Diagnostic {
    if ('input' in this.source) return { message: `${this.source.input}: ${message}` };
    return { message, file: this.source.file, ...at };
  }
}
