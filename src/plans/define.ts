import { findIndicator } from '../catalog/registry.js';
import type { Indicator, IndicatorKind } from '../catalog/indicator.js';
import { isIsoDate } from '../dates/iso.js';
import { XhhtError, makeIssue, type Issue } from '../errors.js';
import type { Baseline } from './baseline.js';
import { isDefinedPlan, sealPlan } from './freeze.js';
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

/**
 * Options of {@link definePlan}.
 *
 * @example
 * // a commune plan extending its province's plan, which is not built in
 * const province = definePlan({ id: 'tinh-x-2025', …, extends: 'qd-1373', targets: [] });
 * const commune = definePlan({ id: 'xa-y-2025', …, extends: 'tinh-x-2025', targets: [] }, { plans: [province] });
 * commune.targets.length; // 29, qd-1373's targets through the province plan
 * // without `plans`, the second call throws XhhtError { code: 'unknown-plan' }
 */
export interface DefinePlanOptions {
  /** Plans that `extends` may name besides the built-in ones. */
  readonly plans?: readonly Plan[];
}

/**
 * Validates a plan written by a person or read from JSON and returns the
 * canonical, typed plan. Percentages become exact decimal text; comparators
 * default to `at-least`. With `extends`, the parent's targets, indicators and
 * baselines are inherited; a target of the child replaces the parent's target
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
 * Throws `invalid-plan` (with every problem in `error.issues`) for a malformed
 * plan, a target for an unknown indicator, a target kind that does not fit its
 * indicator, two targets for the same indicator and year, a target outside
 * the plan's period, or a baseline that has no year or date, does not fit its
 * indicator or repeats one; `unknown-plan` for an unknown parent.
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
  // checked and frozen already: its `extends` was resolved, perhaps against options.plans we do not have now
  if (isDefinedPlan(input)) return input;
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) throwZodError(parsed.error.issues, 'plan');
  const own = parsed.data as Plan;

  let targets: readonly Target[] = own.targets;
  let indicators: readonly Indicator[] = own.indicators ?? [];
  let baselines: readonly Baseline[] = own.baselines ?? [];
  if (own.extends !== undefined) {
    const found = options.plans?.find((p) => p.id === own.extends) ?? findPlan(own.extends);
    if (!found) {
      throw new XhhtError('unknown-plan', `plan "${own.id}" extends unknown plan "${own.extends}"`, {
        path: ['extends'],
        messageVi: `kế hoạch "${own.id}" kế thừa kế hoạch không tồn tại "${own.extends}"`,
      });
    }
    // a parent not made by definePlan is the caller's object: copy it, so freezing the child leaves it alone
    const parent = isDefinedPlan(found) ? found : plainCopy(found);
    const key = (t: Target) => `${t.indicator}@${t.year}`;
    // a child with a narrower period inherits the parent's targets inside it only
    const kept = parent.targets.filter((t) => t.year >= own.period.from && t.year <= own.period.to);
    // an override takes the parent target's place, so reports keep the parent's order
    // (groups I–IV of Decision 1373); targets the parent has not (in the child's period) are
    // appended, so an own target outside the period is still checked and reported
    const ownByKey = new Map(own.targets.map((t) => [key(t), t] as const));
    const inherited = kept.map((t) => ownByKey.get(key(t)) ?? t);
    const parentKeys = new Set(kept.map(key));
    targets = [...inherited, ...own.targets.filter((t) => !parentKeys.has(key(t)))];
    const ownIds = new Set(indicators.map((i) => i.id));
    indicators = [...(parent.indicators ?? []).filter((i) => !ownIds.has(i.id)), ...indicators];
    const ownBaselines = new Set(baselines.map((b) => b.indicator));
    baselines = [...(parent.baselines ?? []).filter((b) => !ownBaselines.has(b.indicator)), ...baselines];
  }

  const issues = [...checkTargets(own, targets, indicators), ...checkBaselines(own, baselines, indicators)];
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new XhhtError('invalid-plan', `invalid plan "${own.id}": ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`, {
      path: first.path,
      messageVi: `kế hoạch "${own.id}" không hợp lệ: ${first.messageVi}`,
      issues,
    });
  }
  const { baselines: _ownBaselines, ...rest } = own;
  const plan: Plan = { ...rest, targets };
  const withIndicators = indicators.length > 0 ? { ...plan, indicators } : plan;
  return sealPlan(baselines.length > 0 ? { ...withIndicators, baselines } : withIndicators);
}

/** A plain-data copy of a parent plan given by the caller. */
function plainCopy(plan: Plan): Plan {
  try {
    return structuredClone(plan);
  } catch (e) {
    throw new XhhtError('invalid-plan', `parent plan "${plan.id}" is not plain data (${e instanceof Error ? e.message : String(e)})`, {
      path: ['extends'],
      messageVi: `kế hoạch cha "${plan.id}" không phải dữ liệu thuần`,
      cause: e,
    });
  }
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

/** Which baseline forms fit which indicator kinds (yes/no indicators have no baseline to grow from). */
const BASELINE_FITS: Readonly<Record<IndicatorKind, readonly ('share' | 'percent' | 'count')[]>> = {
  'share-of-persons': ['share', 'percent'],
  'share-of-units': ['share', 'percent'],
  count: ['count'],
  'yes-no': [],
};

function checkBaselines(plan: Plan, baselines: readonly Baseline[], indicators: readonly Indicator[]): Issue[] {
  const issues: Issue[] = [];
  const local = new Map(indicators.map((i) => [i.id, i]));
  const own = plan.baselines ?? [];
  const seen = new Set<string>();
  own.forEach((b, i) => {
    const path = ['baselines', i];
    if (seen.has(b.indicator)) {
      issues.push(makeIssue('invalid-plan', [...path, 'indicator'], `two baselines for "${b.indicator}"`, `hai giá trị cơ sở cho "${b.indicator}"`));
    }
    seen.add(b.indicator);
  });
  baselines.forEach((b) => {
    const i = own.indexOf(b);
    // an inherited baseline was checked when its plan was defined; only the parent's kinds can differ
    const path = i >= 0 ? ['baselines', i] : ['extends'];
    if (b.year === undefined && b.asOf === undefined) {
      issues.push(makeIssue('invalid-plan', path, `the baseline of "${b.indicator}" needs a year or an asOf date`, `giá trị cơ sở của "${b.indicator}" cần năm hoặc ngày (asOf)`));
    }
    if (b.asOf !== undefined && !isIsoDate(b.asOf)) {
      issues.push(makeIssue('invalid-plan', [...path, 'asOf'], `asOf ${JSON.stringify(b.asOf)} is not a calendar date`, `asOf ${JSON.stringify(b.asOf)} không phải ngày hợp lệ`));
    } else if (b.asOf !== undefined && b.year !== undefined && Number(b.asOf.slice(0, 4)) !== b.year) {
      issues.push(makeIssue('invalid-plan', [...path, 'asOf'], `asOf ${b.asOf} is not in year ${b.year}`, `ngày ${b.asOf} không thuộc năm ${b.year}`));
    }
    const form = 'numerator' in b ? 'share' : 'percent' in b ? 'percent' : 'count';
    if (form === 'share') {
      const s = b as { numerator: number; denominator: number };
      if (s.denominator === 0) {
        issues.push(makeIssue('invalid-plan', [...path, 'denominator'], `the baseline of "${b.indicator}" has denominator 0: no rate`, `giá trị cơ sở của "${b.indicator}" có mẫu số 0: không có tỷ lệ`));
      } else if (s.numerator > s.denominator) {
        issues.push(makeIssue('invalid-plan', [...path, 'numerator'], `numerator ${s.numerator} is greater than denominator ${s.denominator}`, `tử số ${s.numerator} lớn hơn mẫu số ${s.denominator}`));
      }
    }
    const indicator = local.get(b.indicator) ?? findIndicator(b.indicator);
    if (!indicator) {
      issues.push(makeIssue('invalid-plan', [...path, 'indicator'], `unknown indicator "${b.indicator}" (define it in "indicators")`, `chỉ tiêu "${b.indicator}" không tồn tại (khai báo trong "indicators")`));
    } else if (!BASELINE_FITS[indicator.kind].includes(form)) {
      issues.push(makeIssue('invalid-plan', path, `a ${form} baseline does not fit indicator "${b.indicator}" of kind ${indicator.kind}`, `giá trị cơ sở dạng ${form} không phù hợp chỉ tiêu "${b.indicator}" loại ${indicator.kind}`));
    }
  });
  return issues;
}
