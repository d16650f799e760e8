import { codePointName, quoteUntrusted } from '../untrusted-text.js';

// Anchored and ASCII-only: `\d` with the `u` flag, or Number(), would also accept other scripts' digits.
const ACCOUNT_ID = /^[0-9]{12}$/;
const ASCII_DIGITS = /^[0-9]+$/;
const NON_ASCII_DIGIT = /[^\P{Nd}0-9]/u;
const DASHED_ACCOUNT_ID = /^[0-9]{4}-[0-9]{4}-[0-9]{4}$/;
const SCIENTIFIC_NOTATION = /^[0-9](?:\.[0-9]+)?[eE]\+?[0-9]+$/;

/** RFC 5321 caps a forward path at 256 octets including the angle brackets. */
const MAX_EMAIL_LENGTH = 254;
// Whitespace, controls and invisible format characters (bidi overrides, zero-width spaces).
const EMAIL_INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Z}]/u;
// RFC 5322 "specials" that only a quoted local part may hold; nobody onboards such an address.
const EMAIL_SPECIAL = /[<>()[\]\\,;:"]/;

export function isAccountId(value: string): boolean {
  return ACCOUNT_ID.test(value);
}

/** Why `value` is not an AWS account ID ("expected exactly 12 digits (0-9), found …"), or undefined if it is one. */
export function accountIdProblem(value: string): string | undefined {
  if (isAccountId(value)) return undefined;
  return `expected exactly 12 digits (0-9), ${describeAccountIdMistake(value)}`;
}

/** Why `value` is not a plausible email address, or undefined if it is one. */
export function emailProblem(value: string): string | undefined {
  if (value.length > MAX_EMAIL_LENGTH) return `it is longer than ${MAX_EMAIL_LENGTH} characters`;
  const invisible = EMAIL_INVISIBLE.exec(value)?.[0];
  if (invisible !== undefined) return `it contains ${describeInvisible(invisible)}`;
  const special = EMAIL_SPECIAL.exec(value)?.[0];
  if (special !== undefined) return `it contains ${quoteUntrusted(special)}`;
  const parts = value.split('@');
  if (parts.length !== 2) return parts.length === 1 ? 'it has no "@"' : 'it has more than one "@"';
  const [local = '', domain = ''] = parts;
  if (local === '') return 'nothing comes before the "@"';
  if (!domain.includes('.')) return 'the domain after the "@" has no dot';
  if (domain.split('.').includes('')) return 'the domain after the "@" has an empty part (check the dots)';
  return undefined;
}

function describeAccountIdMistake(value: string): string {
  if (value === '') return 'found nothing';
  if (ASCII_DIGITS.test(value)) {
    const count = `found ${value.length} digit${value.length === 1 ? '' : 's'}`;
    return value.length < 12 ? `${count} (spreadsheets drop leading zeros; add them back)` : count;
  }
  const nonAsciiDigit = NON_ASCII_DIGIT.exec(value)?.[0];
  if (nonAsciiDigit !== undefined) {
    return `found the non-ASCII digit ${quoteUntrusted(nonAsciiDigit)} (${codePointName(nonAsciiDigit)}); type it with the digits 0-9`;
  }
  if (DASHED_ACCOUNT_ID.test(value)) return `found dashes; write it as ${value.replaceAll('-', '')}`;
  if (SCIENTIFIC_NOTATION.test(value)) {
    return 'found a number in scientific notation (a spreadsheet reformatted it; format the column as text)';
  }
  const invisible = /[\s\p{Cc}\p{Cf}]/u.exec(value)?.[0];
  if (invisible !== undefined) return `found ${describeInvisible(invisible)} in it`;
  if (value.includes('@')) return 'found what looks like an email address';
  // With the `u` flag, so that a character outside the BMP (an emoji) is named whole, not by half its surrogate pair.
  const other = /[^0-9]/u.exec(value)?.[0] ?? '';
  return `found ${quoteUntrusted(other)} in it`;
}

function describeInvisible(char: string): string {
  if (char === ' ') return 'a space';
  if (char === '\n' || char === '\r') return 'a line break';
  if (char === '\t') return 'a tab';
  return `the invisible character ${codePointName(char)}`;
}
