import { describe } from '../util/describe.js';
import { isRecord, objectArg, optionsArg } from '../util/guards.js';
import { addMonths, isoText, nextDay, readIsoDay } from '../dates/calendar.js';
import { assertIsoDate } from '../dates/iso.js';
import { XhhtError } from '../errors.js';
import { safeParse } from '../check/core.js';
import type { LegalSource } from '../catalog/source.js';
import { planChecks } from '../plans/checks.js';
import { assertRecognition, type Recognition } from './recognition.js';
import { CIVIL_CODE_PERIODS_SOURCE } from './sources.js';
import {
  findTitle,
  getTitle,
  type Level2Rule,
  type LearningTitleId,
  type TitleLevel,
  type ValidityRule,
} from './titles.js';
import { say } from '../messages/say.js';
import { TITLES_MSG } from '../messages/sections.js';

/*
 * Date rules of recognitions, on ISO dates.
 *
 * Validity (end-date convention). TT 24/2023 and TT 25/2023 keep a recognition
 * "3 năm (36 tháng) tiếp theo năm được công nhận" (as summaries of both report it): the
 * three calendar years after the year of the decision. A recognition is valid
 * from its decision date through 31 December of (decision year + 3), both
 * inclusive, and expired from 1 January of (decision year + 4). Decided
 * 2024-02-29 → valid 2024-02-29 … 2027-12-31. The year of recognition is the
 * year of the decision date (not the assessed year, which is usually the year
 * before: files by 15 January, decisions by 15 February).
 *
 * Level 2 (12-month convention). A unit at level 1 may seek level 2 "sau ít
 * nhất 01 năm (12 tháng) kể từ ngày có quyết định công nhận". By default the
 * period is counted as the Civil Code 2015 counts months (Art. 147–148): it
 * starts the day after the decision and ends at the end of the corresponding
 * day 12 months later, or of the last day of that month when it has no such
 * day; level 2 may be sought from the next day. Decided 2024-03-15 → from
 * 2025-03-16; decided 2024-02-29 → the period ends 2025-02-28, so from
 * 2025-03-01. The `anniversary` convention allows it on the corresponding day
 * itself (2025-03-15; 2025-02-28).
 */

/**
 * How the 12 months before level 2 are counted.
 * - `civil-code` (default): from the day after the period ends (Civil Code 2015, Art. 147–148)
 * - `anniversary`: from the corresponding day 12 months later (end of month when it has none)
 *
 * @example
 * const c: Level2Convention = 'anniversary';
 */
export type Level2Convention = 'civil-code' | 'anniversary';

/**
 * Options of the date rules: replace a title's validity rule (those of titles
 * whose own rule was not found are assumptions) or the level-2 convention.
 *
 * @example
 * // count "Gia đình học tập" only in the year of recognition
 * const o: TitleRuleOptions = {
 *   validity: {
 *     'learning-family': {
 *       followingYears: 0,
 *       source: {
 *         type: 'other',
 *         number: null,
 *         issuer: null,
 *         title: {
 *           vi: 'Quy chế của Hội Khuyến học tỉnh',
 *           en: 'Rules of the provincial Learning Promotion Association',
 *         },
 *         verified: true,
 *         confidence: 'local',
 *       },
 *       note: { vi: '…', en: '…' },
 *     },
 *   },
 * };
 */
export interface TitleRuleOptions {
  /** Validity rules by title id, replacing the built-in ones. */
  readonly validity?: Partial<Readonly<Record<LearningTitleId, ValidityRule>>>;
  readonly level2Convention?: Level2Convention;
}

/**
 * Where a recognition stands on a date.
 * - `valid`: decided on or before the date and not yet expired
 * - `expired`: the date is after `validUntil`
 * - `not-yet-decided`: the date is before the decision
 *
 * @example
 * const s: TitleStatusValue = 'valid';
 */
export type TitleStatusValue = 'valid' | 'expired' | 'not-yet-decided';

/**
 * The status of a recognition on a date, with the rule that decided it.
 *
 * @example
 * titleStatusAt(
 *   { unit: 'Sở Y tế', title: 'learning-unit-province', level: 1, decisionDate: '2024-02-29', decidedBy: 'UBND tỉnh' },
 *   '2027-12-31',
 * );
 * // { status: 'valid', validFrom: '2024-02-29', validUntil: '2027-12-31', provisional: true, … }
 */
