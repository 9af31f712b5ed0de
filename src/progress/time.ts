import { dayOfYear, isLeapYear, readIsoDay } from '../dates/calendar.js';
import { q, type Q } from './rational.js';

/**
 * A point on the time axis of progress, in years: the year `Y` alone is its
 * last day (as a target "by 2025" is due on 2025-12-31) and counts as exactly
 * `Y`; a date is `Y − 1 + dayOfYear / daysInYear`, so 2024-12-31 is 2024 and
 * 2025-07-02 is 2024 + 183/365. Differences are exact rationals: years between
 * year-only points are whole numbers, as in the Open SDG method.
 *
 * @example
 * const p: TimePoint = yearPoint(2025); // { date: '2025-12-31', yearOnly: true, t: 2025 }
 */
export interface TimePoint {
  /** The date used, ISO (the last day of the year for a year-only point). */
  readonly date: string;
  /** Whether only a year was given. */
  readonly yearOnly: boolean;
  /** Position in years, exact. */
  readonly t: Q;
}

/**
 * A year-only point: the year's last day, at exactly `year`.
 *
 * @example
 * yearPoint(2021).date; // '2021-12-31'
 */
export function yearPoint(year: number): TimePoint {
  // years are 1900–2100 here (checked by the callers), so the last day is simply "YYYY-12-31"
  return { date: `${year}-12-31`, yearOnly: true, t: { n: BigInt(year), d: 1n } };
}

/**
 * A dated point (the date must be a valid ISO date).
 *
 * @example
 * datePoint('2023-07-02').t; // 2022 + 183/365, i.e. { n: 738213n, d: 365n }
 */
export function datePoint(date: string): TimePoint {
  const day = readIsoDay(date)!;
  const days = isLeapYear(day.y) ? 366 : 365;
  return { date, yearOnly: false, t: q(BigInt(day.y - 1) * BigInt(days) + BigInt(dayOfYear(day)), days) };
}
