import { describe, expect, it } from 'vitest';
import { describe as describeValue } from '../../src/util/describe.js';
import { ERROR_CODES, isXhhtError } from '../../src/errors.js';
import { isRecord } from '../../src/util/guards.js';
import * as api from '../../src/index.js';
import { summarize } from '../../src/attainment/summary.js';
import { yearDeadline } from '../../src/dates/iso.js';
import { compareCountToThreshold, meetsComparator } from '../../src/exact/compare.js';
import { levelKey, levelLabel } from '../../src/standards/standards.js';
import { snapshot } from '../../src/util/snapshot.js';
import { cyclic, flipping, revokedProxy, throwingGetter } from './harness.js';

// no longer exported since the surface review (issue 12.2), still called by the library: checked all the same
const internal = { compareCountToThreshold, summarize, yearDeadline, meetsComparator, levelLabel, levelKey };

/*
 * Issue 13 §1: every reproducer of the issue, each a coded XhhtError now.
 * Figures: 55 of 63 provinces at XMC level 2 in 2024 against the 70% target of
 * Decision 1373/QĐ-TTg (Mục II.2.a); the 3-year validity of TT 24/2023 and
 * TT 25/2023; the rest invented.
 */

/** The code and path of what `f` throws; fails the test when it throws anything but a coded XhhtError. */
function thrown(f: () => unknown): [string, readonly (string | number)[]] {
  try {
    f();
  } catch (e) {
    expect(isXhhtError(e), `not an XhhtError: ${String(e)}`).toBe(true);
    const x = e as api.XhhtError;
    expect(ERROR_CODES).toContain(x.code);
    expect(typeof x.message).toBe('string');
    expect(typeof x.messageVi).toBe('string');
    return [x.code, x.path];
  }
  throw new Error('expected a throw');
}

const t70 = api.parseThreshold('70');
const report = () =>
  api.computeAttainment({
    plan: 'qd-1373',
    year: 2025,
    observations: [{ indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 }],
  });
const recognition = (decisionDate = '2024-02-29') => ({
  unit: 'Xã A',
  title: 'learning-community-commune',
  level: 1,
  decisionDate,
  decidedBy: 'Trưởng phòng GDĐT',
});

describe("messages show a caller's value without throwing while the error is written (issue 13 §1)", () => {
  // each of these threw a TypeError from JSON.stringify (a BigInt) or a template string (a Symbol)
  const figure = { indicator: 'universities-digital', numerator: 1, denominator: 2 };

  it('unit: 1n is an invalid observation, named 1n', () => {
    const byUnit = api.computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2025,
      observations: [{ ...figure, unit: 1n } as never],
    });
    expect(byUnit.issues.map((i) => [i.code, i.path])).toEqual([['invalid-observation', ['observations', 0, 'unit']]]);
    expect(byUnit.issues[0]!.message).toContain('1n');
    const one = api.computeAttainment({
      plan: 'qd-1373',
      year: 2025,
      observations: [{ ...figure, unit: 1n } as never],
    });
    expect(one.issues.map((i) => [i.code, i.path])).toEqual([['invalid-observation', ['observations', 0, 'unit']]]);
  });

  it('year: 2025n is invalid-year, named 2025n in both languages', () => {
    try {
      api.computeAttainment({ plan: 'qd-1373', year: 2025n as never, observations: [] });
      expect.unreachable();
    } catch (e) {
      expect(isXhhtError(e) && [e.code, e.path]).toEqual(['invalid-year', ['year']]);
      expect((e as api.XhhtError).message).toContain('2025n');
      expect((e as api.XhhtError).messageVi).toContain('2025n');
    }
  });

  it('achieved: 1n is invalid-observation', () => {
    // a yes/no target of Bắc Giang's 2021–2030 plan (the built-in example), whichever it is
    const t = api.getPlan('bac-giang-2021-2030').targets.find((x) => x.kind === 'yes-no')!;
    expect(thrown(() => api.compareToTarget({ achieved: 1n } as never, t))).toEqual([
      'invalid-observation',
      ['achieved'],
    ]);
  });

  it('asOf: 1n, of the call or of an observation, is invalid-date', () => {
    expect(
      thrown(() => api.computeAttainment({ plan: 'qd-1373', year: 2025, asOf: 1n as never, observations: [] })),
    ).toEqual(['invalid-date', ['asOf']]);
    const r = api.computeAttainment({ plan: 'qd-1373', year: 2025, observations: [{ ...figure, asOf: 1n } as never] });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['invalid-date', ['observations', 0, 'asOf']]]);
  });

  it('a null-prototype object or a cyclic value where a year is wanted: invalid-year', () => {
    expect(
      thrown(() => api.computeAttainment({ plan: 'qd-1373', year: Object.create(null), observations: [] })),
    ).toEqual(['invalid-year', ['year']]);
    expect(
      thrown(() => api.computeAttainment({ plan: 'qd-1373', year: cyclic(1) as never, observations: [] })),
    ).toEqual(['invalid-year', ['year']]);
  });
});

