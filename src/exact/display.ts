import { describe } from '../util/describe.js';
import { XhhtError } from '../errors.js';
import { readField } from '../util/snapshot.js';
import { say } from '../messages/say.js';
import { EXACT, DISPLAY } from '../messages/sections.js';
import { describeBadCount } from './count.js';

/*
 * The one display rule for every percentage the package shows.
 *
 * Half-up to `decimals` places (ties away from zero), as officials write rates (19.739 of 19.747 is
 * "99,96%"), with one exception: the display never lands on a multiple of 0.1 percentage points
 * (a "tenth": 12.0, 70.0, 99.5…) from the wrong side of the exact value. Every legal and plan
 * threshold is written on that grid, so a display that respects it gives, against any such
 * threshold, the verdict of the exact comparison:
 * - against minimums (`at-least`): when half-up rounds UP onto a tenth the value has not reached,
 *   the value is truncated instead (11.99988… → "11.99", not "12.00");
 * - against maximums (`at-most`): when half-up rounds DOWN onto a tenth the value exceeds, the
 *   ceiling is shown instead (1.5004 → "1.51", not "1.50").
 * The text depends only on the value, the places and the comparator, never on the threshold it is
 * compared with, so the same share reads the same everywhere. Only a threshold off the tenth grid
 * (two or more decimals, or one decimal when showing whole numbers) can be contradicted by that
 * text; callers that compare with one pass it as a guard (see displayUnits).
 */

const MAX = Number.MAX_SAFE_INTEGER;
/** 10^0 … 10^10 (display places go up to 10). */
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10] as const;
/** The most places a percentage is displayed with. */
const MAX_DECIMALS = 10;

/**
 * Which side of its thresholds a displayed value is read against: `at-least` for a share measured
 * against minimums (the default, and every built-in target and standard), `at-most` for maximums.
 *
 * @example
 * const c: DisplayComparator = 'at-most'; // a dropout rate "không quá 1,5%"
 */
export type DisplayComparator = 'at-least' | 'at-most';

/**
 * A threshold a displayed value must also agree with, beyond the tenth grid: `scaled / 10^scale`
 * percent (a parsed `Threshold` fits).
 *
 * @example
 * const g: DisplayGuard = parseThreshold('99.995'); // { scaled: 99995, scale: 3, … }
 */
export interface DisplayGuard {
  readonly scaled: number | bigint;
  readonly scale: number;
}

/**
 * Options of {@link displayPercent}.
 *
 * @example
 * const o: DisplayPercentOptions = { decimals: 1, comparator: 'at-most' };
 */
export interface DisplayPercentOptions {
  /** Places after the decimal point, 0–10 (default 2). */
  readonly decimals?: number;
  /** `at-least` (default) for a share measured against minimums, `at-most` against maximums. */
  readonly comparator?: DisplayComparator;
}

/**
 * True when the display rule alone cannot protect a comparison with `threshold` at `places`
 * decimals: the threshold is not on both the tenth grid and the display grid (two or more
 * decimals; or one decimal when whole numbers are shown). Such a threshold must be passed to
 * {@link displayUnits} as a guard.
 *
 * @example
 * offTenthGrid(parseThreshold('99.5'), 2);   // false: the rule alone keeps every verdict
 * offTenthGrid(parseThreshold('11.995'), 2); // true
 * offTenthGrid(parseThreshold('99.5'), 0);   // true: "99" or "100" cannot tell 99.5 apart
 */
export function offTenthGrid(threshold: DisplayGuard, places: number): boolean {
  return threshold.scale > Math.min(places, 1);
}

/**
 * Is `units` (of 10^-places) a multiple of 0.1? With 0 or 1 places every value is.
 */
function isTenth(units: number | bigint, places: number): boolean {
  if (places <= 1) return true;
  return typeof units === 'number' ? units % POW10[places - 1]! === 0 : units % BigInt(POW10[places - 1]!) === 0n;
}

