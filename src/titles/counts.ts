import { describe } from '../util/describe.js';
import { isArray } from '../util/guards.js';
import { snapshot, snapshotItems } from '../util/snapshot.js';
import { assertIsoDate } from '../dates/iso.js';
import { XhhtError, isXhhtError, issueOf, type Issue } from '../errors.js';
import { assertCount } from '../exact/count.js';
import { displayPercent } from '../exact/display.js';
import { readRecognition, type Recognition } from './recognition.js';
import { getTitle, type LearningTitleId, type TitleLevel, type ValidityRule } from './titles.js';
import {
  assertTitleRuleOptions,
  level2EligibleFrom,
  titleStatusAt,
  validityRuleFor,
  type TitleRuleOptions,
  type TitleStatus,
} from './validity.js';
import { say } from '../messages/say.js';
import { TITLES_MSG } from '../messages/sections.js';

/**
 * Why a record is not counted.
 * - `other-title`: it is a recognition of another title
 * - `not-yet-decided`: decided after `asOf`
 * - `expired`: no longer valid on `asOf`
 * - `superseded`: the unit holds the title through another record (a higher level or a later decision)
 * - `not-eligible`: the unit is not in the eligible list
 *
 * @example
 * const r: ExclusionReason = 'expired';
 */
export type ExclusionReason = 'other-title' | 'not-yet-decided' | 'expired' | 'superseded' | 'not-eligible';

/**
 * A unit holding the title on `asOf`, through one record.
 *
 * @example
 * const h: TitleHolding = { unit: 'Sở Y tế', level: 2, record: 4, validUntil: '2028-12-31' };
 */
export interface TitleHolding {
  readonly unit: string;
  readonly level: TitleLevel | null;
  /** Index of the record that gives the holding. */
  readonly record: number;
  readonly validUntil: string;
}

/**
 * The result of {@link countTitleHolders}. Every record ends in `holders`
 * (through `record`), `excluded` or `issues`.
 *
 * @example
 * const c: TitleCount = countTitleHolders([], { title: 'learning-unit-province', asOf: '2026-12-31' });
 * c.count;   // 0
 * c.byLevel; // { 1: 0, 2: 0 }
 */
export interface TitleCount {
  readonly title: LearningTitleId;
  readonly asOf: string;
  /** Units holding the title on `asOf`, each counted once at its highest valid level. */
  readonly count: number;
  /** Holders per level; `null` for titles without levels. */
  readonly byLevel: { readonly 1: number; readonly 2: number } | null;
  readonly holders: readonly TitleHolding[];
  readonly excluded: readonly { readonly index: number; readonly unit: string; readonly reason: ExclusionReason }[];
  /** Invalid records (errors) and level-2 decisions made within 12 months of level 1, or before it (warnings). */
  readonly issues: readonly Issue[];
  readonly rule: ValidityRule;
  /** True when the validity rule's source is not verified. */
  readonly provisional: boolean;
}

/**
 * Options of {@link countTitleHolders}.
 *
 * @example
 * const o: CountTitleOptions = { title: 'learning-unit-province', asOf: '2026-12-31' };
 */
export interface CountTitleOptions extends TitleRuleOptions {
  readonly title: LearningTitleId;
  /** Count recognitions valid on this day, ISO. */
  readonly asOf: string;
  /** When given, only these units count; records of other units are excluded as `not-eligible`. */
  readonly units?: readonly string[];
}

function callProblem(records: unknown, options: CountTitleOptions): void {
  if (!isArray(records)) {
    throw new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.records'), { path: ['records'] });
  }
  if (typeof options !== 'object' || options === null) {
    throw new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.title-options'));
  }
  getTitle(options.title);
  assertIsoDate(options.asOf, ['asOf']);
  assertTitleRuleOptions(options);
  if (
    options.units !== undefined &&
    (!Array.isArray(options.units) || options.units.some((u) => typeof u !== 'string'))
  ) {
    throw new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.units'), { path: ['units'] });
  }
}

