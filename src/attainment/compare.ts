import { XhhtError, isXhhtError } from '../errors.js';
import {
  compareCountToThreshold,
  compareShareToThreshold,
  maximumNumerator,
  meetsComparator,
  minimumNumerator,
} from '../exact/compare.js';
import { describeBadCount } from '../exact/count.js';
import { displayUnits, offTenthGrid } from '../exact/display.js';
import { honestUnits, unitsToDecimal } from '../exact/round.js';
import { parseReportedRate, type ReportedRate } from '../exact/rate.js';
import { shareProblem } from '../exact/share.js';
import { parseThreshold, type Threshold } from '../exact/threshold.js';
import { safeParse } from '../check/core.js';
import { planChecks } from '../plans/checks.js';
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
import { observationKind, type CountValue, type RateValue, type ShareValue, type YesNoValue } from './observation.js';
import { say } from '../messages/say.js';
import { ATTAINMENT } from '../messages/sections.js';

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
 * What `compareToTarget` accepts as the observed value: a share, a count, a
 * yes/no, or a rate reported without its counts (one of them: the fields of two
 * kinds are a compile error). Unlike an `Observation` it names no indicator:
 * the target says what is measured.
 *
 * @example
 * const share: ObservedValue = { numerator: 55, denominator: 63 };
 * const count: ObservedValue = { count: 16, components: { 'level-2': 5 } };
 * const yesNo: ObservedValue = { achieved: true };
 * const rate: ObservedValue = { percent: '99,96' };
 */
export type ObservedValue = ShareValue | CountValue | YesNoValue | RateValue;

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
 * Compares one observed value with one target, exactly.
 *
 * A share meets an `at-least` percentage target when `100·n/d ≥ t`, decided by
 * integer cross-multiplication. A rate reported without counts (`{ percent }`:
 * 99.96, "99,96" or "99.96") fits a percent target too: it is compared as the
 * decimal written, never through a float ("89,995" is below 90), and the result
 * has `basis: 'reported-rate'` and `shortfall: null` (no denominator). `actualPercent` follows the one display rule of
 * `displayPercent` (half-up, never onto a multiple of 0.1 from the wrong side of
 * the exact value), so it reads as everywhere else and never contradicts the
 * status; a target with two or more decimals (off that grid) also keeps the
 * display on its side. The gap is the displayed actual minus the target when
 * the target has no more places than the display.
 * A count target whose "of which" part is not given is `not-met` when what is
 * given already fails, and `no-data` (reason `missing-component`) otherwise.
 *
 * Throws `XhhtError` for a target left out (`missing-target`), a bad value (`invalid-observation` when it is not an
 * object or gives a rate beside counts, `invalid-count`,
 * `numerator-exceeds-denominator`, `invalid-percent-format`,
 * `percent-out-of-range` for a rate below 0 or above 100), a value whose
 * kind does not fit the target (`kind-mismatch`), an unknown component, a
 * malformed target (`invalid-threshold` for its value or a part's value,
 * `invalid-input` otherwise, path inside the target), or `decimals` that is not
 * a whole number from 0 to 10 (`invalid-input`, path `['decimals']`).
 *
 * @param observed - `{ numerator, denominator }`, `{ count, components? }`, `{ achieved }` or `{ percent }`
 * @param target - a plan target
 * @param options - display decimals
 * @returns the comparison, typed by the kind of value given (see {@link ComparisonOf})
 * @example
 * const t = getPlan('qd-1373').targets.find((t) => t.indicator === 'provinces-literacy-level-2' && t.year === 2025)!;
 * compareToTarget({ numerator: 55, denominator: 63 }, t);
 * // { status: 'met', actualPercent: '87.30', targetPercent: '70', gapPoints: '17.30', shortfall: 0, … }
 * compareToTarget({ numerator: 19739, denominator: 19747 }, { ...t, value: '100' });
 * // { status: 'not-met', actualPercent: '99.96', gapPoints: '-0.04', shortfall: 8, … }
 * compareToTarget({ percent: '99,96' }, { ...t, value: '100' });
 * // { status: 'not-met', basis: 'reported-rate', actualPercent: '99.96', gapPoints: '-0.04', shortfall: null, … }
 */
export function compareToTarget<V extends ObservedValue>(
  observed: V,
  target: Target,
  options: CompareOptions = {},
): ComparisonOf<V> {
  if (typeof options !== 'object' || options === null) {
    throw new XhhtError('invalid-input', say(ATTAINMENT, 'invalid-input.compare-options'));
  }
  const decimals = options.decimals ?? 2;
  // the same range as computeAttainment's
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new XhhtError(
      'invalid-input',
      say(ATTAINMENT, 'invalid-input.attainment-decimals', { decimals: String(decimals) }),
      { path: ['decimals'] },
    );
  }
  if (target === undefined) {
    throw new XhhtError('missing-target', say(ATTAINMENT, 'missing-target'));
  }
  const t = checkedTarget(target);
  const threshold = t.kind === 'percent' ? parseThreshold(t.value, ['value']) : null;
  const problem = observedProblem(observed, t);
  if (problem) throw problem;
  // a target off the tenth grid (11.995%) is the one case the display rule needs to be told about
  return evaluate<V>(
    observed,
    t,
    threshold,
    decimals,
    threshold !== null && offTenthGrid(threshold, decimals) ? [threshold] : null,
  );
}

