import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 8064:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Mv: () => (/* binding */ formatNameOf),
  e_: () => (/* binding */ loadFileFormat)
});

// UNUSED EXPORTS: TEXT_FORMAT

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/accounts/limits.ts
var limits = __nccwpck_require__(4466);
;// CONCATENATED MODULE: ./src/accounts/formats/text.ts

/**
 * Reads a plain-text accounts file: one account per line, optionally followed by its email after
 * a comma or whitespace; `#` comments and blank lines are skipped. Everything before the email is
 * taken as the account ID, so stray words show up in the invalid-ID message rather than vanish.
 */
function readTextAccounts(text, collector) {
    if ((0,limits/* hasMoreLines */.VS)(text)) {
        collector.diagnostics.report((0,limits/* tooManyLinesMessage */.Ql)(), { line: limits/* LIMITS */.b1.maxLines + 1 });
        return;
    }
    for (const entry of textEntries(text))
        collector.add(entry);
}
/**
 * The entries of a plain-text file, one per line that is not blank or a comment, in file order.
 * Hand-written scanning, no regular expression: each line is walked a bounded number of times, so
 * the reader is linear in the file's size whatever a line holds (the pattern `\s(\S*@\S*)\s*$` it
 * replaces backtracked quadratically: 6 to 10 s over a 40 KB line of `@`).
 */
function* textEntries(text) {
    let line = 1;
    for (let start = 0; start <= text.length; line += 1) {
        const newline = text.indexOf('\n', start);
        const end = newline === -1 ? text.length : newline;
        const content = text.slice(start, end);
        const entry = parseLine(content.slice(0, commentStart(content)), line);
        if (entry)
            yield entry;
        start = end + 1;
    }
}
/** Where a `#` starts a comment: at the start of the line or after whitespace, so a#b@example.com keeps its `#`. */
function commentStart(content) {
    for (let index = content.indexOf('#'); index !== -1; index = content.indexOf('#', index + 1)) {
        if (index === 0 || isSpace(content.charCodeAt(index - 1)))
            return index;
    }
    return content.length;
}
function parseLine(content, line) {
    const idStart = firstNonSpace(content, 0);
    if (idStart === content.length)
        return undefined;
    const at = { line, column: idStart + 1 };
    const comma = content.indexOf(',');
    if (comma !== -1) {
        const email = content.slice(comma + 1).trim();
        if (email === '')
            return { accountId: content.slice(0, comma).trim(), at };
        return { accountId: content.slice(0, comma).trim(), at, email, emailAt: { line, column: firstNonSpace(content, comma + 1) + 1 } };
    }
    // Without a comma, the email is the last word, when it has an `@` and whitespace comes before it.
    let wordEnd = content.length;
    while (wordEnd > 0 && isSpace(content.charCodeAt(wordEnd - 1)))
        wordEnd -= 1;
    let wordStart = wordEnd;
    while (wordStart > 0 && !isSpace(content.charCodeAt(wordStart - 1)))
        wordStart -= 1;
    const word = content.slice(wordStart, wordEnd);
    if (wordStart === 0 || !word.includes('@'))
        return { accountId: content.trim(), at };
    return { accountId: content.slice(0, wordStart - 1).trim(), at, email: word, emailAt: { line, column: wordStart + 1 } };
}
function firstNonSpace(content, from) {
    let index = from;
    while (index < content.length && isSpace(content.charCodeAt(index)))
        index += 1;
    return index;
}
/** The characters of JavaScript's `\s` (and of String.prototype.trim): ASCII and Unicode spaces and line terminators. */
function isSpace(code) {
    return ((code >= 0x09 && code <= 0x0d) ||
        code === 0x20 ||
        code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}

;// CONCATENATED MODULE: ./src/accounts/formats/by-extension.ts
// Which parser reads an accounts file, by its extension. Each format's parser is loaded only when a
// file of that format is read: YAML and CSV bring libraries that a run with a text file (or with
// the account-ids input alone) should not pay for at start-up. The bundle keeps each in a chunk.


const LAZY_FORMATS = {
    '.json': { name: 'JSON', load: async () => (await __nccwpck_require__.e(/* import() */ 733).then(__nccwpck_require__.bind(__nccwpck_require__, 4733))).readJsonAccounts },
    '.yaml': { name: 'YAML', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(186)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7186))).readYamlAccounts },
    '.yml': { name: 'YAML', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(186)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7186))).readYamlAccounts },
    '.csv': { name: 'CSV', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(651)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9651))).readCsvAccounts },
};
/** Anything else is one account per line; that reader is small and always there. */
const TEXT_FORMAT = { name: 'text', read: readTextAccounts };
function extensionOf(path) {
    return (0,external_node_path_.extname)(path).toLowerCase();
}
/** The name of the format a path is read as (JSON, YAML, CSV or text). */
function formatNameOf(path) {
    return LAZY_FORMATS[extensionOf(path)]?.name ?? TEXT_FORMAT.name;
}
/** The format a path is read as, with its parser loaded. */
async function loadFileFormat(path) {
    const lazy = LAZY_FORMATS[extensionOf(path)];
    return lazy ? { name: lazy.name, read: await lazy.load() } : TEXT_FORMAT;
}


/***/ }),

/***/ 7153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b1: () => (/* reexport */ limits/* LIMITS */.b1),
  xk: () => (/* reexport */ loadAccounts)
});

// UNUSED EXPORTS: formatNameOf, loadFileFormat, parseAccountIdsInput, parseAccountsFile, readAccountsFile

// EXTERNAL MODULE: ./src/accounts/limits.ts
var limits = __nccwpck_require__(4466);
;// CONCATENATED MODULE: ./src/accounts/diagnostics.ts

/** Collects diagnostics for one source, keeping the first `LIMITS.maxDiagnostics` and counting the rest. */
class DiagnosticList {
    source;
    #kept = [];
    #omitted = 0;
    constructor(source) {
        this.source = source;
    }
    /**
     * A message may be given as a function: it is built only if the diagnostic is kept, so a file of
     * millions of bad lines costs a count per line past the first LIMITS.maxDiagnostics, not a message.
     */
    report(message, at) {
        if (this.#kept.length >= limits/* LIMITS */.b1.maxDiagnostics) {
            this.#omitted += 1;
            return;
        }
        this.#kept.push(this.#diagnostic(typeof message === 'string' ? message : message(), at));
    }
    get isEmpty() {
        return this.#kept.length === 0;
    }
    /** The diagnostics in file order (a format may find a problem after one further down). */
    toArray() {
        const kept = [...this.#kept].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
        if (this.#omitted === 0)
            return kept;
        const more = this.#omitted === 1 ? '1 more problem was' : `${this.#omitted} more problems were`;
        return [...kept, this.#diagnostic(`${more} not shown; fix the problems above and run again to see the rest.`)];
    }
    #diagnostic(message, at) {
        if ('input' in this.source)
            return { message: `${this.source.input}: ${message}` };
        return { message, file: this.source.file, ...at };
    }
}

// EXTERNAL MODULE: ./src/untrusted-text.ts
var untrusted_text = __nccwpck_require__(8521);
// EXTERNAL MODULE: ./src/accounts/validation.ts
var validation = __nccwpck_require__(8513);
;// CONCATENATED MODULE: ./src/accounts/input.ts




const SEPARATORS = /[\s,]+/;
/**
 * The accounts in the `account-ids` input: IDs separated by commas, spaces or newlines, in any mix.
 * An ID given twice counts once; unlike a file, the input has no lines to point a duplicate at.
 */
function parseAccountIdsInput(value) {
    const diagnostics = new DiagnosticList({ input: 'account-ids' });
    if (value.length > limits/* LIMITS */.b1.maxInputChars) {
        diagnostics.report(`The input is ${value.length} characters long; ${limits/* LIMITS */.b1.maxAccounts} account IDs, the most a run onboards, need fewer than ${limits/* LIMITS */.b1.maxInputChars}. ` +
            'Check what the workflow passes to account-ids, or list the accounts in accounts-file.');
        return { accounts: [], diagnostics: diagnostics.toArray() };
    }
    const accountIds = new Set();
    value
        .split(SEPARATORS)
        .filter((item) => item !== '')
        .forEach((item, index) => {
        if ((0,validation/* isAccountId */.JG)(item))
            accountIds.add(item);
        else
            diagnostics.report(() => `Invalid account ID ${(0,untrusted_text/* quoteUntrusted */.X0)(item)} (item ${index + 1}): ${(0,validation/* accountIdProblem */.gN)(item)}.${emailHint(item)} Fix the input.`);
    });
    if (accountIds.size > limits/* LIMITS */.b1.maxAccounts) {
        diagnostics.report(`The input lists ${accountIds.size} accounts, and a run onboards at most ${limits/* LIMITS */.b1.maxAccounts}. ` +
            "Split the accounts across several runs (with remove-absent off: each run would remove the other runs' accounts).");
    }
    const accounts = [...accountIds].map((accountId) => ({ accountId, origin: { kind: 'input' } }));
    return { accounts: diagnostics.isEmpty ? accounts : [], diagnostics: diagnostics.toArray() };
}
function emailHint(item) {
    return item.includes('@') ? ' The input takes account IDs only; give emails in accounts-file.' : '';
}

// EXTERNAL MODULE: ./src/accounts/formats/by-extension.ts + 1 modules
var by_extension = __nccwpck_require__(8064);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/accounts/collector.ts



/**
 * The rules every file format shares: valid IDs and emails, no account twice, at most
 * `LIMITS.maxAccounts`. Formats report their own syntax problems to `diagnostics` and hand each
 * entry to `add`, in file order, so the diagnostics come out in file order too.
 */
class AccountCollector {
    file;
    diagnostics;
    #accounts = [];
    #firstLines = new Map();
    #tooManyReported = false;
    constructor(file, diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }
    add(entry) {
        const idValid = (0,validation/* isAccountId */.JG)(entry.accountId);
        if (!idValid) {
            this.diagnostics.report(() => `Invalid account ID ${(0,untrusted_text/* quoteUntrusted */.X0)(entry.accountId)}: ${(0,validation/* accountIdProblem */.gN)(entry.accountId)}. Fix or remove this entry.`, entry.at);
        }
        const badEmail = entry.email !== undefined && this.#reportedBadEmail(entry.email, entry.emailAt ?? entry.at);
        if (!idValid || this.#reportedDuplicate(entry.accountId, entry.at) || this.#reportedTooMany(entry.at))
            return;
        this.#accounts.push({
            accountId: entry.accountId,
            ...(entry.email === undefined || badEmail ? {} : { email: entry.email }),
            origin: { kind: 'file', file: this.file, line: entry.at.line },
        });
    }
    get accounts() {
        return [...this.#accounts];
    }
    #reportedBadEmail(email, at) {
        const problem = (0,validation/* emailProblem */.cK)(email);
        if (problem === undefined)
            return false;
        this.diagnostics.report(() => `Invalid email ${(0,untrusted_text/* quoteUntrusted */.X0)(email)}: ${problem}. Write a plain address such as name@example.com, or leave the email out.`, at);
        return true;
    }
    #reportedDuplicate(accountId, at) {
        const firstLine = this.#firstLines.get(accountId);
        if (firstLine === undefined) {
            this.#firstLines.set(accountId, at.line);
            return false;
        }
        const lines = firstLine === at.line ? `twice on line ${at.line}` : `twice, on lines ${firstLine} and ${at.line}`;
        this.diagnostics.report(() => `Account ${accountId} is listed ${lines}; remove one.`, at);
        return true;
    }
    #reportedTooMany(at) {
        if (this.#accounts.length < limits/* LIMITS */.b1.maxAccounts)
            return false;
        if (!this.#tooManyReported) {
            this.#tooManyReported = true;
            this.diagnostics.report(`Too many accounts: this is account number ${limits/* LIMITS */.b1.maxAccounts + 1}, and a run onboards at most ${limits/* LIMITS */.b1.maxAccounts}. ` +
                "Split the accounts across several files and run the action once per file (with remove-absent off: each run would remove the other files' accounts).", at);
        }
        return true;
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./src/accounts/formats/decode.ts


const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const DEL = 0x7f;
const NOT_TEXT = 'The file does not look like text';
const WANTED = 'accounts-file must name a UTF-8 text file (.json, .yaml, .yml, .csv, or one account per line).';
/**
 * The file's text with a UTF-8 byte order mark removed and CRLF turned into LF, so that every
 * format counts lines the same way; or undefined, with one diagnostic, when it is not UTF-8 text.
 * Refusing binary content up front beats reporting garbage on every "line" of it.
 */
function decodeAccountsText(content, diagnostics) {
    if (startsWithUtf16Mark(content)) {
        diagnostics.report('The file is encoded as UTF-16; save it as UTF-8.');
        return undefined;
    }
    const problem = findByteProblem(content) ?? findInvalidUtf8(content);
    if (problem) {
        diagnostics.report(problem.message, { line: problem.line });
        return undefined;
    }
    // Fatal is not needed: the bytes were checked above. The decoder drops a leading BOM.
    return new TextDecoder('utf-8').decode(content).replaceAll('\r\n', '\n');
}
function startsWithUtf16Mark(content) {
    return content.length >= 2 && ((content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff));
}
function findByteProblem(content) {
    let line = 1;
    for (let offset = 0; offset < content.length; offset += 1) {
        const byte = content[offset] ?? 0;
        if (byte === LF) {
            line += 1;
        }
        else if (byte === 0) {
            return { line, message: `${NOT_TEXT}: this line contains a NUL byte. ${WANTED}` };
        }
        else if (byte === CR) {
            if (content[offset + 1] !== LF) {
                return { line, message: 'This line ends in a lone carriage return (\\r); save the file with LF or CRLF line endings.' };
            }
        }
        else if ((byte < 0x20 && byte !== TAB) || byte === DEL) {
            return {
                line,
                message: `${NOT_TEXT}: this line contains the control character ${(0,untrusted_text/* codePointName */.R8)(String.fromCharCode(byte))}. ${WANTED}`,
            };
        }
    }
    return undefined;
}
// LF never occurs inside a multi-byte UTF-8 sequence, so checking line by line finds the first bad line.
function findInvalidUtf8(content) {
    if ((0,external_node_buffer_.isUtf8)(content))
        return undefined;
    let line = 1;
    let start = 0;
    for (;;) {
        const end = content.indexOf(LF, start);
        if (!(0,external_node_buffer_.isUtf8)(content.subarray(start, end === -1 ? content.length : end))) {
            return { line, message: `${NOT_TEXT}: this line is not valid UTF-8. ${WANTED} If it is text, save it as UTF-8.` };
        }
        if (end === -1)
            return undefined;
        start = end + 1;
        line += 1;
    }
}

;// CONCATENATED MODULE: ./src/accounts/formats/parse-file.ts




/**
 * The accounts in an accounts file's content, read as `format`: the one `loadFileFormat` gives for
 * `displayPath`'s extension (.json, .yaml/.yml, .csv, anything else is one account per line).
 * `displayPath` also labels the diagnostics and the accounts' origins. Pure, and never throws:
 * every problem is a diagnostic.
 */
function parseAccountsFile(content, displayPath, format) {
    const diagnostics = new DiagnosticList({ file: displayPath });
    const collector = new AccountCollector(displayPath, diagnostics);
    try {
        readContent(content, format, collector);
    }
    catch (error) {
        // A bug here must not become a stack trace in the log, nor let a broken file through.
        const kind = error instanceof Error ? error.name : typeof error;
        diagnostics.report(`Could not read the file as ${format.name} because of an internal error (${kind}); please report this as a bug.`);
    }
    return { accounts: diagnostics.isEmpty ? collector.accounts : [], diagnostics: diagnostics.toArray() };
}
function readContent(content, format, collector) {
    if (content.length > limits/* LIMITS */.b1.maxFileBytes) {
        collector.diagnostics.report(tooLargeMessage(content.length));
        return;
    }
    const text = decodeAccountsText(content, collector.diagnostics);
    // A file with nothing in it lists no accounts, whatever its format.
    if (text === undefined || text.trim() === '')
        return;
    format.read(text, collector);
}
function tooLargeMessage(bytes) {
    return (`The file is ${bytes} bytes, over the ${limits/* LIMITS */.b1.maxFileBytes / 1024 / 1024} MiB (${limits/* LIMITS */.b1.maxFileBytes} bytes) limit for accounts files; ` +
        `${limits/* LIMITS */.b1.maxAccounts} accounts fit in well under 1 MiB. Check that accounts-file names the accounts file.`);
}

// EXTERNAL MODULE: ./src/accounts/workspace-path.ts
var workspace_path = __nccwpck_require__(7037);
;// CONCATENATED MODULE: ./src/accounts/read-file.ts






// Error codes a user can act on, in words.
const FS_ERRORS = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ELOOP: 'its symbolic links form a loop',
    ENAMETOOLONG: 'the path is too long',
};
/**
 * Reads and parses the accounts file at `relativePath` inside `workspace` (GITHUB_WORKSPACE).
 * Refuses paths that leave the workspace, and files over LIMITS.maxFileBytes before reading them.
 * Never throws: every problem is a diagnostic.
 */
async function readAccountsFile(workspace, relativePath) {
    try {
        const displayPath = (0,workspace_path/* normaliseAccountsPath */.K$)(relativePath);
        const realPath = await (0,workspace_path/* resolveInWorkspace */.z1)(workspace, displayPath);
        const stats = await (0,promises_.stat)(realPath);
        if (stats.isDirectory())
            throw new workspace_path/* RefusedPath */.i_(`${(0,untrusted_text/* quoteUntrusted */.X0)(displayPath, 120)} is a directory; give the path of the accounts file inside it.`);
        if (!stats.isFile())
            throw new workspace_path/* RefusedPath */.i_(`${(0,untrusted_text/* quoteUntrusted */.X0)(displayPath, 120)} is not a regular file; give the path of the accounts file.`);
        if (stats.size > limits/* LIMITS */.b1.maxFileBytes) {
            return { accounts: [], diagnostics: [{ message: tooLargeMessage(stats.size), file: displayPath }] };
        }
        // parseAccountsFile checks the size again, should the file have grown since stat().
        return parseAccountsFile(await (0,promises_.readFile)(realPath), displayPath, await (0,by_extension/* loadFileFormat */.e_)(displayPath));
    }
    catch (error) {
        return { accounts: [], diagnostics: [{ message: readFailureMessage(error, relativePath) }] };
    }
}
function readFailureMessage(error, relativePath) {
    if (error instanceof workspace_path/* RefusedPath */.i_)
        return error.message;
    const code = error?.code;
    const reason = (code === undefined ? undefined : FS_ERRORS[code]) ?? `error ${code ?? 'unknown'}`;
    return `accounts-file: ${(0,untrusted_text/* quoteUntrusted */.X0)(relativePath, 120)} could not be read (${reason}); check that the path names a readable file in the repository.`;
}

;// CONCATENATED MODULE: ./src/accounts/load.ts




/**
 * The accounts to onboard: the union of the `account-ids` input and the accounts file. An account
 * in both is kept once, as the file lists it, since the file may give its email. `accounts` is
 * empty whenever `diagnostics` is not, so a partial list can never be onboarded by mistake.
 */
async function loadAccounts(sources) {
    const fromInput = parseAccountIdsInput(sources.accountIds);
    const filePath = sources.accountsFile?.trim() ?? '';
    const fromFile = filePath === '' ? undefined : await readAccountsFile(sources.workspace, filePath);
    const diagnostics = [...fromInput.diagnostics, ...(fromFile?.diagnostics ?? [])];
    if (diagnostics.length > 0)
        return { accounts: [], diagnostics };
    const accounts = union(fromFile?.accounts ?? [], fromInput.accounts);
    const problem = accounts.length === 0 && !sources.moreSourcesFollow && !sources.allowEmpty ? noAccounts(filePath) : tooMany(accounts.length);
    return problem === undefined ? { accounts, diagnostics: [] } : { accounts: [], diagnostics: [problem] };
}
function union(fromFile, fromInput) {
    const inFile = new Set(fromFile.map((account) => account.accountId));
    return [...fromFile, ...fromInput.filter((account) => !inFile.has(account.accountId))];
}
function noAccounts(filePath) {
    if (filePath !== '') {
        return {
            message: `No accounts to onboard: accounts-file ${(0,untrusted_text/* quoteUntrusted */.X0)(filePath, 120)} lists none, and account-ids is empty. Add accounts to the file, or set account-ids.`,
        };
    }
    return {
        message: 'No accounts to onboard: set the account-ids input (12-digit account IDs separated by commas, spaces or newlines) ' +
            'or accounts-file (the path of a .json, .yaml, .yml, .csv or text file in the repository).',
    };
}
function tooMany(count) {
    if (count <= limits/* LIMITS */.b1.maxAccounts)
        return undefined;
    return {
        message: `Too many accounts: account-ids and accounts-file together list ${count}, and a run onboards at most ${limits/* LIMITS */.b1.maxAccounts}. ` +
            "Split the accounts across several runs (with remove-absent off: each run would remove the other runs' accounts).",
    };
}

;// CONCATENATED MODULE: ./src/accounts/index.ts








/***/ }),

/***/ 4466:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ tooManyLinesMessage),
/* harmony export */   VS: () => (/* binding */ hasMoreLines),
/* harmony export */   b1: () => (/* binding */ LIMITS)
/* harmony export */ });
/**
 * Bounds on what the account sources may hold. Real accounts files are far below them; they exist
 * so that a wrong path (a binary, a log) or a hostile file fails fast instead of eating the runner.
 */
const LIMITS = Object.freeze({
    /** 10,000 accounts with emails need well under 1 MiB. */
    maxFileBytes: 5 * 1024 * 1024,
    /** Accounts per run, after de-duplication. */
    maxAccounts: 10_000,
    /** Diagnostics kept per source; one more line says how many were left out. */
    maxDiagnostics: 100,
    /** The account-ids input: 10,000 IDs with a separator each need 130,000 characters. */
    maxInputChars: 1024 * 1024,
    /** Lines of an accounts file: a generous 10 per account (an object over several lines, comments, blank lines). */
    maxLines: 10 * 10_000 + 1000,
});
/** The message for a file with more than LIMITS.maxLines lines, reported on the first line past it. */
function tooManyLinesMessage() {
    return (`The file has more than ${LIMITS.maxLines} lines, more than ${LIMITS.maxAccounts} accounts, the most a run onboards, can need. ` +
        'Check that accounts-file names the accounts file, or split the accounts across several files and runs.');
}
/** Whether `text` has more than `maxLines` lines, counted without reading past the line that shows it. */
function hasMoreLines(text, maxLines = LIMITS.maxLines) {
    let breaks = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
        breaks += 1;
        // A final line break ends the last line; only text after it starts one more.
        if (breaks >= maxLines && at + 1 < text.length)
            return true;
    }
    return false;
}


/***/ }),

/***/ 8513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ isAccountId),
/* harmony export */   cK: () => (/* binding */ emailProblem),
/* harmony export */   gN: () => (/* binding */ accountIdProblem)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8521);

// Anchored and ASCII-only: `\d` with the `u` flag, or Number(), would also accept other scripts' digits.
const ACCOUNT_ID = /^[0-9]{12}$/;
const ASCII_DIGITS = /^[0-9]+$/;
const NON_ASCII_DIGIT = /[^\P{Nd}0-9]/u;
const DASHED_ACCOUNT_ID = /^[0-9]{4}-[0-9]{4}-[0-9]{4}$/;
const SCIENTIFIC_NOTATION = /^[0-9](?:\.[0-9]+)?[eE]\+?[0-9]+$/;
/** RFC 5321 caps a forward path at 256 octets including the angle brackets. */
const MAX_EMAIL_LENGTH = 254;
// Whitespace, controls and invisible format characters (bidi overrides, zero-width spaces).
const EMAIL_INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Z}]/u;
// RFC 5322 "specials" that only a quoted local part may hold; nobody onboards such an address.
const EMAIL_SPECIAL = /[<>()[\]\\,;:"]/;
function isAccountId(value) {
    return ACCOUNT_ID.test(value);
}
/** Why `value` is not an AWS account ID ("expected exactly 12 digits (0-9), found …"), or undefined if it is one. */
function accountIdProblem(value) {
    if (isAccountId(value))
        return undefined;
    return `expected exactly 12 digits (0-9), ${describeAccountIdMistake(value)}`;
}
/** Why `value` is not a plausible email address, or undefined if it is one. */
function emailProblem(value) {
    if (value.length > MAX_EMAIL_LENGTH)
        return `it is longer than ${MAX_EMAIL_LENGTH} characters`;
    const invisible = EMAIL_INVISIBLE.exec(value)?.[0];
    if (invisible !== undefined)
        return `it contains ${describeInvisible(invisible)}`;
    const special = EMAIL_SPECIAL.exec(value)?.[0];
    if (special !== undefined)
        return `it contains ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteUntrusted */ .X0)(special)}`;
    const parts = value.split('@');
    if (parts.length !== 2)
        return parts.length === 1 ? 'it has no "@"' : 'it has more than one "@"';
    const [local = '', domain = ''] = parts;
    if (local === '')
        return 'nothing comes before the "@"';
    if (!domain.includes('.'))
        return 'the domain after the "@" has no dot';
    if (domain.split('.').includes(''))
        return 'the domain after the "@" has an empty part (check the dots)';
    return undefined;
}
function describeAccountIdMistake(value) {
    if (value === '')
        return 'found nothing';
    if (ASCII_DIGITS.test(value)) {
        const count = `found ${value.length} digit${value.length === 1 ? '' : 's'}`;
        return value.length < 12 ? `${count} (spreadsheets drop leading zeros; add them back)` : count;
    }
    const nonAsciiDigit = NON_ASCII_DIGIT.exec(value)?.[0];
    if (nonAsciiDigit !== undefined) {
        return `found the non-ASCII digit ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteUntrusted */ .X0)(nonAsciiDigit)} (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .codePointName */ .R8)(nonAsciiDigit)}); type it with the digits 0-9`;
    }
    if (DASHED_ACCOUNT_ID.test(value))
        return `found dashes; write it as ${value.replaceAll('-', '')}`;
    if (SCIENTIFIC_NOTATION.test(value)) {
        return 'found a number in scientific notation (a spreadsheet reformatted it; format the column as text)';
    }
    const invisible = /[\s\p{Cc}\p{Cf}]/u.exec(value)?.[0];
    if (invisible !== undefined)
        return `found ${describeInvisible(invisible)} in it`;
    if (value.includes('@'))
        return 'found what looks like an email address';
    // With the `u` flag, so that a character outside the BMP (an emoji) is named whole, not by half its surrogate pair.
    const other = /[^0-9]/u.exec(value)?.[0] ?? '';
    return `found ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteUntrusted */ .X0)(other)} in it`;
}
function describeInvisible(char) {
    if (char === ' ')
        return 'a space';
    if (char === '\n' || char === '\r')
        return 'a line break';
    if (char === '\t')
        return 'a tab';
    return `the invisible character ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .codePointName */ .R8)(char)}`;
}


/***/ }),

