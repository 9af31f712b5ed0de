import { XhhtError, type Issue, type IssuePath } from '../errors.js';
import { say, textOf } from '../messages/say.js';
import { COMMON, PLANS } from '../messages/sections.js';
import type { Plan } from './plan.js';
import type { PlanInput } from './schema.js';
import { validatePlan, type DefinePlanOptions } from './validate.js';

export type { DefinePlanOptions } from './validate.js';

/**
 * Validates a plan written by a person or read from JSON and returns the
 * canonical, typed plan. Percentages become exact decimal text; comparators
 * default to `at-least`; an English text left out repeats the Vietnamese
 * (marked `untranslated`); an indicator the plan defines needs only its id,
 * group, kind and Vietnamese label.
 *
 * With `extends`, the parent's indicators and baselines are inherited, and
 * its targets as `inherit` says: by default (`level`) those of indicators
 * measured at the plan's jurisdiction level or below, so a commune plan
 * extending Decision 1373 gets no "Tỷ lệ tỉnh …" row; `all` takes every
 * target, `none` none. A target of the child replaces the parent's target
 * for the same indicator and year, and a baseline of the child replaces the
 * parent's baseline for the same indicator. A child whose period is narrower
 * than its parent's inherits only the parent's targets inside its own period
 * (a province plan for 2026–2030 under 1373/QĐ-TTg gets the 2030 targets);
 * its own targets must lie inside its period.
 *
 * The plan returned is deeply frozen (as are the built-in plans), and
 * `definePlan` gives such a plan back as it is: a plan defined with a parent
 * from `options.plans` can be passed on (to `computeAttainment`…) without the
 * parent. A copy of it (spread, JSON) is a plan as written again. The input
 * and the parents are never changed.
 *
 * Throws `invalid-plan` with every problem in `error.issues` (each with its
 * path and a message in both languages; see `validatePlan` to get them
 * without a throw) for a malformed plan, a target for an unknown indicator, a
 * target kind that does not fit its indicator, two targets for the same
 * indicator and year, a target outside the plan's period, or a baseline that
 * has no year or date, does not fit its indicator or repeats one;
 * `unknown-plan` when an unknown parent is the only problem.
 *
 * @param input - the plan as written (object or parsed JSON)
 * @param options - extra parent plans for `extends`
 * @returns the plan with inherited targets resolved
 * @example
 * const source = {
 *   type: 'plan',
 *   number: '45/KH-UBND',
 *   issuer: { vi: 'UBND xã Long Phụng' },
 *   verified: true,
 *   confidence: 'local',
 * };
 * const xa = definePlan({
 *   id: 'xa-long-phung-2021-2030',
 *   title: { vi: 'Kế hoạch xây dựng xã hội học tập xã Long Phụng' },
 *   issuer: 'UBND xã Long Phụng',
 *   reference: '45/KH-UBND',
 *   jurisdiction: { level: 'commune', name: 'Long Phụng' },
 *   period: { from: 2021, to: 2030 },
 *   source,
 *   extends: 'qd-1373',
 *   targets: [
 *     {
 *       kind: 'percent',
 *       indicator: 'working-age-life-skills',
 *       year: 2025,
 *       value: 60,
 *       source: { ...source, section: 'Mục II.2' },
 *     },
 *   ],
 * });
 * xa.targets.length; // 12: qd-1373's commune-level targets (none of "Tỷ lệ tỉnh …"), one of them raised to 60
 */
export function definePlan(input: PlanInput | unknown, options: DefinePlanOptions = {}): Plan {
  const { plan, issues } = validatePlan(input, options);
  if (plan) return plan;
  // the id for the message, read without trusting the input again (it could not be read, or answers differently now)
  let id: unknown;
  try {
    id = (input as { id?: unknown } | null)?.id;
  } catch {
    id = undefined;
  }
  throw planError(issues, typeof id === 'string' ? id : undefined);
}

/** `targets[0].value`: a path as a reader of a JSON file looks for it. */
function pathText(path: IssuePath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

/** One error carrying every issue; the first names its path. */
function planError(issues: readonly Issue[], id: string | undefined): XhhtError {
  const first = issues[0]!;
  const more = issues.length - 1;
  const where = first.path.length > 0 ? `${pathText(first.path)}: ` : '';
  // an unknown parent alone keeps its own code: the plan may be fine otherwise
  if (issues.every((i) => i.code === 'unknown-plan')) {
    return new XhhtError('unknown-plan', textOf(first), { path: first.path, issues });
  }
  const name = id === undefined ? '' : ` "${id}"`;
  const others = more > 0 ? say(COMMON, 'issues.more', { more }) : '';
  return new XhhtError('invalid-plan', say(PLANS, 'invalid-plan', { name, where, reason: textOf(first), others }), {
    path: first.path,
    issues,
  });
}
