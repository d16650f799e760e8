import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../scripts/local-runner.js';
import { releases, section, sectionProblems } from '../scripts/release/changelog.js';
import { versionProblems } from '../scripts/release/check-version.js';

// The release workflow's steps are scripts; these tests run them against a throwaway repository
// with a bare "origin", as the workflow runs them against the real one.
const scripts = join(repoRoot, 'scripts', 'release');
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
let root: string;
let work: string;
let origin: string;

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: work, encoding: 'utf8', env: { ...process.env, ...env, GIT_CONFIG_NOSYSTEM: '1' } });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}
const git = (...args: string[]) => {
  const result = run('git', args);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.out}`);
  return result.out.trim();
};
const bash = (script: string, args: string[] = [], env: Record<string, string> = {}) => run('bash', [join(scripts, script), ...args], env);
const remoteTag = (tag: string) =>
  spawnSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { cwd: origin, encoding: 'utf8' }).stdout.trim();

const changelog = (versions: { version: string; date?: string; notes?: string }[]) =>
  [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    ...versions.flatMap(({ version, date = '2026-12-01', notes = `### Fixed\n\n- Something in ${version}.` }) => [
      `## [${version}]${date ? ` - ${date}` : ''}`,
      '',
      notes,
      '',
    ]),
    '[Unreleased]: https://github.com/o/r/compare/HEAD...main',
    ...versions.map(({ version }) => `[${version}]: https://github.com/o/r/releases/tag/v${version}`),
    '',
  ].join('\n');

/** Commits a release of the throwaway project: package.json, CHANGELOG.md and a built dist/. */
async function commitRelease(version: string, older: string[] = []) {
  await writeFile(join(work, 'package.json'), JSON.stringify({ name: 'throwaway', version }, null, 2));
  await writeFile(join(work, 'CHANGELOG.md'), changelog([{ version }, ...older.map((v) => ({ version: v }))]));
  await writeFile(join(work, 'src.txt'), `source of ${version}\n`);
  await mkdir(join(work, 'dist'), { recursive: true });
  await writeFile(join(work, 'dist', 'index.js'), `source of ${version}\n`);
  git('add', '-A');
  git('commit', '-qm', `Release ${version}`);
  return git('rev-parse', 'HEAD');
}
const BUILD = { BUILD_COMMAND: 'mkdir -p dist && cp src.txt dist/index.js' };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'securityhub-onboard-release-'));
  origin = join(root, 'origin.git');
  work = join(root, 'work');
  spawnSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  spawnSync('git', ['clone', '-q', origin, work]);
  git('config', 'user.name', 'Release Test');
  git('config', 'user.email', 'release@example.com');
  git('checkout', '-q', '-b', 'main');
  await mkdir(join(work, 'dist'));
  await writeFile(join(work, 'src.txt'), 'first\n');
  await writeFile(join(work, 'dist', 'index.js'), 'first\n');
  await writeFile(join(work, 'package.json'), JSON.stringify({ name: 'throwaway', version: '0.0.0' }));
  await writeFile(join(work, 'CHANGELOG.md'), changelog([]));
  git('add', '-A');
  git('commit', '-qm', 'Start');
  git('push', '-q', 'origin', 'main');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('scripts/release/check-dist.sh: dist/ is what the build makes from the commit', () => {
  it('passes when the committed dist/ is what the build makes', () => {
    const result = bash('check-dist.sh', [], BUILD);
    expect(result.out).toContain('dist/ is exactly what');
    expect(result.status).toBe(0);
  });

  it('fails when the source changed and dist/ was not rebuilt', async () => {
    await writeFile(join(work, 'src.txt'), 'changed\n');
    git('commit', '-qam', 'Change the source only');
    const result = bash('check-dist.sh', [], BUILD);
    expect(result.status).toBe(1);
    expect(result.out).toContain('::error title=dist/ is stale::');
    git('reset', '-q', '--hard', 'HEAD~1');
  });

  it('fails when the build makes a file that is not committed', () => {
    const result = bash('check-dist.sh', [], { BUILD_COMMAND: 'cp src.txt dist/index.js && echo x > dist/new-chunk.js' });
    expect(result.status).toBe(1);
    expect(result.out).toContain('Built but not committed:\ndist/new-chunk.js');
    git('clean', '-qfd', 'dist');
  });

  it('fails when the build no longer makes a committed file', () => {
    const result = bash('check-dist.sh', [], { BUILD_COMMAND: 'rm dist/index.js' });
    expect(result.status).toBe(1);
    git('checkout', '--', 'dist');
  });

  it('refuses to judge a checkout whose dist/ is already modified', async () => {
    await writeFile(join(work, 'dist', 'index.js'), 'edited by hand\n');
    const result = bash('check-dist.sh', [], BUILD);
    expect(result.status).toBe(1);
    expect(result.out).toContain('uncommitted changes before the build');
    git('checkout', '--', 'dist');
  });
});

