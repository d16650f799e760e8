// Builds dist/, the bundle the runner executes (action.yml `runs.main: dist/index.js`), from
// src/index.ts. `npm run build` runs it; `tsx scripts/build.ts <directory>` writes the same bytes
// elsewhere (the dist/ test and scripts/release/check-dist.sh compare them with the committed dist/).
//
// esbuild rather than @vercel/ncc (issue 16): ncc resolves every package through its `node` or
// `main` entry, which for the AWS SDK is one CommonJS file per package, and drops nothing it does
// not minify, so every start parsed all of the SDK core (CBOR, event streams, every credential
// provider) and the schemas of all 117 Security Hub operations. esbuild reads the SDK's ES modules
// (`module`) and drops the declarations nothing uses (with the schemas rewritten so that it can:
// pureSchemas): the realistic quick run parses 0.76 MB instead of 2.0 MB. Still not minified (V8
// would parse minified module wrappers twice), split into chunks loaded by `import()` when a run
// needs them (the AWS SDK, each file format's parser, Octokit, undici), and deterministic: the
// same sources give the same bytes.
import { build, type Metafile } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the bytes are built for: paths inside them (source maps) are relative to dist/, wherever they are written. */
const DIST = join(root, 'dist');
/** The only files a build writes, or an ncc build wrote: an output directory holding anything else is refused. */
const BUILT = /^([\w.-]+\.(js|cjs)(\.map)?|licenses\.txt|package\.json)$/;

/** The schemas module of each AWS SDK client: every shape and operation of the service, as data. */
const SCHEMAS = /[\\/]@aws-sdk[\\/]client-[\w-]+[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/;

/**
 * A client's schemas module, with the same values written so that esbuild can drop the ones nothing
 * uses. esbuild keeps a declaration whose value might run code when built, and it cannot tell that
 * of two forms the SDK generates: an object key computed from a constant (`{ [_h]: […] }`, where
 * `const _h = "http"`) and an OR of two integers (`64 | 0`). Each becomes the literal it stands
 * for (`{ "http": […] }`, `64`); nothing else changes. Security Hub's schemas of every operation
 * (0.34 MB, kept through each operation's `http` trait) then come down to those the action calls.
 */
export function pureSchemas(text: string): string {
  const strings = new Map([...text.matchAll(/^const (_\w+) = ("[^"\\\n]*");$/gm)].map(([, name, value]) => [name!, value!]));
  return text
    .replace(/([{,]\s*)\[(_\w+)\]:/g, (all, before: string, name: string) => (strings.has(name) ? `${before}${strings.get(name)}:` : all))
    .replace(/(?<![\w.])(\d{1,9}) \| (\d{1,9})(?![\w.])/g, (_, left: string, right: string) => String(Number(left) | Number(right)));
}

export async function buildDist(outdir: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    // Named, not looked up per file: looked up, a module reached both by import and by require()
    // was emitted with "use strict" in some builds and without it in others.
    tsconfig: join(root, 'tsconfig.json'),
    entryPoints: ['src/index.ts'],
    outdir: DIST,
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The ES module build of each package where it has one: the SDK's `module` entries, which esbuild can
    // trim (esbuild's own conditions for `exports` already include `module`).
    mainFields: ['module', 'main'],
    minify: false,
    legalComments: 'none',
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
    // CommonJS packages inside an ES module bundle call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
    plugins: [
      {
        // The SDK's generated schemas, in a form esbuild can see is free of side effects (pureSchemas).
        name: 'pure-schemas',
        setup(esbuild) {
          esbuild.onLoad({ filter: SCHEMAS }, async (args) => ({ contents: pureSchemas(await readFile(args.path, 'utf8')), loader: 'js' }));
        },
      },
      {
        // `undici`, imported by @actions/http-client and @actions/github, is the bundle's own, which
        // loads the real one only when the GitHub API is called (src/bundle/undici.ts). tsconfig.json's
        // `paths` says the same for the type checker; esbuild applies it to our sources only.
        name: 'lazy-undici',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^undici$/ }, () => ({ path: join(root, 'src', 'bundle', 'undici.ts') }));
        },
      },
    ],
  });
  const files = new Map<string, string | Uint8Array>();
  for (const file of result.outputFiles) files.set(relative(DIST, file.path), file.contents);
  files.set('package.json', '{\n  "type": "module"\n}\n');
  files.set('licenses.txt', licenses(result.metafile));
  await emptyBuildDirectory(outdir);
  for (const [name, contents] of files) await writeFile(join(outdir, name), contents);
  return [...files.keys()].sort();
}

/**
 * Removes the files of an earlier build (chunk names change with their content), and nothing else:
 * a directory that holds any other file or a directory is refused, so a mistyped path cannot cost
 * anything but this error.
 */
async function emptyBuildDirectory(outdir: string): Promise<void> {
  await mkdir(outdir, { recursive: true });
  const entries = await readdir(outdir, { withFileTypes: true });
  const foreign = entries.filter((entry) => !entry.isFile() || !BUILT.test(entry.name)).map((entry) => entry.name);
  if (foreign.length > 0) {
    throw new Error(
      `Refusing to build into ${outdir}: it holds ${foreign.slice(0, 3).join(', ')}, which no build wrote. Give an empty directory or dist/.`,
    );
  }
  for (const entry of entries) await rm(join(outdir, entry.name));
}

/** The licence of every package with code in the bundle: its name and version, its licence, and the licence file's text. */
export function licenses(metafile: Metafile): string {
  const used = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const directory = packageDirectory(input);
      if (directory && bytesInOutput > 0) used.add(directory);
    }
  }
  const entries = [...used].map((directory) => {
    const pkg = JSON.parse(readFileSync(join(root, directory, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      license?: string;
    };
    const file = readdirSync(join(root, directory)).find((name) => /^(licen[cs]e|copying)/i.test(name));
    const text = file ? readFileSync(join(root, directory, file), 'utf8').trim() : '';
    const key = `${pkg.name}@${pkg.version}`;
    return { key, text: [key, pkg.license ?? 'UNKNOWN', text].filter(Boolean).join('\n') };
  });
  // One entry per name and version (npm may install a package twice, nested).
  const unique = new Map(entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((entry) => [entry.key, entry.text]));
  return `${[...unique.values()].join('\n\n')}\n`;
}

/** `node_modules/@scope/name` or `node_modules/name` of an input path (the innermost one), or undefined for our sources. */
function packageDirectory(input: string): string | undefined {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (!match) return undefined;
  return existsSync(join(root, match[1]!, 'package.json')) ? match[1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = resolve(process.argv[2] ?? DIST);
  const written = await buildDist(outdir);
  console.log(`${written.length} files written to ${relative(process.cwd(), outdir) || '.'}`);
}
