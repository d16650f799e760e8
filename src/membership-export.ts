// export-file: the live membership as an accounts file, so a team can adopt what is there
// before it turns remove-absent on. Pure: the caller reads the members and writes the file.
import { emailProblem, isAccountId } from './accounts/validation.js';
import { formatNameOf } from './accounts/formats/by-extension.js';
import { serializeAccounts, type ExportedAccount } from './accounts/serialize.js';
import type { Member } from './model.js';

export interface RegionMembers {
  region: string;
  members: readonly Member[];
}

export interface MembershipExport {
  content: string;
  /** Accounts written. */
  count: number;
  /** What was left out or chosen, for warnings. Untrusted parts are the caller's to escape. */
  notes: string[];
}

// A cell that starts with one of these is a formula to a spreadsheet (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Every member in any Region (`Deleted` ones are no longer members), once, with the first email
 * AWS gives for it in the Regions' order. What the accounts file reader would refuse is left out
 * with a note, so the file is always readable as accounts-file: IDs that are not 12 digits, emails
 * the reader would refuse (and, in CSV, emails a spreadsheet would run as a formula).
 */
export function exportMembership(regions: readonly RegionMembers[], administratorId: string, displayPath: string): MembershipExport {
  const csv = formatNameOf(displayPath) === 'CSV';
  const byId = new Map<string, { email?: string; statuses: Map<string, string[]> }>();
  const notes: string[] = [];
  for (const { region, members } of regions) {
    for (const member of members) {
      if (member.status === 'Deleted') continue;
      if (!isAccountId(member.accountId)) {
        notes.push(
          `A member in ${region} has the AccountId ${JSON.stringify(member.accountId)}, which is not 12 digits; it is not exported.`,
        );
        continue;
      }
      const entry = byId.get(member.accountId) ?? { statuses: new Map<string, string[]>() };
      byId.set(member.accountId, entry);
      entry.statuses.set(member.status, [...(entry.statuses.get(member.status) ?? []), region]);
      const email = member.email;
      if (email === undefined || email === '' || email === entry.email) continue;
      if (emailProblem(email) !== undefined || (csv && FORMULA_START.test(email))) {
        notes.push(`The email AWS gives for ${member.accountId} in ${region} would not be read back as an email; it is left out.`);
      } else if (entry.email === undefined) {
        entry.email = email;
      } else {
        notes.push(`${member.accountId} has another email in ${region} than in an earlier Region; the first one is exported.`);
      }
    }
  }
  const accounts: ExportedAccount[] = [...byId].map(([accountId, { email, statuses }]) => ({
    accountId,
    ...(email ? { email } : {}),
    note: [...statuses].map(([status, where]) => `${status} (${where.join(', ')})`).join('; '),
  }));
  const header = [
    `Security Hub CSPM members of administrator account ${administratorId}, exported by securityhub-onboard`,
    `from ${regions.map((region) => region.region).join(', ')} as read before the run changed anything: ${accounts.length} account(s).`,
    'Every member is listed, whatever its status, so remove-absent with this list removes nothing.',
    'The comment after each account is its member status. Review the list, then use it as accounts-file.',
  ];
  return { content: serializeAccounts(accounts, displayPath, header), count: accounts.length, notes };
}
