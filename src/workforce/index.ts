/**
 * Workforce qualification: levels, breakdowns, rates with documented
 * definitions, consistency rules and observations for Decision 1373.
 */
export {
  QUALIFICATION_LEVELS,
  POSTGRADUATE_LEVELS,
  QUALIFICATION_LEVEL_INFO,
  isQualificationLevel,
  compareQualificationLevels,
} from './levels.js';
export type { QualificationLevel, QualificationLevelInfo } from './levels.js';
export type { QualificationBreakdown, BreakdownPart, ReportedTotal } from './breakdown.js';
export {
  TRAINED_BROAD,
  TRAINED_WITH_CERTIFICATE,
  TRAINED_WITH_CERTIFICATE_INCL_SHORT_COURSES,
  UNIVERSITY_OR_HIGHER,
  QUALIFICATION_DEFINITIONS,
} from './definitions.js';
export type { QualificationDefinition } from './definitions.js';
export { qualificationRate, qualificationRates } from './rates.js';
export type {
  QualificationRate,
  QualificationRates,
  QualificationRateOptions,
  QualificationDefinitions,
  RateNoDataReason,
} from './rates.js';
export { breakdownRules } from './rules.js';
export type { ConsistencyRule, RuleOperand, RuleOperator, MissingValueStrategy } from './rules.js';
export { validateBreakdown } from './validate.js';
export type { BreakdownValidation, RuleCheck, ValidateBreakdownOptions } from './validate.js';
export { qualificationObservations, qualificationObservationsBatch } from './observations.js';
export type {
  QualificationObservations,
  QualificationObservationOptions,
  QualificationObservationsBatch,
} from './observations.js';
