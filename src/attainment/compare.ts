import { XhhtError } from '../errors.js';
import { compareCountToThreshold, compareShareToThreshold, maximumNumerator, minimumNumerator } from '../exact/compare.js';
import { describeBadCount } from '../exact/count.js';
import { formatRatioHonest } from '../exact/round.js';
import { shareProblem } from '../exact/share.js';
import { parseThreshold, type Threshold } from '../exact/threshold.js';
import type { CountTarget, Target } from '../plans/target.js';
import type { ComponentComparison, TargetComparison } from './comparison.js';
import { observationKind } from './observation.js';

/**
 * Options of {@link compareToTarget}.
 *
 * @example
 * // t: qd-1373's 2025 target for 'provinces-literacy-level-2' (at least 70%)
 * compareToTarget({ numerator: 55, denominator: 63 }, t, { decimals: 1 });
 * // { status: 'met', actualPercent: '87.3', gapPoints: '17.3', … }
 */
export interface CompareOptions {
  /** Decimals of percentages and gaps in display strings (default 2). */
  readonly decimals?: number;
}

/**
 * What `compareToTarget` accepts as the observed value: a share, a count or a
 * yes/no. Unlike an `Observation` it names no indicator: the target says what
 * is measured.
 *
 * @example
 * const share: ObservedValue = { numerator: 55, denominator: 63 };
 * const count: ObservedValue = { count: 16, components: { 'level-2': 5 } };
 * const yesNo: ObservedValue = { achieved: true };
 */
export type ObservedValue =
  | { readonly numerator: number; readonly denominator: number }
  | { readonly count: number; readonly components?: Readonly<Record<string, number>> }
  | { readonly achieved: boolean };

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Builds a comparison with a fixed shape (literal, no spreads: this runs once
 * per result). Fields not given are `null` (`components`: empty), so every
 * comparison has the same keys in the same order.
 *
 * @example
 * comparison('no-data', { reason: 'no-observation' });
 * // { status: 'no-data', reason: 'no-observation', actualPercent: null, …, shortfall: null, components: [] }
 */
export function comparison(
  status: TargetComparison['status'],
  fields: Partial<Omit<TargetComparison, 'status'>>,
): TargetComparison {
  return {
    status,
    reason: fields.reason ?? null,
    actualPercent: fields.actualPercent ?? null,
    targetPercent: fields.targetPercent ?? null,
    gapPoints: fields.gapPoints ?? null,
    actualCount: fields.actualCount ?? null,
    targetCount: fields.targetCount ?? null,
    gapCount: fields.gapCount ?? null,
    achieved: fields.achieved ?? null,
    shortfall: fields.shortfall ?? null,
    components: fields.components ?? NO_COMPONENTS,
  };
}

const NO_COMPONENTS: readonly ComponentComparison[] = Object.freeze([]);

/**
 * Compares one observed value with one target, exactly.
 *
 * A share meets an `at-least` percentage target when `100·n/d ≥ t`, decided by
 * integer cross-multiplication; the display is rounded half-up to `decimals`
 * places unless that would contradict the status. Throws `XhhtError` for a bad
 * value (`invalid-count`, `numerator-exceeds-denominator`), a value whose kind
 * does not fit the target (`kind-mismatch`), or an unknown component.
 *
 * @param observed - `{ numerator, denominator }`, `{ count, components? }` or `{ achieved }`
 * @param target - a plan target
 * @param options - display decimals
 * @returns the comparison
 * @example
 * const t = getPlan('qd-1373').targets.find((t) => t.indicator === 'provinces-literacy-level-2' && t.year === 2025)!;
 * compareToTarget({ numerator: 55, denominator: 63 }, t);
 * // { status: 'met', actualPercent: '87.30', targetPercent: '70', gapPoints: '17.30', shortfall: 0, … }
 * compareToTarget({ numerator: 19739, denominator: 19747 }, { ...t, value: '100' });
 * // { status: 'not-met', actualPercent: '99.96', gapPoints: '-0.04', shortfall: 8, … }
 */
