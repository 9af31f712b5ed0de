import { describe, expect, it } from 'vitest';
import { isXhhtError, type Issue } from '../../src/errors.js';
import { computeAttainment } from '../../src/attainment/compute.js';
import { definePlan } from '../../src/plans/define.js';
import { validatePlan } from '../../src/plans/validate.js';
import { renderReport } from '../../src/report/render.js';

/*
 * Issue 10, point 2: a custom indicator needs only a Vietnamese label, and a
 * Vietnamese run never shows zod's English. Long Phụng's review (Phụ lục 2,
 * mục I, dòng 1) lists "Xã đạt chuẩn xóa mù chữ mức độ 2" with a 2025 target of 100.
 */
const source = {
  type: 'plan',
  number: '45/KH-UBND',
  issuer: { vi: 'UBND xã Long Phụng' },
  verified: true,
  confidence: 'local',
} as const;
const plan = {
  id: 'xa-long-phung-2025',
  title: { vi: 'Kế hoạch xây dựng xã hội học tập xã Long Phụng' },
  issuer: 'UBND xã Long Phụng',
  reference: '45/KH-UBND',
  jurisdiction: { level: 'commune', name: 'Long Phụng' },
  period: { from: 2021, to: 2025 },
  source,
  indicators: [
    { id: 'xa-xmc-muc-2', group: 'I', kind: 'share-of-units', label: { vi: 'Xã đạt chuẩn xóa mù chữ mức độ 2' } },
  ],
  targets: [
    { kind: 'percent', indicator: 'xa-xmc-muc-2', year: 2025, value: 100, source: { ...source, section: 'Mục II' } },
  ],
} as const;

/** Words of zod's English messages ("Invalid input: expected string, received undefined", "Too small", "Unrecognized key"). */
const ENGLISH =
  /\b(invalid|expected|received|too (small|big)|unrecognized|must|required|missing|string|number|boolean|object|array|undefined|option|input|characters?|at)\b/i;

function issuesOf(input: unknown): readonly Issue[] {
  try {
    definePlan(input);
  } catch (e) {
    if (isXhhtError(e)) return e.issues.length > 0 ? e.issues : [e.toIssue()];
    throw e;
  }
  throw new Error('the plan was accepted');
}

describe('a custom indicator with a Vietnamese label only', () => {
  it('is accepted: English texts repeat the Vietnamese, marked untranslated', () => {
    const p = definePlan(plan);
    const ind = p.indicators?.[0];
    expect(ind?.label).toEqual({
      vi: 'Xã đạt chuẩn xóa mù chữ mức độ 2',
      en: 'Xã đạt chuẩn xóa mù chữ mức độ 2',
      untranslated: true,
    });
    expect(p.title).toEqual({ vi: plan.title.vi, en: plan.title.vi, untranslated: true });
    expect(p.source.issuer).toEqual({ vi: 'UBND xã Long Phụng', en: 'UBND xã Long Phụng', untranslated: true });
  });

  it('gets defaults for what a table row does not say: numerator = label, no denominator, the plan’s source, the plan’s level', () => {
    const ind = definePlan(plan).indicators![0]!;
    expect(ind.numerator).toEqual(ind.label);
    expect(ind.denominator).toBeNull();
    expect(ind.source).toEqual(definePlan(plan).source);
    expect(ind.level).toBe('commune');
    expect(ind.notes).toEqual([]);
  });

  it('keeps an English text when one is given, unmarked', () => {
    const p = definePlan({ ...plan, title: { vi: plan.title.vi, en: 'Long Phụng commune plan' } });
    expect(p.title).toEqual({ vi: plan.title.vi, en: 'Long Phụng commune plan' });
  });

  it('an English report shows the Vietnamese label (the data says it is untranslated)', () => {
    // Phụ lục 2, mục I, dòng 1: result 100 (1 of 1: the commune meets the standard)
    const report = computeAttainment({
      plan: definePlan(plan),
      year: 2025,
      observations: [{ indicator: 'xa-xmc-muc-2', numerator: 1, denominator: 1 }],
    });
    expect(report.results[0]?.label).toMatchObject({ en: 'Xã đạt chuẩn xóa mù chữ mức độ 2', untranslated: true });
    expect(renderReport(report, { format: 'markdown', lang: 'en' })).toContain('Xã đạt chuẩn xóa mù chữ mức độ 2');
  });
});

