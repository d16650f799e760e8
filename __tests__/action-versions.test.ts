import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/local-runner.js';
import { actionRefs, compareMajors, type ActionRef } from '../scripts/validate/action-refs.js';

// Dependabot keeps .github/workflows/ current, and nothing keeps README.md and examples/ current:
// these tests make them follow .github/workflows/ (or, for actions it does not use, the one list in
// .github/action-versions.json), and keep every action on a version that runs on node24.
const OWN = 'securityhub-onboard/securityhub-onboard';
const list = JSON.parse(await readFile(join(repoRoot, '.github/action-versions.json'), 'utf8')) as {
  versions: Record<string, string>;
  node24Since: Record<string, string>;
};

async function files(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(join(repoRoot, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? files(join(dir, entry.name), pattern) : Promise.resolve([join(dir, entry.name)]))),
  );
  return nested.flat().filter((file) => pattern.test(file));
}

type Located = ActionRef & { file: string };
async function refsIn(paths: string[]): Promise<Located[]> {
  const all = await Promise.all(
    paths.map(async (file) =>
      actionRefs(await readFile(join(repoRoot, file), 'utf8')).map((ref) => ({ ...ref, file: relative('.', file) })),
    ),
  );
  return all.flat();
}

const workflowRefs = (await refsIn(await files('.github/workflows', /\.ya?ml$/))).filter((ref) => ref.repo !== OWN);
const shown = await refsIn(['README.md', ...(await files('examples', /\.(ya?ml|md)$/))]);
const shownRefs = shown.filter((ref) => ref.repo !== OWN);
const ownRefs = shown.filter((ref) => ref.repo === OWN);
const where = (ref: Located) => `${ref.file}:${ref.line} ${ref.repo}@${ref.ref}`;

/** The version the repository's own workflows use, one per action. */
const workflowVersions = new Map<string, Set<string | undefined>>();
for (const ref of workflowRefs) workflowVersions.set(ref.repo, (workflowVersions.get(ref.repo) ?? new Set()).add(ref.major));

describe('versions of the actions in README.md, examples/ and .github/workflows/', () => {
  it('finds the references to check', () => {
    expect(workflowRefs.map((ref) => ref.repo)).toEqual(
      expect.arrayContaining(['actions/checkout', 'actions/setup-node', 'github/codeql-action']),
    );
    expect(shownRefs.map((ref) => ref.repo)).toContain('actions/checkout');
  });

  it('.github/workflows/ uses one version of each action, a major version tag or a SHA with its version in a comment', () => {
    expect(workflowRefs.filter((ref) => ref.major === undefined).map(where)).toEqual([]);
    expect(
      [...workflowVersions].filter(([, majors]) => majors.size > 1).map(([repo, majors]) => `${repo}: ${[...majors].join(', ')}`),
    ).toEqual([]);
  });

  it('README.md and examples/ show the version .github/workflows/ uses, or the listed one', () => {
    const expected = (repo: string) => [...(workflowVersions.get(repo) ?? [])][0] ?? list.versions[repo];
    expect(
      shownRefs
        .filter((ref) => expected(ref.repo) === undefined)
        .map((ref) => `${where(ref)}: not in .github/workflows/ nor in .github/action-versions.json`),
    ).toEqual([]);
    expect(
      shownRefs
        .filter((ref) => expected(ref.repo) !== undefined && ref.major !== expected(ref.repo))
        .map((ref) => `${where(ref)}: expected ${expected(ref.repo)}`),
    ).toEqual([]);
  });

  it('keeps each version in one place: .github/action-versions.json lists only actions .github/workflows/ does not use', () => {
    expect(Object.keys(list.versions).filter((repo) => workflowVersions.has(repo))).toEqual([]);
    expect(Object.values(list.versions).filter((version) => !/^v\d+$/.test(version))).toEqual([]);
  });

  it('names, everywhere, a version of each action that runs on node24', () => {
    const all = [...workflowRefs, ...shownRefs];
    expect(
      [...new Set(all.map((ref) => ref.repo))]
        .filter((repo) => !list.node24Since[repo])
        .map((repo) => `${repo}: add its first node24 major to node24Since`),
    ).toEqual([]);
    expect(
      all.filter((ref) => ref.major && list.node24Since[ref.repo] && compareMajors(ref.major, list.node24Since[ref.repo]!) < 0).map(where),
    ).toEqual([]);
    for (const [repo, version] of Object.entries(list.versions))
      expect(compareMajors(version, list.node24Since[repo] ?? 'v999'), repo).toBeGreaterThanOrEqual(0);
  });

  it('reads versions from tags and from SHA pins with a version comment', () => {
    expect(actionRefs('      - uses: github/codeql-action/init@v4\n')).toEqual([
      { repo: 'github/codeql-action', ref: 'v4', major: 'v4', line: 1 },
    ]);
    const sha = 'a'.repeat(40);
    expect(actionRefs(`- uses: actions/checkout@${sha} # v7.0.1`)[0]).toMatchObject({ repo: 'actions/checkout', major: 'v7' });
    expect(actionRefs(`- uses: actions/checkout@${sha}`)[0]?.major).toBeUndefined();
    expect(actionRefs('- uses: ./\n- uses: ./.github/workflows/x.yml')).toEqual([]);
  });

  it('shows this action everywhere at one major version tag (a SHA pin aside)', () => {
    const tags = new Set(ownRefs.filter((ref) => !/^[0-9a-f]{40}$/.test(ref.ref)).map((ref) => ref.ref));
    expect([...tags]).toHaveLength(1);
    expect([...tags][0]).toMatch(/^v\d+$/);
  });
});
