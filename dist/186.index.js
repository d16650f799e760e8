export const id = 186;
export const ids = [186];
export const modules = {

/***/ 8896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ collectTreeAccounts)
/* harmony export */ });
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9903);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8521);


// Misspellings worth a "did you mean", keyed by the key lower-cased with non-letters removed.
const KEY_SUGGESTIONS = {
    accountid: 'accountId',
    awsaccountid: 'accountId',
    account: 'accountId',
    id: 'accountId',
    email: 'email',
    emailaddress: 'email',
    mail: 'email',
    accounts: 'accounts',
};
/**
 * Hands the accounts of a JSON or YAML document to `collector`. The document is either a list of
 * entries or an object whose only key is `accounts`, holding that list; an entry is an account ID
 * string or an object `{ accountId, email? }`. An empty document lists no accounts.
 */
function collectTreeAccounts(root, collector) {
    if (root.kind === 'null')
        return;
    const list = findAccountsList(root, collector);
    for (const item of list?.items ?? [])
        collectEntry(item, collector);
}
function findAccountsList(root, collector) {
    if (root.kind === 'list')
        return root;
    if (root.kind !== 'map') {
        collector.diagnostics.report(`Expected a list of accounts, or an object with an "accounts" list; found ${(0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .W)(root)}.`, root.at);
        return undefined;
    }
    const entries = keyedEntries(root, ['accounts'], collector);
    const accounts = entries.get('accounts');
    if (accounts === undefined) {
        collector.diagnostics.report('The object has no "accounts" key: put the accounts in a list under "accounts", or make the whole file a list.', root.at);
        return undefined;
    }
    if (accounts.kind === 'list')
        return accounts;
    if (accounts.kind !== 'null') {
        collector.diagnostics.report(`"accounts" must be a list of accounts; found ${(0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .W)(accounts)}.`, accounts.at);
    }
    return undefined;
}
function collectEntry(entry, collector) {
    if (entry.kind === 'string') {
        collector.add({ accountId: entry.value, at: entry.at });
    }
    else if (entry.kind === 'map') {
        collectObjectEntry(entry, collector);
    }
    else if (entry.kind === 'number') {
        collector.diagnostics.report(numberAsAccountIdMessage(entry.source), entry.at);
    }
    else {
        collector.diagnostics.report(`Expected an account ID string or an object with "accountId"; found ${(0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .W)(entry)}.`, entry.at);
    }
}
function collectObjectEntry(entry, collector) {
    const fields = keyedEntries(entry, ['accountId', 'email'], collector);
    const accountId = fields.get('accountId');
    const email = fields.get('email');
    if (accountId === undefined) {
        collector.diagnostics.report('This entry has no "accountId": give each account object an "accountId" and, optionally, an "email".', entry.at);
        return;
    }
    if (accountId.kind !== 'string') {
        const message = accountId.kind === 'number'
            ? numberAsAccountIdMessage(accountId.source)
            : `"accountId" must be an account ID string; found ${(0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .W)(accountId)}.`;
        collector.diagnostics.report(message, accountId.at);
        return;
    }
    // An empty email is what spreadsheet exports write for "none".
    if (email === undefined || email.kind === 'null' || (email.kind === 'string' && email.value === '')) {
        collector.add({ accountId: accountId.value, at: accountId.at });
    }
    else if (email.kind === 'string') {
        collector.add({ accountId: accountId.value, at: accountId.at, email: email.value, emailAt: email.at });
    }
    else {
        collector.diagnostics.report(`"email" must be a string; found ${(0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .W)(email)}.`, email.at);
        collector.add({ accountId: accountId.value, at: accountId.at });
    }
}
/** The values of the allowed keys; every other key, and every repeated key, is reported. */
function keyedEntries(map, allowed, collector) {
    const values = new Map();
    for (const entry of map.entries) {
        if (!allowed.includes(entry.key)) {
            collector.diagnostics.report(unknownKeyMessage(entry, allowed), entry.keyAt);
        }
        else if (values.has(entry.key)) {
            collector.diagnostics.report(`The key "${entry.key}" appears twice in the same object; keep one.`, entry.keyAt);
        }
        else {
            values.set(entry.key, entry.value);
        }
    }
    return values;
}
function unknownKeyMessage(entry, allowed) {
    const suggestion = KEY_SUGGESTIONS[entry.key.toLowerCase().replace(/[^a-z]/g, '')];
    const hint = suggestion !== undefined && allowed.includes(suggestion) ? ` (did you mean "${suggestion}"?)` : '';
    const names = allowed.map((key) => `"${key}"`).join(' and ');
    return `Unknown key ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteUntrusted */ .X0)(entry.key)}${hint}; the allowed key${allowed.length === 1 ? ' is' : 's are'} ${names}.`;
}
function numberAsAccountIdMessage(source) {
    const quoted = /^[0-9]{1,20}$/.test(source) ? ` ("${source}")` : '';
    return `Account ID ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeUntrusted */ .sl)(source)} is a JSON number: write it as a string in double quotes${quoted}, because a number loses leading zeros.`;
}


