// HS256 JSON Web Tokens: the emulator's OIDC endpoint signs them and its STS checks them with
// the same per-emulator key, standing in for GitHub's RS256 keys and AWS's JWKS fetch.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  iss?: string;
  aud?: string | string[];
  sub?: string;
  iat?: number;
  exp?: number;
  jti?: string;
  [claim: string]: unknown;
}

export type Verification = { ok: true; claims: TokenClaims } | { ok: false; problem: 'malformed' | 'signature' };

export function signToken(claims: TokenClaims, key: Buffer): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify(claims));
  return `${header}.${payload}.${hmac(`${header}.${payload}`, key)}`;
}

export function verifyToken(token: string, key: Buffer): Verification {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, problem: 'malformed' };
  const [header = '', payload = '', signature = ''] = parts;
  const headerJson = parseJson(header);
  const claims = parseJson(payload);
  if (!headerJson || !claims) return { ok: false, problem: 'malformed' };
  const expected = Buffer.from(hmac(`${header}.${payload}`, key));
  const given = Buffer.from(signature);
  const signed = headerJson.alg === 'HS256' && given.length === expected.length && timingSafeEqual(given, expected);
  return signed ? { ok: true, claims } : { ok: false, problem: 'signature' };
}

function parseJson(part: string): TokenClaims | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as TokenClaims) : undefined;
  } catch {
    return undefined;
  }
}

function hmac(input: string, key: Buffer): string {
  return createHmac('sha256', key).update(input).digest('base64url');
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}
