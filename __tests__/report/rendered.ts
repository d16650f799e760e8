// The summary and the PR comment as a person sees them: rendered by a real GFM renderer, then
// parsed by a spec-compliant HTML parser (parse5, as browsers parse), so tests check what shows,
// in what order, and what is collapsed, not the characters of the Markdown.
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { renderGfm } from '../../scripts/gfm.js';

type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;

export interface Rendered {
  html: string;
  root: DefaultTreeAdapterTypes.DocumentFragment;
}

export function rendered(markdown: string): Rendered {
  const html = renderGfm(markdown);
  return { html, root: parseFragment(html) };
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function children(node: Node): Node[] {
  // A <template>'s content is not rendered; nothing here makes one.
  return 'childNodes' in node ? node.childNodes : [];
}

/** Every element, in document order. */
export function allElements(node: Node): Element[] {
  const found: Element[] = [];
  const walk = (current: Node) => {
    for (const child of children(current)) {
      if (isElement(child)) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

export function elements(node: Node, tag: string): Element[] {
  return allElements(node).filter((element) => element.tagName === tag);
}

/** Elements that a browser shows on a line of their own (or, for a cell, apart from the next). */
const SEPARATED = new Set([
  'br',
  'summary',
  'p',
  'div',
  'li',
  'tr',
  'td',
  'th',
  'blockquote',
  'table',
  'details',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** The text a reader sees, with runs of white space as one space. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeName === '#text') parts.push((current as DefaultTreeAdapterTypes.TextNode).value);
    const separated = SEPARATED.has(current.nodeName);
    if (separated) parts.push(' ');
    for (const child of children(current)) walk(child);
    if (separated) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Headings in order, as `h3 Needs attention`. */
export function outline(node: Node): string[] {
  return allElements(node)
    .filter((element) => /^h[1-6]$/.test(element.tagName))
    .map((element) => `${element.tagName} ${textOf(element)}`);
}

export function heading(node: Node, level: number, text: string | RegExp): Element {
  const found = elements(node, `h${level}`).find((element) =>
    typeof text === 'string' ? textOf(element) === text : text.test(textOf(element)),
  );
  if (!found) throw new Error(`No h${level} ${String(text)} in: ${outline(node).join(' | ')}`);
  return found;
}

/** The elements after a heading, up to the next heading of the same level or higher: its section. */
export function sectionUnder(node: Node, head: Element): Element[] {
  const level = Number(head.tagName.slice(1));
  const all = allElements(node);
  const start = all.indexOf(head);
  const section: Element[] = [];
  for (const element of all.slice(start + 1)) {
    if (/^h[1-6]$/.test(element.tagName) && Number(element.tagName.slice(1)) <= level) break;
    section.push(element);
  }
  return section;
}

/** A section's elements that are not inside another of its elements: its blocks. */
export function topOf(section: readonly Element[]): Element[] {
  const set = new Set(section);
  return section.filter((element) => !element.parentNode || !set.has(element.parentNode as Element));
}

/** A table's rows as cell texts; the first is the header. */
export function rowsOf(table: Element): string[][] {
  return elements(table, 'tr').map((tr) =>
    allElements(tr)
      .filter((cell) => cell.tagName === 'td' || cell.tagName === 'th')
      .map(textOf),
  );
}

/** Rows as objects keyed by the header's cells. */
export function recordsOf(table: Element): Record<string, string>[] {
  const [header = [], ...rows] = rowsOf(table);
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name || '#', cells[index] ?? ''])));
}

export function ancestors(element: Element): Element[] {
  const found: Element[] = [];
  let current = element.parentNode;
  while (current && isElement(current)) {
    found.push(current);
    current = current.parentNode;
  }
  return found;
}

/** Inside a closed `<details>`: shown only after a click. */
export function isCollapsed(element: Element): boolean {
  return ancestors(element).some((ancestor) => ancestor.tagName === 'details' && !ancestor.attrs.some((attr) => attr.name === 'open'));
}

/** The line a `<details>` shows while closed. */
export function detailsLine(details: Element): string {
  const summary = elements(details, 'summary')[0];
  return summary ? textOf(summary) : '';
}

/** Whether `a` comes before `b` in the page. */
export function precedes(root: Node, a: Element, b: Element): boolean {
  const all = allElements(root);
  return all.indexOf(a) < all.indexOf(b);
}

/** The tags GitHub keeps when it sanitises Markdown's HTML that this action writes or GFM makes. */
export const GITHUB_SAFE_TAGS = new Set([
  'h2',
  'h3',
  'h4',
  'p',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'b',
  'i',
  'strong',
  'em',
  'sub',
  'br',
  'ul',
  'li',
  'details',
  'summary',
  'a',
]);
