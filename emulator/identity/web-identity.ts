// The checks STS makes on AssumeRoleWithWebIdentity: a token from the trusted issuer, signed,
// unexpired, for the right audience, assuming a role whose trust policy accepts its subject.
import type { EmulatorContext } from '../protocols/context.js';
import { ServiceError } from '../protocols/http.js';
import { verifyToken, type TokenClaims } from './jwt.js';
import { OIDC_ISSUER } from '../protocols/oidc.js';
import type { RoleTrust } from '../scenario.js';

export interface TrustedIdentity {
  claims: TokenClaims;
  audience: string;
  role: Required<RoleTrust>;
}

const NOT_AUTHORIZED = 'Not authorized to perform sts:AssumeRoleWithWebIdentity';

export function checkWebIdentity(ctx: EmulatorContext, token: string, roleArn: string): TrustedIdentity {
  const verification = verifyToken(token, ctx.signingKey);
  if (!verification.ok) {
    throw invalidToken(
      verification.problem === 'malformed'
        ? 'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)'
        : 'The web identity token signature could not be verified.',
    );
  }
  const { claims } = verification;
  if (claims.iss !== OIDC_ISSUER) throw invalidToken(`No OpenIDConnect provider found in your account for ${String(claims.iss)}`);
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== 'number' || claims.exp <= now) {
    // AWS's wording, with its missing space (an ExpiredTokenException, not InvalidIdentityToken).
    throw new ServiceError(
      400,
      'ExpiredTokenException',
      `Token expired: current date/time ${now} must be before the expiration date/time${String(claims.exp)}`,
    );
  }
  const role = ctx.scenario.roles[roleArn];
  if (!role) throw new ServiceError(403, 'AccessDenied', NOT_AUTHORIZED);
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(role.audience)) throw invalidToken('Incorrect token audience');
  if (typeof claims.sub !== 'string' || !globMatches(role.subjectPattern, claims.sub)) {
    throw new ServiceError(403, 'AccessDenied', NOT_AUTHORIZED);
  }
  return { claims, audience: role.audience, role };
}

/** IAM StringLike: `*` is any run of characters, `?` any one character. */
function globMatches(pattern: string, value: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(value);
}

function invalidToken(message: string): ServiceError {
  return new ServiceError(400, 'InvalidIdentityToken', message);
}
