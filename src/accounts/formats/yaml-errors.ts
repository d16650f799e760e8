import type { YAMLError } from 'yaml';
import { escapeUntrusted } from '../../untrusted-text.js';
import { sourceTokens } from './yaml-tokens.js';

/** A quote or bracket that opens a value, and where. */
interface Opener {
  char: string;
  offset: number;
}

/** What is still open at an offset: the flow brackets, innermost last, and the last quoted value. */
interface OpenAt {
  brackets: readonly Opener[];
  quote?: Opener;
}

type Closer = '"' | ']' | '}';

const QUOTED_SCALARS = new Set(['double-quoted-scalar', 'single-quoted-scalar']);
const OPENING: Readonly<Record<Closer, string>> = { '"': '"', ']': '[', '}': '{' };

/**
 * What each YAML syntax error says, and the offset to show it at. The parser reports a quote or a
 * flow collection left open where the value, or the file, ends, often on a line after the last
 * one; the line that opens it is the one to fix. Any other error past the end of the text is shown
 * on the last line that has content. The source is lexed once, however many errors there are.
 */
export function yamlErrorDiagnostics(errors: readonly YAMLError[], text: string): { message: string; offset: number }[] {
  const closers = errors.map(missingCloser);
  const open = openAt(
    text,
    errors.filter((_, index) => closers[index] !== undefined).map((error) => error.pos[0]),
  );
  const lastContent = Math.max(0, text.trimEnd().length - 1);
  return errors.map((error, index) => {
    const closer = closers[index];
    const opener = closer === undefined ? undefined : openerOf(open.get(error.pos[0]), closer);
    if (closer !== undefined && opener !== undefined) return { message: unclosedMessage(opener, closer, error), offset: opener.offset };
    return { message: `Invalid YAML: ${yamlErrorMessage(error)}`, offset: Math.min(error.pos[0], lastContent) };
  });
}

/** The character `error` says is missing when it is about a quote or a bracket never closed. */
function missingCloser(error: YAMLError): Closer | undefined {
  // Messages of yaml's resolve-flow-scalar and resolve-flow-collection; MISSING_CHAR also covers commas and colons.
  if (error.code === 'MISSING_CHAR' && error.message.startsWith('Missing closing')) return '"';
  if (error.code !== 'MISSING_CHAR' && error.code !== 'BAD_INDENT') return undefined;
  if (error.message.endsWith('end with a ]')) return ']';
  if (error.message.endsWith('end with a }')) return '}';
  return undefined;
}

/** What is open at each of `offsets`, counting the tokens that start before it, in one pass. */
function openAt(text: string, offsets: readonly number[]): Map<number, OpenAt> {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const found = new Map<number, OpenAt>();
  const brackets: Opener[] = [];
  let quote: Opener | undefined;
  let next = 0;
  const recordUpTo = (offset: number) => {
    for (; next < wanted.length && (wanted[next] ?? Infinity) <= offset; next += 1) {
      found.set(wanted[next] ?? 0, { brackets: [...brackets], ...(quote && { quote }) });
    }
  };
  if (wanted.length === 0) return found;
  for (const { type, offset, source } of sourceTokens(text)) {
    recordUpTo(offset);
    if (next === wanted.length) return found;
    if (type === 'flow-seq-start' || type === 'flow-map-start') brackets.push({ char: source, offset });
    else if (type === 'flow-seq-end' || type === 'flow-map-end') brackets.pop();
    else if (QUOTED_SCALARS.has(type)) quote = { char: source[0] ?? '"', offset };
  }
  recordUpTo(Infinity);
  return found;
}

/** The quote, or the innermost bracket that `closer` would close. */
function openerOf(open: OpenAt | undefined, closer: Closer): Opener | undefined {
  if (closer === '"') return open?.quote;
  return open?.brackets.findLast((bracket) => bracket.char === OPENING[closer]);
}

function unclosedMessage({ char }: Opener, closer: Closer, error: YAMLError): string {
  if (closer === '"') {
    return `Invalid YAML: the ${char} opened on this line is never closed, so everything after it was read as one value; add the closing ${char}.`;
  }
  // In a block collection, a line indented no further than the one that opens the bracket ends it too.
  if (error.code === 'BAD_INDENT') {
    return `Invalid YAML: the ${char} opened on this line is not closed; indent the lines inside it further than this line, and end it with ${closer}.`;
  }
  return `Invalid YAML: the ${char} opened on this line is never closed; add the closing ${closer}.`;
}

function yamlErrorMessage(error: YAMLError): string {
  switch (error.code) {
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document ("---"); put all accounts in one document.';
    case 'RESOURCE_EXHAUSTION':
      return 'the document is nested too deeply; an accounts file needs at most 3 levels.';
    default:
      // The parser's own words can quote the source: keep them short and visible.
      return `${escapeUntrusted(error.message, 120)}.`;
  }
}
