import { breakPieces, displayWidth, wrapWords } from './width.js';

/**
 * How a column of a text table gives way when the table is wider than the
 * terminal:
 * - `text`: wraps first, between words (a word longer than 12 columns, such
 *   as an address, may be cut);
 * - `words`: wraps only between words, never inside one, and only once the
 *   `text` columns are as narrow as they go: figures such as "99,96%
 *   (19.739/19.747)" may go onto two lines but a number is never split;
 * - `never`: keeps one line (a number, a level, an STT).
 *
 * @example
 * const wrap: readonly ColumnWrap[] = ['never', 'text', 'words'];
 */
export type ColumnWrap = 'text' | 'words' | 'never';

/**
 * A row of a text table: cells, or one text across the whole table (a group
 * heading such as "I. XÓA MÙ CHỮ VÀ PHỔ CẬP GIÁO DỤC").
 *
 * @example
 * const rows: GridRow[] = [{ span: 'I. XÓA MÙ CHỮ' }, ['1', 'Tỷ lệ tỉnh…', '70%']];
 */
export type GridRow = readonly string[] | { readonly span: string };

/**
 * Options of {@link gridLines}.
 *
 * @example
 * const options: GridOptions = { width: 100, wrap: ['never', 'text', 'words'] };
 */
export interface GridOptions {
  /** Columns the table may take; absent: every row on one line, however long. */
  readonly width?: number;
  /** How each column gives way (default `text` for every column). */
  readonly wrap?: readonly ColumnWrap[];
}

/** Columns between two cells. */
const GAP = 2;
/** A `text` column is never made narrower than this (or its widest cell, if narrower). */
const TEXT_FLOOR = 8;
/** A `text` column keeps its longest word whole up to this width; longer words may be cut. */
const TEXT_WORD_CAP = 12;
/** A table whose headings would take more lines than this is written as blocks instead. */
const MAX_HEADING_LINES = 4;
/** `text` columns shrink to this width (or their widest cell) before the figures give way. */
const TEXT_COMFORT = 20;

/**
 * The width of each column so that the table fits in `width` columns: each
 * column as wide as its widest cell when that fits; otherwise the `text`
 * columns shrink first, the widest first, down to 20 columns; then the
 * headings over `never` columns wrap; then the `words` columns, never below
 * their longest word; then the `text`
 * columns further, down to 8 (or their longest word, up to 12). A table that
 * cannot fit even then is as narrow as it can be, and wider than `width`.
 *
 * @param header - the column headings (a heading always wraps between words, even over a `never` column)
 * @param rows - the body rows
 * @param wrap - how each column gives way
 * @param width - the columns available, separators included
 * @returns the width of each column
 * @example
 * fitWidths(['STT', 'Nội dung chỉ tiêu'], [['1', 'Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2']], ['never', 'text'], 30);
 * // [3, 25]
 */
export function fitWidths(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  wrap: readonly ColumnWrap[],
  width: number,
): number[] {
  const n = wrap.length;
  const cells = [header, ...rows];
  const column = (c: number) => cells.map((row) => row[c] ?? '');
  const natural = wrap.map((_, c) => Math.max(0, ...column(c).map(displayWidth)));
  const longestWord = wrap.map((_, c) => Math.max(0, ...column(c).flatMap(longestPiece)));
  const least = wrap.map((kind, c) => {
    // a figure stays on one line; only its heading may wrap
    if (kind === 'never')
      return Math.max(0, ...rows.map((r) => displayWidth(r[c] ?? '')), longestPiece(header[c] ?? ''));
    if (kind === 'words') return longestWord[c]!;
    return Math.min(natural[c]!, Math.max(TEXT_FLOOR, Math.min(longestWord[c]!, TEXT_WORD_CAP)));
  });
  const comfortable = wrap.map((_, c) => Math.min(natural[c]!, Math.max(least[c]!, TEXT_COMFORT)));
  const budget = width - GAP * Math.max(0, n - 1);
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0);
  // text columns first, down to a readable width; the headings of figures; the figures, between words; text to the least
  const phases = [
    { kind: 'text', floor: comfortable },
    { kind: 'never', floor: least },
    { kind: 'words', floor: least },
    { kind: 'text', floor: least },
  ] as const;
  for (const { kind, floor } of phases) {
    if (total() <= budget) break;
    const members = wrap.flatMap((k, c) => (k === kind ? [c] : []));
    const room = budget - (total() - members.reduce((a, c) => a + widths[c]!, 0));
    // the widest give way first: every member is cut to a common level, none below its floor
    const at = (level: number) => members.map((c) => Math.min(widths[c]!, Math.max(floor[c]!, level)));
    const sum = (ws: readonly number[]) => ws.reduce((a, b) => a + b, 0);
    let lo = 0;
    let hi = Math.max(0, ...members.map((c) => widths[c]!));
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (sum(at(mid)) <= room) lo = mid;
      else hi = mid - 1;
    }
    const next = at(lo);
    // the columns held at the level share what is left, one column each
    let spare = room - sum(next);
    members.forEach((c, i) => {
      if (spare > 0 && next[i] === lo && widths[c]! > lo) {
        next[i]!++;
        spare--;
      }
      widths[c] = next[i]!;
    });
  }
  return widths;
}

