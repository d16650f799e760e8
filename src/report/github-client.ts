// @actions/github, loaded when the GitHub API is first needed (a pull-request comment): runs that
// never call it do not pay for Octokit and undici at start-up.
import { loadUndici } from '../bundle/undici.js';

export async function loadGitHub(): Promise<typeof import('@actions/github')> {
  // In the bundle undici is lazy (bundle/undici.ts): @actions/http-client makes its proxy
  // dispatcher synchronously while the client is built, so undici is loaded first.
  await loadUndici();
  return import('@actions/github');
}
