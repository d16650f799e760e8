import { describe, expect, it } from 'vitest';
import { Input } from '../../src/action-interface.js';
import { parseExcludedAccounts, parseOrganizationScope } from '../../src/organization/selection.js';
import { homeRegion, readSettings, SettingsError } from '../../src/settings.js';

const read = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const problems = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) => {
  try {
    readSettings(read(inputs), env);
  } catch (error) {
    return (error as SettingsError).problems;
  }
  return [];
};
const show = (text: string) => text;

describe('the regions keywords', () => {
  it("takes enabled or linked in any case, with the job's Region as home, us-east-1 without one", () => {
    const enabled = readSettings(read({ [Input.regions]: 'ENABLED' }), { AWS_REGION: 'eu-west-1' });
    expect(enabled).toMatchObject({ regions: [], regionsFrom: { keyword: 'enabled', homeRegion: 'eu-west-1' } });
    expect(homeRegion(enabled)).toBe('eu-west-1');
    expect(readSettings(read({ [Input.regions]: 'linked' }), {}).regionsFrom).toEqual({ keyword: 'linked', homeRegion: 'us-east-1' });
  });

  it('refuses a keyword with Region names or a second keyword', () => {
    expect(problems({ [Input.regions]: 'enabled us-east-1' })[0]).toContain(
      "takes Region names or exactly one keyword ('enabled' or 'linked')",
    );
    expect(problems({ [Input.regions]: 'enabled linked' })).toHaveLength(1);
  });

  it('leaves exclude-regions out of a plain list, and refuses one that leaves nothing', () => {
    const settings = readSettings(read({ [Input.regions]: 'us-east-1 eu-west-1', [Input.excludeRegions]: 'us-east-1' }), {});
    expect(settings).toMatchObject({ regions: ['eu-west-1'], excludeRegions: ['us-east-1'] });
    expect(homeRegion(settings)).toBe('eu-west-1');
    expect(problems({ [Input.regions]: 'us-east-1', [Input.excludeRegions]: 'us-east-1' })).toEqual([
      "Input 'exclude-regions' leaves out every Region of 'regions'; nothing would be onboarded.",
    ]);
    expect(problems({ [Input.regions]: 'enabled', [Input.excludeRegions]: 'mars-1' })).toEqual([
      "'mars-1' is not an AWS Region name (expected a name such as 'us-east-1') in input 'exclude-regions'.",
    ]);
  });

  it('adds nothing to the settings when the new inputs are not used', () => {
    const settings = readSettings(read({ [Input.regions]: 'us-east-1' }), {});
    for (const field of ['regionsFrom', 'excludeRegions', 'organizationAccounts', 'excludeAccounts'])
      expect(settings).not.toHaveProperty(field);
  });
});

describe('organization-accounts and exclude-accounts', () => {
  it('takes all alone, or root and unit IDs', () => {
    expect(parseOrganizationScope(['ALL'], show)).toEqual({ scope: { kind: 'all' }, problems: [] });
    expect(parseOrganizationScope(['r-ab12', 'ou-ab12-11111111', 'ou-ab12-11111111'], show)).toEqual({
      scope: { kind: 'units', unitIds: ['r-ab12', 'ou-ab12-11111111'] },
      problems: [],
    });
    expect(parseOrganizationScope(['all', 'r-ab12'], show).problems).toHaveLength(1);
    expect(parseOrganizationScope(['ou-AB12-1', 'Production'], show).problems).toEqual([
      "'ou-AB12-1' is not a root ID (r-…) or an organizational unit ID (ou-…-…) in input 'organization-accounts'; use 'all' for every account of the organization.",
      "'Production' is not a root ID (r-…) or an organizational unit ID (ou-…-…) in input 'organization-accounts'; use 'all' for every account of the organization.",
    ]);
    expect(parseOrganizationScope([], show)).toEqual({ problems: [] });
  });

  it('takes 12-digit account IDs to exclude, each once', () => {
    expect(parseExcludedAccounts(['012345678901', '012345678901', '12345'], show)).toEqual({
      accountIds: ['012345678901'],
      problems: ["'12345' is not an AWS account ID (exactly 12 digits) in input 'exclude-accounts'."],
    });
  });
});
