import { describe, expect, it } from 'vitest';
import { assessCommune } from '../../src/standards/commune.js';
import type { CommuneCounts, StandardId } from '../../src/standards/model.js';
import type { ShareCheck } from '../../src/standards/result.js';
import type { RegimeId } from '../../src/standards/rule.js';
import { fullCommune, literacy } from './fixtures.js';

/*
 * Every commune threshold, one below, exactly at and one above, for ordinary
 * and especially difficult communes. The minimums are typed here from the
 * articles (shared/domain/standards-xmc-pcgd.md §2–6, standards-verification.md
 * §2–3), not read from the rule data. Each group has 1,000 people, so the
 * boundary is "minimum × 10": 899 / 900 / 901 of 1,000 against 90%.
 */

interface Row {
  /** Rule id whose check decides the boundary. */
  readonly rule: string;
  readonly standard: StandardId;
  readonly level: number;
  readonly ed: boolean;
  /** Minimum in percent, from the article named in `source`. */
  readonly min: number;
  readonly source: string;
  /** The counts with `n` of 1,000 meeting this criterion (everything else 100%). */
  readonly counts: (n: number) => Partial<CommuneCounts>;
  /** Level of the standard when exactly at (and one above) the minimum. */
  readonly levelAt: number;
  readonly regime?: RegimeId;
  /** A reading other than the default, for rules that exist only under it. */
  readonly readings?: Readonly<Record<string, string>>;
}

const age5 = (field: 'attending' | 'completed') => (n: number) => ({
  age5: { total: 1000, attending: 1000, completed: 1000, [field]: n },
});
const age3to5 = (field: 'attending' | 'completed') => (n: number) => ({
  age3to5: { total: 1000, attending: 1000, completed: 1000, [field]: n },
});
const age6 = (n: number) => ({ age6: { total: 1000, enteringGrade1: n } });
const age14 = (n: number) => ({ age14: { total: 1000, completedPrimary: n } });
// The 11–14 cohort, as the forms compute Art. 9.b (TH-M1 summary row 43: 11–14 HTCTTH over PPC 11–14; legal-2026-12.md §(d)).
const age11to14 = (n: number) => ({ age11to14: { total: 1000, completedPrimary: n } });
const ONLY_14 = { 'pcgd-th-1.completion': '14' } as const;
// The 11-year-olds who did not complete primary are all still in primary classes (Art. 10.c / 11.c).
const age11 = (n: number) => ({ age11: { total: 1000, completedPrimary: n, inPrimary: 1000 - n } });
// 1,000 people aged 15–18 need at least as many aged 15–25 (15–18 ⊂ 15–25): everyone literate, so XMC (Art. 14.a) passes.
const youthLiteracy = literacy([1000, 1000, 1000], [500, 500, 500], [500, 500, 500]);
const diploma = (n: number) => ({
  ...youthLiteracy,
  age15to18: { total: 1000, lowerSecondaryDiploma: n, inUpperSecondaryOrVocational: 1000 },
});
const studying = (n: number) => ({
  ...youthLiteracy,
  age15to18: { total: 1000, lowerSecondaryDiploma: 1000, inUpperSecondaryOrVocational: n },
});
const disabled = (n: number) => ({ disabled: { ableToLearn: 1000, inEducation: n } });

