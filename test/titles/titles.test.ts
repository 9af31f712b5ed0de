import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/attainment/compute.js';
import { findIndicator, getIndicator } from '../../src/catalog/registry.js';
import { getPlan, listPlans, planYears } from '../../src/plans/registry.js';
import { titleShareObservation } from '../../src/titles/observations.js';
import type { Recognition } from '../../src/titles/recognition.js';
import { findTitle, getTitle, LEARNING_TITLES } from '../../src/titles/titles.js';

describe('learning-model titles (domain note Part A)', () => {
  it('are the ten titles of QĐ 387, TT 24/2023, TT 25/2023 and QĐ 677, each with a source', () => {
    expect(LEARNING_TITLES.map((t) => [t.id, t.label.vi, t.source.number])).toEqual([
      ['learning-family', 'Gia đình học tập', '387/QĐ-TTg'],
      ['learning-clan', 'Dòng họ học tập', '387/QĐ-TTg'],
      ['learning-community-village', 'Cộng đồng học tập cấp thôn', '387/QĐ-TTg'],
      ['learning-unit-commune', 'Đơn vị học tập cấp xã', '387/QĐ-TTg'],
      ['learning-unit-district', 'Đơn vị học tập cấp huyện', '24/2023/TT-BGDĐT'],
      ['learning-unit-province', 'Đơn vị học tập cấp tỉnh', '24/2023/TT-BGDĐT'],
      ['learning-community-commune', 'Cộng đồng học tập cấp xã', '25/2023/TT-BGDĐT'],
      ['learning-community-district', 'Cộng đồng học tập cấp huyện', '25/2023/TT-BGDĐT'],
      ['learning-community-province', 'Cộng đồng học tập cấp tỉnh', '25/2023/TT-BGDĐT'],
      ['learning-citizen', 'Công dân học tập', '677/QĐ-TTg'],
    ]);
  });

  it('levels 1–2 only under the circulars; commune and district communities are Khá / Tốt (§A2)', () => {
    const withLevels = LEARNING_TITLES.filter((t) => t.levels.length > 0).map((t) => t.id);
    expect(withLevels).toEqual([
      'learning-unit-district',
      'learning-unit-province',
      'learning-community-commune',
      'learning-community-district',
      'learning-community-province',
    ]);
    expect(getTitle('learning-community-commune').levels.map((l) => l.label.vi)).toEqual([
      'Mức độ 1 (Khá)',
      'Mức độ 2 (Tốt)',
    ]);
    expect(getTitle('learning-community-province').levels.map((l) => l.label.vi)).toEqual(['Mức độ 1', 'Mức độ 2']);
    for (const id of withLevels) expect(getTitle(id).level2?.months).toBe(12);
  });

  it('who decides under TT 25/2023 (§A2): Trưởng phòng GDĐT, Giám đốc Sở GDĐT, Bộ trưởng', () => {
    expect(getTitle('learning-community-commune').decidedBy?.vi).toBe('Trưởng phòng Giáo dục và Đào tạo');
    expect(getTitle('learning-community-district').decidedBy?.vi).toBe('Giám đốc Sở Giáo dục và Đào tạo');
    expect(getTitle('learning-community-province').decidedBy?.vi).toBe('Bộ trưởng Bộ Giáo dục và Đào tạo');
    expect(getTitle('learning-family').decidedBy).toBeNull(); // not found
  });

  it('marks assumed validity rules as such and every source as unverified (read in summaries)', () => {
    for (const t of LEARNING_TITLES) {
      expect(t.source.verified).toBe(false);
      expect(t.validity.followingYears).toBe(3);
    }
    expect(getTitle('learning-citizen').validity.source.confidence).toBe('?');
    expect(getTitle('learning-unit-province').validity.source.confidence).toBe('C');
  });

  it('throws unknown-title for an unknown id', () => {
    expect(findTitle('learning-city')).toBeUndefined();
    // @ts-expect-error: not a title id, a compile error since issue 12 (a JavaScript caller still gets the coded error)
    expect(() => getTitle('learning-city')).toThrowError(expect.objectContaining({ code: 'unknown-title' }));
  });
});

