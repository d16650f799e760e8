// The build's rewrite of the AWS SDK's schemas (scripts/build.ts pureSchemas): the same values,
// written so that esbuild can drop the ones nothing uses.
import { build, type Plugin } from 'esbuild';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pureSchemas } from '../../scripts/build.js';

const CLIENTS = ['securityhub', 'sts', 'organizations', 'account', 'ec2'];
const require = createRequire(import.meta.url);
const schemasOf = (client: string) =>
  join(dirname(require.resolve(`@aws-sdk/client-${client}/package.json`)), 'dist-es', 'schemas', 'schemas_0.js');

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'securityhub-onboard-schemas-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** The module bundled on its own, rewritten or not, and imported: all its exports. */
/** The schemas modules as they are, or rewritten by pureSchemas. */
function schemasPlugin(rewrite: boolean): Plugin {
  return {
    name: 'rewrite',
    setup(esbuild) {
      esbuild.onLoad({ filter: /schemas_0\.js$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        return { contents: rewrite ? pureSchemas(text) : text, loader: 'js' };
      });
    },
  };
}

/** The module bundled on its own, rewritten or not, and imported: all its exports. */
async function loaded(entry: string, rewrite: boolean, name: string): Promise<Record<string, unknown>> {
  const plugin = schemasPlugin(rewrite);
  const file = join(out, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'node',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
    plugins: [plugin],
  });
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

/** Deep equality through the schemas' lazy references (`() => Shape$`), recursive shapes included. */
function same(a: unknown, b: unknown, path: string, seen = new Set<unknown>()): string | undefined {
  if (typeof a === 'function' && typeof b === 'function') {
    if (a.length === 0 && b.length === 0 && !/^class\b/.test(a.toString())) {
      if (seen.has(a)) return undefined;
      seen.add(a);
      return same((a as () => unknown)(), (b as () => unknown)(), `${path}()`, seen);
    }
    return a.name === b.name ? undefined : `${path}: ${a.name} against ${b.name}`;
  }
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null)
    return Object.is(a, b) ? undefined : `${path}: ${String(a)} against ${String(b)}`;
  if (seen.has(a)) return undefined;
  seen.add(a);
  const keys = Object.keys(a);
  if (keys.join() !== Object.keys(b).join()) return `${path}: keys ${keys.join()} against ${Object.keys(b).join()}`;
  for (const key of keys) {
    const differs = same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`, seen);
    if (differs) return differs;
  }
  return undefined;
}

describe('pureSchemas', () => {
  it('writes a computed key of a constant as that key, and an OR of two integers as its value', () => {
    const text = [
      'const _h = "http";',
      'const _hQ = "httpQuery";',
      'export var Get$ = [9, n0, _G, { [_h]: ["GET", "/x", 200] }, () => In$, () => Out$];',
      'export var In$ = [3, n0, _I, 0, [_a, _b], [[0, { [_hQ]: _a }], 64 | 1]];',
      'const x = table[_h]: other;',
      'export var Keep$ = [3, n0, _K, { [_unknown]: 1 }, [], [128 | 0, a.b | 2, 1.5 | 0]];',
    ].join('\n');
    expect(pureSchemas(text).split('\n')).toEqual([
      'const _h = "http";',
      'const _hQ = "httpQuery";',
      'export var Get$ = [9, n0, _G, { "http": ["GET", "/x", 200] }, () => In$, () => Out$];',
      'export var In$ = [3, n0, _I, 0, [_a, _b], [[0, { "httpQuery": _a }], 65]];',
      'const x = table[_h]: other;',
      'export var Keep$ = [3, n0, _K, { [_unknown]: 1 }, [], [128, a.b | 2, 1.5 | 0]];',
    ]);
  });

  it.each(CLIENTS)(
    'gives every export of client-%s the same value, through every lazy reference',
    async (client) => {
      const entry = schemasOf(client);
      const [original, rewritten] = await Promise.all([
        loaded(entry, false, `${client}-original`),
        loaded(entry, true, `${client}-rewritten`),
      ]);
      expect(Object.keys(rewritten).sort()).toEqual(Object.keys(original).sort());
      expect(Object.keys(original).length).toBeGreaterThan(10);
      expect(pureSchemas(await readFile(entry, 'utf8'))).not.toBe(await readFile(entry, 'utf8'));
      expect(same(original, rewritten, client)).toBeUndefined();
    },
    60_000,
  );

  it('lets esbuild drop the schemas of operations nothing calls', async () => {
    const keep = async (rewrite: boolean) => {
      const file = join(out, `shaken-${rewrite}.mjs`);
      const plugin = schemasPlugin(rewrite);
      await build({
        stdin: { contents: `export { CreateMembers$ } from ${JSON.stringify(schemasOf('securityhub'))};`, resolveDir: out },
        outfile: file,
        bundle: true,
        format: 'esm',
        platform: 'node',
        mainFields: ['module', 'main'],
        logLevel: 'silent',
        plugins: [plugin],
      });
      return readFile(file, 'utf8');
    };
    const [before, after] = await Promise.all([keep(false), keep(true)]);
    expect(before).toContain('GetFindings$');
    expect(after).not.toContain('GetFindings$');
    expect(after).toContain('CreateMembers$');
    expect(after.length).toBeLessThan(before.length / 4);
  }, 60_000);
});