/***/ 7037:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K$: () => (/* binding */ normaliseAccountsPath),
/* harmony export */   i_: () => (/* binding */ RefusedPath),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8521);



/** A path the action refuses to read, with the message that says why and what to do. */
class RefusedPath extends Error {
    constructor(message, input = 'accounts-file') {
        super(`${input}: ${message}`);
    }
}
const CONTROL = /\p{Cc}/u;
// Both separators count, so that a path written for a Windows runner is checked the same way.
const SEPARATORS = /[\\/]/;
/**
 * `relativePath` with forward slashes and no `.` or empty segments, for messages and annotations.
 * Throws RefusedPath for an absolute path or any `..`: the accounts file is part of the repository,
 * so there is no reason to climb out of it, and refusing `..` outright is simpler to trust than
 * resolving it.
 */
function normaliseAccountsPath(relativePath, input = 'accounts-file') {
    const shown = (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteUntrusted */ .X0)(relativePath, 120);
    if (CONTROL.test(relativePath)) {
        throw new RefusedPath(`${shown} contains control characters; give the path of a file in the repository.`, input);
    }
    if (/^[\\/]/.test(relativePath) || /^[A-Za-z]:/.test(relativePath)) {
        throw new RefusedPath(`${shown} is an absolute path; give a path relative to the repository root (GITHUB_WORKSPACE), such as accounts.yml.`, input);
    }
    const segments = relativePath.split(SEPARATORS);
    if (segments.includes('..')) {
        throw new RefusedPath(`${shown} contains "..": give a path inside the repository, relative to GITHUB_WORKSPACE, without "..".`, input);
    }
    const kept = segments.filter((segment) => segment !== '' && segment !== '.');
    if (kept.length === 0)
        throw new RefusedPath(`${shown} names no file; give the path of a file relative to GITHUB_WORKSPACE, such as accounts.yml.`, input);
    return kept.join('/');
}
/**
 * The real path of `displayPath` inside `workspace`. The path must lead inside the workspace's own
 * real path, through no symbolic link, and not into `.git/`: a link committed to the repository
 * must not make the action read the runner's other files, nor `.git/config`, where actions/checkout
 * keeps the job's token, nor a token file an earlier step wrote; the file's lines are quoted into
 * annotations and the pull-request comment. The workspace itself may be a link.
 */
async function resolveInWorkspace(workspace, displayPath) {
    const shown = (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteUntrusted */ .X0)(displayPath, 120);
    if (workspace === '') {
        throw new RefusedPath(`GITHUB_WORKSPACE is not set, so ${shown} cannot be found; run the action in a GitHub Actions job, after actions/checkout.`);
    }
    const realWorkspace = await realpathOrUndefined(workspace);
    if (realWorkspace === undefined) {
        throw new RefusedPath(`the workspace ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteUntrusted */ .X0)(workspace, 200)} (GITHUB_WORKSPACE) does not exist; run actions/checkout before this step.`);
    }
    const realFile = await realpathOrUndefined((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realWorkspace, displayPath));
    if (realFile === undefined) {
        throw new RefusedPath(`${shown} was not found. The path is resolved against GITHUB_WORKSPACE (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeUntrusted */ .sl)(workspace, 200)}); ` +
            'check the path, and that actions/checkout ran before this step.');
    }
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(realWorkspace, realFile);
    if (inside === '..' || inside.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside)) {
        throw new RefusedPath(`${shown} leads outside the workspace through a symbolic link; the accounts file must be inside the repository checkout. ` +
            'Point accounts-file at the file itself.');
    }
    await refuseSymbolicLinks(realWorkspace, displayPath);
    if (inside.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).some((segment) => segment.toLowerCase() === '.git')) {
        throw new RefusedPath(`${shown} is inside .git/, git's own folder (it holds the checkout's credentials), not a file of the repository. ` +
            'Point accounts-file at the accounts file committed in the repository.');
    }
    return realFile;
}
/** Refuses `displayPath` when it, or a folder on the way to it, is a symbolic link. */
async function refuseSymbolicLinks(realWorkspace, displayPath) {
    const segments = displayPath.split('/');
    for (let count = 1; count <= segments.length; count += 1) {
        const prefix = segments.slice(0, count).join('/');
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realWorkspace, prefix))).isSymbolicLink())
            continue;
        const which = count === segments.length
            ? (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteUntrusted */ .X0)(displayPath, 120)
            : `${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteUntrusted */ .X0)(prefix, 120)}, a folder on the way to ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteUntrusted */ .X0)(displayPath, 120)},`;
        throw new RefusedPath(`${which} is a symbolic link. The action reads only a file committed at the path itself, so that a link cannot make it read ` +
            "another file (such as .git/config, which holds the checkout's token). Replace the link with the file, or point accounts-file at the file.");
    }
}
async function realpathOrUndefined(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 706:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ checkExportPath),
/* harmony export */   c: () => (/* binding */ writeExportFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8521);
/* harmony import */ var _workspace_path_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7037);
// Where export-file writes: a file inside GITHUB_WORKSPACE, reached through real directories only.





const INPUT = 'export-file';
/**
 * The normalised path (as for accounts-file: relative, no `..`), checked against the workspace as
 * it is now. Call it before any AWS call, so a bad path fails the run before anything is done.
 * Writing is an allowlist: every part of the path is a real directory or does not exist yet, and
 * the file is a regular file or does not exist. A symbolic link anywhere is refused, not followed,
 * and nothing is ever written inside `.git` (a hook there would run code).
 */
async function checkExportPath(workspace, relativePath) {
    const displayPath = (0,_workspace_path_js__WEBPACK_IMPORTED_MODULE_4__/* .normaliseAccountsPath */ .K$)(relativePath, INPUT);
    await walk(workspace, displayPath, false);
    return displayPath;
}
/** Writes `content` at `displayPath` (from checkExportPath), creating missing folders; checks the path again first. */
async function writeExportFile(workspace, displayPath, content) {
    const file = await walk(workspace, displayPath, true);
    // O_NOFOLLOW: should a link appear at the last moment, the write fails instead of following it.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, 0o644);
    try {
        await handle.writeFile(content, 'utf8');
    }
    finally {
        await handle.close();
    }
}
async function walk(workspace, displayPath, create) {
    const shown = (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteUntrusted */ .X0)(displayPath, 120);
    const segments = displayPath.split('/');
    if (segments.some((segment) => segment.toLowerCase() === '.git')) {
        throw new _workspace_path_js__WEBPACK_IMPORTED_MODULE_4__/* .RefusedPath */ .i_(`${shown} is inside .git; give the path of a file in the repository's working tree, such as security/accounts.yml.`, INPUT);
    }
    if (workspace === '')
        throw new _workspace_path_js__WEBPACK_IMPORTED_MODULE_4__/* .RefusedPath */ .i_(`GITHUB_WORKSPACE is not set, so ${shown} has no place; run the action in a GitHub Actions job.`, INPUT);
    let current = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace).catch(() => {
        throw new _workspace_path_js__WEBPACK_IMPORTED_MODULE_4__/* .RefusedPath */ .i_(`the workspace ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteUntrusted */ .X0)(workspace, 200)} (GITHUB_WORKSPACE) does not exist; run actions/checkout before this step.`, INPUT);
    });
    for (const [index, segment] of segments.entries()) {
        current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, segment);
        const isFile = index === segments.length - 1;
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(current).catch((error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        });
        if (stats?.isSymbolicLink()) {
            throw new _workspace_path_js__WEBPACK_IMPORTED_MODULE_4__/* .RefusedPath */ .i_(`${shown} goes through a symbolic link (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteUntrusted */ .X0)(segments.slice(0, index + 1).join('/'), 120)}); the export is written only through real folders, to a real file.`, INPUT);
        }
        if (isFile) {
            if (stats && !stats.isFile())
                throw new _workspace_path_js__WEBPACK_IMPORTED_MODULE_4__/* .RefusedPath */ .i_(`${shown} exists and is not a regular file; give the path of a file to write.`, INPUT);
        }
        else if (stats && !stats.isDirectory()) {
            throw new _workspace_path_js__WEBPACK_IMPORTED_MODULE_4__/* .RefusedPath */ .i_(`${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteUntrusted */ .X0)(segments.slice(0, index + 1).join('/'), 120)} is not a folder, so ${shown} cannot be written.`, INPUT);
        }
        else if (!stats && create) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(current);
        }
    }
    return current;
}


/***/ }),

/***/ 5647:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ Output),
/* harmony export */   p: () => (/* binding */ Input)
/* harmony export */ });
// The action's interface: every input and output name, exactly as in action.yml, in one place.
// Users' workflows depend on them; nothing else spells them.
const Input = {
    accountIds: 'account-ids',
    accountsFile: 'accounts-file',
    regions: 'regions',
    excludeRegions: 'exclude-regions',
    organizationAccounts: 'organization-accounts',
    excludeAccounts: 'exclude-accounts',
    roleToAssume: 'role-to-assume',
    roleSessionName: 'role-session-name',
    roleDurationSeconds: 'role-duration-seconds',
    audience: 'audience',
    mode: 'mode',
    invite: 'invite',
    failOnUnprocessed: 'fail-on-unprocessed',
    reinvite: 'reinvite',
    staleInviteDays: 'stale-invite-days',
    removeAbsent: 'remove-absent',
    maxRemovals: 'max-removals',
    githubToken: 'github-token',
    prComment: 'pr-comment',
    memberRoleName: 'member-role-name',
    memberRoleExternalId: 'member-role-external-id',
    enableDefaultStandards: 'enable-default-standards',
    memberConcurrency: 'member-concurrency',
    requestsPerSecond: 'requests-per-second',
    requestBurst: 'request-burst',
    protectedAccounts: 'protected-accounts',
    driftIssue: 'drift-issue',
    driftIssueLabels: 'drift-issue-labels',
    exportFile: 'export-file',
};
const Output = {
    unprocessedAccounts: 'unprocessed-accounts',
    unprocessedCount: 'unprocessed-count',
    createdAccounts: 'created-accounts',
    invitedAccounts: 'invited-accounts',
    skippedAccounts: 'skipped-accounts',
    reinvitedAccounts: 'reinvited-accounts',
    removedAccounts: 'removed-accounts',
    driftAccounts: 'drift-accounts',
    acceptedAccounts: 'accepted-accounts',
    ignoredMembers: 'ignored-members',
    plan: 'plan',
    mode: 'mode',
    reportFile: 'report-file',
    regions: 'regions',
    driftIssue: 'drift-issue',
    exportFile: 'export-file',
};


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ isMemberLimitExceeded),
/* harmony export */   BU: () => (/* binding */ isAlreadyMember),
/* harmony export */   Dz: () => (/* binding */ toAwsCallError),
/* harmony export */   G3: () => (/* binding */ isNotVisibleYet),
/* harmony export */   Gd: () => (/* binding */ wrapErrors),
/* harmony export */   Pd: () => (/* binding */ isIamDenial),
/* harmony export */   UE: () => (/* binding */ withMemberLimitAdvice),
/* harmony export */   c8: () => (/* binding */ regionNotEnabledMessage),
/* harmony export */   eN: () => (/* binding */ isUnansweredRequest),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   lE: () => (/* binding */ CredentialsError),
/* harmony export */   p0: () => (/* binding */ isThrottle),
/* harmony export */   pn: () => (/* binding */ isRegionNotEnabled),
/* harmony export */   w7: () => (/* binding */ isAccessDenied),
/* harmony export */   yu: () => (/* binding */ HubNotEnabledError)
/* harmony export */ });
/* unused harmony exports AwsCallError, isMemberLimitText, MEMBER_LIMIT_ADVICE */
// AWS errors as the action sees them: the wrapped call error (what was being done, where), what
// AWS's answers mean where a decision depends on them, and the advice the action gives with them.
// Each rule, its public source and whether it is documented, reported or unknown: docs/aws-behaviour.md.
/** An AWS call that failed after the SDK's retries, with what the action was doing. */
class AwsCallError extends Error {
    operation;
    region;
    errorName;
    detail;
    httpStatus;
    constructor(operation, region, errorName, detail, httpStatus) {
        super(`${operation} failed in ${region}: ${errorName}: ${detail}`);
        this.operation = operation;
        this.region = region;
        this.errorName = errorName;
        this.detail = detail;
        this.httpStatus = httpStatus;
        this.name = 'AwsCallError';
    }
}
class HubNotEnabledError extends AwsCallError {
}
/**
 * A failure to obtain credentials, with the fix in its message. `missing` means the job has none
 * to offer (no OIDC token, no credentials in the environment); `refused` means AWS said no.
 */
class CredentialsError extends Error {
    kind;
    awsError;
    name = 'CredentialsError';
    constructor(message, kind = 'refused', 
    /** The AWS error behind a refusal, to tell a Region not enabled from a real refusal. */
    awsError) {
        super(message);
        this.kind = kind;
        this.awsError = awsError;
    }
}
function nameOf(error) {
    const candidate = error;
    return candidate?.errorName ?? candidate?.name ?? '';
}
function textOf(error) {
    const candidate = error;
    return candidate?.detail ?? candidate?.message ?? '';
}
/** Runs one AWS call and gives any failure the operation and Region it happened in. */
async function wrapErrors(operation, region, send) {
    try {
        return await send();
    }
    catch (error) {
        throw toAwsCallError(operation, region, error);
    }
}
/** The text reported for a failed call: the AWS error name and message, without the stack. */
function errorText(error) {
    if (error instanceof AwsCallError)
        return `${error.errorName}: ${error.detail}`;
    return error instanceof Error ? error.message : String(error);
}
function toAwsCallError(operation, region, error) {
    if (error instanceof AwsCallError)
        return error;
    const candidate = error;
    // The SDK calls a reset connection "TimeoutError: socket hang up"; its Node code says what happened.
    const name = (candidate?.name === 'TimeoutError' && !isUnansweredRequest(error) && candidate.code) || candidate?.name || 'Error';
    const message = candidate?.message || String(error);
    const detail = isMemberLimitExceeded(error) ? `${message} ${MEMBER_LIMIT_ADVICE}` : message;
    return new AwsCallError(operation, region, name, detail, candidate?.$metadata?.httpStatusCode);
}
/**
 * The invitation-based member cap (1,000 per administrator per Region, docs/aws-behaviour.md#member-cap). Security Hub
 * answers it with the same 429 LimitExceededException as a rate limit ("beyond the current AWS
 * account or throttling limits", in the API model), which the SDK retries as throttling for a minute
 * or more. Only the message tells them apart: a cap names member accounts, a rate limit does not.
 */
function isMemberLimitExceeded(error) {
    if (nameOf(error) !== 'LimitExceededException')
        return false;
    // toAwsCallError appends MEMBER_LIMIT_ADVICE to the text; it is not AWS's and is not read.
    const message = textOf(error).replace(MEMBER_LIMIT_ADVICE, '');
    return /\b(member|invitation)/i.test(message) && !/\brate\b|throttl|too many requests/i.test(message);
}
/**
 * A request that got no answer (or no connection) within its timeout: a TimeoutError with no code
 * or ETIMEDOUT. The SDK's HTTP handler also renames Node's ECONNRESET, ECONNREFUSED and EPIPE
 * errors TimeoutError; those keep their code, come at once, and are retried as transient.
 */
function isUnansweredRequest(error) {
    const candidate = error;
    return candidate?.name === 'TimeoutError' && (candidate.code === undefined || candidate.code === 'ETIMEDOUT');
}
const THROTTLE_NAMES = new Set(['TooManyRequestsException', 'LimitExceededException', 'ThrottlingException']);
/** A rate limit the SDK waits out; the member cap is a 429 too, but it is not retried (retry.ts). */
function isThrottle(error) {
    const candidate = error;
    if (isMemberLimitExceeded(error))
        return false;
    return candidate?.$metadata?.httpStatusCode === 429 || THROTTLE_NAMES.has(candidate?.name ?? '');
}
/**
 * GetMembers for an account it cannot see (yet) fails the whole call: 400 BadRequestException or
 * AccessDeniedException "The request is rejected since no such resource found.", or
 * ResourceNotFoundException (docs/aws-behaviour.md#read-back).
 */
function isNotVisibleYet(error) {
    const name = nameOf(error);
    if (name === 'ResourceNotFoundException')
        return true;
    return (name === 'BadRequestException' || name === 'AccessDeniedException') && /no such resource found/i.test(textOf(error));
}
/**
 * CreateMembers' answer for an account already in the member list (docs/aws-behaviour.md#already-a-member).
 * Narrow on purpose: "already a member account for a different administrator" is a refusal.
 */
function isAlreadyMember(processingResult) {
    return /already a member or associated member of the current account/i.test(processingResult);
}
/**
 * A per-account answer that names the member cap (docs/aws-behaviour.md#member-cap). Its wording is
 * unknown; it must name members or invitations and a limit, and not the 51st-account answer
 * "Maximum number of results exceeded".
 */
function isMemberLimitText(processingResult) {
    return (/\b(members?|invitations?)\b/i.test(processingResult) &&
        /\b(limit|maximum|exceed)/i.test(processingResult) &&
        !/\brate\b|throttl|too many requests/i.test(processingResult));
}
const MEMBER_LIMIT_ADVICE = 'This is the cap on invitation-based member accounts (1,000 per administrator account and Region), not a rate limit, so it was not retried. ' +
    'Remove members that are no longer needed, or manage these accounts through AWS Organizations, which allows 10,000.';
/** A per-account answer with the advice added when it names the member cap. */
function withMemberLimitAdvice(processingResult) {
    return isMemberLimitText(processingResult) ? `${processingResult} ${MEMBER_LIMIT_ADVICE}` : processingResult;
}
/**
 * What AWS answers in an opt-in Region that the account has not enabled: Security Hub 403
 * UnrecognizedClientException, regional STS 403 InvalidClientTokenId (or RegionDisabledException)
 * (docs/aws-behaviour.md#opt-in-regions).
 */
function isRegionNotEnabled(error) {
    return ['UnrecognizedClientException', 'InvalidClientTokenId', 'RegionDisabledException', 'RegionDisabled'].includes(nameOf(error));
}
function regionNotEnabledMessage(region, accountId, error) {
    return (`Region ${region} is not enabled for account ${accountId} (opt-in Region): AWS answered ${nameOf(error)}: ${textOf(error)}. ` +
        `Enable the Region for the account (AWS Account Management), or remove it from 'regions'.`);
}
/** IAM's denial names the action ("… is not authorized to perform: securityhub:ListMembers …"); other AccessDeniedException texts are not IAM's (docs/aws-behaviour.md#access-denied). */
function isIamDenial(error) {
    return /is not authorized to perform/i.test(textOf(error));
}
/**
 * Security Hub, Account and Organizations answer AccessDeniedException, EC2 UnauthorizedOperation,
 * STS AccessDenied. Organizations also uses AccessDeniedException for a caller that is neither the
 * management account nor a delegated administrator (API reference of each List operation).
 */
const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation']);
function isAccessDenied(error) {
    if (error instanceof AwsCallError)
        return DENIED.has(error.errorName);
    return DENIED.has(error?.name ?? '');
}


/***/ }),

/***/ 8510:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   loadUndici: () => (/* binding */ loadUndici)
/* harmony export */ });
let undici;
/** Loads undici (its own chunk of the bundle); resolves at once once loaded. */
async function loadUndici() {
    if (!undici) {
        const { ProxyAgent, fetch } = await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19));
        undici = { ProxyAgent, fetch };
    }
    return undici;
}
function loaded(what) {
    if (!undici)
        throw new Error(`undici's ${what} was used before loadUndici(); call it before creating the GitHub client.`);
    return undici;
}
/** @actions/http-client makes one only when a proxy applies, while @actions/github builds its client. */
const ProxyAgent = function ProxyAgent(options) {
    return new (loaded('ProxyAgent').ProxyAgent)(options);
};
/** @actions/github's fetch: undici's, loaded on the first call. */
async function fetch(...args) {
    return (await loadUndici()).fetch(...args);
}


/***/ }),

/***/ 7710:
/***/ (() => {


;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/heap-flags.ts
// The V8 flags heap-settings.ts sets at start-up (kept apart so that tests can read them without setting them).
const HEAP_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=10', '--memory-saver-mode'];

;// CONCATENATED MODULE: ./src/heap-settings.ts
// V8's heap sizing for a long run with many requests, set before anything else is allocated.
//
// V8 doubles its young generation whenever enough objects survive it, up to 128 MB on a machine
// with plenty of memory; at 10,000 accounts × 17 Regions every batch's requests and answers
// survive a little while, so it grew to the maximum, and the old generation was allowed to fill
// with garbage to several times its live size before a full collection. The process peaked at
// about 600 MB resident with some 70 MB live. `action.yml` cannot pass Node flags, and the sizes
// themselves are fixed once the heap exists; these two are read at every collection instead, so
// they take effect when set at start-up: the young generation keeps its initial size (a few MB),
// and the old one may grow by a tenth over what the last full collection left before the next (a fifth
// peaked about 3 MB higher at 10,000 accounts × 17 Regions, at the same CPU: 8 runs against 4, alternating).
// The third makes each full collection one that reduces memory: without it V8 keeps the pages a
// collection frees in a pool for later use, still resident, 12-25 MB of them at 10,000 accounts ×
// 17 Regions; with it the pool is emptied. Measured there: peaks of 140-146 MB against 146-151 MB
// (6 runs each, alternating), at the same wall and CPU time, and no slower on the hostile 5 MiB files.


for (const flag of HEAP_FLAGS)
    (0,external_node_v8_namespaceObject.setFlagsFromString)(flag);


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _heap_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7710);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4102);
/* harmony import */ var _report_ending_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1835);
// The entry point the runner executes (bundled as dist/index.js). Tools that run the action
// another way import run() from main.ts directly (npm run local-action).
// First: the heap settings apply to everything allocated after them.



(0,_report_ending_js__WEBPACK_IMPORTED_MODULE_2__/* .failOnUnhandledRejections */ .T)();
await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9946:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MS: () => (/* binding */ describeIgnored),
/* harmony export */   u0: () => (/* binding */ screenMembers),
/* harmony export */   x5: () => (/* binding */ keepListedTwice)
/* harmony export */ });
/* unused harmony export LISTED_TWICE_ATTENTION */
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8521);
/* harmony import */ var _accounts_validation_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8513);
// What ListMembers returned is checked before anything is planned from it: a member whose
// AccountId is not 12 digits (empty, `../../`) is never acted on, and a member listed twice is never
// removed and never counted twice against max-removals. Both are reported. Pure: no I/O.


const LISTED_TWICE_ATTENTION = 'ListMembers listed this member more than once; the action does not remove it, and does not count it against max-removals.';
function screenMembers(region, members) {
    const kept = new Map();
    const listedTwice = new Set();
    const ignored = [];
    for (const member of members) {
        if (!(0,_accounts_validation_js__WEBPACK_IMPORTED_MODULE_1__/* .isAccountId */ .JG)(member.accountId)) {
            ignored.push({ accountId: (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeUntrusted */ .sl)(member.accountId, 40), region, reason: 'not-an-account-id' });
        }
        else if (kept.has(member.accountId)) {
            if (!listedTwice.has(member.accountId))
                ignored.push({ accountId: member.accountId, region, reason: 'listed-twice' });
            listedTwice.add(member.accountId);
        }
        else {
            kept.set(member.accountId, member);
        }
    }
    return { members: [...kept.values()], ignored, listedTwice };
}
/** The plan without any removal of a member ListMembers listed more than once; those are flagged instead. */
function keepListedTwice(plan, listedTwice) {
    if (listedTwice.size === 0)
        return plan;
    return {
        ...plan,
        accounts: plan.accounts.map((account) => {
            if (!listedTwice.has(account.accountId) || account.action !== 'remove')
                return account;
            const { removal: _removal, ...rest } = account;
            return { ...rest, action: 'skip', attention: LISTED_TWICE_ATTENTION };
        }),
    };
}
/** One line per Region for the log and the job summary. */
function describeIgnored(ignored) {
    const byRegion = new Map();
    for (const entry of ignored)
        byRegion.set(entry.region, [...(byRegion.get(entry.region) ?? []), entry]);
    return [...byRegion].map(([region, entries]) => {
        const invalid = entries.filter((entry) => entry.reason === 'not-an-account-id');
        const twice = entries.filter((entry) => entry.reason === 'listed-twice');
        const parts = [
            ...(invalid.length > 0
                ? [
                    `${invalid.length} with an AccountId that is not 12 digits (${shortList(invalid.map((entry) => `"${entry.accountId}"`))}), never acted on`,
                ]
                : []),
            ...(twice.length > 0
                ? [
                    `${twice.length} listed more than once (${shortList(twice.map((entry) => entry.accountId))}), never removed nor counted twice against max-removals`,
                ]
                : []),
        ];
        return `ListMembers in ${region} returned member(s) the action does not trust: ${parts.join('; ')}. They are in the 'ignored-members' output.`;
    });
}
function shortList(items) {
    const shown = items.slice(0, 10).join(', ');
    return items.length > 10 ? `${shown} and ${items.length - 10} more` : shown;
}


/***/ }),

