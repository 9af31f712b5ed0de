import { describe, expectTypeOf, it } from 'vitest';
import * as api from '../../src/index.js';
import * as schemaEntry from '../../src/schema.js';
import type { AttainmentResult, Baseline, Plan, ProgressAssessment, ProgressStatus } from '../../src/index.js';

// Checked by `tsc --noEmit`: a change to these exported types is a visible diff.
describe('progress and plan-data types', () => {
  it('assessProgress returns an assessment with a closed status union', () => {
    expectTypeOf(api.assessProgress).returns.toEqualTypeOf<ProgressAssessment>();
    expectTypeOf<ProgressStatus>().toEqualTypeOf<
      'target-achieved' | 'on-track' | 'acceleration-needed' | 'limited-progress' | 'deterioration' | 'unable-to-assess'
    >();
    expectTypeOf<ProgressAssessment['ratio']>().toEqualTypeOf<string | null>();
    expectTypeOf<ProgressAssessment['onTrajectory']>().toEqualTypeOf<boolean | null>();
  });

  it('results carry progress or null; plans carry baselines', () => {
    expectTypeOf<AttainmentResult['progress']>().toEqualTypeOf<ProgressAssessment | null>();
    expectTypeOf<Plan['baselines']>().toEqualTypeOf<readonly Baseline[] | undefined>();
    expectTypeOf<{ indicator: string; year: number; count: number; source: api.LegalSource }>().toExtend<Baseline>();
    expectTypeOf(schemaEntry.planJsonSchema).returns.toEqualTypeOf<Record<string, unknown>>();
  });

  it('computeAttainment takes baselines as observations with a year or date', () => {
    expectTypeOf<{
      indicator: string;
      numerator: number;
      denominator: number;
      year: number;
    }>().toExtend<api.BaselineObservation>();
    expectTypeOf<{ indicator: string; rate: number }>().not.toExtend<api.BaselineObservation>();
  });
});
