import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/attainment/compute.js';
import { getIndicator } from '../../src/catalog/registry.js';
import { getPlan } from '../../src/plans/registry.js';
import type { StandardId } from '../../src/standards/model.js';
import { NATIONAL_INDICATORS, nationalObservations } from '../../src/standards/national.js';
import type { LowerUnit, RollupCheck, UnitAssessment } from '../../src/standards/result.js';
import { assessDistrict, assessProvince, rollUp } from '../../src/standards/rollup.js';
import { REGIMES } from '../../src/standards/regimes.js';
import type { RollupRule } from '../../src/standards/rule.js';
import { XMC1_PROVINCE_SHARE_81 } from '../../src/standards/rules/nd142-2025.js';
import { fullCommune, literacy, unit, units } from './fixtures.js';

/*
 * Roll-up rules. Pre-reform (Decree 20/2014, articles as verified in
 * standards-verification.md §3): a district needs a share of its communes, a
 * province a share of its districts. Post-reform (Decree 142/2025, no text
 * found, legal-2026-12.md §(a)): a province needs a share of its communes,
 * each share a provisional parameter.
 */

const level = (u: UnitAssessment, s: StandardId) => u.standards[s]!;
const check = (u: UnitAssessment, s: StandardId, lvl: number, id?: string) =>
  u.standards[s]!.levels[lvl - 1]!.checks.find((c) => id === undefined || c.rule === id) as RollupCheck;

const district = (lower: readonly LowerUnit[]) =>
  assessDistrict(lower, { regime: 'nd20-2014', id: 'd', province: 'p' });
const province20 = (lower: readonly LowerUnit[]) => assessProvince(lower, { regime: 'nd20-2014', id: 'p' });
const province142 = (lower: readonly LowerUnit[]) => assessProvince(lower, { regime: 'nd142-2025', id: 'p' });

describe('nd20-2014: district from communes', () => {
  it('XMC level 2: at least 90% of communes (Art. 21)', () => {
    // 9 of 10 communes at level 2 = 90%
    expect(district([...units('a', 9, { xmc: 2 }), ...units('b', 1, { xmc: 1 })]).standards.xmc?.level).toBe(2);
    // 8 of 10 = 80%: level 1 (all 10 at level 1 or higher)
    const d = district([...units('a', 8, { xmc: 2 }), ...units('b', 2, { xmc: 1 })]);
    expect(d.standards.xmc?.level).toBe(1);
    expect(check(d, 'xmc', 2)).toMatchObject({
      rule: 'xmc-2.district.communes',
      status: 'fail',
      certain: { numerator: 8, denominator: 10 },
      minRate: '80.00',
      required: '90',
    });
  });

  it('XMC level 1: at least 90% of communes (Art. 20)', () => {
    expect(district([...units('a', 9, { xmc: 1 }), ...units('b', 1, { xmc: 0 })]).standards.xmc?.level).toBe(1);
    expect(district([...units('a', 8, { xmc: 1 }), ...units('b', 2, { xmc: 0 })]).standards.xmc?.level).toBe(0);
  });

  it('THCS level 2: at least 95% of communes (Art. 15, verified)', () => {
    expect(
      district([...units('a', 19, { 'pcgd-thcs': 2 }), ...units('b', 1, { 'pcgd-thcs': 1 })]).standards['pcgd-thcs']
        ?.level,
    ).toBe(2);
    // 18 of 20 = 90%: enough for level 1 (90%), not level 2
    expect(
      district([...units('a', 18, { 'pcgd-thcs': 2 }), ...units('b', 2, { 'pcgd-thcs': 1 })]).standards['pcgd-thcs']
        ?.level,
    ).toBe(1);
  });

  it('THCS level 3: 100% of communes (Art. 16)', () => {
    expect(district(units('a', 20, { 'pcgd-thcs': 3 })).standards['pcgd-thcs']?.level).toBe(3);
    expect(
      district([...units('a', 19, { 'pcgd-thcs': 3 }), ...units('b', 1, { 'pcgd-thcs': 2 })]).standards['pcgd-thcs']
        ?.level,
    ).toBe(2);
  });

  it('primary level 3: at least 90% of communes (Art. 11, verified); preschool 5: 90% (Art. 6)', () => {
    const d = district([
      ...units('a', 9, { 'pcgd-th': 3, 'pcgd-mn5': 1 }),
      ...units('b', 1, { 'pcgd-th': 2, 'pcgd-mn5': 0 }),
    ]);
    expect(d.standards['pcgd-th']?.level).toBe(3);
    expect(d.standards['pcgd-mn5']?.level).toBe(1);
    expect(d.provisional).toBe(false);
    expect(check(d, 'pcgd-th', 3).source).toMatchObject({
      document: expect.stringMatching(/^Nghị định số 20\/2014\/NĐ-CP ngày 24\/3\/2014 của Chính phủ/),
      article: 'Điều 11',
    });
  });

  it('the share is exact: 26 of 29 communes (89.66%) fail 90%, 27 of 30 pass', () => {
    expect(district([...units('a', 26, { xmc: 2 }), ...units('b', 3, { xmc: 1 })]).standards.xmc?.level).toBe(1);
    expect(district([...units('a', 27, { xmc: 2 }), ...units('b', 3, { xmc: 1 })]).standards.xmc?.level).toBe(2);
  });
});

