// A local fake of the few GitHub REST endpoints the action uses for its pull-request comment and
// its drift issue, reached by the action through GITHUB_API_URL (Octokit's base URL), as on GitHub Enterprise.
// Each token posts as an identity: an installation token (the job's GITHUB_TOKEN, or another app's)
// as `<app>[bot]` of type Bot, which `GET /user` refuses; a personal access token as its user.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitHubUser {
  login: string;
  type: 'User' | 'Bot';
}

export interface GitHubComment {
  id: number;
  body: string;
  issueNumber: number;
  user: GitHubUser;
}

export interface GitHubIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason?: string;
  labels: string[];
  user: GitHubUser;
  /** Pull requests are issues too in the REST API; the issues list returns them. */
  pullRequest?: boolean;
}

export interface GitHubCall {
  method: string;
  path: string;
  status: number;
}

/** What a token is: whom its comments are by, and whether it may write them. */
export interface GitHubToken {
  /** Default `github-actions[bot]`, the identity of the job's GITHUB_TOKEN. */
  login?: string;
  /** `installation` (default): an app's token, refused by `GET /user`, named by GraphQL's `viewer`. `personal`: a user's token. */
  kind?: 'installation' | 'personal';
  /** Default true. A token that may not write gets 403 on every create and update. */
  write?: boolean;
}

export type GitHubOperation = 'user' | 'viewer' | 'list' | 'create' | 'update' | 'list-issues' | 'create-issue' | 'update-issue';

/** A failure the fake answers instead of doing what was asked. */
export interface GitHubFailure {
  operation: GitHubOperation;
  /**
   * `error` (default) answers `status`. `hang` never answers (the socket stays open until the client
   * gives up or `close()`). On `list` only, which then answers its page: `repeat-next` links back to
   * the page just given, so the list starts over forever; `endless-next` always links to one more
   * page, past the end of the list.
   */
  kind?: 'error' | 'hang' | 'repeat-next' | 'endless-next';
  /** For `error`. */
  status?: number;
  message?: string;
  /** The error message repeats the token the request carried, as a careless proxy or server might. */
  echoToken?: boolean;
  /** How many matching requests fail. Default: all of them. */
  times?: number;
}

export interface GitHubFakeOptions {
  /** Installation tokens (github-actions[bot]) that may write comments. Any token not known at all reads only, as github-actions[bot]. */
  writeTokens?: string[];
  /** Tokens with an identity of their own: personal access tokens, other apps' tokens. */
  tokens?: Record<string, GitHubToken>;
  /** Comments already on pull requests (someone else's, say). */
  comments?: Omit<GitHubComment, 'id'>[];
  /** Issues already in the repository, numbered from 1 in this order. */
  issues?: Omit<GitHubIssue, 'number'>[];
  failures?: GitHubFailure[];
  /** GitHub refuses a comment body over 65,536 characters with 422. */
  maxBodyChars?: number;
}

export interface GitHubFake {
  url: string;
  comments: GitHubComment[];
  issues: GitHubIssue[];
  calls: GitHubCall[];
  /** Every body the fake was asked to write, accepted or not: what would have been public. */
  bodiesSent: string[];
  /** Back to the comments and issues the fake started with, and no calls. */
  reset(): void;
  /** Answers these failures from now on (and after `reset`), counted afresh. */
  setFailures(failures: GitHubFailure[]): void;
  close(): Promise<void>;
}

const PAGE_MAX = 100;
export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';
const DEFAULT_MAX_BODY_CHARS = 65_536;

