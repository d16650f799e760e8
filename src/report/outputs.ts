import * as core from '@actions/core';
import type { RegionOutcome } from '../apply.js';
import type { Mode, UnprocessedAccount } from '../model.js';
import { Output } from '../names.js';

export interface RegionAccount {
  accountId: string;
  region: string;
}

export interface SkippedAccount extends RegionAccount {
  memberStatus: string;
}

/** The step's outputs, derived from what happened in every Region. */
export interface RunOutputs {
  mode: Mode;
  unprocessed: UnprocessedAccount[];
  created: RegionAccount[];
  invited: RegionAccount[];
  skipped: SkippedAccount[];
}

export function collectOutputs(mode: Mode, regions: readonly RegionOutcome[]): RunOutputs {
  const outputs: RunOutputs = { mode, unprocessed: [], created: [], invited: [], skipped: [] };
  for (const { region, accounts } of regions) {
    for (const account of accounts) {
      const { accountId } = account;
      if (account.unprocessed) outputs.unprocessed.push({ accountId, region, ...account.unprocessed });
      if (account.created) outputs.created.push({ accountId, region });
      if (account.invited) outputs.invited.push({ accountId, region });
      if (account.action === 'skip' && !account.unprocessed) {
        const memberStatus = account.before === 'Unknown' ? (account.rawStatus || 'Unknown') : account.before;
        outputs.skipped.push({ accountId, region, memberStatus });
      }
    }
  }
  return outputs;
}

export function emptyOutputs(mode: Mode): RunOutputs {
  return { mode, unprocessed: [], created: [], invited: [], skipped: [] };
}

export function writeOutputs(outputs: RunOutputs): void {
  core.setOutput(Output.unprocessedAccounts, JSON.stringify(outputs.unprocessed));
  core.setOutput(Output.unprocessedCount, String(outputs.unprocessed.length));
  core.setOutput(Output.createdAccounts, JSON.stringify(outputs.created));
  core.setOutput(Output.invitedAccounts, JSON.stringify(outputs.invited));
  core.setOutput(Output.skippedAccounts, JSON.stringify(outputs.skipped));
  core.setOutput(Output.mode, outputs.mode);
}
