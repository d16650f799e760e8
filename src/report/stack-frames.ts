// The frames of an unexpected error's stack, told as the places in src/ (and node_modules/) that
// the bundle was built from. dist/ ships a source map beside each chunk; they are read here, only
// when an unexpected error is reported, so a run that ends well never reads one. Any frame that is
// not in a chunk with a readable map (Node's own, or the sources run by tsx in tests) stays as it is.
// Only chunks beside this one are looked up: a line of an error's message can look like a frame,
// and must not make the action read a file it names.
import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `    at name (file:///…/x.js:12:34)` or `    at file:///…/x.js:12:34`. */
const FRAME = /^(\s+at (?:.+ \()?)(file:\/\/\/[^\s()]+\.js):(\d+):(\d+)(\)?)$/;

/** Reads `<chunk>.map`; undefined when there is none. */
export type MapReader = (chunkPath: string) => string | undefined;

/** The bundle's directory: the one holding the chunk this module is built into. */
const BUNDLE_DIRECTORY = dirname(fileURLToPath(import.meta.url));

const readMapFile: MapReader = (chunkPath) => {
  try {
    return readFileSync(`${chunkPath}.map`, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * The frames of `error`'s stack, each in a chunk of the bundle told as its place in the sources.
 * Frames are read only after the stack's first lines, `name: message`, so that no line of the
 * message is taken for a frame; a frame that cannot be mapped, for whatever reason, stays as it is.
 */
export function errorFrames(error: Error, directory = BUNDLE_DIRECTORY, readMap: MapReader = readMapFile): string[] {
  const stack = error.stack ?? '';
  const header = error.message ? `${error.name}: ${error.message}` : error.name;
  const frames = (stack.startsWith(header) ? stack.slice(header.length) : stack).split('\n').filter((line) => /^\s+at /.test(line));
  return sourceFrames(frames, directory, readMap);
}

export function sourceFrames(frames: readonly string[], directory = BUNDLE_DIRECTORY, readMap: MapReader = readMapFile): string[] {
  const maps = new Map<string, SourceMap | undefined>();
  const mapOf = (chunkPath: string) => {
    if (!maps.has(chunkPath)) maps.set(chunkPath, parseMap(readMap(chunkPath)));
    return maps.get(chunkPath);
  };
  return frames.map((frame) => {
    try {
      return mappedFrame(frame, directory, mapOf) ?? frame;
    } catch {
      // A URL fileURLToPath refuses (an encoded slash), or anything else: the frame as it was.
      return frame;
    }
  });
}

function mappedFrame(frame: string, directory: string, mapOf: (chunkPath: string) => SourceMap | undefined): string | undefined {
  const match = FRAME.exec(frame);
  if (!match) return undefined;
  const [, head, url, line, column, tail] = match as unknown as [string, string, string, string, string, string];
  const chunkPath = fileURLToPath(url);
  if (dirname(chunkPath) !== directory || !/^[\w.-]+\.js$/.test(basename(chunkPath))) return undefined;
  const entry = mapOf(chunkPath)?.findEntry(Number(line) - 1, Number(column) - 1);
  if (!entry || !('originalSource' in entry) || !entry.originalSource) return undefined;
  // The map's sources are relative to dist/; told relative to the action's root, the directory holding dist/.
  const source = relative(dirname(dirname(chunkPath)), resolve(dirname(chunkPath), entry.originalSource));
  return `${head}${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}${tail}`;
}

function parseMap(text: string | undefined): SourceMap | undefined {
  if (text === undefined) return undefined;
  try {
    return new SourceMap(JSON.parse(text) as SourceMapPayload);
  } catch {
    return undefined;
  }
}
