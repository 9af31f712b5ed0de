import type { CommuneConditions, CommuneCounts, CommuneInput, LiteracyGroupCounts } from '../../src/standards/model.js';
import type { LowerUnit } from '../../src/standards/result.js';

/*
 * Commune dossiers for the standards tests. Counts are invented round numbers
 * (1,000 per age group) so that a boundary is "threshold × 10 of 1,000";
 * thresholds in the tests are typed from the decree articles, never read from
 * the rule data under test.
 */

/** The Đăk Cấm literacy counts of 2025 (seed 004, lines 39–56; the ward is reported at XMC level 2, line 58). */
export const DAK_CAM: CommuneInput = {
  id: 'dak-cam',
  name: 'Phường Đăk Cấm',
  counts: {
    // seed 004 lines 39–43: 15–25 tuổi 4.811; mức độ 1 and 2: 4.811/4.811
    age15to25: { total: 4811, literateLevel1: 4811, literateLevel2: 4811 },
    // seed 004 lines 45–49: 15–35 tuổi 9.399; mức độ 1 and 2: 9.399/9.399
    age15to35: { total: 9399, literateLevel1: 9399, literateLevel2: 9399 },
    // seed 004 lines 52–56: 15–60 tuổi 19.747; mức độ 1 19.747/19.747; mức độ 2 19.739/19.747 (99,96%)
    age15to60: { total: 19747, literateLevel1: 19747, literateLevel2: 19739 },
    // not in the report: no disabled person able to learn (nothing to mobilise)
    disabled: { ableToLearn: 0, inEducation: 0 },
  },
  // not in the report: the conditions are answered yes so that only the counts decide
  conditions: { xmc: { enoughTeachers: true, monitorAssigned: true, facilities: true } },
};

/** One literacy band of people: total, literate level 1, literate level 2. */
export type Band = readonly [total: number, level1: number, level2: number];

/**
 * The three literacy groups from three disjoint age bands (15–25, 26–35,
 * 36–60), so every dossier built this way is consistent (groups nest, level 2
 * people are level 1 people).
 */
export function literacy(
  b25: Band,
  b35: Band,
  b60: Band,
): Pick<CommuneCounts, 'age15to25' | 'age15to35' | 'age15to60'> {
  const sum = (bands: readonly Band[]): LiteracyGroupCounts => ({
    total: bands.reduce((s, b) => s + b[0], 0),
    literateLevel1: bands.reduce((s, b) => s + b[1], 0),
    literateLevel2: bands.reduce((s, b) => s + b[2], 0),
  });
  return { age15to25: sum([b25]), age15to35: sum([b25, b35]), age15to60: sum([b25, b35, b60]) };
}

/** Every condition of every standard answered yes. */
export const ALL_CONDITIONS_YES: CommuneConditions = {
  xmc: { enoughTeachers: true, monitorAssigned: true, facilities: true },
  preschool5: {
    teachersEntitledPolicies: true,
    enoughTeachers: true,
    teachersMeetStandard: true,
    monitorAssigned: true,
    facilities: true,
  },
  preschool3to5: { facilities: true },
  primary: { enoughTeachers: true, teachersMeetStandard: true, monitorAssigned: true, facilities: true },
  lowerSecondary: { enoughTeachers: true, teachersMeetStandard: true, monitorAssigned: true, facilities: true },
};

/** A commune that meets every standard at its top level: every count 100%, every condition yes. */
export function fullCommune(over: Partial<CommuneCounts> = {}, especiallyDifficult = false): CommuneInput {
  return {
    id: 'c',
    especiallyDifficult,
    counts: {
      ...literacy([500, 500, 500], [500, 500, 500], [1000, 1000, 1000]),
      age3to5: { total: 1000, attending: 1000, completed: 1000 },
      age5: { total: 1000, attending: 1000, completed: 1000 },
      age6: { total: 1000, enteringGrade1: 1000 },
      age11: { total: 1000, completedPrimary: 1000, inPrimary: 0 },
      // Art. 9.b over the 11–14 cohort (the default reading) and over the 14-year-olds (reading '14')
      age11to14: { total: 1000, completedPrimary: 1000 },
      age14: { total: 1000, completedPrimary: 1000 },
      // 15–18 ⊂ 15–25 (COUNT_CONSTRAINTS): 250 fits the smallest 15–25 group any test gives
      age15to18: { total: 250, lowerSecondaryDiploma: 250, inUpperSecondaryOrVocational: 250 },
      disabled: { ableToLearn: 1000, inEducation: 1000 },
      ...over,
    },
    conditions: ALL_CONDITIONS_YES,
  };
}

/** A lower unit with a level interval for some standards, for roll-up tests. */
export function unit(
  id: string,
  levels: Partial<
    Record<'xmc' | 'pcgd-mn5' | 'pcgd-mn3to5' | 'pcgd-th' | 'pcgd-thcs', number | readonly [number, number]>
  >,
  extra: Partial<LowerUnit> = {},
): LowerUnit {
  const standards: Record<
    string,
    { minLevel: number; maxLevel: number; provisional: boolean; provisionalRules: readonly string[] }
  > = {};
  for (const [s, l] of Object.entries(levels)) {
    const [minLevel, maxLevel] = typeof l === 'number' ? [l, l] : (l as readonly [number, number]);
    standards[s] = { minLevel, maxLevel, provisional: false, provisionalRules: [] };
  }
  return { id, standards, ...extra };
}

/** `n` units named `${prefix}0…` with the same levels. */
export function units(
  prefix: string,
  n: number,
  levels: Parameters<typeof unit>[1],
  extra: Partial<LowerUnit> = {},
): LowerUnit[] {
  return Array.from({ length: n }, (_, i) => unit(`${prefix}${String(i).padStart(3, '0')}`, levels, extra));
}

/** Deep-freezes a test input, so any mutation by the code under test throws. */
export function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const v of Object.values(value)) frozen(v);
  }
  return value;
}
