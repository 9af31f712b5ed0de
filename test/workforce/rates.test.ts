import { describe, expect, it } from 'vitest';
import {
  TRAINED_BROAD,
  TRAINED_WITH_CERTIFICATE,
  TRAINED_WITH_CERTIFICATE_INCL_SHORT_COURSES,
  UNIVERSITY_OR_HIGHER,
} from '../../src/workforce/definitions.js';
import {
  compareQualificationLevels,
  QUALIFICATION_LEVEL_INFO,
  QUALIFICATION_LEVELS,
} from '../../src/workforce/levels.js';
import { qualificationObservationsBatch } from '../../src/workforce/observations.js';
import { qualificationRate, qualificationRates } from '../../src/workforce/rates.js';

describe('qualification levels', () => {
  it('are the eight levels of the MOLISA form in its order (domain note §B3)', () => {
    expect(QUALIFICATION_LEVELS.map((l) => QUALIFICATION_LEVEL_INFO[l].label.vi)).toEqual([
      'Chưa qua đào tạo',
      'Công nhân kỹ thuật không có bằng',
      'Chứng chỉ nghề dưới 3 tháng',
      'Sơ cấp',
      'Trung cấp',
      'Cao đẳng',
      'Đại học',
      'Trên đại học',
    ]);
  });

  it('order lowest first; master and doctorate sit inside postgraduate', () => {
    expect(compareQualificationLevels('certificate-under-3-months', 'elementary-vocational')).toBe(-1);
    expect(compareQualificationLevels('university', 'college')).toBe(1);
    expect(compareQualificationLevels('master', 'doctorate')).toBe(-1);
    expect(compareQualificationLevels('postgraduate', 'doctorate')).toBe(0);
    expect(compareQualificationLevels('university', 'master')).toBe(-1);
  });
});

describe('definitions', () => {
  it('by default leave under-3-month certificates out of the narrow rate, provisionally (§B2)', () => {
    expect(TRAINED_WITH_CERTIFICATE.levels).not.toContain('certificate-under-3-months');
    expect(TRAINED_WITH_CERTIFICATE.source.verified).toBe(false);
    expect(TRAINED_WITH_CERTIFICATE_INCL_SHORT_COURSES.levels).toContain('certificate-under-3-months');
    expect(TRAINED_BROAD.levels).not.toContain('untrained');
    expect(TRAINED_BROAD.source.verified).toBe(false);
  });

  it('read "đại học trở lên" from Decision 1373 itself (Mục II.2.b, [A])', () => {
    expect(UNIVERSITY_OR_HIGHER.levels).toEqual(['university', 'postgraduate']);
    expect(UNIVERSITY_OR_HIGHER.source).toMatchObject({
      type: 'decision',
      number: '1373/QĐ-TTg',
      date: '2021-07-30',
      section: 'Điều 1, Mục II.2.b',
      verified: true,
    });
  });
});

