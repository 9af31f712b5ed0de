import { describe, expect, it } from 'vitest';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import type { Issue } from '../../src/errors.js';

/*
 * Issue 13 §2: N observations of one indicator with different values were each
 * reported with a message naming all N positions, so the issue text grew as N²
 * (10,000 copies: 18.7 s and 1.1 GB). Each copy still gets its issue (every
 * input ends in a result or an issue), but the message names the first five
 * positions and counts the rest. Counts are invented; 'provinces-literacy-level-2'
 * is an indicator of qd-1373 with a 2025 target (Decision 1373/QĐ-TTg, Mục II.2.a).
 */

const INDICATOR = 'provinces-literacy-level-2';
const N = 10_000;
/** N observations of one indicator, numerators 0…49 in turn (out of 100): no two neighbours equal. */
const conflicting = (n: number, extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({ indicator: INDICATOR, numerator: i % 50, denominator: 100, ...extra }));
const textLength = (issues: readonly Issue[]) => issues.reduce((s, i) => s + i.message.length + i.messageVi.length, 0);

describe('conflicting observations: issues linear in their number (issue 13 §2)', () => {
  it(
    `${N.toLocaleString('en')} copies: one error each, naming the first five ` + 'positions and the count of the rest',
    () => {
      const report = computeAttainment({ plan: 'qd-1373', year: 2025, observations: conflicting(N) });
      expect(report.results.find((r) => r.indicator === INDICATOR)).toMatchObject({
        status: 'no-data',
        reason: 'conflicting-observations',
      });
      const issues = report.issues.filter((i) => i.code === 'duplicate-observation');
      expect(issues).toHaveLength(N);
      // every copy at its own position, none lost
      expect(issues.map((i) => i.path)).toEqual(Array.from({ length: N }, (_, i) => ['observations', i]));
      expect(issues.every((i) => i.severity === 'error')).toBe(true);
      // 10,000 − 5 named = 9,995 more
      expect(issues[N - 1]!.message).toBe(
        `"${INDICATOR}" is observed 10,000 times with different values ` +
          `(observations 0, 1, 2, 3, 4 and 9,995 more); none was used`,
      );
      expect(issues[0]!.messageVi).toBe(
        `"${INDICATOR}" được báo cáo 10.000 lần với giá trị khác nhau (số liệu 0, 1, 2, 3, 4 và 9.995 số ` +
          `liệu khác); không dùng số liệu nào`,
      );
    },
  );

  it(`the text of ${N.toLocaleString('en')} issues is bounded by a constant per observation (no N² growth)`, () => {
    const report = computeAttainment({ plan: 'qd-1373', year: 2025, observations: conflicting(N) });
    // each message is about 140 characters a language; 400 a copy leaves room, N² would be 10^8 characters and more
    expect(textLength(report.issues)).toBeLessThan(N * 400);
    const longest = Math.max(...report.issues.map((i) => Math.max(i.message.length, i.messageVi.length)));
    expect(longest).toBeLessThan(200);
  });

  it('six copies are all named; seven name five and "2 more"', () => {
    const six = computeAttainment({ plan: 'qd-1373', year: 2025, observations: conflicting(6) });
    expect(six.issues[0]!.message).toContain('(observations 0, 1, 2, 3, 4, 5)');
    const seven = computeAttainment({ plan: 'qd-1373', year: 2025, observations: conflicting(7) });
    expect(seven.issues[0]!.message).toContain('(observations 0, 1, 2, 3, 4 and 2 more)');
    expect(seven.issues[0]!.messageVi).toContain('(số liệu 0, 1, 2, 3, 4 và 2 số liệu khác)');
  });

  it('identical copies: one warning each, naming the one used', () => {
    const same = Array.from({ length: N }, () => ({ indicator: INDICATOR, numerator: 55, denominator: 63 }));
    const report = computeAttainment({ plan: 'qd-1373', year: 2025, observations: same });
    const issues = report.issues.filter((i) => i.code === 'duplicate-observation');
    expect(issues).toHaveLength(N - 1);
    expect(issues.every((i) => i.severity === 'warning' && i.message.endsWith('observation 0 was used'))).toBe(true);
    expect(textLength(issues)).toBeLessThan(N * 400);
  });

  it(
    'many copies beside many that cannot be used: each ' + 'accepted copy names a few of the rejected and counts them',
    () => {
      // 1,000 usable copies (all 55/63) and 1,000 with a negative numerator, which cannot be read
      const good = Array.from({ length: 1000 }, () => ({ indicator: INDICATOR, numerator: 55, denominator: 63 }));
      const bad = Array.from({ length: 1000 }, () => ({ indicator: INDICATOR, numerator: -1, denominator: 63 }));
      const report = computeAttainment({ plan: 'qd-1373', year: 2025, observations: [...good, ...bad] });
      const dup = report.issues.filter((i) => i.code === 'duplicate-observation');
      expect(dup).toHaveLength(1000);
      expect(dup[0]!.message).toBe(
        `"${INDICATOR}" is also given by observations 1000, 1001, 1002, 1003, 1004 and 995 more, which could ` +
          `not be used; which figure is right is unknown, so none was used`,
      );
      // every rejected row has its own issue too
      expect(report.issues.filter((i) => i.code === 'invalid-count')).toHaveLength(1000);
      expect(textLength(report.issues)).toBeLessThan(2000 * 400);
    },
  );

  it('per unit: the same bound in each unit', () => {
    const report = computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2025,
      observations: [...conflicting(N / 2, { unit: 'Tỉnh A' }), ...conflicting(N / 2, { unit: 'Tỉnh B' })],
    });
    const issues = report.reports.flatMap((r) => r.issues).filter((i) => i.code === 'duplicate-observation');
    expect(issues).toHaveLength(N);
    expect(issues.at(-1)!.message).toContain('(observations 5000, 5001, 5002, 5003, 5004 and 4,995 more)');
    expect(textLength(issues)).toBeLessThan(N * 400);
  });

  it('many units in one report call: the mixed-units error names a few and counts the rest', () => {
    const observations = Array.from({ length: 1000 }, (_, i) => ({
      indicator: INDICATOR,
      numerator: 1,
      denominator: 2,
      unit: `u${i}`,
    }));
    expect(() => computeAttainment({ plan: 'qd-1373', year: 2025, observations })).toThrow(
      /more than one unit \("u0", "u1", "u2", "u3", "u4" and 995 more\)/,
    );
  });
});
