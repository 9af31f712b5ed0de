import { describe } from '../util/describe.js';
import { XhhtError } from '../errors.js';
import { say } from '../messages/say.js';
import { DISPLAY, EXACT } from '../messages/sections.js';
import { countArg, shareArg, thresholdArg } from './args.js';
import type { Share } from './share.js';
import type { Threshold } from './threshold.js';

/**
 * -1, 0 or 1, as from a sort comparator.
 *
 * @example
 * compareShareToThreshold({ numerator: 55, denominator: 63 }, parseThreshold('70'));   // 1 (87.30…% > 70%)
 * compareShareToThreshold({ numerator: 63, denominator: 90 }, parseThreshold('70'));   // 0 (exactly 70%)
 * compareShareToThreshold({ numerator: 1, denominator: 3 }, parseThreshold('33.34')); // -1
 */
export type Ordering = -1 | 0 | 1;

/**
 * Whether a value on the given side of a target meets it: the one place the
 * meaning of a comparator lives (`at-least`: at or above; `at-most`: at or below).
 *
 * @param order - the value compared with the target (from `compareShareToThreshold`, `compareCountToThreshold`, or
 * `Math.sign` of an exact integer gap)
 * @param comparator - the target's comparator
 * @throws XhhtError `invalid-input` for an order other than -1, 0, 1 or a comparator other than the two
 * @example
 * meetsComparator(0, 'at-least');  // true: exactly at a minimum meets it
 * meetsComparator(1, 'at-most');   // false: above a maximum
 * meetsComparator(0, 'bogus' as never); // throws XhhtError { code: 'invalid-input', path: ['comparator'] }
 */
export function meetsComparator(order: Ordering, comparator: 'at-least' | 'at-most'): boolean {
  if (comparator === 'at-least' && (order === 0 || order === 1 || order === -1)) return order >= 0;
  if (comparator === 'at-most' && (order === 0 || order === 1 || order === -1)) return order <= 0;
  if (order !== 0 && order !== 1 && order !== -1) {
    throw new XhhtError('invalid-input', say(EXACT, 'invalid-input.ordering', { value: describe(order) }), {
      path: ['order'],
    });
  }
  throw new XhhtError('invalid-input', say(DISPLAY, 'invalid-input.comparator', { value: describe(comparator) }), {
    path: ['comparator'],
  });
}

const POW10 = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000] as const;
const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Compares the percentage of a share with a percentage threshold, exactly.
 *
 * `100·n/d` vs `t/10^k` is decided as `100·n·10^k` vs `t·d`. Both sides are
 * integers: when both are below 2^53 the comparison is done in plain numbers
 * (exact, and as fast as the naive float loop); otherwise in BigInt. A float
 * product at or above 2^53 is never used, because float rounding is monotone:
 * if the true product is ≥ 2^53 the float product is too, and the guard fails.
 *
 * @param share - a valid share with a non-zero denominator
 * @param threshold - a parsed percentage threshold
 * @returns -1 when the share's percentage is below the threshold, 0 when equal, 1 above
 * @throws XhhtError `invalid-input` for a share that is not an object, `invalid-count` for a
 *   count that is not one, `numerator-exceeds-denominator`, `zero-denominator`, and
 *   `invalid-threshold` for a threshold that is not `{ scaled, scale }` as parseThreshold makes it
 * @example
 * compareShareToThreshold({ numerator: 19739, denominator: 19747 }, parseThreshold('99.96')); // -1 (99.9594…)
 * compareShareToThreshold({ numerator: 9, denominator: 10 }, parseThreshold('90'));           // 0
 */
export function compareShareToThreshold(share: Share, threshold: Threshold): Ordering {
  // the hot path: each field read once into a local, checked without allocating (a loop of a million
  // comparisons stays near the float floor); anything off it goes to the checks that say what is wrong
  let n: unknown;
  let d: unknown;
  let scaled: unknown;
  let scale: unknown;
  try {
    n = share.numerator;
    d = share.denominator;
    scaled = threshold.scaled;
    scale = threshold.scale;
  } catch {
    return slowCompare(share, threshold);
  }
  if (
    typeof n === 'number' &&
    typeof d === 'number' &&
    Number.isSafeInteger(n) &&
    Number.isSafeInteger(d) &&
    n >= 0 &&
    n <= d &&
    d > 0 &&
    typeof scaled === 'number' &&
    Number.isSafeInteger(scaled) &&
    scaled >= 0 &&
    typeof scale === 'number' &&
    Number.isInteger(scale) &&
    scale >= 0 &&
    scale <= 6
  ) {
    return compareScaled(n, d, scaled, scale);
  }
  return slowCompare(share, threshold);
}

/**
 * {@link compareShareToThreshold} off its hot path: the arguments read and
 * checked one by one, so the error names what is wrong. It throws for every
 * argument the hot path turned away, whatever a second reading gives: a value
 * that changes between readings is not a share to compare.
 */
function slowCompare(share: unknown, threshold: unknown): never {
  shareArg(share, 'share');
  thresholdArg(threshold, 'threshold');
  throw new XhhtError(
    'invalid-input',
    say(EXACT, 'invalid-input.share-argument', { name: 'share', value: describe(share) }),
    {
      path: ['share'],
    },
  );
}

