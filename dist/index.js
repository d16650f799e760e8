import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  Input,
  MEMBER_STATUSES,
  Output,
  RefusedPath,
  ScopeStopped,
  describeIgnored,
  did,
  emailProblem,
  formatNameOf,
  isAccountId,
  loadAccounts,
  logCalls,
  logMode,
  logSession,
  logStart,
  lookedAt,
  memberStatusOf,
  normaliseAccountsPath,
  parseExcludedAccounts,
  parseOrganizationScope,
  parseRegionInputs,
  partitionAdministrator,
  requestedRegions,
  thousands,
  warnAdministratorListed
} from "./chunk-DTOXQQ4Y.js";
import {
  askForJobOidcToken
} from "./chunk-WT75KLLN.js";
import {
  ISSUE_COMMENTS_PAGES,
  PageGuard
} from "./chunk-64EQUJ2O.js";
import {
  CredentialsError,
  backoffMs,
  requestTimeoutMs
} from "./chunk-R2IA2JL5.js";
import {
  annotationMessage,
  forAnnotation,
  forLog,
  htmlCode,
  logLine,
  markdownBody,
  markdownCode,
  outputJson,
  quoteUntrusted,
  reportFileJson
} from "./chunk-THHGXHTG.js";
import {
  endGroup,
  error,
  getInput,
  info,
  notice,
  registerEnvironmentSecrets,
  registerSecret,
  setFailed,
  setOutput,
  startGroup,
  summary,
  warning
} from "./chunk-4OXIJKIA.js";
import {
  init_undici,
  loadUndici
} from "./chunk-CAXNQKZ4.js";
import "./chunk-CENBCZZ4.js";

// src/heap-settings.ts
import { setFlagsFromString } from "node:v8";

// src/heap-flags.ts
var HEAP_FLAGS = ["--semi-space-growth-factor=1", "--heap-growing-percent=10", "--memory-saver-mode"];

// src/heap-settings.ts
for (const flag of HEAP_FLAGS) setFlagsFromString(flag);

// src/accounts/write-file.ts
import { constants } from "node:fs";
import { lstat, mkdir, open, realpath } from "node:fs/promises";
import { join } from "node:path";
var INPUT = "export-file";
async function checkExportPath(workspace, relativePath) {
  const displayPath = normaliseAccountsPath(relativePath, INPUT);
  await walk(workspace, displayPath, false);
  return displayPath;
}
async function writeExportFile(workspace, displayPath, content) {
  const file = await walk(workspace, displayPath, true);
  const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 420);
  try {
    await handle.writeFile(content, "utf8");
  } finally {
    await handle.close();
  }
}
async function walk(workspace, displayPath, create) {
  const shown2 = quoteUntrusted(displayPath, 120);
  const segments = displayPath.split("/");
  if (segments.some((segment) => segment.toLowerCase() === ".git")) {
    throw new RefusedPath(
      `${shown2} is inside .git; give the path of a file in the repository's working tree, such as security/accounts.yml.`,
      INPUT
    );
  }
  if (workspace === "")
    throw new RefusedPath(`GITHUB_WORKSPACE is not set, so ${shown2} has no place; run the action in a GitHub Actions job.`, INPUT);
  let current = await realpath(workspace).catch(() => {
    throw new RefusedPath(
      `the workspace ${quoteUntrusted(workspace, 200)} (GITHUB_WORKSPACE) does not exist; run actions/checkout before this step.`,
      INPUT
    );
  });
  for (const [index, segment] of segments.entries()) {
    current = join(current, segment);
    const isFile = index === segments.length - 1;
    const stats = await lstat(current).catch((error2) => {
      if (error2.code === "ENOENT") return void 0;
      throw error2;
    });
    if (stats?.isSymbolicLink()) {
      throw new RefusedPath(
        `${shown2} goes through a symbolic link (${quoteUntrusted(segments.slice(0, index + 1).join("/"), 120)}); the export is written only through real folders, to a real file.`,
        INPUT
      );
    }
    if (isFile) {
      if (stats && !stats.isFile())
        throw new RefusedPath(`${shown2} exists and is not a regular file; give the path of a file to write.`, INPUT);
    } else if (stats && !stats.isDirectory()) {
      throw new RefusedPath(
        `${quoteUntrusted(segments.slice(0, index + 1).join("/"), 120)} is not a folder, so ${shown2} cannot be written.`,
        INPUT
      );
    } else if (!stats && create) {
      await mkdir(current);
    }
  }
  return current;
}

// src/aws/call-stats.ts
function sumStats(first, second) {
  const calls = { ...second.calls };
  for (const [operation, count] of Object.entries(first.calls)) calls[operation] = (calls[operation] ?? 0) + count;
  return { calls, throttled: first.throttled + second.throttled };
}

// src/event.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var APPLY_EVENTS = ["push", "schedule", "workflow_dispatch", "repository_dispatch"];
var UNMERGED_CHANGE_EVENTS = /* @__PURE__ */ new Set([
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment",
  "merge_group"
]);
var MAX_EVENT_PAYLOAD_BYTES = 25 * 1024 * 1024;
function readEventPayload(path) {
  if (!path) return { kind: "unreadable", reason: "GITHUB_EVENT_PATH is not set" };
  let descriptor;
  try {
    descriptor = openSync(path, "r");
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { kind: "unreadable", reason: "GITHUB_EVENT_PATH is not a regular file" };
    if (stats.size > MAX_EVENT_PAYLOAD_BYTES) {
      return {
        kind: "unreadable",
        reason: `the event file is ${stats.size} bytes, over GitHub's ${MAX_EVENT_PAYLOAD_BYTES}-byte payload limit`
      };
    }
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_EVENT_PAYLOAD_BYTES) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read)
      read = readSync(descriptor, buffer, length, buffer.length - length, null);
    if (length > MAX_EVENT_PAYLOAD_BYTES)
      return { kind: "unreadable", reason: `the event file is over GitHub's ${MAX_EVENT_PAYLOAD_BYTES}-byte payload limit` };
    return { kind: "read", payload: JSON.parse(buffer.subarray(0, length).toString("utf8")) };
  } catch (error2) {
    const code = error2.code;
    return {
      kind: "unreadable",
      reason: error2 instanceof SyntaxError ? "the event file is not valid JSON" : `the event file could not be read (${code ?? "error"})`
    };
  } finally {
    if (descriptor !== void 0) closeSync(descriptor);
  }
}
function pullRequestIn(payload) {
  const object = (value) => typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  const present = (value) => value !== void 0 && value !== null && value !== false;
  const nonEmptyList = (value) => Array.isArray(value) && value.length > 0;
  const root = object(payload);
  if (!root) return void 0;
  if (present(root.pull_request)) return "pull_request";
  if (present(object(root.issue)?.pull_request)) return "issue.pull_request";
  for (const field of ["workflow_run", "check_run", "check_suite"]) {
    if (nonEmptyList(object(root[field])?.pull_requests)) return `${field}.pull_requests`;
  }
  return void 0;
}
function isUnmergedChange(eventName, ref) {
  return UNMERGED_CHANGE_EVENTS.has(eventName) || isPullRequestRef(ref);
}
function isPullRequestRef(ref) {
  return ref.startsWith("refs/pull/") || ref.startsWith("refs/heads/gh-readonly-queue/");
}
function resolveAutoMode(eventName, ref, event) {
  const name = shown(eventName);
  const where = event.kind === "read" ? pullRequestIn(event.payload) : void 0;
  const unmergedChange = isUnmergedChange(eventName, ref) || where !== void 0;
  const plan = (reason) => ({ mode: "plan", unmergedChange, reason: `Mode auto plans: ${reason}` });
  if (UNMERGED_CHANGE_EVENTS.has(eventName)) return plan(`the ${name} event carries a change that is not merged`);
  if (isPullRequestRef(ref)) return plan(`the run is on ${shown(ref)}, the ref of a pull request or merge queue`);
  if (!APPLY_EVENTS.includes(eventName)) {
    const what = eventName === "" ? "GITHUB_EVENT_NAME is not set" : `${name} is not an event it applies on`;
    return plan(`${what} (it applies only on ${APPLY_EVENTS.join(", ")})`);
  }
  if (event.kind === "unreadable") return plan(`${event.reason}, so the ${name} event cannot be checked for a pull request`);
  if (where !== void 0) return plan(`the ${name} event's payload carries a pull request (${where})`);
  return {
    mode: "apply",
    unmergedChange,
    reason: `Mode auto applies: ${name} is an event it applies on, and the run names no pull request`
  };
}
function shown(value) {
  const visible = JSON.stringify(value).slice(1, -1);
  return `'${visible.length > 60 ? `${visible.slice(0, 57)}...` : visible}'`;
}

