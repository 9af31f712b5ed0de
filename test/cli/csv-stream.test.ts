import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, parseCsv, type CsvDelimiter } from '../../src/cli/csv.js';
import { isXhhtError } from '../../src/errors.js';

/** parseCsv's answer, or its error's code and place. */
function whole(text: string, delimiter?: CsvDelimiter) {
  try {
    return parseCsv(text, delimiter ? { delimiter } : {});
  } catch (e) {
    if (!isXhhtError(e)) throw e;
    return { error: e.code, path: e.path };
  }
}

/** The same text given to CsvParser in the pieces between `cuts`. */
function inPieces(text: string, cuts: readonly number[], delimiter?: CsvDelimiter) {
  const p = new CsvParser(delimiter ? { delimiter } : {});
  const records = [];
  try {
    let from = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      records.push(...p.push(text.slice(from, cut)));
      from = cut;
    }
    records.push(...p.push(text.slice(from)));
    records.push(...p.end());
    return { delimiter: p.delimiter, records };
  } catch (e) {
    if (!isXhhtError(e)) throw e;
    return { error: e.code, path: e.path };
  }
}

// text made of what CSV parsing turns on: delimiters, quotes, CR, LF, a BOM, an Excel sep= line
const piece = fc.constantFrom(
  'a',
  'Đ',
  ';',
  ',',
  '\t',
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  ' ',
  '1.234',
  'sep=;\n',
  '\uFEFF',
);
const csvText = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

describe('CsvParser: a file read in pieces reads as the whole file', () => {
  it('same records, lines, delimiter and errors as parseCsv, wherever the text is cut', () => {
    fc.assert(
      fc.property(
        csvText,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.constantFrom(undefined, ';', ',', '\t'),
        (text, raw, delimiter: CsvDelimiter | undefined) => {
          const cuts = raw.map((c) => c % (text.length + 1));
          expect(inPieces(text, cuts, delimiter)).toEqual(whole(text, delimiter));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('one character at a time: a quoted field with a line break, CRLF, "" and a sep= line', () => {
    const text = 'sep=;\r\nchỉ tiêu;tử số\r\n"a\r\nb ""c""";1.234\r\n\r\nx;2';
    const cuts = Array.from({ length: text.length }, (_, i) => i);
    expect(inPieces(text, cuts)).toEqual(whole(text));
    expect(inPieces(text, cuts)).toMatchObject({
      delimiter: ';',
      records: [{ line: 2 }, { line: 3, fields: ['a\r\nb "c"', '1.234'] }, { line: 6, fields: ['x', '2'] }],
    });
  });

  it('an unclosed quote is found at the end, at the line where it opens', () => {
    expect(inPieces('a,b\n1,2\n3,"oops\n4,5\n', [3, 9, 12])).toEqual({ error: 'invalid-csv', path: [3] });
  });

  it('keeps only the record being read between pieces', () => {
    const p = new CsvParser();
    expect(p.push('a,b\n1,2\n3,')).toHaveLength(2);
    // what is kept is the start of record 3, not the text already read
    expect((p as unknown as { text: string; at: number }).text.slice((p as unknown as { at: number }).at)).toBe('3,');
  });
});
