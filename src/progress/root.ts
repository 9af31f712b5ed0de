/*
 * Growth factors x^(p/r) (x ≥ 0 rational, p/r > 0) in BigInt, for the growth
 * rates of progress: exactly when the result is rational, otherwise as certified
 * bounds `lo ≤ x^(p/r)·10^digits ≤ hi` at any number of digits. Every rounding
 * below is directed (floor for a lower bound, ceil for an upper one) and every
 * truncated series adds a bound on its tail, so the bounds are proved, not
 * estimated. Private to src/progress.
 */
import { q, type Q } from './rational.js';

/** floor(a / b) for b > 0 (BigInt `/` truncates toward zero). */
function fdiv(a: bigint, b: bigint): bigint {
  const t = a / b;
  return a % b !== 0n && a < 0n ? t - 1n : t;
}

/** ceil(a / b) for b > 0. */
function cdiv(a: bigint, b: bigint): bigint {
  return -fdiv(-a, b);
}

function bitLength(v: bigint): bigint {
  return BigInt(v.toString(2).length);
}

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

/**
 * A start above floor(a^(1/n)) for a ≥ 2, from a float estimate of log2(a) (good
 * to ~1e-12 even for huge a) raised by 1e-9, checked; else from the bit length
 * (always above, more Newton steps).
 */
function startAbove(a: bigint, n: bigint): bigint {
  const bits = bitLength(a);
  const shift = bits > 64n ? bits - 64n : 0n;
  const rootLog2 = (Math.log2(Number(a >> shift)) + Number(shift)) / Number(n);
  const k = Math.max(0, Math.floor(rootLog2) - 52);
  const mantissa = Math.ceil(Math.pow(2, rootLog2 - k) * (1 + 1e-9)) + 1;
  const start = BigInt(mantissa) << BigInt(k);
  return start ** n > a ? start : 1n << (bits / n + 1n);
}

/**
 * The whole n-th root of `a ≥ 0` when there is one, else `null`.
 *
 * @example
 * perfectRoot(1331n, 3n); // 11n
 * perfectRoot(2n, 2n);    // null
 */
export function perfectRoot(a: bigint, n: bigint): bigint | null {
  if (a < 2n || n === 1n) return a;
  // 2 ≤ a < 2^n: the root is strictly between 1 and 2
  if (n >= bitLength(a)) return null;
  const z = integerRoot(a, n, startAbove(a, n));
  return z ** n === a ? z : null;
}

/**
 * `x^(p/r)` exactly when it is rational, else `null`. With p/r in lowest terms
 * and x = N/M reduced, x^(p/r) is rational exactly when N and M are perfect
 * r-th powers.
 *
 * @example
 * exactPower(q(16, 9), 1n, 2n);  // { n: 4n, d: 3n }
 * exactPower(q(2), 1n, 2n);      // null (√2)
 * exactPower(q(8, 27), 2n, 3n);  // { n: 4n, d: 9n }
 */
export function exactPower(x: Q, p: bigint, r: bigint): Q | null {
  if (x.n === 0n) return q(0n);
  const n = perfectRoot(x.n, r);
  if (n === null) return null;
  const d = perfectRoot(x.d, r);
  return d === null ? null : q(n ** p, d ** p);
}

/**
 * Certified bounds of a value at scale `10^digits`: `lo / 10^digits ≤ value ≤ hi / 10^digits`.
 *
 * @example
 * const b: Bounds = { lo: 141n, hi: 142n }; // √2 at 2 digits
 */
export interface Bounds {
  readonly lo: bigint;
  readonly hi: bigint;
}

/**
 * Bounds of `x^(1/n)` at `digits` places: the floor of the root of the
 * floor of x·10^(digits·n), which is floor(x^(1/n)·10^digits) exactly; the
 * root lies between it and the next unit. Fast for the common whole years.
 *
 * @example
 * rootBounds(q(2), 2n, 3); // { lo: 1414n, hi: 1415n }
 * rootBounds(q(144, 100), 2n, 3); // { lo: 1200n, hi: 1201n } (√1.44 = 1.2)
 */
export function rootBounds(x: Q, n: bigint, digits: number): Bounds {
  const scaled = (x.n * 10n ** (BigInt(digits) * n)) / x.d;
  const lo = integerRoot(scaled, n, startAbove(scaled, n));
  return { lo, hi: lo + 1n };
}

type Interval = readonly [lo: bigint, hi: bigint];

/*
 * Fixed point in base 2: a value v is held as an integer near v·2^B, so the
 * rescaling after each product is a shift (>> is floor, also for negatives).
 */

/** ceil(a / 2^B). */
function cshr(a: bigint, B: bigint): bigint {
  return -(-a >> B);
}

/**
 * Bounds of 2·atanh(t)·2^B for t = n/d with 0 ≤ t ≤ 1/3: the series 2·Σ t^(2j+1)/(2j+1)
 * with powers taken down for the lower sum and up for the upper one; the upper
 * sum adds its tail, at most the next power times 1/(1 − t²) ≤ 9/8.
 */
