import { describe, expect, it } from 'vitest';
import { computeAttainmentByUnit } from '../../src/attainment/compute.js';
import { DOCX_COMPARISON_COLUMNS, renderDocx } from '../../src/cli/docx.js';
import { reportTable } from '../../src/report/table.js';
import { nationalReport } from '../report/helpers.js';
import { xhht } from './helpers.js';
import { paragraphs, unzip } from './zip.js';

/*
 * Issue 10, point 5: the Word appendix, read back from the file. The figures: the national example
 * (55 of 63 provinces at XMC level 2 in 2024, against Decision 1373's 2025 target of 70%, Điều 1,
 * Mục II.2.a). The header: seed 004 lines 1–10 (ỦY BAN NHÂN DÂN / PHƯỜNG ĐĂK CẤM, "Số: /BC-UBND",
 * "Đăk Cấm, ngày … tháng … năm 2025"); the appendix table: seed 001 lines 146–170 (PHỤ LỤC 2: TT,
 * Nội dung chỉ tiêu, Mục tiêu, Kết quả, Ghi chú; group rows I, II …); the signature: seed 002 lines
 * 796–825 (Nơi nhận, TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH). The page: Nghị định
 * 30/2020/NĐ-CP, Phụ lục I (A4; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm;
 * Times New Roman 13–14 pt).
 */

const NBSP = '\u00a0';
const EXAMPLE = ['evaluate', 'examples/national-2024.json', '--year', '2025'];
const LETTERHEAD = [
  '--issuer',
  'Ủy ban nhân dân / phường Đăk Cấm',
  '--report-number',
  '15',
  '--report-date',
  '2025-07-05',
  '--place',
  'Đăk Cấm',
  '--appendix',
  '2',
  '--signer-title',
  'KT. Chủ tịch / Phó Chủ tịch',
  '--signer-name',
  'Nguyễn Văn A',
  '--recipients',
  'Sở Giáo dục và Đào tạo tỉnh; CT, các PCT UBND xã; Lưu: VT',
];

async function docx(
  argv: readonly string[],
): Promise<{ xml: string; styles: string; text: string[]; code: number; stderr: string }> {
  const r = await xhht([...argv, '--out', 'phu-luc.docx']);
  const bytes = r.bytes.get('phu-luc.docx');
  if (!bytes) throw new Error(`no file written (exit ${r.code}): ${r.stderr}`);
  const files = unzip(bytes);
  const xml = files.get('word/document.xml')!.toString('utf8');
  return {
    xml,
    styles: files.get('word/styles.xml')!.toString('utf8'),
    text: paragraphs(xml),
    code: r.code,
    stderr: r.stderr,
  };
}

/** The XML of the paragraph whose text is `text`. */
const paragraphXml = (xml: string, text: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => paragraphs(p)[0] === text);

