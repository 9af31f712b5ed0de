/*
 * The Open SDG growth-rate ratio R = d·CAGR_o / |CAGR_r| decided exactly against
 * the cut-offs 0.95, 0.6 and 0. Private to src/progress.
 *
 * With u = 1 + CAGR_o and v = 1 + CAGR_r (both x^(p/r) for rational x):
 *   R ≥ k  ⇔  g_k = d·(u − 1) − k·|v − 1| ≥ 0.
 * - k = 0 needs no root: d·(u − 1) ≥ 0 ⇔ d·(c − b) ≥ 0.
 * - Otherwise g_k is bounded with certified bounds of u and v (root.ts) at 60
 *   places; when the bounds straddle 0 and u and v are both rational, g_k is
 *   computed exactly; else the bounds are refined (120, 240, … places).
 * Why this ends: if g_k = 0 with k ∉ {0, 1}, then 1, u and v are linearly
 *   dependent over ℚ with non-zero coefficients. They are positive real radicals
 *   (a power of each is rational), and by the theorem on linear independence of
 *   real radicals (Besicovitch 1940; Siegel, Acta Arith. 21, 1972) some ratio
 *   among them is rational, which forces u and v both rational. So a tie is
 *   always found exactly, and without a tie refining the bounds settles the sign.
 * Refinement stops at 1,920 places; a ratio that close to a cut-off without
 * being on it (|R − k| below ~10^-1900) is then decided on the midpoint.
 */
import { compare, divide, fixed, fixedPlaces, toPlaces, ZERO, type Dec, type Rounding } from './decimal.js';
import type { GrowthFactor } from './growth.js';
import { PROGRESS_THRESHOLDS } from './method.js';
import { cmp, mul, q, sub, type Q } from './rational.js';
import { levelDigits } from './root.js';

/**
 * The band of R, the status when the target is not met and R can be computed.
 *
 * @example
 * const b: RatioBand = 'acceleration-needed'; // 0.6 ≤ R < 0.95
 */
export type RatioBand = 'on-track' | 'acceleration-needed' | 'limited-progress' | 'deterioration';

/**
 * The growth rates and ratio of an assessment, as shown, and the band of R.
 *
 * @example
 * const g: GrowthRatio = { band: 'on-track', actualGrowth: '0.1', requiredGrowth: '0.1052631578947368421052631578947368421053', ratio: '0.95', ratioDisplay: '0.95' };
 */
export interface GrowthRatio {
  /** The band of R; `deterioration` when the required growth is 0 (R = −∞). */
  readonly band: RatioBand;
  /** CAGR_o to 40 significant digits. */
  readonly actualGrowth: string;
  /** CAGR_r to 40 significant digits; '0' when the baseline is on the target. */
  readonly requiredGrowth: string;
  /** R to 40 significant digits, in its band; `null` when R = −∞. */
  readonly ratio: string | null;
  /** R to 2 places, in its band; `null` when R = −∞. */
  readonly ratioDisplay: string | null;
}

/** Highest refinement level: 60·2^5 = 1,920 places. */
const MAX_LEVEL = 5;
/** A value is shown once its bounds agree to this many significant digits (40 shown + 2). */
const SHOWN = 10n ** 42n;

function decimalQ(text: string): Q {
  const [whole, fraction = ''] = text.split('.') as [string, string?];
  return q(BigInt(whole + fraction), 10n ** BigInt(fraction.length));
}

const ON_TRACK = /* @__PURE__ */ (() => decimalQ(PROGRESS_THRESHOLDS.onTrack))();
const ACCELERATION = /* @__PURE__ */ (() => decimalQ(PROGRESS_THRESHOLDS.accelerationNeeded))();
const LIMITED = /* @__PURE__ */ (() => decimalQ(PROGRESS_THRESHOLDS.limitedProgress))();
const ONE = /* @__PURE__ */ (() => q(1n))();

/** [lowest R, R above the band or null] of each band. */
const BAND: Record<RatioBand, readonly [Q | null, Q | null]> = {
  'on-track': [ON_TRACK, null],
  'acceleration-needed': [ACCELERATION, ON_TRACK],
  'limited-progress': [LIMITED, ACCELERATION],
  deterioration: [null, LIMITED],
};

/** A fraction n/d with d > 0, not reduced (bounds are huge; only compared). */
interface Frac {
  readonly n: bigint;
  readonly d: bigint;
}