function twoAtanh(n: bigint, d: bigint, B: bigint): Interval {
  const t2lo = fdiv((n * n) << B, d * d);
  const t2hi = cdiv((n * n) << B, d * d);
  let plo = fdiv(n << B, d);
  let phi = cdiv(n << B, d);
  let lo = 0n;
  let hi = 0n;
  for (let k = 1n; ; k += 2n) {
    lo += plo / k;
    hi += cdiv(phi, k);
    plo = (plo * t2lo) >> B;
    phi = cshr(phi * t2hi, B);
    if (phi <= 8n) {
      hi += cdiv(phi * 9n, 8n);
      return [2n * lo, 2n * hi];
    }
  }
}

/** Bounds of ln(a/b)·2^B for a, b > 0: a/b = 2^k·m with m in (1/2, 2), ln m = 2·atanh((m − 1)/(m + 1)), |t| < 1/3. */
function lnBounds(a: bigint, b: bigint, B: bigint, ln2: Interval): Interval {
  const k = bitLength(a) - bitLength(b);
  const A = k >= 0n ? a : a << -k;
  const C = k >= 0n ? b << k : b;
  const num = A - C;
  const den = A + C;
  let alo: bigint;
  let ahi: bigint;
  if (num >= 0n) [alo, ahi] = twoAtanh(num, den, B);
  else {
    const [l, h] = twoAtanh(-num, den, B);
    [alo, ahi] = [-h, -l];
  }
  const [l2lo, l2hi] = ln2;
  return k >= 0n ? [k * l2lo + alo, k * l2hi + ahi] : [k * l2hi + alo, k * l2lo + ahi];
}

/**
 * A bound of exp(y/2^B) as `m · 2^(e − B)`, lower (`up` false) or upper. y = e·ln 2 + r
 * with r ≥ 0 for either bound of ln 2; exp(r) = exp(r/256)^256 with Taylor's series
 * (the upper sum adds its tail, at most twice the next term as r/256 < 0.01).
 */
function expBound(y: bigint, up: boolean, B: bigint, ln2: Interval): { readonly m: bigint; readonly e: bigint } {
  const [l2lo, l2hi] = ln2;
  const e = y >= 0n ? fdiv(y, l2hi) : fdiv(y, l2lo);
  // r = y − e·ln 2, taken low or high: ln 2 is in [l2lo, l2hi]
  const r = up ? y - e * (e >= 0n ? l2lo : l2hi) : y - e * (e >= 0n ? l2hi : l2lo);
  const s = up ? cshr(r, 8n) : r >> 8n;
  let term = 1n << B;
  let sum = 0n;
  for (let k = 1n; ; k++) {
    sum += term;
    // floor(floor(x/2^B)/k) = floor(x/(2^B·k)), and the same for ceil
    term = up ? cdiv(cshr(term * s, B), k) : ((term * s) >> B) / k;
    if (term <= 4n) {
      if (up) sum += 2n * term;
      break;
    }
  }
  for (let i = 0; i < 8; i++) sum = up ? cshr(sum * sum, B) : (sum * sum) >> B;
  return { m: sum, e };
}

/** Guard digits of the fixed point over the digits asked for (the squarings alone cost 2.5). */
const GUARD = 20;

/** Bits of the fixed point for `digits` decimal places plus the guard digits. */
function bitsFor(digits: number): bigint {
  return BigInt(Math.ceil((digits + GUARD) * Math.log2(10)));
}

/** ln 2 bounds at the scale of the first (and by far most common) precision, computed once. */
const BASE_DIGITS = 60;
const BASE_B = /* @__PURE__ */ (() => bitsFor(BASE_DIGITS))();
let baseLn2: Interval | undefined;

/**
 * Bounds of `x^(p/r)` for a positive rational x and a positive exponent p/r
 * (fractions of years give exponents like 365/913) at `digits` places, as
 * exp((p/r)·ln x) in BigInt fixed point with directed rounding.
 *
 * @example
 * powerBounds(q(121, 100), 1n, 2n, 3); // { lo: 1099n, hi: 1101n } (√1.21 = 1.1 lies between)
 */
export function powerBounds(x: Q, p: bigint, r: bigint, digits: number): Bounds {
  const B = digits === BASE_DIGITS ? BASE_B : bitsFor(digits);
  // ln 2 at the base precision, computed once, on first use
  const ln2 = digits === BASE_DIGITS ? (baseLn2 ??= twoAtanh(1n, 3n, B)) : twoAtanh(1n, 3n, B);
  const [llo, lhi] = lnBounds(x.n, x.d, B, ln2);
  const low = expBound(fdiv(llo * p, r), false, B, ln2);
  const high = expBound(cdiv(lhi * p, r), true, B, ln2);
  const W = 10n ** BigInt(digits);
  // m·2^(e − B) at scale W, rounded outward
  const lo = low.e >= B ? (low.m * W) << (low.e - B) : (low.m * W) >> (B - low.e);
  const hi = high.e >= B ? (high.m * W) << (high.e - B) : cshr(high.m * W, B - high.e);
  return { lo, hi };
}

/**
 * The number of places of refinement `level` (60, 120, 240, …): the first is
 * what nearly every assessment needs; the others only serve ratios very near a
 * cut-off.
 *
 * @example
 * levelDigits(0); // 60
 * levelDigits(2); // 240
 */
export function levelDigits(level: number): number {
  return BASE_DIGITS * 2 ** level;
}
