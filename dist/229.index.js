export const id = 229;
export const ids = [229];
export const modules = {

/***/ 5841:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { resolveAwsSdkSigV4Config } = __webpack_require__(7523);
const { getSmithyContext, normalizeProvider } = __webpack_require__(2658);
exports.defaultAccountHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "account",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
exports.defaultAccountHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
exports.resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};


/***/ }),

/***/ 684:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { BinaryDecisionDiagram } = __webpack_require__(2085);
const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = { "authSchemes": [{ "name": "sigv4", "signingRegion": "{PartitionResult#implicitGlobalRegion}" }] }, j = [{ [k]: "Region" }];
const _data = {
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
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
exports.bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);


/***/ }),

/***/ 3063:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { awsEndpointFunctions } = __webpack_require__(5152);
const { customEndpointFunctions, decideEndpoint, EndpointCache } = __webpack_require__(2085);
const { bdd } = __webpack_require__(684);
const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
exports.defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;


/***/ }),

/***/ 2990:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __exportStar = (m, e) => { Object.assign(e, m); };
const { getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, Command, createAggregatedClient } = __webpack_require__(2658);
exports.$Command = Command;
exports.__Client = Client;
const { resolveRegionConfig } = __webpack_require__(7291);
const { resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveHttpAuthSchemeConfig, defaultAccountHttpAuthSchemeParametersProvider } = __webpack_require__(5841);
const { getRuntimeConfig } = __webpack_require__(8960);
const { AcceptPrimaryEmailUpdate$, DeleteAlternateContact$, DisableRegion$, EnableRegion$, GetAccountInformation$, GetAlternateContact$, GetContactInformation$, GetGovCloudAccountInformation$, GetPrimaryEmail$, GetRegionOptStatus$, ListRegions$, PutAccountName$, PutAlternateContact$, PutContactInformation$, StartPrimaryEmailUpdate$ } = __webpack_require__(8238);
__exportStar(__webpack_require__(8238), exports);
__exportStar(__webpack_require__(1938), exports);
const { AccountServiceException } = __webpack_require__(6650);
exports.AccountServiceException = AccountServiceException;

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "account",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
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
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class AccountClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
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
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

class AcceptPrimaryEmailUpdateCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "AcceptPrimaryEmailUpdate", {})
    .n("AccountClient", "AcceptPrimaryEmailUpdateCommand")
    .sc(AcceptPrimaryEmailUpdate$)
    .build() {
}

class DeleteAlternateContactCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "DeleteAlternateContact", {})
    .n("AccountClient", "DeleteAlternateContactCommand")
    .sc(DeleteAlternateContact$)
    .build() {
}

class DisableRegionCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "DisableRegion", {})
    .n("AccountClient", "DisableRegionCommand")
    .sc(DisableRegion$)
    .build() {
}

class EnableRegionCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "EnableRegion", {})
    .n("AccountClient", "EnableRegionCommand")
    .sc(EnableRegion$)
    .build() {
}

class GetAccountInformationCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "GetAccountInformation", {})
    .n("AccountClient", "GetAccountInformationCommand")
    .sc(GetAccountInformation$)
    .build() {
}

class GetAlternateContactCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "GetAlternateContact", {})
    .n("AccountClient", "GetAlternateContactCommand")
    .sc(GetAlternateContact$)
    .build() {
}

class GetContactInformationCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "GetContactInformation", {})
    .n("AccountClient", "GetContactInformationCommand")
    .sc(GetContactInformation$)
    .build() {
}

class GetGovCloudAccountInformationCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "GetGovCloudAccountInformation", {})
    .n("AccountClient", "GetGovCloudAccountInformationCommand")
    .sc(GetGovCloudAccountInformation$)
    .build() {
}

class GetPrimaryEmailCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "GetPrimaryEmail", {})
    .n("AccountClient", "GetPrimaryEmailCommand")
    .sc(GetPrimaryEmail$)
    .build() {
}

class GetRegionOptStatusCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "GetRegionOptStatus", {})
    .n("AccountClient", "GetRegionOptStatusCommand")
    .sc(GetRegionOptStatus$)
    .build() {
}

class ListRegionsCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "ListRegions", {})
    .n("AccountClient", "ListRegionsCommand")
    .sc(ListRegions$)
    .build() {
}

class PutAccountNameCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "PutAccountName", {})
    .n("AccountClient", "PutAccountNameCommand")
    .sc(PutAccountName$)
    .build() {
}

class PutAlternateContactCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "PutAlternateContact", {})
    .n("AccountClient", "PutAlternateContactCommand")
    .sc(PutAlternateContact$)
    .build() {
}

class PutContactInformationCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "PutContactInformation", {})
    .n("AccountClient", "PutContactInformationCommand")
    .sc(PutContactInformation$)
    .build() {
}

class StartPrimaryEmailUpdateCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Account", "StartPrimaryEmailUpdate", {})
    .n("AccountClient", "StartPrimaryEmailUpdateCommand")
    .sc(StartPrimaryEmailUpdate$)
    .build() {
}

const paginateListRegions = createPaginator(AccountClient, ListRegionsCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    AcceptPrimaryEmailUpdateCommand,
    DeleteAlternateContactCommand,
    DisableRegionCommand,
    EnableRegionCommand,
    GetAccountInformationCommand,
    GetAlternateContactCommand,
    GetContactInformationCommand,
    GetGovCloudAccountInformationCommand,
    GetPrimaryEmailCommand,
    GetRegionOptStatusCommand,
    ListRegionsCommand,
    PutAccountNameCommand,
    PutAlternateContactCommand,
    PutContactInformationCommand,
    StartPrimaryEmailUpdateCommand,
};
const paginators = {
    paginateListRegions,
};
class Account extends AccountClient {
}
createAggregatedClient(commands, Account, { paginators });

const PrimaryEmailUpdateStatus = {
    ACCEPTED: "ACCEPTED",
    PENDING: "PENDING",
};
const ValidationExceptionReason = {
    FIELD_VALIDATION_FAILED: "fieldValidationFailed",
    INVALID_REGION_OPT_TARGET: "invalidRegionOptTarget",
};
const AccountState = {
    ACTIVE: "ACTIVE",
    CLOSED: "CLOSED",
    PENDING_ACTIVATION: "PENDING_ACTIVATION",
    SUSPENDED: "SUSPENDED",
};
const AlternateContactType = {
    BILLING: "BILLING",
    OPERATIONS: "OPERATIONS",
    SECURITY: "SECURITY",
};
const AwsAccountState = {
    ACTIVE: "ACTIVE",
    CLOSED: "CLOSED",
    PENDING_ACTIVATION: "PENDING_ACTIVATION",
    SUSPENDED: "SUSPENDED",
};
const RegionOptStatus = {
    DISABLED: "DISABLED",
    DISABLING: "DISABLING",
    ENABLED: "ENABLED",
    ENABLED_BY_DEFAULT: "ENABLED_BY_DEFAULT",
    ENABLING: "ENABLING",
};

exports.AcceptPrimaryEmailUpdateCommand = AcceptPrimaryEmailUpdateCommand;
exports.Account = Account;
exports.AccountClient = AccountClient;
exports.AccountState = AccountState;
exports.AlternateContactType = AlternateContactType;
exports.AwsAccountState = AwsAccountState;
exports.DeleteAlternateContactCommand = DeleteAlternateContactCommand;
exports.DisableRegionCommand = DisableRegionCommand;
exports.EnableRegionCommand = EnableRegionCommand;
exports.GetAccountInformationCommand = GetAccountInformationCommand;
exports.GetAlternateContactCommand = GetAlternateContactCommand;
exports.GetContactInformationCommand = GetContactInformationCommand;
exports.GetGovCloudAccountInformationCommand = GetGovCloudAccountInformationCommand;
exports.GetPrimaryEmailCommand = GetPrimaryEmailCommand;
exports.GetRegionOptStatusCommand = GetRegionOptStatusCommand;
exports.ListRegionsCommand = ListRegionsCommand;
exports.PrimaryEmailUpdateStatus = PrimaryEmailUpdateStatus;
exports.PutAccountNameCommand = PutAccountNameCommand;
exports.PutAlternateContactCommand = PutAlternateContactCommand;
exports.PutContactInformationCommand = PutContactInformationCommand;
exports.RegionOptStatus = RegionOptStatus;
exports.StartPrimaryEmailUpdateCommand = StartPrimaryEmailUpdateCommand;
exports.ValidationExceptionReason = ValidationExceptionReason;
exports.paginateListRegions = paginateListRegions;


/***/ }),

