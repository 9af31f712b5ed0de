import type * as en from './en.js';
import type { Translation } from './say.js';

/**
 * The Vietnamese catalog: the same sections and keys as the English one
 * (`en.ts`), each message with the same parameters. The types check both at
 * compile time; test/messages checks them again. See CONTRIBUTING, "Adding a
 * message". A long message goes on after a backslash at the end of a line, as in `en.ts`.
 */

/**
 * Từ dùng chung cho thông báo của nhiều phần.
 *
 * @example
 * common['word.or'];
 */
export const common = {
  'word.or': ' hoặc ',
  'word.and': ' và ',
  'hint.did-you-mean': ' (có phải ý bạn là "{name}"?)',
  'issues.more': ' (và {more} lỗi khác)',
  'missing.needs': '{call} cần {what}',
  'positions.more.observations': '{head} và {rest} số liệu khác',
  'positions.more.units': '{head} và {rest} đơn vị khác',
  'positions.more.lines': '{head} và {rest} dòng khác',
  'positions.more.places': '{head} và {rest} chỗ khác',
  'positions.more.copies': '{head} và {rest} bản khác',
} as const satisfies Translation<typeof en.common>;

/**
 * Số lượng, tỷ lệ, ngưỡng và quy tắc hiển thị (`src/exact`).
 *
 * @example
 * exact['numerator-exceeds-denominator']; // 'tử số {numerator} lớn hơn mẫu số {denominator}'
 */
export const exact = {
  'invalid-count.not-whole': 'cần một số nguyên, nhận được {value}',
  'invalid-count.negative': 'số lượng không thể âm ({value})',
  'invalid-count.too-large': '{value} quá lớn để đếm chính xác (vượt 2^53 − 1)',
  'invalid-count.numerator': 'tử số: {reason}',
  'invalid-count.denominator': 'mẫu số: {reason}',
  'invalid-count.sum-of-denominators': 'tổng mẫu số quá lớn để đếm chính xác',
  'numerator-exceeds-denominator': 'tử số {numerator} lớn hơn mẫu số {denominator}',
  'invalid-input.shares-not-iterable': 'addShares cần một mảng các tỷ lệ',
  'invalid-input.share-not-object': 'tỷ lệ {index} không phải đối tượng { numerator, denominator }',
  'rate-not-aggregable.share':
    'tỷ lệ {index} không kèm số đếm: không thể cộng hay lấy trung bình các tỷ lệ; hãy ghi tử số và mẫu số',
  'invalid-percent-format': '{value} không phải tỷ lệ phần trăm dạng 99.96, "99,96" hoặc "99.96": {reason}',
  'invalid-percent-format.not-finite': 'không phải số hữu hạn',
  'invalid-percent-format.not-number': 'cần một số hoặc chuỗi, nhận được {type}',
  'invalid-percent-format.array': 'một mảng',
  'percent-out-of-range.negative': '{value}: tỷ lệ không thể âm',
  'percent-out-of-range.above-100': '{value}: tỷ lệ của một tổng thể không thể vượt 100%',
  'invalid-threshold': '"{value}" không phải số thập phân không âm dạng "70" hoặc "99.5"',
  'invalid-threshold.places': '"{value}" có quá {max} chữ số thập phân',
  'invalid-threshold.too-large': '"{value}" quá lớn',
  'invalid-threshold.not-parsed':
    '{name} phải là ngưỡng do parseThreshold tạo, { text, scaled, scale }, nhận được {value}',
  'invalid-input.rate-not-parsed':
    '{name} phải là tỷ lệ do parseReportedRate tạo, { text, scaled, scale }, nhận được {value}',
  'invalid-input.share-argument': '{name} phải là tỷ lệ { numerator, denominator }, nhận được {value}',
  'invalid-count.argument': '{name}: {reason}',
  'zero-denominator.compare': 'mẫu số bằng 0: tỷ lệ không có giá trị nên không so sánh được với ngưỡng',
  'invalid-input.ordering': 'order phải là -1, 0 hoặc 1 (kết quả so sánh), nhận được {value}',
} as const satisfies Translation<typeof en.exact>;

/**
 * Giá trị người gọi truyền vào, như thông báo hiển thị, và những gì khiến một
 * giá trị không đọc được (`src/util/describe.ts`, `src/util/snapshot.ts`, `src/util/guards.ts`).
 *
 * @example
 * values['value.array']; // 'một mảng {count} phần tử'
 */
export const values = {
  'value.object': 'một đối tượng',
  'value.null-prototype': 'một đối tượng không có prototype',
  'value.array': 'một mảng {count} phần tử',
  'value.array-one': 'một mảng 1 phần tử',
  'value.function': 'một hàm',
  'value.revoked-proxy': 'một Proxy đã bị thu hồi',
  'value.instance': 'một {kind}',
  'value.unreadable': 'một giá trị không đọc được',
  'invalid-input.revoked-proxy': '{what} là một Proxy đã bị thu hồi: không đọc được',
  'invalid-input.unreadable': '{what} không đọc được: đọc giá trị bị lỗi ({reason})',
  'invalid-input.cyclic': '{what} tự tham chiếu đến chính nó: dữ liệu vào phải là dữ liệu thuần, không có vòng',
  'invalid-input.too-deep': '{what} lồng nhau quá {max} cấp',
  'invalid-plan.target-year': 'năm của mục tiêu {index} phải là số nguyên, nhận được {value}',
  'value.given': 'giá trị',
  'value.at': 'giá trị tại {path}',
  'invalid-input.whole-between': '{name} phải là số nguyên từ {min} đến {max}, nhận được {value}',
  'invalid-input.path': "path phải là mảng các khóa và chỉ số dạng ['observations', 3], nhận được {value}",
  'invalid-input.not-object': '{name} phải là một đối tượng, nhận được {value}',
  'invalid-input.not-array': '{name} phải là một mảng, nhận được {value}',
  'invalid-input.not-text': '{name} phải là chuỗi, nhận được {value}',
  'invalid-input.one-of': '{name} phải là một trong {allowed}, nhận được {value}',
  'invalid-input.not-problem':
    'problem phải là một issue hoặc một XhhtError (có message và messageVi), nhận được {value}',
} as const satisfies Translation<typeof en.values>;

/**
 * Số, tỷ số, tỷ lệ phần trăm và ngày viết dạng văn bản (`src/vi`, `src/dates`).
 *
 * @example
 * numbers['invalid-date']; // {value} in Vietnamese
 */
export const numbers = {
  'text.too-long': 'chuỗi dài {length} ký tự; chỉ đọc tối đa {max} ký tự',
  'number.empty': 'chuỗi rỗng',
  'number.space':
    'có khoảng trắng; số kiểu Việt Nam phân cách hàng nghìn bằng dấu chấm, không dùng khoảng trắng (viết "1.000")',
  'number.exponent': 'không chấp nhận dạng lũy thừa (như "1e5")',
  'number.character':
    "có ký tự {ch} ({code}); chỉ được dùng chữ số, dấu chấm phân cách hàng nghìn, dấu phẩy thập phân và dấu '-' ở đầu",
  'number.minus': "dấu trừ '-' chỉ được đứng đầu, một lần",
  'number.no-digits': 'không có chữ số nào',
  'number.two-commas': 'có nhiều hơn một dấu phẩy; dấu phẩy là dấu thập phân và chỉ xuất hiện một lần',
  'number.nothing-after-comma': 'không có chữ số sau dấu phẩy thập phân',
  'number.dot-after-comma': 'có dấu chấm sau dấu phẩy thập phân',
  'number.nothing-before-comma': 'không có chữ số trước dấu thập phân; hãy viết số 0 ở đầu ("0,5")',
  'number.leading-dot': 'bắt đầu bằng dấu chấm; dấu chấm phân cách hàng nghìn, dấu thập phân là dấu phẩy (viết "0,5")',
  'number.empty-group': 'có dấu chấm thiếu chữ số ở một bên; dấu chấm chỉ dùng để phân cách hàng nghìn',
  'number.long-first-group': 'nhóm hàng nghìn đầu tiên "{first}" có hơn 3 chữ số',
  'number.bad-group':
    'nhóm hàng nghìn "{badGroup}" phải có đúng 3 chữ số (dấu chấm phân cách hàng nghìn; dấu thập phân là dấu phẩy)',
  'number.grouped-leading-zero':
    'số có dấu chấm phân cách hàng nghìn không được bắt đầu bằng 0 (muốn viết một phần hai thì dùng "0,5")',
  'number.leading-zero': 'phần nguyên có số 0 thừa ở đầu',
  'number.not-vietnamese': 'không phải số viết theo kiểu Việt Nam',
  'invalid-number-format.unsafe':
    '{text} lớn hơn 2^53 − 1, không biểu diễn chính xác được thành số; hãy dùng parseViDecimal để giữ đúng các chữ số',
  'invalid-count.negative-text': '{text}: số lượng không thể âm',
  'invalid-count.fraction-text': '{text}: số lượng là số nguyên, không có dấu phẩy thập phân',
  'invalid-count.too-large-text': '{text} quá lớn để đếm chính xác (vượt 2^53 − 1)',
  'invalid-percent-format.percent-sign':
    '{text} không phải tỷ lệ phần trăm dạng "99,96%": dấu \'%\' chỉ được xuất hiện một lần, ở cuối',
  'invalid-percent-format.unsafe':
    '{text} lớn hơn 2^53 − 1, không biểu diễn chính xác được thành số; hãy dùng parseViPercentDecimal để giữ đúng các \
chữ số',
  'invalid-date': 'cần ngày dạng YYYY-MM-DD, nhận được {value}',
  'invalid-number-format.not-text': 'cần một chuỗi văn bản, nhận được {type}',
  'invalid-number-format': '{text} không phải số hợp lệ: {reason}',
  'invalid-percent-format.not-text': 'cần một chuỗi văn bản, nhận được {type}',
  'invalid-percent-format.vietnamese': '{text} không phải tỷ lệ phần trăm dạng "99,96%": {reason}',
  'share.numerator': 'tử số',
  'share.denominator': 'mẫu số',
  'share.no-slash': 'không có dấu "/" giữa tử số và mẫu số',
  'share.two-slashes': 'có nhiều hơn một dấu "/"',
  'invalid-year.deadline': 'năm phải là số nguyên từ {min} đến {max}, nhận được {value}',
} as const satisfies Translation<typeof en.numbers>;

