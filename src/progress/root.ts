import { D, type Dec } from './decimal.js';
import type { Q } from './rational.js';

/** Decimal places of the integer root: far more than the 40 significant digits kept. */
const PLACES = 60n;

/** floor(A^(1/n)) for A ≥ 0, n ≥ 1, by Newton's method on integers from a start at or above the root. */
function integerRoot(a: bigint, n: bigint, start: bigint): bigint {
  if (a < 2n || n === 1n) return a;
  let x = start;
  for (;;) {
    const y = ((n - 1n) * x + a / x ** (n - 1n)) / n;
    if (y >= x) return x;
    x = y;
  }
}

/** A start above the root: from a float estimate (a few Newton steps), else from the bit length (always above, slower). */
function startAbove(x: Q, n: bigint, a: bigint): bigint {
  const estimate = Math.pow(Number(x.n) / Number(x.d), 1 / Number(n));
  if (Number.isFinite(estimate) && estimate > 1e-12 && estimate < 1e12) {
    // the float is good to ~1e-15; 1e-9 above it is above the true root
    const start = (BigInt(Math.ceil(estimate * 1e15 * (1 + 1e-9))) + 1n) * 10n ** (PLACES - 15n);
    if (start ** n > a) return start;
  }
  return 1n << (BigInt(a.toString(2).length) / n + 1n);
}

/**
 * `x^(1/n)` for a non-negative rational `x` and a whole number of years `n`,
 * with BigInt: the root is truncated after 60 decimal places, and exact when it
 * has that many places or fewer (√1.44 is exactly 1.2). Whole numbers of years
 * are the common case (year-only points, dates on 31 December); decimal.js's
 * general `pow` is slower and is used only for fractions of years.
 *
 * @example
 * rootOf({ n: 36n, d: 25n }, 2n).toFixed(); // '1.2'
 */
export function rootOf(x: Q, n: bigint): Dec {
  const scaled = (x.n * 10n ** (PLACES * n)) / x.d;
  return new D(`${integerRoot(scaled, n, startAbove(x, n, scaled))}e-${PLACES}`);
}

/*
 * Fractional powers in BigInt fixed point: x^e = exp(e · ln x), with values
 * scaled by 10^70 (30 guard digits over the 40 kept). decimal.js's general
 * `pow` gives the same digits but is about ten times slower, which matters in
 * a batch of 100,000 results dated mid-year.
 */
const SCALE_DIGITS = 70n;
const S = 10n ** SCALE_DIGITS;

/** 2·atanh(z/S)·S for |z| ≤ S/3: the series z + z³/3 + z⁵/5 + … */
function twoAtanh(z: bigint): bigint {
  const z2 = (z * z) / S;
  let term = z;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * z2) / S;
  }
  return 2n * sum;
}

/** ln 2 · S = 2·atanh(1/3) · S. */
const LN2 = /*#__PURE__*/ twoAtanh(S / 3n);

function bitLength(v: bigint): bigint {
  return BigInt(v.toString(2).length);
}

/** ln(a/b) · S for a, b > 0: a/b = 2^k · m with m in [0.5, 2), ln m = 2·atanh((m − 1)/(m + 1)). */
function lnFixed(a: bigint, b: bigint): bigint {
  const k = bitLength(a) - bitLength(b);
  const m = k >= 0n ? (a * S) / (b << k) : ((a << -k) * S) / b;
  return k * LN2 + twoAtanh(((m - S) * S) / (m + S));
}

/** exp(y/S) as an exact fraction `e · 2^n / S`: y = n·ln 2 + r, exp(r / 2^8) by Taylor, squared 8 times. */
function expFixed(y: bigint): { readonly e: bigint; readonly n: bigint } {
  let n = y / LN2;
  let r = y - n * LN2;
  if (r < 0n) {
    r += LN2;
    n -= 1n;
  }
  const small = r >> 8n;
  let term = S;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k++) {
    sum += term;
    term = (term * small) / (S * k);
  }
  for (let i = 0; i < 8; i++) sum = (sum * sum) / S;
  return { e: sum, n };
}

/**
 * `x^(p/r)` for a positive rational `x` and a positive rational exponent `p/r`
 * (fractions of years give exponents like 365/913), as exp((p/r)·ln x) in
 * BigInt fixed point with 70 digits; returned with 40 significant digits.
 *
 * @example
 * powerOf({ n: 121n, d: 100n }, 1n, 2n).toFixed(); // '1.1'
 */
export function powerOf(x: Q, p: bigint, r: bigint): Dec {
  const { e, n } = expFixed((p * lnFixed(x.n, x.d)) / r);
  // e · 2^n / 10^70, written exactly in decimal: 2^−m = 5^m / 10^m
  const text = n >= 0n ? `${e << n}e-${SCALE_DIGITS}` : `${e * 5n ** -n}e-${SCALE_DIGITS - n}`;
  return new D(text).plus(0);
}
