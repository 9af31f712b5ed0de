import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/attainment/compute.js';
import { renderReport } from '../../src/report/render.js';
import { renderText } from '../../src/report/text.js';
import { qualificationObservations } from '../../src/workforce/observations.js';
import { DAK_CAM, HYPOTHETICAL_POPULATION } from '../workforce/fixtures.js';
import { REPORT_OBSERVATIONS, REPORT_PLAN } from './fixtures.js';

/*
 * Issue 9, point 4: the 50% target of Decision 1373 (Điều 1, Mục II.2.b, read in a verbatim
 * quotation: verified) is not provisional; what is provisional is the definition of "trained"
 * used to count the figure (under-3-month certificates left out, a working assumption). The
 * target column shows "50%", the caveat is a note on the result, and the result says which
 * part is provisional.
 */

// Đăk Cấm (seed 004, line 65) with a hypothetical population of 20.000: 7.551 trained without the
// under-3-month certificates (738 + 1.384 + 1.089 + 4.340), 4.340 university or higher
function qualificationReport() {
  const { observations } = qualificationObservations({ ...DAK_CAM, population: HYPOTHETICAL_POPULATION });
  return computeAttainment({ plan: 'qd-1373', year: 2025, observations });
}

const row = (md: string, label: string) =>
  md
    .split('\n')
    .find((l) => l.includes(label))!
    .split(/(?<!\\) \| /);

describe('which part of a result is provisional', () => {
  it('a verified target counted under an unverified definition: the observation is provisional, not the target', () => {
    const r = qualificationReport().results.find((x) => x.indicator === 'population-15plus-technical-qualification')!;
    expect(r.provisional).toBe(true);
    expect(r.provisionalParts).toEqual({ target: false, definition: false, observation: true });
    expect(r.source.verified).toBe(true);
    // the caveat travels with the observation, in both languages
    expect(r.observation?.note?.vi).toContain('chưa được xác minh');
    expect(r.observation?.note?.en).toContain('not verified');
    // the university share is counted under Decision 1373's own words: nothing provisional
    const u = qualificationReport().results.find((x) => x.indicator === 'population-15plus-university-or-higher')!;
    expect(u).toMatchObject({
      provisional: false,
      provisionalParts: { target: false, definition: false, observation: false },
    });
  });

  it('the target column shows "50%"; the note says what is provisional, in the report language', () => {
    const vi = renderReport(qualificationReport(), { format: 'markdown' });
    const cells = row(vi, 'được đào tạo trình độ chuyên môn kỹ thuật');
    expect(cells[2]).toBe('50%');
    expect(cells[5]).toContain(
      'Số liệu tính theo định nghĩa chưa được xác minh: Được đào tạo có bằng, chứng chỉ (từ sơ cấp trở lên)',
    );
    const en = renderReport(qualificationReport(), { format: 'markdown', lang: 'en' });
    const enCells = row(en, 'trained to a technical or professional qualification');
    expect(enCells[2]).toBe('50%');
    expect(enCells[5]).toContain(
      'Counted under a definition that is not verified: Trained with a degree or certificate (sơ cấp and above)',
    );
    // CSV: the display column shows the target alone; the machine columns say which part
    const csv = renderReport(qualificationReport(), { format: 'csv' });
    const line = csv.split('\r\n').find((l) => l.includes(',population-15plus-technical-qualification,'))!;
    expect(line).toContain(',50,50%,false,true,');
    expect(renderText(qualificationReport())).not.toContain('50% (tạm thời)');
  });

  it('an unverified target is marked in the target column, and only there', () => {
    // REPORT_PLAN's first target: 99,1% of Decision 525/QĐ-TTg, read in the press only (not verified)
    const report = computeAttainment({ plan: REPORT_PLAN, year: 2025, observations: REPORT_OBSERVATIONS });
    const r = report.results[0]!;
    expect(r.provisionalParts).toEqual({ target: true, definition: false, observation: false });
    const cells = row(renderReport(report, { format: 'markdown' }), 'biết chữ mức độ 1');
    expect(cells[2]).toBe('99,1% (tạm thời)');
  });

  it('an unverified indicator definition is a note, not a target mark', () => {
    // Decision 387's indicators and targets were read in summaries only: both parts are provisional
    const r = computeAttainment({
      plan: 'qd-387',
      year: 2025,
      observations: [{ indicator: 'families-learning-family', numerator: 70, denominator: 100 }],
    }).results[0]!;
    expect(r.provisionalParts).toEqual({ target: true, definition: true, observation: false });
    // a plan that restates it with a verified local target: only the definition stays provisional
    const own = computeAttainment({
      plan: {
        id: 'xa-y',
        title: { vi: 'Kế hoạch xã Y', en: 'Commune Y plan' },
        issuer: 'UBND xã Y',
        reference: 'Kế hoạch số 5/KH-UBND',
        jurisdiction: { level: 'commune', name: 'Xã Y' },
        period: { from: 2025, to: 2025 },
        source: {
          type: 'plan',
          number: '5/KH-UBND',
          issuer: { vi: 'UBND xã Y', en: "People's Committee of Y commune" },
          verified: true,
          confidence: 'local',
        },
        targets: [
          {
            kind: 'percent',
            indicator: 'families-learning-family',
            year: 2025,
            comparator: 'at-least',
            value: '70',
            source: {
              type: 'plan',
              number: '5/KH-UBND',
              issuer: { vi: 'UBND xã Y', en: "People's Committee of Y commune" },
              section: 'Mục II',
              verified: true,
              confidence: 'local',
            },
          },
        ],
        indicators: [],
      },
      year: 2025,
      observations: [{ indicator: 'families-learning-family', numerator: 70, denominator: 100 }],
    });
    expect(own.results[0]!.provisionalParts).toEqual({ target: false, definition: true, observation: false });
    const cells = row(renderReport(own, { format: 'markdown' }), 'Gia đình học tập');
    expect(cells[2]).toBe('70%');
    expect(cells[5]).toContain('định nghĩa chỉ tiêu chưa xác minh');
  });
});
