import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import type { AttainmentReport } from '../../src/attainment/result.js';
import { renderReport } from '../../src/report/render.js';
import { REPORT_PLAN } from './fixtures.js';
import { fixtureReport, nationalReport, withData } from './helpers.js';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

const twoUnits = (): readonly AttainmentReport[] =>
  computeAttainmentByUnit({
    plan: 'qd-1373',
    year: 2025,
    // made-up figures against 1373's 2025 target of 70% digital universities (Mục II.2.c)
    observations: [
      { unit: 'Tỉnh A', indicator: 'universities-digital', numerator: 7, denominator: 10 },
      { unit: 'Tỉnh B', indicator: 'universities-digital', numerator: 6, denominator: 10 },
      { unit: 'Tỉnh B', indicator: 'provinces-literacy-level-2', numerator: 1, denominator: 1 },
    ],
  }).reports;

describe('renderReport html', () => {
  it('snapshots in both languages', async () => {
    await expect(renderReport(fixtureReport(), { format: 'html' })).toMatchFileSnapshot(
      './__snapshots__/fixture.vi.html',
    );
    await expect(renderReport(fixtureReport(), { format: 'html', lang: 'en' })).toMatchFileSnapshot(
      './__snapshots__/fixture.en.html',
    );
  });

  it.each([
    ['fixture, vi', () => renderReport(fixtureReport(), { format: 'html' })],
    ['fixture, en', () => renderReport(fixtureReport(), { format: 'html', lang: 'en' })],
    ['national 2030, vi', () => renderReport(nationalReport(2030), { format: 'html' })],
    ['two units', () => renderReport(twoUnits(), { format: 'html', title: 'Hai tỉnh' })],
    ['no reports', () => renderReport([], { format: 'html', lang: 'en' })],
  ])('passes html-validate (recommended rules): %s', async (_, render) => {
    expect(await problems(render())).toEqual([]);
  });

  it('the validator does catch broken markup (the check can fail)', async () => {
    const broken = renderReport(nationalReport(), { format: 'html' }).replace('</thead>', '');
    expect((await problems(broken)).length).toBeGreaterThan(0);
  });

  it('is one self-contained document: doctype, lang, charset, inline CSS, no script or external resource', () => {
    const html = renderReport(fixtureReport(), { format: 'html' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(renderReport(fixtureReport(), { format: 'html', lang: 'en' })).toContain('<html lang="en">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
  });

  it('has one accessible SVG bar per result with data, with a title naming result, target and verdict', () => {
    const report = fixtureReport();
    const html = renderReport(report, { format: 'html' });
    // fixture: 4 results with data, 1 without (seed 003 line 51: 87% information competence, no valid figure)
    expect(withData(report)).toBe(4);
    expect(count(html, /<svg\b/g)).toBe(4);
    expect(count(html, /<svg [^>]*role="img" aria-labelledby="chart-1-\d"/g)).toBe(4);
    expect(count(html, /<line class="target"/g)).toBe(4);
    // seed 004 line 56: 19.739/19.747 = 99,96% against the hypothetical 100%
    expect(html).toContain(
      '<title id="chart-1-2">Tỷ lệ người 15–60 tuổi biết chữ mức độ 2: Kết quả 99,96%, mục tiêu 100%: Không đạt</title>',
    );
    // the provisional target (525/QĐ-TTg, [C]) has a dashed marker; the others a solid one
    expect(count(html, /stroke-dasharray/g)).toBe(1);
    // red bar for "not met", green for "met"
    expect(count(html, /<rect class="bar"[^>]*fill="#c62828"/g)).toBe(2);
    expect(count(html, /<rect class="bar"[^>]*fill="#2e7d32"/g)).toBe(2);
  });

  it('keeps the appendix layout: six headers, a group row per group, ids unique across sections', () => {
    const html = renderReport(fixtureReport(), { format: 'html' });
    expect(html).toContain(
      '<th scope="col">STT</th><th scope="col">Nội dung chỉ tiêu</th><th scope="col">Mục tiêu 2025</th><th scope="col">Kết quả</th><th scope="col">Đánh giá</th><th scope="col">Ghi chú</th>',
    );
    expect(html).toContain(
      '<tr class="group"><th scope="rowgroup" colspan="6">I. Xóa mù chữ và phổ cập giáo dục</th></tr>',
    );
    expect(count(html, /<tr class="group">/g)).toBe(3); // groups I, II and IV of the fixture
    const many = renderReport(twoUnits(), { format: 'html' });
    const ids = [...many.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(count(many, /<section aria-labelledby="report-\d">/g)).toBe(2);
    expect(count(many, /<svg\b/g)).toBe(3);
  });

  it('escapes every text from the data', () => {
    const plan = {
      ...REPORT_PLAN,
      title: { vi: '<script>alert(1)</script>', en: 'x' },
      indicators: REPORT_PLAN.indicators!.map((i) =>
        i.id === 'commune-literacy-level-2' ? { ...i, label: { vi: `"><img src=x onerror=alert(1)>`, en: 'x' } } : i,
      ),
    };
    const report = computeAttainment({
      plan,
      year: 2025,
      observations: [
        {
          unit: `O'Neil & <b>`,
          indicator: 'commune-literacy-level-2',
          achieved: true,
          source: '</td></tr></table><script>x</script>',
        },
      ],
    });
    const html = renderReport(report, { format: 'html' });
    expect(html).not.toMatch(/<script|<img|<b>|<\/td><\/tr><\/table><script/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('O&#39;Neil &amp; &lt;b&gt;');
    // the chart title carries the label too, escaped
    expect(html).toMatch(/<title id="chart-1-\d">&quot;&gt;&lt;img/);
  });

  it('lists the summary and the problems with the input', () => {
    const html = renderReport(fixtureReport(), { format: 'html' });
    expect(html).toContain(
      '<p class="summary"><strong>Tổng hợp:</strong> 5 chỉ tiêu: 2 đạt, 2 không đạt, 1 chưa có số liệu; 1 kết quả tạm thời.</p>',
    );
    // the documents, each once, under the table; the note column refers to their numbers
    expect(html).toContain(
      '<ul class="sources">\n<li>[1] Quyết định số 525/QĐ-TTg ngày 6/3/2025 của Thủ tướng Chính phủ. Chỉ đọc được qua tin báo chí.</li>',
    );
    expect(html).toContain('<span>Căn cứ: [4] Mục II.4</span>');
    expect(html).toContain('<li>Lỗi observations[4].numerator (invalid-count): tử số: số lượng không thể âm (-1)</li>');
  });
});