// src/settings.ts
var SettingsError = class extends Error {
  constructor(problems) {
    super(problems.join("\n"));
    this.problems = problems;
    this.name = "SettingsError";
  }
  problems;
};
var ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
function splitList(value) {
  return value.split(/[\s,]+/).filter((item) => item !== "");
}
function sanitizeSessionName(name) {
  const cleaned = name.replace(/[^\w+=,.@-]/g, "-").slice(0, 64);
  return cleaned.length >= 2 ? cleaned : `${cleaned}--`.slice(0, 2);
}
function readSettings(read, env, event = readEventPayload(env.GITHUB_EVENT_PATH)) {
  const problems = [];
  const input = (name) => read(name).trim();
  const boolean = (name, fallback) => {
    const value = input(name).toLowerCase();
    if (value === "") return fallback;
    if (value === "true") return true;
    if (value === "false") return false;
    problems.push(`Input '${name}' must be 'true' or 'false', got '${shorten(value)}'.`);
    return fallback;
  };
  const parsedRegions = parseRegionInputs(splitList(input(Input.regions)), splitList(input(Input.excludeRegions)), env, shorten);
  problems.push(...parsedRegions.problems);
  const { selection } = parsedRegions;
  const organization = parseOrganizationScope(splitList(input(Input.organizationAccounts)), shorten);
  problems.push(...organization.problems);
  const excluded = parseExcludedAccounts(splitList(input(Input.excludeAccounts)), shorten);
  problems.push(...excluded.problems);
  const roleToAssume = input(Input.roleToAssume);
  if (roleToAssume !== "" && !ROLE_ARN_PATTERN.test(roleToAssume)) {
    problems.push(
      `Input '${Input.roleToAssume}' must be an IAM role ARN such as 'arn:aws:iam::111111111111:role/securityhub-onboard', got '${shorten(roleToAssume)}'.`
    );
  }
  const wholeNumber = (name, fallback, max, min = 0) => {
    const text = input(name);
    if (text === "") return fallback;
    if (!/^\d+$/.test(text) || Number(text) > max || Number(text) < min) {
      problems.push(`Input '${name}' must be a whole number from ${min} to ${max}, got '${shorten(text)}'.`);
      return fallback;
    }
    return Number(text);
  };
  const durationText = input(Input.roleDurationSeconds) || "3600";
  const roleDurationSeconds = Number(durationText);
  if (!/^\d+$/.test(durationText) || roleDurationSeconds < 900 || roleDurationSeconds > 43200) {
    problems.push(
      `Input '${Input.roleDurationSeconds}' must be a whole number of seconds from 900 to 43200, got '${shorten(durationText)}'.`
    );
  }
  const memberRoleName = input(Input.memberRoleName);
  if (memberRoleName !== "" && !/^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/.test(memberRoleName)) {
    problems.push(
      `Input '${Input.memberRoleName}' must be the name of an IAM role in the member accounts, such as 'securityhub-onboard-member', got '${shorten(memberRoleName)}'.`
    );
  }
  const externalId = input(Input.memberRoleExternalId);
  if (externalId !== "" && !/^[\w+=,.@:/-]{2,1224}$/.test(externalId)) {
    problems.push(`Input '${Input.memberRoleExternalId}' must be 2 to 1224 characters of letters, digits and +=,.@:/-.`);
  }
  const protectedAccounts = [...new Set(splitList(input(Input.protectedAccounts)))];
  for (const accountId of protectedAccounts) {
    if (!/^[0-9]{12}$/.test(accountId)) {
      problems.push(
        `Input '${Input.protectedAccounts}' must list 12-digit AWS account IDs separated by commas, spaces or newlines, got '${shorten(accountId)}'.`
      );
    }
  }
  const driftIssueLabels = [
    ...new Set(
      read(Input.driftIssueLabels).split(/[,\n]/).map((label) => label.trim()).filter((label) => label !== "")
    )
  ];
  for (const label of driftIssueLabels) {
    if (label.length > 50 || new RegExp("\\p{Cc}", "u").test(label)) {
      problems.push(
        `Input '${Input.driftIssueLabels}' must list GitHub label names of at most 50 characters separated by commas, got '${shorten(label)}'.`
      );
    }
  }
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const modeText = (input(Input.mode) || "auto").toLowerCase();
  let requestedMode = "auto";
  if (modeText === "auto" || modeText === "plan" || modeText === "apply") {
    requestedMode = modeText;
  } else {
    problems.push(`Input '${Input.mode}' must be 'auto', 'plan' or 'apply', got '${shorten(modeText)}'.`);
  }
  const auto = resolveAutoMode(eventName, env.GITHUB_REF ?? "", event);
  const mode = requestedMode === "auto" ? auto.mode : requestedMode;
  const modeReason = requestedMode === "auto" ? auto.reason : `Mode ${requestedMode}, as the mode input says`;
  const unmergedChange = auto.unmergedChange;
  const invite = boolean(Input.invite, true);
  const failOnUnprocessed = boolean(Input.failOnUnprocessed, true);
  const reinvite = boolean(Input.reinvite, false);
  const staleInviteDays = wholeNumber(Input.staleInviteDays, 0, 3650);
  const removeAbsent = boolean(Input.removeAbsent, false);
  const maxRemovals = wholeNumber(Input.maxRemovals, 10, 1e4);
  const githubToken = read(Input.githubToken).trim();
  const prComment = boolean(Input.prComment, true);
  const enableDefaultStandards = boolean(Input.enableDefaultStandards, false);
  const memberConcurrency = wholeNumber(Input.memberConcurrency, 8, 64, 1);
  const requestsPerSecond = wholeNumber(Input.requestsPerSecond, 10, 1e3, 1);
  const requestBurst = wholeNumber(Input.requestBurst, 25, 1e3, 1);
  const driftIssue = boolean(Input.driftIssue, false);
  const exportFile = input(Input.exportFile);
  const accountsFile = input(Input.accountsFile);
  const settings = {
    accounts: {
      accountIds: read(Input.accountIds),
      ...accountsFile ? { accountsFile } : {},
      workspace: env.GITHUB_WORKSPACE || process.cwd()
    },
    regions: selection.kind === "names" ? selection.names : [],
    ...selection.kind === "keyword" && { regionsFrom: { keyword: selection.keyword, homeRegion: parsedRegions.homeRegion } },
    ...parsedRegions.excludeRegions.length > 0 && { excludeRegions: parsedRegions.excludeRegions },
    ...organization.scope && { organizationAccounts: organization.scope },
    ...excluded.accountIds.length > 0 && { excludeAccounts: excluded.accountIds },
    credentials: {
      ...roleToAssume ? { roleToAssume } : {},
      roleSessionName: sanitizeSessionName(input(Input.roleSessionName) || `securityhub-onboard-${env.GITHUB_RUN_ID ?? "local"}`),
      roleDurationSeconds,
      audience: input(Input.audience) || defaultAudience(roleToAssume)
    },
    mode,
    modeReason,
    unmergedChange,
    eventName,
    reconcile: {
      invite,
      reinvite,
      ...staleInviteDays > 0 ? { staleInviteDays } : {},
      removeAbsent,
      maxRemovals,
      protectedAccounts
    },
    failOnUnprocessed,
    pullRequest: { ...githubToken ? { githubToken } : {}, comment: prComment },
    ...memberRoleName ? {
      memberSide: {
        roleName: memberRoleName,
        ...externalId ? { externalId } : {},
        enableDefaultStandards,
        concurrency: memberConcurrency
      }
    } : {},
    rate: { requestsPerSecond, burst: requestBurst },
    ...driftIssue ? { driftIssue: { labels: driftIssueLabels } } : {},
    ...exportFile ? { exportFile } : {}
  };
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}
function defaultAudience(roleToAssume) {
  return roleToAssume.startsWith("arn:aws-cn:") ? "sts.amazonaws.com.cn" : "sts.amazonaws.com";
}
function homeRegion(settings) {
  return settings.regionsFrom?.homeRegion ?? settings.regions[0] ?? "";
}
function shorten(value) {
  const visible = JSON.stringify(value).slice(1, -1);
  return visible.length > 60 ? `${visible.slice(0, 57)}...` : visible;
}

// src/report/annotations.ts
var MAX_REASON_WARNINGS = 20;
function warnUnprocessed(unprocessed) {
  const groups = /* @__PURE__ */ new Map();
  for (const { region, operation, processingResult, accountId } of unprocessed) {
    const key = JSON.stringify([region, operation, processingResult]);
    const group = groups.get(key) ?? { region, operation, reason: processingResult, ids: [] };
    group.ids.push(accountId);
    groups.set(key, group);
  }
  const all = [...groups.values()];
  for (const { region, operation, reason, ids } of all.slice(0, MAX_REASON_WARNINGS)) {
    const shown2 = forAnnotation(ids.length > 20 ? `${ids.slice(0, 20).join(", ")} and ${ids.length - 20} more` : ids.join(", "));
    warning(`${region}: ${ids.length} account(s) were not processed by ${operation}: ${forAnnotation(reason)} (${shown2})`);
  }
  const rest = all.slice(MAX_REASON_WARNINGS);
  if (rest.length > 0) {
    const accounts = rest.reduce((sum, group) => sum + group.ids.length, 0);
    warning(
      `${accounts} more account(s) were not processed for ${rest.length} other reason(s); every one is in the '${Output.unprocessedAccounts}' output and the job summary.`
    );
  }
}
function warnAccountWarnings(regions) {
  const groups = /* @__PURE__ */ new Map();
  for (const { region, accounts } of lookedAt(regions)) {
    for (const { accountId, warning: warning2 } of accounts) {
      if (!warning2) continue;
      const key = JSON.stringify([region, warning2.operation, warning2.message]);
      const group = groups.get(key) ?? { region, operation: warning2.operation, message: warning2.message, ids: [] };
      group.ids.push(accountId);
      groups.set(key, group);
    }
  }
  for (const { region, operation, message, ids } of groups.values()) {
    const shown2 = forAnnotation(ids.length > 20 ? `${ids.slice(0, 20).join(", ")} and ${ids.length - 20} more` : ids.join(", "));
    warning(`${region}: ${ids.length} account(s), ${operation}: ${forAnnotation(message)} (${shown2})`);
  }
}

// src/report/drift-issue-text.ts
var DRIFT_ISSUE_TITLE = "Security Hub CSPM membership needs attention";
function driftFindings(regions) {
  const looked = lookedAt(regions);
  const idsOf = (keep) => looked.flatMap((region) => region.accounts.filter(keep).map((account) => account.accountId));
  const ids = (keep) => new Set(idsOf(keep)).size;
  const notLookedAt = regions.flatMap((region) => region.failure ? region.notLookedAt.map((account) => account.accountId) : []);
  return {
    // A member removed by this run is no longer drift.
    drift: ids((account) => !account.listed && !did(account, "remove")),
    protectedDrift: ids((account) => !account.listed && account.protected === true),
    attention: ids((account) => account.attention !== void 0 && !account.unprocessed),
    unprocessed: (/* @__PURE__ */ new Set([...idsOf((account) => account.unprocessed !== void 0), ...notLookedAt])).size,
    failedRegions: regions.filter((region) => region.failure).map((region) => region.region)
  };
}
function needsAttention(findings) {
  return findings.drift + findings.attention + findings.unprocessed + findings.failedRegions.length > 0;
}
function driftIssueHeader(findings, context) {
  const items = [
    findings.drift > 0 ? `<li><b>${findings.drift}</b> member account(s) that the account list does not name (drift)${findings.protectedDrift > 0 ? `, ${findings.protectedDrift} of them protected (protected-accounts)` : ""}</li>` : "",
    findings.attention > 0 ? `<li><b>${findings.attention}</b> account(s) that need a decision (Removed, Resigned, suspended, stale invitations, held removals)</li>` : "",
    findings.unprocessed > 0 ? `<li><b>${findings.unprocessed}</b> account(s) that AWS or the action could not process</li>` : "",
    findings.failedRegions.length > 0 ? `<li>Region(s) that could not be read or changed: ${findings.failedRegions.map((region) => htmlCode(region)).join(", ")}</li>` : ""
  ].filter((item) => item !== "");
  return `## \u26A0\uFE0F ${DRIFT_ISSUE_TITLE}

${checkedBy(context)} This issue is kept by securityhub-onboard (drift-issue): it is updated on every run while something needs attention, and closed when all is clear.

<ul>
${items.join("\n")}
</ul>
`;
}
function driftIssueClosingComment(context) {
  return `\u2705 All clear: ${checkedBy(context)} Every member is in the account list, nothing needs a decision, and every account was processed. Closing this issue; a later run opens a new one if anything comes back.
`;
}
function checkedBy({ mode, run: run2, now }) {
  const link = run2.runUrl ? `<a href="${run2.runUrl}">run ${run2.runId}</a>` : "a run";
  const commit = run2.sha ? ` at commit ${htmlCode(run2.sha.slice(0, 12))}` : "";
  return `Checked by ${link}${commit} (mode ${mode}) on ${now.toISOString().slice(0, 16).replace("T", " ")} UTC.`;
}

// src/report/comment-author.ts
var GITHUB_ACTIONS_BOT = "github-actions[bot]";
async function tokenAuthor(octokit) {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error2) {
    if (statusOf(error2) !== 403) throw error2;
  }
  try {
    const { viewer } = await octokit.graphql("query { viewer { login } }");
    if (viewer.login) return viewer.login.endsWith("[bot]") ? viewer.login : `${viewer.login}[bot]`;
  } catch {
  }
  return GITHUB_ACTIONS_BOT;
}
function isOurComment(comment, author, marker) {
  const login = comment.user?.login ?? "";
  return login.toLowerCase() === author.toLowerCase() && (comment.body ?? "").startsWith(`${marker}
`);
}
function statusOf(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}

// src/report/github-client.ts
init_undici();
async function loadGitHub() {
  await loadUndici();
  return import("./github-EWZPBE56.js");
}

