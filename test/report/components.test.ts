import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/attainment/compute.js';
import type { AttainmentResult } from '../../src/attainment/result.js';
import { CSV_COLUMNS } from '../../src/report/csv.js';
import { renderReport } from '../../src/report/render.js';
import { barChart } from '../../src/report/svg.js';
import { parseCsv } from './csv-parse.js';

/*
 * A count target with an "of which" minimum: Huế 2026 (seed 003, lines 72–74), "có ít nhất 15 đơn
 * vị … mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2". 16 units of which 4 at level 2
 * (made-up figures) pass the total and miss the part: not met because of the part.
 */
const ID = 'units-learning-unit-province';
const hue = (count: number, level2: number) =>
  computeAttainment({
    plan: 'hue-2026',
    year: 2026,
    observations: [{ indicator: ID, count, components: { 'level-2': level2 } }],
  });
const resultOf = (count: number, level2: number): AttainmentResult =>
  hue(count, level2).results.find((r) => r.indicator === ID)!;

const rowOf = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header!.map((k, i) => [k, r[i]!]))).find((r) => r.indicator === ID)!;
};

describe('CSV: the "of which" parts of a count target', () => {
  it('has components and failed_components columns, added at the end (after note, before the later basis)', () => {
    const at = CSV_COLUMNS.indexOf('note');
    expect(CSV_COLUMNS.slice(at + 1, at + 3)).toEqual(['components', 'failed_components']);
  });

  it('16 of which 4 at level 2, against 15 of which 5: the failing part is named', () => {
    const row = rowOf(renderReport(hue(16, 4), { format: 'csv', lang: 'en' }));
    expect(row).toMatchObject({
      actual: '16',
      target: '15',
      gap: '1',
      status: 'not-met',
      components: 'level-2=4/5',
      failed_components: 'level-2',
    });
  });

  it('14 of which 5: the total fails, no part does', () => {
    const row = rowOf(renderReport(hue(14, 5), { format: 'csv' }));
    expect(row).toMatchObject({ status: 'not-met', gap: '-1', components: 'level-2=5/5', failed_components: '' });
  });

  it('16 of which 5: met, no failing part', () => {
    expect(rowOf(renderReport(hue(16, 5), { format: 'csv' }))).toMatchObject({
      status: 'met',
      components: 'level-2=5/5',
      failed_components: '',
    });
  });

  it('empty for a result without parts', () => {
    const csv = renderReport(computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] }), { format: 'csv' });
    const [header, ...rows] = parseCsv(csv);
    const c = header!.indexOf('components');
    const f = header!.indexOf('failed_components');
    expect(rows.every((r) => r[c] === '' && r[f] === '')).toBe(true);
  });
});

describe('SVG: a count with a failing part explains its verdict', () => {
  it('the title names the failing part', () => {
    const svg = barChart(resultOf(16, 4), 'en', 'c')!;
    const title = /<title id="c">([^<]*)<\/title>/.exec(svg)![1]!;
    expect(title).toContain('Result 16, target 15');
    expect(title).toContain('Level 2: result 4, target 5');
    expect(title).toMatch(/Not met \(Level 2 short by 1\)$/);
    const vi = /<title id="c">([^<]*)<\/title>/.exec(barChart(resultOf(16, 4), 'vi', 'c')!)![1]!;
    expect(vi).toMatch(/Không đạt \(Mức độ 2 còn thiếu 1\)$/);
  });

  it('draws the part as its own bar and marker; the total bar, past its marker, is not red', () => {
    const svg = barChart(resultOf(16, 4), 'en', 'c')!;
    // one bar and one marker for the total, one of each for the part
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(1);
    expect(svg.match(/<rect class="component"/g)).toHaveLength(1);
    expect(svg.match(/<line class="component-target"/g)).toHaveLength(1);
    // the total (16 ≥ 15) meets its own target: green; the part (4 < 5) does not: red
    expect(svg).toMatch(/<rect class="bar"[^>]*fill="#2e7d32"/);
    expect(svg).toMatch(/<rect class="component"[^>]*fill="#c62828"/);
    // the part's bar ends before its marker, on the same scale as the total
    const bar = Number(/<rect class="bar" x="6" y="\d+" width="([\d.]+)"/.exec(svg)![1]);
    const part = Number(/<rect class="component" x="6" y="\d+" width="([\d.]+)"/.exec(svg)![1]);
    const marker = Number(/<line class="component-target" x1="([\d.]+)"/.exec(svg)![1]) - 6;
    const totalMarker = Number(/<line class="target" x1="([\d.]+)"/.exec(svg)![1]) - 6;
    expect(part).toBeLessThan(marker);
    expect(bar).toBeGreaterThan(totalMarker);
    // 4/16 and 5/15 of the scale, as the figures say
    expect(part / bar).toBeCloseTo(4 / 16, 2);
    expect(marker / totalMarker).toBeCloseTo(5 / 15, 2);
  });

  it('a total that falls short keeps its red bar', () => {
    const svg = barChart(resultOf(14, 5), 'en', 'c')!;
    expect(svg).toMatch(/<rect class="bar"[^>]*fill="#c62828"/);
    expect(svg).toMatch(/<rect class="component"[^>]*fill="#2e7d32"/);
    expect(svg).toMatch(/Not met<\/title>/);
  });

  it('the chart is taller by one row per part, and one <svg> per result', () => {
    const html = renderReport(hue(16, 4), { format: 'html', lang: 'en' });
    expect(html.match(/<svg\b/g)).toHaveLength(1);
    expect(barChart(resultOf(16, 4), 'en', 'c')).toMatch(/height="48" viewBox="0 0 212 48"/);
  });
});
