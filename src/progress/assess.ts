import { snapshot } from '../util/snapshot.js';
import { describe } from '../util/describe.js';
import { assertIsoDate } from '../dates/iso.js';
import { XhhtError, type IssuePath } from '../errors.js';
import { displayUnits, offTenthGrid, type DisplayGuard } from '../exact/display.js';
import { keepOnSide, unitsToDecimal } from '../exact/round.js';
import { shareProblem } from '../exact/share.js';
import type { Comparator } from '../plans/target.js';
import type { ProgressAssessment, ProgressPointUsed } from './assessment.js';
import { growthFactor, type GrowthFactor } from './growth.js';
import {
  PROGRESS_METHOD,
  PROGRESS_STATUS_LABELS,
  PROGRESS_THRESHOLDS,
  type ProgressReason,
  type ProgressStatus,
} from './method.js';
import { growthRatio, type GrowthRatio } from './ratio.js';
import { cmp, div, mul, q, sub, add, text, type Q } from './rational.js';
import { datePoint, yearPoint, type TimePoint } from './time.js';
import { say } from '../messages/say.js';
import { PROGRESS } from '../messages/sections.js';

/**
 * A value of an indicator: a percentage or a count as a number or decimal text
 * (87.3, "87.30", 15), or a share `{ numerator, denominator }` read as the exact
 * percentage 100·n/d.
 *
 * @example
 * // 55 of 63 provinces, three ways
 * const exact: ProgressValue = { numerator: 55, denominator: 63 }; // 87.3015…%, exactly
 * const published: ProgressValue = '87.30';                      // the rounded figure, read as exactly 87.30
 * const plain: ProgressValue = 87.3;
 */
export type ProgressValue = number | string | { readonly numerator: number; readonly denominator: number };

/**
 * A value at a point in time: a `year` (read as its last day) or an ISO `date`.
 *
 * @example
 * const p: ProgressPoint = { value: { numerator: 55, denominator: 63 }, year: 2024 };
 */
export interface ProgressPoint {
  readonly value: ProgressValue;
  readonly year?: number;
  readonly date?: string;
}

/**
 * The target: a value due by a year (its last day) or a date. A plan's
 * percentage or count target fits as it is.
 *
 * @example
 * const t: ProgressTarget = { value: '70', year: 2025, comparator: 'at-least' };
 */
export interface ProgressTarget {
  readonly value: number | string;
  readonly year?: number;
  readonly date?: string;
  /** `at-least` (default) for a minimum, `at-most` for a maximum such as a dropout rate. */
  readonly comparator?: Comparator;
}

/**
 * Input of {@link assessProgress}.
 *
 * @example
 * const input: ProgressInput = {
 *   baseline: { value: 40, year: 2020 },
 *   current: { value: 52, year: 2023 },
 *   target: { value: 70, year: 2025 },
 * };
 */
export interface ProgressInput {
  /** The starting point; without it the status is `unable-to-assess` (unless the target is already achieved). */
  readonly baseline?: ProgressPoint | null;
  readonly current: ProgressPoint;
  readonly target: ProgressTarget;
  /** Decimals of the displayed values (default 2, 0–10). */
  readonly decimals?: number;
}