/** The target as a plan holds it (value as exact text, comparator defaulted), or a coded error. */
function checkedTarget(target: unknown): Target {
  const parsed = safeParse<Target>(planChecks().target, target);
  if (parsed.success) return parsed.data;
  const issue = parsed.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  // a target's value and a part's value are thresholds; anything else is the wrong shape
  const code = path[path.length - 1] === 'value' ? 'invalid-threshold' : 'invalid-input';
  const where = path.length > 0 ? ` at ${path.join('.')}` : '';
  throw new XhhtError(code, say(ATTAINMENT, 'target.invalid', { where, message: issue.message }), { path });
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
 * observedProblem({ percent: '101' }, t)?.code;                 // 'percent-out-of-range'
 */
export function observedProblem(observed: ObservedValue, target: Target): XhhtError | null {
  if (typeof observed !== 'object' || observed === null || Array.isArray(observed)) {
    const type = observed === null ? 'null' : Array.isArray(observed) ? say(ATTAINMENT, 'type.array') : typeof observed;
    return new XhhtError('invalid-observation', say(ATTAINMENT, 'invalid-observation.not-object', { type }));
  }
  const kind = observationKind(observed);
  if (kind === null) {
    if ('percent' in observed) {
      // a rate and its counts (or another figure) in one observation: which one to use is unknown
      return new XhhtError('invalid-observation', say(ATTAINMENT, 'invalid-observation.rate-and-counts'), {
        path: ['percent'],
      });
    }
    return new XhhtError('invalid-observation', say(ATTAINMENT, 'invalid-observation.no-figure'));
  }
  // a percent target is met by a share or by a rate reported without counts
  const fits = target.kind === 'percent' ? kind === 'share' || kind === 'rate' : kind === target.kind;
  if (!fits) {
    const wanted = target.kind === 'percent' ? 'share' : target.kind;
    const fields =
      target.kind === 'percent'
        ? say(ATTAINMENT, 'kind-mismatch.share-or-percent', { fields: fieldsOf('share') })
        : fieldsOf(wanted);
    return new XhhtError(
      'kind-mismatch',
      say(ATTAINMENT, 'kind-mismatch', { target: target.kind, wanted, fields, kind }),
    );
  }
  if (kind === 'rate') {
    try {
      parseReportedRate((observed as { percent: unknown }).percent, ['percent']);
      return null;
    } catch (e) {
      if (isXhhtError(e)) return e;
      throw e;
    }
  }
  if (kind === 'share') {
    const o = observed as { numerator: unknown; denominator: unknown };
    return shareProblem(o.numerator, o.denominator);
  }
  if (kind === 'count') {
    const o = observed as { count: unknown; components?: unknown };
    const bad = describeBadCount(o.count);
    if (bad)
      return new XhhtError('invalid-count', say(ATTAINMENT, 'invalid-count.count', { reason: bad }), {
        path: ['count'],
      });
    return componentsProblem(o.count as number, o.components, target as CountTarget);
  }
  const a = (observed as { achieved: unknown }).achieved;
  if (typeof a !== 'boolean') {
    return new XhhtError(
      'invalid-observation',
      say(ATTAINMENT, 'invalid-observation.achieved', { value: JSON.stringify(a) }),
      { path: ['achieved'] },
    );
  }
  return null;
}

function fieldsOf(kind: 'share' | 'count' | 'yes-no'): string {
  return kind === 'share' ? 'numerator/denominator' : kind === 'count' ? 'count' : 'achieved';
}

function componentsProblem(total: number, components: unknown, target: CountTarget): XhhtError | null {
  if (components === undefined) return null;
  if (typeof components !== 'object' || components === null || Array.isArray(components)) {
    return new XhhtError('invalid-observation', say(ATTAINMENT, 'invalid-observation.components'), {
      path: ['components'],
    });
  }
  const known = new Set((target.components ?? []).map((c) => c.id));
  for (const [id, value] of Object.entries(components)) {
    if (!known.has(id)) {
      const list = known.size > 0 ? [...known].join(', ') : say(ATTAINMENT, 'unknown-component.none');
      return new XhhtError('unknown-component', say(ATTAINMENT, 'unknown-component', { id, list }), {
        path: ['components', id],
      });
    }
    const bad = describeBadCount(value);
    if (bad)
      return new XhhtError('invalid-count', say(ATTAINMENT, 'invalid-count.components', { id, reason: bad }), {
        path: ['components', id],
      });
    // components are "of which" parts: a part cannot exceed its whole
    if ((value as number) > total) {
      return new XhhtError(
        'component-exceeds-total',
        say(ATTAINMENT, 'component-exceeds-total', { id, value, total }),
        { path: ['components', id] },
      );
    }
  }
  return null;
}

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
