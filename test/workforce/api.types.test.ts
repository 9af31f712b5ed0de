import { describe, expectTypeOf, it } from 'vitest';
import * as api from '../../src/index.js';

// Checked by `tsc --noEmit`: a change to these exported types is a visible diff.
describe('workforce and titles public types', () => {
  it('rates carry their definition and exact counts', () => {
    expectTypeOf(api.qualificationRate).returns.toEqualTypeOf<api.QualificationRate>();
    expectTypeOf<api.QualificationRate['definition']>().toEqualTypeOf<api.QualificationDefinition>();
    expectTypeOf<api.QualificationRate['numerator']>().toEqualTypeOf<number | null>();
    expectTypeOf<api.QualificationDefinition['source']>().toEqualTypeOf<api.LegalSource>();
  });

  it('validation rules are data with two sides and an operator', () => {
    expectTypeOf<api.ConsistencyRule['operator']>().toEqualTypeOf<'==' | '!=' | '<' | '<=' | '>' | '>='>();
    expectTypeOf<api.ConsistencyRule['left']>().toEqualTypeOf<readonly api.RuleOperand[]>();
    expectTypeOf(api.validateBreakdown).returns.toEqualTypeOf<api.BreakdownValidation>();
  });

  it('observations fit computeAttainment', () => {
    expectTypeOf<api.QualificationObservations['observations'][number]>().toExtend<api.Observation>();
    expectTypeOf<api.TitleCountObservation['observation']>().toExtend<api.Observation>();
    expectTypeOf<NonNullable<api.TitleShareObservation['observation']>>().toExtend<api.Observation>();
  });

  it('titles and recognitions', () => {
    expectTypeOf<api.Recognition['level']>().toEqualTypeOf<1 | 2 | undefined>();
    expectTypeOf<api.TitleStatus['status']>().toEqualTypeOf<'valid' | 'expired' | 'not-yet-decided'>();
    expectTypeOf(api.getTitle).returns.toEqualTypeOf<api.LearningTitle>();
    expectTypeOf<'learning-unit-province'>().toExtend<api.LearningTitleId>();
  });
});
