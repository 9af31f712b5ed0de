import { describe, expect, it } from 'vitest';
import { compareToTarget, type ObservedValue } from '../../src/attainment/compare.js';
import { observedProblem } from '../../src/attainment/observed.js';
import type { XhhtError } from '../../src/errors.js';
import type { CountTarget, Target, YesNoTarget } from '../../src/plans/target.js';

/*
 * What compareToTarget accepts as an observed count or yes/no, and how a count target is decided:
 * the code, path and words of each refusal, a part equal to its whole, maximum (at-most) targets at
 * exact equality, and the shortfall when a part needs more than the total.
 */

const SOURCE = {
  type: 'other',
  number: null,
  issuer: null,
  title: { vi: 'Kế hoạch năm 2026 của thành phố Huế', en: 'Kế hoạch năm 2026 của thành phố Huế' },
  verified: true,
} as const;

// seed 003, lines 72–74 (Huế 2026): at least 15 learning units, of which at least 05 at level 2
const UNITS: CountTarget = {
  kind: 'count',
  indicator: 'units-learning-unit-province',
  year: 2026,
  comparator: 'at-least',
  value: 15,
  components: [{ id: 'level-2', label: { vi: 'Mức độ 2', en: 'Level 2' }, comparator: 'at-least', value: 5 }],
  source: SOURCE,
};

// A maximum in the same shape, numbers chosen for hand arithmetic: at most 3, of which at most 1.
const AT_MOST: CountTarget = {
  ...UNITS,
  comparator: 'at-most',
  value: 3,
  components: [{ id: 'x', label: { vi: 'X', en: 'X' }, comparator: 'at-most', value: 1 }],
};

// The yes/no form of a title target ("đạt danh hiệu Thành phố học tập"), as src/plans/target.ts documents it.
const YES: YesNoTarget = {
  kind: 'yes-no',
  indicator: 'city-learning-city',
  year: 2030,
  comparator: 'at-least',
  value: true,
  source: SOURCE,
};

function refusal(observed: unknown, target: Target): XhhtError {
  const problem = observedProblem(observed as ObservedValue, target);
  expect(problem).not.toBeNull();
  // compareToTarget throws the same error observedProblem returns
  expect(() => compareToTarget(observed as ObservedValue, target)).toThrowError(
    expect.objectContaining({ code: problem!.code, path: problem!.path }),
  );
  return problem!;
}

describe('an observed count that is not a count', () => {
  it.each([
    [-1, 'a count cannot be negative (-1)', 'số lượng không thể âm (-1)'],
    [2.5, 'expected a whole number, got 2.5', 'cần một số nguyên, nhận được 2.5'],
    ['15', 'expected a whole number, got string', 'cần một số nguyên, nhận được string'],
    [2 ** 53, '9007199254740992 is too large to count exactly', '9007199254740992 quá lớn để đếm chính xác'],
  ])('count %s is invalid-count at ["count"], said in both languages', (count, en, vi) => {
    const e = refusal({ count }, UNITS);
    expect(e.code).toBe('invalid-count');
    expect(e.path).toEqual(['count']);
    expect(e.message).toContain(`count: ${en}`);
    expect(e.messageVi).toContain(`số lượng: ${vi}`);
  });
});

describe('an observed yes/no that is not true or false', () => {
  it.each([
    ['"yes"', 'yes'],
    ['1', 1],
    ['null', null],
  ])('achieved %s is invalid-observation at ["achieved"]', (shown, achieved) => {
    const e = refusal({ achieved }, YES);
    expect(e.code).toBe('invalid-observation');
    expect(e.path).toEqual(['achieved']);
    expect(e.message).toBe(`achieved must be true or false, got ${shown}`);
    expect(e.messageVi).toBe(`achieved phải là true hoặc false, nhận được ${shown}`);
  });

  it('true meets a yes/no target, false does not; the result says what was observed', () => {
    expect(compareToTarget({ achieved: true }, YES)).toMatchObject({ status: 'met', basis: 'yes-no', achieved: true });
    expect(compareToTarget({ achieved: false }, YES)).toMatchObject({
      status: 'not-met',
      basis: 'yes-no',
      achieved: false,
      shortfall: null,
    });
  });
});

