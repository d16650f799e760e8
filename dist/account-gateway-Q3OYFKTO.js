import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  createClient,
  defaultProvider
} from "./chunk-KBDUWHMQ.js";
import "./chunk-W3VRKXVJ.js";
import {
  AwsRestJsonProtocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-QW7KKTI7.js";
import {
  NodeHttpHandler
} from "./chunk-AIC766WU.js";
import {
  BinaryDecisionDiagram,
  Client,
  Command,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-JHLZJR2I.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./chunk-MO2YLRQN.js";
import {
  readAllPages
} from "./chunk-64EQUJ2O.js";
import {
  wrapErrors
} from "./chunk-R2IA2JL5.js";
import {
  Hash,
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-2H2AZ5BB.js";
import "./chunk-CENBCZZ4.js";

// node_modules/@aws-sdk/client-account/dist-es/auth/httpAuthSchemeProvider.js
var defaultAccountHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "account",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultAccountHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-account/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "account"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-account/package.json
var package_default = {
  name: "@aws-sdk/client-account",
  description: "AWS SDK for JavaScript Account Client for Node.js, Browser and React Native",
  version: "3.1075.0",
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:index": "tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"
  },
  main: "./dist-cjs/index.js",
  types: "./dist-types/index.d.ts",
  module: "./dist-es/index.js",
  sideEffects: false,
  dependencies: {
    "@aws-crypto/sha256-browser": "5.2.0",
    "@aws-crypto/sha256-js": "5.2.0",
    "@aws-sdk/core": "^3.974.23",
    "@aws-sdk/credential-provider-node": "^3.972.58",
    "@aws-sdk/types": "^3.973.13",
    "@smithy/core": "^3.24.6",
    "@smithy/fetch-http-handler": "^5.4.6",
    "@smithy/node-http-handler": "^4.7.6",
    "@smithy/types": "^4.14.3",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~5.8.3"
  },
  engines: {
    node: ">=20.0.0"
  },
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  files: [
    "dist-*/**"
  ],
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  license: "Apache-2.0",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-account",
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-account"
  }
};

// node_modules/@aws-sdk/client-account/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = { "authSchemes": [{ "name": "sigv4", "signingRegion": "{PartitionResult#implicitGlobalRegion}" }] };
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, {}],
    ["https://account-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://account-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://account.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://account.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", i],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  12,
  3,
  1,
  4,
  r + 11,
  2,
  5,
  r + 11,
  3,
  8,
  6,
  4,
  7,
  r + 10,
  5,
  r + 8,
  r + 9,
  4,
  10,
  9,
  6,
  r + 6,
  r + 7,
  5,
  11,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  13,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-account/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-account/dist-es/models/AccountServiceException.js
