import { findIndicator } from '../catalog/registry.js';
import type { Indicator, IndicatorKind } from '../catalog/indicator.js';
import { XhhtError, makeIssue, type Issue } from '../errors.js';
import type { Plan } from './plan.js';
import { findPlan } from './registry.js';
import { planSchema, throwZodError, type PlanInput } from './schema.js';
import type { Target, TargetKind } from './target.js';

/** Which target kinds fit which indicator kinds. */
const FITS: Readonly<Record<TargetKind, readonly IndicatorKind[]>> = {
  percent: ['share-of-persons', 'share-of-units'],
  count: ['count'],
  'yes-no': ['yes-no'],
};

/** Options of {@link definePlan}. */
export interface DefinePlanOptions {
  /** Plans that `extends` may name besides the built-in ones. */
  readonly plans?: readonly Plan[];
}

/**
 * Validates a plan written by a person or read from JSON and returns the
 * canonical, typed plan. Percentages become exact decimal text; comparators
 * default to `at-least`. With `extends`, the parent's targets and indicators
 * are inherited and a target of the child replaces the parent's target for the
 * same indicator and year.
 *
 * Throws `invalid-plan` (with every problem in `error.issues`) for a malformed
 * plan, a target for an unknown indicator, a target kind that does not fit its
 * indicator, two targets for the same indicator and year, or a target outside
 * the plan's period; `unknown-plan` for an unknown parent.
 *
 * @param input - the plan as written (object or parsed JSON)
 * @param options - extra parent plans for `extends`
 * @returns the plan with inherited targets resolved
 * @example
 * const huyen = definePlan({
 *   id: 'long-phung-2025', title: { vi: 'Kế hoạch xã Long Phụng', en: 'Long Phụng commune plan' },
 *   issuer: 'UBND xã Long Phụng', reference: 'Kế hoạch của huyện', jurisdiction: { level: 'commune', name: 'Long Phụng' },
 *   period: { from: 2021, to: 2030 }, source: { document: 'Kế hoạch của huyện', verified: true, confidence: 'local' },
 *   extends: 'qd-1373',
 *   targets: [{ kind: 'percent', indicator: 'provinces-literacy-level-2', year: 2025, value: 100,
 *               source: { document: 'Kế hoạch của huyện', verified: true, confidence: 'local' } }],
 * });
 * huyen.targets.length; // 29: qd-1373's targets, one of them raised to 100
 */
export function definePlan(input: PlanInput | unknown, options: DefinePlanOptions = {}): Plan {
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) throwZodError(parsed.error.issues, 'plan');
  const own = parsed.data as Plan;

  let targets: readonly Target[] = own.targets;
  let indicators: readonly Indicator[] = own.indicators ?? [];
  if (own.extends !== undefined) {
    const parent = options.plans?.find((p) => p.id === own.extends) ?? findPlan(own.extends);
    if (!parent) {
      throw new XhhtError('unknown-plan', `plan "${own.id}" extends unknown plan "${own.extends}"`, {
        path: ['extends'],
        messageVi: `kế hoạch "${own.id}" kế thừa kế hoạch không tồn tại "${own.extends}"`,
      });
    }
    const key = (t: Target) => `${t.indicator}@${t.year}`;
    const overridden = new Set(own.targets.map(key));
    targets = [...parent.targets.filter((t) => !overridden.has(key(t))), ...own.targets];
    const ownIds = new Set(indicators.map((i) => i.id));
    indicators = [...(parent.indicators ?? []).filter((i) => !ownIds.has(i.id)), ...indicators];
  }

  const issues = checkTargets(own, targets, indicators);
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new XhhtError('invalid-plan', `invalid plan "${own.id}": ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`, {
      path: first.path,
      messageVi: `kế hoạch "${own.id}" không hợp lệ: ${first.messageVi}`,
      issues,
    });
  }
  const plan: Plan = { ...own, targets };
  return indicators.length > 0 ? { ...plan, indicators } : plan;
}

function checkTargets(plan: Plan, targets: readonly Target[], indicators: readonly Indicator[]): Issue[] {
  const issues: Issue[] = [];
  const local = new Map(indicators.map((i) => [i.id, i]));
  const seen = new Set<string>();
  plan.targets.forEach((t, i) => {
    const path = ['targets', i];
    const key = `${t.indicator}@${t.year}`;
    if (seen.has(key)) {
      issues.push(makeIssue('invalid-plan', path, `two targets for "${t.indicator}" in ${t.year}`, `hai mục tiêu cho "${t.indicator}" năm ${t.year}`));
    }
    seen.add(key);
  });
  targets.forEach((t) => {
    const i = plan.targets.indexOf(t);
    const path = i >= 0 ? ['targets', i] : ['extends'];
    const indicator = local.get(t.indicator) ?? findIndicator(t.indicator);
    if (!indicator) {
      issues.push(
        makeIssue('invalid-plan', [...path, 'indicator'], `unknown indicator "${t.indicator}" (define it in "indicators")`, `chỉ tiêu "${t.indicator}" không tồn tại (khai báo trong "indicators")`),
      );
    } else if (!FITS[t.kind].includes(indicator.kind)) {
      issues.push(
        makeIssue('invalid-plan', [...path, 'kind'], `a ${t.kind} target does not fit indicator "${t.indicator}" of kind ${indicator.kind}`, `mục tiêu loại ${t.kind} không phù hợp chỉ tiêu "${t.indicator}" loại ${indicator.kind}`),
      );
    }
    if (t.year < plan.period.from || t.year > plan.period.to) {
      issues.push(
        makeIssue('invalid-plan', [...path, 'year'], `target year ${t.year} is outside the plan period ${plan.period.from}–${plan.period.to}`, `năm mục tiêu ${t.year} nằm ngoài giai đoạn ${plan.period.from}–${plan.period.to}`),
      );
    }
  });
  if (plan.period.from > plan.period.to) {
    issues.push(makeIssue('invalid-plan', ['period'], 'period.from is after period.to', 'năm bắt đầu sau năm kết thúc'));
  }
  return issues;
}