describe('exported helpers validate what they are given (issue 13 §1)', () => {
  it('compareShareToThreshold(null, t): invalid-input', () => {
    expect(thrown(() => api.compareShareToThreshold(null as never, t70))).toEqual(['invalid-input', ['share']]);
  });

  it('compareCountToThreshold(NaN | "99,96", t): invalid-count', () => {
    expect(thrown(() => internal.compareCountToThreshold(Number.NaN, t70))).toEqual(['invalid-count', ['count']]);
    expect(thrown(() => internal.compareCountToThreshold('99,96' as never, t70))).toEqual(['invalid-count', ['count']]);
  });

  it('minimumNumerator(0.5, t): invalid-count', () => {
    expect(thrown(() => api.minimumNumerator(0.5, t70))).toEqual(['invalid-count', ['denominator']]);
  });

  it('summarize(null): invalid-input', () => {
    expect(thrown(() => internal.summarize(null as never))).toEqual(['invalid-input', ['results']]);
  });

  it('observationKind(null): invalid-input', () => {
    expect(thrown(() => api.observationKind(null as never))).toEqual(['invalid-input', []]);
  });

  it('yearDeadline(NaN | 1e6): invalid-year', () => {
    expect(thrown(() => internal.yearDeadline(Number.NaN))).toEqual(['invalid-year', ['year']]);
    expect(thrown(() => internal.yearDeadline(1e6))).toEqual(['invalid-year', ['year']]);
  });

  it('renderText(r, { lang: "__proto__" }): invalid-input', () => {
    expect(thrown(() => api.renderText(report(), { lang: '__proto__' as never }))).toEqual(['invalid-input', ['lang']]);
  });

  it('renderReport(r, { format: "html", title: 1n }): invalid-input', () => {
    expect(thrown(() => api.renderReport(report(), { format: 'html', title: 1n as never }))).toEqual([
      'invalid-input',
      ['title'],
    ]);
  });

  it('titleStatusAt(rec, d, null): invalid-input', () => {
    expect(thrown(() => api.titleStatusAt(recognition() as never, '2025-01-01', null as never))).toEqual([
      'invalid-input',
      ['options'],
    ]);
  });

  it('validateBreakdown(b, null): invalid-input', () => {
    expect(thrown(() => api.validateBreakdown({ counts: { college: 1089 } }, null as never))).toEqual([
      'invalid-input',
      ['options'],
    ]);
  });

  it('communeInputIssues({}, 5): invalid-input (the path argument)', () => {
    expect(thrown(() => api.communeInputIssues({}, 5 as never))).toEqual(['invalid-input', []]);
  });
});

