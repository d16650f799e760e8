export const id = 723;
export const ids = [723];
export const modules = {

/***/ 2723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  onboard: () => (/* reexport */ onboard),
  resolveScope: () => (/* reexport */ resolveScope)
});

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-securityhub/dist-cjs/index.js
var dist_cjs = __webpack_require__(6200);
;// CONCATENATED MODULE: ./src/aws/security-hub.ts
// What the administrator and the member gateways share about Security Hub CSPM itself.


/** CreateMembers takes at most 50 accounts (docs/aws-behaviour.md#batches); the other member calls are batched the same way. */
const MAX_BATCH = 50;
/** DescribeHub for the caller: resolves when its hub is enabled in the Region, else HubNotEnabledError. */
async function describeHub(client, region) {
    try {
        await client.send(new dist_cjs/* DescribeHubCommand */.ygO({}));
    }
    catch (error) {
        const wrapped = (0,errors/* toAwsCallError */.Dz)('DescribeHub', region, error);
        // InvalidAccessException is what DescribeHub answers when the hub is not enabled (docs/aws-behaviour.md#hub-not-enabled).
        if (wrapped.errorName === 'InvalidAccessException') {
            throw new errors/* HubNotEnabledError */.yu('DescribeHub', region, wrapped.errorName, wrapped.detail, wrapped.httpStatus);
        }
        throw wrapped;
    }
}

;// CONCATENATED MODULE: ./src/apply/read-back.ts
// The read-back schedule. Membership is eventually consistent (docs/aws-behaviour.md#read-back):
// what was just written is read back a few times, with backoff, before the action reports it as not
// done. One schedule for every read-back (created members, our invitation on the member side, the
// member Enabled from the administrator's side).
//
// It is one of three ways the action tries again, each for its own job: a failed AWS call is retried
// by the SDK with the action's retry strategy (aws/retry.ts; the OIDC token and GitHub requests have
// their own bounded retry, timeouts.ts); a call over the service's rate waits for a token first
// (aws/token-bucket.ts); and an answer that is right but not yet up to date is read again on this
// schedule.
/** 6 attempts over about 15.5 s. */
const READ_BACK = { attempts: 6, firstDelayMs: 500 };
/** Waits before `attempt` (1-based): nothing before the first, then firstDelayMs, doubling. */
function waitBeforeAttempt(attempt, patience) {
    if (attempt <= 1)
        return Promise.resolve();
    return new Promise((resolve) => setTimeout(resolve, patience.firstDelayMs * 2 ** (attempt - 2)));
}
/** The whole schedule's waits, in seconds (one decimal), for messages. */
function patienceSeconds(patience) {
    let totalMs = 0;
    for (let attempt = 2; attempt <= patience.attempts; attempt++)
        totalMs += patience.firstDelayMs * 2 ** (attempt - 2);
    return Math.round(totalMs / 100) / 10;
}

;// CONCATENATED MODULE: ./src/apply/shared-outcomes.ts
class SharedOutcomes {
    /** The distinct outcomes seen for each account: one or a few, whatever the number of Regions. */
    byAccount = new Map();
    /** The planned outcome of each frozen plan (plan.ts, SharedPlans): one plan in many Regions. */
    byPlan = new WeakMap();
    /**
     * The shared outcome `make` gives for this plan. A frozen plan cannot change, so its outcome is
     * made once and found by the plan itself in every other Region; any other plan is made and shared each time.
     */
    planned(plan, make) {
        if (!Object.isFrozen(plan))
            return this.share(make(plan));
        let outcome = this.byPlan.get(plan);
        if (!outcome) {
            outcome = this.share(make(plan));
            this.byPlan.set(plan, outcome);
        }
        return outcome;
    }
    /** The shared outcome equal to this one; this one, frozen, when it is the first of its kind. */
    share(outcome) {
        const known = this.byAccount.get(outcome.accountId);
        if (known) {
            for (const candidate of known) {
                // The fields that tell an account's outcomes apart most often first, then every field.
                if (candidate.done === outcome.done && candidate.after === outcome.after && sameFields(candidate, outcome))
                    return candidate;
            }
        }
        // Frozen: a change to an outcome that other Regions share would be a change to theirs too.
        Object.freeze(outcome);
        if (known)
            known.push(outcome);
        else
            this.byAccount.set(outcome.accountId, [outcome]);
        return outcome;
    }
}
/**
 * The same fields with the same values. A field that is an object (the reason not processed, the
 * removal, a warning) is compared field by field; a list of steps is compared as itself, since
 * every distinct list of steps is one shared list (model.ts, `steps`). A field set to undefined is
 * not the same as a field not set: the two are different shapes of object.
 */
function sameFields(a, b, depth = 0) {
    const fieldsA = a;
    const fieldsB = b;
    let fields = 0;
    for (const key in fieldsA) {
        fields += 1;
        const valueA = fieldsA[key];
        const valueB = fieldsB[key];
        if (valueA === valueB) {
            if (valueA === undefined && !Object.hasOwn(fieldsB, key))
                return false;
            continue;
        }
        const nested = depth === 0 &&
            typeof valueA === 'object' &&
            typeof valueB === 'object' &&
            valueA !== null &&
            valueB !== null &&
            !Array.isArray(valueA) &&
            !Array.isArray(valueB);
        if (!nested || !sameFields(valueA, valueB, depth + 1))
            return false;
    }
    // Every field of a is in b with the same value: b has no other field when it has as many.
    for (const key in fieldsB)
        if (Object.hasOwn(fieldsB, key))
            fields -= 1;
    return fields === 0;
}

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/apply/region-run.ts
// Carrying out a Region's plan: batching, read-back, invitations, removals.






/**
 * Batches in flight (sent, or waiting for a token) per Region, from one budget for the whole run:
 * 30 while few Regions share it, never under 10 per Region. Ten keep a Region at its pace (a
 * batch's chain takes about three round trips, the bucket releases one batch per 100 ms); more
 * only hold requests and answers in memory: 17 Regions × 30 batches peaked at 600 MB.
 */
const BATCHES_IN_FLIGHT = { total: 120, perRegionMax: 30, perRegionMin: 10 };
function batchesInFlightPerRegion(regions) {
    const share = Math.floor(BATCHES_IN_FLIGHT.total / Math.max(1, regions));
    return Math.min(BATCHES_IN_FLIGHT.perRegionMax, Math.max(BATCHES_IN_FLIGHT.perRegionMin, share));
}
const ORGANIZATION_ACCOUNT_CREATED = "The organization account was made a member as Created, not Enabled, so this administrator does not act as the organization's delegated administrator here; organization accounts are never invited. Designate it as the Security Hub CSPM delegated administrator in this Region, or remove the account from organization-accounts.";
/**
 * A plan's accounts as outcomes before anything is done (also the result of plan mode), each the
 * shared outcome of the account where another Region planned the same for it.
 */
function plannedOutcome(plan, shared = new SharedOutcomes()) {
    return { region: plan.region, accounts: plan.accounts.map((account) => shared.planned(account, outcomeOf)) };
}
/**
 * One object per account and Region, made as one literal: a spread followed by more fields puts
 * those in a second allocation, which at 10,000 accounts × 17 Regions is megabytes.
 */