const ROWS: readonly Row[] = [
  // XMC, Decree 20/2014 Art. 20 (level 1) and Art. 21 (level 2); literacy bands built so only the named group moves.
  {
    rule: 'xmc-1.commune.age15to35-literate1',
    standard: 'xmc',
    level: 1,
    ed: false,
    min: 90,
    source: 'ND 20/2014 Art. 20: ≥ 90% of 15–35 at literate level 1',
    counts: (n) => literacy([500, 500, 500], [500, n - 500, n - 500], [1000, 1000, 1000]),
    levelAt: 2,
  },
  {
    rule: 'xmc-2.commune.age15to60-literate2',
    standard: 'xmc',
    level: 2,
    ed: false,
    min: 90,
    source: 'ND 20/2014 Art. 21: ≥ 90% of 15–60 at literate level 2',
    counts: (n) => literacy([250, 250, 250], [250, 250, 250], [500, 500, n - 500]),
    levelAt: 2,
  },
  {
    rule: 'xmc-1.commune-ed.age15to25-literate1',
    standard: 'xmc',
    level: 1,
    ed: true,
    min: 90,
    source: 'ND 20/2014 Art. 20: especially difficult, ≥ 90% of 15–25 at level 1',
    counts: (n) => literacy([1000, n, n], [1000, 1000, 1000], [2000, 2000, 2000]),
    levelAt: 2,
  },
  {
    rule: 'xmc-2.commune-ed.age15to35-literate2',
    standard: 'xmc',
    level: 2,
    ed: true,
    min: 90,
    source: 'ND 20/2014 Art. 21: especially difficult, ≥ 90% of 15–35 at level 2',
    counts: (n) => literacy([500, 500, 500], [500, 500, n - 500], [1000, 1000, 1000]),
    levelAt: 2,
  },
  // Circular 07/2016 Art. 2: ≥ 60% of disabled people able to learn brought into education, every standard.
  {
    rule: 'xmc-1.commune.disabled-in-education',
    standard: 'xmc',
    level: 1,
    ed: false,
    min: 60,
    source: 'TT 07/2016 Art. 2',
    counts: disabled,
    levelAt: 2,
  },
  {
    rule: 'pcgd-th-1.commune.disabled-in-education',
    standard: 'pcgd-th',
    level: 1,
    ed: true,
    min: 60,
    source: 'TT 07/2016 Art. 2',
    counts: disabled,
    levelAt: 3,
  },
  // PCGD mầm non 5 tuổi, Decree 20/2014 Art. 6: attendance 95 / 90, completion 85 / 80.
  {
    rule: 'pcgd-mn5.commune.age5-attending',
    standard: 'pcgd-mn5',
    level: 1,
    ed: false,
    min: 95,
    source: 'ND 20/2014 Art. 6',
    counts: age5('attending'),
    levelAt: 1,
  },
  {
    rule: 'pcgd-mn5.commune-ed.age5-attending',
    standard: 'pcgd-mn5',
    level: 1,
    ed: true,
    min: 90,
    source: 'ND 20/2014 Art. 6',
    counts: age5('attending'),
    levelAt: 1,
  },
  {
    rule: 'pcgd-mn5.commune.age5-completed',
    standard: 'pcgd-mn5',
    level: 1,
    ed: false,
    min: 85,
    source: 'ND 20/2014 Art. 6',
    counts: age5('completed'),
    levelAt: 1,
  },
  {
    rule: 'pcgd-mn5.commune-ed.age5-completed',
    standard: 'pcgd-mn5',
    level: 1,
    ed: true,
    min: 80,
    source: 'ND 20/2014 Art. 6',
    counts: age5('completed'),
    levelAt: 1,
  },
  // PCGD mầm non 3–5 tuổi, Decree 277/2025 (draft text, verification note §2): attendance 90 / 85, completion 85 / 80.
  {
    rule: 'pcgd-mn3to5.commune.age3to5-attending',
    standard: 'pcgd-mn3to5',
    level: 1,
    ed: false,
    min: 90,
    source: 'ND 277/2025 draft',
    counts: age3to5('attending'),
    levelAt: 1,
    regime: 'nd142-2025',
  },
  {
    rule: 'pcgd-mn3to5.commune-ed.age3to5-attending',
    standard: 'pcgd-mn3to5',
    level: 1,
    ed: true,
    min: 85,
    source: 'ND 277/2025 draft',
    counts: age3to5('attending'),
    levelAt: 1,
    regime: 'nd142-2025',
  },
  {
    rule: 'pcgd-mn3to5.commune.age3to5-completed',
    standard: 'pcgd-mn3to5',
    level: 1,
    ed: false,
    min: 85,
    source: 'ND 277/2025 draft',
    counts: age3to5('completed'),
    levelAt: 1,
    regime: 'nd142-2025',
  },
  {
    rule: 'pcgd-mn3to5.commune-ed.age3to5-completed',
    standard: 'pcgd-mn3to5',
    level: 1,
    ed: true,
    min: 80,
    source: 'ND 277/2025 draft',
    counts: age3to5('completed'),
    levelAt: 1,
    regime: 'nd142-2025',
  },
  // PCGD tiểu học, Decree 20/2014 Art. 9–11. Grade-1 entry has no lower value for difficult communes.
  {
    rule: 'pcgd-th-1.commune.age6-grade1',
    standard: 'pcgd-th',
    level: 1,
    ed: false,
    min: 90,
    source: 'ND 20/2014 Art. 9.a',
    counts: age6,
    levelAt: 1,
  },
  {
    rule: 'pcgd-th-1.commune.age6-grade1',
    standard: 'pcgd-th',
    level: 1,
    ed: true,
    min: 90,
    source: 'ND 20/2014 Art. 9.a',
    counts: age6,
    levelAt: 1,
  },
  // Art. 9.b "trẻ em đến 14 tuổi": the 11–14 cohort by default (the forms' practice), the 14-year-olds as the reading '14'.
  {
    rule: 'pcgd-th-1.commune.age11to14-completed',
    standard: 'pcgd-th',
    level: 1,
    ed: false,
    min: 80,
    source: 'ND 20/2014 Art. 9.b; TH-M1 row 43',
    counts: age11to14,
    levelAt: 3,
  },
  {
    rule: 'pcgd-th-1.commune-ed.age11to14-completed',
    standard: 'pcgd-th',
    level: 1,
    ed: true,
    min: 70,
    source: 'ND 20/2014 Art. 9.b; TH-M1 row 43',
    counts: age11to14,
    levelAt: 3,
  },
  {
    rule: 'pcgd-th-1.commune.age11to14-completed',
    standard: 'pcgd-th',
    level: 1,
    ed: false,
    min: 80,
    source: 'ND 20/2014 Art. 9.b; TH-M1 row 43',
    counts: age11to14,
    levelAt: 3,
    regime: 'nd142-2025',
  },
  {
    rule: 'pcgd-th-1.commune-ed.age11to14-completed',
    standard: 'pcgd-th',
    level: 1,
    ed: true,
    min: 70,
    source: 'ND 20/2014 Art. 9.b; TH-M1 row 43',
    counts: age11to14,
    levelAt: 3,
    regime: 'nd142-2025',
  },
  {
    rule: 'pcgd-th-1.commune.age14-completed',
    standard: 'pcgd-th',
    level: 1,
    ed: false,
    min: 80,
    source: 'ND 20/2014 Art. 9.b',
    counts: age14,
    levelAt: 3,
    readings: ONLY_14,
  },
  {
    rule: 'pcgd-th-1.commune-ed.age14-completed',
    standard: 'pcgd-th',
    level: 1,
    ed: true,
    min: 70,
    source: 'ND 20/2014 Art. 9.b',
    counts: age14,
    levelAt: 3,
    readings: ONLY_14,
  },
  {
    rule: 'pcgd-th-1.commune.age14-completed',
    standard: 'pcgd-th',
    level: 1,
    ed: false,
    min: 80,
    source: 'ND 20/2014 Art. 9.b',
    counts: age14,
    levelAt: 3,
    readings: ONLY_14,
    regime: 'nd142-2025',
  },
  {
    rule: 'pcgd-th-1.commune-ed.age14-completed',
    standard: 'pcgd-th',
    level: 1,
    ed: true,
    min: 70,
    source: 'ND 20/2014 Art. 9.b',
    counts: age14,
    levelAt: 3,
    readings: ONLY_14,
    regime: 'nd142-2025',
  },
  {
    rule: 'pcgd-th-2.commune.age6-grade1',
    standard: 'pcgd-th',
    level: 2,
    ed: false,
    min: 95,
    source: 'ND 20/2014 Art. 10',
    counts: age6,
    levelAt: 2,
  },
  {
    rule: 'pcgd-th-2.commune.age11-completed',
    standard: 'pcgd-th',
    level: 2,
    ed: false,
    min: 80,
    source: 'ND 20/2014 Art. 10',
    counts: age11,
    levelAt: 2,
  },
  {
    rule: 'pcgd-th-2.commune-ed.age11-completed',
    standard: 'pcgd-th',
    level: 2,
    ed: true,
    min: 70,
    source: 'ND 20/2014 Art. 10',
    counts: age11,
    levelAt: 2,
  },
  {
    rule: 'pcgd-th-3.commune.age6-grade1',
    standard: 'pcgd-th',
    level: 3,
    ed: false,
    min: 98,
    source: 'ND 20/2014 Art. 11.b',
    counts: age6,
    levelAt: 3,
  },
  {
    rule: 'pcgd-th-3.commune.age11-completed',
    standard: 'pcgd-th',
    level: 3,
    ed: false,
    min: 90,
    source: 'ND 20/2014 Art. 11.c',
    counts: age11,
    levelAt: 3,
  },
  {
    rule: 'pcgd-th-3.commune-ed.age11-completed',
    standard: 'pcgd-th',
    level: 3,
    ed: true,
    min: 80,
    source: 'ND 20/2014 Art. 11.c',
    counts: age11,
    levelAt: 3,
  },
  // PCGD trung học cơ sở, Decree 20/2014 Art. 14–16: diploma 80/70, 90/80, 95/90; studying 80/70 at level 3.
  {
    rule: 'pcgd-thcs-1.commune.age15to18-diploma',
    standard: 'pcgd-thcs',
    level: 1,
    ed: false,
    min: 80,
    source: 'ND 20/2014 Art. 14.b',
    counts: diploma,
    levelAt: 1,
  },
  {
    rule: 'pcgd-thcs-1.commune-ed.age15to18-diploma',
    standard: 'pcgd-thcs',
    level: 1,
    ed: true,
    min: 70,
    source: 'ND 20/2014 Art. 14.b',
    counts: diploma,
    levelAt: 1,
  },
  {
    rule: 'pcgd-thcs-2.commune.age15to18-diploma',
    standard: 'pcgd-thcs',
    level: 2,
    ed: false,
    min: 90,
    source: 'ND 20/2014 Art. 15.b',
    counts: diploma,
    levelAt: 2,
  },
  {
    rule: 'pcgd-thcs-2.commune-ed.age15to18-diploma',
    standard: 'pcgd-thcs',
    level: 2,
    ed: true,
    min: 80,
    source: 'ND 20/2014 Art. 15.b',
    counts: diploma,
    levelAt: 2,
  },
  {
    rule: 'pcgd-thcs-3.commune.age15to18-diploma',
    standard: 'pcgd-thcs',
    level: 3,
    ed: false,
    min: 95,
    source: 'ND 20/2014 Art. 16.b',
    counts: diploma,
    levelAt: 3,
  },
  {
    rule: 'pcgd-thcs-3.commune-ed.age15to18-diploma',
    standard: 'pcgd-thcs',
    level: 3,
    ed: true,
    min: 90,
    source: 'ND 20/2014 Art. 16.b',
    counts: diploma,
    levelAt: 3,
  },
  {
    rule: 'pcgd-thcs-3.commune.age15to18-studying',
    standard: 'pcgd-thcs',
    level: 3,
    ed: false,
    min: 80,
    source: 'ND 20/2014 Art. 16.c',
    counts: studying,
    levelAt: 3,
  },
  {
    rule: 'pcgd-thcs-3.commune-ed.age15to18-studying',
    standard: 'pcgd-thcs',
    level: 3,
    ed: true,
    min: 70,
    source: 'ND 20/2014 Art. 16.c',
    counts: studying,
    levelAt: 3,
  },
];

