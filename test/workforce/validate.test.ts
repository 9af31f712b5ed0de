import { describe, expect, it } from 'vitest';
import type { ConsistencyRule } from '../../src/workforce/rules.js';
import { validateBreakdown } from '../../src/workforce/validate.js';
import { DAK_CAM } from './fixtures.js';

// Small breakdowns below are made up for the rule mechanics; each expected figure is worked by hand.

describe('validateBreakdown: input problems', () => {
  it('reports negative and fractional counts with their paths', () => {
    const v = validateBreakdown({ counts: { college: -1, university: 2.5 }, population: 10.5 });
    expect(v.valid).toBe(false);
    expect(v.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-count', ['counts', 'college']],
      ['invalid-count', ['counts', 'university']],
      ['invalid-count', ['population']],
    ]);
  });

  it('reports unknown levels, a level given twice and malformed totals', () => {
    const v = validateBreakdown({
      counts: { 'cao-dang': 3, college: 4 },
      parts: [
        { levels: ['college', 'university'], count: 9 },
        { levels: [], count: 1 },
      ],
      totals: [
        { id: 'a', levels: ['college'], count: 4 },
        { id: 'a', levels: ['college'], count: 4 },
        { levels: ['college'], count: 1 },
      ],
    });
    expect(v.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-qualification-level', ['counts', 'cao-dang']],
      ['invalid-input', ['parts', 0]], // college is in counts already
      ['unknown-qualification-level', ['parts', 1, 'levels']],
      ['invalid-input', ['totals', 1, 'id']],
      ['invalid-input', ['totals', 2, 'id']],
    ]);
  });

  it('rejects a non-object and never throws', () => {
    expect(validateBreakdown(null).issues[0]!.code).toBe('invalid-input');
    expect(validateBreakdown('9.287').valid).toBe(false);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(DAK_CAM);
    validateBreakdown(DAK_CAM, { rules: [] });
    expect(DAK_CAM).toEqual(copy);
  });
});

describe('validateBreakdown: population rules', () => {
  it('catches more trained people than the population (9.287 trained of a population of 9.000)', () => {
    const v = validateBreakdown({ ...DAK_CAM, population: 9000 });
    expect(v.valid).toBe(false);
    const f = v.failures.map((c) => [c.rule.id, c.left, c.right, c.difference]);
    expect(f).toContainEqual(['within-population:trained', 9287, 9000, 287]);
    expect(f).toContainEqual(['within-population', 9287, 9000, 287]);
  });

  it('requires all levels to add up to the population when every level is reported', () => {
    const counts = {
      untrained: 50,
      'worker-without-certificate': 5,
      'certificate-under-3-months': 5,
      'elementary-vocational': 5,
      intermediate: 5,
      college: 5,
      university: 20,
      postgraduate: 4,
    };
    // 50 + 5·5 + 20 + 4 = 99
    const ok = validateBreakdown({ counts, population: 99 });
    expect(ok.checks.find((c) => c.rule.id === 'within-population')).toMatchObject({
      status: 'pass',
      left: 99,
      right: 99,
    });
    expect(ok.checks.find((c) => c.rule.id === 'within-population')!.rule.operator).toBe('==');
    const off = validateBreakdown({ counts, population: 100 });
    expect(off.failures.map((c) => [c.rule.id, c.difference])).toEqual([['within-population', -1]]);
  });

  it('when levels are missing, only checks that the parts do not exceed the population', () => {
    const v = validateBreakdown({ counts: { university: 20 }, population: 100 });
    expect(v.checks.map((c) => [c.rule.id, c.rule.operator, c.status])).toEqual([['within-population', '<=', 'pass']]);
  });
});