/**
 * Dòng lệnh `xhht` (`src/cli`): lỗi cách dùng, lỗi của tệp đọc vào, tiến độ.
 *
 * @example
 * cli['usage.lang']; // '{value}': the value given
 */
export const cli = {
  'invalid-input.compare-only': 'compareOnly cần báo cáo của từ hai đơn vị trở lên, với bảng so sánh vừa trang giấy',
  'file.not-found': 'không có tệp này',
  'file.directory': 'đây là thư mục',
  'file.permission': 'không có quyền đọc',
  'unreadable-file': 'không đọc được tệp: {reason}',
  'invalid-encoding': 'tệp không phải văn bản UTF-8; trong Excel hãy chọn "CSV UTF-8 (Comma delimited)" khi lưu',
  'invalid-encoding.nul':
    'tệp có ký tự NUL (byte 0): đây không phải tệp văn bản, hoặc là văn bản UTF-16 không có dấu BOM; trong Excel hãy \
chọn "CSV UTF-8 (Comma delimited)" khi lưu',
  'option.year-not-in-plan': 'năm {value}: kế hoạch "{id}" có mục tiêu cho các năm {list}',
  'invalid-cell.date':
    'ô chứa ngày ({value}), không phải số: bảng tính tự đổi chữ dạng "1/7" thành ngày; hãy định dạng cột là Text (Văn \
bản) rồi nhập lại',
  'invalid-cell.error-value': 'ô chứa giá trị lỗi {value}: hãy sửa công thức hoặc nhập giá trị',
  'table.empty-sheet': 'trang tính "{sheet}" trống: cần một dòng tiêu đề',
  'table.empty-file': 'tệp rỗng: cần một dòng tiêu đề',
  'table.too-many-fields':
    'có {n} trường nhưng dòng tiêu đề có {width}; trường chứa dấu phân cách phải đặt trong dấu nháy',
  'table.value-without-header': 'có giá trị ở cột không có tiêu đề: hãy đặt tiêu đề cho cột, hoặc xóa giá trị',
  'table.too-few-fields': 'có {n} trường nhưng dòng tiêu đề có {width}: thiếu dấu phân cách, hoặc dòng bị cắt ngắn',
  'table.two-columns': 'hai cột cho {name}: {a} và {b}',
  'invalid-csv.unclosed-quote': 'trường trong dấu nháy mở ở dòng {openLine} không được đóng',
  'invalid-csv.text-after-quote':
    'có ký tự sau dấu nháy đóng của một trường ở dòng {line}; hãy đặt cả trường trong dấu nháy và viết dấu nháy bên \
trong thành ""',
  'column.unknown-ignored': 'cột không xác định, bỏ qua',
  'appendix.column-not-read':
    'tệp có cột mục tiêu là một phụ lục: mỗi dòng ghi kết quả bằng tỷ lệ (Kết quả, tỷ lệ %); cột này không được đọc \
trong phụ lục',
  'appendix.no-result-column': 'phụ lục cần cột kết quả (Kết quả, tỷ lệ %) bên cạnh cột mục tiêu',
  'invalid-year.appendix-no-year': 'cột mục tiêu không ghi năm (như "đến năm 2025"); hãy dùng --year',
  'invalid-json.not-observations': 'cần một mảng số liệu hoặc một đối tượng có "observations": [...]',
  'invalid-input.unit-not-text': 'unit phải là chuỗi ký tự, tên đơn vị của các số liệu',
  'observations.no-indicator-column': 'không có cột "chỉ tiêu" (indicator); dòng tiêu đề là {fields}',
  'invalid-observation.empty-indicator': 'thiếu mã chỉ tiêu',
  'observations.rate-with-counts':
    'dòng có số đếm thì dùng số đếm (chính xác); cột tỷ lệ này chỉ được đọc ở dòng không có số đếm',
  'invalid-json.not-communes': 'cần một mảng xã hoặc đối tượng có "communes": [...]',
  'communes.no-unit-column': 'không có cột "đơn vị" (unit), "mã" (id) hoặc "tên" (name) để gọi tên các xã',
  'communes.row-untrusted':
    'Không ô nào của dòng đáng tin: dòng được tính là một xã chưa xác định mức, có thể thuộc bất kỳ huyện, tỉnh nào',
  'communes.row-pending':
    'Trong khi chờ, dòng được tính là một xã chưa xác định mức, có thể thuộc bất kỳ huyện, tỉnh nào',
  'invalid-json.cell': 'không phải JSON hợp lệ: {why} (cột {column})',
  'invalid-xlsx.no-visible-sheet': 'bảng tính không có trang tính nào đang hiện; hãy chỉ tên trang tính bằng --sheet',
  'unknown-sheet': 'không có trang tính {wanted}{hint}; các trang tính: {list}',
  'invalid-count.fraction-cell': '{text}: số lượng là số nguyên, nhưng phần thập phân "{fraction}" khác 0',
  'invalid-boolean-format': '{text} không phải câu trả lời có/không (có/không, đạt/không đạt, yes/no, true/false, 1/0)',
  'invalid-date.cell': '{text} không phải ngày hợp lệ (viết 2024-12-31 hoặc 31/12/2024)',
  'invalid-date.as-of': 'asOf phải là ngày dạng YYYY-MM-DD, nhận được {asOf}',
  'progress.evaluating': 'đang đánh giá…',
  'progress.assessing': 'đang đánh giá…',
  'usage.out-needed': 'bảng tính, văn bản Word phải được ghi ra tệp: hãy dùng --out',
  // tệp ghi bằng --out
  'output-is-input': '--out là {which}; hãy ghi báo cáo ra tệp khác',
  'output-is-input.linked': '--out là {which} (đường dẫn khác tới nó, hoặc liên kết); hãy ghi báo cáo ra tệp khác',
  'output-is-input.input-file': 'tệp dữ liệu vào',
  'output-is-input.read-by': 'tệp mà {option} đang đọc',
  'unwritable-file': 'không ghi được tệp: {why}; tệp cũ (nếu có) vẫn giữ nguyên',
  'unwritable-file.disk-full': 'ổ đĩa đã đầy',
  'unwritable-file.quota': 'đã hết hạn mức dung lượng đĩa',
  'unwritable-file.too-large': 'tệp vượt quá kích thước hệ thống cho phép',
  'unwritable-file.permission': 'không có quyền ghi',
  'unwritable-file.read-only': 'hệ thống tệp chỉ cho đọc',
  'unwritable-file.directory': 'đây là thư mục',
  'unwritable-file.no-folder': 'thư mục chứa tệp không tồn tại',
  'unwritable-file.not-folder': 'một phần của đường dẫn không phải thư mục',
  'unwritable-file.name-too-long': 'tên tệp quá dài',
  'unwritable-file.io': 'lỗi vào/ra của ổ đĩa',
  'unwritable-file.refused': 'hệ thống từ chối ghi tệp',
  'unwritable-file.refused-code': 'hệ thống từ chối ghi tệp ({code})',
  'usage.format-needs-out': '--format {format} cần --out: {file} được ghi ra tệp, ví dụ --out {example}',
  'usage.sheet-not-workbook': '--sheet chỉ tên một trang tính của bảng tính .xlsx, mà {path} không phải bảng tính',
  'usage.plan-and-plan-file': 'chỉ dùng --plan hoặc --plan-file, không dùng cả hai',
  'usage.no-targets-for-year': 'kế hoạch "{id}" không có mục tiêu cho năm {year}; có mục tiêu cho các năm {years}',
  'usage.year-needed': 'cần --year: kế hoạch "{id}" có mục tiêu cho các năm {list}',
  'usage.bom-and-no-bom': 'không dùng cùng lúc --bom và --no-bom',
  'usage.reading-unknown-option': 'cách hiểu "{id}" không có phương án {option}{hint}; có: {options}',
  'usage.reading-twice': '--reading {id} được chọn hai lần ({before}, {option}): chỉ chọn một phương án',
  'usage.unknown-option': 'không có tùy chọn {option}{hint}',
  'usage.lang': '--lang phải là vi hoặc en, không phải {value}',
  'usage.format': '--format phải là một trong {allowed}, không phải {value}{hint}',
  'usage.year': '--year phải là năm dạng 2025, không phải {value}',
  'usage.delimiter': '--delimiter phải là , ; hoặc tab, không phải {value}',
  'usage.option-before-command': 'không có tùy chọn {name}{hint}; hãy viết lệnh trước: {list}',
  'usage.unknown-command': 'không có lệnh "{name}"{hint}; các lệnh: {list}',
  'usage.evaluate-no-file': 'tệp nào? hãy chỉ một tệp số liệu .json, .csv hoặc .xlsx',
  'usage.evaluate-files': 'mỗi lần một tệp, nhận được {count}: {files}',
  'usage.as-of': '--as-of phải là ngày dạng YYYY-MM-DD, không phải {value}',
  'usage.appendix-with-plan':
    '{file} là phụ lục có mục tiêu riêng (cột "Mục tiêu"): mỗi dòng được so với mục tiêu của chính nó, nên không dùng \
--plan và --plan-file',
  'usage.compare-one-unit': '--compare cần tệp có từ hai đơn vị trở lên (cột "đơn vị"): tệp này chỉ cho một báo cáo',
  'usage.compare-docx-too-wide':
    '--compare --format docx: {n} chỉ tiêu có số liệu không vừa thành cột trên trang A4 (tối đa {max}); hãy dùng \
--format xlsx hoặc html cho bảng so sánh',
  'usage.communes-no-file': 'tệp nào? hãy chỉ một tệp số liệu xã .csv, .xlsx hoặc .json',
  'usage.communes-files': 'mỗi lần một tệp, nhận được {count}',
  'usage.unknown-regime': 'không có chế độ quy định "{regime}"{hint}; có: {known}',
  'usage.unknown-standard': 'chế độ {regime} không có chuẩn "{unknown}"{hint}; có: {offered}',
  'usage.extra-argument': 'thừa tham số {argument}',
  'usage.year-without-plan': '--year cần đi kèm --plan',
  'usage.level': '--level phải là một trong {known} (hoặc xã, tỉnh, …), không phải {value}{hint}',
  'usage.extends-needed': 'kế hoạch kế thừa kế hoạch nào? hãy ghi --extends, ví dụ --extends qd-1373',
  'usage.inherit': '--inherit phải là level hoặc all, không phải {inherit}',
  'usage.plan-init-format': '--format phải là csv hoặc xlsx, không phải {format}',
  'usage.plan-check-no-file': 'tệp kế hoạch nào? hãy chỉ một tệp .json, .csv hoặc .xlsx',
  'usage.plan-check-format': '--format phải là table hoặc json, không phải {format}',
  'usage.unknown-plan-command': 'không có lệnh "plan {sub}"{hint}; các lệnh: {subcommands}',
  'usage.option-needs-value': 'tùy chọn {option} cần một giá trị',
  'usage.option-takes-no-value': 'tùy chọn {option} không nhận giá trị',
  'usage.extends-unknown': '{reason}{hint}; xem xhht plans',
  'usage.option-for-format': '{options}: chỉ dùng với --format {formats}, mà định dạng đang là {format}',
  'usage.with-hint': '{problem}; {hint}',
  'usage.unknown-plan':
    'không có kế hoạch "{id}"{hint}; các kế hoạch có sẵn: {known} (hoặc chỉ tệp kế hoạch: .json, .csv, .xlsx)',
  'unknown-plan.in-file': 'không có kế hoạch "{id}"{hint}; các kế hoạch có sẵn: {known}',
  'usage.reading': '--reading phải có dạng <mã cách hiểu>=<phương án>{example} (nhận được {value})',
  'usage.reading-example': ', ví dụ{example}',
  'usage.reading-elsewhere': ' (đó là cách hiểu của {regime})',
  'usage.unknown-reading': 'chế độ {regime} không có cách hiểu "{id}"{hint}{where}; có: {list}',
  'invalid-observation.no-value': 'không có giá trị: điền tử số và mẫu số (hoặc tỷ số), số lượng, đạt, hoặc tỷ lệ',
  'invalid-observation.share-and-counts': 'chỉ điền tỷ số hoặc tử số và mẫu số, không điền cả hai',
  'invalid-observation.components-without-count': 'có số "trong đó" nhưng thiếu tổng số lượng',
  'invalid-xlsx.xls-or-password':
    'đây là bảng tính Excel 97–2003 (.xls) hoặc bảng tính có mật khẩu: hãy mở bằng Excel và lưu dạng "Excel Workbook \
(*.xlsx)", không đặt mật khẩu',
  'invalid-xlsx.not-zip':
    'tệp không phải bảng tính .xlsx (tệp .xlsx là một tệp nén ZIP); hãy lưu từ Excel dạng "Excel Workbook (*.xlsx)"',
  'invalid-xlsx.unreadable': 'không đọc được bảng tính ({why}); hãy mở bằng Excel và lưu lại dạng .xlsx',
  'invalid-observation.side-empty': 'thiếu {side}',
  'invalid-observation.kinds': 'mỗi dòng chỉ một loại giá trị, dòng này có {kinds}',
  'table.header-only-sheet': 'trang tính chỉ có dòng tiêu đề, không có dòng số liệu nào',
  'table.header-only-file': 'tệp chỉ có dòng tiêu đề, không có dòng số liệu nào',
  'rate-not-aggregable.column':
    'không dùng được cột tỷ lệ: chuẩn được xét trên số đếm và tổng hợp bằng cách cộng số đếm, không thể cộng các tỷ \
lệ; hãy ghi số đếm (các tên cột được chấp nhận có trong docs/cli-columns.md)',
  'rate-not-aggregable.column-ignored':
    'không dùng được cột tỷ lệ: chuẩn được xét trên số đếm và tổng hợp bằng cách cộng số đếm, không thể cộng các tỷ \
lệ; hãy ghi số đếm (các tên cột được chấp nhận có trong docs/cli-columns.md); bỏ qua',
  'unknown-column.ignored': 'cột không xác định{hint}, bỏ qua',
  'unknown-column.commune':
    'cột không xác định{hint}: số liệu trong cột sẽ không được dùng; hãy đổi tên cột (các tên cột được chấp nhận có \
trong docs/cli-columns.md) hoặc dùng --ignore-unknown-columns',
  'progress.reading': 'đang đọc: {n} dòng ({percent}%)',
  'summary.rows-not-used':
    '{file}: {n}/{rows} dòng số liệu không được dùng (xem các dòng trên); báo cáo chỉ gồm các dòng còn lại',
  'summary.warnings-held': 'còn {n} cảnh báo cùng mã này không in ra{at}; --format json liệt kê đầy đủ',
  'summary.warnings-held-many': 'còn {n} cảnh báo cùng mã này không in ra{at}; --format json liệt kê đầy đủ',
  'summary.warnings-held-at': ' (ở {places})',
  'summary.warnings-held-lines': 'dòng {list}',
  'summary.year-target': '{year}: {n} mục tiêu',
  'summary.year-targets': '{year}: {n} mục tiêu',
  'summary.plan-sound': 'Kế hoạch "{id}" hợp lệ: {title}\n{years}\n(xhht indicators --plan <tệp> liệt kê các mục tiêu)',
  'usage.see-help': '(xem {hint})',
  'summary.national-level': '{label}{mark}: {certain}/{d} tỉnh chắc chắn đạt, tối đa {possible}/{d}',
  'summary.standards-legend':
    'Mức độ: 2 = mức đạt, 0 = chưa đạt mức nào, 0–2? = chưa xác định (thiếu số liệu, chưa trả lời điều kiện, hoặc dữ \
liệu lỗi: xem cột Vấn đề), * = tạm thời (quy định chưa được xác minh). Công nhận: cơ quan công nhận mức đạt (mức chưa \
xác định: cơ quan của từng mức có thể đạt), * = thẩm quyền chưa được xác minh.',
  'summary.provisional-note': '* tạm thời: căn cứ chưa được xác minh',
  'duplicate-unit.lines': ' (dòng {list})',
  'table.field-count-then': '{why}. {consequence}',
  'diagnostic.warning': 'cảnh báo: ',
  'usage.csv-delimiter-detected': 'dấu phân cách của tệp CSV đầu vào được tự nhận biết từ dòng tiêu đề',
  'file-format.xlsx': 'bảng tính Excel',
  'file-format.docx': 'văn bản Word',
  'observations.at-line': 'số liệu ở dòng {list}',
  'observations.at-lines': 'số liệu ở dòng {list}',
  'summary.national-heading': 'Toàn bộ ({provinces} tỉnh):',
  'summary.reading-default': ' (mặc định)',
  'summary.readings-heading': 'Cách hiểu quy định (chọn cách khác bằng --reading <mã>=<phương án>):',
  'summary.recognised-heading': 'Thẩm quyền công nhận (* = chưa xác minh):',
} as const satisfies Translation<typeof en.cli>;

