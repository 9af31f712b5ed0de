import { isArray, optionsArg } from '../util/guards.js';
import { snapshotItems } from '../util/snapshot.js';
import type { ShareObservation } from '../attainment/observation.js';
import type { Labels } from '../catalog/source.js';
import { issueOf, type Issue } from '../errors.js';
import { checkBreakdown, type QualificationBreakdown } from './breakdown.js';
import { TRAINED_WITH_CERTIFICATE, UNIVERSITY_OR_HIGHER, type QualificationDefinition } from './definitions.js';
import { definitionIssues, rateOf, type QualificationRate, type QualificationRateOptions } from './rates.js';
import type { ConsistencyRule } from './rules.js';
import { validateBreakdown, type BreakdownValidation } from './validate.js';
import { say } from '../messages/say.js';
import { WORKFORCE } from '../messages/sections.js';

/**
 * The Decision 1373 indicator of the population aged 15+ with a technical qualification.
 *
 * @example
 * getIndicator(TECHNICAL_QUALIFICATION_INDICATOR).group; // 'II'
 */
const TECHNICAL_QUALIFICATION_INDICATOR = 'population-15plus-technical-qualification';
/**
 * The Decision 1373 indicator of the population with university education or higher.
 *
 * @example
 * qualificationObservations({ population: 200, counts: { university: 30, postgraduate: 2 } }).observations;
 * // [{ indicator: 'population-15plus-university-or-higher', numerator: 32, denominator: 200, … }]
 */
const UNIVERSITY_OR_HIGHER_INDICATOR = 'population-15plus-university-or-higher';

/**
 * Options of {@link qualificationObservations}.
 *
 * @example
 * const o: QualificationObservationOptions = { technicalQualification: TRAINED_WITH_CERTIFICATE_INCL_SHORT_COURSES };
 */
export interface QualificationObservationOptions extends Pick<QualificationRateOptions, 'missingLevels'> {
  /**
   * Which levels count for `population-15plus-technical-qualification`.
   * Default `TRAINED_WITH_CERTIFICATE` (sơ cấp and above, without under-3-month
   * certificates; provisional).
   */
  readonly technicalQualification?: QualificationDefinition;
  /** Which levels count for `population-15plus-university-or-higher` (default `UNIVERSITY_OR_HIGHER`). */
  readonly universityOrHigher?: QualificationDefinition;
  /** Extra consistency rules, checked before any observation is made. */
  readonly rules?: readonly ConsistencyRule[];
}

/**
 * The result of {@link qualificationObservations}.
 *
 * @example
 * const r: QualificationObservations = qualificationObservations({ population: 100, counts: { university: 12 } });
 * r.observations; // [{ indicator: 'population-15plus-university-or-higher', numerator: 12, denominator: 100, … }]
 */
export interface QualificationObservations {
  /** Share observations for `computeAttainment`, at most one per indicator. */
  readonly observations: readonly ShareObservation[];
  /** The two rates with their definitions; `null` when the breakdown is invalid. */
  readonly rates: {
    readonly technicalQualification: QualificationRate;
    readonly universityOrHigher: QualificationRate;
  } | null;
  readonly validation: BreakdownValidation;
  /** Validation problems, and one issue for each indicator without an observation. */
  readonly issues: readonly Issue[];
}

/** The note of a figure counted under an unverified definition: the target may be verified law, the counting is not. */
function provisionalDefinitionNote(definition: QualificationDefinition): Labels {
  return say(WORKFORCE, 'observation.provisional-definition', { label: definition.label });
}

/**
 * Turns a breakdown into observations of the two Decision 1373 indicators
 * `population-15plus-technical-qualification` and
 * `population-15plus-university-or-higher`, ready for `computeAttainment`.
 *
 * The breakdown is validated first (`validateBreakdown`, with `rules`); if it
 * has errors, no observation is made. An indicator whose rate has no value
 * (no population, a counted level not reported) gets an issue instead of an
 * observation. Each observation keeps the breakdown's `source`; one counted
 * under a definition that is not verified is `provisional` with a `note` (in
 * both languages) naming the definition, so a report shows the target as it
 * is and the caveat beside it. Never throws.
 *
 * @param breakdown - counts per level, the population, unit and date
 * @param givenOptions - definitions, `missingLevels`, extra rules
 * @returns observations, rates, validation and issues
 * @example
 * const { observations } = qualificationObservations({ ...dakCam, population: 20000 }); // hypothetical population
 * observations;
 * // [{ indicator: 'population-15plus-technical-qualification', numerator: 7551, denominator: 20000, … },
 * //  { indicator: 'population-15plus-university-or-higher', numerator: 4340, denominator: 20000, … }]
 */
