import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/local-runner.js';
import { DESCRIPTION_MAX, marketplaceProblems } from '../scripts/validate/marketplace.js';

const actionYaml = await readFile(join(repoRoot, 'action.yml'), 'utf8');
const taken = ['securityhub-onboard'];
const good =
  "name: 'Security Hub CSPM member onboarding'\ndescription: 'Onboards accounts.'\nbranding:\n  icon: 'shield'\n  color: 'orange'\n";

describe('action.yml for the GitHub Marketplace', () => {
  it('passes the Marketplace rules: short distinct name, description of at most 125 characters, allowed branding', () => {
    expect(marketplaceProblems(actionYaml, taken)).toEqual([]);
  });

  it.each([
    [
      'a description one character too long',
      good.replace('Onboards accounts.', 'x'.repeat(DESCRIPTION_MAX + 1)),
      'description has 126 characters',
    ],
    [
      'the repository name as the name',
      good.replace('Security Hub CSPM member onboarding', 'securityhub-onboard'),
      'is a GitHub user, organization or repository name',
    ],
    ['a one-word name', good.replace('Security Hub CSPM member onboarding', 'Onboarder'), 'is one word'],
    [
      'a long name',
      good.replace('Security Hub CSPM member onboarding', 'An action that onboards AWS accounts into Security Hub CSPM'),
      'name has 59 characters',
    ],
    ['no branding', good.replace(/branding:[\s\S]*/, ''), "branding.icon 'undefined'"],
    ['an icon GitHub excludes', good.replace("'shield'", "'key'"), "branding.icon 'key'"],
    ['a colour outside the set', good.replace("'orange'", "'pink'"), "branding.color 'pink'"],
  ])('refuses %s', (_case, text, message) => {
    expect(marketplaceProblems(text, taken).join('\n')).toContain(message);
  });

  it('accepts a description of exactly 125 characters', () => {
    expect(marketplaceProblems(good.replace('Onboards accounts.', 'x'.repeat(DESCRIPTION_MAX)), taken)).toEqual([]);
  });
});