/**
 * Báo cáo và các bộ kết xuất (`src/report`): lỗi tùy chọn, tiêu đề, tóm tắt.
 *
 * @example
 * report['unit.percent'];
 */
export const report = {
  'invalid-input.width': 'width phải là số cột nguyên, ít nhất 1, không phải {width}',
  'invalid-input.delimiter': 'dấu phân cách phải là ",", ";" hoặc tab, nhận được {value}',
  'invalid-input.report-format': 'định dạng báo cáo không hợp lệ {format}; dùng một trong: {formats}',
  'invalid-input.report-lang': 'ngôn ngữ báo cáo không hợp lệ {lang}; dùng vi hoặc en',
  'invalid-input.letterhead': 'letterhead {field}: {reason}',
  'letterhead.empty': 'phải là văn bản, không để trống',
  'letterhead.control-character': 'có ký tự điều khiển: {value}',
  'letterhead.not-lines': 'phải là văn bản hoặc danh sách các dòng',
  'letterhead.report-number': 'phải là số và ký hiệu dạng 15/BC-UBND, không phải {value}',
  'letterhead.date': 'phải là ngày dạng YYYY-MM-DD (hoặc YYYY-MM, YYYY để trống phần còn lại), không phải {value}',
  'letterhead.appendix': 'phải là số thứ tự dạng 2, II hoặc 2a, không phải {value}',
  'comparison.no-data': 'Chưa có số liệu ở mọi đơn vị: {list}.',
  'title.plan-years': '{plan}{unit}: kết quả thực hiện mục tiêu năm {years}',
  'title.comparison': 'So sánh các đơn vị: kết quả thực hiện mục tiêu năm {years}',
  'title.year': 'Kết quả thực hiện mục tiêu năm {year}',
  'unit.percent': 'Đơn vị tính: %',
  'unit.number': 'Đơn vị tính: số lượng',
  'unit.both': 'Đơn vị tính: % đối với chỉ tiêu tỷ lệ; số lượng đối với chỉ tiêu đếm',
  'summary.counts': '{total} chỉ tiêu: {met} đạt, {notMet} không đạt, {noData} chưa có số liệu.',
  'summary.counts-provisional':
    '{total} chỉ tiêu: {met} đạt, {notMet} không đạt, {noData} chưa có số liệu; {provisional} kết quả tạm thời.',
  'invalid-input.report-field':
    '{where} phải là {wanted}, nhận được {value}: không phải báo cáo do computeAttainment tạo',
  'report-check.one-of': 'một trong {values}',
  'report-check.text': 'một chuỗi',
  'report-check.whole': 'một số nguyên',
  'report-check.boolean': 'true hoặc false',
  'report-check.labels': 'văn bản hai ngôn ngữ { vi, en }',
  'report-check.decimal': 'chuỗi số thập phân như "87.30"',
  'report-check.other': 'giá trị khác',
  'report-check.object': 'một đối tượng',
  'report-check.list': 'một danh sách',
  'report-check.source': 'một căn cứ pháp lý',
  'report-check.one-report': 'một báo cáo',
  'report-check.width': 'số cột nguyên, ít nhất 1',
} as const satisfies Translation<typeof en.report>;

