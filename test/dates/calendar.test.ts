import {
  addDays,
  addMonths as dfAddMonths,
  addYears,
  format,
  getDayOfYear,
  getDaysInYear,
  isValid,
  lastDayOfYear,
  parseISO,
} from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, dayOfYear, isoText, nextDay, readIsoDay } from '../../src/dates/calendar.js';
import { isIsoDate, yearDeadline } from '../../src/dates/iso.js';
import { isXhhtError } from '../../src/errors.js';
import { datePoint } from '../../src/progress/time.js';

/*
 * The library's calendar arithmetic (src/dates/calendar.ts) replaced date-fns (issue 11: its root
 * entry loaded every module of date-fns). date-fns stays a dev dependency as the oracle: every
 * function here must answer as the date-fns expression it replaced did.
 */

/** isIsoDate as it was: parseISO, isValid and format back to the input. */
const wasIsoDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && isValid(parseISO(v)) && format(parseISO(v), 'yyyy-MM-dd') === v;
/** yearDeadline as it was. */
const wasDeadline = (year: number) => format(lastDayOfYear(new Date(year, 0, 1)), 'yyyy-MM-dd');
const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('isIsoDate answers as parseISO + format did', () => {
  it(
    'on every month 00–13 and day 00–32 of the years at the ' +
      'edges (0000–0120, 1580–1600, 1896–1904, 2096–2104, 9990–9999)',
    () => {
      const years = [
        ...Array.from({ length: 121 }, (_, i) => i),
        ...Array.from({ length: 21 }, (_, i) => 1580 + i),
        ...Array.from({ length: 9 }, (_, i) => 1896 + i),
        ...Array.from({ length: 9 }, (_, i) => 2096 + i),
        ...Array.from({ length: 10 }, (_, i) => 9990 + i),
      ];
      let checked = 0;
      let valid = 0;
      for (const y of years) {
        for (let m = 0; m <= 13; m++) {
          for (let d = 0; d <= 32; d++) {
            const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
            const want = wasIsoDate(text);
            expect(isIsoDate(text), text).toBe(want);
            checked++;
            if (want) valid++;
          }
        }
      }
      // 170 years × 14 × 33 texts; 0000 is not a date (date-fns writes it 0001), 0001–0120 are
      expect(checked).toBe(170 * 14 * 33);
      expect(valid).toBeGreaterThan(169 * 365);
    },
  );

  it('on random text near the pattern', () => {
    const text = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(fc.property(fc.oneof(text, fc.string()), (s) => isIsoDate(s) === wasIsoDate(s)));
  });
});

/** What yearDeadline must answer: date-fns' answer for a year YYYY can write, else invalid-year (issue 13 §1). */
const deadlineWanted = (y: number) => (Number.isInteger(y) && y >= 1000 && y <= 9999 ? wasDeadline(y) : 'invalid-year');
const deadlineGot = (y: number) => {
  try {
    return yearDeadline(y);
  } catch (e) {
    return isXhhtError(e) ? e.code : `${(e as Error).name}: ${(e as Error).message}`;
  }
};

describe(
  'yearDeadline answers as format(lastDayOfYear(new ' + 'Date(year, 0, 1))) did, for the years YYYY can write',
  () => {
    // outside 1000–9999 the old expression gave nonsense (50 → 1950-12-31, null → 1900-12-31): now invalid-year
    // (issue 13 §1)
    it('on the years 1900–2100, two-digit years, negative years and the ends of the date range', () => {
      const years = [
        ...Array.from({ length: 201 }, (_, i) => 1900 + i),
        ...Array.from({ length: 120 }, (_, i) => i - 10),
        -1,
        -100,
        -271819,
        -271820,
        -271821,
        -271822,
        999,
        1000,
        9999,
        10000,
        275758,
        275759,
        275760,
        275761,
        2025.5,
        -0.5,
        99.9,
        100.1,
        -0,
        NaN,
        Infinity,
        -Infinity,
        Number.MAX_SAFE_INTEGER,
      ];
      for (const y of years) expect(deadlineGot(y), String(y)).toBe(deadlineWanted(y));
      // the figures themselves, not only agreement: a 2025 target falls due on 31 December 2025
      expect(yearDeadline(2025)).toBe('2025-12-31');
      expect(deadlineGot(50)).toBe('invalid-year');
    });

    it('on random numbers', () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.integer({ min: -300_000, max: 300_000 }), fc.double()),
          (y) => deadlineGot(y) === deadlineWanted(y),
        ),
      );
    });
  },
);

describe('the day arithmetic of titles and progress answers as date-fns did', () => {
  const day = fc
    .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('the day of the year and the days of the year (datePoint)', () => {
    fc.assert(
      fc.property(day, (iso) => {
        const d = parseISO(iso);
        const days = getDaysInYear(d);
        const want = BigInt(d.getFullYear() - 1) * BigInt(days) + BigInt(getDayOfYear(d));
        expect(dayOfYear(readIsoDay(iso)!)).toBe(getDayOfYear(d));
        const t = datePoint(iso).t;
        // q() reduces the fraction: compare cross-multiplied
        expect(t.n * BigInt(days)).toBe(want * t.d);
      }),
    );
  });

  it('31 December of the year plus n years (recognition validity)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 100 }), (iso, n) => {
        expect(isoText({ y: readIsoDay(iso)!.y + n, m: 12, d: 31 })).toBe(
          format(lastDayOfYear(addYears(parseISO(iso), n)), 'yyyy-MM-dd'),
        );
      }),
    );
  });

  it('n months later, and the day after (level 2, both conventions)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 1200 }), (iso, n) => {
        const end = dfAddMonths(parseISO(iso), n);
        expect(isoText(addMonths(readIsoDay(iso)!, n))).toBe(format(end, 'yyyy-MM-dd'));
        expect(isoText(nextDay(addMonths(readIsoDay(iso)!, n)))).toBe(format(addDays(end, 1), 'yyyy-MM-dd'));
      }),
    );
  });
});
