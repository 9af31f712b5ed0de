import { describe, expect, it } from 'vitest';
import { assessCommune } from '../../src/standards/commune.js';
import type { CommuneInput } from '../../src/standards/model.js';
import { REGIMES, getRegime } from '../../src/standards/regimes.js';
import type { RollupCheck, ShareCheck, UnitAssessment } from '../../src/standards/result.js';
import { assessProvince, rollUp } from '../../src/standards/rollup.js';
import { resolveRules } from '../../src/standards/ruleset.js';
import { DAK_CAM, fullCommune, units } from './fixtures.js';

/*
 * Issue 9 point 5, from shared/domain/legal-2026-12.md (grades A–D):
 * - §(b): Decree 277/2025/NĐ-CP signed 20/10/2025; thresholds = the MOET draft
 *   (attendance 90/85, completion 85/80, province 90% of favourable-area communes
 *   AND 85% of especially difficult ones), grade C: unverified. Completion pooled
 *   over ages 3–5 by default ("theo độ tuổi hằng năm", one rate over the cohort,
 *   standards-verification.md §2), a per-age reading as an option.
 * - §(a).4 and standards-xmc-pcgd.md §0: Decree 143/2025 (news, grade C): the
 *   provincial chair recognises provinces for PCGD levels 1–2 and XMC level 1,
 *   the Minister PCGD level 3 and XMC level 2; who recognises communes: unknown.
 * - standards-verification.md §3, Art. 25 (VERIFIED): before the reform the
 *   district People's Committee recognises communes, the province districts,
 *   MOET provinces.
 */

const POST = { regime: 'nd142-2025' } as const;

/**
 * A 3–5 dossier whose pooled completion passes and whose age-3 completion fails:
 * invented counts. Pooled: 270 of 300 = 90% ≥ 85% (draft, commune (b)).
 * Per age: age 3 70 of 90 = 77.8% < 85%; age 4 95 of 100; age 5 105 of 110.
 * Attendance 285 of 300 = 95% ≥ 90% (draft, commune (a)).
 */
const PRESCHOOL: CommuneInput = {
  id: 'mn',
  counts: {
    age3to5: {
      total: 300,
      attending: 285,
      completed: 270,
      totalAge3: 90,
      completedAge3: 70,
      totalAge4: 100,
      completedAge4: 95,
      totalAge5: 110,
      completedAge5: 105,
    },
  },
  conditions: { preschool3to5: { facilities: true } },
};
const PER_AGE = { 'pcgd-mn3to5.completion': 'per-age' } as const;
const mn = (input: CommuneInput, options: object = {}) =>
  assessCommune(input, { ...POST, standards: ['pcgd-mn3to5'], ...options }).standards['pcgd-mn3to5']!;
const checkOf = (s: ReturnType<typeof mn>, rule: string) =>
  s.levels[0]!.checks.find((c) => c.rule === rule) as ShareCheck;

