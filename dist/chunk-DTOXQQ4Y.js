import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  LIMITS,
  codePointName,
  escapeUntrusted,
  forAnnotation,
  forLog,
  hasMoreLines,
  logLine,
  quoteUntrusted,
  tooManyLinesMessage
} from "./chunk-THHGXHTG.js";
import {
  endGroup,
  error,
  info,
  startGroup,
  warning
} from "./chunk-4OXIJKIA.js";

// src/accounts/workspace-path.ts
import { lstat, realpath } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
var RefusedPath = class extends Error {
  constructor(message, input = "accounts-file") {
    super(`${input}: ${message}`);
  }
};
var CONTROL = new RegExp("\\p{Cc}", "u");
var SEPARATORS = /[\\/]/;
function normaliseAccountsPath(relativePath, input = "accounts-file") {
  const shown = quoteUntrusted(relativePath, 120);
  if (CONTROL.test(relativePath)) {
    throw new RefusedPath(`${shown} contains control characters; give the path of a file in the repository.`, input);
  }
  if (/^[\\/]/.test(relativePath) || /^[A-Za-z]:/.test(relativePath)) {
    throw new RefusedPath(
      `${shown} is an absolute path; give a path relative to the repository root (GITHUB_WORKSPACE), such as accounts.yml.`,
      input
    );
  }
  const segments = relativePath.split(SEPARATORS);
  if (segments.includes("..")) {
    throw new RefusedPath(`${shown} contains "..": give a path inside the repository, relative to GITHUB_WORKSPACE, without "..".`, input);
  }
  const kept = segments.filter((segment) => segment !== "" && segment !== ".");
  if (kept.length === 0)
    throw new RefusedPath(`${shown} names no file; give the path of a file relative to GITHUB_WORKSPACE, such as accounts.yml.`, input);
  return kept.join("/");
}
async function resolveInWorkspace(workspace, displayPath) {
  const shown = quoteUntrusted(displayPath, 120);
  if (workspace === "") {
    throw new RefusedPath(
      `GITHUB_WORKSPACE is not set, so ${shown} cannot be found; run the action in a GitHub Actions job, after actions/checkout.`
    );
  }
  const realWorkspace = await realpathOrUndefined(workspace);
  if (realWorkspace === void 0) {
    throw new RefusedPath(
      `the workspace ${quoteUntrusted(workspace, 200)} (GITHUB_WORKSPACE) does not exist; run actions/checkout before this step.`
    );
  }
  const realFile = await realpathOrUndefined(join(realWorkspace, displayPath));
  if (realFile === void 0) {
    throw new RefusedPath(
      `${shown} was not found. The path is resolved against GITHUB_WORKSPACE (${escapeUntrusted(workspace, 200)}); check the path, and that actions/checkout ran before this step.`
    );
  }
  const inside = relative(realWorkspace, realFile);
  if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new RefusedPath(
      `${shown} leads outside the workspace through a symbolic link; the accounts file must be inside the repository checkout. Point accounts-file at the file itself.`
    );
  }
  await refuseSymbolicLinks(realWorkspace, displayPath);
  if (inside.split(sep).some((segment) => segment.toLowerCase() === ".git")) {
    throw new RefusedPath(
      `${shown} is inside .git/, git's own folder (it holds the checkout's credentials), not a file of the repository. Point accounts-file at the accounts file committed in the repository.`
    );
  }
  return realFile;
}
async function refuseSymbolicLinks(realWorkspace, displayPath) {
  const segments = displayPath.split("/");
  for (let count = 1; count <= segments.length; count += 1) {
    const prefix = segments.slice(0, count).join("/");
    if (!(await lstat(join(realWorkspace, prefix))).isSymbolicLink()) continue;
    const which = count === segments.length ? quoteUntrusted(displayPath, 120) : `${quoteUntrusted(prefix, 120)}, a folder on the way to ${quoteUntrusted(displayPath, 120)},`;
    throw new RefusedPath(
      `${which} is a symbolic link. The action reads only a file committed at the path itself, so that a link cannot make it read another file (such as .git/config, which holds the checkout's token). Replace the link with the file, or point accounts-file at the file.`
    );
  }
}
async function realpathOrUndefined(path) {
  try {
    return await realpath(path);
  } catch (error2) {
    const code = error2.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw error2;
  }
}

