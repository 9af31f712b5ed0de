import { describe } from '../describe.js';
import { arrayArg, isRecord, objectArg, textArg } from '../guards.js';
import { say } from '../messages/say.js';
import { VALUES } from '../messages/sections.js';
import { isDefinedPlan } from './freeze.js';
import { XhhtError } from '../errors.js';
import type { Plan } from './plan.js';
import { QD_1373 } from './qd-1373.js';
// national programmes on learning models (issue 4)
import { QD_387 } from './qd-387.js';
import { QD_677 } from './qd-677.js';
// roadmap of universal preschool education for children aged 3–5 (Decree 277/2025)
import { ND_277 } from './nd-277.js';
// local plans shipped as examples (Bắc Giang 2021–2030, Huế 2026)
import { BAC_GIANG_2021_2030 } from './examples/bac-giang-2021-2030.js';
import { HUE_2026 } from './examples/hue-2026.js';

// frozen, like each plan: the list is shared by every caller
const BUILT_IN: readonly Plan[] = Object.freeze([QD_1373, QD_387, QD_677, ND_277, BAC_GIANG_2021_2030, HUE_2026]);
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
  const found = BY_ID.get(textArg(id, 'id', 'unknown-plan'));
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
