// The GitHub Marketplace's rules for an action's metadata that a listing is refused or cut for:
// a name that cannot be mistaken for a user, organization or generic action, a description of at
// most 125 characters, and branding with an icon and a colour from GitHub's allowed sets (read
// from the schema of GitHub's own parser, so the lists are GitHub's, not ours).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../local-runner.js';

export const DESCRIPTION_MAX = 125;
export const NAME_MAX = 50;

interface Metadata {
  name?: unknown;
  description?: unknown;
  branding?: { icon?: unknown; color?: unknown };
}

function allowedBranding(): { icons: Set<string>; colors: Set<string> } {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'node_modules/@actions/workflow-parser/dist/action-v1.0.min.json'), 'utf8')) as {
    definitions: Record<string, { 'allowed-values'?: string[] }>;
  };
  return {
    icons: new Set(schema.definitions['branding-icon']?.['allowed-values']),
    colors: new Set(schema.definitions['branding-color']?.['allowed-values']),
  };
}

/** What the Marketplace would refuse in this action.yml; `taken` are names it may not use (the repository's owner and name). */
export function marketplaceProblems(actionYaml: string, taken: string[]): string[] {
  const action = parse(actionYaml) as Metadata;
  const problems: string[] = [];
  const name = typeof action.name === 'string' ? action.name.trim() : '';
  const description = typeof action.description === 'string' ? action.description : '';
  if (!name) problems.push('name is empty.');
  if (name.length > NAME_MAX) problems.push(`name has ${name.length} characters; keep it under ${NAME_MAX}, it is the listing's title.`);
  if (taken.some((other) => other.toLowerCase() === name.toLowerCase()))
    problems.push(`name '${name}' is a GitHub user, organization or repository name; the Marketplace refuses it.`);
  if (!/\s/.test(name))
    problems.push(`name '${name}' is one word: it reads like a user or organization name, which the Marketplace refuses.`);
  if (!description.trim()) problems.push('description is empty.');
  if (description.length > DESCRIPTION_MAX)
    problems.push(`description has ${description.length} characters; the Marketplace allows ${DESCRIPTION_MAX}.`);
  const { icons, colors } = allowedBranding();
  if (icons.size === 0 || colors.size === 0) problems.push("the parser's schema no longer lists the branding values: update this check.");
  if (typeof action.branding?.icon !== 'string' || !icons.has(action.branding.icon))
    problems.push(`branding.icon '${String(action.branding?.icon)}' is not one of the Marketplace's icons.`);
  if (typeof action.branding?.color !== 'string' || !colors.has(action.branding.color))
    problems.push(`branding.color '${String(action.branding?.color)}' is not one of ${[...colors].join(', ')}.`);
  return problems;
}
