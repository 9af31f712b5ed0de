/**
 * Decimal display of exact ratios, with honest rounding.
 *
 * All values here are ratios of integers `num / den` (den > 0). Only display
 * rounds; status is decided elsewhere on the exact value. A display that would
 * contradict the status is rounded toward the truth instead (89.995% against a
 * 90% minimum shows "89.99", not "90.00").
 */

/** How to round the last displayed place. `half-up` rounds ties away from zero. */
export type RoundingMode = 'half-up' | 'floor' | 'ceil';

/**
 * Which side of a bound the displayed value must stay on, so the display agrees
 * with a decision made on the exact value.
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

function unitsToString(units: bigint | number, places: number): string {
  const negative = units < 0;
  let digits = (negative ? -BigInt(units) : BigInt(units)).toString();
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
 * Formats the exact ratio `num / den` with `places` decimals.
 *
 * @param num - numerator (any sign)
 * @param den - denominator, > 0
 * @param places - decimals to show (0–20)
 * @param mode - rounding of the last place (default half-up, ties away from zero)
 * @example
 * formatRatio(1973900, 19747, 2);          // "99.96"
 * formatRatio(-1, 200, 2);                 // "-0.01" (half-up: -0.005 goes away from zero)
 * formatRatio(179995, 2000, 2, 'floor');   // "89.99"
 */
export function formatRatio(num: number | bigint, den: number | bigint, places = 2, mode: RoundingMode = 'half-up'): string {
  return unitsToString(roundAny(num, den, places, mode), places);
}

/**
 * Formats `num / den` so that the displayed number stays on `side` of
 * `boundNum / boundDen`, given that the exact value is on that side. Half-up
 * rounding is used unless it would cross the bound; then the value is rounded
 * toward the truth (floor for `below`/`at-or-below`, ceil for the others).
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
  const units = roundAny(num, den, places, 'half-up');
  if (unitsSatisfy(units, places, side, boundNum, boundDen)) return unitsToString(units, places);
  const mode: RoundingMode = side === 'below' || side === 'at-or-below' ? 'floor' : 'ceil';
  return unitsToString(roundAny(num, den, places, mode), places);
}

/** Does `units / 10^places` lie on `side` of `bn / bd`? Compares `units·bd` with `bn·10^places`. */
function unitsSatisfy(units: number | bigint, places: number, side: DisplaySide, bn: number | bigint, bd: number | bigint): boolean {
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
