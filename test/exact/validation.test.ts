import { describe, expect, it } from 'vitest';
import { formatRatio, formatRatioHonest } from '../../src/exact/round.js';
import { addShares } from '../../src/exact/share.js';
import { parseThreshold } from '../../src/exact/threshold.js';

/** The code and path of what `f` throws. */
function thrown(f: () => unknown): [string | undefined, unknown] | 'no error' {
  try {
    f();
  } catch (e) {
    return [(e as { code?: string }).code, (e as { path?: unknown }).path];
  }
  return 'no error';
}

describe('addShares rejects what is not a share (review item 8)', () => {
  // seed 004 (Đăk Cấm): 19.739 of 19.747 aged 15–60 literate at level 2
  const good = { numerator: 19739, denominator: 19747 };
  it.each<[string, string, unknown, (string | number)[]]>([
    ['a negative numerator', 'invalid-count', { numerator: -5, denominator: 3 }, [1, 'numerator']],
    ['NaN', 'invalid-count', { numerator: NaN, denominator: 2 }, [1, 'numerator']],
    ['text', 'invalid-count', { numerator: '1', denominator: '2' }, [1, 'numerator']],
    ['a fractional denominator', 'invalid-count', { numerator: 1, denominator: 2.5 }, [1, 'denominator']],
    ['a part above its whole', 'numerator-exceeds-denominator', { numerator: 5, denominator: 3 }, [1, 'numerator']],
    ['null', 'invalid-input', null, [1]],
  ])('%s → %s', (_name, code, bad, path) => {
    expect(thrown(() => addShares([good, bad as never]))).toEqual([code, path]);
  });

  it('input that is not iterable → invalid-input', () => {
    expect(thrown(() => addShares(null as never))).toEqual(['invalid-input', []]);
  });

  it('sums that leave the safe integers → invalid-count', () => {
    expect(
      thrown(() =>
        addShares([
          { numerator: 2 ** 52, denominator: 2 ** 52 },
          { numerator: 2 ** 52, denominator: 2 ** 52 },
        ]),
      )?.[0],
    ).toBe('invalid-count');
  });

  it('zero denominators are fine (no data, not an error)', () => {
    expect(addShares([good, { numerator: 0, denominator: 0 }])).toEqual(good);
  });
});

describe('formatRatio and formatRatioHonest reject bad arguments (review item 8)', () => {
  it.each<[string, string, () => unknown, (string | number)[]]>([
    ['denominator 0', 'zero-denominator', () => formatRatio(1, 0, 2), ['den']],
    ['denominator 0n', 'zero-denominator', () => formatRatio(1n, 0n, 2), ['den']],
    ['a negative denominator', 'invalid-input', () => formatRatio(1, -3, 2), ['den']],
    ['NaN', 'invalid-input', () => formatRatio(NaN, 3, 2), ['num']],
    ['a fractional numerator', 'invalid-input', () => formatRatio(1.5, 3, 2), ['num']],
    ['Infinity', 'invalid-input', () => formatRatio(Infinity, 3, 2), ['num']],
    ['text', 'invalid-input', () => formatRatio('1' as never, 3, 2), ['num']],
    ['places -1', 'invalid-input', () => formatRatio(1, 3, -1), ['places']],
    ['places 1.5', 'invalid-input', () => formatRatio(1, 3, 1.5), ['places']],
    ['places 21', 'invalid-input', () => formatRatio(1, 3, 21), ['places']],
    ['an unknown mode', 'invalid-input', () => formatRatio(1, 3, 2, 'up' as never), ['mode']],
    ['honest: denominator 0', 'zero-denominator', () => formatRatioHonest(1, 0, 2, 'below', 1, 1), ['den']],
    ['honest: an unknown side', 'invalid-input', () => formatRatioHonest(1, 3, 2, 'under' as never, 1, 1), ['side']],
    ['honest: a fractional bound', 'invalid-input', () => formatRatioHonest(1, 3, 2, 'below', 0.5, 1), ['boundNum']],
    ['honest: a bound over 0', 'invalid-input', () => formatRatioHonest(1, 3, 2, 'below', 1, 0), ['boundDen']],
  ])('%s → %s', (_name, code, f, path) => {
    expect(thrown(f)).toEqual([code, path]);
  });

  it('still takes any sign, numerators above denominators, bigints and integers beyond 2^53 as they are', () => {
    expect(formatRatio(-1, 200, 2)).toBe('-0.01'); // half-up away from zero
    expect(formatRatio(1973900, 19747, 2)).toBe('99.96'); // seed 004: 100·19.739/19.747
    expect(formatRatio(2n ** 70n, 2n ** 60n, 0)).toBe('1024');
    expect(formatRatio(2 ** 60, 2 ** 50, 0)).toBe('1024');
    expect(formatRatio(1, 3, 20)).toBe('0.33333333333333333333');
    expect(formatRatioHonest(89995, 1000, 2, 'below', 90, 1)).toBe('89.99'); // issue #2
  });
});

describe('parseThreshold of what is not text or a number (reviewer repro /tmp/rv/p10.mts)', () => {
  it.each([[null], [undefined], [{}], [[70]], [true]])('%j → invalid-threshold, not a TypeError', (value) => {
    expect(thrown(() => parseThreshold(value as never, ['value']))).toEqual(['invalid-threshold', ['value']]);
  });
});
