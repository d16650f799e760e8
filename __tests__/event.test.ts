import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APPLY_EVENTS,
  MAX_EVENT_PAYLOAD_BYTES,
  pullRequestIn,
  readEventPayload,
  resolveAutoMode,
  type EventPayload,
} from '../src/event.js';

const noPullRequest: EventPayload = { kind: 'read', payload: { ref: 'refs/heads/main' } };

describe('resolveAutoMode', () => {
  it.each(['push', 'schedule', 'workflow_dispatch', 'repository_dispatch'])('applies on %s when nothing names a pull request', (event) => {
    expect(resolveAutoMode(event, 'refs/heads/main', noPullRequest)).toMatchObject({ mode: 'apply', unmergedChange: false });
  });

  it('allows exactly the four events', () => {
    expect([...APPLY_EVENTS].sort()).toEqual(['push', 'repository_dispatch', 'schedule', 'workflow_dispatch']);
  });

  it.each([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
    'merge_group',
    'issue_comment',
    'issues',
    'workflow_run',
    'check_run',
    'check_suite',
    'deployment',
    'release',
    'discussion_comment',
    // Never a GITHUB_EVENT_NAME on GitHub (a reusable workflow sees its caller's event), so unknown.
    'workflow_call',
    'PUSH',
    'push ',
    'a_future_event',
    '',
  ])('plans on %j', (event) => {
    expect(resolveAutoMode(event, 'refs/heads/main', noPullRequest).mode).toBe('plan');
  });

  it('plans on an allowlisted event run on a pull request or merge-queue ref', () => {
    expect(resolveAutoMode('workflow_dispatch', 'refs/pull/7/merge', noPullRequest)).toMatchObject({ mode: 'plan', unmergedChange: true });
    expect(resolveAutoMode('push', 'refs/heads/gh-readonly-queue/main/pr-7-abc', noPullRequest)).toMatchObject({
      mode: 'plan',
      unmergedChange: true,
    });
  });

  it.each<[string, unknown, string]>([
    ['pull_request', { pull_request: { number: 7 } }, 'pull_request'],
    [
      'issue.pull_request',
      { issue: { number: 7, pull_request: { url: 'https://api.github.com/repos/o/r/pulls/7' } } },
      'issue.pull_request',
    ],
    ['workflow_run.pull_requests', { workflow_run: { pull_requests: [{ number: 7 }] } }, 'workflow_run.pull_requests'],
    ['check_run.pull_requests', { check_run: { pull_requests: [{ number: 7 }] } }, 'check_run.pull_requests'],
    ['check_suite.pull_requests', { check_suite: { pull_requests: [{ number: 7 }] } }, 'check_suite.pull_requests'],
  ])('plans on an allowlisted event whose payload carries %s', (_name, payload, where) => {
    const resolved = resolveAutoMode('repository_dispatch', 'refs/heads/main', { kind: 'read', payload });
    expect(resolved).toMatchObject({ mode: 'plan', unmergedChange: true });
    expect(resolved.reason).toBe(`Mode auto plans: the 'repository_dispatch' event's payload carries a pull request (${where})`);
  });

  it('plans when the payload cannot be read, and says why', () => {
    expect(resolveAutoMode('push', 'refs/heads/main', { kind: 'unreadable', reason: 'the event file is not valid JSON' })).toEqual({
      mode: 'plan',
      unmergedChange: false,
      reason: "Mode auto plans: the event file is not valid JSON, so the 'push' event cannot be checked for a pull request",
    });
  });

  it('names an unknown event visibly and briefly', () => {
    expect(resolveAutoMode('x\n::warning::y'.padEnd(200, 'z'), '', noPullRequest).reason).toMatch(
      /^Mode auto plans: 'x\\n::warning::yz+\.\.\.' is not an event it applies on \(it applies only on push, schedule, workflow_dispatch, repository_dispatch\)$/,
    );
  });
});

describe('pullRequestIn', () => {
  it('finds nothing in payloads without a pull request', () => {
    for (const payload of [
      {},
      null,
      [],
      'x',
      7,
      { issue: { number: 1 } },
      { workflow_run: { pull_requests: [] } },
      { check_suite: { pull_requests: null } },
      { pull_request: null },
    ]) {
      expect(pullRequestIn(payload), JSON.stringify(payload)).toBeUndefined();
    }
  });
});

describe('readEventPayload', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'securityhub-onboard-event-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a JSON payload', async () => {
    const file = join(dir, 'event.json');
    await writeFile(file, JSON.stringify({ issue: { pull_request: {} } }));
    expect(readEventPayload(file)).toEqual({ kind: 'read', payload: { issue: { pull_request: {} } } });
  });

  it.each<[string, (file: string) => Promise<unknown>, RegExp]>([
    ['is not JSON', (file) => writeFile(file, '{"pull_request": '), /not valid JSON/],
    [
      'is over 25 MB',
      async (file) => {
        await writeFile(file, '{}');
        await truncate(file, MAX_EVENT_PAYLOAD_BYTES + 1);
      },
      /over GitHub's 26214400-byte payload limit/,
    ],
    ['does not exist', async () => undefined, /could not be read \(ENOENT\)/],
  ])('is unreadable when the file %s', async (_name, make, reason) => {
    const file = join(dir, `event-${Math.random()}.json`);
    await make(file);
    const read = readEventPayload(file);
    expect(read.kind).toBe('unreadable');
    expect(read.kind === 'unreadable' && read.reason).toMatch(reason);
  });

  it('is unreadable for a directory or no path at all', () => {
    expect(readEventPayload(dir)).toEqual({ kind: 'unreadable', reason: 'GITHUB_EVENT_PATH is not a regular file' });
    expect(readEventPayload(undefined)).toEqual({ kind: 'unreadable', reason: 'GITHUB_EVENT_PATH is not set' });
  });
});