describe('no silent nonsense (issue 13 §1)', () => {
  it('minimumNumerator(-10, t) is invalid-count, not -6', () => {
    expect(thrown(() => api.minimumNumerator(-10, t70))).toEqual(['invalid-count', ['denominator']]);
    // the valid case still holds: 45 of 63 is the first share ≥ 70% (44/63 = 69.84%)
    expect(api.minimumNumerator(63, t70)).toBe(45);
  });

  it('yearDeadline(50) and yearDeadline(null) are invalid-year, not 1950 or 1900', () => {
    expect(thrown(() => internal.yearDeadline(50))).toEqual(['invalid-year', ['year']]);
    expect(thrown(() => internal.yearDeadline(null as never))).toEqual(['invalid-year', ['year']]);
    expect(internal.yearDeadline(2025)).toBe('2025-12-31');
  });

  it('meetsComparator(0, "bogus") is invalid-input, not true', () => {
    expect(thrown(() => internal.meetsComparator(0, 'bogus' as never))).toEqual(['invalid-input', ['comparator']]);
    expect(thrown(() => internal.meetsComparator(2 as never, 'at-least'))).toEqual(['invalid-input', ['order']]);
    expect(internal.meetsComparator(0, 'at-least')).toBe(true);
  });

  it('levelLabel("constructor", 1) is unknown-standard, not "undefined, level 1"', () => {
    expect(thrown(() => internal.levelLabel('constructor' as never, 1))).toEqual(['unknown-standard', ['standard']]);
    expect(thrown(() => internal.levelKey('toString' as never, 1))).toEqual(['unknown-standard', ['standard']]);
    // XMC has two levels (Decree 20/2014 Art. 20–23): level 3 is no level of it
    expect(thrown(() => internal.levelLabel('xmc', 3))).toEqual(['invalid-input', ['level']]);
  });

  it('recognitionValidUntil of a decision of 9999-06-01 is invalid-date, not "10002-12-31"', () => {
    // valid until the end of 9999 + 3 (TT 24/2023: "3 năm tiếp theo năm được công nhận")
    expect(thrown(() => api.recognitionValidUntil(recognition('9999-06-01') as never))).toEqual([
      'invalid-date',
      ['decisionDate'],
    ]);
  });
});

describe('values read twice (issue 13 §1): read once, checked, then used', () => {
  it('a numerator getter answering 5, then 50: the 5 is checked and used (not "met at 500 %")', () => {
    // 5 of 10 = 50% < 70% (the 2025 target of Decision 1373 for this indicator)
    const o = flipping('numerator', 5, 50, { indicator: 'provinces-literacy-level-2', denominator: 10 });
    const r = api.computeAttainment({ plan: 'qd-1373', year: 2025, observations: [o as never] });
    const result = r.results.find((x) => x.indicator === 'provinces-literacy-level-2')!;
    expect(result).toMatchObject({
      status: 'not-met',
      actualPercent: '50.00',
      share: { numerator: 5, denominator: 10 },
    });
  });

  it('the same in compareToTarget and compareShareToThreshold', () => {
    const target = api
      .getPlan('qd-1373')
      .targets.find((t) => t.indicator === 'provinces-literacy-level-2' && t.year === 2025)!;
    const c = api.compareToTarget(flipping('numerator', 5, 50, { denominator: 10 }) as never, target);
    expect(c).toMatchObject({ status: 'not-met', actualPercent: '50.00' });
    // 5 of 10 is below 70%
    expect(api.compareShareToThreshold(flipping('numerator', 5, 50, { denominator: 10 }) as never, t70)).toBe(-1);
  });

  it(
    "a non-enumerable components['level-2'] is not part of the input: the component is reported missing, not " +
      'used unchecked',
    () => {
      // plan hue-2026 counts units with the title, "of which" level 2 (the count of the target is the plan's)
      const hue = api.getPlan('hue-2026');
      const target = hue.targets.find((t) => t.kind === 'count' && (t.components?.length ?? 0) > 0)!;
      expect(target).toBeDefined();
      const components = {};
      Object.defineProperty(components, 'level-2', { value: -5, enumerable: false });
      const r = api.computeAttainment({
        plan: 'hue-2026',
        year: target.year,
        observations: [{ indicator: target.indicator, count: 10, components } as never],
      });
      const result = r.results.find((x) => x.indicator === target.indicator)!;
      // never a verdict from the hidden -5: the component is reported missing
      expect(result.components.find((c) => c.id === 'level-2')?.actual ?? null).toBeNull();
      expect(result.status).not.toBe('met');
    },
  );

  it('a commune dossier whose total answers differently each time is assessed on its first answer', () => {
    // 19.739 of 19.747 literate at level 2 in Đăk Cấm (ward report 2025): the flip would make it 19.739 of 10
    const dossier = () => ({
      counts: { age15to60: flipping('total', 19747, 10, { literateLevel1: 19747, literateLevel2: 19739 }) },
    });
    expect(api.communeInputIssues(dossier())).toEqual([]);
    expect(api.assertCommuneInput(dossier()).counts?.age15to60?.total).toBe(19747);
    // assessed: 19.739/19.747 = 99.96% ≥ 90% (Decree 20/2014 Art. 21: XMC level 2, 15–60)
    const r = api.assessCommune(dossier() as never, { regime: 'nd20-2014', standards: ['xmc'] });
    const check = r.standards.xmc?.levels[1]?.checks.find((x) => x.rule === 'xmc-2.commune.age15to60-literate2');
    expect(check).toMatchObject({ share: { numerator: 19739, denominator: 19747 } });
  });
});