export function qualificationObservations(
  breakdown: QualificationBreakdown,
  givenOptions: QualificationObservationOptions = {},
): QualificationObservations {
  const options = optionsArg(givenOptions) as QualificationObservationOptions;
  const validation = validateBreakdown(breakdown, options.rules === undefined ? {} : { rules: options.rules });
  const issues: Issue[] = [...validation.issues];
  const defs = {
    technicalQualification: options.technicalQualification ?? TRAINED_WITH_CERTIFICATE,
    universityOrHigher: options.universityOrHigher ?? UNIVERSITY_OR_HIGHER,
  };
  const badDefs = [
    ...definitionIssues(defs.technicalQualification, ['technicalQualification']),
    ...definitionIssues(defs.universityOrHigher, ['universityOrHigher']),
  ];
  issues.push(...badDefs);
  if (!validation.valid || badDefs.length > 0) return { observations: [], rates: null, validation, issues };

  const checked = checkBreakdown(breakdown);
  const rateOptions = options.missingLevels === undefined ? {} : { missingLevels: options.missingLevels };
  const observations: ShareObservation[] = [];
  const rates = {} as { technicalQualification: QualificationRate; universityOrHigher: QualificationRate };
  const pairs = [
    ['technicalQualification', TECHNICAL_QUALIFICATION_INDICATOR],
    ['universityOrHigher', UNIVERSITY_OR_HIGHER_INDICATOR],
  ] as const;
  for (const [key, indicator] of pairs) {
    let rate: QualificationRate;
    try {
      rate = rateOf(checked, defs[key], rateOptions);
    } catch (e) {
      const err = e as { toIssue?: (s: 'error') => Issue };
      if (typeof err.toIssue !== 'function') throw e;
      issues.push(err.toIssue('error'));
      return { observations: [], rates: null, validation, issues };
    }
    rates[key] = rate;
    if (rate.status === 'value' || rate.reason === 'zero-population') {
      // a zero population is still an observation: computeAttainment reports it as no data with its reason
      observations.push({
        indicator,
        numerator: rate.numerator!,
        denominator: rate.denominator!,
        ...(typeof breakdown.unit === 'string' ? { unit: breakdown.unit } : {}),
        ...(typeof breakdown.asOf === 'string' ? { asOf: breakdown.asOf } : {}),
        ...(typeof breakdown.source === 'string' && breakdown.source !== '' ? { source: breakdown.source } : {}),
        // an unverified definition decided what was counted: the figure is provisional, not the target
        ...(rate.provisional ? { provisional: true, note: provisionalDefinitionNote(defs[key]) } : {}),
      });
      continue;
    }
    issues.push(
      rate.reason === 'missing-population'
        ? issueOf('missing-population', ['population'], say(WORKFORCE, 'missing-population', { indicator }), 'warning')
        : issueOf(
            'incomplete-breakdown',
            [],
            say(WORKFORCE, 'incomplete-breakdown.observation', {
              indicator,
              reason:
                rate.reason === 'mixed-group'
                  ? say(WORKFORCE, 'incomplete-breakdown.mixed-group')
                  : say(WORKFORCE, 'incomplete-breakdown.unreported', { levels: rate.unreportedLevels.join(', ') }),
              definition: defs[key].id,
            }),
            'warning',
          ),
    );
  }
  return { observations, rates, validation, issues };
}

/**
 * The result of {@link qualificationObservationsBatch}.
 *
 * @example
 * const r: QualificationObservationsBatch = qualificationObservationsBatch([]);
 * r.observations; // []
 */
export interface QualificationObservationsBatch {
  readonly observations: readonly ShareObservation[];
  /** Issues of every breakdown, paths prefixed with the breakdown's index. */
  readonly issues: readonly Issue[];
}

/**
 * {@link qualificationObservations} for many breakdowns (communes of a
 * province): one bad breakdown never stops the others, and every breakdown
 * ends in observations or issues (paths start with its index). Feed the
 * observations to `computeAttainmentByUnit`.
 *
 * @param breakdowns - one per unit, each with its `unit`
 * @param givenOptions - as for {@link qualificationObservations}
 * @returns all observations and all issues
 * @example
 * const { observations, issues } = qualificationObservationsBatch([
 *   { unit: 'Xã A', population: 1000, counts: { university: 90 }, parts: [{ levels: 'postgraduate', count: 3 }] },
 *   { unit: 'Xã B', population: 1000, counts: { college: -5 } },
 * ]);
 * issues.find((i) => i.severity === 'error')?.path; // [1, 'counts', 'college']
 */
export function qualificationObservationsBatch(
  breakdowns: readonly QualificationBreakdown[],
  givenOptions: QualificationObservationOptions = {},
): QualificationObservationsBatch {
  if (!isArray(breakdowns)) {
    return {
      observations: [],
      issues: [issueOf('invalid-input', [], say(WORKFORCE, 'invalid-input.breakdowns'))],
    };
  }
  const observations: ShareObservation[] = [];
  const issues: Issue[] = [];
  // one bad breakdown is its own issue: the list is read once, each breakdown by checkBreakdown
  const options = optionsArg(givenOptions) as QualificationObservationOptions;
  snapshotItems(breakdowns).forEach((b, i) => {
    const r = qualificationObservations(b as QualificationBreakdown, options);
    observations.push(...r.observations);
    for (const issue of r.issues) issues.push({ ...issue, path: [i, ...issue.path] });
  });
  return { observations, issues };
}
