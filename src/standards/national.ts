import { isArray, isRecord } from '../util/guards.js';
import { snapshot } from '../util/snapshot.js';
import { describe } from '../util/describe.js';
import { XhhtError } from '../errors.js';
import type { IndicatorId } from '../catalog/indicator-id.js';
import { assertIsoDate } from '../dates/iso.js';
import { assertLowerUnits } from './lower.js';
import { readLevels, type LevelSlot } from './level-source.js';
import { deepFreeze } from '../util/freeze.js';
import type { Share } from '../exact/share.js';
import type { StandardId } from './model.js';
import type { LowerUnit } from './result.js';
import type { RegimeId } from './rule.js';
import type { RuleSet } from './ruleset.js';
import { STANDARDS, levelLabel } from './standards.js';
import { say, type Text, joinText } from '../messages/say.js';
import { COMMON, STANDARDS_MSG } from '../messages/sections.js';

/**
 * National share of provinces at one level of one standard.
 *
 * @example
 * const l: Pick<NationalLevel, 'level' | 'certain' | 'possible'> =
 *   { level: 2, certain: { numerator: 55, denominator: 63 }, possible: { numerator: 57, denominator: 63 } };
 */
export interface NationalLevel {
  readonly level: number;
  readonly label: string;
  readonly labelVi: string;
  /** Provinces recognised at this level or higher for certain, of all provinces. */
  readonly certain: Share;
  /** Also counting the undetermined ones (the optimistic figure). */
  readonly possible: Share;
  /** Ids of the undetermined provinces. */
  readonly undetermined: readonly string[];
  /** True when a counted province's result at this standard is provisional. */
  readonly provisional: boolean;
}

/**
 * National shares of provinces per standard and level (`rollUp().national`).
 *
 * @example
 * const n: Pick<NationalSummary, 'provinces'> = { provinces: 34 };
 */
export interface NationalSummary {
  readonly regime: RegimeId;
  readonly provinces: number;
  readonly standards: Readonly<Partial<Record<StandardId, readonly NationalLevel[]>>>;
}

function levelsOf(provinces: readonly LowerUnit[], standard: StandardId): NationalLevel[] {
  const top = STANDARDS[standard].levels;
  const slot: LevelSlot = { minLevel: 0, maxLevel: 0, provisionalRules: [] };
  const out: NationalLevel[] = [];
  for (let lvl = 1; lvl <= top; lvl++) {
    let certain = 0;
    let possible = 0;
    let provisional = false;
    const undetermined: string[] = [];
    provinces.forEach((p, i) => {
      // A province made here is read without building its result objects.
      const found = readLevels(p, standard, slot);
      const s = found === 'other' ? p.standards[standard] : undefined;
      const min = found === 'read' ? slot.minLevel : s ? s.minLevel : 0;
      const max = found === 'read' ? slot.maxLevel : s ? s.maxLevel : top;
      if (min >= lvl) certain++;
      if (max >= lvl) possible++;
      if (min < lvl && max >= lvl) undetermined.push(p.id ?? `#${i}`);
      if (found === 'read' ? slot.provisionalRules.length > 0 : s?.provisional) provisional = true;
    });
    const d = provinces.length;
    out.push({
      level: lvl,
      ...levelLabel(standard, lvl),
      certain: { numerator: certain, denominator: d },
      possible: { numerator: possible, denominator: d },
      undetermined: undetermined.sort(),
      provisional,
    });
  }
  return out;
}

/**
 * National summary of province results (used by rollUp).
 *
 * @example
 * countLevels(rollUp(communes, { regime: 'nd142-2025' }).provinces, resolveRules('nd142-2025'), ['xmc']).provinces;
 * // 34
 */
export function countLevels(
  provinces: readonly LowerUnit[],
  set: RuleSet,
  standards: readonly StandardId[],
): NationalSummary {
  const out: Partial<Record<StandardId, readonly NationalLevel[]>> = {};
  for (const s of standards) out[s] = levelsOf(provinces, s);
  return { regime: set.regime.id, provinces: provinces.length, standards: out };
}

/**
 * The province-share indicators of the built-in plans that the standards
 * produce, the standard and level behind each, and the plan they belong to:
 * the core plan (Decision 1373) and the 3–5 preschool roadmap (Decree 277/2025).
 *
 * @example
 * NATIONAL_INDICATORS.find((i) => i.indicator === 'provinces-literacy-level-2');
 * // { …, standard: 'xmc', level: 2, plan: 'qd-1373' }
 */
