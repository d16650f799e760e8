// Is untrusted text inert once GitHub renders it? The Markdown is rendered by the project's GFM
// renderer (scripts/gfm.ts: markdown-it with raw HTML, tables, strikethrough and linkify, which
// links more than GitHub does: a stricter test), read back with parse5, and searched where GitHub's
// mention and reference filters look: text outside <code>, <pre> and <a>.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { expect } from 'vitest';
import { renderGfm as renderHtml } from '../../scripts/gfm.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderedMarkdown {
  html: string;
  /** Text nodes outside <code>, <pre> and <a>: where GitHub would look for mentions and references. */
  prose: string[];
  /** The text of each <code> element, as a reader sees it. */
  code: string[];
  /** Every element's tag name, in document order. */
  tags: string[];
  /** The href of every link, and the src of every image. */
  links: string[];
}

export function renderGfm(source: string): RenderedMarkdown {
  const html = renderHtml(source);
  const rendered: RenderedMarkdown = { html, prose: [], code: [], tags: [], links: [] };
  walk(parseFragment(html), rendered, false);
  return rendered;
}

function walk(node: Node, into: RenderedMarkdown, insideCode: boolean): void {
  if (node.nodeName === '#text') {
    if (!insideCode) into.prose.push((node as DefaultTreeAdapterMap['textNode']).value);
    return;
  }
  const element = node as Element;
  if (element.tagName) {
    into.tags.push(element.tagName);
    for (const attribute of element.attrs) if (attribute.name === 'href' || attribute.name === 'src') into.links.push(attribute.value);
    if (element.tagName === 'code') into.code.push(textOf(element));
  }
  const skip = insideCode || ['code', 'pre', 'a'].includes(element.tagName ?? '');
  for (const child of (element as { childNodes?: Node[] }).childNodes ?? []) walk(child, into, skip);
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return ((node as { childNodes?: Node[] }).childNodes ?? []).map(textOf).join('');
}

// What GitHub turns into a ping or a link in text: @user, @org/team, #1, GH-1, org/repo#1, user@domain.
const MENTION = /(?:^|[^\w`])@[a-z\d]/i;
const REFERENCE = /(?:^|[^\w/])(?:#|GH-)\d|[\w.-]+\/[\w.-]+#\d/i;

/**
 * `source`, rendered, holds no mention or reference outside code, no link or image besides `allowedLinks`,
 * only the tags in `allowedTags`, and shows each of `untrusted` in a <code> element exactly as given (as
 * far as it is shown: long texts are cut with `…`).
 */
export function expectInertMarkdown(
  source: string,
  untrusted: string[],
  options: { allowedTags: string[]; allowedLinks?: string[] },
): RenderedMarkdown {
  const rendered = renderGfm(source);
  for (const text of rendered.prose) {
    expect(text, 'a mention outside code').not.toMatch(MENTION);
    expect(text, 'a reference outside code').not.toMatch(REFERENCE);
  }
  expect(
    rendered.links.filter((link) => !(options.allowedLinks ?? []).includes(link)),
    'links',
  ).toEqual([]);
  expect(
    [...new Set(rendered.tags)].filter((tag) => !options.allowedTags.includes(tag)),
    'tags',
  ).toEqual([]);
  for (const text of untrusted) {
    const shown = rendered.code.some((code) => code === text || (code.endsWith('…') && text.startsWith(code.slice(0, -1))));
    expect(shown, `${JSON.stringify(text.slice(0, 80))} is shown in a <code> element, as it is`).toBe(true);
  }
  return rendered;
}
