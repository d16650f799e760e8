import * as core from '@actions/core';
import { loadAccounts } from './accounts/index.js';
import { checkExportPath } from './accounts/write-file.js';
import { sumStats, type CallStats } from './aws/call-stats.js';
import type { AdministratorSession } from './aws/credentials.js';
import { CredentialsError } from './aws/errors.js';
import { askForJobOidcToken } from './aws/oidc-token.js';
import type { Account } from './model.js';
import { partitionAdministrator } from './plan.js';
import { publish, type RunEnding } from './report/ending.js';
import { logMode, logSession, logStart, warnAdministratorListed } from './report/run-log.js';
import { registerEnvironmentSecrets, registerSecret } from './secrets.js';
import { homeRegion, readSettings, type Settings } from './settings.js';

/** The whole run: read the settings and the accounts, then per Region look, decide and do (onboard), then tell. */
export async function run(): Promise<void> {
  registerEnvironmentSecrets(process.env);
  await publish(await onboarding());
}

async function onboarding(): Promise<RunEnding> {
  let settings: Settings | undefined;
  try {
    settings = readSettings((name) => core.getInput(name), process.env);
    registerSecret(settings.pullRequest.githubToken);
    logMode(settings);
    // Checked before any AWS call, so a path that cannot be written fails the run before anything is done.
    const exportPath = settings.exportFile ? await checkExportPath(settings.accounts.workspace, settings.exportFile) : undefined;
    const { accounts, diagnostics } = await loadAccounts({
      ...settings.accounts,
      moreSourcesFollow: settings.organizationAccounts !== undefined,
      allowEmpty: exportPath !== undefined,
    });
    if (diagnostics.length > 0) return { kind: 'invalid-accounts', settings, diagnostics };
    logStart(settings, accounts.length);

    // The AWS SDK is loaded only now that the inputs and the accounts are known to be good. The
    // OIDC token is asked for first, and the SDK loaded once the request has left, so that GitHub
    // answers while the SDK is parsed; the Security Hub part loads while the credentials are on
    // their way. A failure of either is told where it is awaited.
    const { roleToAssume, audience } = settings.credentials;
    const oidc = roleToAssume ? askForJobOidcToken(audience, roleToAssume) : undefined;
    await oidc?.sent;
    const loading = import('./aws-side.js');
    loading.catch(() => undefined);
    const session = await openSessionOrSkipPlan(settings, oidc?.token);
    if ('skipped' in session) return { kind: 'not-compared', settings, accounts, reason: session.skipped, exportPath };
    logSession(session.arn, session.accountId);
    const { resolveScope, onboard } = await loading;
    // The Regions and the organization's accounts, and the checks before any write (src/scope.ts).
    const scopeStats: CallStats = { calls: {}, throttled: 0 };
    const scope = await resolveScope(settings, session, withoutAdministrator(accounts, session.accountId), scopeStats);
    const onboarded = await onboard(scope.settings, session, scope.desired, scope.onboard);
    const onboarding = { ...onboarded, stats: sumStats(onboarded.stats, scopeStats) };
    return { kind: 'onboarded', settings, administratorId: session.accountId, scope: scope.report, onboarding, exportPath };
  } catch (error) {
    return { kind: 'failed', mode: settings?.mode ?? 'apply', error };
  }
}

/** Plan mode needs no credentials to be useful: a fork's pull request still gets its file checked. */
async function openSessionOrSkipPlan(
  settings: Settings,
  oidcToken: Promise<string> | undefined,
): Promise<AdministratorSession | { skipped: string }> {
  try {
    const { openAdministratorSession } = await import('./aws/credentials.js');
    // With a keyword the Regions are not known yet: STS is asked in the job's Region (after the partition's own).
    return await openAdministratorSession({
      ...settings.credentials,
      regions: settings.regionsFrom ? [homeRegion(settings)] : settings.regions,
      ...(oidcToken && { oidcToken }),
    });
  } catch (error) {
    if (settings.mode === 'plan' && error instanceof CredentialsError && error.kind === 'missing') return { skipped: error.message };
    throw error;
  }
}

function withoutAdministrator(accounts: Account[], administratorId: string): Account[] {
  const { members, administrator } = partitionAdministrator(accounts, administratorId);
  if (administrator) warnAdministratorListed(administrator);
  return members;
}
