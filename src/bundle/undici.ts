// What `undici` is in the bundle (tsconfig.json `paths`; tests and tsx use the real package).
// @actions/http-client imports undici at its top for a proxy dispatcher, and @actions/github for
// fetch; bundled as they are, undici is 30 % of the code parsed at every start. Here it is loaded
// only when the GitHub API is called (github-client.ts), so runs that never comment on a pull
// request never load it. HTTPS_PROXY and friends keep working: the dispatcher is undici's own
// ProxyAgent, made by @actions/http-client exactly as before.
import type { ProxyAgent as RealProxyAgent, fetch as realFetch } from 'undici/index.js';

interface Undici {
  ProxyAgent: typeof RealProxyAgent;
  fetch: typeof realFetch;
}

let undici: Undici | undefined;

/** Loads undici (its own chunk of the bundle); resolves at once once loaded. */
export async function loadUndici(): Promise<Undici> {
  if (!undici) {
    const exported = await import('undici/index.js');
    // undici is a CommonJS module. Node names each of its exports; the bundle has only `default`,
    // its module.exports (esbuild cannot know the names of a CommonJS module's exports).
    const { ProxyAgent, fetch } = typeof exported.fetch === 'function' ? exported : (exported as unknown as { default: Undici }).default;
    undici = { ProxyAgent, fetch };
  }
  return undici;
}

function loaded(what: string): Undici {
  if (!undici) throw new Error(`undici's ${what} was used before loadUndici(); call it before creating the GitHub client.`);
  return undici;
}

/** @actions/http-client makes one only when a proxy applies, while @actions/github builds its client. */
export const ProxyAgent = function ProxyAgent(options: ConstructorParameters<typeof RealProxyAgent>[0]) {
  return new (loaded('ProxyAgent').ProxyAgent)(options);
} as unknown as typeof RealProxyAgent;

/** @actions/github's fetch: undici's, loaded on the first call. */
export async function fetch(...args: Parameters<Undici['fetch']>): ReturnType<Undici['fetch']> {
  return (await loadUndici()).fetch(...args);
}