// src/report/github-api.ts
var GITHUB_ATTEMPTS = {
  /** 5xx and 429 answers, connections reset or refused. */
  transient: 4,
  /** No answer within the timeout: each attempt costs a whole timeout. */
  timeout: 2
};
var NOT_SENT = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "HEAD", "PATCH", "PUT", "DELETE"]);
var GitHubRequestError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "GitHubRequestError";
};
async function boundedOctokit(token, options = {}) {
  const { getOctokit } = await loadGitHub();
  const octokit = getOctokit(token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  const timeoutMs = options.timeoutMs ?? requestTimeoutMs();
  const delayMs = options.delayMs ?? backoffMs;
  octokit.hook.wrap("request", async (request, requestOptions) => {
    const method = String(requestOptions.method ?? "GET").toUpperCase();
    for (let attempt = 1; ; attempt += 1) {
      try {
        requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(timeoutMs) };
        return await request(requestOptions);
      } catch (error2) {
        const failure = classify(error2);
        const attempts = !IDEMPOTENT.has(method) && !failure.notSent ? 1 : failure.attempts;
        if (attempt >= attempts) {
          if (failure.status !== void 0) throw error2;
          const path = new URL(octokit.request.endpoint(requestOptions).url, "https://api.github.invalid").pathname;
          throw new GitHubRequestError(
            `${method} ${path}: ${failure.reason(timeoutMs)} (${attempt} attempt${attempt === 1 ? "" : "s"})`,
            failure.status
          );
        }
        await new Promise((resolve2) => setTimeout(resolve2, delayMs(attempt)));
      }
    }
  });
  return octokit;
}
function classify(error2) {
  const candidate = error2;
  const message = candidate?.message ?? String(error2);
  if (candidate?.response === void 0) {
    if (candidate?.cause?.name === "TimeoutError" || error2?.name === "TimeoutError") {
      return { attempts: GITHUB_ATTEMPTS.timeout, notSent: false, reason: (ms) => `GitHub did not answer within ${ms} ms` };
    }
    const code = candidate?.cause?.code ?? candidate?.cause?.cause?.code;
    return {
      attempts: GITHUB_ATTEMPTS.transient,
      notSent: code !== void 0 && NOT_SENT.has(code),
      reason: () => `the request failed: ${code ?? message}`
    };
  }
  const status = candidate.status;
  const transient = status !== void 0 && (status >= 500 || status === 429);
  return {
    attempts: transient ? GITHUB_ATTEMPTS.transient : 1,
    notSent: false,
    ...status !== void 0 && { status },
    reason: () => `GitHub answered ${status}: ${message}`
  };
}
async function listIssueComments(octokit, params) {
  const comments2 = [];
  const pages = new PageGuard(ISSUE_COMMENTS_PAGES);
  for await (const response of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...params, per_page: 100 })) {
    comments2.push(...response.data);
    if (!pages.follow(nextLink(response.headers.link))) break;
  }
  return comments2;
}
function nextLink(header) {
  for (const part of (header ?? "").split(",")) {
    const [target = "", ...parameters] = part.split(";").map((piece) => piece.trim());
    if (parameters.some((parameter) => parameter.replaceAll(" ", "") === 'rel="next"') && target.startsWith("<") && target.endsWith(">"))
      return target.slice(1, -1);
  }
  return void 0;
}

// src/report/run-context.ts
import { readFileSync } from "node:fs";
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
var RUN_ID = /^[0-9]{1,20}$/;
var HOST = /^[a-z0-9.-]{1,253}(?::[0-9]{1,5})?$/;
function pullRequestHeadSha(env) {
  if (!env.GITHUB_EVENT_PATH) return void 0;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    return event.pull_request?.head?.sha;
  } catch {
    return void 0;
  }
}
function runContext(env, headSha) {
  const sha = env.GITHUB_SHA?.trim().toLowerCase();
  const runId = env.GITHUB_RUN_ID?.trim();
  const server = serverUrl(env.GITHUB_SERVER_URL ?? "https://github.com");
  const repository = env.GITHUB_REPOSITORY?.trim();
  const validRunId = runId && RUN_ID.test(runId) ? runId : void 0;
  const head = typeof headSha === "string" ? headSha.toLowerCase() : void 0;
  return {
    ...sha && SHA.test(sha) ? { sha } : {},
    ...head && SHA.test(head) && head !== sha ? { headSha: head } : {},
    ...validRunId ? { runId: validRunId } : {},
    ...server && repository && REPOSITORY.test(repository) && validRunId ? { runUrl: `${server}/${repository}/actions/runs/${validRunId}` } : {}
  };
}
function serverUrl(value) {
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return void 0;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return void 0;
  if (url.username || url.password || url.search || url.hash || url.pathname !== "/" && url.pathname !== "") return void 0;
  return HOST.test(url.host) ? `${url.protocol}//${url.host}` : void 0;
}

// src/report/pr-comment.ts
var COMMENT_MAX_BYTES = 6e4;
var MAX_OLDER_COMMENTS = 20;
function commentMarker(env) {
  return hiddenMarker("plan", env);
}
function hiddenMarker(kind, env) {
  const part = (value) => (value ?? "").replace(/[^\w .,/-]/g, "").slice(0, 100);
  return `<!-- securityhub-onboard:${kind} workflow="${part(env.GITHUB_WORKFLOW)}" job="${part(env.GITHUB_JOB)}" -->`;
}
async function upsertPlanComment(token, marker, body) {
  const { context } = await loadGitHub();
  const payloadNumber = context.payload.pull_request?.number;
  if (payloadNumber === void 0 || payloadNumber === null) return { result: "not-a-pull-request" };
  if (typeof payloadNumber !== "number" || !Number.isSafeInteger(payloadNumber) || payloadNumber < 1) {
    const problem = "the event payload's pull_request.number is not a pull request number";
    warning(`Could not comment the plan on the pull request: ${problem}.`);
    return { result: "failed", problem };
  }
  const issueNumber = payloadNumber;
  if (!token) {
    const problem = "the 'github-token' input is empty";
    warning(`Could not comment the plan on the pull request: ${problem}.`);
    return { result: "failed", issueNumber, problem };
  }
  const { owner, repo } = context.repo;
  const octokit = await boundedOctokit(token);
  const runUrl = runContext(process.env).runUrl;
  const text = commentText(marker, body, runUrl);
  const fallback = shortText(marker, runUrl);
  const write = async (send) => {
    try {
      await send(text);
    } catch (error2) {
      if (statusOf(error2) !== 422) throw error2;
      await send(fallback);
    }
  };
  let ours = [];
  try {
    const author = await tokenAuthor(octokit);
    const comments2 = await listIssueComments(octokit, { owner, repo, issue_number: issueNumber });
    ours = comments2.filter((comment) => isOurComment(comment, author, marker));
    const [current, ...older] = ours;
    if (!current) {
      await write((commentBody) => octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: commentBody }));
      return { result: "created", issueNumber };
    }
    await write((commentBody) => octokit.rest.issues.updateComment({ owner, repo, comment_id: current.id, body: commentBody }));
    const superseded = supersededText(marker, current.html_url);
    for (const comment of older.slice(0, MAX_OLDER_COMMENTS).filter((candidate) => candidate.body !== superseded)) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body: superseded });
    }
    return { result: "updated", issueNumber };
  } catch (error2) {
    const status = statusOf(error2);
    const problem = forAnnotation(`${status ? `${status} ` : ""}${error2.message}`);
    const hint = status === 403 || status === 404 ? " The job's token needs 'permissions: pull-requests: write' (and a pull request from a fork gets a read-only token)." : "";
    const result = ours.length > 0 ? "stale" : "failed";
    const stale = result === "stale" ? " The comment already on the pull request shows an older plan." : "";
    warning(`Could not comment the plan on pull request #${issueNumber}: ${problem}.${hint}${stale} The plan is in the job summary.`);
    return { result, issueNumber, problem };
  }
}
function renderCommentProblem(outcome) {
  const where = outcome.issueNumber ? `pull request #${outcome.issueNumber}` : "the pull request";
  const why = outcome.problem ? ` GitHub answered: ${markdownCode(outcome.problem)}.` : "";
  const stale = outcome.result === "stale" ? " **The comment already there shows an older plan**, so this step fails: give the token pull-requests: write, or delete that comment." : " No comment of this workflow and job is there.";
  return `> \u26A0\uFE0F The plan could not be written to ${where}.${why}${stale}
`;
}
function commentText(marker, body, runUrl) {
  const text = markdownBody(`${marker}
${body}
<sub>Every account of this plan is in the ${summaryLink(runUrl)}.</sub>
`);
  return Buffer.byteLength(text, "utf8") <= COMMENT_MAX_BYTES ? text : shortText(marker, runUrl);
}
function shortText(marker, runUrl) {
  return `${marker}
The plan of this run could not be shown in a pull-request comment; it is in the ${summaryLink(runUrl)}.
`;
}
function supersededText(marker, currentUrl) {
  const replacement = currentUrl ? `<a href="${currentUrl}">the comment that replaces it</a>` : "the comment that replaces it";
  return `${marker}
This plan is out of date; the current one is in ${replacement}.
`;
}
function summaryLink(runUrl) {
  return runUrl ? `<a href="${runUrl}">job summary of the run</a>` : "job summary of the run";
}

