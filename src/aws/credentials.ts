import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  type Credentials as StsCredentials,
} from '@aws-sdk/client-sts';
import { registerSecret } from '../secrets.js';
import { createClient } from './clients.js';
import { CredentialsError, isRegionNotEnabled } from './errors.js';
import { jobOidcToken } from './oidc-token.js';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

/** Who the action acts as: the Security Hub CSPM administrator account. */
export interface AdministratorSession {
  credentials: AwsCredentials;
  accountId: string;
  /** From the caller's ARN (`aws`, `aws-us-gov`, `aws-cn`…), never assumed. */
  partition: string;
  arn: string;
  /** The Region whose STS answered: the member side asks STS there too. */
  stsRegion: string;
}

export interface CredentialOptions {
  /** Undefined: the credentials already in the environment (SDK default chain). */
  roleToAssume?: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  audience: string;
  /** The Regions asked for: STS is called in the partition's always-enabled Region first, then in these (stsRegions). */
  regions: readonly string[];
  /** The job's OIDC token (jobOidcToken), when it was asked for already; else it is asked for here, with a role to assume. */
  oidcToken?: Promise<string>;
}

/**
 * A Region that is enabled in every account of its partition (opt-in Regions are not), by
 * partition (docs/aws-behaviour.md#opt-in-regions).
 */
const ALWAYS_ENABLED_REGION: Record<string, string> = {
  aws: 'us-east-1',
  'aws-us-gov': 'us-gov-west-1',
  'aws-cn': 'cn-north-1',
  'aws-iso': 'us-iso-east-1',
  'aws-iso-b': 'us-isob-east-1',
};

/** The partition of an ARN, or else of the Regions asked for. */
export function partitionOf(roleArn: string, regions: readonly string[]): string {
  const fromArn = /^arn:([a-z-]+):/.exec(roleArn)?.[1];
  if (fromArn) return fromArn;
  const region = regions[0] ?? '';
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  return /^[a-z]{2}-[a-z]+-\d+$/.test(region) ? 'aws' : '';
}

/**
 * Where STS is asked, in order: the partition's always-enabled Region, so that an opt-in Region
 * listed first cannot fail the run, then the listed Regions, tried when one refuses as a Region
 * not enabled does (docs/aws-behaviour.md#opt-in-regions).
 */
export function stsRegions(partition: string, regions: readonly string[]): string[] {
  const first = ALWAYS_ENABLED_REGION[partition];
  return [...new Set([...(first ? [first] : []), ...regions])];
}

/**
 * Runs `attempt` in each Region in turn until one answers; moves on only when STS refuses as it
 * does in a Region not enabled for the account. Any other failure, or the last Region's, is thrown.
 */
export async function inFirstEnabledRegion<T>(regions: readonly string[], attempt: (region: string) => Promise<T>): Promise<T> {
  const refused: string[] = [];
  for (const [index, region] of regions.entries()) {
    try {
      return await attempt(region);
    } catch (error) {
      const cause = error instanceof CredentialsError ? error.awsError : error;
      if (!isRegionNotEnabled(cause) || index === regions.length - 1) {
        if (refused.length > 0 && error instanceof Error)
          error.message += ` (STS refused these Regions as not enabled first: ${refused.join(', ')}.)`;
        throw error;
      }
      refused.push(region);
    }
  }
  throw new Error('No Region to call STS in.');
}

export async function openAdministratorSession(options: CredentialOptions): Promise<AdministratorSession> {
  const regions = stsRegions(partitionOf(options.roleToAssume ?? '', options.regions), options.regions);
  return inFirstEnabledRegion(regions, (region) => openSessionIn(region, options));
}

