import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCommune } from '../../src/standards/commune.js';
import { mergeUnits } from '../../src/standards/merge.js';
import type { CommuneCounts, CommuneInput } from '../../src/standards/model.js';
import { getRegime } from '../../src/standards/regimes.js';
import type { ShareCheck } from '../../src/standards/result.js';
import type { RegimeId } from '../../src/standards/rule.js';
import { rollUp } from '../../src/standards/rollup.js';
import { resolveRules } from '../../src/standards/ruleset.js';
import { fullCommune } from './fixtures.js';

/*
 * Primary level 1, criterion b: Decree 20/2014 Art. 9 ("tỷ lệ trẻ em đến 14 tuổi
 * hoàn thành chương trình giáo dục tiểu học" ≥ 80%; especially difficult
 * communes ≥ 70%; standards-xmc-pcgd.md §4, [V]). The article does not name the
 * cohort. The forms of the universal-education system compute it over ages
 * 11–14: TH-M1 summary row 43 "11–14-year-olds HTCTTH" over "PPC 11–14" (the
 * children aged 11–14 "phải phổ cập"), and TH-02 "11–14 HTCTTH + %"
 * (shared/domain/legal-2026-12.md §(d), grade C: forms, not law; "Implement ND 20
 * Art. 9's 'trẻ em đến 14 tuổi hoàn thành chương trình tiểu học' as the 11–14
 * cohort"). So: a reading with two options, '11-14' (default, what dossiers
 * report, unverified) and '14' (the library's earlier behaviour).
 *
 * Every count below is invented; each boundary is "minimum × total / 100".
 */

const READING = 'pcgd-th-1.completion';
const FORMS = { [READING]: '11-14' } as const;
const ONLY_14 = { [READING]: '14' } as const;
const RULE_11_14 = 'pcgd-th-1.commune.age11to14-completed';
const RULE_11_14_ED = 'pcgd-th-1.commune-ed.age11to14-completed';
const RULE_14 = 'pcgd-th-1.commune.age14-completed';
const RULE_14_ED = 'pcgd-th-1.commune-ed.age14-completed';
const REGIME_IDS: readonly RegimeId[] = ['nd20-2014', 'nd142-2025'];

const th = (input: CommuneInput, options: object = {}, regime: RegimeId = 'nd20-2014') =>
  assessCommune(input, { regime, standards: ['pcgd-th'], ...options });
const checkOf = (r: ReturnType<typeof th>, id: string) =>
  r.standards['pcgd-th']!.levels[0]!.checks.find((c) => c.rule === id) as ShareCheck | undefined;
const counts = (over: Partial<CommuneCounts>): CommuneInput => fullCommune(over);

