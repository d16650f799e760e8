// The project's own account of AWS behaviour: every citation in the code lands on a section of
// docs/aws-behaviour.md, every section says how sure it is, and no file names a machine's own path.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/local-runner.js';

const SKIP = new Set(['node_modules', '.git', '.tmp', 'coverage']);
const TEXT = /\.(ts|js|mjs|cjs|json|md|ya?ml|txt|csv|map)$/;

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !SKIP.has(entry.name))
      .map((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))),
  );
  return nested.flat();
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

const doc = await readFile(join(repoRoot, 'docs', 'aws-behaviour.md'), 'utf8');
const sections = doc
  .split(/^## /m)
  .slice(1)
  .map((section) => ({ anchor: slug(section.split('\n')[0]!), text: section }));
const repoFiles = (await files(repoRoot)).filter((file) => TEXT.test(file));

describe('docs/aws-behaviour.md', () => {
  it('has a section for every citation in the code, the emulator and the scripts', async () => {
    const anchors = new Set(sections.map((section) => section.anchor));
    const cited = new Set<string>();
    for (const file of repoFiles.filter((path) => /^(src|emulator|scripts)\//.test(relative(repoRoot, path)))) {
      for (const match of (await readFile(file, 'utf8')).matchAll(/docs\/aws-behaviour\.md#([a-z0-9-]+)/g)) cited.add(match[1]!);
    }
    expect(cited.size).toBeGreaterThan(10);
    expect([...cited].filter((anchor) => !anchors.has(anchor))).toEqual([]);
  });

  it.each(sections.map((section) => [section.anchor, section.text] as const))('says the source and status of %s', (_anchor, text) => {
    expect(text).toMatch(/\*\*Sources?\.\*\*/);
    expect(text).toMatch(/\*\*Status\.\*\* .*(Documented|Reported|\*\*unknown\*\*)/is);
    // An unknown rule says what the action does for each answer.
    if (text.includes('**unknown**')) expect(text).toContain('**What the action does');
  });

  it('is cited instead of any document outside the repository', async () => {
    const outside = /\.\.\/shared|API facts|securityhub-api\.md|aws-evidence\.md/;
    const offenders = [];
    for (const file of repoFiles.filter((path) => !/\bdist\//.test(path))) {
      if (outside.test(await readFile(file, 'utf8'))) offenders.push(relative(repoRoot, file));
    }
    expect(offenders.filter((file) => file !== '__tests__/aws-behaviour.test.ts')).toEqual([]);
  });
});

describe('the repository', () => {
  it('names no absolute path of a machine in any file', async () => {
    const machinePath = new RegExp(`/(${['wo' + 'rk', 'ho' + 'me', 't' + 'mp'].join('|')})/`);
    const offenders = [];
    for (const file of repoFiles) if (machinePath.test(await readFile(file, 'utf8'))) offenders.push(relative(repoRoot, file));
    expect(offenders).toEqual([]);
  });
});