/**
 * Chuẩn xóa mù chữ và phổ cập giáo dục (`src/standards`): hồ sơ, bộ quy tắc, tổng hợp.
 *
 * @example
 * standards['tier.district'];
 */
export const standards = {
  'invalid-input.options': 'options phải là một đối tượng, ví dụ { regime: "nd142-2025" }',
  'invalid-input.options-rules': 'options.rules phải là bộ quy tắc do resolveRules() trả về',
  'invalid-input.options-regime-mismatch': 'options.regime {regime} không khớp với options.rules ({id})',
  'invalid-input.options-with-rules': 'hãy truyền {key} cho resolveRules() khi đã có options.rules',
  'missing-regime': 'cần options.regime (nd20-2014 hoặc nd142-2025)',
  'invalid-input.commune-not-object': 'dữ liệu xã phải là một đối tượng có `counts`',
  'invalid-input.commune-id-not-text': 'id phải là chuỗi',
  'invalid-input.commune-name-not-text': 'name phải là chuỗi',
  'invalid-input.commune-especially-difficult': 'especiallyDifficult phải là true hoặc false',
  'invalid-input.counts-not-object': 'counts phải là một đối tượng',
  'invalid-input.unknown-count-group': 'không có nhóm số liệu "{group}"',
  'invalid-input.count-group-not-object': 'counts.{group} phải là một đối tượng',
  'rate-not-aggregable.field':
    '{group}.{key}: không thể dùng tỷ lệ để xét chuẩn hay tổng hợp; chuẩn được xét trên số đếm và tổng hợp bằng cách \
cộng số đếm: hãy ghi số đếm',
  'invalid-input.unknown-count-field': 'không có trường "{group}.{key}"',
  'invalid-input.conditions-not-object': 'conditions phải là một đối tượng',
  'invalid-input.conditions-unknown-standard': 'không có tiêu chuẩn "{key}" trong conditions',
  'invalid-input.condition-group-not-object': 'conditions.{key} phải là một đối tượng',
  'invalid-input.condition-answer': 'conditions.{key}.{name} phải là true hoặc false',
  'numerator-exceeds-denominator.fields': '{left} ({v}) lớn hơn {right} ({w})',
  'invalid-input.option-not-text': 'options.{key} phải là chuỗi',
  'invalid-input.rollup-not-list': 'rollUp cần một danh sách xã',
  'invalid-input.commune-province': 'xã cần có id tỉnh: {reason}',
  'invalid-input.commune-district': 'chế độ {regime} cần id huyện của mỗi xã: {reason}',
  'invalid-input.lower-units-not-list': 'các đơn vị cấp dưới phải là một danh sách',
  'invalid-input.lower-unit-not-object': 'đơn vị cấp dưới phải là một đối tượng có `standards`',
  'invalid-input.lower-unit-id': 'id phải là chuỗi',
  'duplicate-unit.lower-unit': 'id đơn vị "{id}" bị trùng: sẽ bị tính hai lần',
  'invalid-input.lower-unit-tier': 'đơn vị {i} là cấp {tier}; ở đây tính các đơn vị cấp {expected}',
  'invalid-input.lower-unit-regime': 'regime phải là id chế độ quy định',
  'mixed-regimes': 'đơn vị {i} được đánh giá theo {r}, các đơn vị khác theo {regime}',
  'invalid-input.lower-unit-especially-difficult': 'especiallyDifficult phải là true hoặc false',
  'invalid-input.lower-unit-standards': 'standards phải là một đối tượng theo id tiêu chuẩn',
  'invalid-input.lower-unit-standard':
    'standards.{key} phải có dạng { minLevel, maxLevel, provisional, provisionalRules }',
  'invalid-input.min-above-max': '{key}: minLevel {minLevel} lớn hơn maxLevel {maxLevel}',
  'invalid-input.provisional-not-boolean': '{key}.provisional phải là true hoặc false',
  'invalid-input.provisional-rules-not-list': '{key}.provisionalRules phải là danh sách id quy tắc',
  'invalid-input.national-options': 'options phải là một đối tượng',
  'invalid-input.national-unit': 'unit phải là chuỗi',
  'invalid-input.national-as-of': 'asOf phải là ngày dạng YYYY-MM-DD',
  'invalid-input.merge-not-list': 'mergeUnits cần một danh sách đơn vị',
  'invalid-input.merge-empty': 'cần ít nhất một đơn vị để hợp nhất',
  'invalid-count.merged-sum': 'tổng {group}.{key} quá lớn để đếm chính xác',
  'invalid-input.merge-options': 'tùy chọn của mergeUnits phải là một đối tượng',
  'invalid-input.xmc-stage': 'xmcStageCompleted phải là 0, 1 hoặc 2 (nhận được {stage})',
  'invalid-input.highest-grade': 'highestGradeCompleted phải là số nguyên không âm (nhận được {grade})',
  'invalid-year.range': '{key} phải là số nguyên từ {minYear} đến {maxYear}, nhận được {got}',
  'invalid-input.survey-age': 'surveyAge cần { birthYear, surveyYear }',
  'invalid-year.birth-after-survey': 'năm sinh {birthYear} sau năm điều tra {surveyYear}',
  'invalid-input.overrides': 'overrides phải là một đối tượng: ngưỡng theo id quy tắc',
  'invalid-input.readings':
    "readings phải là một đối tượng: cách hiểu theo id, ví dụ { 'pcgd-mn3to5.completion': 'per-age' }",
  'unknown-rule': 'chế độ {regime} không có quy tắc "{id}"{hint}',
  'invalid-input.unknown-reading': 'chế độ {regime} không có cách hiểu "{id}"; có: {list}',
  'invalid-threshold.override-above-100': 'giá trị thay cho "{id}" là {text}%: tỷ lệ không thể vượt quá 100%',
  'invalid-input.override-verified': 'giá trị thay cho "{id}": verified phải là true hoặc false',
  'invalid-input.override-source': 'giá trị thay cho "{id}": source phải là một đối tượng',
  'invalid-input.override-source-field': 'giá trị thay cho "{id}": source.{k} phải là chuỗi',
  'invalid-input.override-no-threshold': 'quy tắc "{id}" là quy tắc loại {kind}, không có ngưỡng để thay',
  'invalid-threshold.override':
    'giá trị thay cho "{id}" phải là tỷ lệ phần trăm như "90" hoặc { value: "90" } (nhận được {value})',
  'invalid-input.standards-not-list':
    "standards phải là danh sách id tiêu chuẩn, ví dụ ['xmc'] (nhận được {requested})",
  'unknown-standard.in-regime': 'chế độ {regime} không có tiêu chuẩn {id}; có: {all}',
  'invalid-input.unknown-reading-option': 'cách hiểu "{id}" không có phương án {option}; có: {list}',
  'unknown-regime': 'không có chế độ quy định "{id}"; có: {regimes}',
  'unknown-standard.lower-unit': 'không có tiêu chuẩn "{key}"; có: {known}',
  'invalid-input.level': '{key}.{name} phải là số nguyên từ 0 đến {top} (nhận được {value})',
  'invalid-input.provisional-no-rules': '{key} là tạm thời: cần nêu các quy tắc tạm thời trong provisionalRules',
  'invalid-input.rules-not-provisional': '{key} nêu quy tắc tạm thời nhưng provisional là false',
  'invalid-input.unknown-condition': 'không có điều kiện "{key}.{name}"; có: {known}',
  'invalid-count.field': '{group}.{key}: {reason}',
  'inconsistent-counts': '{constraint} ({left} = {l} > {right} = {r})',
  'invalid-input.national-plan': 'plan phải là {plans} (nhận được {value})',
  'invalid-input.national-count': "count phải là 'certain' hoặc 'possible' (nhận được {value})",
  'invalid-input.no-tier': 'chế độ {regime} không có cấp {tier} (các cấp: {tiers})',
  'tier.district': 'huyện',
  'tier.province': 'tỉnh',
  'rollup.counted-undetermined': '; xã được tính là chưa xác định trong {where}',
  'rollup.each-counted-undetermined': '; mỗi bản được tính là chưa xác định trong {where}',
  'invalid-input.commune-id': 'xã trong danh sách cần có id{counted}',
  'duplicate-unit.commune': 'id xã "{id}" xuất hiện nhiều lần: không bản nào đáng tin{counted}',
  'reading-counts-missing':
    '{label} chưa xác định: cách hiểu "{reading}" đang dùng phương án "{option}"{isDefault}, cần {needs}; hồ sơ lại có \
số liệu của phương án "{other}" ({fields}), là số liệu phương án đang dùng không đọc đến. Hãy bổ sung số liệu còn \
thiếu, hoặc chọn phương án đó: {choose}',
  'reading.default': ' (mặc định)',
  'tier.commune': 'xã',
  'rollup.any-province': 'xã có thể thuộc bất kỳ tỉnh nào nên được tính là chưa xác định ở mọi tỉnh trong danh sách',
  'rollup.any-district':
    'xã có thể thuộc bất kỳ huyện, tỉnh nào nên được tính là chưa xác định ở mọi huyện, và là một huyện chưa xác định \
ở mọi tỉnh',
  'rollup.any-district-of':
    'xã có thể thuộc bất kỳ huyện nào của tỉnh "{province}", kể cả huyện không có trong danh sách, nên được tính là \
chưa xác định ở mọi huyện đó, và là một huyện chưa xác định của tỉnh "{province}"',
  'unknown-rule.other-reading':
    ' với cách hiểu đã chọn (quy tắc thuộc phương án "{option}" của cách hiểu "{reading}"; chọn bằng {choose})',
  'national.note':
    'Tính từ kết quả công nhận chuẩn của các tỉnh{by}: {certain} tỉnh chắc chắn đạt, {undetermined} tỉnh chưa xác định \
(tối đa {possible}); tử số là số tỉnh {counted}.',
  'national.note-provisional':
    'Tính từ kết quả công nhận chuẩn của các tỉnh{by}: {certain} tỉnh chắc chắn đạt, {undetermined} tỉnh chưa xác định \
(tối đa {possible}); tử số là số tỉnh {counted}; có quy tắc chưa được xác minh.',
  'national.counted-certain': 'chắc chắn đạt',
  'national.counted-possible': 'có thể đạt',
  'invalid-input.rule-set-arg': 'set phải là bộ quy tắc do resolveRules() trả về',
  'constraint.level2-within-level1': 'số người đạt chuẩn biết chữ mức độ 2 nhiều hơn mức độ 1',
  'constraint.nested-total': 'số người {narrow} tuổi nhiều hơn số người {wide} tuổi',
  'constraint.nested-literate':
    'số người {narrow} tuổi đạt chuẩn biết chữ mức độ {level} nhiều hơn số người {wide} tuổi',
  'constraint.nested-not-literate':
    'số người {narrow} tuổi chưa đạt chuẩn biết chữ mức độ {level} nhiều hơn số người {wide} tuổi',
  'constraint.nested-literate-within-total':
    'số người {narrow} tuổi đạt chuẩn biết chữ mức độ {level} nhiều hơn tổng số người {wide} tuổi',
  'constraint.youth-total': 'số người 15–18 tuổi nhiều hơn tổng số người {wide} tuổi',
  'constraint.youth-lower-secondary-diploma':
    'số người 15–18 tuổi có bằng tốt nghiệp THCS nhiều hơn tổng số người {wide} tuổi',
  'constraint.youth-upper-secondary-or-vocational':
    'số người 15–18 tuổi đang học THPT, GDTX cấp THPT hoặc GDNN nhiều hơn tổng số người {wide} tuổi',
  'constraint.completed-within-mobilised':
    'số trẻ {age} tuổi hoàn thành chương trình nhiều hơn số trẻ {age} tuổi phải huy động',
  'constraint.mobilised-ages-above-total':
    'số trẻ phải huy động 3, 4 và 5 tuổi cộng lại nhiều hơn tổng của độ tuổi 3–5',
  'constraint.mobilised-ages-below-total': 'số trẻ phải huy động 3, 4 và 5 tuổi cộng lại ít hơn tổng của độ tuổi 3–5',
  'constraint.completed-ages-above-total':
    'số trẻ hoàn thành chương trình 3, 4 và 5 tuổi cộng lại nhiều hơn tổng của độ tuổi 3–5',
  'constraint.completed-ages-below-total':
    'số trẻ hoàn thành chương trình 3, 4 và 5 tuổi cộng lại ít hơn tổng của độ tuổi 3–5',
  'constraint.age11-completed-plus-in-primary':
    'số trẻ 11 tuổi hoàn thành tiểu học cộng số đang học tiểu học vượt tổng số trẻ 11 tuổi',
  'year-field.birth': 'năm sinh',
  'year-field.survey': 'năm điều tra',
} as const satisfies Translation<typeof en.standards>;

