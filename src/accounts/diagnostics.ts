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
 * Where a list's diagnostics come from. `label` starts every message (`accounts.yml:3:5: …`, or
 * `account-ids: …`) so the message says where even when it is read outside an annotation.
 */
export interface DiagnosticSource {
  label: string;
  file?: string;
}

/** Collects diagnostics for one source, keeping the first `LIMITS.maxDiagnostics` and counting the rest. */
export class DiagnosticList {
  readonly #kept: Diagnostic[] = [];
  #omitted = 0;

  constructor(readonly source: DiagnosticSource) {}

  report(message: string, at?: Position): void {
    if (this.#kept.length >= LIMITS.maxDiagnostics) {
      this.#omitted += 1;
      return;
    }
    this.#kept.push({ message: `${this.#where(at)}: ${message}`, ...this.#fileFields(), ...at });
  }

  get isEmpty(): boolean {
    return this.#kept.length === 0;
  }

  /** The diagnostics in file order (formats may find a problem on a line after one further on). */
  toArray(): Diagnostic[] {
    const kept = [...this.#kept].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    if (this.#omitted === 0) return kept;
    const more = this.#omitted === 1 ? '1 more problem was' : `${this.#omitted} more problems were`;
    const summary = `${this.source.label}: ${more} not shown; fix the problems above and run again to see the rest.`;
    return [...kept, { message: summary, ...this.#fileFields() }];
  }

  #where(at: Position | undefined): string {
    if (!at) return this.source.label;
    return at.column === undefined ? `${this.source.label}:${at.line}` : `${this.source.label}:${at.line}:${at.column}`;
  }

  #fileFields(): { file?: string } {
    return this.source.file === undefined ? {} : { file: this.source.file };
  }
}
