export const id = 777;
export const ids = [777];
export const modules = {

/***/ 8652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ createClient)
});

// UNUSED EXPORTS: httpOptions

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/timeouts.ts
var timeouts = __webpack_require__(2779);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/aws/sha256.ts
// SHA-256 and HMAC-SHA256 for the SDK's request signing (the client option `sha256`), the same as
// the SDK's own Node implementation except for how an HMAC key reaches node:crypto.
//
// Node 24's createHmac checks whether a key is a KeyObject before anything else, and for a Buffer
// that check is the slow part: 35 µs per HMAC against 6.5 µs for a KeyObject or a string (20,000
// each, measured). Signature Version 4 makes one HMAC per request with the signing key, a byte
// array the SDK derives once a day per Region and service and then passes as the same object every
// time; at 10,000 accounts × 17 Regions (6,800 requests) the check was 350 ms of CPU. So each byte
// array key is turned into a KeyObject once, and kept as long as the SDK keeps the array and its bytes.

const keyObjects = new WeakMap();
class Sha256 {
    secret;
    digestLength = 32;
    hash;
    finished = false;
    constructor(secret) {
        this.secret = secret;
        this.hash = this.start();
    }
    update(data) {
        if (this.finished)
            throw new Error('Attempted to update an already finished hash.');
        this.hash.update(data);
    }
    /** An HMAC is finished by its digest; a hash can give its digest so far and go on. */
    digest() {
        let digest;
        if (this.secret) {
            this.finished = true;
            digest = this.hash.digest();
        }
        else {
            digest = this.hash.copy().digest();
        }
        return Promise.resolve(new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength));
    }
    reset() {
        this.hash = this.start();
        this.finished = false;
    }
    start() {
        return this.secret ? (0,external_node_crypto_.createHmac)('sha256', hmacKey(this.secret)) : (0,external_node_crypto_.createHash)('sha256');
    }
}
/** A text key as it is (node:crypto reads it as UTF-8, as the SDK does); a byte key as its KeyObject. */
function hmacKey(secret) {
    if (typeof secret === 'string')
        return secret;
    const bytes = ArrayBuffer.isView(secret) ? Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength) : Buffer.from(secret);
    // Kept per array, and used again only while the array holds the same bytes (a 32-byte compare).
    const known = keyObjects.get(secret);
    if (known && known.bytes.equals(bytes))
        return known.key;
    // createSecretKey copies the bytes; the copy kept beside it is what the next call compares with.
    const key = (0,external_node_crypto_.createSecretKey)(bytes);
    keyObjects.set(secret, { bytes: Buffer.from(bytes), key });
    return key;
}

;// CONCATENATED MODULE: ./src/aws/token-bucket.ts
class TokenBucket {
    ratePerSecond;
    burst;
    now;
    /** Tokens left after the answered requests; those in flight are still to be taken. */
    tokens;
    last;
    inFlight = 0;
    waiting = [];
    timer;
    constructor(ratePerSecond, burst, now = () => performance.now()) {
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.now = now;
        this.tokens = burst;
        this.last = now();
    }
    /**
     * Resolves when a request may be sent; callers are served in order. Call the release it gives
     * once the answer (or the error) has arrived: only then is the token taken for good.
     */
    acquire() {
        return new Promise((resolve) => {
            this.waiting.push(() => resolve(this.releaser()));
            this.serve();
        });
    }
    /** Requests sent and not yet answered. */
    get pending() {
        return this.inFlight;
    }
    releaser() {
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.refill();
            this.tokens -= 1;
            this.inFlight -= 1;
            this.serve();
        };
    }
    serve() {
        this.refill();
        while (this.waiting.length > 0 && this.tokens - this.inFlight >= 1) {
            this.inFlight += 1;
            this.waiting.shift()();
        }
        if (this.waiting.length === 0 || this.timer !== undefined)
            return;
        // A full bucket refills no further: only an answer can free a token, and release() serves then.
        if (this.tokens >= this.burst)
            return;
        const waitMs = ((1 - (this.tokens - this.inFlight)) / this.ratePerSecond) * 1000;
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.serve();
        }, Math.ceil(waitMs));
    }
    refill() {
        const now = this.now();
        this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
        this.last = now;
    }
}
/** One bucket per key (an operation name), created on first use. */
class TokenBuckets {
    ratePerSecond;
    burst;
    now;
    buckets = new Map();
    constructor(ratePerSecond, burst, now) {
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.now = now;
    }
    acquire(key) {
        let bucket = this.buckets.get(key);
        if (!bucket) {
            bucket = new TokenBucket(this.ratePerSecond, this.burst, this.now);
            this.buckets.set(key, bucket);
        }
        return bucket.acquire();
    }
}

