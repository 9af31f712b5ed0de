import { describe, expectTypeOf, it } from 'vitest';
import * as api from '../../src/index.js';
import type {
  IndicatorId,
  LearningTitleId,
  Observation,
  PlanId,
  ReadingId,
  ReadingOptionId,
  Readings,
  RegimeId,
  StandardId,
} from '../../src/index.js';

/*
 * Issue 12, scope 1: built-in ids are literal unions an editor completes, generated from the
 * catalog tables. Where an id may also be a caller's own (an indicator a plan defines, a plan
 * passed in `plans`), the field takes `Id | (string & {})`: any text, the built-ins offered first.
 * Where only a built-in can exist (getIndicator, getPlan, getRegime, getTitle), a typo is a
 * compile error. Checked by `tsc --noEmit` (part of `npm test`); the `@ts-expect-error` lines
 * fail the typecheck if the line they mark compiles.
 */

/** `true` when `T` is exactly `U`. */
type Equal<T, U> = (<X>() => X extends T ? 1 : 2) extends <X>() => X extends U ? 1 : 2 ? true : false;
/** Open: takes any text, and still names the built-ins (so an editor completes them). */
type IsOpen<T, Id> = string extends T ? (Id extends T ? (Equal<T, string> extends true ? false : true) : false) : false;

describe('built-in ids are literal unions generated from the catalog', () => {
  it('indicators: the 15 of Decision 1373 and those of Decisions 387, 677 and Decree 277', () => {
    // Decision 1373, Điều 1, Mục II.2.a, .d: the first and last of its 15 indicators
    expectTypeOf<'provinces-literacy-level-2'>().toExtend<IndicatorId>();
    expectTypeOf<'provinces-learning-province'>().toExtend<IndicatorId>();
    expectTypeOf<'khuyen-hoc-members-trained-policies'>().toExtend<IndicatorId>(); // Decision 387
    expectTypeOf<'adults-learning-models-learning-citizen'>().toExtend<IndicatorId>(); // Decision 677
    expectTypeOf<'provinces-preschool-3to5'>().toExtend<IndicatorId>(); // Decree 277
    // the misspelling of issue 12
    expectTypeOf<'provinces-literacy-lvl-2'>().not.toExtend<IndicatorId>();
    expectTypeOf<string>().not.toExtend<IndicatorId>();
    // every id the catalog lists is in the union, and nothing else is (the union is read from the tables)
    expectTypeOf<ReturnType<typeof api.listIndicators>[number]['id']>().toEqualTypeOf<IndicatorId>();
  });

  it('plans: the four national programmes and the two local examples', () => {
    expectTypeOf<PlanId>().toEqualTypeOf<
      'qd-1373' | 'qd-387' | 'qd-677' | 'nd-277' | 'bac-giang-2021-2030' | 'hue-2026'
    >();
    expectTypeOf<ReturnType<typeof api.listPlans>[number]['id']>().toEqualTypeOf<PlanId>();
  });

  it('regimes, standards, titles and readings', () => {
    expectTypeOf<RegimeId>().toEqualTypeOf<'nd20-2014' | 'nd142-2025'>();
    expectTypeOf<StandardId>().toEqualTypeOf<'xmc' | 'pcgd-mn5' | 'pcgd-mn3to5' | 'pcgd-th' | 'pcgd-thcs'>();
    expectTypeOf<'learning-citizen'>().toExtend<LearningTitleId>();
    expectTypeOf<'learning-city'>().not.toExtend<LearningTitleId>();
    expectTypeOf<(typeof api.LEARNING_TITLES)[number]['id']>().toEqualTypeOf<LearningTitleId>();
    // Decree 20/2014 Art. 9 (primary level 1) and Decree 277/2025 (preschool 3–5): the two provisions read two ways
    expectTypeOf<ReadingId>().toEqualTypeOf<'pcgd-th-1.completion' | 'pcgd-mn3to5.completion'>();
    expectTypeOf<ReadingOptionId<'pcgd-th-1.completion'>>().toEqualTypeOf<'11-14' | '14'>();
    expectTypeOf<ReadingOptionId<'pcgd-mn3to5.completion'>>().toEqualTypeOf<'pooled' | 'per-age'>();
  });
});