function outcomeOf(account) {
    const { accountId, listed, before, action, membership } = account;
    // Every field the run sets later is in the literal (`after`), and so is the one optional field
    // that every account of an organization listing has: a field added afterwards takes a second
    // allocation (32 bytes each, measured).
    const outcome = membership
        ? { accountId, listed, before, action, membership, done: model/* NO_STEPS */.OH, after: undefined }
        : { accountId, listed, before, action, done: model/* NO_STEPS */.OH, after: undefined };
    for (const field of OPTIONAL_PLAN_FIELDS) {
        if (account[field] !== undefined)
            Object.assign(outcome, { [field]: account[field] });
    }
    // A creation held back before any write (the invitation cap) is reported as not processed.
    if (account.held)
        outcome.unprocessed = { operation: 'CreateMembers', processingResult: account.held };
    return outcome;
}
const OPTIONAL_PLAN_FIELDS = ['email', 'rawStatus', 'removal', 'attention', 'excluded', 'held', 'protected'];
// Every field of a plan reaches its outcome: a field added to AccountPlan must be copied above.
const everyPlanFieldCopied = true;
void everyPlanFieldCopied;
/** Carries out a plan. The plan is not held once the outcomes are made from it (the caller may let go of it too). */
function applyRegionPlan(gateway, plan, options) {
    const shared = options.shared ?? new SharedOutcomes();
    return applyOutcome(gateway, plannedOutcome(plan, shared), options, shared);
}
async function applyOutcome(gateway, outcome, options, shared) {
    const run = new RegionRun(gateway, options, outcome.accounts, shared);
    // Batches are places in the Region's list of outcomes, so the plan's objects are not kept alive by them.
    const having = (applies) => {
        const places = [];
        outcome.accounts.forEach((account, index) => {
            if (applies(account))
                places.push(index);
        });
        return places;
    };
    const planned = (action) => (account) => account.action === action;
    // New members first, then a `Removed` member brought back through CreateMembers (createsMember).
    const createBatches = chunk([...having(planned('create')), ...having((account) => account.action === 'reinvite' && (0,model/* createsMember */.Mr)(account))], MAX_BATCH);
    const inviteBatches = chunk(having(planned('invite')), MAX_BATCH);
    const reinviteBatches = chunk(having((account) => account.action === 'reinvite' && !(0,model/* createsMember */.Mr)(account)), MAX_BATCH);
    const removeBatches = chunk(having(planned('remove')), MAX_BATCH);
    // Batches run concurrently; the gateway's token buckets keep them within the service's rate, and
    // no more batches are in flight than the Region's share of the budget, so thousands of accounts
    // do not queue thousands of requests at once. Each created batch is read back and invited as
    // soon as it is done, not after every create.
    const inFlight = (0,p_limit/* default */.A)(options.batchesInFlight ?? BATCHES_IN_FLIGHT.perRegionMax);
    const each = (batches, work) => batches.map((places, index) => inFlight(() => run.forBatch(places, (batch) => work(batch, index))));
    await Promise.all([
        ...each(createBatches, (batch, index) => run.createReadBackInvite(batch, `${index + 1}/${createBatches.length}`)),
        ...each(inviteBatches, (batch, index) => run.invite(ids(batch), `${index + 1}/${inviteBatches.length}`)),
        ...each(reinviteBatches, (batch, index) => run.invite(ids(batch), `re-invite ${index + 1}/${reinviteBatches.length}`)),
        ...each(removeBatches, (batch, index) => run.remove(batch, `${index + 1}/${removeBatches.length}`)),
    ]);
    return outcome;
}
class RegionRun {
    gateway;
    options;
    accounts;
    shared;
    /** The outcomes of the batches in flight only: a map of every account per Region would stay for the whole run. */
    outcomes = new Map();
    readBack;
    constructor(gateway, options, 
    /** The Region's outcomes, in the plan's order. */
    accounts, shared) {
        this.gateway = gateway;
        this.options = options;
        this.accounts = accounts;
        this.shared = shared;
        this.readBack = options.readBack ?? READ_BACK;
    }
    /**
     * Runs the work of one batch (places in the Region's list) with its accounts' outcomes at hand:
     * copies, since the list's outcomes may be shared with other Regions. Each place then gets the
     * shared outcome equal to what its copy became, also when the work failed.
     */
    async forBatch(places, work) {
        const batch = places.map((place) => ({ ...this.accounts[place] }));
        for (const account of batch)
            this.outcomes.set(account.accountId, account);
        try {
            await work(batch);
        }
        finally {
            places.forEach((place, index) => {
                this.accounts[place] = this.shared.share(batch[index]);
            });
            for (const account of batch)
                this.outcomes.delete(account.accountId);
        }
    }
    async createReadBackInvite(batch, label) {
        const details = batch.map(({ accountId, email }) => ({ accountId, ...(email ? { email } : {}) }));
        // "Already a member" for an account this run asked to create is success: the SDK retried a
        // CreateMembers whose answer was lost, or the member exists; its status is read back either way
        // (docs/aws-behaviour.md#already-a-member).
        const alreadyMembers = new Set();
        const tolerated = (result) => {
            if (!(0,errors/* isAlreadyMember */.BU)(result.processingResult))
                return false;
            alreadyMembers.add(result.accountId);
            return true;
        };
        const processed = await this.step('CreateMembers', label, ids(batch), (subset) => this.gateway.createMembers(details.filter((detail) => subset.includes(detail.accountId))), tolerated);
        for (const id of processed) {
            const outcome = this.outcome(id);
            if (!alreadyMembers.has(id) || outcome.before !== 'Removed')
                outcome.done = (0,model/* withStep */.p$)(outcome.done, 'create');
        }
        if (alreadyMembers.size > 0)
            this.options.log(`CreateMembers batch ${label}: ${alreadyMembers.size} account(s) already members; their status is read back.`);
        const toRead = processed.filter((id) => this.options.invite || this.outcome(id).action === 'reinvite');
        if (toRead.length === 0)
            return;
        const toInvite = await this.readBackCreated(toRead, label);
        if (toInvite.length > 0)
            await this.invite(toInvite, label);
    }
    /** InviteMembers; each account is reported invited, or invited again when its plan was a re-invite. */
    async invite(accountIds, label) {
        const invited = await this.step('InviteMembers', label, accountIds, (subset) => this.gateway.inviteMembers(subset));
        for (const id of invited) {
            const outcome = this.outcome(id);
            outcome.done = (0,model/* withStep */.p$)(outcome.done, outcome.action === 'reinvite' ? 'reinvite' : 'invite');
        }
    }
    /**
     * DisassociateMembers first where the member is associated, then DeleteMembers where it may be
     * deleted. A DeleteMembers refused for a member that is disassociated leaves it `Removed`: that is
     * reported as disassociated, with AWS's text as a warning, not as a failure
     * (docs/aws-behaviour.md#removal).
     */
    async remove(batch, label) {
        const toDisassociate = batch.filter((account) => account.removal?.disassociate).map((account) => account.accountId);
        const disassociated = new Set(toDisassociate.length > 0
            ? await this.step('DisassociateMembers', label, toDisassociate, async (subset) => {
                await this.gateway.disassociateMembers(subset);
                return [];
            })
            : []);
        const ready = batch.filter((account) => !account.removal?.disassociate || disassociated.has(account.accountId));
        for (const id of ids(ready.filter((account) => !account.removal?.delete))) {
            const outcome = this.outcome(id);
            outcome.done = (0,model/* withStep */.p$)(outcome.done, 'remove');
        }
        const toDelete = ids(ready.filter((account) => account.removal?.delete));
        if (toDelete.length === 0)
            return;
        const isDisassociated = (id) => disassociated.has(id) || this.outcome(id).before === 'Removed' || this.outcome(id).before === 'Resigned';
        const refused = new Map();
        const tolerated = (result) => {
            if (!isDisassociated(result.accountId))
                return false;
            refused.set(result.accountId, result.processingResult);
            return true;
        };
        const deleted = await this.step('DeleteMembers', label, toDelete, async (subset) => {
            try {
                return await this.gateway.deleteMembers(subset);
            }
            catch (error) {
                // A refusal of the whole call is a refusal of each account in it.
                return subset.map((accountId) => ({ accountId, processingResult: (0,errors/* errorText */.kc)(error) }));
            }
        }, tolerated);
        for (const id of deleted) {
            const outcome = this.outcome(id);
            outcome.done = (0,model/* withStep */.p$)(outcome.done, 'remove');
            const reason = refused.get(id);
            if (reason !== undefined) {
                outcome.warning = {
                    operation: 'DeleteMembers',
                    message: `Disassociated, not deleted: DeleteMembers answered: ${reason} It stays in the member list as Removed (organization members cannot be deleted).`,
                };
            }
        }
    }
    /**
     * One batch call: every account AWS names in UnprocessedAccounts, or every account of a call that
     * failed as a whole, is reported with the reason, unless `tolerated` takes its answer as done.
     * Returns the accounts that were processed.
     */
    async step(operation, label, accountIds, send, tolerated = () => false) {
        let rejected;
        try {
            rejected = await send(accountIds);
        }
        catch (error) {
            // The member cap may refuse a whole call when any of its accounts would go over it: halves
            // find the accounts that still fit, as per-account answers would (docs/aws-behaviour.md#member-cap).
            if ((0,errors/* isMemberLimitExceeded */.$G)(error) && accountIds.length > 1) {
                const half = Math.ceil(accountIds.length / 2);
                const parts = [accountIds.slice(0, half), accountIds.slice(half)];
                return (await Promise.all(parts.map((part) => this.step(operation, label, part, send, tolerated)))).flat();
            }
            for (const id of accountIds)
                this.outcome(id).unprocessed = { operation, processingResult: (0,errors/* errorText */.kc)(error) };
            this.options.log(`${operation} batch ${label}: ${accountIds.length} account(s) not processed: ${(0,errors/* errorText */.kc)(error)}`);
            return [];
        }
        const sent = new Set(accountIds);
        for (const result of rejected) {
            if (sent.has(result.accountId)) {
                if (tolerated(result))
                    continue;
                // The member cap may come per account rather than as a 429 (docs/aws-behaviour.md#member-cap).
                this.outcome(result.accountId).unprocessed = { operation, processingResult: (0,errors/* withMemberLimitAdvice */.UE)(result.processingResult) };
                continue;
            }
            // An entry that names no account of this batch cannot be placed: none of the batch is taken
            // as done, so nothing is half-onboarded silently; the next run sees the real state.
            const reason = `AWS reported an unprocessed account it did not name as one of this batch (${result.accountId || 'no account ID'}): ${result.processingResult}`;
            for (const id of accountIds)
                this.outcome(id).unprocessed ??= { operation, processingResult: reason };
        }
        const processed = accountIds.filter((id) => !this.outcome(id).unprocessed);
        this.options.log(`${operation} batch ${label}: ${accountIds.length} sent, ${processed.length} done, ${accountIds.length - processed.length} not processed.`);
        return processed;
    }
    /**
     * Reads the members back and returns those to invite: `Created` ones, and `Removed`/`Resigned`
     * ones being brought back. Organization accounts go straight to `Enabled` and are never invited.
     * New members take a while to become visible, and GetMembers may then fail as a whole
     * (docs/aws-behaviour.md#read-back): every attempt of the schedule reads what is still missing,
     * a group that failed as a whole is split in halves for the next attempt, and on the last attempt
     * read one account at a time, so no invisible account holds a visible one back.
     */
    async readBackCreated(accountIds, label) {
        const toInvite = [];
        const lastReason = new Map();
        let groups = [accountIds];
        for (let attempt = 1; attempt <= this.readBack.attempts && groups.length > 0; attempt++) {
            await waitBeforeAttempt(attempt, this.readBack);
            const last = attempt === this.readBack.attempts;
            const answers = await Promise.all(groups.map((group) => this.readGroup(group, last)));
            const missing = [];
            groups = [];
            for (const answer of answers) {
                for (const member of answer.members)
                    if (this.placeReadBack(member))
                        toInvite.push(member.accountId);
                for (const [id, reason] of answer.missing) {
                    missing.push(id);
                    lastReason.set(id, reason);
                }
                for (const group of answer.split)
                    groups.push(group);
            }
            if (missing.length > 0)
                groups.push(missing);
        }
        const notVisible = groups.flat();
        for (const id of notVisible)
            this.outcome(id).unprocessed = { operation: 'GetMembers', processingResult: this.notVisibleReason(id, lastReason.get(id)) };
        this.options.log(`GetMembers batch ${label}: ${accountIds.length} read back, ${toInvite.length} to invite, ${notVisible.length} not visible yet.`);
        return toInvite;
    }
    /**
     * One GetMembers for a group. A whole-call "not visible yet" splits the group (read one by one on
     * the last attempt); any other failure reports the group's accounts, which the next run picks up.
     */
    async readGroup(group, last) {
        try {
            const answer = await this.gateway.getMembers(group);
            const seen = new Set(answer.members.map((member) => member.accountId));
            const reasons = new Map(answer.unprocessed.map((result) => [result.accountId, result.processingResult]));
            const missing = new Map(group.filter((id) => !seen.has(id)).map((id) => [id, reasons.get(id) ?? 'GetMembers did not return it.']));
            return { members: answer.members.filter((member) => group.includes(member.accountId)), missing, split: [] };
        }
        catch (error) {
            if (!(0,errors/* isNotVisibleYet */.G3)(error)) {
                for (const id of group) {
                    this.outcome(id).unprocessed = {
                        operation: 'GetMembers',
                        processingResult: `${this.notYetInvited(id)}: GetMembers failed: ${(0,errors/* errorText */.kc)(error)}. The next run invites it.`,
                    };
                }
                return { members: [], missing: new Map(), split: [] };
            }
            if (group.length === 1)
                return { members: [], missing: new Map([[group[0], (0,errors/* errorText */.kc)(error)]]), split: [] };
            if (!last)
                return {
                    members: [],
                    missing: new Map(),
                    split: [group.slice(0, Math.ceil(group.length / 2)), group.slice(Math.ceil(group.length / 2))],
                };
            const singles = await Promise.all(group.map((id) => this.readGroup([id], true)));
            return {
                members: singles.flatMap((single) => single.members),
                missing: new Map(singles.flatMap((single) => [...single.missing])),
                split: [],
            };
        }
    }
    /** Records what a member was read back as; true when it is to be invited. */
    placeReadBack(member) {
        const outcome = this.outcome(member.accountId);
        outcome.after = member.status === 'Unknown' ? member.rawStatus : member.status;
        if (member.status === 'AccountSuspended') {
            outcome.unprocessed = {
                operation: 'CreateMembers',
                processingResult: 'The account is suspended (member status AccountSuspended); it was not enabled.',
            };
            return false;
        }
        // An organization account (organization-accounts) is never invited, even when AWS made it Created.
        if (member.status === 'Created' && outcome.membership === 'organization') {
            outcome.unprocessed = { operation: 'CreateMembers', processingResult: ORGANIZATION_ACCOUNT_CREATED };
            return false;
        }
        if (member.status === 'Created')
            return true;
        return outcome.action === 'reinvite' && (member.status === 'Removed' || member.status === 'Resigned');
    }
    notYetInvited(id) {
        return (0,model/* did */.k)(this.outcome(id), 'create') ? 'Created, not yet invited' : 'Not yet invited again';
    }
    notVisibleReason(id, lastAnswer) {
        return (`${this.notYetInvited(id)}: GetMembers did not show the member after ${this.readBack.attempts} attempts over about ${patienceSeconds(this.readBack)} s ` +
            `(membership is eventually consistent; last answer: ${lastAnswer ?? 'none'}). The next run invites it.`);
    }
    outcome(id) {
        const outcome = this.outcomes.get(id);
        if (!outcome)
            throw new Error(`No outcome for account ${id}`);
        return outcome;
    }
}
function ids(accounts) {
    return accounts.map((account) => account.accountId);
}
function chunk(items, size) {
    const batches = [];
    for (let start = 0; start < items.length; start += size)
        batches.push(items.slice(start, start + size));
    return batches;
}