async function openSessionIn(region: string, options: CredentialOptions): Promise<AdministratorSession> {
  // IDPCommunicationError (STS could not reach GitHub's issuer) is retried: see retry.ts.
  const sts = createClient(STSClient, { region, maxAttempts: 5 });
  if (options.roleToAssume) {
    // AssumeRoleWithWebIdentity names the assumed role, and so the account: no GetCallerIdentity needed.
    const { credentials, arn } = await assumeRoleWithOidc(sts, region, options.roleToAssume, options);
    maskCredentials(credentials);
    return sessionFor(credentials, arn, 'sts:AssumeRoleWithWebIdentity', region);
  }
  const credentials = await defaultCredentials(sts);
  maskCredentials(credentials);
  const identityClient = createClient(STSClient, { region, credentials, maxAttempts: 5 });
  try {
    const identity = await identityClient.send(new GetCallerIdentityCommand({}));
    return sessionFor(credentials, identity.Arn ?? '', 'sts:GetCallerIdentity', region);
  } catch (error) {
    if (error instanceof CredentialsError) throw error;
    throw new CredentialsError(
      `Could not read the administrator account with sts:GetCallerIdentity in ${region}: ${describe(error)}`,
      'refused',
      error,
    );
  }
}

/** The account and partition come from the caller's ARN (`arn:<partition>:sts::<account>:…`), never assumed. */
function sessionFor(credentials: AwsCredentials, arn: string, source: string, stsRegion: string): AdministratorSession {
  const [, partition, , , accountId] = arn.split(':');
  if (!accountId || !/^\d{12}$/.test(accountId)) throw new CredentialsError(`${source} returned no account ID for ${arn || 'the caller'}.`);
  return { credentials, accountId, arn, partition: partition || 'aws', stsRegion };
}

async function assumeRoleWithOidc(
  sts: STSClient,
  region: string,
  roleToAssume: string,
  options: CredentialOptions,
): Promise<{ credentials: AwsCredentials; arn: string }> {
  const token = await (options.oidcToken ?? jobOidcToken(options.audience, roleToAssume));

  try {
    const output = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: roleToAssume,
        RoleSessionName: options.roleSessionName,
        WebIdentityToken: token,
        DurationSeconds: options.roleDurationSeconds,
      }),
    );
    return { credentials: fromSts(output.Credentials), arn: output.AssumedRoleUser?.Arn ?? '' };
  } catch (error) {
    if (isRegionNotEnabled(error)) {
      throw new CredentialsError(
        `Could not assume role ${roleToAssume} with GitHub OIDC in ${region}: ${describe(error)}. Region ${region} is not enabled for the account (opt-in Region).`,
        'refused',
        error,
      );
    }
    throw new CredentialsError(
      `Could not assume role ${roleToAssume} with GitHub OIDC: ${describe(error)}. ` +
        "Check the role's trust policy: it must trust token.actions.githubusercontent.com with this audience, and its 'sub' condition must match this repository and event.",
      'refused',
      error,
    );
  }
}

async function defaultCredentials(sts: STSClient): Promise<AwsCredentials> {
  try {
    return await sts.config.credentials();
  } catch (error) {
    throw new CredentialsError(
      `No AWS credentials: set 'role-to-assume' (with 'permissions: id-token: write'), or configure credentials in an earlier step, for example with aws-actions/configure-aws-credentials. ${describe(error)}`,
      'missing',
    );
  }
}

/** Temporary credentials as STS issues them (AssumeRole, AssumeRoleWithWebIdentity), in the action's type. */
export function fromSts(issued: StsCredentials | undefined): AwsCredentials {
  if (!issued?.AccessKeyId || !issued.SecretAccessKey) throw new Error('STS returned no credentials');
  return {
    accessKeyId: issued.AccessKeyId,
    secretAccessKey: issued.SecretAccessKey,
    ...(issued.SessionToken ? { sessionToken: issued.SessionToken } : {}),
    ...(issued.Expiration ? { expiration: issued.Expiration } : {}),
  };
}

/**
 * Registers every part of a credential as a secret before anything could print it. The access key
 * ID is not secret to AWS, but it names the session, and the runner masks it in the log (as
 * configure-aws-credentials registers it): removing it from every other sink keeps them alike.
 */
export function maskCredentials(credentials: AwsCredentials): void {
  registerSecret(credentials.secretAccessKey);
  registerSecret(credentials.sessionToken);
  registerSecret(credentials.accessKeyId);
}

function describe(error: unknown): string {
  const candidate = error as { name?: string; message?: string };
  const name = candidate?.name && candidate.name !== 'Error' ? `${candidate.name}: ` : '';
  return `${name}${candidate?.message ?? String(error)}`;
}