describe('qualificationRate', () => {
  it('counts master and doctorate as university or higher', () => {
    // 30 university + 4 master + 1 doctorate = 35 of 200 = 17.5%
    const r = qualificationRate(
      { population: 200, counts: { university: 30, master: 4, doctorate: 1 } },
      UNIVERSITY_OR_HIGHER,
    );
    expect(r).toMatchObject({
      status: 'value',
      numerator: 35,
      denominator: 200,
      percent: '17.50',
      unreportedLevels: [],
    });
  });

  it('treats an unreported counted level as no data, or as zero when asked', () => {
    const b = { population: 100, counts: { university: 10 } };
    expect(qualificationRate(b, TRAINED_WITH_CERTIFICATE)).toMatchObject({
      status: 'no-data',
      reason: 'levels-not-reported',
      unreportedLevels: ['elementary-vocational', 'intermediate', 'college', 'master', 'doctorate'],
    });
    expect(qualificationRate(b, TRAINED_WITH_CERTIFICATE, { missingLevels: 'zero' })).toMatchObject({
      status: 'value',
      numerator: 10,
      percent: '10.00',
    });
  });

  it('has no value when a reported group mixes counted and uncounted levels', () => {
    // "trung cấp trở xuống" reported as one figure cannot be split at sơ cấp
    const b = {
      population: 100,
      parts: [{ levels: ['certificate-under-3-months', 'elementary-vocational'] as const, count: 7 }],
      counts: { intermediate: 1, college: 1, university: 1, postgraduate: 0 },
    };
    expect(qualificationRate(b, TRAINED_WITH_CERTIFICATE).reason).toBe('mixed-group');
    expect(qualificationRate(b, TRAINED_WITH_CERTIFICATE_INCL_SHORT_COURSES).numerator).toBe(10);
  });

  it('a zero population is no data, never 0%', () => {
    expect(
      qualificationRate({ population: 0, counts: { university: 0, postgraduate: 0 } }, UNIVERSITY_OR_HIGHER),
    ).toMatchObject({ status: 'no-data', reason: 'zero-population', percent: null });
  });

  it('throws coded errors for bad input', () => {
    expect(() => qualificationRate({ counts: { college: -3 } }, UNIVERSITY_OR_HIGHER)).toThrowError(
      expect.objectContaining({ code: 'invalid-count', path: ['counts', 'college'] }),
    );
    expect(() => qualificationRate({ counts: { 'dai-hoc': 3 } as never }, UNIVERSITY_OR_HIGHER)).toThrowError(
      expect.objectContaining({ code: 'unknown-qualification-level' }),
    );
    expect(() =>
      qualificationRate({ counts: { university: 3 } }, { ...UNIVERSITY_OR_HIGHER, levels: ['phd' as never] }),
    ).toThrowError(expect.objectContaining({ code: 'unknown-qualification-level', path: ['definition', 'levels', 0] }));
    expect(() =>
      qualificationRate({ population: 5, counts: { university: 9, postgraduate: 0 } }, UNIVERSITY_OR_HIGHER),
    ).toThrowError(expect.objectContaining({ code: 'numerator-exceeds-denominator' }));
    expect(() => qualificationRates({}, { decimals: 2.5 })).toThrowError(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});

describe('qualificationObservationsBatch', () => {
  it('keeps going past a bad breakdown and accounts for every one', () => {
    const { observations, issues } = qualificationObservationsBatch([
      // Xã A: 3 + 2 + 1 + 12 + 2 = 20 with a certificate, 14 university or higher, of 100
      {
        unit: 'Xã A',
        population: 100,
        counts: { 'elementary-vocational': 3, intermediate: 2, college: 1, university: 12, postgraduate: 2 },
      },
      { unit: 'Xã B', population: 100, counts: { college: -5 } },
      { unit: 'Xã C', counts: { university: 1, postgraduate: 0 } },
    ]);
    expect(observations.map((o) => [o.unit, o.indicator, 'numerator' in o ? o.numerator : null])).toEqual([
      ['Xã A', 'population-15plus-technical-qualification', 20],
      ['Xã A', 'population-15plus-university-or-higher', 14],
    ]);
    expect(issues.map((i) => [i.path[0], i.code])).toEqual([
      [1, 'invalid-count'],
      [2, 'incomplete-breakdown'],
      [2, 'missing-population'],
    ]);
  });
});

describe('caller definitions', () => {
  it('are used as given and need a source with a verified flag', () => {
    // a caller who counts technical workers without a certificate as trained with a qualification
    const own = {
      ...TRAINED_WITH_CERTIFICATE,
      id: 'own',
      levels: ['worker-without-certificate', 'elementary-vocational'] as const,
      source: {
        type: 'other' as const,
        number: null,
        issuer: null,
        title: { vi: 'Quy định của tỉnh', en: 'Quy định của tỉnh' },
        verified: true,
      },
    };
    const r = qualificationRate(
      { population: 10, counts: { 'worker-without-certificate': 2, 'elementary-vocational': 3 } },
      own,
    );
    expect(r).toMatchObject({ numerator: 5, percent: '50.00', provisional: false });
    expect(r.definition.id).toBe('own');
    expect(() => qualificationRate({ counts: { university: 1 } }, { ...own, source: undefined as never })).toThrowError(
      expect.objectContaining({ code: 'invalid-input', path: ['definition', 'source'] }),
    );
  });
});
