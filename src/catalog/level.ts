import { oneOfArg } from '../util/guards.js';
import type { Labels } from './source.js';

/*
 * The level an indicator is measured at: the smallest jurisdiction whose own
 * plan can set a target on it, read from what the indicator counts.
 * - a share of provinces ("Tỷ lệ tỉnh …") needs the country: `national`
 * - a share of districts, of universities, of the communes' community learning
 *   centres (one per commune) needs a province, or a district for communes'
 *   units: `province`, `district`
 * - a share of people, households, villages or schools of an area: a commune
 *   counts its own: `commune`
 * - a share of the members or staff of organisations: one organisation counts
 *   its own: `institution`
 * A plan inherits from its parent the targets measured at its own level or
 * below (`definePlan`, `inherit`): a commune plan extending Decision 1373 gets
 * no "Tỷ lệ tỉnh …" row.
 */

/**
 * Administrative level of the plan's jurisdiction.
 *
 * @example
 * getPlan('qd-1373').jurisdiction;        // { level: 'national', name: 'Việt Nam' }
 * getPlan('hue-2026').jurisdiction.level; // 'province'
 */
export type JurisdictionLevel = 'national' | 'province' | 'district' | 'commune' | 'agency';

/**
 * The level an indicator is measured at (see {@link isMeasurableAt}).
 *
 * @example
 * getIndicator('provinces-literacy-level-2').level;  // 'national': a share of provinces
 * getIndicator('working-age-life-skills').level;     // 'commune': a share of people
 */
export type IndicatorLevel = 'national' | 'province' | 'district' | 'commune' | 'institution';

/**
 * The name of each level, in both languages, from the largest to the smallest.
 *
 * @example
 * INDICATOR_LEVELS.commune.vi; // 'xã'
 * Object.keys(INDICATOR_LEVELS); // ['national', 'province', 'district', 'commune', 'institution']
 */
export const INDICATOR_LEVELS: Readonly<Record<IndicatorLevel, Labels>> = {
  national: { vi: 'toàn quốc', en: 'national' },
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
  institution: { vi: 'cơ quan, tổ chức', en: 'institution' },
};

// larger areas first; an agency's plan is the plan of one organisation
const INDICATOR_RANK: Readonly<Record<IndicatorLevel, number>> = {
  national: 0,
  province: 1,
  district: 2,
  commune: 3,
  institution: 4,
};
const JURISDICTION_RANK: Readonly<Record<JurisdictionLevel, number>> = {
  national: 0,
  province: 1,
  district: 2,
  commune: 3,
  agency: 4,
};

/**
 * True when a plan of this jurisdiction can set a target on an indicator
 * measured at `level`: the level is the jurisdiction's own or a smaller one.
 *
 * @param level - the indicator's level
 * @param jurisdiction - the plan's jurisdiction level
 * @example
 * isMeasurableAt('commune', 'province'); // true: a province counts its people too
 * isMeasurableAt('national', 'commune'); // false: a commune has no share of provinces
 */
export function isMeasurableAt(level: IndicatorLevel, jurisdiction: JurisdictionLevel): boolean {
  const l = oneOfArg(level, Object.keys(INDICATOR_LEVELS) as IndicatorLevel[], 'level');
  const j = oneOfArg(jurisdiction, Object.keys(JURISDICTION_RANK) as JurisdictionLevel[], 'jurisdiction');
  return INDICATOR_RANK[l] >= JURISDICTION_RANK[j];
}

/**
 * The level of the indicators a plan of this jurisdiction defines, when the
 * plan does not say: its own (an agency's indicators are `institution`).
 *
 * @example
 * levelOfJurisdiction('commune'); // 'commune'
 * levelOfJurisdiction('agency');  // 'institution'
 */
export function levelOfJurisdiction(jurisdiction: JurisdictionLevel): IndicatorLevel {
  const j = oneOfArg(jurisdiction, Object.keys(JURISDICTION_RANK) as JurisdictionLevel[], 'jurisdiction');
  return j === 'agency' ? 'institution' : j;
}
