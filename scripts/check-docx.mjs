#!/usr/bin/env node
// CI check of the Word appendix in a real word processor (run after `npm run build`):
// writes the appendix with the built command line (`xhht evaluate … --format docx --out`), in
// Vietnamese and in English, converts each file to PDF with LibreOffice (`soffice --headless
// --convert-to pdf`), and checks in the PDF's text (pdftotext) that
//   - the header is there: issuing body, number, national name, motto, place and date,
//     "PHỤ LỤC 2", "Kèm theo Báo cáo số …";
//   - the table is there: its headings, the group rows I–IV, and the figures of the example
//     (87,30% (55/63), "Không đạt" against the 2030 target of 90%) with their notes;
//   - the numbered source, the summary and the signature block are there;
//   - every font in the PDF is Liberation Serif or Times New Roman (a Vietnamese letter the font
//     lacks would fall back to another font: the check fails then, see docs/reports.md);
//   - the appendix takes one to four pages;
//   - an appendix of two units ends with the table comparing them, after both sections and before
//     the signature, its cells and headings whole (no word broken across a line in its columns).
// Prints one line and exits non-zero on failure.
//
//   node scripts/check-docx.mjs [--dist dist] [--out docs/appendix-example.png] [--keep]
//
// --out saves the first page as a PNG (pdftoppm; the picture in docs/reports.md), --keep leaves
// the temp files and prints their path. LibreOffice is $SOFFICE, `soffice` or `libreoffice` on
// PATH (Debian: libreoffice-writer); pdftotext, pdffonts, pdfinfo and pdftoppm are poppler-utils.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

let work = null;

