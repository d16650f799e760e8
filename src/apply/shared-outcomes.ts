// One outcome object for an account in every Region where the same happened to it.
//
// At 10,000 accounts × 17 Regions an outcome per account and Region is 170,000 objects of 80
// bytes, 13.6 MB held for the whole run, while an organization's accounts mostly fare alike in
// every Region: planned the same, then created and invited the same. The Regions' lists hold
// pointers to shared, frozen outcomes; a batch works on copies of its accounts' outcomes and
// puts back the shared outcome equal to what each copy became (region-run.ts).
import type { AccountOutcome, AccountPlan } from '../model.js';

export class SharedOutcomes {
  /** The distinct outcomes seen for each account: one or a few, whatever the number of Regions. */
  private readonly byAccount = new Map<string, AccountOutcome[]>();
  /** The planned outcome of each frozen plan (plan.ts, SharedPlans): one plan in many Regions. */
  private readonly byPlan = new WeakMap<AccountPlan, AccountOutcome>();

  /**
   * The shared outcome `make` gives for this plan. A frozen plan cannot change, so its outcome is
   * made once and found by the plan itself in every other Region; any other plan is made and shared each time.
   */
  planned(plan: AccountPlan, make: (plan: AccountPlan) => AccountOutcome): AccountOutcome {
    if (!Object.isFrozen(plan)) return this.share(make(plan));
    let outcome = this.byPlan.get(plan);
    if (!outcome) {
      outcome = this.share(make(plan));
      this.byPlan.set(plan, outcome);
    }
    return outcome;
  }

  /** The shared outcome equal to this one; this one, frozen, when it is the first of its kind. */
  share(outcome: AccountOutcome): AccountOutcome {
    const known = this.byAccount.get(outcome.accountId);
    if (known) {
      for (const candidate of known) {
        // The fields that tell an account's outcomes apart most often first, then every field.
        if (candidate.done === outcome.done && candidate.after === outcome.after && sameFields(candidate, outcome)) return candidate;
      }
    }
    // Frozen: a change to an outcome that other Regions share would be a change to theirs too.
    Object.freeze(outcome);
    if (known) known.push(outcome);
    else this.byAccount.set(outcome.accountId, [outcome]);
    return outcome;
  }
}

/**
 * The same fields with the same values. A field that is an object (the reason not processed, the
 * removal, a warning) is compared field by field; a list of steps is compared as itself, since
 * every distinct list of steps is one shared list (model.ts, `steps`). A field set to undefined is
 * not the same as a field not set: the two are different shapes of object.
 */
function sameFields(a: object, b: object, depth = 0): boolean {
  const fieldsA = a as Record<string, unknown>;
  const fieldsB = b as Record<string, unknown>;
  let fields = 0;
  for (const key in fieldsA) {
    fields += 1;
    const valueA = fieldsA[key];
    const valueB = fieldsB[key];
    if (valueA === valueB) {
      if (valueA === undefined && !Object.hasOwn(fieldsB, key)) return false;
      continue;
    }
    const nested =
      depth === 0 &&
      typeof valueA === 'object' &&
      typeof valueB === 'object' &&
      valueA !== null &&
      valueB !== null &&
      !Array.isArray(valueA) &&
      !Array.isArray(valueB);
    if (!nested || !sameFields(valueA, valueB, depth + 1)) return false;
  }
  // Every field of a is in b with the same value: b has no other field when it has as many.
  for (const key in fieldsB) if (Object.hasOwn(fieldsB, key)) fields -= 1;
  return fields === 0;
}