/***/ }),

/***/ 9903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ MAX_NESTING),
/* harmony export */   W: () => (/* binding */ describeNode)
/* harmony export */ });
/** "a number", "an object"…: for messages that say what was found instead. */
function describeNode(node) {
    switch (node.kind) {
        case 'string':
            return 'a string';
        case 'number':
            return 'a number';
        case 'boolean':
            return node.source;
        case 'null':
            return 'an empty value';
        case 'list':
            return 'a list';
        case 'map':
            return 'an object';
    }
}
/** Nesting allowed in a JSON or YAML accounts file: it needs 3; hostile nesting must stay cheap. */
const MAX_NESTING = 32;


/***/ }),

/***/ 7186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readYamlAccounts: () => (/* binding */ readYamlAccounts)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/accounts/limits.ts
var limits = __webpack_require__(4466);
// EXTERNAL MODULE: ./src/accounts/formats/tree-accounts.ts
var tree_accounts = __webpack_require__(8896);
// EXTERNAL MODULE: ./src/accounts/formats/tree.ts
var tree = __webpack_require__(9903);
// EXTERNAL MODULE: ./src/untrusted-text.ts
var untrusted_text = __webpack_require__(8521);
;// CONCATENATED MODULE: ./src/accounts/formats/yaml-tokens.ts

// The lexer's zero-width markers: they are not source text.
const LEXER_MARKERS = new Set([dist/* CST */.DB.DOCUMENT, dist/* CST */.DB.FLOW_END, dist/* CST */.DB.SCALAR]);
/** The lexer's tokens with their type and offset in the source, without its zero-width markers. */
function* sourceTokens(text) {
    let offset = 0;
    let isScalarText = false;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        if (LEXER_MARKERS.has(token)) {
            // The token after a SCALAR marker is the scalar's text, whatever its first character.
            isScalarText = token === dist/* CST */.DB.SCALAR;
            continue;
        }
        yield { type: isScalarText ? 'scalar' : (dist/* CST */.DB.tokenType(token) ?? 'scalar'), offset, source: token };
        isScalarText = false;
        offset += token.length;
    }
}

;// CONCATENATED MODULE: ./src/accounts/formats/yaml-errors.ts


const QUOTED_SCALARS = new Set(['double-quoted-scalar', 'single-quoted-scalar']);
const OPENING = { '"': '"', ']': '[', '}': '{' };
/**
 * What each YAML syntax error says, and the offset to show it at. The parser reports a quote or a
 * flow collection left open where the value, or the file, ends, often on a line after the last
 * one; the line that opens it is the one to fix. Any other error past the end of the text is shown
 * on the last line that has content. The source is lexed once, however many errors there are.
 */