/***/ 4102:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __nccwpck_require__(3340);
// EXTERNAL MODULE: ./src/accounts/index.ts + 7 modules
var src_accounts = __nccwpck_require__(7153);
// EXTERNAL MODULE: ./src/accounts/write-file.ts
var write_file = __nccwpck_require__(706);
;// CONCATENATED MODULE: ./src/aws/call-stats.ts
// The AWS calls a run made, counted by operation, and how many were throttled. Apart from
// clients.ts, which counts them, so that what reads the counts (main.ts, report/) loads no SDK code.
/** The counts of two sets of clients together. */
function sumStats(first, second) {
    const calls = { ...second.calls };
    for (const [operation, count] of Object.entries(first.calls))
        calls[operation] = (calls[operation] ?? 0) + count;
    return { calls, throttled: first.throttled + second.throttled };
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __nccwpck_require__(9378);
// EXTERNAL MODULE: ./src/plan.ts
var plan = __nccwpck_require__(2464);
// EXTERNAL MODULE: ./src/report/ending.ts + 19 modules
var ending = __nccwpck_require__(1835);
// EXTERNAL MODULE: ./src/report/run-log.ts
var run_log = __nccwpck_require__(1992);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __nccwpck_require__(7194);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var src_settings = __nccwpck_require__(3120);
;// CONCATENATED MODULE: ./src/main.ts










/** The whole run: read the settings and the accounts, then per Region look, decide and do (onboard), then tell. */
async function run() {
    (0,secrets/* registerEnvironmentSecrets */.QQ)(process.env);
    await (0,ending/* publish */.m)(await onboarding());
}
async function onboarding() {
    let settings;
    try {
        settings = (0,src_settings/* readSettings */.sb)((name) => core/* getInput */.V4(name), process.env);
        (0,secrets/* registerSecret */.cl)(settings.pullRequest.githubToken);
        (0,run_log/* logMode */.oY)(settings);
        // Checked before any AWS call, so a path that cannot be written fails the run before anything is done.
        const exportPath = settings.exportFile ? await (0,write_file/* checkExportPath */.A)(settings.accounts.workspace, settings.exportFile) : undefined;
        const { accounts, diagnostics } = await (0,src_accounts/* loadAccounts */.xk)({
            ...settings.accounts,
            moreSourcesFollow: settings.organizationAccounts !== undefined,
            allowEmpty: exportPath !== undefined,
        });
        if (diagnostics.length > 0)
            return { kind: 'invalid-accounts', settings, diagnostics };
        (0,run_log/* logStart */.$E)(settings, accounts.length);
        // The AWS SDK is loaded only now that the inputs and the accounts are known to be good; the
        // Security Hub part loads while the credentials are on their way.
        const loading = Promise.all(/* import() */[__nccwpck_require__.e(695), __nccwpck_require__.e(801), __nccwpck_require__.e(777), __nccwpck_require__.e(723)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2723));
        loading.catch(() => undefined);
        const session = await openSessionOrSkipPlan(settings);
        if ('skipped' in session)
            return { kind: 'not-compared', settings, accounts, reason: session.skipped, exportPath };
        (0,run_log/* logSession */.Py)(session.arn, session.accountId);
        const { resolveScope, onboard } = await loading;
        // The Regions and the organization's accounts, and the checks before any write (src/scope.ts).
        const scopeStats = { calls: {}, throttled: 0 };
        const scope = await resolveScope(settings, session, withoutAdministrator(accounts, session.accountId), scopeStats);
        const onboarded = await onboard(scope.settings, session, scope.desired, scope.onboard);
        const onboarding = { ...onboarded, stats: sumStats(onboarded.stats, scopeStats) };
        return { kind: 'onboarded', settings, administratorId: session.accountId, scope: scope.report, onboarding, exportPath };
    }
    catch (error) {
        return { kind: 'failed', mode: settings?.mode ?? 'apply', error };
    }
}
/** Plan mode needs no credentials to be useful: a fork's pull request still gets its file checked. */
async function openSessionOrSkipPlan(settings) {
    try {
        const { openAdministratorSession } = await Promise.all(/* import() */[__nccwpck_require__.e(695), __nccwpck_require__.e(777)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6777));
        // With a keyword the Regions are not known yet: STS is asked in the job's Region (after the partition's own).
        return await openAdministratorSession({
            ...settings.credentials,
            regions: settings.regionsFrom ? [(0,src_settings/* homeRegion */.wC)(settings)] : settings.regions,
        });
    }
    catch (error) {
        if (settings.mode === 'plan' && error instanceof errors/* CredentialsError */.lE && error.kind === 'missing')
            return { skipped: error.message };
        throw error;
    }
}
function withoutAdministrator(accounts, administratorId) {
    const { members, administrator } = (0,plan/* partitionAdministrator */.Oh)(accounts, administratorId);
    if (administrator)
        (0,run_log/* warnAdministratorListed */.XO)(administrator);
    return members;
}


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KY: () => (/* binding */ normalizeMemberStatus),
/* harmony export */   Mr: () => (/* binding */ createsMember),
/* harmony export */   O1: () => (/* binding */ lookedAt),
/* harmony export */   OH: () => (/* binding */ NO_STEPS),
/* harmony export */   Qf: () => (/* binding */ memberStatusOf),
/* harmony export */   k: () => (/* binding */ did),
/* harmony export */   o2: () => (/* binding */ MEMBER_STATUSES),
/* harmony export */   p$: () => (/* binding */ withStep)
/* harmony export */ });
/* unused harmony export steps */
// The action's domain records, from what is asked to what was done: accounts, members, the plan of
// each Region and its outcome. SDK types stop at src/aws/; every stage passes these, and no stage
// changes another's: each returns records of its own.
/**
 * Member statuses as documented for Security Hub CSPM (docs/aws-behaviour.md#statuses). AWS spells them in
 * several casings and `Associated` is the legacy name of `Enabled`; `normalizeMemberStatus`
 * maps what AWS sends to these. `Unknown` keeps the action safe if AWS adds a status.
 */
const MEMBER_STATUSES = ['Created', 'Invited', 'Enabled', 'Removed', 'Resigned', 'Deleted', 'AccountSuspended'];
function normalizeMemberStatus(raw) {
    const folded = (raw ?? '').trim().toLowerCase();
    // `Associated` is the pre-2020 name of `Enabled` (docs/aws-behaviour.md#statuses).
    if (folded === 'associated')
        return 'Enabled';
    return MEMBER_STATUSES.find((status) => status.toLowerCase() === folded) ?? 'Unknown';
}
/**
 * The plan sends CreateMembers for the account: a new member, or a `Removed` one brought back,
 * which is the documented way for an organization account; an invitation member then answers
 * "already a member" and is invited again (docs/aws-behaviour.md#organization-members).
 */
function createsMember(account) {
    return account.action === 'create' || (account.action === 'reinvite' && account.before === 'Removed');
}
/**
 * The status to show for an account before the run: the documented status, or AWS's own words
 * for one the action does not know; `None` for an account that was not a member.
 */
function memberStatusOf(account) {
    return account.before === 'Unknown' ? account.rawStatus || 'Unknown' : account.before;
}
/** The Regions that were looked at. */
function lookedAt(regions) {
    return regions.filter((region) => !region.failure);
}
const internedSteps = new Map();
/** The shared list with these steps, in this order. */
function steps(...done) {
    const key = done.join(' ');
    let list = internedSteps.get(key);
    if (!list) {
        list = Object.freeze(done);
        internedSteps.set(key, list);
    }
    return list;
}
/** No step done: where every outcome starts. */
const NO_STEPS = steps();
/** The shared list of `done` followed by `step`. */
function withStep(done, step) {
    return steps(...done, step);
}
function did(account, step) {
    return account.done.includes(step);
}


/***/ }),

/***/ 6786:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ limitInvitations),
/* harmony export */   oh: () => (/* binding */ thousands)
/* harmony export */ });
/* unused harmony export INVITATION_MEMBER_CAP */
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2464);

const INVITATION_MEMBER_CAP = 1000;
/** 1,000 rather than 1000, without depending on the runtime's locale data. */
function thousands(value) {
    const digits = String(Math.trunc(Math.abs(value)));
    const groups = [];
    for (let end = digits.length; end > 0; end -= 3)
        groups.unshift(digits.slice(Math.max(0, end - 3), end));
    return `${value < 0 ? '-' : ''}${groups.join(',')}`;
}
/**
 * The accounts to create that are not organization accounts each become an invitation-based
 * member. Those beyond the room left are not created (in list order, the first ones fit), with the
 * reason, so apply never stops half-way on the cap.
 */
function limitInvitations(plan, members, cap = INVITATION_MEMBER_CAP) {
    const membershipOf = new Map(plan.accounts.map((account) => [account.accountId, account.membership]));
    const current = members.filter((member) => member.status !== 'Deleted' && (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .isInvitationBased */ .zP)(member, membershipOf.get(member.accountId))).length;
    const creating = (account) => account.action === 'create' && account.membership !== 'organization';
    const planned = plan.accounts.filter(creating).length;
    const free = Math.max(0, cap - current);
    const reason = `Not created: ${plan.region} has ${thousands(current)} invitation-based member(s), room for ${thousands(free)} more of the ${thousands(cap)} allowed, and this run would add ${thousands(planned)}. ` +
        'Remove invitation-based members that are no longer needed, or move these accounts into the organization.';
    let room = free;
    let held = 0;
    const accounts = plan.accounts.map((account) => {
        if (!creating(account))
            return account;
        if (room > 0) {
            room -= 1;
            return account;
        }
        held += 1;
        return { ...account, action: 'skip', held: reason };
    });
    return { plan: { ...plan, accounts }, headroom: { region: plan.region, members: current, planned, cap, held } };
}


/***/ }),

/***/ 3241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ parseOrganizationScope),
/* harmony export */   TS: () => (/* binding */ OU_ID),
/* harmony export */   iZ: () => (/* binding */ parseExcludedAccounts),
/* harmony export */   tP: () => (/* binding */ ROOT_ID)
/* harmony export */ });
/* harmony import */ var _accounts_validation_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8513);
/* harmony import */ var _action_interface_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5647);
// The `organization-accounts` and `exclude-accounts` inputs.


// Organizations' ID patterns (API reference, ParentId): r- then 4–32 lowercase letters or digits;
// ou- then 4–32 of them (the root's), a dash, and 8–32 more.
const ROOT_ID = /^r-[0-9a-z]{4,32}$/;
const OU_ID = /^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$/;
function parseOrganizationScope(items, show) {
    if (items.length === 0)
        return { problems: [] };
    const problems = [];
    if (items.some((item) => item.toLowerCase() === 'all')) {
        if (items.length > 1)
            problems.push(`Input '${_action_interface_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .p.organizationAccounts}' takes 'all' alone, or root and organizational unit IDs; got '${show(items.join(', '))}'.`);
        return { scope: { kind: 'all' }, problems };
    }
    for (const item of items) {
        if (!ROOT_ID.test(item) && !OU_ID.test(item)) {
            problems.push(`'${show(item)}' is not a root ID (r-…) or an organizational unit ID (ou-…-…) in input '${_action_interface_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .p.organizationAccounts}'; use 'all' for every account of the organization.`);
        }
    }
    return { scope: { kind: 'units', unitIds: [...new Set(items)] }, problems };
}
function parseExcludedAccounts(items, show) {
    const problems = items
        .filter((item) => !(0,_accounts_validation_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccountId */ .JG)(item))
        .map((item) => `'${show(item)}' is not an AWS account ID (exactly 12 digits) in input '${_action_interface_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .p.excludeAccounts}'.`);
    return { accountIds: [...new Set(items.filter(_accounts_validation_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccountId */ .JG))], problems };
}


/***/ }),

/***/ 3032:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W0: () => (/* binding */ ISSUE_COMMENTS_PAGES),
/* harmony export */   f8: () => (/* binding */ PageGuard),
/* harmony export */   s$: () => (/* binding */ readAllPages),
/* harmony export */   sU: () => (/* binding */ LIST_MEMBERS_PAGES),
/* harmony export */   xA: () => (/* binding */ LIST_INVITATIONS_PAGES)
/* harmony export */ });
/* unused harmony export PageLoopError */
// A bound on every loop over pages. A service that repeats a page token, or keeps sending new ones,
// would otherwise be followed forever (18,000 requests in 15 s against a comment list that never
// ended). Each list stops on a token it has seen before, and after the pages its documented
// maximum needs, with a margin.
/** Security Hub CSPM: 10,000 organization members and 1,000 invitation members per Region, 50 a page: 220 pages (docs/aws-behaviour.md#list-members). */
const LIST_MEMBERS_PAGES = {
    list: 'ListMembers',
    maxPages: 250,
    basis: 'a Region holds at most 10,000 organization and 1,000 invitation members, 220 pages of 50',
};
/** No maximum is documented for invitations an account holds; 1,000, 20 pages of 50, is far past any real account. */
const LIST_INVITATIONS_PAGES = {
    list: 'ListInvitations',
    maxPages: 25,
    basis: 'an account holds far fewer than 1,000 invitations, 20 pages of 50',
};
/** GitHub: a pull request holds at most 5,000 comments, 100 a page: 50 pages. */
const ISSUE_COMMENTS_PAGES = {
    list: "the pull request's comments",
    maxPages: 60,
    basis: 'a pull request holds at most 5,000 comments, 50 pages of 100',
};
/** Why a list was not followed to its end. */
class PageLoopError extends Error {
    reason;
    name = 'PageLoopError';
    constructor(reason, message) {
        super(message);
        this.reason = reason;
    }
}
/** Follows one list page by page: `follow` is given each page's next token, and says whether to fetch it. */
class PageGuard {
    limit;
    #seen = new Set();
    #pages = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** True to fetch the page `token` names, false at the end of the list; throws PageLoopError when the list would not end. */
    follow(token) {
        this.#pages += 1;
        if (token === undefined || token === null || token === '')
            return false;
        if (this.#seen.has(token)) {
            throw new PageLoopError('repeated-token', `${this.limit.list} sent back the page token of an earlier page after page ${this.#pages}, so the list would never end; it was stopped there and nothing was done with it.`);
        }
        if (this.#pages >= this.limit.maxPages) {
            throw new PageLoopError('too-many-pages', `${this.limit.list} had more pages after page ${this.#pages}, the most it can need (${this.limit.basis}), so it was stopped there and nothing was done with it.`);
        }
        this.#seen.add(token);
        return true;
    }
}
/** Every item of a list, page by page under a PageGuard: `fetch` reads the page `token` names (the first when undefined). */
async function readAllPages(limit, fetch) {
    const pages = new PageGuard(limit);
    const items = [];
    let token;
    do {
        const page = await fetch(token);
        items.push(...page.items);
        token = page.nextToken;
    } while (pages.follow(token));
    return items;
}


/***/ }),

/***/ 2464:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ planRegion),
/* harmony export */   NX: () => (/* binding */ guardRemovals),
/* harmony export */   Oh: () => (/* binding */ partitionAdministrator),
/* harmony export */   h_: () => (/* binding */ holdRemovals),
/* harmony export */   sl: () => (/* binding */ SharedPlans),
/* harmony export */   zP: () => (/* binding */ isInvitationBased)
/* harmony export */ });
/* unused harmony export plannedRemovals */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(182);
// The planning core: what to do with each member in one Region, from what is wanted and what is
// there now. Pure: no I/O, no SDK types. SharedPlans only remembers plans it made: planning with
// it gives plans equal to those made without it.

/**
 * The plan of an account that is not a member yet is the same in every Region where it is not one:
 * create it, with its email and its kind. At 10,000 accounts × 17 Regions that is one frozen plan
 * per account for the whole run instead of 170,000, and the planned outcomes made from them are
 * shared by plan (apply/shared-outcomes.ts), so planning the 17 Regions allocates next to nothing.
 */
class SharedPlans {
    /** Per account: its new-account plan for each kind it was planned with (the kind can differ by Region). */
    created = new Map();
    newAccount(account, membership) {
        const known = this.created.get(account);
        const same = known?.find((plan) => plan.membership === membership);
        if (same)
            return same;
        const plan = Object.freeze(newAccountPlan(account, membership));
        if (known)
            known.push(plan);
        else
            this.created.set(account, [plan]);
        return plan;
    }
}
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Listed accounts (docs/aws-behaviour.md#statuses): not a member or `Deleted` → create; `Created` → invite;
 * `Invited` → nothing, or re-invite when stale; `Enabled` → nothing; `Removed`, `Resigned` →
 * re-invite when asked, else left alone and flagged; `AccountSuspended` and statuses AWS has not
 * documented → left alone and flagged. Unlisted members are drift, removed only when asked.
 */
function planRegion(region, desired, members, options) {
    const current = new Map(members.map((member) => [member.accountId, member]));
    const listed = new Set(desired.map((account) => account.accountId));
    const drift = members.filter((member) => !listed.has(member.accountId) && member.status !== 'Deleted');
    const guarded = new Set(options.protectedAccounts ?? []);
    const mark = (account) => (guarded.has(account.accountId) ? { ...account, protected: true } : account);
    return {
        region,
        accounts: [
            ...desired.map((account) => mark(planListed(account, current.get(account.accountId), options))),
            ...drift.map((member) => mark(planDrift(member, options, guarded.has(member.accountId)))),
        ],
    };
}
function planListed(account, member, options) {
    const membership = membershipOf(account.accountId, options);
    if (!member)
        return options.shared ? options.shared.newAccount(account, membership) : newAccountPlan(account, membership);
    const base = {
        accountId: account.accountId,
        listed: true,
        ...(account.email ? { email: account.email } : {}),
        ...(membership && { membership }),
    };
    const known = { ...base, before: member.status, rawStatus: member.rawStatus };
    switch (member.status) {
        case 'Deleted':
            return { ...known, action: 'create' };
        case 'Created':
            if (options.invite && membership === 'organization')
                return { ...known, action: 'skip', attention: ORGANIZATION_CREATED };
            return { ...known, action: options.invite ? 'invite' : 'skip' };
        case 'Invited':
            return { ...known, action: isStale(member, options) && membership !== 'organization' ? 'reinvite' : 'skip' };
        case 'Enabled':
            return { ...known, action: 'skip' };
        case 'Removed':
            // Which kind a Removed member is cannot be told without the organization list (docs/aws-behaviour.md#organization-members):
            // apply brings it back with CreateMembers first, and invites it only if it is then an invitation member.
            // With the list, an organization account comes back with CreateMembers alone, never invited.
            if (options.reinvite)
                return { ...known, action: membership === 'organization' ? 'create' : 'reinvite' };
            return { ...known, action: 'skip', attention: 'The administrator disassociated this member; set reinvite: true to bring it back.' };
        case 'Resigned':
            if (options.reinvite)
                return { ...known, action: membership === 'organization' ? 'create' : 'reinvite' };
            return { ...known, action: 'skip', attention: 'The member left or declined the invitation; set reinvite: true to invite it again.' };
        case 'AccountSuspended':
            return { ...known, action: 'skip', attention: 'The account is suspended in AWS Organizations.' };
        case 'Unknown':
            return { ...known, action: 'skip', attention: 'AWS reported a member status this action does not know; it is left alone.' };
    }
}
/** One literal for the commonest plan: spreads that add fields cost a second allocation. */
function newAccountPlan(account, membership) {
    const created = { accountId: account.accountId, listed: true, before: 'None', action: 'create' };
    if (account.email)
        created.email = account.email;
    if (membership)
        created.membership = membership;
    return created;
}
/** A protected member (protected-accounts) is drift that is never removed, so max-removals never counts it. */
function planDrift(member, options, isProtected) {
    const membership = membershipOf(member.accountId, options);
    const base = {
        accountId: member.accountId,
        listed: false,
        before: member.status,
        rawStatus: member.rawStatus,
        ...(member.email ? { email: member.email } : {}),
        ...(membership && { membership }),
    };
    if (options.excluded?.has(member.accountId))
        return { ...base, action: 'skip', excluded: true };
    if (!options.removeAbsent || isProtected)
        return { ...base, action: 'skip' };
    // A status the action does not know is never acted on: removing cannot be undone.
    if (member.status === 'Unknown')
        return { ...base, action: 'skip', attention: 'AWS reported a member status this action does not know; it is not removed.' };
    const removal = removalOf(member, membership);
    if (!removal.disassociate && !removal.delete)
        return { ...base, action: 'skip' };
    return { ...base, action: 'remove', removal };
}
const ORGANIZATION_CREATED = 'An organization account that is Created, not Enabled: it was made a member while this administrator was not the delegated administrator here, and organization accounts are never invited. Delete the member, then run again.';
function membershipOf(accountId, options) {
    if (!options.organizationMembers)
        return undefined;
    return options.organizationMembers.has(accountId) ? 'organization' : 'external';
}
/**
 * Organization members never receive invitations. When the organization was listed
 * (organization-accounts), its list says which members are which. Otherwise a member with an
 * invitation date, or one still `Created`/`Invited`, is taken as invitation-based; any other as an
 * organization member. The Member shape does not say which it is, and whether organization members
 * carry InvitedAt is unknown: this only decides whether DeleteMembers is tried after disassociating,
 * and a refused delete is a warning, so both answers end well (docs/aws-behaviour.md#organization-members).
 */
function isInvitationBased(member, membership) {
    if (membership)
        return membership === 'external';
    return member.invitedAt !== undefined || member.status === 'Created' || member.status === 'Invited';
}
/** Invitation-based members are deleted (after DisassociateMembers if associated); organization members are only disassociated. */
function removalOf(member, membership) {
    const invitationBased = isInvitationBased(member, membership);
    const associated = member.status !== 'Created' && member.status !== 'Invited' && member.status !== 'Removed' && member.status !== 'Resigned';
    return { disassociate: associated, delete: invitationBased };
}
function isStale(member, options) {
    if (!options.staleInviteDays || !member.invitedAt)
        return false;
    return options.now.getTime() - member.invitedAt.getTime() > options.staleInviteDays * DAY_MS;
}
/** Removals planned across all Regions, for the `max-removals` guard. */
function plannedRemovals(plans) {
    return plans.flatMap((plan) => plan.accounts
        .filter((account) => account.action === 'remove')
        .map((account) => ({ accountId: account.accountId, region: plan.region, memberStatus: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .memberStatusOf */ .Qf)(account) })));
}
/**
 * The `max-removals` guard, across all Regions: a truncated or mangled file must never wipe the
 * membership. Over the limit, or with an empty list, no removal happens at all: the removals are
 * held, each plan takes them out with `holdRemovals`, and the accounts are flagged with the reason.
 */
function guardRemovals(plans, { maxRemovals, listedCount }) {
    const removals = plannedRemovals(plans);
    if (removals.length === 0 || (removals.length <= maxRemovals && listedCount > 0))
        return undefined;
    const reason = listedCount === 0
        ? 'The account list is empty after validation; an empty list never removes members.'
        : `This run would remove ${removals.length} member(s), more than max-removals (${maxRemovals}); none was removed: ${named(removals)}. If the list is right, raise max-removals for one run.`;
    return { reason, accounts: removals };
}
function named(removals) {
    const shown = removals.slice(0, 20).map(({ accountId, region }) => `${accountId} (${region})`);
    return removals.length > shown.length ? `${shown.join(', ')} and ${removals.length - shown.length} more` : shown.join(', ');
}
/** Takes every removal out of a plan, flagging the accounts with the reason instead. */
function holdRemovals(plan, reason) {
    return {
        ...plan,
        accounts: plan.accounts.map((account) => {
            if (account.action !== 'remove')
                return account;
            const { removal: _removal, ...rest } = account;
            return { ...rest, action: 'skip', attention: reason };
        }),
    };
}
/** The administrator cannot be its own member: it is left out of the list (the caller warns). */
function partitionAdministrator(accounts, administratorId) {
    const administrator = accounts.find((account) => account.accountId === administratorId);
    return {
        members: accounts.filter((account) => account.accountId !== administratorId),
        ...(administrator ? { administrator } : {}),
    };
}


/***/ }),

/***/ 2511:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ REGION_PATTERN),
/* harmony export */   h0: () => (/* binding */ parseRegionInputs)
/* harmony export */ });
/* unused harmony exports REGION_KEYWORDS, KEYWORD_HOME_REGION_FALLBACK */
/* harmony import */ var _action_interface_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5647);
// The `regions` and `exclude-regions` inputs: Region names, or one keyword that asks AWS for them.

/** `enabled`: every Region enabled for the administrator account; `linked`: its cross-Region aggregation. */
const REGION_KEYWORDS = ['enabled', 'linked'];
// Region names: a prefix, qualifiers, a number: us-east-1, us-gov-west-1, eu-central-2, eusc-de-east-1.
const REGION_PATTERN = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
/**
 * Where a run with a keyword calls STS and the account-wide APIs (Account, EC2, Organizations,
 * ListFindingAggregators) before it knows its Regions: the job's AWS_REGION, then AWS_DEFAULT_REGION,
 * then us-east-1. GovCloud and China runs set AWS_REGION to a Region of their partition.
 */
const KEYWORD_HOME_REGION_FALLBACK = 'us-east-1';
function parseRegionInputs(regionItems, excludeItems, env, show) {
    const problems = [];
    const jobRegion = env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim();
    const keywords = regionItems.filter((item) => REGION_KEYWORDS.includes(item.toLowerCase()));
    const excludeRegions = [...new Set(excludeItems)];
    for (const region of excludeRegions) {
        if (!REGION_PATTERN.test(region)) {
            problems.push(`'${show(region)}' is not an AWS Region name (expected a name such as 'us-east-1') in input '${_action_interface_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .p.excludeRegions}'.`);
        }
    }
    if (keywords.length > 0) {
        if (regionItems.length > 1) {
            problems.push(`Input '${_action_interface_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .p.regions}' takes Region names or exactly one keyword ('enabled' or 'linked'), not both or several; got '${show(regionItems.join(', '))}'.`);
        }
        const keyword = keywords[0].toLowerCase();
        return { selection: { kind: 'keyword', keyword }, excludeRegions, homeRegion: jobRegion || KEYWORD_HOME_REGION_FALLBACK, problems };
    }
    const names = [...new Set(regionItems.length > 0 ? regionItems : jobRegion ? [jobRegion] : [])];
    if (names.length === 0) {
        problems.push(`No Region to onboard in. Set the '${_action_interface_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .p.regions}' input (for example 'us-east-1, eu-west-1'), or AWS_REGION in the job's environment.`);
    }
    for (const region of names) {
        if (!REGION_PATTERN.test(region)) {
            problems.push(`'${show(region)}' is not an AWS Region name (expected a name such as 'us-east-1') in input '${_action_interface_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .p.regions}'.`);
        }
    }
    const kept = names.filter((region) => !excludeRegions.includes(region));
    if (names.length > 0 && kept.length === 0) {
        problems.push(`Input '${_action_interface_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .p.excludeRegions}' leaves out every Region of '${_action_interface_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .p.regions}'; nothing would be onboarded.`);
    }
    return { selection: { kind: 'names', names: kept }, excludeRegions, homeRegion: names[0] ?? '', problems };
}


/***/ }),

/***/ 1835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T: () => (/* binding */ failOnUnhandledRejections),
  m: () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __nccwpck_require__(3340);
