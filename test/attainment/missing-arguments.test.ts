import { describe, expect, it } from 'vitest';
import { appendixPlan } from '../../src/attainment/appendix.js';
import { compareToTarget } from '../../src/attainment/compare.js';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import { XhhtError } from '../../src/errors.js';
import { assessCommune } from '../../src/standards/commune.js';
import { rollUp } from '../../src/standards/rollup.js';

/*
 * Issue 12, scope 2: a required argument left out is named by its own code, not reported as an
 * invalid value ("invalid plan: Invalid input: expected object, received undefined"). Every
 * argument left out is in `error.issues`, the first is the error itself. `null` is a value given
 * (of the wrong type) and keeps the code it had.
 */

function thrown(f: () => unknown): XhhtError {
  try {
    f();
  } catch (e) {
    if (e instanceof XhhtError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

// Decision 1373 sets targets for 2025 and 2030 (Điều 1, Mục II.2)
const year = 2025;

describe.each([
  ['computeAttainment', computeAttainment],
  ['computeAttainmentByUnit', computeAttainmentByUnit],
] as const)('%s', (name, compute) => {
  it('without a plan: missing-plan, path plan, in both languages (issue 12)', () => {
    const e = thrown(() => compute({ year, observations: [] } as never));
    expect(e).toMatchObject({ code: 'missing-plan', path: ['plan'] });
    expect(e.message).toContain(name);
    expect(e.message).toContain("'qd-1373'");
    expect(e.message).not.toMatch(/invalid|expected object|undefined/i);
    expect(e.messageVi).toContain('kế hoạch');
  });

  it('without a year: missing-year, path year', () => {
    const e = thrown(() => compute({ plan: 'qd-1373', observations: [] } as never));
    expect(e).toMatchObject({ code: 'missing-year', path: ['year'] });
    expect(e.messageVi).toContain('năm');
  });

  it('without observations: missing-observations, path observations', () => {
    const e = thrown(() => compute({ plan: 'qd-1373', year } as never));
    expect(e).toMatchObject({ code: 'missing-observations', path: ['observations'] });
    expect(e.messageVi).toContain('số liệu');
  });

  it('with nothing: the plan first, and all three in issues', () => {
    const e = thrown(() => compute({} as never));
    expect(e.code).toBe('missing-plan');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing-plan', ['plan']],
      ['missing-year', ['year']],
      ['missing-observations', ['observations']],
    ]);
    expect(e.issues.every((i) => i.severity === 'error' && i.message !== '' && i.messageVi !== '')).toBe(true);
  });

  it('a value of the wrong type keeps its code: null plan, a year as text, observations not a list', () => {
    expect(thrown(() => compute({ plan: null, year, observations: [] } as never)).code).toBe('invalid-plan');
    expect(thrown(() => compute({ plan: 'qd-1373', year: '2025', observations: [] } as never)).code).toBe(
      'invalid-year',
    );
    expect(thrown(() => compute({ plan: 'qd-1373', year, observations: null } as never)).code).toBe('invalid-input');
  });
});

describe('other required arguments', () => {
  it('compareToTarget without a target: missing-target', () => {
    const e = thrown(() => compareToTarget({ numerator: 1, denominator: 2 }, undefined as never));
    expect(e).toMatchObject({ code: 'missing-target', path: [] });
    expect(e.messageVi).toContain('mục tiêu');
  });

  it('the standards without a regime (or rules): missing-regime, path regime', () => {
    expect(thrown(() => assessCommune({} as never, {}))).toMatchObject({ code: 'missing-regime', path: ['regime'] });
    expect(thrown(() => rollUp([], {}))).toMatchObject({ code: 'missing-regime', path: ['regime'] });
    // a regime that is not text is a regime given, and unknown
    expect(thrown(() => assessCommune({} as never, { regime: 5 as never })).code).toBe('unknown-regime');
  });

  it('appendixPlan without a year: missing-year', () => {
    expect(thrown(() => appendixPlan([], {} as never))).toMatchObject({ code: 'missing-year', path: ['year'] });
  });
});
