import { describe, expect, it } from 'vitest';
import { isXhhtError } from '../../src/errors.js';
import { countTitleHolders, titleShare } from '../../src/titles/counts.js';
import type { Recognition } from '../../src/titles/recognition.js';
import { recognitionValidUntil, titleStatusAt, validityRuleFor } from '../../src/titles/validity.js';

/*
 * Rules (shared/domain/learning-models-workforce.md §A1 TT 24/2023): recognition valid through
 * 31/12 of decision year + 3; level 2 at least 12 months after the level-1 decision.
 * The decision dates below are made up; each expected date is worked by hand.
 */
const rec = (decisionDate: string, level: 1 | 2 = 1, unit = 'Sở Y tế'): Recognition => ({
  unit,
  title: 'learning-unit-province',
  level,
  decisionDate,
  decidedBy: 'UBND tỉnh',
});
const SOURCE = {
  type: 'other',
  number: null,
  issuer: null,
  title: { vi: 'Quy chế của Hội Khuyến học tỉnh', en: 'Quy chế của Hội Khuyến học tỉnh' },
  verified: true,
  confidence: 'local',
} as const;
const NOTE = { vi: 'giả định của bài kiểm thử', en: 'test assumption' };

/** The code and path of what `f` throws, or 'no throw'. */
function thrown(f: () => unknown): unknown {
  try {
    f();
    return 'no throw';
  } catch (e) {
    return isXhhtError(e) ? [e.code, e.path] : `not an XhhtError: ${String(e)}`;
  }
}

describe('validity overrides are checked before use', () => {
  const bad: [string, unknown, (string | number)[]][] = [
    ['no source', { followingYears: 5, note: NOTE }, ['validity', 'learning-unit-province', 'source']],
    [
      'a source without verified',
      { followingYears: 5, source: { document: 'x' }, note: NOTE },
      ['validity', 'learning-unit-province', 'source'],
    ],
    [
      'a source that is text',
      { followingYears: 5, source: 'Quy chế', note: NOTE },
      ['validity', 'learning-unit-province', 'source'],
    ],
    [
      'followingYears above 100',
      { followingYears: 8000, source: SOURCE, note: NOTE },
      ['validity', 'learning-unit-province', 'followingYears'],
    ],
    [
      'followingYears fractional',
      { followingYears: 1.5, source: SOURCE, note: NOTE },
      ['validity', 'learning-unit-province', 'followingYears'],
    ],
    ['not an object', 5, ['validity', 'learning-unit-province']],
  ];

  it.each(bad)('%s: invalid-input at its path, from every function', (_, rule, path) => {
    const options = { validity: { 'learning-unit-province': rule as never } };
    const expected = ['invalid-input', path];
    expect(thrown(() => validityRuleFor('learning-unit-province', options))).toEqual(expected);
    expect(thrown(() => titleStatusAt(rec('2024-02-29'), '2025-01-01', options))).toEqual(expected);
    expect(thrown(() => recognitionValidUntil(rec('2024-02-29'), options))).toEqual(expected);
    // the batch functions throw the same coded error for bad options, before looking at any record
    expect(
      thrown(() =>
        countTitleHolders([rec('2024-02-29')], { title: 'learning-unit-province', asOf: '2025-01-01', ...options }),
      ),
    ).toEqual(expected);
    expect(
      thrown(() =>
        titleShare([rec('2024-02-29')], {
          title: 'learning-unit-province',
          asOf: '2025-01-01',
          eligible: 10,
          ...options,
        }),
      ),
    ).toEqual(expected);
  });

  it('an override of another title is checked by the count too', () => {
    const options = { validity: { 'learning-family': { followingYears: 1 } as never } };
    expect(
      thrown(() =>
        countTitleHolders([rec('2024-02-29')], { title: 'learning-unit-province', asOf: '2025-01-01', ...options }),
      ),
    ).toEqual(['invalid-input', ['validity', 'learning-family', 'source']]);
  });

  it('a well-formed override is used: 100 following years is allowed (the cap), and counted exactly', () => {
    const options = { validity: { 'learning-unit-province': { followingYears: 100, source: SOURCE, note: NOTE } } };
    expect(recognitionValidUntil(rec('2024-02-29'), options)).toBe('2124-12-31');
    expect(titleStatusAt(rec('2024-02-29'), '2124-12-31', options)).toMatchObject({
      status: 'valid',
      provisional: false,
    });
    expect(
      countTitleHolders([rec('2024-02-29')], { title: 'learning-unit-province', asOf: '2100-01-01', ...options }).count,
    ).toBe(1);
  });
});

