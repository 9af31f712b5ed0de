import { describe, expectTypeOf, it } from 'vitest';
import * as api from '../../src/index.js';
import type {
  CountObservation,
  Observation,
  ObservationKind,
  RateObservation,
  ShareObservation,
  YesNoObservation,
} from '../../src/index.js';

/*
 * Issue 12, scope 1: an observation is one of four kinds, and the fields of one kind on another
 * are a compile error (today each is only an `invalid-observation` issue at run time, see
 * `observationKind`). Checked by `tsc --noEmit`; never run for its values.
 */

describe('observations are a discriminated union', () => {
  it('each kind alone type-checks', () => {
    // Decision 1373 national figures (seed 003): 55 of 63 provinces at XMC level 2
    const share: Observation = { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 };
    const count: Observation = { indicator: 'units-learning-unit-province', count: 16, components: { 'level-2': 5 } };
    const yesNo: Observation = { indicator: 'provinces-learning-province', achieved: true };
    const rate: Observation = { indicator: 'universities-digital', percent: '71,4' };
    expectTypeOf([share, count, yesNo, rate]).toEqualTypeOf<Observation[]>();
  });

  it('two kinds in one observation are a compile error', () => {
    const mixed = (): Observation[] => [
      // @ts-expect-error: a share with a count
      { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63, count: 55 },
      // @ts-expect-error: a count with a numerator
      { indicator: 'units-learning-unit-province', count: 16, numerator: 16 },
      // @ts-expect-error: a yes/no with a count
      { indicator: 'provinces-learning-province', achieved: true, count: 1 },
      // @ts-expect-error: a rate with the counts it came from (two figures: which one counts?)
      { indicator: 'universities-digital', percent: '71,4', numerator: 5, denominator: 7 },
      // @ts-expect-error: a yes/no with a rate
      { indicator: 'provinces-learning-province', achieved: true, percent: 100 },
      // @ts-expect-error: "of which" parts belong to a count, not a share
      { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63, components: { 'level-2': 5 } },
    ];
    expectTypeOf(mixed).returns.toEqualTypeOf<Observation[]>();
  });

  it('each kind names none of the others’ fields', () => {
    expectTypeOf<ShareObservation['count']>().toEqualTypeOf<undefined>();
    expectTypeOf<ShareObservation['percent']>().toEqualTypeOf<undefined>();
    expectTypeOf<CountObservation['numerator']>().toEqualTypeOf<undefined>();
    expectTypeOf<YesNoObservation['count']>().toEqualTypeOf<undefined>();
    expectTypeOf<RateObservation['numerator']>().toEqualTypeOf<undefined>();
    expectTypeOf<RateObservation['achieved']>().toEqualTypeOf<undefined>();
  });

  it('a field narrows the union to its kind', () => {
    const read = (o: Observation) => {
      if (o.count !== undefined) expectTypeOf(o).toEqualTypeOf<CountObservation>();
      else if (o.numerator !== undefined) expectTypeOf(o).toEqualTypeOf<ShareObservation>();
      else if (o.achieved !== undefined) expectTypeOf(o).toEqualTypeOf<YesNoObservation>();
      else expectTypeOf(o).toEqualTypeOf<RateObservation>();
    };
    expectTypeOf(read).returns.toBeVoid();
  });

  it('observationKind narrows to the kind it names', () => {
    expectTypeOf<api.ObservationOfKind<'share'>>().toEqualTypeOf<ShareObservation>();
    expectTypeOf<api.ObservationOfKind<'count'>>().toEqualTypeOf<CountObservation>();
    expectTypeOf<api.ObservationOfKind<'yes-no'>>().toEqualTypeOf<YesNoObservation>();
    expectTypeOf<api.ObservationOfKind<'rate'>>().toEqualTypeOf<RateObservation>();
    expectTypeOf(api.observationKind({ indicator: 'x', percent: 50 })).toEqualTypeOf<ObservationKind | null>();
  });

  it('compareToTarget values and baselines follow the same rule', () => {
    const values = (): api.ObservedValue[] => [
      { numerator: 1, denominator: 2 },
      { percent: '50' },
      // @ts-expect-error: a share with a rate
      { numerator: 1, denominator: 2, percent: '50' },
      // @ts-expect-error: a count with an achieved
      { count: 3, achieved: true },
    ];
    const baselines = (): api.BaselineObservation[] => [
      { indicator: 'provinces-literacy-level-2', numerator: 34, denominator: 63, year: 2021 },
      // @ts-expect-error: a baseline share with a count
      { indicator: 'provinces-literacy-level-2', numerator: 34, denominator: 63, count: 34, year: 2021 },
    ];
    const source = {} as api.LegalSource;
    const planBaselines = (): api.Baseline[] => [
      { indicator: 'provinces-literacy-level-2', year: 2021, percent: '54', source },
      // @ts-expect-error: a plan baseline with a percent and its counts
      { indicator: 'provinces-literacy-level-2', year: 2021, percent: '54', numerator: 34, denominator: 63, source },
    ];
    expectTypeOf(values).returns.toEqualTypeOf<api.ObservedValue[]>();
    expectTypeOf(baselines).returns.toEqualTypeOf<api.BaselineObservation[]>();
    expectTypeOf(planBaselines).returns.toEqualTypeOf<api.Baseline[]>();
  });
});
