import {
  compareCountToThreshold,
  compareShareToThreshold,
  maximumNumerator,
  meetsComparator,
  minimumNumerator,
} from '../exact/compare.js';
import { displayUnits } from '../exact/display.js';
import { honestUnits, unitsToDecimal } from '../exact/round.js';
import { parseReportedRate, type ReportedRate } from '../vi/rate.js';
import type { Threshold } from '../exact/threshold.js';
import type { CountTarget, Target } from '../plans/target.js';
import type {
  ComparisonFields,
  ComponentComparison,
  CountComparison,
  RateComparison,
  ShareComparison,
  TargetComparison,
  YesNoComparison,
  ZeroDenominatorComparison,
} from './comparison.js';
import type { CountValue, RateValue, ShareValue, YesNoValue } from './observation.js';
import type { ObservedValue } from './observed.js';

/*
 * Deciding the status of one comparison, exactly: a share, a rate reported without its counts, a
 * count with its "of which" parts or a yes/no against a target, with the display values that go
 * with it (gap, shortfall), which never contradict the status.
 */

/**
 * The comparison `compareToTarget` gives for a kind of value: a share gives a
 * {@link ShareComparison} (or, over zero units, a {@link ZeroDenominatorComparison}),
 * a rate a {@link RateComparison}, a count a {@link CountComparison}, a yes/no
 * a {@link YesNoComparison}; a value known only as `ObservedValue`, any of them.
 *
 * @example
 * const c: ComparisonOf<{ percent: string }> = compareToTarget({ percent: '87,30' }, t); // RateComparison
 */
export type ComparisonOf<V extends ObservedValue> = V extends ShareValue
  ? ShareComparison | ZeroDenominatorComparison
  : V extends RateValue
    ? RateComparison
    : V extends CountValue
      ? CountComparison
      : V extends YesNoValue
        ? YesNoComparison
        : never;

const MAX = Number.MAX_SAFE_INTEGER;
/** 10^0 … 10^10: display decimals go up to 10, threshold scales up to 6. */
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10] as const;

/**
 * Builds a comparison with a fixed shape (literal, no spreads: this runs once
 * per result). Fields not given are `null` (`components`: empty), so every
 * comparison has the same keys in the same order.
 *
 * @example
 * comparison('no-data', { reason: 'no-observation' });
 * // { status: 'no-data', reason: 'no-observation', actualPercent: null, …, shortfall: null, components: [] }
 */
export function comparison<C extends TargetComparison>(
  status: C['status'],
  fields: Partial<Omit<ComparisonFields, 'status'>>,
): C {
  // The caller names the member of the union its fields make; a property test checks every
  // result computeAttainment gives against the member its basis and kind name.
  return {
    status,
    reason: fields.reason ?? null,
    basis: fields.basis ?? null,
    actualPercent: fields.actualPercent ?? null,
    targetPercent: fields.targetPercent ?? null,
    gapPoints: fields.gapPoints ?? null,
    actualCount: fields.actualCount ?? null,
    targetCount: fields.targetCount ?? null,
    gapCount: fields.gapCount ?? null,
    achieved: fields.achieved ?? null,
    shortfall: fields.shortfall ?? null,
    components: fields.components ?? NO_COMPONENTS,
  } as C;
}

const NO_COMPONENTS: readonly ComponentComparison[] = /* @__PURE__ */ (() => Object.freeze([]))();

/**
 * Compares a validated value with a target whose threshold is already parsed.
 * Hot path: no validation, so check the value with `observedProblem` first;
 * `threshold` is the parsed target value of a percent target, `null` otherwise.
 * `guards` are the thresholds off the tenth grid the displayed percentage must
 * agree with (see `displayUnits`): this target's first, then the plan's other
 * targets of the indicator, so that one report shows one text per share; `null`
 * when every threshold is on the grid (the display rule alone keeps them).
 *
 * @example
 * // t: qd-1373's 2025 target for 'provinces-literacy-level-2' (at least 70%)
 * evaluate({ numerator: 55, denominator: 63 }, t, parseThreshold('70'), 2);
 * // { status: 'met', actualPercent: '87.30', targetPercent: '70', gapPoints: '17.30', shortfall: 0, … }
 */