describe('scripts/release/check-version.ts: the tag, package.json and CHANGELOG.md agree', () => {
  it('accepts v1.0.0 when package.json says 1.0.0 and CHANGELOG.md has its dated section, on main', async () => {
    await commitRelease('1.0.0');
    git('push', '-q', 'origin', 'main');
    git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
    expect(await versionProblems('v1.0.0', { cwd: work, branch: 'origin/main' })).toEqual([]);
    const cli = run(tsx, [join(scripts, 'check-version.ts'), 'v1.0.0', '--branch', 'origin/main']);
    expect(cli.out).toContain('v1.0.0: package.json, CHANGELOG.md and origin/main agree.');
    expect(cli.status).toBe(0);
  });

  it.each([
    ['a tag that is not vX.Y.Z', 'v1.0', 'is not a release tag vX.Y.Z'],
    ['a pre-release tag', 'v1.0.0-rc.1', 'is not a release tag vX.Y.Z'],
    ['a tag package.json does not have', 'v1.0.1', 'package.json has version 1.0.0, the tag v1.0.1'],
  ])('refuses %s', async (_case, tag, message) => {
    expect((await versionProblems(tag, { cwd: work })).join('\n')).toContain(message);
  });

  it('fails as a command, with an error annotation, on a mismatch', () => {
    const cli = run(tsx, [join(scripts, 'check-version.ts'), 'v1.0.1']);
    expect(cli.status).toBe(1);
    expect(cli.out).toContain('::error title=Release v1.0.1::package.json has version 1.0.0');
  });

  it('refuses a tag on a commit that is not on main', async () => {
    git('checkout', '-q', '-b', 'unreviewed');
    await writeFile(join(work, 'package.json'), JSON.stringify({ name: 'throwaway', version: '1.0.9' }));
    await writeFile(join(work, 'CHANGELOG.md'), changelog([{ version: '1.0.9' }, { version: '1.0.0' }]));
    git('commit', '-qam', 'Not merged');
    git('tag', 'v1.0.9');
    expect(await versionProblems('v1.0.9', { cwd: work, branch: 'origin/main' })).toEqual([
      'The commit of v1.0.9 is not on origin/main: tag a commit that was merged there.',
    ]);
    git('checkout', '-q', 'main');
    git('tag', '-d', 'v1.0.9');
  });

  it.each([
    ['no section for the version', changelog([{ version: '0.9.0' }]), 'has no section "## [1.2.3] - YYYY-MM-DD"'],
    ['a section without a date', changelog([{ version: '1.2.3', date: '' }]), 'needs its date'],
    ['an empty section', changelog([{ version: '1.2.3', notes: '' }]), 'the section of 1.2.3 is empty'],
    ['no link reference', changelog([{ version: '1.2.3' }]).replace(/^\[1\.2\.3\]: .*$/m, ''), 'no link "[1.2.3]: https://…"'],
    [
      'a newer section above it',
      changelog([{ version: '1.3.0' }, { version: '1.2.3' }]),
      '1.2.3 is not the newest section (1.3.0 is above it)',
    ],
    ['no Unreleased section', changelog([{ version: '1.2.3' }]).replace('## [Unreleased]\n', ''), 'lost its "## [Unreleased]" section'],
  ])('refuses a changelog with %s', (_case, text, message) => {
    expect(sectionProblems(text, '1.2.3').join('\n')).toContain(message);
  });
});

describe('scripts/release/changelog.ts: the release notes', () => {
  const text = changelog([{ version: '1.1.0', notes: '### Added\n\n- `exclude-regions`.' }, { version: '1.0.0' }]);

  it('reads the released sections, newest first, without Unreleased and link references', () => {
    expect(releases(text).map((release) => [release.version, release.date])).toEqual([
      ['1.1.0', '2026-12-01'],
      ['1.0.0', '2026-12-01'],
    ]);
    expect(section(text, '1.1.0')).toBe('### Added\n\n- `exclude-regions`.');
    expect(section(text, '1.0.0')).toBe('### Fixed\n\n- Something in 1.0.0.');
  });

  it('prints a section as a command, and fails on an unknown version', async () => {
    await writeFile(join(root, 'CHANGELOG.md'), text);
    const ok = run(tsx, [join(scripts, 'changelog.ts'), 'section', '1.1.0', join(root, 'CHANGELOG.md')]);
    expect(ok).toEqual({ status: 0, out: '### Added\n\n- `exclude-regions`.\n' });
    const missing = run(tsx, [join(scripts, 'changelog.ts'), 'section', '9.9.9', join(root, 'CHANGELOG.md')]);
    expect(missing.status).toBe(1);
    expect(missing.out).toContain('no section for 9.9.9');
  });
});

