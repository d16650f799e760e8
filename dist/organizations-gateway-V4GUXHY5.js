import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  pLimit
} from "./chunk-CS42AEHP.js";
import {
  MAX_ATTEMPTS,
  createClient,
  defaultProvider
} from "./chunk-KBDUWHMQ.js";
import "./chunk-W3VRKXVJ.js";
import {
  AwsJson1_1Protocol,
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
  makeBuilder,
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
  Sha256Node
} from "./chunk-7ASWKVYL.js";
import {
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

// node_modules/@aws-sdk/client-organizations/dist-es/auth/httpAuthSchemeProvider.js
var defaultOrganizationsHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "organizations",
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
var defaultOrganizationsHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-organizations/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "organizations"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-organizations/package.json
var package_default = {
  name: "@aws-sdk/client-organizations",
  version: "3.1108.0",
  description: "AWS SDK for JavaScript Organizations Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-organizations",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-organizations"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
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
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.977.7",
    "@aws-sdk/credential-provider-node": "^3.972.79",
    "@aws-sdk/types": "^3.974.3",
    "@smithy/core": "^3.31.1",
    "@smithy/fetch-http-handler": "^5.6.13",
    "@smithy/node-http-handler": "^4.9.13",
    "@smithy/types": "^4.16.1",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~6.0.3"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-organizations/dist-es/endpoint/bdd.js
var p = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = "stringEquals";
var h = "sigv4";
var i = "organizations";
var j = { [p]: "Endpoint" };
var k = { [p]: d };
var l = { "fn": f, "argv": [k, "name"] };
var m = {};
var n = { "authSchemes": [{ "name": h, "signingName": i, "signingRegion": "us-east-1" }] };
var o = [{ [p]: "Region" }];
var _data = {
  conditions: [
    [c, [j]],
    [c, o],
    ["aws.partition", o, d],
    [e, [{ [p]: "UseFIPS" }, b]],
    [e, [{ [p]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [k, "supportsDualStack"] }, b]],
    [g, [l, "aws"]],
    [g, [l, "aws-cn"]],
    [g, [l, "aws-us-gov"]],
    [g, [l, "aws-iso"]],
    [e, [{ fn: f, argv: [k, "supportsFIPS"] }, b]],
    [g, [l, "aws-iso-b"]],
    [g, [l, "aws-iso-f"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [j, m],
    ["https://organizations.us-east-1.amazonaws.com", n],
    ["https://organizations-fips.us-east-1.amazonaws.com", n],
    ["https://organizations.cn-northwest-1.amazonaws.com.cn", { authSchemes: [{ name: h, signingName: i, signingRegion: "cn-northwest-1" }] }],
    ["https://organizations.us-gov-west-1.amazonaws.com", { authSchemes: [{ name: h, signingName: i, signingRegion: "us-gov-west-1" }] }],
    ["https://organizations.us-iso-east-1.c2s.ic.gov", { authSchemes: [{ name: h, signingName: i, signingRegion: "us-iso-east-1" }] }],
    ["https://organizations.us-isob-east-1.sc2s.sgov.gov", { authSchemes: [{ name: h, signingName: i, signingRegion: "us-isob-east-1" }] }],
    ["https://organizations.us-isof-south-1.csp.hci.ic.gov", { authSchemes: [{ name: h, signingName: i, signingRegion: "us-isof-south-1" }] }],
    ["https://organizations-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", m],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://organizations-fips.{Region}.{PartitionResult#dnsSuffix}", m],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://organizations.{Region}.{PartitionResult#dualStackDnsSuffix}", m],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://organizations.{Region}.{PartitionResult#dnsSuffix}", m],
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
  20,
  3,
  1,
  4,
  r + 18,
  2,
  5,
  r + 18,
  3,
  14,
  6,
  4,
  13,
  7,
  6,
  r + 4,
  8,
  7,
  r + 6,
  9,
  8,
  r + 7,
  10,
  9,
  r + 8,
  11,
  11,
  r + 9,
  12,
  12,
  r + 10,
  r + 17,
  5,
  r + 15,
  r + 16,
  4,
  18,
  15,
  6,
  r + 5,
  16,
  8,
  r + 7,
  17,
  10,
  r + 13,
  r + 14,
  5,
  19,
  r + 12,
  10,
  r + 11,
  r + 12,
  3,
  r + 1,
  21,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-organizations/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-organizations/dist-es/models/OrganizationsServiceException.js
var OrganizationsServiceException = class _OrganizationsServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _OrganizationsServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-organizations/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends OrganizationsServiceException {
  name = "AccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var AccessDeniedForDependencyException = class _AccessDeniedForDependencyException extends OrganizationsServiceException {
  name = "AccessDeniedForDependencyException";
  $fault = "client";
  Message;
  Reason;
  constructor(opts) {
    super({
      name: "AccessDeniedForDependencyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedForDependencyException.prototype);
    this.Message = opts.Message;
    this.Reason = opts.Reason;
  }
};
var AWSOrganizationsNotInUseException = class _AWSOrganizationsNotInUseException extends OrganizationsServiceException {
  name = "AWSOrganizationsNotInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AWSOrganizationsNotInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AWSOrganizationsNotInUseException.prototype);
    this.Message = opts.Message;
  }
};
var ConcurrentModificationException = class _ConcurrentModificationException extends OrganizationsServiceException {
  name = "ConcurrentModificationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
    this.Message = opts.Message;
  }
};
var ConstraintViolationException = class _ConstraintViolationException extends OrganizationsServiceException {
  name = "ConstraintViolationException";
  $fault = "client";
  Message;
  Reason;
  constructor(opts) {
    super({
      name: "ConstraintViolationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConstraintViolationException.prototype);
    this.Message = opts.Message;
    this.Reason = opts.Reason;
  }
};
var HandshakeAlreadyInStateException = class _HandshakeAlreadyInStateException extends OrganizationsServiceException {
  name = "HandshakeAlreadyInStateException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "HandshakeAlreadyInStateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HandshakeAlreadyInStateException.prototype);
    this.Message = opts.Message;
  }
};
var HandshakeConstraintViolationException = class _HandshakeConstraintViolationException extends OrganizationsServiceException {
  name = "HandshakeConstraintViolationException";
  $fault = "client";
  Message;
  Reason;
  constructor(opts) {
    super({
      name: "HandshakeConstraintViolationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HandshakeConstraintViolationException.prototype);
    this.Message = opts.Message;
    this.Reason = opts.Reason;
  }
};
var HandshakeNotFoundException = class _HandshakeNotFoundException extends OrganizationsServiceException {
  name = "HandshakeNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "HandshakeNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HandshakeNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidHandshakeTransitionException = class _InvalidHandshakeTransitionException extends OrganizationsServiceException {
  name = "InvalidHandshakeTransitionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidHandshakeTransitionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidHandshakeTransitionException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidInputException = class _InvalidInputException extends OrganizationsServiceException {
  name = "InvalidInputException";
  $fault = "client";
  Message;
  Reason;
  constructor(opts) {
    super({
      name: "InvalidInputException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInputException.prototype);
    this.Message = opts.Message;
    this.Reason = opts.Reason;
  }
};
var MasterCannotLeaveOrganizationException = class _MasterCannotLeaveOrganizationException extends OrganizationsServiceException {
  name = "MasterCannotLeaveOrganizationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MasterCannotLeaveOrganizationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MasterCannotLeaveOrganizationException.prototype);
    this.Message = opts.Message;
  }
};
var ServiceException2 = class _ServiceException extends OrganizationsServiceException {
  name = "ServiceException";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "ServiceException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyRequestsException = class _TooManyRequestsException extends OrganizationsServiceException {
  name = "TooManyRequestsException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var AccountAlreadyClosedException = class _AccountAlreadyClosedException extends OrganizationsServiceException {
  name = "AccountAlreadyClosedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountAlreadyClosedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountAlreadyClosedException.prototype);
    this.Message = opts.Message;
  }
};
var AccountAlreadyRegisteredException = class _AccountAlreadyRegisteredException extends OrganizationsServiceException {
  name = "AccountAlreadyRegisteredException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountAlreadyRegisteredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountAlreadyRegisteredException.prototype);
    this.Message = opts.Message;
  }
};
var AccountNotFoundException = class _AccountNotFoundException extends OrganizationsServiceException {
  name = "AccountNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var AccountNotRegisteredException = class _AccountNotRegisteredException extends OrganizationsServiceException {
  name = "AccountNotRegisteredException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountNotRegisteredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountNotRegisteredException.prototype);
    this.Message = opts.Message;
  }
};
var AccountOwnerNotVerifiedException = class _AccountOwnerNotVerifiedException extends OrganizationsServiceException {
  name = "AccountOwnerNotVerifiedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountOwnerNotVerifiedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountOwnerNotVerifiedException.prototype);
    this.Message = opts.Message;
  }
};
var AlreadyInOrganizationException = class _AlreadyInOrganizationException extends OrganizationsServiceException {
  name = "AlreadyInOrganizationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AlreadyInOrganizationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AlreadyInOrganizationException.prototype);
    this.Message = opts.Message;
  }
};
var DuplicatePolicyAttachmentException = class _DuplicatePolicyAttachmentException extends OrganizationsServiceException {
  name = "DuplicatePolicyAttachmentException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicatePolicyAttachmentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicatePolicyAttachmentException.prototype);
    this.Message = opts.Message;
  }
};
var PolicyChangesInProgressException = class _PolicyChangesInProgressException extends OrganizationsServiceException {
  name = "PolicyChangesInProgressException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PolicyChangesInProgressException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyChangesInProgressException.prototype);
    this.Message = opts.Message;
  }
};
var PolicyNotFoundException = class _PolicyNotFoundException extends OrganizationsServiceException {
  name = "PolicyNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PolicyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var PolicyTypeNotEnabledException = class _PolicyTypeNotEnabledException extends OrganizationsServiceException {
  name = "PolicyTypeNotEnabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PolicyTypeNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyTypeNotEnabledException.prototype);
    this.Message = opts.Message;
  }
};
var TargetNotFoundException = class _TargetNotFoundException extends OrganizationsServiceException {
  name = "TargetNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TargetNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TargetNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var UnsupportedAPIEndpointException = class _UnsupportedAPIEndpointException extends OrganizationsServiceException {
  name = "UnsupportedAPIEndpointException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedAPIEndpointException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedAPIEndpointException.prototype);
    this.Message = opts.Message;
  }
};
var ConflictException = class _ConflictException extends OrganizationsServiceException {
  name = "ConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.Message = opts.Message;
  }
};
var FinalizingOrganizationException = class _FinalizingOrganizationException extends OrganizationsServiceException {
  name = "FinalizingOrganizationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "FinalizingOrganizationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FinalizingOrganizationException.prototype);
    this.Message = opts.Message;
  }
};
var DuplicateOrganizationalUnitException = class _DuplicateOrganizationalUnitException extends OrganizationsServiceException {
  name = "DuplicateOrganizationalUnitException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicateOrganizationalUnitException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateOrganizationalUnitException.prototype);
    this.Message = opts.Message;
  }
};
var ParentNotFoundException = class _ParentNotFoundException extends OrganizationsServiceException {
  name = "ParentNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ParentNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParentNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var DuplicatePolicyException = class _DuplicatePolicyException extends OrganizationsServiceException {
  name = "DuplicatePolicyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicatePolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicatePolicyException.prototype);
    this.Message = opts.Message;
  }
};
var MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends OrganizationsServiceException {
  name = "MalformedPolicyDocumentException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MalformedPolicyDocumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
    this.Message = opts.Message;
  }
};
var PolicyTypeNotAvailableForOrganizationException = class _PolicyTypeNotAvailableForOrganizationException extends OrganizationsServiceException {
  name = "PolicyTypeNotAvailableForOrganizationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PolicyTypeNotAvailableForOrganizationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyTypeNotAvailableForOrganizationException.prototype);
    this.Message = opts.Message;
  }
};
var OrganizationNotEmptyException = class _OrganizationNotEmptyException extends OrganizationsServiceException {
  name = "OrganizationNotEmptyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationNotEmptyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationNotEmptyException.prototype);
    this.Message = opts.Message;
  }
};
var OrganizationalUnitNotEmptyException = class _OrganizationalUnitNotEmptyException extends OrganizationsServiceException {
  name = "OrganizationalUnitNotEmptyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationalUnitNotEmptyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationalUnitNotEmptyException.prototype);
    this.Message = opts.Message;
  }
};
var OrganizationalUnitNotFoundException = class _OrganizationalUnitNotFoundException extends OrganizationsServiceException {
  name = "OrganizationalUnitNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationalUnitNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationalUnitNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var PolicyInUseException = class _PolicyInUseException extends OrganizationsServiceException {
  name = "PolicyInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PolicyInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyInUseException.prototype);
    this.Message = opts.Message;
  }
};
var ResourcePolicyNotFoundException = class _ResourcePolicyNotFoundException extends OrganizationsServiceException {
  name = "ResourcePolicyNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourcePolicyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePolicyNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var CreateAccountStatusNotFoundException = class _CreateAccountStatusNotFoundException extends OrganizationsServiceException {
  name = "CreateAccountStatusNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CreateAccountStatusNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CreateAccountStatusNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var EffectivePolicyNotFoundException = class _EffectivePolicyNotFoundException extends OrganizationsServiceException {
  name = "EffectivePolicyNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EffectivePolicyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EffectivePolicyNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ResponsibilityTransferNotFoundException = class _ResponsibilityTransferNotFoundException extends OrganizationsServiceException {
  name = "ResponsibilityTransferNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResponsibilityTransferNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResponsibilityTransferNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var PolicyNotAttachedException = class _PolicyNotAttachedException extends OrganizationsServiceException {
  name = "PolicyNotAttachedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PolicyNotAttachedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyNotAttachedException.prototype);
    this.Message = opts.Message;
  }
};
var RootNotFoundException = class _RootNotFoundException extends OrganizationsServiceException {
  name = "RootNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "RootNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RootNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var PolicyTypeAlreadyEnabledException = class _PolicyTypeAlreadyEnabledException extends OrganizationsServiceException {
  name = "PolicyTypeAlreadyEnabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PolicyTypeAlreadyEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyTypeAlreadyEnabledException.prototype);
    this.Message = opts.Message;
  }
};
var DuplicateHandshakeException = class _DuplicateHandshakeException extends OrganizationsServiceException {
  name = "DuplicateHandshakeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicateHandshakeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateHandshakeException.prototype);
    this.Message = opts.Message;
  }
};
var ChildNotFoundException = class _ChildNotFoundException extends OrganizationsServiceException {
  name = "ChildNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChildNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChildNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var DestinationParentNotFoundException = class _DestinationParentNotFoundException extends OrganizationsServiceException {
  name = "DestinationParentNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DestinationParentNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DestinationParentNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var DuplicateAccountException = class _DuplicateAccountException extends OrganizationsServiceException {
  name = "DuplicateAccountException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicateAccountException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateAccountException.prototype);
    this.Message = opts.Message;
  }
};
var SourceParentNotFoundException = class _SourceParentNotFoundException extends OrganizationsServiceException {
  name = "SourceParentNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "SourceParentNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SourceParentNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidResponsibilityTransferTransitionException = class _InvalidResponsibilityTransferTransitionException extends OrganizationsServiceException {
  name = "InvalidResponsibilityTransferTransitionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidResponsibilityTransferTransitionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidResponsibilityTransferTransitionException.prototype);
    this.Message = opts.Message;
  }
};
var ResponsibilityTransferAlreadyInStatusException = class _ResponsibilityTransferAlreadyInStatusException extends OrganizationsServiceException {
  name = "ResponsibilityTransferAlreadyInStatusException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResponsibilityTransferAlreadyInStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResponsibilityTransferAlreadyInStatusException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-organizations/dist-es/schemas/schemas_0.js
var _A = "Account";
var _AACE = "AccountAlreadyClosedException";
var _AARE = "AccountAlreadyRegisteredException";
var _ADE = "AccessDeniedException";
var _ADFDE = "AccessDeniedForDependencyException";
var _AIOE = "AlreadyInOrganizationException";
var _AN = "AccountName";
var _ANFE = "AccountNotFoundException";
var _ANRE = "AccountNotRegisteredException";
var _AONVE = "AccountOwnerNotVerifiedException";
var _APT = "AvailablePolicyTypes";
var _AWSONIUE = "AWSOrganizationsNotInUseException";
var _Acc = "Accounts";
var _Ar = "Arn";
var _C = "Child";
var _CASNFE = "CreateAccountStatusNotFoundException";
var _CE = "ConflictException";
var _CME = "ConcurrentModificationException";
var _CNFE = "ChildNotFoundException";
var _CTh = "ChildType";
var _CVE = "ConstraintViolationException";
var _Ch = "Children";
var _DAE = "DuplicateAccountException";
var _DHE = "DuplicateHandshakeException";
var _DOR = "DescribeOrganizationResponse";
var _DOUE = "DuplicateOrganizationalUnitException";
var _DOe = "DescribeOrganization";
var _DPAE = "DuplicatePolicyAttachmentException";
var _DPE = "DuplicatePolicyException";
var _DPNFE = "DestinationParentNotFoundException";
var _E = "Email";
var _EPNFE = "EffectivePolicyNotFoundException";
var _FOE = "FinalizingOrganizationException";
var _FS = "FeatureSet";
var _HAISE = "HandshakeAlreadyInStateException";
var _HCVE = "HandshakeConstraintViolationException";
var _HNFE = "HandshakeNotFoundException";
var _I = "Id";
var _IHTE = "InvalidHandshakeTransitionException";
var _IIE = "InvalidInputException";
var _IRTTE = "InvalidResponsibilityTransferTransitionException";
var _JM = "JoinedMethod";
var _JT = "JoinedTimestamp";
var _LA = "ListAccounts";
var _LAFP = "ListAccountsForParent";
var _LAFPR = "ListAccountsForParentRequest";
var _LAFPRi = "ListAccountsForParentResponse";
var _LAR = "ListAccountsRequest";
var _LARi = "ListAccountsResponse";
var _LC = "ListChildren";
var _LCR = "ListChildrenRequest";
var _LCRi = "ListChildrenResponse";
var _LR = "ListRoots";
var _LRR = "ListRootsRequest";
var _LRRi = "ListRootsResponse";
var _M = "Message";
var _MAA = "MasterAccountArn";
var _MAE = "MasterAccountEmail";
var _MAI = "MasterAccountId";
var _MCLOE = "MasterCannotLeaveOrganizationException";
var _MPDE = "MalformedPolicyDocumentException";
var _MR = "MaxResults";
var _N = "Name";
var _NT = "NextToken";
var _O = "Organization";
var _ONEE = "OrganizationNotEmptyException";
var _OUNEE = "OrganizationalUnitNotEmptyException";
var _OUNFE = "OrganizationalUnitNotFoundException";
var _P = "Paths";
var _PCIPE = "PolicyChangesInProgressException";
var _PIUE = "PolicyInUseException";
var _PIa = "ParentId";
var _PNAE = "PolicyNotAttachedException";
var _PNFE = "ParentNotFoundException";
var _PNFEo = "PolicyNotFoundException";
var _PTAEE = "PolicyTypeAlreadyEnabledException";
var _PTNAFOE = "PolicyTypeNotAvailableForOrganizationException";
var _PTNEE = "PolicyTypeNotEnabledException";
var _PTSo = "PolicyTypeSummary";
var _PTo = "PolicyTypes";
var _R = "Reason";
var _RNFE = "RootNotFoundException";
var _RPNFE = "ResourcePolicyNotFoundException";
var _RTAISE = "ResponsibilityTransferAlreadyInStatusException";
var _RTNFE = "ResponsibilityTransferNotFoundException";
var _Ro = "Root";
var _Roo = "Roots";
var _S = "Status";
var _SE = "ServiceException";
var _SPNFE = "SourceParentNotFoundException";
var _St = "State";
var _T = "Type";
var _TMRE = "TooManyRequestsException";
var _TNFE = "TargetNotFoundException";
var _UAPIEE = "UnsupportedAPIEndpointException";
var _c = "client";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.organizations";
var _se = "server";
var n0 = "com.amazonaws.organizations";
var _s_registry = TypeRegistry.for(_s);
var OrganizationsServiceException$ = [-3, _s, "OrganizationsServiceException", 0, [], []];
_s_registry.registerError(OrganizationsServiceException$, OrganizationsServiceException);
var n0_registry = TypeRegistry.for(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { "error": _c, "httpError": 403 },
  [_M],
  [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var AccessDeniedForDependencyException$ = [
  -3,
  n0,
  _ADFDE,
  { "error": _c, "httpError": 403 },
  [_M, _R],
  [0, 0]
];
n0_registry.registerError(AccessDeniedForDependencyException$, AccessDeniedForDependencyException);
var AccountAlreadyClosedException$ = [
  -3,
  n0,
  _AACE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(AccountAlreadyClosedException$, AccountAlreadyClosedException);
var AccountAlreadyRegisteredException$ = [
  -3,
  n0,
  _AARE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(AccountAlreadyRegisteredException$, AccountAlreadyRegisteredException);
var AccountNotFoundException$ = [
  -3,
  n0,
  _ANFE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(AccountNotFoundException$, AccountNotFoundException);
var AccountNotRegisteredException$ = [
  -3,
  n0,
  _ANRE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(AccountNotRegisteredException$, AccountNotRegisteredException);
var AccountOwnerNotVerifiedException$ = [
  -3,
  n0,
  _AONVE,
  { "error": _c, "httpError": 403 },
  [_M],
  [0]
];
n0_registry.registerError(AccountOwnerNotVerifiedException$, AccountOwnerNotVerifiedException);
var AlreadyInOrganizationException$ = [
  -3,
  n0,
  _AIOE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(AlreadyInOrganizationException$, AlreadyInOrganizationException);
var AWSOrganizationsNotInUseException$ = [
  -3,
  n0,
  _AWSONIUE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(AWSOrganizationsNotInUseException$, AWSOrganizationsNotInUseException);
var ChildNotFoundException$ = [
  -3,
  n0,
  _CNFE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(ChildNotFoundException$, ChildNotFoundException);
var ConcurrentModificationException$ = [
  -3,
  n0,
  _CME,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var ConstraintViolationException$ = [
  -3,
  n0,
  _CVE,
  { "error": _c, "httpError": 409 },
  [_M, _R],
  [0, 0]
];
n0_registry.registerError(ConstraintViolationException$, ConstraintViolationException);
var CreateAccountStatusNotFoundException$ = [
  -3,
  n0,
  _CASNFE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(CreateAccountStatusNotFoundException$, CreateAccountStatusNotFoundException);
var DestinationParentNotFoundException$ = [
  -3,
  n0,
  _DPNFE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(DestinationParentNotFoundException$, DestinationParentNotFoundException);
var DuplicateAccountException$ = [
  -3,
  n0,
  _DAE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(DuplicateAccountException$, DuplicateAccountException);
var DuplicateHandshakeException$ = [
  -3,
  n0,
  _DHE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(DuplicateHandshakeException$, DuplicateHandshakeException);
var DuplicateOrganizationalUnitException$ = [
  -3,
  n0,
  _DOUE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(DuplicateOrganizationalUnitException$, DuplicateOrganizationalUnitException);
var DuplicatePolicyAttachmentException$ = [
  -3,
  n0,
  _DPAE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(DuplicatePolicyAttachmentException$, DuplicatePolicyAttachmentException);
var DuplicatePolicyException$ = [
  -3,
  n0,
  _DPE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(DuplicatePolicyException$, DuplicatePolicyException);
var EffectivePolicyNotFoundException$ = [
  -3,
  n0,
  _EPNFE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(EffectivePolicyNotFoundException$, EffectivePolicyNotFoundException);
var FinalizingOrganizationException$ = [
  -3,
  n0,
  _FOE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(FinalizingOrganizationException$, FinalizingOrganizationException);
var HandshakeAlreadyInStateException$ = [
  -3,
  n0,
  _HAISE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(HandshakeAlreadyInStateException$, HandshakeAlreadyInStateException);
var HandshakeConstraintViolationException$ = [
  -3,
  n0,
  _HCVE,
  { "error": _c, "httpError": 409 },
  [_M, _R],
  [0, 0]
];
n0_registry.registerError(HandshakeConstraintViolationException$, HandshakeConstraintViolationException);
var HandshakeNotFoundException$ = [
  -3,
  n0,
  _HNFE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(HandshakeNotFoundException$, HandshakeNotFoundException);
var InvalidHandshakeTransitionException$ = [
  -3,
  n0,
  _IHTE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidHandshakeTransitionException$, InvalidHandshakeTransitionException);
var InvalidInputException$ = [
  -3,
  n0,
  _IIE,
  { "error": _c, "httpError": 400 },
  [_M, _R],
  [0, 0]
];
n0_registry.registerError(InvalidInputException$, InvalidInputException);
var InvalidResponsibilityTransferTransitionException$ = [
  -3,
  n0,
  _IRTTE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidResponsibilityTransferTransitionException$, InvalidResponsibilityTransferTransitionException);
var MalformedPolicyDocumentException$ = [
  -3,
  n0,
  _MPDE,
  { "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
var MasterCannotLeaveOrganizationException$ = [
  -3,
  n0,
  _MCLOE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(MasterCannotLeaveOrganizationException$, MasterCannotLeaveOrganizationException);
var OrganizationalUnitNotEmptyException$ = [
  -3,
  n0,
  _OUNEE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationalUnitNotEmptyException$, OrganizationalUnitNotEmptyException);
var OrganizationalUnitNotFoundException$ = [
  -3,
  n0,
  _OUNFE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationalUnitNotFoundException$, OrganizationalUnitNotFoundException);
var OrganizationNotEmptyException$ = [
  -3,
  n0,
  _ONEE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationNotEmptyException$, OrganizationNotEmptyException);
var ParentNotFoundException$ = [
  -3,
  n0,
  _PNFE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(ParentNotFoundException$, ParentNotFoundException);
var PolicyChangesInProgressException$ = [
  -3,
  n0,
  _PCIPE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(PolicyChangesInProgressException$, PolicyChangesInProgressException);
var PolicyInUseException$ = [
  -3,
  n0,
  _PIUE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(PolicyInUseException$, PolicyInUseException);
var PolicyNotAttachedException$ = [
  -3,
  n0,
  _PNAE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(PolicyNotAttachedException$, PolicyNotAttachedException);
var PolicyNotFoundException$ = [
  -3,
  n0,
  _PNFEo,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(PolicyNotFoundException$, PolicyNotFoundException);
var PolicyTypeAlreadyEnabledException$ = [
  -3,
  n0,
  _PTAEE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(PolicyTypeAlreadyEnabledException$, PolicyTypeAlreadyEnabledException);
var PolicyTypeNotAvailableForOrganizationException$ = [
  -3,
  n0,
  _PTNAFOE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(PolicyTypeNotAvailableForOrganizationException$, PolicyTypeNotAvailableForOrganizationException);
var PolicyTypeNotEnabledException$ = [
  -3,
  n0,
  _PTNEE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(PolicyTypeNotEnabledException$, PolicyTypeNotEnabledException);
var ResourcePolicyNotFoundException$ = [
  -3,
  n0,
  _RPNFE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
var ResponsibilityTransferAlreadyInStatusException$ = [
  -3,
  n0,
  _RTAISE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(ResponsibilityTransferAlreadyInStatusException$, ResponsibilityTransferAlreadyInStatusException);
var ResponsibilityTransferNotFoundException$ = [
  -3,
  n0,
  _RTNFE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(ResponsibilityTransferNotFoundException$, ResponsibilityTransferNotFoundException);
var RootNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(RootNotFoundException$, RootNotFoundException);
var ServiceException$ = [
  -3,
  n0,
  _SE,
  { "error": _se, "httpError": 500 },
  [_M],
  [0]
];
n0_registry.registerError(ServiceException$, ServiceException2);
var SourceParentNotFoundException$ = [
  -3,
  n0,
  _SPNFE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(SourceParentNotFoundException$, SourceParentNotFoundException);
var TargetNotFoundException$ = [
  -3,
  n0,
  _TNFE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(TargetNotFoundException$, TargetNotFoundException);
var TooManyRequestsException$ = [
  -3,
  n0,
  _TMRE,
  { "error": _c, "httpError": 429 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var UnsupportedAPIEndpointException$ = [
  -3,
  n0,
  _UAPIEE,
  { "error": _c, "httpError": 403 },
  [_M],
  [0]
];
n0_registry.registerError(UnsupportedAPIEndpointException$, UnsupportedAPIEndpointException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AccountName = [0, n0, _AN, 8, 0];
var Email = [0, n0, _E, 8, 0];
var Account$ = [
  3,
  n0,
  _A,
  0,
  [_I, _Ar, _E, _N, _S, _St, _P, _JM, _JT],
  [0, 0, [() => Email, 0], [() => AccountName, 0], 0, 0, 64, 0, 4]
];
var Child$ = [
  3,
  n0,
  _C,
  0,
  [_I, _T],
  [0, 0]
];
var DescribeOrganizationResponse$ = [
  3,
  n0,
  _DOR,
  0,
  [_O],
  [[() => Organization$, 0]]
];
var ListAccountsForParentRequest$ = [
  3,
  n0,
  _LAFPR,
  0,
  [_PIa, _NT, _MR],
  [0, 0, 1],
  1
];
var ListAccountsForParentResponse$ = [
  3,
  n0,
  _LAFPRi,
  0,
  [_Acc, _NT],
  [[() => Accounts, 0], 0]
];
var ListAccountsRequest$ = [
  3,
  n0,
  _LAR,
  0,
  [_NT, _MR],
  [0, 1]
];
var ListAccountsResponse$ = [
  3,
  n0,
  _LARi,
  0,
  [_Acc, _NT],
  [[() => Accounts, 0], 0]
];
var ListChildrenRequest$ = [
  3,
  n0,
  _LCR,
  0,
  [_PIa, _CTh, _NT, _MR],
  [0, 0, 0, 1],
  2
];
var ListChildrenResponse$ = [
  3,
  n0,
  _LCRi,
  0,
  [_Ch, _NT],
  [() => Children, 0]
];
var ListRootsRequest$ = [
  3,
  n0,
  _LRR,
  0,
  [_NT, _MR],
  [0, 1]
];
var ListRootsResponse$ = [
  3,
  n0,
  _LRRi,
  0,
  [_Roo, _NT],
  [() => Roots, 0]
];
var Organization$ = [
  3,
  n0,
  _O,
  0,
  [_I, _Ar, _FS, _MAA, _MAI, _MAE, _APT],
  [0, 0, 0, 0, 0, [() => Email, 0], () => PolicyTypes]
];
var PolicyTypeSummary$ = [
  3,
  n0,
  _PTSo,
  0,
  [_T, _S],
  [0, 0]
];
var Root$ = [
  3,
  n0,
  _Ro,
  0,
  [_I, _Ar, _N, _PTo],
  [0, 0, 0, () => PolicyTypes]
];
var __Unit = "unit";
var Accounts = [
  1,
  n0,
  _Acc,
  0,
  [
    () => Account$,
    0
  ]
];
var Children = [
  1,
  n0,
  _Ch,
  0,
  () => Child$
];
var PolicyTypes = [
  1,
  n0,
  _PTo,
  0,
  () => PolicyTypeSummary$
];
var Roots = [
  1,
  n0,
  _Roo,
  0,
  () => Root$
];
var DescribeOrganization$ = [
  9,
  n0,
  _DOe,
  0,
  () => __Unit,
  () => DescribeOrganizationResponse$
];
var ListAccounts$ = [
  9,
  n0,
  _LA,
  0,
  () => ListAccountsRequest$,
  () => ListAccountsResponse$
];
var ListAccountsForParent$ = [
  9,
  n0,
  _LAFP,
  0,
  () => ListAccountsForParentRequest$,
  () => ListAccountsForParentResponse$
];
var ListChildren$ = [
  9,
  n0,
  _LC,
  0,
  () => ListChildrenRequest$,
  () => ListChildrenResponse$
];
var ListRoots$ = [
  9,
  n0,
  _LR,
  0,
  () => ListRootsRequest$,
  () => ListRootsResponse$
];

// node_modules/@aws-sdk/client-organizations/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2016-11-28",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultOrganizationsHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.organizations",
      errorTypeRegistries,
      xmlNamespace: "http://organizations.amazonaws.com/doc/2016-11-28/",
      version: "2016-11-28",
      serviceTarget: "AWSOrganizationsV20161128"
    },
    serviceId: config?.serviceId ?? "Organizations",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-organizations/dist-es/runtimeConfig.js
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
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-organizations/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-organizations/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-organizations/dist-es/OrganizationsClient.js
var OrganizationsClient = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultOrganizationsHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-organizations/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AWSOrganizationsV20161128", "OrganizationsClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o2) => [];

// node_modules/@aws-sdk/client-organizations/dist-es/commands/DescribeOrganizationCommand.js
var DescribeOrganizationCommand = class extends command(_ep0, _mw0, "DescribeOrganization", DescribeOrganization$) {
};

// node_modules/@aws-sdk/client-organizations/dist-es/commands/ListAccountsCommand.js
var ListAccountsCommand = class extends command(_ep0, _mw0, "ListAccounts", ListAccounts$) {
};

// node_modules/@aws-sdk/client-organizations/dist-es/commands/ListAccountsForParentCommand.js
var ListAccountsForParentCommand = class extends command(_ep0, _mw0, "ListAccountsForParent", ListAccountsForParent$) {
};

// node_modules/@aws-sdk/client-organizations/dist-es/commands/ListChildrenCommand.js
var ListChildrenCommand = class extends command(_ep0, _mw0, "ListChildren", ListChildren$) {
};

// node_modules/@aws-sdk/client-organizations/dist-es/commands/ListRootsCommand.js
var ListRootsCommand = class extends command(_ep0, _mw0, "ListRoots", ListRoots$) {
};

// src/aws/organizations-gateway.ts
var ORGANIZATIONS_RATE = { ratePerSecond: 5, burst: 5 };
var PAGE_SIZE = 20;
var pagesOf = (list) => ({
  list,
  maxPages: 2e3,
  basis: "an organization holds at most 10,000 accounts, 500 pages of 20, and Organizations may answer short or empty pages"
});
function createOrganizationsGateway(region, credentials, stats) {
  const client = createClient(OrganizationsClient, {
    region,
    credentials,
    maxAttempts: MAX_ATTEMPTS.throttling,
    metering: { ...ORGANIZATIONS_RATE, stats }
  });
  const oneAtATime = pLimit(1);
  const call = (operation, send) => wrapErrors(operation, region, send);
  const accounts = (operation, send) => call(
    operation,
    () => readAllPages(pagesOf(operation), async (token) => {
      const output = await oneAtATime(() => send(token));
      return { items: (output.Accounts ?? []).flatMap(toAccount), ...output.NextToken && { nextToken: output.NextToken } };
    })
  );
  const page = (token) => ({ MaxResults: PAGE_SIZE, ...token && { NextToken: token } });
  return {
    listAccounts: () => accounts("ListAccounts", (token) => client.send(new ListAccountsCommand(page(token)))),
    listAccountsForParent: (parentId) => accounts("ListAccountsForParent", (token) => client.send(new ListAccountsForParentCommand({ ParentId: parentId, ...page(token) }))),
    listChildUnits: (parentId) => call(
      "ListChildren",
      () => readAllPages(pagesOf("ListChildren"), async (token) => {
        const output = await oneAtATime(
          () => client.send(new ListChildrenCommand({ ParentId: parentId, ChildType: "ORGANIZATIONAL_UNIT", ...page(token) }))
        );
        return {
          items: (output.Children ?? []).flatMap((child) => child.Id ? [child.Id] : []),
          ...output.NextToken && { nextToken: output.NextToken }
        };
      })
    ),
    listRoots: () => call(
      "ListRoots",
      () => readAllPages(pagesOf("ListRoots"), async (token) => {
        const output = await oneAtATime(() => client.send(new ListRootsCommand(page(token))));
        return {
          items: (output.Roots ?? []).flatMap((root2) => root2.Id ? [root2.Id] : []),
          ...output.NextToken && { nextToken: output.NextToken }
        };
      })
    ),
    describeOrganization: () => call("DescribeOrganization", async () => {
      const { Organization: organization } = await oneAtATime(() => client.send(new DescribeOrganizationCommand({})));
      return {
        organizationId: organization?.Id ?? "",
        ...organization?.MasterAccountId && { managementAccountId: organization.MasterAccountId }
      };
    })
  };
}
function toAccount(account) {
  if (!account.Id) return [];
  return [
    {
      accountId: account.Id,
      // `Status` retires on 9 September 2026; `State` replaces it and adds CLOSED and PENDING_ACTIVATION.
      state: account.State ?? account.Status ?? "",
      ...account.Email && { email: account.Email },
      ...account.Name && { name: account.Name },
      ...account.Paths && { paths: account.Paths }
    }
  ];
}
export {
  ORGANIZATIONS_RATE,
  createOrganizationsGateway
};
//# sourceMappingURL=organizations-gateway-V4GUXHY5.js.map