;// CONCATENATED MODULE: ./src/aws/clients.ts





function createClient(Sdk, options) {
    const client = new Sdk({
        region: options.region,
        ...(options.credentials ? { credentials: options.credentials } : {}),
        ...(0,retry/* retryOptions */.tO)(options.maxAttempts),
        requestHandler: httpOptions(options),
        // The middleware stack is resolved once per command, not on every call (a few percent of the
        // CPU of a large run): every middleware of ours is added here, before the first call.
        cacheMiddleware: true,
        // Signing without node:crypto's slow check of each HMAC key (sha256.ts).
        sha256: Sha256,
    });
    if (options.metering)
        meter(client, options.metering);
    return client;
}
/**
 * Timeouts for every AWS client. `requestTimeout` alone only logs a warning in the SDK; without
 * `throwOnRequestTimeout` a server that stops answering holds the job until GitHub's 6-hour limit.
 * 10 s per request: the member APIs answer within a second or two, and a timed-out request is tried
 * twice at most (retry.ts), so a Region that stops answering costs about 20 s per call rather than
 * the 8 × 30 s of 8 attempts at the SDK's usual timeout.
 */
function httpOptions(options = {}, env = process.env) {
    return {
        connectionTimeout: options.connectionTimeoutMs ?? 5_000,
        requestTimeout: options.requestTimeoutMs ?? (0,timeouts/* requestTimeoutMs */.Hl)(env),
        throwOnRequestTimeout: true,
    };
}
/**
 * Every attempt, retries included, waits for a token of its operation's bucket and is counted:
 * the middleware sits inside the SDK's retry middleware (same step, lower priority). The token is
 * taken for good when the answer is back (token-bucket.ts: the service may count it that late).
 */
function meter(client, { ratePerSecond, burst, stats }) {
    const buckets = new TokenBuckets(ratePerSecond, burst);
    client.middlewareStack.add((next, context) => async (args) => {
        const operation = context.commandName?.replace(/Command$/, '') ?? 'unknown';
        const release = await buckets.acquire(operation);
        stats.calls[operation] = (stats.calls[operation] ?? 0) + 1;
        try {
            return await next(args);
        }
        catch (error) {
            if ((0,errors/* isThrottle */.p0)(error))
                stats.throttled += 1;
            throw error;
        }
        finally {
            release();
        }
    }, { step: 'finalizeRequest', priority: 'low', name: 'securityhubOnboardRateLimit' });
}


/***/ }),

/***/ 6777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XS: () => (/* binding */ fromSts),
  lE: () => (/* binding */ inFirstEnabledRegion),
  Bs: () => (/* binding */ maskCredentials),
  openAdministratorSession: () => (/* binding */ openAdministratorSession)
});

