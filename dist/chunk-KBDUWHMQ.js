import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ENV_KEY,
  ENV_SECRET,
  fromEnv
} from "./chunk-W3VRKXVJ.js";
import {
  StandardRetryStrategy
} from "./chunk-JHLZJR2I.js";
import {
  CredentialsProviderError,
  ENV_PROFILE,
  chain
} from "./chunk-MO2YLRQN.js";
import {
  isMemberLimitExceeded,
  isThrottle,
  isUnansweredRequest,
  requestTimeoutMs
} from "./chunk-R2IA2JL5.js";

// src/aws/retry.ts
var MAX_ATTEMPTS = {
  /** 429s: bulk onboarding meets throttling, and waiting it out is the fix (docs/aws-behaviour.md#rate-limits). */
  throttling: 8,
  /** 5xx, reset connections, STS IDPCommunicationError. */
  transient: 4,
  /**
   * A request that got no answer within the request timeout: each attempt costs a whole timeout,
   * and a Region that stopped answering seldom starts again within seconds.
   */
  timeout: 2
};
function retryRule(errorInfo) {
  const { error, errorType } = errorInfo;
  if (isMemberLimitExceeded(error)) return { errorType: "CLIENT_ERROR", maxAttempts: 1 };
  if (error?.name === "IDPCommunicationErrorException") return { errorType: "TRANSIENT", maxAttempts: MAX_ATTEMPTS.transient };
  if (isUnansweredRequest(error)) return { errorType, maxAttempts: MAX_ATTEMPTS.timeout };
  return { errorType, maxAttempts: errorType === "THROTTLING" ? MAX_ATTEMPTS.throttling : MAX_ATTEMPTS.transient };
}
function retryOptions(maxAttempts = MAX_ATTEMPTS.throttling) {
  return { maxAttempts, retryStrategy: new ActionRetryStrategy(maxAttempts) };
}
var ActionRetryStrategy = class extends StandardRetryStrategy {
  constructor(maxAttempts) {
    super(maxAttempts);
  }
  async refreshRetryTokenForRetry(token, errorInfo) {
    const rule = retryRule(errorInfo);
    if (token.getRetryCount() + 1 >= rule.maxAttempts) throw new Error(`No retry after ${rule.maxAttempts} attempt(s).`);
    return super.refreshRetryTokenForRetry(token, { ...errorInfo, errorType: rule.errorType });
  }
};

// src/aws/sha256.ts
import { createHash, createHmac, createSecretKey } from "node:crypto";
var keyObjects = /* @__PURE__ */ new WeakMap();
var Sha256 = class {
  constructor(secret) {
    this.secret = secret;
    this.hash = this.start();
  }
  secret;
  digestLength = 32;
  hash;
  finished = false;
  update(data) {
    if (this.finished) throw new Error("Attempted to update an already finished hash.");
    this.hash.update(data);
  }
  /** An HMAC is finished by its digest; a hash can give its digest so far and go on. */
  digest() {
    let digest;
    if (this.secret) {
      this.finished = true;
      digest = this.hash.digest();
    } else {
      digest = this.hash.copy().digest();
    }
    return Promise.resolve(new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength));
  }
  reset() {
    this.hash = this.start();
    this.finished = false;
  }
  start() {
    return this.secret ? createHmac("sha256", hmacKey(this.secret)) : createHash("sha256");
  }
};
function hmacKey(secret) {
  if (typeof secret === "string") return secret;
  const bytes = ArrayBuffer.isView(secret) ? Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength) : Buffer.from(secret);
  const known = keyObjects.get(secret);
  if (known && known.bytes.equals(bytes)) return known.key;
  const key = createSecretKey(bytes);
  keyObjects.set(secret, { bytes: Buffer.from(bytes), key });
  return key;
}

// src/aws/token-bucket.ts
var TokenBucket = class {
  constructor(ratePerSecond, burst, now = () => performance.now()) {
    this.ratePerSecond = ratePerSecond;
    this.burst = burst;
    this.now = now;
    this.tokens = burst;
    this.last = now();
  }
  ratePerSecond;
  burst;
  now;
  /** Tokens left after the answered requests; those in flight are still to be taken. */
  tokens;
  last;
  inFlight = 0;
  waiting = [];
  timer;
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
      if (released) return;
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
    if (this.waiting.length === 0 || this.timer !== void 0) return;
    if (this.tokens >= this.burst) return;
    const waitMs = (1 - (this.tokens - this.inFlight)) / this.ratePerSecond * 1e3;
    this.timer = setTimeout(() => {
      this.timer = void 0;
      this.serve();
    }, Math.ceil(waitMs));
  }
  refill() {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + (now - this.last) / 1e3 * this.ratePerSecond);
    this.last = now;
  }
};
var TokenBuckets = class {
  constructor(ratePerSecond, burst, now) {
    this.ratePerSecond = ratePerSecond;
    this.burst = burst;
    this.now = now;
  }
  ratePerSecond;
  burst;
  now;
  buckets = /* @__PURE__ */ new Map();
  acquire(key) {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.ratePerSecond, this.burst, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket.acquire();
  }
};

