// The AWS calls a run made, counted by operation, and how many were throttled. Apart from
// clients.ts, which counts them, so that what reads the counts (main.ts, report/) loads no SDK code.

export interface CallStats {
  calls: Record<string, number>;
  throttled: number;
}

/** The counts of two sets of clients together. */
export function sumStats(first: CallStats, second: CallStats): CallStats {
  const calls = { ...second.calls };
  for (const [operation, count] of Object.entries(first.calls)) calls[operation] = (calls[operation] ?? 0) + count;
  return { calls, throttled: first.throttled + second.throttled };
}