describe('nd20-2014: province from districts', () => {
  it('XMC level 1: at least 90% of districts, not 100% (Art. 20: "ít nhất 90% số huyện")', () => {
    expect(province20([...units('d', 9, { xmc: 1 }), ...units('e', 1, { xmc: 0 })]).standards.xmc?.level).toBe(1);
    expect(province20([...units('d', 8, { xmc: 1 }), ...units('e', 2, { xmc: 0 })]).standards.xmc?.level).toBe(0);
  });

  it('XMC level 2: 100% of districts (Art. 21)', () => {
    expect(province20(units('d', 10, { xmc: 2 })).standards.xmc?.level).toBe(2);
    const p = province20([...units('d', 9, { xmc: 2 }), ...units('e', 1, { xmc: 1 })]);
    expect(p.standards.xmc?.level).toBe(1);
    expect(check(p, 'xmc', 2)).toMatchObject({
      rule: 'xmc-2.province.districts',
      of: 'district',
      status: 'fail',
      required: '100',
      minRate: '90.00',
    });
  });

  it('primary, lower secondary and preschool 5: 100% of districts (Art. 6, 9–11, 14–16)', () => {
    const p = province20([
      ...units('d', 9, { 'pcgd-th': 3, 'pcgd-thcs': 3, 'pcgd-mn5': 1 }),
      ...units('e', 1, { 'pcgd-th': 2, 'pcgd-thcs': 1, 'pcgd-mn5': 0 }),
    ]);
    expect(p.standards['pcgd-th']?.level).toBe(2);
    expect(p.standards['pcgd-thcs']?.level).toBe(1);
    expect(p.standards['pcgd-mn5']?.level).toBe(0);
  });

  it('a province under nd20-2014 is counted from districts, not communes', () => {
    expect(() => province20([unit('c', { xmc: 2 }, { tier: 'commune' })])).toThrow(
      expect.objectContaining({ code: 'invalid-input', path: [0, 'tier'] }),
    );
  });
});

