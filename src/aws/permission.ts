// A call that IAM (or the service's own rules) did not allow, whatever the service calls it.
import { AwsCallError } from './gateway.js';

/**
 * Security Hub, Account and Organizations answer AccessDeniedException, EC2 UnauthorizedOperation,
 * STS AccessDenied. Organizations also uses AccessDeniedException for a caller that is neither the
 * management account nor a delegated administrator (API reference of each List operation).
 */
const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation']);

export function isAccessDenied(error: unknown): boolean {
  if (error instanceof AwsCallError) return DENIED.has(error.errorName);
  return DENIED.has((error as { name?: string } | undefined)?.name ?? '');
}
