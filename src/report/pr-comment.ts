// The plan as one sticky pull-request comment: created once, then updated in place on every push.
import * as core from '@actions/core';

/** GitHub refuses comments over 65,536 characters; the plan is summarised well below that. */
export const COMMENT_MAX_BYTES = 60_000;

/**
 * The hidden marker that finds our comment again. It names the workflow and job, so two
 * workflows (or two jobs) that plan different account files keep a comment each.
 */
export function commentMarker(env: NodeJS.ProcessEnv): string {
  const part = (value: string | undefined) => (value ?? '').replace(/[^\w .,/-]/g, '').slice(0, 100);
  return `<!-- securityhub-onboard:plan workflow="${part(env.GITHUB_WORKFLOW)}" job="${part(env.GITHUB_JOB)}" -->`;
}

export type CommentResult = 'created' | 'updated' | 'failed' | 'not-a-pull-request';

/** Creates or updates the plan comment. Never throws: a comment that cannot be written is a warning. */
export async function upsertPlanComment(token: string, marker: string, body: string): Promise<CommentResult> {
  // Loaded only when a comment is written, so other runs do not pay for Octokit at start-up.
  const { context, getOctokit } = await import('@actions/github');
  const issueNumber = context.payload.pull_request?.number;
  if (!issueNumber) return 'not-a-pull-request';
  if (!token) {
    core.warning("Could not comment the plan on the pull request: the 'github-token' input is empty.");
    return 'failed';
  }
  const { owner, repo } = context.repo;
  const octokit = getOctokit(token);
  const run = `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${owner}/${repo}/actions/runs/${process.env.GITHUB_RUN_ID ?? ''}`;
  const text = `${marker}\n${body}\n<sub>Every account of this plan is in the <a href="${run}">job summary of the run</a>.</sub>\n`;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
    // The marker alone is not enough: anyone can paste it. Only a bot (the job's token, or an app) wrote ours.
    const ours = comments.find((comment) => comment.user?.type === 'Bot' && comment.body?.includes(marker));
    if (ours) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body: text });
      return 'updated';
    }
    await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: text });
    return 'created';
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint =
      status === 403 || status === 404
        ? " The job's token needs 'permissions: pull-requests: write' (and a pull request from a fork gets a read-only token)."
        : '';
    core.warning(`Could not comment the plan on pull request #${issueNumber}: ${(error as Error).message}.${hint} The plan is in the job summary.`);
    return 'failed';
  }
}
