// The release gate on a tag: `tsx scripts/release/check-version.ts v1.2.3 [--branch origin/main]`.
// Fails, saying what to fix, unless the tag is vX.Y.Z, package.json's version is X.Y.Z, CHANGELOG.md
// has a dated, non-empty X.Y.Z section that is the newest one, and (with --branch) the tagged
// commit is on that branch, so a tag on an unreviewed commit is never released.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { sectionProblems } from './changelog.js';

export const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export async function versionProblems(tag: string, options: { cwd?: string; branch?: string } = {}): Promise<string[]> {
  const cwd = options.cwd ?? process.cwd();
  if (!TAG.test(tag)) return [`The tag '${tag}' is not a release tag vX.Y.Z (such as v1.2.3).`];
  const version = tag.slice(1);
  const problems: string[] = [];
  const pkg = JSON.parse(await readFile(`${cwd}/package.json`, 'utf8')) as { version?: string };
  if (pkg.version !== version)
    problems.push(
      `package.json has version ${pkg.version}, the tag ${tag}: run 'npm version ${version} --no-git-tag-version' in the release pull request.`,
    );
  problems.push(...sectionProblems(await readFile(`${cwd}/CHANGELOG.md`, 'utf8'), version));
  if (options.branch) {
    try {
      execFileSync('git', ['merge-base', '--is-ancestor', `${tag}^{commit}`, options.branch], { cwd, stdio: 'ignore' });
    } catch {
      problems.push(`The commit of ${tag} is not on ${options.branch}: tag a commit that was merged there.`);
    }
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [tag, flag, branch] = process.argv.slice(2);
  if (!tag || (flag !== undefined && (flag !== '--branch' || !branch))) {
    console.error('usage: check-version.ts <vX.Y.Z> [--branch <ref>]');
    process.exit(2);
  }
  const problems = await versionProblems(tag, branch === undefined ? {} : { branch });
  for (const problem of problems) console.log(`::error title=Release ${tag}::${problem}`);
  if (problems.length > 0) process.exit(1);
  console.log(`${tag}: package.json, CHANGELOG.md${branch ? ` and ${branch}` : ''} agree.`);
}
