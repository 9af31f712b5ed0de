import type { AttainmentReport } from '../attainment/result.js';
import { escapeTerminal as t } from './escape.js';
import type { Lang } from './labels.js';
import { sourceLines } from './document.js';
import { WORDS } from './labels.js';
import { reportTable, type ReportTable } from './table.js';

/**
 * Options of {@link renderText}.
 *
 * @example
 * renderText(report, { lang: 'en', sources: false }); // English headings, no "Source" column
 */
export interface RenderTextOptions {
  readonly lang?: Lang;
  /** Show the legal-source column and the numbered documents under the table (default true). */
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

/**
 * Writes a neutral table as aligned text (widths in code points of the NFC
 * form, so a Vietnamese letter with its marks counts once).
 *
 * @example
 * const lines = textTable(reportTable(computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] }), 'vi')).split('\n');
 * lines[0]; // 'Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030": kết quả thực hiện mục tiêu năm 2025'
 * lines[4]; // 'I. XÓA MÙ CHỮ VÀ PHỔ CẬP GIÁO DỤC'
 */
export function textTable(table: ReportTable, sources = true): string {
  const keys = (['index', 'indicator', 'target', 'result', 'status', 'note', 'source'] as const).filter((k) => sources || k !== 'source');
  const width = (s: string) => [...s.normalize('NFC')].length;
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
  // every text from the data goes through escapeTerminal: a unit name must not clear the screen or break a row
  const header = keys.map((k) => t(table.headings[k]));
  const body = table.rows.flatMap((row) => (row.type === 'indicator' ? [keys.map((k) => t(row.cells[k]))] : []));
  // group headings span the line, so only header and indicator rows set the widths
  const widths = keys.map((_, c) => Math.max(...[header, ...body].map((cells) => width(cells[c]!))));
  const line = (cells: readonly string[]) => cells.map((cell, c) => pad(cell, widths[c]!)).join('  ').trimEnd();
  const out = [t(table.title), '', line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  let next = 0;
  for (const row of table.rows) {
    out.push(row.type === 'group' ? t(`${row.key}. ${row.label.toUpperCase()}`) : line(body[next++]!));
  }
  if (sources && table.sources.length) out.push('', t(`${WORDS.sources[table.lang]}:`), ...sourceLines(table).map(t));
  out.push('', t(table.summary));
  return out.join('\n');
}