/**
 * Kế hoạch viết dạng bảng (`src/plans/table-*.ts`): các ô người dùng điền.
 *
 * @example
 * planTables['invalid-plan.level'];
 */
export const planTables = {
  'invalid-plan.no-heading-row':
    'không tìm thấy dòng tiêu đề của bảng mục tiêu (dòng có cột "Mã chỉ tiêu" hoặc "Nội dung chỉ tiêu" và mỗi năm một \
cột, như "Mục tiêu 2025")',
  'invalid-plan.column-twice': 'cột "{text}" xuất hiện hai lần: chỉ đọc cột đầu tiên',
  'unknown-column.plan-table': 'không nhận ra cột "{text}": bỏ qua',
  'invalid-plan.no-year-column': 'bảng không có cột mục tiêu theo năm (như "Mục tiêu 2025")',
  'invalid-plan.detail-twice': '"{field}" được ghi hai lần: đọc dòng đầu tiên',
  'invalid-date.plan-table': '{value} không phải ngày hợp lệ (viết 15/3/2022 hoặc 2022-03-15)',
  'invalid-year.period': '{value} không phải giai đoạn (viết 2021-2030, hoặc một năm)',
  'invalid-plan.no-id':
    'bắt buộc: ghi mã kế hoạch, hoặc ghi cấp, địa bàn và giai đoạn để mã được tạo (ví dụ xa-long-phung-2021-2030)',
  'invalid-plan.comparator': '"{value}" không phải phép so sánh: ghi ≥ (tối thiểu) hoặc ≤ (tối đa)',
  'invalid-plan.component-first': 'dòng "trong đó" phải nằm ngay dưới dòng của một chỉ tiêu số lượng',
  'invalid-plan.component-label': 'dòng "trong đó" cần có nội dung',
  'invalid-plan.component-year': 'chỉ tiêu số lượng ở trên không có mục tiêu năm {year} để phần này thuộc về',
  'invalid-plan.row-unnamed': 'dòng có mục tiêu cần có mã chỉ tiêu hoặc nội dung chỉ tiêu',
  'invalid-plan.label-no-id': 'nội dung chỉ tiêu không có chữ hoặc số để tạo mã',
  'invalid-plan.group-needed': 'cần ghi nhóm cho chỉ tiêu đầu tiên của bảng (I, II, III, IV hoặc tên nhóm)',
  'invalid-plan.indicator-twice': 'chỉ tiêu "{id}" đã có một dòng (dòng {before})',
  'unknown-plan.table-extends': 'không có kế hoạch "{id}" để kế thừa',
  'invalid-plan.level': '"{value}" không phải cấp: ghi một trong {words}',
  'invalid-plan.inherit': '"{value}" không phải một trong {words}',
  'unknown-plan.extends': 'không có kế hoạch "{id}"{hint}; các kế hoạch: {plans}',
  'unknown-indicator.row':
    'không có chỉ tiêu "{id}"{hint}; để thêm chỉ tiêu riêng của kế hoạch, hãy ghi nội dung chỉ tiêu',
  'invalid-plan.kind': '"{value}" không phải loại chỉ tiêu: ghi một trong {words}',
  'invalid-number-format.cell': '{value} không phải số',
  'invalid-count.cell': '{value}: số lượng phải là số nguyên, từ 0 trở lên',
  'invalid-boolean-format.number': '{value}: mục tiêu đạt/không ghi là "đạt"',
  'invalid-boolean-format.text': '{value}: mục tiêu đạt/không ghi là "đạt" (hoặc "có")',
  'invalid-count.text': '{value} không phải số lượng (số nguyên như 15 hoặc 1.500)',
  'invalid-percent-format.cell': '{value} không phải tỷ lệ phần trăm (viết 70, 99,5 hoặc 99,5%)',
} as const satisfies Translation<typeof en.planTables>;