// src/accounts/diagnostics.ts
var DiagnosticList = class {
  constructor(source) {
    this.source = source;
  }
  source;
  #kept = [];
  #omitted = 0;
  /**
   * A message may be given as a function: it is built only if the diagnostic is kept, so a file of
   * millions of bad lines costs a count per line past the first LIMITS.maxDiagnostics, not a message.
   */
  report(message, at) {
    if (this.#kept.length >= LIMITS.maxDiagnostics) {
      this.#omitted += 1;
      return;
    }
    this.#kept.push(this.#diagnostic(typeof message === "string" ? message : message(), at));
  }
  get isEmpty() {
    return this.#kept.length === 0;
  }
  /** The diagnostics in file order (a format may find a problem after one further down). */
  toArray() {
    const kept = [...this.#kept].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    if (this.#omitted === 0) return kept;
    const more = this.#omitted === 1 ? "1 more problem was" : `${this.#omitted} more problems were`;
    return [...kept, this.#diagnostic(`${more} not shown; fix the problems above and run again to see the rest.`)];
  }
  #diagnostic(message, at) {
    if ("input" in this.source) return { message: `${this.source.input}: ${message}` };
    return { message, file: this.source.file, ...at };
  }
};

// src/accounts/validation.ts
var ACCOUNT_ID = /^[0-9]{12}$/;
var ASCII_DIGITS = /^[0-9]+$/;
var NON_ASCII_DIGIT = /[^\P{Nd}0-9]/u;
var DASHED_ACCOUNT_ID = /^[0-9]{4}-[0-9]{4}-[0-9]{4}$/;
var SCIENTIFIC_NOTATION = /^[0-9](?:\.[0-9]+)?[eE]\+?[0-9]+$/;
var MAX_EMAIL_LENGTH = 254;
var EMAIL_INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Z}]/u;
var EMAIL_SPECIAL = /[<>()[\]\\,;:"]/;
function isAccountId(value) {
  return ACCOUNT_ID.test(value);
}
function accountIdProblem(value) {
  if (isAccountId(value)) return void 0;
  return `expected exactly 12 digits (0-9), ${describeAccountIdMistake(value)}`;
}
function emailProblem(value) {
  if (value.length > MAX_EMAIL_LENGTH) return `it is longer than ${MAX_EMAIL_LENGTH} characters`;
  const invisible = EMAIL_INVISIBLE.exec(value)?.[0];
  if (invisible !== void 0) return `it contains ${describeInvisible(invisible)}`;
  const special = EMAIL_SPECIAL.exec(value)?.[0];
  if (special !== void 0) return `it contains ${quoteUntrusted(special)}`;
  const parts = value.split("@");
  if (parts.length !== 2) return parts.length === 1 ? 'it has no "@"' : 'it has more than one "@"';
  const [local = "", domain = ""] = parts;
  if (local === "") return 'nothing comes before the "@"';
  if (!domain.includes(".")) return 'the domain after the "@" has no dot';
  if (domain.split(".").includes("")) return 'the domain after the "@" has an empty part (check the dots)';
  return void 0;
}
function describeAccountIdMistake(value) {
  if (value === "") return "found nothing";
  if (ASCII_DIGITS.test(value)) {
    const count = `found ${value.length} digit${value.length === 1 ? "" : "s"}`;
    return value.length < 12 ? `${count} (spreadsheets drop leading zeros; add them back)` : count;
  }
  const nonAsciiDigit = NON_ASCII_DIGIT.exec(value)?.[0];
  if (nonAsciiDigit !== void 0) {
    return `found the non-ASCII digit ${quoteUntrusted(nonAsciiDigit)} (${codePointName(nonAsciiDigit)}); type it with the digits 0-9`;
  }
  if (DASHED_ACCOUNT_ID.test(value)) return `found dashes; write it as ${value.replaceAll("-", "")}`;
  if (SCIENTIFIC_NOTATION.test(value)) {
    return "found a number in scientific notation (a spreadsheet reformatted it; format the column as text)";
  }
  const invisible = /[\s\p{Cc}\p{Cf}]/u.exec(value)?.[0];
  if (invisible !== void 0) return `found ${describeInvisible(invisible)} in it`;
  if (value.includes("@")) return "found what looks like an email address";
  const other = /[^0-9]/u.exec(value)?.[0] ?? "";
  return `found ${quoteUntrusted(other)} in it`;
}
function describeInvisible(char) {
  if (char === " ") return "a space";
  if (char === "\n" || char === "\r") return "a line break";
  if (char === "	") return "a tab";
  return `the invisible character ${codePointName(char)}`;
}

// src/accounts/input.ts
var SEPARATORS2 = /[\s,]+/;
function parseAccountIdsInput(value) {
  const diagnostics = new DiagnosticList({ input: "account-ids" });
  if (value.length > LIMITS.maxInputChars) {
    diagnostics.report(
      `The input is ${value.length} characters long; ${LIMITS.maxAccounts} account IDs, the most a run onboards, need fewer than ${LIMITS.maxInputChars}. Check what the workflow passes to account-ids, or list the accounts in accounts-file.`
    );
    return { accounts: [], diagnostics: diagnostics.toArray() };
  }
  const accountIds = /* @__PURE__ */ new Set();
  value.split(SEPARATORS2).filter((item) => item !== "").forEach((item, index) => {
    if (isAccountId(item)) accountIds.add(item);
    else
      diagnostics.report(
        () => `Invalid account ID ${quoteUntrusted(item)} (item ${index + 1}): ${accountIdProblem(item)}.${emailHint(item)} Fix the input.`
      );
  });
  if (accountIds.size > LIMITS.maxAccounts) {
    diagnostics.report(
      `The input lists ${accountIds.size} accounts, and a run onboards at most ${LIMITS.maxAccounts}. Split the accounts across several runs (with remove-absent off: each run would remove the other runs' accounts).`
    );
  }
  const accounts = [...accountIds].map((accountId) => ({ accountId, origin: { kind: "input" } }));
  return { accounts: diagnostics.isEmpty ? accounts : [], diagnostics: diagnostics.toArray() };
}
function emailHint(item) {
  return item.includes("@") ? " The input takes account IDs only; give emails in accounts-file." : "";
}

// src/accounts/read-file.ts
import { readFile, stat } from "node:fs/promises";

// src/accounts/formats/by-extension.ts
import { extname } from "node:path";

// src/accounts/formats/text.ts
function readTextAccounts(text, collector) {
  if (hasMoreLines(text)) {
    collector.diagnostics.report(tooManyLinesMessage(), { line: LIMITS.maxLines + 1 });
    return;
  }
  for (const entry of textEntries(text)) collector.add(entry);
}
function* textEntries(text) {
  let line = 1;
  for (let start = 0; start <= text.length; line += 1) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end);
    const entry = parseLine(content.slice(0, commentStart(content)), line);
    if (entry) yield entry;
    start = end + 1;
  }
}
function commentStart(content) {
  for (let index = content.indexOf("#"); index !== -1; index = content.indexOf("#", index + 1)) {
    if (index === 0 || isSpace(content.charCodeAt(index - 1))) return index;
  }
  return content.length;
}
function parseLine(content, line) {
  const idStart = firstNonSpace(content, 0);
  if (idStart === content.length) return void 0;
  const at = { line, column: idStart + 1 };
  const comma = content.indexOf(",");
  if (comma !== -1) {
    const email = content.slice(comma + 1).trim();
    if (email === "") return { accountId: content.slice(0, comma).trim(), at };
    return { accountId: content.slice(0, comma).trim(), at, email, emailAt: { line, column: firstNonSpace(content, comma + 1) + 1 } };
  }
  let wordEnd = content.length;
  while (wordEnd > 0 && isSpace(content.charCodeAt(wordEnd - 1))) wordEnd -= 1;
  let wordStart = wordEnd;
  while (wordStart > 0 && !isSpace(content.charCodeAt(wordStart - 1))) wordStart -= 1;
  const word = content.slice(wordStart, wordEnd);
  if (wordStart === 0 || !word.includes("@")) return { accountId: content.trim(), at };
  return { accountId: content.slice(0, wordStart - 1).trim(), at, email: word, emailAt: { line, column: wordStart + 1 } };
}
function firstNonSpace(content, from) {
  let index = from;
  while (index < content.length && isSpace(content.charCodeAt(index))) index += 1;
  return index;
}
function isSpace(code) {
  return code >= 9 && code <= 13 || code === 32 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}