function yamlErrorDiagnostics(errors, text) {
    const closers = errors.map(missingCloser);
    const open = openAt(text, errors.filter((_, index) => closers[index] !== undefined).map((error) => error.pos[0]));
    const lastContent = Math.max(0, text.trimEnd().length - 1);
    return errors.map((error, index) => {
        const closer = closers[index];
        const opener = closer === undefined ? undefined : openerOf(open.get(error.pos[0]), closer);
        if (closer !== undefined && opener !== undefined)
            return { message: unclosedMessage(opener, closer, error), offset: opener.offset };
        return { message: `Invalid YAML: ${yamlErrorMessage(error)}`, offset: Math.min(error.pos[0], lastContent) };
    });
}
/** The character `error` says is missing when it is about a quote or a bracket never closed. */
function missingCloser(error) {
    // Messages of yaml's resolve-flow-scalar and resolve-flow-collection; MISSING_CHAR also covers commas and colons.
    if (error.code === 'MISSING_CHAR' && error.message.startsWith('Missing closing'))
        return '"';
    if (error.code !== 'MISSING_CHAR' && error.code !== 'BAD_INDENT')
        return undefined;
    if (error.message.endsWith('end with a ]'))
        return ']';
    if (error.message.endsWith('end with a }'))
        return '}';
    return undefined;
}
/** What is open at each of `offsets`, counting the tokens that start before it, in one pass. */
function openAt(text, offsets) {
    const wanted = [...new Set(offsets)].sort((a, b) => a - b);
    const found = new Map();
    const brackets = [];
    let quote;
    let next = 0;
    const recordUpTo = (offset) => {
        for (; next < wanted.length && (wanted[next] ?? Infinity) <= offset; next += 1) {
            found.set(wanted[next] ?? 0, { brackets: [...brackets], ...(quote && { quote }) });
        }
    };
    if (wanted.length === 0)
        return found;
    for (const { type, offset, source } of sourceTokens(text)) {
        recordUpTo(offset);
        if (next === wanted.length)
            return found;
        if (type === 'flow-seq-start' || type === 'flow-map-start')
            brackets.push({ char: source, offset });
        else if (type === 'flow-seq-end' || type === 'flow-map-end')
            brackets.pop();
        else if (QUOTED_SCALARS.has(type))
            quote = { char: source[0] ?? '"', offset };
    }
    recordUpTo(Infinity);
    return found;
}
/** The quote, or the innermost bracket that `closer` would close. */
function openerOf(open, closer) {
    if (closer === '"')
        return open?.quote;
    return open?.brackets.findLast((bracket) => bracket.char === OPENING[closer]);
}
function unclosedMessage({ char }, closer, error) {
    if (closer === '"') {
        return `Invalid YAML: the ${char} opened on this line is never closed, so everything after it was read as one value; add the closing ${char}.`;
    }
    // In a block collection, a line indented no further than the one that opens the bracket ends it too.
    if (error.code === 'BAD_INDENT') {
        return `Invalid YAML: the ${char} opened on this line is not closed; indent the lines inside it further than this line, and end it with ${closer}.`;
    }
    return `Invalid YAML: the ${char} opened on this line is never closed; add the closing ${closer}.`;
}
function yamlErrorMessage(error) {
    switch (error.code) {
        case 'MULTIPLE_DOCS':
            return 'the file holds more than one YAML document ("---"); put all accounts in one document.';
        case 'RESOURCE_EXHAUSTION':
            return 'the document is nested too deeply; an accounts file needs at most 3 levels.';
        default:
            // The parser's own words can quote the source: keep them short and visible.
            return `${(0,untrusted_text/* escapeUntrusted */.sl)(error.message, 120)}.`;
    }
}

;// CONCATENATED MODULE: ./src/accounts/formats/yaml.ts






