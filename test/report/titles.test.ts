import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/attainment/compute.js';
import { renderReport } from '../../src/report/render.js';
import { renderText } from '../../src/report/text.js';
import { nationalReport } from './helpers.js';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

describe('a blank title is no title', () => {
  it.each([[''], ['   ']])(
    'html, one report, title %j: the report title is used, and html-validate passes',
    async (title) => {
      const html = renderReport(nationalReport(), { format: 'html', title });
      expect(await problems(html)).toEqual([]);
      expect(html).not.toMatch(/<title>\s*<\/title>/);
      expect(html).not.toMatch(/<h1>\s*<\/h1>/);
      expect(html).toContain('<h1>Đề án');
    },
  );

  it.each([[''], ['   ']])('markdown, one report, title %j: the heading is the report title', (title) => {
    const md = renderReport(nationalReport(), { format: 'markdown', title });
    expect(md.split('\n')[0]).toMatch(/^# Đề án/);
  });
});

describe('the HTML <title> is short once escaped (html-validate long-title: 70 characters)', () => {
  // 40 "&" are 40 characters, but 200 once written as &amp;
  const ampersands = 'A & '.repeat(40);
  it.each([
    ['ampersands', ampersands],
    ['quotes', '"Tỉnh" '.repeat(12)],
    ['plain, long', 'Báo cáo sơ kết 5 năm thực hiện Đề án xây dựng xã hội học tập giai đoạn 2021–2025 của tỉnh'],
  ])('%s', async (_, title) => {
    const html = renderReport(nationalReport(), { format: 'html', title });
    expect(await problems(html)).toEqual([]);
    const tab = /<title>([^<]*)<\/title>/.exec(html)![1]!;
    expect(tab.length).toBeLessThanOrEqual(70);
    expect(tab.endsWith('…')).toBe(true);
    // never cut inside a character reference
    expect(tab).not.toMatch(/&[a-z#0-9]*…$/);
    // the heading keeps the whole title
    expect(html).toContain(`<h1>${title.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}</h1>`);
  });

  it('the validator does flag a long title (the check can fail)', async () => {
    const html = renderReport(nationalReport(), { format: 'html' }).replace(
      /<title>[^<]*<\/title>/,
      `<title>${'x'.repeat(71)}</title>`,
    );
    expect((await problems(html)).some((p) => p.includes('long-title'))).toBe(true);
  });
});

describe('the text table shows control characters as visible escapes', () => {
  it('a unit with ESC sequences and a line break stays on its line', () => {
    // 55 of 63 provinces (shared/domain/targets-1373.md §3); the unit name is hostile
    const report = computeAttainment({
      plan: 'qd-1373',
      year: 2025,
      observations: [
        {
          unit: 'A\u001b[2J\u001b[31mX\r\nB\u0085\u009b',
          indicator: 'provinces-literacy-level-2',
          numerator: 55,
          denominator: 63,
          source: 'tab\there',
        },
      ],
    });
    const text = renderText(report);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text.split('\n')[0]).toContain('A\\x1B[2J\\x1B[31mX B\\x85\\x9B');
  });
});