describe('Decree 277/2025: signed 20/10/2025, thresholds of the draft, unverified', () => {
  it('every 3–5 rule cites the decree with its date and issuer, and stays unverified', () => {
    // legal-2026-12.md §(b).2: "20/10/2025"; the signed text was not read (§(b).1, grade D)
    const rules = REGIMES['nd142-2025'].rules.filter((r) => r.standard === 'pcgd-mn3to5');
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(r.source.document, r.id).toBe(
        'Nghị định số 277/2025/NĐ-CP ngày 20/10/2025 của Chính phủ về phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi',
      );
      expect(r.source.documentEn, r.id).toBe(
        'Decree No. 277/2025/NĐ-CP of 20 October 2025 by the Government on universal preschool education for children aged 3 to 5',
      );
      expect(r.verified, r.id).toBe(false);
    }
    // the thresholds are the draft's (§(b).3): the note says so
    expect(rules.find((r) => r.id === 'pcgd-mn3to5.commune.age3to5-attending')?.source.note).toMatch(/draft/);
  });

  it('the commune thresholds are those of the draft: attendance 90/85, completion 85/80', () => {
    // legal-2026-12.md §(b).3, commune (a) and (b)
    const value = (id: string) => (REGIMES['nd142-2025'].rules.find((r) => r.id === id) as { value: string }).value;
    expect(value('pcgd-mn3to5.commune.age3to5-attending')).toBe('90');
    expect(value('pcgd-mn3to5.commune-ed.age3to5-attending')).toBe('85');
    expect(value('pcgd-mn3to5.commune.age3to5-completed')).toBe('85');
    expect(value('pcgd-mn3to5.commune-ed.age3to5-completed')).toBe('80');
  });

  it('the province rule is two groups, both required: 90% of favourable-area communes and 85% of especially difficult ones', () => {
    // legal-2026-12.md §(b).3, Province: "có ít nhất 90% số xã vùng thuận lợi và 85% số xã ở vùng … đặc biệt khó khăn"
    const province = REGIMES['nd142-2025'].rules.filter((r) => r.standard === 'pcgd-mn3to5' && r.tier === 'province');
    expect(province.map((r) => [r.kind === 'rollup' && r.group, r.kind === 'rollup' && r.value])).toEqual([
      ['normal', '90'],
      ['especially-difficult', '85'],
    ]);
    expect(province[0]!.labelVi).toContain('vùng thuận lợi');
    // 9 of 10 favourable (90%) and 17 of 20 especially difficult (85%): recognised
    const ed = { especiallyDifficult: true };
    const ok = assessProvince(
      [
        ...units('n', 9, { 'pcgd-mn3to5': 1 }),
        ...units('m', 1, { 'pcgd-mn3to5': 0 }),
        ...units('e', 17, { 'pcgd-mn3to5': 1 }, ed),
        ...units('f', 3, { 'pcgd-mn3to5': 0 }, ed),
      ],
      POST,
    );
    expect(ok.standards['pcgd-mn3to5']?.level).toBe(1);
    // 10 of 10 favourable but 16 of 20 especially difficult (80%): not recognised
    const no = assessProvince(
      [
        ...units('n', 10, { 'pcgd-mn3to5': 1 }),
        ...units('e', 16, { 'pcgd-mn3to5': 1 }, ed),
        ...units('f', 4, { 'pcgd-mn3to5': 0 }, ed),
      ],
      POST,
    );
    expect(no.standards['pcgd-mn3to5']?.level).toBe(0);
  });
});