/**
 * {@link compareShareToThreshold} on two counts, for hot loops that hold them
 * apart (no share object to make). Nothing is checked: safe integers, the
 * denominator above 0.
 *
 * @param numerator - a count
 * @param denominator - a count above 0
 * @param threshold - a parsed percentage threshold
 * @example
 * compareCounts(63, 90, parseThreshold('70')); // 0 (exactly 70%)
 * compareCounts(1, 3, parseThreshold('33.34')); // -1
 */
export function compareCounts(numerator: number, denominator: number, threshold: Threshold): Ordering {
  return compareScaled(numerator, denominator, threshold.scaled, threshold.scale);
}

/** {@link compareCounts} on a threshold's parts, each read once by the caller. */
function compareScaled(numerator: number, denominator: number, scaled: number, scale: number): Ordering {
  const left = numerator * 100 * POW10[scale]!;
  const right = scaled * denominator;
  if (left <= MAX && right <= MAX) return left < right ? -1 : left > right ? 1 : 0;
  const bl = BigInt(numerator) * 100n * 10n ** BigInt(scale);
  const br = BigInt(scaled) * BigInt(denominator);
  return bl < br ? -1 : bl > br ? 1 : 0;
}

/**
 * {@link compareShareToThreshold} for counts of any size, in BigInt: a
 * numerator that is a sum past 2^53 − 1 (give it as a bigint, summed
 * exactly), or counts the caller holds as bigints. Nothing is checked: whole
 * numbers, the denominator above 0.
 *
 * @param numerator - a whole number or bigint
 * @param denominator - a whole number or bigint above 0
 * @param threshold - a parsed percentage threshold
 * @example
 * compareExact(2n ** 53n + 1n, 2n ** 53n + 1n, parseThreshold('100')); // 0
 * compareExact(9n, 10, parseThreshold('90'));                          // 0
 */
export function compareExact(numerator: number | bigint, denominator: number | bigint, threshold: Threshold): Ordering {
  const bl = BigInt(numerator) * 100n * 10n ** BigInt(threshold.scale);
  const br = BigInt(threshold.scaled) * BigInt(denominator);
  return bl < br ? -1 : bl > br ? 1 : 0;
}

/**
 * Compares a whole number with a threshold exactly (for count targets).
 *
 * @throws XhhtError `invalid-count` for a count that is not a non-negative safe integer
 *   (NaN, text such as '99,96', a fraction), `invalid-threshold` for a threshold not made by parseThreshold
 * @example
 * compareCountToThreshold(15, parseThreshold('15')); // 0
 * compareCountToThreshold(NaN, parseThreshold('15')); // throws XhhtError { code: 'invalid-count', path: ['count'] }
 */
export function compareCountToThreshold(count: number, threshold: Threshold): Ordering {
  const c = countArg(count, 'count');
  const { scaled, scale } = thresholdArg(threshold, 'threshold');
  const left = c * POW10[scale]!;
  if (left <= MAX) return left < scaled ? -1 : left > scaled ? 1 : 0;
  const bl = BigInt(c) * 10n ** BigInt(scale);
  const br = BigInt(scaled);
  return bl < br ? -1 : bl > br ? 1 : 0;
}

/**
 * The smallest numerator `m` whose share of `denominator` reaches the threshold
 * (`100·m/d ≥ t`), i.e. `ceil(t·d / (100·10^k))`. Above 100% it is more than
 * the denominator: no share of it reaches the threshold.
 *
 * @throws XhhtError `invalid-count` for a denominator that is not a count (-10, 0.5, NaN),
 *   `invalid-threshold` for a threshold not made by parseThreshold
 * @example
 * minimumNumerator(63, parseThreshold('70')); // 45: 44/63 = 69.84%, 45/63 = 71.43%
 * minimumNumerator(-10, parseThreshold('70')); // throws XhhtError { code: 'invalid-count', path: ['denominator'] }
 */
export function minimumNumerator(denominator: number, threshold: Threshold): number {
  const d = countArg(denominator, 'denominator');
  const { scaled, scale } = thresholdArg(threshold, 'threshold');
  const top = BigInt(scaled) * BigInt(d);
  const bottom = 100n * 10n ** BigInt(scale);
  return Number((top + bottom - 1n) / bottom);
}

/**
 * The largest numerator `m` whose share of `denominator` stays within the
 * threshold (`100·m/d ≤ t`), i.e. `floor(t·d / (100·10^k))`. For maximum targets.
 *
 * @throws XhhtError as {@link minimumNumerator}
 * @example
 * maximumNumerator(1000, parseThreshold('1.5')); // 15
 */
export function maximumNumerator(denominator: number, threshold: Threshold): number {
  const d = countArg(denominator, 'denominator');
  const { scaled, scale } = thresholdArg(threshold, 'threshold');
  const top = BigInt(scaled) * BigInt(d);
  const bottom = 100n * 10n ** BigInt(scale);
  return Number(top / bottom);
}