// EXTERNAL MODULE: ./src/page-guard.ts
var page_guard = __webpack_require__(3032);
// EXTERNAL MODULE: ./src/aws/clients.ts + 2 modules
var aws_clients = __webpack_require__(8652);
;// CONCATENATED MODULE: ./src/aws/administrator-gateway.ts
// The administrator account's side of Security Hub CSPM in one Region: the member list and the
// calls that change it.






function createAdministratorGateway(region, options, stats) {
    const metering = { ratePerSecond: options.ratePerSecond ?? 10, burst: options.burst ?? 25, stats };
    const client = (0,aws_clients/* createClient */.U)(dist_cjs/* SecurityHubClient */.xku, { ...options, region, metering });
    const call = (operation, send) => (0,errors/* wrapErrors */.Gd)(operation, region, send);
    return {
        region,
        describeHub: () => describeHub(client, region),
        listMembers() {
            // ListMembers hides Created and Invited members unless OnlyAssociated=false (docs/aws-behaviour.md#list-members).
            // Paged by hand: the SDK's paginator follows a repeated or endless NextToken forever.
            return call('ListMembers', () => (0,page_guard/* readAllPages */.s$)(page_guard/* LIST_MEMBERS_PAGES */.sU, async (token) => {
                const page = await client.send(new dist_cjs/* ListMembersCommand */.ft({ OnlyAssociated: false, MaxResults: MAX_BATCH, NextToken: token }));
                return { items: (page.Members ?? []).map(toMember), nextToken: page.NextToken };
            }));
        },
        async getMembers(accountIds) {
            assertBatch('GetMembers', accountIds.length);
            return call('GetMembers', async () => {
                const output = await client.send(new dist_cjs/* GetMembersCommand */.XmQ({ AccountIds: accountIds }));
                return { members: (output.Members ?? []).map(toMember), unprocessed: (output.UnprocessedAccounts ?? []).map(toAccountResult) };
            });
        },
        async createMembers(accounts) {
            assertBatch('CreateMembers', accounts.length);
            return call('CreateMembers', async () => {
                const output = await client.send(new dist_cjs/* CreateMembersCommand */.P$0({
                    AccountDetails: accounts.map(({ accountId, email }) => email ? { AccountId: accountId, Email: email } : { AccountId: accountId }),
                }));
                return (output.UnprocessedAccounts ?? []).map(toAccountResult);
            });
        },
        async inviteMembers(accountIds) {
            assertBatch('InviteMembers', accountIds.length);
            return call('InviteMembers', async () => {
                const output = await client.send(new dist_cjs/* InviteMembersCommand */._cr({ AccountIds: accountIds }));
                return (output.UnprocessedAccounts ?? []).map(toAccountResult);
            });
        },
        async disassociateMembers(accountIds) {
            assertBatch('DisassociateMembers', accountIds.length);
            await call('DisassociateMembers', () => client.send(new dist_cjs/* DisassociateMembersCommand */.js6({ AccountIds: accountIds })));
        },
        async deleteMembers(accountIds) {
            assertBatch('DeleteMembers', accountIds.length);
            return call('DeleteMembers', async () => {
                const output = await client.send(new dist_cjs/* DeleteMembersCommand */.cEM({ AccountIds: accountIds }));
                return (output.UnprocessedAccounts ?? []).map(toAccountResult);
            });
        },
    };
}
function assertBatch(operation, size) {
    if (size < 1 || size > MAX_BATCH)
        throw new Error(`${operation} called with ${size} accounts; batches hold 1 to ${MAX_BATCH}.`);
}
function toMember(member) {
    return {
        accountId: member.AccountId ?? '',
        status: (0,model/* normalizeMemberStatus */.KY)(member.MemberStatus),
        rawStatus: member.MemberStatus ?? '',
        ...(member.Email ? { email: member.Email } : {}),
        ...(member.AdministratorId || member.MasterId ? { administratorId: member.AdministratorId ?? member.MasterId ?? '' } : {}),
        ...(member.InvitedAt ? { invitedAt: new Date(member.InvitedAt) } : {}),
        ...(member.UpdatedAt ? { updatedAt: new Date(member.UpdatedAt) } : {}),
    };
}
function toAccountResult(result) {
    return {
        accountId: result.AccountId ?? '',
        // ProcessingResult is free text (docs/aws-behaviour.md#processing-result): kept verbatim.
        processingResult: result.ProcessingResult ?? 'AWS did not process this account and gave no reason.',
    };
}