describe('Decree 277/2025 completion: pooled over ages 3–5 by default, per age as a reading', () => {
  it('by default one rate over the 3–5 cohort decides: 270 of 300 = 90% meets 85%', () => {
    const s = mn(PRESCHOOL);
    expect(s.level).toBe(1);
    expect(checkOf(s, 'pcgd-mn3to5.commune.age3to5-completed')).toMatchObject({
      status: 'pass',
      share: { numerator: 270, denominator: 300 },
    });
    expect(s.levels[0]!.checks.some((c) => c.rule.includes('age3-completed'))).toBe(false);
  });

  it('the per-age reading checks ages 3, 4 and 5 separately: age 3 at 70 of 90 (77.8%) fails 85%', () => {
    const s = mn(PRESCHOOL, { readings: PER_AGE });
    expect(s.level).toBe(0);
    expect(checkOf(s, 'pcgd-mn3to5.commune.age3-completed')).toMatchObject({
      status: 'fail',
      share: { numerator: 70, denominator: 90 },
      required: '85',
      provisional: true,
    });
    // the pooled completion rule is replaced, not added
    expect(s.levels[0]!.checks.some((c) => c.rule === 'pcgd-mn3to5.commune.age3to5-completed')).toBe(false);
    // attendance is unchanged (one rate over 3–5)
    expect(checkOf(s, 'pcgd-mn3to5.commune.age3to5-attending')).toMatchObject({ status: 'pass' });
    expect(s.provisionalRules).toContain('pcgd-mn3to5.commune.age3-completed');
  });

  it('an especially difficult commune gets 80% per age: age 3 at 72 of 90 = 80% passes', () => {
    // draft commune (b): "xã có điều kiện kinh tế - xã hội đặc biệt khó khăn … 80%"
    const input: CommuneInput = {
      ...PRESCHOOL,
      especiallyDifficult: true,
      counts: { age3to5: { ...PRESCHOOL.counts.age3to5, completed: 272, completedAge3: 72 } },
    };
    const s = mn(input, { readings: PER_AGE });
    expect(checkOf(s, 'pcgd-mn3to5.commune-ed.age3-completed')).toMatchObject({ status: 'pass', required: '80' });
    expect(s.level).toBe(1);
  });

  it('without per-age counts the per-age reading is undetermined and names the counts it needs', () => {
    const input: CommuneInput = { ...PRESCHOOL, counts: { age3to5: { total: 300, attending: 285, completed: 270 } } };
    expect(mn(input).level).toBe(1);
    const s = mn(input, { readings: PER_AGE });
    expect(s).toMatchObject({ level: 'unknown', minLevel: 0, maxLevel: 1 });
    expect(s.missing).toEqual(
      expect.arrayContaining(['age3to5.completedAge3', 'age3to5.totalAge3', 'age3to5.totalAge5']),
    );
  });

  it('the reading reaches rollUp and the rule set', () => {
    const communes = [{ ...PRESCHOOL, id: 'mn', province: 'p' }];
    expect(
      rollUp(communes, { ...POST, standards: ['pcgd-mn3to5'] }).provinces[0]!.standards['pcgd-mn3to5']?.level,
    ).toBe(1);
    expect(
      rollUp(communes, { ...POST, standards: ['pcgd-mn3to5'], readings: PER_AGE }).provinces[0]!.standards[
        'pcgd-mn3to5'
      ]?.level,
    ).toBe(0);
    // every reading of the regime with its option (primary level 1: the 11–14 cohort by default, primary-completion.test.ts)
    expect(resolveRules('nd142-2025').readings).toEqual({
      'pcgd-mn3to5.completion': 'pooled',
      'pcgd-th-1.completion': '11-14',
    });
    expect(resolveRules('nd142-2025', undefined, PER_AGE).readings).toEqual({
      ...PER_AGE,
      'pcgd-th-1.completion': '11-14',
    });
    // naming the default reading gives the shared default set; a reading's set is shared too
    expect(resolveRules('nd142-2025', {}, { 'pcgd-mn3to5.completion': 'pooled' })).toBe(resolveRules('nd142-2025'));
    expect(resolveRules('nd142-2025', undefined, PER_AGE)).toBe(resolveRules('nd142-2025', {}, PER_AGE));
    expect(resolveRules('nd142-2025', undefined, PER_AGE)).not.toBe(resolveRules('nd142-2025'));
  });

  it('per age, an age without children has nothing to complete; the pooled rate without any child stays unknown', () => {
    // invented: no 3-year-olds; ages 4 and 5 as in PRESCHOOL (95/100, 105/110); pooled 200/210
    const input: CommuneInput = {
      ...PRESCHOOL,
      counts: {
        age3to5: {
          total: 210,
          attending: 200,
          completed: 200,
          totalAge3: 0,
          completedAge3: 0,
          totalAge4: 100,
          completedAge4: 95,
          totalAge5: 110,
          completedAge5: 105,
        },
      },
    };
    const s = mn(input, { readings: PER_AGE });
    expect(checkOf(s, 'pcgd-mn3to5.commune.age3-completed')).toMatchObject({
      status: 'pass',
      share: { numerator: 0, denominator: 0 },
      rate: null,
    });
    expect(s.level).toBe(1);
    const none: CommuneInput = { ...PRESCHOOL, counts: { age3to5: { total: 0, attending: 0, completed: 0 } } };
    expect(mn(none).level).toBe('unknown');
  });

  it('per-age rules are overridable only under the per-age reading', () => {
    const id = 'pcgd-mn3to5.commune.age3-completed';
    expect(() => resolveRules('nd142-2025', { [id]: '75' })).toThrow(
      expect.objectContaining({ code: 'unknown-rule', path: ['overrides', id] }),
    );
    expect(() => resolveRules('nd142-2025', { [id]: '75' })).toThrow(/pcgd-mn3to5\.completion/);
    const s = mn(PRESCHOOL, { readings: PER_AGE, overrides: { [id]: '75' } });
    // 70 of 90 = 77.8% ≥ 75%: the caller's value decides
    expect(checkOf(s, id)).toMatchObject({ status: 'pass', required: '75', overridden: { from: '85' } });
  });

  it('bad readings are coded errors', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      throw new Error('no error');
    };
    expect(err(() => mn(PRESCHOOL, { readings: { 'pcgd-mn3to5.complete': 'per-age' } }))).toMatchObject({
      code: 'invalid-input',
      path: ['readings', 'pcgd-mn3to5.complete'],
    });
    expect(err(() => mn(PRESCHOOL, { readings: { 'pcgd-mn3to5.completion': 'per-year' } }))).toMatchObject({
      code: 'invalid-input',
      path: ['readings', 'pcgd-mn3to5.completion'],
    });
    expect(err(() => mn(PRESCHOOL, { readings: ['per-age'] }))).toMatchObject({
      code: 'invalid-input',
      path: ['readings'],
    });
    expect(err(() => resolveRules('nd20-2014', {}, PER_AGE))).toMatchObject({
      code: 'invalid-input',
      path: ['readings', 'pcgd-mn3to5.completion'],
    });
    // a resolved set already carries its readings
    expect(err(() => assessCommune(PRESCHOOL, { rules: resolveRules('nd142-2025'), readings: PER_AGE }))).toMatchObject(
      { code: 'invalid-input', path: ['readings'] },
    );
  });

  it('per-age counts must add up to the pooled counts, and each age’s completed children are among its children', () => {
    const fails = (age3to5: object, code: string, path: readonly (string | number)[]) => {
      try {
        assessCommune({ counts: { age3to5 } }, POST);
      } catch (e) {
        expect(e).toMatchObject({ code });
        expect((e as { issues: { path: unknown }[] }).issues.map((i) => i.path)).toContainEqual(path);
        return;
      }
      throw new Error('accepted');
    };
    const base = PRESCHOOL.counts.age3to5!;
    // 90 + 100 + 111 = 301 ≠ 300
    fails({ ...base, totalAge5: 111 }, 'inconsistent-counts', ['counts', 'age3to5', 'totalAge3']);
    // 90 + 100 + 109 = 299 ≠ 300
    fails({ ...base, totalAge5: 109 }, 'inconsistent-counts', ['counts', 'age3to5', 'total']);
    // completed 70 + 95 + 105 = 270; 271 ≠ 270
    fails({ ...base, completed: 271 }, 'inconsistent-counts', ['counts', 'age3to5', 'completed']);
    // 91 of 90 aged 3 completed
    fails({ ...base, completedAge3: 91, completedAge4: 94 }, 'inconsistent-counts', [
      'counts',
      'age3to5',
      'completedAge3',
    ]);
    // consistent counts are accepted
    expect(() => assessCommune({ counts: { age3to5: base } }, POST)).not.toThrow();
  });
});