const YAML_OPTIONS = {
    // Every scalar stays text as written: 012345678901 keeps its zero, and 0x1F, 1e3 or yes are not reinterpreted.
    schema: 'failsafe',
    // Pretty errors quote the source into the message; messages are built here instead.
    prettyErrors: false,
    // The parser's own check compares every key with every other (quadratic in a hostile file);
    // the walker reports repeated keys instead.
    uniqueKeys: false,
    // Aliases are refused before parsing; this also keeps toJS() safe should anyone call it.
    maxAliasCount: 0,
    version: '1.2',
};
// YAML 1.2 core-schema spellings of null; the failsafe schema reads them as text.
const NULL_SCALARS = new Set(['', '~', 'null', 'Null', 'NULL']);
// Tokens that start a list item or a key. One account needs at most four of them
// (`{accountId: …, email: …},` in flow style), so more than this cannot be a valid file.
const ITEM_TOKENS = new Set(['seq-item-ind', 'explicit-key-ind', 'map-value-ind', 'comma']);
const BLOCK_INDICATORS = new Set(['seq-item-ind', 'explicit-key-ind', 'map-value-ind']);
const MAX_ITEM_TOKENS = 4 * limits/* LIMITS */.b1.maxAccounts + 100;
// Tokens that start a value. One account needs at most six: two keys and two values, each value
// a block scalar (`|`) and its text. The parser makes an error of every value a document cannot
// hold (`[a]` repeated), and each error costs it tens of microseconds and a stack trace.
const VALUE_TOKENS = new Set([
    'scalar',
    'single-quoted-scalar',
    'double-quoted-scalar',
    'flow-seq-start',
    'flow-map-start',
    'block-scalar-header',
]);
const MAX_VALUE_TOKENS = 6 * limits/* LIMITS */.b1.maxAccounts + 100;
// Every token, spaces, comments and line breaks included: a generous 30 per account.
const MAX_TOKENS = 30 * limits/* LIMITS */.b1.maxAccounts + 1000;
// Lines, those inside block and quoted scalars included (a block scalar is one token however many
// lines it holds, and the parser works through each).
const MAX_LINES = limits/* LIMITS */.b1.maxLines;
// A quoted value holds an account ID or an email. The parser resolves the escapes and line folds of
// a quoted scalar in several passes, seconds over one of megabytes, so a longer one is refused first.
const yaml_QUOTED_SCALARS = new Set(['single-quoted-scalar', 'double-quoted-scalar']);
const MAX_QUOTED_CHARS = 1024;
// `%YAML 1.2` and a `%TAG` or two are all a file can use; the parser works through each at length.
const MAX_DIRECTIVES = 10;
const REFUSED_TOKENS = {
    anchor: 'YAML anchors (&name) are not allowed in an accounts file; write each value out in full.',
    alias: 'YAML aliases (*name) are not allowed in an accounts file; write each value out in full.',
    tag: 'YAML tags (such as !!str or !custom) are not allowed in an accounts file; remove the tag, and quote the value if it must stay text.',
};
/** Reads a YAML accounts file: a list of accounts, or a mapping with an `accounts` list. */
function readYamlAccounts(text, collector) {
    const lines = new dist/* LineCounter */.HN();
    if (reportedRefusedFeatures(text, lines, collector.diagnostics))
        return;
    const document = (0,dist/* parseDocument */.Tp)(text, YAML_OPTIONS);
    for (const { message, offset } of yamlErrorDiagnostics(document.errors, text)) {
        collector.diagnostics.report(message, positionOf(lines, offset));
    }
    if (document.errors.length > 0)
        return;
    (0,tree_accounts/* collectTreeAccounts */.$)(toTree(document.contents, { line: 1, column: 1 }, lines, collector.diagnostics), collector);
}
/**
 * Refuses anchors, aliases and tags, nesting deeper than MAX_NESTING, and more items than the
 * largest valid file needs, from the token stream before the document is built. Building is where
 * alias bombs expand, where memory grows with each level of `[[[[…`, and what takes seconds per
 * megabyte; the lexer only streams tokens. The tokens are the whole text, so this also gives
 * `lines` every line start, up to the token it stops at (the parser, given `lines`, would too).
 */
