/**
 * The options of the plan functions, read once: `plans` (parents a plan may
 * extend besides the built-in ones) and `lang`. A plan made by definePlan is
 * kept as it is (checked and frozen); anything else is a copy, checked by the
 * function that reads it.
 */
import { say } from '../messages/say.js';
import { PLANS } from '../messages/sections.js';
import { describe } from '../util/describe.js';
import { XhhtError } from '../errors.js';
import { isArray, isRecord, objectArg, oneOfArg } from '../util/guards.js';
import { isDefinedPlan } from './freeze.js';
import type { Plan } from './plan.js';

/**
 * Options as a plain copy (plans made by definePlan kept), with `plans` a list
 * of objects and `lang` 'vi' or 'en' when given; `invalid-input` otherwise.
 *
 * @example
 * readPlanOptions({ plans: [getPlan('qd-1373')], lang: 'en' }).plans?.length; // 1
 * readPlanOptions({ plans: 'qd-1373' }); // throws XhhtError { code: 'invalid-input', path: ['plans'] }
 */
export function readPlanOptions(options: unknown): {
  readonly plans?: readonly Plan[];
  readonly [key: string]: unknown;
} {
  if (options === undefined) return {};
  const o = objectArg(options, 'options', [], isDefinedPlan);
  if (o.plans !== undefined) {
    if (!isArray(o.plans)) {
      throw new XhhtError('invalid-input', say(PLANS, 'invalid-input.plans-option', { value: describe(o.plans) }), {
        path: ['plans'],
      });
    }
    o.plans.forEach((p, i) => {
      if (!isRecord(p) || typeof p.id !== 'string') {
        throw new XhhtError(
          'invalid-input',
          say(PLANS, 'invalid-input.plans-option-item', { index: i, value: describe(p) }),
          { path: ['plans', i] },
        );
      }
    });
  }
  if (o.lang !== undefined) oneOfArg(o.lang, ['vi', 'en'] as const, 'lang');
  return o as { readonly plans?: readonly Plan[] };
}
