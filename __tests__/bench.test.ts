import { describe, expect, it } from 'vitest';
import { benchCases, DEFAULT_ENABLED_REGIONS, lowerBound, minimumCallsPerRegion } from '../scripts/bench/cases.js';

// 25 ms latency, 10 requests/s with a burst of 30 per operation, two credential round trips.
describe('the benchmark lower bound', () => {
  it("for pipelined batches is the slowest operation's pace plus the round trips of the chain, not the sum of the paces", () => {
    // 10,000 organization accounts: 200 CreateMembers and 200 GetMembers per Region, no invitation.
    const bound = lowerBound({ existing: 0, create: 10_000, invite: 0 });
    // 3 round trips (credentials, DescribeHub) + 1 empty ListMembers page + (200 - 30) / 10 s + 2 round trips of the chain.
    expect(bound.ms).toBe(3 * 25 + 25 + 17_000 + 2 * 25);
  });

  it('counts every stage of the chain while the batches fit in the burst', () => {
    // 800 new invitation accounts, 200 members already: 16 batches of each write, 4 ListMembers pages.
    expect(lowerBound({ existing: 200, create: 800, invite: 800 }).ms).toBe(3 * 25 + 4 * 25 + 3 * 25);
  });

  it('paces ListMembers pages beyond the burst too', () => {
    // 10,000 members already: 200 pages, one after another, the last 170 at 10/s.
    expect(lowerBound({ existing: 10_000, create: 0, invite: 0 }).ms).toBe(3 * 25 + 17_000 + 25);
  });

  it("takes the invitations' own pace when there are more of them than of creations", () => {
    // 5,000 members already Created, to invite: 100 ListMembers pages, then 100 InviteMembers, each paced.
    expect(lowerBound({ existing: 5_000, create: 0, invite: 5_000 }).ms).toBe(3 * 25 + (7_000 + 25) + (7_000 + 25));
  });
});

describe('the benchmark cases', () => {
  const cases = benchCases({ fullBaseline: false });

  it('include 10,000 organization accounts in the 17 Regions enabled by default', () => {
    const large = cases.find((benchCase) => benchCase.id === 'organization-10000x17');
    expect(large?.accounts).toHaveLength(10_000);
    expect(large?.regions).toEqual(DEFAULT_ENABLED_REGIONS);
    expect(new Set(DEFAULT_ENABLED_REGIONS).size).toBe(17);
    expect(minimumCallsPerRegion(large!.work)).toEqual({
      DescribeHub: 1,
      ListMembers: 1,
      CreateMembers: 200,
      GetMembers: 200,
      InviteMembers: 0,
    });
  });
});