// src/accounts/formats/by-extension.ts
var LAZY_FORMATS = {
  ".json": { name: "JSON", load: async () => (await import("./json-KBTIMAXZ.js")).readJsonAccounts },
  ".yaml": { name: "YAML", load: async () => (await import("./yaml-FVIW3EWK.js")).readYamlAccounts },
  ".yml": { name: "YAML", load: async () => (await import("./yaml-FVIW3EWK.js")).readYamlAccounts },
  ".csv": { name: "CSV", load: async () => (await import("./csv-CSJ7AXVO.js")).readCsvAccounts }
};
var TEXT_FORMAT = { name: "text", read: readTextAccounts };
function extensionOf(path) {
  return extname(path).toLowerCase();
}
function formatNameOf(path) {
  return LAZY_FORMATS[extensionOf(path)]?.name ?? TEXT_FORMAT.name;
}
async function loadFileFormat(path) {
  const lazy = LAZY_FORMATS[extensionOf(path)];
  return lazy ? { name: lazy.name, read: await lazy.load() } : TEXT_FORMAT;
}

// src/accounts/collector.ts
var AccountCollector = class {
  constructor(file, diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }
  file;
  diagnostics;
  #accounts = [];
  #firstLines = /* @__PURE__ */ new Map();
  #tooManyReported = false;
  add(entry) {
    const idValid = isAccountId(entry.accountId);
    if (!idValid) {
      this.diagnostics.report(
        () => `Invalid account ID ${quoteUntrusted(entry.accountId)}: ${accountIdProblem(entry.accountId)}. Fix or remove this entry.`,
        entry.at
      );
    }
    const badEmail = entry.email !== void 0 && this.#reportedBadEmail(entry.email, entry.emailAt ?? entry.at);
    if (!idValid || this.#reportedDuplicate(entry.accountId, entry.at) || this.#reportedTooMany(entry.at)) return;
    this.#accounts.push({
      accountId: entry.accountId,
      ...entry.email === void 0 || badEmail ? {} : { email: entry.email },
      origin: { kind: "file", file: this.file, line: entry.at.line }
    });
  }
  get accounts() {
    return [...this.#accounts];
  }
  #reportedBadEmail(email, at) {
    const problem = emailProblem(email);
    if (problem === void 0) return false;
    this.diagnostics.report(
      () => `Invalid email ${quoteUntrusted(email)}: ${problem}. Write a plain address such as name@example.com, or leave the email out.`,
      at
    );
    return true;
  }
  #reportedDuplicate(accountId, at) {
    const firstLine = this.#firstLines.get(accountId);
    if (firstLine === void 0) {
      this.#firstLines.set(accountId, at.line);
      return false;
    }
    const lines = firstLine === at.line ? `twice on line ${at.line}` : `twice, on lines ${firstLine} and ${at.line}`;
    this.diagnostics.report(() => `Account ${accountId} is listed ${lines}; remove one.`, at);
    return true;
  }
  #reportedTooMany(at) {
    if (this.#accounts.length < LIMITS.maxAccounts) return false;
    if (!this.#tooManyReported) {
      this.#tooManyReported = true;
      this.diagnostics.report(
        `Too many accounts: this is account number ${LIMITS.maxAccounts + 1}, and a run onboards at most ${LIMITS.maxAccounts}. Split the accounts across several files and run the action once per file (with remove-absent off: each run would remove the other files' accounts).`,
        at
      );
    }
    return true;
  }
};

