import * as en from './en.js';
import type { SameParams, Section } from './say.js';
import * as vi from './vi.js';

/*
 * Each section of the catalogs in both languages, for `say()`. Plain object
 * literals, one per area: a bundle keeps only the sections its code says
 * something from, and nothing is built at import time.
 */

/**
 * Words shared by the messages of several areas ("or", "and" in a list).
 *
 * @example
 * ['html', 'docx'].join(say(COMMON, 'word.or').vi); // 'html hoặc docx'
 */
export const COMMON: Section<typeof en.common> = {
  en: en.common,
  vi: vi.common satisfies SameParams<typeof en.common, typeof vi.common>,
};

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
 * read at all (`src/util/describe.ts`, `src/util/snapshot.ts`, `src/util/guards.ts`).
 *
 * @example
 * say(VALUES, 'value.array', { count: 3 }).vi; // 'một mảng 3 phần tử'
 */
export const VALUES: Section<typeof en.values> = {
  en: en.values,
  vi: vi.values satisfies SameParams<typeof en.values, typeof vi.values>,
};

/**
 * Messages of `src/vi` and `src/dates` (numbers, shares, percentages and dates as text).
 *
 * @example
 * say(NUMBERS, 'number.exponent').en; // 'exponent notation (like "1e5") is not accepted'
 */
export const NUMBERS: Section<typeof en.numbers> = {
  en: en.numbers,
  vi: vi.numbers satisfies SameParams<typeof en.numbers, typeof vi.numbers>,
};

/**
 * Messages of the `xhht` command line (`src/cli`): usage errors, problems of the files it reads, progress.
 *
 * @example
 * say(CLI, 'usage.lang', { value: '"fr"' }).en; // '--lang must be vi or en, not "fr"'
 */
export const CLI: Section<typeof en.cli> = {
  en: en.cli,
  vi: vi.cli satisfies SameParams<typeof en.cli, typeof vi.cli>,
};

/**
 * Messages of reports and their renderers (`src/report`): option errors, titles, summaries.
 *
 * @example
 * say(REPORT, 'unit.percent');
 */
export const REPORT: Section<typeof en.report> = {
  en: en.report,
  vi: vi.report satisfies SameParams<typeof en.report, typeof vi.report>,
};

/**
 * Messages of xMC and PCGD recognition standards (`src/standards`): dossiers, rule sets, roll-ups.
 *
 * @example
 * say(STANDARDS_MSG, 'tier.district');
 */
export const STANDARDS_MSG: Section<typeof en.standards> = {
  en: en.standards,
  vi: vi.standards satisfies SameParams<typeof en.standards, typeof vi.standards>,
};

/**
 * Messages of plans written as a table (`src/plans/table-*.ts`): the cells a person fills in.
 *
 * @example
 * say(PLAN_TABLES, 'invalid-plan.level');
 */
export const PLAN_TABLES: Section<typeof en.planTables> = {
  en: en.planTables,
  vi: vi.planTables satisfies SameParams<typeof en.planTables, typeof vi.planTables>,
};

/**
 * Messages of plans: their definition and the built-in ones (`src/plans`).
 *
 * @example
 * say(PLANS, 'unknown-plan', { id: 'qd-9999', plans: 'qd-1373' });
 */
export const PLANS: Section<typeof en.plans> = {
  en: en.plans,
  vi: vi.plans satisfies SameParams<typeof en.plans, typeof vi.plans>,
};

/**
 * Messages of workforce qualification breakdowns, rate definitions and consistency rules (`src/workforce`).
 *
 * @example
 * say(WORKFORCE, 'rule.parts-sum');
 */
export const WORKFORCE: Section<typeof en.workforce> = {
  en: en.workforce,
  vi: vi.workforce satisfies SameParams<typeof en.workforce, typeof vi.workforce>,
};

/**
 * Messages of learning-model titles and their recognitions (`src/titles`).
 *
 * @example
 * say(TITLES_MSG, 'unknown-title');
 */
export const TITLES_MSG: Section<typeof en.titles> = {
  en: en.titles,
  vi: vi.titles satisfies SameParams<typeof en.titles, typeof vi.titles>,
};

/**
 * Messages of progress towards targets (`src/progress`): inputs, points in time, baselines.
 *
 * @example
 * say(PROGRESS, 'invalid-input.point-time');
 */
export const PROGRESS: Section<typeof en.progress> = {
  en: en.progress,
  vi: vi.progress satisfies SameParams<typeof en.progress, typeof vi.progress>,
};

/**
 * Messages of the indicator catalog (`src/catalog`).
 *
 * @example
 * say(CATALOG, 'unknown-indicator.catalog');
 */
export const CATALOG: Section<typeof en.catalog> = {
  en: en.catalog,
  vi: vi.catalog satisfies SameParams<typeof en.catalog, typeof vi.catalog>,
};

/**
 * Messages of attainment of targets (`src/attainment`): observations, comparisons, appendices.
 *
 * @example
 * say(ATTAINMENT, 'year-not-in-plan');
 */
export const ATTAINMENT: Section<typeof en.attainment> = {
  en: en.attainment,
  vi: vi.attainment satisfies SameParams<typeof en.attainment, typeof vi.attainment>,
};

/**
 * Messages of appendices read as their own plan (`src/attainment/appendix.ts`).
 *
 * @example
 * say(APPENDIX, 'appendix.not-stated');
 */
export const APPENDIX: Section<typeof en.appendix> = {
  en: en.appendix,
  vi: vi.appendix satisfies SameParams<typeof en.appendix, typeof vi.appendix>,
};

/**
 * Messages of the display of percentages and ratios (`src/exact/display.ts`, `round.ts`).
 *
 * @example
 * say(DISPLAY, 'argument.whole');
 */
export const DISPLAY: Section<typeof en.display> = {
  en: en.display,
  vi: vi.display satisfies SameParams<typeof en.display, typeof vi.display>,
};

/**
 * Messages of numbers written the Vietnamese way (`src/vi/format.ts`).
 *
 * @example
 * say(FORMATTING, 'invalid-number-format.not-finite');
 */
export const FORMATTING: Section<typeof en.formatting> = {
  en: en.formatting,
  vi: vi.formatting satisfies SameParams<typeof en.formatting, typeof vi.formatting>,
};

/**
 * Messages of shares written as text, "19.739/19.747" (`src/vi/share.ts`).
 *
 * @example
 * say(SHARES, 'share.no-slash');
 */
export const SHARES: Section<typeof en.shares> = {
  en: en.shares,
  vi: vi.shares satisfies SameParams<typeof en.shares, typeof vi.shares>,
};
