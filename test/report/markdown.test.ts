import { describe, expect, it } from 'vitest';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import type { AttainmentResult } from '../../src/attainment/result.js';
import { definePlan } from '../../src/plans/define.js';
import { renderReport } from '../../src/report/render.js';
import { renderText } from '../../src/report/text.js';
import { REPORT_PLAN } from './fixtures.js';
import { fixtureReport, nationalReport } from './helpers.js';

/** The body rows of the first Markdown table, split into cells. */
function tableRows(md: string): string[][] {
  return md
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))
    .slice(1)
    .map((l) => l.slice(2, -2).split(/(?<!\\) \| /));
}

describe('renderReport markdown: the appendix layout (seed 001, Phụ lục 2)', () => {
  it('Vietnamese (default): headers, group rows I/IV, Vietnamese numbers and labels', async () => {
    const md = renderReport(fixtureReport(), { format: 'markdown' });
    await expect(md).toMatchFileSnapshot('./__snapshots__/fixture.vi.md');
    // seed 001, Phụ lục 2 columns, plus "Đánh giá"; the target column names the year
    expect(md).toContain('| STT | Nội dung chỉ tiêu | Mục tiêu 2025 | Kết quả | Đánh giá | Ghi chú |');
    const rows = tableRows(md);
    expect(rows.map((r) => r[0])).toEqual(['**I**', '1', '2', '3', '**II**', '1', '**IV**', '1']);
    expect(rows[0]![1]).toBe('**Xóa mù chữ và phổ cập giáo dục**');
    // seed 004 line 56: 19.739/19.747 "tỷ lệ 99,96%", against the hypothetical "phấn đấu" 100%
    expect(rows[2]).toEqual([
      '2',
      'Tỷ lệ người 15–60 tuổi biết chữ mức độ 2',
      '100% (phấn đấu)',
      '99,96% (19.739/19.747)',
      'Không đạt',
      // 99.9594…% − 100 = −0.0405… points; 100% of 19.747 needs 8 more people
      // the source is the number of its document under the table, and the section
      'thấp hơn mục tiêu 0,04 điểm %; còn thiếu 8; Căn cứ: \\[2\\] Mục II.1; Nguồn số liệu: Báo cáo sơ kết 2024-2025 của UBND phường Đăk Cấm, Mục II.2',
    ]);
    // seed 004 line 54: 19.747/19.747 against 525/QĐ-TTg's 99,1% ([C], unverified → provisional)
    expect(rows[1]!.slice(2, 5)).toEqual(['99,1% (tạm thời)', '100,00% (19.747/19.747)', 'Đạt']);
    expect(rows[1]![5]).toMatch(/^cao hơn mục tiêu 0,90 điểm %; Căn cứ: \\\[1\\\] \(chưa xác minh\); /);
    // seed 004 line 58: the ward meets XMC level 2
    expect(rows[3]!.slice(2, 5)).toEqual(['Có', 'Có', 'Đạt']);
    // seed 003 line 51: 87%, with no valid figure (the only one was negative)
    expect(rows[5]!.slice(2, 6)).toEqual([
      '87%',
      '—',
      'Chưa có số liệu',
      'số liệu báo cáo không dùng được; Căn cứ: \\[4\\] Mục II.2',
    ]);
    // each document once under the table, numbered in the order first cited, with its notes
    expect(md).toContain(
      [
        '**Căn cứ:**',
        '',
        '- \\[1\\] Quyết định số 525/QĐ-TTg ngày 6/3/2025 của Thủ tướng Chính phủ. Chỉ đọc được qua tin báo chí.',
        '- \\[2\\] Kế hoạch (số hiệu chưa rõ) của UBND phường Đăk Cấm về mẫu để kiểm thử báo cáo.',
        '- \\[3\\] Kế hoạch (số hiệu chưa rõ) của UBND huyện Mộ Đức về triển khai thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”.',
        '- \\[4\\] Kế hoạch (số hiệu chưa rõ) của UBND thành phố Huế về thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế.',
      ].join('\n'),
    );
    expect(md.match(/Quyết định số 525/g)).toHaveLength(1);
    // seed 003 lines 72–74: at least 15, of which 5 at level 2; 12 reported, so 3 short
    expect(rows[7]!.slice(2, 5)).toEqual(['15 (trong đó Mức độ 2: 5)', '12 (trong đó Mức độ 2: 6)', 'Không đạt']);
    expect(rows[7]![5]).toMatch(/^còn thiếu 3; /);
    expect(md).toContain('**Tổng hợp:** 5 chỉ tiêu: 2 đạt, 2 không đạt, 1 chưa có số liệu; 1 kết quả tạm thời.');
    expect(md).toContain(
      '## Vấn đề về số liệu đầu vào\n\n- Lỗi observations\\[4\\].numerator (invalid-count): tử số: số lượng không thể âm (-1)',
    );
  });

  it('English: English headers, labels and number format', async () => {
    const md = renderReport(fixtureReport(), { format: 'markdown', lang: 'en' });
    await expect(md).toMatchFileSnapshot('./__snapshots__/fixture.en.md');
    expect(md).toContain('| No. | Indicator | Target 2025 | Result | Assessment | Note |');
    const rows = tableRows(md);
    expect(rows[2]!.slice(2, 5)).toEqual(['100% (stretch)', '99.96% (19,739/19,747)', 'Not met']);
    expect(rows[2]![5]).toMatch(/^below the target by 0\.04 points; short by 8; Source: /);
    expect(rows[1]![2]).toBe('99.1% (provisional)');
    expect(rows[1]![5]).toContain('Source: \\[1\\] (not verified)');
    expect(md).toContain(
      '- \\[1\\] Decision No. 525/QĐ-TTg of 6 March 2025 by the Prime Minister. Read in a press report only.',
    );
    expect(rows[7]![5]).toContain('Source: \\[4\\] Section II.4');
    expect(rows[5]![4]).toBe('No data');
    expect(md).toContain('**Summary:** 5 targets: 2 met, 2 not met, 1 no data; 1 provisional.');
    expect(md).toContain(
      '- Error observations\\[4\\].numerator (invalid-count): numerator: a count cannot be negative (-1)',
    );
  });

  it('the national demo report: plan, unit and date of the figures under the title', async () => {
    const md = renderReport(nationalReport(), { format: 'markdown' });
    await expect(md).toMatchFileSnapshot('./__snapshots__/national-2025.vi.md');
    expect(md).toContain(
      'Kế hoạch: Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ · Đơn vị: Việt Nam · Số liệu tính đến: 30/06/2025',
    );
    // targets-1373.md §3: 55/63 = 87,30% against 70% (1373/QĐ-TTg, Điều 1, Mục II.2.a)
    expect(tableRows(md)[1]!.slice(2, 5)).toEqual(['70%', '87,30% (55/63)', 'Đạt']);
    expect(md).toContain('Căn cứ: \\[1\\] Điều 1, Mục II.2.a');
    expect(md).toContain(
      '- \\[1\\] Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ về phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”.',
    );
    expect(renderReport(nationalReport(), { format: 'markdown', lang: 'en' })).toContain('Figures as of: 2025-06-30');
  });

  it('a caller title replaces the heading', () => {
    expect(renderReport(nationalReport(), { format: 'markdown', title: 'Sơ kết 5 năm' }).split('\n')[0]).toBe(
      '# Sơ kết 5 năm',
    );
  });

  it('an array renders one section per unit under one title', () => {
    // two provinces, made-up figures against 1373's 2025 target of 70% digital universities (Mục II.2.c)
    const { reports } = computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2025,
      observations: [
        { unit: 'Tỉnh A', indicator: 'universities-digital', numerator: 7, denominator: 10 },
        { unit: 'Tỉnh B', indicator: 'universities-digital', numerator: 6, denominator: 10 },
      ],
    });
    const md = renderReport(reports, { format: 'markdown' });
    expect(md.match(/^# /gm)).toHaveLength(1);
    expect(md).toMatch(/^# Đề án .*: kết quả thực hiện mục tiêu năm 2025$/m);
    expect(md.match(/^## .* — Tỉnh [AB]: kết quả thực hiện mục tiêu năm 2025$/gm)).toHaveLength(2);
    expect(md).toContain(
      '| 1 | Tỷ lệ trường đại học triển khai đại học số và xây dựng học liệu số | 70% | 70,00% (7/10) | Đạt |',
    );
    expect(md).toContain(
      '| 1 | Tỷ lệ trường đại học triển khai đại học số và xây dựng học liệu số | 70% | 60,00% (6/10) | Không đạt |',
    );
    expect(renderReport([], { format: 'markdown' })).toBe(
      '# Kết quả thực hiện các mục tiêu\n\nKhông có báo cáo nào.\n',
    );
  });

  it('escapes text from the data: a pipe or a line break cannot add a column, HTML stays text', () => {
    const plan = {
      ...REPORT_PLAN,
      indicators: REPORT_PLAN.indicators!.map((i) =>
        i.id === 'commune-literacy-level-2' ? { ...i, label: { vi: 'A | B\nC <b>*x*</b>', en: 'A | B' } } : i,
      ),
    };
    const report = computeAttainment({
      plan,
      year: 2025,
      observations: [
        { unit: 'X|Y', indicator: 'commune-literacy-level-2', achieved: true, source: '[link](http://x) `code`' },
      ],
    });
    const md = renderReport(report, { format: 'markdown' });
    const row = tableRows(md).find((r) => r[1]!.startsWith('A'))!;
    expect(row).toHaveLength(6);
    expect(row[1]).toBe('A \\| B C \\<b\\>\\*x\\*\\</b\\>');
    expect(row[5]).toContain('Nguồn số liệu: \\[link\\](http://x) \\`code\\`');
    expect(md).toContain('Đơn vị: X\\|Y');
    expect(md).not.toContain('<b>');
  });
});

describe('progress in the note column (result.progress)', () => {
  // targets-1373.md §3: 34 of 63 provinces at XMC level 2 in 2021, 55 of 63 in 2024 (MOET via vietnamnet.vn).
  // Against 90% by 2030 the growth ratio is 2.97 ≥ 0.95 (test/progress/attainment.test.ts): on track.
  const withProgress = () =>
    computeAttainment({
      plan: 'qd-1373',
      year: 2030,
      observations: [{ indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63, asOf: '2024-12-31' }],
      baselines: [{ indicator: 'provinces-literacy-level-2', numerator: 34, denominator: 63, year: 2021 }],
    });

  it('is shown when a result has it, in both languages', () => {
    expect(renderReport(withProgress(), { format: 'markdown' })).toContain('Tiến độ: Đúng tiến độ');
    expect(renderReport(withProgress(), { format: 'markdown', lang: 'en' })).toContain('Progress: On track');
  });

  it('is absent when results have none', () => {
    expect(renderReport(nationalReport(), { format: 'markdown' })).not.toContain('Tiến độ');
  });
});

describe('renderText keeps working with the same cells', () => {
  it('writes the appendix table as text', () => {
    const text = renderText(nationalReport());
    expect(text).toContain('87,30% (55/63)');
    expect(text).toContain('I. XÓA MÙ CHỮ VÀ PHỔ CẬP GIÁO DỤC');
  });
});

describe('renderReport: bad options', () => {
  it('rejects an unknown format or language with invalid-input', () => {
    expect(() => renderReport(nationalReport(), { format: 'pdf' as never })).toThrow(
      expect.objectContaining({ code: 'invalid-input', path: ['format'] }),
    );
    expect(() => renderReport(nationalReport(), { format: 'html', lang: 'fr' as never })).toThrow(
      expect.objectContaining({ code: 'invalid-input', path: ['lang'] }),
    );
  });
});

describe('group headings', () => {
  it('each group gets one heading even when the plan lists its targets out of group order', () => {
    // Decision 1373, Mục II.2.a (group I) and II.2.b (group II) targets for 2025, listed II, I, II
    const src = {
      type: 'decision',
      number: '1373/QĐ-TTg',
      issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
      verified: true,
      confidence: 'A',
    } as const;
    const plan = definePlan({
      id: 'out-of-order',
      title: { vi: 'Thử', en: 'Test' },
      issuer: 'x',
      reference: 'x',
      jurisdiction: { level: 'province', name: 'x' },
      period: { from: 2025, to: 2025 },
      source: src,
      targets: [
        { kind: 'percent', indicator: 'working-age-information-competence', year: 2025, value: '50', source: src },
        { kind: 'percent', indicator: 'provinces-literacy-level-2', year: 2025, value: '70', source: src },
        { kind: 'percent', indicator: 'working-age-life-skills', year: 2025, value: '50', source: src },
      ],
    });
    const md = renderReport(computeAttainment({ plan, year: 2025, observations: [] }), {
      format: 'markdown',
      lang: 'en',
    });
    const headings = md
      .split('\n')
      .filter((l) => /^\| \*\*/.test(l))
      .map((l) => l.split('|')[1]!.trim());
    expect(headings).toEqual(['**II**', '**I**']);
    // numbering restarts in each group: 1, 2 under II; 1 under I
    expect(md).toMatch(/\| 2 \| Working-age people equipped with life skills/);
  });
});
