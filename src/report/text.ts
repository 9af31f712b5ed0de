import { renderOptions, reportArg } from './check.js';
import type { AttainmentReport } from '../attainment/result.js';
import { XhhtError } from '../errors.js';
import { escapeTerminal as t } from './escape.js';
import type { Lang } from './labels.js';
import { sourceLines } from './document.js';
import { fitWidths, gridLines, type ColumnWrap, type GridRow } from './grid.js';
import { COLUMN_LABELS, WORDS } from './labels.js';
import { buildReportTable, type ReportTable } from './table.js';
import { displayWidth, wrapHanging } from './width.js';
import { say } from '../messages/say.js';
import { REPORT } from '../messages/sections.js';

/**
 * Options of {@link renderText}.
 *
 * @example
 * renderText(report, { lang: 'en', sources: false }); // English headings, no "Source" column
 * renderText(report, { width: 80 });                   // fitted to 80 columns, long labels wrapped
 */
export interface RenderTextOptions {
  readonly lang?: Lang;
  /** Show the legal-source column and the numbered documents under the table (default true). */
  readonly sources?: boolean;
  /**
   * Fit the table into this many columns (a terminal's width): long labels and
   * notes wrap inside their column, figures only between words, STT never.
   * Default: one line per row, however long.
   */
  readonly width?: number;
}

/**
 * Renders a report as an aligned plain-text table for a terminal.
 *
 * @param given - from `computeAttainment`
 * @param givenOptions - language, source column, width
 * @throws XhhtError `invalid-input` for a width that is not a whole number of at least 1
 * @example
 * console.log(renderText(computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] }), { width: 100 }));
 */
export function renderText(given: AttainmentReport, givenOptions: RenderTextOptions = {}): string {
  // read once and checked: a report read back from JSON, or options from a caller, never crash the table
  const report = reportArg(given);
  const options = renderOptions(givenOptions) as RenderTextOptions;
  const width = options.width;
  if (width !== undefined && !(Number.isSafeInteger(width) && width >= 1)) {
    throw new XhhtError('invalid-input', say(REPORT, 'invalid-input.width', { width: String(width) }), {
      path: ['width'],
    });
  }
  return textTable(buildReportTable(report, options.lang ?? 'vi'), options.sources ?? true, width);
}

// how each column gives way to a narrow terminal: the STT never, figures only between words
const WRAP: Readonly<Record<keyof ReportTable['headings'], ColumnWrap>> = {
  index: 'never',
  indicator: 'text',
  target: 'words',
  result: 'words',
  status: 'words',
  note: 'text',
  source: 'text',
};

/**
 * Writes a neutral table as aligned text (widths in terminal columns, so a
 * Vietnamese letter with its marks counts once). With a `width`, a table
 * wider than it is fitted to it: long cells wrap inside their column (see
 * `gridLines`); when the source column would have to wrap too, it joins the
 * note column ("…; Căn cứ: [1] Điều 1, Mục II.2.a", as in Markdown and HTML);
 * the title, sources and summary wrap to the width.
 *
 * @param table - from `reportTable`
 * @param sources - show the source column and the numbered documents (default true)
 * @param width - columns available; absent: one line per row
 * @example
 * const lines = textTable(
 *   reportTable(computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] }), 'vi'),
 * ).split('\n');
 * lines[0]; // 'Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030": kết quả thực hiện mục tiêu năm 2025'
 * lines[4]; // 'I. XÓA MÙ CHỮ VÀ PHỔ CẬP GIÁO DỤC'
 */
function textTable(table: ReportTable, sources = true, width?: number): string {
  type Key = keyof ReportTable['headings'];
  const all = (['index', 'indicator', 'target', 'result', 'status', 'note', 'source'] as const).filter(
    (k) => sources || k !== 'source',
  );
  // every text from the data goes through escapeTerminal: a unit name must not clear the screen or break a row
  const grid = (keys: readonly Key[], merged: boolean) => {
    const header = keys.map((k) => t(table.headings[k]));
    const rows: GridRow[] = table.rows.map((row) =>
      row.type === 'group'
        ? { span: t(`${row.key}. ${row.label.toUpperCase()}`) }
        : keys.map((k) => t(k === 'note' && merged ? mergedNote(row.cells, table.lang) : row.cells[k])),
    );
    return { header, rows, wrap: keys.map((k) => WRAP[k]) };
  };
  let g = grid(all, false);
  if (width !== undefined && sources) {
    // a source column too narrow for its references joins the note, as in Markdown and HTML
    const cells = g.rows.filter((r): r is readonly string[] => Array.isArray(r));
    const at = all.indexOf('source');
    const natural = Math.max(...[g.header, ...cells].map((r) => displayWidth(r[at]!)));
    if (fitWidths(g.header, cells, g.wrap, width)[at]! < natural)
      g = grid(
        all.filter((k) => k !== 'source'),
        true,
      );
  }
  const body = gridLines(g.header, g.rows, { wrap: g.wrap, ...(width !== undefined ? { width } : {}) });
  const lines = (text: string, indent = 0) => (width === undefined ? [text] : wrapHanging(text, width, indent));
  const out = [...lines(t(table.title)), '', ...body];
  if (sources && table.sources.length) {
    out.push('', t(`${WORDS.sources[table.lang]}:`));
    // "[12] " hangs: the lines of a document start under its text, not under its number
    const texts = sourceLines(table);
    table.sources.forEach((s, i) => {
      out.push(...lines(t(texts[i]!), displayWidth(`[${s.number}] `)));
    });
  }
  out.push('', ...lines(t(table.summary)));
  return out.join('\n');
}

/** The note with the source after it: "thấp hơn mục tiêu 2,70 điểm %; Căn cứ: [1] Điều 1, Mục II.2.a". */
function mergedNote(cells: { readonly note: string; readonly source: string }, lang: Lang): string {
  const source = `${COLUMN_LABELS.source[lang]}: ${cells.source}`;
  return cells.note === '' ? source : `${cells.note}; ${source}`;
}