/***/ 6650:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { ServiceException: __ServiceException } = __webpack_require__(2658);
exports.__ServiceException = __ServiceException;
exports.AccountServiceException = class AccountServiceException extends __ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, AccountServiceException.prototype);
    }
};


/***/ }),

/***/ 1938:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { AccountServiceException: __BaseException } = __webpack_require__(6650);
exports.AccessDeniedException = class AccessDeniedException extends __BaseException {
    name = "AccessDeniedException";
    $fault = "client";
    errorType;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.errorType = opts.errorType;
    }
};
exports.ConflictException = class ConflictException extends __BaseException {
    name = "ConflictException";
    $fault = "client";
    errorType;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.errorType = opts.errorType;
    }
};
exports.InternalServerException = class InternalServerException extends __BaseException {
    name = "InternalServerException";
    $fault = "server";
    $retryable = {};
    errorType;
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
        this.errorType = opts.errorType;
    }
};
exports.ResourceNotFoundException = class ResourceNotFoundException extends __BaseException {
    name = "ResourceNotFoundException";
    $fault = "client";
    errorType;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.errorType = opts.errorType;
    }
};
exports.TooManyRequestsException = class TooManyRequestsException extends __BaseException {
    name = "TooManyRequestsException";
    $fault = "client";
    $retryable = {
        throttling: true,
    };
    errorType;
    constructor(opts) {
        super({
            name: "TooManyRequestsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyRequestsException.prototype);
        this.errorType = opts.errorType;
    }
};
exports.ValidationException = class ValidationException extends __BaseException {
    name = "ValidationException";
    $fault = "client";
    reason;
    fieldList;
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.reason = opts.reason;
        this.fieldList = opts.fieldList;
    }
};
exports.ResourceUnavailableException = class ResourceUnavailableException extends __BaseException {
    name = "ResourceUnavailableException";
    $fault = "client";
    errorType;
    constructor(opts) {
        super({
            name: "ResourceUnavailableException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceUnavailableException.prototype);
        this.errorType = opts.errorType;
    }
};


/***/ }),

/***/ 8960:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const packageInfo = __webpack_require__(6328);
const { createDefaultUserAgentProvider, emitWarningIfUnsupportedVersion: awsCheckVersion, NODE_APP_ID_CONFIG_OPTIONS } = __webpack_require__(5152);
const { NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider: credentialDefaultProvider } = __webpack_require__(5861);
const { emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode } = __webpack_require__(2658);
const { loadConfig: loadNodeConfig, NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, resolveDefaultsModeConfig } = __webpack_require__(7291);
const { DEFAULT_RETRY_MODE, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, NODE_RETRY_MODE_CONFIG_OPTIONS } = __webpack_require__(3609);
const { calculateBodyLength, Hash } = __webpack_require__(2430);
const { NodeHttpHandler: RequestHandler, streamCollector } = __webpack_require__(1279);
const { getRuntimeConfig: getSharedRuntimeConfig } = __webpack_require__(5297);
const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getSharedRuntimeConfig(config);
    awsCheckVersion(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadNodeConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? credentialDefaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadNodeConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadNodeConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: RequestHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadNodeConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        sha256: config?.sha256 ?? Hash.bind(null, "sha256"),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadNodeConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadNodeConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadNodeConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 5297:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { AwsSdkSigV4Signer } = __webpack_require__(7523);
const { AwsRestJsonProtocol } = __webpack_require__(7288);
const { NoOpLogger } = __webpack_require__(2658);
const { parseUrl } = __webpack_require__(3422);
const { fromBase64, fromUtf8, toBase64, toUtf8 } = __webpack_require__(2430);
const { defaultAccountHttpAuthSchemeProvider } = __webpack_require__(5841);
const { defaultEndpointResolver } = __webpack_require__(3063);
const { errorTypeRegistries } = __webpack_require__(8238);
exports.getRuntimeConfig = (config) => {
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
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.account",
            errorTypeRegistries,
            version: "2021-02-01",
            serviceTarget: "Account",
        },
        serviceId: config?.serviceId ?? "Account",
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};


/***/ }),

