import Decimal from 'decimal.js';

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

/**
 * The same private constructor rounding toward −∞ and toward +∞: a ratio shown
 * with 40 digits is rounded toward the truth when half-even rounding would carry
 * it across a cut-off (0.94999…95 must not print as 0.95).
 *
 * @example
 * new DFloor(1).div(3).toFixed(); // '0.3333333333333333333333333333333333333333'
 * new DCeil(1).div(3).toFixed();  // '0.3333333333333333333333333333333333333334'
 */
export const DFloor = Decimal.clone({ precision: PROGRESS_PRECISION, rounding: Decimal.ROUND_FLOOR });
/** See {@link DFloor}. @example new DCeil(2).div(3).toFixed(); // '0.6666666666666666666666666666666666666667' */
export const DCeil = Decimal.clone({ precision: PROGRESS_PRECISION, rounding: Decimal.ROUND_CEIL });
