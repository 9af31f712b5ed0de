import { deepFreeze } from '../util/freeze.js';
import type { Plan } from './plan.js';

/*
 * Built-in plans and indicators are shared by every caller in the process, and
 * a plan `definePlan` checked must stay as checked: both are deeply frozen, so
 * `getPlan('qd-1373').targets[0].value = '99'` throws (in strict code) instead
 * of changing every later result.
 */

/** Marks plans made by `definePlan` or built in; private, so a copy or a hand-made object never carries it. */
const DEFINED: unique symbol = Symbol('xhht.definedPlan');

/**
 * Marks a checked plan as defined and deeply freezes it: `definePlan` gives a
 * defined plan back as it is, without resolving its `extends` again.
 *
 * @param plan - a plan this library built or checked (never the caller's own objects)
 * @returns the same plan, frozen; a built-in plan's id stays literal (see `PlanId`)
 * @example
 * const plan = sealPlan({ ...fields, targets: [] });
 * isDefinedPlan(plan);     // true
 * Object.isFrozen(plan);   // true
 * isDefinedPlan({ ...plan }); // false: a copy is a plan as written
 */
export function sealPlan<const Id extends string>(plan: Plan & { readonly id: Id }): Plan & { readonly id: Id } {
  Object.defineProperty(plan, DEFINED, { value: true });
  return deepFreeze(plan);
}

/**
 * True for a plan made by `definePlan` or built in (see {@link sealPlan}).
 *
 * @example
 * isDefinedPlan(getPlan('qd-1373'));                 // true
 * isDefinedPlan(JSON.parse(JSON.stringify(getPlan('qd-1373')))); // false
 */
export function isDefinedPlan(value: unknown): value is Plan {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return Object.hasOwn(value, DEFINED);
  } catch {
    // a revoked Proxy is no plan of ours
    return false;
  }
}
