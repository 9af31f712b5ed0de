/**
 * XMC (literacy) and PCGD (universal education) recognition standards: typed
 * input, rules as data with legal sources, commune assessment, roll-up to
 * district and province, national observations, unit mergers, and the age
 * counting of the statistics (by birth year, at 30 September).
 */
export type {
  StandardId,
  LiterateLevel,
  LiteracyGroupCounts,
  PreschoolGroupCounts,
  Preschool3to5Counts,
  CommuneCounts,
  ConditionAnswers,
  CommuneConditions,
  CommuneInput,
  CommuneRecord,
} from './model.js';
export { COUNT_GROUPS, COUNT_CONSTRAINTS } from './fields.js';
export type { CountGroup, CountField, CountGroupInfo, CountConstraint } from './fields.js';
export type {
  AdminTier,
  RegimeId,
  RuleSource,
  Applicability,
  ShareRule,
  ConditionRule,
  RequiresRule,
  RollupRule,
  StandardRule,
  StandardsRegime,
  RuleReading,
  RuleReadingOption,
  ReadingRef,
  RecognisingAuthority,
  StandardRecognition,
} from './rule.js';
export { STANDARDS } from './standards.js';
export type { StandardInfo } from './standards.js';
export { REGIMES, getRegime } from './regimes.js';
export { resolveRules } from './ruleset.js';
export type {
  ThresholdOverride,
  RuleOverrides,
  Readings,
  ReadingId,
  ReadingOptionId,
  ResolvedRule,
  RuleSet,
} from './ruleset.js';
export { XMC1_PROVINCE_SHARE_81 } from './rules/nd142-2025.js';
export { surveyAge, AGE_GROUPS } from './age.js';
export type { SurveyAge, AgeGroupInfo } from './age.js';
export { communeInputIssues, assertCommuneInput } from './validate.js';
export { literateLevel } from './literacy.js';
export type { PersonSchooling } from './literacy.js';
export { assessCommune } from './commune.js';
export type { StandardsOptions } from './commune.js';
export { rollUp } from './rollup.js';
export { assessDistrict, assessProvince } from './district-province.js';
export type { RollUpResult } from './rollup.js';
export type { UnitAssessOptions } from './district-province.js';
export { nationalObservations, NATIONAL_INDICATORS } from './national.js';
export type {
  NationalSummary,
  NationalLevel,
  StandardsObservation,
  NationalFigure,
  NationalObservationOptions,
} from './national.js';
export { mergeUnits } from './merge.js';
export type { MergeUnitsOptions } from './merge.js';
export type {
  StandardCheckStatus,
  ShareCheck,
  ConditionCheck,
  RequiresCheck,
  RollupCheck,
  StandardCheck,
  LevelAssessment,
  StandardAssessment,
  StandardResults,
  CommuneAssessment,
  UnitAssessment,
  LowerUnit,
} from './result.js';
