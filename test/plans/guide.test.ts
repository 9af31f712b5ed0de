import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definePlan } from '../../src/plans/define.js';
import { planFromTable, planTemplate, type PlanTableCell } from '../../src/plans/table.js';

/*
 * The Long Phụng example of docs/guide.md ("A local plan of your own") works as
 * written. Xã Long Phụng's 5-year review (seed 001, lines 146–213, Phụ lục 2,
 * mục I) assesses six standards of the commune against the 2025 targets of the
 * district's plan, each 100; the plan was approved by UBND huyện Mộ Đức (seed
 * 001, line 17), its number is not given.
 */
const guide = readFileSync(resolve(import.meta.dirname, '../../docs/guide.md'), 'utf8');
const section = guide.slice(
  guide.indexOf('### A local plan of your own'),
  guide.indexOf('### Communes, districts, provinces'),
);

describe('docs/guide.md: the Long Phụng plan', () => {
  it('the JSON plan defines a commune plan without "Tỷ lệ tỉnh …" rows', () => {
    const json = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(json).toBeDefined();
    const plan = definePlan(JSON.parse(json!));
    // Decision 1373, Điều 1, Mục II.2: six commune-level indicators × 2025 and 2030, plus the commune's own standard
    expect(plan.targets).toHaveLength(13);
    expect(
      plan.targets.filter((t) => t.indicator.startsWith('provinces-') || t.indicator.startsWith('districts-')),
    ).toEqual([]);
    expect(plan.indicators?.find((i) => i.id === 'xa-dat-chuan-xoa-mu-chu-muc-do-2')).toMatchObject({
      level: 'commune',
      label: { untranslated: true },
    });
  });

  it('the rows the guide adds to the template read back as the commune’s own indicators', () => {
    const table = /\| STT \|[^\n]*\n\| ---[^\n]*\n((?:\|[^\n]*\n)+)/.exec(section)?.[1];
    expect(table).toBeDefined();
    const added = table!
      .trim()
      .split('\n')
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((c): PlanTableCell => (c.trim() === '' ? null : c.trim())),
      );
    const sheet = planTemplate({ extends: 'qd-1373', level: 'commune' });
    const rows: PlanTableCell[][] = sheet.rows.map((r) => [...r]);
    for (const [label, value] of [
      ['Tên kế hoạch', 'Kế hoạch thực hiện Đề án xây dựng xã hội học tập (áp dụng cho xã Long Phụng)'],
      ['Cơ quan ban hành', 'UBND huyện Mộ Đức'],
      ['Địa bàn', 'Long Phụng'],
    ])
      rows.find((r) => r[0] === label)![1] = value;
    // the guide's columns are the template's first eleven, in order
    expect(sheet.rows[sheet.headerRow]!.slice(0, 11)).toEqual(
      /\| (STT \|[^\n]*)\|\n/
        .exec(section)![1]!
        .split(' | ')
        .map((h) => h.trim()),
    );
    rows.push(...added);
    const { plan, issues } = planFromTable(rows);
    expect(issues).toEqual([]);
    expect(plan?.id).toBe('xa-long-phung-2021-2030');
    expect(plan?.reference).toBe('Kế hoạch của UBND huyện Mộ Đức (số hiệu chưa rõ)');
    // Phụ lục 2, mục I, rows 1–2: 100 by 2025, both in group I (the second takes the group of the row above)
    expect(
      plan?.targets
        .filter((t) => t.indicator.startsWith('xa-'))
        .map((t) => [t.indicator, t.year, 'value' in t ? t.value : null]),
    ).toEqual([
      ['xa-dat-chuan-xoa-mu-chu-muc-do-2', 2025, '100'],
      ['xa-chuan-pho-cap-giao-duc-mam-non-cho-tre-em-5-tuoi', 2025, '100'],
    ]);
    expect(plan?.indicators?.filter((i) => i.id.startsWith('xa-')).map((i) => i.group)).toEqual(['I', 'I']);
  });
});
