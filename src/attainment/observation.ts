import { z } from 'zod';
import type { Labels } from '../catalog/source.js';

/*
 * Observations: what a report says happened. Counts, never rates: a rate is
 * computed from them, so nothing rounded by hand ever reaches a comparison.
 */

interface ObservationBase {
  /** Indicator id (see `listIndicators()`). */
  readonly indicator: string;
  /** Who reported: a province, commune or agency name or code. */
  readonly unit?: string;
  /** When the figures were true, ISO `YYYY-MM-DD`. */
  readonly asOf?: string;
  /** Where the figure comes from (report number, page); carried to the result. */
  readonly source?: string;
  /**
   * True when the figure itself is provisional: it was counted under an
   * unverified rule or definition (a province share decided under provisional
   * XMC/PCGD thresholds, see `nationalObservations`; a qualification rate under
   * an unverified definition of "trained", see `qualificationObservations`), or
   * it is a preliminary figure. The result is then provisional
   * (`provisionalParts.observation`) even when the target is verified law.
   */
  readonly provisional?: boolean;
  /**
   * How the figure was counted, or why it is provisional, in both languages;
   * reports show it in the note column in the report's language.
   */
  readonly note?: Labels;
}

/**
 * A share: `numerator` of `denominator` people or units.
 *
 * @example
 * const o: ShareObservation = { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63, asOf: '2024-12-31' };
 */
export interface ShareObservation extends ObservationBase {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * A count, with optional "of which" parts keyed by the target's component ids.
 *
 * @example
 * const o: CountObservation = { indicator: 'units-learning-unit-province', count: 16, components: { 'level-2': 5 } };
 */
export interface CountObservation extends ObservationBase {
  readonly count: number;
  readonly components?: Readonly<Record<string, number>>;
}

/**
 * Whether a yes/no condition holds.
 *
 * @example
 * const o: YesNoObservation = { indicator: 'city-learning-city', achieved: true };
 */
export interface YesNoObservation extends ObservationBase {
  readonly achieved: boolean;
}

/**
 * Any observation. The fields present decide the kind: `numerator`/`denominator`,
 * `count`, or `achieved`.
 *
 * @example
 * const all: Observation[] = [
 *   { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 },
 * ];
 */
export type Observation = ShareObservation | CountObservation | YesNoObservation;

/**
 * The kind of an observation, decided by its fields.
 *
 * @example
 * observationKind({ indicator: 'province-learning-province', achieved: true }); // 'yes-no'
 */
export type ObservationKind = 'share' | 'count' | 'yes-no';

const count = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const base = {
  indicator: z.string().min(1),
  unit: z.string().min(1).optional(),
  asOf: z.iso.date().optional(),
  source: z.string().optional(),
  provisional: z.boolean().optional(),
  note: z.object({ vi: z.string().min(1), en: z.string().min(1) }).optional(),
};

/**
 * zod schema of one observation, for apps that read observations from JSON.
 * `computeAttainment` checks the same rules itself (and reports problems as
 * issues instead of throwing), so parsing first is optional.
 *
 * @example
 * observationSchema.parse({ indicator: 'universities-digital', numerator: 120, denominator: 240 });
 */
export const observationSchema = z.union([
  z.strictObject({ ...base, numerator: count, denominator: count }).refine((o) => o.numerator <= o.denominator, {
    message: 'numerator is greater than denominator',
    path: ['numerator'],
  }),
  z.strictObject({ ...base, count, components: z.record(z.string(), count).optional() }),
  z.strictObject({ ...base, achieved: z.boolean() }),
]);

/**
 * The kind of an observation from its fields, or `null` when it has none or
 * more than one kind's fields.
 *
 * @example
 * observationKind({ indicator: 'x', numerator: 1, denominator: 2 }); // 'share'
 * observationKind({ indicator: 'x', count: 3, achieved: true });      // null
 */
export function observationKind(o: object): ObservationKind | null {
  const share = 'numerator' in o || 'denominator' in o;
  const cnt = 'count' in o || 'components' in o;
  const yes = 'achieved' in o;
  if (share && !cnt && !yes) return 'share';
  if (cnt && !share && !yes) return 'count';
  if (yes && !share && !cnt) return 'yes-no';
  return null;
}