/**
 * Assesses progress toward a target from a baseline and a current value with
 * the Open SDG growth-rate method, and reads the linear trajectory from the
 * baseline to the target at the current date.
 *
 * Status, in this order (as in Open SDG's `get_progress_status`):
 * 1. `target-achieved` when the current value meets the target (exact: ≥ a
 *    minimum, ≤ a maximum), whatever else is known;
 * 2. `unable-to-assess` with a `reason` when there are fewer than two points in
 *    time, the base is 0, or the target is not due after the baseline;
 * 3. otherwise by the ratio R = d · CAGR_o / |CAGR_r| of the observed to the
 *    required compound annual growth rate: `on-track` R ≥ 0.95,
 *    `acceleration-needed` 0.6 ≤ R < 0.95, `limited-progress` 0 ≤ R < 0.6,
 *    `deterioration` R < 0. When the required growth is 0 (the baseline sits on
 *    the target) and the target is not met, R is −∞: `deterioration`, ratio `null`.
 *
 * Exactness: values, times, the trajectory and the target comparison are exact
 * rationals, and so is every status decision. Growth rates take roots, so R is
 * irrational in general; it is compared with 0.95 and 0.6 through certified
 * BigInt bounds of the roots (60 places, refined when needed), and exactly when
 * both roots are rational, so R exactly on a cut-off is always the higher band
 * (19 → 20.9 against 21 in a year: R = 0.1/(2/19) = 0.95, on track); R ≥ 0 needs
 * no root. The growth rates and R are shown with 40 significant digits (BigInt
 * decimals, no global state), and neither the 40-digit nor the 2-place ratio
 * ever crosses a cut-off the status is on the other side of.
 *
 * Times: a year alone counts as its last day, at exactly that year (a target
 * "by 2025" is due 2025-12-31); a date is placed in its year by its day of the
 * year, so years between dates are exact fractions.
 *
 * Throws `invalid-input` for a missing point or value, a negative or malformed
 * value or a yes/no target; `invalid-count` / `numerator-exceeds-denominator`
 * for a bad share, and `invalid-count` for a number value above 2^53 − 1 (it
 * may be rounded already: pass such a value as decimal text); `invalid-year` / `invalid-date` for bad times.
 *
 * Method: Open SDG progress methodology
 * (https://open-sdg.readthedocs.io/en/latest/progress-methodology/), as coded
 * in sdg-build `ProgressMeasure.py`; see `PROGRESS_METHOD` and docs/progress.md.
 *
 * @param given - baseline, current value, target, display decimals
 * @returns the status with every component
 * @example
 * // Provinces at literacy level 2: 34 of 63 in 2021, 55 of 63 in 2024 (MOET figures reported by vietnamnet.vn,
 * //   28/11/2025); 1373 wants 90% by 2030
 * const p = assessProgress({
 *   baseline: { value: { numerator: 34, denominator: 63 }, year: 2021 },
 *   current: { value: { numerator: 55, denominator: 63 }, year: 2024 },
 *   target: { value: '90', year: 2030 },
 * });
 * p.status;           // 'on-track'
 * p.label.vi;         // 'Đúng tiến độ'
 * p.actualGrowth;     // '0.17389140…' ((55/34)^(1/3) − 1)
 * p.requiredGrowth;   // '0.05846923…' ((90·63/3400)^(1/9) − 1)
 * p.ratioDisplay;     // '2.97'
 * p.expected;         // '65.98' (53.97 + (90 − 53.97)·3/9)
 */
export function assessProgress(given: ProgressInput): ProgressAssessment {
  // read once: the values checked are the values assessed
  const input = snapshot(given);
  if (typeof input !== 'object' || input === null) {
    throw new XhhtError('invalid-input', say(PROGRESS, 'invalid-input.progress-input'));
  }
  const decimals = input.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new XhhtError(
      'invalid-input',
      say(PROGRESS, 'invalid-input.progress-decimals', { decimals: describe(decimals) }),
      {
        path: ['decimals'],
      },
    );
  }
  const comparator = input.target?.comparator ?? 'at-least';
  if (comparator !== 'at-least' && comparator !== 'at-most') {
    throw new XhhtError(
      'invalid-input',
      say(PROGRESS, 'invalid-input.progress-comparator', { comparator: describe(comparator) }),
      { path: ['target', 'comparator'] },
    );
  }
  const target = readPoint(input.target, ['target'], false);
  const current = readPoint(input.current, ['current'], true);
  const baseline =
    input.baseline === undefined || input.baseline === null ? null : readPoint(input.baseline, ['baseline'], true);
  // a target off the tenth grid (99.995) is the one the display rule must be told about
  const guard = decimalGuard(target.text);
  return assess(
    baseline,
    current,
    target,
    comparator,
    decimals,
    undefined,
    offTenthGrid(guard, decimals) ? [guard] : null,
  );
}

/** "99.995" as a display guard: 99995 over 10^3. */
function decimalGuard(text: string): DisplayGuard {
  const [whole, fraction = ''] = text.split('.');
  return { scaled: BigInt(whole! + fraction), scale: fraction.length };
}

/**
 * A point read and checked: its exact value (`null` for a share over 0) and its time.
 *
 * @example
 * const p: ReadPoint = { value: q(5500, 63), time: yearPoint(2024) };
 */
export interface ReadPoint {
  readonly value: Q | null;
  readonly time: TimePoint;
}

/**
 * Computes an assessment from checked points. Used by `computeAttainment`, which checks its own inputs.
 * `requiredMemo` caches the required growth by baseline object: pass one per batch in which each
 * baseline object is only ever paired with one target. `guards` are the thresholds off the tenth
 * grid the displayed values must agree with (see `displayUnits`), as for the comparison.
 *
 * @example
 * assess({ value: q(40), time: yearPoint(2020) }, { value: q(58), time: yearPoint(2023) },
 *        { value: q(70), text: '70', time: yearPoint(2025) }, 'at-least', 2).expected; // '58.00'
 */
