import { describe } from '../util/describe.js';
import { XhhtError, type IssuePath } from '../errors.js';
import { pathArg } from '../util/guards.js';
import { say } from '../messages/say.js';
import { NUMBERS } from '../messages/sections.js';
import { readIsoDay } from './calendar.js';

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
  throw new XhhtError('invalid-date', say(NUMBERS, 'invalid-date', { value: describe(value) }), {
    path: pathArg(path),
  });
}

/** The years an ISO date `YYYY-MM-DD` can hold. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/**
 * The last day of a year as an ISO date: the deadline of a target "by 2025".
 * The year is a whole number from 1000 to 9999 (what `YYYY` can write);
 * anything else is `invalid-year` (`new Date(50, 0, 1)` would be 1950).
 *
 * @example
 * yearDeadline(2025); // '2025-12-31'
 * yearDeadline(50);   // throws XhhtError { code: 'invalid-year' }
 */
export function yearDeadline(year: number): string {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new XhhtError(
      'invalid-year',
      say(NUMBERS, 'invalid-year.deadline', { min: FIRST_YEAR, max: LAST_YEAR, value: describe(year) }),
      { path: ['year'] },
    );
  }
  // every year ends on 31 December
  return `${year}-12-31`;
}