// src/accounts/formats/decode.ts
import { isUtf8 } from "node:buffer";
var LF = 10;
var CR = 13;
var TAB = 9;
var DEL = 127;
var NOT_TEXT = "The file does not look like text";
var WANTED = "accounts-file must name a UTF-8 text file (.json, .yaml, .yml, .csv, or one account per line).";
function decodeAccountsText(content, diagnostics) {
  if (startsWithUtf16Mark(content)) {
    diagnostics.report("The file is encoded as UTF-16; save it as UTF-8.");
    return void 0;
  }
  const problem = findByteProblem(content) ?? findInvalidUtf8(content);
  if (problem) {
    diagnostics.report(problem.message, { line: problem.line });
    return void 0;
  }
  return new TextDecoder("utf-8").decode(content).replaceAll("\r\n", "\n");
}
function startsWithUtf16Mark(content) {
  return content.length >= 2 && (content[0] === 255 && content[1] === 254 || content[0] === 254 && content[1] === 255);
}
function findByteProblem(content) {
  let line = 1;
  for (let offset = 0; offset < content.length; offset += 1) {
    const byte = content[offset] ?? 0;
    if (byte === LF) {
      line += 1;
    } else if (byte === 0) {
      return { line, message: `${NOT_TEXT}: this line contains a NUL byte. ${WANTED}` };
    } else if (byte === CR) {
      if (content[offset + 1] !== LF) {
        return { line, message: "This line ends in a lone carriage return (\\r); save the file with LF or CRLF line endings." };
      }
    } else if (byte < 32 && byte !== TAB || byte === DEL) {
      return {
        line,
        message: `${NOT_TEXT}: this line contains the control character ${codePointName(String.fromCharCode(byte))}. ${WANTED}`
      };
    }
  }
  return void 0;
}
function findInvalidUtf8(content) {
  if (isUtf8(content)) return void 0;
  let line = 1;
  let start = 0;
  for (; ; ) {
    const end = content.indexOf(LF, start);
    if (!isUtf8(content.subarray(start, end === -1 ? content.length : end))) {
      return { line, message: `${NOT_TEXT}: this line is not valid UTF-8. ${WANTED} If it is text, save it as UTF-8.` };
    }
    if (end === -1) return void 0;
    start = end + 1;
    line += 1;
  }
}

// src/accounts/formats/parse-file.ts
function parseAccountsFile(content, displayPath, format) {
  const diagnostics = new DiagnosticList({ file: displayPath });
  const collector = new AccountCollector(displayPath, diagnostics);
  try {
    readContent(content, format, collector);
  } catch (error2) {
    const kind = error2 instanceof Error ? error2.name : typeof error2;
    diagnostics.report(`Could not read the file as ${format.name} because of an internal error (${kind}); please report this as a bug.`);
  }
  return { accounts: diagnostics.isEmpty ? collector.accounts : [], diagnostics: diagnostics.toArray() };
}
function readContent(content, format, collector) {
  if (content.length > LIMITS.maxFileBytes) {
    collector.diagnostics.report(tooLargeMessage(content.length));
    return;
  }
  const text = decodeAccountsText(content, collector.diagnostics);
  if (text === void 0 || text.trim() === "") return;
  format.read(text, collector);
}
function tooLargeMessage(bytes) {
  return `The file is ${bytes} bytes, over the ${LIMITS.maxFileBytes / 1024 / 1024} MiB (${LIMITS.maxFileBytes} bytes) limit for accounts files; ${LIMITS.maxAccounts} accounts fit in well under 1 MiB. Check that accounts-file names the accounts file.`;
}

// src/accounts/read-file.ts
var FS_ERRORS = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "its symbolic links form a loop",
  ENAMETOOLONG: "the path is too long"
};
async function readAccountsFile(workspace, relativePath) {
  try {
    const displayPath = normaliseAccountsPath(relativePath);
    const realPath = await resolveInWorkspace(workspace, displayPath);
    const stats = await stat(realPath);
    if (stats.isDirectory())
      throw new RefusedPath(`${quoteUntrusted(displayPath, 120)} is a directory; give the path of the accounts file inside it.`);
    if (!stats.isFile())
      throw new RefusedPath(`${quoteUntrusted(displayPath, 120)} is not a regular file; give the path of the accounts file.`);
    if (stats.size > LIMITS.maxFileBytes) {
      return { accounts: [], diagnostics: [{ message: tooLargeMessage(stats.size), file: displayPath }] };
    }
    return parseAccountsFile(await readFile(realPath), displayPath, await loadFileFormat(displayPath));
  } catch (error2) {
    return { accounts: [], diagnostics: [{ message: readFailureMessage(error2, relativePath) }] };
  }
}
function readFailureMessage(error2, relativePath) {
  if (error2 instanceof RefusedPath) return error2.message;
  const code = error2?.code;
  const reason = (code === void 0 ? void 0 : FS_ERRORS[code]) ?? `error ${code ?? "unknown"}`;
  return `accounts-file: ${quoteUntrusted(relativePath, 120)} could not be read (${reason}); check that the path names a readable file in the repository.`;
}

