// The plan as one sticky pull-request comment: created once, then updated in place on every push.
import * as core from '@actions/core';
import { forAnnotation, markdownBody, markdownCode } from '../untrusted-text.js';
import { isOurComment, statusOf, tokenAuthor } from './comment-author.js';
import { boundedOctokit, listIssueComments } from './github-api.js';
import { loadGitHub } from './github-client.js';
import { runContext } from './run-context.js';

/** GitHub refuses comments over 65,536 characters; the plan is summarised well below that. */
export const COMMENT_MAX_BYTES = 60_000;

/** Older comments of ours (left by earlier versions, which made one per push with a personal token) brought up to date. */
const MAX_OLDER_COMMENTS = 20;

/**
 * The hidden marker that finds our comment again, always the comment's first line. It names the
 * workflow and job, so two workflows (or two jobs) that plan different account files keep a comment each.
 */
export function commentMarker(env: NodeJS.ProcessEnv): string {
  return hiddenMarker('plan', env);
}

/** A hidden HTML comment naming what the text is (`plan`, `drift`) and the workflow and job that keep it. */
export function hiddenMarker(kind: 'plan' | 'drift', env: NodeJS.ProcessEnv): string {
  const part = (value: string | undefined) => (value ?? '').replace(/[^\w .,/-]/g, '').slice(0, 100);
  return `<!-- securityhub-onboard:${kind} workflow="${part(env.GITHUB_WORKFLOW)}" job="${part(env.GITHUB_JOB)}" -->`;
}

/**
 * `stale`: a comment of ours exists and could not be brought up to date, so an outdated plan stays
 * visible on the pull request. `failed`: no comment was written, and none of ours shows an old plan.
 */
export type CommentResult = 'created' | 'updated' | 'failed' | 'stale' | 'not-a-pull-request';

export interface CommentOutcome {
  result: CommentResult;
  issueNumber?: number;
  /** Why the comment could not be written (GitHub's answer), for the log and the job summary. */
  problem?: string;
}

/** Creates or updates the plan comment. Never throws: a comment that cannot be written is a warning and an outcome. */
/** `token` undefined: the `github-token` input is empty. */
export async function upsertPlanComment(token: string | undefined, marker: string, body: string): Promise<CommentOutcome> {
  // Loaded only when a comment is written, so other runs do not pay for Octokit at start-up.
  const { context } = await loadGitHub();
  const payloadNumber: unknown = context.payload.pull_request?.number;
  if (payloadNumber === undefined || payloadNumber === null) return { result: 'not-a-pull-request' };
  // The number goes into API paths, the log and the summary: only a pull request number GitHub could have given.
  if (typeof payloadNumber !== 'number' || !Number.isSafeInteger(payloadNumber) || payloadNumber < 1) {
    const problem = "the event payload's pull_request.number is not a pull request number";
    core.warning(`Could not comment the plan on the pull request: ${problem}.`);
    return { result: 'failed', problem };
  }
  const issueNumber = payloadNumber;
  if (!token) {
    const problem = "the 'github-token' input is empty";
    core.warning(`Could not comment the plan on the pull request: ${problem}.`);
    return { result: 'failed', issueNumber, problem };
  }
  const { owner, repo } = context.repo;
  const octokit = await boundedOctokit(token);
  // The run's page, from values checked against an allowlist; without valid ones, no link.
  const runUrl = runContext(process.env).runUrl;
  const text = commentText(marker, body, runUrl);
  const fallback = shortText(marker, runUrl);
  /** Writes `text`; a body GitHub refuses as invalid (422: too long, say) is replaced by the short one. */
  const write = async (send: (body: string) => Promise<unknown>): Promise<void> => {
    try {
      await send(text);
    } catch (error) {
      if (statusOf(error) !== 422) throw error;
      await send(fallback);
    }
  };

  let ours: { id: number; html_url?: string; body?: string | null }[] = [];
  try {
    const author = await tokenAuthor(octokit);
    const comments = await listIssueComments(octokit, { owner, repo, issue_number: issueNumber });
    ours = comments.filter((comment) => isOurComment(comment, author, marker));
    const [current, ...older] = ours;
    if (!current) {
      await write((commentBody) => octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: commentBody }));
      return { result: 'created', issueNumber };
    }
    await write((commentBody) => octokit.rest.issues.updateComment({ owner, repo, comment_id: current.id, body: commentBody }));
    const superseded = supersededText(marker, current.html_url);
    for (const comment of older.slice(0, MAX_OLDER_COMMENTS).filter((candidate) => candidate.body !== superseded)) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body: superseded });
    }
    return { result: 'updated', issueNumber };
  } catch (error) {
    const status = statusOf(error);
    const problem = forAnnotation(`${status ? `${status} ` : ''}${(error as Error).message}`);
    const hint =
      status === 403 || status === 404
        ? " The job's token needs 'permissions: pull-requests: write' (and a pull request from a fork gets a read-only token)."
        : '';
    const result = ours.length > 0 ? 'stale' : 'failed';
    const stale = result === 'stale' ? ' The comment already on the pull request shows an older plan.' : '';
    core.warning(`Could not comment the plan on pull request #${issueNumber}: ${problem}.${hint}${stale} The plan is in the job summary.`);
    return { result, issueNumber, problem };
  }
}

/** For the job summary, when the plan could not be written to the pull request. */
export function renderCommentProblem(outcome: CommentOutcome): string {
  const where = outcome.issueNumber ? `pull request #${outcome.issueNumber}` : 'the pull request';
  const why = outcome.problem ? ` GitHub answered: ${markdownCode(outcome.problem)}.` : '';
  const stale =
    outcome.result === 'stale'
      ? ' **The comment already there shows an older plan**, so this step fails: give the token pull-requests: write, or delete that comment.'
      : ' No comment of this workflow and job is there.';
  return `> ⚠️ The plan could not be written to ${where}.${why}${stale}\n`;
}

/** The body as posted: marker first, the plan, a link to the run; never over the cap, never with a secret. */
function commentText(marker: string, body: string, runUrl: string | undefined): string {
  const text = markdownBody(`${marker}\n${body}\n<sub>Every account of this plan is in the ${summaryLink(runUrl)}.</sub>\n`);
  return Buffer.byteLength(text, 'utf8') <= COMMENT_MAX_BYTES ? text : shortText(marker, runUrl);
}

function shortText(marker: string, runUrl: string | undefined): string {
  return `${marker}\nThe plan of this run could not be shown in a pull-request comment; it is in the ${summaryLink(runUrl)}.\n`;
}

function supersededText(marker: string, currentUrl: string | undefined): string {
  const replacement = currentUrl ? `<a href="${currentUrl}">the comment that replaces it</a>` : 'the comment that replaces it';
  return `${marker}\nThis plan is out of date; the current one is in ${replacement}.\n`;
}

function summaryLink(runUrl: string | undefined): string {
  return runUrl ? `<a href="${runUrl}">job summary of the run</a>` : 'job summary of the run';
}