describe('nd142-2025: province from communes (Decree 142/2025 values unverified)', () => {
  it('XMC level 1: 90% of communes by default, a provisional parameter, not 81%', () => {
    // No Decree 142/2025 text on province shares was found (legal-2026-12.md §(a).3, grade D); the
    // default is the district rule of Decree 20/2014 Art. 20, "ít nhất 90% số xã" (standards-verification.md §3).
    const p = province142([...units('a', 90, { xmc: 1 }), ...units('b', 10, { xmc: 0 })]);
    expect(p.standards.xmc).toMatchObject({ level: 1, provisional: true });
    expect(p.standards.xmc?.provisionalRules).toContain('xmc-1.province.communes');
    expect(check(p, 'xmc', 1)).toMatchObject({
      verified: false,
      provisional: true,
      required: '90',
      source: { document: expect.stringMatching(/^Nghị định số 142\/2025\/NĐ-CP ngày 12\/6\/2025 của Chính phủ/) },
    });
    expect(check(p, 'xmc', 1).source.note).toMatch(/Điều 20/);
    // 81 of 100: enough under the old 81% (90 × 90, no textual basis, legal-2026-12.md §(a).3), not under 90%
    expect(province142([...units('a', 81, { xmc: 1 }), ...units('b', 19, { xmc: 0 })]).standards.xmc?.level).toBe(0);
    expect(province142([...units('a', 89, { xmc: 1 }), ...units('b', 11, { xmc: 0 })]).standards.xmc?.level).toBe(0);
  });

  it('81% for XMC level 1 only as the named override, which stays provisional', () => {
    // legal-2026-12.md §(a), change for the library: "Offer 81 only as an explicit override"
    const lower = [...units('a', 81, { xmc: 1 }), ...units('b', 19, { xmc: 0 })];
    const p = assessProvince(lower, { regime: 'nd142-2025', id: 'p', overrides: XMC1_PROVINCE_SHARE_81 });
    expect(p.standards.xmc).toMatchObject({ level: 1, provisional: true });
    expect(check(p, 'xmc', 1)).toMatchObject({
      required: '81',
      verified: false,
      provisional: true,
      overridden: { from: '90' },
    });
    expect(check(p, 'xmc', 1).source.note).toMatch(/no legal text states this value/);
    // 80 of 100 is below 81% too
    const q = assessProvince([...units('a', 80, { xmc: 1 }), ...units('b', 20, { xmc: 0 })], {
      regime: 'nd142-2025',
      overrides: XMC1_PROVINCE_SHARE_81,
    });
    expect(q.standards.xmc?.level).toBe(0);
    // it can be combined with the caller's own overrides
    const both = assessProvince(lower, {
      regime: 'nd142-2025',
      overrides: { ...XMC1_PROVINCE_SHARE_81, 'xmc-2.province.communes': '80' },
    });
    expect(check(both, 'xmc', 2).required).toBe('80');
    expect(Object.isFrozen(XMC1_PROVINCE_SHARE_81)).toBe(true);
  });

  it('every province share is a documented, provisional parameter: the Decree 20/2014 district share by default', () => {
    // legal-2026-12.md §(a), change for the library: TH 90/90/90, THCS 90/95/100, XMC 90/90, MN-5 90,
    // "derived from ND 20/2014 district rule; ND 142/2025 text not read"
    const expected: Record<string, string> = {
      'xmc-1': '90',
      'xmc-2': '90',
      'pcgd-mn5': '90',
      'pcgd-th-1': '90',
      'pcgd-th-2': '90',
      'pcgd-th-3': '90',
      'pcgd-thcs-1': '90',
      'pcgd-thcs-2': '95',
      'pcgd-thcs-3': '100',
    };
    const shares = REGIMES['nd142-2025'].rules.filter(
      (r): r is RollupRule => r.kind === 'rollup' && r.standard !== 'pcgd-mn3to5',
    );
    expect(Object.fromEntries(shares.map((r) => [r.id.replace('.province.communes', ''), r.value]))).toEqual(expected);
    for (const r of shares) {
      const district = REGIMES['nd20-2014'].rules.find(
        (x) => x.kind === 'rollup' && x.tier === 'district' && x.standard === r.standard && x.level === r.level,
      ) as RollupRule;
      expect(r.value, r.id).toBe(district.value);
      expect(r.verified, r.id).toBe(false);
      // the note names the article of Decree 20/2014 the default comes from
      expect(r.source.note, r.id).toContain(`Nghị định 20/2014/NĐ-CP, ${district.source.article}`);
    }
  });

  it('XMC level 2: 90% of communes', () => {
    expect(province142([...units('a', 90, { xmc: 2 }), ...units('b', 10, { xmc: 1 })]).standards.xmc?.level).toBe(2);
    expect(province142([...units('a', 89, { xmc: 2 }), ...units('b', 11, { xmc: 1 })]).standards.xmc?.level).toBe(1);
  });

  it('THCS: 90% / 95% / 100% of communes; primary 90% at every level', () => {
    const p = province142([
      ...units('a', 19, { 'pcgd-thcs': 3, 'pcgd-th': 3 }),
      ...units('b', 1, { 'pcgd-thcs': 2, 'pcgd-th': 2 }),
    ]);
    expect(p.standards['pcgd-thcs']?.level).toBe(2);
    expect(p.standards['pcgd-th']?.level).toBe(3);
    const q = province142([...units('a', 18, { 'pcgd-thcs': 3 }), ...units('b', 2, { 'pcgd-thcs': 1 })]);
    expect(q.standards['pcgd-thcs']?.level).toBe(1);
  });

  it('preschool 3–5: 90% of the other communes and 85% of the especially difficult ones (Decree 277/2025 draft)', () => {
    const normal = (n: number, met: number) => [
      ...units('n', met, { 'pcgd-mn3to5': 1 }),
      ...units('m', n - met, { 'pcgd-mn3to5': 0 }),
    ];
    const ed = (n: number, met: number) => [
      ...units('e', met, { 'pcgd-mn3to5': 1 }, { especiallyDifficult: true }),
      ...units('f', n - met, { 'pcgd-mn3to5': 0 }, { especiallyDifficult: true }),
    ];
    // 18 of 20 other communes (90%), 17 of 20 especially difficult (85%)
    const p = province142([...normal(20, 18), ...ed(20, 17)]);
    expect(p.standards['pcgd-mn3to5']).toMatchObject({ level: 1, provisional: true });
    expect(check(p, 'pcgd-mn3to5', 1, 'pcgd-mn3to5.province.communes-normal')).toMatchObject({
      group: 'normal',
      certain: { numerator: 18, denominator: 20 },
    });
    expect(check(p, 'pcgd-mn3to5', 1, 'pcgd-mn3to5.province.communes-ed')).toMatchObject({
      group: 'especially-difficult',
      certain: { numerator: 17, denominator: 20 },
    });
    // 16 of 20 especially difficult (80%) fails, although 34 of 40 overall is 85%
    expect(province142([...normal(20, 18), ...ed(20, 16)]).standards['pcgd-mn3to5']?.level).toBe(0);
    // 17 of 20 other communes (85%) fails the 90% of the other group
    expect(province142([...normal(20, 17), ...ed(20, 20)]).standards['pcgd-mn3to5']?.level).toBe(0);
    // a province without especially difficult communes: that group has nothing to fail
    expect(province142(normal(10, 9)).standards['pcgd-mn3to5']?.level).toBe(1);
  });

  it('has no district tier', () => {
    expect(() => assessDistrict(units('a', 3, { xmc: 2 }), { regime: 'nd142-2025' })).toThrow(
      expect.objectContaining({ code: 'invalid-input', path: ['regime'] }),
    );
  });

  it('every province result is provisional, and says which rules make it so', () => {
    const p = province142(units('a', 10, { xmc: 2, 'pcgd-mn5': 1, 'pcgd-mn3to5': 1, 'pcgd-th': 3, 'pcgd-thcs': 3 }));
    expect(p.provisional).toBe(true);
    for (const s of Object.values(p.standards)) expect(s.provisional).toBe(true);
    // the 5-year-old preschool value has no source of its own: carried over from Art. 6 (district rule)
    expect(check(p, 'pcgd-mn5', 1).source.note).toMatch(/Nghị định 20\/2014\/NĐ-CP, Điều 6/);
  });
});

