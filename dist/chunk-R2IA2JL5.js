import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/aws/errors.ts
var AwsCallError = class extends Error {
  constructor(operation, region, errorName, detail, httpStatus) {
    super(`${operation} failed in ${region}: ${errorName}: ${detail}`);
    this.operation = operation;
    this.region = region;
    this.errorName = errorName;
    this.detail = detail;
    this.httpStatus = httpStatus;
    this.name = "AwsCallError";
  }
  operation;
  region;
  errorName;
  detail;
  httpStatus;
};
var HubNotEnabledError = class extends AwsCallError {
};
var CredentialsError = class extends Error {
  constructor(message, kind = "refused", awsError) {
    super(message);
    this.kind = kind;
    this.awsError = awsError;
  }
  kind;
  awsError;
  name = "CredentialsError";
};
function nameOf(error) {
  const candidate = error;
  return candidate?.errorName ?? candidate?.name ?? "";
}
function textOf(error) {
  const candidate = error;
  return candidate?.detail ?? candidate?.message ?? "";
}
async function wrapErrors(operation, region, send) {
  try {
    return await send();
  } catch (error) {
    throw toAwsCallError(operation, region, error);
  }
}
function errorText(error) {
  if (error instanceof AwsCallError) return `${error.errorName}: ${error.detail}`;
  return error instanceof Error ? error.message : String(error);
}
function toAwsCallError(operation, region, error) {
  if (error instanceof AwsCallError) return error;
  const candidate = error;
  const name = candidate?.name === "TimeoutError" && !isUnansweredRequest(error) && candidate.code || candidate?.name || "Error";
  const message = candidate?.message || String(error);
  const detail = isMemberLimitExceeded(error) ? `${message} ${MEMBER_LIMIT_ADVICE}` : message;
  return new AwsCallError(operation, region, name, detail, candidate?.$metadata?.httpStatusCode);
}
function isMemberLimitExceeded(error) {
  if (nameOf(error) !== "LimitExceededException") return false;
  const message = textOf(error).replace(MEMBER_LIMIT_ADVICE, "");
  return /\b(member|invitation)/i.test(message) && !/\brate\b|throttl|too many requests/i.test(message);
}
function isUnansweredRequest(error) {
  const candidate = error;
  return candidate?.name === "TimeoutError" && (candidate.code === void 0 || candidate.code === "ETIMEDOUT");
}
var THROTTLE_NAMES = /* @__PURE__ */ new Set(["TooManyRequestsException", "LimitExceededException", "ThrottlingException"]);
function isThrottle(error) {
  const candidate = error;
  if (isMemberLimitExceeded(error)) return false;
  return candidate?.$metadata?.httpStatusCode === 429 || THROTTLE_NAMES.has(candidate?.name ?? "");
}
function isNotVisibleYet(error) {
  const name = nameOf(error);
  if (name === "ResourceNotFoundException") return true;
  return (name === "BadRequestException" || name === "AccessDeniedException") && /no such resource found/i.test(textOf(error));
}
function isAlreadyMember(processingResult) {
  return /already a member or associated member of the current account/i.test(processingResult);
}
function isMemberLimitText(processingResult) {
  return /\b(members?|invitations?)\b/i.test(processingResult) && /\b(limit|maximum|exceed)/i.test(processingResult) && !/\brate\b|throttl|too many requests/i.test(processingResult);
}
var MEMBER_LIMIT_ADVICE = "This is the cap on invitation-based member accounts (1,000 per administrator account and Region), not a rate limit, so it was not retried. Remove members that are no longer needed, or manage these accounts through AWS Organizations, which allows 10,000.";
function withMemberLimitAdvice(processingResult) {
  return isMemberLimitText(processingResult) ? `${processingResult} ${MEMBER_LIMIT_ADVICE}` : processingResult;
}
function isRegionNotEnabled(error) {
  return ["UnrecognizedClientException", "InvalidClientTokenId", "RegionDisabledException", "RegionDisabled"].includes(nameOf(error));
}
function regionNotEnabledMessage(region, accountId, error) {
  return `Region ${region} is not enabled for account ${accountId} (opt-in Region): AWS answered ${nameOf(error)}: ${textOf(error)}. Enable the Region for the account (AWS Account Management), or remove it from 'regions'.`;
}
function isIamDenial(error) {
  return /is not authorized to perform/i.test(textOf(error));
}
var DENIED = /* @__PURE__ */ new Set(["AccessDeniedException", "AccessDenied", "UnauthorizedOperation"]);
function isAccessDenied(error) {
  if (error instanceof AwsCallError) return DENIED.has(error.errorName);
  return DENIED.has(error?.name ?? "");
}

// src/timeouts.ts
var REQUEST_TIMEOUT_ENV = "SECURITYHUB_ONBOARD_REQUEST_TIMEOUT_MS";
function requestTimeoutMs(env = process.env) {
  const fromEnv = Number(env[REQUEST_TIMEOUT_ENV]);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 1e4;
}
function backoffMs(retry, baseDelayMs = 500, maxDelayMs = 5e3, random = Math.random) {
  return Math.round(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1)));
}

export {
  HubNotEnabledError,
  CredentialsError,
  wrapErrors,
  errorText,
  toAwsCallError,
  isMemberLimitExceeded,
  isUnansweredRequest,
  isThrottle,
  isNotVisibleYet,
  isAlreadyMember,
  withMemberLimitAdvice,
  isRegionNotEnabled,
  regionNotEnabledMessage,
  isIamDenial,
  isAccessDenied,
  requestTimeoutMs,
  backoffMs
};
//# sourceMappingURL=chunk-R2IA2JL5.js.map
