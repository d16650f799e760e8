export const id = 733;
export const ids = [733];
export const modules = {

/***/ 4733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readJsonAccounts: () => (/* binding */ readJsonAccounts)
});

// EXTERNAL MODULE: ./src/accounts/limits.ts
var limits = __webpack_require__(4466);
;// CONCATENATED MODULE: ./src/accounts/formats/line-index.ts
/** Turns offsets into 1-based line and column for text whose line breaks are `\n` only. */
class LineIndex {
    #lineStarts = [0];
    constructor(text) {
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
            this.#lineStarts.push(at + 1);
    }
    position(offset) {
        let low = 0;
        let high = this.#lineStarts.length - 1;
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if ((this.#lineStarts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
    }
}

// EXTERNAL MODULE: ./src/accounts/formats/tree-accounts.ts
var tree_accounts = __webpack_require__(8896);
// EXTERNAL MODULE: ./src/accounts/formats/tree.ts
var tree = __webpack_require__(9903);
// EXTERNAL MODULE: ./src/untrusted-text.ts
var untrusted_text = __webpack_require__(8521);
;// CONCATENATED MODULE: ./src/accounts/formats/json.ts





/**
 * Reads a JSON accounts file. JSON.parse gives no positions, and its messages quote the input, so
 * this is a small strict RFC 8259 parser of its own: it stops at the first syntax error and says
 * where it is, and it keeps every value's position for the messages about entries.
 */
function readJsonAccounts(text, collector) {
    if ((0,limits/* hasMoreLines */.VS)(text)) {
        collector.diagnostics.report((0,limits/* tooManyLinesMessage */.Ql)(), { line: limits/* LIMITS */.b1.maxLines + 1 });
        return;
    }
    const lines = new LineIndex(text);
    try {
        (0,tree_accounts/* collectTreeAccounts */.$)(new JsonTreeParser(text, lines).parse(), collector);
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        collector.diagnostics.report(`Invalid JSON: ${error.message}`, lines.position(error.offset));
    }
}
class JsonSyntaxError extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
const NUMBER_RUN = /[-+0-9.eE]+/y;
const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const LEADING_ZERO_INTEGER = /^0[0-9]{1,19}$/;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const LITERALS = ['true', 'false', 'null'];
const VALUE_STARTS = new Set(['"', '{', '[', '-', 't', 'f', 'n', ...'0123456789']);
// Iterative, with an explicit stack, so that deep nesting is an error message and not a stack overflow.
class JsonTreeParser {
    text;
    lines;
    #offset = 0;
    #root;
    #stack = [];
    constructor(text, lines) {
        this.text = text;
        this.lines = lines;
    }
    parse() {
        for (;;) {
            this.#skipWhitespace();
            const frame = this.#stack.at(-1);
            if (frame === undefined && this.#root !== undefined) {
                if (this.#offset < this.text.length)
                    throw this.#error('unexpected text after the end of the document; remove it.');
                return this.#root;
            }
            if (frame !== undefined && this.#offset >= this.text.length) {
                const bracket = frame.kind === 'list' ? '"["' : '"{"';
                throw this.#error(`the ${bracket} opened here is never closed; the file ends first.`, frame.openedAt);
            }
            if (frame === undefined)
                this.#readValue();
            else if (frame.kind === 'list')
                this.#continueList(frame);
            else
                this.#continueMap(frame);
        }
    }
    #continueList(frame) {
        const char = this.text[this.#offset];
        if (frame.state === 'afterItem') {
            if (char === ',')
                frame.state = 'afterComma';
            else if (char === ']')
                this.#stack.pop();
            else
                throw this.#error(`expected "," or "]" after a list item; found ${this.#describeCharHere()}${this.#missingCommaHint()}.`);
            this.#offset += 1;
        }
        else if (char === ']') {
            if (frame.state === 'afterComma')
                throw this.#error('"]" follows a ","; JSON allows no trailing comma, so remove it.');
            this.#stack.pop();
            this.#offset += 1;
        }
        else {
            this.#readValue();
        }
    }
    #continueMap(frame) {
        const char = this.text[this.#offset];
        switch (frame.state) {
            case 'afterItem':
                if (char === ',')
                    frame.state = 'afterComma';
                else if (char === '}')
                    this.#stack.pop();
                else
                    throw this.#error(`expected "," or "}" after a value in an object; found ${this.#describeCharHere()}${this.#missingCommaHint()}.`);
                this.#offset += 1;
                return;
            case 'first':
            case 'afterComma':
                if (char === '}') {
                    if (frame.state === 'afterComma')
                        throw this.#error('"}" follows a ","; JSON allows no trailing comma, so remove it.');
                    this.#stack.pop();
                    this.#offset += 1;
                    return;
                }
                if (char !== '"')
                    throw this.#error(`expected a key in double quotes; found ${this.#describeCharHere()}.`);
                frame.key = { name: '', at: this.lines.position(this.#offset) };
                frame.key.name = this.#readString();
                frame.state = 'colon';
                return;
            case 'colon':
                if (char !== ':')
                    throw this.#error(`expected ":" after the key; found ${this.#describeCharHere()}.`);
                frame.state = 'value';
                this.#offset += 1;
                return;
            case 'value':
                this.#readValue();
        }
    }
    #readValue() {
        const start = this.#offset;
        const char = this.text[start];
        const at = this.lines.position(start);
        if (char === '[' || char === '{') {
            if (this.#stack.length >= tree/* MAX_NESTING */.M) {
                throw this.#error(`the document is nested more than ${tree/* MAX_NESTING */.M} levels deep; an accounts file needs at most 3.`);
            }
            this.#offset += 1;
            if (char === '[') {
                const node = { kind: 'list', items: [], at };
                this.#attach(node);
                this.#stack.push({ kind: 'list', node, openedAt: start, state: 'first' });
            }
            else {
                const node = { kind: 'map', entries: [], at };
                this.#attach(node);
                this.#stack.push({ kind: 'map', node, openedAt: start, state: 'first' });
            }
        }
        else if (char === '"') {
            this.#attach({ kind: 'string', value: this.#readString(), at });
        }
        else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
            this.#attach({ kind: 'number', source: this.#readNumber(), at });
        }
        else {
            this.#attach(this.#readLiteral(at));
        }
    }
    #readLiteral(at) {
        const literal = LITERALS.find((word) => this.text.startsWith(word, this.#offset));
        if (literal === undefined) {
            const quoteHint = this.text[this.#offset] === "'" ? ' (JSON strings use double quotes)' : '';
            throw this.#error(`expected a value; found ${this.#describeCharHere()}${quoteHint}.`);
        }
        this.#offset += literal.length;
        return literal === 'null' ? { kind: 'null', at } : { kind: 'boolean', source: literal, at };
    }
    #attach(node) {
        const frame = this.#stack.at(-1);
        if (frame === undefined) {
            this.#root = node;
        }
        else if (frame.kind === 'list') {
            frame.node.items.push(node);
            frame.state = 'afterItem';
        }
        else {
            frame.node.entries.push({ key: frame.key?.name ?? '', keyAt: frame.key?.at ?? node.at, value: node });
            frame.state = 'afterItem';
        }
    }
    #readString() {
        const start = this.#offset;
        let index = start + 1;
        for (;;) {
            const char = this.text[index];
            if (char === '"')
                break;
            if (char === undefined)
                throw this.#error('this string is never closed; add the closing double quote.', start);
            if (char === '\n')
                throw this.#error('this string is not closed on its line; add the closing double quote.', start);
            if (char < ' ')
                throw this.#error(`a string holds the control character ${(0,untrusted_text/* codePointName */.R8)(char)}; write it as an escape (such as \\t) or remove it.`, index);
            if (char === '\\')
                index += this.#escapeLength(index);
            else
                index += 1;
        }
        this.#offset = index + 1;
        // The slice was checked above to be a valid JSON string, so JSON.parse only decodes escapes.
        return JSON.parse(this.text.slice(start, index + 1));
    }
    #escapeLength(backslash) {
        const escape = this.text[backslash + 1];
        if (escape === 'u' && HEX4.test(this.text.slice(backslash + 2, backslash + 6)))
            return 6;
        if (escape !== undefined && escape !== 'u' && '"\\/bfnrt'.includes(escape))
            return 2;
        throw this.#error('invalid escape in a string: a backslash must be followed by one of " \\ / b f n r t, or by u and four hex digits.', backslash);
    }
    #readNumber() {
        NUMBER_RUN.lastIndex = this.#offset;
        const source = NUMBER_RUN.exec(this.text)?.[0] ?? '';
        if (LEADING_ZERO_INTEGER.test(source)) {
            throw this.#error(`a JSON number cannot start with 0, and account IDs must be strings: write "${source}" in double quotes.`);
        }
        if (!JSON_NUMBER.test(source))
            throw this.#error(`${(0,untrusted_text/* quoteUntrusted */.X0)(source)} is not a valid number.`);
        this.#offset += source.length;
        return source;
    }
    #skipWhitespace() {
        for (let code = this.text.charCodeAt(this.#offset); code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d; code = this.text.charCodeAt(this.#offset)) {
            this.#offset += 1;
        }
    }
    #describeCharHere() {
        const codePoint = this.text.codePointAt(this.#offset);
        return codePoint === undefined ? 'the end of the file' : (0,untrusted_text/* quoteUntrusted */.X0)(String.fromCodePoint(codePoint));
    }
    #missingCommaHint() {
        return VALUE_STARTS.has(this.text[this.#offset] ?? '') ? ' (is a comma missing before it?)' : '';
    }
    #error(message, offset = this.#offset) {
        return new JsonSyntaxError(offset, message);
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

//# sourceMappingURL=733.index.js.map