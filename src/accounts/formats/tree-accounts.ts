import type { AccountCollector } from '../collector.js';
import { describeNode, type TreeList, type TreeMap, type TreeMapEntry, type TreeNode } from './tree.js';
import { escapeUntrusted, quoteUntrusted } from '../../untrusted-text.js';

// Misspellings worth a "did you mean", keyed by the key lower-cased with non-letters removed.
const KEY_SUGGESTIONS: Readonly<Record<string, string>> = {
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
export function collectTreeAccounts(root: TreeNode, collector: AccountCollector): void {
  if (root.kind === 'null') return;
  const list = findAccountsList(root, collector);
  for (const item of list?.items ?? []) collectEntry(item, collector);
}

function findAccountsList(root: TreeNode, collector: AccountCollector): TreeList | undefined {
  if (root.kind === 'list') return root;
  if (root.kind !== 'map') {
    collector.diagnostics.report(
      `Expected a list of accounts, or an object with an "accounts" list; found ${describeNode(root)}.`,
      root.at,
    );
    return undefined;
  }
  const entries = keyedEntries(root, ['accounts'], collector);
  const accounts = entries.get('accounts');
  if (accounts === undefined) {
    collector.diagnostics.report(
      'The object has no "accounts" key: put the accounts in a list under "accounts", or make the whole file a list.',
      root.at,
    );
    return undefined;
  }
  if (accounts.kind === 'list') return accounts;
  if (accounts.kind !== 'null') {
    collector.diagnostics.report(`"accounts" must be a list of accounts; found ${describeNode(accounts)}.`, accounts.at);
  }
  return undefined;
}

function collectEntry(entry: TreeNode, collector: AccountCollector): void {
  if (entry.kind === 'string') {
    collector.add({ accountId: entry.value, at: entry.at });
  } else if (entry.kind === 'map') {
    collectObjectEntry(entry, collector);
  } else if (entry.kind === 'number') {
    collector.diagnostics.report(numberAsAccountIdMessage(entry.source), entry.at);
  } else {
    collector.diagnostics.report(`Expected an account ID string or an object with "accountId"; found ${describeNode(entry)}.`, entry.at);
  }
}

function collectObjectEntry(entry: TreeMap, collector: AccountCollector): void {
  const fields = keyedEntries(entry, ['accountId', 'email'], collector);
  const accountId = fields.get('accountId');
  const email = fields.get('email');
  if (accountId === undefined) {
    collector.diagnostics.report(
      'This entry has no "accountId": give each account object an "accountId" and, optionally, an "email".',
      entry.at,
    );
    return;
  }
  if (accountId.kind !== 'string') {
    const message =
      accountId.kind === 'number'
        ? numberAsAccountIdMessage(accountId.source)
        : `"accountId" must be an account ID string; found ${describeNode(accountId)}.`;
    collector.diagnostics.report(message, accountId.at);
    return;
  }
  // An empty email is what spreadsheet exports write for "none".
  if (email === undefined || email.kind === 'null' || (email.kind === 'string' && email.value === '')) {
    collector.add({ accountId: accountId.value, at: accountId.at });
  } else if (email.kind === 'string') {
    collector.add({ accountId: accountId.value, at: accountId.at, email: email.value, emailAt: email.at });
  } else {
    collector.diagnostics.report(`"email" must be a string; found ${describeNode(email)}.`, email.at);
    collector.add({ accountId: accountId.value, at: accountId.at });
  }
}

/** The values of the allowed keys; every other key, and every repeated key, is reported. */
function keyedEntries(map: TreeMap, allowed: readonly string[], collector: AccountCollector): Map<string, TreeNode> {
  const values = new Map<string, TreeNode>();
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

function unknownKeyMessage(entry: TreeMapEntry, allowed: readonly string[]): string {
  const suggestion = KEY_SUGGESTIONS[entry.key.toLowerCase().replace(/[^a-z]/g, '')];
  const hint = suggestion !== undefined && allowed.includes(suggestion) ? ` (did you mean "${suggestion}"?)` : '';
  const names = allowed.map((key) => `"${key}"`).join(' and ');
  return `Unknown key ${quoteUntrusted(entry.key)}${hint}; the allowed key${allowed.length === 1 ? ' is' : 's are'} ${names}.`;
}

function numberAsAccountIdMessage(source: string): string {
  const quoted = /^[0-9]{1,20}$/.test(source) ? ` ("${source}")` : '';
  return `Account ID ${escapeUntrusted(source)} is a JSON number: write it as a string in double quotes${quoted}, because a number loses leading zeros.`;
}
