// Looking at a Region: is Security Hub CSPM on for the administrator there, and who are its members.
import type { AdministratorGateway } from '../aws/administrator-gateway.js';
import { HubNotEnabledError, errorText, isIamDenial, isRegionNotEnabled, regionNotEnabledMessage, toAwsCallError } from '../aws/errors.js';
import type { Account, FailedRegion, Member, RegionFailure } from '../model.js';

/** What a Region holds now, or why it could not be read. */
export type RegionView = { region: string; members: Member[] } | { region: string; failure: RegionFailure };

export async function lookAtRegion(gateway: AdministratorGateway, administratorId: string): Promise<RegionView> {
  const { region } = gateway;
  try {
    await gateway.describeHub();
    return { region, members: await gateway.listMembers() };
  } catch (error) {
    const failure = toAwsCallError('DescribeHub', region, error);
    const message =
      failure instanceof HubNotEnabledError
        ? `Security Hub CSPM is not enabled for the administrator account ${administratorId} in ${region} (DescribeHub: ${failure.errorName}). Enable it in that Region, or remove the Region from 'regions'.`
        : isRegionNotEnabled(failure)
          ? regionNotEnabledMessage(region, administratorId, failure)
          : failure.errorName === 'AccessDeniedException' && isIamDenial(failure)
            ? `${errorText(failure)}. The role needs securityhub:${failure.operation} (see examples/iam/ for the plan and apply policies).`
            : errorText(failure);
    const operation = failure.operation === 'ListMembers' ? 'ListMembers' : 'DescribeHub';
    return { region, failure: { operation, message, ...(failure instanceof HubNotEnabledError && { hubNotEnabled: true as const }) } };
  }
}

/** A Region that could not be looked at, with its listed accounts (the report names them with the reason). */
export function failedOutcome(region: string, failure: RegionFailure, desired: readonly Account[]): FailedRegion {
  return { region, failure, notLookedAt: desired };
}
