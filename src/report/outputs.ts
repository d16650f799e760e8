import * as core from '@actions/core';
import type { AccountOutcome, RegionOutcome } from '../apply.js';
import type { Mode, UnprocessedAccount } from '../model.js';
import { Output } from '../names.js';

export interface RegionAccount {
  accountId: string;
  region: string;
}

export interface AccountWithStatus extends RegionAccount {
  memberStatus: string;
}

/** One Region of the `plan` output: each account with its status and the action planned or taken. */
export interface RegionPlanOutput {
  region: string;
  failed: boolean;
  accounts: { accountId: string; memberStatus: string; listed: boolean; action: string; result: string }[];
}

/** The step's outputs, derived from what happened in every Region. */
export interface RunOutputs {
  mode: Mode;
  unprocessed: UnprocessedAccount[];
  created: RegionAccount[];
  invited: RegionAccount[];
  reinvited: RegionAccount[];
  removed: AccountWithStatus[];
  skipped: AccountWithStatus[];
  drift: AccountWithStatus[];
  accepted: RegionAccount[];
  plan: RegionPlanOutput[];
}

export function collectOutputs(mode: Mode, regions: readonly RegionOutcome[]): RunOutputs {
  const outputs = emptyOutputs(mode);
  for (const { region, accounts, failure } of regions) {
    outputs.plan.push({ region, failed: failure !== undefined, accounts: accounts.map((account) => planEntry(account, mode)) });
    for (const account of accounts) {
      const { accountId } = account;
      const withStatus = { accountId, region, memberStatus: memberStatus(account) };
      if (account.unprocessed) outputs.unprocessed.push({ accountId, region, ...account.unprocessed });
      if (account.created) outputs.created.push({ accountId, region });
      if (account.invited) outputs.invited.push({ accountId, region });
      if (account.reinvited) outputs.reinvited.push({ accountId, region });
      if (account.removed) outputs.removed.push(withStatus);
      if (account.accepted) outputs.accepted.push({ accountId, region });
      if (!account.listed) outputs.drift.push(withStatus);
      else if (account.action === 'skip' && !account.unprocessed) outputs.skipped.push(withStatus);
    }
  }
  return outputs;
}

export function emptyOutputs(mode: Mode): RunOutputs {
  return { mode, unprocessed: [], created: [], invited: [], reinvited: [], removed: [], skipped: [], drift: [], accepted: [], plan: [] };
}

export function writeOutputs(outputs: RunOutputs): void {
  core.setOutput(Output.unprocessedAccounts, JSON.stringify(outputs.unprocessed));
  core.setOutput(Output.unprocessedCount, String(outputs.unprocessed.length));
  core.setOutput(Output.createdAccounts, JSON.stringify(outputs.created));
  core.setOutput(Output.invitedAccounts, JSON.stringify(outputs.invited));
  core.setOutput(Output.reinvitedAccounts, JSON.stringify(outputs.reinvited));
  core.setOutput(Output.removedAccounts, JSON.stringify(outputs.removed));
  core.setOutput(Output.skippedAccounts, JSON.stringify(outputs.skipped));
  core.setOutput(Output.driftAccounts, JSON.stringify(outputs.drift));
  core.setOutput(Output.acceptedAccounts, JSON.stringify(outputs.accepted));
  core.setOutput(Output.plan, JSON.stringify(outputs.plan));
  core.setOutput(Output.mode, outputs.mode);
}

/** The status before the run, as the user knows it (`None` for accounts that were not members). */
function memberStatus(account: AccountOutcome): string {
  return account.before === 'Unknown' ? account.rawStatus || 'Unknown' : account.before;
}

function planEntry(account: AccountOutcome, mode: Mode) {
  return {
    accountId: account.accountId,
    memberStatus: memberStatus(account),
    listed: account.listed,
    action: account.action,
    result: account.unprocessed ? 'unprocessed' : mode === 'plan' ? 'planned' : account.action === 'skip' ? 'unchanged' : 'done',
  };
}
