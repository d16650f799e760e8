// The IAM examples and CloudFormation templates work in every partition, and the member role can
// create Security Hub's service-linked role (docs/aws-behaviour.md#partitions).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type Tags } from 'yaml';
import { repoRoot } from '../scripts/local-runner.js';

// CloudFormation's short-form intrinsic functions, read as their long form.
const functions = ['Ref', 'Sub', 'GetAtt', 'If', 'Not', 'Equals'];
const cloudFormationTags: Tags = functions.flatMap((name) => {
  const key = name === 'Ref' ? 'Ref' : `Fn::${name}`;
  return [
    { tag: `!${name}`, resolve: (value: string) => ({ [key]: value }) },
    { tag: `!${name}`, collection: 'seq' as const, resolve: (value: { toJSON(): unknown }) => ({ [key]: value.toJSON() }) },
  ];
});

const iamDir = join(repoRoot, 'examples', 'iam');
const templatesDir = join(repoRoot, 'examples', 'cloudformation');
const iamFiles = (await readdir(iamDir)).filter((file) => file.endsWith('.json'));
const templates = (await readdir(templatesDir)).filter((file) => file.endsWith('.yaml'));
const text = async (dir: string, file: string) => readFile(join(dir, file), 'utf8');

type Statement = { Sid?: string; Action?: string | string[]; Resource?: unknown; Condition?: Record<string, Record<string, unknown>> };
type Template = {
  Resources: Record<string, { Type: string; Properties: { Policies?: { PolicyDocument: { Statement: Statement[] } }[] } }>;
};

describe('the IAM examples and templates', () => {
  it.each([...iamFiles.map((file) => [iamDir, file]), ...templates.map((file) => [templatesDir, file])])(
    '%s/%s names no partition in an ARN',
    async (dir, file) => {
      expect(await text(dir, file)).not.toMatch(/arn:aws(-[a-z-]+)?:/);
    },
  );

  it.each(iamFiles)('%s is a policy document', async (file) => {
    const policy = JSON.parse(await text(iamDir, file)) as { Version: string; Statement: unknown[] };
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement.length).toBeGreaterThan(0);
  });

  it.each(templates)('%s is a template that builds any ARN it names from AWS::Partition', async (file) => {
    const source = await text(templatesDir, file);
    const template = parse(source, { customTags: cloudFormationTags }) as Template;
    expect(Object.keys(template.Resources).length).toBeGreaterThan(0);
    const builtArns = source.match(/arn:\$\{AWS::Partition\}:/g) ?? [];
    if (['member-role.yaml', 'administrator-roles.yaml'].includes(file)) expect(builtArns.length).toBeGreaterThan(0);
  });

  it('lets the member role create Security Hub’s service-linked role, and no other', async () => {
    const template = parse(await text(templatesDir, 'member-role.yaml'), { customTags: cloudFormationTags }) as Template;
    const statements = Object.values(template.Resources)
      .flatMap((resource) => resource.Properties.Policies ?? [])
      .flatMap((policy) => policy.PolicyDocument.Statement);
    const serviceLinked = statements.filter((statement) => [statement.Action].flat().includes('iam:CreateServiceLinkedRole'));
    expect(serviceLinked).toHaveLength(1);
    expect(serviceLinked[0]!.Condition).toEqual({ StringEquals: { 'iam:AWSServiceName': 'securityhub.amazonaws.com' } });
    expect(JSON.stringify(serviceLinked[0]!.Resource)).toContain('aws-service-role/securityhub.amazonaws.com/AWSServiceRoleForSecurityHub');
  });

  it('asks for the China audience in China, in the template and in the action alike', async () => {
    const source = await text(templatesDir, 'administrator-roles.yaml');
    expect(source).toContain('!If [InChina, sts.amazonaws.com.cn, sts.amazonaws.com]');
    const { defaultAudience } = await import('../src/settings.js');
    expect(defaultAudience('arn:aws-cn:iam::111111111111:role/securityhub-onboard')).toBe('sts.amazonaws.com.cn');
    expect(defaultAudience('arn:aws-us-gov:iam::111111111111:role/securityhub-onboard')).toBe('sts.amazonaws.com');
  });
});
