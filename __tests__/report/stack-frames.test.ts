// Frames of an unexpected error, thrown in a chunk built the way dist/ is built (esbuild, a linked
// source map beside it), told as the places in the sources.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceFrames } from '../../src/report/stack-frames.js';

const STACK_FRAMES = join(import.meta.dirname, '..', '..', 'src', 'report', 'stack-frames.ts');

let root: string;
let dist: string;
let chunk: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'securityhub-onboard-frames-'));
  await mkdir(join(root, 'src'));
  await writeFile(
    join(root, 'src', 'thrower.ts'),
    [
      'interface Box { value: number }',
      '',
      'export function explode(box: Box): never {',
      '  throw new Error(`exploded at ${box.value}`);',
      '}',
      '',
      'export function outer(): never {',
      '  return explode({ value: 1 });',
      '}',
      '',
    ].join('\n'),
  );
  // The action's own errorFrames, bundled into the chunk as it is into dist/: it finds the maps beside itself.
  await writeFile(
    join(root, 'src', 'reporter.ts'),
    [
      `import { errorFrames } from ${JSON.stringify(STACK_FRAMES)};`,
      "import { outer } from './thrower.js';",
      '',
      'export function report(message?: string): string[] {',
      '  try {',
      '    if (message !== undefined) throw new Error(message);',
      '    outer();',
      '  } catch (error) {',
      '    return errorFrames(error as Error);',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  dist = join(root, 'dist');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/thrower.ts', 'src/reporter.ts'],
    outdir: dist,
    bundle: true,
    format: 'esm',
    platform: 'node',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'silent',
  });
  chunk = join(dist, 'thrower.js');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The stack frames of the chunk's error, thrown in a plain Node process: vitest's own would already map them. */
function framesOfThrow(): string[] {
  const script = `import { outer } from ${JSON.stringify(pathToFileURL(chunk).href)};
try { outer(); } catch (error) { console.log(JSON.stringify(error.stack.split('\\n'))); }`;
  const stack = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[];
  return stack.filter((line) => /^\s+at /.test(line));
}

/** What the bundled errorFrames says, in a plain Node process, of an error thrown in the chunk. */
function reportedInBundle(message?: string): string[] {
  const script = `import { report } from ${JSON.stringify(pathToFileURL(join(dist, 'reporter.js')).href)};
console.log(JSON.stringify(report(${message === undefined ? '' : JSON.stringify(message)})));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[];
}

describe('errorFrames, bundled as in dist/', () => {
  it('tells the frames of the chunks beside it as their places in the sources', () => {
    const frames = reportedInBundle();
    expect(frames[0]).toMatch(/^ {4}at explode \(src\/thrower\.ts:4:9\)$/);
    expect(frames[1]).toMatch(/^ {4}at outer \(src\/thrower\.ts:8:10\)$/);
    expect(frames[2]).toMatch(/^ {4}at report \(src\/reporter\.ts:\d+:\d+\)$/);
  });

  it('takes no line of the message for a frame, however it is written', () => {
    const message = [
      'AWS said:',
      '    at evil (file:///etc/passwd.js:1:1)',
      '    at encoded (file:///srv/a%2Fb.js:1:1)',
      '    at dots (file:///srv/%2e%2e/x.js:1:1)',
    ].join('\n');
    const frames = reportedInBundle(message);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.filter((frame) => /passwd|%2F|%2e/i.test(frame))).toEqual([]);
    expect(frames[0]).toMatch(/^ {4}at report \(src\/reporter\.ts:\d+:\d+\)$/);
  });
});

describe('sourceFrames', () => {
  it('tells frames in a bundled chunk as their places in the sources', () => {
    const frames = framesOfThrow();
    expect(frames[0]).toContain(`${pathToFileURL(chunk).href}:`);
    const told = sourceFrames(frames, dist);
    expect(told[0]).toMatch(/^ {4}at explode \(src\/thrower\.ts:4:9\)$/);
    expect(told[1]).toMatch(/^ {4}at outer \(src\/thrower\.ts:8:10\)$/);
    // The frames below are Node's: not in a chunk with a map, they stay as they were.
    expect(told.slice(2)).toEqual(frames.slice(2));
  });

  it('reads each map once, and only for frames in a chunk', () => {
    const frames = framesOfThrow();
    const read: string[] = [];
    sourceFrames([...frames, ...frames], dist, (path) => {
      read.push(path);
      return undefined;
    });
    expect(read).toEqual([chunk]);
  });

  it('keeps a frame as it is when the map is missing, unreadable, or has no entry for it', () => {
    const frame = `    at explode (${pathToFileURL(chunk).href}:1:1)`;
    const anonymous = `    at ${pathToFileURL(join(dist, 'other.js')).href}:3:7`;
    const native = '    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)';
    expect(sourceFrames([frame, anonymous, native], dist, () => undefined)).toEqual([frame, anonymous, native]);
    expect(sourceFrames([frame, anonymous], dist, () => '{ not json')).toEqual([frame, anonymous]);
    expect(sourceFrames([frame], dist, () => JSON.stringify({ version: 3, sources: [], names: [], mappings: '' }))).toEqual([frame]);
  });

  it('keeps a frame whose URL cannot be a path as it is, and maps the others', () => {
    const frames = framesOfThrow();
    const odd = ['    at x (file:///srv/a%2Fb.js:1:1)', '    at y (file:///srv/%2e%2e/%2e%2e/etc/z.js:1:1)'];
    const told = sourceFrames([...odd, frames[0]!], dist);
    expect(told.slice(0, 2)).toEqual(odd);
    expect(told[2]).toMatch(/src\/thrower\.ts:4:9\)$/);
  });

  it('reads no map outside the bundle, whatever a line that looks like a frame names', () => {
    const frames = framesOfThrow();
    const elsewhere = [
      '    at x (file:///etc/passwd.js:1:1)',
      `    at y (${pathToFileURL(join(root, 'src', 'thrower.js')).href}:1:1)`,
      `    at z (${pathToFileURL(join(dist, 'nested', 'chunk.js')).href}:1:1)`,
    ];
    const read: string[] = [];
    const told = sourceFrames([...elsewhere, frames[0]!], dist, (path) => {
      read.push(path);
      return readFileSync(`${path}.map`, 'utf8');
    });
    expect(read).toEqual([chunk]);
    expect(told.slice(0, 3)).toEqual(elsewhere);
    expect(told[3]).toMatch(/src\/thrower\.ts:4:9\)$/);
  });
});