describe('undetermined lower units give an interval', () => {
  it('recognised for certain although one commune is undetermined', () => {
    // 9 of 10 at level 2 for certain: 90% whatever the tenth turns out to be
    const d = district([...units('a', 9, { xmc: 2 }), unit('u', { xmc: [0, 2] })]);
    expect(d.standards.xmc).toMatchObject({ level: 2, minLevel: 2, maxLevel: 2 });
    expect(check(d, 'xmc', 2)).toMatchObject({
      status: 'pass',
      certain: { numerator: 9, denominator: 10 },
      possible: { numerator: 10, denominator: 10 },
      undeterminedUnits: ['u'],
    });
  });

  it('undetermined: 80% for certain, up to 90%', () => {
    const d = district([...units('a', 8, { xmc: 2 }), unit('u', { xmc: [1, 2] }), unit('v', { xmc: 1 })]);
    expect(d.standards.xmc).toMatchObject({ level: 'unknown', minLevel: 1, maxLevel: 2 });
    expect(check(d, 'xmc', 2)).toMatchObject({
      status: 'unknown',
      minRate: '80.00',
      maxRate: '90.00',
      undeterminedUnits: ['u'],
    });
    expect(check(d, 'xmc', 2).reason).toContain('between 80.00% and 90.00%');
  });

  it('not recognised for certain: even if every undetermined commune met it, 80% < 90%', () => {
    const d = district([...units('a', 7, { xmc: 2 }), unit('u', { xmc: [1, 2] }), ...units('v', 2, { xmc: 1 })]);
    expect(d.standards.xmc).toMatchObject({ level: 1, minLevel: 1, maxLevel: 1 });
    expect(check(d, 'xmc', 2)).toMatchObject({ status: 'fail', maxRate: '80.00' });
  });

  it('a lower unit without the standard at all counts as undetermined, never as not met', () => {
    const d = district([...units('a', 9, { xmc: 2 }), unit('x', {})]);
    expect(d.standards.xmc).toMatchObject({ level: 2 });
    const e = district([...units('a', 8, { xmc: 2 }), unit('x', {}), unit('y', { xmc: 1 })]);
    expect(e.standards.xmc).toMatchObject({ level: 'unknown', minLevel: 1, maxLevel: 2 });
  });

  it('a province of districts with intervals (nd20-2014, 100% rule)', () => {
    const p = province20([...units('d', 9, { xmc: 2 }), unit('e', { xmc: [1, 2] })]);
    expect(p.standards.xmc).toMatchObject({ level: 'unknown', minLevel: 1, maxLevel: 2 });
    expect(p.standards.xmc?.levels[1]?.lowerUnits).toEqual({
      certain: { numerator: 9, denominator: 10 },
      possible: { numerator: 10, denominator: 10 },
    });
  });
});

