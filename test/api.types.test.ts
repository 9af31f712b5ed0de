import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import * as api from '../src/index.js';
import * as schemaEntry from '../src/schema.js';
import type {
  AttainmentReport,
  AttainmentResult,
  AttainmentStatus,
  Observation,
  Plan,
  TargetComparison,
} from '../src/index.js';

// These assertions are checked by `tsc --noEmit` (part of `npm test`): a change to an exported type is a visible diff.
describe('public API types', () => {
  it('computeAttainment takes a plan id or object and returns a report', () => {
    expectTypeOf(api.computeAttainment)
      .parameter(0)
      .toHaveProperty('plan')
      .toEqualTypeOf<api.PlanId | (string & {}) | Plan>();
    expectTypeOf(api.computeAttainment).returns.toEqualTypeOf<AttainmentReport>();
    expectTypeOf<AttainmentReport['results'][number]>().toEqualTypeOf<AttainmentResult>();
    expectTypeOf<AttainmentResult['status']>().toEqualTypeOf<AttainmentStatus>();
    expectTypeOf<AttainmentStatus>().toEqualTypeOf<'met' | 'not-met' | 'no-data'>();
  });

  it('results carry display strings, exact shares and provenance', () => {
    expectTypeOf<AttainmentResult['actualPercent']>().toEqualTypeOf<string | null>();
    expectTypeOf<AttainmentResult['gapPoints']>().toEqualTypeOf<string | null>();
    expectTypeOf<AttainmentResult['shortfall']>().toEqualTypeOf<number | null>();
    expectTypeOf<AttainmentResult['deadline']>().toEqualTypeOf<string>();
    expectTypeOf<AttainmentResult['source']>().toEqualTypeOf<api.LegalSource>();
    expectTypeOf<AttainmentResult['share']>().toEqualTypeOf<api.Share | null>();
    expectTypeOf<AttainmentResult>().toExtend<TargetComparison>();
    // which part is provisional, each apart (issue 9, point 4)
    expectTypeOf<AttainmentResult['provisionalParts']>().toEqualTypeOf<api.ProvisionalParts>();
    expectTypeOf<api.ProvisionalParts>().toEqualTypeOf<{
      readonly target: boolean;
      readonly definition: boolean;
      readonly observation: boolean;
    }>();
    expectTypeOf<api.ObservationRef['note']>().toEqualTypeOf<api.Labels | null>();
  });

  it('a legal source is a citation: type, number or null, issuer, title, date, section', () => {
    expectTypeOf<api.LegalSource['number']>().toEqualTypeOf<string | null>();
    expectTypeOf<api.LegalSource['issuer']>().toEqualTypeOf<api.Labels | null>();
    expectTypeOf<api.LegalSource['note']>().toEqualTypeOf<api.Labels | undefined>();
    expectTypeOf<api.LegalSource>().toExtend<api.LegalDocument>();
    expectTypeOf(api.formatSource).parameter(1).toEqualTypeOf<'vi' | 'en' | undefined>();
    expectTypeOf(api.formatSource).returns.toEqualTypeOf<string>();
  });

  it('observations are a union of four shapes: a share, a count, a yes/no, a reported rate', () => {
    expectTypeOf<{ indicator: string; numerator: number; denominator: number }>().toExtend<Observation>();
    expectTypeOf<{ indicator: string; count: number }>().toExtend<Observation>();
    expectTypeOf<{ indicator: string; achieved: boolean }>().toExtend<Observation>();
    expectTypeOf<{ indicator: string; rate: number }>().not.toExtend<Observation>();
    // a rate without counts (issue 10): a number or text as written, "99,96" or "99.96"
    expectTypeOf<{ indicator: string; percent: string }>().toExtend<Observation>();
    expectTypeOf<{ indicator: string; percent: number }>().toExtend<Observation>();
    expectTypeOf<{ indicator: string; percent: boolean }>().not.toExtend<Observation>();
    expectTypeOf<api.RateObservation['percent']>().toEqualTypeOf<number | string>();
    expectTypeOf<api.RateObservation>().toExtend<Observation>();
    expectTypeOf<api.ObservationKind>().toEqualTypeOf<'share' | 'count' | 'yes-no' | 'rate'>();
    expectTypeOf(api.observationKind).returns.toEqualTypeOf<api.ObservationKind | null>();
    expectTypeOf<{ percent: string }>().toExtend<api.ObservedValue>();
  });

  it('every result says its basis; a reported rate is kept as reported', () => {
    expectTypeOf<TargetComparison['basis']>().toEqualTypeOf<api.ResultBasis | null>();
    expectTypeOf<api.ResultBasis>().toEqualTypeOf<'counts' | 'reported-rate' | 'yes-no'>();
    expectTypeOf<AttainmentResult['reportedPercent']>().toEqualTypeOf<string | null>();
    expectTypeOf(api.parseReportedRate).returns.toEqualTypeOf<api.ReportedRate>();
    expectTypeOf(api.evaluateAppendix).returns.toEqualTypeOf<AttainmentReport>();
    expectTypeOf<'rate-not-aggregable'>().toExtend<api.ErrorCode>();
    expectTypeOf<'percent-out-of-range'>().toExtend<api.ErrorCode>();
  });

  it('the plan schema outputs what the Plan type documents', () => {
    expectTypeOf<z.output<typeof schemaEntry.planSchema>>().toExtend<Plan>();
    expectTypeOf(api.definePlan).returns.toEqualTypeOf<Plan>();
    expectTypeOf(api.getPlan).returns.toEqualTypeOf<Plan>();
  });

  it('indicators carry their level; plans say what they inherit (issue 10, point 2)', () => {
    expectTypeOf<api.Indicator['level']>().toEqualTypeOf<api.IndicatorLevel>();
    expectTypeOf<api.IndicatorLevel>().toEqualTypeOf<
      'national' | 'province' | 'district' | 'commune' | 'institution'
    >();
    expectTypeOf(api.isMeasurableAt).parameters.toEqualTypeOf<[api.IndicatorLevel, api.JurisdictionLevel]>();
    expectTypeOf(api.isMeasurableAt).returns.toEqualTypeOf<boolean>();
    expectTypeOf(api.levelOfJurisdiction).returns.toEqualTypeOf<api.IndicatorLevel>();
    expectTypeOf<Plan['inherit']>().toEqualTypeOf<api.PlanInherit | undefined>();
    expectTypeOf<api.PlanInherit>().toEqualTypeOf<'level' | 'all' | 'none'>();
    expectTypeOf<api.Labels['untranslated']>().toEqualTypeOf<true | undefined>();
    // an indicator a plan defines needs no English label, numerator, denominator, source or level
    expectTypeOf<{ id: string; group: string; kind: 'yes-no'; label: { vi: string } }>().toExtend<
      NonNullable<api.PlanInput['indicators']>[number]
    >();
    expectTypeOf(api.validatePlan).returns.toEqualTypeOf<api.PlanValidation>();
    expectTypeOf<api.PlanValidation['plan']>().toEqualTypeOf<Plan | null>();
    expectTypeOf<api.PlanValidation['issues']>().toEqualTypeOf<readonly api.Issue[]>();
  });

  it('plans written as a table: pure functions over cells (issue 10, point 2)', () => {
    expectTypeOf(api.planFromTable)
      .parameter(0)
      .toEqualTypeOf<readonly api.PlanTableRow[] | readonly (readonly api.PlanTableCell[])[]>();
    expectTypeOf(api.planFromTable).returns.toEqualTypeOf<api.PlanFromTable>();
    expectTypeOf<api.PlanFromTable['plan']>().toEqualTypeOf<Plan | null>();
    expectTypeOf<api.PlanFromTable['input']>().toEqualTypeOf<api.PlanInput | null>();
    expectTypeOf<api.PlanFromTable['issues']>().toEqualTypeOf<readonly api.PlanTableIssue[]>();
    expectTypeOf<api.PlanTableIssue>().toExtend<api.Issue>();
    expectTypeOf<api.PlanTableIssue['row']>().toEqualTypeOf<number | null>();
    expectTypeOf<api.PlanTableIssue['field']>().toEqualTypeOf<api.Labels | null>();
    expectTypeOf<api.PlanTableCell>().toEqualTypeOf<string | number | boolean | Date | null | undefined>();
    expectTypeOf<api.PlanTableRow>().toEqualTypeOf<{
      readonly row: number;
      readonly cells: readonly api.PlanTableCell[];
    }>();
    expectTypeOf(api.planToTable).returns.toEqualTypeOf<api.PlanSheet>();
    expectTypeOf(api.planTemplate).returns.toEqualTypeOf<api.PlanSheet>();
    expectTypeOf(api.planTemplate).parameter(0).toEqualTypeOf<api.PlanTemplateOptions>();
    expectTypeOf<api.PlanTemplateOptions['level']>().toEqualTypeOf<api.JurisdictionLevel | undefined>();
    expectTypeOf<api.PlanTemplateOptions['inherit']>().toEqualTypeOf<'level' | 'all' | undefined>();
    expectTypeOf<api.PlanTableOptions['lang']>().toEqualTypeOf<'vi' | 'en' | undefined>();
    expectTypeOf<api.PlanFromTableOptions['plans']>().toEqualTypeOf<readonly Plan[] | undefined>();
    expectTypeOf<api.PlanSheet['rows']>().toEqualTypeOf<readonly (readonly (string | number | null)[])[]>();
    expectTypeOf<api.PlanSheet['columns'][number]>().toEqualTypeOf<api.PlanColumnKey | number>();
    expectTypeOf<api.PlanInfoKey>().toExtend<string>();
    expectTypeOf(api.cellName).toEqualTypeOf<(row: number, column: number) => string>();
  });

  it('errors have a stable code union', () => {
    expectTypeOf<api.XhhtError['code']>().toEqualTypeOf<api.ErrorCode>();
    expectTypeOf<'invalid-count'>().toExtend<api.ErrorCode>();
    expectTypeOf<'no-such-code'>().not.toExtend<api.ErrorCode>();
  });
});
