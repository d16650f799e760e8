// The GitHub Actions runtime's ID token endpoint, as `@actions/core` getIDToken() uses it:
// GET ACTIONS_ID_TOKEN_REQUEST_URL + `&audience=…` with `Authorization: Bearer <request token>`,
// answered by `{"value": "<jwt>"}`.
import { randomUUID } from 'node:crypto';
import type { Service } from './context.js';
import { jsonReply, ServiceError } from './http.js';
import { signToken } from '../identity/jwt.js';

export const OIDC_PATH = '/_oidc/token';
export const OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

export const oidcService: Service = {
  name: 'oidc',
  internalError: new ServiceError(500, 'InternalServerError', 'Internal Server Error'),

  recognise(call) {
    const audience = call.query.get('audience');
    return { operation: 'OIDC', params: audience === null ? {} : { audience } };
  },

  respond(ctx, call) {
    if (call.headers.authorization !== `Bearer ${ctx.requestToken}`) {
      throw new ServiceError(401, 'Unauthorized', 'The bearer token is missing or is not ACTIONS_ID_TOKEN_REQUEST_TOKEN.');
    }
    const subject = ctx.scenario.oidc.subject;
    const now = Math.floor(Date.now() / 1000);
    const token = signToken(
      {
        iss: OIDC_ISSUER,
        // Without `audience` GitHub uses the URL of the repository owner.
        aud: call.query.get('audience') ?? `https://github.com/${ownerOf(subject)}`,
        sub: subject,
        iat: now,
        nbf: now,
        exp: now + ctx.scenario.oidc.tokenLifetimeSeconds,
        jti: randomUUID(),
      },
      ctx.signingKey,
    );
    ctx.credentials.recordIdToken(token);
    return jsonReply(200, { count: 1, value: token });
  },

  errorReply(error) {
    return { ...jsonReply(error.status, { message: error.message }), errorType: error.errorType };
  },
};

function ownerOf(subject: string): string {
  return /^repo:([^/]+)\//.exec(subject)?.[1] ?? 'octo-org';
}