// EXTERNAL MODULE: ./src/look/member-list.ts
var member_list = __webpack_require__(9946);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/credentials.ts + 1 modules
var aws_credentials = __webpack_require__(6777);
;// CONCATENATED MODULE: ./src/aws/member-gateway.ts
// The member side: a role assumed in each member account, and the calls that finish onboarding
// there (enable Security Hub CSPM, accept our administrator's invitation).







/**
 * Role chaining: the administrator's session assumes the member's role with STS AssumeRole. IAM
 * roles are global, so one session serves every Region of the account; STS is asked in the first of
 * `stsRegions` that is enabled for the administrator account (docs/aws-behaviour.md#opt-in-regions).
 */
async function assumeMemberRole(administrator, role, stsRegions) {
    return (0,aws_credentials/* inFirstEnabledRegion */.lE)(stsRegions, async (region) => {
        const sts = (0,aws_clients/* createClient */.U)(client_sts_dist_cjs/* STSClient */.iM, { region, credentials: administrator, maxAttempts: 5 });
        try {
            const output = await sts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({
                RoleArn: role.roleArn,
                RoleSessionName: role.sessionName,
                ...(role.externalId ? { ExternalId: role.externalId } : {}),
                DurationSeconds: 900,
            }));
            const credentials = (0,aws_credentials/* fromSts */.XS)(output.Credentials);
            (0,aws_credentials/* maskCredentials */.Bs)(credentials);
            return credentials;
        }
        catch (error) {
            throw (0,errors/* toAwsCallError */.Dz)('AssumeRole', region, error);
        }
    });
}
function createMemberGateway(accountId, region, credentials, stats) {
    // Each member account has its own quota per Region (docs/aws-behaviour.md#rate-limits), so its own buckets.
    const client = (0,aws_clients/* createClient */.U)(dist_cjs/* SecurityHubClient */.xku, { region, credentials, metering: { ratePerSecond: 10, burst: 25, stats } });
    const call = (operation, send) => (0,errors/* wrapErrors */.Gd)(operation, region, send);
    return {
        accountId,
        region,
        async ensureHubEnabled(enableDefaultStandards) {
            try {
                await describeHub(client, region);
                return 'already-enabled';
            }
            catch (error) {
                if (!(error instanceof errors/* HubNotEnabledError */.yu))
                    throw error;
            }
            try {
                // EnableDefaultStandards defaults to true in the API: always say it, so no standard (and no
                // AWS Config change) is switched on unless the user asked for it.
                await client.send(new dist_cjs/* EnableSecurityHubCommand */.UPB({ EnableDefaultStandards: enableDefaultStandards }));
                return 'enabled';
            }
            catch (error) {
                const wrapped = (0,errors/* toAwsCallError */.Dz)('EnableSecurityHub', region, error);
                // ResourceConflictException: "Account is already subscribed to Security Hub" (docs/aws-behaviour.md#hub-not-enabled).
                if (wrapped.errorName === 'ResourceConflictException')
                    return 'already-enabled';
                throw wrapped;
            }
        },
        listInvitations() {
            // Paged by hand: the SDK's paginator follows a repeated or endless NextToken forever.
            return call('ListInvitations', () => (0,page_guard/* readAllPages */.s$)(page_guard/* LIST_INVITATIONS_PAGES */.xA, async (token) => {
                const page = await client.send(new dist_cjs/* ListInvitationsCommand */.a0b({ MaxResults: MAX_BATCH, NextToken: token }));
                const items = (page.Invitations ?? []).flatMap((invitation) => invitation.AccountId && invitation.InvitationId
                    ? [
                        {
                            administratorId: invitation.AccountId,
                            invitationId: invitation.InvitationId,
                            ...(invitation.InvitedAt ? { invitedAt: new Date(invitation.InvitedAt) } : {}),
                        },
                    ]
                    : []);
                return { items, ...(page.NextToken !== undefined ? { nextToken: page.NextToken } : {}) };
            }));
        },
        async acceptInvitation(administratorId, invitationId) {
            await call('AcceptAdministratorInvitation', () => client.send(new dist_cjs/* AcceptAdministratorInvitationCommand */.M4j({ AdministratorId: administratorId, InvitationId: invitationId })));
        },
    };
}

;// CONCATENATED MODULE: ./src/apply/member-side.ts
// Finishing the onboarding from the member side (member-role-name): in each member account that is
// `Invited` after this run, enable Security Hub CSPM and accept only our administrator's invitation.





/** Listed accounts that will be (or already are) waiting on an invitation after this run, by account. */
function awaitingAcceptance(regions, mode) {
    const byAccount = new Map();
    for (const { region, accounts } of (0,model/* lookedAt */.O1)(regions)) {
        for (const outcome of accounts) {
            if (!outcome.listed || outcome.unprocessed)
                continue;
            const pending = mode === 'plan'
                ? outcome.action === 'create' || outcome.action === 'invite' || outcome.action === 'reinvite' || outcome.before === 'Invited'
                : (0,model/* did */.k)(outcome, 'invite') || (0,model/* did */.k)(outcome, 'reinvite') || (outcome.action === 'skip' && outcome.before === 'Invited');
            if (!pending)
                continue;
            byAccount.set(outcome.accountId, [...(byAccount.get(outcome.accountId) ?? []), { region, outcome }]);
        }
    }
    return byAccount;
}
/** Plan mode: say which accounts would be accepted; nothing is assumed or changed. */
function planMemberSide(regions) {
    return [...awaitingAcceptance(regions, 'plan').values()].flat().map(({ region, outcome }) => ({
        accountId: outcome.accountId,
        region,
        kind: 'planned',
        text: outcome.action === 'create'
            ? 'would accept the invitation if it is invited (not an organization account)'
            : 'would enable Security Hub CSPM and accept the invitation',
    }));
}
async function finishOnMemberSide(regions, options) {
    const limit = (0,p_limit/* default */.A)(Math.max(1, options.concurrency));
    const work = [...awaitingAcceptance(regions, 'apply')].map(([accountId, entries]) => limit(() => finishAccount(accountId, entries.map((entry) => entry.region), options)));
    return (await Promise.all(work)).flat();
}
/** The Region outcomes with the member side's results in them, as new records. */
function withMemberSide(regions, results) {
    const byPair = new Map(results.map((result) => [`${result.region} ${result.accountId}`, result]));
    return regions.map((region) => {
        if (region.failure)
            return region;
        const accounts = region.accounts.map((account) => {
            const result = byPair.get(`${region.region} ${account.accountId}`);
            if (!result)
                return account;
            if (result.kind === 'failed')
                return { ...account, unprocessed: result.unprocessed };
            if (result.kind === 'planned')
                return { ...account, memberSide: result.text };
            return { ...account, done: (0,model/* withStep */.p$)(account.done, 'accept'), memberSide: result.text };
        });
        return { ...region, accounts };
    });
}
async function finishAccount(accountId, regions, options) {
    const roleArn = `arn:${options.partition}:iam::${accountId}:role/${options.roleName}`;
    let credentials;
    try {
        // IAM roles are global: one session serves every Region of the account. STS is asked where it
        // answered the administrator, then in the account's Regions if that one refuses.
        credentials = await assumeMemberRole(options.administratorCredentials, { roleArn, sessionName: options.sessionName, ...(options.externalId ? { externalId: options.externalId } : {}) }, [...new Set([options.stsRegion, ...regions])]);
    }
    catch (error) {
        const reason = (0,errors/* isRegionNotEnabled */.pn)(error)
            ? `Could not assume ${roleArn}: ${(0,errors/* errorText */.kc)(error)}. STS refused the administrator's credentials in every Region tried, as it does where a Region is not enabled for the account.`
            : `Could not assume ${roleArn}: ${(0,errors/* errorText */.kc)(error)}. Its trust policy must allow sts:AssumeRole by the administrator's role` +
                `${options.externalId ? ' with this external ID' : ''}, and the role must exist in the member account.`;
        return regions.map((region) => failed(accountId, region, 'AssumeRole', reason, options));
    }
    return Promise.all(regions.map((region) => finishInRegion(accountId, region, credentials, options)));
}
/** Each step that fails ends this Region's work with that step's failure. */
class StepFailed extends Error {
    operation;
    processingResult;
    constructor(operation, processingResult) {
        super(processingResult);
        this.operation = operation;
        this.processingResult = processingResult;
    }
}
async function finishInRegion(accountId, region, credentials, options) {
    const member = createMemberGateway(accountId, region, credentials, options.stats);
    const step = async (operation, run) => {
        try {
            return await run();
        }
        catch (error) {
            // An opt-in Region the member account has not enabled (docs/aws-behaviour.md#opt-in-regions).
            throw new StepFailed(operation, (0,errors/* isRegionNotEnabled */.pn)(error) ? (0,errors/* regionNotEnabledMessage */.c8)(region, accountId, error) : (0,errors/* errorText */.kc)(error));
        }
    };
    try {
        const hub = await step('EnableSecurityHub', () => member.ensureHubEnabled(options.enableDefaultStandards));
        const invitations = await step('ListInvitations', () => invitationsOnceOursShows(member, options));
        // Accept only the invitation our administrator sent; any other is someone else's decision.
        const ours = invitations.find((invitation) => invitation.administratorId === options.administratorId);
        const foreign = [
            ...new Set(invitations.map((invitation) => invitation.administratorId).filter((id) => id !== options.administratorId)),
        ];
        const foreignNote = foreign.length > 0 ? ` Pending invitation(s) from other administrator(s) ${foreign.join(', ')} were left alone.` : '';
        if (!ours)
            throw new StepFailed('AcceptAdministratorInvitation', `No pending invitation from administrator ${options.administratorId} was found in the member account.${foreignNote}`);
        await step('AcceptAdministratorInvitation', () => member.acceptInvitation(ours.administratorId, ours.invitationId));
        if (!(await isEnabledFromAdministrator(accountId, region, options))) {
            throw new StepFailed('VerifyMembership', 'The invitation was accepted, but the administrator does not see the member as Enabled yet. Run again to check.');
        }
        const text = `${hub === 'enabled' ? 'Security Hub CSPM enabled; ' : ''}invitation accepted; Enabled.${foreignNote}`;
        options.log(region, `Member ${accountId}: ${text}`);
        return { accountId, region, kind: 'accepted', text };
    }
    catch (error) {
        if (!(error instanceof StepFailed))
            throw error;
        return failed(accountId, region, error.operation, error.processingResult, options);
    }
}
/**
 * ListInvitations on the read-back schedule until our administrator's invitation shows: right after
 * InviteMembers it may not be listed yet, and a hub just enabled may answer InvalidAccessException
 * for a while (docs/aws-behaviour.md#member-side). The last answer, or error, decides.
 */