function run(row: Row, n: number) {
  const regime = row.regime ?? 'nd20-2014';
  const r = assessCommune(fullCommune(row.counts(n), row.ed), {
    regime,
    standards: [row.standard],
    ...(row.readings ? { readings: row.readings } : {}),
  });
  const s = r.standards[row.standard]!;
  const check = s.levels[row.level - 1]!.checks.find((c) => c.rule === row.rule) as ShareCheck | undefined;
  return { s, check };
}

describe('commune thresholds: one below, exactly at, one above', () => {
  for (const row of ROWS) {
    const at = row.min * 10; // of 1,000
    const who = row.ed ? 'especially difficult' : 'ordinary';
    it(`${row.rule} (${who}, ≥ ${row.min}%, ${row.source}${row.regime ? `, ${row.regime}` : ''}${row.readings ? `, ${JSON.stringify(row.readings)}` : ''})`, () => {
      const below = run(row, at - 1);
      expect(below.check).toMatchObject({
        status: 'fail',
        share: { numerator: at - 1, denominator: 1000 },
        required: String(row.min),
      });
      // levels are cumulative: failing level L leaves level L − 1
      expect(below.s.level).toBe(row.level - 1);

      const exactly = run(row, at);
      expect(exactly.check).toMatchObject({
        status: 'pass',
        share: { numerator: at, denominator: 1000 },
        rate: `${row.min}.00`,
      });
      expect(exactly.s.level).toBe(row.levelAt);

      const above = run(row, at + 1);
      expect(above.check?.status).toBe('pass');
      expect(above.s.level).toBe(row.levelAt);
    });
  }

  it('the one-below rate never displays as the minimum (89.9% against 90%)', () => {
    const row = ROWS.find((r) => r.rule === 'pcgd-th-1.commune.age6-grade1')!;
    expect(run(row, 899).check?.rate).toBe('89.90');
  });

  it('an ordinary commune does not get the especially difficult minimum', () => {
    // 75% of children aged 11–14 completed primary: ≥ 70% for difficult communes, < 80% otherwise (ND 20/2014 Art. 9.b)
    const counts = { age11to14: { total: 1000, completedPrimary: 750 } };
    const ordinary = assessCommune(fullCommune(counts, false), { regime: 'nd20-2014', standards: ['pcgd-th'] });
    const difficult = assessCommune(fullCommune(counts, true), { regime: 'nd20-2014', standards: ['pcgd-th'] });
    expect(ordinary.standards['pcgd-th']?.level).toBe(0);
    expect(difficult.standards['pcgd-th']?.level).toBe(3);
    expect(ordinary.especiallyDifficult).toBe(false);
    expect(difficult.especiallyDifficult).toBe(true);
  });

  it('especially difficult communes are judged on the narrower age groups (Art. 20–21)', () => {
    // 15–25: 100% level 1; 15–35: 85% level 1 and 2; 15–60: 92.5% level 2
    const counts = literacy([500, 500, 500], [500, 350, 350], [1000, 1000, 1000]);
    const ordinary = assessCommune(fullCommune(counts, false), { regime: 'nd20-2014', standards: ['xmc'] });
    const difficult = assessCommune(fullCommune(counts, true), { regime: 'nd20-2014', standards: ['xmc'] });
    // ordinary: 15–35 at level 1 is 85% < 90% → no level
    expect(ordinary.standards.xmc?.level).toBe(0);
    // difficult: 15–25 at level 1 is 100% → level 1; 15–35 at level 2 is 85% < 90% → not level 2
    expect(difficult.standards.xmc?.level).toBe(1);
    const checked = difficult.standards.xmc!.levels.flatMap((l) => l.checks.map((c) => c.rule));
    expect(checked).toContain('xmc-1.commune-ed.age15to25-literate1');
    expect(checked).not.toContain('xmc-1.commune.age15to35-literate1');
  });
});

describe('exact comparison, not a rounded rate', () => {
  it('89.995% fails a 90% minimum and is shown as 89.99, never 90.00', () => {
    // 17,999 of 20,000 = 89.995%: a spreadsheet rounding to two decimals shows 90.00 and passes it.
    const counts = literacy([5000, 5000, 5000], [5000, 5000, 5000], [10000, 10000, 7999]);
    const r = assessCommune(fullCommune(counts), { regime: 'nd20-2014', standards: ['xmc'] });
    const check = r.standards.xmc!.levels[1]!.checks.find(
      (c) => c.rule === 'xmc-2.commune.age15to60-literate2',
    ) as ShareCheck;
    expect(check.share).toEqual({ numerator: 17999, denominator: 20000 });
    expect(check.status).toBe('fail');
    expect(check.rate).toBe('89.99');
    expect(r.standards.xmc?.level).toBe(1);
  });
});
