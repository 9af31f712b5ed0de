/**
 * Learning-model titles: typed data, recognition records, validity and
 * level-2 date rules, counts and shares as observations.
 */
export { LEARNING_TITLES, getTitle, findTitle } from './titles.js';
export type {
  LearningTitle,
  LearningTitleId,
  TitleHolder,
  TitleLevel,
  TitleLevelInfo,
  ValidityRule,
  Level2Rule,
} from './titles.js';
export { recognitionProblem, assertRecognition } from './recognition.js';
export type { Recognition } from './recognition.js';
export {
  titleStatusAt,
  recognitionValidUntil,
  level2EligibleFrom,
  canSeekLevel2,
  validityRuleFor,
  level2RuleOf,
} from './validity.js';
export type { TitleStatus, TitleStatusValue, TitleRuleOptions, Level2Convention } from './validity.js';
export { countTitleHolders, titleShare } from './counts.js';
export type {
  TitleCount,
  TitleHolding,
  CountTitleOptions,
  ExclusionReason,
  TitleShare,
  TitleShareOptions,
} from './counts.js';
export { titleCountObservation, titleShareObservation } from './observations.js';
export type {
  TitleCountObservation,
  TitleCountObservationOptions,
  TitleShareObservation,
  TitleShareObservationOptions,
} from './observations.js';