// src/report/html.ts
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
var ByteBudget = class {
  constructor(remaining) {
    this.remaining = remaining;
  }
  remaining;
  get left() {
    return this.remaining;
  }
  /** Takes room for the text when it fits, and says whether it did. */
  take(text) {
    const bytes = byteLength(text);
    if (bytes > this.remaining) return false;
    this.remaining -= bytes;
    return true;
  }
  /** Takes room for text that is always shown (headings, counts, the footer), even past the limit. */
  spend(bytes) {
    this.remaining -= bytes;
  }
  give(bytes) {
    this.remaining += bytes;
  }
};
function headerRow(cells) {
  return `<tr>${cells.map((cell) => `<th>${cell}</th>`).join("")}</tr>
`;
}
function row(cells) {
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>
`;
}
function table(header, rows) {
  return `<table>
${header}${rows}</table>
`;
}
var TABLE_BYTES = byteLength(table("", ""));
function collapsed(summary2, body) {
  return `<details><summary>${summary2}</summary>

${body}
</details>
`;
}
var COLLAPSED_BYTES = byteLength(collapsed("", ""));
function fitRows(items, render, budget, max = Infinity) {
  let rows = "";
  let shown2 = 0;
  for (const item of items) {
    if (shown2 >= max) break;
    const text = render(item);
    if (!budget.take(text)) break;
    rows += text;
    shown2 += 1;
  }
  return { rows, shown: shown2 };
}
function plural(count, noun, nouns = `${noun}s`) {
  return `${count} ${count === 1 ? noun : nouns}`;
}
var LONG_TABLE_ROWS = 20;
var WRAPPER_BYTES = TABLE_BYTES + COLLAPSED_BYTES + 400;
function boundedTable(header, items, render, budget, { max = Infinity, summary: summary2, always = false }) {
  const wrapper = WRAPPER_BYTES + byteLength(header);
  budget.spend(wrapper);
  const { rows, shown: shown2 } = fitRows(items, render, budget, max);
  budget.give(wrapper);
  if (shown2 === 0) return { html: "", shown: shown2 };
  const plain = table(header, rows);
  if (shown2 <= LONG_TABLE_ROWS && !always) {
    budget.spend(TABLE_BYTES + byteLength(header));
    return { html: plain, shown: shown2 };
  }
  const line = summary2(shown2);
  budget.spend(TABLE_BYTES + byteLength(header) + COLLAPSED_BYTES + byteLength(line));
  return { html: collapsed(line, plain), shown: shown2 };
}

// src/report/summary-status.ts
var DOCUMENTED = new Set(MEMBER_STATUSES);
function statusCell({ before, rawStatus }) {
  if (before !== "Unknown") return before;
  if (rawStatus && DOCUMENTED.has(rawStatus)) return rawStatus;
  return rawStatus ? htmlCode(rawStatus) : "Unknown";
}

// src/report/summary-attention.ts
function memberGroups({ regions, heldRemovals }) {
  const held = new Set((heldRemovals?.accounts ?? []).map(({ accountId, region }) => `${region} ${accountId}`));
  const groups = new Map(
    ["decision", "stale", "suspended", "unknown", "other"].map((group) => [group, []])
  );
  for (const { region, accounts } of lookedAt(regions)) {
    for (const account of accounts) {
      if (held.size > 0 && held.has(`${region} ${account.accountId}`)) continue;
      const group = memberGroupOf(account);
      if (group) groups.get(group).push({ region, account });
    }
  }
  return groups;
}
function memberGroupOf(account) {
  if (account.unprocessed) return void 0;
  if (account.action === "reinvite" && account.before === "Invited") return "stale";
  if (!account.attention) return void 0;
  if (account.listed && (account.before === "Removed" || account.before === "Resigned")) return "decision";
  if (account.before === "AccountSuspended") return "suspended";
  if (account.before === "Unknown") return "unknown";
  return "other";
}
function unprocessedPairs(regions) {
  return lookedAt(regions).flatMap(
    ({ region, accounts }) => accounts.filter((account) => account.unprocessed).map((account) => ({ region, account }))
  );
}
function distinctAccounts(pairs) {
  return new Set(pairs.map((pair) => pair.account.accountId)).size;
}
function renderAttention(input, budget, idsPerGroup) {
  const heading = "### Needs attention\n";
  budget.spend(byteLength(heading) + 1);
  const blocks = [
    ...failedRegionBlocks(input.regions, budget),
    unprocessedBlock(unprocessedPairs(input.regions), budget, idsPerGroup),
    input.heldRemovals ? heldBlock(input.heldRemovals, budget) : "",
    ...[...memberGroups(input)].map(([group, pairs]) => memberBlock(group, pairs, input.mode, budget))
  ].filter((block) => block !== "");
  if (blocks.length === 0) {
    budget.give(byteLength(heading) + 1);
    return "";
  }
  return [heading, ...blocks].join("\n");
}
function failedRegionBlocks(regions, budget) {
  const failed = regions.filter((region) => region.failure !== void 0);
  const blocks = [];
  for (const [index, { region, failure, notLookedAt }] of failed.entries()) {
    const name = region;
    const listed = notLookedAt.length;
    const block = `#### \u274C ${name} failed (${failure.operation})

> ${markdownCode(failure.message)}

Nothing in ${name} was read or changed` + (listed > 0 ? `: its ${plural(listed, "listed account")} ${listed === 1 ? "was" : "were"} not looked at, and ${listed === 1 ? "is" : "are"} in the <code>${Output.unprocessedAccounts}</code> output.
` : ".\n");
    if (!budget.take(block + "\n")) {
      const rest = failed.slice(index).map((entry) => entry.region);
      const line = `#### \u274C ${plural(rest.length, "more Region")} failed

${rest.join(", ")}: the reasons are in the step's log.
`;
      budget.spend(byteLength(line) + 1);
      blocks.push(line);
      break;
    }
    blocks.push(block);
  }
  return blocks;
}
function unprocessedBlock(pairs, budget, idsPerGroup) {
  if (pairs.length === 0) return "";
  const groups = /* @__PURE__ */ new Map();
  for (const { region, account } of pairs) {
    const { operation, processingResult } = account.unprocessed;
    const key = JSON.stringify([operation, processingResult]);
    const group = groups.get(key) ?? { operation, reason: processingResult, accounts: /* @__PURE__ */ new Map() };
    groups.set(key, group);
    const regions2 = group.accounts.get(account.accountId);
    if (regions2) regions2.push(region);
    else group.accounts.set(account.accountId, [region]);
  }
  const ordered = [...groups.values()].sort((a, b) => b.accounts.size - a.accounts.size);
  const regions = new Set(pairs.map((pair) => pair.region)).size;
  const heading = `#### \u274C Not processed: ${plural(distinctAccounts(pairs), "account")} in ${plural(regions, "Region")}
`;
  budget.spend(byteLength(heading) + 2);
  const header = headerRow(["Call", "Reason", "Accounts (Regions)"]);
  const { html, shown: shown2 } = boundedTable(
    header,
    ordered,
    (group) => row([group.operation, htmlCode(group.reason), accountsCell(group.accounts, budget.left - 2 * 1024, idsPerGroup)]),
    budget,
    { summary: (count) => `${plural(count, "reason")}` }
  );
  const hidden = ordered.slice(shown2).reduce((sum, group) => sum + group.accounts.size, 0);
  return [heading, html, hidden > 0 ? moreLine(hidden, "account", Output.unprocessedAccounts, budget) : ""].filter(Boolean).join("\n");
}
function accountsCell(accounts, room, max) {
  const byRegions = /* @__PURE__ */ new Map();
  for (const [accountId, regions] of accounts) {
    const key = regions.join(", ");
    const same = byRegions.get(key);
    if (same) same.push(accountId);
    else byRegions.set(key, [accountId]);
  }
  const lines = [];
  let shown2 = 0;
  let used = 0;
  for (const [regions, ids] of byRegions) {
    const codes = [];
    used += byteLength(regions) + 8;
    for (const id of ids) {
      const code = htmlCode(id);
      const bytes = byteLength(code) + 2;
      if (shown2 >= max || used + bytes > room) break;
      codes.push(code);
      used += bytes;
      shown2 += 1;
    }
    if (codes.length > 0) lines.push(`${codes.join(", ")} (${regions})`);
    if (codes.length < ids.length) break;
  }
  const more = accounts.size - shown2;
  const list = lines.join("<br>") + (more > 0 ? `${lines.length > 0 ? "<br>" : ""}<i>and ${plural(more, "more account")}</i>` : "");
  return accounts.size > 5 ? `<details><summary>${plural(accounts.size, "account")}</summary>${list}</details>` : list;
}
function heldBlock({ reason, accounts }, budget) {
  const heading = `#### \u26D4 Removals held back: ${plural(new Set(accounts.map((account) => account.accountId)).size, "account")}
`;
  const quote = `> ${markdownCode(reason, 4e3)}
`;
  budget.spend(byteLength(heading) + byteLength(quote) + 2);
  const { html, shown: shown2 } = boundedTable(
    headerRow(["Account", "Region", "Status"]),
    accounts,
    ({ accountId, region, memberStatus }) => row([htmlCode(accountId), region, statusCell({ before: "Unknown", rawStatus: memberStatus })]),
    budget,
    { summary: (count) => `${plural(count, "removal")} held back` }
  );
  return [heading, quote, html, accounts.length > shown2 ? moreLine(accounts.length - shown2, "removal", Output.driftAccounts, budget) : ""].filter(Boolean).join("\n");
}
var MEMBER_GROUPS = {
  decision: {
    title: "\u26A0\uFE0F Removed or Resigned, waiting on a decision",
    intro: "The administrator disassociated these members, or they left. They stay as they are until someone decides: set <code>reinvite: true</code> to bring them back, or take them off the list."
  },
  stale: {
    title: "\u26A0\uFE0F Invitations not accepted",
    intro: "These invitations are older than <code>stale-invite-days</code>. Sending them again does not accept them: someone in each member account has to (or set <code>member-role-name</code>)."
  },
  suspended: { title: "\u26A0\uFE0F Suspended", intro: "These accounts are suspended in AWS Organizations; they are left as they are." },
  unknown: {
    title: "\u26A0\uFE0F Member status not known to this action",
    intro: "AWS reported a member status that is not documented; these members are left as they are."
  },
  other: { title: "\u26A0\uFE0F Left as they are, for a reason", intro: "These members are left as they are, for the reason given." }
};
function memberBlock(group, pairs, mode, budget) {
  if (pairs.length === 0) return "";
  const { title, intro } = MEMBER_GROUPS[group];
  const heading = `#### ${title}: ${plural(distinctAccounts(pairs), "account")}
`;
  const text = `${intro}
`;
  budget.spend(byteLength(heading) + byteLength(text) + 2);
  const { html, shown: shown2 } = boundedTable(
    headerRow(["Account", "Region", "Status", group === "stale" ? "Result" : "Why"]),
    pairs,
    ({ region, account }) => row([htmlCode(account.accountId), region, statusCell(account), whyText(group, account, mode)]),
    budget,
    { summary: (count) => plural(count, "member") }
  );
  return [heading, text, html, pairs.length > shown2 ? moreLine(pairs.length - shown2, "member", Output.plan, budget) : ""].filter(Boolean).join("\n");
}
function whyText(group, account, mode) {
  if (group !== "stale") return account.attention ? htmlCode(account.attention, 4e3) : "";
  return mode === "plan" ? "the invitation would be sent again" : "the invitation was sent again";
}
function moreLine(count, noun, output, budget) {
  const line = `<i>${plural(count, `more ${noun}`)} not shown here; every one is in the <code>${output}</code> output.</i>
`;
  budget.spend(byteLength(line) + 1);
  return line;
}

// src/report/summary-counts.ts
function isUnchanged(account) {
  return account.listed && account.action === "skip" && !account.attention && !account.unprocessed && !account.memberSide && !did(account, "accept");
}
function rules({ mode, invite }) {
  const done = (account) => !account.unprocessed;
  const changes = mode === "plan" ? [
    ["would be created", (a) => done(a) && a.action === "create", true],
    // Created members are invited next (CreateMembers, then InviteMembers), except organization accounts.
    ["would be invited", (a) => done(a) && (a.action === "invite" || invite && a.action === "create"), true],
    ["would be invited again", (a) => done(a) && a.action === "reinvite", false],
    ["would be removed", (a) => done(a) && a.action === "remove", false]
  ] : [
    ["created", (a) => did(a, "create"), true],
    ["invited", (a) => did(a, "invite"), true],
    ["invited again", (a) => did(a, "reinvite"), false],
    ["removed", (a) => did(a, "remove"), false],
    ["accepted from the member side", (a) => did(a, "accept"), false]
  ];
  return [
    ...changes,
    ["no change", isUnchanged, true],
    ["left as they are: need attention", (a) => done(a) && a.action === "skip" && a.attention !== void 0, false],
    ["not in the list, left alone", (a) => !a.listed && a.action === "skip" && !a.attention && done(a), false],
    ["not processed", (a) => !done(a), true]
  ];
}
function* lookedAtAccounts(regions) {
  for (const region of lookedAt(regions)) yield* region.accounts;
}
var REMEMBERED_OUTCOMES = 5e4;
function tallyRegions(input) {
  const tallies = rules(input).map(([label, applies, shownWhenZero]) => ({
    label,
    applies,
    shownWhenZero,
    pairs: 0,
    ids: /* @__PURE__ */ new Set()
  }));
  const listedIds = /* @__PURE__ */ new Set();
  let createsAny = false;
  const known = /* @__PURE__ */ new Map();
  for (const account of lookedAtAccounts(input.regions)) {
    let applying = known.get(account);
    if (!applying) {
      applying = tallies.filter((tally2) => tally2.applies(account));
      for (const tally2 of applying) tally2.ids.add(account.accountId);
      if (account.listed) listedIds.add(account.accountId);
      if (account.action === "create" && !account.unprocessed) createsAny = true;
      if (known.size < REMEMBERED_OUTCOMES) known.set(account, applying);
    }
    for (const tally2 of applying) tally2.pairs += 1;
  }
  const rows = tallies.filter((entry) => entry.shownWhenZero || entry.pairs > 0).map(({ label, pairs, ids }) => ({ label, pairs, accounts: ids.size }));
  const notLooked = input.regions.flatMap((region) => region.failure ? region.notLookedAt : []);
  if (notLooked.length > 0) rows.push({ label: "not looked at: the Region failed", ...tally(notLooked) });
  for (const { accountId } of notLooked) listedIds.add(accountId);
  return { rows, listed: listedIds.size, createsAny };
}
function tally(accounts) {
  return { pairs: accounts.length, accounts: new Set(accounts.map((account) => account.accountId)).size };
}
function renderCounts(input) {
  const { rows: counted, listed, createsAny } = tallyRegions(input);
  const failed = input.regions.filter((region) => region.failure).length;
  const scope = `<p>Listed: <b>${plural(listed, "account")}</b>. Regions: <b>${input.regions.length}</b>` + (failed > 0 ? `, of which <b>${failed}</b> failed.</p>
` : ".</p>\n");
  const rows = counted.map(({ label, pairs, accounts }) => row([label, String(pairs), String(accounts)]));
  const invitesNew = input.mode === "plan" && input.invite && createsAny;
  const note = "A pair counts in every row that applies to it: an account created and then invited counts as created and as invited." + (invitesNew ? " Accounts that would be created are counted as invited too; organization accounts are enabled on creation instead." : "");
  return `### Counts

${scope}
${table(headerRow(["", "Account-Region pairs", "Accounts"]), rows.join(""))}
<p><sub>${note}</sub></p>
`;
}

// src/report/summary.ts
var OWN_NOTES = {
  "organization-create": "CreateMembers on an account of your AWS organization (when this administrator is its delegated administrator) makes it a member without an invitation, and where Security Hub CSPM is off in that account and Region, AWS turns it on with its default standards, which rely on AWS Config being recorded there. AWS never does this for the management account of the organization: it must enable Security Hub CSPM itself first."
};
var DEFAULT_LIMITS = { maxBytes: 900 * 1024, rowsPerRegion: 100 };
var DEFAULT_IDS_PER_REASON = 1e3;
function commentLimits(maxBytes) {
  return { maxBytes, rowsPerRegion: 50, idsPerReason: 200 };
}
var RESERVE_PER_REGION = 1024;
function renderSummary(input, limits = DEFAULT_LIMITS) {
  const head = [
    headline(input),
    ...input.context ? [input.context] : [],
    ...(input.ownNotes ?? []).map((note) => `> ${OWN_NOTES[note]}
`),
    ...(input.notes ?? []).map((note) => `> ${markdownCode(note, 4e3)}
`),
    ...(input.sections ?? []).filter((section) => section !== "")
  ].join("\n");
  const counts = renderCounts(input);
  const footer = input.audience === "comment" ? `<sub>Administrator account ${input.administratorId || "unknown"}.</sub>
` : `<sub>Administrator account ${input.administratorId || "unknown"}. Every account is in the step outputs (${[Output.unprocessedAccounts, Output.createdAccounts, Output.invitedAccounts, Output.skippedAccounts, Output.driftAccounts, Output.plan].join(", ")}\u2026) and, in full, in the file named by ${Output.reportFile}.</sub>
`;
  const regionsHeading = "### Accounts by Region\n";
  const budget = new ByteBudget(limits.maxBytes);
  budget.spend(
    byteLength(head) + byteLength(counts) + byteLength(footer) + byteLength(regionsHeading) + 8 + input.regions.length * RESERVE_PER_REGION
  );
  const attention = renderAttention(input, budget, limits.idsPerReason ?? DEFAULT_IDS_PER_REASON);
  const sections = input.regions.map((region) => {
    budget.give(RESERVE_PER_REGION);
    const section = regionSection(region, input, limits, budget);
    budget.spend(byteLength(section) + 1);
    return section;
  });
  return [head, attention, counts, regionsHeading, ...sections, footer].filter((part) => part !== "").join("\n");
}
function headline(input) {
  const title = input.mode === "plan" ? "Security Hub CSPM onboarding plan (nothing was changed)" : "Security Hub CSPM onboarding";
  const failed = input.regions.some((region) => region.failure) || unprocessedPairs(input.regions).length > 0 || input.heldRemovals !== void 0;
  const attention = [...memberGroups(input).values()].some((pairs) => pairs.length > 0);
  return `## ${failed ? "\u274C" : attention ? "\u26A0\uFE0F" : "\u2705"} ${title}
`;
}
function regionSection(region, input, limits, budget) {
  const name = region.region;
  const heading = `#### ${name}
`;
  if (region.failure) return `${heading}
\u274C ${region.failure.operation} failed: nothing in this Region was read or changed (see above).
`;
  const ordered = byRank(region.accounts);
  const unprocessed = ordered.filter((account) => account.unprocessed);
  const reported = ordered.filter((account) => !account.unprocessed && !isUnchanged(account));
  const unchanged = ordered.filter(isUnchanged);
  const header = headerRow(["Account", "Email", "Status before", "Action", "Result"]);
  const render = (account) => tableRow(account, input);
  const shown2 = [...unprocessed, ...reported.slice(0, limits.rowsPerRegion)];
  const first = boundedTable(header, shown2, render, budget, {
    summary: (count) => `${plural(count, "account")} in ${name}: ${countsByResult(shown2.slice(0, count), input.mode)}`
  });
  const rest = boundedTable(header, unchanged, render, budget, {
    max: limits.rowsPerRegion,
    always: true,
    summary: (count) => `${plural(count, "account")} with no change in ${name}`
  });
  const parts = [heading, first.html, rest.html];
  if (region.accounts.length === 0) parts.push("No account in this Region.\n");
  const hidden = region.accounts.length - first.shown - rest.shown;
  if (hidden > 0) {
    parts.push(
      `<i>${hidden} more account(s) in ${name} are not shown here. All accounts in this Region: ${countsByResult(region.accounts, input.mode)}.</i>
`
    );
  }
  return parts.filter((part) => part !== "").join("\n");
}
function tableRow(account, input) {
  return row([
    // Drift comes from ListMembers, whose AccountId is a free string (docs/aws-behaviour.md#list-members).
    `${htmlCode(account.accountId)}${account.membership ? ` <sub>${account.membership}</sub>` : ""}`,
    account.email ? htmlCode(account.email) : "",
    account.before === "None" ? "not a member" : statusCell(account),
    account.listed ? account.action : `${account.action} (not listed)`,
    resultText(account, input)
  ]);
}
function resultText(account, input) {
  const text = adminSideText(account, input);
  return account.memberSide && !account.unprocessed ? `${text}; member side: ${htmlCode(account.memberSide)}` : text;
}
function adminSideText(account, { mode, invite }) {
  if (account.unprocessed) {
    return `\u274C <b>Not processed</b> (${account.unprocessed.operation}): ${htmlCode(account.unprocessed.processingResult)}`;
  }
  if (account.attention) return `\u26A0\uFE0F ${htmlCode(account.attention, 4e3)}`;
  if (account.excluded) return "excluded (exclude-accounts); left alone";
  if (mode === "plan") return plannedText(account, invite);
  const created = did(account, "create");
  if (created && did(account, "invite")) return "\u2705 created and invited";
  if (created && account.after === "Enabled") return "\u2705 created; Enabled (organization account, no invitation needed)";
  if (created) return account.after && account.after !== "Created" ? `\u2705 created; now ${htmlCode(account.after)}` : "\u2705 created";
  if (did(account, "invite")) return "\u2705 invited";
  if (did(account, "reinvite")) return "\u2705 invited again";
  if (did(account, "remove") && account.warning) return `\u26A0\uFE0F ${htmlCode(account.warning.message)}`;
  if (did(account, "remove"))
    return account.removal?.delete ? "\u2705 removed (disassociated and deleted)" : "\u2705 disassociated (organization member)";
  return unchangedText(account);
}
function plannedText(account, invite) {
  switch (account.action) {
    case "create":
      return invite ? "would be created, then invited unless it is an organization account" : "would be created";
    case "invite":
      return "would be invited";
    case "reinvite":
      if (account.before === "Invited") return "the invitation would be sent again (stale)";
      return account.before === "Removed" ? "would be brought back: CreateMembers, then invited again unless it is an organization account" : "would be invited again";
    case "remove":
      return account.removal?.delete ? "would be removed (disassociated if needed, then deleted)" : "would be disassociated (organization member)";
    case "skip":
      return unchangedText(account);
  }
}
function unchangedText(account) {
  if (account.listed) return account.protected ? "no change (protected)" : "no change";
  return account.protected ? "\u{1F6E1}\uFE0F not in the list; protected (protected-accounts), never removed" : "not in the list; left alone (remove-absent is off)";
}
function byRank(accounts) {
  const ranks = [[], [], [], []];
  for (const account of accounts) ranks[rank(account)].push(account);
  return ranks.flat();
}
function rank(account) {
  if (account.unprocessed) return 0;
  if (account.attention) return 1;
  if (account.action !== "skip") return 2;
  return 3;
}
function countsByResult(accounts, mode) {
  const counts = /* @__PURE__ */ new Map();
  for (const account of accounts) {
    const key = account.unprocessed ? "not processed" : account.action === "skip" ? `left as ${account.before === "None" ? "not a member" : account.before}` : mode === "plan" ? `to ${account.action}` : did(account, "invite") || did(account, "reinvite") ? "invited" : did(account, "create") ? "created" : did(account, "remove") ? "removed" : account.action;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} ${key}`).join(", ");
}
function renderDesiredOnly(accounts, regions, maxBytes = DEFAULT_LIMITS.maxBytes, context = "") {
  const head = `## Security Hub CSPM onboarding plan: the account list is valid

${context}> \u2139\uFE0F The live comparison was skipped: this job has no AWS credentials (a pull request from a fork never gets an OIDC token; a workflow without <code>id-token: write</code> neither). What apply would change in ${regions.join(", ")} is not known.

<b>${accounts.length}</b> account(s) listed:

<table>
<tr><th>Account</th><th>Email</th></tr>
`;
  const budget = new ByteBudget(maxBytes - byteLength(head) - 512);
  const { rows, shown: shown2 } = fitRows(
    accounts.slice(0, 500),
    (account) => `<tr><td><code>${account.accountId}</code></td><td>${account.email ? htmlCode(account.email) : ""}</td></tr>
`,
    budget
  );
  const more = accounts.length > shown2 ? `
<i>${accounts.length - shown2} more account(s) not shown.</i>
` : "";
  return `${head}${rows}</table>
${more}`;
}
function renderInputProblems(problems, maxBytes = DEFAULT_LIMITS.maxBytes) {
  const head = `## \u274C Security Hub CSPM onboarding: the input is not valid

Nothing was sent to AWS. Fix these problems and run again:

<ul>
`;
  const budget = new ByteBudget(maxBytes - byteLength(head) - 512);
  const { rows, shown: shown2 } = fitRows(
    problems,
    (problem) => {
      const where = problem.file ? `${htmlCode(`${problem.file}${problem.line ? `:${problem.line}` : ""}`)}: ` : "";
      return `<li>${where}${htmlCode(problem.message, 2e3)}</li>
`;
    },
    budget
  );
  const more = problems.length > shown2 ? `<li>${problems.length - shown2} more problem(s) are in the log.</li>
` : "";
  return `${head}${rows}${more}</ul>
`;
}