/**
 * Kế hoạch: định nghĩa và các kế hoạch có sẵn (`src/plans`).
 *
 * @example
 * plans['unknown-plan'];
 */
export const plans = {
  'invalid-plan': 'kế hoạch{name} không hợp lệ: {where}{reason}{others}',
  'unknown-plan': 'không có kế hoạch "{id}"; các kế hoạch có sẵn: {plans}',
  'unknown-plan.parent': 'kế hoạch "{id}" kế thừa kế hoạch không tồn tại "{parent}"',
  'invalid-plan.two-targets': 'hai mục tiêu cho "{indicator}" năm {year}',
  'invalid-plan.unknown-indicator': 'không có chỉ tiêu "{indicator}" (khai báo chỉ tiêu riêng trong "indicators")',
  'invalid-plan.target-kind': 'mục tiêu dạng {kind} không phù hợp chỉ tiêu "{indicator}" ({fits})',
  'invalid-plan.year-outside-period': 'năm mục tiêu {year} nằm ngoài giai đoạn {from}–{to}',
  'invalid-plan.period': 'năm bắt đầu sau năm kết thúc',
  'invalid-plan.two-baselines': 'hai giá trị cơ sở cho "{indicator}"',
  'invalid-plan.baseline-time': 'giá trị cơ sở của "{indicator}" cần năm (year) hoặc ngày (asOf)',
  'invalid-plan.baseline-date': 'ngày {asOf} không có trên lịch',
  'invalid-plan.baseline-date-year': 'ngày {asOf} không thuộc năm {year}',
  'invalid-plan.baseline-zero': 'giá trị cơ sở của "{indicator}" có mẫu số 0: không có tỷ lệ',
  'invalid-plan.baseline-share': 'tử số {numerator} lớn hơn mẫu số {denominator}',
  'invalid-plan.baseline-kind': 'giá trị cơ sở dạng {form} không phù hợp chỉ tiêu "{indicator}" ({fits})',
  'invalid-plan.parent-not-data': 'kế hoạch cha "{id}" không phải dữ liệu thuần ({reason})',
  'invalid-input.plans-option': 'plans phải là danh sách kế hoạch, nhận được {value}',
  'invalid-input.plans-option-item': 'plans[{index}] phải là kế hoạch có id, nhận được {value}',
  'plan-check.type-string': 'văn bản',
  'plan-check.type-number': 'số',
  'plan-check.type-int': 'số nguyên',
  'plan-check.type-boolean': 'true hoặc false',
  'plan-check.type-object': 'một nhóm trường { … }',
  'plan-check.type-array': 'một danh sách [ … ]',
  'plan-check.type-null': 'null',
  'plan-check.id': 'phải là mã viết thường, không dấu, các từ nối bằng dấu gạch ngang, ví dụ "qd-1373"',
  'plan-check.date': 'phải là ngày dạng YYYY-MM-DD, ví dụ 2025-12-31',
  'plan-check.decimal': 'phải là số thập phân viết bằng dấu chấm, ví dụ "70" hoặc "99.5"',
  'plan-check.format': 'không đúng định dạng',
  'plan-check.required': 'bắt buộc, chưa có giá trị',
  'plan-check.type': 'phải là {expected}, không phải {got}',
  'plan-check.value': 'phải là {value}',
  'plan-check.one-of': 'phải là một trong: {values}',
  'plan-check.not-empty': 'không được để trống',
  'plan-check.min-characters': 'phải có ít nhất {min} ký tự',
  'plan-check.min-items': 'phải có ít nhất {min} phần tử',
  'plan-check.at-least': 'phải từ {min} trở lên',
  'plan-check.more-than': 'phải lớn hơn {min}',
  'plan-check.max-characters': 'không được dài quá {max} ký tự',
  'plan-check.max-items': 'không được có quá {max} phần tử',
  'plan-check.at-most': 'không được vượt quá {max}',
  'plan-check.less-than': 'phải nhỏ hơn {max}',
  'plan-check.unknown-field': 'trường không được nhận: {keys}',
  'plan-check.unknown-fields': 'trường không được nhận: {keys}',
  'plan-check.percent-above-100': 'mục tiêu tỷ lệ không được vượt quá 100 (nhận được {value})',
  'plan-check.decimal-pattern': 'cần một số thập phân, ví dụ "70" hoặc "99.5"',
} as const satisfies Translation<typeof en.plans>;

/**
 * Cơ cấu trình độ lực lượng lao động, định nghĩa tỷ lệ và quy tắc kiểm tra (`src/workforce`).
 *
 * @example
 * workforce['rule.parts-sum'];
 */
export const workforce = {
  'invalid-input.definition': 'định nghĩa phải là đối tượng { id, label, levels, source, note }',
  'invalid-input.definition-source': 'định nghĩa cần nguồn { document, verified }',
  'unknown-qualification-level.definition-levels': 'định nghĩa phải ghi các trình độ được tính',
  'unknown-qualification-level.level': 'trình độ không có trong danh mục: {level}',
  'invalid-count.definition-sum': 'tổng các trình độ được tính quá lớn để đếm chính xác',
  'numerator-exceeds-denominator.population': '{numerator} người được tính là "{id}" nhưng dân số chỉ có {population}',
  'invalid-input.rate-decimals': 'decimals phải là số nguyên từ 0 đến 10, nhận được {decimals}',
  'invalid-validation-rule.rule': 'quy tắc {index}: {what}',
  'rule.not-object': 'quy tắc phải là đối tượng { id, label, left, operator, right }',
  'rule.no-id': 'cần có mã (id)',
  'rule.no-label': 'cần nhãn { vi, en }',
  'rule.operator': 'toán tử không hợp lệ {operator} (dùng {operators})',
  'rule.missing': 'cách xử lý giá trị thiếu không hợp lệ {missing}',
  'rule.severity': 'mức độ phải là "error" hoặc "warning"',
  'rule.unknown-total': 'bảng không có tổng "{total}"',
  'rule.operand': 'mỗi hạng tử là { levels }, { total }, { population: true } hoặc { constant }',
  'invalid-count.rule-sum':
    '{label} (quy tắc "{id}"): tổng quá lớn, không kiểm tra chính xác được (lớn hơn {max}); có lẽ một số liệu bị gõ \
sai',
  'inconsistent-counts.rule': '{label} (quy tắc "{id}"): {l} {operator} {r} không đúng; chênh lệch {d}',
  'incomplete-breakdown.rule': 'không kiểm tra được quy tắc "{id}": một số liệu gộp cả trình độ trong và ngoài phạm vi',
  'invalid-validation-rule.rules': 'rules phải là một mảng',
  'invalid-input.breakdown': 'bảng cơ cấu trình độ phải là một đối tượng',
  'unknown-qualification-level.part-levels': 'mỗi phần phải ghi ít nhất một trình độ',
  'invalid-input.level-twice': 'trình độ "{level}" được báo cáo hai lần (cả ở {first}); số liệu này không được dùng',
  'invalid-count.level': 'số lượng: {reason}',
  'invalid-input.breakdown-counts': 'counts phải là đối tượng gồm số lượng theo trình độ',
  'invalid-input.breakdown-parts': 'parts phải là mảng gồm { levels, count }',
  'invalid-input.breakdown-part': 'mỗi phần phải là đối tượng { levels, count }',
  'invalid-input.breakdown-totals': 'totals phải là mảng gồm { id, levels, count }',
  'invalid-input.breakdown-total': 'mỗi tổng phải là đối tượng { id, levels, count }',
  'invalid-input.total-id': 'mỗi tổng cần có mã (id)',
  'invalid-input.total-id-twice': 'mã tổng "{id}" bị dùng hai lần',
  'unknown-qualification-level.total-levels': 'tổng "{id}" phải ghi các trình độ được tính',
  'invalid-count.total': 'tổng "{id}": {reason}',
  'invalid-count.population': 'dân số: {reason}',
  'invalid-date.breakdown-as-of': 'asOf phải là ngày dạng YYYY-MM-DD, nhận được {asOf}',
  'invalid-input.breakdown-text': '{key} phải là chuỗi ký tự',
  'observation.provisional-definition': 'Số liệu tính theo định nghĩa chưa được xác minh: {label}',
  'missing-population': 'không có số liệu cho "{indicator}": bảng không có dân số (số người từ 15 tuổi trở lên)',
  'invalid-input.breakdowns': 'breakdowns phải là một mảng',
  'rule.parts-within': 'Các phần không vượt quá tổng',
  'rule.subtotals-sum': 'Các tổng con cộng lại bằng tổng',
  'rule.subtotals-within': 'Các tổng con không vượt quá tổng',
  'rule.total-within-population': 'Tổng không vượt quá dân số',
  'rule.levels-sum-population': 'Các trình độ cộng lại bằng dân số',
  'rule.counted-within-population': 'Số người được đào tạo không vượt quá dân số',
  'invalid-validation-rule.operands': 'vế {side} phải là mảng khác rỗng',
  'rule.left': 'trái',
  'rule.right': 'phải',
  'breakdown.invalid': 'bảng cơ cấu trình độ không hợp lệ: {reason}{others}',
  'incomplete-breakdown.observation': 'không có số liệu cho "{indicator}": {reason} (định nghĩa {definition})',
  'incomplete-breakdown.mixed-group': 'một số liệu gộp cả trình độ được tính và không được tính',
  'incomplete-breakdown.unreported': 'thiếu trình độ: {levels}',
  'rule.parts-sum': 'Các phần cộng lại bằng tổng',
} as const satisfies Translation<typeof en.workforce>;

