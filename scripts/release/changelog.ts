// CHANGELOG.md in the Keep a Changelog layout: `## [Unreleased]`, then `## [1.2.3] - 2026-12-01`
// sections, newest first, and link references `[1.2.3]: https://…` at the bottom.
//   tsx scripts/release/changelog.ts section 1.2.3   prints that version's notes (for the release)
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

export interface Release {
  version: string;
  date: string | undefined;
  /** The section's text between its heading and the next `## ` heading, trimmed. */
  notes: string;
}

const HEADING = /^## \[([^\]]+)\](?:\s+-\s+(\S+))?\s*$/;

export function releases(changelog: string): Release[] {
  const lines = changelog.replace(/\r\n/g, '\n').split('\n');
  const found: Release[] = [];
  let current: { version: string; date: string | undefined; lines: string[] } | undefined;
  const close = () =>
    current &&
    found.push({
      version: current.version,
      date: current.date,
      notes: current.lines
        .join('\n')
        .replace(/^\[[^\]]+\]: .*$/gm, '')
        .trim(),
    });
  for (const line of lines) {
    const heading = HEADING.exec(line);
    if (heading || /^## /.test(line)) {
      close();
      current = heading ? { version: heading[1]!, date: heading[2], lines: [] } : undefined;
    } else {
      current?.lines.push(line);
    }
  }
  close();
  return found.filter((release) => release.version !== 'Unreleased');
}

/** Problems with the changelog's section for this version (empty when it is fit to release). */
export function sectionProblems(changelog: string, version: string): string[] {
  const release = releases(changelog).find((entry) => entry.version === version);
  if (!release) return [`CHANGELOG.md has no section "## [${version}] - YYYY-MM-DD": move the Unreleased entries under it.`];
  const problems: string[] = [];
  if (!release.date || !/^\d{4}-\d{2}-\d{2}$/.test(release.date))
    problems.push(`CHANGELOG.md: the heading of ${version} needs its date, "## [${version}] - YYYY-MM-DD".`);
  if (!release.notes) problems.push(`CHANGELOG.md: the section of ${version} is empty.`);
  if (!new RegExp(`^\\[${version.replace(/\./g, '\\.')}\\]: https://\\S+$`, 'm').test(changelog))
    problems.push(`CHANGELOG.md has no link "[${version}]: https://…" at the bottom.`);
  if (!/^## \[Unreleased\]\s*$/m.test(changelog))
    problems.push('CHANGELOG.md has lost its "## [Unreleased]" section: keep it, empty, above the release.');
  const newest = releases(changelog)[0]?.version;
  if (newest !== version) problems.push(`CHANGELOG.md: ${version} is not the newest section (${newest} is above it).`);
  return problems;
}

export function section(changelog: string, version: string): string {
  const release = releases(changelog).find((entry) => entry.version === version);
  if (!release) throw new Error(`CHANGELOG.md has no section for ${version}.`);
  return release.notes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (command !== 'section' || !version) {
    console.error('usage: changelog.ts section <X.Y.Z> [CHANGELOG.md]');
    process.exit(2);
  }
  try {
    process.stdout.write(`${section(await readFile(file, 'utf8'), version)}\n`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
