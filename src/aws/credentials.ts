import * as core from '@actions/core';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient, type Credentials as StsCredentials } from '@aws-sdk/client-sts';
import { httpOptions } from './gateway.js';
import { MAX_ATTEMPTS, retryOptions, withRetries } from './retry.js';

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
}

export interface CredentialOptions {
  roleToAssume: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  audience: string;
  /** STS is called in the first Region asked for. */
  region: string;
}

/**
 * A failure to obtain credentials, with the fix in its message. `missing` means the job has none
 * to offer (no OIDC token, no credentials in the environment); `refused` means AWS said no.
 */
export class CredentialsError extends Error {
  override name = 'CredentialsError';
  constructor(
    message: string,
    readonly kind: 'missing' | 'refused' = 'refused',
  ) {
    super(message);
  }
}

export async function openAdministratorSession(options: CredentialOptions): Promise<AdministratorSession> {
  // IDPCommunicationError (STS could not reach GitHub's issuer) is retried: see retry.ts.
  const sts = new STSClient({ region: options.region, ...retryOptions(5), requestHandler: httpOptions() });
  if (options.roleToAssume) {
    // AssumeRoleWithWebIdentity names the assumed role, and so the account: no GetCallerIdentity needed.
    const { credentials, arn } = await assumeRoleWithOidc(sts, options);
    maskCredentials(credentials);
    return sessionFor(credentials, arn, 'sts:AssumeRoleWithWebIdentity');
  }
  const credentials = await defaultCredentials(sts);
  maskCredentials(credentials);
  const identityClient = new STSClient({ region: options.region, credentials, ...retryOptions(5), requestHandler: httpOptions() });
  try {
    const identity = await identityClient.send(new GetCallerIdentityCommand({}));
    return sessionFor(credentials, identity.Arn ?? '', 'sts:GetCallerIdentity');
  } catch (error) {
    if (error instanceof CredentialsError) throw error;
    throw new CredentialsError(`Could not read the administrator account with sts:GetCallerIdentity: ${describe(error)}`);
  }
}

/** The account and partition come from the caller's ARN (`arn:<partition>:sts::<account>:…`), never assumed. */
function sessionFor(credentials: AwsCredentials, arn: string, source: string): AdministratorSession {
  const [, partition, , , accountId] = arn.split(':');
  if (!accountId || !/^\d{12}$/.test(accountId)) throw new CredentialsError(`${source} returned no account ID for ${arn || 'the caller'}.`);
  return { credentials, accountId, arn, partition: partition || 'aws' };
}

async function assumeRoleWithOidc(sts: STSClient, options: CredentialOptions): Promise<{ credentials: AwsCredentials; arn: string }> {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new CredentialsError(
      `Cannot assume ${options.roleToAssume}: this job has no GitHub OIDC token. ` +
        "Add 'permissions: id-token: write' to the job (or the workflow). " +
        'Pull requests from forks never get an OIDC token; in plan mode the action then only checks the account list.',
      'missing',
    );
  }
  let token: string;
  try {
    // @actions/http-client retries only 502, 503 and 504; a 500 or a reset connection fails at once.
    token = await withRetries(() => core.getIDToken(options.audience), { maxAttempts: MAX_ATTEMPTS.transient, baseDelayMs: 500 });
  } catch (error) {
    throw new CredentialsError(
      `Could not get a GitHub OIDC token for audience '${options.audience}' (${MAX_ATTEMPTS.transient} attempts): ${describe(error)}`,
    );
  }
  core.setSecret(token);

  try {
    const output = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: options.roleToAssume,
        RoleSessionName: options.roleSessionName,
        WebIdentityToken: token,
        DurationSeconds: options.roleDurationSeconds,
      }),
    );
    return { credentials: fromSts(output.Credentials), arn: output.AssumedRoleUser?.Arn ?? '' };
  } catch (error) {
    throw new CredentialsError(
      `Could not assume role ${options.roleToAssume} with GitHub OIDC: ${describe(error)}. ` +
        "Check the role's trust policy: it must trust token.actions.githubusercontent.com with this audience, and its 'sub' condition must match this repository and event.",
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

/** Registers every part of a credential as a secret before anything could print it. */
export function maskCredentials(credentials: AwsCredentials): void {
  core.setSecret(credentials.secretAccessKey);
  if (credentials.sessionToken) core.setSecret(credentials.sessionToken);
  core.setSecret(credentials.accessKeyId);
}

function describe(error: unknown): string {
  const candidate = error as { name?: string; message?: string };
  const name = candidate?.name && candidate.name !== 'Error' ? `${candidate.name}: ` : '';
  return `${name}${candidate?.message ?? String(error)}`;
}