// src/accounts/load.ts
async function loadAccounts(sources) {
  const fromInput = parseAccountIdsInput(sources.accountIds);
  const filePath = sources.accountsFile?.trim() ?? "";
  const fromFile = filePath === "" ? void 0 : await readAccountsFile(sources.workspace, filePath);
  const diagnostics = [...fromInput.diagnostics, ...fromFile?.diagnostics ?? []];
  if (diagnostics.length > 0) return { accounts: [], diagnostics };
  const accounts = union(fromFile?.accounts ?? [], fromInput.accounts);
  const problem = accounts.length === 0 && !sources.moreSourcesFollow && !sources.allowEmpty ? noAccounts(filePath) : tooMany(accounts.length);
  return problem === void 0 ? { accounts, diagnostics: [] } : { accounts: [], diagnostics: [problem] };
}
function union(fromFile, fromInput) {
  const inFile = new Set(fromFile.map((account) => account.accountId));
  return [...fromFile, ...fromInput.filter((account) => !inFile.has(account.accountId))];
}
function noAccounts(filePath) {
  if (filePath !== "") {
    return {
      message: `No accounts to onboard: accounts-file ${quoteUntrusted(filePath, 120)} lists none, and account-ids is empty. Add accounts to the file, or set account-ids.`
    };
  }
  return {
    message: "No accounts to onboard: set the account-ids input (12-digit account IDs separated by commas, spaces or newlines) or accounts-file (the path of a .json, .yaml, .yml, .csv or text file in the repository)."
  };
}
function tooMany(count) {
  if (count <= LIMITS.maxAccounts) return void 0;
  return {
    message: `Too many accounts: account-ids and accounts-file together list ${count}, and a run onboards at most ${LIMITS.maxAccounts}. Split the accounts across several runs (with remove-absent off: each run would remove the other runs' accounts).`
  };
}

// src/model.ts
var MEMBER_STATUSES = ["Created", "Invited", "Enabled", "Removed", "Resigned", "Deleted", "AccountSuspended"];
function normalizeMemberStatus(raw) {
  const folded = (raw ?? "").trim().toLowerCase();
  if (folded === "associated") return "Enabled";
  return MEMBER_STATUSES.find((status) => status.toLowerCase() === folded) ?? "Unknown";
}
function createsMember(account) {
  return account.action === "create" || account.action === "reinvite" && account.before === "Removed";
}
function memberStatusOf(account) {
  return account.before === "Unknown" ? account.rawStatus || "Unknown" : account.before;
}
function lookedAt(regions) {
  return regions.filter((region) => !region.failure);
}
var internedSteps = /* @__PURE__ */ new Map();
function steps(...done) {
  const key = done.join(" ");
  let list = internedSteps.get(key);
  if (!list) {
    list = Object.freeze(done);
    internedSteps.set(key, list);
  }
  return list;
}
var NO_STEPS = steps();
function withStep(done, step) {
  return steps(...done, step);
}
function did(account, step) {
  return account.done.includes(step);
}

// src/plan.ts
var SharedPlans = class {
  /** Per account: its new-account plan for each kind it was planned with (the kind can differ by Region). */
  created = /* @__PURE__ */ new Map();
  newAccount(account, membership) {
    const known = this.created.get(account);
    const same = known?.find((plan2) => plan2.membership === membership);
    if (same) return same;
    const plan = Object.freeze(newAccountPlan(account, membership));
    if (known) known.push(plan);
    else this.created.set(account, [plan]);
    return plan;
  }
};
var DAY_MS = 24 * 60 * 60 * 1e3;
function planRegion(region, desired, members, options) {
  const current = new Map(members.map((member) => [member.accountId, member]));
  const listed = new Set(desired.map((account) => account.accountId));
  const drift = members.filter((member) => !listed.has(member.accountId) && member.status !== "Deleted");
  const guarded = new Set(options.protectedAccounts ?? []);
  const mark = (account) => guarded.has(account.accountId) ? { ...account, protected: true } : account;
  return {
    region,
    accounts: [
      ...desired.map((account) => mark(planListed(account, current.get(account.accountId), options))),
      ...drift.map((member) => mark(planDrift(member, options, guarded.has(member.accountId))))
    ]
  };
}
function planListed(account, member, options) {
  const membership = membershipOf(account.accountId, options);
  if (!member) return options.shared ? options.shared.newAccount(account, membership) : newAccountPlan(account, membership);
  const base = {
    accountId: account.accountId,
    listed: true,
    ...account.email ? { email: account.email } : {},
    ...membership && { membership }
  };
  const known = { ...base, before: member.status, rawStatus: member.rawStatus };
  switch (member.status) {
    case "Deleted":
      return { ...known, action: "create" };
    case "Created":
      if (options.invite && membership === "organization") return { ...known, action: "skip", attention: ORGANIZATION_CREATED };
      return { ...known, action: options.invite ? "invite" : "skip" };
    case "Invited":
      return { ...known, action: isStale(member, options) && membership !== "organization" ? "reinvite" : "skip" };
    case "Enabled":
      return { ...known, action: "skip" };
    case "Removed":
      if (options.reinvite) return { ...known, action: membership === "organization" ? "create" : "reinvite" };
      return { ...known, action: "skip", attention: "The administrator disassociated this member; set reinvite: true to bring it back." };
    case "Resigned":
      if (options.reinvite) return { ...known, action: membership === "organization" ? "create" : "reinvite" };
      return { ...known, action: "skip", attention: "The member left or declined the invitation; set reinvite: true to invite it again." };
    case "AccountSuspended":
      return { ...known, action: "skip", attention: "The account is suspended in AWS Organizations." };
    case "Unknown":
      return { ...known, action: "skip", attention: "AWS reported a member status this action does not know; it is left alone." };
  }
}
function newAccountPlan(account, membership) {
  const created = { accountId: account.accountId, listed: true, before: "None", action: "create" };
  if (account.email) created.email = account.email;
  if (membership) created.membership = membership;
  return created;
}
function planDrift(member, options, isProtected) {
  const membership = membershipOf(member.accountId, options);
  const base = {
    accountId: member.accountId,
    listed: false,
    before: member.status,
    rawStatus: member.rawStatus,
    ...member.email ? { email: member.email } : {},
    ...membership && { membership }
  };
  if (options.excluded?.has(member.accountId)) return { ...base, action: "skip", excluded: true };
  if (!options.removeAbsent || isProtected) return { ...base, action: "skip" };
  if (member.status === "Unknown")
    return { ...base, action: "skip", attention: "AWS reported a member status this action does not know; it is not removed." };
  const removal = removalOf(member, membership);
  if (!removal.disassociate && !removal.delete) return { ...base, action: "skip" };
  return { ...base, action: "remove", removal };
}
var ORGANIZATION_CREATED = "An organization account that is Created, not Enabled: it was made a member while this administrator was not the delegated administrator here, and organization accounts are never invited. Delete the member, then run again.";
function membershipOf(accountId, options) {
  if (!options.organizationMembers) return void 0;
  return options.organizationMembers.has(accountId) ? "organization" : "external";
}
function isInvitationBased(member, membership) {
  if (membership) return membership === "external";
  return member.invitedAt !== void 0 || member.status === "Created" || member.status === "Invited";
}
function removalOf(member, membership) {
  const invitationBased = isInvitationBased(member, membership);
  const associated = member.status !== "Created" && member.status !== "Invited" && member.status !== "Removed" && member.status !== "Resigned";
  return { disassociate: associated, delete: invitationBased };
}
function isStale(member, options) {
  if (!options.staleInviteDays || !member.invitedAt) return false;
  return options.now.getTime() - member.invitedAt.getTime() > options.staleInviteDays * DAY_MS;
}
function plannedRemovals(plans) {
  return plans.flatMap(
    (plan) => plan.accounts.filter((account) => account.action === "remove").map((account) => ({ accountId: account.accountId, region: plan.region, memberStatus: memberStatusOf(account) }))
  );
}
function guardRemovals(plans, { maxRemovals, listedCount }) {
  const removals = plannedRemovals(plans);
  if (removals.length === 0 || removals.length <= maxRemovals && listedCount > 0) return void 0;
  const reason = listedCount === 0 ? "The account list is empty after validation; an empty list never removes members." : `This run would remove ${removals.length} member(s), more than max-removals (${maxRemovals}); none was removed: ${named(removals)}. If the list is right, raise max-removals for one run.`;
  return { reason, accounts: removals };
}
function named(removals) {
  const shown = removals.slice(0, 20).map(({ accountId, region }) => `${accountId} (${region})`);
  return removals.length > shown.length ? `${shown.join(", ")} and ${removals.length - shown.length} more` : shown.join(", ");
}
function holdRemovals(plan, reason) {
  return {
    ...plan,
    accounts: plan.accounts.map((account) => {
      if (account.action !== "remove") return account;
      const { removal: _removal, ...rest } = account;
      return { ...rest, action: "skip", attention: reason };
    })
  };
}
function partitionAdministrator(accounts, administratorId) {
  const administrator = accounts.find((account) => account.accountId === administratorId);
  return {
    members: accounts.filter((account) => account.accountId !== administratorId),
    ...administrator ? { administrator } : {}
  };
}

