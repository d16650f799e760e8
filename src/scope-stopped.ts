// What stops a run while its scope is worked out (the Regions, the organization's accounts, their
// count), before any write. Apart from the modules that throw it, which load the AWS SDK, so that
// report/ending.ts can tell it apart on a run that never loaded the SDK.

/** The scope could not be worked out: the run stops before any write, with what to do. */
export class ScopeStopped extends Error {}
