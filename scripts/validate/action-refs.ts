// Every `uses:` reference to another repository's action or reusable workflow in a text (workflow
// or Markdown), with its line. A commit SHA counts as the version in its trailing comment
// (`@<sha> # v7.0.1`), as GitHub's hardening guide writes it.
export interface ActionRef {
  /** owner/repo: the unit that is released and tagged (github/codeql-action/init → github/codeql-action). */
  repo: string;
  /** The ref after @ (a tag such as v7, or a commit SHA). */
  ref: string;
  /** The major version tag: `v7` for v7, v7.0.1 or a SHA commented `# v7.0.1`; undefined when unknown. */
  major: string | undefined;
  line: number;
}

const USES = /\buses:\s*['"]?([\w.-]+)\/([\w.-]+)((?:\/[\w.-]+)*)@([\w.-]+)['"]?(?:\s+#\s*(v?\d[\w.-]*))?/;

export function actionRefs(text: string): ActionRef[] {
  return text.split('\n').flatMap((content, index) => {
    const match = USES.exec(content);
    if (!match) return [];
    const [, owner, name, , ref, comment] = match;
    const version = /^[0-9a-f]{40}$/.test(ref!) ? comment : ref;
    const major = /^v?(\d+)(?:\.\d+){0,2}$/.exec(version ?? '')?.[1];
    return [{ repo: `${owner}/${name}`, ref: ref!, major: major === undefined ? undefined : `v${major}`, line: index + 1 }];
  });
}

/** -1, 0 or 1 as major tag a is older than, the same as, or newer than b. */
export const compareMajors = (a: string, b: string): number => Math.sign(Number(a.slice(1)) - Number(b.slice(1)));
