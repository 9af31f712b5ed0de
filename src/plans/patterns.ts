/*
 * The text patterns of plan fields, shared by the schema (which checks them)
 * and messages.ts (which says, in both languages, what a field that fails one
 * should look like).
 */

/**
 * A kebab-case id: lower-case letters and digits, words joined by "-".
 *
 * @example
 * ID_PATTERN.test('qd-1373');  // true
 * ID_PATTERN.test('Bắc Giang'); // false
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An ISO date as plans write it: `YYYY-MM-DD`.
 *
 * @example
 * ISO_DATE_PATTERN.test('2021-07-30'); // true
 * ISO_DATE_PATTERN.test('30/7/2021');  // false
 */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A decimal number written with a point, as JSON plans write a percentage as text.
 *
 * @example
 * DECIMAL_PATTERN.test('99.5'); // true
 * DECIMAL_PATTERN.test('9,5');  // false: a decimal point, not a comma
 */
export const DECIMAL_PATTERN = /^\s*\d+(?:\.\d+)?\s*$/;