/**
 * The displayed value of the percentage `num / den` (already a percentage: pass `100·n` over `d`
 * for a share), as a whole number of `10^-places` units, by the display rule. For hot paths:
 * nothing is checked (num ≥ 0 and den > 0 whole numbers, places 0–10). Write the result with
 * `unitsToDecimal`.
 *
 * `guards` are thresholds off the tenth grid the display must also agree with (a plan target of
 * 11.995%): when the rule's value gives a verdict against one of them that the exact value does
 * not, the value on the other side of the exact one is shown instead (floor or ceiling). When no
 * value at these places agrees with every guard, the first guard (the comparison being shown)
 * decides. A guard on the tenth grid never changes anything.
 *
 * @param num - the percentage's numerator (`100·n` for a share n/d), ≥ 0
 * @param den - its denominator, > 0
 * @param places - decimals shown
 * @param comparator - `at-least` for minimums, `at-most` for maximums
 * @param guards - thresholds off the tenth grid to agree with, the compared one first; `null` or omitted for none
 * @example
 * displayUnits(434000, 36167, 2, 'at-least');  // 1199 (11.99988…%: "12.00" would claim 12% reached)
 * displayUnits(1973900, 19747, 2, 'at-least'); // 9996 (99.9594…% → 99.96, half-up)
 * displayUnits(1500400, 1000000, 2, 'at-most'); // 151 (1.5004%: "1.50" would hide the excess over 1.5)
 * displayUnits(2499900, 25000, 2, 'at-least', [parseThreshold('99.995')]); // 10000 (99.996% meets 99.995)
 */
export function displayUnits(
  num: number | bigint,
  den: number | bigint,
  places: number,
  comparator: DisplayComparator,
  guards?: readonly DisplayGuard[] | null,
): number | bigint {
  let floor: number | bigint;
  let up: boolean;
  if (typeof num === 'number' && typeof den === 'number' && num * POW10[places]! <= MAX && den <= MAX) {
    const scaled = num * POW10[places]!;
    let q = Math.floor(scaled / den);
    let r = scaled - q * den;
    // float division of safe integers can land one off at the edges; correct it
    if (r < 0) {
      q -= 1;
      r += den;
    } else if (r >= den) {
      q += 1;
      r -= den;
    }
    if (r === 0) return q; // on the display grid: shown as it is, and every verdict agrees
    floor = q;
    up = 2 * r >= den; // a tie goes away from zero (the value is ≥ 0)
  } else {
    const scaled = BigInt(num) * 10n ** BigInt(places);
    const d = BigInt(den);
    const q = scaled / d;
    const r = scaled % d;
    if (r === 0n) return q;
    floor = q;
    up = 2n * r >= d;
  }
  const ceil = typeof floor === 'number' ? floor + 1 : floor + 1n;
  let units: number | bigint;
  if (comparator === 'at-least') {
    // rounding up onto a tenth would claim a minimum on that tenth reached: truncate instead
    units = up && !isTenth(ceil, places) ? ceil : floor;
  } else {
    // rounding down onto a tenth would hide an excess over a maximum on that tenth: ceiling instead
    units = up || isTenth(floor, places) ? ceil : floor;
  }
  if (guards === undefined || guards === null || guards.length === 0) return units;
  return guarded(units, floor, ceil, num, den, places, comparator, guards);
}

/** The rule's value, or the other candidate when a guard off the tenth grid would be contradicted. */
function guarded(
  units: number | bigint,
  floor: number | bigint,
  ceil: number | bigint,
  num: number | bigint,
  den: number | bigint,
  places: number,
  comparator: DisplayComparator,
  guards: readonly DisplayGuard[],
): number | bigint {
  const n = BigInt(num);
  const d = BigInt(den);
  const agrees = (u: number | bigint, g: DisplayGuard): boolean => {
    const pow = 10n ** BigInt(g.scale);
    const t = BigInt(g.scaled);
    // exact: num/den vs t/10^g.scale; shown: u/10^places vs t/10^g.scale
    const exact = sign(n * pow - t * d);
    const shown = sign(BigInt(u) * pow - t * 10n ** BigInt(places));
    return comparator === 'at-least' ? exact >= 0 === shown >= 0 : exact <= 0 === shown <= 0;
  };
  const agreesAll = (u: number | bigint) => guards.every((g) => agrees(u, g));
  if (agreesAll(units)) return units;
  const other = units === floor ? ceil : floor;
  if (agreesAll(other)) return other;
  // no value at these places agrees with every guard: the compared threshold decides
  return agrees(units, guards[0]!) ? units : other;
}

function sign(x: bigint): -1 | 0 | 1 {
  return x < 0n ? -1 : x > 0n ? 1 : 0;
}

/**
 * Writes a whole number of `10^-places` units as machine decimal text ("99.96"); the value is ≥ 0.
 */
function unitsText(units: number | bigint, places: number): string {
  const digits = String(units);
  if (places === 0) return digits;
  const padded = digits.padStart(places + 1, '0');
  return `${padded.slice(0, -places)}.${padded.slice(-places)}`;
}