/**
 * Counts the units (households, clans, organisations, communes, people) that
 * hold a title on `asOf`: only recognitions decided on or before `asOf` and
 * still valid then count (see `titleStatusAt` for the end-date convention).
 * A unit with several valid records counts once, at its highest level (then
 * its latest decision). Invalid records become issues and the rest is still
 * counted; a level-2 decision made within 12 months of the same unit's level-1
 * decision, or before it, is counted with a `level-2-too-early` warning. Throws
 * only for a bad call (records not an array, unknown title, invalid `asOf`, a
 * malformed validity override: see `validityRuleFor`).
 *
 * @param givenRecords - recognition decisions, of any titles
 * @param givenOptions - `title`, `asOf`, optional eligible `units` and rule overrides
 * @returns the count, per level, with every record accounted for
 * @example
 * const records: Recognition[] = [
 *   { unit: 'Sở Y tế', title: 'learning-unit-province', level: 1, decisionDate: '2022-02-10', decidedBy: 'UBND tỉnh' },
 *   { unit: 'Sở Y tế', title: 'learning-unit-province', level: 2, decisionDate: '2024-02-10', decidedBy: 'UBND tỉnh' },
 *   {
 *     unit: 'Sở Nội vụ',
 *     title: 'learning-unit-province',
 *     level: 1,
 *     decisionDate: '2022-02-10',
 *     decidedBy: 'UBND tỉnh',
 *   },
 * ];
 * const c = countTitleHolders(records, { title: 'learning-unit-province', asOf: '2026-06-30' });
 * c.count; // 1: Sở Nội vụ's 2022 recognition expired on 31/12/2025
 * c.byLevel; // { 1: 0, 2: 1 }
 * c.excluded; // [{ index: 0, unit: 'Sở Y tế', reason: 'expired' }, { index: 2, unit: 'Sở Nội vụ', reason: 'expired' }]
 */
