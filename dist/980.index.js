export const id = 980;
export const ids = [980];
export const modules = {

/***/ 5980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createEc2Gateway: () => (/* binding */ createEc2Gateway)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5193);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8652);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
// Amazon EC2, one call: the Regions enabled for the account, where Account Management is denied
// or not offered (GovCloud). Loaded only when needed: the EC2 client is the largest of the SDK.



function createEc2Gateway(region, credentials, stats) {
    const client = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createClient */ .U)(_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__/* .EC2Client */ .gu5, { region, credentials, maxAttempts: 4, metering: { ratePerSecond: 5, burst: 5, stats } });
    return {
        describeEnabledRegions: () => (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .wrapErrors */ .Gd)('DescribeRegions', region, async () => {
            const output = await client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeRegionsCommand */ .cAn({ AllRegions: false }));
            return (output.Regions ?? [])
                .filter((entry) => entry.OptInStatus !== 'not-opted-in')
                .flatMap((entry) => (entry.RegionName ? [entry.RegionName] : []));
        }),
    };
}


/***/ })

};

//# sourceMappingURL=980.index.js.map