// UNUSED EXPORTS: partitionOf, stsRegions

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/aws/clients.ts + 2 modules
var clients = __webpack_require__(8652);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./src/timeouts.ts
var timeouts = __webpack_require__(2779);
;// CONCATENATED MODULE: ./src/aws/oidc-token.ts
// The job's GitHub OIDC token, requested as @actions/core's getIDToken() does (GET
// ACTIONS_ID_TOKEN_REQUEST_URL&audience=… with the request token as bearer, answered by
// {"value": "<jwt>"}), but with a timeout on every attempt and a bounded retry: getIDToken() has no
// timeout, and an endpoint that never answered held the step until the job's limit.




/** Attempts in all, the first included, as for the AWS calls (retry.ts). */
const OIDC_ATTEMPTS = { transient: 4, timeout: 2 };
/** GitHub's answer is a short JSON object; anything much longer is not it. */
const MAX_ANSWER_BYTES = 64 * 1024;
/** Why the token could not be had; `attempts` says how often it was tried. */
class OidcTokenError extends Error {
    attempts;
    name = 'OidcTokenError';
    constructor(message, attempts) {
        super(message);
        this.attempts = attempts;
    }
}
class AttemptError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
    }
}
/** The OIDC token for `audience`. Throws OidcTokenError after the attempts its failures allow. */
async function requestOidcToken(options) {
    const timeoutMs = options.timeoutMs ?? (0,timeouts/* requestTimeoutMs */.Hl)();
    const delayMs = options.delayMs ?? timeouts/* backoffMs */.jo;
    // GitHub's URL carries a query string (api-version) already; the audience joins it, as in getIDToken().
    const url = new URL(options.requestUrl);
    url.searchParams.append('audience', options.audience);
    for (let attempt = 1;; attempt += 1) {
        try {
            return await attemptOnce(url, options.requestToken, timeoutMs);
        }
        catch (error) {
            const failure = error instanceof AttemptError ? error : new AttemptError(String(error), 'transient');
            const attempts = failure.kind === 'timeout' ? OIDC_ATTEMPTS.timeout : failure.kind === 'transient' ? OIDC_ATTEMPTS.transient : 1;
            if (attempt >= attempts)
                throw new OidcTokenError(`${failure.message} (${attempt} attempt${attempt === 1 ? '' : 's'})`, attempt);
            await new Promise((resolve) => setTimeout(resolve, delayMs(attempt)));
        }
    }
}
function attemptOnce(url, requestToken, timeoutMs) {
    return new Promise((resolve, reject) => {
        const send = url.protocol === 'http:' ? external_node_http_.request : external_node_https_.request;
        // The proxy agent @actions/http-client picks for this URL (HTTPS_PROXY, NO_PROXY), as getIDToken() would use.
        const agent = new lib/* HttpClient */.Qq('securityhub-onboard').getAgent(url.href);
        const request = send(url, { method: 'GET', agent, headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' } });
        // Destroying the socket, not ending it: a server that never answers must not keep the process alive.
        const timer = setTimeout(() => request.destroy(new AttemptError(`the GitHub OIDC endpoint did not answer within ${timeoutMs} ms`, 'timeout')), timeoutMs);
        request.on('error', (error) => {
            clearTimeout(timer);
            reject(error instanceof AttemptError
                ? error
                : new AttemptError(`the request failed: ${error.code ?? error.message}`, 'transient'));
        });
        request.on('response', (response) => {
            readAnswer(response)
                .then((body) => {
                clearTimeout(timer);
                resolve(tokenFrom(response.statusCode ?? 0, body));
            })
                .catch((error) => {
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
        response.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_ANSWER_BYTES) {
                response.destroy();
                reject(new AttemptError(`the GitHub OIDC endpoint answered more than ${MAX_ANSWER_BYTES} bytes`, 'final'));
            }
            else
                chunks.push(chunk);
        });
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.on('error', (error) => reject(new AttemptError(`the answer was cut off: ${error.message}`, 'transient')));
    });
}
/** The token of a 200 answer; any other status says whether trying again can help. */
function tokenFrom(status, body) {
    if (status !== 200) {
        // 401/403: the request token is wrong or the job lacks id-token: write; trying again cannot help.
        const kind = status >= 500 || status === 429 ? 'transient' : 'final';
        const said = messageOf(body);
        throw new AttemptError(`the GitHub OIDC endpoint answered HTTP ${status}${said ? `: ${said}` : ''}`, kind);
    }
    let value;
    try {
        value = JSON.parse(body).value;
    }
    catch {
        throw new AttemptError('the GitHub OIDC endpoint answered something other than JSON', 'transient');
    }
    if (typeof value !== 'string' || value === '')
        throw new AttemptError('the GitHub OIDC endpoint answered no token', 'transient');
    return value;
}
/** The `message` of a JSON error answer, cut short: it is the endpoint's text, not ours. */
function messageOf(body) {
    try {
        const message = JSON.parse(body).message;
        return typeof message === 'string' && message !== '' ? message.slice(0, 500) : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/aws/credentials.ts





/**
 * A Region that is enabled in every account of its partition (opt-in Regions are not), by
 * partition (docs/aws-behaviour.md#opt-in-regions).
 */
const ALWAYS_ENABLED_REGION = {
    aws: 'us-east-1',
    'aws-us-gov': 'us-gov-west-1',
    'aws-cn': 'cn-north-1',
    'aws-iso': 'us-iso-east-1',
    'aws-iso-b': 'us-isob-east-1',
};
/** The partition of an ARN, or else of the Regions asked for. */
function partitionOf(roleArn, regions) {
    const fromArn = /^arn:([a-z-]+):/.exec(roleArn)?.[1];
    if (fromArn)
        return fromArn;
    const region = regions[0] ?? '';
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('us-isob-'))
        return 'aws-iso-b';
    if (region.startsWith('us-iso-'))
        return 'aws-iso';
    return /^[a-z]{2}-[a-z]+-\d+$/.test(region) ? 'aws' : '';
}
/**
 * Where STS is asked, in order: the partition's always-enabled Region, so that an opt-in Region
 * listed first cannot fail the run, then the listed Regions, tried when one refuses as a Region
 * not enabled does (docs/aws-behaviour.md#opt-in-regions).
 */
function stsRegions(partition, regions) {
    const first = ALWAYS_ENABLED_REGION[partition];
    return [...new Set([...(first ? [first] : []), ...regions])];
}
/**
 * Runs `attempt` in each Region in turn until one answers; moves on only when STS refuses as it
 * does in a Region not enabled for the account. Any other failure, or the last Region's, is thrown.
 */
async function inFirstEnabledRegion(regions, attempt) {
    const refused = [];
    for (const [index, region] of regions.entries()) {
        try {
            return await attempt(region);
        }
        catch (error) {
            const cause = error instanceof errors/* CredentialsError */.lE ? error.awsError : error;
            if (!(0,errors/* isRegionNotEnabled */.pn)(cause) || index === regions.length - 1) {
                if (refused.length > 0 && error instanceof Error)
                    error.message += ` (STS refused these Regions as not enabled first: ${refused.join(', ')}.)`;
                throw error;
            }
            refused.push(region);
        }
    }
    throw new Error('No Region to call STS in.');
}
async function openAdministratorSession(options) {
    const regions = stsRegions(partitionOf(options.roleToAssume ?? '', options.regions), options.regions);
    return inFirstEnabledRegion(regions, (region) => openSessionIn(region, options));
}
async function openSessionIn(region, options) {
    // IDPCommunicationError (STS could not reach GitHub's issuer) is retried: see retry.ts.
    const sts = (0,clients/* createClient */.U)(dist_cjs/* STSClient */.iM, { region, maxAttempts: 5 });
    if (options.roleToAssume) {
        // AssumeRoleWithWebIdentity names the assumed role, and so the account: no GetCallerIdentity needed.
        const { credentials, arn } = await assumeRoleWithOidc(sts, region, options);
        maskCredentials(credentials);
        return sessionFor(credentials, arn, 'sts:AssumeRoleWithWebIdentity', region);
    }
    const credentials = await defaultCredentials(sts);
    maskCredentials(credentials);
    const identityClient = (0,clients/* createClient */.U)(dist_cjs/* STSClient */.iM, { region, credentials, maxAttempts: 5 });
    try {
        const identity = await identityClient.send(new dist_cjs/* GetCallerIdentityCommand */.zI({}));
        return sessionFor(credentials, identity.Arn ?? '', 'sts:GetCallerIdentity', region);
    }
    catch (error) {
        if (error instanceof errors/* CredentialsError */.lE)
            throw error;
        throw new errors/* CredentialsError */.lE(`Could not read the administrator account with sts:GetCallerIdentity in ${region}: ${describe(error)}`, 'refused', error);
    }
}
/** The account and partition come from the caller's ARN (`arn:<partition>:sts::<account>:…`), never assumed. */
function sessionFor(credentials, arn, source, stsRegion) {
    const [, partition, , , accountId] = arn.split(':');
    if (!accountId || !/^\d{12}$/.test(accountId))
        throw new errors/* CredentialsError */.lE(`${source} returned no account ID for ${arn || 'the caller'}.`);
    return { credentials, accountId, arn, partition: partition || 'aws', stsRegion };
}
async function assumeRoleWithOidc(sts, region, options) {
    if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new errors/* CredentialsError */.lE(`Cannot assume ${options.roleToAssume}: this job has no GitHub OIDC token. ` +
            "Add 'permissions: id-token: write' to the job (or the workflow). " +
            'Pull requests from forks never get an OIDC token; in plan mode the action then only checks the account list.', 'missing');
    }
    let token;
    try {
        // Not core.getIDToken(): it has no timeout, so an endpoint that never answers would hold the job.
        token = await requestOidcToken({
            audience: options.audience,
            requestUrl: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
            requestToken: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
        });
    }
    catch (error) {
        throw new errors/* CredentialsError */.lE(`Could not get a GitHub OIDC token for audience '${options.audience}': ${error.message}.`);
    }
    (0,secrets/* registerSecret */.cl)(token);
    try {
        const output = await sts.send(new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
            RoleArn: options.roleToAssume,
            RoleSessionName: options.roleSessionName,
            WebIdentityToken: token,
            DurationSeconds: options.roleDurationSeconds,
        }));
        return { credentials: fromSts(output.Credentials), arn: output.AssumedRoleUser?.Arn ?? '' };
    }
    catch (error) {
        if ((0,errors/* isRegionNotEnabled */.pn)(error)) {
            throw new errors/* CredentialsError */.lE(`Could not assume role ${options.roleToAssume} with GitHub OIDC in ${region}: ${describe(error)}. Region ${region} is not enabled for the account (opt-in Region).`, 'refused', error);
        }
        throw new errors/* CredentialsError */.lE(`Could not assume role ${options.roleToAssume} with GitHub OIDC: ${describe(error)}. ` +
            "Check the role's trust policy: it must trust token.actions.githubusercontent.com with this audience, and its 'sub' condition must match this repository and event.", 'refused', error);
    }
}
async function defaultCredentials(sts) {
    try {
        return await sts.config.credentials();
    }
    catch (error) {
        throw new errors/* CredentialsError */.lE(`No AWS credentials: set 'role-to-assume' (with 'permissions: id-token: write'), or configure credentials in an earlier step, for example with aws-actions/configure-aws-credentials. ${describe(error)}`, 'missing');
    }
}
/** Temporary credentials as STS issues them (AssumeRole, AssumeRoleWithWebIdentity), in the action's type. */
function fromSts(issued) {
    if (!issued?.AccessKeyId || !issued.SecretAccessKey)
        throw new Error('STS returned no credentials');
    return {
        accessKeyId: issued.AccessKeyId,
        secretAccessKey: issued.SecretAccessKey,
        ...(issued.SessionToken ? { sessionToken: issued.SessionToken } : {}),
        ...(issued.Expiration ? { expiration: issued.Expiration } : {}),
    };
}
/**
 * Registers every part of a credential as a secret before anything could print it. The access key
 * ID is not secret to AWS, but it names the session, and the runner masks it in the log (as
 * configure-aws-credentials registers it): removing it from every other sink keeps them alike.
 */
function maskCredentials(credentials) {
    (0,secrets/* registerSecret */.cl)(credentials.secretAccessKey);
    (0,secrets/* registerSecret */.cl)(credentials.sessionToken);
    (0,secrets/* registerSecret */.cl)(credentials.accessKeyId);
}
function describe(error) {
    const candidate = error;
    const name = candidate?.name && candidate.name !== 'Error' ? `${candidate.name}: ` : '';
    return `${name}${candidate?.message ?? String(error)}`;
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ MAX_ATTEMPTS),
/* harmony export */   tO: () => (/* binding */ retryOptions)
/* harmony export */ });
/* unused harmony exports retryRule, ActionRetryStrategy */
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3609);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
// How the action retries a failed call: the SDK's own standard strategy (exponential backoff with
// full jitter, a retry quota per client), with the action's classification of a few errors on top.
// Reading back what is eventually consistent is another matter: apply/read-back.ts.