export function countTitleHolders(givenRecords: readonly Recognition[], givenOptions: CountTitleOptions): TitleCount {
  // the list and the options read once; each record is read once below, where its problem becomes an issue
  const records = isArray(givenRecords) ? snapshotItems(givenRecords, ['records']) : givenRecords;
  const options = snapshot(givenOptions) as CountTitleOptions;
  callProblem(records, options);
  const { title, asOf } = options;
  const info = getTitle(title);
  const rule = validityRuleFor(title, options);
  const eligible = options.units === undefined ? null : new Set(options.units);
  const issues: Issue[] = [];
  const excluded: { index: number; unit: string; reason: ExclusionReason }[] = [];
  // valid records per unit, and the decided records used for the 12-month check
  const valid = new Map<string, { index: number; record: Recognition; validUntil: string }[]>();
  const decided = new Map<string, { index: number; record: Recognition }[]>();
  // level-1 decisions per unit, whenever decided: a level 2 decided before all of them is suspect
  const level1 = new Map<string, { index: number; record: Recognition }[]>();

  (records as readonly unknown[]).forEach((raw, index) => {
    const { record, problem } = readRecognition(raw);
    if (problem || record === null) {
      issues.push(problem!.toIssue('error', ['records', index]));
      return;
    }
    if (record.title !== title) {
      excluded.push({ index, unit: record.unit, reason: 'other-title' });
      return;
    }
    if (eligible !== null && !eligible.has(record.unit)) {
      excluded.push({ index, unit: record.unit, reason: 'not-eligible' });
      return;
    }
    if (record.level === 1) {
      const l1 = level1.get(record.unit);
      if (l1) l1.push({ index, record });
      else level1.set(record.unit, [{ index, record }]);
    }
    let status: TitleStatus;
    try {
      status = titleStatusAt(record, asOf, options);
    } catch (e) {
      // a record valid past year 9999 (decided in 9999): its end cannot be written; an issue, the others still count
      if (!isXhhtError(e)) throw e;
      issues.push(e.toIssue('error', ['records', index]));
      return;
    }
    if (status.status === 'not-yet-decided') {
      excluded.push({ index, unit: record.unit, reason: 'not-yet-decided' });
      return;
    }
    const list = decided.get(record.unit);
    if (list) list.push({ index, record });
    else decided.set(record.unit, [{ index, record }]);
    if (status.status === 'expired') {
      excluded.push({ index, unit: record.unit, reason: 'expired' });
      return;
    }
    const v = valid.get(record.unit);
    const entry = { index, record, validUntil: status.validUntil };
    if (v) v.push(entry);
    else valid.set(record.unit, [entry]);
  });

  if (info.level2 !== null) {
    for (const list of decided.values()) {
      for (const l2 of list.filter((x) => x.record.level === 2)) {
        const before = list.filter((x) => x.record.level === 1 && x.record.decisionDate <= l2.record.decisionDate);
        if (before.length === 0) {
          // no level 1 before it; a level 1 decided later means level 2 came first (none at all: it may predate the
          // records)
          const later = (level1.get(l2.record.unit) ?? []).filter(
            (x) => x.record.decisionDate > l2.record.decisionDate,
          );
          if (later.length === 0) continue;
          const l1 = later.reduce((a, b) => (b.record.decisionDate < a.record.decisionDate ? b : a));
          issues.push(
            issueOf(
              'level-2-too-early',
              ['records', l2.index, 'decisionDate'],
              say(TITLES_MSG, 'level-2-too-early.before-level-1', {
                unit: l2.record.unit,
                decisionDate: l2.record.decisionDate,
                level1Date: l1.record.decisionDate,
                index: l1.index,
              }),
              'warning',
            ),
          );
          continue;
        }
        const l1 = before.reduce((a, b) => (b.record.decisionDate > a.record.decisionDate ? b : a));
        const from = level2EligibleFrom(l1.record, options);
        if (l2.record.decisionDate < from) {
          issues.push(
            issueOf(
              'level-2-too-early',
              ['records', l2.index, 'decisionDate'],
              say(TITLES_MSG, 'level-2-too-early', {
                unit: l2.record.unit,
                decisionDate: l2.record.decisionDate,
                from,
                level1Date: l1.record.decisionDate,
                index: l1.index,
              }),
              'warning',
            ),
          );
        }
      }
    }
  }

  const holders: TitleHolding[] = [];
  for (const [unit, list] of valid) {
    // highest level, then latest decision, then first given
    const best = list.reduce((a, b) => {
      const la = a.record.level ?? 0;
      const lb = b.record.level ?? 0;
      if (lb !== la) return lb > la ? b : a;
      return b.record.decisionDate > a.record.decisionDate ? b : a;
    });
    for (const x of list) if (x !== best) excluded.push({ index: x.index, unit, reason: 'superseded' });
    holders.push({ unit, level: best.record.level ?? null, record: best.index, validUntil: best.validUntil });
  }
  holders.sort((a, b) => a.record - b.record);
  excluded.sort((a, b) => a.index - b.index);
  const byLevel =
    info.levels.length === 0
      ? null
      : { 1: holders.filter((h) => h.level === 1).length, 2: holders.filter((h) => h.level === 2).length };
  return {
    title,
    asOf,
    count: holders.length,
    byLevel,
    holders,
    excluded,
    issues,
    rule,
    provisional: !rule.source.verified,
  };
}

/**
 * Options of {@link titleShare}.
 *
 * @example
 * const o: TitleShareOptions = { title: 'learning-family', asOf: '2025-12-31', eligible: 1200 };
 */
export interface TitleShareOptions extends TitleRuleOptions {
  readonly title: LearningTitleId;
  readonly asOf: string;
  /** The eligible units: how many, or their names (only their records count then). */
  readonly eligible: number | readonly string[];
  /** Count only holders at this level or above (titles with levels). */
  readonly minLevel?: TitleLevel;
  /** Decimals of `percent` (0–10, default 2). */
  readonly decimals?: number;
}

/**
 * The result of {@link titleShare}: holders over eligible units, exactly.
 *
 * @example
 * const s: TitleShare = titleShare([], { title: 'learning-family', asOf: '2025-12-31', eligible: 10 });
 * s.percent; // '0.00'
 */