/** 10^levelDigits(level), the scale of the bounds at a level. */
const W0 = /* @__PURE__ */ (() => 10n ** BigInt(levelDigits(0)))();
function scaleOf(level: number): bigint {
  return level === 0 ? W0 : 10n ** BigInt(levelDigits(level));
}

/** Bounds of d·(u − 1)·W and |v − 1|·W at a level. */
function scaled(u: GrowthFactor, v: GrowthFactor, d: 1 | -1, level: number) {
  const U = u.bounds(level);
  const V = v.bounds(level);
  const W = scaleOf(level);
  return {
    ulo: d === 1 ? U.lo - W : W - U.hi,
    uhi: d === 1 ? U.hi - W : W - U.lo,
    vlo: v.sign === 1 ? V.lo - W : W - V.hi,
    vhi: v.sign === 1 ? V.hi - W : W - V.lo,
  };
}

function abs(a: Q): Q {
  return a.n < 0n ? { n: -a.n, d: a.d } : a;
}

/** R exactly when u and v are both rational, else `null`. */
function exactRatio(u: GrowthFactor, v: GrowthFactor, d: 1 | -1): Q | null {
  const eu = u.exact();
  const ev = eu === null ? null : v.exact();
  if (eu === null || ev === null) return null;
  const num = mul(q(d), sub(eu, ONE));
  const den = abs(sub(ev, ONE));
  return q(num.n * den.d, num.d * den.n);
}

/** Whether R ≥ k (0 < k < 1), exactly (see the top of this file). */
function atLeast(u: GrowthFactor, v: GrowthFactor, d: 1 | -1, k: Q): boolean {
  for (let level = 0; ; level++) {
    const { ulo, uhi, vlo, vhi } = scaled(u, v, d, level);
    // g_k · W · k.d
    const glo = k.d * ulo - k.n * vhi;
    const ghi = k.d * uhi - k.n * vlo;
    if (glo >= 0n) return true;
    if (ghi < 0n) return false;
    const exact = exactRatio(u, v, d);
    if (exact !== null) return cmp(exact, k) >= 0;
    if (level === MAX_LEVEL) return glo + ghi >= 0n;
  }
}

/** Bounds of R at a level, or `null` while |v − 1| is not yet bounded away from 0. */
function ratioBounds(u: GrowthFactor, v: GrowthFactor, d: 1 | -1, level: number): readonly [Frac, Frac] | null {
  const { ulo, uhi, vlo, vhi } = scaled(u, v, d, level);
  if (vlo <= 0n) return null;
  return [
    { n: ulo, d: ulo >= 0n ? vhi : vlo },
    { n: uhi, d: uhi >= 0n ? vlo : vhi },
  ];
}

function inBand(lo: Frac, hi: Frac, band: RatioBand): boolean {
  const [min, max] = BAND[band];
  return (min === null || lo.n * min.d >= min.n * lo.d) && (max === null || hi.n * max.d < max.n * hi.d);
}

/** Whether lo and hi agree to the digits shown: (hi − lo)·10^42 ≤ |hi + lo|. */
function precise(lo: Frac, hi: Frac): boolean {
  const width = hi.n * lo.d - lo.n * hi.d;
  const sum = hi.n * lo.d + lo.n * hi.d;
  return width * SHOWN <= (sum < 0n ? -sum : sum);
}

/** f to 40 digits, rounded half-even, toward −∞ or toward +∞. */
function dec(mode: Rounding, f: Frac): Dec {
  return divide(f.n, f.d, mode);
}

/** The cut-offs of each band as decimals, [lowest R, R above the band], made on first use. */
let bandDec: Record<RatioBand, readonly [Dec | null, Dec | null]> | undefined;
function bandEdges(band: RatioBand): readonly [Dec | null, Dec | null] {
  bandDec ??= {
    'on-track': [toDec(ON_TRACK), null],
    'acceleration-needed': [toDec(ACCELERATION), toDec(ON_TRACK)],
    'limited-progress': [toDec(LIMITED), toDec(ACCELERATION)],
    deterioration: [null, toDec(LIMITED)],
  };
  return bandDec[band];
}

function toDec(x: Q): Dec {
  return divide(x.n, x.d);
}

/**
 * R with 40 digits from bounds inside its band: half-even of the midpoint, or,
 * if that rounds onto or over the band's edge, the bound on the band's side
 * rounded toward the band (floor of a value below 0.95 stays below 0.95).
 */
