import { describe } from '../util/describe.js';
import { snapshot } from '../util/snapshot.js';
import type { CountObservation, ShareObservation } from '../attainment/observation.js';
import type { Labels } from '../catalog/source.js';
import { XhhtError, type Issue } from '../errors.js';
import {
  countTitleHolders,
  titleShare,
  type CountTitleOptions,
  type TitleCount,
  type TitleShare,
  type TitleShareOptions,
} from './counts.js';
import { getTitle, type LearningTitleId, type TitleLevel } from './titles.js';
import { say } from '../messages/say.js';
import { TITLES_MSG } from '../messages/sections.js';

interface ObservationTarget {
  /** Indicator id of the target the observation is for. */
  readonly indicator: string;
  /** The reporting jurisdiction, copied to the observation's `unit` (e.g. "Huế"). */
  readonly jurisdiction?: string;
  /** Where the records come from, copied to the observation's `source` (how they were counted goes to its `note`). */
  readonly source?: string;
}

/**
 * Options of {@link titleCountObservation}.
 *
 * @example
 * const o: TitleCountObservationOptions = {
 *   indicator: 'units-learning-unit-province', title: 'learning-unit-province', asOf: '2026-12-31',
 *   components: { 'level-2': 2 },
 * };
 */
export interface TitleCountObservationOptions extends CountTitleOptions, ObservationTarget {
  /**
   * "Of which" parts: component id → the minimum level a holder needs to be
   * counted in it. Default `{ 'level-2': 2 }` for titles with levels, none otherwise.
   */
  readonly components?: Readonly<Record<string, TitleLevel>>;
}

/**
 * The result of {@link titleCountObservation}.
 *
 * @example
 * const r: TitleCountObservation = titleCountObservation([], {
 *   indicator: 'x',
 *   title: 'learning-family',
 *   asOf: '2025-12-31',
 * });
 * r.observation; // { indicator: 'x', count: 0, asOf: '2025-12-31', … }
 */
export interface TitleCountObservation {
  readonly observation: CountObservation;
  readonly count: TitleCount;
  readonly issues: readonly Issue[];
}

function extras(
  options: ObservationTarget,
  provisional: boolean,
  title: LearningTitleId,
): { unit?: string; source?: string; provisional?: true; note: Labels } {
  const label = getTitle(title).label;
  const note: Labels = provisional
    ? say(TITLES_MSG, 'observation.valid-recognitions-provisional', { label: label })
    : say(TITLES_MSG, 'observation.valid-recognitions', { label: label });
  return {
    ...(options.jurisdiction !== undefined ? { unit: options.jurisdiction } : {}),
    ...(options.source !== undefined ? { source: options.source } : {}),
    // an unverified validity rule decided which recognitions count: the figure is provisional, not the target
    ...(provisional ? { provisional: true as const } : {}),
    note,
  };
}

/**
 * A count observation of the units holding a title on `asOf`, with "of which"
 * components by level, ready for a count target of `computeAttainment` such
 * as Huế's "ít nhất 15 đơn vị … cấp tỉnh mức độ 1, trong đó ít nhất 05 đơn vị
 * đạt mức độ 2" (Huế plan for 2026, Mục II.4): the count is every unit holding the
 * title at level 1 or 2, `level-2` those at level 2.
 *
 * @param records - recognition decisions
 * @param givenOptions - indicator, title, asOf, components, jurisdiction, rule overrides
 * @returns the observation, the count behind it and the count's issues
 * @example
 * const { observation } = titleCountObservation(records, {
 *   indicator: 'units-learning-unit-province',
 *   title: 'learning-unit-province',
 *   asOf: '2026-12-31',
 *   jurisdiction: 'Huế',
 * });
 * observation;
 * // { indicator: 'units-learning-unit-province', count: 16, components: { 'level-2': 5 }, asOf: '2026-12-31', unit:
 * //   'Huế', … }
 */
