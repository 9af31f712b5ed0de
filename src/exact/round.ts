import { describe } from '../util/describe.js';
import { XhhtError } from '../errors.js';
import { say, type Text } from '../messages/say.js';
import { DISPLAY } from '../messages/sections.js';

/**
 * Decimal rounding of exact ratios: lower-level helpers.
 *
 * All values here are ratios of integers `num / den` (den > 0). Only display
 * rounds; status is decided elsewhere on the exact value. A percentage that a
 * user sees goes through the one display rule of `display.ts`
 * (`displayPercent`), never straight through these functions, so the same
 * share reads the same everywhere; they remain for other quantities (a gap, a
 * Vietnamese number with `decimals`) and for callers with their own bound.
 */

/**
 * How to round the last displayed place. `half-up` rounds ties away from zero.
 *
 * @example
 * formatRatio(2, 3, 2);          // '0.67' (half-up)
 * formatRatio(2, 3, 2, 'floor'); // '0.66'
 * formatRatio(1, 3, 2, 'ceil');  // '0.34'
 */
export type RoundingMode = 'half-up' | 'floor' | 'ceil';

/**
 * Which side of a bound the displayed value must stay on, so the display agrees
 * with a decision made on the exact value.
 *
 * @example
 * // 89.995% is below a 90% minimum, but half-up shows it as met
 * formatRatio(89995, 1000, 2);                       // '90.00'
 * formatRatioHonest(89995, 1000, 2, 'below', 90, 1); // '89.99'
 * formatRatioHonest(90004, 1000, 2, 'above', 90, 1); // '90.01' (half-up would show '90.00')
 */
export type DisplaySide = 'below' | 'at-or-above' | 'above' | 'at-or-below';

const MAX = Number.MAX_SAFE_INTEGER;

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Rounds num/den to an integer number of `10^-places` units (BigInt). */
function roundUnits(num: bigint, den: bigint, places: number, mode: RoundingMode): bigint {
  const scaled = num * pow10(places);
  // floor division for any sign (BigInt `/` truncates toward zero)
  let q = scaled / den;
  let r = scaled % den;
  if (r < 0n) {
    q -= 1n;
    r += den;
  }
  if (r === 0n) return q;
  switch (mode) {
    case 'floor':
      return q;
    case 'ceil':
      return q + 1n;
    case 'half-up': {
      // the exact value lies in (q, q+1); tie at q + 1/2 goes away from zero
      const twice = 2n * r;
      if (twice > den) return q + 1n;
      if (twice < den) return q;
      return q >= 0n ? q + 1n : q;
    }
  }
}

/** Rounds with plain numbers when every intermediate value is a safe integer. */
function roundUnitsFast(num: number, den: number, places: number, mode: RoundingMode): number | null {
  const scaled = num * 10 ** places;
  if (Math.abs(scaled) > MAX || den > MAX) return null;
  let q = Math.floor(scaled / den);
  let r = scaled - q * den;
  // float division of safe integers can land one off only at the edges; correct it
  if (r < 0) {
    q -= 1;
    r += den;
  } else if (r >= den) {
    q += 1;
    r -= den;
  }
  if (r === 0) return q;
  if (mode === 'floor') return q;
  if (mode === 'ceil') return q + 1;
  const twice = 2 * r;
  if (twice > den) return q + 1;
  if (twice < den) return q;
  return q >= 0 ? q + 1 : q;
}

/**
 * Writes `units` counts of `10^-places` as decimal text: `unitsToDecimal(-1, 2)` is "-0.01".
 * The other half of {@link honestUnits}, for callers that do arithmetic on
 * displayed values before writing them (a gap = shown actual − target).
 *
 * @param units - a whole number (a safe integer or a bigint)
 * @param places - decimals to write
 * @example
 * unitsToDecimal(8730, 2); // '87.30'
 * unitsToDecimal(-1, 2);   // '-0.01'
 * unitsToDecimal(1024n, 0); // '1024'
 */
