import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCountCell, parseDateCell, parseYesNo } from '../../src/cli/cells.js';
import { parseViCount, parseViDecimal } from '../../src/vi/number.js';
import { matchHeaders, squashHeader } from '../../src/cli/headers.js';
import { expectXhhtError } from '../vi/helpers.js';

describe('squashHeader / matchHeaders', () => {
  it('the same column however a person writes it', () => {
    for (const h of ['Tử số', 'TỬ SỐ', 'tu_so', 'Tu so', ' tử-số ']) expect(squashHeader(h)).toBe('tuso');
    expect(squashHeader('Đặc biệt khó khăn')).toBe('dacbietkhokhan');
    expect(squashHeader('age15to60.literateLevel2')).toBe('age15to60literatelevel2');
  });

  it('decomposed Vietnamese (NFD, as macOS file systems write it) matches composed text', () => {
    expect(squashHeader('Tử số'.normalize('NFD'))).toBe(squashHeader('Tử số'.normalize('NFC')));
  });

  it('unknown headers are null, known ones their key', () => {
    expect(
      matchHeaders(['Chỉ tiêu', 'TU_SO', 'x'], {
        indicator: ['indicator', 'chỉ tiêu'],
        numerator: ['numerator', 'tử số'],
      }),
    ).toEqual(['indicator', 'numerator', null]);
  });

  it('printed appendix headers: without their parentheses, then by their first words; as written wins', () => {
    // seed 001 (/work/shared/seeds/001_d9ccab766f96ff1d.txt) lines 149–165: the headers of Phụ lục 2, lines joined
    const columns = { target: ['mục tiêu'], rate: ['kết quả'], achieved: ['kết quả đạt'], note: ['ghi chú'] };
    const leading = { target: ['mục tiêu'], rate: ['kết quả'] };
    const printed = [
      'Mục tiêu Theo kế hoạch thực hiện Đề án của huyện đến năm 2025 (tỷ lệ %)',
      'Kết quả thực hiện tính đến thời điểm tháng 06/2025 (tỷ lệ %)',
      'Ghi chú (ước thực hiện)',
      'Kết quả đạt',
      'Kết quả đạt (có/không)',
      'Mục',
    ];
    expect(matchHeaders(printed, columns, leading)).toEqual(['target', 'rate', 'note', 'achieved', 'achieved', null]);
    // without leading phrases only the parentheses are dropped
    expect(matchHeaders(printed, columns)).toEqual([null, null, 'note', 'achieved', 'achieved', null]);
  });

  it('property: squashing is idempotent and leaves only a-z and 0-9', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = squashHeader(s);
        expect(squashHeader(once)).toBe(once);
        expect(once).toMatch(/^[a-z0-9]*$/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseYesNo', () => {
  it.each([
    ['Có', true],
    ['co', true],
    ['Đạt', true],
    ['x', true],
    ['1', true],
    ['TRUE', true],
    ['không', false],
    ['Không đạt', false],
    ['chưa đạt', false],
    ['0', false],
    ['no', false],
  ])('%s → %s', (text, value) => {
    expect(parseYesNo(text)).toBe(value);
  });

  it('anything else is invalid-boolean-format, never a guess', () => {
    for (const t of ['maybe', 'có thể', '2', '']) expectXhhtError(() => parseYesNo(t), 'invalid-boolean-format');
  });
});

describe('parseDateCell', () => {
  it('ISO and day/month/year as Vietnamese spreadsheets write it', () => {
    expect(parseDateCell('2024-12-31')).toBe('2024-12-31');
    expect(parseDateCell('31/12/2024')).toBe('2024-12-31');
    expect(parseDateCell('1/7/2025')).toBe('2025-07-01');
  });

  it('a date that does not exist, or month/day order, is invalid-date', () => {
    expectXhhtError(() => parseDateCell('31/02/2024'), 'invalid-date');
    // 12/31/2024 (US order) has no month 31
    expectXhhtError(() => parseDateCell('12/31/2024'), 'invalid-date');
    expectXhhtError(() => parseDateCell('2024'), 'invalid-date');
  });
});

describe('parseCountCell: the short way for plain whole numbers', () => {
  // what parseCountCell did before its short way, built on the Vietnamese parsers alone
  const reference = (text: string): number => {
    const decimal = parseViDecimal(text);
    if (decimal.startsWith('-')) return parseViCount(text);
    if (decimal.includes('.')) throw new Error('a fraction');
    return parseViCount(text.trim().replace(/,0+$/, ''));
  };
  it('reads every text as the Vietnamese parsers do: the same count, or an error', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom('0', '1', '9', '.', ',', '-', ' '), maxLength: 24 }),
      fc.maxSafeNat().map((n) => n.toLocaleString('de-DE')),
      fc.bigInt({ min: 0n, max: 10n ** 17n }).map(String),
    );
    fc.assert(
      fc.property(text, (t) => {
        let expected: number | undefined;
        try {
          expected = reference(t);
        } catch {
          expected = undefined;
        }
        if (expected === undefined) expect(() => parseCountCell(t)).toThrow();
        else expect(parseCountCell(t)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
