/*
 * Calendar arithmetic on ISO dates, in plain integers (proleptic Gregorian calendar, no time
 * zone, no Date object). A few lines instead of a date library: the library needs only these,
 * and a date library's root entry loads every one of its modules. Private to src/.
 */

/**
 * A calendar day: year, month 1–12, day 1–31.
 *
 * @example
 * const d: Day = { y: 2024, m: 2, d: 29 };
 */
export interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a year is a leap year (every 4th, not every 100th, every 400th).
 *
 * @example
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * The number of days of a month (1–12) of a year.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * The day of a text `YYYY-MM-DD` that names a real calendar day of years 0001–9999, or `null`.
 *
 * @example
 * readIsoDay('2024-02-29'); // { y: 2024, m: 2, d: 29 }
 * readIsoDay('2025-02-29'); // null
 */
export function readIsoDay(text: string): Day | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  // year 0000 is not written so (the year before 0001 is 1 BC)
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A day as ISO text: the year with at least four digits (a year ≤ 0 as the era year 1 − y, as
 * date formatters write `yyyy`), month and day with two.
 *
 * @example
 * isoText({ y: 2027, m: 12, d: 31 }); // '2027-12-31'
 * isoText({ y: 10002, m: 12, d: 31 }); // '10002-12-31'
 */
export function isoText(day: Day): string {
  return `${pad(day.y > 0 ? day.y : 1 - day.y, 4)}-${pad(day.m, 2)}-${pad(day.d, 2)}`;
}

/**
 * The day of the year, 1 for 1 January.
 *
 * @example
 * dayOfYear({ y: 2023, m: 7, d: 2 }); // 183
 */
export function dayOfYear(day: Day): number {
  let n = day.d;
  for (let m = 1; m < day.m; m++) n += daysInMonth(day.y, m);
  return n;
}

/**
 * `months` months after `day`: the same day of the month, or the month's last day when it has
 * no such day (2024-02-29 + 12 months = 2025-02-28).
 *
 * @example
 * addMonths({ y: 2024, m: 1, d: 31 }, 1); // { y: 2024, m: 2, d: 29 }
 */
export function addMonths(day: Day, months: number): Day {
  const index = day.y * 12 + (day.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/**
 * The next calendar day.
 *
 * @example
 * nextDay({ y: 2025, m: 2, d: 28 }); // { y: 2025, m: 3, d: 1 }
 */
export function nextDay(day: Day): Day {
  if (day.d < daysInMonth(day.y, day.m)) return { y: day.y, m: day.m, d: day.d + 1 };
  return day.m < 12 ? { y: day.y, m: day.m + 1, d: 1 } : { y: day.y + 1, m: 1, d: 1 };
}
