import { describe, expect, it } from 'vitest';
import { XhhtError } from '../../src/errors.js';
import { assessCommune } from '../../src/standards/commune.js';
import type { ConditionCheck, RequiresCheck, ShareCheck } from '../../src/standards/result.js';
import { resolveRules } from '../../src/standards/ruleset.js';
import { ALL_CONDITIONS_YES, DAK_CAM, frozen, fullCommune, literacy } from './fixtures.js';

const rule = (
  r: ReturnType<typeof assessCommune>,
  standard: 'xmc' | 'pcgd-mn5' | 'pcgd-mn3to5' | 'pcgd-th' | 'pcgd-thcs',
  id: string,
) => r.standards[standard]!.levels.flatMap((l) => l.checks).find((c) => c.rule === id);

describe('Đăk Cấm (seed 004): 19,739 of 19,747 people aged 15–60 at literate level 2', () => {
  for (const regime of ['nd20-2014', 'nd142-2025'] as const) {
    it(`meets XMC level 2 under ${regime}, as the ward reports (seed 004 line 58)`, () => {
      const r = assessCommune(DAK_CAM, { regime, standards: ['xmc'] });
      const xmc = r.standards.xmc!;
      expect(xmc).toMatchObject({ level: 2, minLevel: 2, maxLevel: 2, provisional: false, missing: [] });
      const check = rule(r, 'xmc', 'xmc-2.commune.age15to60-literate2') as ShareCheck;
      // seed 004 line 56: "19.739/19.747, tỷ lệ 99,96%"; Decree 20/2014 Art. 21: at least 90%
      expect(check).toMatchObject({
        status: 'pass',
        share: { numerator: 19739, denominator: 19747 },
        rate: '99.96',
        required: '90',
        verified: true,
        provisional: false,
        source: {
          document: expect.stringMatching(/^Nghị định số 20\/2014\/NĐ-CP ngày 24\/3\/2014 của Chính phủ/),
          article: 'Điều 21',
        },
      });
      // seed 004 line 47: 9.399/9.399 aged 15–35 at level 1 (Art. 20)
      expect(rule(r, 'xmc', 'xmc-1.commune.age15to35-literate1')).toMatchObject({
        status: 'pass',
        share: { numerator: 9399, denominator: 9399 },
        rate: '100.00',
      });
    });
  }

  it('as an especially difficult ward it is judged on 15–25 and 15–35 (seed 004 lines 41, 49)', () => {
    const r = assessCommune({ ...DAK_CAM, especiallyDifficult: true }, { regime: 'nd20-2014', standards: ['xmc'] });
    expect(r.standards.xmc?.level).toBe(2);
    expect(rule(r, 'xmc', 'xmc-1.commune-ed.age15to25-literate1')).toMatchObject({
      share: { numerator: 4811, denominator: 4811 },
    });
    expect(rule(r, 'xmc', 'xmc-2.commune-ed.age15to35-literate2')).toMatchObject({
      share: { numerator: 9399, denominator: 9399 },
    });
  });

  it('an override of 99.96% (the rate the ward reports, rounded) turns it into level 1, provisionally', () => {
    // 19,739 / 19,747 = 99.9594…%: below 99.96 although it rounds to it
    const r = assessCommune(DAK_CAM, {
      regime: 'nd142-2025',
      standards: ['xmc'],
      overrides: { 'xmc-2.commune.age15to60-literate2': '99.96' },
    });
    expect(r.standards.xmc).toMatchObject({
      level: 1,
      provisional: true,
      provisionalRules: ['xmc-2.commune.age15to60-literate2'],
    });
    expect(rule(r, 'xmc', 'xmc-2.commune.age15to60-literate2')).toMatchObject({
      status: 'fail',
      required: '99.96',
      rate: '99.95', // half-up would show 99.96, the minimum: the display is kept below it
      verified: false,
      provisional: true,
      overridden: { from: '90' },
    });
  });
});