/**
 * Writes a text table: the header, a line of dashes, the rows. Without a
 * width every row is one line (cells padded to the widest in their column).
 * With a width the columns are fitted to it ({@link fitWidths}), long cells
 * wrap inside their column, a text across the table wraps to the width, and
 * when some row takes several lines a blank line separates the rows. A table
 * with too many columns for the width (wider even at its narrowest, or with
 * headings squeezed onto more than 4 lines) is written as one block per row
 * instead, "Heading: value" pairs filled to the width.
 *
 * @param header - the column headings
 * @param rows - cells, or a text across the table
 * @param options - width and how each column wraps
 * @returns the lines, without line breaks, trailing spaces removed
 * @example
 * gridLines(['STT', 'Nội dung chỉ tiêu'], [['1', 'Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2']], { width: 30, wrap: ['never', 'text'] });
 * // ['STT  Nội dung chỉ tiêu', '---  -------------------------', '1    Tỷ lệ tỉnh đạt chuẩn xóa', '     mù chữ mức độ 2']
 */
export function gridLines(header: readonly string[], rows: readonly GridRow[], options: GridOptions = {}): string[] {
  const wrap = options.wrap ?? header.map(() => 'text' as const);
  const cellRows = rows.filter((r): r is readonly string[] => Array.isArray(r));
  const width = options.width;
  const widths =
    width !== undefined
      ? fitWidths(header, cellRows, wrap, width)
      : wrap.map((_, c) => Math.max(0, ...[header, ...cellRows].map((r) => displayWidth(r[c] ?? ''))));
  if (width !== undefined) {
    // too many columns: wider than the terminal at their narrowest, or headings squeezed into a tower
    const tooWide = widths.reduce((a, b) => a + b, GAP * Math.max(0, widths.length - 1)) > width;
    const tower = widths.some((w, c) => wrapWords(header[c] ?? '', w, true).length > MAX_HEADING_LINES);
    if (tooWide || tower) return records(header, rows, width);
  }
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
  const block = (cells: readonly string[]): string[] => {
    if (width === undefined)
      return [
        widths
          .map((w, c) => pad(cells[c] ?? '', w))
          .join(' '.repeat(GAP))
          .trimEnd(),
      ];
    // a figure is never wider than its column: only headings wrap over `never` columns, between words
    const wrapped = widths.map((w, c) => wrapWords(cells[c] ?? '', w, wrap[c] !== 'text'));
    const height = Math.max(...wrapped.map((l) => l.length));
    return Array.from({ length: height }, (_, i) =>
      widths
        .map((w, c) => pad(wrapped[c]![i] ?? '', w))
        .join(' '.repeat(GAP))
        .trimEnd(),
    );
  };
  const blocks = rows.map((r) => (isSpan(r) ? (width !== undefined ? wrapWords(r.span, width) : [r.span]) : block(r)));
  // rows of several lines are told apart by a blank line between them…
  const spaced = width !== undefined && rows.some((r, i) => !isSpan(r) && blocks[i]!.length > 1);
  const out = [...block(header), widths.map((w) => '-'.repeat(w)).join(' '.repeat(GAP))];
  rows.forEach((r, i) => {
    // …but a heading stays with its first row
    if (spaced && i > 0 && (isSpan(r) || !isSpan(rows[i - 1]!))) out.push('');
    out.push(...blocks[i]!);
  });
  return out;
}

/**
 * A table too wide for any column layout, one block per row: "Heading:
 * value" for each cell that is not empty, as many to a line as fit, joined
 * by " · "; a pair longer than a line wraps with its next lines indented.
 * Blocks are separated by a blank line.
 */
function records(header: readonly string[], rows: readonly GridRow[], width: number): string[] {
  const out: string[] = [];
  rows.forEach((r, i) => {
    if (i > 0) out.push('');
    if (isSpan(r)) {
      out.push(...wrapWords(r.span, width));
      return;
    }
    let line = '';
    for (const [c, value] of r.entries()) {
      if (value === '') continue;
      const pair = header[c] ? `${header[c]}: ${value}` : value;
      if (line !== '' && displayWidth(line) + 3 + displayWidth(pair) <= width) {
        line += ` · ${pair}`;
        continue;
      }
      if (line !== '') out.push(line);
      const [first, ...rest] = wrapWords(pair, width);
      if (rest.length === 0) {
        line = first!;
        continue;
      }
      out.push(first!, ...wrapWords(rest.join(' '), width - 2).map((l) => `  ${l}`));
      line = '';
    }
    if (line !== '') out.push(line);
  });
  return out;
}

/** The widest piece a line break cannot fall inside. */
function longestPiece(cell: string): number {
  return Math.max(0, ...breakPieces(cell).map((p) => displayWidth(p.text)));
}

function isSpan(row: GridRow): row is { readonly span: string } {
  return !Array.isArray(row);
}