// EXTERNAL MODULE: ./src/accounts/workspace-path.ts
var workspace_path = __nccwpck_require__(7037);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __nccwpck_require__(9378);
// EXTERNAL MODULE: ./src/look/member-list.ts
var member_list = __nccwpck_require__(9946);
// EXTERNAL MODULE: ./src/scope-stopped.ts
var scope_stopped = __nccwpck_require__(5771);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var settings = __nccwpck_require__(3120);
// EXTERNAL MODULE: ./src/model.ts
var model = __nccwpck_require__(182);
// EXTERNAL MODULE: ./src/untrusted-text.ts
var untrusted_text = __nccwpck_require__(8521);
// EXTERNAL MODULE: ./src/action-interface.ts
var action_interface = __nccwpck_require__(5647);
;// CONCATENATED MODULE: ./src/report/annotations.ts




/** Distinct reasons warned about one by one; the rest are counted in one more warning. */
const MAX_REASON_WARNINGS = 20;
/**
 * One warning per Region, call and reason, not one per account: a quota hit in a Region with 500
 * accounts is one line that names them, not 500 lines.
 */
function warnUnprocessed(unprocessed) {
    const groups = new Map();
    for (const { region, operation, processingResult, accountId } of unprocessed) {
        const key = JSON.stringify([region, operation, processingResult]);
        const group = groups.get(key) ?? { region, operation, reason: processingResult, ids: [] };
        group.ids.push(accountId);
        groups.set(key, group);
    }
    const all = [...groups.values()];
    for (const { region, operation, reason, ids } of all.slice(0, MAX_REASON_WARNINGS)) {
        // Account IDs can come from ListMembers, whose AccountId is a free string: untrusted too.
        const shown = (0,untrusted_text/* forAnnotation */.Jc)(ids.length > 20 ? `${ids.slice(0, 20).join(', ')} and ${ids.length - 20} more` : ids.join(', '));
        core/* warning */.$e(`${region}: ${ids.length} account(s) were not processed by ${operation}: ${(0,untrusted_text/* forAnnotation */.Jc)(reason)} (${shown})`);
    }
    const rest = all.slice(MAX_REASON_WARNINGS);
    if (rest.length > 0) {
        const accounts = rest.reduce((sum, group) => sum + group.ids.length, 0);
        core/* warning */.$e(`${accounts} more account(s) were not processed for ${rest.length} other reason(s); every one is in the '${action_interface/* Output */.k.unprocessedAccounts}' output and the job summary.`);
    }
}
/** Done with a warning (a DeleteMembers refused after disassociating): one warning per Region, call and text. */
function warnAccountWarnings(regions) {
    const groups = new Map();
    for (const { region, accounts } of (0,model/* lookedAt */.O1)(regions)) {
        for (const { accountId, warning } of accounts) {
            if (!warning)
                continue;
            const key = JSON.stringify([region, warning.operation, warning.message]);
            const group = groups.get(key) ?? { region, operation: warning.operation, message: warning.message, ids: [] };
            group.ids.push(accountId);
            groups.set(key, group);
        }
    }
    for (const { region, operation, message, ids } of groups.values()) {
        const shown = (0,untrusted_text/* forAnnotation */.Jc)(ids.length > 20 ? `${ids.slice(0, 20).join(', ')} and ${ids.length - 20} more` : ids.join(', '));
        core/* warning */.$e(`${region}: ${ids.length} account(s), ${operation}: ${(0,untrusted_text/* forAnnotation */.Jc)(message)} (${shown})`);
    }
}

;// CONCATENATED MODULE: ./src/report/drift-issue-text.ts
// The words of the drift issue (drift-issue). Every untrusted value passes through htmlCode here,
// in this one file; the summary embedded in the body is escaped by summary.ts.


const DRIFT_ISSUE_TITLE = 'Security Hub CSPM membership needs attention';
function driftFindings(regions) {
    const looked = (0,model/* lookedAt */.O1)(regions);
    const idsOf = (keep) => looked.flatMap((region) => region.accounts.filter(keep).map((account) => account.accountId));
    const ids = (keep) => new Set(idsOf(keep)).size;
    // The listed accounts of a Region that failed were not processed there either (as in the outputs).
    const notLookedAt = regions.flatMap((region) => (region.failure ? region.notLookedAt.map((account) => account.accountId) : []));
    return {
        // A member removed by this run is no longer drift.
        drift: ids((account) => !account.listed && !(0,model/* did */.k)(account, 'remove')),
        protectedDrift: ids((account) => !account.listed && account.protected === true),
        attention: ids((account) => account.attention !== undefined && !account.unprocessed),
        unprocessed: new Set([...idsOf((account) => account.unprocessed !== undefined), ...notLookedAt]).size,
        failedRegions: regions.filter((region) => region.failure).map((region) => region.region),
    };
}
function needsAttention(findings) {
    return findings.drift + findings.attention + findings.unprocessed + findings.failedRegions.length > 0;
}
/** The part above the summary: when and by what the membership was checked, and what was found. */
function driftIssueHeader(findings, context) {
    const items = [
        findings.drift > 0
            ? `<li><b>${findings.drift}</b> member account(s) that the account list does not name (drift)${findings.protectedDrift > 0 ? `, ${findings.protectedDrift} of them protected (protected-accounts)` : ''}</li>`
            : '',
        findings.attention > 0
            ? `<li><b>${findings.attention}</b> account(s) that need a decision (Removed, Resigned, suspended, stale invitations, held removals)</li>`
            : '',
        findings.unprocessed > 0 ? `<li><b>${findings.unprocessed}</b> account(s) that AWS or the action could not process</li>` : '',
        findings.failedRegions.length > 0
            ? `<li>Region(s) that could not be read or changed: ${findings.failedRegions.map((region) => (0,untrusted_text/* htmlCode */.h8)(region)).join(', ')}</li>`
            : '',
    ].filter((item) => item !== '');
    return `## ⚠️ ${DRIFT_ISSUE_TITLE}\n\n${checkedBy(context)} This issue is kept by securityhub-onboard (drift-issue): it is updated on every run while something needs attention, and closed when all is clear.\n\n<ul>\n${items.join('\n')}\n</ul>\n`;
}
function driftIssueClosingComment(context) {
    return `✅ All clear: ${checkedBy(context)} Every member is in the account list, nothing needs a decision, and every account was processed. Closing this issue; a later run opens a new one if anything comes back.\n`;
}
function checkedBy({ mode, run, now }) {
    const link = run.runUrl ? `<a href="${run.runUrl}">run ${run.runId}</a>` : 'a run';
    const commit = run.sha ? ` at commit ${(0,untrusted_text/* htmlCode */.h8)(run.sha.slice(0, 12))}` : '';
    return `Checked by ${link}${commit} (mode ${mode}) on ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC.`;
}

;// CONCATENATED MODULE: ./src/report/comment-author.ts
/** The identity of the job's GITHUB_TOKEN (an installation token of the GitHub Actions app). */
const GITHUB_ACTIONS_BOT = 'github-actions[bot]';
/**
 * The login comments made with this token carry. A personal access token (or a user's OAuth or app
 * token) may read `GET /user`. An installation token may not (403 "Resource not accessible by
 * integration"); GraphQL's `viewer` names its app (`<app-slug>[bot]`), and where that is not
 * answered either, the token is taken to be the job's GITHUB_TOKEN: at worst a new comment is
 * written, never someone else's edited.
 */
async function tokenAuthor(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
    }
    catch (error) {
        if (statusOf(error) !== 403)
            throw error;
    }
    try {
        const { viewer } = await octokit.graphql('query { viewer { login } }');
        // Comments carry the app's login with `[bot]`; GraphQL may name it either way.
        if (viewer.login)
            return viewer.login.endsWith('[bot]') ? viewer.login : `${viewer.login}[bot]`;
    }
    catch {
        // Fall through to the GITHUB_TOKEN's identity.
    }
    return GITHUB_ACTIONS_BOT;
}
/** Written by `author`, with `marker` as its first line: a quote of the marker elsewhere in a body does not count. */
function isOurComment(comment, author, marker) {
    const login = comment.user?.login ?? '';
    return login.toLowerCase() === author.toLowerCase() && (comment.body ?? '').startsWith(`${marker}\n`);
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

// EXTERNAL MODULE: ./src/bundle/undici.ts
var undici = __nccwpck_require__(8510);
;// CONCATENATED MODULE: ./src/report/github-client.ts
// @actions/github, loaded when the GitHub API is first needed (a pull-request comment): runs that
// never call it do not pay for Octokit and undici at start-up.

async function loadGitHub() {
    // In the bundle undici is lazy (bundle/undici.ts): @actions/http-client makes its proxy
    // dispatcher synchronously while the client is built, so undici is loaded first.
    await (0,undici.loadUndici)();
    return __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
}

// EXTERNAL MODULE: ./src/page-guard.ts
var page_guard = __nccwpck_require__(3032);
// EXTERNAL MODULE: ./src/timeouts.ts
var timeouts = __nccwpck_require__(2779);
;// CONCATENATED MODULE: ./src/report/github-api.ts
// The GitHub REST client of the pull-request comment, with a bound on every wait: each request has
// a timeout and a bounded retry, and the comment list stops on a repeated page link and after the
// pages its documented maximum needs. A hung API once held the step 5 minutes, and a list that
// never ended took 18,000 requests in 15 s.



/** Attempts in all, the first included. */
const GITHUB_ATTEMPTS = {
    /** 5xx and 429 answers, connections reset or refused. */
    transient: 4,
    /** No answer within the timeout: each attempt costs a whole timeout. */
    timeout: 2,
};
// Creating a comment is not idempotent: after a timeout or a 5xx it may exist, and a retry would
// post it twice. It is retried only when the request cannot have reached GitHub.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PATCH', 'PUT', 'DELETE']);
/** A request to GitHub that failed for good, saying which request, why, and after how many attempts. */
class GitHubRequestError extends Error {
    status;
    name = 'GitHubRequestError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** An Octokit for `token` whose every request has a timeout and a bounded retry. */
async function boundedOctokit(token, options = {}) {
    // Loaded only when a comment is written, so other runs do not pay for Octokit at start-up.
    const { getOctokit } = await loadGitHub();
    const octokit = getOctokit(token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
    const timeoutMs = options.timeoutMs ?? (0,timeouts/* requestTimeoutMs */.Hl)();
    const delayMs = options.delayMs ?? timeouts/* backoffMs */.jo;
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const method = String(requestOptions.method ?? 'GET').toUpperCase();
        for (let attempt = 1;; attempt += 1) {
            try {
                // In place: the hooks inside this one are bound to this options object, not to an argument.
                requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(timeoutMs) };
                return await request(requestOptions);
            }
            catch (error) {
                const failure = classify(error);
                const attempts = !IDEMPOTENT.has(method) && !failure.notSent ? 1 : failure.attempts;
                if (attempt >= attempts) {
                    // GitHub's own answer is passed on as Octokit gives it (its status and message).
                    if (failure.status !== undefined)
                        throw error;
                    // The options may still hold the route's template (`/repos/{owner}/…`): expand it for the message.
                    const path = new URL(octokit.request.endpoint(requestOptions).url, 'https://api.github.invalid').pathname;
                    throw new GitHubRequestError(`${method} ${path}: ${failure.reason(timeoutMs)} (${attempt} attempt${attempt === 1 ? '' : 's'})`, failure.status);
                }
                await new Promise((resolve) => setTimeout(resolve, delayMs(attempt)));
            }
        }
    });
    return octokit;
}
/** What went wrong with one attempt, and how many attempts that kind of failure gets. */
function classify(error) {
    const candidate = error;
    const message = candidate?.message ?? String(error);
    // Octokit answers a fetch that never got a response with status 500 and the fetch error as cause.
    if (candidate?.response === undefined) {
        if (candidate?.cause?.name === 'TimeoutError' || error?.name === 'TimeoutError') {
            return { attempts: GITHUB_ATTEMPTS.timeout, notSent: false, reason: (ms) => `GitHub did not answer within ${ms} ms` };
        }
        const code = candidate?.cause?.code ?? candidate?.cause?.cause?.code;
        return {
            attempts: GITHUB_ATTEMPTS.transient,
            notSent: code !== undefined && NOT_SENT.has(code),
            reason: () => `the request failed: ${code ?? message}`,
        };
    }
    const status = candidate.status;
    const transient = status !== undefined && (status >= 500 || status === 429);
    return {
        attempts: transient ? GITHUB_ATTEMPTS.transient : 1,
        notSent: false,
        ...(status !== undefined && { status }),
        reason: () => `GitHub answered ${status}: ${message}`,
    };
}
/** Every comment of an issue or pull request, page by page, within ISSUE_COMMENTS_PAGES. */
async function listIssueComments(octokit, params) {
    const comments = [];
    const pages = new page_guard/* PageGuard */.f8(page_guard/* ISSUE_COMMENTS_PAGES */.W0);
    for await (const response of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...params, per_page: 100 })) {
        comments.push(...response.data);
        // The iterator follows the `next` link it was given; the guard decides before it does.
        if (!pages.follow(nextLink(response.headers.link)))
            break;
    }
    return comments;
}
/** The URL of the `rel="next"` link in a Link header, found without a pattern that could backtrack. */
function nextLink(header) {
    for (const part of (header ?? '').split(',')) {
        const [target = '', ...parameters] = part.split(';').map((piece) => piece.trim());
        if (parameters.some((parameter) => parameter.replaceAll(' ', '') === 'rel="next"') && target.startsWith('<') && target.endsWith('>'))
            return target.slice(1, -1);
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/report/run-context.ts

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
// GitHub owner names: letters, digits and single hyphens; repository names: letters, digits, . _ -.
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const RUN_ID = /^[0-9]{1,20}$/;
const HOST = /^[a-z0-9.-]{1,253}(?::[0-9]{1,5})?$/;
/** The pull request's head commit from the event payload the runner wrote, when there is one. */
function pullRequestHeadSha(env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        return event.pull_request?.head?.sha;
    }
    catch {
        return undefined;
    }
}
function runContext(env, headSha) {
    const sha = env.GITHUB_SHA?.trim().toLowerCase();
    const runId = env.GITHUB_RUN_ID?.trim();
    const server = serverUrl(env.GITHUB_SERVER_URL ?? 'https://github.com');
    const repository = env.GITHUB_REPOSITORY?.trim();
    const validRunId = runId && RUN_ID.test(runId) ? runId : undefined;
    const head = typeof headSha === 'string' ? headSha.toLowerCase() : undefined;
    return {
        ...(sha && SHA.test(sha) ? { sha } : {}),
        ...(head && SHA.test(head) && head !== sha ? { headSha: head } : {}),
        ...(validRunId ? { runId: validRunId } : {}),
        ...(server && repository && REPOSITORY.test(repository) && validRunId
            ? { runUrl: `${server}/${repository}/actions/runs/${validRunId}` }
            : {}),
    };
}
/** `https://host[:port]` with nothing else (no credentials, path, query or fragment), or undefined. */
function serverUrl(value) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
        return undefined;
    return HOST.test(url.host) ? `${url.protocol}//${url.host}` : undefined;
}

;// CONCATENATED MODULE: ./src/report/pr-comment.ts
// The plan as one sticky pull-request comment: created once, then updated in place on every push.






/** GitHub refuses comments over 65,536 characters; the plan is summarised well below that. */
const COMMENT_MAX_BYTES = 60_000;
/** Older comments of ours (left by earlier versions, which made one per push with a personal token) brought up to date. */
const MAX_OLDER_COMMENTS = 20;
/**
 * The hidden marker that finds our comment again, always the comment's first line. It names the
 * workflow and job, so two workflows (or two jobs) that plan different account files keep a comment each.
 */
function commentMarker(env) {
    return hiddenMarker('plan', env);
}
/** A hidden HTML comment naming what the text is (`plan`, `drift`) and the workflow and job that keep it. */
function hiddenMarker(kind, env) {
    const part = (value) => (value ?? '').replace(/[^\w .,/-]/g, '').slice(0, 100);
    return `<!-- securityhub-onboard:${kind} workflow="${part(env.GITHUB_WORKFLOW)}" job="${part(env.GITHUB_JOB)}" -->`;
}
/** Creates or updates the plan comment. Never throws: a comment that cannot be written is a warning and an outcome. */
/** `token` undefined: the `github-token` input is empty. */
async function upsertPlanComment(token, marker, body) {
    // Loaded only when a comment is written, so other runs do not pay for Octokit at start-up.
    const { context } = await loadGitHub();
    const payloadNumber = context.payload.pull_request?.number;
    if (payloadNumber === undefined || payloadNumber === null)
        return { result: 'not-a-pull-request' };
    // The number goes into API paths, the log and the summary: only a pull request number GitHub could have given.
    if (typeof payloadNumber !== 'number' || !Number.isSafeInteger(payloadNumber) || payloadNumber < 1) {
        const problem = "the event payload's pull_request.number is not a pull request number";
        core/* warning */.$e(`Could not comment the plan on the pull request: ${problem}.`);
        return { result: 'failed', problem };
    }
    const issueNumber = payloadNumber;
    if (!token) {
        const problem = "the 'github-token' input is empty";
        core/* warning */.$e(`Could not comment the plan on the pull request: ${problem}.`);
        return { result: 'failed', issueNumber, problem };
    }
    const { owner, repo } = context.repo;
    const octokit = await boundedOctokit(token);
    // The run's page, from values checked against an allowlist; without valid ones, no link.
    const runUrl = runContext(process.env).runUrl;
    const text = commentText(marker, body, runUrl);
    const fallback = shortText(marker, runUrl);
    /** Writes `text`; a body GitHub refuses as invalid (422: too long, say) is replaced by the short one. */
    const write = async (send) => {
        try {
            await send(text);
        }
        catch (error) {
            if (statusOf(error) !== 422)
                throw error;
            await send(fallback);
        }
    };
    let ours = [];
    try {
        const author = await tokenAuthor(octokit);
        const comments = await listIssueComments(octokit, { owner, repo, issue_number: issueNumber });
        ours = comments.filter((comment) => isOurComment(comment, author, marker));
        const [current, ...older] = ours;
        if (!current) {
            await write((commentBody) => octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: commentBody }));
            return { result: 'created', issueNumber };
        }
        await write((commentBody) => octokit.rest.issues.updateComment({ owner, repo, comment_id: current.id, body: commentBody }));
        const superseded = supersededText(marker, current.html_url);
        for (const comment of older.slice(0, MAX_OLDER_COMMENTS).filter((candidate) => candidate.body !== superseded)) {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body: superseded });
        }
        return { result: 'updated', issueNumber };
    }
    catch (error) {
        const status = statusOf(error);
        const problem = (0,untrusted_text/* forAnnotation */.Jc)(`${status ? `${status} ` : ''}${error.message}`);
        const hint = status === 403 || status === 404
            ? " The job's token needs 'permissions: pull-requests: write' (and a pull request from a fork gets a read-only token)."
            : '';
        const result = ours.length > 0 ? 'stale' : 'failed';
        const stale = result === 'stale' ? ' The comment already on the pull request shows an older plan.' : '';
        core/* warning */.$e(`Could not comment the plan on pull request #${issueNumber}: ${problem}.${hint}${stale} The plan is in the job summary.`);
        return { result, issueNumber, problem };
    }
}
/** For the job summary, when the plan could not be written to the pull request. */
function renderCommentProblem(outcome) {
    const where = outcome.issueNumber ? `pull request #${outcome.issueNumber}` : 'the pull request';
    const why = outcome.problem ? ` GitHub answered: ${(0,untrusted_text/* markdownCode */.D9)(outcome.problem)}.` : '';
    const stale = outcome.result === 'stale'
        ? ' **The comment already there shows an older plan**, so this step fails: give the token pull-requests: write, or delete that comment.'
        : ' No comment of this workflow and job is there.';
    return `> ⚠️ The plan could not be written to ${where}.${why}${stale}\n`;
}
/** The body as posted: marker first, the plan, a link to the run; never over the cap, never with a secret. */
function commentText(marker, body, runUrl) {
    const text = (0,untrusted_text/* markdownBody */.eM)(`${marker}\n${body}\n<sub>Every account of this plan is in the ${summaryLink(runUrl)}.</sub>\n`);
    return Buffer.byteLength(text, 'utf8') <= COMMENT_MAX_BYTES ? text : shortText(marker, runUrl);
}
function shortText(marker, runUrl) {
    return `${marker}\nThe plan of this run could not be shown in a pull-request comment; it is in the ${summaryLink(runUrl)}.\n`;
}
function supersededText(marker, currentUrl) {
    const replacement = currentUrl ? `<a href="${currentUrl}">the comment that replaces it</a>` : 'the comment that replaces it';
    return `${marker}\nThis plan is out of date; the current one is in ${replacement}.\n`;
}
function summaryLink(runUrl) {
    return runUrl ? `<a href="${runUrl}">job summary of the run</a>` : 'job summary of the run';
}