describe('levels are cumulative', () => {
  it('XMC level 2 criteria met but level 1 not: level 0, and level 2 shows status pass but not met', () => {
    // 15–35 at level 1: 850 of 1,000 (< 90%, Art. 20); 15–60 at level 2: 1,850 of 2,000 = 92.5% (≥ 90%, Art. 21)
    const r = assessCommune(fullCommune(literacy([500, 500, 500], [500, 350, 350], [1000, 1000, 1000])), {
      regime: 'nd20-2014',
      standards: ['xmc'],
    });
    const xmc = r.standards.xmc!;
    expect(xmc.level).toBe(0);
    expect(xmc.levels[0]).toMatchObject({ level: 1, status: 'fail', met: 'fail' });
    expect(xmc.levels[1]).toMatchObject({ level: 2, status: 'pass', met: 'fail' });
  });

  it('primary level 3 criteria met but level 1 not (children aged 11–14: 79%): level 0', () => {
    // Art. 9.b: ≥ 80% of children "đến 14 tuổi" completed primary, over the 11–14 cohort by default (TH-M1 row 43)
    const r = assessCommune(fullCommune({ age11to14: { total: 1000, completedPrimary: 790 } }), {
      regime: 'nd20-2014',
      standards: ['pcgd-th'],
    });
    const th = r.standards['pcgd-th']!;
    expect(th.level).toBe(0);
    expect(th.levels.map((l) => l.met)).toEqual(['fail', 'fail', 'fail']);
    // level 3 fails on its own "meets level 2" rule (Art. 11.a)
    expect(rule(r, 'pcgd-th', 'pcgd-th-3.commune.requires.pcgd-th-2')).toMatchObject({
      kind: 'requires',
      status: 'fail',
    });
  });

  it('primary levels 2 and 3 need every remaining 11-year-old in primary classes (Art. 10.c, 11.c)', () => {
    // 1,000 11-year-olds: 950 completed, 49 in primary, 1 out of school
    const r = assessCommune(fullCommune({ age11: { total: 1000, completedPrimary: 950, inPrimary: 49 } }), {
      regime: 'nd20-2014',
      standards: ['pcgd-th'],
    });
    expect(r.standards['pcgd-th']?.level).toBe(1);
    expect(rule(r, 'pcgd-th', 'pcgd-th-2.commune.age11-in-school')).toMatchObject({
      status: 'fail',
      share: { numerator: 999, denominator: 1000 },
      rate: '99.90',
    });
  });

  it('a commune meeting everything reaches the top level of every standard', () => {
    const r = assessCommune(fullCommune(), { regime: 'nd142-2025' });
    expect(Object.fromEntries(Object.entries(r.standards).map(([k, v]) => [k, v.level]))).toEqual({
      xmc: 2,
      'pcgd-mn5': 1,
      'pcgd-mn3to5': 1,
      'pcgd-th': 3,
      'pcgd-thcs': 3,
    });
  });
});