/**
 * The percentage of a share for display, by the one rule every output of xhht uses: rounded
 * half-up to `decimals` places (ties away from zero), as officials write rates, except that it
 * never lands on a multiple of 0.1 points (12.0, 70.0, 99.5: the grid every legal and plan
 * threshold is written on) from the wrong side of the exact value. Against minimums (`at-least`,
 * the default) a half-up that rounds UP onto a tenth not reached is truncated instead; against
 * maximums (`at-most`) a half-up that rounds DOWN onto a tenth exceeded is shown as the ceiling.
 * So the text, compared with any threshold written with at most one decimal, gives the verdict of
 * the exact comparison, and it depends only on the share, `decimals` and the comparator.
 *
 * Counts may be numbers (non-negative safe integers) or bigints of any size; the arithmetic is
 * exact. Throws `XhhtError`: `invalid-input` for a share that is not an object, bad `decimals`
 * (a whole number from 0 to 10) or an unknown comparator; `invalid-count` for a count that is not a
 * non-negative whole number; `numerator-exceeds-denominator`; `zero-denominator` (a share of 0
 * has no percentage).
 *
 * @param share - `{ numerator, denominator }`, numbers or bigints
 * @param options - `decimals` (default 2), `comparator` (default `at-least`)
 * @returns the percentage as machine decimal text, "99.96" (see `formatViPercent` for "99,96%")
 * @example
 * displayPercent({ numerator: 19739, denominator: 19747 }); // '99.96' (99.9594…%, half-up)
 * displayPercent({ numerator: 4340, denominator: 36167 });
 * // '11.99' (11.99988…%: not 12.00, the 12% target is not met)
 * displayPercent({ numerator: 1402, denominator: 2003 });   // '69.99' (69.995…%: not 70.00)
 * displayPercent({ numerator: 63, denominator: 90 });       // '70.00' (exactly 70%)
 * displayPercent({ numerator: 15004, denominator: 1000000 }, { comparator: 'at-most' }); // '1.51' (above 1.5%)
 * displayPercent({ numerator: 2, denominator: 3 }, { decimals: 1 }); // '66.6' (one place: always a tenth, so floor)
 */
export function displayPercent(
  share: { readonly numerator: number | bigint; readonly denominator: number | bigint },
  options: DisplayPercentOptions = {},
): string {
  if (typeof share !== 'object' || share === null) {
    throw new XhhtError('invalid-input', say(DISPLAY, 'invalid-input.share-expected'));
  }
  if (typeof options !== 'object' || options === null) {
    throw new XhhtError('invalid-input', say(DISPLAY, 'invalid-input.options-object'));
  }
  const n = countOf(readField(share, 'numerator'), 'numerator');
  const d = countOf(readField(share, 'denominator'), 'denominator');
  if (n > d) {
    throw new XhhtError(
      'numerator-exceeds-denominator',
      say(EXACT, 'numerator-exceeds-denominator', { numerator: n, denominator: d }),
      {
        path: ['numerator'],
      },
    );
  }
  if (d === 0 || d === 0n) {
    throw new XhhtError('zero-denominator', say(DISPLAY, 'zero-denominator.share'), { path: ['denominator'] });
  }
  const decimals = (readField(options, 'decimals') ?? 2) as number;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new XhhtError(
      'invalid-input',
      say(DISPLAY, 'invalid-input.decimals', { max: MAX_DECIMALS, value: describe(decimals) }),
      {
        path: ['decimals'],
      },
    );
  }
  const comparator = (readField(options, 'comparator') ?? 'at-least') as DisplayComparator;
  if (comparator !== 'at-least' && comparator !== 'at-most') {
    throw new XhhtError('invalid-input', say(DISPLAY, 'invalid-input.comparator', { value: describe(comparator) }), {
      path: ['comparator'],
    });
  }
  // 100·n exactly: above 2^53 a float product is rounded
  const hundred = typeof n === 'number' && n * 100 <= MAX ? n * 100 : BigInt(n) * 100n;
  return unitsText(displayUnits(hundred, d, decimals, comparator), decimals);
}

/** A count as given (a safe integer or any non-negative bigint), or a coded error. */
function countOf(value: unknown, name: 'numerator' | 'denominator'): number | bigint {
  if (typeof value === 'bigint') {
    if (value >= 0n) return value;
    const reason = say(EXACT, 'invalid-count.negative', { value });
    throw new XhhtError('invalid-count', say(EXACT, `invalid-count.${name}`, { reason }), { path: [name] });
  }
  const bad = describeBadCount(value);
  if (bad) throw new XhhtError('invalid-count', say(EXACT, `invalid-count.${name}`, { reason: bad }), { path: [name] });
  return value as number;
}