// src/look/member-list.ts
var LISTED_TWICE_ATTENTION = "ListMembers listed this member more than once; the action does not remove it, and does not count it against max-removals.";
function screenMembers(region, members) {
  const kept = /* @__PURE__ */ new Map();
  const listedTwice = /* @__PURE__ */ new Set();
  const ignored = [];
  for (const member of members) {
    if (!isAccountId(member.accountId)) {
      ignored.push({ accountId: escapeUntrusted(member.accountId, 40), region, reason: "not-an-account-id" });
    } else if (kept.has(member.accountId)) {
      if (!listedTwice.has(member.accountId)) ignored.push({ accountId: member.accountId, region, reason: "listed-twice" });
      listedTwice.add(member.accountId);
    } else {
      kept.set(member.accountId, member);
    }
  }
  return { members: [...kept.values()], ignored, listedTwice };
}
function keepListedTwice(plan, listedTwice) {
  if (listedTwice.size === 0) return plan;
  return {
    ...plan,
    accounts: plan.accounts.map((account) => {
      if (!listedTwice.has(account.accountId) || account.action !== "remove") return account;
      const { removal: _removal, ...rest } = account;
      return { ...rest, action: "skip", attention: LISTED_TWICE_ATTENTION };
    })
  };
}
function describeIgnored(ignored) {
  const byRegion = /* @__PURE__ */ new Map();
  for (const entry of ignored) byRegion.set(entry.region, [...byRegion.get(entry.region) ?? [], entry]);
  return [...byRegion].map(([region, entries]) => {
    const invalid = entries.filter((entry) => entry.reason === "not-an-account-id");
    const twice = entries.filter((entry) => entry.reason === "listed-twice");
    const parts = [
      ...invalid.length > 0 ? [
        `${invalid.length} with an AccountId that is not 12 digits (${shortList(invalid.map((entry) => `"${entry.accountId}"`))}), never acted on`
      ] : [],
      ...twice.length > 0 ? [
        `${twice.length} listed more than once (${shortList(twice.map((entry) => entry.accountId))}), never removed nor counted twice against max-removals`
      ] : []
    ];
    return `ListMembers in ${region} returned member(s) the action does not trust: ${parts.join("; ")}. They are in the 'ignored-members' output.`;
  });
}
function shortList(items) {
  const shown = items.slice(0, 10).join(", ");
  return items.length > 10 ? `${shown} and ${items.length - 10} more` : shown;
}

// src/scope-stopped.ts
var ScopeStopped = class extends Error {
};

