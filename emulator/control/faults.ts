// Injected faults: the first scenario fault that matches a call and still has failures to give
// decides how the call fails. Counters live here so that `reset()` can start them over.
import type { Fault } from '../scenario.js';

export class FaultInjector {
  /** Matching calls seen and failures given, per fault. */
  private readonly seen: number[];
  private readonly failed: number[];

  constructor(
    private readonly faults: Fault[],
    private readonly random: () => number = Math.random,
  ) {
    this.seen = faults.map(() => 0);
    this.failed = faults.map(() => 0);
  }

  /** The fault to apply to this call, if any. Every matching fault counts the call as seen. */
  pick(operation: string, region: string | undefined): Fault | undefined {
    let chosen: Fault | undefined;
    this.faults.forEach((fault, index) => {
      if (!matches(fault, operation, region)) return;
      const seen = ++this.seen[index]!;
      if (chosen || seen <= (fault.skip ?? 0)) return;
      if (fault.times !== undefined && this.failed[index]! >= fault.times) return;
      if (this.random() >= (fault.probability ?? 1)) return;
      this.failed[index]!++;
      chosen = fault;
    });
    return chosen;
  }
}

function matches(fault: Fault, operation: string, region: string | undefined): boolean {
  const operationMatches = fault.operation === '*' || fault.operation === operation;
  return operationMatches && (fault.region === undefined || fault.region === region);
}
