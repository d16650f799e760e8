import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  AssumeRole$,
  STSClient,
  _ep0,
  _mw0,
  command,
  fromSts,
  inFirstEnabledRegion,
  maskCredentials
} from "./chunk-B3Z5GR6G.js";
import {
  pLimit
} from "./chunk-CS42AEHP.js";
import {
  createClient,
  defaultProvider
} from "./chunk-KBDUWHMQ.js";
import "./chunk-W3VRKXVJ.js";
import "./chunk-3XBKBDDI.js";
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
  MemberSideLog,
  NO_STEPS,
  OU_ID,
  REGION_PATTERN,
  ROOT_ID,
  RegionLog,
  ScopeStopped,
  SharedPlans,
  createsMember,
  did,
  guardRemovals,
  holdRemovals,
  keepListedTwice,
  limitInvitations,
  lookedAt,
  normalizeMemberStatus,
  planRegion,
  screenMembers,
  withStep
} from "./chunk-DTOXQQ4Y.js";
import "./chunk-WT75KLLN.js";
import {
  LIST_INVITATIONS_PAGES,
  LIST_MEMBERS_PAGES,
  readAllPages
} from "./chunk-64EQUJ2O.js";
import {
  HubNotEnabledError,
  errorText,
  isAccessDenied,
  isAlreadyMember,
  isIamDenial,
  isMemberLimitExceeded,
  isNotVisibleYet,
  isRegionNotEnabled,
  regionNotEnabledMessage,
  toAwsCallError,
  withMemberLimitAdvice,
  wrapErrors
} from "./chunk-R2IA2JL5.js";
import {
  LIMITS
} from "./chunk-THHGXHTG.js";
import "./chunk-4OXIJKIA.js";
import "./chunk-CAXNQKZ4.js";
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

