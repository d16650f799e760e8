import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  escapeUntrusted,
  quoteUntrusted
} from "./chunk-THHGXHTG.js";

// src/accounts/formats/tree.ts
function describeNode(node) {
  switch (node.kind) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return node.source;
    case "null":
      return "an empty value";
    case "list":
      return "a list";
    case "map":
      return "an object";
  }
}
var MAX_NESTING = 32;

// src/accounts/formats/tree-accounts.ts
var KEY_SUGGESTIONS = {
  accountid: "accountId",
  awsaccountid: "accountId",
  account: "accountId",
  id: "accountId",
  email: "email",
  emailaddress: "email",
  mail: "email",
  accounts: "accounts"
};
function collectTreeAccounts(root, collector) {
  if (root.kind === "null") return;
  const list = findAccountsList(root, collector);
  for (const item of list?.items ?? []) collectEntry(item, collector);
}
function findAccountsList(root, collector) {
  if (root.kind === "list") return root;
  if (root.kind !== "map") {
    collector.diagnostics.report(
      `Expected a list of accounts, or an object with an "accounts" list; found ${describeNode(root)}.`,
      root.at
    );
    return void 0;
  }
  const entries = keyedEntries(root, ["accounts"], collector);
  const accounts = entries.get("accounts");
  if (accounts === void 0) {
    collector.diagnostics.report(
      'The object has no "accounts" key: put the accounts in a list under "accounts", or make the whole file a list.',
      root.at
    );
    return void 0;
  }
  if (accounts.kind === "list") return accounts;
  if (accounts.kind !== "null") {
    collector.diagnostics.report(`"accounts" must be a list of accounts; found ${describeNode(accounts)}.`, accounts.at);
  }
  return void 0;
}
function collectEntry(entry, collector) {
  if (entry.kind === "string") {
    collector.add({ accountId: entry.value, at: entry.at });
  } else if (entry.kind === "map") {
    collectObjectEntry(entry, collector);
  } else if (entry.kind === "number") {
    collector.diagnostics.report(numberAsAccountIdMessage(entry.source), entry.at);
  } else {
    collector.diagnostics.report(`Expected an account ID string or an object with "accountId"; found ${describeNode(entry)}.`, entry.at);
  }
}
function collectObjectEntry(entry, collector) {
  const fields = keyedEntries(entry, ["accountId", "email"], collector);
  const accountId = fields.get("accountId");
  const email = fields.get("email");
  if (accountId === void 0) {
    collector.diagnostics.report(
      'This entry has no "accountId": give each account object an "accountId" and, optionally, an "email".',
      entry.at
    );
    return;
  }
  if (accountId.kind !== "string") {
    const message = accountId.kind === "number" ? numberAsAccountIdMessage(accountId.source) : `"accountId" must be an account ID string; found ${describeNode(accountId)}.`;
    collector.diagnostics.report(message, accountId.at);
    return;
  }
  if (email === void 0 || email.kind === "null" || email.kind === "string" && email.value === "") {
    collector.add({ accountId: accountId.value, at: accountId.at });
  } else if (email.kind === "string") {
    collector.add({ accountId: accountId.value, at: accountId.at, email: email.value, emailAt: email.at });
  } else {
    collector.diagnostics.report(`"email" must be a string; found ${describeNode(email)}.`, email.at);
    collector.add({ accountId: accountId.value, at: accountId.at });
  }
}
function keyedEntries(map, allowed, collector) {
  const values = /* @__PURE__ */ new Map();
  for (const entry of map.entries) {
    if (!allowed.includes(entry.key)) {
      collector.diagnostics.report(unknownKeyMessage(entry, allowed), entry.keyAt);
    } else if (values.has(entry.key)) {
      collector.diagnostics.report(`The key "${entry.key}" appears twice in the same object; keep one.`, entry.keyAt);
    } else {
      values.set(entry.key, entry.value);
    }
  }
  return values;
}
function unknownKeyMessage(entry, allowed) {
  const suggestion = KEY_SUGGESTIONS[entry.key.toLowerCase().replace(/[^a-z]/g, "")];
  const hint = suggestion !== void 0 && allowed.includes(suggestion) ? ` (did you mean "${suggestion}"?)` : "";
  const names = allowed.map((key) => `"${key}"`).join(" and ");
  return `Unknown key ${quoteUntrusted(entry.key)}${hint}; the allowed key${allowed.length === 1 ? " is" : "s are"} ${names}.`;
}
function numberAsAccountIdMessage(source) {
  const quoted = /^[0-9]{1,20}$/.test(source) ? ` ("${source}")` : "";
  return `Account ID ${escapeUntrusted(source)} is a JSON number: write it as a string in double quotes${quoted}, because a number loses leading zeros.`;
}

export {
  MAX_NESTING,
  collectTreeAccounts
};
//# sourceMappingURL=chunk-WLMIKMK6.js.map
