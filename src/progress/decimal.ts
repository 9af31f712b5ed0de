import Decimal from 'decimal.js';

/**
 * Precision (significant digits) of the growth rates and ratios of
 * `assessProgress`. Compound annual growth rates take roots, which are not
 * rational, so they cannot be exact; 40 digits put any rounding far below the
 * resolution of a published threshold (0.95, 0.6, 0). The roots themselves are
 * taken in BigInt with more digits (root.ts) and rounded to this.
 *
 * @example
 * PROGRESS_PRECISION; // 40
 */
export const PROGRESS_PRECISION = 40;

/**
 * A private decimal.js constructor with 40 significant digits, rounding half
 * even. `Decimal.clone` leaves decimal.js's global settings alone: an app that
 * uses decimal.js for its own work is not affected (never `Decimal.set`).
 *
 * @example
 * new D('1.44').sqrt().minus(1).toFixed(); // '0.2'
 */
export const D = Decimal.clone({ precision: PROGRESS_PRECISION, rounding: Decimal.ROUND_HALF_EVEN });

/** A number of the private constructor. @example const r: Dec = new D('0.95'); */
export type Dec = InstanceType<typeof D>;
