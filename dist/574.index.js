export const id = 574;
export const ids = [574];
export const modules = {

/***/ 4574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOrganizationsGateway: () => (/* binding */ createOrganizationsGateway)
/* harmony export */ });
/* unused harmony export ORGANIZATIONS_RATE */
/* harmony import */ var _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2503);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(370);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8652);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _page_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3032);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2495);
// AWS Organizations, read-only: the calls the Security Hub CSPM delegated administrator may make to
// list its organization (docs/aws-behaviour.md#listing-the-organization). Organizations documents no rate, refuses concurrent requests ("another
// request is already in progress") and throttles with 400 TooManyRequestsException, so every call
// goes one at a time, a few per second, with the action's bounded retries.






/** The client-side pace: Organizations documents none; few requests a second, one at a time. */
const ORGANIZATIONS_RATE = { ratePerSecond: 5, burst: 5 };
/** List pages hold at most 20 entries (the model's MaxResults). */
const PAGE_SIZE = 20;
/** 10,000 accounts are 500 full pages; Organizations may answer short or empty pages, hence the room. */
const pagesOf = (list) => ({
    list,
    maxPages: 2_000,
    basis: 'an organization holds at most 10,000 accounts, 500 pages of 20, and Organizations may answer short or empty pages',
});
function createOrganizationsGateway(region, credentials, stats) {
    const client = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createClient */ .U)(_aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .OrganizationsClient */ .gnq, {
        region,
        credentials,
        maxAttempts: _retry_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_ATTEMPTS */ .m.throttling,
        metering: { ...ORGANIZATIONS_RATE, stats },
    });
    const oneAtATime = (0,p_limit__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A)(1);
    const call = (operation, send) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .wrapErrors */ .Gd)(operation, region, send);
    const accounts = (operation, send) => call(operation, () => (0,_page_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .readAllPages */ .s$)(pagesOf(operation), async (token) => {
        const output = await oneAtATime(() => send(token));
        return { items: (output.Accounts ?? []).flatMap(toAccount), ...(output.NextToken && { nextToken: output.NextToken }) };
    }));
    const page = (token) => ({ MaxResults: PAGE_SIZE, ...(token && { NextToken: token }) });
    return {
        listAccounts: () => accounts('ListAccounts', (token) => client.send(new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .ListAccountsCommand */ .Q0l(page(token)))),
        listAccountsForParent: (parentId) => accounts('ListAccountsForParent', (token) => client.send(new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .ListAccountsForParentCommand */ .Jgz({ ParentId: parentId, ...page(token) }))),
        listChildUnits: (parentId) => call('ListChildren', () => (0,_page_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .readAllPages */ .s$)(pagesOf('ListChildren'), async (token) => {
            const output = await oneAtATime(() => client.send(new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .ListChildrenCommand */ .tVD({ ParentId: parentId, ChildType: 'ORGANIZATIONAL_UNIT', ...page(token) })));
            return {
                items: (output.Children ?? []).flatMap((child) => (child.Id ? [child.Id] : [])),
                ...(output.NextToken && { nextToken: output.NextToken }),
            };
        })),
        listRoots: () => call('ListRoots', () => (0,_page_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .readAllPages */ .s$)(pagesOf('ListRoots'), async (token) => {
            const output = await oneAtATime(() => client.send(new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .ListRootsCommand */ .Hkb(page(token))));
            return {
                items: (output.Roots ?? []).flatMap((root) => (root.Id ? [root.Id] : [])),
                ...(output.NextToken && { nextToken: output.NextToken }),
            };
        })),
        describeOrganization: () => call('DescribeOrganization', async () => {
            const { Organization: organization } = await oneAtATime(() => client.send(new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .DescribeOrganizationCommand */ .ov$({})));
            return {
                organizationId: organization?.Id ?? '',
                ...(organization?.MasterAccountId && { managementAccountId: organization.MasterAccountId }),
            };
        }),
    };
}
function toAccount(account) {
    if (!account.Id)
        return [];
    return [
        {
            accountId: account.Id,
            // `Status` retires on 9 September 2026; `State` replaces it and adds CLOSED and PENDING_ACTIVATION.
            state: account.State ?? account.Status ?? '',
            ...(account.Email && { email: account.Email }),
            ...(account.Name && { name: account.Name }),
            ...(account.Paths && { paths: account.Paths }),
        },
    ];
}


/***/ })

};

//# sourceMappingURL=574.index.js.map