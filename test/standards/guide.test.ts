import { describe, expect, it } from 'vitest';
import { assessCommune } from '../../src/index.js';

// docs/standards-guide.md, first example, with the values its comments state.
// Counts: Đăk Cấm 2025 report (seed 004, lines 39–56).
describe('docs/standards-guide.md example', () => {
  it('gives the values the guide prints', () => {
    const result = assessCommune(
      {
        id: 'dak-cam',
        name: 'Phường Đăk Cấm',
        especiallyDifficult: false,
        counts: {
          age15to25: { total: 4811, literateLevel1: 4811, literateLevel2: 4811 },
          age15to35: { total: 9399, literateLevel1: 9399, literateLevel2: 9399 },
          age15to60: { total: 19747, literateLevel1: 19747, literateLevel2: 19739 },
          disabled: { ableToLearn: 0, inEducation: 0 },
        },
        conditions: { xmc: { enoughTeachers: true, monitorAssigned: true, facilities: true } },
      },
      { regime: 'nd142-2025', standards: ['xmc'] },
    );
    const xmc = result.standards.xmc!;
    expect(xmc.level).toBe(2);
    expect(xmc.levels[1]!.checks[0]).toMatchObject({
      rule: 'xmc-2.commune.age15to60-literate2',
      status: 'pass',
      share: { numerator: 19739, denominator: 19747 },
      rate: '99.96',
      required: '90',
      source: {
        document: expect.stringMatching(/^Nghị định số 20\/2014\/NĐ-CP ngày 24\/3\/2014 của Chính phủ/),
        article: 'Điều 21',
      },
      provisional: false,
    });
  });
});
