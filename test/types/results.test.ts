import { describe, expectTypeOf, it } from 'vitest';
import * as api from '../../src/index.js';
import type {
  AttainmentResult,
  CountComparison,
  NoFigureComparison,
  RateComparison,
  Share,
  ShareComparison,
  TargetComparison,
  YesNoComparison,
  ZeroDenominatorComparison,
} from '../../src/index.js';

/*
 * Issue 12, scope 1: typed results per observation kind. What a result holds follows from what
 * was observed, so a reader narrows on `basis` (and `kind`, `status`) instead of writing `!`.
 * Checked by `tsc --noEmit`.
 */

describe('a comparison is a union, one member per kind of figure', () => {
  it('basis tells the kind of figure; no basis, no figure', () => {
    expectTypeOf<TargetComparison>().toEqualTypeOf<
      | ShareComparison
      | ZeroDenominatorComparison
      | RateComparison
      | CountComparison
      | YesNoComparison
      | NoFigureComparison
    >();
    expectTypeOf<ShareComparison['basis']>().toEqualTypeOf<'counts'>();
    expectTypeOf<RateComparison['basis']>().toEqualTypeOf<'reported-rate'>();
    expectTypeOf<YesNoComparison['basis']>().toEqualTypeOf<'yes-no'>();
    expectTypeOf<NoFigureComparison['basis']>().toEqualTypeOf<null>();
    expectTypeOf<NoFigureComparison['status']>().toEqualTypeOf<'no-data'>();
  });

  it('a share compared has a percentage, a gap and a shortfall', () => {
    expectTypeOf<ShareComparison['status']>().toEqualTypeOf<'met' | 'not-met'>();
    expectTypeOf<ShareComparison['actualPercent']>().toEqualTypeOf<string>();
    expectTypeOf<ShareComparison['gapPoints']>().toEqualTypeOf<string>();
    expectTypeOf<ShareComparison['shortfall']>().toEqualTypeOf<number>();
    expectTypeOf<ShareComparison['actualCount']>().toEqualTypeOf<null>();
    // 0 of 0: no value, never 0% (DESIGN.md, exactness)
    expectTypeOf<ZeroDenominatorComparison['reason']>().toEqualTypeOf<'zero-denominator'>();
    expectTypeOf<ZeroDenominatorComparison['actualPercent']>().toEqualTypeOf<null>();
  });

  it('a reported rate has a percentage and no shortfall (there is no denominator)', () => {
    expectTypeOf<RateComparison['actualPercent']>().toEqualTypeOf<string>();
    expectTypeOf<RateComparison['shortfall']>().toEqualTypeOf<null>();
  });

  it('a count has its counts; a yes/no its answer', () => {
    expectTypeOf<CountComparison['actualCount']>().toEqualTypeOf<number>();
    expectTypeOf<CountComparison['targetCount']>().toEqualTypeOf<number>();
    expectTypeOf<CountComparison['gapCount']>().toEqualTypeOf<number>();
    // a missing "of which" part: the shortfall is unknown
    expectTypeOf<CountComparison['shortfall']>().toEqualTypeOf<number | null>();
    expectTypeOf<CountComparison['reason']>().toEqualTypeOf<'missing-component' | null>();
    expectTypeOf<YesNoComparison['achieved']>().toEqualTypeOf<boolean>();
    expectTypeOf<YesNoComparison['shortfall']>().toEqualTypeOf<null>();
  });

  it('compareToTarget returns the member of the value it was given', () => {
    // never called: the types are the test
    const calls = (t: api.PercentTarget, c: api.CountTarget, y: api.YesNoTarget) => {
      expectTypeOf(api.compareToTarget({ numerator: 55, denominator: 63 }, t)).toEqualTypeOf<
        ShareComparison | ZeroDenominatorComparison
      >();
      expectTypeOf(api.compareToTarget({ percent: '87,30' }, t)).toEqualTypeOf<RateComparison>();
      expectTypeOf(api.compareToTarget({ count: 16 }, c)).toEqualTypeOf<CountComparison>();
      expectTypeOf(api.compareToTarget({ achieved: true }, y)).toEqualTypeOf<YesNoComparison>();
      // a value and a target known only as unions: any comparison but one without a figure
      expectTypeOf(api.compareToTarget({} as api.ObservedValue, {} as api.Target)).toEqualTypeOf<
        Exclude<TargetComparison, NoFigureComparison>
      >();
      // @ts-expect-error: a share with a count is no value at all
      api.compareToTarget({ numerator: 1, denominator: 2, count: 2 }, t);
    };
    expectTypeOf(calls).returns.toBeVoid();
  });
});

describe('attainment results narrow the same way', () => {
  it('a result is met or not met only with a figure', () => {
    const read = (r: AttainmentResult) => {
      if (r.status !== 'no-data') {
        expectTypeOf(r.basis).toEqualTypeOf<'counts' | 'reported-rate' | 'yes-no'>();
        expectTypeOf(r.observation).toEqualTypeOf<api.ObservationRef>();
        if (r.kind === 'percent') {
          // the README prints these for every result with data: no `!` needed
          expectTypeOf(r.actualPercent).toEqualTypeOf<string>();
          expectTypeOf(r.gapPoints).toEqualTypeOf<string>();
          expectTypeOf(r.targetPercent).toEqualTypeOf<string>();
        }
      }
    };
    expectTypeOf(read).returns.toBeVoid();
  });

  it('a share result carries the exact share; a reported rate its decimal', () => {
    const read = (r: AttainmentResult) => {
      if (r.basis === 'counts' && r.kind === 'percent') expectTypeOf(r.share).toEqualTypeOf<Share>();
      if (r.basis === 'reported-rate') {
        expectTypeOf(r.reportedPercent).toEqualTypeOf<string>();
        expectTypeOf(r.share).toEqualTypeOf<null>();
        expectTypeOf(r.shortfall).toEqualTypeOf<null>();
      }
      if (r.basis === 'yes-no') {
        expectTypeOf(r.achieved).toEqualTypeOf<boolean>();
        expectTypeOf(r.progress).toEqualTypeOf<null>();
      }
      if (r.kind === 'count' && r.basis !== null) expectTypeOf(r.actualCount).toEqualTypeOf<number>();
      if (r.basis === null) {
        expectTypeOf(r.reason).toEqualTypeOf<'no-observation' | 'rejected-observation' | 'conflicting-observations'>();
        expectTypeOf(r.observation).toEqualTypeOf<null>();
      }
    };
    expectTypeOf(read).returns.toBeVoid();
  });

  it('still reads as before where nothing is narrowed', () => {
    expectTypeOf<AttainmentResult['actualPercent']>().toEqualTypeOf<string | null>();
    expectTypeOf<AttainmentResult['share']>().toEqualTypeOf<Share | null>();
    expectTypeOf<AttainmentResult>().toExtend<TargetComparison>();
  });
});
