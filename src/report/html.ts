// The few HTML shapes the job summary and the PR comment are made of, and the byte budget they
// share. Callers escape every piece of untrusted text (htmlCode, markdownCode: untrusted-text.ts) before it reaches these:
// they only put markup around text that is already inert.
//
// GitHub reads an HTML block until the next blank line, so every block here ends with a line
// break and callers join blocks with a blank line between them; Markdown after an HTML block on
// the next line would otherwise be shown as raw text.

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** What is left of a page's byte limit; sections take from it in the order they are shown. */
export class ByteBudget {
  constructor(private remaining: number) {}

  get left(): number {
    return this.remaining;
  }

  /** Takes room for the text when it fits, and says whether it did. */
  take(text: string): boolean {
    const bytes = byteLength(text);
    if (bytes > this.remaining) return false;
    this.remaining -= bytes;
    return true;
  }

  /** Takes room for text that is always shown (headings, counts, the footer), even past the limit. */
  spend(bytes: number): void {
    this.remaining -= bytes;
  }

  give(bytes: number): void {
    this.remaining += bytes;
  }
}

export function headerRow(cells: readonly string[]): string {
  return `<tr>${cells.map((cell) => `<th>${cell}</th>`).join('')}</tr>\n`;
}

export function row(cells: readonly string[]): string {
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>\n`;
}

export function table(header: string, rows: string): string {
  return `<table>\n${header}${rows}</table>\n`;
}

/** Room a `table()` needs besides its header and rows. */
export const TABLE_BYTES = byteLength(table('', ''));

/** A closed `<details>` block: the summary line shows, the body opens on a click. */
export function collapsed(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n`;
}

/** Room a `collapsed()` block needs besides its summary and body. */
export const COLLAPSED_BYTES = byteLength(collapsed('', ''));

/**
 * Renders rows one at a time, while they fit in the budget and `max` is not reached, so a list
 * of 30,000 accounts is neither rendered nor measured past what is shown.
 */
export function fitRows<T>(
  items: readonly T[],
  render: (item: T) => string,
  budget: ByteBudget,
  max = Infinity,
): { rows: string; shown: number } {
  let rows = '';
  let shown = 0;
  for (const item of items) {
    if (shown >= max) break;
    const text = render(item);
    if (!budget.take(text)) break;
    rows += text;
    shown += 1;
  }
  return { rows, shown };
}

/** "1 account", "2 accounts": counts always say what they count. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** Tables longer than this are collapsed into a `<details>` block. */
export const LONG_TABLE_ROWS = 20;

/** Room kept for a table's wrapper and its collapsed summary line while its rows are fitted. */
const WRAPPER_BYTES = TABLE_BYTES + COLLAPSED_BYTES + 400;

/**
 * A table of as many rows as fit (at most `max`), collapsed when it is long (or `always`); empty
 * when no row fits. `summary` says what the collapsed table holds, given the number of rows shown.
 */
export function boundedTable<T>(
  header: string,
  items: readonly T[],
  render: (item: T) => string,
  budget: ByteBudget,
  { max = Infinity, summary, always = false }: { max?: number; summary: (shown: number) => string; always?: boolean },
): { html: string; shown: number } {
  const wrapper = WRAPPER_BYTES + byteLength(header);
  budget.spend(wrapper);
  const { rows, shown } = fitRows(items, render, budget, max);
  budget.give(wrapper);
  if (shown === 0) return { html: '', shown };
  const plain = table(header, rows);
  if (shown <= LONG_TABLE_ROWS && !always) {
    budget.spend(TABLE_BYTES + byteLength(header));
    return { html: plain, shown };
  }
  const line = summary(shown);
  budget.spend(TABLE_BYTES + byteLength(header) + COLLAPSED_BYTES + byteLength(line));
  return { html: collapsed(line, plain), shown };
}
