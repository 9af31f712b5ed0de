import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { letterheadLines, type Letterhead } from '../../src/report/letterhead.js';
import { renderReport } from '../../src/report/render.js';
import { nationalReport } from './helpers.js';

/*
 * Issue 10, point 5: the header and signature of an administrative document. The layout and the
 * date rule are those of Nghị định 30/2020/NĐ-CP ngày 05/3/2020 (công tác văn thư), Phụ lục I: a
 * day below 10 and the months 1 and 2 take a leading zero ("ngày 05 tháng 02"). The words are
 * those of the offices' own headers: seed 004 lines 1–10 (ỦY BAN NHÂN DÂN / PHƯỜNG ĐĂK CẤM,
 * "Số:           /BC-UBND", "Đăk Cấm, ngày         tháng         năm 2025": number, day and month
 * left blank to be filled by hand) and seed 001 lines 106–112 (Nơi nhận, KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).
 */

const NBSP = '\u00a0';
const DAK_CAM: Letterhead = {
  issuer: 'Ủy ban nhân dân / phường Đăk Cấm',
  reportNumber: '15/BC-UBND',
  date: '2025-07-15',
  place: 'Đăk Cấm',
  appendix: '2',
  signerTitle: ['TM. Ủy ban nhân dân', 'Chủ tịch'],
  signerName: 'Nguyễn Văn A',
  recipients: ['Sở Giáo dục và Đào tạo tỉnh', '- CT, các PCT UBND xã;', 'Lưu: VT'],
};