/***/ 8238:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const _AC = "AlternateContact";
const _ACD = "AccountCreatedDate";
const _ACT = "AlternateContactType";
const _ADE = "AccessDeniedException";
const _AI = "AccountId";
const _AL = "AddressLine";
const _ALd = "AddressLine1";
const _ALdd = "AddressLine2";
const _ALddr = "AddressLine3";
const _AN = "AccountName";
const _APEU = "AcceptPrimaryEmailUpdate";
const _APEUR = "AcceptPrimaryEmailUpdateRequest";
const _APEURc = "AcceptPrimaryEmailUpdateResponse";
const _AS = "AccountState";
const _C = "City";
const _CC = "CountryCode";
const _CE = "ConflictException";
const _CI = "ContactInformation";
const _CIPN = "ContactInformationPhoneNumber";
const _CN = "CompanyName";
const _DAC = "DeleteAlternateContact";
const _DACR = "DeleteAlternateContactRequest";
const _DOC = "DistrictOrCounty";
const _DR = "DisableRegion";
const _DRR = "DisableRegionRequest";
const _EA = "EmailAddress";
const _ER = "EnableRegion";
const _ERR = "EnableRegionRequest";
const _FN = "FullName";
const _GAC = "GetAlternateContact";
const _GACR = "GetAlternateContactRequest";
const _GACRe = "GetAlternateContactResponse";
const _GAI = "GetAccountInformation";
const _GAIR = "GetAccountInformationRequest";
const _GAIRe = "GetAccountInformationResponse";
const _GCAI = "GovCloudAccountId";
const _GCI = "GetContactInformation";
const _GCIR = "GetContactInformationRequest";
const _GCIRe = "GetContactInformationResponse";
const _GGCAI = "GetGovCloudAccountInformation";
const _GGCAIR = "GetGovCloudAccountInformationRequest";
const _GGCAIRe = "GetGovCloudAccountInformationResponse";
const _GPE = "GetPrimaryEmail";
const _GPER = "GetPrimaryEmailRequest";
const _GPERe = "GetPrimaryEmailResponse";
const _GROS = "GetRegionOptStatus";
const _GROSR = "GetRegionOptStatusRequest";
const _GROSRe = "GetRegionOptStatusResponse";
const _ISE = "InternalServerException";
const _LR = "ListRegions";
const _LRR = "ListRegionsRequest";
const _LRRi = "ListRegionsResponse";
const _MR = "MaxResults";
const _N = "Name";
const _NT = "NextToken";
const _O = "Otp";
const _PAC = "PutAlternateContact";
const _PACR = "PutAlternateContactRequest";
const _PAN = "PutAccountName";
const _PANR = "PutAccountNameRequest";
const _PC = "PostalCode";
const _PCI = "PutContactInformation";
const _PCIR = "PutContactInformationRequest";
const _PE = "PrimaryEmail";
const _PEA = "PrimaryEmailAddress";
const _PN = "PhoneNumber";
const _R = "Regions";
const _RN = "RegionName";
const _RNFE = "ResourceNotFoundException";
const _ROL = "RegionOptList";
const _ROS = "RegionOptStatus";
const _ROSC = "RegionOptStatusContains";
const _RUE = "ResourceUnavailableException";
const _Re = "Region";
const _S = "Status";
const _SAI = "StandardAccountId";
const _SOR = "StateOrRegion";
const _SPEU = "StartPrimaryEmailUpdate";
const _SPEUR = "StartPrimaryEmailUpdateRequest";
const _SPEURt = "StartPrimaryEmailUpdateResponse";
const _SS = "SensitiveString";
const _T = "Title";
const _TMRE = "TooManyRequestsException";
const _VE = "ValidationException";
const _VEF = "ValidationExceptionField";
const _VEFL = "ValidationExceptionFieldList";
const _WU = "WebsiteUrl";
const _c = "client";
const _e = "error";
const _eT = "errorType";
const _fL = "fieldList";
const _h = "http";
const _hE = "httpError";
const _hH = "httpHeader";
const _m = "message";
const _n = "name";
const _r = "reason";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.account";
const _se = "server";
const _xaE = "x-amzn-ErrorType";
const n0 = "com.amazonaws.account";
const { TypeRegistry } = __webpack_require__(6890);
const { AccountServiceException } = __webpack_require__(6650);
const { AccessDeniedException, ConflictException, InternalServerException, ResourceNotFoundException, ResourceUnavailableException, TooManyRequestsException, ValidationException } = __webpack_require__(1938);
const _s_registry = TypeRegistry.for(_s);
const AccountServiceException$ = [-3, _s, "AccountServiceException", 0, [], []];
exports.AccountServiceException$ = AccountServiceException$;
_s_registry.registerError(AccountServiceException$, AccountServiceException);
const n0_registry = TypeRegistry.for(n0);
const AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_m, _eT],
    [0, [0, { [_hH]: _xaE }]], 1
];
exports.AccessDeniedException$ = AccessDeniedException$;
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
const ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m, _eT],
    [0, [0, { [_hH]: _xaE }]], 1
];
exports.ConflictException$ = ConflictException$;
n0_registry.registerError(ConflictException$, ConflictException);
const InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_m, _eT],
    [0, [0, { [_hH]: _xaE }]], 1
];
exports.InternalServerException$ = InternalServerException$;
n0_registry.registerError(InternalServerException$, InternalServerException);
const ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_m, _eT],
    [0, [0, { [_hH]: _xaE }]], 1
];
exports.ResourceNotFoundException$ = ResourceNotFoundException$;
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
const ResourceUnavailableException$ = [-3, n0, _RUE,
    { [_e]: _c, [_hE]: 424 },
    [_m, _eT],
    [0, [0, { [_hH]: _xaE }]], 1
];
exports.ResourceUnavailableException$ = ResourceUnavailableException$;
n0_registry.registerError(ResourceUnavailableException$, ResourceUnavailableException);
const TooManyRequestsException$ = [-3, n0, _TMRE,
    { [_e]: _c, [_hE]: 429 },
    [_m, _eT],
    [0, [0, { [_hH]: _xaE }]], 1
];
exports.TooManyRequestsException$ = TooManyRequestsException$;
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
const ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_m, _r, _fL],
    [[() => SensitiveString, 0], 0, [() => ValidationExceptionFieldList, 0]], 1
];
exports.ValidationException$ = ValidationException$;
n0_registry.registerError(ValidationException$, ValidationException);
exports.errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AccountName = [0, n0, _AN, 8, 0];
var AddressLine = [0, n0, _AL, 8, 0];
var City = [0, n0, _C, 8, 0];
var CompanyName = [0, n0, _CN, 8, 0];
var ContactInformationPhoneNumber = [0, n0, _CIPN, 8, 0];
var CountryCode = [0, n0, _CC, 8, 0];
var DistrictOrCounty = [0, n0, _DOC, 8, 0];
var EmailAddress = [0, n0, _EA, 8, 0];
var FullName = [0, n0, _FN, 8, 0];
var Name = [0, n0, _N, 8, 0];
var Otp = [0, n0, _O, 8, 0];
var PhoneNumber = [0, n0, _PN, 8, 0];
var PostalCode = [0, n0, _PC, 8, 0];
var PrimaryEmailAddress = [0, n0, _PEA, 8, 0];
var SensitiveString = [0, n0, _SS, 8, 0];
var StateOrRegion = [0, n0, _SOR, 8, 0];
var Title = [0, n0, _T, 8, 0];
var WebsiteUrl = [0, n0, _WU, 8, 0];
const AcceptPrimaryEmailUpdateRequest$ = [3, n0, _APEUR,
    0,
    [_AI, _PE, _O],
    [0, [() => PrimaryEmailAddress, 0], [() => Otp, 0]], 3
];
exports.AcceptPrimaryEmailUpdateRequest$ = AcceptPrimaryEmailUpdateRequest$;
const AcceptPrimaryEmailUpdateResponse$ = [3, n0, _APEURc,
    0,
    [_S],
    [0]
];
exports.AcceptPrimaryEmailUpdateResponse$ = AcceptPrimaryEmailUpdateResponse$;
const AlternateContact$ = [3, n0, _AC,
    0,
    [_N, _T, _EA, _PN, _ACT],
    [[() => Name, 0], [() => Title, 0], [() => EmailAddress, 0], [() => PhoneNumber, 0], 0]
];
exports.AlternateContact$ = AlternateContact$;
const ContactInformation$ = [3, n0, _CI,
    0,
    [_FN, _ALd, _C, _PC, _CC, _PN, _ALdd, _ALddr, _SOR, _DOC, _CN, _WU],
    [[() => FullName, 0], [() => AddressLine, 0], [() => City, 0], [() => PostalCode, 0], [() => CountryCode, 0], [() => ContactInformationPhoneNumber, 0], [() => AddressLine, 0], [() => AddressLine, 0], [() => StateOrRegion, 0], [() => DistrictOrCounty, 0], [() => CompanyName, 0], [() => WebsiteUrl, 0]], 6
];
exports.ContactInformation$ = ContactInformation$;
const DeleteAlternateContactRequest$ = [3, n0, _DACR,
    0,
    [_ACT, _AI],
    [0, 0], 1
];
exports.DeleteAlternateContactRequest$ = DeleteAlternateContactRequest$;
const DisableRegionRequest$ = [3, n0, _DRR,
    0,
    [_RN, _AI],
    [0, 0], 1
];
exports.DisableRegionRequest$ = DisableRegionRequest$;
const EnableRegionRequest$ = [3, n0, _ERR,
    0,
    [_RN, _AI],
    [0, 0], 1
];
exports.EnableRegionRequest$ = EnableRegionRequest$;
const GetAccountInformationRequest$ = [3, n0, _GAIR,
    0,
    [_AI],
    [0]
];
exports.GetAccountInformationRequest$ = GetAccountInformationRequest$;
const GetAccountInformationResponse$ = [3, n0, _GAIRe,
    0,
    [_AI, _AN, _ACD, _AS],
    [0, [() => AccountName, 0], 5, 0]
];
exports.GetAccountInformationResponse$ = GetAccountInformationResponse$;
const GetAlternateContactRequest$ = [3, n0, _GACR,
    0,
    [_ACT, _AI],
    [0, 0], 1
];
exports.GetAlternateContactRequest$ = GetAlternateContactRequest$;
const GetAlternateContactResponse$ = [3, n0, _GACRe,
    0,
    [_AC],
    [[() => AlternateContact$, 0]]
];
exports.GetAlternateContactResponse$ = GetAlternateContactResponse$;
const GetContactInformationRequest$ = [3, n0, _GCIR,
    0,
    [_AI],
    [0]
];
exports.GetContactInformationRequest$ = GetContactInformationRequest$;
const GetContactInformationResponse$ = [3, n0, _GCIRe,
    0,
    [_CI],
    [[() => ContactInformation$, 0]]
];
exports.GetContactInformationResponse$ = GetContactInformationResponse$;
const GetGovCloudAccountInformationRequest$ = [3, n0, _GGCAIR,
    0,
    [_SAI],
    [0]
];
exports.GetGovCloudAccountInformationRequest$ = GetGovCloudAccountInformationRequest$;
const GetGovCloudAccountInformationResponse$ = [3, n0, _GGCAIRe,
    0,
    [_GCAI, _AS],
    [0, 0], 2
];
exports.GetGovCloudAccountInformationResponse$ = GetGovCloudAccountInformationResponse$;
const GetPrimaryEmailRequest$ = [3, n0, _GPER,
    0,
    [_AI],
    [0], 1
];
exports.GetPrimaryEmailRequest$ = GetPrimaryEmailRequest$;
const GetPrimaryEmailResponse$ = [3, n0, _GPERe,
    0,
    [_PE],
    [[() => PrimaryEmailAddress, 0]]
];
exports.GetPrimaryEmailResponse$ = GetPrimaryEmailResponse$;
const GetRegionOptStatusRequest$ = [3, n0, _GROSR,
    0,
    [_RN, _AI],
    [0, 0], 1
];
exports.GetRegionOptStatusRequest$ = GetRegionOptStatusRequest$;
const GetRegionOptStatusResponse$ = [3, n0, _GROSRe,
    0,
    [_RN, _ROS],
    [0, 0]
];
exports.GetRegionOptStatusResponse$ = GetRegionOptStatusResponse$;
const ListRegionsRequest$ = [3, n0, _LRR,
    0,
    [_AI, _MR, _NT, _ROSC],
    [0, 1, 0, 64 | 0]
];
exports.ListRegionsRequest$ = ListRegionsRequest$;
const ListRegionsResponse$ = [3, n0, _LRRi,
    0,
    [_NT, _R],
    [0, () => RegionOptList]
];
exports.ListRegionsResponse$ = ListRegionsResponse$;
const PutAccountNameRequest$ = [3, n0, _PANR,
    0,
    [_AN, _AI],
    [[() => AccountName, 0], 0], 1
];
exports.PutAccountNameRequest$ = PutAccountNameRequest$;
const PutAlternateContactRequest$ = [3, n0, _PACR,
    0,
    [_N, _T, _EA, _PN, _ACT, _AI],
    [[() => Name, 0], [() => Title, 0], [() => EmailAddress, 0], [() => PhoneNumber, 0], 0, 0], 5
];
exports.PutAlternateContactRequest$ = PutAlternateContactRequest$;
const PutContactInformationRequest$ = [3, n0, _PCIR,
    0,
    [_CI, _AI],
    [[() => ContactInformation$, 0], 0], 1
];
exports.PutContactInformationRequest$ = PutContactInformationRequest$;
const Region$ = [3, n0, _Re,
    0,
    [_RN, _ROS],
    [0, 0]
];
exports.Region$ = Region$;
const StartPrimaryEmailUpdateRequest$ = [3, n0, _SPEUR,
    0,
    [_AI, _PE],
    [0, [() => PrimaryEmailAddress, 0]], 2
];
exports.StartPrimaryEmailUpdateRequest$ = StartPrimaryEmailUpdateRequest$;
const StartPrimaryEmailUpdateResponse$ = [3, n0, _SPEURt,
    0,
    [_S],
    [0]
];
exports.StartPrimaryEmailUpdateResponse$ = StartPrimaryEmailUpdateResponse$;
const ValidationExceptionField$ = [3, n0, _VEF,
    0,
    [_n, _m],
    [0, [() => SensitiveString, 0]], 2
];
exports.ValidationExceptionField$ = ValidationExceptionField$;
var __Unit = "unit";
var RegionOptList = [1, n0, _ROL,
    0, () => Region$
];
var RegionOptStatusList = (/* unused pure expression or super */ null && (64 | 0));
var ValidationExceptionFieldList = [1, n0, _VEFL,
    0, [() => ValidationExceptionField$,
        0]
];
exports.AcceptPrimaryEmailUpdate$ = [9, n0, _APEU,
    { [_h]: ["POST", "/acceptPrimaryEmailUpdate", 200] }, () => AcceptPrimaryEmailUpdateRequest$, () => AcceptPrimaryEmailUpdateResponse$
];
exports.DeleteAlternateContact$ = [9, n0, _DAC,
    { [_h]: ["POST", "/deleteAlternateContact", 200] }, () => DeleteAlternateContactRequest$, () => __Unit
];
exports.DisableRegion$ = [9, n0, _DR,
    { [_h]: ["POST", "/disableRegion", 200] }, () => DisableRegionRequest$, () => __Unit
];
exports.EnableRegion$ = [9, n0, _ER,
    { [_h]: ["POST", "/enableRegion", 200] }, () => EnableRegionRequest$, () => __Unit
];
exports.GetAccountInformation$ = [9, n0, _GAI,
    { [_h]: ["POST", "/getAccountInformation", 200] }, () => GetAccountInformationRequest$, () => GetAccountInformationResponse$
];
exports.GetAlternateContact$ = [9, n0, _GAC,
    { [_h]: ["POST", "/getAlternateContact", 200] }, () => GetAlternateContactRequest$, () => GetAlternateContactResponse$
];
exports.GetContactInformation$ = [9, n0, _GCI,
    { [_h]: ["POST", "/getContactInformation", 200] }, () => GetContactInformationRequest$, () => GetContactInformationResponse$
];
exports.GetGovCloudAccountInformation$ = [9, n0, _GGCAI,
    { [_h]: ["POST", "/getGovCloudAccountInformation", 200] }, () => GetGovCloudAccountInformationRequest$, () => GetGovCloudAccountInformationResponse$
];
exports.GetPrimaryEmail$ = [9, n0, _GPE,
    { [_h]: ["POST", "/getPrimaryEmail", 200] }, () => GetPrimaryEmailRequest$, () => GetPrimaryEmailResponse$
];
exports.GetRegionOptStatus$ = [9, n0, _GROS,
    { [_h]: ["POST", "/getRegionOptStatus", 200] }, () => GetRegionOptStatusRequest$, () => GetRegionOptStatusResponse$
];
exports.ListRegions$ = [9, n0, _LR,
    { [_h]: ["POST", "/listRegions", 200] }, () => ListRegionsRequest$, () => ListRegionsResponse$
];
exports.PutAccountName$ = [9, n0, _PAN,
    { [_h]: ["POST", "/putAccountName", 200] }, () => PutAccountNameRequest$, () => __Unit
];
exports.PutAlternateContact$ = [9, n0, _PAC,
    { [_h]: ["POST", "/putAlternateContact", 200] }, () => PutAlternateContactRequest$, () => __Unit
];
exports.PutContactInformation$ = [9, n0, _PCI,
    { [_h]: ["POST", "/putContactInformation", 200] }, () => PutContactInformationRequest$, () => __Unit
];
exports.StartPrimaryEmailUpdate$ = [9, n0, _SPEU,
    { [_h]: ["POST", "/startPrimaryEmailUpdate", 200] }, () => StartPrimaryEmailUpdateRequest$, () => StartPrimaryEmailUpdateResponse$
];