describe('"of which" parts (components) that are not an object of counts', () => {
  it.each([
    ['null', null],
    ['an array', [5]],
    ['text', 'level-2: 5'],
    ['a number', 5],
  ])('components as %s is invalid-observation at ["components"]', (_what, components) => {
    const e = refusal({ count: 16, components }, UNITS);
    expect(e.code).toBe('invalid-observation');
    expect(e.path).toEqual(['components']);
    expect(e.message).toBe('components must be an object of counts keyed by component id');
    expect(e.messageVi).toBe('components phải là đối tượng gồm các số lượng theo mã thành phần');
  });

  it('a part that is not a count is invalid-count at its own path', () => {
    const e = refusal({ count: 16, components: { 'level-2': -2 } }, UNITS);
    expect(e.code).toBe('invalid-count');
    expect(e.path).toEqual(['components', 'level-2']);
    expect(e.message).toBe('components.level-2: a count cannot be negative (-2)');
    expect(e.messageVi).toBe('components.level-2: số lượng không thể âm (-2)');
  });

  it('a part the target does not have is unknown-component, naming those it has', () => {
    const e = refusal({ count: 16, components: { 'level-3': 1 } }, UNITS);
    expect(e.code).toBe('unknown-component');
    expect(e.path).toEqual(['components', 'level-3']);
    expect(e.message).toBe('the target has no component "level-3" (it has: level-2)');
    // the Vietnamese names the parts the target has, as the English does (messages as data, issue 12.3)
    expect(e.messageVi).toBe('mục tiêu không có thành phần "level-3" (có: level-2)');
    const { components: _none, ...plain } = UNITS;
    expect(refusal({ count: 16, components: { 'level-2': 1 } }, plain).message).toBe(
      'the target has no component "level-2" (it has: none)',
    );
  });
});

describe('a part against its whole', () => {
  it('a part equal to the total is allowed: 5 units, all 5 at level 2 (not met: 5 < 15)', () => {
    expect(observedProblem({ count: 5, components: { 'level-2': 5 } }, UNITS)).toBeNull();
    expect(compareToTarget({ count: 5, components: { 'level-2': 5 } }, UNITS)).toMatchObject({
      status: 'not-met',
      gapCount: -10, // 5 − 15
      shortfall: 10, // 15 − 5; the part (5 ≥ 5) needs none
    });
  });

  it('a part above the total is component-exceeds-total: 5 at level 2 of 4 units', () => {
    const e = refusal({ count: 4, components: { 'level-2': 5 } }, UNITS);
    expect(e.code).toBe('component-exceeds-total');
    expect(e.path).toEqual(['components', 'level-2']);
    expect(e.message).toBe('component "level-2" (5) is greater than the count (4)');
    expect(e.messageVi).toBe('thành phần "level-2" (5) lớn hơn tổng số (4)');
  });
});

describe('count targets: the shortfall is the larger of what the total and the part need', () => {
  it('the part needs more: 14 units, 2 at level 2 → 3 more (5 − 2), which also makes the total 17 ≥ 15', () => {
    const c = compareToTarget({ count: 14, components: { 'level-2': 2 } }, UNITS);
    expect(c).toMatchObject({ status: 'not-met', actualCount: 14, targetCount: 15, gapCount: -1, shortfall: 3 });
    expect(c.components).toEqual([
      {
        id: 'level-2',
        label: { vi: 'Mức độ 2', en: 'Level 2' },
        status: 'not-met',
        actual: 2,
        target: 5,
        comparator: 'at-least',
        gap: -3,
        shortfall: 3,
      },
    ]);
  });

  it('the total needs more: 10 units, 4 at level 2 → 5 more (15 − 10), of which one at level 2', () => {
    expect(compareToTarget({ count: 10, components: { 'level-2': 4 } }, UNITS)).toMatchObject({
      status: 'not-met',
      gapCount: -5,
      shortfall: 5,
    });
  });

  it('met exactly: 15 units, 5 at level 2 → shortfall 0, gap 0', () => {
    const c = compareToTarget({ count: 15, components: { 'level-2': 5 } }, UNITS);
    expect(c).toMatchObject({ status: 'met', reason: null, basis: 'counts', gapCount: 0, shortfall: 0 });
    expect(c.components[0]).toMatchObject({ status: 'met', gap: 0, shortfall: 0 });
  });
});

describe('at-most count targets (a maximum)', () => {
  it('exactly at the maximum meets it: 3 of at most 3, 1 of at most 1', () => {
    const c = compareToTarget({ count: 3, components: { x: 1 } }, AT_MOST);
    expect(c).toMatchObject({ status: 'met', gapCount: 0, shortfall: 0 });
    expect(c.components[0]).toMatchObject({ status: 'met', comparator: 'at-most', gap: 0, shortfall: 0 });
  });

  it('one above the maximum: 4 of at most 3 → not met, 1 too many', () => {
    expect(compareToTarget({ count: 4, components: { x: 0 } }, AT_MOST)).toMatchObject({
      status: 'not-met',
      gapCount: 1, // 4 − 3
      shortfall: 1, // 4 − 3 fewer needed
    });
  });

  it('below the maximum: 2 of at most 3 → met, gap −1, nothing to remove', () => {
    expect(compareToTarget({ count: 2, components: { x: 0 } }, AT_MOST)).toMatchObject({
      status: 'met',
      gapCount: -1,
      shortfall: 0,
    });
  });

  it('a part above its maximum fails the target: 3 in all but 3 of them x (at most 1) → 2 too many', () => {
    const c = compareToTarget({ count: 3, components: { x: 3 } }, AT_MOST);
    expect(c).toMatchObject({ status: 'not-met', gapCount: 0, shortfall: 2 });
    expect(c.components[0]).toMatchObject({ status: 'not-met', actual: 3, gap: 2, shortfall: 2 });
  });
});