describe('a lookup of a built-in takes the strict union', () => {
  it('getIndicator, getPlan, getRegime and getTitle reject a misspelt id at compile time', () => {
    expectTypeOf(api.getIndicator).parameter(0).toEqualTypeOf<IndicatorId>();
    expectTypeOf(api.getPlan).parameter(0).toEqualTypeOf<PlanId>();
    expectTypeOf(api.getRegime).parameter(0).toEqualTypeOf<RegimeId>();
    expectTypeOf(api.getTitle).parameter(0).toEqualTypeOf<LearningTitleId>();
    // never called: each line only has to fail to compile
    const misspelt = () => {
      // @ts-expect-error: 'lvl' is not an indicator id (issue 12)
      api.getIndicator('provinces-literacy-lvl-2');
      // @ts-expect-error: no plan 'qd-9999'
      api.getPlan('qd-9999');
      // @ts-expect-error: no regime 'nd43-2000'
      api.getRegime('nd43-2000');
      // @ts-expect-error: no title 'learning-city'
      api.getTitle('learning-city');
    };
    expectTypeOf(misspelt).returns.toBeVoid();
  });

  it('find* takes any text (for ids read at run time) and still completes the built-ins', () => {
    expectTypeOf<IsOpen<Parameters<typeof api.findIndicator>[0], IndicatorId>>().toEqualTypeOf<true>();
    expectTypeOf<IsOpen<Parameters<typeof api.findPlan>[0], PlanId>>().toEqualTypeOf<true>();
    expectTypeOf<IsOpen<Parameters<typeof api.findTitle>[0], LearningTitleId>>().toEqualTypeOf<true>();
  });
});

describe('fields that may name a caller’s own id keep the open form', () => {
  it('observations, targets and baselines name any indicator, built-ins first', () => {
    expectTypeOf<IsOpen<Observation['indicator'], IndicatorId>>().toEqualTypeOf<true>();
    expectTypeOf<IsOpen<api.Target['indicator'], IndicatorId>>().toEqualTypeOf<true>();
    expectTypeOf<IsOpen<api.Baseline['indicator'], IndicatorId>>().toEqualTypeOf<true>();
    expectTypeOf<IsOpen<api.BaselineObservation['indicator'], IndicatorId>>().toEqualTypeOf<true>();
    expectTypeOf<IsOpen<api.AttainmentResult['indicator'], IndicatorId>>().toEqualTypeOf<true>();
  });

  it('a plan is a built-in id, any id a caller registers, or a plan object', () => {
    expectTypeOf<IsOpen<Exclude<api.AttainmentInput['plan'], api.Plan>, PlanId>>().toEqualTypeOf<true>();
    expectTypeOf<api.Plan>().toExtend<api.AttainmentInput['plan']>();
    expectTypeOf<IsOpen<Exclude<api.Plan['extends'], undefined>, PlanId>>().toEqualTypeOf<true>();
    expectTypeOf<IsOpen<Exclude<api.PlanTemplateOptions['extends'], api.Plan>, PlanId>>().toEqualTypeOf<true>();
  });

  it('standards options: a regime, standards and readings from a file are checked at run time', () => {
    expectTypeOf<IsOpen<Exclude<api.StandardsOptions['regime'], undefined>, RegimeId>>().toEqualTypeOf<true>();
    expectTypeOf<
      IsOpen<Exclude<api.StandardsOptions['standards'], undefined>[number], StandardId>
    >().toEqualTypeOf<true>();
    // readings: the built-in ids and options are offered; a record read from a file still fits
    expectTypeOf<{ 'pcgd-th-1.completion': '14' }>().toExtend<Readings>();
    expectTypeOf<Readonly<Record<string, string>>>().toExtend<Readings>();
    expectTypeOf<NonNullable<Readings['pcgd-mn3to5.completion']>>().toExtend<string>();
    expectTypeOf<'per-age'>().toExtend<NonNullable<Readings['pcgd-mn3to5.completion']>>();
  });
});