async function invitationsOnceOursShows(member, options) {
    const wait = options.invitationWait ?? READ_BACK;
    for (let attempt = 1;; attempt++) {
        await waitBeforeAttempt(attempt, wait);
        const last = attempt >= wait.attempts;
        try {
            const invitations = await member.listInvitations();
            if (last || invitations.some((invitation) => invitation.administratorId === options.administratorId))
                return invitations;
        }
        catch (error) {
            if (last || error.errorName !== 'InvalidAccessException')
                throw error;
        }
    }
}
/** Read back from the administrator's side, with the read-back schedule, before giving up. */
async function isEnabledFromAdministrator(accountId, region, options) {
    const gateway = options.administratorGateways.get(region);
    if (!gateway)
        return false;
    const verify = options.verify ?? READ_BACK;
    for (let attempt = 1; attempt <= verify.attempts; attempt++) {
        await waitBeforeAttempt(attempt, verify);
        try {
            const { members } = await gateway.getMembers([accountId]);
            if (members.some((member) => member.accountId === accountId && member.status === 'Enabled'))
                return true;
        }
        catch {
            // A failed read is retried like a stale one; the last attempt decides.
        }
    }
    return false;
}
function failed(accountId, region, operation, processingResult, options) {
    options.log(region, `Member ${accountId}: ${operation} failed: ${processingResult}`);
    return { accountId, region, kind: 'failed', unprocessed: { operation, processingResult } };
}

;// CONCATENATED MODULE: ./src/look/region.ts

async function lookAtRegion(gateway, administratorId) {
    const { region } = gateway;
    try {
        await gateway.describeHub();
        return { region, members: await gateway.listMembers() };
    }
    catch (error) {
        const failure = (0,errors/* toAwsCallError */.Dz)('DescribeHub', region, error);
        const message = failure instanceof errors/* HubNotEnabledError */.yu
            ? `Security Hub CSPM is not enabled for the administrator account ${administratorId} in ${region} (DescribeHub: ${failure.errorName}). Enable it in that Region, or remove the Region from 'regions'.`
            : (0,errors/* isRegionNotEnabled */.pn)(failure)
                ? (0,errors/* regionNotEnabledMessage */.c8)(region, administratorId, failure)
                : failure.errorName === 'AccessDeniedException' && (0,errors/* isIamDenial */.Pd)(failure)
                    ? `${(0,errors/* errorText */.kc)(failure)}. The role needs securityhub:${failure.operation} (see examples/iam/ for the plan and apply policies).`
                    : (0,errors/* errorText */.kc)(failure);
        const operation = failure.operation === 'ListMembers' ? 'ListMembers' : 'DescribeHub';
        return { region, failure: { operation, message, ...(failure instanceof errors/* HubNotEnabledError */.yu && { hubNotEnabled: true }) } };
    }
}
/** A Region that could not be looked at, with its listed accounts (the report names them with the reason). */
function failedOutcome(region, failure, desired) {
    return { region, failure, notLookedAt: desired };
}

// EXTERNAL MODULE: ./src/organization/headroom.ts
var organization_headroom = __webpack_require__(6786);
// EXTERNAL MODULE: ./src/plan.ts
var src_plan = __webpack_require__(2464);
// EXTERNAL MODULE: ./src/report/run-log.ts
var run_log = __webpack_require__(1992);
;// CONCATENATED MODULE: ./src/onboard.ts
// Every Region: look, decide (with the removal guard across all Regions), do; then the member side.










async function onboard(settings, session, desired, scope = {}) {
    const stats = { calls: {}, throttled: 0 };
    const gateways = new Map(settings.regions.map((region) => [
        region,
        createAdministratorGateway(region, { credentials: session.credentials, ratePerSecond: settings.rate.requestsPerSecond, burst: settings.rate.burst }, stats),
    ]));
    const log = new run_log/* RegionLog */.$r();
    const batchesInFlight = batchesInFlightPerRegion(settings.regions.length);
    const now = new Date();
    const headroom = [];
    const leftOutRegions = [];
    const membership = [];
    // An account that is new in several Regions is one plan for all of them, until every Region is planned.
    let sharedPlans = new src_plan/* SharedPlans */.sl();
    const planFor = (region, members) => {
        const organizationMembers = scope.notDelegatedIn?.has(region) ? undefined : scope.organizationMembers;
        const plan = (0,src_plan/* planRegion */.Iu)(region, desired, members, {
            ...settings.reconcile,
            now,
            ...(organizationMembers && { organizationMembers }),
            ...(scope.excluded && { excluded: scope.excluded }),
            ...(sharedPlans && { shared: sharedPlans }),
        });
        if (!scope.checkHeadroom)
            return plan;
        const limited = (0,organization_headroom/* limitInvitations */.Cs)(plan, members);
        headroom.push(limited.headroom);
        return limited.plan;
    };
    // A Region that could be read comes with its plan; one that could not, with the failure.
    const looks = [...gateways.values()].map(async (gateway) => {
        const view = await lookAtRegion(gateway, session.accountId);
        if ('failure' in view)
            return view;
        const { members, ignored, listedTwice } = (0,member_list/* screenMembers */.u0)(view.region, view.members);
        return { ...view, members, ignored, plan: (0,member_list/* keepListedTwice */.x5)(planFor(view.region, members), listedTwice) };
    });
    // Removals are capped across all Regions, so with remove-absent every Region is looked at before
    // any acts. Without it, each Region goes on as soon as it is planned: a slow one holds none.
    const { removeAbsent, maxRemovals } = settings.reconcile;
    void Promise.allSettled(looks).then(() => (sharedPlans = undefined));
    const guard = removeAbsent ? Promise.all(looks).then((all) => guardAll(all, { maxRemovals, listedCount: desired.length })) : undefined;
    // An account that fares the same in several Regions is one outcome object for all of them.
    const shared = new SharedOutcomes();
    const carryOut = async (look) => {
        if ('failure' in look && look.failure.hubNotEnabled && scope.optionalRegions?.has(look.region)) {
            // Normal in an organization that uses only some of its enabled Regions (regions: enabled).
            leftOutRegions.push({
                region: look.region,
                reason: `Security Hub CSPM is not enabled for the administrator account ${session.accountId} there`,
            });
            return undefined;
        }
        if ('failure' in look)
            return failedOutcome(look.region, look.failure, desired);
        log.planned(look.region, look.members.length, look.plan);
        const outcome = settings.mode === 'plan'
            ? Promise.resolve(plannedOutcome(look.plan, shared))
            : applyRegionPlan(gateways.get(look.region), look.plan, {
                invite: settings.reconcile.invite,
                log: (line) => log.line(look.region, line),
                batchesInFlight,
                shared,
            });
        // The outcomes now hold what the plan said. The looks stay until every Region is done, so they
        // let go of the plan and the members read (the plan itself is left as the planner made it): at
        // 10,000 accounts × 17 Regions that is hundreds of thousands of objects.
        look.plan = { region: look.region, accounts: [] };
        // export-file writes the members as read; only then are they kept to the end of the run.
        if (settings.exportFile)
            membership.push({ region: look.region, members: look.members });
        look.members = [];
        return outcome;
    };
    const carried = await Promise.all(looks.map(async (pending, index) => {
        const look = guard ? (await guard).looks[index] : await pending;
        const outcome = await carryOut(look);
        if (!outcome)
            return undefined;
        log.print(outcome);
        return outcome;
    }));
    const looked = carried.filter((outcome) => outcome !== undefined);
    const heldRemovals = guard ? (await guard).held : undefined;
    const createsMembers = (0,model/* lookedAt */.O1)(looked).some(({ accounts }) => accounts.some(model/* createsMember */.Mr));
    const ignoredMembers = (await Promise.all(looks)).flatMap((look) => ('ignored' in look ? look.ignored : []));
    let regions = looked;
    if (settings.memberSide) {
        const results = settings.mode === 'plan'
            ? planMemberSide(looked)
            : await memberSide(settings.memberSide, settings.credentials.roleSessionName, session, looked, gateways, stats);
        regions = withMemberSide(looked, results);
    }
    headroom.sort((a, b) => a.region.localeCompare(b.region));
    leftOutRegions.sort((a, b) => a.region.localeCompare(b.region));
    return {
        regions,
        stats,
        createsMembers,
        ignoredMembers,
        membership,
        ...(heldRemovals ? { heldRemovals } : {}),
        ...(scope.checkHeadroom && { headroom }),
        ...(leftOutRegions.length > 0 && { leftOutRegions }),
    };
}
async function memberSide(settings, roleSessionName, session, regions, gateways, stats) {
    const log = new run_log/* MemberSideLog */.g8();
    const results = await finishOnMemberSide(regions, {
        administratorId: session.accountId,
        administratorCredentials: session.credentials,
        partition: session.partition,
        stsRegion: session.stsRegion,
        ...settings,
        sessionName: `${roleSessionName.slice(0, 57)}-member`,
        administratorGateways: gateways,
        stats,
        log: (region, line) => log.line(region, line),
    });
    log.print();
    return results;
}
/** The `max-removals` guard over every Region that could be looked at (plan.ts decides). */
function guardAll(looks, limits) {
    const held = (0,src_plan/* guardRemovals */.NX)(looks.flatMap((look) => ('plan' in look ? [look.plan] : [])), limits);
    if (!held)
        return { looks };
    return { looks: looks.map((look) => ('plan' in look ? { ...look, plan: (0,src_plan/* holdRemovals */.h_)(look.plan, held.reason) } : look)), held };
}

