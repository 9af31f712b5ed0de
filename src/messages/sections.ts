import * as en from './en.js';
import type { SameParams, Section } from './say.js';
import * as vi from './vi.js';

/*
 * Each section of the catalogs in both languages, for `say()`. Plain object
 * literals, one per area: a bundle keeps only the sections its code says
 * something from, and nothing is built at import time.
 */

/**
 * Messages of `src/exact` (counts, shares, thresholds, the display rule).
 *
 * @example
 * say(EXACT, 'invalid-count.negative', { value: -3 }).vi; // 'số lượng không thể âm (-3)'
 */
export const EXACT: Section<typeof en.exact> = {
  en: en.exact,
  vi: vi.exact satisfies SameParams<typeof en.exact, typeof vi.exact>,
};

/**
 * Messages about values as given: how a value is shown, and why one cannot be
 * read at all (`src/describe.ts`, `src/snapshot.ts`, `src/guards.ts`).
 *
 * @example
 * say(VALUES, 'value.array', { count: 3 }).vi; // 'một mảng 3 phần tử'
 */
export const VALUES: Section<typeof en.values> = {
  en: en.values,
  vi: vi.values satisfies SameParams<typeof en.values, typeof vi.values>,
};

/**
 * Messages of `src/dates` (ISO dates, year deadlines).
 *
 * @example
 * say(DATES, 'invalid-date', { value: '"2025-13-01"' }).vi; // 'cần ngày dạng YYYY-MM-DD, nhận được "2025-13-01"'
 */
export const DATES: Section<typeof en.dates> = {
  en: en.dates,
  vi: vi.dates satisfies SameParams<typeof en.dates, typeof vi.dates>,
};
