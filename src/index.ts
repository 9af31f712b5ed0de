/**
 * xhht: exact, traceable indicators for Vietnam's learning-society programme
 * (Decision 1373/QĐ-TTg) and the rules around it.
 *
 * This file is the public API: explicit re-exports, nothing else.
 * @packageDocumentation
 */
export { XhhtError, isXhhtError, ERROR_CODES } from './errors.js';
export type { ErrorCode, Issue, IssuePath } from './errors.js';

export { isCount, assertCount } from './exact/count.js';
export { share, addShares } from './exact/share.js';
export type { Share } from './exact/share.js';
export { parseThreshold } from './exact/threshold.js';
export type { Threshold } from './exact/threshold.js';
export { parseReportedRate, compareRateToThreshold } from './exact/rate.js';
export type { ReportedRate } from './exact/rate.js';
export {
  compareShareToThreshold,
  compareCountToThreshold,
  meetsComparator,
  minimumNumerator,
  maximumNumerator,
} from './exact/compare.js';
export type { Ordering } from './exact/compare.js';
export { formatRatio, formatRatioHonest } from './exact/round.js';
export type { RoundingMode, DisplaySide } from './exact/round.js';
export { displayPercent } from './exact/display.js';
export type { DisplayPercentOptions, DisplayComparator } from './exact/display.js';

export { isIsoDate, assertIsoDate, yearDeadline } from './dates/iso.js';

export { formatSource, formatSection, VERIFIED_CONFIDENCE, DOCUMENT_TYPES } from './catalog/source.js';
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
export { planSchema, targetSchema, indicatorSchema, legalSourceSchema } from './plans/schema.js';
export type { PlanInput } from './plans/schema.js';

export { observationSchema, observationKind } from './attainment/observation.js';
export type {
  Observation,
  ShareObservation,
  CountObservation,
  YesNoObservation,
  RateObservation,
  ObservationKind,
} from './attainment/observation.js';
export { compareToTarget } from './attainment/compare.js';
export type { CompareOptions, ObservedValue } from './attainment/compare.js';
export type {
  TargetComparison,
  ComponentComparison,
  AttainmentStatus,
  NoDataReason,
  ResultBasis,
} from './attainment/comparison.js';
export { computeAttainment, computeAttainmentByUnit } from './attainment/compute.js';
export type { AttainmentInput, AttainmentByUnit } from './attainment/compute.js';
export type {
  AttainmentResult,
  AttainmentReport,
  AttainmentSummary,
  ObservationRef,
  PlanRef,
  ProvisionalParts,
} from './attainment/result.js';
export { summarize } from './attainment/summary.js';
export { appendixPlan, evaluateAppendix } from './attainment/appendix.js';
export type { AppendixRow, AppendixOptions, AppendixPlan, EvaluateAppendixOptions } from './attainment/appendix.js';
export * from './vi/index.js';

export { STATUS_LABELS, NO_DATA_LABELS, COLUMN_LABELS } from './report/labels.js';
export type { Lang } from './report/labels.js';
export { reportTable } from './report/table.js';
export type { ReportTable, ReportRow, SourceNote } from './report/table.js';
export { renderText } from './report/text.js';
export type { RenderTextOptions } from './report/text.js';
export * from './standards/index.js';

// Reports: markdown / csv / html with SVG charts (issue 5)
export { renderReport } from './report/render.js';
export type { ReportFormat, ReportLang, RenderReportOptions } from './report/render.js';
export { renderMarkdown } from './report/markdown.js';
export type { RenderMarkdownOptions } from './report/markdown.js';
export { renderCsv, CSV_COLUMNS, CSV_COLUMN_LABELS } from './report/csv.js';
export type { RenderCsvOptions, CsvColumn } from './report/csv.js';
export { renderHtml } from './report/html.js';
export type { RenderHtmlOptions } from './report/html.js';
export { letterheadLines } from './report/letterhead.js';
export type { Letterhead, LetterheadLines } from './report/letterhead.js';
export { barChart, chartScale } from './report/svg.js';
export type { ChartScale } from './report/svg.js';
export { progressStatus, progressLabel } from './report/progress.js';

// plans as data (baselines, JSON Schema) and progress toward targets (issue 5)
export type { Baseline, ShareBaseline, PercentBaseline, CountBaseline } from './plans/baseline.js';
export { baselineSchema } from './plans/schema.js';
export { planJsonSchema } from './plans/json-schema.js';
export { assessProgress } from './progress/assess.js';
export type { ProgressInput, ProgressPoint, ProgressTarget, ProgressValue } from './progress/assess.js';
export type { ProgressAssessment, ProgressPointUsed } from './progress/assessment.js';
export {
  PROGRESS_METHOD,
  PROGRESS_THRESHOLDS,
  PROGRESS_STATUS_LABELS,
  PROGRESS_REASON_LABELS,
} from './progress/method.js';
export type { ProgressStatus, ProgressReason, ProgressThresholds, ProgressMethod } from './progress/method.js';
export type { BaselineObservation } from './progress/baselines.js';

// workforce qualification breakdowns and learning-model titles (issue 4)
export * from './workforce/index.js';
export * from './titles/index.js';