describe('the reading of Decree 20/2014 Art. 9.b: 11–14 (the forms) by default, 14-year-olds as an option', () => {
  for (const regime of REGIME_IDS) {
    it(`${regime} offers it, with '11-14' as the default`, () => {
      const reading = getRegime(regime).readings?.find((g) => g.id === READING);
      expect(reading?.default).toBe('11-14');
      expect(reading?.options.map((o) => o.id)).toEqual(['11-14', '14']);
      expect(resolveRules(regime).readings[READING]).toBe('11-14');
      // the default rules are the regime's; the 14-year-old rules only under '14'
      const ids = getRegime(regime).rules.map((r) => r.id);
      expect(ids).toEqual(expect.arrayContaining([RULE_11_14, RULE_11_14_ED]));
      expect(ids).not.toContain(RULE_14);
      expect(resolveRules(regime, undefined, ONLY_14).rules.map((r) => r.id)).toEqual(
        expect.arrayContaining([RULE_14, RULE_14_ED]),
      );
    });
  }

  it('11–14 is 80% / 70% of Art. 9, unverified (forms are not law); 14 keeps the rule as it was', () => {
    const reading = getRegime('nd20-2014').readings!.find((g) => g.id === READING)!;
    const [forms, fourteen] = reading.options;
    // Art. 9.b: ≥ 80%, ≥ 70% in an especially difficult commune
    expect(
      forms!.rules.map((r) => [r.id, r.kind === 'share' && r.value, r.kind === 'share' && r.denominator, r.verified]),
    ).toEqual([
      [RULE_11_14, '80', 'age11to14.total', false],
      [RULE_11_14_ED, '70', 'age11to14.total', false],
    ]);
    expect(
      fourteen!.rules.map((r) => [
        r.id,
        r.kind === 'share' && r.value,
        r.kind === 'share' && r.denominator,
        r.verified,
      ]),
    ).toEqual([
      [RULE_14, '80', 'age14.total', true],
      [RULE_14_ED, '70', 'age14.total', true],
    ]);
    for (const r of [...forms!.rules, ...fourteen!.rules]) {
      expect(r.source).toMatchObject({
        document: 'Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ',
        article: 'Điều 9',
      });
    }
    // the note says why it is unverified, and names the article's words
    expect(forms!.rules[0]!.source.note).toMatch(/đến 14 tuổi/);
    expect(forms!.rules[0]!.source.note).toMatch(/not law|unverified/);
    // the reading says why its default is the default
    expect(reading.note).toMatch(/dossier/);
  });
});

describe('exact boundaries, not rounded rates', () => {
  it('1,234 children aged 11–14: 987 (79.98%) fails 80%, 988 (80.06%) passes', () => {
    // 80% × 1,234 = 987.2 (Art. 9.b)
    const below = th(counts({ age11to14: { total: 1234, completedPrimary: 987 } }));
    expect(checkOf(below, RULE_11_14)).toMatchObject({
      status: 'fail',
      share: { numerator: 987, denominator: 1234 },
      rate: '79.98',
      required: '80',
    });
    expect(below.standards['pcgd-th']?.level).toBe(0);
    const above = th(counts({ age11to14: { total: 1234, completedPrimary: 988 } }));
    expect(checkOf(above, RULE_11_14)).toMatchObject({ status: 'pass', rate: '80.06' });
    expect(above.standards['pcgd-th']?.level).toBe(3);
  });

  it('an especially difficult commune: 863 of 1,234 (69.94%) fails 70%, 864 (70.02%) passes', () => {
    // 70% × 1,234 = 863.8; 863/1,234 = 69.935…% shows 69.94 and 864/1,234 = 70.016…% 70.02 (half-up, off the tenths) (Art. 9.b, "xã có điều kiện kinh tế - xã hội đặc biệt khó khăn")
    const below = th(fullCommune({ age11to14: { total: 1234, completedPrimary: 863 } }, true));
    expect(checkOf(below, RULE_11_14_ED)).toMatchObject({ status: 'fail', rate: '69.94', required: '70' });
    const above = th(fullCommune({ age11to14: { total: 1234, completedPrimary: 864 } }, true));
    expect(checkOf(above, RULE_11_14_ED)).toMatchObject({ status: 'pass', rate: '70.02' });
    expect(above.standards['pcgd-th']?.level).toBe(3);
  });

  it('each reading reads only its own counts', () => {
    // 11–14: 1,000 of 1,000; 14-year-olds: 790 of 1,000 (79% < 80%)
    const input = counts({
      age11to14: { total: 1000, completedPrimary: 1000 },
      age14: { total: 1000, completedPrimary: 790 },
    });
    expect(th(input).standards['pcgd-th']?.level).toBe(3);
    expect(th(input, { readings: ONLY_14 }).standards['pcgd-th']?.level).toBe(0);
    expect(checkOf(th(input, { readings: ONLY_14 }), RULE_14)).toMatchObject({ status: 'fail', rate: '79.00' });
    expect(checkOf(th(input, { readings: ONLY_14 }), RULE_11_14)).toBeUndefined();
  });
});

