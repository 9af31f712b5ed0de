import { isRecord, objectArg, optionsArg } from '../util/guards.js';
import { snapshot } from '../util/snapshot.js';
import { describe } from '../util/describe.js';
import { XhhtError, issueOf, type Issue } from '../errors.js';
import { displayPercent } from '../exact/display.js';
import { checkBreakdown, sumLevels, type CheckedBreakdown, type QualificationBreakdown } from './breakdown.js';
import {
  TRAINED_BROAD,
  TRAINED_WITH_CERTIFICATE,
  UNIVERSITY_OR_HIGHER,
  type QualificationDefinition,
} from './definitions.js';
import { atomsOf, isQualificationLevel, type QualificationLevel } from './levels.js';
import { say, textOf } from '../messages/say.js';
import { COMMON, WORKFORCE } from '../messages/sections.js';

/**
 * Why a rate has no value.
 * - `missing-population`: the breakdown gives no population (denominator)
 * - `zero-population`: the population is 0
 * - `levels-not-reported`: a level the definition counts is not in the breakdown
 * - `mixed-group`: a reported figure mixes counted and uncounted levels
 *
 * @example
 * const reason: RateNoDataReason = 'missing-population';
 */
export type RateNoDataReason = 'missing-population' | 'zero-population' | 'levels-not-reported' | 'mixed-group';

/**
 * A rate of a breakdown under one definition, exact: numerator and denominator
 * are kept; `percent` is display only. The definition (levels, source,
 * `verified`) travels with the result, and `provisional` is true when it is
 * not verified.
 *
 * @example
 * const r: QualificationRate = qualificationRate(
 *   { population: 200, counts: { university: 30, postgraduate: 2 } },
 *   UNIVERSITY_OR_HIGHER,
 * );
 * r.numerator; // 32
 * r.percent;   // '16.00'
 */
export interface QualificationRate {
  readonly definition: QualificationDefinition;
  readonly status: 'value' | 'no-data';
  readonly reason: RateNoDataReason | null;
  /** People at the counted levels; `null` when the breakdown cannot give it. */
  readonly numerator: number | null;
  /** The population; `null` when not given. */
  readonly denominator: number | null;
  /**
   * 100·numerator/denominator for display by the one rule of `displayPercent` (half-up, never onto
   * a multiple of 0.1 not reached: 4.340 of 36.167 is "11.99", as against the 12% target); `null` without a value.
   */
  readonly percent: string | null;
  /** Counted levels the breakdown does not report (counted as 0 with `missingLevels: 'zero'`). */
  readonly unreportedLevels: readonly QualificationLevel[];
  /** True when the definition's source is not verified. */
  readonly provisional: boolean;
}

/**
 * Options of {@link qualificationRate}.
 *
 * @example
 * const o: QualificationRateOptions = { missingLevels: 'zero', decimals: 1 };
 */
export interface QualificationRateOptions {
  /**
   * What a counted level missing from the breakdown means: `no-data` (default;
   * the rate has no value) or `zero` (nobody at that level).
   */
  readonly missingLevels?: 'no-data' | 'zero';
  /** Decimals of `percent` (0–10, default 2). */
  readonly decimals?: number;
}

/**
 * Throws the first error issue of a checked breakdown, with all of them
 * attached; warnings do not throw.
 *
 * @example
 * throwIfInvalid(checkBreakdown({ counts: { college: 1089 } })); // returns
 * throwIfInvalid(checkBreakdown({ counts: { college: -1 } }));
 * // throws XhhtError { code: 'invalid-count', path: ['counts', 'college'],
 * //   message: 'invalid breakdown: count: a count cannot be negative (-1)' }
 */
function throwIfInvalid(checked: CheckedBreakdown): void {
  const errors = checked.issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return;
  const first = errors[0]!;
  const others = errors.length > 1 ? say(COMMON, 'issues.more', { more: errors.length - 1 }) : '';
  throw new XhhtError(first.code, say(WORKFORCE, 'breakdown.invalid', { reason: textOf(first), others }), {
    path: first.path,
    issues: errors,
  });
}

/**
 * Problems with a definition passed by a caller, as issues.
 *
 * @example
 * definitionIssues(UNIVERSITY_OR_HIGHER, ['definition']); // []
 * definitionIssues({ ...UNIVERSITY_OR_HIGHER, levels: ['phd'] }, ['definition']);
 * // [{ code: 'unknown-qualification-level', path: ['definition', 'levels', 0], message: 'unknown qualification level
 * //   "phd"', … }]
 */
