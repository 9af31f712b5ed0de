import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, writeCsv, type CsvDelimiter } from '../../src/cli/csv.js';
import { expectXhhtError } from '../vi/helpers.js';

const fields = (text: string, options = {}) => parseCsv(text, options).records.map((r) => r.fields);

describe('parseCsv: RFC 4180', () => {
  it('reads a header and rows; a final line break adds no record', () => {
    expect(fields('indicator,numerator,denominator\nprovinces-literacy-level-2,55,63\n')).toEqual([
      ['indicator', 'numerator', 'denominator'],
      ['provinces-literacy-level-2', '55', '63'],
    ]);
  });

  it('reads CRLF like LF, and a file without a final line break', () => {
    expect(fields('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps delimiters, quotes ("") and line breaks inside quoted fields', () => {
    expect(fields('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', 'z'],
    ]);
  });

  it('keeps empty fields, at the end of a row too', () => {
    expect(fields('a,b,c\n1,,\n,,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
      ['', '', '3'],
    ]);
  });

  it('skips blank lines but counts them in line numbers', () => {
    const { records } = parseCsv('a,b\n\n1,2\r\n\r\n3,4\n');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
      [5, ['3', '4']],
    ]);
  });

  it('gives a record spanning lines the line where it starts, and counts its lines', () => {
    const { records } = parseCsv('a,b\n"1\n2\n3",x\ny,z\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('drops a UTF-8 byte-order mark before the first header', () => {
    expect(fields('\uFEFFindicator;count\nx;1\n')[0]).toEqual(['indicator', 'count']);
  });

  it('reads the Excel "sep=;" line as the delimiter and skips it', () => {
    const t = parseCsv('sep=;\na;b\n1,5;2\n');
    expect(t.delimiter).toBe(';');
    expect(t.records.map((r) => [r.line, r.fields])).toEqual([
      [2, ['a', 'b']],
      [3, ['1,5', '2']],
    ]);
  });

  it('an unclosed quote is invalid-csv at the line where the quote opens', () => {
    const e = expectXhhtError(() => parseCsv('a,b\n1,2\n3,"oops\n4,5\n'), 'invalid-csv');
    expect(e.path).toEqual([3]);
  });

  it('text after a closing quote is invalid-csv at that line', () => {
    const e = expectXhhtError(() => parseCsv('a,b\n"x"y,2\n'), 'invalid-csv');
    expect(e.path).toEqual([2]);
  });
});

describe('detectDelimiter', () => {
  it('Vietnamese Excel exports use ";" (the decimal mark is ","): ";" wins over ","', () => {
    expect(detectDelimiter('Chỉ tiêu;Tử số, người;Mẫu số\n')).toBe(';');
  });
  it('a tab when there is no ";" (Excel "Unicode text")', () => {
    expect(detectDelimiter('indicator\tcount\n')).toBe('\t');
  });
  it('"," otherwise, and delimiters inside quotes do not count', () => {
    expect(detectDelimiter('"a;b",c\n1;2\n')).toBe(',');
  });
  it('only the first line is looked at', () => {
    expect(detectDelimiter('a,b\n1;2\n')).toBe(',');
  });
});

describe('writeCsv', () => {
  it('quotes fields with the delimiter, quotes, line breaks or edge spaces', () => {
    expect(
      writeCsv([
        ['id', 'name'],
        ['dak-cam', 'Phường Đăk Cấm, Kon Tum'],
        ['q', 'a "b"'],
        ['n', 'x\ny'],
        ['s', ' pad'],
      ]),
    ).toBe('id,name\r\ndak-cam,"Phường Đăk Cấm, Kon Tum"\r\nq,"a ""b"""\r\nn,"x\ny"\r\ns," pad"\r\n');
  });
  it('with ";" a comma needs no quotes', () => {
    expect(writeCsv([['99,96', '19.739']], ';')).toBe('99,96;19.739\r\n');
  });
});

// An independent serializer for the property: quote every field, always.
const quoteAll = (rows: string[][], d: string) =>
  rows.map((r) => r.map((f) => `"${f.replaceAll('"', '""')}"`).join(d)).join('\r\n');

describe('properties', () => {
  const text = fc.string({
    unit: fc.constantFrom('a', 'ă', 'Đ', '1', ',', ';', '\t', '"', '\n', '\r', ' ', '.'),
    maxLength: 8,
  });
  const rows = fc.array(fc.array(text, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 });
  const delimiter = fc.constantFrom<CsvDelimiter>(',', ';', '\t');

  it('fully quoted fields read back exactly, whatever they contain', () => {
    fc.assert(
      fc.property(rows, delimiter, fc.boolean(), (rs, d, finalBreak) => {
        const csv = quoteAll(rs, d) + (finalBreak ? '\r\n' : '');
        expect(fields(csv, { delimiter: d })).toEqual(rs);
      }),
      { numRuns: 300 },
    );
  });

  it('writeCsv then parseCsv is the identity (the writer quotes only where needed), but for the formula guard', () => {
    // text a spreadsheet would run (a leading tab or CR here; =, +, -, @ too) comes back with a leading "'"
    const guarded = (f: string) => (/^[=+\-@\t\r]/.test(f) && !/^[-+]?\d[\d.,]*%?$/.test(f) ? `'${f}` : f);
    fc.assert(
      fc.property(rows, delimiter, (rs, d) => {
        expect(fields(writeCsv(rs, d), { delimiter: d })).toEqual(rs.map((r) => r.map(guarded)));
      }),
      { numRuns: 300 },
    );
  });

  it('line numbers: a record starts one line after the previous record ends', () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const { records } = parseCsv(quoteAll(rs, ','), { delimiter: ',' });
        let line = 1;
        records.forEach((r, i) => {
          expect(r.line).toBe(line);
          // line breaks inside this record's fields (CRLF counts once, a lone CR once)
          line += 1 + rs[i]!.reduce((n, f) => n + (f.replaceAll('\r\n', '\n').match(/[\r\n]/g)?.length ?? 0), 0);
        });
      }),
      { numRuns: 200 },
    );
  });
});