export function evaluate<V extends ObservedValue = ObservedValue>(
  observed: V,
  target: Target,
  threshold: Threshold | null,
  decimals: number,
  guards: readonly Threshold[] | null = null,
): ComparisonOf<V> {
  return evaluateAny(observed, target, threshold, decimals, guards) as ComparisonOf<V>;
}

function evaluateAny(
  observed: ObservedValue,
  target: Target,
  threshold: Threshold | null,
  decimals: number,
  guards: readonly Threshold[] | null,
): TargetComparison {
  if (target.kind === 'percent') {
    if ('percent' in observed)
      return evaluateRate(parseReportedRate(observed.percent), target.comparator, threshold!, decimals, guards);
    return evaluateShare(
      observed as { numerator: number; denominator: number },
      target.comparator,
      threshold!,
      decimals,
      guards,
    );
  }
  if (target.kind === 'count')
    return evaluateCount(observed as { count: number; components?: Readonly<Record<string, number>> }, target);
  const achieved = (observed as { achieved: boolean }).achieved;
  return comparison<YesNoComparison>(achieved === target.value ? 'met' : 'not-met', { basis: 'yes-no', achieved });
}

/**
 * A rate reported without counts against a percent target: the decision on the decimal as written,
 * the display by the one rule (the rate as the ratio `scaled / 10^scale`), the gap as for a share,
 * and no shortfall (without a denominator, how many more are needed is unknown).
 */
function evaluateRate(
  rate: ReportedRate,
  comparator: Target['comparator'],
  t: Threshold,
  decimals: number,
  guards: readonly Threshold[] | null,
): RateComparison {
  const den = 10n ** BigInt(rate.scale);
  const tPow = 10n ** BigInt(t.scale);
  // (rate − t) · 10^a · 10^b, exactly
  const diff = rate.scaled * tPow - BigInt(t.scaled) * den;
  const order = diff < 0n ? -1 : diff > 0n ? 1 : 0;
  const met = meetsComparator(order, comparator);
  const side = order > 0 ? 'above' : order < 0 ? 'below' : comparator === 'at-least' ? 'at-or-above' : 'at-or-below';
  const actual = BigInt(displayUnits(rate.scaled, den, decimals, comparator, guards));
  // as for a share: the shown actual minus the target when the target has no more places than the
  // display, else the exact gap kept on its side of 0
  const gapPoints =
    t.scale <= decimals
      ? unitsToDecimal(actual - BigInt(t.scaled) * 10n ** BigInt(decimals - t.scale), decimals)
      : unitsToDecimal(honestUnits(diff, den * tPow, decimals, side, 0n, 1n), decimals);
  return comparison<RateComparison>(met ? 'met' : 'not-met', {
    basis: 'reported-rate',
    actualPercent: unitsToDecimal(actual, decimals),
    targetPercent: t.text,
    gapPoints,
    shortfall: null,
  });
}

