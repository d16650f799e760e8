// Every secret the run holds, in one place. The runner masks registered secrets in the log only;
// outputs, the report file, the job summary and the pull-request comment are not masked, so every
// text is passed through `redactSecrets` before it reaches any of them (see untrusted-text.ts).
import * as core from '@actions/core';

/** What a removed secret is shown as: the runner's own mask. */
export const REDACTED = '***';

/** Shorter values are masked by the runner but not searched for: they would cut ordinary words. */
const MIN_SECRET_CHARS = 8;

/**
 * A run of at least FRAGMENT_MIN_CHARS characters of a secret (a service that shows part of a token,
 * a message cut in the middle of one) is removed too. Windows of WINDOW characters are indexed every
 * STRIDE characters, so any run of WINDOW + STRIDE - 1 characters contains an indexed window.
 */
const WINDOW = 16;
const STRIDE = 8;
export const FRAGMENT_MIN_CHARS = WINDOW + STRIDE - 1;

/** Longer secrets (session tokens, web identity tokens) are not looked for in base64. */
const BASE64_MAX_CHARS = 256;

/** Results are kept for texts seen again (one ProcessingResult for a thousand accounts). */
const CACHE_MAX = 2000;
const CACHED_MAX_CHARS = 4096;

const forms: string[] = [];
const known = new Set<string>();
/** The forms too short for the window index, longest first, so a secret that contains another is removed whole. */
let shortForms: string[] = [];
/** Window text → the forms (index into `forms`) and offsets where it starts. */
const windows = new Map<string, number[]>();
const cache = new Map<string, string>();

/**
 * Registers a secret with the runner (`core.setSecret`, so the log masks it) and with the redaction
 * that every other sink applies: the value itself and the encodings a service or a URL may show it in.
 */
export function registerSecret(value: string | undefined): void {
  if (!value) return;
  core.setSecret(value);
  if (value.length < MIN_SECRET_CHARS) return;
  for (const form of encodings(value)) {
    if (known.has(form)) continue;
    known.add(form);
    forms.push(form);
    indexWindows(form, forms.length - 1);
    // Forms long enough are found through the window index, whole or in part; shorter ones only whole.
    if (form.length < FRAGMENT_MIN_CHARS) shortForms = [...shortForms, form].sort((a, b) => b.length - a.length);
  }
  cache.clear();
}

/** `text` with every registered secret, in any of its encodings or as a long enough fragment, replaced by `***`. */
export function redactSecrets(text: string): string {
  if (text.length < redactionMinChars()) return text;
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const redacted = withoutFragments(withoutWholeSecrets(text));
  if (text.length <= CACHED_MAX_CHARS) {
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(text, redacted);
  }
  return redacted;
}

/**
 * Texts shorter than this are never changed by `redactSecrets`: shorter than any form and than any
 * fragment worth removing (no length at all while no secret is registered).
 */
export function redactionMinChars(): number {
  if (forms.length === 0) return Infinity;
  return Math.min(FRAGMENT_MIN_CHARS, shortForms.at(-1)?.length ?? FRAGMENT_MIN_CHARS);
}

/** For tests: forget every secret registered in this process. */
export function forgetSecrets(): void {
  forms.length = 0;
  known.clear();
  shortForms = [];
  windows.clear();
  cache.clear();
}

/**
 * The value, percent-encoded as in a URL or a form (upper- and lower-case hex), JSON-escaped with
 * `\/`, and, for values of token size, base64 at each of the three alignments it can take inside a
 * longer encoded string (an HTTP Basic `x-access-token:<token>` header), without the characters that
 * depend on their neighbours.
 */
function encodings(value: string): string[] {
  const uri = encodeURIComponent(value);
  const form = new URLSearchParams({ v: value }).toString().slice(2);
  const base64 =
    value.length > BASE64_MAX_CHARS
      ? []
      : [0, 1, 2].map((shift) =>
          Buffer.from('\0'.repeat(shift) + value, 'utf8')
            .toString('base64')
            .slice(shift === 0 ? 0 : 4, -4),
        );
  const lowerHex = uri.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
  return unique([value, uri, lowerHex, form, value.replaceAll('/', '\\/'), ...base64, ...base64.map(toBase64Url)]);
}

function unique(candidates: string[]): string[] {
  return [...new Set(candidates)].filter((candidate) => candidate.length >= MIN_SECRET_CHARS);
}

function toBase64Url(base64: string): string {
  return base64.replaceAll('+', '-').replaceAll('/', '_');
}

function indexWindows(form: string, formIndex: number): void {
  for (let offset = 0; offset + WINDOW <= form.length; offset += STRIDE) {
    const key = form.slice(offset, offset + WINDOW);
    const entries = windows.get(key) ?? [];
    entries.push(formIndex, offset);
    windows.set(key, entries);
  }
}

function withoutWholeSecrets(text: string): string {
  let result = text;
  for (const form of shortForms) {
    if (result.includes(form)) result = result.split(form).join(REDACTED);
  }
  return result;
}

/** Finds every run of a secret's characters long enough to hold an indexed window, and cuts it out. */
function withoutFragments(text: string): string {
  if (text.length < FRAGMENT_MIN_CHARS) return text;
  const cuts: [number, number][] = [];
  for (let at = 0; at + WINDOW <= text.length; at++) {
    const entries = windows.get(text.slice(at, at + WINDOW));
    if (!entries) continue;
    // Every place the window occurs in a secret is tried: a secret may repeat itself.
    for (let i = 0; i < entries.length; i += 2) {
      const [start, end] = extendMatch(text, at, forms[entries[i]!]!, entries[i + 1]!);
      if (end - start >= FRAGMENT_MIN_CHARS) cuts.push([start, end]);
    }
  }
  if (cuts.length === 0) return text;
  cuts.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of cuts) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  let result = '';
  let position = 0;
  for (const [start, end] of merged) {
    result += text.slice(position, start) + REDACTED;
    position = end;
  }
  return result + text.slice(position);
}

/** The stretch of `text` around `at` that equals the secret's form around `offset`, as [start, end). */
function extendMatch(text: string, at: number, form: string, offset: number): [number, number] {
  let start = at;
  let formStart = offset;
  while (start > 0 && formStart > 0 && text[start - 1] === form[formStart - 1]) {
    start--;
    formStart--;
  }
  let end = at + WINDOW;
  let formEnd = offset + WINDOW;
  while (end < text.length && formEnd < form.length && text[end] === form[formEnd]) {
    end++;
    formEnd++;
  }
  return [start, end];
}

/** Secrets the job hands every step in its environment: the runner's tokens and AWS credentials from an earlier step. */
export const ENVIRONMENT_SECRETS = [
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
] as const;

export function registerEnvironmentSecrets(env: NodeJS.ProcessEnv): void {
  for (const name of ENVIRONMENT_SECRETS) registerSecret(env[name]);
}
