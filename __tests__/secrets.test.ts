import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAGMENT_MIN_CHARS, forgetSecrets, redactSecrets, registerEnvironmentSecrets, registerSecret } from '../src/secrets.js';

const setSecret = vi.hoisted(() => vi.fn());
vi.mock('@actions/core', () => ({ setSecret }));

const GITHUB_TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const SESSION_TOKEN = `IQoJb3JpZ2luX2VjE${randomBytes(420).toString('base64')}+/AB==`;
/** Secrets are random; one that repeats itself is still found in part. */
const REPETITIVE = `IQoJb3JpZ2luX2VjE${Buffer.from('session'.repeat(60)).toString('base64')}+/AB==`;
const JWT = [
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9',
  Buffer.from(JSON.stringify({ sub: 'repo:octo-org/octo-repo:ref:refs/heads/main', aud: 'sts.amazonaws.com' })).toString('base64url'),
  'c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmUtc2lnbmF0dXJlLXNpZ25hdHVyZQ',
].join('.');

beforeEach(() => forgetSecrets());
afterEach(() => {
  forgetSecrets();
  setSecret.mockClear();
});

describe('the secrets of the run', () => {
  it('registers each with the runner, so the log masks it', () => {
    registerSecret(GITHUB_TOKEN);
    registerSecret('');
    registerSecret(undefined);
    expect(setSecret).toHaveBeenCalledTimes(1);
    expect(setSecret).toHaveBeenCalledWith(GITHUB_TOKEN);
  });

  it('takes the runner’s tokens and AWS credentials from the environment', () => {
    registerEnvironmentSecrets({
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-0123456789',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-0123456789',
      AWS_SECRET_ACCESS_KEY: SECRET_KEY,
      AWS_SESSION_TOKEN: SESSION_TOKEN,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
    });
    expect(redactSecrets('a request-token-0123456789 b runtime-token-0123456789 c')).toBe('a *** b *** c');
    expect(redactSecrets(`${SECRET_KEY} ${SESSION_TOKEN} octo-org/octo-repo`)).toBe('*** *** octo-org/octo-repo');
  });

  describe('removed from a text', () => {
    beforeEach(() => {
      for (const secret of [GITHUB_TOKEN, SECRET_KEY, SESSION_TOKEN, JWT, REPETITIVE]) registerSecret(secret);
    });

    it.each([
      ['as it is', (secret: string) => secret],
      ['URL-encoded', (secret: string) => encodeURIComponent(secret)],
      ['URL-encoded with lower-case hex', (secret: string) => encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())],
      ['form-encoded', (secret: string) => new URLSearchParams({ v: secret }).toString().slice(2)],
      ['JSON-escaped with \\/', (secret: string) => secret.replaceAll('/', '\\/')],
      ['as its first 30 characters', (secret: string) => secret.slice(0, 30)],
      ['as its last 30 characters', (secret: string) => secret.slice(-30)],
      ['as 40 characters from its middle', (secret: string) => secret.slice(10, 50)],
    ])('%s', (_form, encode) => {
      for (const secret of [GITHUB_TOKEN, SECRET_KEY, SESSION_TOKEN, JWT, REPETITIVE]) {
        const shown = redactSecrets(`Error: the token "${encode(secret)}" is not valid`);
        expect(shown).toBe('Error: the token "***" is not valid');
      }
    });

    it('in a base64 Basic authorization header, at any alignment', () => {
      for (const user of ['x-access-token', 'x', 'xy', 'xyz']) {
        const header = `Authorization: basic ${Buffer.from(`${user}:${GITHUB_TOKEN}`).toString('base64')}`;
        const shown = redactSecrets(header);
        expect(shown).toContain('***');
        // What is left of the encoded token is too short to hold any run of it worth having.
        const left = shown.replace('Authorization: basic ', '').split('***').join('');
        expect(left.length).toBeLessThan(2 * FRAGMENT_MIN_CHARS);
      }
    });

    it('every time it occurs, and leaves other text alone', () => {
      expect(redactSecrets(`${GITHUB_TOKEN} ${GITHUB_TOKEN} and ${SECRET_KEY}`)).toBe('*** *** and ***');
      expect(redactSecrets('Account 111111111111 is not a member of the administrator in us-east-1.')).toBe(
        'Account 111111111111 is not a member of the administrator in us-east-1.',
      );
      expect(redactSecrets('ghs_ and IQoJb3JpZ2luX2VjE and eyJhbGciOiJ')).toBe('ghs_ and IQoJb3JpZ2luX2VjE and eyJhbGciOiJ');
    });

    it('keeps shorter runs of a secret that hold nothing usable', () => {
      const short = GITHUB_TOKEN.slice(5, 5 + FRAGMENT_MIN_CHARS - 2);
      expect(redactSecrets(`x ${short} y`)).toBe(`x ${short} y`);
    });
  });

  it('does not search for values too short to be secrets, which would cut ordinary words', () => {
    registerSecret('true');
    expect(redactSecrets('this is true')).toBe('this is true');
  });

  it('looks through a 1 MB text with the secrets of 500 member sessions registered', () => {
    for (let i = 0; i < 500; i++) {
      registerSecret(`ASIA${String(i).padStart(16, '0')}`);
      registerSecret(Buffer.from(`secret-${i}-`.repeat(4)).toString('base64'));
      registerSecret(`IQoJb3JpZ2luX2VjE${Buffer.from(`session-${i}-`.repeat(80)).toString('base64')}`);
    }
    const text = 'AWS said: Rate exceeded. '.repeat(40_000);
    expect(redactSecrets(text)).toBe(text);
  });
});