export interface TitleStatus {
  readonly status: TitleStatusValue;
  readonly unit: string;
  readonly title: LearningTitleId;
  readonly level: TitleLevel | null;
  readonly date: string;
  /** The decision date. */
  readonly validFrom: string;
  /** The last day the recognition is valid (31 December of decision year + `followingYears`). */
  readonly validUntil: string;
  readonly rule: ValidityRule;
  /** True when the rule's source is not verified. */
  readonly provisional: boolean;
}

/**
 * The most following years an override may give. A recognition kept for a
 * century is already no rule; more would only push dates past year 9999.
 *
 * @example
 * MAX_FOLLOWING_YEARS; // 100
 */
export const MAX_FOLLOWING_YEARS = 100;

/**
 * Why a caller's validity rule cannot be used, or `null`: it must be an
 * object with a whole `followingYears` from 0 to {@link MAX_FOLLOWING_YEARS}
 * and a legal `source` (see `legalSourceSchema` in `xhht/schema`; every rule carries its
 * provenance: a result is provisional when the source is not verified).
 */
function overrideProblem(title: string, own: unknown): XhhtError | null {
  const at = (...rest: string[]) => ['validity', title, ...rest];
  if (typeof own !== 'object' || own === null || Array.isArray(own)) {
    return new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.validity-rule', { title }), { path: at() });
  }
  const rule = own as Record<string, unknown>;
  const years = rule.followingYears;
  if (typeof years !== 'number' || !Number.isSafeInteger(years) || years < 0 || years > MAX_FOLLOWING_YEARS) {
    return new XhhtError(
      'invalid-input',
      say(TITLES_MSG, 'invalid-input.validity-years', {
        title,
        max: MAX_FOLLOWING_YEARS,
        years: describe(years),
      }),
      { path: at('followingYears') },
    );
  }
  if (!safeParse(planChecks().legalSource, rule.source).success) {
    return new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.validity-source', { title }), {
      path: at('source'),
    });
  }
  return null;
}

/**
 * The validity rule that applies to a title, after the caller's overrides.
 * Throws `invalid-input` (path `['validity', title, …]`) for an override that
 * is not an object, without a whole `followingYears` from 0 to
 * 100 (`MAX_FOLLOWING_YEARS`), or without a legal `source`. A source written
 * as free text (`{ document, verified }`) comes back in the structured form.
 *
 * @example
 * validityRuleFor('learning-unit-province').followingYears; // 3
 * validityRuleFor('learning-family', { validity: { 'learning-family': { followingYears: 1 } as never } });
 * // throws XhhtError { code: 'invalid-input', path: ['validity', 'learning-family', 'source'] }
 */
export function validityRuleFor(title: LearningTitleId, options: TitleRuleOptions = {}): ValidityRule {
  const known = getTitle(title);
  const o = optionsArg(options);
  if (o.validity !== undefined && !isRecord(o.validity)) throw validityNotObject();
  const own = (o.validity as TitleRuleOptions['validity'])?.[title];
  if (own === undefined) return known.validity;
  const problem = overrideProblem(title, own);
  if (problem) throw problem;
  const parsed = safeParse<LegalSource>(planChecks().legalSource, own.source);
  // overrideProblem accepted the source, so it parses
  return { ...own, source: parsed.success ? parsed.data : own.source };
}

/**
 * Checks every validity override in `options` (not only the title at hand),
 * so a bad override is reported whichever title is counted.
 *
 * @throws XhhtError `invalid-input` at `['validity', title, …]`, or `unknown-title` at `['validity', title]`
 * @example
 * assertTitleRuleOptions({ validity: { 'learning-family': { followingYears: 1 } as never } });
 * // throws XhhtError { code: 'invalid-input', path: ['validity', 'learning-family', 'source'] }
 */