/***/ }),

/***/ 2229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAccountGateway: () => (/* binding */ createAccountGateway)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_account__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2990);
/* harmony import */ var _aws_sdk_client_account__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_account__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8652);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _page_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3032);
// AWS Account Management, one call: the Regions enabled for the administrator account
// (docs/aws-behaviour.md#regions-enabled-for-the-account).




/** ListRegions pages hold at most 50 Regions; no partition has more than a few pages of them. */
const PAGE_SIZE = 50;
const REGION_PAGES = { list: 'ListRegions', maxPages: 20, basis: 'no partition has more than a few pages of 50 Regions' };
function createAccountGateway(region, credentials, stats) {
    // Account Management allows ListRegions 5 per second, burst 5, per account (its quotas page).
    const client = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createClient */ .U)(_aws_sdk_client_account__WEBPACK_IMPORTED_MODULE_3__.AccountClient, { region, credentials, maxAttempts: 4, metering: { ratePerSecond: 5, burst: 5, stats } });
    return {
        listEnabledRegions: () => (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .wrapErrors */ .Gd)('ListRegions', region, () => (0,_page_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .readAllPages */ .s$)(REGION_PAGES, async (token) => {
            const output = await client.send(new _aws_sdk_client_account__WEBPACK_IMPORTED_MODULE_3__.ListRegionsCommand({
                RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'],
                MaxResults: PAGE_SIZE,
                ...(token && { NextToken: token }),
            }));
            const items = (output.Regions ?? [])
                // The filter is the service's; the action checks it too, so a Region being enabled or disabled is never taken for enabled.
                .filter((entry) => entry.RegionOptStatus === 'ENABLED' || entry.RegionOptStatus === 'ENABLED_BY_DEFAULT')
                .flatMap((entry) => (entry.RegionName ? [entry.RegionName] : []));
            return { items, ...(output.NextToken && { nextToken: output.NextToken }) };
        })),
    };
}


