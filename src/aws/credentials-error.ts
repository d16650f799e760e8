// The credentials failure, apart from the SDK: main.ts tells it apart before the SDK is loaded.

/**
 * A failure to obtain credentials, with the fix in its message. `missing` means the job has none
 * to offer (no OIDC token, no credentials in the environment); `refused` means AWS said no.
 */
export class CredentialsError extends Error {
  override name = 'CredentialsError';
  constructor(
    message: string,
    readonly kind: 'missing' | 'refused' = 'refused',
    /** The AWS error behind a refusal, to tell a Region not enabled from a real refusal. */
    readonly awsError?: unknown,
  ) {
    super(message);
  }
}
