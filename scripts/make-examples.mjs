// Writes the example workbook examples/dak-cam-2025.xlsx, the way a ward's office keeps its
// figures in Excel: a title above the table, numbers as number cells with a thousands format,
// one population merged down over the two rows that share it. Two sheets:
//   "Chỉ tiêu": observations for `xhht evaluate` (qualification of the population aged 15+);
//   "Xã":       the ward's literacy counts for `xhht assess-communes --sheet Xã`.
// The figures are those of the ward's 2024–2025 review (Mục II.2 and II.3); the population
// aged 15+ (36.167) is not in the review and is marked as illustrative.
//
// The file is reproducible: the same script writes the same bytes (fixed document dates, and
// the ZIP entries' timestamps set to one fixed time), so the committed binary can be checked.
//   node scripts/make-examples.mjs [out.xlsx]
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

const out = process.argv[2] ?? new URL('../examples/dak-cam-2025.xlsx', import.meta.url).pathname;
const FIXED = new Date(Date.UTC(2025, 11, 31));
const COUNT = '#,##0';

const wb = new ExcelJS.Workbook();
wb.creator = 'xhht';
wb.created = FIXED;
wb.modified = FIXED;

const source = 'Báo cáo sơ kết giai đoạn 2024-2025 của UBND phường Đăk Cấm';

// --- "Chỉ tiêu": one observation per row, against Decision 1373/QĐ-TTg (2025)
const ws = wb.addWorksheet('Chỉ tiêu');
ws.getCell('A1').value = 'SỐ LIỆU TRÌNH ĐỘ CỦA NGƯỜI DÂN PHƯỜNG ĐĂK CẤM NĂM 2025';
ws.getCell('A1').font = { bold: true, size: 13 };
ws.getCell('A2').value =
  'Dân số từ 15 tuổi trở lên (36.167 người) là số liệu minh họa: báo cáo sơ kết không ghi số này.';
ws.getCell('A2').font = { italic: true };
ws.getRow(4).values = ['STT', 'Đơn vị', 'Chỉ tiêu', 'Nội dung chỉ tiêu', 'Tử số', 'Mẫu số', 'Nguồn'];
ws.getRow(4).font = { bold: true };
const rows = [
  // Mục II.3: "9.287 người từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kĩ thuật"
  [
    1,
    'Phường Đăk Cấm',
    'population-15plus-technical-qualification',
    'Tỷ lệ dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật',
    9287,
    36167,
    `${source}, Mục II.3`,
  ],
  // Mục II.3: "4.340 người có trình độ đại học trở lên"
  [
    2,
    'Phường Đăk Cấm',
    'population-15plus-university-or-higher',
    'Tỷ lệ dân số có trình độ đại học trở lên',
    4340,
    null,
    `${source}, Mục II.3`,
  ],
];
rows.forEach((r, i) => {
  const row = ws.getRow(5 + i);
  row.values = r;
  row.getCell(5).numFmt = COUNT;
  row.getCell(6).numFmt = COUNT;
});
// the population both rates are of, written once and merged down, as officials lay it out
ws.mergeCells('F5:F6');
ws.getCell('F5').alignment = { vertical: 'middle' };
ws.columns.forEach((c, i) => (c.width = [5, 18, 42, 60, 10, 10, 60][i]));
ws.views = [{ state: 'frozen', ySplit: 4 }];

// --- "Xã": the ward's literacy counts (Mục II.2), headers as the universal-education forms word them
const xa = wb.addWorksheet('Xã');
xa.getRow(1).values = [
  'STT',
  'Mã',
  'Tên',
  'Tỉnh',
  'ĐBKK',
  'Số người 15-25 tuổi',
  'Số người 15-25 tuổi biết chữ mức độ 1',
  'Số người 15-25 tuổi biết chữ mức độ 2',
  'Số người 15-35 tuổi',
  'Số người 15-35 tuổi biết chữ mức độ 1',
  'Số người 15-35 tuổi biết chữ mức độ 2',
  'Số người 15-60 tuổi',
  'Số người 15-60 tuổi biết chữ mức độ 1',
  'Số người 15-60 tuổi biết chữ mức độ 2',
];
xa.getRow(1).font = { bold: true };
xa.getRow(1).alignment = { wrapText: true, vertical: 'top' };
xa.getRow(2).values = [
  1,
  'dak-cam',
  'Phường Đăk Cấm',
  'quang-ngai',
  'Không',
  4811,
  4811,
  4811,
  9399,
  9399,
  9399,
  19747,
  19747,
  19739,
];
for (let c = 6; c <= 14; c++) xa.getRow(2).getCell(c).numFmt = COUNT;
xa.columns.forEach((c, i) => (c.width = i < 5 ? [5, 10, 18, 12, 8][i] : 14));
xa.views = [{ state: 'frozen', ySplit: 1 }];

const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
writeFileSync(out, fixZipTimes(bytes));
console.log(`wrote ${out} (${bytes.length} bytes)`);

/**
 * Sets the modification time of every ZIP entry (local header and central directory) to
 * 2025-12-31 00:00, so the archive does not change with the clock. The time is not part of the
 * CRC, so nothing else needs rewriting.
 */
function fixZipTimes(zip) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const TIME = 0; // 00:00:00
  const DATE = ((2025 - 1980) << 9) | (12 << 5) | 31;
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a ZIP archive');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory');
    view.setUint16(at + 12, TIME, true);
    view.setUint16(at + 14, DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('bad local header');
    view.setUint16(local + 10, TIME, true);
    view.setUint16(local + 12, DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
