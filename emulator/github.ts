// A local fake of the few GitHub REST endpoints the action uses for its pull-request comment,
// reached by the action through GITHUB_API_URL (Octokit's base URL), as on GitHub Enterprise.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitHubComment {
  id: number;
  body: string;
  issueNumber: number;
  user: { login: string; type: 'User' | 'Bot' };
}

export interface GitHubCall {
  method: string;
  path: string;
  status: number;
}

export interface GitHubFakeOptions {
  /** Tokens that may write comments. Any other token reads only (403 on writes, as for a token without pull-requests: write). */
  writeTokens: string[];
  /** Comments already on pull requests (someone else's, say). */
  comments?: Omit<GitHubComment, 'id'>[];
}

export interface GitHubFake {
  url: string;
  comments: GitHubComment[];
  calls: GitHubCall[];
  /** Back to the comments the fake started with, and no calls. */
  reset(): void;
  close(): Promise<void>;
}

const PAGE_MAX = 100;

export async function startGitHubFake(options: GitHubFakeOptions): Promise<GitHubFake> {
  let nextId = 1000;
  const initial = () => (options.comments ?? []).map((comment) => ({ ...comment, id: nextId++ }));
  const comments: GitHubComment[] = initial();
  const calls: GitHubCall[] = [];

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
    const canWrite = options.writeTokens.includes(token);

    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && request.method === 'GET') {
      const issueNumber = Number(list[1]);
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), PAGE_MAX);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = comments.filter((comment) => comment.issueNumber === issueNumber);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(url.href.replace('http://localhost', `http://${request.headers.host}`));
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.href}>; rel="next"`;
      }
      return answer(200, slice.map(toJson), headers);
    }
    if (!canWrite && (request.method === 'POST' || request.method === 'PATCH')) {
      return answer(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    }
    if (list && request.method === 'POST') {
      const comment = { id: nextId++, body: String(JSON.parse(body).body), issueNumber: Number(list[1]), user: { login: 'github-actions[bot]', type: 'Bot' as const } };
      comments.push(comment);
      return answer(201, toJson(comment));
    }
    if (one && request.method === 'PATCH') {
      const comment = comments.find((candidate) => candidate.id === Number(one[1]));
      if (!comment) return answer(404, { message: 'Not Found' });
      comment.body = String(JSON.parse(body).body);
      return answer(200, toJson(comment));
    }
    return answer(404, { message: 'Not Found' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    comments,
    calls,
    reset() {
      comments.splice(0, comments.length, ...initial());
      calls.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
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
