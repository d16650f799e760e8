import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  CredentialsError,
  backoffMs,
  requestTimeoutMs
} from "./chunk-R2IA2JL5.js";
import {
  HttpClient,
  registerSecret
} from "./chunk-4OXIJKIA.js";

// src/aws/oidc-token.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
var OIDC_ATTEMPTS = { transient: 4, timeout: 2 };
var MAX_ANSWER_BYTES = 64 * 1024;
var OidcTokenError = class extends Error {
  constructor(message, attempts) {
    super(message);
    this.attempts = attempts;
  }
  attempts;
  name = "OidcTokenError";
};
var AttemptError = class extends Error {
  constructor(message, kind) {
    super(message);
    this.kind = kind;
  }
  kind;
};
function askForJobOidcToken(audience, roleToAssume, env = process.env) {
  let markSent;
  const sent = new Promise((resolve) => markSent = resolve);
  const token = jobOidcToken(audience, roleToAssume, env, markSent);
  token.then(markSent, markSent);
  return { token, sent };
}
async function jobOidcToken(audience, roleToAssume, env = process.env, onSent) {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !requestToken) {
    throw new CredentialsError(
      `Cannot assume ${roleToAssume}: this job has no GitHub OIDC token. Add 'permissions: id-token: write' to the job (or the workflow). Pull requests from forks never get an OIDC token; in plan mode the action then only checks the account list.`,
      "missing"
    );
  }
  let token;
  try {
    token = await requestOidcToken({ audience, requestUrl, requestToken, ...onSent && { onSent } });
  } catch (error) {
    throw new CredentialsError(`Could not get a GitHub OIDC token for audience '${audience}': ${error.message}.`);
  }
  registerSecret(token);
  return token;
}
async function requestOidcToken(options) {
  const timeoutMs = options.timeoutMs ?? requestTimeoutMs();
  const delayMs = options.delayMs ?? backoffMs;
  const url = new URL(options.requestUrl);
  url.searchParams.append("audience", options.audience);
  let told = false;
  const sent = () => {
    if (told) return;
    told = true;
    options.onSent?.();
  };
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await attemptOnce(url, options.requestToken, timeoutMs, sent);
    } catch (error) {
      const failure = error instanceof AttemptError ? error : new AttemptError(String(error), "transient");
      const attempts = failure.kind === "timeout" ? OIDC_ATTEMPTS.timeout : failure.kind === "transient" ? OIDC_ATTEMPTS.transient : 1;
      if (attempt >= attempts) throw new OidcTokenError(`${failure.message} (${attempt} attempt${attempt === 1 ? "" : "s"})`, attempt);
      await new Promise((resolve) => setTimeout(resolve, delayMs(attempt)));
    }
  }
}
function attemptOnce(url, requestToken, timeoutMs, sent) {
  return new Promise((resolve, reject) => {
    const send = url.protocol === "http:" ? httpRequest : httpsRequest;
    const agent = new HttpClient("securityhub-onboard").getAgent(url.href);
    const request = send(url, { method: "GET", agent, headers: { authorization: `Bearer ${requestToken}`, accept: "application/json" } });
    const timer = setTimeout(
      () => request.destroy(new AttemptError(`the GitHub OIDC endpoint did not answer within ${timeoutMs} ms`, "timeout")),
      timeoutMs
    );
    request.on("finish", sent);
    request.on("error", (error) => {
      clearTimeout(timer);
      sent();
      reject(
        error instanceof AttemptError ? error : new AttemptError(`the request failed: ${error.code ?? error.message}`, "transient")
      );
    });
    request.on("response", (response) => {
      readAnswer(response).then((body) => {
        clearTimeout(timer);
        resolve(tokenFrom(response.statusCode ?? 0, body));
      }).catch((error) => {
        clearTimeout(timer);
        request.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
    request.end();
  });
}
function readAnswer(response) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    response.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_ANSWER_BYTES) {
        response.destroy();
        reject(new AttemptError(`the GitHub OIDC endpoint answered more than ${MAX_ANSWER_BYTES} bytes`, "final"));
      } else chunks.push(chunk);
    });
    response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    response.on("error", (error) => reject(new AttemptError(`the answer was cut off: ${error.message}`, "transient")));
  });
}
function tokenFrom(status, body) {
  if (status !== 200) {
    const kind = status >= 500 || status === 429 ? "transient" : "final";
    const said = messageOf(body);
    throw new AttemptError(`the GitHub OIDC endpoint answered HTTP ${status}${said ? `: ${said}` : ""}`, kind);
  }
  let value;
  try {
    value = JSON.parse(body).value;
  } catch {
    throw new AttemptError("the GitHub OIDC endpoint answered something other than JSON", "transient");
  }
  if (typeof value !== "string" || value === "") throw new AttemptError("the GitHub OIDC endpoint answered no token", "transient");
  return value;
}
function messageOf(body) {
  try {
    const message = JSON.parse(body).message;
    return typeof message === "string" && message !== "" ? message.slice(0, 500) : void 0;
  } catch {
    return void 0;
  }
}

export {
  askForJobOidcToken,
  jobOidcToken
};
//# sourceMappingURL=chunk-WT75KLLN.js.map