export const NATIONAL_INDICATORS: readonly {
  readonly indicator: IndicatorId;
  readonly standard: StandardId;
  readonly level: number;
  readonly plan: 'qd-1373' | 'nd-277';
}[] = /*#__PURE__*/ deepFreeze([
  { indicator: 'provinces-literacy-level-2', standard: 'xmc', level: 2, plan: 'qd-1373' },
  // "mẫu giáo" children aged 3–5: the Decree 277/2025 standard, not the 5-year-old one.
  { indicator: 'provinces-preschool-kindergarten-age', standard: 'pcgd-mn3to5', level: 1, plan: 'qd-1373' },
  { indicator: 'provinces-primary-level-3', standard: 'pcgd-th', level: 3, plan: 'qd-1373' },
  { indicator: 'provinces-lower-secondary-level-2', standard: 'pcgd-thcs', level: 2, plan: 'qd-1373' },
  { indicator: 'provinces-lower-secondary-level-3', standard: 'pcgd-thcs', level: 3, plan: 'qd-1373' },
  { indicator: 'provinces-preschool-3to5', standard: 'pcgd-mn3to5', level: 1, plan: 'nd-277' },
]);

const NATIONAL_PLANS = ['qd-1373', 'nd-277'] as const;

/**
 * A share observation in the shape `computeAttainment` accepts (declared here
 * structurally, so this module does not depend on src/attainment).
 *
 * @example
 * const o: StandardsObservation = {
 *   indicator: 'provinces-literacy-level-2',
 *   numerator: 55,
 *   denominator: 63,
 *   asOf: '2024-12-31',
 * };
 */
export interface StandardsObservation {
  readonly indicator: IndicatorId;
  readonly numerator: number;
  readonly denominator: number;
  readonly unit?: string;
  readonly asOf?: string;
  readonly source?: string;
  /**
   * `true` when a provisional rule (unverified, or overridden by the caller) is
   * behind a province result counted here; absent otherwise.
   */
  readonly provisional?: boolean;
  /** How the figure was counted, in Vietnamese and English (reports show it in their language). */
  readonly note?: { readonly vi: string; readonly en: string };
}

/**
 * One national figure behind an observation: certain and optimistic counts.
 *
 * @example
 * const f: Pick<NationalFigure, 'indicator' | 'certain' | 'possible'> = {
 *   indicator: 'provinces-primary-level-3',
 *   certain: 60,
 *   possible: 62,
 * };
 */
export interface NationalFigure {
  readonly indicator: IndicatorId;
  readonly standard: StandardId;
  readonly level: number;
  readonly provinces: number;
  readonly certain: number;
  readonly possible: number;
  readonly undetermined: readonly string[];
  readonly provisional: boolean;
}

/**
 * Options of {@link nationalObservations}.
 *
 * @example
 * const o: NationalObservationOptions = { asOf: '2025-12-31', unit: 'VN', count: 'certain' };
 */
export interface NationalObservationOptions {
  readonly asOf?: string;
  /** Who reports (observation `unit`), e.g. 'VN' or 'MOET'. */
  readonly unit?: string;
  /**
   * Numerator of the observations: provinces recognised for `certain` (default,
   * the figure that can be stated) or `possible` (also undetermined provinces,
   * the optimistic bound). Both are always in `figures`.
   */
  readonly count?: 'certain' | 'possible';
  /**
   * Whose indicators to produce: `qd-1373` (default, the core plan) or `nd-277`
   * (the 3–5 preschool roadmap of Decree 277/2025).
   */
  readonly plan?: 'qd-1373' | 'nd-277';
}

function optionError(key: string, text: Text): XhhtError {
  return new XhhtError('invalid-input', text, { path: ['options', ...(key ? [key] : [])] });
}

/** The options, checked: an unknown `count` must never fall back to a figure silently. */
function checkOptions(options: unknown): asserts options is NationalObservationOptions {
  if (!isRecord(options)) {
    throw optionError('', say(STANDARDS_MSG, 'invalid-input.national-options'));
  }
  const { count, unit, asOf, plan } = options as Record<string, unknown>;
  if (plan !== undefined && !(NATIONAL_PLANS as readonly unknown[]).includes(plan)) {
    throw optionError(
      'plan',
      say(STANDARDS_MSG, 'invalid-input.national-plan', {
        plans: joinText(
          NATIONAL_PLANS.map((p) => `'${p}'`),
          say(COMMON, 'word.or'),
        ),
        value: describe(plan),
      }),
    );
  }
  if (count !== undefined && count !== 'certain' && count !== 'possible') {
    throw optionError('count', say(STANDARDS_MSG, 'invalid-input.national-count', { value: describe(count) }));
  }
  if (unit !== undefined && typeof unit !== 'string')
    throw optionError('unit', say(STANDARDS_MSG, 'invalid-input.national-unit'));
  if (asOf !== undefined && typeof asOf !== 'string')
    throw optionError('asOf', say(STANDARDS_MSG, 'invalid-input.national-as-of'));
  if (asOf !== undefined) assertIsoDate(asOf, ['options', 'asOf']);
}