var AccountServiceException = class _AccountServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _AccountServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-account/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends AccountServiceException {
  name = "AccessDeniedException";
  $fault = "client";
  errorType;
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
    this.errorType = opts.errorType;
  }
};
var ConflictException = class _ConflictException extends AccountServiceException {
  name = "ConflictException";
  $fault = "client";
  errorType;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.errorType = opts.errorType;
  }
};
var InternalServerException = class _InternalServerException extends AccountServiceException {
  name = "InternalServerException";
  $fault = "server";
  $retryable = {};
  errorType;
  constructor(opts) {
    super({
      name: "InternalServerException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServerException.prototype);
    this.errorType = opts.errorType;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends AccountServiceException {
  name = "ResourceNotFoundException";
  $fault = "client";
  errorType;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.errorType = opts.errorType;
  }
};
var TooManyRequestsException = class _TooManyRequestsException extends AccountServiceException {
  name = "TooManyRequestsException";
  $fault = "client";
  $retryable = {
    throttling: true
  };
  errorType;
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
    this.errorType = opts.errorType;
  }
};
var ValidationException = class _ValidationException extends AccountServiceException {
  name = "ValidationException";
  $fault = "client";
  reason;
  fieldList;
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
    this.reason = opts.reason;
    this.fieldList = opts.fieldList;
  }
};
var ResourceUnavailableException = class _ResourceUnavailableException extends AccountServiceException {
  name = "ResourceUnavailableException";
  $fault = "client";
  errorType;
  constructor(opts) {
    super({
      name: "ResourceUnavailableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceUnavailableException.prototype);
    this.errorType = opts.errorType;
  }
};

// node_modules/@aws-sdk/client-account/dist-es/schemas/schemas_0.js
var _ADE = "AccessDeniedException";
var _AI = "AccountId";
var _CE = "ConflictException";
var _ISE = "InternalServerException";
var _LR = "ListRegions";
var _LRR = "ListRegionsRequest";
var _LRRi = "ListRegionsResponse";
var _MR = "MaxResults";
var _NT = "NextToken";
var _R = "Regions";
var _RN = "RegionName";
var _RNFE = "ResourceNotFoundException";
var _ROL = "RegionOptList";
var _ROS = "RegionOptStatus";
var _ROSC = "RegionOptStatusContains";
var _RUE = "ResourceUnavailableException";
var _Re = "Region";
var _SS = "SensitiveString";
var _TMRE = "TooManyRequestsException";
var _VE = "ValidationException";
var _VEF = "ValidationExceptionField";
var _VEFL = "ValidationExceptionFieldList";
var _c = "client";
var _eT = "errorType";
var _fL = "fieldList";
var _m = "message";
var _n = "name";
var _r = "reason";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.account";
var _se = "server";
var _xaE = "x-amzn-ErrorType";
var n0 = "com.amazonaws.account";
var _s_registry = TypeRegistry.for(_s);
var AccountServiceException$ = [-3, _s, "AccountServiceException", 0, [], []];
_s_registry.registerError(AccountServiceException$, AccountServiceException);
var n0_registry = TypeRegistry.for(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { "error": _c, "httpError": 403 },
  [_m, _eT],
  [0, [0, { "httpHeader": _xaE }]],
  1
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { "error": _c, "httpError": 409 },
  [_m, _eT],
  [0, [0, { "httpHeader": _xaE }]],
  1
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalServerException$ = [
  -3,
  n0,
  _ISE,
  { "error": _se, "httpError": 500 },
  [_m, _eT],
  [0, [0, { "httpHeader": _xaE }]],
  1
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { "error": _c, "httpError": 404 },
  [_m, _eT],
  [0, [0, { "httpHeader": _xaE }]],
  1
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourceUnavailableException$ = [
  -3,
  n0,
  _RUE,
  { "error": _c, "httpError": 424 },
  [_m, _eT],
  [0, [0, { "httpHeader": _xaE }]],
  1
];
n0_registry.registerError(ResourceUnavailableException$, ResourceUnavailableException);
var TooManyRequestsException$ = [
  -3,
  n0,
  _TMRE,
  { "error": _c, "httpError": 429 },
  [_m, _eT],
  [0, [0, { "httpHeader": _xaE }]],
  1
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { "error": _c, "httpError": 400 },
  [_m, _r, _fL],
  [[() => SensitiveString, 0], 0, [() => ValidationExceptionFieldList, 0]],
  1
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var SensitiveString = [0, n0, _SS, 8, 0];
var ListRegionsRequest$ = [
  3,
  n0,
  _LRR,
  0,
  [_AI, _MR, _NT, _ROSC],
  [0, 1, 0, 64]
];
var ListRegionsResponse$ = [
  3,
  n0,
  _LRRi,
  0,
  [_NT, _R],
  [0, () => RegionOptList]
];
var Region$ = [
  3,
  n0,
  _Re,
  0,
  [_RN, _ROS],
  [0, 0]
];
var ValidationExceptionField$ = [
  3,
  n0,
  _VEF,
  0,
  [_n, _m],
  [0, [() => SensitiveString, 0]],
  2
];
var RegionOptList = [
  1,
  n0,
  _ROL,
  0,
  () => Region$
];
var ValidationExceptionFieldList = [
  1,
  n0,
  _VEFL,
  0,
  [
    () => ValidationExceptionField$,
    0
  ]
];
var ListRegions$ = [
  9,
  n0,
  _LR,
  { "http": ["POST", "/listRegions", 200] },
  () => ListRegionsRequest$,
  () => ListRegionsResponse$
];

// node_modules/@aws-sdk/client-account/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2021-02-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultAccountHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestJsonProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.account",
      errorTypeRegistries,
      version: "2021-02-01",
      serviceTarget: "Account"
    },
    serviceId: config?.serviceId ?? "Account",
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-account/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    sha256: config?.sha256 ?? Hash.bind(null, "sha256"),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-account/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-account/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-account/dist-es/AccountClient.js
var AccountClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultAccountHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-account/dist-es/commands/ListRegionsCommand.js
var ListRegionsCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("Account", "ListRegions", {}).n("AccountClient", "ListRegionsCommand").sc(ListRegions$).build() {
};

// src/aws/account-gateway.ts
var PAGE_SIZE = 50;
var REGION_PAGES = { list: "ListRegions", maxPages: 20, basis: "no partition has more than a few pages of 50 Regions" };
function createAccountGateway(region, credentials, stats) {
  const client = createClient(AccountClient, { region, credentials, maxAttempts: 4, metering: { ratePerSecond: 5, burst: 5, stats } });
  return {
    listEnabledRegions: () => wrapErrors(
      "ListRegions",
      region,
      () => readAllPages(REGION_PAGES, async (token) => {
        const output = await client.send(
          new ListRegionsCommand({
            RegionOptStatusContains: ["ENABLED", "ENABLED_BY_DEFAULT"],
            MaxResults: PAGE_SIZE,
            ...token && { NextToken: token }
          })
        );
        const items = (output.Regions ?? []).filter((entry) => entry.RegionOptStatus === "ENABLED" || entry.RegionOptStatus === "ENABLED_BY_DEFAULT").flatMap((entry) => entry.RegionName ? [entry.RegionName] : []);
        return { items, ...output.NextToken && { nextToken: output.NextToken } };
      })
    )
  };
}
export {
  createAccountGateway
};
//# sourceMappingURL=account-gateway-Q3OYFKTO.js.map