describe('validateBreakdown: caller rules (DHIS2 style)', () => {
  const twiceUniversityAtMostTrained: ConsistencyRule = {
    id: 'university-at-most-half',
    label: { vi: 'Đại học trở lên không quá một nửa', en: 'University or higher at most half' },
    left: [{ levels: ['university', 'postgraduate'] }, { levels: ['university', 'postgraduate'] }],
    operator: '<=',
    right: [{ total: 'trained' }],
  };

  it('runs a caller rule after the implied ones: 2·4.340 = 8.680 ≤ 9.287 passes', () => {
    const v = validateBreakdown(DAK_CAM, { rules: [twiceUniversityAtMostTrained] });
    const last = v.checks.at(-1)!;
    expect(last).toMatchObject({ implied: false, status: 'pass', left: 8680, right: 9287, difference: -607 });
  });

  it('a failing caller rule names its difference and may be a warning', () => {
    const rule: ConsistencyRule = {
      ...twiceUniversityAtMostTrained,
      operator: '>',
      severity: 'warning',
      path: ['parts', 0],
    };
    const v = validateBreakdown(DAK_CAM, { rules: [rule] });
    expect(v.valid).toBe(true); // a warning does not invalidate
    expect(v.issues).toEqual([
      expect.objectContaining({
        code: 'inconsistent-counts',
        severity: 'warning',
        path: ['parts', 0],
        message: expect.stringContaining('difference -607'),
      }),
    ]);
  });

  it('supports every operator', () => {
    const rule = (operator: ConsistencyRule['operator']): ConsistencyRule => ({
      id: operator,
      label: { vi: operator, en: operator },
      left: [{ levels: ['college'] }],
      operator,
      right: [{ constant: 1089 }],
    });
    // seed 004 line 65: 1.089 people at cao đẳng
    const v = validateBreakdown(DAK_CAM, {
      rules: (['==', '!=', '<', '<=', '>', '>='] as const).map(rule),
      implied: false,
    });
    expect(v.checks.map((c) => [c.rule.id, c.status])).toEqual([
      ['==', 'pass'],
      ['!=', 'fail'],
      ['<', 'fail'],
      ['<=', 'pass'],
      ['>', 'fail'],
      ['>=', 'pass'],
    ]);
  });

  it('applies the missing-value strategies', () => {
    const base = {
      id: 'r',
      label: { vi: 'r', en: 'r' },
      left: [{ levels: ['untrained'] }, { levels: ['college'] }],
      operator: '==',
      right: [{ constant: 1089 }],
    } as const;
    const run = (missing: ConsistencyRule['missing']) =>
      validateBreakdown(DAK_CAM, { rules: [{ ...base, missing }], implied: false }).checks[0]!;
    // "untrained" is not reported in seed 004
    expect(run(undefined)).toMatchObject({ status: 'skipped', missing: ['levels:untrained not-reported'] });
    expect(run('skip-if-all-missing')).toMatchObject({ status: 'pass', left: 1089 });
    expect(run('never-skip')).toMatchObject({ status: 'pass', left: 1089 });
    const allMissing = validateBreakdown(DAK_CAM, {
      rules: [
        { ...base, left: [{ levels: ['untrained'] }], right: [{ population: true }], missing: 'skip-if-all-missing' },
      ],
      implied: false,
    }).checks[0]!;
    expect(allMissing.status).toBe('skipped');
  });

  it('reports a malformed rule as invalid-validation-rule and still runs the others', () => {
    const v = validateBreakdown(DAK_CAM, {
      rules: [
        { id: 'bad', label: { vi: 'x', en: 'x' }, left: [{ total: 'nope' }], operator: '=<' as never, right: [] },
        twiceUniversityAtMostTrained,
      ],
    });
    expect(v.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-validation-rule', ['rules', 0, 'operator']],
      ['invalid-validation-rule', ['rules', 0, 'left', 0]],
      ['invalid-validation-rule', ['rules', 0, 'right']],
    ]);
    expect(v.checks.at(-1)!.rule.id).toBe('university-at-most-half');
  });

  it('warns when a reported group mixes levels inside and outside a total', () => {
    const v = validateBreakdown({
      parts: [{ levels: ['college', 'university'], count: 10 }],
      totals: [{ id: 'below-university', levels: ['college'], count: 4 }],
    });
    expect(v.checks[0]).toMatchObject({ status: 'skipped' });
    expect(v.issues).toEqual([
      expect.objectContaining({ code: 'incomplete-breakdown', severity: 'warning', path: ['totals', 0, 'count'] }),
    ]);
  });
});