/**
 * Turns province results (e.g. `rollUp(…).provinces`) into the share observations
 * of the core plan (or, with `plan: 'nd-277'`, of the 3–5 preschool roadmap): numerator = provinces recognised for
 * certain (or possibly, with `count: 'possible'`), denominator = all provinces given. Undetermined provinces are never
 * counted as recognised by default; `figures` carries both counts and their ids, and every observation's `note` says
 * so. An indicator whose standard no province has (the 3–5 preschool standard under `nd20-2014`) is left out and listed
 * in `skipped`. An observation that rests on a provisional rule (in a province, or in a commune or district below it)
 * has `provisional: true`.
 *
 * Throws `invalid-input` for bad options (`count` other than `'certain'` /
 * `'possible'`, `plan` other than `'qd-1373'` / `'nd-277'`, `unit` not text), `invalid-date` for a bad `asOf`, and, for
 * the provinces, the errors of `assessProvince` (a bad shape or level, a unit that is not a province, `duplicate-unit`,
 * and `mixed-regimes` for results of two regimes counted together).
 *
 * @example
 * const { observations } = nationalObservations(rollUp(communes, { regime: 'nd142-2025' }).provinces, {
 *   asOf: '2025-12-31',
 * });
 * computeAttainment(observations, …); // structural: { indicator, numerator, denominator, asOf }
 */
export function nationalObservations(
  given: readonly LowerUnit[],
  givenOptions: NationalObservationOptions = {},
): {
  readonly observations: readonly StandardsObservation[];
  readonly figures: readonly NationalFigure[];
  readonly skipped: readonly { readonly indicator: string; readonly reason: string }[];
} {
  // read once: what is checked is what is counted
  const options = snapshot(givenOptions, ['options']) as NationalObservationOptions;
  const provinces = (isArray(given) ? snapshot(given, []) : given) as readonly LowerUnit[];
  checkOptions(options);
  assertLowerUnits(provinces, { tier: 'province', regime: 'same' });
  const count = options.count ?? 'certain';
  const plan = options.plan ?? 'qd-1373';
  const regimes = [...new Set(provinces.map((p) => (p as { regime?: string }).regime).filter((r) => r !== undefined))];
  const observations: StandardsObservation[] = [];
  const figures: NationalFigure[] = [];
  const skipped: { indicator: string; reason: string }[] = [];
  for (const ind of NATIONAL_INDICATORS) {
    if (ind.plan !== plan) continue;
    if (provinces.length === 0 || !provinces.some((p) => p.standards[ind.standard] !== undefined)) {
      skipped.push({ indicator: ind.indicator, reason: `no province result has standard ${ind.standard}` });
      continue;
    }
    const l = levelsOf(provinces, ind.standard)[ind.level - 1]!;
    const figure: NationalFigure = {
      indicator: ind.indicator,
      standard: ind.standard,
      level: ind.level,
      provinces: provinces.length,
      certain: l.certain.numerator,
      possible: l.possible.numerator,
      undetermined: l.undetermined,
      provisional: l.provisional,
    };
    figures.push(figure);
    const by = regimes.length ? ` (${regimes.join(', ')})` : '';
    const note = say(STANDARDS_MSG, figure.provisional ? 'national.note-provisional' : 'national.note', {
      by,
      certain: figure.certain,
      undetermined: figure.undetermined.length,
      possible: figure.possible,
      counted: say(STANDARDS_MSG, count === 'certain' ? 'national.counted-certain' : 'national.counted-possible'),
    });
    observations.push({
      indicator: ind.indicator,
      numerator: count === 'certain' ? figure.certain : figure.possible,
      denominator: figure.provinces,
      ...(options.unit !== undefined ? { unit: options.unit } : {}),
      ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
      note,
      ...(figure.provisional ? { provisional: true } : {}),
    });
  }
  return { observations, figures, skipped };
}