function fail(message) {
  console.log(`check-docx: FAILED: ${message}`);
  if (work && !args.includes('--keep')) rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

function which(names) {
  for (const name of names) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

function run(bin, argv, what) {
  const r = spawnSync(bin, argv, { encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) fail(`${what}: ${r.error.message}`);
  if (r.status !== 0)
    fail(`${what} exited with ${r.status}: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' | ')}`);
  return r.stdout;
}

// ---------------------------------------------------------------------------

const distDir = resolve(root, opt('--dist') ?? 'dist');
const cli = join(distDir, 'cli.js');
if (!existsSync(cli)) fail(`${cli} not found: run npm run build first`);
const soffice = process.env.SOFFICE || which(['soffice', 'libreoffice']);
if (!soffice) fail("LibreOffice not found (install Debian's libreoffice-writer or set $SOFFICE)");
const pdftotext = which(['pdftotext']);
if (!pdftotext) fail("pdftotext not found (install Debian's poppler-utils)");

work = mkdtempSync(join(tmpdir(), 'xhht-check-docx-'));
// a profile of its own: no lock shared with a LibreOffice the user has open, nothing left behind
const profile = pathToFileURL(join(work, 'profile')).href;
const example = join(root, 'examples/national-2024.json');
const letterhead = [
  '--issuer',
  'Ủy ban nhân dân / phường Đăk Cấm',
  '--report-number',
  '15/BC-UBND',
  '--report-date',
  '2025-07-05',
  '--place',
  'Đăk Cấm',
  '--appendix',
  '2',
  '--signer-title',
  'TM. Ủy ban nhân dân / Chủ tịch',
  '--signer-name',
  'Nguyễn Văn A',
  '--recipients',
  'Sở Giáo dục và Đào tạo tỉnh; Lưu: VT',
];

/** Writes the appendix, converts it, returns the PDF's text (whitespace runs as one space), fonts and pages. */
function appendix(lang, input = example, year = '2030', name = `phu-luc-${lang}`) {
  const docx = join(work, `${name}.docx`);
  run(
    process.execPath,
    [cli, 'evaluate', input, '--year', year, '--lang', lang, '--out', docx, ...letterhead],
    'xhht evaluate --format docx',
  );
  if (!existsSync(docx) || statSync(docx).size < 5_000) fail(`${docx} was not written`);
  run(
    soffice,
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx],
    'soffice --convert-to pdf',
  );
  const pdf = docx.replace(/\.docx$/, '.pdf');
  if (!existsSync(pdf)) fail(`LibreOffice wrote no ${pdf}`);
  const text = run(pdftotext, ['-enc', 'UTF-8', pdf, '-'], 'pdftotext').replace(/\s+/g, ' ');
  // with -layout a table row stays on its lines, its cells side by side
  const layout = run(pdftotext, ['-enc', 'UTF-8', '-layout', pdf, '-'], 'pdftotext -layout').split('\n');
  const fonts = run(which(['pdffonts']) ?? 'pdffonts', [pdf], 'pdffonts')
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
  const pages = Number(/Pages:\s+(\d+)/.exec(run(which(['pdfinfo']) ?? 'pdfinfo', [pdf], 'pdfinfo'))?.[1] ?? 0);
  return { pdf, text, layout, fonts, pages };
}

/** Each expected text somewhere in the PDF. */
function expectAll(text, expected, lang) {
  for (const e of expected) if (!text.includes(e)) fail(`${lang}: "${e}" not found in the PDF text`);
}

/** The table row around the line that holds `key` has every word of each of `cells` (a cell may wrap onto several lines). */
function expectRow(layout, key, cells, lang) {
  const at = layout.findIndex((l) => l.includes(key));
  if (at < 0) fail(`${lang}: no table row with "${key}"`);
  // cells are centred vertically: a tall note starts well above the line of the figures
  const block = layout
    .slice(Math.max(0, at - 10), at + 11)
    .join(' ')
    .replace(/\s+/g, ' ');
  const bare = (w) => w.replace(/[;,]$/, '');
  const words = new Set(block.split(' ').map(bare));
  for (const c of cells)
    if (!c.split(' ').every((w) => words.has(bare(w))))
      fail(`${lang}: the row of "${key}" lacks "${c}": ${block.trim().slice(0, 200)}`);
}

/** Each expected text before `before` (in any order: pdftotext reads the header's two columns line by line). */
function expectBefore(text, expected, before, lang) {
  const end = text.indexOf(before);
  if (end < 0) fail(`${lang}: "${before}" not found in the PDF text`);
  for (const e of expected)
    if (!text.slice(0, end).includes(e)) fail(`${lang}: "${e}" not found above "${before}" in the PDF text`);
}

/** Each expected text in order; the first one missing or out of order fails. */
function expectInOrder(text, expected, lang) {
  let from = 0;
  for (const e of expected) {
    const at = text.indexOf(e, from);
    if (at < 0)
      fail(`${lang}: "${e}" not found${text.includes(e) ? ' in its place (found earlier)' : ''} in the PDF text`);
    from = at + e.length;
  }
}

try {
  const vi = appendix('vi');
  const header = [
    'ỦY BAN NHÂN DÂN PHƯỜNG ĐĂK CẤM',
    'Số: 15/BC-UBND',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Đăk Cấm, ngày 05 tháng 7 năm 2025',
  ];
  expectBefore(vi.text, header, 'PHỤ LỤC 2', 'vi');
  // the blocks of the page, top to bottom
  expectInOrder(
    vi.text,
    [
      'PHỤ LỤC 2',
      '(Kèm theo Báo cáo số 15/BC-UBND ngày 05 tháng 7 năm 2025)',
      'KẾT QUẢ THỰC HIỆN MỤC TIÊU NĂM 2030',
      'Đơn vị tính: %',
      'STT',
      'Căn cứ: [1] Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ',
      'Tổng hợp: 14 chỉ tiêu: 0 đạt, 1 không đạt, 13 chưa có số liệu.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'Nguyễn Văn A',
    ],
    'vi',
  );
  expectAll(
    vi.text,
    ['Nội dung chỉ tiêu', 'Mục tiêu', 'Kết quả', 'Đánh giá', 'Ghi chú', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    'vi',
  );
  // the group rows I–IV of Decision 1373, Mục II.2
  expectAll(
    vi.text,
    [
      'Xóa mù chữ và phổ cập giáo dục',
      'Năng lực cơ bản và trình độ của người dân',
      'Hiệu quả hoạt động của các cơ sở giáo dục',
      'Xây dựng các mô hình học tập trong xã hội',
    ],
    'vi',
  );
  // 55 of 63 provinces at literacy level 2, against Decision 1373's 90% for 2030: not met, 2,70 points short
  expectRow(
    vi.layout,
    '87,30%',
    [
      'Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2',
      '90%',
      '(55/63)',
      'Không đạt',
      'thấp hơn mục tiêu 2,70 điểm %; còn thiếu 2',
    ],
    'vi',
  );
  const en = appendix('en');
  expectBefore(
    en.text,
    ['No.: 15/BC-UBND', 'SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness', 'Đăk Cấm, 5 July 2025'],
    'APPENDIX 2',
    'en',
  );
  expectInOrder(
    en.text,
    [
      'APPENDIX 2',
      '(Attached to Report No. 15/BC-UBND of 5 July 2025)',
      'Unit: %',
      'Sources: [1] Decision No. 1373/QĐ-TTg',
      'Recipients:',
      'Nguyễn Văn A',
    ],
    'en',
  );
  expectAll(en.text, ['Indicator', 'Assessment', 'Literacy and universal education'], 'en');
  expectRow(
    en.layout,
    '87.30%',
    ['Provinces meeting the literacy', '90%', '(55/63)', 'Not met', 'below the target by 2.70 points'],
    'en',
  );

  // two made-up provinces: 55/63 (the example's figure) = 87,30% ≥ 70% (2025) and 40/63 = 63,49%; 4.340/36.167 = 11,99% < 12%
  const units = join(work, 'units.csv');
  writeFileSync(
    units,
    'đơn vị;chỉ tiêu;tử số;mẫu số\nTỉnh A;provinces-literacy-level-2;55;63\nTỉnh A;population-15plus-university-or-higher;4.340;36.167\nTỉnh B;provinces-literacy-level-2;40;63\n',
  );
  const many = appendix('vi', units, '2025', 'phu-luc-units');
  expectInOrder(
    many.text,
    [
      '— Tỉnh A: kết quả',
      '— Tỉnh B: kết quả',
      'So sánh các đơn vị: kết quả thực hiện mục tiêu năm 2025',
      'I.1: Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2 (mục tiêu 70%)',
      'Nguyễn Văn A',
    ],
    'units',
  );
  // cells centred vertically beside taller headings: pdftotext's reading order varies, its layout rows do not
  const table = many.layout.slice(many.layout.findIndex((l) => l.includes('So sánh các đơn vị')));
  expectRow(table, 'II.4', ['Đơn vị', 'I.1', 'Đạt', 'Không đạt', 'Chưa có số liệu'], 'units');
  expectRow(table, '11,99%', ['Tỉnh A', '87,30%', 'Đạt', 'Không đạt', '1', '13'], 'units');
  expectRow(table, '63,49%', ['Tỉnh B', 'Không đạt', 'Chưa có số liệu', '0', '14'], 'units');
  // a word cut inside a narrow column would read "Khôn g", "Chư a" …: every word of the table is one it holds
  const start = many.text.indexOf('So sánh các đơn vị');
  const region = many.text.slice(start, many.text.indexOf('I.1: ', start)).split(' ').filter(Boolean);
  const whole = new Set(
    [
      'So sánh các đơn vị: kết quả thực hiện mục tiêu năm 2025',
      'Đơn vị I.1 II.4 Đạt Không đạt Chưa có số liệu',
      'Tỉnh A Tỉnh B 87,30% 63,49% 11,99% 0 1 13 14',
    ].flatMap((t) => t.split(' ')),
  );
  const cut = region.filter((w) => !whole.has(w));
  if (cut.length) fail(`units: words cut in the comparison table: ${cut.join(' ')}`);

  for (const { fonts, pages } of [vi, en]) {
    const other = fonts.filter((f) => !/^(LiberationSerif|TimesNewRoman|Times-?New-?Roman)/i.test(f));
    if (other.length)
      fail(
        `fonts other than Liberation Serif / Times New Roman in the PDF: ${[...new Set(other)].join(', ')} (a Vietnamese letter missing from the font? install fonts-liberation2)`,
      );
    if (pages < 1 || pages > 4) fail(`the appendix takes ${pages} pages, expected 1 to 4`);
  }

  const out = opt('--out');
  if (out) {
    const pdftoppm = which(['pdftoppm']);
    if (!pdftoppm) fail('pdftoppm not found (poppler-utils)');
    run(pdftoppm, ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', vi.pdf, join(work, 'page')], 'pdftoppm');
    copyFileSync(join(work, 'page.png'), resolve(root, out));
    if (readFileSync(resolve(root, out)).length < 20_000) fail(`${out} is too small to show a page`);
  }
  console.log(
    `check-docx: ok: vi ${vi.pages} page(s), en ${en.pages} page(s); header, table, figures, sources and signature found in LibreOffice's PDF; the comparison of two units whole after their sections; ` +
      `fonts ${[...new Set([...vi.fonts, ...en.fonts])].join(', ')}${out ? `; saved ${out}` : ''}${args.includes('--keep') ? `; files in ${work}` : ''}`,
  );
} finally {
  if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
}