/**
 * Danh hiệu mô hình học tập và quyết định công nhận (`src/titles`).
 *
 * @example
 * titles['unknown-title'];
 */
export const titles = {
  'invalid-input.records': 'records phải là mảng các quyết định công nhận',
  'invalid-input.title-options': 'cần tùy chọn { title, asOf }',
  'invalid-input.units': 'units phải là mảng tên đơn vị',
  'level-2-too-early.before-level-1':
    '"{unit}" được công nhận mức độ 2 ngày {decisionDate}, trước quyết định mức độ 1 ngày {level1Date} (bản ghi \
{index}); mức độ 2 chỉ được đề nghị sau ít nhất 12 tháng kể từ mức độ 1; vẫn được tính theo quyết định',
  'level-2-too-early':
    '"{unit}" được công nhận mức độ 2 ngày {decisionDate}, trước {from} (12 tháng sau quyết định mức độ 1 ngày \
{level1Date}, bản ghi {index}); vẫn được tính theo quyết định',
  'invalid-input.title-share-options': 'cần tùy chọn { title, asOf, eligible }',
  'invalid-input.title-decimals': 'decimals phải là số nguyên từ 0 đến 10, nhận được {decimals}',
  'invalid-title-level.min-level': 'minLevel {minLevel} không phù hợp danh hiệu "{title}"',
  'invalid-input.eligible': 'eligible phải là số lượng hoặc mảng tên đơn vị',
  'numerator-exceeds-denominator.title-holders':
    '{numerator} đơn vị đạt "{title}" ngày {asOf} nhưng chỉ có {denominator} đơn vị thuộc diện',
  'invalid-input.recognition':
    'quyết định công nhận phải là đối tượng { unit, title, level?, decisionDate, decidedBy }',
  'invalid-input.recognition-unit': 'cần ghi đơn vị được công nhận',
  'unknown-title.recognition': 'danh hiệu không có trong danh mục: {title}',
  'invalid-date.decision': 'decisionDate phải là ngày dạng YYYY-MM-DD, nhận được {decisionDate}',
  'invalid-input.recognition-decided-by': 'cần ghi cơ quan, người ra quyết định (decidedBy)',
  'invalid-input.recognition-text': '{key} phải là chuỗi ký tự',
  'invalid-title-level.no-levels': 'danh hiệu "{title}" không có mức độ; nhận được {level}',
  'invalid-title-level.level': 'danh hiệu "{title}" cần mức độ 1 hoặc 2; nhận được {level}',
  'observation.valid-recognitions-provisional':
    'Đếm các quyết định công nhận danh hiệu "{label}" còn hiệu lực; quy tắc thời hạn dùng để đếm chưa được xác minh.',
  'observation.valid-recognitions': 'Đếm các quyết định công nhận danh hiệu "{label}" còn hiệu lực.',
  'invalid-input.title-indicator': 'cần mã chỉ tiêu (indicator)',
  'invalid-title-level.component': 'thành phần "{id}": mức độ {level} không phù hợp danh hiệu "{title}"',
  'validity.assumed-rule':
    'Chưa tìm thấy quy định về thời hạn của danh hiệu này; tạm áp dụng quy tắc 3 năm của Thông tư 24/2023/TT-BGDĐT và \
25/2023/TT-BGDĐT.',
  'validity.assumed-rule-replaceable':
    'Chưa tìm thấy quy định về thời hạn của danh hiệu này; tạm áp dụng quy tắc 3 năm của Thông tư 24/2023 và 25/2023. \
Có thể thay bằng tùy chọn `validity`.',
  'unknown-title': 'không có danh hiệu "{id}"; các danh hiệu: {titles}',
  'invalid-input.validity-rule': 'validity.{title} phải là quy tắc { followingYears, source, note }',
  'invalid-input.validity-years':
    'validity.{title}.followingYears phải là số năm nguyên từ 0 đến {max}, nhận được {years}',
  'invalid-input.validity-source':
    'validity.{title}.source phải là căn cứ { type, number, issuer, verified, … } hoặc { document, verified }: quy tắc \
không có căn cứ thì không biết có phải tạm thời hay không',
  'invalid-input.validity': 'validity phải là đối tượng gồm các quy tắc theo mã danh hiệu',
  'unknown-title.validity': 'validity có mã danh hiệu không tồn tại: {title}',
  'invalid-input.level-2-convention': 'level2Convention phải là "civil-code" hoặc "anniversary" ⟦TODO {convention}⟧',
  'invalid-title-level.levels': 'danh hiệu "{title}" không có mức độ',
  'invalid-title-level.level-2-from-level-1': 'chỉ tính thời hạn đề nghị mức độ 2 từ quyết định công nhận mức độ 1',
  'invalid-date.valid-until':
    'quyết định công nhận ngày {decisionDate} sẽ có hiệu lực đến hết năm {year}, quá năm 9999, không viết được thành \
ngày YYYY-MM-DD',
} as const satisfies Translation<typeof en.titles>;

/**
 * Tiến độ đạt mục tiêu (`src/progress`): dữ liệu vào, mốc thời gian, số liệu gốc.
 *
 * @example
 * progress['invalid-input.point-time'];
 */
export const progress = {
  'invalid-input.baselines': 'baselines phải là một mảng',
  'duplicate-observation.baseline-again': 'giá trị cơ sở của "{indicator}" được nhập lại; đã dùng giá trị {index}',
  'duplicate-observation.baselines-differ': '"{indicator}" có nhiều giá trị cơ sở khác nhau; không dùng giá trị nào',
  'duplicate-observation.baselines-differ-at':
    '"{indicator}" có nhiều giá trị cơ sở khác nhau (cả giá trị {index}); không dùng giá trị nào',
  'invalid-observation.baseline': 'giá trị cơ sở phải là đối tượng có mã "indicator"',
  'no-target-for-year.baseline':
    'kế hoạch "{plan}" không có mục tiêu năm {year} cho "{indicator}"; giá trị cơ sở không được dùng',
  'unknown-indicator.baseline': 'chỉ tiêu không tồn tại "{indicator}"',
  'kind-mismatch.baseline': 'giá trị cơ sở của mục tiêu loại {kind} "{indicator}" cần đúng một dạng: {wanted}',
  'invalid-count.baseline': 'số lượng phải là số nguyên không âm, nhận được {count}',
  'invalid-observation.baseline-year': 'giá trị cơ sở của "{indicator}" cần năm hoặc ngày (asOf)',
  'zero-denominator.baseline': 'giá trị cơ sở của "{indicator}" có mẫu số 0: không có tỷ lệ, không được dùng',
  'observation-after-as-of.baseline': 'giá trị cơ sở ngày {date} sau ngày báo cáo {asOf}; không được dùng',
  'invalid-input.progress-input': 'cần một đối tượng { baseline, current, target }',
  'invalid-input.progress-decimals': 'decimals phải là số nguyên từ 0 đến 10, nhận được {decimals}',
  'invalid-input.progress-comparator': 'comparator phải là "at-least" hoặc "at-most", nhận được {comparator}',
  'invalid-count.unsafe-number':
    '{value} vượt 2^53 − 1 và có thể đã bị làm tròn; hãy truyền dưới dạng chuỗi số thập phân ("9007199254740993")',
  'invalid-input.progress-value': 'cần số không âm như 70, "87.30" hoặc { numerator, denominator }, nhận được {value}',
  'invalid-year.progress': 'năm phải là số nguyên từ 1900 đến 2100, nhận được {year}',
  'invalid-date.not-in-year': 'ngày {iso} không thuộc năm {year}',
  'invalid-input.point-time': 'cần năm hoặc ngày',
  'invalid-input.point': '{path} phải là đối tượng { value, year hoặc date }',
  'invalid-input.progress-target':
    'giá trị mục tiêu phải là tỷ lệ hoặc số lượng (mục tiêu đạt/không không có tiến độ), nhận được {value}',
} as const satisfies Translation<typeof en.progress>;

/**
 * Danh mục chỉ tiêu (`src/catalog`).
 *
 * @example
 * catalog['unknown-indicator.catalog'];
 */
export const catalog = {
  'unknown-indicator.catalog': 'không có chỉ tiêu "{id}"; xem listIndicators() để biết các mã',
} as const satisfies Translation<typeof en.catalog>;

/**
 * Kết quả thực hiện mục tiêu (`src/attainment`): số liệu, so sánh, phụ lục.
 *
 * @example
 * attainment['year-not-in-plan'];
 */