export function compareToTarget(observed: ObservedValue, target: Target, options: CompareOptions = {}): TargetComparison {
  const threshold = target.kind === 'percent' ? parseThreshold(target.value, ['value']) : null;
  const problem = observedProblem(observed, target);
  if (problem) throw problem;
  return evaluate(observed, target, threshold, options.decimals ?? 2);
}

/**
 * Why `observed` cannot be compared with `target`, or `null`. Used by batch
 * functions to collect issues where `compareToTarget` would throw.
 *
 * @example
 * // t: qd-1373's 2025 target for 'provinces-literacy-level-2' (a percent target)
 * observedProblem({ numerator: 55, denominator: 63 }, t);       // null
 * observedProblem({ count: 3 }, t)?.code;                       // 'kind-mismatch'
 * observedProblem({ numerator: 64, denominator: 63 }, t)?.code; // 'numerator-exceeds-denominator'
 */
export function observedProblem(observed: ObservedValue, target: Target): XhhtError | null {
  const kind = observationKind(observed);
  if (kind === null) {
    return new XhhtError('invalid-observation', 'an observation needs exactly one of: numerator and denominator, count, or achieved', {
      messageVi: 'số liệu cần đúng một trong: tử số và mẫu số, số lượng, hoặc achieved',
    });
  }
  const wanted = target.kind === 'percent' ? 'share' : target.kind;
  if (kind !== wanted) {
    return new XhhtError('kind-mismatch', `a ${target.kind} target needs a ${wanted} observation (${fieldsOf(wanted)}), got a ${kind} observation`, {
      messageVi: `mục tiêu loại ${target.kind} cần số liệu dạng ${fieldsOf(wanted)}, nhận được dạng ${kind}`,
    });
  }
  if (kind === 'share') {
    const o = observed as { numerator: unknown; denominator: unknown };
    return shareProblem(o.numerator, o.denominator);
  }
  if (kind === 'count') {
    const o = observed as { count: unknown; components?: unknown };
    const bad = describeBadCount(o.count);
    if (bad) return new XhhtError('invalid-count', `count: ${bad.en}`, { path: ['count'], messageVi: `số lượng: ${bad.vi}` });
    return componentsProblem(o.count as number, o.components, target as CountTarget);
  }
  const a = (observed as { achieved: unknown }).achieved;
  if (typeof a !== 'boolean') {
    return new XhhtError('invalid-observation', `achieved must be true or false, got ${JSON.stringify(a)}`, {
      path: ['achieved'],
      messageVi: `achieved phải là true hoặc false, nhận được ${JSON.stringify(a)}`,
    });
  }
  return null;
}

function fieldsOf(kind: 'share' | 'count' | 'yes-no'): string {
  return kind === 'share' ? 'numerator/denominator' : kind === 'count' ? 'count' : 'achieved';
}

function componentsProblem(total: number, components: unknown, target: CountTarget): XhhtError | null {
  if (components === undefined) return null;
  if (typeof components !== 'object' || components === null || Array.isArray(components)) {
    return new XhhtError('invalid-observation', 'components must be an object of counts keyed by component id', {
      path: ['components'],
      messageVi: 'components phải là đối tượng gồm các số lượng theo mã thành phần',
    });
  }
  const known = new Set((target.components ?? []).map((c) => c.id));
  for (const [id, value] of Object.entries(components)) {
    if (!known.has(id)) {
      return new XhhtError('unknown-component', `the target has no component "${id}" (it has: ${[...known].join(', ') || 'none'})`, {
        path: ['components', id],
        messageVi: `mục tiêu không có thành phần "${id}"`,
      });
    }
    const bad = describeBadCount(value);
    if (bad) return new XhhtError('invalid-count', `components.${id}: ${bad.en}`, { path: ['components', id], messageVi: `components.${id}: ${bad.vi}` });
    // components are "of which" parts: a part cannot exceed its whole
    if ((value as number) > total) {
      return new XhhtError('component-exceeds-total', `component "${id}" (${value}) is greater than the count (${total})`, {
        path: ['components', id],
        messageVi: `thành phần "${id}" (${value}) lớn hơn tổng số (${total})`,
      });
    }
  }
  return null;
}