describe('lower secondary level 1 needs primary level 1 and XMC level 1 at the same commune (Art. 14.a)', () => {
  it('XMC level 1 not met: THCS level 0 although every THCS count is 100%', () => {
    const r = assessCommune(fullCommune(literacy([500, 500, 500], [500, 350, 350], [1000, 1000, 1000])), {
      regime: 'nd20-2014',
      standards: ['pcgd-thcs'],
    });
    expect(r.standards.xmc?.level).toBe(0);
    expect(r.standards['pcgd-th']?.level).toBe(3);
    expect(r.standards['pcgd-thcs']?.level).toBe(0);
    const check = rule(r, 'pcgd-thcs', 'pcgd-thcs-1.commune.requires.xmc-1') as RequiresCheck;
    expect(check).toMatchObject({
      status: 'fail',
      requires: { standard: 'xmc', level: 1 },
      source: { article: 'Điều 14' },
    });
  });

  it('primary level 1 not met: THCS level 0', () => {
    const r = assessCommune(fullCommune({ age6: { total: 1000, enteringGrade1: 899 } }), {
      regime: 'nd20-2014',
      standards: ['pcgd-thcs'],
    });
    expect(r.standards['pcgd-th']?.level).toBe(0);
    expect(r.standards['pcgd-thcs']?.level).toBe(0);
    expect(rule(r, 'pcgd-thcs', 'pcgd-thcs-1.commune.requires.pcgd-th-1')?.status).toBe('fail');
  });

  it('both met: THCS is decided by its own counts', () => {
    const r = assessCommune(fullCommune(), { regime: 'nd20-2014', standards: ['pcgd-thcs'] });
    expect(r.standards['pcgd-thcs']?.level).toBe(3);
    expect(rule(r, 'pcgd-thcs', 'pcgd-thcs-1.commune.requires.xmc-1')?.status).toBe('pass');
  });

  it('XMC undetermined: THCS undetermined, and its missing fields name the XMC counts', () => {
    const { age15to60: _, ...rest } = fullCommune().counts;
    const r = assessCommune(
      { ...fullCommune(), counts: { ...rest, age15to60: undefined } },
      { regime: 'nd20-2014', standards: ['pcgd-thcs'] },
    );
    // 15–35 is complete, so XMC level 1 is met; level 2 (15–60) is unknown
    expect(r.standards.xmc).toMatchObject({
      level: 'unknown',
      minLevel: 1,
      maxLevel: 2,
      missing: ['age15to60.literateLevel2', 'age15to60.total'],
    });
    expect(r.standards['pcgd-thcs']?.level).toBe(3);
    const noXmc = assessCommune(
      { ...fullCommune(), counts: { ...rest, age15to25: undefined, age15to35: undefined, age15to60: undefined } },
      { regime: 'nd20-2014', standards: ['pcgd-thcs'] },
    );
    expect(noXmc.standards['pcgd-thcs']).toMatchObject({ level: 'unknown', minLevel: 0, maxLevel: 3 });
    expect(noXmc.standards['pcgd-thcs']?.missing).toEqual(
      expect.arrayContaining(['age15to35.literateLevel1', 'age15to35.total']),
    );
    expect(rule(noXmc, 'pcgd-thcs', 'pcgd-thcs-1.commune.requires.xmc-1')).toMatchObject({
      status: 'unknown',
      missing: expect.arrayContaining(['age15to35.total']),
    });
  });

  it('asking for THCS alone also assesses the standards it depends on', () => {
    const r = assessCommune(fullCommune(), { regime: 'nd20-2014', standards: ['pcgd-thcs'] });
    expect(Object.keys(r.standards)).toEqual(['xmc', 'pcgd-th', 'pcgd-thcs']);
  });
});