export const attainment = {
  'invalid-observation.unit': 'unit phải là chuỗi không rỗng, nhận được {unit}; số liệu không được dùng',
  'mixed-units.observations': 'số liệu thuộc nhiều đơn vị ({names}); dùng computeAttainmentByUnit cho nhiều đơn vị',
  'missing-unit': 'số liệu không ghi đơn vị; computeAttainmentByUnit cần đơn vị',
  'mixed-units.baseline-no-report':
    'giá trị cơ sở của đơn vị "{unit}": không có số liệu nào của đơn vị này nên không có báo cáo để dùng; không được \
dùng',
  'baseline.every-unit-instead': 'dùng giá trị cơ sở chung cho mọi đơn vị thay thế',
  'baseline.plan-instead': 'dùng giá trị cơ sở của kế hoạch thay thế',
  'invalid-input.attainment-input': 'cần một đối tượng { plan, year, observations }',
  'invalid-input.attainment-decimals': 'decimals phải là số nguyên từ 0 đến 10, nhận được {decimals}',
  'invalid-input.observations': 'observations phải là một mảng',
  'invalid-observation.not-indicator-object': 'số liệu phải là đối tượng có mã "indicator"',
  'no-target-for-year.observation':
    'kế hoạch "{id}" không có mục tiêu năm {year} cho "{indicator}"; số liệu không được dùng',
  'unknown-indicator.observation': 'chỉ tiêu không tồn tại "{indicator}"',
  'invalid-observation.provisional': 'provisional phải là true hoặc false, nhận được {provisional}',
  'invalid-observation.note': 'note phải có dạng { vi, en } gồm hai chuỗi',
  'invalid-date.observation-as-of': 'asOf phải là ngày dạng YYYY-MM-DD, nhận được {asOf}',
  'observation-after-as-of': 'số liệu ngày {date} sau ngày báo cáo {asOf}; không được dùng',
  'duplicate-observation.same-value': '"{indicator}" được báo cáo lặp lại cùng giá trị; đã dùng số liệu {first}',
  'duplicate-observation.different-values':
    '"{indicator}" được báo cáo {count} lần với giá trị khác nhau (số liệu {chosen}); không dùng số liệu nào',
  'zero-denominator.observation': '"{indicator}" có mẫu số 0: không có tỷ lệ, ghi là chưa có số liệu',
  'invalid-year.appendix': 'năm phải là số nguyên như 2025, nhận được {year}',
  'unknown-indicator.plan-target': 'kế hoạch "{id}" có mục tiêu cho chỉ tiêu không tồn tại "{indicator}"',
  'invalid-input.compare-options': 'options phải là đối tượng dạng { decimals: 2 }',
  'target.invalid': 'mục tiêu không hợp lệ{where}: {message}',
  'invalid-observation.rate-and-counts':
    'chỉ ghi tỷ lệ (percent) hoặc số đếm (tử số và mẫu số, số lượng, achieved), không ghi cả hai',
  'invalid-observation.no-figure':
    'số liệu cần đúng một trong: tử số và mẫu số, số lượng, achieved, hoặc tỷ lệ (percent)',
  'invalid-count.count': 'số lượng: {reason}',
  'invalid-observation.achieved': 'achieved phải là true hoặc false, nhận được {value}',
  'invalid-observation.components': 'components phải là đối tượng gồm các số lượng theo mã thành phần',
  'invalid-count.components': 'components.{id}: {reason}',
  'component-exceeds-total': 'thành phần "{id}" ({value}) lớn hơn tổng số ({total})',
  'mixed-units.baseline': 'giá trị cơ sở của đơn vị "{unit}" trong báo cáo của {report}; không được dùng',
  'report.no-unit': 'không đơn vị',
  'baseline.not-used': '{reason}; {instead}',
  'duplicate-observation.unusable':
    '"{indicator}" còn có số liệu {which} không dùng được; không biết số liệu nào đúng nên không dùng số liệu nào',
  'duplicate-observation.unusable-many':
    '"{indicator}" còn có số liệu {which} không dùng được; không biết số liệu nào đúng nên không dùng số liệu nào',
  'missing-component': '"{indicator}": thiếu số "trong đó" "{id}" ({label}), không tính là 0; {outcome}',
  'missing-component.not-met': 'mục tiêu không đạt dù phần này là bao nhiêu',
  'missing-component.no-data': 'kết quả là chưa có số liệu',
  'invalid-input.appendix-no-target': 'không dòng nào của phụ lục có mục tiêu ({n} dòng có vấn đề)',
  'invalid-input.appendix-no-targets': 'không dòng nào của phụ lục có mục tiêu ({n} dòng có vấn đề)',
  'year-not-in-plan': 'kế hoạch "{id}" không có mục tiêu cho năm {year}; có mục tiêu cho các năm {years}',
  'year-not-in-plan.no-year': 'không năm nào',
  'type.array': 'một mảng',
  'invalid-observation.not-object': 'số liệu phải là một đối tượng, nhận được {type}',
  'kind-mismatch.share-or-percent': '{fields} hoặc percent',
  'kind-mismatch': 'mục tiêu loại {target} cần số liệu dạng {wanted} ({fields}), nhận được dạng {kind}',
  'unknown-component': 'mục tiêu không có thành phần "{id}" (có: {list})',
  'unknown-component.none': 'không có',
  'missing-plan': "kế hoạch (plan): mã kế hoạch có sẵn như 'qd-1373' (xem listPlans()) hoặc một đối tượng kế hoạch",
  'missing-year': 'năm mục tiêu (year), ví dụ year: 2025',
  'missing-observations': 'danh sách số liệu (observations), [] khi chưa có số liệu',
  'missing-target': 'compareToTarget cần mục tiêu (target): một mục tiêu của kế hoạch (getPlan(id).targets)',
} as const satisfies Translation<typeof en.attainment>;

/**
 * Phụ lục đọc như một kế hoạch riêng (`src/attainment/appendix.ts`).
 *
 * @example
 * appendix['appendix.not-stated'];
 */
export const appendix = {
  'target.percent-range': 'mục tiêu tỷ lệ phải từ 0 đến 100',
  'invalid-threshold.target': 'mục tiêu {value}: {reason}',
  'invalid-input.appendix-rows': 'các dòng của phụ lục phải là một mảng',
  'invalid-input.appendix-options': 'options phải là đối tượng dạng { year: 2025 }',
  'invalid-input.appendix-row': 'mỗi dòng phải là đối tượng { no, label, target, percent }',
  'invalid-observation.appendix-no-target': 'dòng {where}: không có mục tiêu; dòng không được dùng',
  'unknown-indicator.appendix': 'chỉ tiêu không tồn tại "{id}"',
  'kind-mismatch.appendix': '"{id}" là chỉ tiêu loại {kind}; dòng phụ lục có mục tiêu tỷ lệ',
  'invalid-observation.appendix-no-indicator': 'dòng {where}: không có nội dung chỉ tiêu; dòng không được dùng',
  'appendix.not-stated': 'không ghi trong phụ lục',
  'appendix.indicator-note': 'Chỉ tiêu theo đúng lời văn của dòng phụ lục.',
  'missing-year.appendix': 'năm của mục tiêu, ví dụ { year: 2025 }',
} as const satisfies Translation<typeof en.appendix>;

/**
 * Hiển thị tỷ lệ phần trăm và tỷ số (`src/exact/display.ts`, `round.ts`).
 *
 * @example
 * display['argument.whole'];
 */
export const display = {
  'invalid-input.share-expected': 'cần một tỷ lệ { numerator, denominator }',
  'invalid-input.options-object': 'options phải là đối tượng dạng { decimals: 2 }',
  'zero-denominator.share': 'mẫu số bằng 0: tỷ lệ không có giá trị',
  'invalid-input.decimals': 'decimals phải là số nguyên từ 0 đến {max}, nhận được {value}',
  'invalid-input.comparator': 'comparator phải là "at-least" hoặc "at-most", nhận được {value}',
  'zero-denominator.ratio': 'mẫu số bằng 0: tỷ lệ không có giá trị',
  'invalid-input.argument': '{name} phải là {wanted}, nhận được {value}',
  'argument.whole': 'một số nguyên',
  'argument.positive': 'một số nguyên lớn hơn 0',
  'argument.places': 'một số nguyên từ 0 đến {max}',
  'argument.mode': 'half-up, floor hoặc ceil',
  'argument.side': 'below, at-or-below, above hoặc at-or-above',
} as const satisfies Translation<typeof en.display>;

/**
 * Viết số theo kiểu Việt Nam (`src/vi/format.ts`).
 *
 * @example
 * formatting['invalid-number-format.not-finite'];
 */
export const formatting = {
  'invalid-number-format.not-finite': 'không định dạng được {value}: không phải số hữu hạn',
  'invalid-number-format.not-decimal-string':
    '{text} không phải chuỗi số thập phân dạng "1234.5" hoặc "-0.01" (văn bản kiểu Việt Nam như "1.234,5" hãy đọc bằng \
parseViDecimal)',
  'invalid-input.format-decimals': 'số chữ số thập phân phải là số nguyên từ 0 đến {maxDecimals}, nhận được {decimals}',
  'invalid-number-format.not-number-or-text': 'cần một số hoặc chuỗi số thập phân, nhận được {type}',
} as const satisfies Translation<typeof en.formatting>;

/**
 * Tỷ số viết dạng văn bản, "19.739/19.747" (`src/vi/share.ts`).
 *
 * @example
 * shares['share.no-slash'];
 */
export const shares = {
  'share.side': '{text}: {side}: {reason}',
  'invalid-share-format.not-text': 'cần một chuỗi văn bản, nhận được {type}',
  'invalid-share-format': '{text} không phải tỷ số dạng "19.739/19.747": {reason}',
  'share.quoted': '{text}: {reason}',
} as const satisfies Translation<typeof en.shares>;
