/*
 * Decimal numbers for the growth rates and the ratio `assessProgress` shows: a quotient of two
 * integers rounded to 40 significant digits, rounding to a number of places, comparison and
 * text. In BigInt, so the library loads no decimal package (issue 11); the answers are those of
 * decimal.js with the same precision and rounding (tested against it).
 */

/**
 * Significant digits with which `assessProgress` shows growth rates and the
 * ratio. Compound annual growth rates take roots, which are not rational in
 * general, so they are shown rounded; the status is not decided on these digits
 * but exactly (see ratio.ts), and a shown ratio never crosses a cut-off the
 * status says it is below or above.
 *
 * @example
 * PROGRESS_PRECISION; // 40
 */
export const PROGRESS_PRECISION = 40;

/**
 * A decimal number `c · 10^e`, `c` without trailing zeros (zero is `{ c: 0n, e: 0 }`).
 *
 * @example
 * const x: Dec = { c: 95n, e: -2 }; // 0.95
 */
export interface Dec {
  readonly c: bigint;
  readonly e: number;
}

/**
 * How a value is rounded: to the nearest (ties to even or away from zero), toward −∞ or +∞.
 *
 * @example
 * const mode: Rounding = 'half-even';
 */
export type Rounding = 'half-even' | 'half-up' | 'floor' | 'ceil';

/**
 * Zero.
 *
 * @example
 * fixed(ZERO); // '0'
 */
export const ZERO: Dec = { c: 0n, e: 0 };

function normal(c: bigint, e: number): Dec {
  if (c === 0n) return ZERO;
  while (c % 10n === 0n) {
    c /= 10n;
    e++;
  }
  return { c, e };
}

const pow10 = (k: number) => 10n ** BigInt(k);
const digitsOf = (x: bigint) => x.toString().length;

/** q = ⌊N/D⌋ with remainder r, rounded by `mode` for a value of sign `sign` (N, D > 0). */
function rounded(q: bigint, r: bigint, den: bigint, negative: boolean, mode: Rounding): bigint {
  if (r === 0n) return q;
  const twice = 2n * r;
  const up =
    mode === 'half-even'
      ? twice > den || (twice === den && q % 2n === 1n)
      : mode === 'half-up'
        ? twice >= den
        : mode === 'floor'
          ? negative
          : !negative;
  return up ? q + 1n : q;
}

/**
 * `n / d` rounded to `digits` significant digits (default {@link PROGRESS_PRECISION}).
 *
 * @param n - the numerator
 * @param d - the denominator, not zero
 * @param mode - how to round (default half-even)
 * @returns the quotient
 * @example
 * fixed(divide(1n, 3n, 'floor')); // '0.3333333333333333333333333333333333333333'
 * fixed(divide(2n, 3n, 'ceil'));  // '0.6666666666666666666666666666666666666667'
 */
export function divide(n: bigint, d: bigint, mode: Rounding = 'half-even', digits = PROGRESS_PRECISION): Dec {
  if (n === 0n) return ZERO;
  const negative = n < 0n !== d < 0n;
  const N = n < 0n ? -n : n;
  const D = d < 0n ? -d : d;
  // k with 10^(digits−1) ≤ ⌊N·10^k / D⌋ < 10^digits: start from the lengths, correct by one
  let k = digits - 1 - (digitsOf(N) - digitsOf(D));
  for (;;) {
    const num = k >= 0 ? N * pow10(k) : N;
    const den = k >= 0 ? D : D * pow10(-k);
    const q = num / den;
    const length = digitsOf(q);
    if (length > digits) k--;
    else if (length < digits) k++;
    else {
      const c = rounded(q, num % den, den, negative, mode);
      return normal(negative ? -c : c, -k);
    }
  }
}

/**
 * `x` rounded to `places` decimal places.
 *
 * @example
 * fixedPlaces(toPlaces({ c: 95123n, e: -5 }, 2, 'half-up'), 2); // '0.95'
 */
export function toPlaces(x: Dec, places: number, mode: Rounding): Dec {
  if (-x.e <= places) return x;
  const den = pow10(-x.e - places);
  const negative = x.c < 0n;
  const N = negative ? -x.c : x.c;
  const c = rounded(N / den, N % den, den, negative, mode);
  return normal(negative ? -c : c, -places);
}

/**
 * −1, 0 or 1 as `a` is below, equal to or above `b`.
 *
 * @example
 * compare({ c: 95n, e: -2 }, { c: 6n, e: -1 }); // 1
 */
export function compare(a: Dec, b: Dec): number {
  const e = Math.min(a.e, b.e);
  const x = a.c * pow10(a.e - e);
  const y = b.c * pow10(b.e - e);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * `x` in plain decimal notation, every digit (no exponent, no trailing zeros).
 *
 * @example
 * fixed({ c: 1n, e: -7 }); // '0.0000001'
 */
export function fixed(x: Dec): string {
  return withPlaces(x, Math.max(0, -x.e));
}

/**
 * `x` with exactly `places` decimal places (`x` must have no more).
 *
 * @example
 * fixedPlaces({ c: 6n, e: -1 }, 2); // '0.60'
 */
export function fixedPlaces(x: Dec, places: number): string {
  return withPlaces(x, places);
}

function withPlaces(x: Dec, places: number): string {
  const negative = x.c < 0n;
  const digits = ((negative ? -x.c : x.c) * pow10(x.e + places)).toString().padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative ? `-${text}` : text;
}