export function unitsToDecimal(units: bigint | number, places: number): string {
  const negative = units < 0;
  // String() of a safe integer is its exact digits (no exponent below 1e21); a bigint otherwise
  let digits = typeof units === 'number' ? String(negative ? -units : units) : (negative ? -units : units).toString();
  if (places === 0) return (negative ? '-' : '') + digits;
  digits = digits.padStart(places + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

function roundAny(num: number | bigint, den: number | bigint, places: number, mode: RoundingMode): number | bigint {
  if (typeof num === 'number' && typeof den === 'number') {
    const fast = roundUnitsFast(num, den, places, mode);
    if (fast !== null) return fast;
  }
  return roundUnits(BigInt(num), BigInt(den), places, mode);
}

/**
 * Formats the exact ratio `num / den` with `places` decimals. For the
 * percentage of a share use `displayPercent` (the one display rule).
 *
 * Throws `XhhtError` for arguments it cannot format exactly: `zero-denominator`
 * for a denominator of 0, `invalid-input` (path: the argument's name) for a
 * numerator or denominator that is not a whole number (NaN, 1.5, Infinity,
 * text), a negative denominator, `places` outside 0–20 or an unknown `mode`.
 * A number beyond 2^53 is taken as the integer it is; pass a bigint for more.
 *
 * @param num - numerator (any sign), a whole number or bigint
 * @param den - denominator, > 0
 * @param places - decimals to show (0–20)
 * @param mode - rounding of the last place (default half-up, ties away from zero)
 * @example
 * formatRatio(1973900, 19747, 2);          // "99.96"
 * formatRatio(-1, 200, 2);                 // "-0.01" (half-up: -0.005 goes away from zero)
 * formatRatio(179995, 2000, 2, 'floor');   // "89.99"
 * formatRatio(1, 0, 2);                    // throws XhhtError { code: 'zero-denominator', path: ['den'] }
 */
export function formatRatio(
  num: number | bigint,
  den: number | bigint,
  places = 2,
  mode: RoundingMode = 'half-up',
): string {
  checkRatio(num, den, places);
  if (mode !== 'half-up' && mode !== 'floor' && mode !== 'ceil')
    throw badArgument('mode', say(DISPLAY, 'argument.mode'), mode);
  return unitsToDecimal(roundAny(num, den, places, mode), places);
}

/**
 * Formats `num / den` so that the displayed number stays on `side` of
 * `boundNum / boundDen`, given that the exact value is on that side. Half-up
 * rounding is used unless it would cross the bound; then the value is rounded
 * toward the truth (floor for `below`/`at-or-below`, ceil for the others).
 * Throws as {@link formatRatio} does, and `invalid-input` for an unknown
 * `side` or a bound that is not a whole number over a positive whole number.
 *
 * @example
 * // 89.995% against a 90% minimum: not met, so the display must stay below 90
 * formatRatioHonest(89995, 1000, 2, 'below', 90, 1); // "89.99"
 * formatRatioHonest(87301, 1000, 2, 'at-or-above', 70, 1); // "87.30"
 */
export function formatRatioHonest(
  num: number | bigint,
  den: number | bigint,
  places: number,
  side: DisplaySide,
  boundNum: number | bigint,
  boundDen: number | bigint,
): string {
  checkRatio(num, den, places);
  if (side !== 'below' && side !== 'at-or-below' && side !== 'above' && side !== 'at-or-above') {
    throw badArgument('side', say(DISPLAY, 'argument.side'), side);
  }
  if (!isWhole(boundNum)) throw badArgument('boundNum', say(DISPLAY, 'argument.whole'), boundNum);
  if (!isWhole(boundDen) || boundDen <= 0) throw badArgument('boundDen', say(DISPLAY, 'argument.positive'), boundDen);
  return unitsToDecimal(honestUnits(num, den, places, side, boundNum, boundDen), places);
}

/**
 * What {@link formatRatioHonest} displays, as a whole number of `10^-places`
 * units, without checking its arguments: for hot loops whose values are
 * already valid counts (den > 0, integers, places 0–20). Write it with
 * {@link unitsToDecimal}.
 *
 * @example
 * honestUnits(89995, 1000, 2, 'below', 90, 1); // 8999 (89.99, not 90.00)
 * unitsToDecimal(honestUnits(5500, 63, 2, 'at-or-above', 70, 1), 2); // '87.30'
 */
export function honestUnits(
  num: number | bigint,
  den: number | bigint,
  places: number,
  side: DisplaySide,
  boundNum: number | bigint,
  boundDen: number | bigint,
): number | bigint {
  return keepOnSide(roundAny(num, den, places, 'half-up'), num, den, places, side, boundNum, boundDen);
}

/**
 * `units` (a display of `num / den` in `10^-places` units) when it lies on
 * `side` of `boundNum / boundDen`; otherwise `num / den` rounded toward the
 * truth (floor for `below`/`at-or-below`, ceil for the others), which lies
 * there whenever the exact value does. Nothing is checked, as for
 * {@link honestUnits}: for a display made by another rule (the one of
 * `displayUnits`) that must also agree with a decision against a bound
 * off the display grid.
 *
 * @example
 * keepOnSide(9000, 89995, 1000, 2, 'below', 90, 1); // 8999: 90.00 is not below 90
 * keepOnSide(8730, 5500, 63, 2, 'above', 70, 1);    // 8730: already above
 */
export function keepOnSide(
  units: number | bigint,
  num: number | bigint,
  den: number | bigint,
  places: number,
  side: DisplaySide,
  boundNum: number | bigint,
  boundDen: number | bigint,
): number | bigint {
  if (unitsSatisfy(units, places, side, boundNum, boundDen)) return units;
  const mode: RoundingMode = side === 'below' || side === 'at-or-below' ? 'floor' : 'ceil';
  return roundAny(num, den, places, mode);
}

/** The largest `places` the formatters take. */
const MAX_PLACES = 20;

/** A whole number: a bigint, or a number with no fraction (also beyond 2^53: it is then taken as the integer it is). */
function isWhole(value: unknown): value is number | bigint {
  return typeof value === 'bigint' || Number.isInteger(value);
}

function checkRatio(num: unknown, den: unknown, places: unknown): void {
  if (!isWhole(num)) throw badArgument('num', say(DISPLAY, 'argument.whole'), num);
  if (!isWhole(den)) throw badArgument('den', say(DISPLAY, 'argument.positive'), den);
  if (den === 0 || den === 0n) {
    throw new XhhtError('zero-denominator', say(DISPLAY, 'zero-denominator.ratio'), { path: ['den'] });
  }
  if (den < 0) throw badArgument('den', say(DISPLAY, 'argument.positive'), den);
  if (!Number.isInteger(places) || (places as number) < 0 || (places as number) > MAX_PLACES)
    throw badArgument('places', say(DISPLAY, 'argument.places', { max: MAX_PLACES }), places);
}

function badArgument(name: string, wanted: Text, got: unknown): XhhtError {
  const value = describe(got);
  return new XhhtError('invalid-input', say(DISPLAY, 'invalid-input.argument', { name, wanted, value }), {
    path: [name],
  });
}

/** Does `units / 10^places` lie on `side` of `bn / bd`? Compares `units·bd` with `bn·10^places`. */
function unitsSatisfy(
  units: number | bigint,
  places: number,
  side: DisplaySide,
  bn: number | bigint,
  bd: number | bigint,
): boolean {
  let left: number | bigint;
  let right: number | bigint;
  if (typeof units === 'number' && typeof bn === 'number' && typeof bd === 'number') {
    left = units * bd;
    right = bn * 10 ** places;
    if (Math.abs(left) > MAX || Math.abs(right) > MAX) {
      left = BigInt(units) * BigInt(bd);
      right = BigInt(bn) * pow10(places);
    }
  } else {
    left = BigInt(units) * BigInt(bd);
    right = BigInt(bn) * pow10(places);
  }
  switch (side) {
    case 'below':
      return left < right;
    case 'at-or-below':
      return left <= right;
    case 'above':
      return left > right;
    case 'at-or-above':
      return left >= right;
  }
}
