// Who is calling: the SigV4 credential scope names the access key, and the access key names the
// account, either through the scenario's static keys or through temporary keys STS issued here.
// Signatures are not verified: the emulator checks identity, not cryptography.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { ResolvedScenario } from '../scenario.js';

/** `Credential=AKID/DATE/REGION/SERVICE/aws4_request` from a SigV4 Authorization header. */
export interface CredentialScope {
  accessKeyId: string;
  region: string;
  service: string;
}

export interface Caller {
  accountId: string;
  arn: string;
  userId: string;
  /** True for role sessions, whose AssumeRole is role chaining. */
  assumedRole: boolean;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  caller: Caller;
}

export type Authentication = { ok: true; caller: Caller } | { ok: false; problem: 'invalid' | 'expired' };

export interface RoleSession {
  roleArn: string;
  accountId: string;
  sessionName: string;
  durationSeconds: number;
  partition: string;
}

const SCOPE = /Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request/;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function credentialScope(headers: IncomingHttpHeaders): CredentialScope | undefined {
  const match = SCOPE.exec(headers.authorization ?? '');
  if (!match) return undefined;
  const [, accessKeyId = '', , region = '', service = ''] = match;
  return { accessKeyId, region, service };
}

export class CredentialStore {
  /** Temporary credentials survive `reset()`: they expire on their own, as in AWS. */
  private readonly issued = new Map<string, IssuedCredentials>();
  /** Web identity tokens the OIDC endpoint handed out, kept only so tests can hunt for leaks. */
  private readonly idTokens: string[] = [];

  recordIdToken(token: string): void {
    this.idTokens.push(token);
  }

  /** Every secret issued so far: secret keys, session tokens and web identity tokens. */
  secrets(): string[] {
    const keys = [...this.issued.values()].flatMap((credentials) => [credentials.secretAccessKey, credentials.sessionToken]);
    return [...keys, ...this.idTokens];
  }

  issue(session: RoleSession): IssuedCredentials {
    const roleName = session.roleArn.split('/').at(-1) ?? session.roleArn;
    const credentials: IssuedCredentials = {
      accessKeyId: `ASIA${randomString(16)}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2VjE${randomBytes(240).toString('base64')}`,
      expiration: new Date(Date.now() + session.durationSeconds * 1000),
      caller: {
        accountId: session.accountId,
        arn: `arn:${session.partition}:sts::${session.accountId}:assumed-role/${roleName}/${session.sessionName}`,
        userId: `${roleId(session.roleArn)}:${session.sessionName}`,
        assumedRole: true,
      },
    };
    this.issued.set(credentials.accessKeyId, credentials);
    return credentials;
  }

  /** The caller an access key stands for, without checking its session token (for call records). */
  identify(scenario: ResolvedScenario, accessKeyId: string | undefined): Caller | undefined {
    if (!accessKeyId) return undefined;
    const staticAccount = scenario.staticCredentials[accessKeyId];
    if (staticAccount) return staticCaller(scenario.partition, accessKeyId, staticAccount);
    return this.issued.get(accessKeyId)?.caller;
  }

  authenticate(scenario: ResolvedScenario, headers: IncomingHttpHeaders, accessKeyId: string): Authentication {
    const staticAccount = scenario.staticCredentials[accessKeyId];
    if (staticAccount) return { ok: true, caller: staticCaller(scenario.partition, accessKeyId, staticAccount) };
    const issued = this.issued.get(accessKeyId);
    if (!issued || headers['x-amz-security-token'] !== issued.sessionToken) return { ok: false, problem: 'invalid' };
    if (issued.expiration.getTime() <= Date.now()) return { ok: false, problem: 'expired' };
    return { ok: true, caller: issued.caller };
  }
}

function staticCaller(partition: string, accessKeyId: string, accountId: string): Caller {
  return {
    accountId,
    arn: `arn:${partition}:iam::${accountId}:user/emulator`,
    userId: `AIDA${stableId(accessKeyId)}`,
    assumedRole: false,
  };
}

/** IAM role IDs are stable per role: derive one from the ARN. */
function roleId(roleArn: string): string {
  return `AROA${stableId(roleArn)}`;
}

function stableId(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, 17).toUpperCase();
}

function randomString(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
}