describe('validation: every problem at once, in both languages', () => {
  const bad = {
    ...plan,
    id: 'Xã Long Phụng',
    date: '31/12/2025',
    jurisdiction: { level: 'xa', name: '' },
    period: { from: 2021, to: 2025 },
    indicators: [{ id: 'xa-xmc-muc-2', group: 'I', kind: 'ty-le', label: { vi: '' } }],
    targets: [
      { kind: 'percent', indicator: 'xa-xmc-muc-2', year: 2030, value: '9,5', source },
      { kind: 'percent', indicator: 'working-age-life-skills', year: 2030, value: 120, source },
      { kind: 'count', indicator: 'working-age-life-skills', year: 2025, value: 3, source },
      { kind: 'ratio', indicator: 'working-age-life-skills', year: 2025, value: 3, source },
    ],
  };

  it('schema problems and cross-field problems come together, each at its path', () => {
    const paths = issuesOf(bad).map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'id',
        'date',
        'jurisdiction.level',
        'jurisdiction.name',
        'indicators.0.kind',
        'indicators.0.label.vi',
        'targets.0.value',
        'targets.1.value',
        // cross-field: the count target does not fit a share indicator, 2030 lies outside 2021–2025
        'targets.2.kind',
        'targets.3.kind',
      ]),
    );
    // the year of the (unreadable) first target is still checked against the period
    expect(paths).toContain('targets.0.year');
  });

  it('no Vietnamese message carries zod’s English words', () => {
    const issues = issuesOf(bad);
    expect(issues.length).toBeGreaterThanOrEqual(10);
    for (const i of issues) expect(i.messageVi, i.messageVi).not.toMatch(ENGLISH);
    // and the English side says it in English
    expect(issues.find((i) => i.path.join('.') === 'id')?.message).toMatch(/kebab-case/);
  });

  it.each([
    ['a missing field', { ...plan, issuer: undefined }, 'issuer', /^bắt buộc/, /^required/],
    [
      'a wrong type',
      { ...plan, period: { from: '2021', to: 2025 } },
      'period.from',
      /^phải là số, không phải văn bản/,
      /^must be a number, not text/,
    ],
    [
      'an unknown value',
      { ...plan, jurisdiction: { level: 'xa', name: 'x' } },
      'jurisdiction.level',
      /^phải là một trong: national, province, district, commune, agency/,
      /^must be one of: national/,
    ],
    ['an empty text', { ...plan, issuer: '' }, 'issuer', /^không được để trống/, /^must not be empty/],
    [
      'a year too small',
      { ...plan, period: { from: 1800, to: 2025 } },
      'period.from',
      /^phải từ 1900 trở lên/,
      /^must be at least 1900/,
    ],
    [
      'a field not in a plan',
      { ...plan, source: { ...source, nguon: 'x' } },
      'source',
      /^trường không được nhận: nguon/,
      /^unknown field: nguon/,
    ],
    [
      'a date not in ISO form',
      { ...plan, date: '30/7/2025' },
      'date',
      /^phải là ngày dạng YYYY-MM-DD/,
      /^must be a date YYYY-MM-DD/,
    ],
    [
      'a percentage above 100',
      { ...plan, targets: [{ ...plan.targets[0], value: '100.5' }] },
      'targets.0.value',
      /^mục tiêu tỷ lệ không được vượt quá 100/,
      /^a percentage target cannot exceed 100/,
    ],
  ])('%s: one coded issue, Vietnamese and English', (_name, input, path, vi, en) => {
    const issues = issuesOf(input);
    const issue = issues.find((i) => i.path.join('.') === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue).toMatchObject({ code: 'invalid-plan', severity: 'error' });
    expect(issue!.messageVi).toMatch(vi);
    expect(issue!.message).toMatch(en);
    expect(issue!.messageVi).not.toMatch(ENGLISH);
  });

  it('a source missing "verified" is reported once, as missing, not as an invalid union', () => {
    const issues = issuesOf({ ...plan, source: { type: 'plan', number: null, issuer: null } });
    expect(issues.map((i) => [i.path.join('.'), i.messageVi])).toEqual([
      ['source.verified', expect.stringMatching(/^bắt buộc/)],
    ]);
  });

  it('the thrown error says what is wrong in both languages, without "at"', () => {
    try {
      definePlan({ ...plan, issuer: '' });
      expect.unreachable();
    } catch (e) {
      expect(isXhhtError(e) && e.messageVi).toBe(
        'kế hoạch "xa-long-phung-2025" không hợp lệ: issuer: không được để trống',
      );
      expect(isXhhtError(e) && e.message).toBe('invalid plan "xa-long-phung-2025": issuer: must not be empty');
    }
  });

  it('validatePlan returns the issues instead of throwing', () => {
    const r = validatePlan(bad);
    expect(r.plan).toBeNull();
    expect(r.issues.length).toBe(issuesOf(bad).length);
    const ok = validatePlan(plan);
    expect(ok.issues).toEqual([]);
    expect(ok.plan?.id).toBe('xa-long-phung-2025');
  });

  it('cross-field messages name kinds in Vietnamese', () => {
    const issues = issuesOf({
      ...plan,
      targets: [{ kind: 'count', indicator: 'working-age-life-skills', year: 2025, value: 3, source }],
    });
    expect(issues[0]?.messageVi).toBe(
      'mục tiêu dạng số lượng không phù hợp chỉ tiêu "working-age-life-skills" (tỷ lệ người)',
    );
  });
});
