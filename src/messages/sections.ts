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