;// CONCATENATED MODULE: ./src/report/html.ts
// The few HTML shapes the job summary and the PR comment are made of, and the byte budget they
// share. Callers escape every piece of untrusted text (htmlCode, markdownCode: untrusted-text.ts) before it reaches these:
// they only put markup around text that is already inert.
//
// GitHub reads an HTML block until the next blank line, so every block here ends with a line
// break and callers join blocks with a blank line between them; Markdown after an HTML block on
// the next line would otherwise be shown as raw text.
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** What is left of a page's byte limit; sections take from it in the order they are shown. */
class ByteBudget {
    remaining;
    constructor(remaining) {
        this.remaining = remaining;
    }
    get left() {
        return this.remaining;
    }
    /** Takes room for the text when it fits, and says whether it did. */
    take(text) {
        const bytes = byteLength(text);
        if (bytes > this.remaining)
            return false;
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
}
function headerRow(cells) {
    return `<tr>${cells.map((cell) => `<th>${cell}</th>`).join('')}</tr>\n`;
}
function row(cells) {
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>\n`;
}
function table(header, rows) {
    return `<table>\n${header}${rows}</table>\n`;
}
/** Room a `table()` needs besides its header and rows. */
const TABLE_BYTES = byteLength(table('', ''));
/** A closed `<details>` block: the summary line shows, the body opens on a click. */
function collapsed(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n`;
}
/** Room a `collapsed()` block needs besides its summary and body. */
const COLLAPSED_BYTES = byteLength(collapsed('', ''));
/**
 * Renders rows one at a time, while they fit in the budget and `max` is not reached, so a list
 * of 30,000 accounts is neither rendered nor measured past what is shown.
 */
function fitRows(items, render, budget, max = Infinity) {
    let rows = '';
    let shown = 0;
    for (const item of items) {
        if (shown >= max)
            break;
        const text = render(item);
        if (!budget.take(text))
            break;
        rows += text;
        shown += 1;
    }
    return { rows, shown };
}
/** "1 account", "2 accounts": counts always say what they count. */
function plural(count, noun, nouns = `${noun}s`) {
    return `${count} ${count === 1 ? noun : nouns}`;
}
/** Tables longer than this are collapsed into a `<details>` block. */
const LONG_TABLE_ROWS = 20;
/** Room kept for a table's wrapper and its collapsed summary line while its rows are fitted. */
const WRAPPER_BYTES = TABLE_BYTES + COLLAPSED_BYTES + 400;
/**
 * A table of as many rows as fit (at most `max`), collapsed when it is long (or `always`); empty
 * when no row fits. `summary` says what the collapsed table holds, given the number of rows shown.
 */
function boundedTable(header, items, render, budget, { max = Infinity, summary, always = false }) {
    const wrapper = WRAPPER_BYTES + byteLength(header);
    budget.spend(wrapper);
    const { rows, shown } = fitRows(items, render, budget, max);
    budget.give(wrapper);
    if (shown === 0)
        return { html: '', shown };
    const plain = table(header, rows);
    if (shown <= LONG_TABLE_ROWS && !always) {
        budget.spend(TABLE_BYTES + byteLength(header));
        return { html: plain, shown };
    }
    const line = summary(shown);
    budget.spend(TABLE_BYTES + byteLength(header) + COLLAPSED_BYTES + byteLength(line));
    return { html: collapsed(line, plain), shown };
}

;// CONCATENATED MODULE: ./src/report/summary-status.ts
// A member status in a summary cell: the documented ones as words, anything else AWS sent as code.


const DOCUMENTED = new Set(model/* MEMBER_STATUSES */.o2);
/** `before` as normalised; `rawStatus` as AWS sent it, a free string (shown only when not documented). */
function statusCell({ before, rawStatus }) {
    if (before !== 'Unknown')
        return before;
    if (rawStatus && DOCUMENTED.has(rawStatus))
        return rawStatus;
    return rawStatus ? (0,untrusted_text/* htmlCode */.h8)(rawStatus) : 'Unknown';
}

;// CONCATENATED MODULE: ./src/report/summary-attention.ts
// The top of the summary: what failed and what needs someone. Failed Regions with their reason,
// accounts AWS did not process (grouped by call and reason), held removals, and members whose
// status needs a person: Removed or Resigned, stale invitations, suspended, statuses AWS has not
// documented.





/** The accounts that need someone, by group, in the order they are shown. */
function memberGroups({ regions, heldRemovals }) {
    const held = new Set((heldRemovals?.accounts ?? []).map(({ accountId, region }) => `${region} ${accountId}`));
    const groups = new Map(['decision', 'stale', 'suspended', 'unknown', 'other'].map((group) => [group, []]));
    for (const { region, accounts } of (0,model/* lookedAt */.O1)(regions)) {
        for (const account of accounts) {
            // The key is made only when removals were held: a string per pair is garbage at organization scale.
            if (held.size > 0 && held.has(`${region} ${account.accountId}`))
                continue;
            const group = memberGroupOf(account);
            if (group)
                groups.get(group).push({ region, account });
        }
    }
    return groups;
}
/**
 * Accounts AWS did not process are shown with the call that failed instead; a stale invitation is
 * being sent again, but still waits on someone in the member account.
 */
function memberGroupOf(account) {
    if (account.unprocessed)
        return undefined;
    if (account.action === 'reinvite' && account.before === 'Invited')
        return 'stale';
    if (!account.attention)
        return undefined;
    if (account.listed && (account.before === 'Removed' || account.before === 'Resigned'))
        return 'decision';
    if (account.before === 'AccountSuspended')
        return 'suspended';
    if (account.before === 'Unknown')
        return 'unknown';
    return 'other';
}
/** Accounts not processed in the Regions that could be looked at (a failed Region is shown as one block). */
function unprocessedPairs(regions) {
    return (0,model/* lookedAt */.O1)(regions).flatMap(({ region, accounts }) => accounts.filter((account) => account.unprocessed).map((account) => ({ region, account })));
}
function distinctAccounts(pairs) {
    return new Set(pairs.map((pair) => pair.account.accountId)).size;
}
/** `### Needs attention` and its groups, or '' when nothing needs anyone. */
function renderAttention(input, budget, idsPerGroup) {
    const heading = '### Needs attention\n';
    budget.spend(byteLength(heading) + 1);
    const blocks = [
        ...failedRegionBlocks(input.regions, budget),
        unprocessedBlock(unprocessedPairs(input.regions), budget, idsPerGroup),
        input.heldRemovals ? heldBlock(input.heldRemovals, budget) : '',
        ...[...memberGroups(input)].map(([group, pairs]) => memberBlock(group, pairs, input.mode, budget)),
    ].filter((block) => block !== '');
    if (blocks.length === 0) {
        budget.give(byteLength(heading) + 1);
        return '';
    }
    return [heading, ...blocks].join('\n');
}
function failedRegionBlocks(regions, budget) {
    const failed = regions.filter((region) => region.failure !== undefined);
    const blocks = [];
    for (const [index, { region, failure, notLookedAt }] of failed.entries()) {
        // Region names are checked against the pattern of AWS Region names when the inputs are read.
        const name = region;
        const listed = notLookedAt.length;
        const block = `#### ❌ ${name} failed (${failure.operation})\n\n` +
            `> ${(0,untrusted_text/* markdownCode */.D9)(failure.message)}\n\n` +
            `Nothing in ${name} was read or changed` +
            (listed > 0
                ? `: its ${plural(listed, 'listed account')} ${listed === 1 ? 'was' : 'were'} not looked at, and ${listed === 1 ? 'is' : 'are'} in the <code>${action_interface/* Output */.k.unprocessedAccounts}</code> output.\n`
                : '.\n');
        if (!budget.take(block + '\n')) {
            const rest = failed.slice(index).map((entry) => entry.region);
            const line = `#### ❌ ${plural(rest.length, 'more Region')} failed\n\n${rest.join(', ')}: the reasons are in the step's log.\n`;
            budget.spend(byteLength(line) + 1);
            blocks.push(line);
            break;
        }
        blocks.push(block);
    }
    return blocks;
}
/** One row per call and reason: a quota hit on 300 accounts is one row that names them. */
function unprocessedBlock(pairs, budget, idsPerGroup) {
    if (pairs.length === 0)
        return '';
    const groups = new Map();
    for (const { region, account } of pairs) {
        const { operation, processingResult } = account.unprocessed;
        const key = JSON.stringify([operation, processingResult]);
        const group = groups.get(key) ?? { operation, reason: processingResult, accounts: new Map() };
        groups.set(key, group);
        const regions = group.accounts.get(account.accountId);
        if (regions)
            regions.push(region);
        else
            group.accounts.set(account.accountId, [region]);
    }
    const ordered = [...groups.values()].sort((a, b) => b.accounts.size - a.accounts.size);
    const regions = new Set(pairs.map((pair) => pair.region)).size;
    const heading = `#### ❌ Not processed: ${plural(distinctAccounts(pairs), 'account')} in ${plural(regions, 'Region')}\n`;
    budget.spend(byteLength(heading) + 2);
    const header = headerRow(['Call', 'Reason', 'Accounts (Regions)']);
    const { html, shown } = boundedTable(header, ordered, (group) => row([group.operation, (0,untrusted_text/* htmlCode */.h8)(group.reason), accountsCell(group.accounts, budget.left - 2 * 1024, idsPerGroup)]), budget, { summary: (count) => `${plural(count, 'reason')}` });
    const hidden = ordered.slice(shown).reduce((sum, group) => sum + group.accounts.size, 0);
    return [heading, html, hidden > 0 ? moreLine(hidden, 'account', action_interface/* Output */.k.unprocessedAccounts, budget) : ''].filter(Boolean).join('\n');
}
/**
 * The accounts of one reason, by the Regions they failed in, within `room` bytes; long lists are
 * collapsed. The row it goes in is taken from the budget as a whole.
 */
function accountsCell(accounts, room, max) {
    const byRegions = new Map();
    for (const [accountId, regions] of accounts) {
        const key = regions.join(', ');
        const same = byRegions.get(key);
        if (same)
            same.push(accountId);
        else
            byRegions.set(key, [accountId]);
    }
    const lines = [];
    let shown = 0;
    let used = 0;
    for (const [regions, ids] of byRegions) {
        const codes = [];
        used += byteLength(regions) + 8;
        for (const id of ids) {
            // Drift comes from ListMembers, whose AccountId is a free string (docs/aws-behaviour.md#list-members).
            const code = (0,untrusted_text/* htmlCode */.h8)(id);
            const bytes = byteLength(code) + 2;
            if (shown >= max || used + bytes > room)
                break;
            codes.push(code);
            used += bytes;
            shown += 1;
        }
        if (codes.length > 0)
            lines.push(`${codes.join(', ')} (${regions})`);
        if (codes.length < ids.length)
            break;
    }
    const more = accounts.size - shown;
    const list = lines.join('<br>') + (more > 0 ? `${lines.length > 0 ? '<br>' : ''}<i>and ${plural(more, 'more account')}</i>` : '');
    return accounts.size > 5 ? `<details><summary>${plural(accounts.size, 'account')}</summary>${list}</details>` : list;
}
function heldBlock({ reason, accounts }, budget) {
    const heading = `#### ⛔ Removals held back: ${plural(new Set(accounts.map((account) => account.accountId)).size, 'account')}\n`;
    // The reason names the accounts ListMembers gave, whose AccountId is a free string.
    const quote = `> ${(0,untrusted_text/* markdownCode */.D9)(reason, 4000)}\n`;
    budget.spend(byteLength(heading) + byteLength(quote) + 2);
    const { html, shown } = boundedTable(headerRow(['Account', 'Region', 'Status']), accounts, ({ accountId, region, memberStatus }) => row([(0,untrusted_text/* htmlCode */.h8)(accountId), region, statusCell({ before: 'Unknown', rawStatus: memberStatus })]), budget, { summary: (count) => `${plural(count, 'removal')} held back` });
    return [heading, quote, html, accounts.length > shown ? moreLine(accounts.length - shown, 'removal', action_interface/* Output */.k.driftAccounts, budget) : '']
        .filter(Boolean)
        .join('\n');
}
const MEMBER_GROUPS = {
    decision: {
        title: '⚠️ Removed or Resigned, waiting on a decision',
        intro: 'The administrator disassociated these members, or they left. They stay as they are until someone decides: set <code>reinvite: true</code> to bring them back, or take them off the list.',
    },
    stale: {
        title: '⚠️ Invitations not accepted',
        intro: 'These invitations are older than <code>stale-invite-days</code>. Sending them again does not accept them: someone in each member account has to (or set <code>member-role-name</code>).',
    },
    suspended: { title: '⚠️ Suspended', intro: 'These accounts are suspended in AWS Organizations; they are left as they are.' },
    unknown: {
        title: '⚠️ Member status not known to this action',
        intro: 'AWS reported a member status that is not documented; these members are left as they are.',
    },
    other: { title: '⚠️ Left as they are, for a reason', intro: 'These members are left as they are, for the reason given.' },
};
function memberBlock(group, pairs, mode, budget) {
    if (pairs.length === 0)
        return '';
    const { title, intro } = MEMBER_GROUPS[group];
    const heading = `#### ${title}: ${plural(distinctAccounts(pairs), 'account')}\n`;
    const text = `${intro}\n`;
    budget.spend(byteLength(heading) + byteLength(text) + 2);
    const { html, shown } = boundedTable(headerRow(['Account', 'Region', 'Status', group === 'stale' ? 'Result' : 'Why']), pairs, ({ region, account }) => row([(0,untrusted_text/* htmlCode */.h8)(account.accountId), region, statusCell(account), whyText(group, account, mode)]), budget, { summary: (count) => plural(count, 'member') });
    return [heading, text, html, pairs.length > shown ? moreLine(pairs.length - shown, 'member', action_interface/* Output */.k.plan, budget) : '']
        .filter(Boolean)
        .join('\n');
}
function whyText(group, account, mode) {
    if (group !== 'stale')
        return account.attention ? (0,untrusted_text/* htmlCode */.h8)(account.attention, 4000) : '';
    // Not sent again means InviteMembers failed: such an account is under "Not processed" instead.
    return mode === 'plan' ? 'the invitation would be sent again' : 'the invitation was sent again';
}
function moreLine(count, noun, output, budget) {
    const line = `<i>${plural(count, `more ${noun}`)} not shown here; every one is in the <code>${output}</code> output.</i>\n`;
    budget.spend(byteLength(line) + 1);
    return line;
}

;// CONCATENATED MODULE: ./src/report/summary-counts.ts
// The counts of the summary, each saying what it counts: account-Region pairs and accounts in
// columns of their own, never mixed in one sentence. A pair counts in every row that applies to
// it, so an account created and then invited counts as created and as invited.


/** Left as it is on both sides, for no reason anyone needs to see (the member side may act on an unchanged member). */
function isUnchanged(account) {
    return (account.listed &&
        account.action === 'skip' &&
        !account.attention &&
        !account.unprocessed &&
        !account.memberSide &&
        !(0,model/* did */.k)(account, 'accept'));
}
function rules({ mode, invite }) {
    const done = (account) => !account.unprocessed;
    const changes = mode === 'plan'
        ? [
            ['would be created', (a) => done(a) && a.action === 'create', true],
            // Created members are invited next (CreateMembers, then InviteMembers), except organization accounts.
            ['would be invited', (a) => done(a) && (a.action === 'invite' || (invite && a.action === 'create')), true],
            ['would be invited again', (a) => done(a) && a.action === 'reinvite', false],
            ['would be removed', (a) => done(a) && a.action === 'remove', false],
        ]
        : [
            ['created', (a) => (0,model/* did */.k)(a, 'create'), true],
            ['invited', (a) => (0,model/* did */.k)(a, 'invite'), true],
            ['invited again', (a) => (0,model/* did */.k)(a, 'reinvite'), false],
            ['removed', (a) => (0,model/* did */.k)(a, 'remove'), false],
            ['accepted from the member side', (a) => (0,model/* did */.k)(a, 'accept'), false],
        ];
    return [
        ...changes,
        ['no change', isUnchanged, true],
        ['left as they are: need attention', (a) => done(a) && a.action === 'skip' && a.attention !== undefined, false],
        ['not in the list, left alone', (a) => !a.listed && a.action === 'skip' && !a.attention && done(a), false],
        ['not processed', (a) => !done(a), true],
    ];
}
/** Every account of the Regions that were looked at, one Region after another, without a list of them all. */
function* lookedAtAccounts(regions) {
    for (const region of (0,model/* lookedAt */.O1)(regions))
        yield* region.accounts;
}
/**
 * Outcomes remembered while counting. Outcomes are shared across Regions (apply/shared-outcomes.ts):
 * one met again gives the same rows for the same account, so only its pairs are counted again. At
 * 10,000 accounts × 17 Regions that is 170,000 pairs and about 10,000 distinct outcomes; past this
 * many, an outcome is judged on each visit as if it were new, which counts the same.
 */
const REMEMBERED_OUTCOMES = 50_000;
/** The rows, the listed accounts and whether any is created: one pass over the pairs, no list of them. */
function tallyRegions(input) {
    const tallies = rules(input).map(([label, applies, shownWhenZero]) => ({
        label,
        applies,
        shownWhenZero,
        pairs: 0,
        ids: new Set(),
    }));
    const listedIds = new Set();
    let createsAny = false;
    const known = new Map();
    for (const account of lookedAtAccounts(input.regions)) {
        let applying = known.get(account);
        if (!applying) {
            applying = tallies.filter((tally) => tally.applies(account));
            for (const tally of applying)
                tally.ids.add(account.accountId);
            if (account.listed)
                listedIds.add(account.accountId);
            if (account.action === 'create' && !account.unprocessed)
                createsAny = true;
            if (known.size < REMEMBERED_OUTCOMES)
                known.set(account, applying);
        }
        for (const tally of applying)
            tally.pairs += 1;
    }
    const rows = tallies
        .filter((entry) => entry.shownWhenZero || entry.pairs > 0)
        .map(({ label, pairs, ids }) => ({ label, pairs, accounts: ids.size }));
    const notLooked = input.regions.flatMap((region) => (region.failure ? region.notLookedAt : []));
    if (notLooked.length > 0)
        rows.push({ label: 'not looked at: the Region failed', ...tally(notLooked) });
    for (const { accountId } of notLooked)
        listedIds.add(accountId);
    return { rows, listed: listedIds.size, createsAny };
}
function tally(accounts) {
    return { pairs: accounts.length, accounts: new Set(accounts.map((account) => account.accountId)).size };
}
function renderCounts(input) {
    const { rows: counted, listed, createsAny } = tallyRegions(input);
    const failed = input.regions.filter((region) => region.failure).length;
    const scope = `<p>Listed: <b>${plural(listed, 'account')}</b>. Regions: <b>${input.regions.length}</b>` +
        (failed > 0 ? `, of which <b>${failed}</b> failed.</p>\n` : '.</p>\n');
    const rows = counted.map(({ label, pairs, accounts }) => row([label, String(pairs), String(accounts)]));
    const invitesNew = input.mode === 'plan' && input.invite && createsAny;
    const note = 'A pair counts in every row that applies to it: an account created and then invited counts as created and as invited.' +
        (invitesNew
            ? ' Accounts that would be created are counted as invited too; organization accounts are enabled on creation instead.'
            : '');
    return `### Counts\n\n${scope}\n${table(headerRow(['', 'Account-Region pairs', 'Accounts']), rows.join(''))}\n<p><sub>${note}</sub></p>\n`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary (and the plan in the PR comment): first what failed and what needs someone,
// then the counts, then each Region's accounts, the unchanged ones collapsed.







/**
 * CreateMembers by the delegated administrator enables Security Hub CSPM, with its default
 * standards, in an organization account where it is off; never in the management account
 * (docs/aws-behaviour.md#organization-members).
 */
const OWN_NOTES = {
    'organization-create': 'CreateMembers on an account of your AWS organization (when this administrator is its delegated administrator) makes it a member without an invitation, ' +
        'and where Security Hub CSPM is off in that account and Region, AWS turns it on with its default standards, which rely on AWS Config being recorded there. ' +
        'AWS never does this for the management account of the organization: it must enable Security Hub CSPM itself first.',
};
const DEFAULT_LIMITS = { maxBytes: 900 * 1024, rowsPerRegion: 100 };
const DEFAULT_IDS_PER_REASON = 1_000;
/** The plan in a PR comment: the same layout within GitHub's comment limit; every account stays in the job summary. */
function commentLimits(maxBytes) {
    return { maxBytes, rowsPerRegion: 50, idsPerReason: 200 };
}
/** Room kept for each Region's heading and "not shown" line until its turn comes. */
const RESERVE_PER_REGION = 1024;
function renderSummary(input, limits = DEFAULT_LIMITS) {
    const head = [
        headline(input),
        ...(input.context ? [input.context] : []),
        ...(input.ownNotes ?? []).map((note) => `> ${OWN_NOTES[note]}\n`),
        ...(input.notes ?? []).map((note) => `> ${(0,untrusted_text/* markdownCode */.D9)(note, 4000)}\n`),
        ...(input.sections ?? []).filter((section) => section !== ''),
    ].join('\n');
    const counts = renderCounts(input);
    const footer = input.audience === 'comment'
        ? `<sub>Administrator account ${input.administratorId || 'unknown'}.</sub>\n`
        : `<sub>Administrator account ${input.administratorId || 'unknown'}. Every account is in the step outputs (${[action_interface/* Output */.k.unprocessedAccounts, action_interface/* Output */.k.createdAccounts, action_interface/* Output */.k.invitedAccounts, action_interface/* Output */.k.skippedAccounts, action_interface/* Output */.k.driftAccounts, action_interface/* Output */.k.plan].join(', ')}…) and, in full, in the file named by ${action_interface/* Output */.k.reportFile}.</sub>\n`;
    const regionsHeading = '### Accounts by Region\n';
    const budget = new ByteBudget(limits.maxBytes);
    budget.spend(byteLength(head) + byteLength(counts) + byteLength(footer) + byteLength(regionsHeading) + 8 + input.regions.length * RESERVE_PER_REGION);
    const attention = renderAttention(input, budget, limits.idsPerReason ?? DEFAULT_IDS_PER_REASON);
    const sections = input.regions.map((region) => {
        budget.give(RESERVE_PER_REGION);
        const section = regionSection(region, input, limits, budget);
        budget.spend(byteLength(section) + 1);
        return section;
    });
    return [head, attention, counts, regionsHeading, ...sections, footer].filter((part) => part !== '').join('\n');
}
function headline(input) {
    const title = input.mode === 'plan' ? 'Security Hub CSPM onboarding plan (nothing was changed)' : 'Security Hub CSPM onboarding';
    const failed = input.regions.some((region) => region.failure) || unprocessedPairs(input.regions).length > 0 || input.heldRemovals !== undefined;
    const attention = [...memberGroups(input).values()].some((pairs) => pairs.length > 0);
    return `## ${failed ? '❌' : attention ? '⚠️' : '✅'} ${title}\n`;
}
/**
 * A Region's accounts: what was not processed, needs attention, changed or is not in the list
 * first (collapsed when long), then the unchanged ones, always collapsed. A Region that failed is
 * one line: its block at the top says why.
 */
function regionSection(region, input, limits, budget) {
    // Region names are checked against the pattern of AWS Region names when the inputs are read.
    const name = region.region;
    const heading = `#### ${name}\n`;
    if (region.failure)
        return `${heading}\n❌ ${region.failure.operation} failed: nothing in this Region was read or changed (see above).\n`;
    const ordered = byRank(region.accounts);
    const unprocessed = ordered.filter((account) => account.unprocessed);
    const reported = ordered.filter((account) => !account.unprocessed && !isUnchanged(account));
    const unchanged = ordered.filter(isUnchanged);
    const header = headerRow(['Account', 'Email', 'Status before', 'Action', 'Result']);
    const render = (account) => tableRow(account, input);
    const shown = [...unprocessed, ...reported.slice(0, limits.rowsPerRegion)];
    const first = boundedTable(header, shown, render, budget, {
        summary: (count) => `${plural(count, 'account')} in ${name}: ${countsByResult(shown.slice(0, count), input.mode)}`,
    });
    // The unchanged accounts are counted, and listed only collapsed, however few.
    const rest = boundedTable(header, unchanged, render, budget, {
        max: limits.rowsPerRegion,
        always: true,
        summary: (count) => `${plural(count, 'account')} with no change in ${name}`,
    });
    const parts = [heading, first.html, rest.html];
    if (region.accounts.length === 0)
        parts.push('No account in this Region.\n');
    const hidden = region.accounts.length - first.shown - rest.shown;
    if (hidden > 0) {
        parts.push(`<i>${hidden} more account(s) in ${name} are not shown here. All accounts in this Region: ${countsByResult(region.accounts, input.mode)}.</i>\n`);
    }
    return parts.filter((part) => part !== '').join('\n');
}
function tableRow(account, input) {
    return row([
        // Drift comes from ListMembers, whose AccountId is a free string (docs/aws-behaviour.md#list-members).
        `${(0,untrusted_text/* htmlCode */.h8)(account.accountId)}${account.membership ? ` <sub>${account.membership}</sub>` : ''}`,
        account.email ? (0,untrusted_text/* htmlCode */.h8)(account.email) : '',
        account.before === 'None' ? 'not a member' : statusCell(account),
        account.listed ? account.action : `${account.action} (not listed)`,
        resultText(account, input),
    ]);
}
function resultText(account, input) {
    const text = adminSideText(account, input);
    // The member side's result (member-role-name) follows what the administrator side did.
    return account.memberSide && !account.unprocessed ? `${text}; member side: ${(0,untrusted_text/* htmlCode */.h8)(account.memberSide)}` : text;
}
function adminSideText(account, { mode, invite }) {
    if (account.unprocessed) {
        return `❌ <b>Not processed</b> (${account.unprocessed.operation}): ${(0,untrusted_text/* htmlCode */.h8)(account.unprocessed.processingResult)}`;
    }
    // Held removals name the accounts ListMembers gave, whose AccountId is a free string.
    if (account.attention)
        return `⚠️ ${(0,untrusted_text/* htmlCode */.h8)(account.attention, 4000)}`;
    if (account.excluded)
        return 'excluded (exclude-accounts); left alone';
    if (mode === 'plan')
        return plannedText(account, invite);
    const created = (0,model/* did */.k)(account, 'create');
    if (created && (0,model/* did */.k)(account, 'invite'))
        return '✅ created and invited';
    if (created && account.after === 'Enabled')
        return '✅ created; Enabled (organization account, no invitation needed)';
    if (created)
        return account.after && account.after !== 'Created' ? `✅ created; now ${(0,untrusted_text/* htmlCode */.h8)(account.after)}` : '✅ created';
    if ((0,model/* did */.k)(account, 'invite'))
        return '✅ invited';
    if ((0,model/* did */.k)(account, 'reinvite'))
        return '✅ invited again';
    if ((0,model/* did */.k)(account, 'remove') && account.warning)
        return `⚠️ ${(0,untrusted_text/* htmlCode */.h8)(account.warning.message)}`;
    if ((0,model/* did */.k)(account, 'remove'))
        return account.removal?.delete ? '✅ removed (disassociated and deleted)' : '✅ disassociated (organization member)';
    return unchangedText(account);
}
function plannedText(account, invite) {
    switch (account.action) {
        case 'create':
            return invite ? 'would be created, then invited unless it is an organization account' : 'would be created';
        case 'invite':
            return 'would be invited';
        case 'reinvite':
            if (account.before === 'Invited')
                return 'the invitation would be sent again (stale)';
            // docs/aws-behaviour.md#organization-members: CreateMembers first, an invitation only for an invitation member.
            return account.before === 'Removed'
                ? 'would be brought back: CreateMembers, then invited again unless it is an organization account'
                : 'would be invited again';
        case 'remove':
            return account.removal?.delete
                ? 'would be removed (disassociated if needed, then deleted)'
                : 'would be disassociated (organization member)';
        case 'skip':
            return unchangedText(account);
    }
}
function unchangedText(account) {
    if (account.listed)
        return account.protected ? 'no change (protected)' : 'no change';
    return account.protected
        ? '🛡️ not in the list; protected (protected-accounts), never removed'
        : 'not in the list; left alone (remove-absent is off)';
}
/** The accounts by rank, in the Region's order within each: what a stable sort by rank gives, in one pass. */
function byRank(accounts) {
    const ranks = [[], [], [], []];
    for (const account of accounts)
        ranks[rank(account)].push(account);
    return ranks.flat();
}
/** Unprocessed first, then what needs attention, then what changed, then the rest. */
function rank(account) {
    if (account.unprocessed)
        return 0;
    if (account.attention)
        return 1;
    if (account.action !== 'skip')
        return 2;
    return 3;
}
function countsByResult(accounts, mode) {
    const counts = new Map();
    for (const account of accounts) {
        const key = account.unprocessed
            ? 'not processed'
            : account.action === 'skip'
                ? `left as ${account.before === 'None' ? 'not a member' : account.before}`
                : mode === 'plan'
                    ? `to ${account.action}`
                    : (0,model/* did */.k)(account, 'invite') || (0,model/* did */.k)(account, 'reinvite')
                        ? 'invited'
                        : (0,model/* did */.k)(account, 'create')
                            ? 'created'
                            : (0,model/* did */.k)(account, 'remove')
                                ? 'removed'
                                : account.action;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([key, count]) => `${count} ${key}`).join(', ');
}
/** Plan mode without credentials: the list was checked, the live membership could not be read. */
function renderDesiredOnly(accounts, regions, maxBytes = DEFAULT_LIMITS.maxBytes, context = '') {
    const head = `## Security Hub CSPM onboarding plan: the account list is valid\n\n${context}` +
        `> ℹ️ The live comparison was skipped: this job has no AWS credentials (a pull request from a fork never gets an OIDC token; ` +
        `a workflow without <code>id-token: write</code> neither). What apply would change in ${regions.join(', ')} is not known.\n\n` +
        `<b>${accounts.length}</b> account(s) listed:\n\n<table>\n<tr><th>Account</th><th>Email</th></tr>\n`;
    const budget = new ByteBudget(maxBytes - byteLength(head) - 512);
    const { rows, shown } = fitRows(accounts.slice(0, 500), (account) => `<tr><td><code>${account.accountId}</code></td><td>${account.email ? (0,untrusted_text/* htmlCode */.h8)(account.email) : ''}</td></tr>\n`, budget);
    const more = accounts.length > shown ? `\n<i>${accounts.length - shown} more account(s) not shown.</i>\n` : '';
    return `${head}${rows}</table>\n${more}`;
}
function renderInputProblems(problems, maxBytes = DEFAULT_LIMITS.maxBytes) {
    const head = `## ❌ Security Hub CSPM onboarding: the input is not valid\n\nNothing was sent to AWS. Fix these problems and run again:\n\n<ul>\n`;
    const budget = new ByteBudget(maxBytes - byteLength(head) - 512);
    const { rows, shown } = fitRows(problems, (problem) => {
        const where = problem.file ? `${(0,untrusted_text/* htmlCode */.h8)(`${problem.file}${problem.line ? `:${problem.line}` : ''}`)}: ` : '';
        // The message quotes the file's values: all of it is code, where GitHub links and mentions nothing.
        return `<li>${where}${(0,untrusted_text/* htmlCode */.h8)(problem.message, 2000)}</li>\n`;
    }, budget);
    const more = problems.length > shown ? `<li>${problems.length - shown} more problem(s) are in the log.</li>\n` : '';
    return `${head}${rows}${more}</ul>\n`;
}

;// CONCATENATED MODULE: ./src/report/drift-issue.ts
// The drift issue (drift-issue): one open issue while the membership needs someone, found again by
// its hidden marker as first line and by who wrote it (the token's identity, as for the plan
// comment), closed with a comment when all is clear. Never throws:
// an issue that cannot be kept is a warning, and the step's result stays what the run made it.








// Open issues looked through for ours: 10 pages of 100. With the labels filter, far fewer.
const MAX_PAGES = 10;
const PER_PAGE = 100;
async function keepDriftIssue(request) {
    if (!request.token) {
        core/* warning */.$e("Could not keep the drift issue: the 'github-token' input is empty.");
        return { outcome: 'failed' };
    }
    // Loaded only when the issue is kept, so other runs do not pay for Octokit at start-up. Every
    // request has a timeout and a bounded retry; an issue is created at most once (github-api.ts).
    const { context } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
    const octokit = await boundedOctokit(request.token);
    const repo = context.repo;
    let doing = 'find';
    try {
        const author = await tokenAuthor(octokit);
        const existing = await findOurIssue(octokit, repo, request, author);
        const body = request.body === undefined ? undefined : (0,untrusted_text/* markdownBody */.eM)(`${request.marker}\n${request.body}`);
        if (body !== undefined && existing) {
            doing = 'update';
            await octokit.rest.issues.update({ ...repo, issue_number: existing, title: DRIFT_ISSUE_TITLE, body });
            return { outcome: 'updated', number: existing };
        }
        if (body !== undefined) {
            doing = 'open';
            const { data } = await octokit.rest.issues.create({ ...repo, title: DRIFT_ISSUE_TITLE, body, labels: [...request.labels] });
            return { outcome: 'opened', number: data.number };
        }
        if (!existing)
            return { outcome: 'none' };
        doing = 'close';
        await octokit.rest.issues.createComment({ ...repo, issue_number: existing, body: (0,untrusted_text/* markdownBody */.eM)(request.closingComment) });
        await octokit.rest.issues.update({ ...repo, issue_number: existing, state: 'closed', state_reason: 'completed' });
        return { outcome: 'closed', number: existing };
    }
    catch (error) {
        const status = statusOf(error);
        const problem = (0,untrusted_text/* forAnnotation */.Jc)(`${status ? `${status} ` : ''}${error instanceof Error ? error.message : String(error)}`);
        core/* warning */.$e((0,untrusted_text/* annotationMessage */.L0)(`Could not ${doing} the drift issue: ${problem}.${permissionHint(status)}`));
        return { outcome: 'failed' };
    }
}
/**
 * The oldest open issue that starts with the marker and was written by this token's identity. Looked
 * for among issues with the labels first; labels can be removed by hand (or dropped by GitHub for a
 * token that may not set them), so without a match, among all open issues.
 */
async function findOurIssue(octokit, repo, request, author) {
    const filters = request.labels.length > 0 ? [request.labels.join(','), undefined] : [undefined];
    for (const labels of filters) {
        for (let page = 1; page <= MAX_PAGES; page++) {
            const { data } = await octokit.rest.issues.listForRepo({
                ...repo,
                state: 'open',
                sort: 'created',
                direction: 'asc',
                per_page: PER_PAGE,
                page,
                ...(labels ? { labels } : {}),
            });
            const ours = data.find((issue) => !issue.pull_request && isOurComment(issue, author, request.marker));
            if (ours)
                return ours.number;
            if (data.length < PER_PAGE)
                break;
        }
    }
    return undefined;
}
function permissionHint(status) {
    if (status === 403 || status === 404)
        return " The job's token needs 'permissions: issues: write'. The run's result is unchanged; everything is in the job summary.";
    if (status === 410)
        return ' Issues are turned off in this repository; turn them on, or set drift-issue: false.';
    return " The run's result is unchanged; everything is in the job summary.";
}
/** Opens, updates or closes the drift issue from what the run found, and sets the drift-issue output. */
async function reportDriftIssue({ summary, token, labels, run, env }) {
    const findings = driftFindings(summary.regions);
    const context = { mode: summary.mode, run, now: new Date() };
    const header = driftIssueHeader(findings, context);
    // Bounded like the PR comment: GitHub refuses an issue body over 65,536 characters.
    const limits = commentLimits(COMMENT_MAX_BYTES - Buffer.byteLength(header, 'utf8') - 512);
    const body = needsAttention(findings) ? `${header}\n${renderSummary({ ...summary, audience: 'comment' }, limits)}` : undefined;
    const result = await keepDriftIssue({
        token,
        labels,
        marker: hiddenMarker('drift', env),
        ...(body !== undefined ? { body } : {}),
        closingComment: driftIssueClosingComment(context),
    });
    core/* setOutput */.uH(action_interface/* Output */.k.driftIssue, 'number' in result ? String(result.number) : '');
    if ('number' in result)
        core/* info */.pq(`The drift issue #${result.number} was ${result.outcome}.`);
}

// EXTERNAL MODULE: ./src/accounts/write-file.ts
var write_file = __nccwpck_require__(706);
// EXTERNAL MODULE: ./src/accounts/validation.ts
var validation = __nccwpck_require__(8513);
// EXTERNAL MODULE: ./src/accounts/formats/by-extension.ts + 1 modules
var by_extension = __nccwpck_require__(8064);
;// CONCATENATED MODULE: ./src/accounts/serialize.ts
// Accounts as the content of an accounts file, in the format its extension selects: what
// export-file writes. Every format is written so that parseAccountsFile reads it back to the same
// accounts; the caller hands over only valid 12-digit IDs and emails that emailProblem accepts.

/**
 * `header` lines become `#` comments where the format has comments (YAML and text); JSON and CSV
 * have none, so they carry the accounts only. Accounts are written sorted by ID.
 */
function serializeAccounts(accounts, displayPath, header) {
    const sorted = [...accounts].sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
    switch ((0,by_extension/* formatNameOf */.Mv)(displayPath)) {
        case 'JSON':
            return `${JSON.stringify({ accounts: sorted.map(({ accountId, email }) => ({ accountId, ...(email ? { email } : {}) })) }, null, 2)}\n`;
        case 'YAML':
            return yaml(sorted, header);
        case 'CSV':
            // The header row names the columns as AWS's multi-account scripts do; an account without email ends in a comma.
            return ['AccountId,Email', ...sorted.map(({ accountId, email }) => `${accountId},${email ?? ''}`)].join('\n') + '\n';
        default:
            // Text, for any other extension. `id,email`: with no space before it, a `#` inside an email is not read as a comment.
            return ([
                ...comments(header),
                ...sorted.map(({ accountId, email, note }) => `${accountId}${email ? `,${email}` : ''}${note ? ` # ${note}` : ''}`),
            ].join('\n') + '\n');
    }
}
function yaml(accounts, header) {
    // Double-quoted scalars: an ID keeps its leading zeros in any YAML reader, and JSON string
    // syntax is valid YAML, so JSON.stringify quotes both values exactly.
    const entries = accounts.map(({ accountId, email, note }) => {
        const comment = note ? `  # ${note}` : '';
        return email
            ? `  - accountId: ${JSON.stringify(accountId)}${comment}\n    email: ${JSON.stringify(email)}`
            : `  - accountId: ${JSON.stringify(accountId)}${comment}`;
    });
    return [...comments(header), accounts.length === 0 ? 'accounts: []' : 'accounts:', ...entries].join('\n') + '\n';
}
function comments(lines) {
    return lines.map((line) => (line === '' ? '#' : `# ${line}`));
}

;// CONCATENATED MODULE: ./src/membership-export.ts
// export-file: the live membership as an accounts file, so a team can adopt what is there
// before it turns remove-absent on. Pure: the caller reads the members and writes the file.



// A cell that starts with one of these is a formula to a spreadsheet (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * Every member in any Region (`Deleted` ones are no longer members), once, with the first email
 * AWS gives for it in the Regions' order. What the accounts file reader would refuse is left out
 * with a note, so the file is always readable as accounts-file: IDs that are not 12 digits, emails
 * the reader would refuse (and, in CSV, emails a spreadsheet would run as a formula).
 */
function exportMembership(regions, administratorId, displayPath) {
    const csv = (0,by_extension/* formatNameOf */.Mv)(displayPath) === 'CSV';
    const byId = new Map();
    const notes = [];
    for (const { region, members } of regions) {
        for (const member of members) {
            if (member.status === 'Deleted')
                continue;
            if (!(0,validation/* isAccountId */.JG)(member.accountId)) {
                notes.push(`A member in ${region} has the AccountId ${JSON.stringify(member.accountId)}, which is not 12 digits; it is not exported.`);
                continue;
            }
            const entry = byId.get(member.accountId) ?? { statuses: new Map() };
            byId.set(member.accountId, entry);
            entry.statuses.set(member.status, [...(entry.statuses.get(member.status) ?? []), region]);
            const email = member.email;
            if (email === undefined || email === '' || email === entry.email)
                continue;
            if ((0,validation/* emailProblem */.cK)(email) !== undefined || (csv && FORMULA_START.test(email))) {
                notes.push(`The email AWS gives for ${member.accountId} in ${region} would not be read back as an email; it is left out.`);
            }
            else if (entry.email === undefined) {
                entry.email = email;
            }
            else {
                notes.push(`${member.accountId} has another email in ${region} than in an earlier Region; the first one is exported.`);
            }
        }
    }
    const accounts = [...byId].map(([accountId, { email, statuses }]) => ({
        accountId,
        ...(email ? { email } : {}),
        note: [...statuses].map(([status, where]) => `${status} (${where.join(', ')})`).join('; '),
    }));
    const header = [
        `Security Hub CSPM members of administrator account ${administratorId}, exported by securityhub-onboard`,
        `from ${regions.map((region) => region.region).join(', ')} as read before the run changed anything: ${accounts.length} account(s).`,
        'Every member is listed, whatever its status, so remove-absent with this list removes nothing.',
        'The comment after each account is its member status. Review the list, then use it as accounts-file.',
    ];
    return { content: serializeAccounts(accounts, displayPath, header), count: accounts.length, notes };
}

;// CONCATENATED MODULE: ./src/report/membership-file.ts
// export-file: writes the membership the run read, and says what it wrote.





/**
 * Writes the file only when every Region was read: a file missing a Region's members would make
 * remove-absent remove them. Returns a problem for the step's result, or undefined.
 */
async function writeMembershipFile(request) {
    core/* setOutput */.uH(action_interface/* Output */.k.exportFile, '');
    const shown = (0,untrusted_text/* forAnnotation */.Jc)(request.displayPath, 200);
    const read = new Set(request.membership.map((region) => region.region));
    const unread = request.regions.filter((region) => !read.has(region));
    if (unread.length > 0) {
        return `export-file: ${shown} was not written, because the members of ${unread.join(', ')} could not be read; a partial list would make remove-absent remove the members left out.`;
    }
    const ordered = request.regions.flatMap((region) => request.membership.filter((entry) => entry.region === region));
    const { content, count, notes } = exportMembership(ordered, request.administratorId, request.displayPath);
    for (const note of notes)
        core/* warning */.$e((0,untrusted_text/* annotationMessage */.L0)(`export-file: ${(0,untrusted_text/* forAnnotation */.Jc)(note)}`));
    try {
        await (0,write_file/* writeExportFile */.c)(request.workspace, request.displayPath, content);
    }
    catch (error) {
        return `export-file: ${shown} could not be written: ${(0,untrusted_text/* forAnnotation */.Jc)(error instanceof Error ? error.message : String(error))}`;
    }
    core/* setOutput */.uH(action_interface/* Output */.k.exportFile, request.displayPath);
    core/* info */.pq((0,untrusted_text/* logLine */.BP)(`export-file: wrote ${count} member account(s) from ${request.regions.join(', ')} to ${(0,untrusted_text/* forLog */.Ig)(request.displayPath, 200)}.`));
    return undefined;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/report/outputs.ts







function collectOutputs(mode, regions) {
    const list = (applies, entry) => outcomeList(regions, applies, entry);
    const pair = (step) => list((account) => (0,model/* did */.k)(account, step), regionAccount);
    return {
        mode,
        unprocessed: outcomeList(regions, (account) => account.unprocessed !== undefined, (account, region) => ({ accountId: account.accountId, region, ...account.unprocessed }), 
        // A Region that could not be looked at: each listed account is not processed.
        ({ region, failure, notLookedAt }) => notLookedAt.map(({ accountId }) => ({ accountId, region, operation: failure.operation, processingResult: failure.message }))),
        created: pair('create'),
        invited: pair('invite'),
        reinvited: pair('reinvite'),
        removed: list((account) => (0,model/* did */.k)(account, 'remove'), withStatus),
        // An excluded member (exclude-accounts) is left alone on purpose: it is not drift.
        skipped: list((account) => (account.listed || account.excluded === true) && account.action === 'skip' && !account.unprocessed, withStatus),
        drift: list((account) => !account.listed && !account.excluded, withStatus),
        accepted: pair('accept'),
        ignored: [],
        plan: regions.map((outcome) => outcome.failure ? failedRegionPlan(outcome) : planOutput(outcome.region, false, outcome.accounts, mode)),
    };
}
const regionAccount = ({ accountId }, region) => ({ accountId, region });
const withStatus = (account, region) => ({
    accountId: account.accountId,
    region,
    memberStatus: (0,model/* memberStatusOf */.Qf)(account),
});
/**
 * The entries of the accounts `applies` takes, Region by Region in order, made each time the list
 * is read; a failed Region gives what `failed` makes of it. How many each Region gives is counted
 * once, when first needed, without making the entries; a Region that gives none is not walked
 * again (at 10,000 × 17 most lists are empty, and each is read by the report file, the outputs and
 * the warnings). Its JSON is the list of its entries.
 */
function outcomeList(regions, applies, entry, failed = () => []) {
    let perRegion;
    const counts = () => (perRegion ??= regions.map((outcome) => {
        if (outcome.failure)
            return failed(outcome).length;
        let taken = 0;
        for (const account of outcome.accounts)
            if (applies(account))
                taken += 1;
        return taken;
    }));
    function* entries() {
        const taken = counts();
        for (const [index, outcome] of regions.entries()) {
            if (taken[index] === 0)
                continue;
            if (outcome.failure)
                yield* failed(outcome);
            else
                for (const account of outcome.accounts)
                    if (applies(account))
                        yield entry(account, outcome.region);
        }
    }
    return {
        [Symbol.iterator]: entries,
        get length() {
            return counts().reduce((total, count) => total + count, 0);
        },
        toJSON: () => [...entries()],
    };
}
/** A Region that could not be looked at: each listed account is in the plan with its status unknown, and not processed. */
function failedRegionPlan({ region, notLookedAt }) {
    return {
        region,
        failed: true,
        accounts: notLookedAt.map(({ accountId }) => ({
            accountId,
            memberStatus: 'Unknown',
            listed: true,
            action: 'skip',
            result: 'unprocessed',
        })),
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
        plan: [],
    };
}
/**
 * GitHub keeps at most 1 MB of outputs per job, sizes approximated in UTF-16 (two bytes per
 * character here), so all list outputs together stay within that budget.
 */
const OUTPUTS_MAX_BYTES = 1_000_000;
function writeOutputs(outputs) {
    const reportFile = writeReportFile(outputs);
    core/* setOutput */.uH(action_interface/* Output */.k.mode, outputs.mode);
    core/* setOutput */.uH(action_interface/* Output */.k.reportFile, reportFile);
    core/* setOutput */.uH(action_interface/* Output */.k.unprocessedCount, String(outputs.unprocessed.length));
    let budget = OUTPUTS_MAX_BYTES - 2 * (outputs.mode.length + reportFile.length + 10);
    // In order of importance: what failed first, the plan (the largest) last.
    const lists = [
        [action_interface/* Output */.k.unprocessedAccounts, outputs.unprocessed],
        [action_interface/* Output */.k.createdAccounts, outputs.created],
        [action_interface/* Output */.k.invitedAccounts, outputs.invited],
        [action_interface/* Output */.k.reinvitedAccounts, outputs.reinvited],
        [action_interface/* Output */.k.removedAccounts, outputs.removed],
        [action_interface/* Output */.k.acceptedAccounts, outputs.accepted],
        [action_interface/* Output */.k.driftAccounts, outputs.drift],
        [action_interface/* Output */.k.skippedAccounts, outputs.skipped],
        [action_interface/* Output */.k.ignoredMembers, outputs.ignored],
        [action_interface/* Output */.k.plan, outputs.plan],
    ];
    for (const [index, [name, entries]] of lists.entries()) {
        // AWS's text in each entry (ProcessingResult, statuses, IDs from ListMembers) is bounded, without secrets.
        // Each list after this one still needs its two brackets. Each entry is made safe for outputs as
        // it is serialised: a copy of whole lists would be megabytes.
        const text = fitJsonList(name, entries, budget - 2 * 2 * (lists.length - index - 1), untrusted_text/* outputJson */.Wd);
        budget -= 2 * text.length;
        core/* setOutput */.uH(name, text);
    }
}
/**
 * A list too long for what is left of the budget is cut to the entries that fit, with a warning;
 * the report file always holds every entry. Entries are serialised only until the budget is
 * spent: at 10,000 accounts × 17 Regions the lists hold far more than fits.
 */
function fitJsonList(name, entries, budgetBytes, serialise = (entry) => JSON.stringify(entry)) {
    const parts = [];
    let size = 2 * 2; // the brackets
    for (const entry of entries) {
        // No JSON value is shorter than one character: once not even that fits, the rest is not
        // serialised to find out (one plan entry is a whole Region, 10,000 accounts at organization scale).
        if (size + 2 * (1 + (parts.length > 0 ? 1 : 0)) > budgetBytes)
            break;
        const part = serialise(entry);
        const next = size + 2 * (part.length + (parts.length > 0 ? 1 : 0));
        if (next > budgetBytes)
            break;
        size = next;
        parts.push(part);
    }
    if (parts.length < entries.length) {
        core/* warning */.$e(`Output '${name}' has ${entries.length} entries, more than fit in GitHub's 1 MB limit for a job's outputs; it holds the first ${parts.length}. Every entry is in the file named by the '${action_interface/* Output */.k.reportFile}' output.`);
    }
    return `[${parts.join(',')}]`;
}
/**
 * Every output in full, as one JSON file in the runner's temporary folder, for later steps or an
 * artifact. Written REPORT_SLICE entries at a time through a small buffer: the whole report as one
 * string would be tens of megabytes at organization scale.
 */
function writeReportFile(outputs) {
    const directory = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const file = (0,external_node_path_.join)(directory, `securityhub-onboard-report-${process.pid}-${Date.now()}.json`);
    const { mode, unprocessed, created, invited, reinvited, removed, skipped, drift, accepted, ignored, plan } = outputs;
    const lists = { unprocessed, created, invited, reinvited, removed, skipped, drift, accepted, ignored };
    const writer = new BufferedFileWriter(file);
    try {
        writer.write(`{"mode":${(0,untrusted_text/* reportFileJson */.nA)(mode)}`);
        for (const [name, entries] of Object.entries(lists))
            writeJsonArray(writer, name, entries);
        // The plan's Regions each hold every account: one Region's account list at a time.
        writer.write(',"plan":[');
        let index = 0;
        for (const region of plan) {
            const head = (0,untrusted_text/* reportFileJson */.nA)({ region: region.region, failed: region.failed });
            writer.write(`${index > 0 ? ',' : ''}${head.slice(0, -1)},`);
            // The entries one at a time where the Region can give them so, not its whole accounts list at once.
            writeJsonArray(writer, 'accounts', planEntriesOf(region), '');
            writer.write('}');
            index += 1;
        }
        writer.write(']}');
    }
    finally {
        writer.close();
    }
    return file;
}
function writeJsonArray(writer, name, entries, separator = ',') {
    writer.write(`${separator}${JSON.stringify(name)}:[`);
    // Serialised a slice at a time: one JSON.stringify per REPORT_SLICE entries, not one per entry.
    let slice = [];
    let first = true;
    const writeSlice = () => {
        const json = (0,untrusted_text/* reportFileJson */.nA)(slice);
        writer.write(`${first ? '' : ','}${json.slice(1, -1)}`);
        first = false;
        slice = [];
    };
    for (const entry of entries) {
        slice.push(entry);
        if (slice.length === REPORT_SLICE)
            writeSlice();
    }
    if (slice.length > 0)
        writeSlice();
    writer.write(']');
}
/**
 * Entries serialised at once in the report file. A slice's entries are alive until it is written,
 * so the young generation's collections keep them, and a thousand at a time filled the old
 * generation with them: at 10,000 accounts × 17 Regions the report file then set the run's peak,
 * 5-8 MB over what the calls had reached (3 runs of 3). A hundred at a time did not raise it, in the same time.
 */
const REPORT_SLICE = 100;
/** Synchronous writes of text, gathered into chunks of about 64 KiB. */
class BufferedFileWriter {
    fd;
    pending = [];
    pendingLength = 0;
    constructor(file) {
        this.fd = (0,external_node_fs_.openSync)(file, 'w');
    }
    write(text) {
        this.pending.push(text);
        this.pendingLength += text.length;
        if (this.pendingLength >= 64 * 1024)
            this.flush();
    }
    close() {
        try {
            this.flush();
        }
        finally {
            (0,external_node_fs_.closeSync)(this.fd);
        }
    }
    flush() {
        if (this.pending.length === 0)
            return;
        const bytes = Buffer.from(this.pending.join(''), 'utf8');
        for (let written = 0; written < bytes.length;)
            written += (0,external_node_fs_.writeSync)(this.fd, bytes, written);
        this.pending = [];
        this.pendingLength = 0;
    }
}
/**
 * One Region of the plan output. Its entries are made when read (the output, the report file),
 * one Region at a time: every Region's entries at once are megabytes at organization scale.
 */
function planOutput(region, failed, accounts, mode) {
    const output = { region, failed };
    Object.defineProperty(output, PLAN_ENTRIES, {
        enumerable: false,
        value: function* () {
            for (const account of accounts)
                yield planEntry(account, mode);
        },
    });
    return Object.defineProperty(output, 'accounts', { enumerable: true, get: () => accounts.map((account) => planEntry(account, mode)) });
}
/**
 * A Region's plan entries made one at a time, for the report file: its `accounts` list made at once
 * is 10,000 entries that outlive the young generation and grow the heap at the end of a large run.
 * A symbol, not enumerable: the outputs, JSON and copies do not see it.
 */
const PLAN_ENTRIES = Symbol('plan entries');
function planEntriesOf(region) {
    const entries = region[PLAN_ENTRIES];
    return entries ? entries() : region.accounts;
}
function planEntry(account, mode) {
    const entry = {
        accountId: account.accountId,
        memberStatus: (0,model/* memberStatusOf */.Qf)(account),
        listed: account.listed,
        action: account.action,
        result: account.unprocessed
            ? 'unprocessed'
            : account.excluded
                ? 'excluded'
                : mode === 'plan'
                    ? 'planned'
                    : account.action === 'skip'
                        ? 'unchanged'
                        : 'done',
    };
    // Set, not spread: a spread of a conditional object makes a second object per entry.
    if (account.membership)
        entry.membership = account.membership;
    return entry;
}

;// CONCATENATED MODULE: ./src/report/plan-context.ts

function renderPlanContext(input) {
    const code = (text) => (0,untrusted_text/* htmlCode */.h8)(text);
    const { reconcile, memberSide } = input;
    const commit = input.run.sha
        ? `commit ${code(input.run.sha.slice(0, 12))}${input.run.headSha ? ` (pull request head ${code(input.run.headSha.slice(0, 12))})` : ''}`
        : 'an unknown commit (GITHUB_SHA is not set)';
    const run = input.run.runUrl ? ` in <a href="${input.run.runUrl}">run ${input.run.runId}</a>` : '';
    const options = [
        ['regions', input.regions.join(', ') || 'none'],
        ...(input.accountsFile ? [['accounts-file', input.accountsFile]] : []),
        ['invite', String(reconcile.invite)],
        ['reinvite', String(reconcile.reinvite)],
        ['stale-invite-days', reconcile.staleInviteDays === undefined ? '0 (off)' : String(reconcile.staleInviteDays)],
        ['remove-absent', String(reconcile.removeAbsent)],
        ['max-removals', String(reconcile.maxRemovals)],
        ['protected-accounts', reconcile.protectedAccounts.join(', ') || 'none'],
        [
            'member side',
            memberSide ? `on (role ${memberSide.roleName}${memberSide.enableDefaultStandards ? ', default standards enabled' : ''})` : 'off',
        ],
    ];
    const made = input.mode === 'plan' ? 'Planned' : 'Applied';
    return `<p>${made} for ${commit}, mode <b>${input.mode}</b>${run}, with: ${options.map(([name, value]) => `${name} ${code(value)}`).join(' · ')}</p>\n`;
}

// EXTERNAL MODULE: ./src/report/run-log.ts
var run_log = __nccwpck_require__(1992);
// EXTERNAL MODULE: ./src/organization/headroom.ts
var organization_headroom = __nccwpck_require__(6786);
;// CONCATENATED MODULE: ./src/report/scope.ts
// Where the run's Regions and accounts came from, what was left out and why, and the preflight
// checks: for the log, the job summary (and so the PR comment) and the `regions` output.




/** The lines hold AWS's words (a refusal's reason, an aggregator's ARN): bounded like any of its text. */
const LINE_CHARS = 2000;
/** Only what the report needs, so a plain run shows nothing new. */
function hasScopeSection({ report, leftOutRegions, headroom }) {
    return (report.regionSource.startsWith('regions:') ||
        report.leftOutRegions.length > 0 ||
        (leftOutRegions?.length ?? 0) > 0 ||
        report.organization !== undefined ||
        report.leftOutAccounts.length > 0 ||
        report.checks.length > 0 ||
        (headroom?.length ?? 0) > 0);
}
function writeRegionsOutput(regions) {
    core/* setOutput */.uH(action_interface/* Output */.k.regions, (0,untrusted_text/* outputJson */.Wd)([...regions]));
}
function logScope(facts) {
    if (!hasScopeSection(facts))
        return;
    const { report } = facts;
    core/* startGroup */.Oh(`Regions and accounts: ${facts.regions.length} Region(s)`);
    const info = (line) => core/* info */.pq((0,untrusted_text/* logLine */.BP)((0,untrusted_text/* forLog */.Ig)(line, LINE_CHARS)));
    info(`${report.regionSource}; used: ${facts.regions.join(', ') || 'none'}.`);
    for (const note of report.regionNotes)
        info(note);
    for (const { region, reason } of leftOut(facts))
        info(`Left out ${region}: ${reason}.`);
    if (report.organization)
        info(organizationLine(report));
    for (const account of report.leftOutAccounts.slice(0, 200))
        info(`Not onboarded: ${account.accountId} (${account.reason}).`);
    core/* endGroup */.N4();
    for (const { region, reason } of facts.leftOutRegions ?? [])
        core/* notice */.lm((0,untrusted_text/* forAnnotation */.Jc)(`${region} was left out: ${reason}.`, LINE_CHARS));
    for (const check of [...report.checks, ...(facts.headroom ?? []).map(headroomLine)])
        core/* notice */.lm((0,untrusted_text/* forAnnotation */.Jc)(check, LINE_CHARS));
}
function renderScopeSection(facts) {
    if (!hasScopeSection(facts))
        return '';
    const { report } = facts;
    // Inside HTML blocks, so every text of AWS's or the action's own goes through htmlCode.
    const items = [
        `<li>${(0,untrusted_text/* htmlCode */.h8)(report.regionSource, LINE_CHARS)}; used: ${facts.regions.map((region) => (0,untrusted_text/* htmlCode */.h8)(region)).join(', ') || 'none'}.</li>`,
    ];
    for (const note of report.regionNotes)
        items.push(`<li>${(0,untrusted_text/* htmlCode */.h8)(note, LINE_CHARS)}</li>`);
    const regionsLeftOut = leftOut(facts);
    if (regionsLeftOut.length > 0) {
        items.push(`<li>Left out: ${regionsLeftOut.map(({ region, reason }) => `${(0,untrusted_text/* htmlCode */.h8)(region)} (${(0,untrusted_text/* htmlCode */.h8)(reason)})`).join('; ')}. Members there are left as they are.</li>`);
    }
    if (report.organization)
        items.push(`<li>${(0,untrusted_text/* htmlCode */.h8)(organizationLine(report), LINE_CHARS)}</li>`);
    if (report.leftOutAccounts.length > 0) {
        const shown = report.leftOutAccounts.slice(0, 100).map(({ accountId, reason }) => `${(0,untrusted_text/* htmlCode */.h8)(accountId)} (${(0,untrusted_text/* htmlCode */.h8)(reason)})`);
        const more = report.leftOutAccounts.length > shown.length ? ` and ${report.leftOutAccounts.length - shown.length} more` : '';
        items.push(`<li>Not onboarded: ${shown.join(', ')}${more}.</li>`);
    }
    const checks = [...report.checks, ...(facts.headroom ?? []).map(headroomLine)];
    const preflight = checks.length > 0
        ? `\n<b>Checks before any write</b>\n\n<ul>\n${checks.map((check) => `<li>${(0,untrusted_text/* htmlCode */.h8)(check, LINE_CHARS)}</li>`).join('\n')}\n</ul>\n`
        : '';
    return `### Regions and accounts\n\n<ul>\n${items.join('\n')}\n</ul>\n${preflight}`;
}
function leftOut(facts) {
    return [...facts.report.leftOutRegions, ...(facts.leftOutRegions ?? [])];
}
function organizationLine(report) {
    const organization = report.organization;
    const notActive = report.leftOutAccounts.filter((account) => account.reason.endsWith('in AWS Organizations')).length;
    return `organization-accounts: ${organization.found} account(s) found (${organization.method}); ${organization.onboarded} ACTIVE onboarded${notActive > 0 ? `, ${notActive} not ACTIVE left out` : ''}.`;
}
function headroomLine(headroom) {
    const total = headroom.members + headroom.planned;
    const count = organization_headroom/* thousands */.oh;
    const base = `${headroom.region}: invitation headroom ${count(headroom.members)} invitation-based member(s) + ${count(headroom.planned)} new = ${count(total)} of ${count(headroom.cap)}`;
    return headroom.held > 0 ? `${base}: over the cap; ${headroom.held} account(s) are not created (listed as not processed).` : `${base}.`;
}

;// CONCATENATED MODULE: ./src/report/ending.ts
// How a run ends, one way for all: the outputs, the log's last words, the job summary, the plan
// comment, and the step's result. A run ends in one of four ways (RunEnding); main.ts says which.


















async function publish(ending) {
    switch (ending.kind) {
        case 'failed':
            return fail(ending.mode, ending.error);
        case 'invalid-accounts':
            return publishOrFail(ending.settings.mode, () => publishInvalidAccounts(ending.settings, ending.diagnostics));
        case 'not-compared':
            return publishOrFail(ending.settings.mode, () => publishNotCompared(ending.settings, ending.accounts, ending.reason, ending.exportPath));
        case 'onboarded':
            try {
                await publishOnboarding(ending.settings, ending.administratorId, ending.onboarding, publishScope(ending.scope, ending.onboarding), ending.exportPath);
            }
            catch (error) {
                // The outputs are already set: a summary or comment that cannot be written must not blank them.
                core/* setFailed */.C1(failureMessage(error));
            }
    }
}
/**
 * For the runner's entry point (src/index.ts) only: a promise rejected with nobody waiting fails the
 * step with its reason. run() does not install it, so a tool that imports run() itself
 * (@github/local-action, the tests) keeps its own errors as its own.
 */
function failOnUnhandledRejections() {
    process.on('unhandledRejection', (reason) => core/* setFailed */.C1((0,untrusted_text/* annotationMessage */.L0)(`Unexpected error: ${(0,untrusted_text/* forAnnotation */.Jc)(String(reason))}`)));
}
/** Where the Regions and accounts came from: the `regions` output and the log now, the summary's section returned. */
function publishScope(report, { regions, leftOutRegions, headroom }) {
    const facts = {
        report,
        regions: regions.map((region) => region.region),
        ...(leftOutRegions && { leftOutRegions }),
        ...(headroom && { headroom }),
    };
    writeRegionsOutput(facts.regions);
    logScope(facts);
    return renderScopeSection(facts);
}
async function publishOnboarding(settings, administratorId, { regions, stats, heldRemovals, createsMembers, ignoredMembers, membership }, scopeSection, exportPath) {
    const regionNames = regions.map((region) => region.region);
    const outputs = { ...collectOutputs(settings.mode, regions), ignored: ignoredMembers };
    writeOutputs(outputs);
    const exportProblem = exportPath
        ? await writeMembershipFile({
            workspace: settings.accounts.workspace,
            displayPath: exportPath,
            administratorId,
            regions: regionNames,
            membership,
        })
        : undefined;
    warnUnprocessed(outputs.unprocessed);
    warnAccountWarnings(regions);
    if (heldRemovals)
        core/* error */.z3((0,untrusted_text/* forAnnotation */.Jc)(heldRemovals.reason, 4000));
    const ignoredNotes = (0,member_list/* describeIgnored */.MS)(ignoredMembers);
    for (const note of ignoredNotes)
        core/* warning */.$e((0,untrusted_text/* annotationMessage */.L0)(note));
    (0,run_log/* logCalls */.cw)(stats);
    const run = runContext(process.env, pullRequestHeadSha(process.env));
    const context = planContext(settings, regionNames, run);
    const summaryInput = {
        mode: settings.mode,
        invite: settings.reconcile.invite,
        administratorId,
        regions,
        outputs,
        ownNotes: createsMembers ? ['organization-create'] : [],
        notes: ignoredNotes,
        context,
        ...(heldRemovals ? { heldRemovals } : {}),
        sections: [scopeSection],
    };
    await core/* summary */.z.addRaw((0,untrusted_text/* markdownBody */.eM)(renderSummary(summaryInput))).write();
    await commentOnPullRequest(settings, () => renderSummary({ ...summaryInput, audience: 'comment' }, commentLimits(COMMENT_MAX_BYTES)));
    // Plans of unmerged changes never touch the drift issue: only what the default branch runs does.
    if (settings.driftIssue && !settings.unmergedChange) {
        await reportDriftIssue({
            summary: summaryInput,
            token: settings.pullRequest.githubToken,
            labels: settings.driftIssue.labels,
            run,
            env: process.env,
        });
    }
    const failedRegions = regions.filter((region) => region.failure).map((region) => region.region);
    if (exportProblem)
        core/* error */.z3((0,untrusted_text/* annotationMessage */.L0)(exportProblem));
    if (failedRegions.length > 0) {
        core/* setFailed */.C1(`Onboarding failed in ${failedRegions.join(', ')}; see the errors above and the job summary.`);
    }
    else if (heldRemovals) {
        core/* setFailed */.C1(`Removals were held back: ${(0,untrusted_text/* forAnnotation */.Jc)(heldRemovals.reason, 4000)}`);
    }
    else if (outputs.unprocessed.length > 0 && settings.failOnUnprocessed) {
        core/* setFailed */.C1(`${outputs.unprocessed.length} account(s) were not processed; they are listed in the '${action_interface/* Output */.k.unprocessedAccounts}' output and the job summary.`);
    }
    else if (exportProblem) {
        core/* setFailed */.C1('export-file was not written; see the error above.');
    }
}
async function publishNotCompared(settings, accounts, reason, exportPath) {
    core/* notice */.lm((0,untrusted_text/* annotationMessage */.L0)(`The live comparison was skipped: ${reason}`));
    writeOutputs(emptyOutputs(settings.mode));
    writeRegionsOutput(settings.regionsFrom ? [] : settings.regions);
    const regions = settings.regionsFrom ? [(0,run_log/* requestedRegions */.Cs)(settings)] : settings.regions;
    const context = planContext(settings, regions);
    await core/* summary */.z.addRaw((0,untrusted_text/* markdownBody */.eM)(renderDesiredOnly(accounts, regions, undefined, context))).write();
    await commentOnPullRequest(settings, () => renderDesiredOnly(accounts, regions, COMMENT_MAX_BYTES, context));
    if (exportPath)
        core/* setFailed */.C1('export-file: the membership could not be read, because this job has no AWS credentials; nothing was written.');
}
/** What the plan was made with, for the summary and the comment. */
function planContext(settings, regions, run = runContext(process.env, pullRequestHeadSha(process.env))) {
    const { mode, reconcile, memberSide } = settings;
    return renderPlanContext({
        mode,
        regions,
        ...(settings.accounts.accountsFile !== undefined && { accountsFile: settings.accounts.accountsFile }),
        reconcile,
        ...(memberSide && { memberSide }),
        run,
    });
}
async function publishInvalidAccounts(settings, diagnostics) {
    for (const problem of diagnostics) {
        core/* error */.z3((0,untrusted_text/* annotationMessage */.L0)(problem.message), problem.file ? { file: problem.file, ...(problem.line ? { startLine: problem.line } : {}) } : {});
    }
    writeOutputs(emptyOutputs(settings.mode));
    writeRegionsOutput([]);
    await core/* summary */.z.addRaw((0,untrusted_text/* markdownBody */.eM)(renderInputProblems(diagnostics))).write();
    await commentOnPullRequest(settings, () => renderInputProblems(diagnostics, COMMENT_MAX_BYTES));
    core/* setFailed */.C1(`The account list has ${diagnostics.length} problem(s); nothing was sent to AWS.`);
}
async function commentOnPullRequest(settings, render) {
    // Only where the event has a pull request to comment on; other unmerged-change events (merge queues) have none.
    if (settings.mode !== 'plan' || !settings.pullRequest.comment || !settings.unmergedChange)
        return;
    const outcome = await upsertPlanComment(settings.pullRequest.githubToken, commentMarker(process.env), render());
    if (outcome.result === 'created' || outcome.result === 'updated')
        core/* info */.pq(`The plan comment on the pull request was ${outcome.result}.`);
    if (outcome.result !== 'failed' && outcome.result !== 'stale')
        return;
    await core/* summary */.z.addRaw((0,untrusted_text/* markdownBody */.eM)(renderCommentProblem(outcome))).write();
    // A plan that could not be shown is a warning; an outdated plan left on show as if current is a failure.
    if (outcome.result === 'stale') {
        core/* setFailed */.C1(`The plan comment on pull request #${outcome.issueNumber} could not be updated and shows an outdated plan: ${outcome.problem ?? 'unknown error'}.`);
    }
}
async function publishOrFail(mode, publishing) {
    try {
        await publishing();
    }
    catch (error) {
        fail(mode, error);
    }
}
function fail(mode, error) {
    writeOutputs(emptyOutputs(mode));
    writeRegionsOutput([]);
    core/* setFailed */.C1(failureMessage(error));
}
function failureMessage(error) {
    if (error instanceof settings/* SettingsError */.GN)
        return (0,untrusted_text/* annotationMessage */.L0)(`Invalid input:\n${error.problems.join('\n')}`);
    // Credentials refused or missing, or the Regions, the organization or the account count stopping the
    // run before any write: the action's words around what AWS or GitHub answered, one line, bounded.
    if (error instanceof errors/* CredentialsError */.lE || error instanceof scope_stopped/* ScopeStopped */.e)
        return (0,untrusted_text/* forAnnotation */.Jc)(error.message, 2000);
    // A refused export-file path: the action's own message, with the path already quoted and escaped.
    if (error instanceof workspace_path/* RefusedPath */.i_)
        return (0,untrusted_text/* annotationMessage */.L0)(error.message);
    if (!(error instanceof Error))
        return `Unexpected error: ${(0,untrusted_text/* forAnnotation */.Jc)(String(error))}`;
    const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    return (0,untrusted_text/* annotationMessage */.L0)([`Unexpected error: ${(0,untrusted_text/* forAnnotation */.Jc)(error.message)}`, ...frames].join('\n'));
}


/***/ }),

/***/ 1992:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ logStart),
/* harmony export */   $r: () => (/* binding */ RegionLog),
/* harmony export */   Cs: () => (/* binding */ requestedRegions),
/* harmony export */   Py: () => (/* binding */ logSession),
/* harmony export */   XO: () => (/* binding */ warnAdministratorListed),
/* harmony export */   cw: () => (/* binding */ logCalls),
/* harmony export */   g8: () => (/* binding */ MemberSideLog),
/* harmony export */   oY: () => (/* binding */ logMode)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3340);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8521);
// The step's log while the run goes: what it is about to do, each Region as one group, the member
// side as one group, the AWS calls made. A line holds AWS's text (error messages, ProcessingResult):
// the whole line is shown as untrusted (forLog) on the way in, and checked again on the way out (logLine).