describe('rollUp: a whole country in one call', () => {
  // Two provinces pre-reform: p1 with districts d1 (3 communes) and d2 (2), p2 with d1 (2).
  const place = (id: string, province: string, district: string, over = {}, ed = false) => ({
    ...fullCommune(over, ed),
    id,
    province,
    district,
  });
  const weak = literacy([500, 500, 500], [500, 500, 500], [1000, 1000, 500]); // 15–60 at level 2: 1,500 of 2,000 = 75%

  it('assesses communes, districts and provinces, and counts provinces nationally', () => {
    const r = rollUp(
      [
        place('c1', 'p1', 'd1'),
        place('c2', 'p1', 'd1'),
        place('c3', 'p1', 'd1'),
        place('c4', 'p1', 'd2'),
        place('c5', 'p1', 'd2', weak),
        place('c6', 'p2', 'd1'),
        place('c7', 'p2', 'd1'),
      ],
      { regime: 'nd20-2014' },
    );
    expect(r.issues).toEqual([]);
    expect(r.communes.map((c) => c.standards.xmc?.level)).toEqual([2, 2, 2, 2, 1, 2, 2]);
    expect(r.districts.map((d) => [d.province, d.id, d.units, d.standards.xmc?.level])).toEqual([
      ['p1', 'd1', 3, 2],
      ['p1', 'd2', 2, 1], // 1 of 2 communes at level 2 = 50% < 90%
      ['p2', 'd1', 2, 2],
    ]);
    expect(r.provinces.map((p) => [p.id, p.units, p.standards.xmc?.level])).toEqual([
      ['p1', 2, 1], // 1 of 2 districts at level 2 < 100%
      ['p2', 1, 2],
    ]);
    expect(r.national.standards.xmc?.[1]).toMatchObject({
      level: 2,
      certain: { numerator: 1, denominator: 2 },
      possible: { numerator: 1, denominator: 2 },
      provisional: false,
    });
  });

  it('a bad commune becomes an issue and an undetermined unit; the rest is still assessed', () => {
    const bad = {
      ...place('c2', 'p1', 'd1'),
      counts: { ...fullCommune().counts, age15to60: { total: 100, literateLevel1: 100, literateLevel2: 101 } },
    };
    const r = rollUp([place('c1', 'p1', 'd1'), bad, place('c3', 'p1', 'd1')], { regime: 'nd20-2014' });
    expect(r.communes).toHaveLength(3);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([['numerator-exceeds-denominator', [1, 'counts', 'age15to60', 'literateLevel2']]]),
    );
    expect(r.communes[1]?.invalid?.[0]?.code).toBe('numerator-exceeds-denominator');
    expect(r.communes[1]?.standards.xmc).toMatchObject({ level: 'unknown', minLevel: 0, maxLevel: 2 });
    expect(r.communes[0]?.standards.xmc?.level).toBe(2);
    // the district counts it as undetermined: 2 of 3 certain (66.67%), up to 100%
    expect(r.districts[0]?.standards.xmc).toMatchObject({ level: 'unknown', minLevel: 0, maxLevel: 2 });
    expect(check(r.districts[0]!, 'xmc', 2)).toMatchObject({
      undeterminedUnits: ['c2'],
      minRate: '66.67',
      maxRate: '100.00',
    });
  });

  it('every input ends in a result or an issue: no id, no province, no district, a duplicate, not an object', () => {
    const r = rollUp(
      [
        place('c1', 'p1', 'd1'),
        { ...fullCommune(), id: '', province: 'p1', district: 'd1' },
        { ...fullCommune(), id: 'c3', province: '', district: 'd1' },
        { ...fullCommune(), id: 'c4', province: 'p1' },
        place('c1', 'p1', 'd1'),
        null as never,
      ],
      { regime: 'nd20-2014', standards: ['xmc'] },
    );
    expect(r.communes).toHaveLength(6);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate-unit', [0, 'id']],
      ['invalid-input', [1, 'id']],
      ['invalid-input', [2, 'province']],
      ['invalid-input', [3, 'district']],
      ['duplicate-unit', [4, 'id']],
      ['invalid-input', [5]],
      ['invalid-input', [5, 'id']],
      ['invalid-input', [5, 'province']],
      ['invalid-input', [5, 'district']],
    ]);
    // p1/d1 counts both copies of c1 and the commune without an id, as undetermined (issue 3 §6),
    // and the three communes without a province or district, which could be in it (issue 9 §1)
    expect(r.districts.map((d) => d.units)).toEqual([6]);
    // p1: d1 and one district of unknown level for each of those three
    expect(r.provinces.map((p) => p.units)).toEqual([4]);
    expect(r.districts[0]?.standards.xmc).toMatchObject({ level: 'unknown', minLevel: 0, maxLevel: 2 });
  });

  it('post-reform: communes roll straight up to provinces', () => {
    const r = rollUp(
      [
        { ...fullCommune(), id: 'a', province: 'p1' },
        { ...fullCommune(), id: 'b', province: 'p1' },
      ],
      { regime: 'nd142-2025' },
    );
    expect(r.districts).toEqual([]);
    expect(r.provinces.map((p) => [p.id, p.tier, p.units])).toEqual([['p1', 'province', 2]]);
    expect(r.provinces[0]?.standards.xmc).toMatchObject({ level: 2, provisional: true });
  });

  it('throws only for bad options', () => {
    expect(() => rollUp([], { regime: 'nd99-2030' })).toThrow(expect.objectContaining({ code: 'unknown-regime' }));
    expect(() => rollUp([], { regime: 'nd20-2014', standards: ['xyz'] })).toThrow(
      expect.objectContaining({ code: 'unknown-standard' }),
    );
  });
});

