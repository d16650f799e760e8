import { CST, Lexer } from 'yaml';

export interface SourceToken {
  /** The lexer's token type (`flow-seq-start`, `anchor`, `double-quoted-scalar`…); `scalar` for plain text. */
  type: string;
  offset: number;
  source: string;
}

// The lexer's zero-width markers: they are not source text.
const LEXER_MARKERS = new Set<string>([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/** The lexer's tokens with their type and offset in the source, without its zero-width markers. */
export function* sourceTokens(text: string): Generator<SourceToken> {
  let offset = 0;
  let isScalarText = false;
  for (const token of new Lexer().lex(text)) {
    if (LEXER_MARKERS.has(token)) {
      // The token after a SCALAR marker is the scalar's text, whatever its first character.
      isScalarText = token === CST.SCALAR;
      continue;
    }
    yield { type: isScalarText ? 'scalar' : (CST.tokenType(token) ?? 'scalar'), offset, source: token };
    isScalarText = false;
    offset += token.length;
  }
}