describe('xhht evaluate --format docx', () => {
  it('writes a Word file (a zip with word/document.xml), chosen by the .docx extension too', async () => {
    const r = await xhht([...EXAMPLE, '--out', 'phu-luc.docx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const bytes = r.bytes.get('phu-luc.docx')!;
    // "PK\x03\x04": a zip's local file header
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect([...unzip(bytes).keys()]).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/styles.xml', '[Content_Types].xml']),
    );
  });

  it('the header: issuing body and number left, national name, motto (underlined), place and date (italics) right', async () => {
    const { xml, text } = await docx([...EXAMPLE, ...LETTERHEAD]);
    expect(text.slice(0, 8)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG ĐĂK CẤM',
      // the short rule under the issuing body: an empty paragraph with a bottom border
      '',
      'Số: 15/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      // Nghị định 30/2020, Phụ lục I: a day below 10 takes a leading zero, July does not
      'Đăk Cấm, ngày 05 tháng 7 năm 2025',
      'PHỤ LỤC 2',
    ]);
    expect(text[8]).toBe('(Kèm theo Báo cáo số 15/BC-UBND ngày 05 tháng 7 năm 2025)');
    expect(/<w:p>(?:(?!<\/w:p>)[\s\S])*<w:pBdr><w:bottom w:val="single"/.test(xml)).toBe(true);
    expect(paragraphXml(xml, 'Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:u w:val="single"\/>/);
    expect(paragraphXml(xml, 'Đăk Cấm, ngày 05 tháng 7 năm 2025')).toMatch(/<w:i\/>/);
    expect(paragraphXml(xml, 'PHƯỜNG ĐĂK CẤM')).toMatch(/<w:b\/>/);
    // the header is a table without borders: two cells side by side
    const header = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
    expect(header).toMatch(/<w:tblBorders>[\s\S]*?<w:top w:val="none"/);
    expect(header.match(/<w:tc>/g)).toHaveLength(2);
  });

  it('without the options: the blank form officials fill in by hand', async () => {
    const { text } = await docx(EXAMPLE);
    expect(text).toContain(`Số: ${NBSP.repeat(8)}/BC-UBND`);
    expect(text).toContain(`……………, ngày ${NBSP.repeat(6)} tháng ${NBSP.repeat(6)} năm ${NBSP.repeat(6)}`);
    expect(text).toContain('PHỤ LỤC');
    // no signer given: no signature block
    expect(text.join('\n')).not.toContain('Nơi nhận');
  });

  it('the title, the unit of measure and the grouped table (STT … Ghi chú; group rows across)', async () => {
    const { xml, text } = await docx(EXAMPLE);
    expect(text).toContain(
      'ĐỀ ÁN "XÂY DỰNG XÃ HỘI HỌC TẬP GIAI ĐOẠN 2021-2030" — VIỆT NAM: KẾT QUẢ THỰC HIỆN MỤC TIÊU NĂM 2025',
    );
    expect(text).toContain('Đơn vị tính: %');
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const data = tables.find((t) => t.includes('Nội dung chỉ tiêu'))!;
    const rows = [...data.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(paragraphs(rows[0]!)).toEqual([
      'STT',
      'Nội dung chỉ tiêu',
      'Mục tiêu 2025',
      'Kết quả',
      'Đánh giá',
      'Ghi chú',
    ]);
    // the header row repeats on every page
    expect(rows[0]).toContain('<w:tblHeader/>');
    // every text in the table at 12 pt (24 half-points)
    expect(new Set([...data.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]))).toEqual(new Set(['24']));
    // group I: its numeral, then its label across the five other columns
    expect(paragraphs(rows[1]!)).toEqual(['I', 'Xóa mù chữ và phổ cập giáo dục']);
    expect(rows[1]).toContain('<w:gridSpan w:val="5"/>');
    // 55/63 = 87,30% ≥ 70%: met, 17,30 points above
    const xmc = paragraphs(rows[2]!);
    expect(xmc.slice(0, 5)).toEqual(['1', 'Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2', '70%', '87,30% (55/63)', 'Đạt']);
    expect(xmc.slice(5)).toEqual(
      expect.arrayContaining(['cao hơn mục tiêu 17,30 điểm %', 'Căn cứ: [1] Điều 1, Mục II.2.a']),
    );
    // four groups (I–IV) and the 15 indicators of Decision 1373 for 2025 (Mục II.2)
    expect(rows).toHaveLength(1 + 4 + 15);
  });

  it('sources as numbered notes under the table, numbered as every report numbers them', async () => {
    const { text } = await docx(EXAMPLE);
    const sources = reportTable(nationalReport(), 'vi').sources;
    expect(sources).toHaveLength(1);
    const at = text.indexOf('Căn cứ:');
    expect(at).toBeGreaterThan(0);
    expect(text[at + 1]).toMatch(
      /^\[1\] Quyết định số 1373\/QĐ-TTg ngày 30\/7\/2021 của Thủ tướng Chính phủ về phê duyệt Đề án/,
    );
    expect(text).toContain('Tổng hợp: 15 chỉ tiêu: 1 đạt, 0 không đạt, 14 chưa có số liệu.');
  });

  it('the signature block: recipients left, the title, room to sign and the name right', async () => {
    const { text } = await docx([...EXAMPLE, ...LETTERHEAD]);
    const at = text.indexOf('Nơi nhận:');
    expect(text.slice(at, at + 4)).toEqual([
      'Nơi nhận:',
      '- Sở Giáo dục và Đào tạo tỉnh;',
      '- CT, các PCT UBND xã;',
      '- Lưu: VT.',
    ]);
    const signer = text.slice(text.indexOf('KT. CHỦ TỊCH'));
    expect(signer.slice(0, 2)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signer.filter((t) => t === '').length).toBeGreaterThanOrEqual(3);
    expect(signer.at(-1)).toBe('Nguyễn Văn A');
  });

  it('A4, the margins of Nghị định 30/2020 (in twips: 20 mm = 1134), page numbers from page 2, Times New Roman 13 pt', async () => {
    const { xml, styles } = await docx(EXAMPLE);
    // 210 × 297 mm
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const m = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(xml)!;
    const [top, right, bottom, left] = m.slice(1).map(Number) as [number, number, number, number];
    const mm = (twips: number) => twips / 56.6929;
    expect(mm(top)).toBeGreaterThanOrEqual(19.99);
    expect(mm(top)).toBeLessThanOrEqual(25.01);
    expect(mm(bottom)).toBeGreaterThanOrEqual(19.99);
    expect(mm(bottom)).toBeLessThanOrEqual(25.01);
    expect(mm(left)).toBeGreaterThanOrEqual(29.99);
    expect(mm(left)).toBeLessThanOrEqual(35.01);
    expect(mm(right)).toBeGreaterThanOrEqual(14.99);
    expect(mm(right)).toBeLessThanOrEqual(20.01);
    // a different first page: its header is empty, the others carry the page number
    expect(xml).toContain('<w:titlePg/>');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    // 13 pt = 26 half-points; Vietnamese for the spelling checker
    expect(styles).toMatch(/<w:sz w:val="26"\/>/);
    expect(styles).toContain('<w:lang w:val="vi-VN"/>');
  });

  it('--lang en: the same structure in English', async () => {
    const { text } = await docx([...EXAMPLE, ...LETTERHEAD, '--lang', 'en']);
    expect(text.slice(0, 9)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG ĐĂK CẤM',
      '',
      'No.: 15/BC-UBND',
      'SOCIALIST REPUBLIC OF VIET NAM',
      'Independence - Freedom - Happiness',
      'Đăk Cấm, 5 July 2025',
      'APPENDIX 2',
      '(Attached to Report No. 15/BC-UBND of 5 July 2025)',
    ]);
    expect(text).toContain('Indicator');
    expect(text).toContain('Unit: %');
    expect(text).toContain('Recipients:');
  });

  it('many units: one section each, each after the first on a new page, under one header and one signature', async () => {
    // two units, one figure each: 55/63 (national example) and a made-up 40/63
    const byUnit = computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2025,
      observations: [
        { unit: 'Tỉnh A', indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 },
        { unit: 'Tỉnh B', indicator: 'provinces-literacy-level-2', numerator: 40, denominator: 63 },
      ],
    });
    const bytes = await renderDocx(byUnit.reports, {
      letterhead: { issuer: 'Sở Giáo dục và Đào tạo', signerName: 'Nguyễn Văn A' },
    });
    const xml = unzip(bytes).get('word/document.xml')!.toString('utf8');
    const text = paragraphs(xml);
    expect(text.filter((t) => t === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toHaveLength(1);
    expect(text.filter((t) => t === 'Nguyễn Văn A')).toHaveLength(1);
    expect(text.filter((t) => /— Tỉnh [AB]: kết quả thực hiện mục tiêu năm 2025$/.test(t))).toHaveLength(2);
    // a new page for Tỉnh B, and one for the table comparing the units
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
    // 40/63 = 63,49% < 70%
    expect(text).toContain('63,49% (40/63)');
    // the comparison comes after both sections, before the signature
    const at = text.indexOf('So sánh các đơn vị: kết quả thực hiện mục tiêu năm 2025');
    expect(at).toBeGreaterThan(text.lastIndexOf('63,49% (40/63)'));
    expect(at).toBeLessThan(text.indexOf('Nguyễn Văn A'));
  });

  it('control characters from the data never reach the file (XML 1.0 forbids them; Word would refuse it)', async () => {
    const json = JSON.stringify({
      unit: 'Xã\u001b[2J\u0000',
      year: 2025,
      observations: [{ indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63, source: 'a\ud800b' }],
    });
    const r = await xhht(['evaluate', 'a.json', '--out', 'x.docx'], { 'a.json': json });
    expect(r.code).toBe(0);
    const xml = unzip(r.bytes.get('x.docx')!).get('word/document.xml')!.toString('utf8');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).toContain('Xã\\x1B[2J\\x00');
    expect(xml).toContain('a\ufffdb');
  });
});

