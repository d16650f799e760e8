// A member status in a summary cell: the documented ones as words, anything else AWS sent as code.
import { MEMBER_STATUSES, type MemberStatus } from '../model.js';
import { htmlCode } from '../untrusted-text.js';

const DOCUMENTED = new Set<string>(MEMBER_STATUSES);

/** `before` as normalised; `rawStatus` as AWS sent it, a free string (shown only when not documented). */
export function statusCell({ before, rawStatus }: { before: MemberStatus | 'None'; rawStatus?: string }): string {
  if (before !== 'Unknown') return before;
  if (rawStatus && DOCUMENTED.has(rawStatus)) return rawStatus;
  return rawStatus ? htmlCode(rawStatus) : 'Unknown';
}