export function titleCountObservation(
  records: Parameters<typeof countTitleHolders>[0],
  givenOptions: TitleCountObservationOptions,
): TitleCountObservation {
  const options = snapshot(givenOptions) as TitleCountObservationOptions;
  if (
    typeof options !== 'object' ||
    options === null ||
    typeof options.indicator !== 'string' ||
    options.indicator === ''
  ) {
    throw new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.title-indicator'), { path: ['indicator'] });
  }
  const title = getTitle(options.title);
  const components = options.components ?? (title.levels.length > 0 ? { 'level-2': 2 as const } : undefined);
  for (const [id, level] of Object.entries(components ?? {})) {
    if (!title.levels.some((l) => l.level === level)) {
      throw new XhhtError(
        'invalid-title-level',
        say(TITLES_MSG, 'invalid-title-level.component', { id, level: describe(level), title: title.label.vi }),
        { path: ['components', id] },
      );
    }
  }
  const { indicator, jurisdiction: _j, source: _s, components: _c, ...countOptions } = options;
  const count = countTitleHolders(records, countOptions);
  const parts =
    components === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(components).map(([id, level]) => [
            id,
            count.holders.filter((h) => (h.level ?? 0) >= level).length,
          ]),
        );
  const observation: CountObservation = {
    indicator,
    count: count.count,
    ...(parts !== undefined ? { components: parts } : {}),
    asOf: options.asOf,
    ...extras(options, count.provisional, options.title),
  };
  return { observation, count, issues: count.issues };
}

/**
 * Options of {@link titleShareObservation}.
 *
 * @example
 * const o: TitleShareObservationOptions = {
 *   indicator: 'families-learning-family',
 *   title: 'learning-family',
 *   asOf: '2025-12-31',
 *   eligible: 1200,
 * };
 */
export interface TitleShareObservationOptions extends TitleShareOptions, ObservationTarget {}

/**
 * The result of {@link titleShareObservation}.
 *
 * @example
 * const r: TitleShareObservation = titleShareObservation([], {
 *   indicator: 'x',
 *   title: 'learning-family',
 *   asOf: '2025-12-31',
 *   eligible: 5,
 * });
 * r.observation; // { indicator: 'x', numerator: 0, denominator: 5, … }
 */
export interface TitleShareObservation {
  /** `null` when there are more holders than eligible units (see `issues`). */
  readonly observation: ShareObservation | null;
  readonly share: TitleShare;
  readonly issues: readonly Issue[];
}

/**
 * A share observation of a title among eligible units, for percentage targets
 * such as Decision 387's "70% gia đình được công nhận Gia đình học tập" (plan
 * `qd-387`, indicator `families-learning-family`).
 *
 * @param records - recognition decisions
 * @param givenOptions - indicator, title, asOf, eligible, minLevel, jurisdiction, rule overrides
 * @returns the observation (or `null`), the share and the issues
 * @example
 * const { observation } = titleShareObservation(families, {
 *   indicator: 'families-learning-family',
 *   title: 'learning-family',
 *   asOf: '2025-12-31',
 *   eligible: 1200,
 *   jurisdiction: 'Xã A',
 * });
 * // → computeAttainment({ plan: 'qd-387', year: 2025, observations: [observation!] })
 */
export function titleShareObservation(
  records: Parameters<typeof countTitleHolders>[0],
  givenOptions: TitleShareObservationOptions,
): TitleShareObservation {
  const options = snapshot(givenOptions) as TitleShareObservationOptions;
  if (
    typeof options !== 'object' ||
    options === null ||
    typeof options.indicator !== 'string' ||
    options.indicator === ''
  ) {
    throw new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.title-indicator'), { path: ['indicator'] });
  }
  const { indicator, jurisdiction: _j, source: _s, ...shareOptions } = options;
  const share = titleShare(records, shareOptions);
  const observation: ShareObservation | null =
    share.reason === 'more-holders-than-eligible'
      ? null
      : {
          indicator,
          numerator: share.numerator,
          denominator: share.denominator,
          asOf: options.asOf,
          ...extras(options, share.provisional, options.title),
        };
  return { observation, share, issues: share.issues };
}