export function definitionIssues(definition: unknown, path: (string | number)[]): Issue[] {
  if (typeof definition !== 'object' || definition === null) {
    return [issueOf('invalid-input', path, say(WORKFORCE, 'invalid-input.definition'))];
  }
  const src = (definition as { source?: { verified?: unknown } }).source;
  if (typeof src !== 'object' || src === null || typeof src.verified !== 'boolean') {
    return [issueOf('invalid-input', [...path, 'source'], say(WORKFORCE, 'invalid-input.definition-source'))];
  }
  const levels = (definition as { levels?: unknown }).levels;
  if (!Array.isArray(levels) || levels.length === 0) {
    return [
      issueOf(
        'unknown-qualification-level',
        [...path, 'levels'],
        say(WORKFORCE, 'unknown-qualification-level.definition-levels'),
      ),
    ];
  }
  const issues: Issue[] = [];
  levels.forEach((l: unknown, j: number) => {
    if (!isQualificationLevel(l)) {
      issues.push(
        issueOf(
          'unknown-qualification-level',
          [...path, 'levels', j],
          say(WORKFORCE, 'unknown-qualification-level.level', { level: describe(l) }),
        ),
      );
    }
  });
  return issues;
}

/**
 * The rate of an already checked, valid breakdown: the caller has dealt with
 * the issues of `checkBreakdown` (see `throwIfInvalid`), so they are not read here.
 *
 * @example
 * rateOf(checkBreakdown({ population: 200, counts: { university: 30, postgraduate: 2 } }), UNIVERSITY_OR_HIGHER, {});
 * // { status: 'value', numerator: 32, denominator: 200, percent: '16.00', … }
 */
export function rateOf(
  checked: CheckedBreakdown,
  definition: QualificationDefinition,
  options: QualificationRateOptions,
): QualificationRate {
  const decimals = options.decimals ?? 2;
  const sum = sumLevels(checked, new Set(atomsOf(definition.levels)));
  const zeroMissing = options.missingLevels === 'zero';
  let numerator: number | null = null;
  let reason: RateNoDataReason | null = null;
  if (sum.value !== null) {
    numerator = sum.uncovered.length === 0 || zeroMissing ? sum.value : null;
    if (numerator === null) reason = 'levels-not-reported';
  } else if (sum.reason === 'not-reported') {
    numerator = zeroMissing ? 0 : null;
    if (numerator === null) reason = 'levels-not-reported';
  } else if (sum.reason === 'mixed-group') {
    reason = 'mixed-group';
  } else {
    // invalid counts were rejected before; only an unsafe sum is left
    throw new XhhtError('invalid-count', say(WORKFORCE, 'invalid-count.definition-sum'));
  }
  const population = checked.population ?? null;
  if (numerator !== null && population !== null && numerator > population) {
    throw new XhhtError(
      'numerator-exceeds-denominator',
      say(WORKFORCE, 'numerator-exceeds-denominator.population', { numerator, id: definition.id, population }),
      { path: ['population'] },
    );
  }
  if (reason === null && population === null) reason = 'missing-population';
  if (reason === null && population === 0) reason = 'zero-population';
  const value = reason === null;
  return {
    definition,
    status: value ? 'value' : 'no-data',
    reason,
    numerator,
    denominator: population,
    // the one display rule (the rates are measured against minimums): as computeAttainment shows the share
    percent: value ? displayPercent({ numerator: numerator!, denominator: population! }, { decimals }) : null,
    unreportedLevels: sum.uncovered,
    provisional: !definition.source.verified,
  };
}

function checkDecimals(decimals: unknown): void {
  if (decimals === undefined) return;
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new XhhtError(
      'invalid-input',
      say(WORKFORCE, 'invalid-input.rate-decimals', { decimals: describe(decimals) }),
      { path: ['decimals'] },
    );
  }
}

/**
 * The rate of a breakdown under one definition: people at the definition's
 * levels over the population, exactly. Without a population the numerator is
 * still given and the status is `no-data` (`missing-population`).
 *
 * Throws `XhhtError` for a malformed breakdown (`invalid-count`,
 * `unknown-qualification-level`, `invalid-input`, `invalid-date`; all problems
 * in `error.issues`), for a definition with unknown levels, and
 * `numerator-exceeds-denominator` when more people are counted than the
 * population holds. Consistency of reported totals is checked separately by
 * `validateBreakdown`.
 *
 * @param breakdown - counts per level and the population
 * @param givenDefinition - which levels count (see `TRAINED_WITH_CERTIFICATE` and the others)
 * @param givenOptions - `missingLevels`, `decimals`
 * @returns the rate with its definition and provenance
 * @example
 * // Đăk Cấm ward report 2025, Mục II.3: the ward reports no population aged 15+, so no rate; the numerator is 4.340
 * const r = qualificationRate(
 *   { parts: [{ levels: ['university', 'postgraduate'], count: 4340 }] },
 *   UNIVERSITY_OR_HIGHER,
 * );
 * r.numerator; // 4340
 * r.status;    // 'no-data'
 * r.reason;    // 'missing-population'
 */