describe('national figures for the core plan', () => {
  const communes = [
    { ...fullCommune(), id: 'a', province: 'p1' },
    { ...fullCommune(), id: 'b', province: 'p2' },
    // p3: 15–60 at level 2 is 75%: XMC level 1 only
    { ...fullCommune(literacy([500, 500, 500], [500, 500, 500], [1000, 1000, 500])), id: 'c', province: 'p3' },
    // p4: no literacy counts: undetermined
    { ...fullCommune({ age15to25: undefined, age15to35: undefined, age15to60: undefined }), id: 'd', province: 'p4' },
  ];

  it('the share of provinces at XMC level 2 is an observation computeAttainment accepts', () => {
    const provinces = rollUp(communes, { regime: 'nd142-2025' }).provinces;
    const { observations, figures } = nationalObservations(provinces, { asOf: '2025-12-31' });
    const xmc = observations.find((o) => o.indicator === 'provinces-literacy-level-2')!;
    // p1, p2 for certain; p4 undetermined; p3 not
    expect(xmc).toMatchObject({ numerator: 2, denominator: 4, asOf: '2025-12-31' });
    expect(figures.find((f) => f.indicator === 'provinces-literacy-level-2')).toMatchObject({
      certain: 2,
      possible: 3,
      undetermined: ['p4'],
      provisional: true,
    });

    const report = computeAttainment({ plan: 'qd-1373', year: 2025, observations });
    expect(report.issues).toEqual([]);
    const result = report.results.find((x) => x.indicator === 'provinces-literacy-level-2')!;
    // Decision 1373: 70% of provinces at XMC level 2 by 2025 (targets-1373.md); 2 of 4 = 50%
    expect(result).toMatchObject({
      status: 'not-met',
      share: { numerator: 2, denominator: 4 },
      actualPercent: '50.00',
    });
  });

  it('the optimistic count is available on request', () => {
    const provinces = rollUp(communes, { regime: 'nd142-2025' }).provinces;
    const { observations } = nationalObservations(provinces, { count: 'possible' });
    expect(observations.find((o) => o.indicator === 'provinces-literacy-level-2')).toMatchObject({
      numerator: 3,
      denominator: 4,
    });
  });

  it('before the reform there is no 3–5 preschool standard: that indicator is skipped, not zero', () => {
    const provinces = rollUp(
      communes.map((c) => ({ ...c, district: 'd' })),
      { regime: 'nd20-2014' },
    ).provinces;
    const { observations, skipped } = nationalObservations(provinces);
    expect(skipped.map((s) => s.indicator)).toEqual(['provinces-preschool-kindergarten-age']);
    expect(observations.map((o) => o.indicator)).not.toContain('provinces-preschool-kindergarten-age');
  });

  it('every national indicator exists in the catalog and has targets in its plan (Decision 1373, Decree 277/2025)', () => {
    for (const n of NATIONAL_INDICATORS) {
      expect(getIndicator(n.indicator).kind).toBe('share-of-units');
      expect(
        getPlan(n.plan).targets.some((t) => t.indicator === n.indicator),
        n.indicator,
      ).toBe(true);
    }
  });

  it('districts are not provinces', () => {
    expect(() => nationalObservations([unit('d', { xmc: 2 }, { tier: 'district' })])).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});
