export const id = 777;
export const ids = [777];
export const modules = {

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
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(2224);
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
    const sts = (0,clients/* createClient */.UU)(dist_cjs/* STSClient */.iM, { region, maxAttempts: 5 });
    if (options.roleToAssume) {
        // AssumeRoleWithWebIdentity names the assumed role, and so the account: no GetCallerIdentity needed.
        const { credentials, arn } = await assumeRoleWithOidc(sts, region, options);
        maskCredentials(credentials);
        return sessionFor(credentials, arn, 'sts:AssumeRoleWithWebIdentity', region);
    }
    const credentials = await defaultCredentials(sts);
    maskCredentials(credentials);
    const identityClient = (0,clients/* createClient */.UU)(dist_cjs/* STSClient */.iM, { region, credentials, maxAttempts: 5 });
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


/***/ })

};

//# sourceMappingURL=777.index.js.map