describe('missing counts and unanswered conditions make checks unknown, never pass or fail', () => {
  it('no 11–14 counts: primary undetermined between 0 and 3, naming the missing fields', () => {
    const r = assessCommune(fullCommune({ age11to14: undefined }), { regime: 'nd20-2014', standards: ['pcgd-th'] });
    expect(r.standards['pcgd-th']).toMatchObject({
      level: 'unknown',
      minLevel: 0,
      maxLevel: 3,
      missing: ['age11to14.completedPrimary', 'age11to14.total'],
    });
    expect(rule(r, 'pcgd-th', 'pcgd-th-1.commune.age11to14-completed')).toMatchObject({
      status: 'unknown',
      share: null,
      rate: null,
      missing: ['age11to14.completedPrimary', 'age11to14.total'],
    });
    expect(r.missing).toEqual(['age11to14.completedPrimary', 'age11to14.total']);
  });

  it('no 14-year-old counts under the reading 14: the same, with its own fields', () => {
    const r = assessCommune(fullCommune({ age14: undefined }), {
      regime: 'nd20-2014',
      standards: ['pcgd-th'],
      readings: { 'pcgd-th-1.completion': '14' },
    });
    expect(r.standards['pcgd-th']).toMatchObject({
      level: 'unknown',
      minLevel: 0,
      maxLevel: 3,
      missing: ['age14.completedPrimary', 'age14.total'],
    });
    expect(rule(r, 'pcgd-th', 'pcgd-th-1.commune.age14-completed')).toMatchObject({
      status: 'unknown',
      share: null,
      rate: null,
      missing: ['age14.completedPrimary', 'age14.total'],
    });
  });

  it('only the numerator missing: the check names just that field', () => {
    const r = assessCommune(fullCommune({ age5: { total: 1000, attending: 990 } }), {
      regime: 'nd20-2014',
      standards: ['pcgd-mn5'],
    });
    expect(r.standards['pcgd-mn5']).toMatchObject({
      level: 'unknown',
      minLevel: 0,
      maxLevel: 1,
      missing: ['age5.completed'],
    });
  });

  it('an unanswered condition: unknown, naming the condition', () => {
    const r = assessCommune(
      {
        ...fullCommune(),
        conditions: {
          ...ALL_CONDITIONS_YES,
          primary: { enoughTeachers: true, teachersMeetStandard: true, monitorAssigned: true },
        },
      },
      { regime: 'nd20-2014', standards: ['pcgd-th'] },
    );
    expect(r.standards['pcgd-th']).toMatchObject({
      level: 'unknown',
      minLevel: 0,
      maxLevel: 3,
      missing: ['conditions.primary.facilities'],
    });
    expect(rule(r, 'pcgd-th', 'pcgd-th-1.commune.condition.facilities') as ConditionCheck).toMatchObject({
      status: 'unknown',
      value: null,
    });
  });

  it('a condition answered no fails its level (TT 07/2016 Art. 4)', () => {
    const r = assessCommune(
      {
        ...fullCommune(),
        conditions: { ...ALL_CONDITIONS_YES, primary: { ...ALL_CONDITIONS_YES.primary, enoughTeachers: false } },
      },
      { regime: 'nd20-2014', standards: ['pcgd-th'] },
    );
    expect(r.standards['pcgd-th']?.level).toBe(0);
    expect(rule(r, 'pcgd-th', 'pcgd-th-1.commune.condition.enough-teachers')).toMatchObject({
      status: 'fail',
      value: false,
      source: { article: 'Điều 4' },
    });
  });

  it('missing counts of a level above a failed one are not asked for: the level is decided', () => {
    // 6-year-olds entering grade 1: 80% (< 90%, Art. 9.a), 11-year-olds unknown
    const r = assessCommune(fullCommune({ age6: { total: 1000, enteringGrade1: 800 }, age11: undefined }), {
      regime: 'nd20-2014',
      standards: ['pcgd-th'],
    });
    expect(r.standards['pcgd-th']).toMatchObject({ level: 0, minLevel: 0, maxLevel: 0, missing: [] });
  });

  it('nobody in an age group: no rate and unknown, never 0% and never a pass', () => {
    const r = assessCommune(fullCommune({ age5: { total: 0, attending: 0, completed: 0 } }), {
      regime: 'nd20-2014',
      standards: ['pcgd-mn5'],
    });
    expect(r.standards['pcgd-mn5']?.level).toBe('unknown');
    expect(rule(r, 'pcgd-mn5', 'pcgd-mn5.commune.age5-attending')).toMatchObject({
      status: 'unknown',
      rate: null,
      share: { numerator: 0, denominator: 0 },
    });
  });

  it('nobody disabled able to learn: nothing to mobilise, the TT 07/2016 Art. 2 check passes', () => {
    const r = assessCommune(fullCommune({ disabled: { ableToLearn: 0, inEducation: 0 } }), {
      regime: 'nd20-2014',
      standards: ['xmc'],
    });
    expect(r.standards.xmc?.level).toBe(2);
    expect(rule(r, 'xmc', 'xmc-1.commune.disabled-in-education')).toMatchObject({ status: 'pass', rate: null });
  });

  it('an empty dossier is undetermined everywhere, not failed', () => {
    const r = assessCommune({ counts: {} }, { regime: 'nd142-2025' });
    for (const s of Object.values(r.standards))
      expect(s).toMatchObject({ level: 'unknown', minLevel: 0, maxLevel: s.topLevel });
  });
});

