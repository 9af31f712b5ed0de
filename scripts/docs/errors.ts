import { ERROR_CODES, type ErrorCode } from '../../src/errors.js';
import { generatedBanner, markdownTable, type DocPage } from './page.js';

/**
 * What each code means and what to do about it. Typed as a Record over
 * ErrorCode so a new code without a description fails the typecheck.
 */
const ERROR_DESCRIPTIONS: Readonly<Record<ErrorCode, { readonly en: string; readonly vi: string }>> = {
  'invalid-count': {
    en:
      'A count is negative, fractional, NaN, Infinity or above ' +
      'Number.MAX_SAFE_INTEGER. Counts are whole numbers of people or units.',
    vi: 'Số đếm âm, có phần thập phân, không phải số hoặc quá lớn. Số đếm phải là số nguyên không âm.',
  },
  'numerator-exceeds-denominator': {
    en: 'A share has more in its numerator than in its denominator (e.g. 120 literate of 100 people).',
    vi: 'Tử số lớn hơn mẫu số (ví dụ 120 người biết chữ trên 100 người).',
  },
  'zero-denominator': {
    en: 'A share over zero units: the rate is undefined. Reported as no data, never as 0% or 100%.',
    vi: 'Mẫu số bằng 0: không tính được tỷ lệ; kết quả là "chưa có số liệu".',
  },
  'unknown-indicator': {
    en: 'No indicator with this id in the catalog or the plan.',
    vi: 'Không có chỉ tiêu với mã này.',
  },
  'unknown-plan': { en: 'No plan with this id (see listPlans()).', vi: 'Không có kế hoạch với mã này.' },
  'year-not-in-plan': {
    en: 'The plan sets no target for the requested year (qd-1373 has 2025 and 2030).',
    vi: 'Kế hoạch không có chỉ tiêu cho năm này.',
  },
  'no-target-for-year': {
    en: 'Warning: an observation for an indicator that has no target in the requested year; it is not evaluated.',
    vi: 'Cảnh báo: chỉ tiêu không có mục tiêu trong năm được chọn; số liệu không được đánh giá.',
  },
  'invalid-observation': {
    en: 'An observation does not have the shape of a share, count or yes/no observation.',
    vi: 'Số liệu không đúng dạng.',
  },
  'kind-mismatch': {
    en: 'The observation kind does not fit the indicator (a count given for a percentage target…).',
    vi: 'Loại số liệu không khớp với chỉ tiêu (ví dụ số lượng cho chỉ tiêu tỷ lệ).',
  },
  'duplicate-observation': {
    en:
      'The same indicator observed twice for the same unit. Identical ' +
      'copies warn; different values make the result no data.',
    vi: 'Một chỉ tiêu có hai số liệu cho cùng đơn vị.',
  },
  'mixed-units': {
    en:
      'computeAttainment got observations of several units; use computeAttainmentByUnit. As a warning: a baseline ' +
      'names a unit that has no report in the result, so it is not used.',
    vi:
      'Số liệu của nhiều đơn vị trong một báo cáo; dùng computeAttainmentByUnit. Cảnh báo: giá trị cơ sở của một ' +
      'đơn vị không có báo cáo nên không được dùng.',
  },
  'missing-unit': { en: 'An observation without `unit` where units are required.', vi: 'Số liệu thiếu tên đơn vị.' },
  'observation-after-as-of': {
    en: 'An observation dated after the report date (asOf).',
    vi: 'Số liệu có ngày sau ngày báo cáo.',
  },
  'unknown-component': {
    en: 'A count observation has a component the target does not define.',
    vi: 'Thành phần "trong đó" không có trong chỉ tiêu.',
  },
  'component-exceeds-total': {
    en: 'An "of which" (trong đó) component is larger than its total.',
    vi: 'Số "trong đó" lớn hơn tổng số.',
  },
  'invalid-threshold': {
    en: 'A threshold or target value is not a percentage between 0 and 100 or a valid count.',
    vi: 'Ngưỡng hoặc mục tiêu không hợp lệ.',
  },
  'invalid-date': {
    en: 'Not an existing calendar date in ISO form YYYY-MM-DD.',
    vi: 'Ngày không hợp lệ (dạng YYYY-MM-DD).',
  },
  'invalid-year': { en: 'A year that is not a whole number in a plausible range.', vi: 'Năm không hợp lệ.' },
  'invalid-number-format': {
    en:
      'Text that is not a Vietnamese-formatted number ("19.739", ' +
      '"99,96"); ambiguous text is rejected, never guessed.',
    vi: 'Chuỗi không phải số theo định dạng Việt Nam ("19.739", "99,96").',
  },
  'invalid-share-format': {
    en: 'Text that is not a share "numerator/denominator" ("19.739/19.747").',
    vi: 'Chuỗi không phải dạng "tử số/mẫu số".',
  },
  'invalid-percent-format': {
    en: 'Text that is not a percentage ("99,96%").',
    vi: 'Chuỗi không phải tỷ lệ phần trăm.',
  },
  'invalid-plan': {
    en: 'A plan definition failed validation (see the nested issues).',
    vi: 'Định nghĩa kế hoạch không hợp lệ.',
  },
  'unknown-regime': {
    en: 'No XMC/PCGD rule set with this id (nd20-2014, nd142-2025).',
    vi: 'Không có bộ quy định với mã này.',
  },
  'unknown-standard': { en: 'No XMC/PCGD standard with this id.', vi: 'Không có chuẩn XMC/PCGD với mã này.' },
  'unknown-rule': {
    en: 'A threshold override names a rule that does not exist.',
    vi: 'Điều chỉnh ngưỡng cho quy định không tồn tại.',
  },
  'inconsistent-counts': {
    en: 'Counts contradict each other (more literate people aged 15–35 than people aged 15–60…).',
    vi: 'Các số đếm mâu thuẫn nhau.',
  },
  'duplicate-unit': { en: 'The same unit appears twice in a batch.', vi: 'Một đơn vị xuất hiện hai lần.' },
  'reading-counts-missing': {
    en:
      'Warning: a level is undetermined because the reading in use of a provision needs counts the dossier does not ' +
      'have, while it has the counts of ' +
      'another option (e.g. only `age14.*` under the default 11–14 reading of primary level 1). Add the counts, or ' +
      'choose that option: ' +
      "`readings: { 'pcgd-th-1.completion': '14' }` (command line: `--reading pcgd-th-1.completion=14`).",
    vi:
      'Cảnh báo: mức độ chưa xác định vì cách hiểu đang dùng cần số liệu mà hồ sơ không có, trong khi hồ sơ có số ' +
      'liệu của cách hiểu khác ' +
      '(ví dụ chỉ có `age14.*` khi mặc định tính trên trẻ 11–14 tuổi). Bổ sung số liệu, hoặc chọn cách hiểu đó ' +
      '(`--reading pcgd-th-1.completion=14`).',
  },
  'mixed-regimes': {
    en:
      'XMC/PCGD results assessed under different regimes (nd20-2014, nd142-2025) were counted together; assess ' +
      'every unit under one regime.',
    vi:
      'Kết quả XMC/PCGD theo các chế độ quy định khác nhau bị ' +
      'tính chung; hãy đánh giá mọi đơn vị theo cùng một chế độ.',
  },
  'invalid-input': {
    en: 'Input rejected by a schema with no more specific code; the message names the field.',
    vi: 'Dữ liệu vào không hợp lệ.',
  },
  // files read by the `xhht` command line
  'unreadable-file': {
    en: 'The command line could not read a file (missing, a directory, no permission).',
    vi: 'Không đọc được tệp (không tồn tại, là thư mục hoặc không có quyền).',
  },
  'invalid-encoding': {
    en:
      'A file is not UTF-8 (or UTF-16 with a byte-order mark) text, or holds a NUL character (byte 0: a ' +
      'binary file, or UTF-16 without its mark). In Excel, save as "CSV UTF-8".',
    vi:
      'Tệp không phải văn bản UTF-8, hoặc có ký tự NUL (byte 0: tệp nhị phân, hoặc UTF-16 không có dấu BOM). ' +
      'Trong Excel, hãy lưu dạng "CSV UTF-8".',
  },
  'invalid-csv': {
    en:
      'A CSV file is malformed (an unclosed quote, text after a closing quote, a row with more or fewer ' +
      'fields than the header) or lacks a required column.',
    vi:
      'Tệp CSV sai cấu trúc (dấu nháy chưa đóng, dòng thừa hoặc thiếu trường so với dòng tiêu đề…) ' +
      'hoặc thiếu cột bắt buộc.',
  },
  'invalid-json': {
    en: 'A JSON file does not parse, or does not have the expected shape.',
    vi: 'Tệp JSON không đọc được hoặc không đúng cấu trúc.',
  },
  'invalid-boolean-format': {
    en: 'A yes/no cell is not one of yes/no, true/false, 1/0, có/không, đạt/không đạt.',
    vi: 'Ô có/không không thuộc các giá trị: có/không, đạt/không đạt, yes/no, true/false, 1/0.',
  },
  'unknown-column': {
    en:
      'A CSV or sheet header names no column the command reads (`xhht assess-communes`; see docs/cli-columns.md). ' +
      'An error, since the figures under it would go unused; with `--ignore-unknown-columns` a warning.',
    vi:
      'Tiêu đề cột CSV hoặc bảng tính không thuộc các cột mà lệnh đọc (`xhht assess-communes`; xem ' +
      'docs/cli-columns.md). Là lỗi vì số liệu trong cột sẽ không ' +
      'được dùng; với `--ignore-unknown-columns` chỉ là cảnh báo.',
  },
  'invalid-xlsx': {
    en:
      'A file named .xlsx is not an Excel workbook that can be read (damaged, encrypted, or an old .xls or .ods ' +
      'saved under another name). Open it in Excel and save it as "Excel Workbook (*.xlsx)".',
    vi:
      'Tệp .xlsx không đọc được như một bảng tính Excel (hỏng, có mật khẩu, hoặc là tệp .xls/.ods đổi tên). Hãy ' +
      'mở bằng Excel và lưu dạng "Excel Workbook (*.xlsx)".',
  },
  'unknown-sheet': {
    en:
      'The workbook has no sheet with the name given by `--sheet` ' +
      '(the message names the nearest one and lists the sheets).',
    vi:
      'Bảng tính không có trang tính mang tên đã cho ở `--sheet` ' +
      '(thông báo gợi ý tên gần nhất và liệt kê các trang tính).',
  },
  'invalid-cell': {
    en:
      'A spreadsheet cell that a column reads holds an error value (#DIV/0!, #N/A, #REF!…), or a date where a ' +
      'number or share is expected (a spreadsheet turns "1/7" into a date): fix the formula, or format the column ' +
      'as Text and type the value again.',
    vi:
      'Ô bảng tính thuộc cột cần đọc chứa giá trị lỗi (#DIV/0!, #N/A, #REF!…), hoặc chứa ngày ở chỗ cần số hay tỷ ' +
      'số (bảng tính tự đổi "1/7" thành ngày): hãy sửa công thức, hoặc định dạng cột là Text (Văn bản) rồi nhập lại.',
  },
  // files written by the `xhht` command line
  'output-is-input': {
    en:
      '`--out` names a file the command reads (the input file, or the `--plan-file`), by the same path, another ' +
      'path to it, a symbolic link or a hard link: writing the report would destroy it. Nothing is written.',
    vi:
      '`--out` chỉ tới tệp mà lệnh đang đọc (tệp dữ liệu vào hoặc `--plan-file`), cùng đường dẫn, đường dẫn ' +
      'khác, liên kết mềm hoặc liên kết cứng: ghi báo cáo sẽ xóa mất tệp đó. Không ghi gì.',
  },
  'unwritable-file': {
    en:
      'The command line could not write the `--out` file (disk full, file-size limit, no permission, a ' +
      'directory of that name, a folder that does not exist). The report is written to a temporary file ' +
      'beside it and put in place only when whole, so a file that was there is unchanged.',
    vi:
      'Không ghi được tệp `--out` (đĩa đầy, vượt giới hạn kích thước tệp, không có quyền, trùng tên thư mục, ' +
      'thư mục không tồn tại). Báo cáo được ghi vào tệp tạm bên cạnh và chỉ thay tệp đích khi đã ghi xong, ' +
      'nên tệp cũ (nếu có) vẫn giữ nguyên.',
  },
  // workforce qualification breakdowns and learning-model titles
  'unknown-qualification-level': {
    en: 'A qualification breakdown names a level that is not one of QUALIFICATION_LEVELS (or master/doctorate).',
    vi: 'Bảng cơ cấu trình độ có trình độ không thuộc danh mục (chưa qua đào tạo … trên đại học, thạc sĩ, tiến sĩ).',
  },
  'incomplete-breakdown': {
    en:
      'A breakdown does not give the levels a rate needs (a level is not reported, or one reported group mixes ' +
      'counted and uncounted levels).',
    vi:
      'Bảng cơ cấu trình độ thiếu trình độ cần cho tỷ lệ (không báo cáo, hoặc một nhóm gộp cả trình độ được tính ' +
      'và không được tính).',
  },
  'missing-population': {
    en: 'A rate needs the population (e.g. people aged 15+) and the breakdown gives none: reported as no data.',
    vi: 'Cần dân số (ví dụ số người từ 15 tuổi trở lên) để tính tỷ lệ nhưng bảng không có: ghi là chưa có số liệu.',
  },
  'invalid-validation-rule': {
    en: 'A consistency rule is malformed (unknown operator, empty side, a total id the breakdown lacks).',
    vi: 'Quy tắc kiểm tra không hợp lệ (toán tử lạ, vế trống, mã tổng không có trong bảng).',
  },
  'unknown-title': {
    en: 'A recognition names a learning-model title that is not in LEARNING_TITLES.',
    vi: 'Quyết định công nhận ghi danh hiệu mô hình học tập không có trong danh mục.',
  },
  'invalid-title-level': {
    en:
      'A recognition level that does not fit its title (level 2 of ' +
      '"Gia đình học tập", no level for "Đơn vị học tập" cấp tỉnh…).',
    vi:
      'Mức độ không phù hợp với danh hiệu (ví dụ "Gia đình học tập" không có mức độ; "Đơn vị học tập" cấp tỉnh ' +
      'cần mức độ 1 hoặc 2).',
  },
  'level-2-too-early': {
    en:
      "Warning: a level-2 recognition decided less than 12 months after the same unit's level-1 decision, or " +
      'before it (TT 24/2023, TT 25/2023).',
    vi:
      'Cảnh báo: công nhận mức độ 2 khi chưa đủ 12 tháng kể từ quyết định công nhận mức độ 1 của cùng đơn vị, ' +
      'hoặc trước quyết định đó.',
  },
  // attainment
  'missing-component': {
    en:
      'Warning: a count target has an "of which" part (trong đó, e.g. "at least 15 units, of which 5 at level 2") ' +
      'and the observation does not give it. The part is not read as 0: the result is not met when the given ' +
      'figures already fail, and no data (reason missing-component) otherwise.',
    vi:
      'Cảnh báo: chỉ tiêu số lượng có phần "trong đó" (ví dụ "ít nhất 15 đơn vị, trong đó 5 đơn vị mức độ 2") ' +
      'nhưng số liệu không ghi phần này. Phần thiếu không được tính là 0: kết quả là không đạt nếu các số đã có đã ' +
      'không đạt, ngược lại là chưa có số liệu.',
  },
  // rates reported without counts
  'percent-out-of-range': {
    en: "A reported rate (an observation's `percent`) below 0 or above 100: a rate is a share of a whole.",
    vi: 'Tỷ lệ báo cáo (trường `percent` của số liệu) nhỏ hơn 0 hoặc lớn hơn 100: tỷ lệ là phần của một tổng thể.',
  },
  'rate-not-aggregable': {
    en:
      "A rate given without its counts where figures are added up (addShares, a commune's counts for the XMC/PCGD " +
      'roll-up, a rate column of `xhht assess-communes`). Rates cannot ' +
      'be summed or averaged: give the numerator and denominator.',
    vi:
      'Tỷ lệ không kèm số đếm ở nơi cần cộng dồn số liệu (addShares, số liệu của xã để tổng hợp XMC/PCGD, cột tỷ ' +
      'lệ của `xhht assess-communes`). Không thể cộng hay lấy trung bình các tỷ lệ: hãy ghi tử số và mẫu số.',
  },
  'missing-plan': {
    en:
      'computeAttainment (or computeAttainmentByUnit) was called without `plan`: give a built-in plan id such as ' +
      'qd-1373 or a plan object.',
    vi: 'Thiếu kế hoạch (plan): ghi mã kế hoạch có sẵn như qd-1373 hoặc một đối tượng kế hoạch.',
  },
  'missing-year': {
    en: 'A call that needs the target year (computeAttainment, appendixPlan) was made without `year`.',
    vi: 'Thiếu năm mục tiêu (year).',
  },
  'missing-observations': {
    en:
      'computeAttainment (or computeAttainmentByUnit) was called without `observations`: give a list, [] when ' +
      'there are none yet.',
    vi: 'Thiếu danh sách số liệu (observations); ghi [] khi chưa có số liệu.',
  },
  'missing-target': {
    en: "compareToTarget was called without a target: give one of a plan's targets.",
    vi: 'Thiếu mục tiêu (target) để so sánh.',
  },
  'missing-regime': {
    en: 'An XMC/PCGD assessment was called without `regime` (nd20-2014 or nd142-2025) and without `rules`.',
    vi: 'Thiếu chế độ quy định (regime: nd20-2014 hoặc nd142-2025).',
  },
};

function render(): string {
  const rows = ERROR_CODES.map((code) => [`\`${code}\``, ERROR_DESCRIPTIONS[code].en, ERROR_DESCRIPTIONS[code].vi]);
  return `${[
    generatedBanner('ERROR_CODES in src/errors.ts and scripts/docs/errors.ts'),
    '',
    '# Error codes',
    '',
    'Every `XhhtError` and every `Issue` carries one of these codes. Codes are stable: switch on them,',
    'never on the message. Single-item functions throw `XhhtError`; batch functions',
    '(`computeAttainment`, roll-ups) return `issues` and keep going, so every input ends in a result',
    'or an issue.',
    '',
    '```ts',
    "import { isXhhtError, parseViNumber } from 'xhht';",
    'try {',
    "  parseViNumber('1.23.4');",
    '} catch (e) {',
    "  if (isXhhtError(e)) console.log(e.code, e.path, e.messageVi); // 'invalid-number-format' [] '…'",
    '}',
    '```',
    '',
    markdownTable(['code', 'Meaning', 'Ý nghĩa'], rows),
  ].join('\n')}\n`;
}

/** docs/errors.md: every error code with its meaning. */
export const errorsPage: DocPage = { path: 'docs/errors.md', render };
