import { XhhtError } from '../errors.js';
import { snapshot } from '../util/snapshot.js';
import { readOptions, ruleSetOf, type StandardsOptions } from './commune.js';
import type { LowerUnit, UnitAssessment } from './result.js';
import type { AdminTier } from './rule.js';
import { selectStandards, type RuleSet } from './ruleset.js';
import { assertLowerUnits } from './lower.js';
import { isArray } from '../util/guards.js';
import { say } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';
import { evaluateUnit } from './higher-unit.js';

/*
 * One district or one province assessed from its lower units' results, given by the caller: the
 * units checked first (a bad one throws), the options read, then the unit decided.
 */

/**
 * Options of {@link assessDistrict} and {@link assessProvince}: the rules, plus
 * the id of the unit being assessed (and, for a district, its province).
 *
 * @example
 * const o: UnitAssessOptions = { regime: 'nd20-2014', id: 'kon-tum-city', province: 'kon-tum' };
 */
export interface UnitAssessOptions extends StandardsOptions {
  readonly id?: string;
  readonly province?: string;
}

function lowerTier(set: RuleSet, tier: 'district' | 'province'): AdminTier {
  const tiers = set.regime.tiers;
  const i = tiers.indexOf(tier);
  if (i <= 0) {
    const text = say(STANDARDS_MSG, 'invalid-input.no-tier', {
      regime: set.regime.id,
      tier: say(STANDARDS_MSG, `tier.${tier}`),
      tiers: tiers.join(' → '),
    });
    throw new XhhtError('invalid-input', text, { path: ['regime'] });
  }
  return tiers[i - 1]!;
}

/**
 * Lower units read once (xhht's own results are kept as they are); anything but a list is left for the check to report.
 */
function readUnits(units: unknown): readonly LowerUnit[] {
  return (isArray(units) ? snapshot(units, []) : units) as readonly LowerUnit[];
}

/**
 * Assesses a district (regime `nd20-2014`) from its communes' results: per
 * standard and level, the share of communes recognised (for certain and
 * possibly, when some are undetermined) against the district minimum (e.g. 90%
 * of communes; 95% for THCS level 2, 100% for THCS level 3), and the district's
 * level as an interval. Throws `invalid-input` under a regime without districts.
 *
 * The communes are checked first (one district is one input, so a bad unit
 * throws; {@link rollUp} is the batch that keeps going): `invalid-input` for a
 * bad shape or tier, a level outside `0..top` or `minLevel > maxLevel`,
 * `unknown-standard`, `duplicate-unit` for an id given twice, `mixed-regimes`
 * for a result of another regime. Every problem is in `error.issues`.
 *
 * @param given - commune results (from {@link assessCommune}) or any {@link LowerUnit}
 * @param givenOptions - regime or rules, and the district's id and province
 * @example
 * const district = assessDistrict(communeResults, { regime: 'nd20-2014', id: 'd1', province: 'p1' });
 * district.standards.xmc?.level; // e.g. 2
 */
export function assessDistrict(given: readonly LowerUnit[], givenOptions: UnitAssessOptions): UnitAssessment {
  const options = readOptions(givenOptions);
  const communes = readUnits(given);
  const set = ruleSetOf(options);
  const standards = selectStandards(set, options.standards);
  assertLowerUnits(communes, { tier: lowerTier(set, 'district'), regime: set.regime.id });
  return evaluateUnit('district', communes, set, standards, unitMeta(options));
}

/**
 * Assesses a province from its districts (regime `nd20-2014`: e.g. 100% of
 * districts, but 90% for XMC level 1) or directly from its communes (regime
 * `nd142-2025`). Undetermined lower units give an interval: the province is
 * recognised for certain, not recognised for certain, or undetermined, with the
 * minimum and maximum share in each check. The units are checked like
 * {@link assessDistrict}'s (same errors).
 *
 * @param given - district results under `nd20-2014`, commune results under `nd142-2025`
 * @param givenOptions - regime or rules, and the province id
 * @example
 * const province = assessProvince(communeResults, { regime: 'nd142-2025', id: 'quang-ngai' });
 * province.standards['pcgd-mn3to5']?.provisional; // true: Decree 277/2025 values are unverified
 */
export function assessProvince(given: readonly LowerUnit[], givenOptions: UnitAssessOptions): UnitAssessment {
  const options = readOptions(givenOptions);
  const units = readUnits(given);
  const set = ruleSetOf(options);
  const standards = selectStandards(set, options.standards);
  assertLowerUnits(units, { tier: lowerTier(set, 'province'), regime: set.regime.id });
  return evaluateUnit('province', units, set, standards, unitMeta(options));
}

/** The id (and province) of the unit being assessed: text, or an `invalid-input`. */
function unitMeta(options: UnitAssessOptions): { id?: string; province?: string } {
  for (const key of ['id', 'province'] as const) {
    const v = options[key];
    if (v !== undefined && typeof v !== 'string') {
      throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.option-not-text', { key }), {
        path: [key],
      });
    }
  }
  return options;
}
