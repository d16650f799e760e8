import { describe, expect, it } from 'vitest';
import { GITHUB_ACTIONS_BOT, isOurComment, tokenAuthor } from '../../src/report/comment-author.js';

const MARKER = '<!-- securityhub-onboard:plan workflow="w" job="j" -->';

/** Just the two calls tokenAuthor makes, answering or throwing as GitHub would. */
function octokitWith(user: () => Promise<{ data: { login: string } }>, viewer: () => Promise<{ viewer: { login: string } }>) {
  return { rest: { users: { getAuthenticated: user } }, graphql: viewer } as unknown as Parameters<typeof tokenAuthor>[0];
}
const refused = (status: number) => () => Promise.reject(Object.assign(new Error('Resource not accessible by integration'), { status }));

describe('the identity the token posts as', () => {
  it('is the user of a personal access token', async () => {
    await expect(tokenAuthor(octokitWith(async () => ({ data: { login: 'octo-user' } }), refused(500)))).resolves.toBe('octo-user');
  });

  it('is the app GraphQL names for an installation token, with [bot]', async () => {
    await expect(tokenAuthor(octokitWith(refused(403), async () => ({ viewer: { login: 'our-app' } })))).resolves.toBe('our-app[bot]');
    await expect(tokenAuthor(octokitWith(refused(403), async () => ({ viewer: { login: 'github-actions[bot]' } })))).resolves.toBe(
      'github-actions[bot]',
    );
  });

  it('is github-actions[bot] when neither answers for an installation token', async () => {
    await expect(tokenAuthor(octokitWith(refused(403), refused(403)))).resolves.toBe(GITHUB_ACTIONS_BOT);
  });

  it('is not guessed when GitHub refuses the token itself', async () => {
    await expect(tokenAuthor(octokitWith(refused(401), refused(401)))).rejects.toMatchObject({ status: 401 });
  });
});

describe('our comment', () => {
  it('is by the token’s identity, with the marker as its first line', () => {
    expect(isOurComment({ user: { login: 'github-actions[bot]' }, body: `${MARKER}\nplan` }, 'github-actions[bot]', MARKER)).toBe(true);
    expect(isOurComment({ user: { login: 'Octo-User' }, body: `${MARKER}\nplan` }, 'octo-user', MARKER)).toBe(true);
  });

  it('is never another identity’s, a quote of the marker, or a body without it', () => {
    expect(isOurComment({ user: { login: 'other-app[bot]' }, body: `${MARKER}\nplan` }, 'github-actions[bot]', MARKER)).toBe(false);
    expect(isOurComment({ user: { login: 'github-actions[bot]' }, body: `> ${MARKER}\nquoted` }, 'github-actions[bot]', MARKER)).toBe(
      false,
    );
    expect(isOurComment({ user: { login: 'github-actions[bot]' }, body: `text ${MARKER}\n` }, 'github-actions[bot]', MARKER)).toBe(false);
    expect(isOurComment({ user: null, body: `${MARKER}\nplan` }, 'github-actions[bot]', MARKER)).toBe(false);
    expect(isOurComment({ user: { login: 'github-actions[bot]' }, body: null }, 'github-actions[bot]', MARKER)).toBe(false);
  });
});
