import type { YAMLError } from 'yaml';
import { escapeUntrusted } from './untrusted.js';
import { sourceTokens } from './yaml-tokens.js';

/** A quote or bracket that opens a value, and where. */
interface Opener {
  char: string;
  offset: number;
}

const CLOSING: Readonly<Record<string, string>> = { '"': '"', "'": "'", '[': ']', '{': '}' };
const QUOTED_SCALARS = new Set(['double-quoted-scalar', 'single-quoted-scalar']);

/**
 * What a YAML syntax error says, and the offset to show it at. The parser reports a quote or a
 * flow collection left open where the value, or the file, ends, often on a line after the last
 * one; the line that opens it is the one to fix. Any other error past the end of the text is shown
 * on the last line that has content.
 */
export function yamlErrorDiagnostic(error: YAMLError, text: string): { message: string; offset: number } {
  const opener = unclosedOpener(error, text);
  if (opener !== undefined) return { message: unclosedMessage(opener, error), offset: opener.offset };
  return { message: `Invalid YAML: ${yamlErrorMessage(error)}`, offset: Math.min(error.pos[0], Math.max(0, text.trimEnd().length - 1)) };
}

/** The character `error` is about when it says a quote or a bracket is never closed. */
function missingCloser(error: YAMLError): '"' | '[' | '{' | undefined {
  // Messages of yaml's resolve-flow-scalar and resolve-flow-collection; MISSING_CHAR also covers commas and colons.
  if (error.code === 'MISSING_CHAR' && error.message.startsWith('Missing closing')) return '"';
  if (error.code !== 'MISSING_CHAR' && error.code !== 'BAD_INDENT') return undefined;
  if (error.message.endsWith('end with a ]')) return '[';
  if (error.message.endsWith('end with a }')) return '{';
  return undefined;
}

/** The quote, or the innermost bracket of the kind `error` names, still open where `error` is reported. */
function unclosedOpener(error: YAMLError, text: string): Opener | undefined {
  const wanted = missingCloser(error);
  if (wanted === undefined) return undefined;
  const brackets: Opener[] = [];
  let quote: Opener | undefined;
  for (const { type, offset, source } of sourceTokens(text)) {
    if (offset >= error.pos[0]) break;
    if (type === 'flow-seq-start' || type === 'flow-map-start') brackets.push({ char: source, offset });
    else if (type === 'flow-seq-end' || type === 'flow-map-end') brackets.pop();
    else if (QUOTED_SCALARS.has(type)) quote = { char: source[0] ?? '"', offset };
  }
  return wanted === '"' ? quote : brackets.findLast((bracket) => bracket.char === wanted);
}

function unclosedMessage({ char }: Opener, error: YAMLError): string {
  const closing = CLOSING[char] ?? char;
  if (char === '"' || char === "'") {
    return `Invalid YAML: the ${char} opened on this line is never closed, so everything after it was read as one value; add the closing ${closing}.`;
  }
  // In a block collection, a line indented no further than the one that opens the bracket ends it too.
  if (error.code === 'BAD_INDENT') {
    return `Invalid YAML: the ${char} opened on this line is not closed; indent the lines inside it further than this line, and end it with ${closing}.`;
  }
  return `Invalid YAML: the ${char} opened on this line is never closed; add the closing ${closing}.`;
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
