export const id = 85;
export const ids = [85];
export const modules = {

/***/ 8085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readJsonAccounts: () => (/* binding */ readJsonAccounts)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4466);
/* harmony import */ var _tree_accounts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8896);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9903);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8521);





/**
 * Reads a JSON accounts file. JSON.parse gives no positions, and its messages quote the input, so
 * the file goes through jsonc-parser's visitor in strict RFC 8259 mode: no comments, no trailing
 * commas. The visitor gives every value's position for the messages about entries; reading stops
 * at the first syntax error, which is said here in our own words (what was found, where, and what
 * to do) from where the document stands when the parser reports it.
 */
function readJsonAccounts(text, collector) {
    if ((0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .hasMoreLines */ .VS)(text)) {
        collector.diagnostics.report((0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .tooManyLinesMessage */ .Ql)(), { line: _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.maxLines + 1 });
        return;
    }
    try {
        (0,_tree_accounts_js__WEBPACK_IMPORTED_MODULE_2__/* .collectTreeAccounts */ .$)(new JsonTreeBuilder(text).build(), collector);
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        collector.diagnostics.report(`Invalid JSON: ${error.message}`, error.at);
    }
}
class JsonSyntaxError extends Error {
    at;
    constructor(message, at) {
        super(message);
        this.at = at;
    }
}
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
const NUMBER_RUN = /[-+0-9.eE]+/y;
const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const LEADING_ZERO_INTEGER = /^0[0-9]{1,19}$/;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const LITERALS = ['true', 'false', 'null'];
const VALUE_STARTS = new Set(['"', '{', '[', '-', 't', 'f', 'n', ...'0123456789']);
/** jsonc-parser's line and character are 0-based. */
const positionAt = (line, character) => ({ line: line + 1, column: character + 1 });
/** A position further along the same line: within a string, which cannot hold a line break. */
const along = ({ line, column = 1 }, characters) => ({ line, column: column + characters });
/**
 * The document as a TreeNode, built from the visitor's events. Every error the parser reports is
 * thrown at once, which also bounds its recursion: a list or an object past MAX_NESTING is refused
 * when it opens, before the parser descends into it.
 */