describe('plans qd-387 and qd-677', () => {
  it('are listed with their sources', () => {
    const ids = listPlans().map((p) => p.id);
    expect(ids).toContain('qd-387');
    expect(ids).toContain('qd-677');
    expect(getPlan('qd-387')).toMatchObject({
      reference: '387/QĐ-TTg',
      date: '2022-03-25',
      source: { number: '387/QĐ-TTg', verified: false, confidence: 'C' },
    });
    expect(getPlan('qd-677')).toMatchObject({
      reference: '677/QĐ-TTg',
      date: '2022-06-03',
      source: { number: '677/QĐ-TTg' },
    });
  });

  it('qd-387: the nine 2025 targets of targets-1373.md §2.4, no 2030 (national figures not found)', () => {
    const plan = getPlan('qd-387');
    expect(planYears(plan)).toEqual([2025]);
    expect(plan.targets.map((t) => [t.indicator, t.kind === 'percent' ? t.value : null, t.source.verified])).toEqual([
      ['khuyen-hoc-members-trained-policies', '100', false],
      ['families-learning-family', '70', false],
      ['clans-learning-clan', '65', false],
      ['villages-learning-community', '65', false],
      ['commune-organisations-learning-unit', '80', false],
      ['learning-model-workers-learning-citizen', '40', false],
      ['commune-learning-unit-staff-learning-citizen', '60', false],
      ['communes-khuyen-hoc-leader-manages-clc', '100', false],
      ['commune-khuyen-hoc-staff-clc-it-trained', '40', false],
    ]);
  });

  it('qd-677: 2025 (summaries, unverified) and 2030 (verbatim quote) per targets-1373.md §2.5; 60% not 70% for adults', () => {
    const plan = getPlan('qd-677');
    const at = (id: string, year: number) => plan.targets.find((t) => t.indicator === id && t.year === year);
    expect(planYears(plan)).toEqual([2025, 2030]);
    expect(at('adults-learning-models-learning-citizen', 2025)).toMatchObject({
      value: '40',
      source: { verified: false, confidence: 'C' },
    });
    expect(at('adults-learning-models-learning-citizen', 2030)).toMatchObject({
      value: '60',
      source: { verified: true, confidence: 'A' },
    });
    expect(at('staff-learning-units-learning-citizen', 2030)).toMatchObject({
      value: '80',
      source: { verified: true, confidence: 'B' },
    });
    expect(at('learning-citizens-digital-skills', 2030)).toMatchObject({ value: '90' });
    expect(at('learning-citizens-digital-proficient', 2030)).toMatchObject({ value: '80' });
    expect(at('khuyen-hoc-members-trained-learning-citizen-criteria', 2030)).toBeUndefined(); // "tiếp tục", no number
  });

  it('their indicators are in the catalog with stable ids', () => {
    for (const plan of [getPlan('qd-387'), getPlan('qd-677')]) {
      for (const t of plan.targets) expect(findIndicator(t.indicator)?.id).toBe(t.indicator);
    }
    expect(getIndicator('families-learning-family')).toMatchObject({ kind: 'share-of-units', group: 'IV' });
    expect(getIndicator('adults-learning-models-learning-citizen').kind).toBe('share-of-persons');
  });

  it('a title share feeds computeAttainment, provisional because qd-387 is read in summaries', () => {
    // made-up commune: 4 households, 3 recognised "Gia đình học tập" in November 2025
    const families: Recognition[] = Array.from({ length: 3 }, (_, i) => ({
      unit: `Hộ ${i + 1}`,
      title: 'learning-family',
      decisionDate: '2025-11-20',
      decidedBy: 'UBND xã',
    }));
    // 3 of 4 households = 75% ≥ 70%
    const { observation } = titleShareObservation(families, {
      indicator: 'families-learning-family',
      title: 'learning-family',
      asOf: '2025-12-31',
      eligible: 4,
    });
    const report = computeAttainment({ plan: 'qd-387', year: 2025, observations: [observation!] });
    const r = report.results.find((x) => x.indicator === 'families-learning-family')!;
    expect(r).toMatchObject({ status: 'met', actualPercent: '75.00', targetPercent: '70', provisional: true });
  });
});