export async function startGitHubFake(options: GitHubFakeOptions): Promise<GitHubFake> {
  let nextId = 1000;
  const initial = () => (options.comments ?? []).map((comment) => ({ ...comment, id: nextId++ }));
  const comments: GitHubComment[] = initial();
  const initialIssues = () => (options.issues ?? []).map((issue, index) => ({ ...issue, labels: [...issue.labels], number: index + 1 }));
  const issues: GitHubIssue[] = initialIssues();
  const calls: GitHubCall[] = [];
  const bodiesSent: string[] = [];
  let failures = options.failures ?? [];
  let failed = failures.map(() => 0);
  const maxBodyChars = options.maxBodyChars ?? DEFAULT_MAX_BODY_CHARS;

  const tokenOf = (token: string): Required<GitHubToken> => {
    const known = options.tokens?.[token];
    if (known) return { login: known.login ?? GITHUB_ACTIONS_LOGIN, kind: known.kind ?? 'installation', write: known.write ?? true };
    return { login: GITHUB_ACTIONS_LOGIN, kind: 'installation', write: (options.writeTokens ?? []).includes(token) };
  };

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => reply(response, 500, { message: String(error) }));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const body = await readBody(request);
    const answer = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      calls.push({ method: request.method ?? '', path: url.pathname, status });
      reply(response, status, payload, headers);
    };
    const token = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) return answer(401, { message: 'Requires authentication' });
    const identity = tokenOf(token);
    const user: GitHubUser = { login: identity.login, type: identity.kind === 'installation' ? 'Bot' : 'User' };

    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const issueList = /^\/repos\/[^/]+\/[^/]+\/issues$/.exec(url.pathname);
    const oneIssue = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(url.pathname);
    const operation: GitHubOperation | undefined =
      url.pathname === '/user' && request.method === 'GET'
        ? 'user'
        : url.pathname === '/graphql' && request.method === 'POST'
          ? 'viewer'
          : list && request.method === 'GET'
            ? 'list'
            : list && request.method === 'POST'
              ? 'create'
              : one && request.method === 'PATCH'
                ? 'update'
                : issueList && request.method === 'GET'
                  ? 'list-issues'
                  : issueList && request.method === 'POST'
                    ? 'create-issue'
                    : oneIssue && request.method === 'PATCH'
                      ? 'update-issue'
                      : undefined;
    if (!operation) return answer(404, { message: 'Not Found' });
    const written =
      operation === 'create' || operation === 'update' || operation === 'create-issue' || operation === 'update-issue'
        ? (JSON.parse(body) as { body?: unknown })
        : undefined;
    if (written && 'body' in written) bodiesSent.push(String(written.body));

    const failure = pickFailure(operation);
    if (failure?.kind === 'hang') {
      calls.push({ method: request.method ?? '', path: url.pathname, status: 0 });
      return;
    }
    const paging = failure?.kind === 'repeat-next' || failure?.kind === 'endless-next' ? failure.kind : undefined;
    if (failure && !paging) {
      const message = `${failure.message ?? 'Injected failure'}${failure.echoToken ? ` (token ${token}, authorization: ${request.headers.authorization})` : ''}`;
      return answer(failure.status ?? 500, { message, documentation_url: 'https://docs.github.com/rest' });
    }

    switch (operation) {
      case 'user':
        // An installation token is not a user: GitHub answers 403 "Resource not accessible by integration".
        if (identity.kind === 'installation')
          return answer(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
        return answer(200, { login: user.login, type: user.type, id: 1 });
      case 'viewer':
        return answer(200, { data: { viewer: { login: user.login } } });
      case 'list': {
        const issueNumber = Number(list![1]);
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), PAGE_MAX);
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = comments.filter((comment) => comment.issueNumber === issueNumber);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        const nextPage = paging === 'repeat-next' ? page : paging === 'endless-next' || page * perPage < all.length ? page + 1 : undefined;
        if (nextPage !== undefined) {
          const next = new URL(url.href.replace('http://localhost', `http://${request.headers.host}`));
          next.searchParams.set('page', String(nextPage));
          headers.link = `<${next.href}>; rel="next"`;
        }
        return answer(200, slice.map(toJson), headers);
      }
      case 'list-issues': {
        const state = url.searchParams.get('state') ?? 'open';
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter((label) => label !== '');
        const creator = url.searchParams.get('creator');
        const matching = issues
          .filter((issue) => state === 'all' || issue.state === state)
          .filter((issue) => labels.every((label) => issue.labels.includes(label)))
          .filter((issue) => !creator || issue.user.login === creator)
          .sort((a, b) => (url.searchParams.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), PAGE_MAX);
        const page = Number(url.searchParams.get('page') ?? 1);
        const headers: Record<string, string> = {};
        if (page * perPage < matching.length) {
          const next = new URL(url.href.replace('http://localhost', `http://${request.headers.host}`));
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.href}>; rel="next"`;
        }
        return answer(200, matching.slice((page - 1) * perPage, page * perPage).map(issueJson), headers);
      }
      case 'create-issue':
      case 'update-issue': {
        if (!identity.write)
          return answer(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
        const fields = written as Record<string, unknown>;
        if (typeof fields.body === 'string' && fields.body.length > maxBodyChars) {
          return answer(422, {
            message: 'Validation Failed',
            errors: [
              { resource: 'Issue', code: 'custom', field: 'body', message: `body is too long (maximum is ${maxBodyChars} characters)` },
            ],
          });
        }
        if (operation === 'create-issue') {
          const labels = Array.isArray(fields.labels) ? fields.labels.map(String) : [];
          const issue: GitHubIssue = {
            number: issues.length + 1,
            title: String(fields.title),
            body: typeof fields.body === 'string' ? fields.body : '',
            state: 'open',
            labels,
            user,
          };
          issues.push(issue);
          return answer(201, issueJson(issue));
        }
        const issue = issues.find((candidate) => candidate.number === Number(oneIssue![1]));
        if (!issue) return answer(404, { message: 'Not Found' });
        if (typeof fields.body === 'string') issue.body = fields.body;
        if (typeof fields.title === 'string') issue.title = fields.title;
        if (fields.state === 'open' || fields.state === 'closed') issue.state = fields.state;
        if (typeof fields.state_reason === 'string') issue.stateReason = fields.state_reason;
        return answer(200, issueJson(issue));
      }
      case 'create':
      case 'update': {
        if (!identity.write)
          return answer(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
        const text = String((JSON.parse(body) as { body?: unknown }).body);
        if (text.length > maxBodyChars) {
          return answer(422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: `body is too long (maximum is ${maxBodyChars} characters)`,
              },
            ],
          });
        }
        if (operation === 'create') {
          const comment = { id: nextId++, body: text, issueNumber: Number(list![1]), user };
          comments.push(comment);
          return answer(201, toJson(comment));
        }
        const comment = comments.find((candidate) => candidate.id === Number(one![1]));
        if (!comment) return answer(404, { message: 'Not Found' });
        // Only the author may edit a comment (or a maintainer, which a job's token is not).
        if (comment.user.login !== user.login) return answer(403, { message: 'Resource not accessible by integration' });
        comment.body = text;
        return answer(200, toJson(comment));
      }
    }
  }

  function pickFailure(operation: GitHubOperation): GitHubFailure | undefined {
    const index = failures.findIndex(
      (failure, at) => failure.operation === operation && (failure.times === undefined || failed[at]! < failure.times),
    );
    if (index < 0) return undefined;
    failed[index]!++;
    return failures[index];
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    comments,
    issues,
    calls,
    bodiesSent,
    reset() {
      comments.splice(0, comments.length, ...initial());
      issues.splice(0, issues.length, ...initialIssues());
      calls.length = 0;
      bodiesSent.length = 0;
      failed = failures.map(() => 0);
    },
    setFailures(next) {
      failures = next;
      failed = failures.map(() => 0);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function issueJson(issue: GitHubIssue) {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.stateReason ?? null,
    labels: issue.labels.map((name) => ({ name })),
    user: issue.user,
    html_url: `https://github.example/issues/${issue.number}`,
    ...(issue.pullRequest ? { pull_request: { url: `https://github.example/pulls/${issue.number}` } } : {}),
  };
}

function toJson(comment: GitHubComment) {
  return { id: comment.id, body: comment.body, user: comment.user, html_url: `https://github.example/comment/${comment.id}` };
}

function reply(response: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(payload));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
