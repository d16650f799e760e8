import { access, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type Tags } from 'yaml';
import { repoRoot } from '../scripts/local-runner.js';

// The files the README's "Set up: the first hour" tells people to create roles and stacks from.
const read = (path: string) => readFile(join(repoRoot, path), 'utf8');
const readme = await read('README.md');
const firstHour = readme.slice(readme.indexOf('## Set up: the first hour'), readme.indexOf('## Permissions'));

/** CloudFormation's short-form intrinsic functions, as plain objects. */
const cfnTags: Tags = ['Ref', 'GetAtt', 'Sub', 'If', 'Not', 'Equals', 'Join', 'Select'].flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => ({ [name]: value }) },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (value: unknown) => ({ [name]: value }) },
]);
const template = async (path: string) =>
  parse(await read(path), { customTags: cfnTags }) as {
    Parameters: Record<string, { Default?: string; AllowedValues?: string[] }>;
    Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  };

type Trust = {
  Version: string;
  Statement: { Principal: { Federated: string }; Action: string; Condition: { StringEquals: Record<string, string> } }[];
};
const trust = async (file: string) => JSON.parse(await read(`examples/iam/${file}`)) as Trust;

describe('the IAM and CloudFormation examples of the first hour', () => {
  it('every IAM example is a policy document', async () => {
    const files = (await readdir(join(repoRoot, 'examples', 'iam'))).filter((file) => file.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files)
      expect((JSON.parse(await read(`examples/iam/${file}`)) as { Version: string }).Version, file).toBe('2012-10-17');
  });

  it.each([
    ['plan-role-trust.json', 'repo:your-org/your-repo:pull_request'],
    ['apply-role-trust.json', 'repo:your-org/your-repo:ref:refs/heads/main'],
    ['apply-role-trust-environment.json', 'repo:your-org/your-repo:environment:securityhub-apply'],
  ])('%s trusts the GitHub OIDC provider with the sts audience and the subject %s', async (file, subject) => {
    const [statement] = (await trust(file)).Statement;
    // The partition is a placeholder like the account: the example names none (docs/aws-behaviour.md#partitions).
    expect(statement!.Principal.Federated).toMatch(/^arn:PARTITION:iam::\d{12}:oidc-provider\/token\.actions\.githubusercontent\.com$/);
    expect(statement!.Action).toBe('sts:AssumeRoleWithWebIdentity');
    expect(statement!.Condition.StringEquals).toEqual({
      'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
      'token.actions.githubusercontent.com:sub': subject,
    });
  });

  it('the environment the apply job names is the one its trust policy names', () => {
    expect(/environment: (\S+)/.exec(firstHour)?.[1]).toBe('securityhub-apply');
    expect(firstHour).toContain('"token.actions.githubusercontent.com:sub": "repo:your-org/your-repo:environment:securityhub-apply"');
  });

  it('the provider template creates the provider for token.actions.githubusercontent.com, audience sts.amazonaws.com or .com.cn', async () => {
    const { Parameters, Resources } = await template('examples/cloudformation/github-oidc-provider.yaml');
    const [provider] = Object.values(Resources);
    expect(provider!.Type).toBe('AWS::IAM::OIDCProvider');
    expect(provider!.Properties).toEqual({ Url: 'https://token.actions.githubusercontent.com', ClientIdList: [{ Ref: 'Audience' }] });
    expect(Parameters.Audience).toMatchObject({
      Default: 'sts.amazonaws.com',
      AllowedValues: ['sts.amazonaws.com', 'sts.amazonaws.com.cn'],
    });
  });

  it('the member-role template creates one named IAM role (hence one Region per account, CAPABILITY_NAMED_IAM)', async () => {
    const { Resources } = await template('examples/cloudformation/member-role.yaml');
    expect(Object.values(Resources).map((resource) => resource.Type)).toEqual(['AWS::IAM::Role']);
    expect(Object.values(Resources)[0]!.Properties.RoleName).toEqual({ Ref: 'RoleName' });
    expect(firstHour).toContain('--capabilities CAPABILITY_NAMED_IAM');
  });

  it('the README creates the OIDC provider before the roles, and names only files that exist', async () => {
    const provider = firstHour.indexOf('### 1. The OIDC identity provider');
    expect(provider).toBeGreaterThan(-1);
    expect(provider).toBeLessThan(firstHour.indexOf('aws iam create-role'));
    const files = [...firstHour.matchAll(/(?:file:\/\/|--template-file |\]\()((?:examples|\.github)\/[\w./-]+)/g)].map(
      (match) => match[1]!,
    );
    expect(files.length).toBeGreaterThan(5);
    for (const file of new Set(files)) await expect(access(join(repoRoot, file)), file).resolves.toBeUndefined();
  });
});