describe('provisional: the default rests on the forms, not on a text read', () => {
  it('the 11–14 reading makes primary results provisional, and lower secondary level 1 with them (Art. 14.a needs primary level 1)', () => {
    const input = counts({});
    const forms = assessCommune(input, { regime: 'nd20-2014', standards: ['pcgd-thcs'] });
    expect(forms.standards['pcgd-th']).toMatchObject({ level: 3, provisional: true });
    expect(forms.standards['pcgd-th']!.provisionalRules).toContain(RULE_11_14);
    expect(forms.standards['pcgd-thcs']).toMatchObject({ level: 3, provisional: true });
    expect(forms.standards['pcgd-thcs']!.provisionalRules).toContain(RULE_11_14);
    // under '14' every rule behind them was read in the decree (nd20-2014)
    const fourteen = assessCommune(input, { regime: 'nd20-2014', standards: ['pcgd-thcs'], readings: ONLY_14 });
    expect(fourteen.standards['pcgd-th']).toMatchObject({ level: 3, provisional: false });
    expect(fourteen.standards['pcgd-thcs']).toMatchObject({ level: 3, provisional: false });
  });

  it('each check says which reading it comes from', () => {
    const r = th(counts({}));
    expect(checkOf(r, RULE_11_14)?.reading).toEqual({ id: READING, option: '11-14' });
    expect(checkOf(th(counts({}), { readings: ONLY_14 }), RULE_14)?.reading).toEqual({ id: READING, option: '14' });
    // a rule outside any reading carries none
    expect(checkOf(r, 'pcgd-th-1.commune.age6-grade1')).not.toHaveProperty('reading');
  });
});

