// The per-account sequential baseline, as AWS's sample scripts onboard members: Region after
// Region, one CreateMembers and then one InviteMembers call per account, each awaited before the
// next. It uses the real SDK against the emulator, with the action's retry budget (8 attempts).
import { CreateMembersCommand, InviteMembersCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import type { Emulator } from '../../emulator/server.js';
import type { BenchAccount } from './cases.js';

export interface BaselineRun {
  durationMs: number;
  /** Calls that failed after the SDK's retries; a sample script logs them and goes on. */
  failedCalls: number;
}

/** Organization accounts are created only: they are enabled without an invitation (docs/aws-behaviour.md#organization-members). */
export async function runSequentialBaseline(
  emulator: Emulator,
  regions: readonly string[],
  accounts: readonly BenchAccount[],
): Promise<BaselineRun> {
  const credentials = { accessKeyId: emulator.env.AWS_ACCESS_KEY_ID!, secretAccessKey: emulator.env.AWS_SECRET_ACCESS_KEY! };
  let failedCalls = 0;
  const attempt = async (send: () => Promise<unknown>) => {
    try {
      await send();
    } catch {
      failedCalls += 1;
    }
  };
  const started = performance.now();
  for (const region of regions) {
    const client = new SecurityHubClient({ region, endpoint: emulator.url, credentials, maxAttempts: 8 });
    for (const { accountId, email, invitation } of accounts) {
      await attempt(() =>
        client.send(new CreateMembersCommand({ AccountDetails: [{ AccountId: accountId, ...(email && { Email: email }) }] })),
      );
      if (invitation) await attempt(() => client.send(new InviteMembersCommand({ AccountIds: [accountId] })));
    }
    client.destroy();
  }
  return { durationMs: performance.now() - started, failedCalls };
}