// src/action-interface.ts
var Input = {
  accountIds: "account-ids",
  accountsFile: "accounts-file",
  regions: "regions",
  excludeRegions: "exclude-regions",
  organizationAccounts: "organization-accounts",
  excludeAccounts: "exclude-accounts",
  roleToAssume: "role-to-assume",
  roleSessionName: "role-session-name",
  roleDurationSeconds: "role-duration-seconds",
  audience: "audience",
  mode: "mode",
  invite: "invite",
  failOnUnprocessed: "fail-on-unprocessed",
  reinvite: "reinvite",
  staleInviteDays: "stale-invite-days",
  removeAbsent: "remove-absent",
  maxRemovals: "max-removals",
  githubToken: "github-token",
  prComment: "pr-comment",
  memberRoleName: "member-role-name",
  memberRoleExternalId: "member-role-external-id",
  enableDefaultStandards: "enable-default-standards",
  memberConcurrency: "member-concurrency",
  requestsPerSecond: "requests-per-second",
  requestBurst: "request-burst",
  protectedAccounts: "protected-accounts",
  driftIssue: "drift-issue",
  driftIssueLabels: "drift-issue-labels",
  exportFile: "export-file"
};
var Output = {
  unprocessedAccounts: "unprocessed-accounts",
  unprocessedCount: "unprocessed-count",
  createdAccounts: "created-accounts",
  invitedAccounts: "invited-accounts",
  skippedAccounts: "skipped-accounts",
  reinvitedAccounts: "reinvited-accounts",
  removedAccounts: "removed-accounts",
  driftAccounts: "drift-accounts",
  acceptedAccounts: "accepted-accounts",
  ignoredMembers: "ignored-members",
  plan: "plan",
  mode: "mode",
  reportFile: "report-file",
  regions: "regions",
  driftIssue: "drift-issue",
  exportFile: "export-file"
};

// src/report/run-log.ts
function logMode(settings) {
  info(logLine(`${settings.modeReason}.`));
}
function logStart(settings, accountCount) {
  if (settings.mode === "apply" && settings.unmergedChange) {
    warning(
      `mode: apply on a ${settings.eventName} event: this changes the live membership from a change that has not been merged or reviewed. Use mode: auto (plan on pull requests) unless that is what you mean.`
    );
  }
  info(logLine(`${accountsToOnboard(settings, accountCount)} to onboard in ${requestedRegions(settings)} (mode: ${settings.mode}).`));
}
function accountsToOnboard(settings, listed) {
  if (!settings.organizationAccounts) return `${listed} account(s)`;
  const scope = settings.organizationAccounts.kind === "all" ? "all" : settings.organizationAccounts.unitIds.join(", ");
  return `${listed} listed account(s) and the organization's accounts (${scope})`;
}
function requestedRegions(settings) {
  return settings.regionsFrom ? `the Regions of 'regions: ${settings.regionsFrom.keyword}'` : settings.regions.join(", ");
}
function logSession(arn, administratorId) {
  info(logLine(`Acting as ${forLog(arn)} (administrator account ${administratorId}).`));
}
function warnAdministratorListed(administrator) {
  const where = administrator.origin.kind === "file" ? { file: administrator.origin.file, startLine: administrator.origin.line } : {};
  warning(
    `Account ${administrator.accountId} is the administrator account itself; it cannot be its own member and is skipped.`,
    where
  );
}
function logCalls(stats) {
  const calls = Object.entries(stats.calls).map(([operation, count]) => `${operation} ${count}`);
  info(logLine(`AWS calls: ${calls.join(", ") || "none"}; throttled and retried: ${stats.throttled}.`));
}
var RegionLog = class {
  lines = /* @__PURE__ */ new Map();
  line(region, text) {
    const lines = this.lines.get(region) ?? [];
    lines.push(forLog(text));
    this.lines.set(region, lines);
  }
  planned(region, memberCount, plan) {
    this.line(region, `Found ${memberCount} member(s); plan: ${describePlan(plan)}.`);
  }
  print(outcome) {
    printGroup(`${outcome.region}: ${regionHeadline(outcome)}`, this.lines.get(outcome.region) ?? []);
    if (outcome.failure) error(`${outcome.region}: ${forAnnotation(outcome.failure.message)}`);
  }
};
var MemberSideLog = class {
  lines = [];
  line(region, text) {
    this.lines.push(forLog(`${region}: ${text}`));
  }
  print() {
    printGroup(`Member accounts: ${this.lines.length} step(s)`, this.lines);
  }
};
function printGroup(title, lines) {
  startGroup(logLine(title));
  for (const line of lines) info(logLine(line));
  endGroup();
}
function describePlan(plan) {
  const counts = /* @__PURE__ */ new Map();
  for (const account of plan.accounts) {
    const key = account.action === "skip" ? account.listed ? "no change" : "drift left alone" : account.action;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} ${key}`).join(", ") || "nothing";
}
function regionHeadline(outcome) {
  if (outcome.failure) return `failed (${outcome.failure.operation})`;
  const unprocessed = outcome.accounts.filter((account) => account.unprocessed).length;
  return unprocessed > 0 ? `${unprocessed} account(s) not processed` : "done";
}

// src/organization/headroom.ts
var INVITATION_MEMBER_CAP = 1e3;
function thousands(value) {
  const digits = String(Math.trunc(Math.abs(value)));
  const groups = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${value < 0 ? "-" : ""}${groups.join(",")}`;
}
function limitInvitations(plan, members, cap = INVITATION_MEMBER_CAP) {
  const membershipOf2 = new Map(plan.accounts.map((account) => [account.accountId, account.membership]));
  const current = members.filter(
    (member) => member.status !== "Deleted" && isInvitationBased(member, membershipOf2.get(member.accountId))
  ).length;
  const creating = (account) => account.action === "create" && account.membership !== "organization";
  const planned = plan.accounts.filter(creating).length;
  const free = Math.max(0, cap - current);
  const reason = `Not created: ${plan.region} has ${thousands(current)} invitation-based member(s), room for ${thousands(free)} more of the ${thousands(cap)} allowed, and this run would add ${thousands(planned)}. Remove invitation-based members that are no longer needed, or move these accounts into the organization.`;
  let room = free;
  let held = 0;
  const accounts = plan.accounts.map((account) => {
    if (!creating(account)) return account;
    if (room > 0) {
      room -= 1;
      return account;
    }
    held += 1;
    return { ...account, action: "skip", held: reason };
  });
  return { plan: { ...plan, accounts }, headroom: { region: plan.region, members: current, planned, cap, held } };
}

