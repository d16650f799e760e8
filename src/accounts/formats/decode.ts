import { isUtf8 } from 'node:buffer';
import type { DiagnosticList } from '../diagnostics.js';
import { codePointName } from '../../untrusted-text.js';

const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const DEL = 0x7f;

const NOT_TEXT = 'The file does not look like text';
const WANTED = 'accounts-file must name a UTF-8 text file (.json, .yaml, .yml, .csv, or one account per line).';

/**
 * The file's text with a UTF-8 byte order mark removed and CRLF turned into LF, so that every
 * format counts lines the same way; or undefined, with one diagnostic, when it is not UTF-8 text.
 * Refusing binary content up front beats reporting garbage on every "line" of it.
 */
export function decodeAccountsText(content: Buffer, diagnostics: DiagnosticList): string | undefined {
  if (startsWithUtf16Mark(content)) {
    diagnostics.report('The file is encoded as UTF-16; save it as UTF-8.');
    return undefined;
  }
  const problem = findByteProblem(content) ?? findInvalidUtf8(content);
  if (problem) {
    diagnostics.report(problem.message, { line: problem.line });
    return undefined;
  }
  // Fatal is not needed: the bytes were checked above. The decoder drops a leading BOM.
  return new TextDecoder('utf-8').decode(content).replaceAll('\r\n', '\n');
}

interface ByteProblem {
  message: string;
  line: number;
}

function startsWithUtf16Mark(content: Buffer): boolean {
  return content.length >= 2 && ((content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff));
}

function findByteProblem(content: Buffer): ByteProblem | undefined {
  let line = 1;
  for (let offset = 0; offset < content.length; offset += 1) {
    const byte = content[offset] ?? 0;
    if (byte === LF) {
      line += 1;
    } else if (byte === 0) {
      return { line, message: `${NOT_TEXT}: this line contains a NUL byte. ${WANTED}` };
    } else if (byte === CR) {
      if (content[offset + 1] !== LF) {
        return { line, message: 'This line ends in a lone carriage return (\\r); save the file with LF or CRLF line endings.' };
      }
    } else if ((byte < 0x20 && byte !== TAB) || byte === DEL) {
      return {
        line,
        message: `${NOT_TEXT}: this line contains the control character ${codePointName(String.fromCharCode(byte))}. ${WANTED}`,
      };
    }
  }
  return undefined;
}

// LF never occurs inside a multi-byte UTF-8 sequence, so checking line by line finds the first bad line.
function findInvalidUtf8(content: Buffer): ByteProblem | undefined {
  if (isUtf8(content)) return undefined;
  let line = 1;
  let start = 0;
  for (;;) {
    const end = content.indexOf(LF, start);
    if (!isUtf8(content.subarray(start, end === -1 ? content.length : end))) {
      return { line, message: `${NOT_TEXT}: this line is not valid UTF-8. ${WANTED} If it is text, save it as UTF-8.` };
    }
    if (end === -1) return undefined;
    start = end + 1;
    line += 1;
  }
}