describe('who recognises what (Decree 20/2014 Art. 25; Decree 143/2025, news)', () => {
  const byTier = (u: UnitAssessment, s: 'xmc' | 'pcgd-th' | 'pcgd-thcs' | 'pcgd-mn5' | 'pcgd-mn3to5') =>
    u.standards[s]!.levels.map((l) => l.recognisedBy?.authority);
  const province = assessProvince(
    units('a', 10, { xmc: 2, 'pcgd-mn5': 1, 'pcgd-mn3to5': 1, 'pcgd-th': 3, 'pcgd-thcs': 3 }),
    POST,
  );

  it('after the reform: the provincial chair for PCGD levels 1–2 and XMC level 1, the Minister for PCGD level 3 and XMC level 2', () => {
    expect(byTier(province, 'xmc')).toEqual(['provincial-chair', 'minister']);
    expect(byTier(province, 'pcgd-th')).toEqual(['provincial-chair', 'provincial-chair', 'minister']);
    expect(byTier(province, 'pcgd-thcs')).toEqual(['provincial-chair', 'provincial-chair', 'minister']);
    expect(province.standards.xmc!.levels[1]!.recognisedBy).toMatchObject({
      tier: 'province',
      labelVi: 'Bộ trưởng Bộ Giáo dục và Đào tạo',
      verified: false,
      source: { document: expect.stringMatching(/^Nghị định số 143\/2025\/NĐ-CP ngày 12\/6\/2025 của Chính phủ/) },
    });
    expect(province.standards.xmc!.levels[0]!.recognisedBy?.labelVi).toBe('Chủ tịch Ủy ban nhân dân cấp tỉnh');
  });

  it('not established: the preschool standards, and every commune after the reform', () => {
    // §(a).4: the news names "mức độ 1 và mức độ 2"; the preschool standards have no levels; ND 277's procedure unread
    expect(byTier(province, 'pcgd-mn5')).toEqual(['unknown']);
    expect(byTier(province, 'pcgd-mn3to5')).toEqual(['unknown']);
    // §(a).4: "Who recognises communes is still unknown. The two news reports conflict"
    const commune = assessCommune(DAK_CAM, { ...POST, standards: ['xmc'] }).standards.xmc!;
    expect(commune.levels.map((l) => l.recognisedBy?.authority)).toEqual(['unknown', 'unknown']);
    expect(commune.levels[0]!.recognisedBy).toMatchObject({
      tier: 'commune',
      verified: false,
      labelVi: 'chưa xác định',
    });
  });

  it('nothing recognised after the reform is verified, and it never makes a result provisional', () => {
    for (const r of getRegime('nd142-2025').recognition)
      expect(r.verified, `${r.standard} ${r.level} ${r.tier}`).toBe(false);
    // Đăk Cấm (seed 004) rests on verified Decree 20/2014 thresholds only
    expect(assessCommune(DAK_CAM, { ...POST, standards: ['xmc'] }).standards.xmc).toMatchObject({
      level: 2,
      provisional: false,
    });
  });

  it('every standard, level and tier of each regime has its entry', () => {
    for (const regime of Object.values(REGIMES)) {
      for (const s of regime.standards) {
        const top = s === 'xmc' ? 2 : s === 'pcgd-th' || s === 'pcgd-thcs' ? 3 : 1;
        for (let level = 1; level <= top; level++) {
          for (const tier of regime.tiers) {
            const n = regime.recognition.filter((r) => r.standard === s && r.level === level && r.tier === tier).length;
            expect(n, `${regime.id} ${s} ${level} ${tier}`).toBe(1);
          }
        }
      }
    }
  });

  it('before the reform (Art. 25, verified): district committee → communes, province → districts, Ministry → provinces', () => {
    const communes = ['a', 'b'].map((id) => ({ ...fullCommune(), id, province: 'p', district: 'd' }));
    const r = rollUp(communes, { regime: 'nd20-2014', standards: ['xmc'] });
    expect(r.communes[0]!.standards.xmc!.levels[1]!.recognisedBy).toMatchObject({
      authority: 'district-people-committee',
      verified: true,
      source: { article: 'Điều 25' },
    });
    expect(r.districts[0]!.standards.xmc!.levels[1]!.recognisedBy).toMatchObject({
      authority: 'province-people-committee',
      verified: true,
    });
    expect(r.provinces[0]!.standards.xmc!.levels[1]!.recognisedBy).toMatchObject({
      authority: 'ministry',
      verified: true,
    });
    // the check objects are unchanged by it
    expect((r.provinces[0]!.standards.xmc!.levels[1]!.checks[0] as RollupCheck).rule).toBe('xmc-2.province.districts');
  });
});
