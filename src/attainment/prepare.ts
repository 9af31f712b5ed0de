import { describe } from '../util/describe.js';
import type { Indicator } from '../catalog/indicator.js';
import { findIndicator } from '../catalog/registry.js';
import { XhhtError } from '../errors.js';
import { parseThreshold, type Threshold } from '../exact/threshold.js';
import { yearDeadline } from '../dates/iso.js';
import { definePlan } from '../plans/define.js';
import type { Plan } from '../plans/plan.js';
import { getPlan, planYears, type PlanId } from '../plans/registry.js';
import type { Target } from '../plans/target.js';
import type { ReadPoint } from '../progress/assess.js';
import { planBaselinePoint } from '../progress/baselines.js';
import type { PlanRef } from './result.js';
import { say } from '../messages/say.js';
import { ATTAINMENT } from '../messages/sections.js';

/**
 * A target with everything the hot loop needs already looked up and parsed.
 *
 * @example
 * const pt = preparePlan('qd-1373', 2025).byIndicator.get('provinces-literacy-level-2')!;
 * pt.threshold;   // { text: '70', scaled: 70, scale: 0 }
 * pt.thresholds.map((t) => t.text); // ['70', '90'] (this year's first, then 2030's)
 * pt.deadline;    // '2025-12-31'
 * pt.targetProvisional;     // false: the target is verified law
 * pt.definitionProvisional; // false: so is the indicator
 */
export interface PreparedTarget {
  readonly target: Target;
  readonly indicator: Indicator;
  readonly threshold: Threshold | null;
  readonly deadline: string;
  /** The target's source is not verified. */
  readonly targetProvisional: boolean;
  /** The indicator's definition is not verified. */
  readonly definitionProvisional: boolean;
  /** The plan's baseline of the indicator, read once; `null` when the plan has none. */
  readonly baseline: ReadPoint | null;
  /**
   * The thresholds of every percent target of the indicator in the plan, all years, this one
   * first: the guards of the display when one of them is off the tenth grid (see {@link displayGuards}).
   */
  readonly thresholds: readonly Threshold[];
  /** The most decimals among `thresholds` (0 when none). */
  readonly finest: number;
}

/**
 * What the display of a share must agree with besides the tenth grid, at `decimals` places: the
 * plan's thresholds of the indicator when one of them is off that grid (11.995%), else `null` (the
 * display rule alone gives every verdict). All years, so that one report shows one text per share.
 *
 * @example
 * displayGuards(preparePlan('qd-1373', 2025).byIndicator.get('universities-digital')!, 2); // null (70% and 90%)
 */
export function displayGuards(pt: PreparedTarget, decimals: number): readonly Threshold[] | null {
  return pt.finest > Math.min(decimals, 1) ? pt.thresholds : null;
}

/**
 * A plan year ready for evaluation: looked up, validated and parsed once.
 *
 * @example
 * const p = preparePlan('qd-1373', 2025);
 * p.targets.length;                           // 15
 * p.isKnownIndicator('universities-digital'); // true
 * p.isKnownIndicator('no-such-indicator');    // false
 */
export interface PreparedPlan {
  readonly plan: Plan;
  readonly ref: PlanRef;
  readonly year: number;
  readonly targets: readonly PreparedTarget[];
  readonly byIndicator: ReadonlyMap<string, PreparedTarget>;
  /** Indicators known to the plan or the catalog, for telling "unknown" from "not targeted this year". */
  readonly isKnownIndicator: (id: string) => boolean;
}

/**
 * Resolves a plan id or object and a year into a {@link PreparedPlan}, once per
 * report, so that evaluating each observation needs no lookup or parsing.
 * Throws `unknown-plan`, `invalid-plan`, `invalid-year` or `year-not-in-plan`.
 *
 * @example
 * preparePlan('qd-1373', 2025).ref.reference; // '1373/QĐ-TTg'
 * preparePlan('qd-1373', 2024); // throws XhhtError { code: 'year-not-in-plan' } (it has targets for 2025, 2030)
 */
export function preparePlan(planOrId: PlanId | (string & {}) | Plan, year: unknown): PreparedPlan {
  // any other text is an `unknown-plan` error, thrown by getPlan
  const plan = typeof planOrId === 'string' ? getPlan(planOrId as PlanId) : definePlan(planOrId);
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw new XhhtError('invalid-year', say(ATTAINMENT, 'invalid-year.appendix', { year: describe(year) }), {
      path: ['year'],
    });
  }
  const own = new Map((plan.indicators ?? []).map((i) => [i.id, i]));
  const lookup = (id: string) => own.get(id) ?? findIndicator(id);
  const targets: PreparedTarget[] = [];
  const baselines = new Map((plan.baselines ?? []).map((b) => [b.indicator, b]));
  // every percent threshold of each indicator, all years (parsed once)
  const byIndicator = new Map<string, Threshold[]>();
  for (const t of plan.targets) {
    if (t.kind !== 'percent') continue;
    const list = byIndicator.get(t.indicator);
    if (list) list.push(parseThreshold(t.value));
    else byIndicator.set(t.indicator, [parseThreshold(t.value)]);
  }
  for (const target of plan.targets) {
    if (target.year !== year) continue;
    const indicator = lookup(target.indicator);
    if (!indicator) {
      throw new XhhtError(
        'unknown-indicator',
        say(ATTAINMENT, 'unknown-indicator.plan-target', { id: plan.id, indicator: target.indicator }),
      );
    }
    const threshold = target.kind === 'percent' ? parseThreshold(target.value) : null;
    const others =
      threshold === null ? [] : byIndicator.get(target.indicator)!.filter((t) => t.text !== threshold.text);
    const thresholds = threshold === null ? [] : [threshold, ...others];
    targets.push({
      target,
      indicator,
      threshold,
      thresholds,
      finest: Math.max(0, ...thresholds.map((t) => t.scale)),
      deadline: yearDeadline(year),
      targetProvisional: !target.source.verified,
      definitionProvisional: !indicator.source.verified,
      baseline:
        target.kind === 'yes-no' || !baselines.has(target.indicator)
          ? null
          : planBaselinePoint(baselines.get(target.indicator)!),
    });
  }
  if (targets.length === 0) {
    const years = planYears(plan);
    const list = years.length > 0 ? years.join(', ') : say(ATTAINMENT, 'year-not-in-plan.no-year');
    throw new XhhtError('year-not-in-plan', say(ATTAINMENT, 'year-not-in-plan', { id: plan.id, year, years: list }), {
      path: ['year'],
    });
  }
  return {
    plan,
    ref: { id: plan.id, title: plan.title, reference: plan.reference, issuer: plan.issuer, source: plan.source },
    year,
    targets,
    byIndicator: new Map(targets.map((t) => [t.target.indicator, t])),
    isKnownIndicator: (id) => lookup(id) !== undefined,
  };
}