function shown(lo: Frac, hi: Frac, band: RatioBand): Dec {
  const mid =
    lo === hi ? dec('half-even', lo) : dec('half-even', { n: lo.n * hi.d + hi.n * lo.d, d: 2n * lo.d * hi.d });
  const [min, max] = bandEdges(band);
  if (max !== null && compare(mid, max) >= 0) return dec('floor', hi);
  if (min !== null && compare(mid, min) < 0) return dec('ceil', lo);
  return mid;
}

/** R to 40 digits, never outside its band. */
function ratioValue(u: GrowthFactor, v: GrowthFactor, d: 1 | -1, band: RatioBand): Dec {
  let last: readonly [Frac, Frac] | null = null;
  for (let level = 0; level <= MAX_LEVEL; level++) {
    const b = ratioBounds(u, v, d, level);
    if (b !== null) {
      last = b;
      if (inBand(b[0], b[1], band) && precise(b[0], b[1])) return shown(b[0], b[1], band);
    }
    const exact = exactRatio(u, v, d);
    if (exact !== null) return shown(exact, exact, band);
  }
  // only past 1,920 places: the best bounds there are
  return last === null ? ZERO : shown(last[0], last[1], band);
}

/** f − 1 to 40 digits: the midpoint of bounds that agree to 42 digits, or the exact value. */
function growthText(f: GrowthFactor): string {
  if (f.sign === 0) return '0';
  let mid: Frac = { n: 0n, d: 1n };
  for (let level = 0; level <= MAX_LEVEL; level++) {
    const { lo, hi } = f.bounds(level);
    const W = scaleOf(level);
    mid = { n: lo + hi - 2n * W, d: 2n * W };
    const m = mid.n < 0n ? -mid.n : mid.n;
    if ((hi - lo) * SHOWN <= m) break;
    const exact = f.exact();
    if (exact !== null) return fixed(dec('half-even', { n: exact.n - exact.d, d: exact.d }));
  }
  return fixed(dec('half-even', mid));
}

/** R to 2 places, half-up unless that would leave the band; then toward the truth. */
function ratioDisplay(ratio: Dec, band: RatioBand): string {
  const [lo, hi] = bandEdges(band);
  let display = toPlaces(ratio, 2, 'half-up');
  if (hi !== null && compare(display, hi) >= 0) display = toPlaces(ratio, 2, 'floor');
  else if (lo !== null && compare(display, lo) < 0) display = toPlaces(ratio, 2, 'ceil');
  return fixedPlaces(display, 2);
}

/**
 * The band of R = d·(u − 1)/|v − 1| and the growth rates and ratio as shown,
 * with the band decided exactly (see the top of this file).
 *
 * @param u - 1 + CAGR_o, the observed growth factor
 * @param v - 1 + CAGR_r, the required growth factor
 * @param d - 1 for a minimum, −1 for a maximum
 * @example
 * // 19 → 20.9 in a year, target 21 in a year: R = 0.1 / (2/19) = 0.95 exactly
 * growthRatio(growthFactor(q(209, 10), q(19), q(1)), growthFactor(q(21), q(19), q(1)), 1);
 * // { band: 'on-track', ratio: '0.95', ratioDisplay: '0.95', actualGrowth: '0.1', … }
 */
export function growthRatio(u: GrowthFactor, v: GrowthFactor, d: 1 | -1): GrowthRatio {
  const actualGrowth = growthText(u);
  const requiredGrowth = growthText(v);
  // the baseline is on the target and the value left it: R = −∞
  if (v.sign === 0) return { band: 'deterioration', actualGrowth, requiredGrowth, ratio: null, ratioDisplay: null };
  let band: RatioBand;
  const direction = d * u.sign;
  if (direction < 0) band = 'deterioration';
  else if (direction === 0) band = 'limited-progress';
  else if (atLeast(u, v, d, ON_TRACK)) band = 'on-track';
  else if (atLeast(u, v, d, ACCELERATION)) band = 'acceleration-needed';
  else band = 'limited-progress';
  const ratio = direction === 0 ? ZERO : ratioValue(u, v, d, band);
  return { band, actualGrowth, requiredGrowth, ratio: fixed(ratio), ratioDisplay: ratioDisplay(ratio, band) };
}