/**
 * Compares a validated value with a target whose threshold is already parsed.
 * Hot path: no validation, so check the value with `observedProblem` first;
 * `threshold` is the parsed target value of a percent target, `null` otherwise.
 *
 * @example
 * // t: qd-1373's 2025 target for 'provinces-literacy-level-2' (at least 70%)
 * evaluate({ numerator: 55, denominator: 63 }, t, parseThreshold('70'), 2);
 * // { status: 'met', actualPercent: '87.30', targetPercent: '70', gapPoints: '17.30', shortfall: 0, … }
 */
export function evaluate(observed: ObservedValue, target: Target, threshold: Threshold | null, decimals: number): TargetComparison {
  if (target.kind === 'percent') return evaluateShare(observed as { numerator: number; denominator: number }, target.comparator, threshold!, decimals);
  if (target.kind === 'count') return evaluateCount(observed as { count: number; components?: Readonly<Record<string, number>> }, target);
  const achieved = (observed as { achieved: boolean }).achieved;
  return comparison(achieved === target.value ? 'met' : 'not-met', { achieved });
}

function evaluateShare(
  s: { numerator: number; denominator: number },
  comparator: Target['comparator'],
  t: Threshold,
  decimals: number,
): TargetComparison {
  if (s.denominator === 0) return comparison('no-data', { reason: 'zero-denominator', targetPercent: t.text });
  const order = compareShareToThreshold(s, t);
  const met = comparator === 'at-least' ? order >= 0 : order <= 0;
  // The display must sit on the same side of the target as the exact value.
  const side = order > 0 ? 'above' : order < 0 ? 'below' : comparator === 'at-least' ? 'at-or-above' : 'at-or-below';
  const pow = 10 ** t.scale;
  const actualPercent = formatRatioHonest(s.numerator * 100, s.denominator, decimals, side, t.scaled, pow);
  // gap = 100n/d − t = (100·n·10^k − t·d) / (d·10^k), displayed on the same side of 0
  const left = s.numerator * 100 * pow;
  const right = t.scaled * s.denominator;
  const gapDen = s.denominator * pow;
  const gapPoints =
    left <= MAX && right <= MAX && gapDen <= MAX
      ? formatRatioHonest(left - right, gapDen, decimals, side, 0, 1)
      : formatRatioHonest(
          BigInt(s.numerator) * 100n * BigInt(pow) - BigInt(t.scaled) * BigInt(s.denominator),
          BigInt(s.denominator) * BigInt(pow),
          decimals,
          side,
          0n,
          1n,
        );
  const shortfall =
    comparator === 'at-least'
      ? Math.max(0, minimumNumerator(s.denominator, t) - s.numerator)
      : Math.max(0, s.numerator - maximumNumerator(s.denominator, t));
  return comparison(met ? 'met' : 'not-met', { actualPercent, targetPercent: t.text, gapPoints, shortfall });
}

function evaluateCount(o: { count: number; components?: Readonly<Record<string, number>> }, target: CountTarget): TargetComparison {
  const main = compareCount(o.count, target.value, target.comparator);
  const components: ComponentComparison[] = (target.components ?? []).map((c) => {
    // a part the report does not give counts as 0: nothing reported, nothing achieved
    const actual = o.components?.[c.id] ?? 0;
    return { id: c.id, label: c.label, actual, target: c.value, comparator: c.comparator, ...compareCount(actual, c.value, c.comparator) };
  });
  const met = main.status === 'met' && components.every((c) => c.status === 'met');
  // parts are subsets of the whole: adding the units a part lacks also raises the total
  const shortfall = Math.max(main.shortfall, ...components.map((c) => c.shortfall));
  return comparison(met ? 'met' : 'not-met', {
    actualCount: o.count,
    targetCount: target.value,
    gapCount: o.count - target.value,
    shortfall,
    components,
  });
}

function compareCount(actual: number, value: number, comparator: Target['comparator']) {
  const order = compareCountToThreshold(actual, { text: String(value), scaled: value, scale: 0 });
  const met = comparator === 'at-least' ? order >= 0 : order <= 0;
  const shortfall = comparator === 'at-least' ? Math.max(0, value - actual) : Math.max(0, actual - value);
  return { status: met ? ('met' as const) : ('not-met' as const), gap: actual - value, shortfall };
}
