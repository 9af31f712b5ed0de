import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/attainment/compute.js';
import { getIndicator } from '../../src/catalog/registry.js';
import { VERIFIED_CONFIDENCE, formatSource } from '../../src/catalog/source.js';
import { getPlan, listPlans, planYears } from '../../src/plans/registry.js';
import { nationalObservations } from '../../src/standards/national.js';
import { units } from '../standards/fixtures.js';

/*
 * The roadmap of Decree 277/2025/NĐ-CP (shared/domain/legal-2026-12.md §(b).2):
 * "đến 2028, có từ 50% các tỉnh … trở lên đạt chuẩn" (news: huengaynay
 * 22/10/2025, kenh14 23/10/2025; grade C) and "Đến 2030, 100% các tỉnh", also in
 * Resolution 218/2025/QH15 of 26/06/2025, in force the same day (opening of the
 * legal text on hoatieu; grade B for the 2030 goal). After the reform there are
 * 34 provinces (§(a).5).
 */

const plan = getPlan('nd-277');

describe('plan nd-277: the 3–5 preschool roadmap', () => {
  it('is built in, national, with targets for 2028 and 2030', () => {
    expect(listPlans().map((p) => p.id)).toContain('nd-277');
    expect(plan).toMatchObject({
      issuer: 'Chính phủ',
      reference: '277/2025/NĐ-CP',
      date: '2025-10-20',
      jurisdiction: { level: 'national' },
    });
    expect(planYears(plan)).toEqual([2028, 2030]);
  });

  it('2028: at least 50% of provinces, from news of the decree (grade C): not verified', () => {
    const t = plan.targets.find((x) => x.year === 2028)!;
    expect(t).toMatchObject({
      kind: 'percent',
      indicator: 'provinces-preschool-3to5',
      comparator: 'at-least',
      value: '50',
    });
    expect(t.source).toMatchObject({
      type: 'decree',
      number: '277/2025/NĐ-CP',
      date: '2025-10-20',
      issuer: { vi: 'Chính phủ', en: 'Government' },
      verified: false,
      confidence: 'C',
    });
    expect(formatSource(t.source, 'vi')).toBe('Nghị định số 277/2025/NĐ-CP ngày 20/10/2025 của Chính phủ');
    expect(formatSource(t.source, 'en')).toBe('Decree No. 277/2025/NĐ-CP of 20 October 2025 by the Government');
    // the article setting the roadmap is not known: no section, said in the note in both languages
    expect(t.source.section).toBeUndefined();
    expect(t.source.note?.vi).toMatch(/chưa đọc được văn bản Nghị định/);
    expect(t.source.note?.en).toMatch(/decree text was not read/);
  });

  it('2030: 100% of provinces, from Resolution 218/2025/QH15 (grade B): verified, as VERIFIED_CONFIDENCE counts B', () => {
    const t = plan.targets.find((x) => x.year === 2030)!;
    expect(t).toMatchObject({
      kind: 'percent',
      indicator: 'provinces-preschool-3to5',
      comparator: 'at-least',
      value: '100',
    });
    expect(t.source).toMatchObject({
      type: 'resolution',
      number: '218/2025/QH15',
      date: '2025-06-26',
      issuer: { vi: 'Quốc hội', en: 'National Assembly' },
      verified: true,
      confidence: 'B',
    });
    expect(formatSource(t.source, 'vi')).toBe('Nghị quyết số 218/2025/QH15 ngày 26/6/2025 của Quốc hội');
    expect(formatSource(t.source, 'en')).toBe('Resolution No. 218/2025/QH15 of 26 June 2025 by the National Assembly');
    expect(t.stretch).toBeUndefined();
  });

  it('each target is verified exactly when its grade counts as verified', () => {
    for (const t of plan.targets)
      expect(t.source.verified, String(t.year)).toBe(VERIFIED_CONFIDENCE.includes(t.source.confidence!));
  });

  it('its indicator: share of provinces recognised for preschool 3–5, in Vietnamese and English', () => {
    const ind = getIndicator('provinces-preschool-3to5');
    expect(ind).toMatchObject({ kind: 'share-of-units', group: 'I' });
    expect(ind.label.vi).toBe('Tỷ lệ tỉnh đạt chuẩn phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi');
    expect(ind.label.en).toBe('Share of provinces recognised for universal preschool education for children aged 3–5');
    expect(plan.indicators?.map((i) => i.id)).toEqual(['provinces-preschool-3to5']);
  });

  it('attainment: 17 of 34 provinces meets 50% in 2028 (provisional); 33 of 34 misses 100% in 2030', () => {
    const y2028 = computeAttainment({
      plan: 'nd-277',
      year: 2028,
      observations: [{ indicator: 'provinces-preschool-3to5', numerator: 17, denominator: 34 }],
    });
    expect(y2028.issues).toEqual([]);
    expect(y2028.results[0]).toMatchObject({ status: 'met', provisional: true, actualPercent: '50.00' });
    const low = computeAttainment({
      plan: 'nd-277',
      year: 2028,
      observations: [{ indicator: 'provinces-preschool-3to5', numerator: 16, denominator: 34 }],
    });
    expect(low.results[0]).toMatchObject({ status: 'not-met' });
    const y2030 = computeAttainment({
      plan: 'nd-277',
      year: 2030,
      observations: [{ indicator: 'provinces-preschool-3to5', numerator: 33, denominator: 34 }],
    });
    expect(y2030.results[0]).toMatchObject({ status: 'not-met', provisional: false });
  });

  it('nationalObservations feeds it with plan: nd-277, and leaves the core plan unchanged', () => {
    // 17 provinces recognised, 17 not: 50%
    const provinces = [...units('a', 17, { 'pcgd-mn3to5': 1 }), ...units('b', 17, { 'pcgd-mn3to5': 0 })];
    const { observations } = nationalObservations(provinces, { plan: 'nd-277', asOf: '2028-12-31' });
    expect(observations).toEqual([
      expect.objectContaining({ indicator: 'provinces-preschool-3to5', numerator: 17, denominator: 34 }),
    ]);
    const report = computeAttainment({ plan: 'nd-277', year: 2028, observations });
    expect(report.issues).toEqual([]);
    expect(report.results[0]).toMatchObject({ status: 'met' });
    // default: the core plan's indicators only
    const core = nationalObservations(provinces).observations.map((o) => o.indicator);
    expect(core).toContain('provinces-preschool-kindergarten-age');
    expect(core).not.toContain('provinces-preschool-3to5');
    expect(() => nationalObservations(provinces, { plan: 'qd-387' as never })).toThrow(
      expect.objectContaining({ code: 'invalid-input', path: ['options', 'plan'] }),
    );
  });
});