// EXTERNAL MODULE: ./src/accounts/index.ts + 7 modules
var accounts = __webpack_require__(7153);
;// CONCATENATED MODULE: ./src/aws/hub-configuration-gateway.ts
// Security Hub CSPM's configuration of the administrator account, read-only: its cross-Region
// aggregation (the finding aggregator) and, per Region, its organization configuration.




const FINDING_AGGREGATOR_PAGES = {
    list: 'ListFindingAggregators',
    maxPages: 10,
    basis: 'an account has one finding aggregator at most, and 10 pages leave room',
};
function createHubConfigurationGateway(homeRegion, credentials, stats) {
    const clients = new Map();
    const clientIn = (region) => {
        let client = clients.get(region);
        if (!client) {
            client = (0,aws_clients/* createClient */.U)(dist_cjs/* SecurityHubClient */.xku, { region, credentials, metering: { ratePerSecond: 10, burst: 25, stats } });
            clients.set(region, client);
        }
        return client;
    };
    return {
        listFindingAggregatorArns: () => (0,errors/* wrapErrors */.Gd)('ListFindingAggregators', homeRegion, () => (0,page_guard/* readAllPages */.s$)(FINDING_AGGREGATOR_PAGES, async (token) => {
            const output = await clientIn(homeRegion).send(new dist_cjs/* ListFindingAggregatorsCommand */.BWW(token ? { NextToken: token } : {}));
            const items = (output.FindingAggregators ?? []).flatMap((aggregator) => aggregator.FindingAggregatorArn ? [aggregator.FindingAggregatorArn] : []);
            return { items, ...(output.NextToken && { nextToken: output.NextToken }) };
        })),
        async getFindingAggregator(arn) {
            // arn:<partition>:securityhub:<region>:<account>:finding-aggregator/<id>
            const region = arn.split(':')[3] || homeRegion;
            return (0,errors/* wrapErrors */.Gd)('GetFindingAggregator', region, async () => {
                const output = await clientIn(region).send(new dist_cjs/* GetFindingAggregatorCommand */.etV({ FindingAggregatorArn: arn }));
                return {
                    arn,
                    homeRegion: output.FindingAggregationRegion || region,
                    linkingMode: output.RegionLinkingMode ?? '',
                    regions: output.Regions ?? [],
                };
            });
        },
        async describeOrganizationConfiguration(region) {
            try {
                const output = await clientIn(region).send(new dist_cjs/* DescribeOrganizationConfigurationCommand */.UDy({}));
                const configurationType = output.OrganizationConfiguration?.ConfigurationType;
                return {
                    delegatedAdministrator: true,
                    ...(configurationType && { configurationType }),
                    memberAccountLimitReached: output.MemberAccountLimitReached === true,
                };
            }
            catch (error) {
                const wrapped = (0,errors/* toAwsCallError */.Dz)('DescribeOrganizationConfiguration', region, error);
                // "Account <id> is not an administrator for this organization" is an InvalidAccessException (docs/aws-behaviour.md#delegated-administrator-and-configuration-type).
                // The same error type also means the hub is not enabled in the Region: only these words say "not the administrator".
                if (wrapped.errorName === 'InvalidAccessException' && /not an administrator/i.test(wrapped.detail))
                    return { delegatedAdministrator: false, reason: wrapped.detail };
                throw wrapped;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/organization/preflight.ts



async function checkOrganizationConfiguration(regions, session, stats) {
    const gateway = createHubConfigurationGateway(regions[0] ?? '', session.credentials, stats);
    const checks = await Promise.all(regions.map(async (region) => {
        try {
            return [region, await gateway.describeOrganizationConfiguration(region)];
        }
        catch (error) {
            return [region, { skipped: (0,errors/* isAccessDenied */.w7)(error) ? 'needs securityhub:DescribeOrganizationConfiguration' : (0,errors/* errorText */.kc)(error) }];
        }
    }));
    return new Map(checks);
}
/** Regions where the check found the administrator is not the delegated administrator. */
function notDelegatedIn(checks) {
    return new Set([...checks].filter(([, check]) => 'delegatedAdministrator' in check && !check.delegatedAdministrator).map(([region]) => region));
}
/** One line per Region for the log and the summary. */
function describeCheck(region, check) {
    if ('skipped' in check)
        return `${region}: delegated administrator check skipped, ${check.skipped}.`;
    if (!check.delegatedAdministrator) {
        return `${region}: this administrator is not the organization's Security Hub CSPM delegated administrator (${check.reason}); organization accounts there are treated as any other account and invited.`;
    }
    const central = check.configurationType === 'CENTRAL'
        ? " Central configuration: the organization accounts' Security Hub CSPM settings come from configuration policies, not from this action."
        : '';
    const full = check.memberAccountLimitReached ? ' AWS reports the organization member limit reached (MemberAccountLimitReached).' : '';
    return `${region}: delegated administrator of the organization, configuration ${check.configurationType ?? 'not stated'}.${central}${full}`;
}

// EXTERNAL MODULE: ./src/organization/selection.ts
var selection = __webpack_require__(3241);
// EXTERNAL MODULE: ./src/scope-stopped.ts
var scope_stopped = __webpack_require__(5771);
;// CONCATENATED MODULE: ./src/organization/listing.ts
// The organization's accounts, read-only: every account (to tell organization accounts from
// external ones) and those under the roots and units asked for, recursively
// (docs/aws-behaviour.md#listing-the-organization).




/** The organization could not be listed: the run stops before any write, with what to do. */
class OrganizationSourceError extends scope_stopped/* ScopeStopped */.e {
    name = 'OrganizationSourceError';
}
/** Organizations allows 5 levels of OUs under a root (its quotas); the walk never goes deeper than this. */
const MAX_DEPTH = 10;
/** Organizations allows 1,000 OUs by default (2,000 raised); the walk visits at most this many units. */
const MAX_UNITS = 5_000;
/**
 * ListAccounts gives every account, with its paths where the service offers them. Units are
 * selected by those paths when every account has one made of IDs (r-…/ou-…); otherwise, or when
 * ListAccounts is denied, the selected units are walked with ListChildren and ListAccountsForParent.
 */
async function listOrganization(scope, gateway) {
    let all;
    let listProblem;
    try {
        all = await gateway.listAccounts();
    }
    catch (error) {
        if (!(0,errors/* isAccessDenied */.w7)(error))
            throw sourceError('ListAccounts', error);
        listProblem = error;
    }
    if (!all) {
        // Without ListAccounts, the whole tree from its roots is both the organization and the selection's source.
        const roots = await asked('ListRoots', () => gateway.listRoots(), listProblem);
        const walked = await walk(roots, gateway, listProblem);
        const members = new Set(walked.accounts.map((account) => account.accountId));
        const selected = scope.kind === 'all'
            ? walked.accounts
            : walked.accounts.filter((account) => scope.unitIds.some((unit) => walked.under.get(unit)?.has(account.accountId)));
        for (const unit of scope.kind === 'units' ? scope.unitIds : []) {
            if (!walked.under.has(unit))
                throw new OrganizationSourceError(notFound(unit));
        }
        return {
            members,
            selected: unique(selected),
            method: `walked ${walked.under.size} root(s) and unit(s) (ListAccounts was denied: ${(0,errors/* errorText */.kc)(listProblem)})`,
        };
    }
    const members = new Set(all.map((account) => account.accountId));
    if (scope.kind === 'all')
        return { members, selected: all, method: `ListAccounts, ${all.length} account(s)` };
    if (all.every((account) => idPathsOf(account).length > 0)) {
        const selected = all.filter((account) => idPathsOf(account).some((segments) => scope.unitIds.some((unit) => segments.includes(unit))));
        const seen = new Set(all.flatMap((account) => idPathsOf(account).flat()));
        // A unit no path names is empty, or not in the organization: ask Organizations which.
        for (const unit of scope.unitIds.filter((id) => !seen.has(id)))
            await confirmUnit(unit, gateway);
        return {
            members,
            selected,
            method: `ListAccounts with account paths, ${selected.length} of ${all.length} account(s) under ${scope.unitIds.join(', ')}`,
        };
    }
    const walked = await walk(scope.unitIds, gateway, undefined);
    const inOrganization = new Map(all.map((account) => [account.accountId, account]));
    // ListAccounts is the organization's list: an account walked but not listed there (moved meanwhile) is taken as walked.
    const selected = walked.accounts.map((account) => inOrganization.get(account.accountId) ?? account);
    for (const account of selected)
        members.add(account.accountId);
    return { members, selected: unique(selected), method: `ListAccounts (no account paths), then walked ${walked.under.size} unit(s)` };
}
/** Each unit's accounts (ListAccountsForParent) and child units (ListChildren), depth first, bounded. */
async function walk(startIds, gateway, listProblem) {
    const under = new Map();
    const accounts = [];
    const visit = async (unit, depth) => {
        const known = under.get(unit);
        if (known)
            return known;
        if (depth > MAX_DEPTH)
            throw new OrganizationSourceError(`Organizational units nest deeper than ${MAX_DEPTH} levels under ${startIds.join(', ')}; stopped.`);
        if (under.size >= MAX_UNITS)
            throw new OrganizationSourceError(`The organization has more than ${MAX_UNITS} units to walk; stopped.`);
        const here = new Set();
        under.set(unit, here);
        const direct = await asked('ListAccountsForParent', () => gateway.listAccountsForParent(unit), listProblem, unit);
        accounts.push(...direct);
        for (const account of direct)
            here.add(account.accountId);
        const children = await asked('ListChildren', () => gateway.listChildUnits(unit), listProblem, unit);
        for (const child of children) {
            if (!selection/* OU_ID */.TS.test(child))
                continue;
            for (const id of await visit(child, depth + 1))
                here.add(id);
        }
        return here;
    };
    for (const id of startIds)
        await visit(id, 0);
    return { accounts, under };
}
async function confirmUnit(unit, gateway) {
    if (selection/* ROOT_ID */.tP.test(unit)) {
        const roots = await asked('ListRoots', () => gateway.listRoots(), undefined);
        if (!roots.includes(unit))
            throw new OrganizationSourceError(notFound(unit));
        return;
    }
    await asked('ListChildren', () => gateway.listChildUnits(unit), undefined, unit);
}
/** An account's paths as lists of IDs, or none when a path holds anything but organization IDs. */
function idPathsOf(account) {
    const paths = (account.paths ?? []).map((path) => path.split('/').filter((segment) => segment !== ''));
    const isId = (segment) => /^o-[0-9a-z]{10,32}$/.test(segment) || selection/* ROOT_ID */.tP.test(segment) || selection/* OU_ID */.TS.test(segment) || /^\d{12}$/.test(segment);
    if (paths.length === 0 ||
        !paths.every((segments) => segments.length > 0 && segments.every(isId) && segments.some((segment) => selection/* ROOT_ID */.tP.test(segment))))
        return [];
    return paths;
}
async function asked(operation, call, listProblem, unit) {
    try {
        return await call();
    }
    catch (error) {
        if (error.errorName === 'ParentNotFoundException' && unit)
            throw new OrganizationSourceError(notFound(unit));
        throw sourceError(operation, error, listProblem);
    }
}
function sourceError(operation, error, listProblem) {
    const name = error.errorName;
    if (name === 'AWSOrganizationsNotInUseException') {
        return new OrganizationSourceError(`organization-accounts is set, but the administrator account is not in an AWS Organization (${operation}: ${(0,errors/* errorText */.kc)(error)}).`);
    }
    const denied = (0,errors/* isAccessDenied */.w7)(error)
        ? ` The role needs organizations:${operation}${listProblem ? ' (ListAccounts was denied too)' : ''}, and the administrator account must be the organization's management account or a delegated administrator (see examples/iam/).`
        : '';
    return new OrganizationSourceError(`Could not list the organization's accounts: ${(0,errors/* errorText */.kc)(error)}.${denied}`);
}
function notFound(unit) {
    return `${unit} in organization-accounts is not a root or organizational unit of this organization (Organizations: ParentNotFoundException). Check the ID.`;
}
function unique(accounts) {
    const seen = new Set();
    return accounts.filter((account) => !seen.has(account.accountId) && seen.add(account.accountId));
}

;// CONCATENATED MODULE: ./src/organization/source.ts



async function organizationAccounts(scope, region, session, stats) {
    // Loaded only when organization-accounts is set.
    const { createOrganizationsGateway } = await Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(574)]).then(__webpack_require__.bind(__webpack_require__, 4574));
    const gateway = createOrganizationsGateway(region, session.credentials, stats);
    const [listing, managementAccount] = await Promise.all([listOrganization(scope, gateway), managementAccountOf(gateway)]);
    const accounts = [];
    const leftOut = [];
    for (const account of listing.selected) {
        // Only ACTIVE accounts are onboarded: SUSPENDED, PENDING_CLOSURE, CLOSED and PENDING_ACTIVATION are not.
        if (account.state === 'ACTIVE')
            accounts.push({ accountId: account.accountId, origin: { kind: 'organization' } });
        else
            leftOut.push({ accountId: account.accountId, reason: `${account.state || 'no state given'} in AWS Organizations` });
    }
    return { accounts, leftOut, members: listing.members, managementAccount, method: listing.method };
}
/** DescribeOrganization names the management account; a role that may not call it skips the check. */
async function managementAccountOf(gateway) {
    try {
        const { managementAccountId } = await gateway.describeOrganization();
        return managementAccountId ? { accountId: managementAccountId } : {};
    }
    catch (error) {
        if ((0,errors/* isAccessDenied */.w7)(error))
            return { skipped: 'needs organizations:DescribeOrganization' };
        return { skipped: (0,errors/* errorText */.kc)(error) };
    }
}

// EXTERNAL MODULE: ./src/regions/selection.ts
var regions_selection = __webpack_require__(2511);
;// CONCATENATED MODULE: ./src/regions/resolve.ts





/** Regions could not be resolved: the run stops before any write, with what to do. */
class RegionResolutionError extends scope_stopped/* ScopeStopped */.e {
    name = 'RegionResolutionError';
}
async function resolveRegions(settings, session, stats) {
    const excluded = new Set(settings.excludeRegions ?? []);
    if (!settings.regionsFrom) {
        const leftOut = [...excluded].map((region) => ({ region, reason: 'left out by exclude-regions' }));
        return {
            regions: settings.regions,
            source: `${settings.regions.length} Region(s) named in regions`,
            fromEnabledList: new Set(),
            leftOut,
            notes: [],
        };
    }
    const { keyword } = settings.regionsFrom;
    // Asked where STS answered: a Region enabled for the account, of its partition.
    const homeRegion = session.stsRegion;
    const found = keyword === 'enabled' ? await fromEnabled(homeRegion, session, stats) : await fromAggregation(homeRegion, session, stats);
    // Region names from AWS become endpoints and log text: only well-formed names are used.
    const malformed = found.regions.filter((name) => !regions_selection/* REGION_PATTERN */.aY.test(name));
    if (malformed.length > 0) {
        throw new RegionResolutionError(`regions: ${keyword}: AWS answered ${malformed.length} Region name(s) that are not Region names (${JSON.stringify(malformed.slice(0, 3)).slice(0, 200)}); name the Regions in 'regions'.`);
    }
    const regions = found.regions.filter((region) => !excluded.has(region));
    const leftOut = found.regions
        .filter((region) => excluded.has(region))
        .map((region) => ({ region, reason: 'left out by exclude-regions' }));
    if (regions.length === 0) {
        throw new RegionResolutionError(`regions: ${keyword} found ${describeList(found.regions)}, and exclude-regions leaves out all of them; nothing would be onboarded.`);
    }
    return { ...found, regions, leftOut };
}
/** account:ListRegions (ENABLED, ENABLED_BY_DEFAULT); where it is denied or not offered, ec2:DescribeRegions. */
async function enabledRegions(homeRegion, session, stats) {
    const { createAccountGateway } = await __webpack_require__.e(/* import() */ 229).then(__webpack_require__.bind(__webpack_require__, 2229));
    let accountProblem;
    try {
        const regions = await createAccountGateway(homeRegion, session.credentials, stats).listEnabledRegions();
        if (regions.length > 0)
            return { regions: sorted(regions), via: 'account:ListRegions', notes: [] };
        accountProblem = new Error('ListRegions listed no enabled Region');
    }
    catch (error) {
        accountProblem = error;
    }
    // The EC2 client is loaded only here: most runs never need it.
    const { createEc2Gateway } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(980)]).then(__webpack_require__.bind(__webpack_require__, 5980));
    try {
        const regions = await createEc2Gateway(homeRegion, session.credentials, stats).describeEnabledRegions();
        if (regions.length === 0)
            throw new Error('DescribeRegions listed no enabled Region');
        const note = `account:ListRegions could not list the enabled Regions (${(0,errors/* errorText */.kc)(accountProblem)}); they came from ec2:DescribeRegions.`;
        return { regions: sorted(regions), via: 'ec2:DescribeRegions', notes: [note] };
    }
    catch (error) {
        const permissions = (0,errors/* isAccessDenied */.w7)(accountProblem) && (0,errors/* isAccessDenied */.w7)(error)
            ? ' The role needs account:ListRegions or ec2:DescribeRegions (see examples/iam/).'
            : '';
        throw new RegionResolutionError(`Could not list the Regions enabled for account ${session.accountId}: account:ListRegions: ${(0,errors/* errorText */.kc)(accountProblem)}; ec2:DescribeRegions: ${(0,errors/* errorText */.kc)(error)}.${permissions} Or name the Regions in 'regions'.`);
    }
}
async function fromEnabled(homeRegion, session, stats) {
    const { regions, via, notes } = await enabledRegions(homeRegion, session, stats);
    return {
        regions,
        source: `regions: enabled, ${regions.length} Region(s) enabled for account ${session.accountId} (${via})`,
        fromEnabledList: new Set(regions),
        notes,
    };
}
/**
 * The aggregator's home Region plus its linked Regions (docs/aws-behaviour.md#cross-region-aggregation): ALL_REGIONS is every
 * enabled Region, ALL_REGIONS_EXCEPT_SPECIFIED every enabled Region but those listed,
 * SPECIFIED_REGIONS those listed, NO_REGIONS none but the home Region.
 */
