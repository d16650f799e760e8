export const id = 651;
export const ids = [651];
export const modules = {

/***/ 9651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCsvAccounts: () => (/* binding */ readCsvAccounts)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5175);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4466);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8521);



// A column name: a letter, and no digit. Two tests rather than one pattern such as
// /^[^0-9]*[A-Za-z][^0-9]*$/, whose adjacent overlapping quantifiers backtrack quadratically.
const DIGIT = /[0-9]/;
const LETTER = /[A-Za-z]/;
// First cells that name the account ID column, lower-cased with everything but letters removed.
const HEADER_NAMES = new Set(['accountid', 'account', 'accountnumber', 'awsaccountid', 'awsaccount', 'awsaccountnumber', 'id']);
const QUOTE_ADVICE = 'a quoted value must close on its line, and a " inside it is written as ""';
// A row holds an account ID, an email and perhaps a spreadsheet's padding commas. csv-parse takes
// seconds over a record of megabytes, so a line no valid file has is refused before parsing.
const MAX_LINE_CHARS = 1024;
// Account rows, a header, and a spreadsheet's rows of empty cells. csv-parse builds an error
// object for each row whose column count differs from the first row's, so a flood of rows costs
// seconds too.
const MAX_ROWS = 3 * _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.maxAccounts + 100;
// A row needs one comma; a spreadsheet pads rows with empty columns, rarely dozens. csv-parse makes
// a string of every cell, so rows of a thousand empty cells each cost seconds over a file.
const MAX_COMMAS = 100;
/**
 * Reads a CSV accounts file: rows of `AccountId,Email`, the layout of AWS's multi-account
 * scripts, with an optional header row and RFC 4180 quoting. A CSV syntax error stops the reading
 * there, since what follows an unbalanced quote cannot be trusted; rows before it are still checked.
 */
function readCsvAccounts(text, collector) {
    const oversized = oversizedLine(text);
    if (oversized !== undefined) {
        collector.diagnostics.report(oversized.message, { line: oversized.line });
        return;
    }
    const rows = [];
    try {
        (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, {
            relax_column_count: true,
            skip_empty_lines: true,
            trim: true,
            on_record: (cells, { lines }) => {
                // `lines` is where the record ends; a quoted line break inside it moves its start up.
                rows.push({ cells, line: lines - cells.join('').split('\n').length + 1, endLine: lines });
                return null;
            },
        });
    }
    catch (error) {
        if (!(error instanceof csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .CsvError */ .J$))
            throw error;
        collectRows(rows, collector);
        collector.diagnostics.report(csvErrorMessage(error), { line: csvErrorLine(error, text, rows.at(-1)?.endLine ?? 0) });
        return;
    }
    collectRows(rows, collector);
}
/** The first line that shows `text` is bigger than any accounts file, and why. */
function oversizedLine(text) {
    let rows = 0;
    for (let start = 0, line = 1; start < text.length; line += 1) {
        const newline = text.indexOf('\n', start);
        const end = newline === -1 ? text.length : newline;
        if (end - start > MAX_LINE_CHARS) {
            return {
                line,
                message: `This line is ${end - start} characters long; a row with an account ID and an email needs fewer than ${MAX_LINE_CHARS}. Check that accounts-file names the accounts file.`,
            };
        }
        // Within the line only: a search past its end would make every line cost the rest of the file.
        const content = text.slice(start, end);
        let commas = 0;
        for (let at = content.indexOf(','); at !== -1; at = content.indexOf(',', at + 1))
            commas += 1;
        if (commas > MAX_COMMAS) {
            return {
                line,
                message: `This line has ${commas} commas, ${commas + 1} columns; a row needs the account ID and, optionally, the email, and at most ${MAX_COMMAS} empty columns after them. Remove the extra columns, or check that accounts-file names the accounts file.`,
            };
        }
        if (line > _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.maxLines)
            return { line, message: (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .tooManyLinesMessage */ .Ql)() };
        if (/\S/.test(content) && ++rows > MAX_ROWS) {
            return {
                line,
                message: `The CSV has more than ${MAX_ROWS} rows, more than ${_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.maxAccounts} accounts, the most a run onboards, can need. ` +
                    'Check that accounts-file names the accounts file, or split the accounts across several files and runs.',
            };
        }
        start = end + 1;
    }
    return undefined;
}
function collectRows(rows, collector) {
    // Spreadsheets save blank rows as a line of commas: skip those like blank lines.
    const [first, ...rest] = rows.filter((row) => row.cells.some((cell) => cell !== ''));
    if (first !== undefined && !isHeaderRow(first, collector))
        collectRow(first, collector);
    for (const row of rest)
        collectRow(row, collector);
}
/** Whether the first row is a header: its first cell names a column (letters, no digits). */
function isHeaderRow({ cells, line }, collector) {
    const name = cells[0] ?? '';
    if (DIGIT.test(name) || !LETTER.test(name))
        return false;
    if (!HEADER_NAMES.has(name.toLowerCase().replace(/[^a-z]/g, ''))) {
        collector.diagnostics.report(`This first row looks like a header, but its first column, ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteUntrusted */ .X0)(name)}, is not an account ID column; ` +
            'name it AccountId, or remove the row.', { line });
    }
    return true;
}
function collectRow({ cells, line }, collector) {
    // Spreadsheets pad rows with empty cells up to the widest row; only cells with content count.
    const lastFilled = cells.findLastIndex((cell) => cell !== '');
    const [accountId = '', email = ''] = cells;
    if (lastFilled > 1) {
        collector.diagnostics.report(`This row has ${lastFilled + 1} columns; expected the account ID and, optionally, the email. Remove the extra columns.`, { line });
    }
    collector.add({ accountId, at: { line }, ...(email === '' ? {} : { email }) });
}
function csvErrorMessage(error) {
    switch (error.code) {
        case 'CSV_QUOTE_NOT_CLOSED':
            return `Invalid CSV: the quote opened on this line is never closed; ${QUOTE_ADVICE}. Lines after it were not read.`;
        // The second is the same mistake with spaces between the quote and the text: `"012345678901" x`.
        case 'CSV_INVALID_CLOSING_QUOTE':
        case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
            return `Invalid CSV: text follows a closing quote; ${QUOTE_ADVICE}. Lines after this one were not read.`;
        case 'INVALID_OPENING_QUOTE':
            return `Invalid CSV: a " appears inside an unquoted value; quote the whole value, and write a " inside it as "". Lines after this one were not read.`;
        default:
            return `Invalid CSV (${error.code}); fix this line. Lines after it were not read.`;
    }
}
/** csv-parse counts an unclosed quote at the end of the file; point at the row that opens it instead. */
function csvErrorLine(error, text, afterLine) {
    if (error.code !== 'CSV_QUOTE_NOT_CLOSED' && typeof error.lines === 'number')
        return error.lines;
    const lines = text.split('\n');
    const next = lines.findIndex((content, index) => index >= afterLine && content.trim() !== '');
    return next === -1 ? Math.max(1, lines.length) : next + 1;
}


/***/ })

};

//# sourceMappingURL=651.index.js.map