import type { AttainmentReport } from '../attainment/result.js';
import type { Lang } from './labels.js';
import { reportTable, type ReportTable } from './table.js';

/** Options of {@link renderText}. */
export interface RenderTextOptions {
  readonly lang?: Lang;
  /** Show the legal-source column (default true). */
  readonly sources?: boolean;
}

/**
 * Renders a report as an aligned plain-text table for a terminal.
 *
 * @example
 * console.log(renderText(computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] })));
 */
export function renderText(report: AttainmentReport, options: RenderTextOptions = {}): string {
  return textTable(reportTable(report, options.lang ?? 'vi'), options.sources ?? true);
}

/** Writes a neutral table as aligned text (widths in code points, so Vietnamese letters count once). */
export function textTable(table: ReportTable, sources = true): string {
  const keys = (['index', 'indicator', 'target', 'result', 'status', 'note', 'source'] as const).filter((k) => sources || k !== 'source');
  const width = (s: string) => [...s.normalize('NFC')].length;
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
  const header = keys.map((k) => table.headings[k]);
  const body = table.rows.flatMap((row) => (row.type === 'indicator' ? [keys.map((k) => row.cells[k])] : []));
  // group headings span the line, so only header and indicator rows set the widths
  const widths = keys.map((_, c) => Math.max(...[header, ...body].map((cells) => width(cells[c]!))));
  const line = (cells: readonly string[]) => cells.map((cell, c) => pad(cell, widths[c]!)).join('  ').trimEnd();
  const out = [table.title, '', line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of table.rows) {
    out.push(row.type === 'group' ? `${row.key}. ${row.label.toUpperCase()}` : line(keys.map((k) => row.cells[k])));
  }
  out.push('', table.summary);
  return out.join('\n');
}