async function fromAggregation(homeRegion, session, stats) {
    const gateway = createHubConfigurationGateway(homeRegion, session.credentials, stats);
    const arns = await resolve_asked('securityhub:ListFindingAggregators', () => gateway.listFindingAggregatorArns());
    if (arns.length === 0) {
        throw new RegionResolutionError(`regions: linked needs a cross-Region aggregation, and account ${session.accountId} has no finding aggregator (ListFindingAggregators in ${homeRegion} found none). ` +
            "Use 'regions: enabled' for every enabled Region, or name the Regions.");
    }
    const aggregator = await resolve_asked('securityhub:GetFindingAggregator', () => gateway.getFindingAggregator(arns[0]));
    const linked = await linkedRegions(aggregator, homeRegion, session, stats);
    const source = `regions: linked, the home Region ${aggregator.homeRegion} and ${linked.regions.length - 1} linked Region(s) of finding aggregator ${aggregator.arn} (${aggregator.linkingMode})`;
    return { ...linked, source };
}
async function linkedRegions(aggregator, homeRegion, session, stats) {
    const listed = new Set(aggregator.regions);
    switch (aggregator.linkingMode) {
        case 'ALL_REGIONS':
        case 'ALL_REGIONS_EXCEPT_SPECIFIED': {
            const enabled = await enabledRegions(homeRegion, session, stats);
            const kept = enabled.regions.filter((region) => aggregator.linkingMode === 'ALL_REGIONS' || !listed.has(region));
            const fromEnabledList = new Set(kept.filter((region) => region !== aggregator.homeRegion));
            return { regions: sorted(new Set([aggregator.homeRegion, ...kept])), fromEnabledList, notes: enabled.notes };
        }
        case 'SPECIFIED_REGIONS':
            return { regions: sorted(new Set([aggregator.homeRegion, ...aggregator.regions])), fromEnabledList: new Set(), notes: [] };
        case 'NO_REGIONS':
            return { regions: [aggregator.homeRegion], fromEnabledList: new Set(), notes: [] };
        default:
            throw new RegionResolutionError(`Finding aggregator ${aggregator.arn} has the Region linking mode '${aggregator.linkingMode}', which this action does not know; name the Regions in 'regions'.`);
    }
}
async function resolve_asked(permission, call) {
    try {
        return await call();
    }
    catch (error) {
        const hint = (0,errors/* isAccessDenied */.w7)(error) ? ` The role needs ${permission} for regions: linked (see examples/iam/).` : '';
        throw new RegionResolutionError(`Could not read the cross-Region aggregation: ${(0,errors/* errorText */.kc)(error)}.${hint}`);
    }
}
function sorted(regions) {
    return [...regions].sort();
}
function describeList(regions) {
    return regions.length === 0 ? 'no Region' : regions.join(', ');
}