// src/report/drift-issue.ts
var MAX_PAGES = 10;
var PER_PAGE = 100;
async function keepDriftIssue(request) {
  if (!request.token) {
    warning("Could not keep the drift issue: the 'github-token' input is empty.");
    return { outcome: "failed" };
  }
  const { context } = await import("./github-EWZPBE56.js");
  const octokit = await boundedOctokit(request.token);
  const repo = context.repo;
  let doing = "find";
  try {
    const author = await tokenAuthor(octokit);
    const existing = await findOurIssue(octokit, repo, request, author);
    const body = request.body === void 0 ? void 0 : markdownBody(`${request.marker}
${request.body}`);
    if (body !== void 0 && existing) {
      doing = "update";
      await octokit.rest.issues.update({ ...repo, issue_number: existing, title: DRIFT_ISSUE_TITLE, body });
      return { outcome: "updated", number: existing };
    }
    if (body !== void 0) {
      doing = "open";
      const { data } = await octokit.rest.issues.create({ ...repo, title: DRIFT_ISSUE_TITLE, body, labels: [...request.labels] });
      return { outcome: "opened", number: data.number };
    }
    if (!existing) return { outcome: "none" };
    doing = "close";
    await octokit.rest.issues.createComment({ ...repo, issue_number: existing, body: markdownBody(request.closingComment) });
    await octokit.rest.issues.update({ ...repo, issue_number: existing, state: "closed", state_reason: "completed" });
    return { outcome: "closed", number: existing };
  } catch (error2) {
    const status = statusOf(error2);
    const problem = forAnnotation(`${status ? `${status} ` : ""}${error2 instanceof Error ? error2.message : String(error2)}`);
    warning(annotationMessage(`Could not ${doing} the drift issue: ${problem}.${permissionHint(status)}`));
    return { outcome: "failed" };
  }
}
async function findOurIssue(octokit, repo, request, author) {
  const filters = request.labels.length > 0 ? [request.labels.join(","), void 0] : [void 0];
  for (const labels of filters) {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data } = await octokit.rest.issues.listForRepo({
        ...repo,
        state: "open",
        sort: "created",
        direction: "asc",
        per_page: PER_PAGE,
        page,
        ...labels ? { labels } : {}
      });
      const ours = data.find((issue) => !issue.pull_request && isOurComment(issue, author, request.marker));
      if (ours) return ours.number;
      if (data.length < PER_PAGE) break;
    }
  }
  return void 0;
}
function permissionHint(status) {
  if (status === 403 || status === 404)
    return " The job's token needs 'permissions: issues: write'. The run's result is unchanged; everything is in the job summary.";
  if (status === 410) return " Issues are turned off in this repository; turn them on, or set drift-issue: false.";
  return " The run's result is unchanged; everything is in the job summary.";
}
async function reportDriftIssue({ summary: summary2, token, labels, run: run2, env }) {
  const findings = driftFindings(summary2.regions);
  const context = { mode: summary2.mode, run: run2, now: /* @__PURE__ */ new Date() };
  const header = driftIssueHeader(findings, context);
  const limits = commentLimits(COMMENT_MAX_BYTES - Buffer.byteLength(header, "utf8") - 512);
  const body = needsAttention(findings) ? `${header}
${renderSummary({ ...summary2, audience: "comment" }, limits)}` : void 0;
  const result = await keepDriftIssue({
    token,
    labels,
    marker: hiddenMarker("drift", env),
    ...body !== void 0 ? { body } : {},
    closingComment: driftIssueClosingComment(context)
  });
  setOutput(Output.driftIssue, "number" in result ? String(result.number) : "");
  if ("number" in result) info(`The drift issue #${result.number} was ${result.outcome}.`);
}