export function qualificationRate(
  breakdown: QualificationBreakdown,
  givenDefinition: QualificationDefinition,
  givenOptions: QualificationRateOptions = {},
): QualificationRate {
  const options = optionsArg(givenOptions) as QualificationRateOptions;
  checkDecimals(options.decimals);
  const definition = snapshot(givenDefinition, ['definition']);
  const bad = definitionIssues(definition, ['definition']);
  if (bad.length > 0) {
    throw new XhhtError(bad[0]!.code, bad[0]!.message, {
      path: bad[0]!.path,
      messageVi: bad[0]!.messageVi,
      issues: bad,
    });
  }
  const checked = checkBreakdown(breakdown);
  throwIfInvalid(checked);
  return rateOf(checked, definition, options);
}

/**
 * The definitions {@link qualificationRates} uses, each overridable.
 *
 * @example
 * const defs: QualificationDefinitions = { withCertificate: TRAINED_WITH_CERTIFICATE_INCL_SHORT_COURSES };
 */
export interface QualificationDefinitions {
  readonly broad?: QualificationDefinition;
  readonly withCertificate?: QualificationDefinition;
  readonly universityOrHigher?: QualificationDefinition;
}

/**
 * The three rates of a breakdown, as {@link qualificationRate} computes them.
 *
 * @example
 * qualificationRates(b);
 * // { broad: …, withCertificate: …, universityOrHigher: … }
 */
export interface QualificationRates {
  readonly broad: QualificationRate;
  readonly withCertificate: QualificationRate;
  readonly universityOrHigher: QualificationRate;
}

/**
 * The three rates of a breakdown: trained in any form (broad), trained with a
 * degree or certificate (narrow; by default without under-3-month
 * certificates) and university or higher. Each result names the definition
 * used; override any of them in `definitions`.
 *
 * @param breakdown - counts per level and the population
 * @param givenOptions - `definitions`, `missingLevels`, `decimals`
 * @returns the three rates
 * @example
 * const rates = qualificationRates({
 *   population: 20000, // hypothetical: the Đăk Cấm report gives no population aged 15+
 *   counts: { 'certificate-under-3-months': 1736, 'elementary-vocational': 738, intermediate: 1384, college: 1089 },
 *   parts: [{ levels: ['university', 'postgraduate'], count: 4340 }],
 * });
 * rates.withCertificate.numerator;  // 7551 (9.287 less the 1.736 under-3-month certificates)
 * rates.universityOrHigher.percent; // '21.70'
 * rates.broad.status;               // 'no-data' (technical workers without a certificate not reported)
 */
export function qualificationRates(
  breakdown: QualificationBreakdown,
  givenOptions: QualificationRateOptions & { readonly definitions?: QualificationDefinitions } = {},
): QualificationRates {
  const options = optionsArg(givenOptions) as QualificationRateOptions & {
    readonly definitions?: QualificationDefinitions;
  };
  const definitions = options.definitions as QualificationDefinitions | undefined;
  if (definitions !== undefined && !isRecord(definitions as unknown))
    objectArg(definitions, 'definitions', ['definitions']);
  checkDecimals(options.decimals);
  const defs: Record<'broad' | 'withCertificate' | 'universityOrHigher', QualificationDefinition> = {
    broad: definitions?.broad ?? TRAINED_BROAD,
    withCertificate: definitions?.withCertificate ?? TRAINED_WITH_CERTIFICATE,
    universityOrHigher: definitions?.universityOrHigher ?? UNIVERSITY_OR_HIGHER,
  };
  for (const [key, def] of Object.entries(defs)) {
    const bad = definitionIssues(def, ['definitions', key]);
    if (bad.length > 0)
      throw new XhhtError(bad[0]!.code, bad[0]!.message, {
        path: bad[0]!.path,
        messageVi: bad[0]!.messageVi,
        issues: bad,
      });
  }
  const checked = checkBreakdown(breakdown);
  throwIfInvalid(checked);
  return {
    broad: rateOf(checked, defs.broad, options),
    withCertificate: rateOf(checked, defs.withCertificate, options),
    universityOrHigher: rateOf(checked, defs.universityOrHigher, options),
  };
}