describe('provisional rules are never hidden', () => {
  it('the 3–5 preschool standard (Decree 277/2025, unverified) is provisional in every commune result', () => {
    const r = assessCommune(fullCommune(), { regime: 'nd142-2025', standards: ['pcgd-mn3to5'] });
    const s = r.standards['pcgd-mn3to5']!;
    expect(s.provisional).toBe(true);
    expect(r.provisional).toBe(true);
    expect(s.provisionalRules).toEqual([
      'pcgd-mn3to5.commune.age3to5-attending',
      'pcgd-mn3to5.commune.age3to5-completed',
      'pcgd-mn3to5.commune.condition.facilities',
    ]);
    expect(rule(r, 'pcgd-mn3to5', 'pcgd-mn3to5.commune.age3to5-attending')).toMatchObject({
      verified: false,
      provisional: true,
      source: { document: expect.stringMatching(/^Nghị định số 277\/2025\/NĐ-CP ngày 20\/10\/2025 của Chính phủ/) },
    });
  });

  it('Decree 20/2014 commune rules are verified: no provisional flag (but the 5-year-old completion rule, domain note §2, and primary level 1 over ages 11–14)', () => {
    const r = assessCommune(fullCommune(), {
      regime: 'nd20-2014',
      standards: ['xmc', 'pcgd-th', 'pcgd-thcs'],
      readings: { 'pcgd-th-1.completion': '14' },
    });
    expect(r.provisional).toBe(false);
    for (const s of Object.values(r.standards)) expect(s.provisionalRules).toEqual([]);
    // by default Art. 9.b is read over ages 11–14, as the forms compute it (legal-2026-12.md §(d)): unverified
    const forms = assessCommune(fullCommune(), { regime: 'nd20-2014', standards: ['xmc', 'pcgd-th', 'pcgd-thcs'] });
    expect(forms.standards.xmc?.provisionalRules).toEqual([]);
    expect(forms.standards['pcgd-th']?.provisionalRules).toEqual(['pcgd-th-1.commune.age11to14-completed']);
    expect(forms.standards['pcgd-thcs']?.provisionalRules).toEqual(['pcgd-th-1.commune.age11to14-completed']);
    // Art. 6 completion: its denominator is [U], so the 5-year-old standard is provisional
    expect(assessCommune(fullCommune(), { regime: 'nd20-2014' }).standards['pcgd-mn5']?.provisionalRules).toEqual([
      'pcgd-mn5.commune.age5-completed',
    ]);
  });

  it('a bare override is unverified; one the caller vouches for is not', () => {
    const completed = 'pcgd-mn5.commune.age5-completed'; // unverified anyway (domain note §2)
    const bare = assessCommune(fullCommune(), {
      regime: 'nd20-2014',
      standards: ['pcgd-mn5'],
      overrides: { 'pcgd-mn5.commune.age5-attending': 96 },
    });
    expect(bare.standards['pcgd-mn5']).toMatchObject({
      provisional: true,
      provisionalRules: ['pcgd-mn5.commune.age5-attending', completed],
    });
    expect(rule(bare, 'pcgd-mn5', 'pcgd-mn5.commune.age5-attending')?.source.note).toMatch(
      /overridden by the caller \(built-in value 95\)/,
    );
    const vouched = assessCommune(fullCommune(), {
      regime: 'nd20-2014',
      standards: ['pcgd-mn5'],
      overrides: {
        'pcgd-mn5.commune.age5-attending': {
          value: '96',
          verified: true,
          source: { note: 'Sở GDĐT legal opinion (test)' },
        },
      },
    });
    expect(vouched.standards['pcgd-mn5']?.provisionalRules).toEqual([completed]);
    expect(rule(vouched, 'pcgd-mn5', 'pcgd-mn5.commune.age5-attending')).toMatchObject({
      required: '96',
      overridden: { from: '95' },
      source: { note: 'Sở GDĐT legal opinion (test)', article: 'Điều 6' },
    });
  });

  it('an override moves the boundary: 95.9% of 5-year-olds attending fails a 96% override', () => {
    const r = assessCommune(fullCommune({ age5: { total: 1000, attending: 959, completed: 959 } }), {
      regime: 'nd20-2014',
      standards: ['pcgd-mn5'],
      overrides: { 'pcgd-mn5.commune.age5-attending': '96' },
    });
    expect(r.standards['pcgd-mn5']?.level).toBe(0);
  });
});