// src/organization/selection.ts
var ROOT_ID = /^r-[0-9a-z]{4,32}$/;
var OU_ID = /^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$/;
function parseOrganizationScope(items, show) {
  if (items.length === 0) return { problems: [] };
  const problems = [];
  if (items.some((item) => item.toLowerCase() === "all")) {
    if (items.length > 1)
      problems.push(
        `Input '${Input.organizationAccounts}' takes 'all' alone, or root and organizational unit IDs; got '${show(items.join(", "))}'.`
      );
    return { scope: { kind: "all" }, problems };
  }
  for (const item of items) {
    if (!ROOT_ID.test(item) && !OU_ID.test(item)) {
      problems.push(
        `'${show(item)}' is not a root ID (r-\u2026) or an organizational unit ID (ou-\u2026-\u2026) in input '${Input.organizationAccounts}'; use 'all' for every account of the organization.`
      );
    }
  }
  return { scope: { kind: "units", unitIds: [...new Set(items)] }, problems };
}
function parseExcludedAccounts(items, show) {
  const problems = items.filter((item) => !isAccountId(item)).map((item) => `'${show(item)}' is not an AWS account ID (exactly 12 digits) in input '${Input.excludeAccounts}'.`);
  return { accountIds: [...new Set(items.filter(isAccountId))], problems };
}

// src/regions/selection.ts
var REGION_KEYWORDS = ["enabled", "linked"];
var REGION_PATTERN = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
var KEYWORD_HOME_REGION_FALLBACK = "us-east-1";
function parseRegionInputs(regionItems, excludeItems, env, show) {
  const problems = [];
  const jobRegion = env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim();
  const keywords = regionItems.filter((item) => REGION_KEYWORDS.includes(item.toLowerCase()));
  const excludeRegions = [...new Set(excludeItems)];
  for (const region of excludeRegions) {
    if (!REGION_PATTERN.test(region)) {
      problems.push(
        `'${show(region)}' is not an AWS Region name (expected a name such as 'us-east-1') in input '${Input.excludeRegions}'.`
      );
    }
  }
  if (keywords.length > 0) {
    if (regionItems.length > 1) {
      problems.push(
        `Input '${Input.regions}' takes Region names or exactly one keyword ('enabled' or 'linked'), not both or several; got '${show(regionItems.join(", "))}'.`
      );
    }
    const keyword = keywords[0].toLowerCase();
    return { selection: { kind: "keyword", keyword }, excludeRegions, homeRegion: jobRegion || KEYWORD_HOME_REGION_FALLBACK, problems };
  }
  const names = [...new Set(regionItems.length > 0 ? regionItems : jobRegion ? [jobRegion] : [])];
  if (names.length === 0) {
    problems.push(
      `No Region to onboard in. Set the '${Input.regions}' input (for example 'us-east-1, eu-west-1'), or AWS_REGION in the job's environment.`
    );
  }
  for (const region of names) {
    if (!REGION_PATTERN.test(region)) {
      problems.push(`'${show(region)}' is not an AWS Region name (expected a name such as 'us-east-1') in input '${Input.regions}'.`);
    }
  }
  const kept = names.filter((region) => !excludeRegions.includes(region));
  if (names.length > 0 && kept.length === 0) {
    problems.push(`Input '${Input.excludeRegions}' leaves out every Region of '${Input.regions}'; nothing would be onboarded.`);
  }
  return { selection: { kind: "names", names: kept }, excludeRegions, homeRegion: names[0] ?? "", problems };
}

export {
  isAccountId,
  emailProblem,
  formatNameOf,
  RefusedPath,
  normaliseAccountsPath,
  loadAccounts,
  MEMBER_STATUSES,
  normalizeMemberStatus,
  createsMember,
  memberStatusOf,
  lookedAt,
  NO_STEPS,
  withStep,
  did,
  SharedPlans,
  planRegion,
  guardRemovals,
  holdRemovals,
  partitionAdministrator,
  screenMembers,
  keepListedTwice,
  describeIgnored,
  ScopeStopped,
  Input,
  Output,
  ROOT_ID,
  OU_ID,
  parseOrganizationScope,
  parseExcludedAccounts,
  REGION_PATTERN,
  parseRegionInputs,
  logMode,
  logStart,
  requestedRegions,
  logSession,
  warnAdministratorListed,
  logCalls,
  RegionLog,
  MemberSideLog,
  thousands,
  limitInvitations
};
//# sourceMappingURL=chunk-DTOXQQ4Y.js.map