export interface TitleShare {
  readonly status: 'value' | 'no-data';
  readonly reason: 'zero-eligible' | 'more-holders-than-eligible' | null;
  readonly numerator: number;
  readonly denominator: number;
  /**
   * 100·numerator/denominator for display by the one rule of `displayPercent` (half-up, never onto
   * a multiple of 0.1 not reached: 1.402 of 2.003 is "69.99", as against a 70% target); `null` without a value.
   */
  readonly percent: string | null;
  readonly count: TitleCount;
  /** The count's issues, and `numerator-exceeds-denominator` when there are more holders than eligible units. */
  readonly issues: readonly Issue[];
  readonly provisional: boolean;
}

/**
 * The share of eligible units (families, clans, villages, organisations,
 * people) holding a title on `asOf`. With `eligible` as a list of names, the
 * denominator is the list (each name once) and only those units' records
 * count; with a number, every holder counts and more holders than eligible
 * units is an error issue (the share then has no value). Adding a recognised
 * unit never lowers the share.
 *
 * @param records - recognition decisions
 * @param givenOptions - `title`, `asOf`, `eligible`, `minLevel`, rule overrides
 * @returns numerator, denominator, display percent and the underlying count
 * @example
 * // Duy Xuyên district, 2020 (district report): 66 villages "Cộng đồng học tập", reported as 84.61% (so 78 villages)
 * const villages = Array.from({ length: 66 }, (_, i) => ({
 *   unit: `thôn ${i + 1}`,
 *   title: 'learning-community-village' as const,
 *   decisionDate: '2020-12-15',
 *   decidedBy: 'UBND xã',
 * }));
 * titleShare(villages, { title: 'learning-community-village', asOf: '2020-12-31', eligible: 78 }).percent; // '84.62'
 */
export function titleShare(records: readonly Recognition[], givenOptions: TitleShareOptions): TitleShare {
  const options = snapshot(givenOptions) as TitleShareOptions;
  if (typeof options !== 'object' || options === null) {
    throw new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.title-share-options'));
  }
  const decimals = options.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new XhhtError(
      'invalid-input',
      say(TITLES_MSG, 'invalid-input.title-decimals', { decimals: describe(decimals) }),
      {
        path: ['decimals'],
      },
    );
  }
  const info = getTitle(options.title);
  if (options.minLevel !== undefined && !info.levels.some((l) => l.level === options.minLevel)) {
    throw new XhhtError(
      'invalid-title-level',
      say(TITLES_MSG, 'invalid-title-level.min-level', {
        minLevel: describe(options.minLevel),
        title: info.label.vi,
      }),
      { path: ['minLevel'] },
    );
  }
  let denominator: number;
  let units: readonly string[] | undefined;
  if (Array.isArray(options.eligible)) {
    if (options.eligible.some((u) => typeof u !== 'string')) {
      throw new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.eligible'), { path: ['eligible'] });
    }
    units = [...new Set(options.eligible as readonly string[])];
    denominator = units.length;
  } else {
    denominator = assertCount(options.eligible, ['eligible']);
  }
  const { eligible: _eligible, minLevel, decimals: _decimals, ...rest } = options;
  const count = countTitleHolders(records, units === undefined ? rest : { ...rest, units });
  const numerator =
    minLevel === undefined ? count.count : count.holders.filter((h) => (h.level ?? 0) >= minLevel).length;
  const issues = [...count.issues];
  let reason: TitleShare['reason'] = null;
  if (numerator > denominator) {
    reason = 'more-holders-than-eligible';
    issues.push(
      issueOf(
        'numerator-exceeds-denominator',
        ['eligible'],
        say(TITLES_MSG, 'numerator-exceeds-denominator.title-holders', {
          numerator,
          title: info.label.vi,
          asOf: options.asOf,
          denominator,
        }),
      ),
    );
  } else if (denominator === 0) reason = 'zero-eligible';
  return {
    status: reason === null ? 'value' : 'no-data',
    reason,
    numerator,
    denominator,
    // the one display rule (titles are counted against minimums): as computeAttainment shows the share
    percent: reason === null ? displayPercent({ numerator, denominator }, { decimals }) : null,
    count,
    issues,
    provisional: count.provisional,
  };
}