describe('bad input: coded XhhtError with a path', () => {
  const fails = (input: unknown, code: string, path: readonly (string | number)[]) => {
    try {
      assessCommune(input as never, { regime: 'nd20-2014' });
    } catch (e) {
      expect(e).toBeInstanceOf(XhhtError);
      expect(e).toMatchObject({ code, path });
      return e as XhhtError;
    }
    throw new Error('expected an XhhtError');
  };

  it('a numerator above its total', () => {
    const e = fails(
      { counts: { age15to60: { total: 19747, literateLevel1: 19747, literateLevel2: 19748 } } },
      'numerator-exceeds-denominator',
      ['counts', 'age15to60', 'literateLevel2'],
    );
    expect(e.messageVi).toContain('lớn hơn');
  });

  it('age groups that contradict each other: more people 15–35 than 15–60', () => {
    fails({ counts: { age15to35: { total: 9399 }, age15to60: { total: 9398 } } }, 'inconsistent-counts', [
      'counts',
      'age15to35',
      'total',
    ]);
  });

  it('more literate people aged 15–35 than aged 15–60', () => {
    fails(
      { counts: { age15to35: { total: 100, literateLevel1: 90 }, age15to60: { total: 200, literateLevel1: 89 } } },
      'inconsistent-counts',
      ['counts', 'age15to35', 'literateLevel1'],
    );
  });

  it('more illiterate people aged 15–25 than aged 15–35', () => {
    // 15–25: 10 of 100 not literate; 15–35: 5 of 200 not literate
    fails(
      { counts: { age15to25: { total: 100, literateLevel1: 90 }, age15to35: { total: 200, literateLevel1: 195 } } },
      'inconsistent-counts',
      ['counts', 'age15to25', 'total'],
    );
  });

  it('more people at literate level 2 than at level 1', () => {
    fails({ counts: { age15to60: { total: 100, literateLevel1: 80, literateLevel2: 81 } } }, 'inconsistent-counts', [
      'counts',
      'age15to60',
      'literateLevel2',
    ]);
  });

  it('11-year-olds completed plus in primary above all 11-year-olds', () => {
    fails({ counts: { age11: { total: 100, completedPrimary: 90, inPrimary: 11 } } }, 'inconsistent-counts', [
      'counts',
      'age11',
      'completedPrimary',
    ]);
  });

  it('negative, fractional, NaN and text counts', () => {
    fails({ counts: { age5: { total: -1 } } }, 'invalid-count', ['counts', 'age5', 'total']);
    fails({ counts: { age6: { total: 10.5 } } }, 'invalid-count', ['counts', 'age6', 'total']);
    fails({ counts: { age6: { total: Number.NaN } } }, 'invalid-count', ['counts', 'age6', 'total']);
    fails({ counts: { age6: { total: '100' } } }, 'invalid-count', ['counts', 'age6', 'total']);
  });

  it('unknown groups, fields and conditions, and bad shapes', () => {
    fails({ counts: { age7: { total: 1 } } }, 'invalid-input', ['counts', 'age7']);
    fails({ counts: { age6: { totl: 1 } } }, 'invalid-input', ['counts', 'age6', 'totl']);
    fails({ counts: {}, conditions: { xmc: { enoughTeacher: true } } }, 'invalid-input', [
      'conditions',
      'xmc',
      'enoughTeacher',
    ]);
    fails({ counts: {}, conditions: { xmc: { enoughTeachers: 'yes' } } }, 'invalid-input', [
      'conditions',
      'xmc',
      'enoughTeachers',
    ]);
    fails({ counts: {}, especiallyDifficult: 'no' }, 'invalid-input', ['especiallyDifficult']);
    fails({}, 'invalid-input', ['counts']);
    fails(null, 'invalid-input', []);
  });

  it('every problem of a dossier is in error.issues, not just the first', () => {
    const e = fails({ counts: { age5: { total: -1 }, age6: { total: 1.5 } } }, 'invalid-count', [
      'counts',
      'age5',
      'total',
    ]);
    expect(e.issues.map((i) => i.path)).toEqual([
      ['counts', 'age5', 'total'],
      ['counts', 'age6', 'total'],
    ]);
  });

  it('unknown regime, standard or rule id; an override that is not a number', () => {
    expect(() => assessCommune(fullCommune(), { regime: 'nd43-2000' })).toThrow(
      expect.objectContaining({ code: 'unknown-regime', path: ['regime'] }),
    );
    // a regime left out has its own code since issue 12 (was unknown-regime)
    expect(() => assessCommune(fullCommune(), {})).toThrow(expect.objectContaining({ code: 'missing-regime' }));
    expect(() => assessCommune(fullCommune(), { regime: 'nd20-2014', standards: ['xmc', 'pcgd-thpt'] })).toThrow(
      expect.objectContaining({ code: 'unknown-standard', path: ['standards', 1] }),
    );
    // the 3–5 preschool standard does not exist before the reform
    expect(() => assessCommune(fullCommune(), { regime: 'nd20-2014', standards: ['pcgd-mn3to5'] })).toThrow(
      expect.objectContaining({ code: 'unknown-standard' }),
    );
    expect(() =>
      assessCommune(fullCommune(), { regime: 'nd20-2014', overrides: { 'xmc-2.commune.age15to60-literate': '90' } }),
    ).toThrow(
      expect.objectContaining({ code: 'unknown-rule', path: ['overrides', 'xmc-2.commune.age15to60-literate'] }),
    );
    expect(() =>
      assessCommune(fullCommune(), { regime: 'nd20-2014', overrides: { 'xmc-2.commune.age15to60-literate2': '9O' } }),
    ).toThrow(expect.objectContaining({ code: 'invalid-threshold' }));
    expect(() =>
      assessCommune(fullCommune(), { regime: 'nd20-2014', overrides: { 'pcgd-thcs-1.commune.requires.xmc-1': '90' } }),
    ).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });
});