describe('dates near year 9999 compare as dates, not as text', () => {
  // issue 13 §1: "valid until 10002-12-31" is no date YYYY-MM-DD can write; the 3 years are TT 24/2023's
  it('decided 9999-06-01: valid past year 9999 (until 31/12/10002), which no ISO date writes: invalid-date', () => {
    expect(thrown(() => titleStatusAt(rec('9999-06-01'), '9999-06-01'))).toEqual(['invalid-date', ['decisionDate']]);
    expect(thrown(() => recognitionValidUntil(rec('9999-06-01')))).toEqual(['invalid-date', ['decisionDate']]);
    // the last decision whose validity ends within four digits: 9996 + 3 = 9999
    expect(recognitionValidUntil(rec('9996-06-01'))).toBe('9999-12-31');
  });

  it('a decision date with more than four year digits is invalid-date', () => {
    expect(thrown(() => titleStatusAt(rec('10000-01-01'), '2025-01-01'))).toEqual(['invalid-date', ['decisionDate']]);
    const c = countTitleHolders([rec('10000-01-01')], { title: 'learning-unit-province', asOf: '2025-01-01' });
    expect(c.issues.map((i) => [i.code, i.path])).toEqual([['invalid-date', ['records', 0, 'decisionDate']]]);
  });

  it(
    'counted on 9999-12-31: a unit decided that year is an ' +
      'invalid-date issue, a unit decided in 9996 holds the title',
    () => {
      const c = countTitleHolders([rec('9999-01-01'), rec('9996-01-01', 1, 'B')], {
        title: 'learning-unit-province',
        asOf: '9999-12-31',
      });
      expect(c.count).toBe(1);
      expect(c.issues.map((i) => [i.code, i.path])).toEqual([['invalid-date', ['records', 0, 'decisionDate']]]);
    },
  );
});

describe("a level-2 decision made before the unit's level-1 decision", () => {
  it('is counted as decided, with a level-2-too-early warning naming the later level-1 record', () => {
    const c = countTitleHolders([rec('2025-02-01', 2, 'Z'), rec('2025-05-01', 1, 'Z')], {
      title: 'learning-unit-province',
      asOf: '2025-12-31',
    });
    expect(c.byLevel).toEqual({ 1: 0, 2: 1 });
    expect(c.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['level-2-too-early', 'warning', ['records', 0, 'decisionDate']],
    ]);
    expect(c.issues[0]!.message).toContain('2025-05-01');
  });

  it('also when the level-1 decision comes after asOf', () => {
    const c = countTitleHolders([rec('2025-02-01', 2, 'Z'), rec('2025-05-01', 1, 'Z')], {
      title: 'learning-unit-province',
      asOf: '2025-03-01',
    });
    expect(c.count).toBe(1);
    expect(c.issues.map((i) => i.code)).toEqual(['level-2-too-early']);
  });

  it('no warning when the records hold no level-1 decision of the unit (it may predate the records)', () => {
    expect(
      countTitleHolders([rec('2025-02-01', 2, 'Z')], { title: 'learning-unit-province', asOf: '2025-12-31' }).issues,
    ).toEqual([]);
  });

  it('no warning for level 2 twelve months after level 1 (2024-02-29 → from 2025-03-01)', () => {
    expect(
      countTitleHolders([rec('2024-02-29', 1), rec('2025-03-01', 2)], {
        title: 'learning-unit-province',
        asOf: '2025-12-31',
      }).issues,
    ).toEqual([]);
  });
});