export function assess(
  baseline: ReadPoint | null,
  current: ReadPoint,
  target: ReadPoint & { readonly value: Q; readonly text: string },
  comparator: Comparator,
  decimals: number,
  requiredMemo?: Map<ReadPoint, GrowthFactor>,
  guards: readonly DisplayGuard[] | null = null,
): ProgressAssessment {
  const d: 1 | -1 = comparator === 'at-least' ? 1 : -1;
  const c = current.value;
  const T = target.value;
  const b = baseline?.value ?? null;
  const achieved = c !== null && (d === 1 ? cmp(c, T) >= 0 : cmp(c, T) <= 0);

  // the straight line from the baseline to the target, read at the current date
  let expected: Q | null = null;
  let elapsed: Q | null = null;
  let period: Q | null = null;
  if (baseline !== null && b !== null) {
    elapsed = sub(current.time.t, baseline.time.t);
    period = sub(target.time.t, baseline.time.t);
    if (elapsed.n >= 0n && period.n > 0n) {
      expected = cmp(elapsed, period) >= 0 ? T : add(b, mul(sub(T, b), div(elapsed, period)));
    }
  }

  let reason: ProgressReason | null = null;
  if (c === null) reason = 'no-current-value';
  else if (baseline === null || b === null || elapsed === null || period === null || elapsed.n === 0n)
    reason = 'fewer-than-two-points';
  else if (elapsed.n < 0n) reason = 'baseline-after-current';
  else if (period.n <= 0n) reason = 'target-not-after-baseline';
  else if (b.n === 0n) reason = 'zero-base';

  let growth: GrowthRatio | null = null;
  if (reason === null) {
    // the required growth depends on the baseline and the target only: a batch computes it once per baseline
    let required = requiredMemo?.get(baseline!);
    if (required === undefined) {
      required = growthFactor(T, b!, period!);
      requiredMemo?.set(baseline!, required);
    }
    growth = growthRatio(growthFactor(c!, b!, elapsed!), required, d);
  }
  const status: ProgressStatus = achieved ? 'target-achieved' : growth === null ? 'unable-to-assess' : growth.band;

  return {
    method: PROGRESS_METHOD.id,
    status,
    label: PROGRESS_STATUS_LABELS[status],
    reason,
    comparator,
    direction: d,
    baseline: baseline === null || b === null ? null : used(b, baseline.time, decimals, comparator, guards),
    current: c === null ? null : used(c, current.time, decimals, comparator, guards),
    target: { value: target.text, exact: text(T), date: target.time.date, yearOnly: target.time.yearOnly },
    elapsedYears: elapsed === null ? null : text(elapsed),
    periodYears: period === null ? null : text(period),
    expected: expected === null || c === null ? null : displayExpected(expected, decimals, comparator, c),
    expectedExact: expected === null ? null : text(expected),
    onTrajectory: expected === null || c === null ? null : d === 1 ? cmp(c, expected) >= 0 : cmp(c, expected) <= 0,
    actualGrowth: growth?.actualGrowth ?? null,
    requiredGrowth: growth?.requiredGrowth ?? null,
    ratio: growth?.ratio ?? null,
    ratioDisplay: growth?.ratioDisplay ?? null,
    thresholds: PROGRESS_THRESHOLDS,
    source: PROGRESS_METHOD,
  };
}

/** A value of the indicator for display, by the one display rule (as `actualPercent` shows it). */
function display(value: Q, decimals: number, comparator: Comparator, guards: readonly DisplayGuard[] | null): string {
  return unitsToDecimal(displayUnits(value.n, value.d, decimals, comparator, guards), decimals);
}

/**
 * The trajectory's value for display: by the display rule, and on the side of the exact current
 * value that `onTrajectory` says. On the line means c ≥ expected for a minimum, i.e. expected ≤ c
 * (equality on the line), and expected ≥ c for a maximum.
 */
function displayExpected(expected: Q, decimals: number, comparator: Comparator, c: Q): string {
  const order = cmp(expected, c);
  const side =
    comparator === 'at-least' ? (order <= 0 ? 'at-or-below' : 'above') : order >= 0 ? 'at-or-above' : 'below';
  const units = displayUnits(expected.n, expected.d, decimals, comparator);
  return unitsToDecimal(keepOnSide(units, expected.n, expected.d, decimals, side, c.n, c.d), decimals);
}