// node_modules/@aws-sdk/client-securityhub/dist-es/auth/httpAuthSchemeProvider.js
var defaultSecurityHubHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "securityhub",
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
var defaultSecurityHubHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-securityhub/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "securityhub"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-securityhub/package.json
var package_default = {
  name: "@aws-sdk/client-securityhub",
  version: "3.1108.0",
  description: "AWS SDK for JavaScript Securityhub Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-securityhub",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-securityhub"
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

// node_modules/@aws-sdk/client-securityhub/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
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
    [g, i],
    ["https://securityhub-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://securityhub-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://securityhub.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://securityhub.{Region}.{PartitionResult#dnsSuffix}", i],
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

// node_modules/@aws-sdk/client-securityhub/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-securityhub/dist-es/models/SecurityHubServiceException.js
var SecurityHubServiceException = class _SecurityHubServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _SecurityHubServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-securityhub/dist-es/models/errors.js
var InternalException = class _InternalException extends SecurityHubServiceException {
  name = "InternalException";
  $fault = "server";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "InternalException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var InvalidAccessException = class _InvalidAccessException extends SecurityHubServiceException {
  name = "InvalidAccessException";
  $fault = "client";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "InvalidAccessException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAccessException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var InvalidInputException = class _InvalidInputException extends SecurityHubServiceException {
  name = "InvalidInputException";
  $fault = "client";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "InvalidInputException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInputException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var LimitExceededException = class _LimitExceededException extends SecurityHubServiceException {
  name = "LimitExceededException";
  $fault = "client";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends SecurityHubServiceException {
  name = "ResourceNotFoundException";
  $fault = "client";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var AccessDeniedException = class _AccessDeniedException extends SecurityHubServiceException {
  name = "AccessDeniedException";
  $fault = "client";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var ConflictException = class _ConflictException extends SecurityHubServiceException {
  name = "ConflictException";
  $fault = "client";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var InternalServerException = class _InternalServerException extends SecurityHubServiceException {
  name = "InternalServerException";
  $fault = "server";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "InternalServerException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServerException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var ThrottlingException = class _ThrottlingException extends SecurityHubServiceException {
  name = "ThrottlingException";
  $fault = "client";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var ValidationException = class _ValidationException extends SecurityHubServiceException {
  name = "ValidationException";
  $fault = "client";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var ResourceConflictException = class _ResourceConflictException extends SecurityHubServiceException {
  name = "ResourceConflictException";
  $fault = "client";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "ResourceConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceConflictException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends SecurityHubServiceException {
  name = "ServiceQuotaExceededException";
  $fault = "client";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var OrganizationalUnitNotFoundException = class _OrganizationalUnitNotFoundException extends SecurityHubServiceException {
  name = "OrganizationalUnitNotFoundException";
  $fault = "client";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "OrganizationalUnitNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationalUnitNotFoundException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var OrganizationNotFoundException = class _OrganizationNotFoundException extends SecurityHubServiceException {
  name = "OrganizationNotFoundException";
  $fault = "client";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "OrganizationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationNotFoundException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};
var ResourceInUseException = class _ResourceInUseException extends SecurityHubServiceException {
  name = "ResourceInUseException";
  $fault = "client";
  Message;
  Code;
  constructor(opts) {
    super({
      name: "ResourceInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUseException.prototype);
    this.Message = opts.Message;
    this.Code = opts.Code;
  }
};

// node_modules/@aws-sdk/client-securityhub/dist-es/schemas/schemas_0.js
var _AAIR = "AcceptAdministratorInvitationRequest";
var _AAIRc = "AcceptAdministratorInvitationResponse";
var _AAIc = "AcceptAdministratorInvitation";
var _AD = "AccountDetails";
var _ADE = "AccessDeniedException";
var _ADL = "AccountDetailsList";
var _AEC = "AutoEnableControls";
var _AES = "AutoEnableStandards";
var _AEu = "AutoEnable";
var _AI = "AdministratorId";
var _AIc = "AccountId";
var _AIcc = "AccountIds";
var _C = "Code";
var _CE = "ConflictException";
var _CFG = "ControlFindingGenerator";
var _CMR = "CreateMembersRequest";
var _CMRr = "CreateMembersResponse";
var _CMr = "CreateMembers";
var _CTon = "ConfigurationType";
var _DH = "DescribeHub";
var _DHR = "DescribeHubRequest";
var _DHRe = "DescribeHubResponse";
var _DMR = "DeleteMembersRequest";
var _DMRe = "DeleteMembersResponse";
var _DMRi = "DisassociateMembersRequest";
var _DMRis = "DisassociateMembersResponse";
var _DMe = "DeleteMembers";
var _DMi = "DisassociateMembers";
var _DOC = "DescribeOrganizationConfiguration";
var _DOCR = "DescribeOrganizationConfigurationRequest";
var _DOCRe = "DescribeOrganizationConfigurationResponse";
var _E = "Email";
var _EDS = "EnableDefaultStandards";
var _ESH = "EnableSecurityHub";
var _ESHR = "EnableSecurityHubRequest";
var _ESHRn = "EnableSecurityHubResponse";
var _FAA = "FindingAggregatorArn";
var _FAL = "FindingAggregatorList";
var _FAR = "FindingAggregationRegion";
var _FAin = "FindingAggregator";
var _FAind = "FindingAggregators";
var _GFA = "GetFindingAggregator";
var _GFAR = "GetFindingAggregatorRequest";
var _GFARe = "GetFindingAggregatorResponse";
var _GM = "GetMembers";
var _GMR = "GetMembersRequest";
var _GMRe = "GetMembersResponse";
var _HA = "HubArn";
var _IAE = "InvalidAccessException";
var _IAnv = "InvitedAt";
var _IE = "InternalException";
var _II = "InvitationId";
var _IIE = "InvalidInputException";
var _ILnv = "InvitationList";
var _IMR = "InviteMembersRequest";
var _IMRn = "InviteMembersResponse";
var _IMn = "InviteMembers";
var _ISE = "InternalServerException";
var _Inv = "Invitation";
var _Invi = "Invitations";
var _LEE = "LimitExceededException";
var _LFAR = "ListFindingAggregatorsRequest";
var _LFARi = "ListFindingAggregatorsResponse";
var _LFAi = "ListFindingAggregators";
var _LI = "ListInvitations";
var _LIR = "ListInvitationsRequest";
var _LIRi = "ListInvitationsResponse";
var _LMR = "ListMembersRequest";
var _LMRi = "ListMembersResponse";
var _LMis = "ListMembers";
var _M = "Message";
var _MALR = "MemberAccountLimitReached";
var _MI = "MasterId";
var _MLe = "MemberList";
var _MRa = "MaxResults";
var _MSemb = "MemberStatus";
var _Memb = "Members";
var _Membe = "Member";
var _NTe = "NextToken";
var _OAn = "OnlyAssociated";
var _OC = "OrganizationConfiguration";
var _ONFE = "OrganizationNotFoundException";
var _OUNFE = "OrganizationalUnitNotFoundException";
var _PRr = "ProcessingResult";
var _RCE = "ResourceConflictException";
var _RIUE = "ResourceInUseException";
var _RLM = "RegionLinkingMode";
var _RLes = "ResultList";
var _RNFE = "ResourceNotFoundException";
var _Regi = "Regions";
var _Resu = "Result";
var _SAub = "SubscribedAt";
var _SM = "StatusMessage";
var _SQEE = "ServiceQuotaExceededException";
var _St = "Status";
var _TE = "ThrottlingException";
var _Tags = "Tags";
var _UA = "UpdatedAt";
var _UAnp = "UnprocessedAccounts";
var _VE = "ValidationException";
var _c = "client";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.securityhub";
var _se = "server";
var n0 = "com.amazonaws.securityhub";
var _s_registry = TypeRegistry.for(_s);
var SecurityHubServiceException$ = [-3, _s, "SecurityHubServiceException", 0, [], []];
_s_registry.registerError(SecurityHubServiceException$, SecurityHubServiceException);
var n0_registry = TypeRegistry.for(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { "error": _c, "httpError": 403 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { "error": _c, "httpError": 409 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalException$ = [
  -3,
  n0,
  _IE,
  { "error": _se, "httpError": 500 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(InternalException$, InternalException);
var InternalServerException$ = [
  -3,
  n0,
  _ISE,
  { "error": _se, "httpError": 500 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var InvalidAccessException$ = [
  -3,
  n0,
  _IAE,
  { "error": _c, "httpError": 401 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(InvalidAccessException$, InvalidAccessException);
var InvalidInputException$ = [
  -3,
  n0,
  _IIE,
  { "error": _c, "httpError": 400 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(InvalidInputException$, InvalidInputException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { "error": _c, "httpError": 429 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var OrganizationalUnitNotFoundException$ = [
  -3,
  n0,
  _OUNFE,
  { "error": _c, "httpError": 400 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(OrganizationalUnitNotFoundException$, OrganizationalUnitNotFoundException);
var OrganizationNotFoundException$ = [
  -3,
  n0,
  _ONFE,
  { "error": _c, "httpError": 400 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(OrganizationNotFoundException$, OrganizationNotFoundException);
var ResourceConflictException$ = [
  -3,
  n0,
  _RCE,
  { "error": _c, "httpError": 409 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(ResourceConflictException$, ResourceConflictException);
var ResourceInUseException$ = [
  -3,
  n0,
  _RIUE,
  { "error": _c, "httpError": 400 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { "error": _c, "httpError": 404 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceQuotaExceededException$ = [
  -3,
  n0,
  _SQEE,
  { "error": _c, "httpError": 402 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ThrottlingException$ = [
  -3,
  n0,
  _TE,
  { "error": _c, "httpError": 429 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { "error": _c, "httpError": 400 },
  [_M, _C],
  [0, 0]
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AcceptAdministratorInvitationRequest$ = [
  3,
  n0,
  _AAIR,
  0,
  [_AI, _II],
  [0, 0],
  2
];
var AcceptAdministratorInvitationResponse$ = [
  3,
  n0,
  _AAIRc,
  0,
  [],
  []
];
var AccountDetails$ = [
  3,
  n0,
  _AD,
  0,
  [_AIc, _E],
  [0, 0],
  1
];
var CreateMembersRequest$ = [
  3,
  n0,
  _CMR,
  0,
  [_AD],
  [() => AccountDetailsList],
  1
];
var CreateMembersResponse$ = [
  3,
  n0,
  _CMRr,
  0,
  [_UAnp],
  [() => ResultList]
];
var DeleteMembersRequest$ = [
  3,
  n0,
  _DMR,
  0,
  [_AIcc],
  [64],
  1
];
var DeleteMembersResponse$ = [
  3,
  n0,
  _DMRe,
  0,
  [_UAnp],
  [() => ResultList]
];
var DescribeHubRequest$ = [
  3,
  n0,
  _DHR,
  0,
  [_HA],
  [[0, { "httpQuery": _HA }]]
];
var DescribeHubResponse$ = [
  3,
  n0,
  _DHRe,
  0,
  [_HA, _SAub, _AEC, _CFG],
  [0, 0, 2, 0]
];
var DescribeOrganizationConfigurationRequest$ = [
  3,
  n0,
  _DOCR,
  0,
  [],
  []
];
var DescribeOrganizationConfigurationResponse$ = [
  3,
  n0,
  _DOCRe,
  0,
  [_AEu, _MALR, _AES, _OC],
  [2, 2, 0, () => OrganizationConfiguration$]
];
var DisassociateMembersRequest$ = [
  3,
  n0,
  _DMRi,
  0,
  [_AIcc],
  [64],
  1
];
var DisassociateMembersResponse$ = [
  3,
  n0,
  _DMRis,
  0,
  [],
  []
];
var EnableSecurityHubRequest$ = [
  3,
  n0,
  _ESHR,
  0,
  [_Tags, _EDS, _CFG],
  [128, 2, 0]
];
var EnableSecurityHubResponse$ = [
  3,
  n0,
  _ESHRn,
  0,
  [],
  []
];
var FindingAggregator$ = [
  3,
  n0,
  _FAin,
  0,
  [_FAA],
  [0]
];
var GetFindingAggregatorRequest$ = [
  3,
  n0,
  _GFAR,
  0,
  [_FAA],
  [[0, 1]],
  1
];
var GetFindingAggregatorResponse$ = [
  3,
  n0,
  _GFARe,
  0,
  [_FAA, _FAR, _RLM, _Regi],
  [0, 0, 0, 64]
];
var GetMembersRequest$ = [
  3,
  n0,
  _GMR,
  0,
  [_AIcc],
  [64],
  1
];
var GetMembersResponse$ = [
  3,
  n0,
  _GMRe,
  0,
  [_Memb, _UAnp],
  [() => MemberList, () => ResultList]
];
var Invitation$ = [
  3,
  n0,
  _Inv,
  0,
  [_AIc, _II, _IAnv, _MSemb],
  [0, 0, 5, 0]
];
var InviteMembersRequest$ = [
  3,
  n0,
  _IMR,
  0,
  [_AIcc],
  [64],
  1
];
var InviteMembersResponse$ = [
  3,
  n0,
  _IMRn,
  0,
  [_UAnp],
  [() => ResultList]
];
var ListFindingAggregatorsRequest$ = [
  3,
  n0,
  _LFAR,
  0,
  [_NTe, _MRa],
  [[0, { "httpQuery": _NTe }], [1, { "httpQuery": _MRa }]]
];
var ListFindingAggregatorsResponse$ = [
  3,
  n0,
  _LFARi,
  0,
  [_FAind, _NTe],
  [() => FindingAggregatorList, 0]
];
var ListInvitationsRequest$ = [
  3,
  n0,
  _LIR,
  0,
  [_MRa, _NTe],
  [[1, { "httpQuery": _MRa }], [0, { "httpQuery": _NTe }]]
];
var ListInvitationsResponse$ = [
  3,
  n0,
  _LIRi,
  0,
  [_Invi, _NTe],
  [() => InvitationList, 0]
];
var ListMembersRequest$ = [
  3,
  n0,
  _LMR,
  0,
  [_OAn, _MRa, _NTe],
  [[2, { "httpQuery": _OAn }], [1, { "httpQuery": _MRa }], [0, { "httpQuery": _NTe }]]
];
var ListMembersResponse$ = [
  3,
  n0,
  _LMRi,
  0,
  [_Memb, _NTe],
  [() => MemberList, 0]
];
var Member$ = [
  3,
  n0,
  _Membe,
  0,
  [_AIc, _E, _MI, _AI, _MSemb, _IAnv, _UA],
  [0, 0, 0, 0, 0, 5, 5]
];
var OrganizationConfiguration$ = [
  3,
  n0,
  _OC,
  0,
  [_CTon, _St, _SM],
  [0, 0, 0]
];
var Result$ = [
  3,
  n0,
  _Resu,
  0,
  [_AIc, _PRr],
  [0, 0]
];
var AccountDetailsList = [
  1,
  n0,
  _ADL,
  0,
  () => AccountDetails$
];
var FindingAggregatorList = [
  1,
  n0,
  _FAL,
  0,
  () => FindingAggregator$
];
var InvitationList = [
  1,
  n0,
  _ILnv,
  0,
  () => Invitation$
];
var MemberList = [
  1,
  n0,
  _MLe,
  0,
  () => Member$
];
var ResultList = [
  1,
  n0,
  _RLes,
  0,
  () => Result$
];
var AcceptAdministratorInvitation$ = [
  9,
  n0,
  _AAIc,
  { "http": ["POST", "/administrator", 200] },
  () => AcceptAdministratorInvitationRequest$,
  () => AcceptAdministratorInvitationResponse$
];
var CreateMembers$ = [
  9,
  n0,
  _CMr,
  { "http": ["POST", "/members", 200] },
  () => CreateMembersRequest$,
  () => CreateMembersResponse$
];
var DeleteMembers$ = [
  9,
  n0,
  _DMe,
  { "http": ["POST", "/members/delete", 200] },
  () => DeleteMembersRequest$,
  () => DeleteMembersResponse$
];
var DescribeHub$ = [
  9,
  n0,
  _DH,
  { "http": ["GET", "/accounts", 200] },
  () => DescribeHubRequest$,
  () => DescribeHubResponse$
];
var DescribeOrganizationConfiguration$ = [
  9,
  n0,
  _DOC,
  { "http": ["GET", "/organization/configuration", 200] },
  () => DescribeOrganizationConfigurationRequest$,
  () => DescribeOrganizationConfigurationResponse$
];
var DisassociateMembers$ = [
  9,
  n0,
  _DMi,
  { "http": ["POST", "/members/disassociate", 200] },
  () => DisassociateMembersRequest$,
  () => DisassociateMembersResponse$
];
var EnableSecurityHub$ = [
  9,
  n0,
  _ESH,
  { "http": ["POST", "/accounts", 200] },
  () => EnableSecurityHubRequest$,
  () => EnableSecurityHubResponse$
];
var GetFindingAggregator$ = [
  9,
  n0,
  _GFA,
  { "http": ["GET", "/findingAggregator/get/{FindingAggregatorArn+}", 200] },
  () => GetFindingAggregatorRequest$,
  () => GetFindingAggregatorResponse$
];
var GetMembers$ = [
  9,
  n0,
  _GM,
  { "http": ["POST", "/members/get", 200] },
  () => GetMembersRequest$,
  () => GetMembersResponse$
];
var InviteMembers$ = [
  9,
  n0,
  _IMn,
  { "http": ["POST", "/members/invite", 200] },
  () => InviteMembersRequest$,
  () => InviteMembersResponse$
];
var ListFindingAggregators$ = [
  9,
  n0,
  _LFAi,
  { "http": ["GET", "/findingAggregator/list", 200] },
  () => ListFindingAggregatorsRequest$,
  () => ListFindingAggregatorsResponse$
];
var ListInvitations$ = [
  9,
  n0,
  _LI,
  { "http": ["GET", "/invitations", 200] },
  () => ListInvitationsRequest$,
  () => ListInvitationsResponse$
];
var ListMembers$ = [
  9,
  n0,
  _LMis,
  { "http": ["GET", "/members", 200] },
  () => ListMembersRequest$,
  () => ListMembersResponse$
];

// node_modules/@aws-sdk/client-securityhub/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2018-10-26",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSecurityHubHttpAuthSchemeProvider,
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
      defaultNamespace: "com.amazonaws.securityhub",
      errorTypeRegistries,
      version: "2018-10-26",
      serviceTarget: "SecurityHubAPIService"
    },
    serviceId: config?.serviceId ?? "SecurityHub",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-securityhub/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-securityhub/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-securityhub/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-securityhub/dist-es/SecurityHubClient.js
var SecurityHubClient = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultSecurityHubHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-securityhub/dist-es/commandBuilder.js
var command2 = makeBuilder(commonParams, "SecurityHubAPIService", "SecurityHubClient", getEndpointPlugin);
var _ep02 = {};
var _mw02 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-securityhub/dist-es/commands/AcceptAdministratorInvitationCommand.js
var AcceptAdministratorInvitationCommand = class extends command2(_ep02, _mw02, "AcceptAdministratorInvitation", AcceptAdministratorInvitation$) {
};

// node_modules/@aws-sdk/client-securityhub/dist-es/commands/CreateMembersCommand.js
var CreateMembersCommand = class extends command2(_ep02, _mw02, "CreateMembers", CreateMembers$) {
};

// node_modules/@aws-sdk/client-securityhub/dist-es/commands/DeleteMembersCommand.js
var DeleteMembersCommand = class extends command2(_ep02, _mw02, "DeleteMembers", DeleteMembers$) {
};

// node_modules/@aws-sdk/client-securityhub/dist-es/commands/DescribeHubCommand.js
var DescribeHubCommand = class extends command2(_ep02, _mw02, "DescribeHub", DescribeHub$) {
};

// node_modules/@aws-sdk/client-securityhub/dist-es/commands/DescribeOrganizationConfigurationCommand.js
var DescribeOrganizationConfigurationCommand = class extends command2(_ep02, _mw02, "DescribeOrganizationConfiguration", DescribeOrganizationConfiguration$) {
};

// node_modules/@aws-sdk/client-securityhub/dist-es/commands/DisassociateMembersCommand.js
var DisassociateMembersCommand = class extends command2(_ep02, _mw02, "DisassociateMembers", DisassociateMembers$) {
};

// node_modules/@aws-sdk/client-securityhub/dist-es/commands/EnableSecurityHubCommand.js
var EnableSecurityHubCommand = class extends command2(_ep02, _mw02, "EnableSecurityHub", EnableSecurityHub$) {
};

// node_modules/@aws-sdk/client-securityhub/dist-es/commands/GetFindingAggregatorCommand.js
var GetFindingAggregatorCommand = class extends command2(_ep02, _mw02, "GetFindingAggregator", GetFindingAggregator$) {
};

// node_modules/@aws-sdk/client-securityhub/dist-es/commands/GetMembersCommand.js
var GetMembersCommand = class extends command2(_ep02, _mw02, "GetMembers", GetMembers$) {
};

// node_modules/@aws-sdk/client-securityhub/dist-es/commands/InviteMembersCommand.js
var InviteMembersCommand = class extends command2(_ep02, _mw02, "InviteMembers", InviteMembers$) {
};

// node_modules/@aws-sdk/client-securityhub/dist-es/commands/ListFindingAggregatorsCommand.js
var ListFindingAggregatorsCommand = class extends command2(_ep02, _mw02, "ListFindingAggregators", ListFindingAggregators$) {
};

// node_modules/@aws-sdk/client-securityhub/dist-es/commands/ListInvitationsCommand.js
var ListInvitationsCommand = class extends command2(_ep02, _mw02, "ListInvitations", ListInvitations$) {
};

// node_modules/@aws-sdk/client-securityhub/dist-es/commands/ListMembersCommand.js
var ListMembersCommand = class extends command2(_ep02, _mw02, "ListMembers", ListMembers$) {
};

// src/aws/security-hub.ts
var MAX_BATCH = 50;
async function describeHub(client, region) {
  try {
    await client.send(new DescribeHubCommand({}));
  } catch (error) {
    const wrapped = toAwsCallError("DescribeHub", region, error);
    if (wrapped.errorName === "InvalidAccessException") {
      throw new HubNotEnabledError("DescribeHub", region, wrapped.errorName, wrapped.detail, wrapped.httpStatus);
    }
    throw wrapped;
  }
}

// src/apply/read-back.ts
var READ_BACK = { attempts: 6, firstDelayMs: 500 };
function waitBeforeAttempt(attempt, patience) {
  if (attempt <= 1) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, patience.firstDelayMs * 2 ** (attempt - 2)));
}
function patienceSeconds(patience) {
  let totalMs = 0;
  for (let attempt = 2; attempt <= patience.attempts; attempt++) totalMs += patience.firstDelayMs * 2 ** (attempt - 2);
  return Math.round(totalMs / 100) / 10;
}

// src/apply/shared-outcomes.ts
var SharedOutcomes = class {
  /** The distinct outcomes seen for each account: one or a few, whatever the number of Regions. */
  byAccount = /* @__PURE__ */ new Map();
  /** The planned outcome of each frozen plan (plan.ts, SharedPlans): one plan in many Regions. */
  byPlan = /* @__PURE__ */ new WeakMap();
  /**
   * The shared outcome `make` gives for this plan. A frozen plan cannot change, so its outcome is
   * made once and found by the plan itself in every other Region; any other plan is made and shared each time.
   */
  planned(plan, make) {
    if (!Object.isFrozen(plan)) return this.share(make(plan));
    let outcome = this.byPlan.get(plan);
    if (!outcome) {
      outcome = this.share(make(plan));
      this.byPlan.set(plan, outcome);
    }
    return outcome;
  }
  /** The shared outcome equal to this one; this one, frozen, when it is the first of its kind. */
  share(outcome) {
    const known = this.byAccount.get(outcome.accountId);
    if (known) {
      for (const candidate of known) {
        if (candidate.done === outcome.done && candidate.after === outcome.after && sameFields(candidate, outcome)) return candidate;
      }
    }
    Object.freeze(outcome);
    if (known) known.push(outcome);
    else this.byAccount.set(outcome.accountId, [outcome]);
    return outcome;
  }
};
function sameFields(a2, b2, depth = 0) {
  const fieldsA = a2;
  const fieldsB = b2;
  let fields = 0;
  for (const key in fieldsA) {
    fields += 1;
    const valueA = fieldsA[key];
    const valueB = fieldsB[key];
    if (valueA === valueB) {
      if (valueA === void 0 && !Object.hasOwn(fieldsB, key)) return false;
      continue;
    }
    const nested = depth === 0 && typeof valueA === "object" && typeof valueB === "object" && valueA !== null && valueB !== null && !Array.isArray(valueA) && !Array.isArray(valueB);
    if (!nested || !sameFields(valueA, valueB, depth + 1)) return false;
  }
  for (const key in fieldsB) if (Object.hasOwn(fieldsB, key)) fields -= 1;
  return fields === 0;
}

// src/apply/region-run.ts
var BATCHES_IN_FLIGHT = { total: 120, perRegionMax: 30, perRegionMin: 10 };
function batchesInFlightPerRegion(regions) {
  const share = Math.floor(BATCHES_IN_FLIGHT.total / Math.max(1, regions));
  return Math.min(BATCHES_IN_FLIGHT.perRegionMax, Math.max(BATCHES_IN_FLIGHT.perRegionMin, share));
}
var ORGANIZATION_ACCOUNT_CREATED = "The organization account was made a member as Created, not Enabled, so this administrator does not act as the organization's delegated administrator here; organization accounts are never invited. Designate it as the Security Hub CSPM delegated administrator in this Region, or remove the account from organization-accounts.";
function plannedOutcome(plan, shared = new SharedOutcomes()) {
  return { region: plan.region, accounts: plan.accounts.map((account) => shared.planned(account, outcomeOf)) };
}
function outcomeOf(account) {
  const { accountId, listed, before, action, membership } = account;
  const outcome = membership ? { accountId, listed, before, action, membership, done: NO_STEPS, after: void 0 } : { accountId, listed, before, action, done: NO_STEPS, after: void 0 };
  for (const field of OPTIONAL_PLAN_FIELDS) {
    if (account[field] !== void 0) Object.assign(outcome, { [field]: account[field] });
  }
  if (account.held) outcome.unprocessed = { operation: "CreateMembers", processingResult: account.held };
  return outcome;
}
var OPTIONAL_PLAN_FIELDS = ["email", "rawStatus", "removal", "attention", "excluded", "held", "protected"];
function applyRegionPlan(gateway, plan, options) {
  const shared = options.shared ?? new SharedOutcomes();
  return applyOutcome(gateway, plannedOutcome(plan, shared), options, shared);
}
async function applyOutcome(gateway, outcome, options, shared) {
  const run = new RegionRun(gateway, options, outcome.accounts, shared);
  const having = (applies) => {
    const places = [];
    outcome.accounts.forEach((account, index) => {
      if (applies(account)) places.push(index);
    });
    return places;
  };
  const planned = (action) => (account) => account.action === action;
  const createBatches = chunk(
    [...having(planned("create")), ...having((account) => account.action === "reinvite" && createsMember(account))],
    MAX_BATCH
  );
  const inviteBatches = chunk(having(planned("invite")), MAX_BATCH);
  const reinviteBatches = chunk(
    having((account) => account.action === "reinvite" && !createsMember(account)),
    MAX_BATCH
  );
  const removeBatches = chunk(having(planned("remove")), MAX_BATCH);
  const inFlight = pLimit(options.batchesInFlight ?? BATCHES_IN_FLIGHT.perRegionMax);
  const each = (batches, work) => batches.map((places, index) => inFlight(() => run.forBatch(places, (batch) => work(batch, index))));
  await Promise.all([
    ...each(createBatches, (batch, index) => run.createReadBackInvite(batch, `${index + 1}/${createBatches.length}`)),
    ...each(inviteBatches, (batch, index) => run.invite(ids(batch), `${index + 1}/${inviteBatches.length}`)),
    ...each(reinviteBatches, (batch, index) => run.invite(ids(batch), `re-invite ${index + 1}/${reinviteBatches.length}`)),
    ...each(removeBatches, (batch, index) => run.remove(batch, `${index + 1}/${removeBatches.length}`))
  ]);
  return outcome;
}
var RegionRun = class {
  constructor(gateway, options, accounts, shared) {
    this.gateway = gateway;
    this.options = options;
    this.accounts = accounts;
    this.shared = shared;
    this.readBack = options.readBack ?? READ_BACK;
  }
  gateway;
  options;
  accounts;
  shared;
  /** The outcomes of the batches in flight only: a map of every account per Region would stay for the whole run. */
  outcomes = /* @__PURE__ */ new Map();
  readBack;
  /**
   * Runs the work of one batch (places in the Region's list) with its accounts' outcomes at hand:
   * copies, since the list's outcomes may be shared with other Regions. Each place then gets the
   * shared outcome equal to what its copy became, also when the work failed.
   */
  async forBatch(places, work) {
    const batch = places.map((place) => ({ ...this.accounts[place] }));
    for (const account of batch) this.outcomes.set(account.accountId, account);
    try {
      await work(batch);
    } finally {
      places.forEach((place, index) => {
        this.accounts[place] = this.shared.share(batch[index]);
      });
      for (const account of batch) this.outcomes.delete(account.accountId);
    }
  }
  async createReadBackInvite(batch, label) {
    const details = batch.map(({ accountId, email }) => ({ accountId, ...email ? { email } : {} }));
    const alreadyMembers = /* @__PURE__ */ new Set();
    const tolerated = (result) => {
      if (!isAlreadyMember(result.processingResult)) return false;
      alreadyMembers.add(result.accountId);
      return true;
    };
    const processed = await this.step(
      "CreateMembers",
      label,
      ids(batch),
      (subset) => this.gateway.createMembers(details.filter((detail) => subset.includes(detail.accountId))),
      tolerated
    );
    for (const id of processed) {
      const outcome = this.outcome(id);
      if (!alreadyMembers.has(id) || outcome.before !== "Removed") outcome.done = withStep(outcome.done, "create");
    }
    if (alreadyMembers.size > 0)
      this.options.log(`CreateMembers batch ${label}: ${alreadyMembers.size} account(s) already members; their status is read back.`);
    const toRead = processed.filter((id) => this.options.invite || this.outcome(id).action === "reinvite");
    if (toRead.length === 0) return;
    const toInvite = await this.readBackCreated(toRead, label);
    if (toInvite.length > 0) await this.invite(toInvite, label);
  }
  /** InviteMembers; each account is reported invited, or invited again when its plan was a re-invite. */
  async invite(accountIds, label) {
    const invited = await this.step("InviteMembers", label, accountIds, (subset) => this.gateway.inviteMembers(subset));
    for (const id of invited) {
      const outcome = this.outcome(id);
      outcome.done = withStep(outcome.done, outcome.action === "reinvite" ? "reinvite" : "invite");
    }
  }
  /**
   * DisassociateMembers first where the member is associated, then DeleteMembers where it may be
   * deleted. A DeleteMembers refused for a member that is disassociated leaves it `Removed`: that is
   * reported as disassociated, with AWS's text as a warning, not as a failure
   * (docs/aws-behaviour.md#removal).
   */
  async remove(batch, label) {
    const toDisassociate = batch.filter((account) => account.removal?.disassociate).map((account) => account.accountId);
    const disassociated = new Set(
      toDisassociate.length > 0 ? await this.step("DisassociateMembers", label, toDisassociate, async (subset) => {
        await this.gateway.disassociateMembers(subset);
        return [];
      }) : []
    );
    const ready = batch.filter((account) => !account.removal?.disassociate || disassociated.has(account.accountId));
    for (const id of ids(ready.filter((account) => !account.removal?.delete))) {
      const outcome = this.outcome(id);
      outcome.done = withStep(outcome.done, "remove");
    }
    const toDelete = ids(ready.filter((account) => account.removal?.delete));
    if (toDelete.length === 0) return;
    const isDisassociated = (id) => disassociated.has(id) || this.outcome(id).before === "Removed" || this.outcome(id).before === "Resigned";
    const refused = /* @__PURE__ */ new Map();
    const tolerated = (result) => {
      if (!isDisassociated(result.accountId)) return false;
      refused.set(result.accountId, result.processingResult);
      return true;
    };
    const deleted = await this.step(
      "DeleteMembers",
      label,
      toDelete,
      async (subset) => {
        try {
          return await this.gateway.deleteMembers(subset);
        } catch (error) {
          return subset.map((accountId) => ({ accountId, processingResult: errorText(error) }));
        }
      },
      tolerated
    );
    for (const id of deleted) {
      const outcome = this.outcome(id);
      outcome.done = withStep(outcome.done, "remove");
      const reason = refused.get(id);
      if (reason !== void 0) {
        outcome.warning = {
          operation: "DeleteMembers",
          message: `Disassociated, not deleted: DeleteMembers answered: ${reason} It stays in the member list as Removed (organization members cannot be deleted).`
        };
      }
    }
  }
  /**
   * One batch call: every account AWS names in UnprocessedAccounts, or every account of a call that
   * failed as a whole, is reported with the reason, unless `tolerated` takes its answer as done.
   * Returns the accounts that were processed.
   */
  async step(operation, label, accountIds, send, tolerated = () => false) {
    let rejected;
    try {
      rejected = await send(accountIds);
    } catch (error) {
      if (isMemberLimitExceeded(error) && accountIds.length > 1) {
        const half = Math.ceil(accountIds.length / 2);
        const parts = [accountIds.slice(0, half), accountIds.slice(half)];
        return (await Promise.all(parts.map((part) => this.step(operation, label, part, send, tolerated)))).flat();
      }
      for (const id of accountIds) this.outcome(id).unprocessed = { operation, processingResult: errorText(error) };
      this.options.log(`${operation} batch ${label}: ${accountIds.length} account(s) not processed: ${errorText(error)}`);
      return [];
    }
    const sent = new Set(accountIds);
    for (const result of rejected) {
      if (sent.has(result.accountId)) {
        if (tolerated(result)) continue;
        this.outcome(result.accountId).unprocessed = { operation, processingResult: withMemberLimitAdvice(result.processingResult) };
        continue;
      }
      const reason = `AWS reported an unprocessed account it did not name as one of this batch (${result.accountId || "no account ID"}): ${result.processingResult}`;
      for (const id of accountIds) this.outcome(id).unprocessed ??= { operation, processingResult: reason };
    }
    const processed = accountIds.filter((id) => !this.outcome(id).unprocessed);
    this.options.log(
      `${operation} batch ${label}: ${accountIds.length} sent, ${processed.length} done, ${accountIds.length - processed.length} not processed.`
    );
    return processed;
  }
  /**
   * Reads the members back and returns those to invite: `Created` ones, and `Removed`/`Resigned`
   * ones being brought back. Organization accounts go straight to `Enabled` and are never invited.
   * New members take a while to become visible, and GetMembers may then fail as a whole
   * (docs/aws-behaviour.md#read-back): every attempt of the schedule reads what is still missing,
   * a group that failed as a whole is split in halves for the next attempt, and on the last attempt
   * read one account at a time, so no invisible account holds a visible one back.
   */
  async readBackCreated(accountIds, label) {
    const toInvite = [];
    const lastReason = /* @__PURE__ */ new Map();
    let groups = [accountIds];
    for (let attempt = 1; attempt <= this.readBack.attempts && groups.length > 0; attempt++) {
      await waitBeforeAttempt(attempt, this.readBack);
      const last = attempt === this.readBack.attempts;
      const answers = await Promise.all(groups.map((group) => this.readGroup(group, last)));
      const missing = [];
      groups = [];
      for (const answer of answers) {
        for (const member of answer.members) if (this.placeReadBack(member)) toInvite.push(member.accountId);
        for (const [id, reason] of answer.missing) {
          missing.push(id);
          lastReason.set(id, reason);
        }
        for (const group of answer.split) groups.push(group);
      }
      if (missing.length > 0) groups.push(missing);
    }
    const notVisible = groups.flat();
    for (const id of notVisible)
      this.outcome(id).unprocessed = { operation: "GetMembers", processingResult: this.notVisibleReason(id, lastReason.get(id)) };
    this.options.log(
      `GetMembers batch ${label}: ${accountIds.length} read back, ${toInvite.length} to invite, ${notVisible.length} not visible yet.`
    );
    return toInvite;
  }
  /**
   * One GetMembers for a group. A whole-call "not visible yet" splits the group (read one by one on
   * the last attempt); any other failure reports the group's accounts, which the next run picks up.
   */
  async readGroup(group, last) {
    try {
      const answer = await this.gateway.getMembers(group);
      const seen = new Set(answer.members.map((member) => member.accountId));
      const reasons = new Map(answer.unprocessed.map((result) => [result.accountId, result.processingResult]));
      const missing = new Map(group.filter((id) => !seen.has(id)).map((id) => [id, reasons.get(id) ?? "GetMembers did not return it."]));
      return { members: answer.members.filter((member) => group.includes(member.accountId)), missing, split: [] };
    } catch (error) {
      if (!isNotVisibleYet(error)) {
        for (const id of group) {
          this.outcome(id).unprocessed = {
            operation: "GetMembers",
            processingResult: `${this.notYetInvited(id)}: GetMembers failed: ${errorText(error)}. The next run invites it.`
          };
        }
        return { members: [], missing: /* @__PURE__ */ new Map(), split: [] };
      }
      if (group.length === 1) return { members: [], missing: /* @__PURE__ */ new Map([[group[0], errorText(error)]]), split: [] };
      if (!last)
        return {
          members: [],
          missing: /* @__PURE__ */ new Map(),
          split: [group.slice(0, Math.ceil(group.length / 2)), group.slice(Math.ceil(group.length / 2))]
        };
      const singles = await Promise.all(group.map((id) => this.readGroup([id], true)));
      return {
        members: singles.flatMap((single) => single.members),
        missing: new Map(singles.flatMap((single) => [...single.missing])),
        split: []
      };
    }
  }
  /** Records what a member was read back as; true when it is to be invited. */
  placeReadBack(member) {
    const outcome = this.outcome(member.accountId);
    outcome.after = member.status === "Unknown" ? member.rawStatus : member.status;
    if (member.status === "AccountSuspended") {
      outcome.unprocessed = {
        operation: "CreateMembers",
        processingResult: "The account is suspended (member status AccountSuspended); it was not enabled."
      };
      return false;
    }
    if (member.status === "Created" && outcome.membership === "organization") {
      outcome.unprocessed = { operation: "CreateMembers", processingResult: ORGANIZATION_ACCOUNT_CREATED };
      return false;
    }
    if (member.status === "Created") return true;
    return outcome.action === "reinvite" && (member.status === "Removed" || member.status === "Resigned");
  }
  notYetInvited(id) {
    return did(this.outcome(id), "create") ? "Created, not yet invited" : "Not yet invited again";
  }
  notVisibleReason(id, lastAnswer) {
    return `${this.notYetInvited(id)}: GetMembers did not show the member after ${this.readBack.attempts} attempts over about ${patienceSeconds(this.readBack)} s (membership is eventually consistent; last answer: ${lastAnswer ?? "none"}). The next run invites it.`;
  }
  outcome(id) {
    const outcome = this.outcomes.get(id);
    if (!outcome) throw new Error(`No outcome for account ${id}`);
    return outcome;
  }
};
function ids(accounts) {
  return accounts.map((account) => account.accountId);
}
function chunk(items, size) {
  const batches = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

// src/aws/administrator-gateway.ts
function createAdministratorGateway(region, options, stats) {
  const metering = { ratePerSecond: options.ratePerSecond ?? 10, burst: options.burst ?? 25, stats };
  const client = createClient(SecurityHubClient, { ...options, region, metering });
  const call = (operation, send) => wrapErrors(operation, region, send);
  return {
    region,
    describeHub: () => describeHub(client, region),
    listMembers() {
      return call(
        "ListMembers",
        () => readAllPages(LIST_MEMBERS_PAGES, async (token) => {
          const page = await client.send(new ListMembersCommand({ OnlyAssociated: false, MaxResults: MAX_BATCH, NextToken: token }));
          return { items: (page.Members ?? []).map(toMember), nextToken: page.NextToken };
        })
      );
    },
    async getMembers(accountIds) {
      assertBatch("GetMembers", accountIds.length);
      return call("GetMembers", async () => {
        const output = await client.send(new GetMembersCommand({ AccountIds: accountIds }));
        return { members: (output.Members ?? []).map(toMember), unprocessed: (output.UnprocessedAccounts ?? []).map(toAccountResult) };
      });
    },
    async createMembers(accounts) {
      assertBatch("CreateMembers", accounts.length);
      return call("CreateMembers", async () => {
        const output = await client.send(
          new CreateMembersCommand({
            AccountDetails: accounts.map(
              ({ accountId, email }) => email ? { AccountId: accountId, Email: email } : { AccountId: accountId }
            )
          })
        );
        return (output.UnprocessedAccounts ?? []).map(toAccountResult);
      });
    },
    async inviteMembers(accountIds) {
      assertBatch("InviteMembers", accountIds.length);
      return call("InviteMembers", async () => {
        const output = await client.send(new InviteMembersCommand({ AccountIds: accountIds }));
        return (output.UnprocessedAccounts ?? []).map(toAccountResult);
      });
    },
    async disassociateMembers(accountIds) {
      assertBatch("DisassociateMembers", accountIds.length);
      await call("DisassociateMembers", () => client.send(new DisassociateMembersCommand({ AccountIds: accountIds })));
    },
    async deleteMembers(accountIds) {
      assertBatch("DeleteMembers", accountIds.length);
      return call("DeleteMembers", async () => {
        const output = await client.send(new DeleteMembersCommand({ AccountIds: accountIds }));
        return (output.UnprocessedAccounts ?? []).map(toAccountResult);
      });
    }
  };
}
function assertBatch(operation, size) {
  if (size < 1 || size > MAX_BATCH) throw new Error(`${operation} called with ${size} accounts; batches hold 1 to ${MAX_BATCH}.`);
}
function toMember(member) {
  return {
    accountId: member.AccountId ?? "",
    status: normalizeMemberStatus(member.MemberStatus),
    rawStatus: member.MemberStatus ?? "",
    ...member.Email ? { email: member.Email } : {},
    ...member.AdministratorId || member.MasterId ? { administratorId: member.AdministratorId ?? member.MasterId ?? "" } : {},
    ...member.InvitedAt ? { invitedAt: new Date(member.InvitedAt) } : {},
    ...member.UpdatedAt ? { updatedAt: new Date(member.UpdatedAt) } : {}
  };
}
function toAccountResult(result) {
  return {
    accountId: result.AccountId ?? "",
    // ProcessingResult is free text (docs/aws-behaviour.md#processing-result): kept verbatim.
    processingResult: result.ProcessingResult ?? "AWS did not process this account and gave no reason."
  };
}

// node_modules/@aws-sdk/client-sts/dist-es/commands/AssumeRoleCommand.js
var AssumeRoleCommand = class extends command(_ep0, _mw0, "AssumeRole", AssumeRole$) {
};

// src/aws/member-gateway.ts
async function assumeMemberRole(administrator, role, stsRegions) {
  return inFirstEnabledRegion(stsRegions, async (region) => {
    const sts = createClient(STSClient, { region, credentials: administrator, maxAttempts: 5 });
    try {
      const output = await sts.send(
        new AssumeRoleCommand({
          RoleArn: role.roleArn,
          RoleSessionName: role.sessionName,
          ...role.externalId ? { ExternalId: role.externalId } : {},
          DurationSeconds: 900
        })
      );
      const credentials = fromSts(output.Credentials);
      maskCredentials(credentials);
      return credentials;
    } catch (error) {
      throw toAwsCallError("AssumeRole", region, error);
    }
  });
}
function createMemberGateway(accountId, region, credentials, stats) {
  const client = createClient(SecurityHubClient, { region, credentials, metering: { ratePerSecond: 10, burst: 25, stats } });
  const call = (operation, send) => wrapErrors(operation, region, send);
  return {
    accountId,
    region,
    async ensureHubEnabled(enableDefaultStandards) {
      try {
        await describeHub(client, region);
        return "already-enabled";
      } catch (error) {
        if (!(error instanceof HubNotEnabledError)) throw error;
      }
      try {
        await client.send(new EnableSecurityHubCommand({ EnableDefaultStandards: enableDefaultStandards }));
        return "enabled";
      } catch (error) {
        const wrapped = toAwsCallError("EnableSecurityHub", region, error);
        if (wrapped.errorName === "ResourceConflictException") return "already-enabled";
        throw wrapped;
      }
    },
    listInvitations() {
      return call(
        "ListInvitations",
        () => readAllPages(LIST_INVITATIONS_PAGES, async (token) => {
          const page = await client.send(new ListInvitationsCommand({ MaxResults: MAX_BATCH, NextToken: token }));
          const items = (page.Invitations ?? []).flatMap(
            (invitation) => invitation.AccountId && invitation.InvitationId ? [
              {
                administratorId: invitation.AccountId,
                invitationId: invitation.InvitationId,
                ...invitation.InvitedAt ? { invitedAt: new Date(invitation.InvitedAt) } : {}
              }
            ] : []
          );
          return { items, ...page.NextToken !== void 0 ? { nextToken: page.NextToken } : {} };
        })
      );
    },
    async acceptInvitation(administratorId, invitationId) {
      await call(
        "AcceptAdministratorInvitation",
        () => client.send(new AcceptAdministratorInvitationCommand({ AdministratorId: administratorId, InvitationId: invitationId }))
      );
    }
  };
}

// src/apply/member-side.ts
function awaitingAcceptance(regions, mode) {
  const byAccount = /* @__PURE__ */ new Map();
  for (const { region, accounts } of lookedAt(regions)) {
    for (const outcome of accounts) {
      if (!outcome.listed || outcome.unprocessed) continue;
      const pending = mode === "plan" ? outcome.action === "create" || outcome.action === "invite" || outcome.action === "reinvite" || outcome.before === "Invited" : did(outcome, "invite") || did(outcome, "reinvite") || outcome.action === "skip" && outcome.before === "Invited";
      if (!pending) continue;
      byAccount.set(outcome.accountId, [...byAccount.get(outcome.accountId) ?? [], { region, outcome }]);
    }
  }
  return byAccount;
}
function planMemberSide(regions) {
  return [...awaitingAcceptance(regions, "plan").values()].flat().map(({ region, outcome }) => ({
    accountId: outcome.accountId,
    region,
    kind: "planned",
    text: outcome.action === "create" ? "would accept the invitation if it is invited (not an organization account)" : "would enable Security Hub CSPM and accept the invitation"
  }));
}
async function finishOnMemberSide(regions, options) {
  const limit = pLimit(Math.max(1, options.concurrency));
  const work = [...awaitingAcceptance(regions, "apply")].map(
    ([accountId, entries]) => limit(
      () => finishAccount(
        accountId,
        entries.map((entry) => entry.region),
        options
      )
    )
  );
  return (await Promise.all(work)).flat();
}
function withMemberSide(regions, results) {
  const byPair = new Map(results.map((result) => [`${result.region} ${result.accountId}`, result]));
  return regions.map((region) => {
    if (region.failure) return region;
    const accounts = region.accounts.map((account) => {
      const result = byPair.get(`${region.region} ${account.accountId}`);
      if (!result) return account;
      if (result.kind === "failed") return { ...account, unprocessed: result.unprocessed };
      if (result.kind === "planned") return { ...account, memberSide: result.text };
      return { ...account, done: withStep(account.done, "accept"), memberSide: result.text };
    });
    return { ...region, accounts };
  });
}
async function finishAccount(accountId, regions, options) {
  const roleArn = `arn:${options.partition}:iam::${accountId}:role/${options.roleName}`;
  let credentials;
  try {
    credentials = await assumeMemberRole(
      options.administratorCredentials,
      { roleArn, sessionName: options.sessionName, ...options.externalId ? { externalId: options.externalId } : {} },
      [.../* @__PURE__ */ new Set([options.stsRegion, ...regions])]
    );
  } catch (error) {
    const reason = isRegionNotEnabled(error) ? `Could not assume ${roleArn}: ${errorText(error)}. STS refused the administrator's credentials in every Region tried, as it does where a Region is not enabled for the account.` : `Could not assume ${roleArn}: ${errorText(error)}. Its trust policy must allow sts:AssumeRole by the administrator's role${options.externalId ? " with this external ID" : ""}, and the role must exist in the member account.`;
    return regions.map((region) => failed(accountId, region, "AssumeRole", reason, options));
  }
  return Promise.all(regions.map((region) => finishInRegion(accountId, region, credentials, options)));
}
var StepFailed = class extends Error {
  constructor(operation, processingResult) {
    super(processingResult);
    this.operation = operation;
    this.processingResult = processingResult;
  }
  operation;
  processingResult;
};
async function finishInRegion(accountId, region, credentials, options) {
  const member = createMemberGateway(accountId, region, credentials, options.stats);
  const step = async (operation, run) => {
    try {
      return await run();
    } catch (error) {
      throw new StepFailed(operation, isRegionNotEnabled(error) ? regionNotEnabledMessage(region, accountId, error) : errorText(error));
    }
  };
  try {
    const hub = await step("EnableSecurityHub", () => member.ensureHubEnabled(options.enableDefaultStandards));
    const invitations = await step("ListInvitations", () => invitationsOnceOursShows(member, options));
    const ours = invitations.find((invitation) => invitation.administratorId === options.administratorId);
    const foreign = [
      ...new Set(invitations.map((invitation) => invitation.administratorId).filter((id) => id !== options.administratorId))
    ];
    const foreignNote = foreign.length > 0 ? ` Pending invitation(s) from other administrator(s) ${foreign.join(", ")} were left alone.` : "";
    if (!ours)
      throw new StepFailed(
        "AcceptAdministratorInvitation",
        `No pending invitation from administrator ${options.administratorId} was found in the member account.${foreignNote}`
      );
    await step("AcceptAdministratorInvitation", () => member.acceptInvitation(ours.administratorId, ours.invitationId));
    if (!await isEnabledFromAdministrator(accountId, region, options)) {
      throw new StepFailed(
        "VerifyMembership",
        "The invitation was accepted, but the administrator does not see the member as Enabled yet. Run again to check."
      );
    }
    const text = `${hub === "enabled" ? "Security Hub CSPM enabled; " : ""}invitation accepted; Enabled.${foreignNote}`;
    options.log(region, `Member ${accountId}: ${text}`);
    return { accountId, region, kind: "accepted", text };
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
    return failed(accountId, region, error.operation, error.processingResult, options);
  }
}
async function invitationsOnceOursShows(member, options) {
  const wait = options.invitationWait ?? READ_BACK;
  for (let attempt = 1; ; attempt++) {
    await waitBeforeAttempt(attempt, wait);
    const last = attempt >= wait.attempts;
    try {
      const invitations = await member.listInvitations();
      if (last || invitations.some((invitation) => invitation.administratorId === options.administratorId)) return invitations;
    } catch (error) {
      if (last || error.errorName !== "InvalidAccessException") throw error;
    }
  }
}
async function isEnabledFromAdministrator(accountId, region, options) {
  const gateway = options.administratorGateways.get(region);
  if (!gateway) return false;
  const verify = options.verify ?? READ_BACK;
  for (let attempt = 1; attempt <= verify.attempts; attempt++) {
    await waitBeforeAttempt(attempt, verify);
    try {
      const { members } = await gateway.getMembers([accountId]);
      if (members.some((member) => member.accountId === accountId && member.status === "Enabled")) return true;
    } catch {
    }
  }
  return false;
}
function failed(accountId, region, operation, processingResult, options) {
  options.log(region, `Member ${accountId}: ${operation} failed: ${processingResult}`);
  return { accountId, region, kind: "failed", unprocessed: { operation, processingResult } };
}

// src/look/region.ts
async function lookAtRegion(gateway, administratorId) {
  const { region } = gateway;
  try {
    await gateway.describeHub();
    return { region, members: await gateway.listMembers() };
  } catch (error) {
    const failure = toAwsCallError("DescribeHub", region, error);
    const message = failure instanceof HubNotEnabledError ? `Security Hub CSPM is not enabled for the administrator account ${administratorId} in ${region} (DescribeHub: ${failure.errorName}). Enable it in that Region, or remove the Region from 'regions'.` : isRegionNotEnabled(failure) ? regionNotEnabledMessage(region, administratorId, failure) : failure.errorName === "AccessDeniedException" && isIamDenial(failure) ? `${errorText(failure)}. The role needs securityhub:${failure.operation} (see examples/iam/ for the plan and apply policies).` : errorText(failure);
    const operation = failure.operation === "ListMembers" ? "ListMembers" : "DescribeHub";
    return { region, failure: { operation, message, ...failure instanceof HubNotEnabledError && { hubNotEnabled: true } } };
  }
}
function failedOutcome(region, failure, desired) {
  return { region, failure, notLookedAt: desired };
}

// src/onboard.ts
async function onboard(settings, session, desired, scope = {}) {
  const stats = { calls: {}, throttled: 0 };
  const gateways = new Map(
    settings.regions.map((region) => [
      region,
      createAdministratorGateway(
        region,
        { credentials: session.credentials, ratePerSecond: settings.rate.requestsPerSecond, burst: settings.rate.burst },
        stats
      )
    ])
  );
  const log = new RegionLog();
  const batchesInFlight = batchesInFlightPerRegion(settings.regions.length);
  const now = /* @__PURE__ */ new Date();
  const headroom = [];
  const leftOutRegions = [];
  const membership = [];
  let sharedPlans = new SharedPlans();
  const planFor = (region, members) => {
    const organizationMembers = scope.notDelegatedIn?.has(region) ? void 0 : scope.organizationMembers;
    const plan = planRegion(region, desired, members, {
      ...settings.reconcile,
      now,
      ...organizationMembers && { organizationMembers },
      ...scope.excluded && { excluded: scope.excluded },
      ...sharedPlans && { shared: sharedPlans }
    });
    if (!scope.checkHeadroom) return plan;
    const limited = limitInvitations(plan, members);
    headroom.push(limited.headroom);
    return limited.plan;
  };
  const looks = [...gateways.values()].map(async (gateway) => {
    const view = await lookAtRegion(gateway, session.accountId);
    if ("failure" in view) return view;
    const { members, ignored, listedTwice } = screenMembers(view.region, view.members);
    return { ...view, members, ignored, plan: keepListedTwice(planFor(view.region, members), listedTwice) };
  });
  const { removeAbsent, maxRemovals } = settings.reconcile;
  void Promise.allSettled(looks).then(() => sharedPlans = void 0);
  const guard = removeAbsent ? Promise.all(looks).then((all) => guardAll(all, { maxRemovals, listedCount: desired.length })) : void 0;
  const shared = new SharedOutcomes();
  const carryOut = async (look) => {
    if ("failure" in look && look.failure.hubNotEnabled && scope.optionalRegions?.has(look.region)) {
      leftOutRegions.push({
        region: look.region,
        reason: `Security Hub CSPM is not enabled for the administrator account ${session.accountId} there`
      });
      return void 0;
    }
    if ("failure" in look) return failedOutcome(look.region, look.failure, desired);
    log.planned(look.region, look.members.length, look.plan);
    const outcome = settings.mode === "plan" ? Promise.resolve(plannedOutcome(look.plan, shared)) : applyRegionPlan(gateways.get(look.region), look.plan, {
      invite: settings.reconcile.invite,
      log: (line) => log.line(look.region, line),
      batchesInFlight,
      shared
    });
    look.plan = { region: look.region, accounts: [] };
    if (settings.exportFile) membership.push({ region: look.region, members: look.members });
    look.members = [];
    return outcome;
  };
  const carried = await Promise.all(
    looks.map(async (pending, index) => {
      const look = guard ? (await guard).looks[index] : await pending;
      const outcome = await carryOut(look);
      if (!outcome) return void 0;
      log.print(outcome);
      return outcome;
    })
  );
  const looked = carried.filter((outcome) => outcome !== void 0);
  const heldRemovals = guard ? (await guard).held : void 0;
  const createsMembers = lookedAt(looked).some(({ accounts }) => accounts.some(createsMember));
  const ignoredMembers = (await Promise.all(looks)).flatMap((look) => "ignored" in look ? look.ignored : []);
  let regions = looked;
  if (settings.memberSide) {
    const results = settings.mode === "plan" ? planMemberSide(looked) : await memberSide(settings.memberSide, settings.credentials.roleSessionName, session, looked, gateways, stats);
    regions = withMemberSide(looked, results);
  }
  headroom.sort((a2, b2) => a2.region.localeCompare(b2.region));
  leftOutRegions.sort((a2, b2) => a2.region.localeCompare(b2.region));
  return {
    regions,
    stats,
    createsMembers,
    ignoredMembers,
    membership,
    ...heldRemovals ? { heldRemovals } : {},
    ...scope.checkHeadroom && { headroom },
    ...leftOutRegions.length > 0 && { leftOutRegions }
  };
}
async function memberSide(settings, roleSessionName, session, regions, gateways, stats) {
  const log = new MemberSideLog();
  const results = await finishOnMemberSide(regions, {
    administratorId: session.accountId,
    administratorCredentials: session.credentials,
    partition: session.partition,
    stsRegion: session.stsRegion,
    ...settings,
    sessionName: `${roleSessionName.slice(0, 57)}-member`,
    administratorGateways: gateways,
    stats,
    log: (region, line) => log.line(region, line)
  });
  log.print();
  return results;
}
function guardAll(looks, limits) {
  const held = guardRemovals(
    looks.flatMap((look) => "plan" in look ? [look.plan] : []),
    limits
  );
  if (!held) return { looks };
  return { looks: looks.map((look) => "plan" in look ? { ...look, plan: holdRemovals(look.plan, held.reason) } : look), held };
}

// src/aws/hub-configuration-gateway.ts
var FINDING_AGGREGATOR_PAGES = {
  list: "ListFindingAggregators",
  maxPages: 10,
  basis: "an account has one finding aggregator at most, and 10 pages leave room"
};
function createHubConfigurationGateway(homeRegion, credentials, stats) {
  const clients = /* @__PURE__ */ new Map();
  const clientIn = (region) => {
    let client = clients.get(region);
    if (!client) {
      client = createClient(SecurityHubClient, { region, credentials, metering: { ratePerSecond: 10, burst: 25, stats } });
      clients.set(region, client);
    }
    return client;
  };
  return {
    listFindingAggregatorArns: () => wrapErrors(
      "ListFindingAggregators",
      homeRegion,
      () => readAllPages(FINDING_AGGREGATOR_PAGES, async (token) => {
        const output = await clientIn(homeRegion).send(new ListFindingAggregatorsCommand(token ? { NextToken: token } : {}));
        const items = (output.FindingAggregators ?? []).flatMap(
          (aggregator) => aggregator.FindingAggregatorArn ? [aggregator.FindingAggregatorArn] : []
        );
        return { items, ...output.NextToken && { nextToken: output.NextToken } };
      })
    ),
    async getFindingAggregator(arn) {
      const region = arn.split(":")[3] || homeRegion;
      return wrapErrors("GetFindingAggregator", region, async () => {
        const output = await clientIn(region).send(new GetFindingAggregatorCommand({ FindingAggregatorArn: arn }));
        return {
          arn,
          homeRegion: output.FindingAggregationRegion || region,
          linkingMode: output.RegionLinkingMode ?? "",
          regions: output.Regions ?? []
        };
      });
    },
    async describeOrganizationConfiguration(region) {
      try {
        const output = await clientIn(region).send(new DescribeOrganizationConfigurationCommand({}));
        const configurationType = output.OrganizationConfiguration?.ConfigurationType;
        return {
          delegatedAdministrator: true,
          ...configurationType && { configurationType },
          memberAccountLimitReached: output.MemberAccountLimitReached === true
        };
      } catch (error) {
        const wrapped = toAwsCallError("DescribeOrganizationConfiguration", region, error);
        if (wrapped.errorName === "InvalidAccessException" && /not an administrator/i.test(wrapped.detail))
          return { delegatedAdministrator: false, reason: wrapped.detail };
        throw wrapped;
      }
    }
  };
}

// src/organization/preflight.ts
async function checkOrganizationConfiguration(regions, session, stats) {
  const gateway = createHubConfigurationGateway(regions[0] ?? "", session.credentials, stats);
  const checks = await Promise.all(
    regions.map(async (region) => {
      try {
        return [region, await gateway.describeOrganizationConfiguration(region)];
      } catch (error) {
        return [region, { skipped: isAccessDenied(error) ? "needs securityhub:DescribeOrganizationConfiguration" : errorText(error) }];
      }
    })
  );
  return new Map(checks);
}
function notDelegatedIn(checks) {
  return new Set(
    [...checks].filter(([, check]) => "delegatedAdministrator" in check && !check.delegatedAdministrator).map(([region]) => region)
  );
}
function describeCheck(region, check) {
  if ("skipped" in check) return `${region}: delegated administrator check skipped, ${check.skipped}.`;
  if (!check.delegatedAdministrator) {
    return `${region}: this administrator is not the organization's Security Hub CSPM delegated administrator (${check.reason}); organization accounts there are treated as any other account and invited.`;
  }
  const central = check.configurationType === "CENTRAL" ? " Central configuration: the organization accounts' Security Hub CSPM settings come from configuration policies, not from this action." : "";
  const full = check.memberAccountLimitReached ? " AWS reports the organization member limit reached (MemberAccountLimitReached)." : "";
  return `${region}: delegated administrator of the organization, configuration ${check.configurationType ?? "not stated"}.${central}${full}`;
}

// src/organization/listing.ts
var OrganizationSourceError = class extends ScopeStopped {
  name = "OrganizationSourceError";
};
var MAX_DEPTH = 10;
var MAX_UNITS = 5e3;
async function listOrganization(scope, gateway) {
  let all;
  let listProblem;
  try {
    all = await gateway.listAccounts();
  } catch (error) {
    if (!isAccessDenied(error)) throw sourceError("ListAccounts", error);
    listProblem = error;
  }
  if (!all) {
    const roots = await asked("ListRoots", () => gateway.listRoots(), listProblem);
    const walked2 = await walk(roots, gateway, listProblem);
    const members2 = new Set(walked2.accounts.map((account) => account.accountId));
    const selected2 = scope.kind === "all" ? walked2.accounts : walked2.accounts.filter((account) => scope.unitIds.some((unit) => walked2.under.get(unit)?.has(account.accountId)));
    for (const unit of scope.kind === "units" ? scope.unitIds : []) {
      if (!walked2.under.has(unit)) throw new OrganizationSourceError(notFound(unit));
    }
    return {
      members: members2,
      selected: unique(selected2),
      method: `walked ${walked2.under.size} root(s) and unit(s) (ListAccounts was denied: ${errorText(listProblem)})`
    };
  }
  const members = new Set(all.map((account) => account.accountId));
  if (scope.kind === "all") return { members, selected: all, method: `ListAccounts, ${all.length} account(s)` };
  if (all.every((account) => idPathsOf(account).length > 0)) {
    const selected2 = all.filter((account) => idPathsOf(account).some((segments) => scope.unitIds.some((unit) => segments.includes(unit))));
    const seen = new Set(all.flatMap((account) => idPathsOf(account).flat()));
    for (const unit of scope.unitIds.filter((id) => !seen.has(id))) await confirmUnit(unit, gateway);
    return {
      members,
      selected: selected2,
      method: `ListAccounts with account paths, ${selected2.length} of ${all.length} account(s) under ${scope.unitIds.join(", ")}`
    };
  }
  const walked = await walk(scope.unitIds, gateway, void 0);
  const inOrganization = new Map(all.map((account) => [account.accountId, account]));
  const selected = walked.accounts.map((account) => inOrganization.get(account.accountId) ?? account);
  for (const account of selected) members.add(account.accountId);
  return { members, selected: unique(selected), method: `ListAccounts (no account paths), then walked ${walked.under.size} unit(s)` };
}
async function walk(startIds, gateway, listProblem) {
  const under = /* @__PURE__ */ new Map();
  const accounts = [];
  const visit = async (unit, depth) => {
    const known = under.get(unit);
    if (known) return known;
    if (depth > MAX_DEPTH)
      throw new OrganizationSourceError(`Organizational units nest deeper than ${MAX_DEPTH} levels under ${startIds.join(", ")}; stopped.`);
    if (under.size >= MAX_UNITS) throw new OrganizationSourceError(`The organization has more than ${MAX_UNITS} units to walk; stopped.`);
    const here = /* @__PURE__ */ new Set();
    under.set(unit, here);
    const direct = await asked("ListAccountsForParent", () => gateway.listAccountsForParent(unit), listProblem, unit);
    accounts.push(...direct);
    for (const account of direct) here.add(account.accountId);
    const children = await asked("ListChildren", () => gateway.listChildUnits(unit), listProblem, unit);
    for (const child of children) {
      if (!OU_ID.test(child)) continue;
      for (const id of await visit(child, depth + 1)) here.add(id);
    }
    return here;
  };
  for (const id of startIds) await visit(id, 0);
  return { accounts, under };
}
async function confirmUnit(unit, gateway) {
  if (ROOT_ID.test(unit)) {
    const roots = await asked("ListRoots", () => gateway.listRoots(), void 0);
    if (!roots.includes(unit)) throw new OrganizationSourceError(notFound(unit));
    return;
  }
  await asked("ListChildren", () => gateway.listChildUnits(unit), void 0, unit);
}
function idPathsOf(account) {
  const paths = (account.paths ?? []).map((path) => path.split("/").filter((segment) => segment !== ""));
  const isId = (segment) => /^o-[0-9a-z]{10,32}$/.test(segment) || ROOT_ID.test(segment) || OU_ID.test(segment) || /^\d{12}$/.test(segment);
  if (paths.length === 0 || !paths.every((segments) => segments.length > 0 && segments.every(isId) && segments.some((segment) => ROOT_ID.test(segment))))
    return [];
  return paths;
}
async function asked(operation, call, listProblem, unit) {
  try {
    return await call();
  } catch (error) {
    if (error.errorName === "ParentNotFoundException" && unit) throw new OrganizationSourceError(notFound(unit));
    throw sourceError(operation, error, listProblem);
  }
}
function sourceError(operation, error, listProblem) {
  const name = error.errorName;
  if (name === "AWSOrganizationsNotInUseException") {
    return new OrganizationSourceError(
      `organization-accounts is set, but the administrator account is not in an AWS Organization (${operation}: ${errorText(error)}).`
    );
  }
  const denied = isAccessDenied(error) ? ` The role needs organizations:${operation}${listProblem ? " (ListAccounts was denied too)" : ""}, and the administrator account must be the organization's management account or a delegated administrator (see examples/iam/).` : "";
  return new OrganizationSourceError(`Could not list the organization's accounts: ${errorText(error)}.${denied}`);
}
function notFound(unit) {
  return `${unit} in organization-accounts is not a root or organizational unit of this organization (Organizations: ParentNotFoundException). Check the ID.`;
}
function unique(accounts) {
  const seen = /* @__PURE__ */ new Set();
  return accounts.filter((account) => !seen.has(account.accountId) && seen.add(account.accountId));
}

// src/organization/source.ts
async function organizationAccounts(scope, region, session, stats) {
  const { createOrganizationsGateway } = await import("./organizations-gateway-V4GUXHY5.js");
  const gateway = createOrganizationsGateway(region, session.credentials, stats);
  const [listing, managementAccount] = await Promise.all([listOrganization(scope, gateway), managementAccountOf(gateway)]);
  const accounts = [];
  const leftOut = [];
  for (const account of listing.selected) {
    if (account.state === "ACTIVE") accounts.push({ accountId: account.accountId, origin: { kind: "organization" } });
    else leftOut.push({ accountId: account.accountId, reason: `${account.state || "no state given"} in AWS Organizations` });
  }
  return { accounts, leftOut, members: listing.members, managementAccount, method: listing.method };
}
async function managementAccountOf(gateway) {
  try {
    const { managementAccountId } = await gateway.describeOrganization();
    return managementAccountId ? { accountId: managementAccountId } : {};
  } catch (error) {
    if (isAccessDenied(error)) return { skipped: "needs organizations:DescribeOrganization" };
    return { skipped: errorText(error) };
  }
}

// src/regions/resolve.ts
var RegionResolutionError = class extends ScopeStopped {
  name = "RegionResolutionError";
};
async function resolveRegions(settings, session, stats) {
  const excluded = new Set(settings.excludeRegions ?? []);
  if (!settings.regionsFrom) {
    const leftOut2 = [...excluded].map((region) => ({ region, reason: "left out by exclude-regions" }));
    return {
      regions: settings.regions,
      source: `${settings.regions.length} Region(s) named in regions`,
      fromEnabledList: /* @__PURE__ */ new Set(),
      leftOut: leftOut2,
      notes: []
    };
  }
  const { keyword } = settings.regionsFrom;
  const homeRegion = session.stsRegion;
  const found = keyword === "enabled" ? await fromEnabled(homeRegion, session, stats) : await fromAggregation(homeRegion, session, stats);
  const malformed = found.regions.filter((name) => !REGION_PATTERN.test(name));
  if (malformed.length > 0) {
    throw new RegionResolutionError(
      `regions: ${keyword}: AWS answered ${malformed.length} Region name(s) that are not Region names (${JSON.stringify(malformed.slice(0, 3)).slice(0, 200)}); name the Regions in 'regions'.`
    );
  }
  const regions = found.regions.filter((region) => !excluded.has(region));
  const leftOut = found.regions.filter((region) => excluded.has(region)).map((region) => ({ region, reason: "left out by exclude-regions" }));
  if (regions.length === 0) {
    throw new RegionResolutionError(
      `regions: ${keyword} found ${describeList(found.regions)}, and exclude-regions leaves out all of them; nothing would be onboarded.`
    );
  }
  return { ...found, regions, leftOut };
}
async function enabledRegions(homeRegion, session, stats) {
  const { createAccountGateway } = await import("./account-gateway-Q3OYFKTO.js");
  let accountProblem;
  try {
    const regions = await createAccountGateway(homeRegion, session.credentials, stats).listEnabledRegions();
    if (regions.length > 0) return { regions: sorted(regions), via: "account:ListRegions", notes: [] };
    accountProblem = new Error("ListRegions listed no enabled Region");
  } catch (error) {
    accountProblem = error;
  }
  const { createEc2Gateway } = await import("./ec2-gateway-4J76JYVM.js");
  try {
    const regions = await createEc2Gateway(homeRegion, session.credentials, stats).describeEnabledRegions();
    if (regions.length === 0) throw new Error("DescribeRegions listed no enabled Region");
    const note = `account:ListRegions could not list the enabled Regions (${errorText(accountProblem)}); they came from ec2:DescribeRegions.`;
    return { regions: sorted(regions), via: "ec2:DescribeRegions", notes: [note] };
  } catch (error) {
    const permissions = isAccessDenied(accountProblem) && isAccessDenied(error) ? " The role needs account:ListRegions or ec2:DescribeRegions (see examples/iam/)." : "";
    throw new RegionResolutionError(
      `Could not list the Regions enabled for account ${session.accountId}: account:ListRegions: ${errorText(accountProblem)}; ec2:DescribeRegions: ${errorText(error)}.${permissions} Or name the Regions in 'regions'.`
    );
  }
}
async function fromEnabled(homeRegion, session, stats) {
  const { regions, via, notes } = await enabledRegions(homeRegion, session, stats);
  return {
    regions,
    source: `regions: enabled, ${regions.length} Region(s) enabled for account ${session.accountId} (${via})`,
    fromEnabledList: new Set(regions),
    notes
  };
}
async function fromAggregation(homeRegion, session, stats) {
  const gateway = createHubConfigurationGateway(homeRegion, session.credentials, stats);
  const arns = await asked2("securityhub:ListFindingAggregators", () => gateway.listFindingAggregatorArns());
  if (arns.length === 0) {
    throw new RegionResolutionError(
      `regions: linked needs a cross-Region aggregation, and account ${session.accountId} has no finding aggregator (ListFindingAggregators in ${homeRegion} found none). Use 'regions: enabled' for every enabled Region, or name the Regions.`
    );
  }
  const aggregator = await asked2("securityhub:GetFindingAggregator", () => gateway.getFindingAggregator(arns[0]));
  const linked = await linkedRegions(aggregator, homeRegion, session, stats);
  const source = `regions: linked, the home Region ${aggregator.homeRegion} and ${linked.regions.length - 1} linked Region(s) of finding aggregator ${aggregator.arn} (${aggregator.linkingMode})`;
  return { ...linked, source };
}
async function linkedRegions(aggregator, homeRegion, session, stats) {
  const listed = new Set(aggregator.regions);
  switch (aggregator.linkingMode) {
    case "ALL_REGIONS":
    case "ALL_REGIONS_EXCEPT_SPECIFIED": {
      const enabled = await enabledRegions(homeRegion, session, stats);
      const kept = enabled.regions.filter((region) => aggregator.linkingMode === "ALL_REGIONS" || !listed.has(region));
      const fromEnabledList = new Set(kept.filter((region) => region !== aggregator.homeRegion));
      return { regions: sorted(/* @__PURE__ */ new Set([aggregator.homeRegion, ...kept])), fromEnabledList, notes: enabled.notes };
    }
    case "SPECIFIED_REGIONS":
      return { regions: sorted(/* @__PURE__ */ new Set([aggregator.homeRegion, ...aggregator.regions])), fromEnabledList: /* @__PURE__ */ new Set(), notes: [] };
    case "NO_REGIONS":
      return { regions: [aggregator.homeRegion], fromEnabledList: /* @__PURE__ */ new Set(), notes: [] };
    default:
      throw new RegionResolutionError(
        `Finding aggregator ${aggregator.arn} has the Region linking mode '${aggregator.linkingMode}', which this action does not know; name the Regions in 'regions'.`
      );
  }
}
async function asked2(permission, call) {
  try {
    return await call();
  } catch (error) {
    const hint = isAccessDenied(error) ? ` The role needs ${permission} for regions: linked (see examples/iam/).` : "";
    throw new RegionResolutionError(`Could not read the cross-Region aggregation: ${errorText(error)}.${hint}`);
  }
}
function sorted(regions) {
  return [...regions].sort();
}
function describeList(regions) {
  return regions.length === 0 ? "no Region" : regions.join(", ");
}

// src/scope.ts
var ScopeError = class extends ScopeStopped {
  name = "ScopeError";
};
async function resolveScope(settings, session, listed, stats) {
  const region = session.stsRegion;
  const regionsAndChecks = resolveRegions(settings, session, stats).then(async (resolved2) => ({
    resolved: resolved2,
    checks: settings.organizationAccounts ? await checkOrganizationConfiguration(resolved2.regions, session, stats) : /* @__PURE__ */ new Map()
  }));
  const [{ resolved, checks }, organization] = await Promise.all([
    regionsAndChecks,
    settings.organizationAccounts ? organizationAccounts(settings.organizationAccounts, region, session, stats) : void 0
  ]);
  const excluded = new Set(settings.excludeAccounts ?? []);
  const fromOrganization = (organization?.accounts ?? []).filter((account) => account.accountId !== session.accountId);
  const all = union(listed, fromOrganization);
  const desired = all.filter((account) => !excluded.has(account.accountId));
  if (organization && desired.length === 0) {
    throw new ScopeError(
      `No accounts to onboard: organization-accounts found ${organization.accounts.length + organization.leftOut.length} account(s), none ACTIVE and not excluded, and account-ids and accounts-file add none.`
    );
  }
  if (desired.length > LIMITS.maxAccounts) {
    throw new ScopeError(
      `Too many accounts: the sources together name ${desired.length}, and a run onboards at most ${LIMITS.maxAccounts}. Narrow organization-accounts to some units, or add exclude-accounts.`
    );
  }
  const leftOutAccounts = [
    ...(organization?.leftOut ?? []).filter((account) => !excluded.has(account.accountId)),
    ...all.filter((account) => excluded.has(account.accountId)).map(({ accountId }) => ({ accountId, reason: "excluded by exclude-accounts" }))
  ];
  return {
    settings: { ...settings, regions: resolved.regions },
    desired,
    onboard: {
      ...organization && { organizationMembers: organization.members, notDelegatedIn: notDelegatedIn(checks), checkHeadroom: true },
      ...excluded.size > 0 && { excluded },
      ...resolved.fromEnabledList.size > 0 && { optionalRegions: resolved.fromEnabledList }
    },
    report: {
      regionSource: resolved.source,
      leftOutRegions: resolved.leftOut,
      regionNotes: resolved.notes,
      ...organization && {
        organization: {
          method: organization.method,
          found: organization.accounts.length + organization.leftOut.length,
          onboarded: fromOrganization.length
        }
      },
      leftOutAccounts,
      checks: [...[...checks].map(([checked, check]) => describeCheck(checked, check)), ...managementAccountCheck(organization, desired)]
    }
  };
}
function union(first, second) {
  const seen = new Set(first.map((account) => account.accountId));
  return [...first, ...second.filter((account) => !seen.has(account.accountId))];
}
function managementAccountCheck(organization, desired) {
  if (!organization) return [];
  const management = organization.managementAccount;
  if ("skipped" in management) return [`Management account check skipped, ${management.skipped}.`];
  if (!management.accountId || !desired.some((account) => account.accountId === management.accountId)) return [];
  return [
    `Account ${management.accountId} is the organization's management account: AWS never enables Security Hub CSPM in it automatically. Enable Security Hub CSPM in it yourself, in every Region of this run, so that it can be a member.`
  ];
}
export {
  onboard,
  resolveScope
};
//# sourceMappingURL=aws-side-AXLQRA35.js.map