describe('a dossier with only the counts of the 14-year-olds (an existing caller)', () => {
  // 790 of 1,000 14-year-olds completed primary: 79% < 80% (Art. 9.b) under '14'
  const old = counts({ age11to14: undefined, age14: { total: 1000, completedPrimary: 790 } });

  it('is undetermined under the default, never passed or failed, and names the missing counts', () => {
    for (const regime of REGIME_IDS) {
      const r = th(old, {}, regime);
      expect(r.standards['pcgd-th']).toMatchObject({ level: 'unknown', minLevel: 0, maxLevel: 3 });
      expect(r.standards['pcgd-th']!.missing).toEqual(['age11to14.completedPrimary', 'age11to14.total']);
      expect(checkOf(r, RULE_11_14)).toMatchObject({
        status: 'unknown',
        share: null,
        reading: { id: READING, option: '11-14' },
      });
      expect(checkOf(r, RULE_11_14)?.reason).toContain(READING);
    }
  });

  it('gets a coded warning naming the reading and how to switch, in both languages', () => {
    const r = th(old);
    expect(r.warnings).toHaveLength(1);
    const w = r.warnings![0]!;
    expect(w).toMatchObject({ code: 'reading-counts-missing', severity: 'warning', path: ['counts', 'age11to14'] });
    expect(w.message).toContain(`readings: { '${READING}': '14' }`);
    expect(w.message).toContain('age11to14.total');
    expect(w.message).toContain('age14.total');
    expect(w.messageVi).toContain(`readings: { '${READING}': '14' }`);
    expect(w.messageVi).toMatch(/cách hiểu/);
  });

  it("with readings '14' gives the verdict it always had, without a warning", () => {
    const r = th(old, { readings: ONLY_14 });
    expect(r.standards['pcgd-th']).toMatchObject({ level: 0, provisional: false });
    expect(r).not.toHaveProperty('warnings');
    // 800 of 1,000 = 80%: level 3 under '14', still undetermined under the default
    const at = counts({ age11to14: undefined, age14: { total: 1000, completedPrimary: 800 } });
    expect(th(at, { readings: ONLY_14 }).standards['pcgd-th']?.level).toBe(3);
    expect(th(at).standards['pcgd-th']?.level).toBe('unknown');
  });

  it('no warning when neither option has its counts, nor when the missing counts do not decide the level', () => {
    const none = th(counts({ age11to14: undefined, age14: undefined }));
    expect(none.standards['pcgd-th']?.level).toBe('unknown');
    expect(none).not.toHaveProperty('warnings');
    // 6-year-olds: 899 of 1,000 < 90% (Art. 9.a): level 0 whatever the completion
    const failed = th(
      counts({
        age11to14: undefined,
        age14: { total: 1000, completedPrimary: 1000 },
        age6: { total: 1000, enteringGrade1: 899 },
      }),
    );
    expect(failed.standards['pcgd-th']?.level).toBe(0);
    expect(failed).not.toHaveProperty('warnings');
  });

  it('the same warning the other way round: only 11–14 counts under the 14 reading', () => {
    const r = th(counts({ age14: undefined }), { readings: ONLY_14 });
    expect(r.standards['pcgd-th']?.level).toBe('unknown');
    expect(r.warnings?.[0]).toMatchObject({ code: 'reading-counts-missing', path: ['counts', 'age14'] });
    expect(r.warnings?.[0]?.message).toContain(`readings: { '${READING}': '11-14' }`);
  });

  it('rollUp lists the warning with the commune index, and the commune result keeps it', () => {
    const result = rollUp([{ ...old, id: 'c1', province: 'p', district: 'd' }], {
      regime: 'nd20-2014',
      standards: ['pcgd-th'],
    });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'reading-counts-missing',
        severity: 'warning',
        path: [0, 'counts', 'age11to14'],
      }),
    ]);
    expect(result.communes[0]!.warnings?.[0]?.path).toEqual(['counts', 'age11to14']);
    expect(result.provinces[0]!.standards['pcgd-th']?.level).toBe('unknown');
  });

  it('an override of the 14-year-old rule without the reading is refused, saying how to choose it', () => {
    const attempt = () => resolveRules('nd20-2014', { [RULE_14]: '75' });
    expect(attempt).toThrow(expect.objectContaining({ code: 'unknown-rule', path: ['overrides', RULE_14] }));
    expect(attempt).toThrow(`readings: { '${READING}': '14' }`);
    // 790 of 1,000 = 79% ≥ 75%: the caller's value decides under '14'
    expect(th(old, { readings: ONLY_14, overrides: { [RULE_14]: '75' } }).standards['pcgd-th']?.level).toBe(3);
  });
});

describe('the 11–14 counts', () => {
  it('are checked like every count group', () => {
    expect(() => th({ counts: { age11to14: { total: 100, completedPrimary: 101 } } })).toThrow(
      expect.objectContaining({
        code: 'numerator-exceeds-denominator',
        path: ['counts', 'age11to14', 'completedPrimary'],
      }),
    );
    expect(() => th({ counts: { age11to14: { total: 100, completed: 90 } } as never })).toThrow(
      expect.objectContaining({ code: 'invalid-input', path: ['counts', 'age11to14', 'completed'] }),
    );
    expect(() => th({ counts: { age11to14: { total: -1 } } })).toThrow(
      expect.objectContaining({ code: 'invalid-count' }),
    );
  });

  it('are summed when communes merge (numerators and denominators, never rates)', () => {
    const merged = mergeUnits([
      { counts: { age11to14: { total: 400, completedPrimary: 390 } } },
      { counts: { age11to14: { total: 600, completedPrimary: 500 } } },
    ]);
    expect(merged.counts.age11to14).toEqual({ total: 1000, completedPrimary: 890 });
  });
});

describe('docs', () => {
  it('the standards guide says what the default is and how to switch', () => {
    const guide = readFileSync('docs/standards-guide.md', 'utf8');
    expect(guide).toContain(`readings: { '${READING}': '14' }`);
    expect(guide).toContain('age11to14.total');
  });
});
