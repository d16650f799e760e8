// The order of a run's first steps (main.ts): the OIDC token is asked for, and the AWS SDK loaded
// once the request has left, so that GitHub's answer is on its way while the SDK is read and
// parsed; the token asked for once is the one the session uses.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const steps = vi.hoisted(() => [] as string[]);

vi.mock('../src/aws/oidc-token.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../src/aws/oidc-token.js')>()),
  askForJobOidcToken: vi.fn((audience: string) => {
    steps.push(`OIDC token asked for ${audience}`);
    const sent = new Promise<void>((resolve) =>
      setTimeout(() => {
        steps.push('OIDC request sent');
        resolve();
      }, 20),
    );
    return { token: sent.then(() => 'eyJ.the-job-token'), sent };
  }),
}));
vi.mock('../src/aws-side.js', () => {
  steps.push('AWS side loaded');
  return { resolveScope: vi.fn(), onboard: vi.fn() };
});
vi.mock('../src/aws/credentials.js', () => {
  steps.push('credentials loaded');
  return {
    openAdministratorSession: vi.fn(async (options: { oidcToken?: Promise<string> }) => {
      steps.push(`session opened with ${options.oidcToken ? await options.oidcToken : 'no token given'}`);
      throw new Error('the test ends the run here');
    }),
  };
});

/** main.ts and the modules it loads, afresh: each test sees the mocked modules loaded for its own run. */
async function freshRun(): Promise<() => Promise<void>> {
  vi.resetModules();
  return (await import('../src/main.js')).run;
}

describe('the start of a run', () => {
  beforeEach(() => {
    vi.stubEnv('INPUT_ACCOUNT-IDS', '200000000001');
    vi.stubEnv('INPUT_REGIONS', 'us-east-1');
    vi.stubEnv('INPUT_AUDIENCE', 'sts.amazonaws.com');
    vi.stubEnv('GITHUB_OUTPUT', '');
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    process.exitCode = undefined;
  });

  async function quietly(): Promise<string> {
    const run = await freshRun();
    steps.length = 0;
    let out = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    try {
      await run();
    } finally {
      write.mockRestore();
    }
    return out;
  }

  it('asks for the OIDC token and loads the AWS SDK only once the request has left, then opens the session with that token', async () => {
    vi.stubEnv('INPUT_ROLE-TO-ASSUME', 'arn:aws:iam::111111111111:role/securityhub-onboard');
    const out = await quietly();
    expect(out).toContain('the test ends the run here');
    expect(steps.slice(0, 2)).toEqual(['OIDC token asked for sts.amazonaws.com', 'OIDC request sent']);
    expect(steps.slice(2, 4).sort()).toEqual(['AWS side loaded', 'credentials loaded']);
    expect(steps[4]).toBe('session opened with eyJ.the-job-token');
    expect(steps).toHaveLength(5);
  });

  it('asks for no OIDC token without a role to assume: the credentials are those of the environment', async () => {
    vi.stubEnv('INPUT_ROLE-TO-ASSUME', '');
    await quietly();
    expect(steps.filter((step) => step.startsWith('OIDC'))).toEqual([]);
    expect(steps).toContain('session opened with no token given');
  });
});