// src/accounts/serialize.ts
function serializeAccounts(accounts, displayPath, header) {
  const sorted = [...accounts].sort((a, b) => a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0);
  switch (formatNameOf(displayPath)) {
    case "JSON":
      return `${JSON.stringify({ accounts: sorted.map(({ accountId, email }) => ({ accountId, ...email ? { email } : {} })) }, null, 2)}
`;
    case "YAML":
      return yaml(sorted, header);
    case "CSV":
      return ["AccountId,Email", ...sorted.map(({ accountId, email }) => `${accountId},${email ?? ""}`)].join("\n") + "\n";
    default:
      return [
        ...comments(header),
        ...sorted.map(({ accountId, email, note }) => `${accountId}${email ? `,${email}` : ""}${note ? ` # ${note}` : ""}`)
      ].join("\n") + "\n";
  }
}
function yaml(accounts, header) {
  const entries = accounts.map(({ accountId, email, note }) => {
    const comment = note ? `  # ${note}` : "";
    return email ? `  - accountId: ${JSON.stringify(accountId)}${comment}
    email: ${JSON.stringify(email)}` : `  - accountId: ${JSON.stringify(accountId)}${comment}`;
  });
  return [...comments(header), accounts.length === 0 ? "accounts: []" : "accounts:", ...entries].join("\n") + "\n";
}
function comments(lines) {
  return lines.map((line) => line === "" ? "#" : `# ${line}`);
}

// src/membership-export.ts
var FORMULA_START = /^[=+\-@\t\r]/;
function exportMembership(regions, administratorId, displayPath) {
  const csv = formatNameOf(displayPath) === "CSV";
  const byId = /* @__PURE__ */ new Map();
  const notes = [];
  for (const { region, members } of regions) {
    for (const member of members) {
      if (member.status === "Deleted") continue;
      if (!isAccountId(member.accountId)) {
        notes.push(
          `A member in ${region} has the AccountId ${JSON.stringify(member.accountId)}, which is not 12 digits; it is not exported.`
        );
        continue;
      }
      const entry = byId.get(member.accountId) ?? { statuses: /* @__PURE__ */ new Map() };
      byId.set(member.accountId, entry);
      entry.statuses.set(member.status, [...entry.statuses.get(member.status) ?? [], region]);
      const email = member.email;
      if (email === void 0 || email === "" || email === entry.email) continue;
      if (emailProblem(email) !== void 0 || csv && FORMULA_START.test(email)) {
        notes.push(`The email AWS gives for ${member.accountId} in ${region} would not be read back as an email; it is left out.`);
      } else if (entry.email === void 0) {
        entry.email = email;
      } else {
        notes.push(`${member.accountId} has another email in ${region} than in an earlier Region; the first one is exported.`);
      }
    }
  }
  const accounts = [...byId].map(([accountId, { email, statuses }]) => ({
    accountId,
    ...email ? { email } : {},
    note: [...statuses].map(([status, where]) => `${status} (${where.join(", ")})`).join("; ")
  }));
  const header = [
    `Security Hub CSPM members of administrator account ${administratorId}, exported by securityhub-onboard`,
    `from ${regions.map((region) => region.region).join(", ")} as read before the run changed anything: ${accounts.length} account(s).`,
    "Every member is listed, whatever its status, so remove-absent with this list removes nothing.",
    "The comment after each account is its member status. Review the list, then use it as accounts-file."
  ];
  return { content: serializeAccounts(accounts, displayPath, header), count: accounts.length, notes };
}

// src/report/membership-file.ts
async function writeMembershipFile(request) {
  setOutput(Output.exportFile, "");
  const shown2 = forAnnotation(request.displayPath, 200);
  const read = new Set(request.membership.map((region) => region.region));
  const unread = request.regions.filter((region) => !read.has(region));
  if (unread.length > 0) {
    return `export-file: ${shown2} was not written, because the members of ${unread.join(", ")} could not be read; a partial list would make remove-absent remove the members left out.`;
  }
  const ordered = request.regions.flatMap((region) => request.membership.filter((entry) => entry.region === region));
  const { content, count, notes } = exportMembership(ordered, request.administratorId, request.displayPath);
  for (const note of notes) warning(annotationMessage(`export-file: ${forAnnotation(note)}`));
  try {
    await writeExportFile(request.workspace, request.displayPath, content);
  } catch (error2) {
    return `export-file: ${shown2} could not be written: ${forAnnotation(error2 instanceof Error ? error2.message : String(error2))}`;
  }
  setOutput(Output.exportFile, request.displayPath);
  info(
    logLine(`export-file: wrote ${count} member account(s) from ${request.regions.join(", ")} to ${forLog(request.displayPath, 200)}.`)
  );
  return void 0;
}

// src/report/outputs.ts
import { closeSync as closeSync2, openSync as openSync2, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
function collectOutputs(mode, regions) {
  const list = (applies, entry) => outcomeList(regions, applies, entry);
  const pair = (step) => list((account) => did(account, step), regionAccount);
  return {
    mode,
    unprocessed: outcomeList(
      regions,
      (account) => account.unprocessed !== void 0,
      (account, region) => ({ accountId: account.accountId, region, ...account.unprocessed }),
      // A Region that could not be looked at: each listed account is not processed.
      ({ region, failure, notLookedAt }) => notLookedAt.map(({ accountId }) => ({ accountId, region, operation: failure.operation, processingResult: failure.message }))
    ),
    created: pair("create"),
    invited: pair("invite"),
    reinvited: pair("reinvite"),
    removed: list((account) => did(account, "remove"), withStatus),
    // An excluded member (exclude-accounts) is left alone on purpose: it is not drift.
    skipped: list(
      (account) => (account.listed || account.excluded === true) && account.action === "skip" && !account.unprocessed,
      withStatus
    ),
    drift: list((account) => !account.listed && !account.excluded, withStatus),
    accepted: pair("accept"),
    ignored: [],
    plan: regions.map(
      (outcome) => outcome.failure ? failedRegionPlan(outcome) : planOutput(outcome.region, false, outcome.accounts, mode)
    )
  };
}
var regionAccount = ({ accountId }, region) => ({ accountId, region });
var withStatus = (account, region) => ({
  accountId: account.accountId,
  region,
  memberStatus: memberStatusOf(account)
});
function outcomeList(regions, applies, entry, failed = () => []) {
  let perRegion;
  const counts = () => perRegion ??= regions.map((outcome) => {
    if (outcome.failure) return failed(outcome).length;
    let taken = 0;
    for (const account of outcome.accounts) if (applies(account)) taken += 1;
    return taken;
  });
  function* entries() {
    const taken = counts();
    for (const [index, outcome] of regions.entries()) {
      if (taken[index] === 0) continue;
      if (outcome.failure) yield* failed(outcome);
      else for (const account of outcome.accounts) if (applies(account)) yield entry(account, outcome.region);
    }
  }
  return {
    [Symbol.iterator]: entries,
    get length() {
      return counts().reduce((total, count) => total + count, 0);
    },
    toJSON: () => [...entries()]
  };
}
function failedRegionPlan({ region, notLookedAt }) {
  return {
    region,
    failed: true,
    accounts: notLookedAt.map(({ accountId }) => ({
      accountId,
      memberStatus: "Unknown",
      listed: true,
      action: "skip",
      result: "unprocessed"
    }))
  };
}
function emptyOutputs(mode) {
  return {
    mode,
    unprocessed: [],
    created: [],
    invited: [],
    reinvited: [],
    removed: [],
    skipped: [],
    drift: [],
    accepted: [],
    ignored: [],
    plan: []
  };
}
var OUTPUTS_MAX_BYTES = 1e6;
function writeOutputs(outputs) {
  const reportFile = writeReportFile(outputs);
  setOutput(Output.mode, outputs.mode);
  setOutput(Output.reportFile, reportFile);
  setOutput(Output.unprocessedCount, String(outputs.unprocessed.length));
  let budget = OUTPUTS_MAX_BYTES - 2 * (outputs.mode.length + reportFile.length + 10);
  const lists = [
    [Output.unprocessedAccounts, outputs.unprocessed],
    [Output.createdAccounts, outputs.created],
    [Output.invitedAccounts, outputs.invited],
    [Output.reinvitedAccounts, outputs.reinvited],
    [Output.removedAccounts, outputs.removed],
    [Output.acceptedAccounts, outputs.accepted],
    [Output.driftAccounts, outputs.drift],
    [Output.skippedAccounts, outputs.skipped],
    [Output.ignoredMembers, outputs.ignored],
    [Output.plan, outputs.plan]
  ];
  for (const [index, [name, entries]] of lists.entries()) {
    const text = fitJsonList(name, entries, budget - 2 * 2 * (lists.length - index - 1), outputJson);
    budget -= 2 * text.length;
    setOutput(name, text);
  }
}
function fitJsonList(name, entries, budgetBytes, serialise = (entry) => JSON.stringify(entry)) {
  const parts = [];
  let size = 2 * 2;
  for (const entry of entries) {
    if (size + 2 * (1 + (parts.length > 0 ? 1 : 0)) > budgetBytes) break;
    const part = serialise(entry);
    const next = size + 2 * (part.length + (parts.length > 0 ? 1 : 0));
    if (next > budgetBytes) break;
    size = next;
    parts.push(part);
  }
  if (parts.length < entries.length) {
    warning(
      `Output '${name}' has ${entries.length} entries, more than fit in GitHub's 1 MB limit for a job's outputs; it holds the first ${parts.length}. Every entry is in the file named by the '${Output.reportFile}' output.`
    );
  }
  return `[${parts.join(",")}]`;
}
function writeReportFile(outputs) {
  const directory = process.env.RUNNER_TEMP || tmpdir();
  const file = join2(directory, `securityhub-onboard-report-${process.pid}-${Date.now()}.json`);
  const { mode, unprocessed, created, invited, reinvited, removed, skipped, drift, accepted, ignored, plan } = outputs;
  const lists = { unprocessed, created, invited, reinvited, removed, skipped, drift, accepted, ignored };
  const writer = new BufferedFileWriter(file);
  try {
    writer.write(`{"mode":${reportFileJson(mode)}`);
    for (const [name, entries] of Object.entries(lists)) writeJsonArray(writer, name, entries);
    writer.write(',"plan":[');
    let index = 0;
    for (const region of plan) {
      const head = reportFileJson({ region: region.region, failed: region.failed });
      writer.write(`${index > 0 ? "," : ""}${head.slice(0, -1)},`);
      writeJsonArray(writer, "accounts", planEntriesOf(region), "");
      writer.write("}");
      index += 1;
    }
    writer.write("]}");
  } finally {
    writer.close();
  }
  return file;
}
function writeJsonArray(writer, name, entries, separator = ",") {
  writer.write(`${separator}${JSON.stringify(name)}:[`);
  let slice = [];
  let first = true;
  const writeSlice = () => {
    const json = reportFileJson(slice);
    writer.write(`${first ? "" : ","}${json.slice(1, -1)}`);
    first = false;
    slice = [];
  };
  for (const entry of entries) {
    slice.push(entry);
    if (slice.length === REPORT_SLICE) writeSlice();
  }
  if (slice.length > 0) writeSlice();
  writer.write("]");
}
var REPORT_SLICE = 100;
var BufferedFileWriter = class {
  fd;
  pending = [];
  pendingLength = 0;
  constructor(file) {
    this.fd = openSync2(file, "w");
  }
  write(text) {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 64 * 1024) this.flush();
  }
  close() {
    try {
      this.flush();
    } finally {
      closeSync2(this.fd);
    }
  }
  flush() {
    if (this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(""), "utf8");
    for (let written = 0; written < bytes.length; ) written += writeSync(this.fd, bytes, written);
    this.pending = [];
    this.pendingLength = 0;
  }
};
function planOutput(region, failed, accounts, mode) {
  const output = { region, failed };
  Object.defineProperty(output, PLAN_ENTRIES, {
    enumerable: false,
    value: function* () {
      for (const account of accounts) yield planEntry(account, mode);
    }
  });
  return Object.defineProperty(output, "accounts", { enumerable: true, get: () => accounts.map((account) => planEntry(account, mode)) });
}
var PLAN_ENTRIES = /* @__PURE__ */ Symbol("plan entries");
function planEntriesOf(region) {
  const entries = region[PLAN_ENTRIES];
  return entries ? entries() : region.accounts;
}
function planEntry(account, mode) {
  const entry = {
    accountId: account.accountId,
    memberStatus: memberStatusOf(account),
    listed: account.listed,
    action: account.action,
    result: account.unprocessed ? "unprocessed" : account.excluded ? "excluded" : mode === "plan" ? "planned" : account.action === "skip" ? "unchanged" : "done"
  };
  if (account.membership) entry.membership = account.membership;
  return entry;
}

// src/report/plan-context.ts
function renderPlanContext(input) {
  const code = (text) => htmlCode(text);
  const { reconcile, memberSide } = input;
  const commit = input.run.sha ? `commit ${code(input.run.sha.slice(0, 12))}${input.run.headSha ? ` (pull request head ${code(input.run.headSha.slice(0, 12))})` : ""}` : "an unknown commit (GITHUB_SHA is not set)";
  const run2 = input.run.runUrl ? ` in <a href="${input.run.runUrl}">run ${input.run.runId}</a>` : "";
  const options = [
    ["regions", input.regions.join(", ") || "none"],
    ...input.accountsFile ? [["accounts-file", input.accountsFile]] : [],
    ["invite", String(reconcile.invite)],
    ["reinvite", String(reconcile.reinvite)],
    ["stale-invite-days", reconcile.staleInviteDays === void 0 ? "0 (off)" : String(reconcile.staleInviteDays)],
    ["remove-absent", String(reconcile.removeAbsent)],
    ["max-removals", String(reconcile.maxRemovals)],
    ["protected-accounts", reconcile.protectedAccounts.join(", ") || "none"],
    [
      "member side",
      memberSide ? `on (role ${memberSide.roleName}${memberSide.enableDefaultStandards ? ", default standards enabled" : ""})` : "off"
    ]
  ];
  const made = input.mode === "plan" ? "Planned" : "Applied";
  return `<p>${made} for ${commit}, mode <b>${input.mode}</b>${run2}, with: ${options.map(([name, value]) => `${name} ${code(value)}`).join(" \xB7 ")}</p>
`;
}

// src/report/stack-frames.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { SourceMap } from "node:module";
import { basename, dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var FRAME = /^(\s+at (?:.+ \()?)(file:\/\/\/[^\s()]+\.js):(\d+):(\d+)(\)?)$/;
var BUNDLE_DIRECTORY = dirname(fileURLToPath(import.meta.url));
var readMapFile = (chunkPath) => {
  try {
    return readFileSync2(`${chunkPath}.map`, "utf8");
  } catch {
    return void 0;
  }
};
function errorFrames(error2, directory = BUNDLE_DIRECTORY, readMap = readMapFile) {
  const stack = error2.stack ?? "";
  const header = error2.message ? `${error2.name}: ${error2.message}` : error2.name;
  const frames = (stack.startsWith(header) ? stack.slice(header.length) : stack).split("\n").filter((line) => /^\s+at /.test(line));
  return sourceFrames(frames, directory, readMap);
}
function sourceFrames(frames, directory = BUNDLE_DIRECTORY, readMap = readMapFile) {
  const maps = /* @__PURE__ */ new Map();
  const mapOf = (chunkPath) => {
    if (!maps.has(chunkPath)) maps.set(chunkPath, parseMap(readMap(chunkPath)));
    return maps.get(chunkPath);
  };
  return frames.map((frame) => {
    try {
      return mappedFrame(frame, directory, mapOf) ?? frame;
    } catch {
      return frame;
    }
  });
}
function mappedFrame(frame, directory, mapOf) {
  const match = FRAME.exec(frame);
  if (!match) return void 0;
  const [, head, url, line, column, tail] = match;
  const chunkPath = fileURLToPath(url);
  if (dirname(chunkPath) !== directory || !/^[\w.-]+\.js$/.test(basename(chunkPath))) return void 0;
  const entry = mapOf(chunkPath)?.findEntry(Number(line) - 1, Number(column) - 1);
  if (!entry || !("originalSource" in entry) || !entry.originalSource) return void 0;
  const source = relative(dirname(dirname(chunkPath)), resolve(dirname(chunkPath), entry.originalSource));
  return `${head}${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}${tail}`;
}
function parseMap(text) {
  if (text === void 0) return void 0;
  try {
    return new SourceMap(JSON.parse(text));
  } catch {
    return void 0;
  }
}

// src/report/scope.ts
var LINE_CHARS = 2e3;
function hasScopeSection({ report, leftOutRegions, headroom }) {
  return report.regionSource.startsWith("regions:") || report.leftOutRegions.length > 0 || (leftOutRegions?.length ?? 0) > 0 || report.organization !== void 0 || report.leftOutAccounts.length > 0 || report.checks.length > 0 || (headroom?.length ?? 0) > 0;
}
function writeRegionsOutput(regions) {
  setOutput(Output.regions, outputJson([...regions]));
}
function logScope(facts) {
  if (!hasScopeSection(facts)) return;
  const { report } = facts;
  startGroup(`Regions and accounts: ${facts.regions.length} Region(s)`);
  const info2 = (line) => info(logLine(forLog(line, LINE_CHARS)));
  info2(`${report.regionSource}; used: ${facts.regions.join(", ") || "none"}.`);
  for (const note of report.regionNotes) info2(note);
  for (const { region, reason } of leftOut(facts)) info2(`Left out ${region}: ${reason}.`);
  if (report.organization) info2(organizationLine(report));
  for (const account of report.leftOutAccounts.slice(0, 200)) info2(`Not onboarded: ${account.accountId} (${account.reason}).`);
  endGroup();
  for (const { region, reason } of facts.leftOutRegions ?? []) notice(forAnnotation(`${region} was left out: ${reason}.`, LINE_CHARS));
  for (const check of [...report.checks, ...(facts.headroom ?? []).map(headroomLine)]) notice(forAnnotation(check, LINE_CHARS));
}
function renderScopeSection(facts) {
  if (!hasScopeSection(facts)) return "";
  const { report } = facts;
  const items = [
    `<li>${htmlCode(report.regionSource, LINE_CHARS)}; used: ${facts.regions.map((region) => htmlCode(region)).join(", ") || "none"}.</li>`
  ];
  for (const note of report.regionNotes) items.push(`<li>${htmlCode(note, LINE_CHARS)}</li>`);
  const regionsLeftOut = leftOut(facts);
  if (regionsLeftOut.length > 0) {
    items.push(
      `<li>Left out: ${regionsLeftOut.map(({ region, reason }) => `${htmlCode(region)} (${htmlCode(reason)})`).join("; ")}. Members there are left as they are.</li>`
    );
  }
  if (report.organization) items.push(`<li>${htmlCode(organizationLine(report), LINE_CHARS)}</li>`);
  if (report.leftOutAccounts.length > 0) {
    const shown2 = report.leftOutAccounts.slice(0, 100).map(({ accountId, reason }) => `${htmlCode(accountId)} (${htmlCode(reason)})`);
    const more = report.leftOutAccounts.length > shown2.length ? ` and ${report.leftOutAccounts.length - shown2.length} more` : "";
    items.push(`<li>Not onboarded: ${shown2.join(", ")}${more}.</li>`);
  }
  const checks = [...report.checks, ...(facts.headroom ?? []).map(headroomLine)];
  const preflight = checks.length > 0 ? `
<b>Checks before any write</b>

<ul>
${checks.map((check) => `<li>${htmlCode(check, LINE_CHARS)}</li>`).join("\n")}
</ul>
` : "";
  return `### Regions and accounts

<ul>
${items.join("\n")}
</ul>
${preflight}`;
}
function leftOut(facts) {
  return [...facts.report.leftOutRegions, ...facts.leftOutRegions ?? []];
}
function organizationLine(report) {
  const organization = report.organization;
  const notActive = report.leftOutAccounts.filter((account) => account.reason.endsWith("in AWS Organizations")).length;
  return `organization-accounts: ${organization.found} account(s) found (${organization.method}); ${organization.onboarded} ACTIVE onboarded${notActive > 0 ? `, ${notActive} not ACTIVE left out` : ""}.`;
}
function headroomLine(headroom) {
  const total = headroom.members + headroom.planned;
  const count = thousands;
  const base = `${headroom.region}: invitation headroom ${count(headroom.members)} invitation-based member(s) + ${count(headroom.planned)} new = ${count(total)} of ${count(headroom.cap)}`;
  return headroom.held > 0 ? `${base}: over the cap; ${headroom.held} account(s) are not created (listed as not processed).` : `${base}.`;
}

// src/report/ending.ts
async function publish(ending) {
  switch (ending.kind) {
    case "failed":
      return fail(ending.mode, ending.error);
    case "invalid-accounts":
      return publishOrFail(ending.settings.mode, () => publishInvalidAccounts(ending.settings, ending.diagnostics));
    case "not-compared":
      return publishOrFail(
        ending.settings.mode,
        () => publishNotCompared(ending.settings, ending.accounts, ending.reason, ending.exportPath)
      );
    case "onboarded":
      try {
        await publishOnboarding(
          ending.settings,
          ending.administratorId,
          ending.onboarding,
          publishScope(ending.scope, ending.onboarding),
          ending.exportPath
        );
      } catch (error2) {
        setFailed(failureMessage(error2));
      }
  }
}
function failOnUnhandledRejections() {
  process.on("unhandledRejection", (reason) => setFailed(annotationMessage(`Unexpected error: ${forAnnotation(String(reason))}`)));
}
function publishScope(report, { regions, leftOutRegions, headroom }) {
  const facts = {
    report,
    regions: regions.map((region) => region.region),
    ...leftOutRegions && { leftOutRegions },
    ...headroom && { headroom }
  };
  writeRegionsOutput(facts.regions);
  logScope(facts);
  return renderScopeSection(facts);
}
async function publishOnboarding(settings, administratorId, { regions, stats, heldRemovals, createsMembers, ignoredMembers, membership }, scopeSection, exportPath) {
  const regionNames = regions.map((region) => region.region);
  const outputs = { ...collectOutputs(settings.mode, regions), ignored: ignoredMembers };
  writeOutputs(outputs);
  const exportProblem = exportPath ? await writeMembershipFile({
    workspace: settings.accounts.workspace,
    displayPath: exportPath,
    administratorId,
    regions: regionNames,
    membership
  }) : void 0;
  warnUnprocessed(outputs.unprocessed);
  warnAccountWarnings(regions);
  if (heldRemovals) error(forAnnotation(heldRemovals.reason, 4e3));
  const ignoredNotes = describeIgnored(ignoredMembers);
  for (const note of ignoredNotes) warning(annotationMessage(note));
  logCalls(stats);
  const run2 = runContext(process.env, pullRequestHeadSha(process.env));
  const context = planContext(settings, regionNames, run2);
  const summaryInput = {
    mode: settings.mode,
    invite: settings.reconcile.invite,
    administratorId,
    regions,
    outputs,
    ownNotes: createsMembers ? ["organization-create"] : [],
    notes: ignoredNotes,
    context,
    ...heldRemovals ? { heldRemovals } : {},
    sections: [scopeSection]
  };
  await summary.addRaw(markdownBody(renderSummary(summaryInput))).write();
  await commentOnPullRequest(settings, () => renderSummary({ ...summaryInput, audience: "comment" }, commentLimits(COMMENT_MAX_BYTES)));
  if (settings.driftIssue && !settings.unmergedChange) {
    await reportDriftIssue({
      summary: summaryInput,
      token: settings.pullRequest.githubToken,
      labels: settings.driftIssue.labels,
      run: run2,
      env: process.env
    });
  }
  const failedRegions = regions.filter((region) => region.failure).map((region) => region.region);
  if (exportProblem) error(annotationMessage(exportProblem));
  if (failedRegions.length > 0) {
    setFailed(`Onboarding failed in ${failedRegions.join(", ")}; see the errors above and the job summary.`);
  } else if (heldRemovals) {
    setFailed(`Removals were held back: ${forAnnotation(heldRemovals.reason, 4e3)}`);
  } else if (outputs.unprocessed.length > 0 && settings.failOnUnprocessed) {
    setFailed(
      `${outputs.unprocessed.length} account(s) were not processed; they are listed in the '${Output.unprocessedAccounts}' output and the job summary.`
    );
  } else if (exportProblem) {
    setFailed("export-file was not written; see the error above.");
  }
}
async function publishNotCompared(settings, accounts, reason, exportPath) {
  notice(annotationMessage(`The live comparison was skipped: ${reason}`));
  writeOutputs(emptyOutputs(settings.mode));
  writeRegionsOutput(settings.regionsFrom ? [] : settings.regions);
  const regions = settings.regionsFrom ? [requestedRegions(settings)] : settings.regions;
  const context = planContext(settings, regions);
  await summary.addRaw(markdownBody(renderDesiredOnly(accounts, regions, void 0, context))).write();
  await commentOnPullRequest(settings, () => renderDesiredOnly(accounts, regions, COMMENT_MAX_BYTES, context));
  if (exportPath)
    setFailed("export-file: the membership could not be read, because this job has no AWS credentials; nothing was written.");
}
function planContext(settings, regions, run2 = runContext(process.env, pullRequestHeadSha(process.env))) {
  const { mode, reconcile, memberSide } = settings;
  return renderPlanContext({
    mode,
    regions,
    ...settings.accounts.accountsFile !== void 0 && { accountsFile: settings.accounts.accountsFile },
    reconcile,
    ...memberSide && { memberSide },
    run: run2
  });
}
async function publishInvalidAccounts(settings, diagnostics) {
  for (const problem of diagnostics) {
    error(
      annotationMessage(problem.message),
      problem.file ? { file: problem.file, ...problem.line ? { startLine: problem.line } : {} } : {}
    );
  }
  writeOutputs(emptyOutputs(settings.mode));
  writeRegionsOutput([]);
  await summary.addRaw(markdownBody(renderInputProblems(diagnostics))).write();
  await commentOnPullRequest(settings, () => renderInputProblems(diagnostics, COMMENT_MAX_BYTES));
  setFailed(`The account list has ${diagnostics.length} problem(s); nothing was sent to AWS.`);
}
async function commentOnPullRequest(settings, render) {
  if (settings.mode !== "plan" || !settings.pullRequest.comment || !settings.unmergedChange) return;
  const outcome = await upsertPlanComment(settings.pullRequest.githubToken, commentMarker(process.env), render());
  if (outcome.result === "created" || outcome.result === "updated")
    info(`The plan comment on the pull request was ${outcome.result}.`);
  if (outcome.result !== "failed" && outcome.result !== "stale") return;
  await summary.addRaw(markdownBody(renderCommentProblem(outcome))).write();
  if (outcome.result === "stale") {
    setFailed(
      `The plan comment on pull request #${outcome.issueNumber} could not be updated and shows an outdated plan: ${outcome.problem ?? "unknown error"}.`
    );
  }
}
async function publishOrFail(mode, publishing) {
  try {
    await publishing();
  } catch (error2) {
    fail(mode, error2);
  }
}
function fail(mode, error2) {
  writeOutputs(emptyOutputs(mode));
  writeRegionsOutput([]);
  setFailed(failureMessage(error2));
}
function failureMessage(error2) {
  if (error2 instanceof SettingsError) return annotationMessage(`Invalid input:
${error2.problems.join("\n")}`);
  if (error2 instanceof CredentialsError || error2 instanceof ScopeStopped) return forAnnotation(error2.message, 2e3);
  if (error2 instanceof RefusedPath) return annotationMessage(error2.message);
  if (!(error2 instanceof Error)) return `Unexpected error: ${forAnnotation(String(error2))}`;
  const frames = errorFrames(error2);
  return annotationMessage([`Unexpected error: ${forAnnotation(error2.message)}`, ...frames].join("\n"));
}

// src/main.ts
async function run() {
  registerEnvironmentSecrets(process.env);
  await publish(await onboarding());
}
async function onboarding() {
  let settings;
  try {
    settings = readSettings((name) => getInput(name), process.env);
    registerSecret(settings.pullRequest.githubToken);
    logMode(settings);
    const exportPath = settings.exportFile ? await checkExportPath(settings.accounts.workspace, settings.exportFile) : void 0;
    const { accounts, diagnostics } = await loadAccounts({
      ...settings.accounts,
      moreSourcesFollow: settings.organizationAccounts !== void 0,
      allowEmpty: exportPath !== void 0
    });
    if (diagnostics.length > 0) return { kind: "invalid-accounts", settings, diagnostics };
    logStart(settings, accounts.length);
    const { roleToAssume, audience } = settings.credentials;
    const oidc = roleToAssume ? askForJobOidcToken(audience, roleToAssume) : void 0;
    await oidc?.sent;
    const loading = import("./aws-side-AXLQRA35.js");
    loading.catch(() => void 0);
    const session = await openSessionOrSkipPlan(settings, oidc?.token);
    if ("skipped" in session) return { kind: "not-compared", settings, accounts, reason: session.skipped, exportPath };
    logSession(session.arn, session.accountId);
    const { resolveScope, onboard } = await loading;
    const scopeStats = { calls: {}, throttled: 0 };
    const scope = await resolveScope(settings, session, withoutAdministrator(accounts, session.accountId), scopeStats);
    const onboarded = await onboard(scope.settings, session, scope.desired, scope.onboard);
    const onboarding2 = { ...onboarded, stats: sumStats(onboarded.stats, scopeStats) };
    return { kind: "onboarded", settings, administratorId: session.accountId, scope: scope.report, onboarding: onboarding2, exportPath };
  } catch (error2) {
    return { kind: "failed", mode: settings?.mode ?? "apply", error: error2 };
  }
}
async function openSessionOrSkipPlan(settings, oidcToken) {
  try {
    const { openAdministratorSession } = await import("./credentials-DN7CZZW5.js");
    return await openAdministratorSession({
      ...settings.credentials,
      regions: settings.regionsFrom ? [homeRegion(settings)] : settings.regions,
      ...oidcToken && { oidcToken }
    });
  } catch (error2) {
    if (settings.mode === "plan" && error2 instanceof CredentialsError && error2.kind === "missing") return { skipped: error2.message };
    throw error2;
  }
}
function withoutAdministrator(accounts, administratorId) {
  const { members, administrator } = partitionAdministrator(accounts, administratorId);
  if (administrator) warnAdministratorListed(administrator);
  return members;
}

// src/index.ts
failOnUnhandledRejections();
await run();
//# sourceMappingURL=index.js.map