function reportedRefusedFeatures(text, lines, diagnostics) {
    const shape = new DocumentShape();
    let reported = false;
    let lineBreaks = 0;
    lines.addNewLine(0);
    for (const { type, offset, source } of sourceTokens(text)) {
        if (yaml_QUOTED_SCALARS.has(type) && source.length > MAX_QUOTED_CHARS) {
            diagnostics.report(`Invalid YAML: this quoted value is ${source.length} characters long; an account ID or an email needs fewer than ${MAX_QUOTED_CHARS}. Check that accounts-file names the accounts file.`, positionOf(lines, offset));
            return true;
        }
        for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) {
            lines.addNewLine(offset + at + 1);
            lineBreaks += 1;
        }
        if (lineBreaks >= MAX_LINES) {
            diagnostics.report(tooManyItemsMessage(), { line: MAX_LINES + 1 });
            return true;
        }
        const refusal = REFUSED_TOKENS[type];
        if (refusal !== undefined) {
            diagnostics.report(refusal, positionOf(lines, offset));
            reported = true;
        }
        const overgrown = shape.add(type);
        if (overgrown !== undefined) {
            diagnostics.report(overgrown, positionOf(lines, offset));
            return true;
        }
    }
    return reported;
}
/** The 1-based line and column of an offset whose line start `lines` has seen. */
function positionOf(lines, offset) {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
}
/** How deep and how long a document has grown, token by token. */
class DocumentShape {
    /** The open flow collections, innermost last, by the token that opened each. */
    #flowOpen = [];
    #blockIndicatorsOnLine = 0;
    #items = 0;
    #values = 0;
    #tokens = 0;
    #directives = 0;
    /** Why the document is past what an accounts file can need, once it is. */
    add(type) {
        this.#tokens += 1;
        if (ITEM_TOKENS.has(type))
            this.#items += 1;
        if (VALUE_TOKENS.has(type))
            this.#values += 1;
        if (type === 'directive-line' && ++this.#directives > MAX_DIRECTIVES) {
            return `Invalid YAML: the file has more than ${MAX_DIRECTIVES} directives (lines starting with %); an accounts file needs none.`;
        }
        if (type === 'flow-seq-start' || type === 'flow-map-start')
            this.#flowOpen.push(type);
        // A bracket that closes nothing, or the other kind, is an error the parser would repeat for every one.
        else if (type === 'flow-seq-end' || type === 'flow-map-end')
            return this.#closeFlow(type);
        else if (type === 'newline')
            this.#blockIndicatorsOnLine = 0;
        // `- - - x` nests as deep as `[[[x]]]` without a bracket.
        else if (this.#flowOpen.length === 0 && BLOCK_INDICATORS.has(type))
            this.#blockIndicatorsOnLine += 1;
        if (this.#items > MAX_ITEM_TOKENS || this.#values > MAX_VALUE_TOKENS || this.#tokens > MAX_TOKENS)
            return tooManyItemsMessage();
        if (this.#flowOpen.length + this.#blockIndicatorsOnLine > tree/* MAX_NESTING */.M) {
            return `Invalid YAML: the document is nested more than ${tree/* MAX_NESTING */.M} levels deep; an accounts file needs at most 3.`;
        }
        return undefined;
    }
    #closeFlow(type) {
        const [opening, closing] = type === 'flow-seq-end' ? ['[', ']'] : ['{', '}'];
        const opened = this.#flowOpen.pop();
        if (opened === undefined)
            return `Invalid YAML: this ${closing} closes no ${opening}; remove it.`;
        if (opened !== (type === 'flow-seq-end' ? 'flow-seq-start' : 'flow-map-start')) {
            const [other, otherClosing] = opened === 'flow-seq-start' ? ['[', ']'] : ['{', '}'];
            return `Invalid YAML: this ${closing} comes where the open ${other} needs its ${otherClosing}; close each bracket with its own kind.`;
        }
        return undefined;
    }
}
function tooManyItemsMessage() {
    return (`The YAML is bigger than ${limits/* LIMITS */.b1.maxAccounts} accounts, the most a run onboards, can need (too many items, keys, values or lines). ` +
        'Check that accounts-file names the accounts file, or split the accounts across several files and runs.');
}
function toTree(node, parentAt, lines, diagnostics) {
    if (!(0,dist/* isScalar */.jn)(node) && !(0,dist/* isSeq */.oP)(node) && !(0,dist/* isMap */.jh)(node))
        return { kind: 'null', at: parentAt };
    const at = node.range ? positionOf(lines, node.range[0]) : parentAt;
    if ((0,dist/* isScalar */.jn)(node)) {
        const value = scalarText(node);
        return node.type === 'PLAIN' && NULL_SCALARS.has(value) ? { kind: 'null', at } : { kind: 'string', value, at };
    }
    if ((0,dist/* isSeq */.oP)(node))
        return { kind: 'list', items: node.items.map((item) => toTree(item, at, lines, diagnostics)), at };
    const entries = [];
    for (const { key, value } of node.items) {
        const keyAt = (0,dist/* isNode */.Ll)(key) && key.range ? positionOf(lines, key.range[0]) : at;
        if ((0,dist/* isScalar */.jn)(key))
            entries.push({ key: scalarText(key), keyAt, value: toTree(value, keyAt, lines, diagnostics) });
        else
            diagnostics.report('A mapping key must be plain text, not a list or a mapping.', keyAt);
    }
    return { kind: 'map', entries, at };
}
/** The failsafe schema reads every scalar as text; an empty one has no value. */
function scalarText(scalar) {
    return typeof scalar.value === 'string' ? scalar.value : '';
}


/***/ })

};

//# sourceMappingURL=186.index.js.map