class JsonTreeBuilder {
    text;
    #root;
    #stack = [];
    constructor(text) {
        this.text = text;
    }
    build() {
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(this.text, {
            onArrayBegin: (_offset, _length, line, character) => this.#open({ kind: 'list', items: [], at: positionAt(line, character) }),
            onObjectBegin: (_offset, _length, line, character) => this.#open({ kind: 'map', entries: [], at: positionAt(line, character) }),
            onArrayEnd: (offset) => this.#close(offset),
            onObjectEnd: (offset) => this.#close(offset),
            onObjectProperty: (name, _offset, _length, line, character) => this.#key(name, positionAt(line, character)),
            onSeparator: (separator) => this.#separator(separator),
            onLiteralValue: (value, offset, length, line, character) => this.#attach(this.#literal(value, offset, length, positionAt(line, character))),
            onError: (_error, offset, _length, line, character) => {
                throw this.#syntaxError(offset, positionAt(line, character));
            },
        }, STRICT);
        // The parser returns without an error only once it has read a whole value.
        if (this.#root === undefined)
            throw new JsonSyntaxError('expected a value; found the end of the file.', { line: 1 });
        return this.#root;
    }
    #open(node) {
        if (this.#stack.length >= _tree_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_NESTING */ .M) {
            throw new JsonSyntaxError(`the document is nested more than ${_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_NESTING */ .M} levels deep; an accounts file needs at most 3.`, node.at);
        }
        this.#attach(node);
        this.#stack.push({ node, state: 'first' });
    }
    #key(name, at) {
        const frame = this.#stack.at(-1);
        if (frame === undefined)
            return;
        frame.key = { name, at };
        frame.state = 'colon';
    }
    #separator(separator) {
        const frame = this.#stack.at(-1);
        if (frame !== undefined)
            frame.state = separator === ',' ? 'afterComma' : 'value';
    }
    /** The parser also ends a list or an object at the end of the file, without its bracket. */
    #close(offset) {
        const frame = this.#stack.at(-1);
        if (frame !== undefined && offset >= this.text.length)
            throw this.#neverClosed(frame);
        this.#stack.pop();
    }
    #attach(node) {
        const frame = this.#stack.at(-1);
        if (frame === undefined)
            this.#root = node;
        else if (frame.node.kind === 'list')
            frame.node.items.push(node);
        else
            frame.node.entries.push({ key: frame.key?.name ?? '', keyAt: frame.key?.at ?? node.at, value: node });
        if (frame !== undefined)
            frame.state = 'afterItem';
    }
    #literal(value, offset, length, at) {
        if (typeof value === 'string')
            return { kind: 'string', value, at };
        if (typeof value === 'number') {
            this.#checkNumber(offset, at);
            return { kind: 'number', source: this.text.slice(offset, offset + length), at };
        }
        return typeof value === 'boolean' ? { kind: 'boolean', source: String(value), at } : { kind: 'null', at };
    }
    /**
     * The parser reads `012` as 0 followed by 12, and `1-2` as 1 followed by -2; a number runs as far
     * as the characters a number is made of, and must be one as a whole.
     */
    #checkNumber(offset, at) {
        NUMBER_RUN.lastIndex = offset;
        const source = NUMBER_RUN.exec(this.text)?.[0] ?? '';
        if (LEADING_ZERO_INTEGER.test(source)) {
            throw new JsonSyntaxError(`a JSON number cannot start with 0, and account IDs must be strings: write "${source}" in double quotes.`, at);
        }
        if (!JSON_NUMBER.test(source))
            throw new JsonSyntaxError(`${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteUntrusted */ .X0)(source)} is not a valid number.`, at);
    }
    /** What is wrong at `offset`, where the parser reports an error, given where the document stands. */
    #syntaxError(offset, at) {
        const frame = this.#stack.at(-1);
        if (frame === undefined)
            return this.#root === undefined ? this.#valueError(offset, at) : this.#afterItemError(frame, offset, at);
        if (offset >= this.text.length)
            return this.#neverClosed(frame);
        if (frame.state === 'afterItem')
            return this.#afterItemError(frame, offset, at);
        const char = this.text[offset];
        if (frame.node.kind === 'list') {
            if (char === ']' && frame.state === 'afterComma')
                return this.#trailingComma(']', at);
            return this.#valueError(offset, at);
        }
        switch (frame.state) {
            case 'first':
            case 'afterComma':
                if (char === '}' && frame.state === 'afterComma')
                    return this.#trailingComma('}', at);
                if (char !== '"')
                    return new JsonSyntaxError(`expected a key in double quotes; found ${this.#describeChar(offset)}.`, at);
                return this.#stringError(offset, at);
            case 'colon':
                return new JsonSyntaxError(`expected ":" after the key; found ${this.#describeChar(offset)}.`, at);
            case 'value':
                return this.#valueError(offset, at);
        }
    }
    #valueError(offset, at) {
        const char = this.text[offset];
        if (char === '"')
            return this.#stringError(offset, at);
        if (char === '-' || (char !== undefined && char >= '0' && char <= '9'))
            this.#checkNumber(offset, at);
        // The parser reads `truex` as one unknown word; it is `true` with text after it.
        const literal = LITERALS.find((word) => this.text.startsWith(word, offset));
        if (literal !== undefined)
            return this.#afterItemError(this.#stack.at(-1), offset + literal.length, along(at, literal.length));
        const quoteHint = char === "'" ? ' (JSON strings use double quotes)' : '';
        return new JsonSyntaxError(`expected a value; found ${this.#describeChar(offset)}${quoteHint}.`, at);
    }
    #afterItemError(frame, offset, at) {
        if (frame === undefined)
            return new JsonSyntaxError('unexpected text after the end of the document; remove it.', at);
        const [closing, item] = frame.node.kind === 'list' ? ['"]"', 'a list item'] : ['"}"', 'a value in an object'];
        return new JsonSyntaxError(`expected "," or ${closing} after ${item}; found ${this.#describeChar(offset)}${this.#missingCommaHint(offset)}.`, at);
    }
    #trailingComma(bracket, at) {
        return new JsonSyntaxError(`"${bracket}" follows a ","; JSON allows no trailing comma, so remove it.`, at);
    }
    #neverClosed(frame) {
        const bracket = frame.node.kind === 'list' ? '"["' : '"{"';
        return new JsonSyntaxError(`the ${bracket} opened here is never closed; the file ends first.`, frame.node.at);
    }
    /** The first thing wrong in the string that starts at `start`: the parser reports a bad string where it starts. */
    #stringError(start, at) {
        for (let index = start + 1;;) {
            const char = this.text[index];
            if (char === undefined)
                return new JsonSyntaxError('this string is never closed; add the closing double quote.', at);
            if (char === '\n')
                return new JsonSyntaxError('this string is not closed on its line; add the closing double quote.', at);
            if (char < ' ') {
                return new JsonSyntaxError(`a string holds the control character ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .codePointName */ .R8)(char)}; write it as an escape (such as \\t) or remove it.`, along(at, index - start));
            }
            if (char === '"')
                return new JsonSyntaxError(`unexpected ${this.#describeChar(start)}.`, at);
            if (char !== '\\') {
                index += 1;
                continue;
            }
            const escape = this.#escapeLength(index);
            if (escape === 0) {
                return new JsonSyntaxError('invalid escape in a string: a backslash must be followed by one of " \\ / b f n r t, or by u and four hex digits.', along(at, index - start));
            }
            index += escape;
        }
    }
    /** 6 for `\uXXXX`, 2 for the other escapes, 0 for an invalid one. */
    #escapeLength(backslash) {
        const escape = this.text[backslash + 1];
        if (escape === 'u')
            return HEX4.test(this.text.slice(backslash + 2, backslash + 6)) ? 6 : 0;
        return escape !== undefined && '"\\/bfnrt'.includes(escape) ? 2 : 0;
    }
    #describeChar(offset) {
        const codePoint = this.text.codePointAt(offset);
        return codePoint === undefined ? 'the end of the file' : (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteUntrusted */ .X0)(String.fromCodePoint(codePoint));
    }
    #missingCommaHint(offset) {
        return VALUE_STARTS.has(this.text[offset] ?? '') ? ' (is a comma missing before it?)' : '';
    }
}


/***/ }),

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


/***/ })

};

//# sourceMappingURL=85.index.js.map