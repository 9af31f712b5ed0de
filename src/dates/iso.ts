import { isoText, readIsoDay } from './calendar.js';
import { XhhtError, type IssuePath } from '../errors.js';
import { say } from '../messages/say.js';
import { NUMBERS } from '../messages/sections.js';

/**
 * True when `value` is a real calendar date written `YYYY-MM-DD`
 * ("2025-02-29" is not: 2025 is not a leap year).
 *
 * @example
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2025-02-29'); // false
 * isIsoDate('30/06/2025'); // false (use parseViDate for Vietnamese dates)
 */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && readIsoDay(value) !== null;
}

/**
 * Returns `value` if it is an ISO date, otherwise throws `invalid-date`.
 *
 * @example
 * assertIsoDate('2025-06-30', ['asOf']); // '2025-06-30'
 * assertIsoDate('2025-13-01', ['asOf']); // throws XhhtError { code: 'invalid-date', path: ['asOf'] }
 */
export function assertIsoDate(value: unknown, path: IssuePath = []): string {
  if (isIsoDate(value)) return value;
  throw new XhhtError('invalid-date', say(NUMBERS, 'invalid-date', { value: JSON.stringify(value) }), { path });
}

/**
 * The last day of a year as an ISO date: the deadline of a target "by 2025".
 *
 * @example
 * yearDeadline(2025); // '2025-12-31'
 */
export function yearDeadline(year: number): string {
  // as `new Date(year, 0, 1)` reads a year (0–99 are 1900–1999), and only within its range of dates
  let y = Math.trunc(+year);
  if (y >= 0 && y <= 99) y += 1900;
  if (!(y >= MIN_YEAR && y <= MAX_YEAR)) throw new RangeError('Invalid time value');
  return isoText({ y, m: 12, d: 31 });
}

/** The years whose 31 December a JavaScript date can hold (±8.64e15 ms around 1970). */
const MIN_YEAR = -271820;
const MAX_YEAR = 275759;
