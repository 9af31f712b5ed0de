/*
 * How wide text is on a terminal, and how it breaks into lines. Vietnamese
 * letters may come precomposed ("ệ", one code point) or decomposed ("e" and
 * two combining marks): either way they take one column, so width counts the
 * code points that advance the cursor, never bytes or UTF-16 units.
 */

// Combining marks and zero-width characters take no column.
const ZERO = /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]/u;
// East Asian wide and fullwidth characters take two (CJK, Hangul, fullwidth forms, emoji).
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/**
 * The number of terminal columns a text takes: one per character, none for a
 * combining mark or zero-width character, two for an East Asian wide one.
 * "Xóa mù chữ" is 10 columns whether its marks are precomposed or not.
 *
 * @param text - one line of text (no line breaks, no control characters)
 * @returns its width in columns
 * @example
 * displayWidth('Xóa mù chữ');                   // 10
 * displayWidth('Xóa mù chữ'.normalize('NFD'));  // 10
 * Buffer.byteLength('Xóa mù chữ');              // 14: bytes are not columns
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) width += ZERO.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
  return width;
}

/**
 * The pieces of a text that a line break may fall between: its words, and
 * within a word the parts after a hyphen that follows a lower-case letter
 * ("provinces-literacy-level-2" breaks after each "-"; "1373/QĐ-TTg", "-2,70"
 * and "2021-2030" do not break).
 *
 * @param text - one line of text
 * @returns the pieces, each with whether a space goes before it on a line
 * @example
 * breakPieces('mã provinces-literacy');
 * // [{ text: 'mã', space: false }, { text: 'provinces-', space: true }, { text: 'literacy', space: false }]
 */
export function breakPieces(text: string): { readonly text: string; readonly space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  for (const word of text.split(' ')) {
    if (word === '') continue;
    word.split(/(?<=\p{Ll}-)/u).forEach((part, i) => out.push({ text: part, space: i === 0 && out.length > 0 }));
  }
  return out;
}

/**
 * Breaks text into lines of at most `width` columns, between words (and after
 * a hyphen inside an id, see {@link breakPieces}). A word longer than a line
 * is cut between characters (a combining mark stays with its letter) unless
 * `keepWords` is set: then it stands alone on a longer line, which is how
 * numbers are kept whole.
 *
 * @param text - one line of text; runs of spaces count as one break
 * @param width - columns per line (at least 1)
 * @param keepWords - never cut a word (default false)
 * @returns the lines, at least one (an empty text is one empty line)
 * @example
 * wrapWords('Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2', 16);
 * // ['Tỷ lệ tỉnh đạt', 'chuẩn xóa mù chữ', 'mức độ 2']
 * wrapWords('99,96% (19.739/19.747)', 10, true); // ['99,96%', '(19.739/19.747)']
 */
export function wrapWords(text: string, width: number, keepWords = false): string[] {
  const max = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const piece of breakPieces(text)) {
    const w = displayWidth(piece.text);
    const gap = piece.space ? 1 : 0;
    if (line !== '' && used + gap + w <= max) {
      line += piece.space ? ` ${piece.text}` : piece.text;
      used += gap + w;
      continue;
    }
    if (line !== '') lines.push(line);
    if (w <= max || keepWords) {
      [line, used] = [piece.text, w];
      continue;
    }
    const pieces = cut(piece.text, max);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1]!;
    used = displayWidth(line);
  }
  lines.push(line);
  return lines;
}

/** A word cut into pieces of at most `max` columns; a zero-width character stays with the one before it. */
function cut(word: string, max: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const c of word) {
    const w = ZERO.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
    if (w > 0 && used + w > max && piece !== '') {
      pieces.push(piece);
      [piece, used] = ['', 0];
    }
    piece += c;
    used += w;
  }
  pieces.push(piece);
  return pieces;
}

/**
 * A paragraph wrapped to `width` columns between words, its lines after the
 * first indented by `indent` spaces (a list item, "[12] " before a source):
 * the text of every line starts under the text of the first.
 *
 * @param text - one paragraph; runs of spaces count as one
 * @param width - columns per line
 * @param indent - spaces before each line after the first (default 0)
 * @returns the lines, at least one
 * @example
 * wrapHanging('[1] Quyết định số 1373/QĐ-TTg ngày 30/7/2021', 24, 4);
 * // ['[1] Quyết định số', '    1373/QĐ-TTg ngày', '    30/7/2021']
 */
export function wrapHanging(text: string, width: number, indent = 0): string[] {
  const words = text
    .split(' ')
    .filter((w) => w !== '')
    .join(' ');
  const [first, ...rest] = wrapWords(words, width);
  if (rest.length === 0 || indent === 0 || indent >= width) return [first!, ...rest];
  // the first line is a prefix of the words (a cut word's first piece too)
  const tail = wrapWords(words.slice(first!.length).trimStart(), width - indent).map((l) => ' '.repeat(indent) + l);
  return [first!, ...tail];
}
