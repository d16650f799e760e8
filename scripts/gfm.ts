// GitHub-flavoured Markdown as a person sees it: the job summary and the PR comment rendered by a
// real CommonMark + GFM renderer (markdown-it: GFM tables, strikethrough, autolinks, raw HTML
// blocks as GitHub passes them), and an HTML page that shows them the way GitHub lays them out.
// Used by the structure tests and by `npm run pictures`. Development only: the action never loads it.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: true, linkify: true });

export function renderGfm(text: string): string {
  return markdown.render(text);
}

/** A panel of the page: a job summary, or a pull-request comment, with the caption GitHub puts above it. */
export interface Panel {
  kind: 'summary' | 'comment';
  caption: string;
  markdown: string;
}

/** A self-contained page (no network: inline CSS, system fonts) with each panel rendered as GitHub shows it. */
export function githubPage(title: string, panels: readonly Panel[]): string {
  const body = panels
    .map(
      (panel) =>
        `<section class="panel ${panel.kind}">\n<header>${escapeHtml(panel.caption)}</header>\n<div class="markdown-body">\n${renderGfm(panel.markdown)}</div>\n</section>`,
    )
    .join('\n');
  // The page records its own height, so a screenshot can be taken of all of it (scripts/pictures.ts).
  const measure = '<script>document.documentElement.dataset.height = String(Math.ceil(document.documentElement.scrollHeight));</script>';
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n<style>\n${GITHUB_CSS}</style>\n</head>\n<body>\n${body}\n${measure}\n</body>\n</html>\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A small subset of GitHub's Markdown styles (light theme), enough for headings, tables, code and details. */
const GITHUB_CSS = `
body { margin: 0; padding: 24px; background: #f6f8fa; color: #1f2328;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji";
  font-size: 14px; line-height: 1.5; }
.panel { max-width: 1012px; margin: 0 auto 24px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
.panel > header { padding: 8px 16px; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; background: #f6f8fa; color: #59636e; font-weight: 600; }
.panel.comment > header { background: #ddf4ff; border-bottom-color: #b6e3ff; color: #1f2328; }
.markdown-body { padding: 16px 24px; overflow-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0; }
.markdown-body h2, .markdown-body h3, .markdown-body h4 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
.markdown-body h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
.markdown-body h3 { font-size: 1.25em; }
.markdown-body h4 { font-size: 1em; }
.markdown-body p, .markdown-body blockquote, .markdown-body table, .markdown-body details, .markdown-body ul { margin: 0 0 16px; }
.markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.markdown-body code { padding: .2em .4em; font-size: 85%; background: #818b981f; border-radius: 6px;
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
.markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0; border-collapse: collapse; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body th { font-weight: 600; }
.markdown-body tr { background: #fff; border-top: 1px solid #d1d9e0b3; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body a { color: #0969da; }
.markdown-body details summary { cursor: pointer; }
.markdown-body details > summary + * { margin-top: 16px; }
.markdown-body sub { font-size: 75%; color: #59636e; }
`;