;// CONCATENATED MODULE: ./src/scope.ts
// What a run acts on when it follows AWS: its Regions (`regions: enabled | linked`, exclude-regions)
// and its accounts (organization-accounts, exclude-accounts), with the preflight checks. Read-only;
// a plain Region list and a plain accounts file pass through unchanged.





/** Too many accounts once the organization joins the other sources: stops before any write. */
class ScopeError extends scope_stopped/* ScopeStopped */.e {
    name = 'ScopeError';
}
async function resolveScope(settings, session, listed, stats) {
    // Account-wide calls (Account, EC2, Organizations, ListFindingAggregators) go where STS answered: a Region enabled for the account.
    const region = session.stsRegion;
    // The Regions (and then each Region's check) and the organization's accounts are read side by side.
    const regionsAndChecks = resolveRegions(settings, session, stats).then(async (resolved) => ({
        resolved,
        checks: settings.organizationAccounts
            ? await checkOrganizationConfiguration(resolved.regions, session, stats)
            : new Map(),
    }));
    const [{ resolved, checks }, organization] = await Promise.all([
        regionsAndChecks,
        settings.organizationAccounts ? organizationAccounts(settings.organizationAccounts, region, session, stats) : undefined,
    ]);
    const excluded = new Set(settings.excludeAccounts ?? []);
    // The administrator is an account of its organization too; it cannot be its own member.
    const fromOrganization = (organization?.accounts ?? []).filter((account) => account.accountId !== session.accountId);
    const all = union(listed, fromOrganization);
    const desired = all.filter((account) => !excluded.has(account.accountId));
    if (organization && desired.length === 0) {
        throw new ScopeError(`No accounts to onboard: organization-accounts found ${organization.accounts.length + organization.leftOut.length} account(s), none ACTIVE and not excluded, and account-ids and accounts-file add none.`);
    }
    if (desired.length > accounts/* LIMITS */.b1.maxAccounts) {
        throw new ScopeError(`Too many accounts: the sources together name ${desired.length}, and a run onboards at most ${accounts/* LIMITS */.b1.maxAccounts}. Narrow organization-accounts to some units, or add exclude-accounts.`);
    }
    const leftOutAccounts = [
        ...(organization?.leftOut ?? []).filter((account) => !excluded.has(account.accountId)),
        ...all
            .filter((account) => excluded.has(account.accountId))
            .map(({ accountId }) => ({ accountId, reason: 'excluded by exclude-accounts' })),
    ];
    return {
        settings: { ...settings, regions: resolved.regions },
        desired,
        onboard: {
            ...(organization && { organizationMembers: organization.members, notDelegatedIn: notDelegatedIn(checks), checkHeadroom: true }),
            ...(excluded.size > 0 && { excluded }),
            ...(resolved.fromEnabledList.size > 0 && { optionalRegions: resolved.fromEnabledList }),
        },
        report: {
            regionSource: resolved.source,
            leftOutRegions: resolved.leftOut,
            regionNotes: resolved.notes,
            ...(organization && {
                organization: {
                    method: organization.method,
                    found: organization.accounts.length + organization.leftOut.length,
                    onboarded: fromOrganization.length,
                },
            }),
            leftOutAccounts,
            checks: [...[...checks].map(([checked, check]) => describeCheck(checked, check)), ...managementAccountCheck(organization, desired)],
        },
    };
}
/** An account listed twice counts once, as its first source gives it (the file, with its email). */
function union(first, second) {
    const seen = new Set(first.map((account) => account.accountId));
    return [...first, ...second.filter((account) => !seen.has(account.accountId))];
}
/** AWS never enables Security Hub CSPM in the management account by CreateMembers (docs/aws-behaviour.md#the-management-account). */
function managementAccountCheck(organization, desired) {
    if (!organization)
        return [];
    const management = organization.managementAccount;
    if ('skipped' in management)
        return [`Management account check skipped, ${management.skipped}.`];
    if (!management.accountId || !desired.some((account) => account.accountId === management.accountId))
        return [];
    return [
        `Account ${management.accountId} is the organization's management account: AWS never enables Security Hub CSPM in it automatically. Enable Security Hub CSPM in it yourself, in every Region of this run, so that it can be a member.`,
    ];
}

;// CONCATENATED MODULE: ./src/aws-side.ts
// What main.ts loads once the inputs and the accounts are good: the scope (Regions, organization
// accounts, checks) and the onboarding, and with them the AWS SDK. Kept out of the start-up path
// so that a run refused on its inputs never loads the SDK (issue 16).




/***/ })

};

//# sourceMappingURL=723.index.js.map