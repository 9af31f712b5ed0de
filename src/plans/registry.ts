import { describe } from '../util/describe.js';
import { arrayArg, isRecord, objectArg, textArg } from '../util/guards.js';
import { isDefinedPlan } from './freeze.js';
import { XhhtError } from '../errors.js';
import { say } from '../messages/say.js';
import { PLANS, VALUES } from '../messages/sections.js';
import type { Plan } from './plan.js';
import { qd1373Plan } from './qd-1373.js';
// national programmes on learning models (issue 4)
import { qd387Plan } from './qd-387.js';
import { qd677Plan } from './qd-677.js';
// roadmap of universal preschool education for children aged 3–5 (Decree 277/2025)
import { nd277Plan } from './nd-277.js';
// local plans shipped as examples (Bắc Giang 2021–2030, Huế 2026)
import { bacGiang20212030Plan } from './examples/bac-giang-2021-2030.js';
import { hue2026Plan } from './examples/hue-2026.js';
import { once } from '../util/once.js';

// frozen, like each plan: the list is shared by every caller; made on first use, as each plan
const plans = () =>
  [qd1373Plan(), qd387Plan(), qd677Plan(), nd277Plan(), bacGiang20212030Plan(), hue2026Plan()] as const;
const builtIn = /* @__PURE__ */ once(() => {
  const list: readonly BuiltIn[] = Object.freeze(plans());
  return { list, byId: new Map(list.map((p) => [p.id, p])) as ReadonlyMap<string, BuiltIn> };
});

/**
 * The id of a built-in plan, read from the list of plans that ship (so the two
 * cannot drift). Fields that may also name a plan the caller defines (a plan's
 * `extends`, with `options.plans`) take `PlanId | (string & {})`.
 *
 * @example
 * const id: PlanId = 'qd-1373';
 * getPlan(id).reference; // '1373/QĐ-TTg'
 */
export type PlanId = ReturnType<typeof plans>[number]['id'];

/** A built-in plan: its id is one of {@link PlanId}. */
type BuiltIn = Plan & { readonly id: PlanId };

/**
 * The plans that ship with xhht.
 *
 * @example
 * listPlans().map((p) => p.id); // ['qd-1373', …]
 */
export function listPlans(): readonly (Plan & { readonly id: PlanId })[] {
  return builtIn().list;
}

/**
 * The built-in plan with this id, or `undefined`. Takes any text (an id read
 * from a file or the command line): the way to ask whether an id is built in.
 *
 * @example
 * findPlan('qd-1373')?.reference; // '1373/QĐ-TTg'
 */
export function findPlan(id: PlanId | (string & {})): Plan | undefined {
  return builtIn().byId.get(id);
}

/**
 * The built-in plan with this id; throws `unknown-plan` otherwise. Takes only
 * a built-in id ({@link PlanId}): a plan of the caller's own is an object, not
 * an id to look up here, so a misspelt id is a compile error. For an id known
 * only at run time, use `findPlan`.
 *
 * @example
 * getPlan('qd-1373').period; // { from: 2021, to: 2030 }
 * getPlan('qd-9999');        // throws XhhtError { code: 'unknown-plan' }
 */
export function getPlan(id: PlanId): Plan {
  const found = builtIn().byId.get(textArg(id, 'id', 'unknown-plan'));
  if (found) return found;
  throw new XhhtError(
    'unknown-plan',
    say(PLANS, 'unknown-plan', {
      id,
      plans: builtIn()
        .list.map((p) => p.id)
        .join(', '),
    }),
  );
}

/**
 * The years a plan has targets for, ascending.
 *
 * @example
 * planYears(getPlan('qd-1373')); // [2025, 2030]
 */
export function planYears(plan: Plan): number[] {
  // a plan made by definePlan or built in is checked; anything else is read once, and its years checked
  const years = isDefinedPlan(plan) ? plan.targets.map((t) => t.year) : targetYears(plan);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** The `year` of each target of a plan not made by definePlan, read once; `invalid-plan` when one is not a year. */
function targetYears(plan: unknown): number[] {
  const p = objectArg(plan, 'plan');
  const targets = arrayArg(p.targets, 'targets', ['targets']);
  return targets.map((t, i) => {
    const year = isRecord(t) ? t.year : undefined;
    if (Number.isInteger(year)) return year as number;
    throw new XhhtError('invalid-plan', say(VALUES, 'invalid-plan.target-year', { index: i, value: describe(year) }), {
      path: ['targets', i, 'year'],
    });
  });
}
