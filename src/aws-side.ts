// What main.ts loads once the inputs and the accounts are good: the scope (Regions, organization
// accounts, checks) and the onboarding, and with them the AWS SDK. Kept out of the start-up path
// so that a run refused on its inputs never loads the SDK (issue 16).
export { onboard } from './onboard.js';
export { resolveScope } from './scope.js';