describe('results are data', () => {
  it('the input is never mutated (deep-frozen input)', () => {
    const input = frozen(fullCommune({ age11to14: undefined }));
    const before = JSON.stringify(input);
    const r = assessCommune(input, { regime: 'nd142-2025' });
    void JSON.stringify(r);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('details are a copy: editing the input afterwards changes nothing', () => {
    const input = structuredClone(DAK_CAM) as { counts: { age15to60: { literateLevel2: number } } };
    const r = assessCommune(input as never, { regime: 'nd20-2014', standards: ['xmc'] });
    input.counts.age15to60.literateLevel2 = 1;
    expect(rule(r, 'xmc', 'xmc-2.commune.age15to60-literate2')).toMatchObject({
      status: 'pass',
      share: { numerator: 19739 },
    });
  });

  it('JSON, structuredClone and spread carry every level and check', () => {
    const r = assessCommune(DAK_CAM, { regime: 'nd20-2014', standards: ['xmc'] });
    const json = JSON.parse(JSON.stringify(r));
    expect(json.standards.xmc.levels[1].checks[0]).toMatchObject({
      rule: 'xmc-2.commune.age15to60-literate2',
      rate: '99.96',
    });
    const clone = structuredClone(r);
    expect(clone.standards.xmc?.levels).toHaveLength(2);
    expect({ ...r.standards.xmc }.levels).toHaveLength(2);
    expect(Object.keys(r)).toEqual([
      'id',
      'name',
      'tier',
      'regime',
      'especiallyDifficult',
      'missing',
      'provisional',
      'standards',
    ]);
    expect(json).toEqual(clone);
  });

  it('a resolved rule set can be reused, and is frozen', () => {
    const rules = resolveRules('nd20-2014');
    expect(assessCommune(DAK_CAM, { rules, standards: ['xmc'] }).standards.xmc?.level).toBe(2);
    expect(Object.isFrozen(rules.rules[0])).toBe(true);
    expect(() => assessCommune(DAK_CAM, { rules, regime: 'nd142-2025' })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});