describe('the Word appendix of many units: the table comparing them', () => {
  // made-up provinces: 55/63 (the 2024 national figure, examples/national-2024.json) = 87,30% ≥ 70%, 40/63 = 63,49%,
  // and 4.340/36.167 with a university degree (seed 004 line 65) = 11,99% < 12% (Decision 1373, Mục II.2.b); by hand
  const MANY =
    'đơn vị;chỉ tiêu;tử số;mẫu số\nTỉnh A;provinces-literacy-level-2;55;63\nTỉnh A;population-15plus-university-or-higher;4.340;36.167\nTỉnh B;provinces-literacy-level-2;40;63\n';
  const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
  const rowsOf = (table: string) => [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => paragraphs(m[0]));

  it('after the per-unit sections: a row per unit, the result over the verdict, the counts, the codes explained', async () => {
    const r = await xhht(['evaluate', 'm.csv', '--year', '2025', '--out', 'm.docx'], { 'm.csv': MANY });
    expect(r.code).toBe(0);
    const xml = unzip(r.bytes.get('m.docx')!).get('word/document.xml')!.toString('utf8');
    const table = tables(xml).find((t) => t.includes('>I.1<'))!;
    expect(rowsOf(table)).toEqual([
      ['Đơn vị', 'I.1', 'II.4', 'Đạt', 'Không đạt', 'Chưa có số liệu'],
      ['Tỉnh A', '87,30%', 'Đạt', '11,99%', 'Không đạt', '1', '1', '13'],
      ['Tỉnh B', '63,49%', 'Không đạt', 'Chưa có số liệu', '0', '1', '14'],
    ]);
    expect(table).toContain('<w:tblHeader/>');
    // within the text width: 165 mm in twips, every column at least 16 mm (the counts; "Không" bold at 12 pt stays whole)
    const grid = [.../<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(table)![1]!.matchAll(/w:w="(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(Math.round(165 * 56.6929) + grid.length);
    expect(Math.min(...grid)).toBeGreaterThanOrEqual(Math.round(16 * 56.6929));
    const text = paragraphs(xml);
    expect(text).toContain('I.1: Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2 (mục tiêu 70%)');
    expect(text.some((t) => t.startsWith('Chưa có số liệu ở mọi đơn vị: I.2 '))).toBe(true);
  });

  it('--compare: the comparison alone under the letterhead', async () => {
    const r = await xhht(
      [
        'evaluate',
        'm.csv',
        '--year',
        '2025',
        '--compare',
        '--out',
        'm.docx',
        '--issuer',
        'Sở Giáo dục và Đào tạo',
        '--signer-name',
        'Nguyễn Văn A',
      ],
      { 'm.csv': MANY },
    );
    expect(r.code).toBe(0);
    const text = paragraphs(unzip(r.bytes.get('m.docx')!).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('SO SÁNH CÁC ĐƠN VỊ: KẾT QUẢ THỰC HIỆN MỤC TIÊU NĂM 2025');
    expect(text).toContain('SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(text.at(-1)).toBe('Nguyễn Văn A');
    expect(text.join('\n')).not.toContain('— Tỉnh B: kết quả');
  });

  it('more indicators with data than fit across the page: left out, and --compare says so', async () => {
    // 210 mm less the margins of Nghị định 30/2020 (30 + 15) = 165 mm; less 30 mm for the unit and 3 × 16 mm for the
    // counts = 87 mm; at 21,5 mm an indicator ("Không đạt" bold at 12 pt and the cell padding): 4 columns
    expect(DOCX_COMPARISON_COLUMNS).toBe(4);
    // five indicators of Decision 1373 with a made-up figure for each of two provinces
    const ids = [
      'provinces-literacy-level-2',
      'provinces-primary-level-3',
      'provinces-lower-secondary-level-3',
      'population-15plus-university-or-higher',
      'provinces-learning-province',
    ];
    const wide = [
      'đơn vị;chỉ tiêu;tử số;mẫu số',
      ...['Tỉnh A', 'Tỉnh B'].flatMap((u) => ids.map((id) => `${u};${id};40;63`)),
    ].join('\n');
    const r = await xhht(['evaluate', 'w.csv', '--year', '2025', '--out', 'w.docx'], { 'w.csv': wide });
    expect(r.code).toBe(0);
    const xml = unzip(r.bytes.get('w.docx')!).get('word/document.xml')!.toString('utf8');
    expect(paragraphs(xml)).not.toContain('So sánh các đơn vị: kết quả thực hiện mục tiêu năm 2025');
    expect(tables(xml).some((t) => t.includes('>I.1<'))).toBe(false);
    const only = await xhht(['evaluate', 'w.csv', '--year', '2025', '--compare', '--out', 'w.docx'], { 'w.csv': wide });
    expect(only.code).toBe(2);
    expect(only.stderr).toMatch(/5 chỉ tiêu có số liệu không vừa .* \(tối đa 4\); hãy dùng --format xlsx hoặc html/);
    expect(only.bytes.size).toBe(0);
  });
});

describe('the options of the Word appendix', () => {
  it.each([
    [['--format', 'docx'], /--format docx cần --out/],
    [['--format', 'markdown', '--issuer', 'UBND xã A'], /--issuer: chỉ dùng với --format html hoặc docx/],
    [['--out', 'a.docx', '--report-date', '15/7/2025'], /--report-date phải là ngày dạng YYYY-MM-DD/],
    [['--out', 'a.docx', '--report-number', 'số 15'], /--report-number phải là số và ký hiệu dạng 15\/BC-UBND/],
    [['--out', 'a.docx', '--appendix', 'hai'], /--appendix phải là số thứ tự dạng 2, II hoặc 2a/],
    [['--out', 'a.docx', '--recipients', ' ; '], /--recipients phải là văn bản, không để trống/],
  ])('%j is a usage error naming the option', async (extra, message) => {
    const r = await xhht([...EXAMPLE, ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.bytes.size).toBe(0);
  });

  it('--format html takes the same options', async () => {
    const r = await xhht([...EXAMPLE, '--format', 'html', ...LETTERHEAD]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<p class="place-date">Đăk Cấm, ngày 05 tháng 7 năm 2025</p>');
    expect(r.stdout).toContain('<p>KT. CHỦ TỊCH</p>');
  });
});