/** Why the mode is plan or apply (mode auto decides by the event). */
function logMode(settings) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(`${settings.modeReason}.`));
}
function logStart(settings, accountCount) {
    if (settings.mode === 'apply' && settings.unmergedChange) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`mode: apply on a ${settings.eventName} event: this changes the live membership from a change that has not been merged or reviewed. Use mode: auto (plan on pull requests) unless that is what you mean.`);
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(`${accountsToOnboard(settings, accountCount)} to onboard in ${requestedRegions(settings)} (mode: ${settings.mode}).`));
}
/** Say where the accounts come from when the organization adds to them. */
function accountsToOnboard(settings, listed) {
    if (!settings.organizationAccounts)
        return `${listed} account(s)`;
    const scope = settings.organizationAccounts.kind === 'all' ? 'all' : settings.organizationAccounts.unitIds.join(', ');
    return `${listed} listed account(s) and the organization's accounts (${scope})`;
}
function requestedRegions(settings) {
    return settings.regionsFrom ? `the Regions of 'regions: ${settings.regionsFrom.keyword}'` : settings.regions.join(', ');
}
function logSession(arn, administratorId) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(`Acting as ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(arn)} (administrator account ${administratorId}).`));
}
/** The administrator cannot be its own member: the list named it, and it is skipped. */
function warnAdministratorListed(administrator) {
    const where = administrator.origin.kind === 'file' ? { file: administrator.origin.file, startLine: administrator.origin.line } : {};
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Account ${administrator.accountId} is the administrator account itself; it cannot be its own member and is skipped.`, where);
}
function logCalls(stats) {
    const calls = Object.entries(stats.calls).map(([operation, count]) => `${operation} ${count}`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(`AWS calls: ${calls.join(', ') || 'none'}; throttled and retried: ${stats.throttled}.`));
}
/** Regions run concurrently: each Region's lines are kept, and printed as one group when it ends. */
class RegionLog {
    lines = new Map();
    line(region, text) {
        const lines = this.lines.get(region) ?? [];
        lines.push((0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(text));
        this.lines.set(region, lines);
    }
    planned(region, memberCount, plan) {
        this.line(region, `Found ${memberCount} member(s); plan: ${describePlan(plan)}.`);
    }
    print(outcome) {
        printGroup(`${outcome.region}: ${regionHeadline(outcome)}`, this.lines.get(outcome.region) ?? []);
        if (outcome.failure)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${outcome.region}: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .forAnnotation */ .Jc)(outcome.failure.message)}`);
    }
}
/** The member side works across Regions and accounts at once: its lines are one group at its end. */
class MemberSideLog {
    lines = [];
    line(region, text) {
        this.lines.push((0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(`${region}: ${text}`));
    }
    print() {
        printGroup(`Member accounts: ${this.lines.length} step(s)`, this.lines);
    }
}
function printGroup(title, lines) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh((0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(title));
    for (const line of lines)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(line));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
}
function describePlan(plan) {
    const counts = new Map();
    for (const account of plan.accounts) {
        const key = account.action === 'skip' ? (account.listed ? 'no change' : 'drift left alone') : account.action;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([key, count]) => `${count} ${key}`).join(', ') || 'nothing';
}
function regionHeadline(outcome) {
    if (outcome.failure)
        return `failed (${outcome.failure.operation})`;
    const unprocessed = outcome.accounts.filter((account) => account.unprocessed).length;
    return unprocessed > 0 ? `${unprocessed} account(s) not processed` : 'done';
}