describe('letterheadLines', () => {
  it('the header of seed 004, filled in', () => {
    const l = letterheadLines(DAK_CAM, 'vi');
    expect(l.issuer).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐĂK CẤM']);
    expect(l.number).toBe('Số: 15/BC-UBND');
    expect(l.nation).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(l.motto).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(l.placeDate).toBe('Đăk Cấm, ngày 15 tháng 7 năm 2025');
    expect(l.appendix).toBe('PHỤ LỤC 2');
    expect(l.attachedTo).toBe('(Kèm theo Báo cáo số 15/BC-UBND ngày 15 tháng 7 năm 2025)');
    expect(l.signature).toEqual({ title: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Văn A' });
    // seed 001 line 106 ff.: "- Sở …;" each, the last "- Lưu: VT."
    expect(l.recipients).toEqual({
      heading: 'Nơi nhận:',
      items: ['- Sở Giáo dục và Đào tạo tỉnh;', '- CT, các PCT UBND xã;', '- Lưu: VT.'],
    });
  });

  it('a day below 10 and the months 1 and 2 get a leading zero (Nghị định 30/2020, Phụ lục I)', () => {
    expect(letterheadLines({ date: '2025-02-05', place: 'Huế' }).placeDate).toBe('Huế, ngày 05 tháng 02 năm 2025');
    expect(letterheadLines({ date: '2025-01-31', place: 'Huế' }).placeDate).toBe('Huế, ngày 31 tháng 01 năm 2025');
    expect(letterheadLines({ date: '2025-03-09', place: 'Huế' }).placeDate).toBe('Huế, ngày 09 tháng 3 năm 2025');
    expect(letterheadLines({ date: '2025-12-10', place: 'Huế' }).placeDate).toBe('Huế, ngày 10 tháng 12 năm 2025');
  });

  it('what is not given is the blank form of seed 004: number, day and month left for the pen', () => {
    const l = letterheadLines({ issuer: 'Ủy ban nhân dân / phường Đăk Cấm', date: '2025', place: 'Đăk Cấm' });
    expect(l.number).toBe(`Số: ${NBSP.repeat(8)}/BC-UBND`);
    expect(l.placeDate).toBe(`Đăk Cấm, ngày ${NBSP.repeat(6)} tháng ${NBSP.repeat(6)} năm 2025`);
    expect(l.attachedTo).toBe(
      `(Kèm theo Báo cáo số ${NBSP.repeat(8)}/BC-UBND ngày ${NBSP.repeat(6)} tháng ${NBSP.repeat(6)} năm 2025)`,
    );
    expect(l.appendix).toBe('PHỤ LỤC');
    expect(l.signature).toBeNull();
    expect(l.recipients).toBeNull();
    // nothing at all: dots where a name goes, blanks where a figure goes
    const empty = letterheadLines({});
    expect(empty.issuer).toEqual(['……………']);
    expect(empty.placeDate).toBe(`……………, ngày ${NBSP.repeat(6)} tháng ${NBSP.repeat(6)} năm ${NBSP.repeat(6)}`);
  });

  it('a number alone takes the symbol BC-UBND; a symbol alone leaves the number blank', () => {
    expect(letterheadLines({ reportNumber: '15' }).number).toBe('Số: 15/BC-UBND');
    expect(letterheadLines({ reportNumber: '/bc-sgdđt' }).number).toBe(`Số: ${NBSP.repeat(8)}/BC-SGDĐT`);
    expect(letterheadLines({ reportNumber: ' 154 / SGDĐT-GDTXHSSV ' }).number).toBe('Số: 154/SGDĐT-GDTXHSSV');
  });

  it('a governing body above the issuer, an appendix in Roman numerals', () => {
    const l = letterheadLines({
      governingBody: 'Ủy ban nhân dân tỉnh Nghệ An',
      issuer: 'Sở Giáo dục và Đào tạo',
      appendix: 'ii',
    });
    expect(l.governingBody).toBe('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN');
    expect(l.issuer).toEqual(['SỞ GIÁO DỤC VÀ ĐÀO TẠO']);
    expect(l.appendix).toBe('PHỤ LỤC II');
  });

  it('English: the same structure in English words', () => {
    const l = letterheadLines(DAK_CAM, 'en');
    expect(l.nation).toBe('SOCIALIST REPUBLIC OF VIET NAM');
    expect(l.motto).toBe('Independence - Freedom - Happiness');
    expect(l.number).toBe('No.: 15/BC-UBND');
    expect(l.placeDate).toBe('Đăk Cấm, 15 July 2025');
    expect(l.appendix).toBe('APPENDIX 2');
    expect(l.attachedTo).toBe('(Attached to Report No. 15/BC-UBND of 15 July 2025)');
    expect(l.recipients?.heading).toBe('Recipients:');
  });

  it.each<[string, Letterhead, string]>([
    ['a date the calendar lacks', { date: '2025-02-29' }, 'date'],
    ['a Vietnamese date', { date: '15/7/2025' }, 'date'],
    ['month 13', { date: '2025-13' }, 'date'],
    ['a number with letters', { reportNumber: 'mười lăm' }, 'reportNumber'],
    ['an empty number', { reportNumber: '' }, 'reportNumber'],
    ['an appendix that is a word', { appendix: 'hai' }, 'appendix'],
    ['an empty issuer', { issuer: '  ' }, 'issuer'],
    ['an empty line of the issuer', { issuer: 'Ủy ban nhân dân / ' }, 'issuer'],
    ['a control character in the name', { signerName: 'Nguyễn\u0007' }, 'signerName'],
    ['an empty recipient', { recipients: ['Sở GD&ĐT', ''] }, 'recipients'],
  ])('%s is invalid-input at its field', (_, letterhead, field) => {
    expect(() => letterheadLines(letterhead)).toThrow(
      expect.objectContaining({ code: 'invalid-input', path: expect.arrayContaining(['letterhead', field]) }),
    );
  });
});

describe('the HTML report with a letterhead', () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

  it('prints the header above the title and the signature below, and stays valid', async () => {
    const html = renderReport(nationalReport(), { format: 'html', letterhead: DAK_CAM });
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    const order = [
      'PHƯỜNG ĐĂK CẤM',
      'Số: 15/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Đăk Cấm, ngày 15 tháng 7 năm 2025',
      'PHỤ LỤC 2',
      '(Kèm theo Báo cáo số 15/BC-UBND',
      '<h1',
      'Đơn vị tính: %',
      '<table>',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'Nguyễn Văn A',
    ];
    const at = order.map((s) => html.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('without one, the HTML has no header, no signature and no letterhead style', () => {
    const html = renderReport(nationalReport(), { format: 'html' });
    expect(html).not.toContain('letterhead');
    expect(html).not.toContain('CỘNG HÒA');
  });

  it('a malformed letterhead throws whatever the format', () => {
    for (const format of ['html', 'markdown', 'csv'] as const) {
      expect(() => renderReport(nationalReport(), { format, letterhead: { date: 'hôm nay' } })).toThrow(
        expect.objectContaining({ code: 'invalid-input' }),
      );
    }
  });
});