/***/ }),

/***/ 6328:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"name":"@aws-sdk/client-account","description":"AWS SDK for JavaScript Account Client for Node.js, Browser and React Native","version":"3.1075.0","scripts":{"build":"concurrently \'yarn:build:types\' \'yarn:build:es\' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","build:include:deps":"yarn g:turbo run build -F=\\"$npm_package_name\\"","build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4","clean":"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../scripts/generate-clients/single-service","test:index":"tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"},"main":"./dist-cjs/index.js","types":"./dist-types/index.d.ts","module":"./dist-es/index.js","sideEffects":false,"dependencies":{"@aws-crypto/sha256-browser":"5.2.0","@aws-crypto/sha256-js":"5.2.0","@aws-sdk/core":"^3.974.23","@aws-sdk/credential-provider-node":"^3.972.58","@aws-sdk/types":"^3.973.13","@smithy/core":"^3.24.6","@smithy/fetch-http-handler":"^5.4.6","@smithy/node-http-handler":"^4.7.6","@smithy/types":"^4.14.3","tslib":"^2.6.2"},"devDependencies":{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8","concurrently":"7.0.0","downlevel-dts":"0.10.1","premove":"4.0.0","typescript":"~5.8.3"},"engines":{"node":">=20.0.0"},"typesVersions":{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"files":["dist-*/**"],"author":{"name":"AWS SDK for JavaScript Team","url":"https://aws.amazon.com/sdk-for-javascript/"},"license":"Apache-2.0","browser":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},"homepage":"https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-account","repository":{"type":"git","url":"https://github.com/aws/aws-sdk-js-v3.git","directory":"clients/client-account"}}');

/***/ })

};

//# sourceMappingURL=229.index.js.map