/***/ }),

/***/ 5771:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ ScopeStopped)
/* harmony export */ });
// What stops a run while its scope is worked out (the Regions, the organization's accounts, their
// count), before any write. Apart from the modules that throw it, which load the AWS SDK, so that
// report/ending.ts can tell it apart on a run that never loaded the SDK.
/** The scope could not be worked out: the run stops before any write, with what to do. */
class ScopeStopped extends Error {
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ redactionMinChars),
/* harmony export */   QQ: () => (/* binding */ registerEnvironmentSecrets),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony exports REDACTED, FRAGMENT_MIN_CHARS, forgetSecrets, ENVIRONMENT_SECRETS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3340);
// Every secret the run holds, in one place. The runner masks registered secrets in the log only;
// outputs, the report file, the job summary and the pull-request comment are not masked, so every
// text is passed through `redactSecrets` before it reaches any of them (see untrusted-text.ts).

/** What a removed secret is shown as: the runner's own mask. */
const REDACTED = '***';
/** Shorter values are masked by the runner but not searched for: they would cut ordinary words. */
const MIN_SECRET_CHARS = 8;
/**
 * A run of at least FRAGMENT_MIN_CHARS characters of a secret (a service that shows part of a token,
 * a message cut in the middle of one) is removed too. Windows of WINDOW characters are indexed every
 * STRIDE characters, so any run of WINDOW + STRIDE - 1 characters contains an indexed window.
 */
const WINDOW = 16;
const STRIDE = 8;
const FRAGMENT_MIN_CHARS = WINDOW + STRIDE - 1;
/** Longer secrets (session tokens, web identity tokens) are not looked for in base64. */
const BASE64_MAX_CHARS = 256;
/** Results are kept for texts seen again (one ProcessingResult for a thousand accounts). */
const CACHE_MAX = 2000;
const CACHED_MAX_CHARS = 4096;
const forms = [];
const known = new Set();
/** The forms too short for the window index, longest first, so a secret that contains another is removed whole. */
let shortForms = [];
/** Window text → the forms (index into `forms`) and offsets where it starts. */
const windows = new Map();
const cache = new Map();
/**
 * Registers a secret with the runner (`core.setSecret`, so the log masks it) and with the redaction
 * that every other sink applies: the value itself and the encodings a service or a URL may show it in.
 */
function registerSecret(value) {
    if (!value)
        return;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    if (value.length < MIN_SECRET_CHARS)
        return;
    for (const form of encodings(value)) {
        if (known.has(form))
            continue;
        known.add(form);
        forms.push(form);
        indexWindows(form, forms.length - 1);
        // Forms long enough are found through the window index, whole or in part; shorter ones only whole.
        if (form.length < FRAGMENT_MIN_CHARS)
            shortForms = [...shortForms, form].sort((a, b) => b.length - a.length);
    }
    cache.clear();
}
/** `text` with every registered secret, in any of its encodings or as a long enough fragment, replaced by `***`. */
function redactSecrets(text) {
    if (text.length < redactionMinChars())
        return text;
    const cached = cache.get(text);
    if (cached !== undefined)
        return cached;
    const redacted = withoutFragments(withoutWholeSecrets(text));
    if (text.length <= CACHED_MAX_CHARS) {
        if (cache.size >= CACHE_MAX)
            cache.clear();
        cache.set(text, redacted);
    }
    return redacted;
}
/**
 * Texts shorter than this are never changed by `redactSecrets`: shorter than any form and than any
 * fragment worth removing (no length at all while no secret is registered).
 */
function redactionMinChars() {
    if (forms.length === 0)
        return Infinity;
    return Math.min(FRAGMENT_MIN_CHARS, shortForms.at(-1)?.length ?? FRAGMENT_MIN_CHARS);
}
/** For tests: forget every secret registered in this process. */
function forgetSecrets() {
    forms.length = 0;
    known.clear();
    shortForms = [];
    windows.clear();
    cache.clear();
}
/**
 * The value, percent-encoded as in a URL or a form (upper- and lower-case hex), JSON-escaped with
 * `\/`, and, for values of token size, base64 at each of the three alignments it can take inside a
 * longer encoded string (an HTTP Basic `x-access-token:<token>` header), without the characters that
 * depend on their neighbours.
 */
function encodings(value) {
    const uri = encodeURIComponent(value);
    const form = new URLSearchParams({ v: value }).toString().slice(2);
    const base64 = value.length > BASE64_MAX_CHARS
        ? []
        : [0, 1, 2].map((shift) => Buffer.from('\0'.repeat(shift) + value, 'utf8')
            .toString('base64')
            .slice(shift === 0 ? 0 : 4, -4));
    const lowerHex = uri.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
    return unique([value, uri, lowerHex, form, value.replaceAll('/', '\\/'), ...base64, ...base64.map(toBase64Url)]);
}
function unique(candidates) {
    return [...new Set(candidates)].filter((candidate) => candidate.length >= MIN_SECRET_CHARS);
}
function toBase64Url(base64) {
    return base64.replaceAll('+', '-').replaceAll('/', '_');
}
function indexWindows(form, formIndex) {
    for (let offset = 0; offset + WINDOW <= form.length; offset += STRIDE) {
        const key = form.slice(offset, offset + WINDOW);
        const entries = windows.get(key) ?? [];
        entries.push(formIndex, offset);
        windows.set(key, entries);
    }
}
function withoutWholeSecrets(text) {
    let result = text;
    for (const form of shortForms) {
        if (result.includes(form))
            result = result.split(form).join(REDACTED);
    }
    return result;
}
/** Finds every run of a secret's characters long enough to hold an indexed window, and cuts it out. */
function withoutFragments(text) {
    if (text.length < FRAGMENT_MIN_CHARS)
        return text;
    const cuts = [];
    for (let at = 0; at + WINDOW <= text.length; at++) {
        const entries = windows.get(text.slice(at, at + WINDOW));
        if (!entries)
            continue;
        // Every place the window occurs in a secret is tried: a secret may repeat itself.
        for (let i = 0; i < entries.length; i += 2) {
            const [start, end] = extendMatch(text, at, forms[entries[i]], entries[i + 1]);
            if (end - start >= FRAGMENT_MIN_CHARS)
                cuts.push([start, end]);
        }
    }
    if (cuts.length === 0)
        return text;
    cuts.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const [start, end] of cuts) {
        const last = merged.at(-1);
        if (last && start <= last[1])
            last[1] = Math.max(last[1], end);
        else
            merged.push([start, end]);
    }
    let result = '';
    let position = 0;
    for (const [start, end] of merged) {
        result += text.slice(position, start) + REDACTED;
        position = end;
    }
    return result + text.slice(position);
}
/** The stretch of `text` around `at` that equals the secret's form around `offset`, as [start, end). */
function extendMatch(text, at, form, offset) {
    let start = at;
    let formStart = offset;
    while (start > 0 && formStart > 0 && text[start - 1] === form[formStart - 1]) {
        start--;
        formStart--;
    }
    let end = at + WINDOW;
    let formEnd = offset + WINDOW;
    while (end < text.length && formEnd < form.length && text[end] === form[formEnd]) {
        end++;
        formEnd++;
    }
    return [start, end];
}
/** Secrets the job hands every step in its environment: the runner's tokens and AWS credentials from an earlier step. */
const ENVIRONMENT_SECRETS = [
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
];
function registerEnvironmentSecrets(env) {
    for (const name of ENVIRONMENT_SECRETS)
        registerSecret(env[name]);
}


/***/ }),

/***/ 3120:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GN: () => (/* binding */ SettingsError),
  wC: () => (/* binding */ homeRegion),
  sb: () => (/* binding */ readSettings)
});

// UNUSED EXPORTS: defaultAudience, isUnmergedChange, sanitizeSessionName, splitList

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/event.ts
// Which runs `mode: auto` applies on. An allowlist: the events where the change is merged or a
// person with write access asked for it, and only when nothing in the run points at a pull request.
// Every other event, one GitHub adds tomorrow included, plans.

/**
 * Events `auto` applies on. A reusable workflow (`workflow_call`) runs with its caller's event
 * name in GITHUB_EVENT_NAME, so it follows the caller's event.
 */
