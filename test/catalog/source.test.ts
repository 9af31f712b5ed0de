import { describe, expect, it } from 'vitest';
import { getIndicator } from '../../src/catalog/registry.js';
import { formatSource, type LegalSource } from '../../src/catalog/source.js';
import { getPlan, listPlans } from '../../src/plans/registry.js';
import { CIVIL_CODE_PERIODS_SOURCE } from '../../src/titles/sources.js';
import { LEARNING_TITLES } from '../../src/titles/titles.js';
import { QUALIFICATION_DEFINITIONS } from '../../src/workforce/definitions.js';

// The citations a reader of a report expects: type, number, date, issuing body, section.
describe('formatSource', () => {
  it('Decision 1373/QĐ-TTg of 30/7/2021 by the Prime Minister, Điều 1, Mục II.2.a', () => {
    const src = getIndicator('provinces-literacy-level-2').source;
    expect(formatSource(src, 'vi')).toBe(
      'Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ, Điều 1, Mục II.2.a',
    );
    expect(formatSource(src, 'en')).toBe(
      'Decision No. 1373/QĐ-TTg of 30 July 2021 by the Prime Minister, Article 1, Section II.2.a',
    );
    // Vietnamese is the default
    expect(formatSource(src)).toBe(formatSource(src, 'vi'));
    expect(formatSource(src, 'vi', { title: true, section: false })).toBe(
      'Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ về phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”',
    );
  });

  it('a plan whose copy has no number: "số hiệu chưa rõ" and its title (seed 002 has no number or date)', () => {
    const t = getPlan('bac-giang-2021-2030').targets.find(
      (x) => x.indicator === 'working-age-life-skills' && x.year === 2030,
    )!;
    expect(formatSource(t.source, 'vi')).toBe(
      'Kế hoạch (số hiệu chưa rõ) của UBND tỉnh Bắc Giang về xây dựng xã hội học tập giai đoạn 2021–2030 trên địa bàn tỉnh Bắc Giang, Mục II.2.2, điểm b',
    );
    expect(formatSource(t.source, 'en')).toBe(
      "Plan (number not known) by the People's Committee of Bắc Giang province on building a learning society, 2021–2030, in Bắc Giang province, Section II.2.2, point b",
    );
    expect(formatSource(t.source, 'vi', { title: false, section: false })).toBe(
      'Kế hoạch (số hiệu chưa rõ) của UBND tỉnh Bắc Giang',
    );
  });

  it('a law is named by its title: Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015 (Điều 147, 148)', () => {
    // Civil Code 2015, Articles 147–148 (the library's month counting for the 12-month wait)
    const civil = CIVIL_CODE_PERIODS_SOURCE;
    expect(formatSource(civil, 'vi')).toBe(
      'Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015 của Quốc hội, Điều 147, Điều 148',
    );
    expect(formatSource(civil, 'en')).toBe(
      'Civil Code No. 91/2015/QH13 of 24 November 2015 by the National Assembly, Article 147, Article 148',
    );
  });

  it('translates unit words only before a number or a letter: the "mục" of "mục tiêu" stays', () => {
    const src: LegalSource = {
      type: 'other',
      number: null,
      issuer: null,
      title: { vi: 'x', en: 'x' },
      section: 'Tiết b, Tiểu mục 2, Mục I, Điều 1, khoản 3, điểm a (mục tiêu 2030)',
      verified: true,
    };
    expect(formatSource(src, 'en')).toBe(
      'x, Item b, Subsection 2, Section I, Article 1, clause 3, point a (mục tiêu 2030)',
    );
    expect(formatSource({ ...src, section: 'Phụ lục 2, mục I' }, 'en')).toBe('x, Appendix 2, section I');
  });

  it('a free-text source without issuer or number is cited as written', () => {
    const src: LegalSource = {
      type: 'other',
      number: null,
      issuer: null,
      title: { vi: 'Kế hoạch số 12/KH-UBND', en: 'Kế hoạch số 12/KH-UBND' },
      verified: true,
    };
    expect(formatSource(src, 'vi')).toBe('Kế hoạch số 12/KH-UBND');
  });
});

describe('every built-in source', () => {
  const all: [string, LegalSource][] = [
    ...listPlans().flatMap((p) => [
      [`plan ${p.id}`, p.source] as [string, LegalSource],
      ...p.targets.map((t): [string, LegalSource] => [`${p.id} ${t.indicator} ${t.year}`, t.source]),
      ...(p.indicators ?? []).map((i): [string, LegalSource] => [`indicator ${i.id}`, i.source]),
    ]),
    ...LEARNING_TITLES.flatMap((t) => [
      [`title ${t.id}`, t.source] as [string, LegalSource],
      [`title ${t.id} validity`, t.validity.source] as [string, LegalSource],
      ...(t.criteria ? [[`title ${t.id} criteria`, t.criteria] as [string, LegalSource]] : []),
      ...(t.level2 ? [[`title ${t.id} level 2`, t.level2.source] as [string, LegalSource]] : []),
    ]),
    ...Object.values(QUALIFICATION_DEFINITIONS).map((d): [string, LegalSource] => [`definition ${d.id}`, d.source]),
  ];

  it('names its issuing body in both languages, and a number or a title', () => {
    expect(all.length).toBeGreaterThan(100);
    for (const [what, s] of all) {
      expect(s.issuer, what).not.toBeNull();
      expect(s.issuer!.vi.length * s.issuer!.en.length, what).toBeGreaterThan(0);
      expect(s.number !== null || s.title !== undefined, what).toBe(true);
      if (s.note) expect(s.note.vi !== s.note.en, `${what}: a note in both languages`).toBe(true);
    }
  });

  it('is a document of the right type for its number (QĐ = decision, NĐ = decree, TT = circular, QH = law or resolution)', () => {
    const kind: Record<string, LegalSource['type'][]> = {
      QĐ: ['decision'],
      NĐ: ['decree'],
      TT: ['circular'],
      QH: ['law', 'resolution'],
      KH: ['plan'],
    };
    for (const [what, s] of all) {
      if (s.number === null) continue;
      const symbol = Object.keys(kind).find(
        (k) =>
          s.number!.includes(`/${k}`) ||
          s.number!.includes(`${k}-`) ||
          s.number!.endsWith(k) ||
          new RegExp(`/${k}\\d*$`).test(s.number!),
      );
      expect(symbol, `${what}: ${s.number}`).toBeDefined();
      expect(kind[symbol!], `${what}: ${s.number}`).toContain(s.type);
    }
  });
});
