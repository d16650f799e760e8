// The code of `npm run pictures` that needs no browser: the page it photographs and the scenario it runs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../emulator/scenario.js';
import { githubPage, renderGfm } from '../../scripts/gfm.js';
import { repoRoot } from '../../scripts/local-runner.js';
import { PICTURE_INPUTS, picturesScenario } from '../../scripts/pictures.js';
import { allElements, detailsLine, elements, isCollapsed, textOf } from '../report/rendered.js';

describe('renderGfm', () => {
  it('renders GitHub-flavoured Markdown: pipe tables, strikethrough, autolinks, and the HTML blocks the summary writes', () => {
    const html = renderGfm(
      '| a | b |\n|---|---|\n| 1 | ~~2~~ |\n\nsee https://example.com\n\n<details><summary>more</summary>\n\n<table>\n<tr><td>x</td></tr>\n</table>\n\n</details>\n',
    );
    const root = parse(html);
    expect(elements(root, 'table')).toHaveLength(2);
    // markdown-it marks strikethrough with <s>, cmark-gfm with <del>: the same text struck through.
    expect([...elements(root, 's'), ...elements(root, 'del')].map(textOf)).toEqual(['2']);
    expect(elements(root, 'a')[0]?.attrs).toContainEqual({ name: 'href', value: 'https://example.com' });
    const details = elements(root, 'details')[0]!;
    expect(detailsLine(details)).toBe('more');
    expect(isCollapsed(elements(details, 'td')[0]!)).toBe(true);
  });
});

describe('githubPage', () => {
  const page = githubPage('A <title>', [
    {
      kind: 'summary',
      caption: 'onboard summary',
      markdown: '## ✅ Done\n\n<table>\n<tr><td><code>111111111111</code></td></tr>\n</table>\n',
    },
    { kind: 'comment', caption: 'github-actions (bot) <commented>', markdown: '<!-- marker -->\n## Plan\n' },
  ]);
  const root = parse(page);

  it('is one self-contained page: inline styles, no script or resource from the network', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(elements(root, 'link')).toEqual([]);
    expect(elements(root, 'img')).toEqual([]);
    expect(elements(root, 'style')).toHaveLength(1);
    expect(textOf(elements(root, 'style')[0]!)).not.toMatch(/url\(|@import/);
    for (const script of elements(root, 'script')) expect(script.attrs).toEqual([]);
    expect(page).not.toMatch(/(src|href)="https?:/);
  });

  it('shows each panel under its caption, rendered, with the captions as text', () => {
    const panels = elements(root, 'section');
    expect(panels.map((panel) => panel.attrs.find((attr) => attr.name === 'class')?.value)).toEqual(['panel summary', 'panel comment']);
    expect(panels.map((panel) => textOf(elements(panel, 'header')[0]!))).toEqual(['onboard summary', 'github-actions (bot) <commented>']);
    expect(elements(panels[0]!, 'h2').map(textOf)).toEqual(['✅ Done']);
    expect(elements(panels[0]!, 'code').map(textOf)).toEqual(['111111111111']);
    expect(textOf(elements(root, 'title')[0]!)).toBe('A <title>');
    expect(allElements(root).some((element) => element.tagName === 'commented')).toBe(false);
  });

  it('records its height for the screenshot', () => {
    expect(textOf(elements(root, 'script')[0]!)).toContain('document.documentElement.dataset.height');
  });
});

describe('picturesScenario', () => {
  it('is the demo with a Region that failed, a member that resigned and one not in the list, in the Regions the pictures run', async () => {
    const demo = JSON.parse(await readFile(join(repoRoot, 'scripts', 'demo-scenario.json'), 'utf8')) as Scenario;
    const scenario = picturesScenario(demo);
    expect(scenario.unprocessable).toEqual(demo.unprocessable);
    expect(scenario.regions?.['ap-southeast-2']).toEqual({ hubEnabled: false });
    expect(scenario.regions?.['eu-west-1']).toEqual(demo.regions?.['eu-west-1']);
    expect(scenario.regions?.['us-east-1']?.members?.map((member) => [member.accountId, member.status])).toEqual([
      ...(demo.regions?.['us-east-1']?.members ?? []).map((member) => [member.accountId, member.status]),
      ['555555555555', 'Resigned'],
      ['777777777777', 'Enabled'],
    ]);
    expect(PICTURE_INPUTS.regions.split(/,\s*/).sort()).toEqual(Object.keys(scenario.regions ?? {}).sort());
    expect(PICTURE_INPUTS['accounts-file']).toBe('examples/accounts.yml');
  });
});