const APPLY_EVENTS = ['push', 'schedule', 'workflow_dispatch', 'repository_dispatch'];
// Events whose workflows see a change that has not been merged yet.
const UNMERGED_CHANGE_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
    'merge_group',
]);
/** GitHub caps webhook payloads at 25 MB; a larger event file is not one GitHub wrote. */
const MAX_EVENT_PAYLOAD_BYTES = 25 * 1024 * 1024;
/** Reads the event payload file. Never throws: a missing, oversized or invalid file is `unreadable`. */
function readEventPayload(path) {
    if (!path)
        return { kind: 'unreadable', reason: 'GITHUB_EVENT_PATH is not set' };
    let descriptor;
    try {
        descriptor = (0,external_node_fs_.openSync)(path, 'r');
        const stats = (0,external_node_fs_.fstatSync)(descriptor);
        if (!stats.isFile())
            return { kind: 'unreadable', reason: 'GITHUB_EVENT_PATH is not a regular file' };
        if (stats.size > MAX_EVENT_PAYLOAD_BYTES) {
            return {
                kind: 'unreadable',
                reason: `the event file is ${stats.size} bytes, over GitHub's ${MAX_EVENT_PAYLOAD_BYTES}-byte payload limit`,
            };
        }
        // One byte more than the limit: a file that grew since fstat is caught too.
        const buffer = Buffer.alloc(Math.min(stats.size, MAX_EVENT_PAYLOAD_BYTES) + 1);
        let length = 0;
        for (let read = -1; read !== 0 && length < buffer.length; length += read)
            read = (0,external_node_fs_.readSync)(descriptor, buffer, length, buffer.length - length, null);
        if (length > MAX_EVENT_PAYLOAD_BYTES)
            return { kind: 'unreadable', reason: `the event file is over GitHub's ${MAX_EVENT_PAYLOAD_BYTES}-byte payload limit` };
        return { kind: 'read', payload: JSON.parse(buffer.subarray(0, length).toString('utf8')) };
    }
    catch (error) {
        const code = error.code;
        return {
            kind: 'unreadable',
            reason: error instanceof SyntaxError ? 'the event file is not valid JSON' : `the event file could not be read (${code ?? 'error'})`,
        };
    }
    finally {
        if (descriptor !== undefined)
            (0,external_node_fs_.closeSync)(descriptor);
    }
}
/** Where the payload names a pull request (`issue.pull_request`…), or undefined when it names none. */
function pullRequestIn(payload) {
    const object = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
    const present = (value) => value !== undefined && value !== null && value !== false;
    const nonEmptyList = (value) => Array.isArray(value) && value.length > 0;
    const root = object(payload);
    if (!root)
        return undefined;
    if (present(root.pull_request))
        return 'pull_request';
    if (present(object(root.issue)?.pull_request))
        return 'issue.pull_request';
    for (const field of ['workflow_run', 'check_run', 'check_suite']) {
        if (nonEmptyList(object(root[field])?.pull_requests))
            return `${field}.pull_requests`;
    }
    return undefined;
}
/** Pull-request events, their reviews and merge queues, or any run on a pull request's or merge queue's ref. */
function isUnmergedChange(eventName, ref) {
    return UNMERGED_CHANGE_EVENTS.has(eventName) || isPullRequestRef(ref);
}
function isPullRequestRef(ref) {
    return ref.startsWith('refs/pull/') || ref.startsWith('refs/heads/gh-readonly-queue/');
}
/** `auto` applies only on an allowlisted event whose ref and payload name no pull request; it plans on everything else. */
function resolveAutoMode(eventName, ref, event) {
    const name = shown(eventName);
    const where = event.kind === 'read' ? pullRequestIn(event.payload) : undefined;
    const unmergedChange = isUnmergedChange(eventName, ref) || where !== undefined;
    const plan = (reason) => ({ mode: 'plan', unmergedChange, reason: `Mode auto plans: ${reason}` });
    if (UNMERGED_CHANGE_EVENTS.has(eventName))
        return plan(`the ${name} event carries a change that is not merged`);
    if (isPullRequestRef(ref))
        return plan(`the run is on ${shown(ref)}, the ref of a pull request or merge queue`);
    if (!APPLY_EVENTS.includes(eventName)) {
        const what = eventName === '' ? 'GITHUB_EVENT_NAME is not set' : `${name} is not an event it applies on`;
        return plan(`${what} (it applies only on ${APPLY_EVENTS.join(', ')})`);
    }
    if (event.kind === 'unreadable')
        return plan(`${event.reason}, so the ${name} event cannot be checked for a pull request`);
    if (where !== undefined)
        return plan(`the ${name} event's payload carries a pull request (${where})`);
    return {
        mode: 'apply',
        unmergedChange,
        reason: `Mode auto applies: ${name} is an event it applies on, and the run names no pull request`,
    };
}
/** Runner-set names, still kept short and visible inside messages. */
function shown(value) {
    const visible = JSON.stringify(value).slice(1, -1);
    return `'${visible.length > 60 ? `${visible.slice(0, 57)}...` : visible}'`;
}

// EXTERNAL MODULE: ./src/action-interface.ts
var action_interface = __nccwpck_require__(5647);
// EXTERNAL MODULE: ./src/organization/selection.ts
var organization_selection = __nccwpck_require__(3241);
// EXTERNAL MODULE: ./src/regions/selection.ts
var regions_selection = __nccwpck_require__(2511);
;// CONCATENATED MODULE: ./src/settings.ts





class SettingsError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
        this.name = 'SettingsError';
    }
}
const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
function splitList(value) {
    return value.split(/[\s,]+/).filter((item) => item !== '');
}
/** STS allows 2–64 characters of [\w+=,.@-] in a role session name. */
function sanitizeSessionName(name) {
    const cleaned = name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
    return cleaned.length >= 2 ? cleaned : `${cleaned}--`.slice(0, 2);
}
/** `event` is the event payload; by default the file GITHUB_EVENT_PATH names. */
function readSettings(read, env, event = readEventPayload(env.GITHUB_EVENT_PATH)) {
    const problems = [];
    const input = (name) => read(name).trim();
    const boolean = (name, fallback) => {
        const value = input(name).toLowerCase();
        if (value === '')
            return fallback;
        if (value === 'true')
            return true;
        if (value === 'false')
            return false;
        problems.push(`Input '${name}' must be 'true' or 'false', got '${shorten(value)}'.`);
        return fallback;
    };
    const parsedRegions = (0,regions_selection/* parseRegionInputs */.h0)(splitList(input(action_interface/* Input */.p.regions)), splitList(input(action_interface/* Input */.p.excludeRegions)), env, shorten);
    problems.push(...parsedRegions.problems);
    const { selection } = parsedRegions;
    const organization = (0,organization_selection/* parseOrganizationScope */.H7)(splitList(input(action_interface/* Input */.p.organizationAccounts)), shorten);
    problems.push(...organization.problems);
    const excluded = (0,organization_selection/* parseExcludedAccounts */.iZ)(splitList(input(action_interface/* Input */.p.excludeAccounts)), shorten);
    problems.push(...excluded.problems);
    const roleToAssume = input(action_interface/* Input */.p.roleToAssume);
    if (roleToAssume !== '' && !ROLE_ARN_PATTERN.test(roleToAssume)) {
        problems.push(`Input '${action_interface/* Input */.p.roleToAssume}' must be an IAM role ARN such as 'arn:aws:iam::111111111111:role/securityhub-onboard', got '${shorten(roleToAssume)}'.`);
    }
    const wholeNumber = (name, fallback, max, min = 0) => {
        const text = input(name);
        if (text === '')
            return fallback;
        if (!/^\d+$/.test(text) || Number(text) > max || Number(text) < min) {
            problems.push(`Input '${name}' must be a whole number from ${min} to ${max}, got '${shorten(text)}'.`);
            return fallback;
        }
        return Number(text);
    };
    const durationText = input(action_interface/* Input */.p.roleDurationSeconds) || '3600';
    const roleDurationSeconds = Number(durationText);
    if (!/^\d+$/.test(durationText) || roleDurationSeconds < 900 || roleDurationSeconds > 43200) {
        problems.push(`Input '${action_interface/* Input */.p.roleDurationSeconds}' must be a whole number of seconds from 900 to 43200, got '${shorten(durationText)}'.`);
    }
    // A role name, or a path and name (IAM: [\w+=,.@-] up to 64 characters, paths of /-separated parts).
    const memberRoleName = input(action_interface/* Input */.p.memberRoleName);
    if (memberRoleName !== '' && !/^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/.test(memberRoleName)) {
        problems.push(`Input '${action_interface/* Input */.p.memberRoleName}' must be the name of an IAM role in the member accounts, such as 'securityhub-onboard-member', got '${shorten(memberRoleName)}'.`);
    }
    const externalId = input(action_interface/* Input */.p.memberRoleExternalId);
    if (externalId !== '' && !/^[\w+=,.@:/-]{2,1224}$/.test(externalId)) {
        problems.push(`Input '${action_interface/* Input */.p.memberRoleExternalId}' must be 2 to 1224 characters of letters, digits and +=,.@:/-.`);
    }
    const protectedAccounts = [...new Set(splitList(input(action_interface/* Input */.p.protectedAccounts)))];
    for (const accountId of protectedAccounts) {
        if (!/^[0-9]{12}$/.test(accountId)) {
            problems.push(`Input '${action_interface/* Input */.p.protectedAccounts}' must list 12-digit AWS account IDs separated by commas, spaces or newlines, got '${shorten(accountId)}'.`);
        }
    }
    // GitHub label names: up to 50 characters; commas separate them here, so a label cannot hold one.
    const driftIssueLabels = [
        ...new Set(read(action_interface/* Input */.p.driftIssueLabels)
            .split(/[,\n]/)
            .map((label) => label.trim())
            .filter((label) => label !== '')),
    ];
    for (const label of driftIssueLabels) {
        if (label.length > 50 || /\p{Cc}/u.test(label)) {
            problems.push(`Input '${action_interface/* Input */.p.driftIssueLabels}' must list GitHub label names of at most 50 characters separated by commas, got '${shorten(label)}'.`);
        }
    }
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const modeText = (input(action_interface/* Input */.p.mode) || 'auto').toLowerCase();
    let requestedMode = 'auto';
    if (modeText === 'auto' || modeText === 'plan' || modeText === 'apply') {
        requestedMode = modeText;
    }
    else {
        problems.push(`Input '${action_interface/* Input */.p.mode}' must be 'auto', 'plan' or 'apply', got '${shorten(modeText)}'.`);
    }
    const auto = resolveAutoMode(eventName, env.GITHUB_REF ?? '', event);
    const mode = requestedMode === 'auto' ? auto.mode : requestedMode;
    const modeReason = requestedMode === 'auto' ? auto.reason : `Mode ${requestedMode}, as the mode input says`;
    const unmergedChange = auto.unmergedChange;
    // Read in this order, so that problems are listed in the order of the inputs as they always were.
    const invite = boolean(action_interface/* Input */.p.invite, true);
    const failOnUnprocessed = boolean(action_interface/* Input */.p.failOnUnprocessed, true);
    const reinvite = boolean(action_interface/* Input */.p.reinvite, false);
    const staleInviteDays = wholeNumber(action_interface/* Input */.p.staleInviteDays, 0, 3650);
    const removeAbsent = boolean(action_interface/* Input */.p.removeAbsent, false);
    const maxRemovals = wholeNumber(action_interface/* Input */.p.maxRemovals, 10, 10_000);
    const githubToken = read(action_interface/* Input */.p.githubToken).trim();
    const prComment = boolean(action_interface/* Input */.p.prComment, true);
    // Read, and checked, whether or not the member side is on.
    const enableDefaultStandards = boolean(action_interface/* Input */.p.enableDefaultStandards, false);
    const memberConcurrency = wholeNumber(action_interface/* Input */.p.memberConcurrency, 8, 64, 1);
    const requestsPerSecond = wholeNumber(action_interface/* Input */.p.requestsPerSecond, 10, 1000, 1);
    const requestBurst = wholeNumber(action_interface/* Input */.p.requestBurst, 25, 1000, 1);
    const driftIssue = boolean(action_interface/* Input */.p.driftIssue, false);
    const exportFile = input(action_interface/* Input */.p.exportFile);
    const accountsFile = input(action_interface/* Input */.p.accountsFile);
    const settings = {
        accounts: {
            accountIds: read(action_interface/* Input */.p.accountIds),
            ...(accountsFile ? { accountsFile } : {}),
            workspace: env.GITHUB_WORKSPACE || process.cwd(),
        },
        regions: selection.kind === 'names' ? selection.names : [],
        ...(selection.kind === 'keyword' && { regionsFrom: { keyword: selection.keyword, homeRegion: parsedRegions.homeRegion } }),
        ...(parsedRegions.excludeRegions.length > 0 && { excludeRegions: parsedRegions.excludeRegions }),
        ...(organization.scope && { organizationAccounts: organization.scope }),
        ...(excluded.accountIds.length > 0 && { excludeAccounts: excluded.accountIds }),
        credentials: {
            ...(roleToAssume ? { roleToAssume } : {}),
            roleSessionName: sanitizeSessionName(input(action_interface/* Input */.p.roleSessionName) || `securityhub-onboard-${env.GITHUB_RUN_ID ?? 'local'}`),
            roleDurationSeconds,
            audience: input(action_interface/* Input */.p.audience) || defaultAudience(roleToAssume),
        },
        mode,
        modeReason,
        unmergedChange,
        eventName,
        reconcile: {
            invite,
            reinvite,
            ...(staleInviteDays > 0 ? { staleInviteDays } : {}),
            removeAbsent,
            maxRemovals,
            protectedAccounts,
        },
        failOnUnprocessed,
        pullRequest: { ...(githubToken ? { githubToken } : {}), comment: prComment },
        ...(memberRoleName
            ? {
                memberSide: {
                    roleName: memberRoleName,
                    ...(externalId ? { externalId } : {}),
                    enableDefaultStandards,
                    concurrency: memberConcurrency,
                },
            }
            : {}),
        rate: { requestsPerSecond, burst: requestBurst },
        ...(driftIssue ? { driftIssue: { labels: driftIssueLabels } } : {}),
        ...(exportFile ? { exportFile } : {}),
    };
    if (problems.length > 0)
        throw new SettingsError(problems);
    return settings;
}
/**
 * GitHub's OIDC token must name STS of the role's partition: `sts.amazonaws.com.cn` in China
 * (docs/aws-behaviour.md#partitions), `sts.amazonaws.com` everywhere else.
 */
function defaultAudience(roleToAssume) {
    return roleToAssume.startsWith('arn:aws-cn:') ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com';
}
/** The Region of the credentials call: the first Region named, or for a keyword the job's own Region. */
function homeRegion(settings) {
    return settings.regionsFrom?.homeRegion ?? settings.regions[0] ?? '';
}
/** Input values are user text: keep them short and free of control characters inside messages. */
function shorten(value) {
    const visible = JSON.stringify(value).slice(1, -1);
    return visible.length > 60 ? `${visible.slice(0, 57)}...` : visible;
}


/***/ }),

/***/ 2779:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ requestTimeoutMs),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony export REQUEST_TIMEOUT_ENV */
// How long one network request may take before it is given up (and retried, within a bound).
/** Not an input: the end-to-end tests set it so that an endpoint that stops answering costs them a second, not 20. */
const REQUEST_TIMEOUT_ENV = 'SECURITYHUB_ONBOARD_REQUEST_TIMEOUT_MS';
/**
 * 10 s per request, unless REQUEST_TIMEOUT_ENV says otherwise: AWS, GitHub's API and its OIDC
 * endpoint answer within a second or two, and a request that timed out is tried twice at most.
 */
function requestTimeoutMs(env = process.env) {
    const fromEnv = Number(env[REQUEST_TIMEOUT_ENV]);
    return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 10_000;
}
/** Waits before retry number `retry` (1, 2, …): full jitter on `baseDelayMs` × 2^(retry - 1), at most `maxDelayMs`. */
function backoffMs(retry, baseDelayMs = 500, maxDelayMs = 5_000, random = Math.random) {
    return Math.round(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1)));
}


/***/ }),

/***/ 8521:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   Ig: () => (/* binding */ forLog),
/* harmony export */   Jc: () => (/* binding */ forAnnotation),
/* harmony export */   L0: () => (/* binding */ annotationMessage),
/* harmony export */   R8: () => (/* binding */ codePointName),
/* harmony export */   Wd: () => (/* binding */ outputJson),
/* harmony export */   X0: () => (/* binding */ quoteUntrusted),
/* harmony export */   eM: () => (/* binding */ markdownBody),
/* harmony export */   h8: () => (/* binding */ htmlCode),
/* harmony export */   nA: () => (/* binding */ reportFileJson),
/* harmony export */   sl: () => (/* binding */ escapeUntrusted)
/* harmony export */ });
/* unused harmony exports SHOWN_CHARS, forOutput, forReportFile */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7194);
// The one way out for untrusted text: the accounts file, the inputs, and whatever AWS or GitHub send
// back (ProcessingResult, error messages, member statuses, account IDs from ListMembers). Each sink
// has one escaper here, and every escaper first removes every secret the run holds (secrets.ts) and
// bounds the text, so no service can flood a sink or make it speak.
//
//   log         core.info lines and group titles   forLog(fragment), logLine(whole line)
//   annotation  core.error/warning/notice/setFailed forAnnotation(fragment), annotationMessage(whole)
//   Markdown    job summary, pull-request comment  markdownCode (Markdown context), htmlCode (inside HTML)
//   outputs     step outputs and the report file   forOutput, forReportFile, outputJson, reportFileJson

/** How many characters of one untrusted text each sink shows. The report file keeps more. */
const SHOWN_CHARS = { log: 500, annotation: 500, markdown: 500, output: 500, reportFile: 8000 };
/** A value of the accounts file quoted in a message is shown this short. */
const QUOTED_CHARS = 40;
/** Texts longer than this are cut before anything else looks at them (a 100 KB ProcessingResult). */
const READ_CHARS = 65_536;
const QUOTING_ESCAPES = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const PLAIN_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
// Controls, format characters (bidi overrides, zero-width), separators, surrogates, private use,
// unassigned code points, and any whitespace other than a plain space: nothing that can break a
// line, hide itself, or make text read differently from what it is (Trojan Source).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]|[^\S ]/u;
// The runner reads `##[command]` anywhere in a line, and `::command::` at a line's start after
// leading whitespace (actions/runner ActionCommand.TryParse and TryParseV2).
const LEGACY_COMMAND = /##\[/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** The printable characters each set of escapes names: the others it names are not printable ASCII. */
const PRINTABLE_NAMED = new Map([QUOTING_ESCAPES, PLAIN_ESCAPES].map((named) => [named, Object.keys(named).filter((char) => PRINTABLE_ASCII.test(char))]));
const COMMAND_AT_START = /^(\s*)::/;
// ---------------------------------------------------------------------------------------------
// Values of the accounts file, quoted in diagnostics
/** `value` with invisible characters escaped (`\n`, `\u0000`), cut to `maxChars` characters plus `…`. */
function escapeUntrusted(value, maxChars = QUOTED_CHARS) {
    return visible(value, maxChars, QUOTING_ESCAPES, false);
}
/** `value` escaped and cut as by `escapeUntrusted`, in double quotes. */
function quoteUntrusted(value, maxChars = QUOTED_CHARS) {
    return `"${escapeUntrusted(value, maxChars)}"`;
}
/** `U+0661`: names a character that may not render, or renders like another. */
function codePointName(char) {
    return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
// ---------------------------------------------------------------------------------------------
// Log
/** An untrusted text inside a log line: one line, no secret, no runner command, at most `maxChars`. */
function forLog(text, maxChars = SHOWN_CHARS.log) {
    return visible(neutraliseCommands(readable(text)), maxChars, PLAIN_ESCAPES).replace(COMMAND_AT_START, '$1:\\:');
}
/** A whole log line as written, the last step before `core.info`: the line cannot be a runner command. */
function logLine(line) {
    return line
        .split(/\r\n|[\n\r]/)
        .map((part) => neutraliseCommands((0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(part)).replace(COMMAND_AT_START, '$1:\\:'))
        .join('\n');
}
// ---------------------------------------------------------------------------------------------
// Annotations (`@actions/core` encodes the message's line breaks itself)
/** An untrusted text inside an annotation: one line, no secret, no legacy command, at most `maxChars`. */
function forAnnotation(text, maxChars = SHOWN_CHARS.annotation) {
    return visible(neutraliseCommands(readable(text)), maxChars, PLAIN_ESCAPES);
}
/**
 * A whole annotation message, the last step before `core.error` and the others: line breaks of the
 * action's own text are kept, secrets are removed, and no line of it holds a legacy command (the log
 * shows each line of an annotation, and the log viewer reads `##[group]` and the like at a line's start).
 */
function annotationMessage(message) {
    return neutraliseCommands((0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(message));
}
// ---------------------------------------------------------------------------------------------
// Markdown (job summary, pull-request comment)
/**
 * An untrusted text in Markdown context (a paragraph, a list item, a block quote): a code span,
 * fenced with more backticks than the text holds. GitHub links nothing in code, so no mention
 * (`@org/team`), no issue reference (`org/repo#1`), no autolinked URL or email, no Markdown or HTML.
 */
function markdownCode(text, maxChars = SHOWN_CHARS.markdown) {
    const content = visible(readable(text), maxChars, PLAIN_ESCAPES);
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // A code span drops one space at each end when both are there; add them when the text starts or
    // ends with a backtick or a space, so it shows exactly as it is.
    const padded = /^[` ]|[` ]$/.test(content) ? ` ${content} ` : content;
    return `${fence}${padded}${fence}`;
}
/**
 * An untrusted text inside HTML that GitHub does not read as Markdown (a `<table>` or `<ul>` HTML
 * block): a `<code>` element with every character that HTML or Markdown could read as markup written
 * as a character reference. GitHub's mention and reference filters skip `<code>`.
 */
function htmlCode(text, maxChars = SHOWN_CHARS.markdown) {
    return `<code>${htmlText(visible(readable(text), maxChars, PLAIN_ESCAPES))}</code>`;
}
/** A whole Markdown body, the last step before the summary or a comment is written: no secret in it. */
function markdownBody(body) {
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(body);
}
// ---------------------------------------------------------------------------------------------
// Step outputs and the report file (JSON)
/** Every string in `value` without secrets, invisible characters or legacy commands, at most `maxChars` each. */
function forOutput(value, maxChars = SHOWN_CHARS.output) {
    return mapStrings(value, (text) => visible(neutraliseCommands(readable(text)), maxChars, PLAIN_ESCAPES));
}
/** As `forOutput`, keeping more of each text: the report file is where the whole story is. */
function forReportFile(value) {
    return forOutput(value, SHOWN_CHARS.reportFile);
}
/**
 * `JSON.stringify(forOutput(value, maxChars))`, without the copy of `value` when the text itself
 * shows that the copy would be the same (account IDs, Regions, statuses): at 10,000 accounts × 17
 * Regions the report file is 340,000 entries, and copying each took most of its time.
 */
function outputJson(value, maxChars = SHOWN_CHARS.output) {
    const text = JSON.stringify(value);
    if (text !== undefined && stringsShowAsIs(text, maxChars))
        return text;
    return JSON.stringify(forOutput(value, maxChars));
}
/** As `outputJson`, keeping as much of each text as `forReportFile`. */
function reportFileJson(value) {
    return outputJson(value, SHOWN_CHARS.reportFile);
}
// ---------------------------------------------------------------------------------------------
/**
 * Whether `forOutput` would leave every string of this JSON text as it is. The text alone tells,
 * whatever made it (a getter, a toJSON), since it is what the sink receives:
 * - printable ASCII without a backslash: JSON escapes controls, quotes and backslashes, so no string
 *   held one, and none held an invisible or non-ASCII character; each stands between its quotes as it is;
 * - no stretch between two quotes longer than `maxChars` or as long as redaction looks at: no string
 *   is cut, and none can hold a secret or a fragment of one;
 * - no `##[`: no legacy command, and no printable character that forOutput's escapes name.
 * Any other text is made again from the copy, which is always right.
 */
function stringsShowAsIs(text, maxChars) {
    if (!PRINTABLE_ASCII.test(text) || text.includes('\\') || text.includes('##['))
        return false;
    // A printable character forOutput names an escape for would be changed too (none today).
    if (PRINTABLE_NAMED.get(PLAIN_ESCAPES).some((char) => text.includes(char)))
        return false;
    const longest = Math.min(maxChars, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactionMinChars */ .$i)() - 1);
    let quote = -1;
    for (let next = text.indexOf('"'); next !== -1; next = text.indexOf('"', next + 1)) {
        if (next - quote - 1 > longest)
            return false;
        quote = next;
    }
    // What follows the last quote holds no string: a JSON text's every string ends with a quote.
    return true;
}
/** Cut to what any sink may read, then without secrets (before any cut a sink makes, so no cut can leave half a secret). */
function readable(text) {
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text);
}
/**
 * Invisible characters escaped, cut after `maxChars` characters with `…`. For a sink, an escape counts
 * as the characters it shows; a quoted value counts the characters of the file (its diagnostics say so).
 */
function visible(text, maxChars, named, countEscapes = true) {
    // Most texts (account IDs, statuses) are short printable ASCII: nothing to escape or cut.
    const printableNamed = PRINTABLE_NAMED.get(named) ?? Object.keys(named);
    if (text.length <= maxChars && PRINTABLE_ASCII.test(text) && !printableNamed.some((char) => text.includes(char)))
        return text;
    let shown = '';
    let count = 0;
    for (const char of text) {
        const escaped = escapeChar(char, named);
        const width = escaped === char || !countEscapes ? 1 : escaped.length;
        if (count + width > maxChars)
            return `${shown}…`;
        shown += escaped;
        count += width;
    }
    return shown;
}
function escapeChar(char, named) {
    const escape = named[char];
    if (escape !== undefined)
        return escape;
    if (!INVISIBLE.test(char))
        return char;
    const code = char.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
function neutraliseCommands(text) {
    return text.includes('##[') ? text.replace(LEGACY_COMMAND, '##\\[') : text;
}
/** HTML's five, and the punctuation Markdown or GitHub could read, as numeric character references. */
function htmlText(text) {
    return text.replace(/[&<>"'`*_[\]|\\~@#!:]/g, (char) => `&#${char.charCodeAt(0)};`);
}
/**
 * A copy of `value` with `map` applied to every string in it. Each property is read once, and the
 * copy holds what was read: a getter asked again could give what was never looked at. A loop over
 * the keys, not Object.entries and fromEntries: the report file maps hundreds of thousands of entries.
 */
function mapStrings(value, map) {
    if (typeof value === 'string')
        return map(value);
    if (typeof value !== 'object' || value === null || value instanceof Date)
        return value;
    if (Array.isArray(value))
        return value.map((item) => mapStrings(item, map));
    const record = value;
    const mapped = {};
    for (const key of Object.keys(record))
        setOwn(mapped, key, mapStrings(record[key], map));
    return mapped;
}
/** An own `__proto__` key stays a key: assigning it would set the object's prototype instead. */
function setOwn(target, key, value) {
    if (key === '__proto__')
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else
        target[key] = value;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N4: () => (/* binding */ endGroup),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, debug, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, isDebug, markdownSummary, platform, saveState, setCommandEcho, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(4942);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./src/bundle/undici.ts
var undici = __nccwpck_require__(8510);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map