// src/aws/clients.ts
function createClient(Sdk, options) {
  const client = new Sdk({
    region: options.region,
    ...options.credentials ? { credentials: options.credentials } : {},
    ...retryOptions(options.maxAttempts),
    requestHandler: httpOptions(options),
    // The middleware stack is resolved once per command, not on every call (a few percent of the
    // CPU of a large run): every middleware of ours is added here, before the first call.
    cacheMiddleware: true,
    // Signing without node:crypto's slow check of each HMAC key (sha256.ts).
    sha256: Sha256
  });
  if (options.metering) meter(client, options.metering);
  return client;
}
function httpOptions(options = {}, env = process.env) {
  return {
    connectionTimeout: options.connectionTimeoutMs ?? 5e3,
    requestTimeout: options.requestTimeoutMs ?? requestTimeoutMs(env),
    throwOnRequestTimeout: true
  };
}
function meter(client, { ratePerSecond, burst, stats }) {
  const buckets = new TokenBuckets(ratePerSecond, burst);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = context.commandName?.replace(/Command$/, "") ?? "unknown";
      const release = await buckets.acquire(operation);
      stats.calls[operation] = (stats.calls[operation] ?? 0) + 1;
      try {
        return await next(args);
      } catch (error) {
        if (isThrottle(error)) stats.throttled += 1;
        throw error;
      } finally {
        release();
      }
    },
    { step: "finalizeRequest", priority: "low", name: "securityhubOnboardRateLimit" }
  );
}

// node_modules/@aws-sdk/credential-provider-node/dist-es/remoteProvider.js
var ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
var remoteProvider = async (init) => {
  const { ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI, fromContainerMetadata, fromInstanceMetadata } = await import("./dist-es-E74GMDOG.js");
  if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
    init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
    const { fromHttp } = await import("./dist-es-DMB2YGKJ.js");
    return chain(fromHttp(init), fromContainerMetadata(init));
  }
  if (process.env[ENV_IMDS_DISABLED] && process.env[ENV_IMDS_DISABLED] !== "false") {
    return async () => {
      throw new CredentialsProviderError("EC2 Instance Metadata Service access disabled", { logger: init.logger });
    };
  }
  init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata");
  return fromInstanceMetadata(init);
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/runtime/memoize-chain.js
function memoizeChain(providers, treatAsExpired) {
  const chain2 = internalCreateChain(providers);
  let activeLock;
  let passiveLock;
  let credentials;
  let forceRefreshLock;
  const provider = async (options) => {
    if (options?.forceRefresh) {
      if (!forceRefreshLock) {
        forceRefreshLock = chain2(options).then((c) => {
          credentials = c;
        }).finally(() => {
          forceRefreshLock = void 0;
        });
      }
      await forceRefreshLock;
      return credentials;
    }
    if (credentials?.expiration) {
      if (credentials?.expiration?.getTime() < Date.now()) {
        credentials = void 0;
      }
    }
    if (activeLock) {
      await activeLock;
    } else if (!credentials || treatAsExpired?.(credentials)) {
      if (credentials) {
        if (!passiveLock) {
          passiveLock = chain2(options).then((c) => {
            credentials = c;
          }).catch(() => {
          }).finally(() => {
            passiveLock = void 0;
          });
        }
      } else {
        activeLock = chain2(options).then((c) => {
          credentials = c;
        }).finally(() => {
          activeLock = void 0;
        });
        return provider(options);
      }
    }
    return credentials;
  };
  return provider;
}
var internalCreateChain = (providers) => async (awsIdentityProperties) => {
  let lastProviderError;
  for (const provider of providers) {
    try {
      return await provider(awsIdentityProperties);
    } catch (err) {
      lastProviderError = err;
      if (err?.tryNextLink) {
        continue;
      }
      throw err;
    }
  }
  throw lastProviderError;
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js
var multipleCredentialSourceWarningEmitted = false;
var defaultProvider = (init = {}) => memoizeChain([
  async () => {
    const profile = init.profile ?? process.env[ENV_PROFILE];
    if (profile) {
      const envStaticCredentialsAreSet = process.env[ENV_KEY] && process.env[ENV_SECRET];
      if (envStaticCredentialsAreSet) {
        if (!multipleCredentialSourceWarningEmitted) {
          const warnFn = init.logger?.warn && init.logger?.constructor?.name !== "NoOpLogger" ? init.logger.warn.bind(init.logger) : console.warn;
          warnFn(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`);
          multipleCredentialSourceWarningEmitted = true;
        }
      }
      throw new CredentialsProviderError("AWS_PROFILE is set, skipping fromEnv provider.", {
        logger: init.logger,
        tryNextLink: true
      });
    }
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv");
    return fromEnv(init)();
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
    const { ssoStartUrl, ssoAccountId, ssoRegion, ssoRoleName, ssoSession } = init;
    if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) {
      throw new CredentialsProviderError("Skipping SSO provider in default chain (inputs do not include SSO fields).", { logger: init.logger });
    }
    const { fromSSO } = await import("./dist-es-ILVTH6EP.js");
    return fromSSO(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
    const { fromIni } = await import("./dist-es-H4WFNGA6.js");
    return fromIni(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
    const { fromProcess } = await import("./dist-es-ZMSAEM7S.js");
    return fromProcess(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
    const { fromTokenFile } = await import("./dist-es-2EGBUPCB.js");
    return fromTokenFile(init)(awsIdentityProperties);
  },
  async () => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider");
    return (await remoteProvider(init))();
  },
  async () => {
    throw new CredentialsProviderError("Could not load credentials from any providers", {
      tryNextLink: false,
      logger: init.logger
    });
  }
], credentialsTreatedAsExpired);
var credentialsTreatedAsExpired = (credentials) => credentials?.expiration !== void 0 && credentials.expiration.getTime() - Date.now() < 3e5;

export {
  defaultProvider,
  MAX_ATTEMPTS,
  createClient
};
//# sourceMappingURL=chunk-KBDUWHMQ.js.map