function evaluateShare(
  s: { numerator: number; denominator: number },
  comparator: Target['comparator'],
  t: Threshold,
  decimals: number,
  guards: readonly Threshold[] | null,
): ShareComparison | ZeroDenominatorComparison {
  if (s.denominator === 0)
    return comparison<ZeroDenominatorComparison>('no-data', {
      reason: 'zero-denominator',
      basis: 'counts',
      targetPercent: t.text,
    });
  const order = compareShareToThreshold(s, t);
  const met = meetsComparator(order, comparator);
  const side = order > 0 ? 'above' : order < 0 ? 'below' : comparator === 'at-least' ? 'at-or-above' : 'at-or-below';
  const pow = POW10[t.scale]!;
  // 100·n exactly: above 2^53 a float product is rounded (and can cross the target).
  // The one display rule: the same share reads the same in every output, and on the tenth grid
  // (and against the guards) the shown value gives the verdict of the exact comparison.
  const hundred = s.numerator * 100;
  const actual = displayUnits(
    hundred <= MAX ? hundred : BigInt(s.numerator) * 100n,
    s.denominator,
    decimals,
    comparator,
    guards,
  );
  const actualPercent = unitsToDecimal(actual, decimals);
  let gapPoints: string;
  if (t.scale <= decimals) {
    // gap = shown actual − target, in display units, so the two strings always agree; the shown
    // actual gives the status against the target, so the gap is ≥ 0 (at-least) or ≤ 0 (at-most)
    // exactly when the target is met, and 0 only when it is met
    const k = POW10[decimals - t.scale]!;
    const target = t.scaled * k;
    gapPoints =
      typeof actual === 'number' && target <= MAX
        ? unitsToDecimal(actual - target, decimals)
        : unitsToDecimal(BigInt(actual) - BigInt(t.scaled) * BigInt(k), decimals);
  } else {
    // the target has more places than the display: the exact gap
    // 100n/d − t = (100·n·10^k − t·d) / (d·10^k), displayed on the same side of 0
    const left = s.numerator * 100 * pow;
    const right = t.scaled * s.denominator;
    const gapDen = s.denominator * pow;
    gapPoints =
      left <= MAX && right <= MAX && gapDen <= MAX
        ? unitsToDecimal(honestUnits(left - right, gapDen, decimals, side, 0, 1), decimals)
        : unitsToDecimal(
            honestUnits(
              BigInt(s.numerator) * 100n * BigInt(pow) - BigInt(t.scaled) * BigInt(s.denominator),
              BigInt(s.denominator) * BigInt(pow),
              decimals,
              side,
              0n,
              1n,
            ),
            decimals,
          );
  }
  const shortfall =
    comparator === 'at-least'
      ? Math.max(0, minimumNumerator(s.denominator, t) - s.numerator)
      : Math.max(0, s.numerator - maximumNumerator(s.denominator, t));
  return comparison<ShareComparison>(met ? 'met' : 'not-met', {
    basis: 'counts',
    actualPercent,
    targetPercent: t.text,
    gapPoints,
    shortfall,
  });
}

function evaluateCount(
  o: { count: number; components?: Readonly<Record<string, number>> },
  target: CountTarget,
): CountComparison {
  const main = compareCount(o.count, target.value, target.comparator);
  let failed = main.status === 'not-met';
  let missing = false;
  // parts are subsets of the whole: adding the units a part lacks also raises the total
  let shortfall = main.shortfall;
  const given = o.components;
  const components: ComponentComparison[] = (target.components ?? []).map((c) => {
    // a part the report does not give is unknown, not 0 ("of which" not reported ≠ none)
    if (given === undefined || !Object.hasOwn(given, c.id)) {
      missing = true;
      return {
        id: c.id,
        label: c.label,
        status: 'no-data',
        actual: null,
        target: c.value,
        comparator: c.comparator,
        gap: null,
        shortfall: null,
      };
    }
    const actual = given[c.id]!;
    const part = compareCount(actual, c.value, c.comparator);
    if (part.status === 'not-met') failed = true;
    if (part.shortfall > shortfall) shortfall = part.shortfall;
    return {
      id: c.id,
      label: c.label,
      status: part.status,
      actual,
      target: c.value,
      comparator: c.comparator,
      gap: part.gap,
      shortfall: part.shortfall,
    };
  });
  // what is given already fails: not met whatever the missing parts say; else they decide
  const status = failed ? 'not-met' : missing ? 'no-data' : 'met';
  return comparison<CountComparison>(status, {
    reason: status === 'no-data' ? 'missing-component' : null,
    basis: 'counts',
    actualCount: o.count,
    targetCount: target.value,
    gapCount: o.count - target.value,
    // with a part unknown, how many more are needed is unknown too
    shortfall: missing ? null : shortfall,
    components,
  });
}

function compareCount(actual: number, value: number, comparator: Target['comparator']) {
  const order = compareCountToThreshold(actual, { text: String(value), scaled: value, scale: 0 });
  const met = meetsComparator(order, comparator);
  const shortfall = comparator === 'at-least' ? Math.max(0, value - actual) : Math.max(0, actual - value);
  return { status: met ? ('met' as const) : ('not-met' as const), gap: actual - value, shortfall };
}