/** A point for display: its value by the display rule, exactly, and when. */
function used(
  value: Q,
  time: TimePoint,
  decimals: number,
  comparator: Comparator,
  guards: readonly DisplayGuard[] | null,
): ProgressPointUsed {
  return {
    value: display(value, decimals, comparator, guards),
    exact: text(value),
    date: time.date,
    yearOnly: time.yearOnly,
  };
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Reads a value as an exact percentage or count; `null` for a share over 0.
 *
 * @example
 * readValue({ numerator: 34, denominator: 63 }, []); // 3400/63
 * readValue('87.30', []);                          // 873/10
 */
export function readValue(value: unknown, path: IssuePath): Q | null {
  if (typeof value === 'object' && value !== null && 'numerator' in value) {
    const s = value as { numerator: unknown; denominator: unknown };
    const problem = shareProblem(s.numerator, s.denominator, path);
    if (problem) throw problem;
    // 100·n in BigInt: in floats it is inexact above 2^53 (n ≤ 2^53 − 1 is checked, 100·n is not bounded)
    return (s.denominator as number) === 0
      ? null
      : q(100n * BigInt(s.numerator as number), BigInt(s.denominator as number));
  }
  return readDecimal(value, path);
}

function readDecimal(value: unknown, path: IssuePath): Q {
  if (typeof value === 'number' && Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    // every double this large is a whole number, but not every whole number is a double: it may be rounded already
    throw new XhhtError('invalid-count', say(PROGRESS, 'invalid-count.unsafe-number', { value }), { path });
  }
  const raw =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(value)
        : 'not finite'
      : typeof value === 'string'
        ? value.trim()
        : '';
  const m = DECIMAL.exec(raw);
  if (!m) {
    throw new XhhtError('invalid-input', say(PROGRESS, 'invalid-input.progress-value', { value: describe(value) }), {
      path,
    });
  }
  const fraction = m[2] ?? '';
  return q(BigInt(m[1]! + fraction), 10n ** BigInt(fraction.length));
}

/**
 * Reads the time of a point: a year (its last day) or an ISO date; both must agree.
 *
 * @example
 * readTime({ year: 2021 }, []).date;          // '2021-12-31'
 * readTime({ date: '2021-02-30' }, ['x']);    // throws XhhtError { code: 'invalid-date', path: ['x', 'date'] }
 */
export function readTime(point: { readonly year?: unknown; readonly date?: unknown }, path: IssuePath): TimePoint {
  const { year, date } = point;
  if (year !== undefined && (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2100)) {
    throw new XhhtError('invalid-year', say(PROGRESS, 'invalid-year.progress', { year: describe(year) }), {
      path: [...path, 'year'],
    });
  }
  if (date !== undefined) {
    const iso = assertIsoDate(date, [...path, 'date']);
    if (year !== undefined && Number(iso.slice(0, 4)) !== year) {
      throw new XhhtError('invalid-date', say(PROGRESS, 'invalid-date.not-in-year', { iso, year }), {
        path: [...path, 'date'],
      });
    }
    return datePoint(iso);
  }
  if (year === undefined) {
    throw new XhhtError('invalid-input', say(PROGRESS, 'invalid-input.point-time'), { path });
  }
  return yearPoint(year as number);
}

function readPoint(point: unknown, path: IssuePath, share: true): ReadPoint;
function readPoint(point: unknown, path: IssuePath, share: false): ReadPoint & { value: Q; text: string };
function readPoint(point: unknown, path: IssuePath, share: boolean): ReadPoint & { text?: string } {
  if (typeof point !== 'object' || point === null) {
    throw new XhhtError('invalid-input', say(PROGRESS, 'invalid-input.point', { path: path.join('.') }), { path });
  }
  const p = point as { value?: unknown; year?: unknown; date?: unknown };
  if (!share && typeof p.value !== 'number' && typeof p.value !== 'string') {
    throw new XhhtError('invalid-input', say(PROGRESS, 'invalid-input.progress-target', { value: describe(p.value) }), {
      path: [...path, 'value'],
    });
  }
  const value = readValue(p.value, [...path, 'value']);
  const time = readTime(p, path);
  return share ? { value, time } : { value: value!, time, text: canonical(value!) };
}

/** "70", "99.5": a decimal as written, without trailing zeros (exact for any value read from decimal text). */
function canonical(value: Q): string {
  let d = value.d;
  let places = 0;
  while (d % 10n === 0n) {
    d /= 10n;
    places++;
  }
  // a reduced decimal's denominator is 2^a·5^b; scale it to 10^max(a, b)
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  places += Math.max(twos, fives);
  const scaled = (value.n * 10n ** BigInt(places)) / value.d;
  const digits = scaled.toString().padStart(places + 1, '0');
  return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}
