import { cmp, div, q, type Q } from './rational.js';
import { exactPower, levelDigits, powerBounds, rootBounds, type Bounds } from './root.js';

/** Above this many digits of work (digits · years) an integer root costs more than exp/ln. */
const ROOT_WORK = 20_000;

/**
 * A compound annual growth factor `(to / from)^(1 / years)`, the `1 + CAGR` of
 * the Open SDG method. It is irrational in general, so it is held as its exact
 * inputs and gives, on demand and cached: its exact value when it is rational,
 * and certified bounds at refinement levels of 60, 120, 240, … places.
 *
 * @example
 * const f = growthFactor(q(72), q(50), q(2)); // √1.44
 * f.exact();         // { n: 6n, d: 5n }: 1.2
 * f.bounds(0).lo;    // 1.2·10^60
 * f.sign;            // 1 (growing)
 */
export interface GrowthFactor {
  /** −1, 0 or 1 as the factor is below, at or above 1 (exact: as to/from is). */
  readonly sign: -1 | 0 | 1;
  /** The factor when it is rational, else `null`. */
  exact(): Q | null;
  /** Bounds at scale 10^levelDigits(level). */
  bounds(level: number): Bounds;
}

/**
 * The growth factor from `from` (> 0) to `to` (≥ 0) over `years` (> 0).
 *
 * @example
 * growthFactor(q(55), q(50), q(1)).exact(); // { n: 11n, d: 10n }
 * growthFactor(q(100), q(50), q(2)).exact(); // null (√2)
 */
export function growthFactor(to: Q, from: Q, years: Q): GrowthFactor {
  const x = div(to, from);
  // x^(1/years) = x^(p/r) with years = r/p in lowest terms
  const p = years.d;
  const r = years.n;
  let exact: Q | null | undefined;
  const cache: Bounds[] = [];
  return {
    sign: cmp(x, q(1n)),
    exact() {
      if (exact === undefined) exact = exactPower(x, p, r);
      return exact;
    },
    bounds(level) {
      let b = cache[level];
      if (b === undefined) {
        const digits = levelDigits(level);
        if (x.n === 0n) b = { lo: 0n, hi: 0n };
        else if (p === 1n && r * BigInt(digits) <= ROOT_WORK) b = rootBounds(x, r, digits);
        else b = powerBounds(x, p, r, digits);
        cache[level] = b;
      }
      return b;
    },
  };
}