export function assertTitleRuleOptions(options: TitleRuleOptions): void {
  const validity = objectArg(options, 'options').validity;
  if (validity === undefined) return;
  if (!isRecord(validity)) throw validityNotObject();
  for (const [title, own] of Object.entries(validity)) {
    if (own === undefined) continue;
    if (!findTitle(title)) {
      throw new XhhtError('unknown-title', say(TITLES_MSG, 'unknown-title.validity', { title: describe(title) }), {
        path: ['validity', title],
      });
    }
    const problem = overrideProblem(title, own);
    if (problem) throw problem;
  }
}

function validityNotObject(): XhhtError {
  return new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.validity'), { path: ['validity'] });
}

/**
 * 31 December of the decision's year plus `followingYears`, as an ISO date;
 * `invalid-date` when that year is past 9999, which `YYYY-MM-DD` cannot write
 * (a decision of 9999-06-01 valid for 3 years would end on "10002-12-31").
 */
function validUntilOf(decisionDate: string, followingYears: number): string {
  const year = Number(decisionDate.slice(0, 4)) + followingYears;
  if (year > 9999) {
    throw new XhhtError('invalid-date', say(TITLES_MSG, 'invalid-date.valid-until', { decisionDate, year }), {
      path: ['decisionDate'],
    });
  }
  return `${year}-12-31`;
}

/**
 * Compares two ISO-like dates by their numbers, not as text: after year 9999
 * (a decision of 9999 valid until 10002) text comparison goes wrong.
 */
function compareDays(a: string, b: string): number {
  const [ya, ma, da] = a.split('-').map(Number) as [number, number, number];
  const [yb, mb, db] = b.split('-').map(Number) as [number, number, number];
  return ya - yb || ma - mb || da - db;
}

/**
 * The last day a recognition is valid: 31 December of the year of the decision
 * plus the rule's `followingYears` (3 for TT 24/2023 and TT 25/2023, "3 năm
 * tiếp theo năm được công nhận"). Throws for an invalid record.
 *
 * @param record - a recognition
 * @param options - validity overrides
 * @returns the ISO date of the last valid day
 * @example
 * recognitionValidUntil({
 *   unit: 'Xã A',
 *   title: 'learning-community-commune',
 *   level: 1,
 *   decisionDate: '2024-02-29',
 *   decidedBy: 'Trưởng phòng GDĐT',
 * });
 * // '2027-12-31'
 */
export function recognitionValidUntil(record: Recognition, options: TitleRuleOptions = {}): string {
  const r = assertRecognition(record);
  const rule = validityRuleFor(r.title, options);
  return validUntilOf(r.decisionDate, rule.followingYears);
}

/**
 * Whether a recognition is valid on `date`: from its decision date through
 * 31 December of (decision year + 3) under TT 24/2023 and TT 25/2023, both
 * days inclusive (see {@link recognitionValidUntil}). The result names the rule
 * and is `provisional` when the rule's source is unverified — all built-in
 * rules today, since the circulars' text was read only through summaries and
 * the other titles' rules are assumptions.
 *
 * Throws `XhhtError` for an invalid record (`invalid-input`, `unknown-title`,
 * `invalid-title-level`, `invalid-date`) or date (`invalid-date`).
 *
 * @param record - a recognition
 * @param date - the day asked about, ISO
 * @param options - validity overrides
 * @returns status, validity window and rule
 * @example
 * const r = {
 *   unit: 'Sở Y tế',
 *   title: 'learning-unit-province',
 *   level: 1,
 *   decisionDate: '2024-02-29',
 *   decidedBy: 'UBND tỉnh',
 * } as const;
 * titleStatusAt(r, '2024-02-28').status; // 'not-yet-decided'
 * titleStatusAt(r, '2027-12-31').status; // 'valid'
 * titleStatusAt(r, '2028-01-01').status; // 'expired'
 */
export function titleStatusAt(record: Recognition, date: string, options: TitleRuleOptions = {}): TitleStatus {
  const r = assertRecognition(record);
  const day = assertIsoDate(date, ['date']);
  const rule = validityRuleFor(r.title, options);
  const validUntil = validUntilOf(r.decisionDate, rule.followingYears);
  const status: TitleStatusValue =
    compareDays(day, r.decisionDate) < 0 ? 'not-yet-decided' : compareDays(day, validUntil) > 0 ? 'expired' : 'valid';
  return {
    status,
    unit: r.unit,
    title: r.title,
    level: r.level ?? null,
    date: day,
    validFrom: r.decisionDate,
    validUntil,
    rule,
    provisional: !rule.source.verified,
  };
}