/** Attempts in all, the first included, by what went wrong. */
const MAX_ATTEMPTS = {
    /** 429s: bulk onboarding meets throttling, and waiting it out is the fix (docs/aws-behaviour.md#rate-limits). */
    throttling: 8,
    /** 5xx, reset connections, STS IDPCommunicationError. */
    transient: 4,
    /**
     * A request that got no answer within the request timeout: each attempt costs a whole timeout,
     * and a Region that stopped answering seldom starts again within seconds.
     */
    timeout: 2,
};
/** How many attempts in all a failed call gets, and the error type the SDK's backoff uses. */
function retryRule(errorInfo) {
    const { error, errorType } = errorInfo;
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isMemberLimitExceeded */ .$G)(error))
        return { errorType: 'CLIENT_ERROR', maxAttempts: 1 };
    // STS answers 400 IDPCommunicationError when it cannot reach the identity provider (GitHub's
    // OIDC issuer); its documentation says to retry. The SDK retries no 400, so the action does.
    if (error?.name === 'IDPCommunicationErrorException')
        return { errorType: 'TRANSIENT', maxAttempts: MAX_ATTEMPTS.transient };
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnansweredRequest */ .eN)(error))
        return { errorType, maxAttempts: MAX_ATTEMPTS.timeout };
    return { errorType, maxAttempts: errorType === 'THROTTLING' ? MAX_ATTEMPTS.throttling : MAX_ATTEMPTS.transient };
}
/** The retry settings of every AWS client of the action; `maxAttempts` caps every kind of error. */
function retryOptions(maxAttempts = MAX_ATTEMPTS.throttling) {
    return { maxAttempts, retryStrategy: new ActionRetryStrategy(maxAttempts) };
}
/** The SDK's StandardRetryStrategy with the attempts of `retryRule`. */
class ActionRetryStrategy extends _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.StandardRetryStrategy {
    constructor(maxAttempts) {
        super(maxAttempts);
    }
    async refreshRetryTokenForRetry(token, errorInfo) {
        const rule = retryRule(errorInfo);
        // The SDK's retry middleware rethrows the call's own error when no token is given.
        if (token.getRetryCount() + 1 >= rule.maxAttempts)
            throw new Error(`No retry after ${rule.maxAttempts} attempt(s).`);
        return super.refreshRetryTokenForRetry(token, { ...errorInfo, errorType: rule.errorType });
    }
}


/***/ })

};

//# sourceMappingURL=777.index.js.map