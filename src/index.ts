/**
 * xhht: exact, traceable indicators for Vietnam's learning-society programme
 * (Decision 1373/QĐ-TTg) and the rules around it.
 *
 * This file is the public API: explicit re-exports, nothing else. It holds what a
 * user of the README, the guide and the command line needs; the building blocks
 * of the built-in reports are in `xhht/report` (src/report/index.ts), and helpers
 * the library uses itself are not exported (docs/exports.md lists both entries).
 * @packageDocumentation
 */
export { XhhtError, isXhhtError, ERROR_CODES } from './errors.js';
export type { ErrorCode, Issue, IssuePath } from './errors.js';
export { messageIn } from './message-in.js';

export { share, addShares } from './exact/share.js';
export type { Share } from './exact/share.js';
export { parseThreshold } from './exact/threshold.js';
export type { Threshold } from './exact/threshold.js';
export { parseReportedRate, compareRateToThreshold } from './vi/rate.js';
export type { ReportedRate } from './vi/rate.js';
export { compareShareToThreshold, minimumNumerator, maximumNumerator } from './exact/compare.js';
export type { Ordering } from './exact/compare.js';
export { displayPercent } from './exact/display.js';
export type { DisplayPercentOptions, DisplayComparator } from './exact/display.js';

export { formatSource, VERIFIED_CONFIDENCE } from './catalog/source.js';
export type {
  LegalSource,
  LegalDocument,
  DocumentType,
  FormatSourceOptions,
  Labels,
  Confidence,
} from './catalog/source.js';
export { INDICATOR_GROUPS } from './catalog/indicator.js';
export type { Indicator, IndicatorKind, IndicatorGroup, IndicatorNote } from './catalog/indicator.js';
export { INDICATOR_LEVELS, isMeasurableAt, levelOfJurisdiction } from './catalog/level.js';
export type { IndicatorLevel } from './catalog/level.js';
export { listIndicators, getIndicator, findIndicator } from './catalog/registry.js';
export type { IndicatorId } from './catalog/indicator-id.js';

export type { Plan, JurisdictionLevel, PlanInherit } from './plans/plan.js';
export type {
  Target,
  TargetKind,
  PercentTarget,
  CountTarget,
  CountComponent,
  YesNoTarget,
  Comparator,
} from './plans/target.js';
export { listPlans, getPlan, findPlan, planYears } from './plans/registry.js';
export type { PlanId } from './plans/registry.js';
export { definePlan } from './plans/define.js';
export type { DefinePlanOptions } from './plans/define.js';
export { validatePlan } from './plans/validate.js';
export type { PlanValidation } from './plans/validate.js';
// plans written as a table (issue 10): no I/O, any spreadsheet reader's cells
export { planFromTable, planToTable, planTemplate, cellName } from './plans/table.js';
export type {
  PlanSheet,
  PlanTableCell,
  PlanTableRow,
  PlanTableIssue,
  PlanFromTable,
  PlanFromTableOptions,
  PlanTableOptions,
  PlanTemplateOptions,
  PlanColumnKey,
  PlanInfoKey,
} from './plans/table.js';
// the zod schemas and the JSON Schema of a plan file are in the `xhht/schema` entry (src/schema.ts)
export type { PlanInput } from './plans/schema.js';

export { observationKind } from './attainment/observation.js';
export type {
  Observation,
  ShareObservation,
  CountObservation,
  YesNoObservation,
  RateObservation,
  ObservationKind,
  ObservationOfKind,
  ShareValue,
  CountValue,
  YesNoValue,
  RateValue,
} from './attainment/observation.js';
export { compareToTarget } from './attainment/compare.js';
export type { CompareOptions, ObservedValue, ComparisonOf } from './attainment/compare.js';
export type {
  TargetComparison,
  ComparisonFields,
  ShareComparison,
  ZeroDenominatorComparison,
  RateComparison,
  CountComparison,
  YesNoComparison,
  NoFigureComparison,
  ComponentComparison,
  AttainmentStatus,
  NoDataReason,
  ResultBasis,
} from './attainment/comparison.js';
export { computeAttainment, computeAttainmentByUnit } from './attainment/compute.js';
export type { AttainmentInput, AttainmentByUnit } from './attainment/compute.js';
export type {
  AttainmentResult,
  ResultFields,
  ShareResult,
  ZeroDenominatorResult,
  RateResult,
  CountResult,
  YesNoResult,
  NoFigureResult,
  AttainmentReport,
  AttainmentSummary,
  ObservationRef,
  PlanRef,
  ProvisionalParts,
} from './attainment/result.js';
export { appendixPlan, evaluateAppendix } from './attainment/appendix.js';
export type { AppendixRow, AppendixOptions, AppendixPlan, EvaluateAppendixOptions } from './attainment/appendix.js';
export * from './vi/index.js';

export * from './standards/index.js';

// Reports: markdown / csv / html with SVG charts (issue 5), a terminal table; their building
// blocks (the neutral table, labels, one renderer per format, the SVG bar) are in `xhht/report`
export { renderReport } from './report/render.js';
export type { ReportFormat, ReportLang, RenderReportOptions } from './report/render.js';
export { renderText } from './report/text.js';
export type { RenderTextOptions } from './report/text.js';
export type { Lang } from './report/labels.js';
export type { Letterhead } from './report/letterhead.js';

// plans as data (baselines) and progress toward targets (issue 5)
export type { Baseline, ShareBaseline, PercentBaseline, CountBaseline } from './plans/baseline.js';
export { assessProgress } from './progress/assess.js';
export type { ProgressInput, ProgressPoint, ProgressTarget, ProgressValue } from './progress/assess.js';
export type { ProgressAssessment, ProgressPointUsed } from './progress/assessment.js';
export { PROGRESS_METHOD, PROGRESS_THRESHOLDS } from './progress/method.js';
export type { ProgressStatus, ProgressReason, ProgressThresholds, ProgressMethod } from './progress/method.js';
export type { BaselineObservation } from './progress/baselines.js';

// workforce qualification breakdowns and learning-model titles (issue 4)
export * from './workforce/index.js';
export * from './titles/index.js';
