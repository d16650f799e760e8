// Which runs `mode: auto` applies on. An allowlist: the events where the change is merged or a
// person with write access asked for it, and only when nothing in the run points at a pull request.
// Every other event, one GitHub adds tomorrow included, plans.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Mode } from './model.js';

/**
 * Events `auto` applies on. A reusable workflow (`workflow_call`) runs with its caller's event
 * name in GITHUB_EVENT_NAME, so it follows the caller's event.
 */
export const APPLY_EVENTS: readonly string[] = ['push', 'schedule', 'workflow_dispatch', 'repository_dispatch'];

// Events whose workflows see a change that has not been merged yet.
const UNMERGED_CHANGE_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
  'merge_group',
]);

/** GitHub caps webhook payloads at 25 MB; a larger event file is not one GitHub wrote. */
export const MAX_EVENT_PAYLOAD_BYTES = 25 * 1024 * 1024;

/** The event payload (GITHUB_EVENT_PATH) as read, or why it could not be. */
export type EventPayload = { kind: 'read'; payload: unknown } | { kind: 'unreadable'; reason: string };

/** What `auto` resolves to, and why, in words for the log. */
export interface AutoMode {
  mode: Mode;
  /** The run is about a change that is not merged: a pull request, its reviews, a merge queue. */
  unmergedChange: boolean;
  reason: string;
}

/** Reads the event payload file. Never throws: a missing, oversized or invalid file is `unreadable`. */
export function readEventPayload(path: string | undefined): EventPayload {
  if (!path) return { kind: 'unreadable', reason: 'GITHUB_EVENT_PATH is not set' };
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { kind: 'unreadable', reason: 'GITHUB_EVENT_PATH is not a regular file' };
    if (stats.size > MAX_EVENT_PAYLOAD_BYTES) {
      return {
        kind: 'unreadable',
        reason: `the event file is ${stats.size} bytes, over GitHub's ${MAX_EVENT_PAYLOAD_BYTES}-byte payload limit`,
      };
    }
    // One byte more than the limit: a file that grew since fstat is caught too.
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_EVENT_PAYLOAD_BYTES) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read)
      read = readSync(descriptor, buffer, length, buffer.length - length, null);
    if (length > MAX_EVENT_PAYLOAD_BYTES)
      return { kind: 'unreadable', reason: `the event file is over GitHub's ${MAX_EVENT_PAYLOAD_BYTES}-byte payload limit` };
    return { kind: 'read', payload: JSON.parse(buffer.subarray(0, length).toString('utf8')) as unknown };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      kind: 'unreadable',
      reason: error instanceof SyntaxError ? 'the event file is not valid JSON' : `the event file could not be read (${code ?? 'error'})`,
    };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** Where the payload names a pull request (`issue.pull_request`…), or undefined when it names none. */
export function pullRequestIn(payload: unknown): string | undefined {
  const object = (value: unknown): Record<string, unknown> | undefined =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const present = (value: unknown) => value !== undefined && value !== null && value !== false;
  const nonEmptyList = (value: unknown) => Array.isArray(value) && value.length > 0;
  const root = object(payload);
  if (!root) return undefined;
  if (present(root.pull_request)) return 'pull_request';
  if (present(object(root.issue)?.pull_request)) return 'issue.pull_request';
  for (const field of ['workflow_run', 'check_run', 'check_suite']) {
    if (nonEmptyList(object(root[field])?.pull_requests)) return `${field}.pull_requests`;
  }
  return undefined;
}

/** Pull-request events, their reviews and merge queues, or any run on a pull request's or merge queue's ref. */
export function isUnmergedChange(eventName: string, ref: string): boolean {
  return UNMERGED_CHANGE_EVENTS.has(eventName) || isPullRequestRef(ref);
}

function isPullRequestRef(ref: string): boolean {
  return ref.startsWith('refs/pull/') || ref.startsWith('refs/heads/gh-readonly-queue/');
}

/** `auto` applies only on an allowlisted event whose ref and payload name no pull request; it plans on everything else. */
export function resolveAutoMode(eventName: string, ref: string, event: EventPayload): AutoMode {
  const name = shown(eventName);
  const where = event.kind === 'read' ? pullRequestIn(event.payload) : undefined;
  const unmergedChange = isUnmergedChange(eventName, ref) || where !== undefined;
  const plan = (reason: string): AutoMode => ({ mode: 'plan', unmergedChange, reason: `Mode auto plans: ${reason}` });
  if (UNMERGED_CHANGE_EVENTS.has(eventName)) return plan(`the ${name} event carries a change that is not merged`);
  if (isPullRequestRef(ref)) return plan(`the run is on ${shown(ref)}, the ref of a pull request or merge queue`);
  if (!APPLY_EVENTS.includes(eventName)) {
    const what = eventName === '' ? 'GITHUB_EVENT_NAME is not set' : `${name} is not an event it applies on`;
    return plan(`${what} (it applies only on ${APPLY_EVENTS.join(', ')})`);
  }
  if (event.kind === 'unreadable') return plan(`${event.reason}, so the ${name} event cannot be checked for a pull request`);
  if (where !== undefined) return plan(`the ${name} event's payload carries a pull request (${where})`);
  return {
    mode: 'apply',
    unmergedChange,
    reason: `Mode auto applies: ${name} is an event it applies on, and the run names no pull request`,
  };
}

/** Runner-set names, still kept short and visible inside messages. */
function shown(value: string): string {
  const visible = JSON.stringify(value).slice(1, -1);
  return `'${visible.length > 60 ? `${visible.slice(0, 57)}...` : visible}'`;
}
