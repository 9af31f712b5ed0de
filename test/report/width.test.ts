import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakPieces, displayWidth, wrapHanging, wrapWords } from '../../src/report/width.js';

/*
 * Issue 10, point 6: terminal tables measure text in terminal columns. Vietnamese letters take
 * one column each whether they are precomposed (NFC, as typed) or decomposed (NFD, as some
 * systems export), so width is never bytes or UTF-16 units.
 */
describe('displayWidth', () => {
  it('a Vietnamese label is as wide as its letters, in NFC and NFD, not its bytes', () => {
    // "Xóa mù chữ": X-ó-a, space, m-ù, space, c-h-ữ = 10 letters and spaces
    expect(displayWidth('Xóa mù chữ')).toBe(10);
    expect(displayWidth('Xóa mù chữ'.normalize('NFD'))).toBe(10);
    expect(Buffer.byteLength('Xóa mù chữ')).toBe(14);
    // "ệ" decomposed is e + U+0323 + U+0302: three code points, one column
    expect(displayWidth('e\u0323\u0302')).toBe(1);
  });

  it('zero-width characters take none, East Asian wide ones two', () => {
    expect(displayWidth('a\u200bb\ufeff')).toBe(2);
    expect(displayWidth('越南')).toBe(4);
    // a wide character cannot be cut to fit one column: it stands alone on its line
    expect(wrapWords('ᄀ,', 1)).toEqual(['ᄀ', ',']);
  });
});

describe('wrapWords', () => {
  it('breaks between words, each line at most the width', () => {
    expect(wrapWords('Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2', 16)).toEqual([
      'Tỷ lệ tỉnh đạt',
      'chuẩn xóa mù chữ',
      'mức độ 2',
    ]);
  });

  it('keeps a number whole with keepWords, and cuts a long word without it', () => {
    expect(wrapWords('99,96% (19.739/19.747)', 10, true)).toEqual(['99,96%', '(19.739/19.747)']);
    expect(wrapWords('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('a cut keeps a combining mark with its letter', () => {
    const nfd = 'chữ'.normalize('NFD'); // c, h, u, U+031B, U+0303
    expect(wrapWords(nfd, 2)).toEqual(['ch', 'ữ'.normalize('NFD')]);
  });

  it('breaks an id after a hyphen that follows a lower-case letter, never a document number or a range', () => {
    expect(breakPieces('provinces-literacy-level-2').map((p) => p.text)).toEqual([
      'provinces-',
      'literacy-',
      'level-',
      '2',
    ]);
    expect(breakPieces('1373/QĐ-TTg').map((p) => p.text)).toEqual(['1373/QĐ-TTg']);
    expect(breakPieces('2021-2030').map((p) => p.text)).toEqual(['2021-2030']);
    expect(wrapWords('provinces-literacy-level-2', 12, true)).toEqual(['provinces-', 'literacy-', 'level-2']);
    expect(wrapWords('mã provinces-literacy', 40)).toEqual(['mã provinces-literacy']);
  });

  it('an empty text is one empty line', () => {
    expect(wrapWords('', 5)).toEqual(['']);
  });

  const word = fc.stringMatching(/^[a-zà-ỹ0-9,.%()/]{1,14}$/u);
  const text = fc.array(word, { minLength: 0, maxLength: 20 }).map((ws) => ws.join(' '));

  it('property: no line is wider than the width, and the words come back in order', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (t, w) => {
        const lines = wrapWords(t, w);
        // (a line of one East Asian character is 2 columns even when the width is 1: it cannot be cut)
        for (const l of lines)
          expect(displayWidth(l)).toBeLessThanOrEqual(Math.max(w, [...l].length === 1 ? displayWidth(l) : 0));
        expect(lines.map((l) => l.replace(/ /g, '')).join('')).toBe(t.replace(/ /g, ''));
      }),
    );
  });

  it('property: with keepWords no word is split, and only a line of one word is wider than the width', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (t, w) => {
        const lines = wrapWords(t.replace(/-/g, ''), w, true);
        expect(lines.join(' ').split(' ').filter(Boolean)).toEqual(t.replace(/-/g, '').split(' ').filter(Boolean));
        for (const l of lines) if (displayWidth(l) > w) expect(l).not.toContain(' ');
      }),
    );
  });
});

describe('wrapHanging', () => {
  it('the lines after the first start under the text, as "[1] " hangs before a source', () => {
    // the citation of Decision 1373/QĐ-TTg of 30/7/2021 (its Điều 1), wrapped by hand at 24 columns
    expect(wrapHanging('[1] Quyết định số 1373/QĐ-TTg ngày 30/7/2021', 24, 4)).toEqual([
      '[1] Quyết định số',
      '    1373/QĐ-TTg ngày',
      '    30/7/2021',
    ]);
    // no indent, or one as wide as the line: plain wrapping
    expect(wrapHanging('Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2', 16)).toEqual(
      wrapWords('Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2', 16),
    );
    expect(wrapHanging('Tỷ lệ tỉnh đạt chuẩn', 6, 6)).toEqual(wrapWords('Tỷ lệ tỉnh đạt chuẩn', 6));
  });

  it('property: no line is wider than the width, no word is lost, every next line is indented', () => {
    const word = fc.stringMatching(/^[a-zđêôơưạảấầẩẫậ]{1,6}$/);
    fc.assert(
      // the indented lines still hold the longest word (6 letters): no word is cut
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 6, max: 40 }),
        fc.integer({ min: 0, max: 6 }),
        (words, room, indent) => {
          const w = room + indent;
          const lines = wrapHanging(words.join(' '), w, indent);
          for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(w);
          expect(lines.join(' ').split(' ').filter(Boolean)).toEqual(words);
          if (indent > 0) for (const l of lines.slice(1)) expect(l.startsWith(' '.repeat(indent))).toBe(true);
        },
      ),
    );
  });
});
