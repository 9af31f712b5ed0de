import { describe, expectTypeOf, it } from 'vitest';
import * as api from '../../src/index.js';
import type {
  CommuneAssessment,
  CommuneInput,
  CommuneRecord,
  LowerUnit,
  Observation,
  RollUpResult,
  StandardAssessment,
  StandardCheck,
  StandardId,
  StandardsObservation,
  UnitAssessment,
} from '../../src/index.js';

// Checked by `tsc --noEmit` (part of `npm test`): a change to an exported standards type is a visible diff.
describe('standards API types', () => {
  it('assessCommune takes a dossier and options and returns a commune assessment', () => {
    expectTypeOf(api.assessCommune).parameter(0).toEqualTypeOf<CommuneInput>();
    expectTypeOf(api.assessCommune).returns.toEqualTypeOf<CommuneAssessment>();
    expectTypeOf(api.rollUp).parameter(0).toEqualTypeOf<readonly CommuneRecord[]>();
    expectTypeOf(api.rollUp).returns.toEqualTypeOf<RollUpResult>();
    expectTypeOf(api.assessProvince).returns.toEqualTypeOf<UnitAssessment>();
    expectTypeOf(api.mergeUnits).returns.toEqualTypeOf<CommuneInput>();
  });

  it('a level is a number or unknown, with its interval and checks', () => {
    expectTypeOf<StandardAssessment['level']>().toEqualTypeOf<number | 'unknown'>();
    expectTypeOf<StandardAssessment['levels'][number]['checks'][number]>().toEqualTypeOf<StandardCheck>();
    expectTypeOf<StandardCheck['kind']>().toEqualTypeOf<'share' | 'condition' | 'requires' | 'rollup'>();
    expectTypeOf<StandardId>().toEqualTypeOf<'xmc' | 'pcgd-mn5' | 'pcgd-mn3to5' | 'pcgd-th' | 'pcgd-thcs'>();
  });

  it('commune and unit results are lower units of the next tier', () => {
    expectTypeOf<CommuneAssessment>().toExtend<LowerUnit>();
    expectTypeOf<UnitAssessment>().toExtend<LowerUnit>();
  });

  it('national observations are observations computeAttainment accepts', () => {
    expectTypeOf<StandardsObservation>().toExtend<Observation>();
  });
});
