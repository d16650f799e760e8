// The member side: a role assumed in each member account, and the calls that finish onboarding
// there (enable Security Hub CSPM, accept our administrator's invitation).
import {
  AcceptAdministratorInvitationCommand,
  EnableSecurityHubCommand,
  ListInvitationsCommand,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { LIST_INVITATIONS_PAGES, readAllPages } from '../page-guard.js';
import { createClient } from './clients.js';
import type { CallStats } from './call-stats.js';
import { fromSts, inFirstEnabledRegion, maskCredentials, type AwsCredentials } from './credentials.js';
import { HubNotEnabledError, toAwsCallError, wrapErrors } from './errors.js';
import { MAX_BATCH, describeHub } from './security-hub.js';

/** An invitation a member account has received: `administratorId` is the account that sent it. */
export interface Invitation {
  administratorId: string;
  invitationId: string;
  invitedAt?: Date;
}

export interface MemberGateway {
  readonly accountId: string;
  readonly region: string;
  /** Enables Security Hub CSPM unless it is enabled; says which it was. Never turns on default standards unless asked. */
  ensureHubEnabled(enableDefaultStandards: boolean): Promise<'enabled' | 'already-enabled'>;
  listInvitations(): Promise<Invitation[]>;
  acceptInvitation(administratorId: string, invitationId: string): Promise<void>;
}

export interface MemberRole {
  roleArn: string;
  externalId?: string;
  sessionName: string;
}

/**
 * Role chaining: the administrator's session assumes the member's role with STS AssumeRole. IAM
 * roles are global, so one session serves every Region of the account; STS is asked in the first of
 * `stsRegions` that is enabled for the administrator account (docs/aws-behaviour.md#opt-in-regions).
 */
export async function assumeMemberRole(
  administrator: AwsCredentials,
  role: MemberRole,
  stsRegions: readonly string[],
): Promise<AwsCredentials> {
  return inFirstEnabledRegion(stsRegions, async (region) => {
    const sts = createClient(STSClient, { region, credentials: administrator, maxAttempts: 5 });
    try {
      const output = await sts.send(
        new AssumeRoleCommand({
          RoleArn: role.roleArn,
          RoleSessionName: role.sessionName,
          ...(role.externalId ? { ExternalId: role.externalId } : {}),
          DurationSeconds: 900,
        }),
      );
      const credentials = fromSts(output.Credentials);
      maskCredentials(credentials);
      return credentials;
    } catch (error) {
      throw toAwsCallError('AssumeRole', region, error);
    }
  });
}

export function createMemberGateway(accountId: string, region: string, credentials: AwsCredentials, stats: CallStats): MemberGateway {
  // Each member account has its own quota per Region (docs/aws-behaviour.md#rate-limits), so its own buckets.
  const client = createClient(SecurityHubClient, { region, credentials, metering: { ratePerSecond: 10, burst: 25, stats } });

  const call = <T>(operation: string, send: () => Promise<T>) => wrapErrors(operation, region, send);

  return {
    accountId,
    region,

    async ensureHubEnabled(enableDefaultStandards) {
      try {
        await describeHub(client, region);
        return 'already-enabled';
      } catch (error) {
        if (!(error instanceof HubNotEnabledError)) throw error;
      }
      try {
        // EnableDefaultStandards defaults to true in the API: always say it, so no standard (and no
        // AWS Config change) is switched on unless the user asked for it.
        await client.send(new EnableSecurityHubCommand({ EnableDefaultStandards: enableDefaultStandards }));
        return 'enabled';
      } catch (error) {
        const wrapped = toAwsCallError('EnableSecurityHub', region, error);
        // ResourceConflictException: "Account is already subscribed to Security Hub" (docs/aws-behaviour.md#hub-not-enabled).
        if (wrapped.errorName === 'ResourceConflictException') return 'already-enabled';
        throw wrapped;
      }
    },

    listInvitations() {
      // Paged by hand: the SDK's paginator follows a repeated or endless NextToken forever.
      return call('ListInvitations', () =>
        readAllPages(LIST_INVITATIONS_PAGES, async (token): Promise<{ items: Invitation[]; nextToken?: string }> => {
          const page = await client.send(new ListInvitationsCommand({ MaxResults: MAX_BATCH, NextToken: token }));
          const items = (page.Invitations ?? []).flatMap((invitation) =>
            invitation.AccountId && invitation.InvitationId
              ? [
                  {
                    administratorId: invitation.AccountId,
                    invitationId: invitation.InvitationId,
                    ...(invitation.InvitedAt ? { invitedAt: new Date(invitation.InvitedAt) } : {}),
                  },
                ]
              : [],
          );
          return { items, ...(page.NextToken !== undefined ? { nextToken: page.NextToken } : {}) };
        }),
      );
    },

    async acceptInvitation(administratorId, invitationId) {
      await call('AcceptAdministratorInvitation', () =>
        client.send(new AcceptAdministratorInvitationCommand({ AdministratorId: administratorId, InvitationId: invitationId })),
      );
    },
  };
}
