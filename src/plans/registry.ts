import { XhhtError } from '../errors.js';
import type { Plan } from './plan.js';
import { QD_1373 } from './qd-1373.js';

const BUILT_IN: readonly Plan[] = [QD_1373];
const BY_ID: ReadonlyMap<string, Plan> = new Map(BUILT_IN.map((p) => [p.id, p]));

/**
 * The plans that ship with xhht.
 *
 * @example
 * listPlans().map((p) => p.id); // ['qd-1373', …]
 */
export function listPlans(): readonly Plan[] {
  return BUILT_IN;
}

/**
 * The built-in plan with this id, or `undefined`.
 *
 * @example
 * findPlan('qd-1373')?.reference; // '1373/QĐ-TTg'
 */
export function findPlan(id: string): Plan | undefined {
  return BY_ID.get(id);
}

/**
 * The built-in plan with this id; throws `unknown-plan` otherwise.
 *
 * @example
 * getPlan('qd-1373').period; // { from: 2021, to: 2030 }
 * getPlan('qd-9999');        // throws XhhtError { code: 'unknown-plan' }
 */
export function getPlan(id: string): Plan {
  const found = BY_ID.get(id);
  if (found) return found;
  throw new XhhtError('unknown-plan', `no plan "${id}"; built-in plans: ${BUILT_IN.map((p) => p.id).join(', ')}`, {
    messageVi: `không có kế hoạch "${id}"; các kế hoạch có sẵn: ${BUILT_IN.map((p) => p.id).join(', ')}`,
  });
}

/**
 * The years a plan has targets for, ascending.
 *
 * @example
 * planYears(getPlan('qd-1373')); // [2025, 2030]
 */
export function planYears(plan: Plan): number[] {
  return [...new Set(plan.targets.map((t) => t.year))].sort((a, b) => a - b);
}