/**
 * The first day a unit recognised at level 1 may seek level 2: 12 months after
 * the level-1 decision (TT 24/2023, TT 25/2023). By default counted as the
 * Civil Code counts months: the day after the period ends (2024-02-29 →
 * 2025-03-01); with `level2Convention: 'anniversary'`, the corresponding day
 * (2024-02-29 → 2025-02-28). Throws `invalid-title-level` for a title without
 * levels or a record that is not level 1.
 *
 * @param record - a level-1 recognition
 * @param options - the convention
 * @returns the ISO date from which level 2 may be sought
 * @example
 * const l1 = {
 *   unit: 'Trường THPT A',
 *   title: 'learning-unit-province',
 *   level: 1,
 *   decisionDate: '2024-02-29',
 *   decidedBy: 'UBND tỉnh',
 * } as const;
 * level2EligibleFrom(l1);                                     // '2025-03-01'
 * level2EligibleFrom(l1, { level2Convention: 'anniversary' }); // '2025-02-28'
 */
export function level2EligibleFrom(record: Recognition, options: TitleRuleOptions = {}): string {
  const r = assertRecognition(record);
  const title = getTitle(r.title);
  if (title.level2 === null || r.level !== 1) {
    const text =
      title.level2 === null
        ? say(TITLES_MSG, 'invalid-title-level.levels', { title: title.label.vi })
        : say(TITLES_MSG, 'invalid-title-level.level-2-from-level-1');
    throw new XhhtError('invalid-title-level', text, { path: ['level'] });
  }
  const convention = conventionOf(options);
  // the same day of the month or, when the month is shorter, its last day: Civil Code Art. 148(3)
  const end = addMonths(readIsoDay(r.decisionDate)!, title.level2.months);
  return isoText(convention === 'civil-code' ? nextDay(end) : end);
}

/** The `level2Convention` option, read once and checked. */
function conventionOf(options: unknown): Level2Convention {
  const convention = optionsArg(options).level2Convention ?? 'civil-code';
  if (convention !== 'civil-code' && convention !== 'anniversary') {
    throw new XhhtError(
      'invalid-input',
      say(TITLES_MSG, 'invalid-input.level-2-convention', { convention: describe(convention) }),
      { path: ['level2Convention'] },
    );
  }
  return convention;
}

/**
 * Whether a unit recognised at level 1 may seek level 2 on `date` (see
 * {@link level2EligibleFrom} for the convention).
 *
 * @param record - a level-1 recognition
 * @param date - the day asked about, ISO
 * @param options - the convention
 * @returns true from the first eligible day on
 * @example
 * const l1 = {
 *   unit: 'Xã A',
 *   title: 'learning-community-commune',
 *   level: 1,
 *   decisionDate: '2024-02-29',
 *   decidedBy: 'Trưởng phòng GDĐT',
 * } as const;
 * canSeekLevel2(l1, '2025-02-28'); // false
 * canSeekLevel2(l1, '2025-03-01'); // true
 */
export function canSeekLevel2(record: Recognition, date: string, options: TitleRuleOptions = {}): boolean {
  const day = assertIsoDate(date, ['date']);
  return compareDays(day, level2EligibleFrom(record, options)) >= 0;
}

/**
 * The rule and source behind {@link level2EligibleFrom}, for reports.
 *
 * @example
 * level2RuleOf('learning-unit-province').rule.months; // 12
 */
export function level2RuleOf(
  title: LearningTitleId,
  options: TitleRuleOptions = {},
): {
  readonly rule: Level2Rule;
  readonly convention: Level2Convention;
  readonly conventionSource: typeof CIVIL_CODE_PERIODS_SOURCE | null;
} {
  const t = getTitle(title);
  if (t.level2 === null) {
    throw new XhhtError('invalid-title-level', say(TITLES_MSG, 'invalid-title-level.levels', { title: t.label.vi }));
  }
  const convention = conventionOf(options);
  return {
    rule: t.level2,
    convention,
    conventionSource: convention === 'civil-code' ? CIVIL_CODE_PERIODS_SOURCE : null,
  };
}
