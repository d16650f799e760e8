// The drift issue (drift-issue): one open issue while the membership needs someone, found again by
// its hidden marker as first line and by who wrote it (the token's identity, as for the plan
// comment), closed with a comment when all is clear. Never throws:
// an issue that cannot be kept is a warning, and the step's result stays what the run made it.
import * as core from '@actions/core';
import { Output } from '../action-interface.js';
import { DRIFT_ISSUE_TITLE, driftFindings, driftIssueClosingComment, driftIssueHeader, needsAttention } from './drift-issue-text.js';
import { annotationMessage, forAnnotation, markdownBody } from '../untrusted-text.js';
import { isOurComment, statusOf, tokenAuthor } from './comment-author.js';
import { boundedOctokit } from './github-api.js';
import { COMMENT_MAX_BYTES, hiddenMarker } from './pr-comment.js';
import type { RunContext } from './run-context.js';
import { commentLimits, renderSummary, type SummaryInput } from './summary.js';

export interface DriftIssueRequest {
  /** Undefined when the github-token input is empty. */
  token: string | undefined;
  labels: readonly string[];
  marker: string;
  /** The issue's body (without the marker) while something needs attention; undefined when all is clear. */
  body?: string;
  closingComment: string;
}

export type DriftIssueResult = { outcome: 'opened' | 'updated' | 'closed'; number: number } | { outcome: 'none' | 'failed' };

// Open issues looked through for ours: 10 pages of 100. With the labels filter, far fewer.
const MAX_PAGES = 10;
const PER_PAGE = 100;

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;
type Repo = { owner: string; repo: string };

export async function keepDriftIssue(request: DriftIssueRequest): Promise<DriftIssueResult> {
  if (!request.token) {
    core.warning("Could not keep the drift issue: the 'github-token' input is empty.");
    return { outcome: 'failed' };
  }
  // Loaded only when the issue is kept, so other runs do not pay for Octokit at start-up. Every
  // request has a timeout and a bounded retry; an issue is created at most once (github-api.ts).
  const { context } = await import('@actions/github');
  const octokit = await boundedOctokit(request.token);
  const repo = context.repo;
  let doing = 'find';
  try {
    const author = await tokenAuthor(octokit);
    const existing = await findOurIssue(octokit, repo, request, author);
    const body = request.body === undefined ? undefined : markdownBody(`${request.marker}\n${request.body}`);
    if (body !== undefined && existing) {
      doing = 'update';
      await octokit.rest.issues.update({ ...repo, issue_number: existing, title: DRIFT_ISSUE_TITLE, body });
      return { outcome: 'updated', number: existing };
    }
    if (body !== undefined) {
      doing = 'open';
      const { data } = await octokit.rest.issues.create({ ...repo, title: DRIFT_ISSUE_TITLE, body, labels: [...request.labels] });
      return { outcome: 'opened', number: data.number };
    }
    if (!existing) return { outcome: 'none' };
    doing = 'close';
    await octokit.rest.issues.createComment({ ...repo, issue_number: existing, body: markdownBody(request.closingComment) });
    await octokit.rest.issues.update({ ...repo, issue_number: existing, state: 'closed', state_reason: 'completed' });
    return { outcome: 'closed', number: existing };
  } catch (error) {
    const status = statusOf(error);
    const problem = forAnnotation(`${status ? `${status} ` : ''}${error instanceof Error ? error.message : String(error)}`);
    core.warning(annotationMessage(`Could not ${doing} the drift issue: ${problem}.${permissionHint(status)}`));
    return { outcome: 'failed' };
  }
}

/**
 * The oldest open issue that starts with the marker and was written by this token's identity. Looked
 * for among issues with the labels first; labels can be removed by hand (or dropped by GitHub for a
 * token that may not set them), so without a match, among all open issues.
 */
async function findOurIssue(octokit: Octokit, repo: Repo, request: DriftIssueRequest, author: string): Promise<number | undefined> {
  const filters = request.labels.length > 0 ? [request.labels.join(','), undefined] : [undefined];
  for (const labels of filters) {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data } = await octokit.rest.issues.listForRepo({
        ...repo,
        state: 'open',
        sort: 'created',
        direction: 'asc',
        per_page: PER_PAGE,
        page,
        ...(labels ? { labels } : {}),
      });
      const ours = data.find((issue) => !issue.pull_request && isOurComment(issue, author, request.marker));
      if (ours) return ours.number;
      if (data.length < PER_PAGE) break;
    }
  }
  return undefined;
}

function permissionHint(status: number | undefined): string {
  if (status === 403 || status === 404)
    return " The job's token needs 'permissions: issues: write'. The run's result is unchanged; everything is in the job summary.";
  if (status === 410) return ' Issues are turned off in this repository; turn them on, or set drift-issue: false.';
  return " The run's result is unchanged; everything is in the job summary.";
}

export interface DriftReportInput {
  summary: SummaryInput;
  token: string | undefined;
  labels: readonly string[];
  run: RunContext;
  env: NodeJS.ProcessEnv;
}

/** Opens, updates or closes the drift issue from what the run found, and sets the drift-issue output. */
export async function reportDriftIssue({ summary, token, labels, run, env }: DriftReportInput): Promise<void> {
  const findings = driftFindings(summary.regions);
  const context = { mode: summary.mode, run, now: new Date() };
  const header = driftIssueHeader(findings, context);
  // Bounded like the PR comment: GitHub refuses an issue body over 65,536 characters.
  const limits = commentLimits(COMMENT_MAX_BYTES - Buffer.byteLength(header, 'utf8') - 512);
  const body = needsAttention(findings) ? `${header}\n${renderSummary({ ...summary, audience: 'comment' }, limits)}` : undefined;
  const result = await keepDriftIssue({
    token,
    labels,
    marker: hiddenMarker('drift', env),
    ...(body !== undefined ? { body } : {}),
    closingComment: driftIssueClosingComment(context),
  });
  core.setOutput(Output.driftIssue, 'number' in result ? String(result.number) : '');
  if ('number' in result) core.info(`The drift issue #${result.number} was ${result.outcome}.`);
}