describe('scripts/release/move-major-tag.sh: the major tag follows the newest release', () => {
  it('creates v1 on the first release and pushes it', () => {
    const result = bash('move-major-tag.sh', ['v1.0.0', 'origin']);
    expect(result.out).toContain('v1 now points at v1.0.0');
    expect(result.status).toBe(0);
    expect(remoteTag('v1')).toBe(git('rev-parse', 'v1.0.0^{commit}'));
  });

  it('does nothing when v1 already points at the release', () => {
    const result = bash('move-major-tag.sh', ['v1.0.0', 'origin']);
    expect(result.out).toContain('v1 already points at v1.0.0');
    expect(result.status).toBe(0);
  });

  it('moves v1 to v1.1.0', async () => {
    const commit = await commitRelease('1.1.0', ['1.0.0']);
    git('push', '-q', 'origin', 'main');
    git('tag', '-a', 'v1.1.0', '-m', 'v1.1.0');
    expect(bash('move-major-tag.sh', ['v1.1.0', 'origin']).status).toBe(0);
    expect(remoteTag('v1')).toBe(commit);
  });

  it('never moves v1 back for a fix released on an older line', async () => {
    git('checkout', '-q', '-b', 'release-1.0', 'v1.0.0');
    await commitRelease('1.0.1', ['1.0.0']);
    git('tag', '-a', 'v1.0.1', '-m', 'v1.0.1');
    const result = bash('move-major-tag.sh', ['v1.0.1', 'origin']);
    expect(result.out).toContain('v1 stays where it is: v1.1.0 is newer than v1.0.1');
    expect(remoteTag('v1')).toBe(git('rev-parse', 'v1.1.0^{commit}'));
    git('checkout', '-q', 'main');
  });

  it('starts v2 for a new major version and leaves v1 alone', async () => {
    const commit = await commitRelease('2.0.0', ['1.1.0', '1.0.0']);
    git('tag', '-a', 'v2.0.0', '-m', 'v2.0.0');
    expect(bash('move-major-tag.sh', ['v2.0.0', 'origin']).status).toBe(0);
    expect(remoteTag('v2')).toBe(commit);
    expect(remoteTag('v1')).toBe(git('rev-parse', 'v1.1.0^{commit}'));
  });

  it('refuses a tag that is not vX.Y.Z, or that does not exist', () => {
    expect(bash('move-major-tag.sh', ['v2', 'origin']).out).toContain("'v2' is not a release tag vX.Y.Z");
    expect(bash('move-major-tag.sh', ['v3.0.0', 'origin']).out).toContain('There is no tag v3.0.0 here');
    expect(bash('move-major-tag.sh', ['v3.0.0', 'origin']).status).toBe(1);
  });

  it('newest-release.sh orders by version, not by name or date, and skips pre-releases and major tags', () => {
    git('tag', 'v1.10.0', 'v1.0.0');
    git('tag', 'v1.9.0', 'v1.0.0');
    git('tag', 'v1.11.0-rc.1', 'v1.0.0');
    expect(bash('newest-release.sh', ['v1']).out.trim()).toBe('v1.10.0');
    expect(bash('newest-release.sh').out.trim()).toBe('v2.0.0');
    expect(bash('newest-release.sh', ['v7']).out.trim()).toBe('');
    expect(bash('newest-release.sh', ['1']).status).toBe(2);
  });
});

describe('the release of this repository', () => {
  it("package.json's version is the newest release in CHANGELOG.md (or nothing is released yet)", async () => {
    const text = await readFile(join(repoRoot, 'CHANGELOG.md'), 'utf8');
    const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const newest = releases(text)[0];
    if (newest) {
      expect(version).toBe(newest.version);
      expect(sectionProblems(text, version)).toEqual([]);
    } else {
      expect(Number(version.split('.')[0])).toBe(0);
    }
  });

  it('release.yml runs on vX.Y.Z tags: version check, dist/ check, tests, attestation, release, then the major tag', async () => {
    type Step = { uses?: string; run?: string; with?: Record<string, string> };
    const workflow = parse(await readFile(join(repoRoot, '.github/workflows/release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } };
      permissions: Record<string, string>;
      jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
    };
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const [job] = Object.values(workflow.jobs);
    expect(job!.permissions).toEqual({ contents: 'write', 'id-token': 'write', attestations: 'write' });
    const order = job!.steps.map(
      (step) => step.uses?.split('@')[0] ?? /scripts\/release\/[\w-]+\.\w+|npm test|npm ci/.exec(step.run ?? '')?.[0],
    );
    expect(order).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'npm ci',
      'scripts/release/check-version.ts',
      'scripts/release/check-dist.sh',
      'npm test',
      'actions/attest-build-provenance',
      'scripts/release/changelog.ts',
      'scripts/release/move-major-tag.sh',
    ]);
    expect(job!.steps[0]!.with).toMatchObject({ 'fetch-depth': 0 });
    expect(job!.steps.find((step) => step.uses?.startsWith('actions/attest-build-provenance@'))?.with).toEqual({
      'subject-path': 'dist/*',
    });
    expect(job!.steps.find((step) => step.run?.includes('check-version.ts'))?.run).toContain('--branch origin/main');
  });

  it('check-dist.yml runs the same dist/ check as the release', async () => {
    expect(await readFile(join(repoRoot, '.github/workflows/check-dist.yml'), 'utf8')).toContain('run: bash scripts/release/check-dist.sh');
  });
});