describe('the value describer and the snapshot (issue 13 §1)', () => {
  it('describes anything without throwing, briefly', () => {
    expect(describeValue(1n).en).toBe('1n');
    expect(describeValue(Symbol('x')).en).toBe('Symbol("x")');
    expect(describeValue(Object.create(null)).en).toBe('an object without a prototype');
    expect(describeValue(cyclic(1)).en).toBe('an object');
    expect(describeValue(revokedProxy()).en).toBe('a revoked Proxy');
    expect(describeValue(throwingGetter('x')).en).toBe('an object');
    expect(describeValue([1, 2, 3]).vi).toBe('một mảng 3 phần tử');
    expect(describeValue(Number.NaN).en).toBe('NaN');
    expect(describeValue(-0).en).toBe('-0');
    // 1,000 characters are shown as 39 and "…", quoted
    const long = describeValue('x'.repeat(1000)).en;
    expect(long.length).toBe(42);
    expect(long.endsWith('…"')).toBe(true);
  });

  it('snapshot: reads once, refuses what cannot be read, never copies "__proto__" into the prototype', () => {
    expect(thrown(() => snapshot({ a: { b: revokedProxy() } }))).toEqual(['invalid-input', ['a', 'b']]);
    expect(thrown(() => snapshot({ a: [throwingGetter('x')] }))).toEqual(['invalid-input', ['a', 0, 'x']]);
    expect(thrown(() => snapshot(cyclic(1)))).toEqual(['invalid-input', ['self']]);
    const copy = snapshot(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    // biome-ignore lint/suspicious/noProto: the own property "__proto__" read back, not the prototype
    expect(copy.__proto__).toEqual({ polluted: true });
    // a value shared in two places is copied once
    const shared = { n: 1 };
    const two = snapshot({ a: shared, b: shared }) as { a: unknown; b: unknown };
    expect(two.a).toBe(two.b);
    expect(two.a).not.toBe(shared);
  });

  it('the shared object guard reports a revoked Proxy with a code instead of a TypeError', () => {
    expect(thrown(() => isRecord(revokedProxy()))).toEqual(['invalid-input', []]);
  });

  it(
    "a revoked Proxy, a BigInt, a Symbol or a cyclic value in an observation is that observation's issue; " +
      'the others go on',
    () => {
      const good = { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 };
      const r = api.computeAttainment({
        plan: 'qd-1373',
        year: 2025,
        observations: [
          good,
          revokedProxy() as never,
          { indicator: 'universities-digital', numerator: 1n, denominator: 10 } as never,
          { indicator: Symbol('x') } as never,
          { ...cyclic(1), indicator: 'working-age-life-skills' } as never,
        ],
      });
      expect(r.results.find((x) => x.indicator === 'provinces-literacy-level-2')?.status).toBe('met');
      const byIndex = (i: number) => r.issues.filter((x) => x.path[1] === i).map((x) => x.code);
      expect(byIndex(1)).toEqual(['invalid-input']);
      expect(byIndex(2)).toEqual(['invalid-count']);
      expect(byIndex(3)).toEqual(['invalid-observation']);
      expect(byIndex(4)).toEqual(['invalid-input']);
      for (const issue of r.issues) expect(issue.message.length).toBeLessThan(400);
    },
  );
});
