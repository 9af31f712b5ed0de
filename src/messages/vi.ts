import type * as en from './en.js';
import type { Translation } from './say.js';

/**
 * The Vietnamese catalog: the same sections and keys as the English one
 * (`en.ts`), each message with the same parameters. The types check both at
 * compile time; test/messages checks them again. See CONTRIBUTING, "Adding a
 * message".
 */

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
  'invalid-percent-format': '{value} không phải tỷ lệ phần trăm dạng 99.96, "99,96" hoặc "99.96": {reason}',
  'invalid-percent-format.not-finite': 'không phải số hữu hạn',
  'invalid-percent-format.not-number': 'cần một số hoặc chuỗi, nhận được {type}',
  'invalid-percent-format.array': 'một mảng',
  'percent-out-of-range.negative': '{value}: tỷ lệ không thể âm',
  'percent-out-of-range.above-100': '{value}: tỷ lệ của một tổng thể không thể vượt 100%',
  'invalid-threshold': '"{value}" không phải số thập phân không âm dạng "70" hoặc "99.5"',
  'invalid-threshold.places': '"{value}" có quá {max} chữ số thập phân',
  'invalid-threshold.too-large': '"{value}" quá lớn',
} as const satisfies Translation<typeof en.exact>;

/**
 * Số, tỷ số, tỷ lệ phần trăm và ngày viết dạng văn bản (`src/vi`, `src/dates`).
 *
 * @example
 * numbers['invalid-date']; // {value} in Vietnamese
 */
export const numbers = {
  'invalid-number-format.not-finite': 'không định dạng được {value}: không phải số hữu hạn',
  'invalid-number-format.not-decimal-string':
    '{text} không phải chuỗi số thập phân dạng "1234.5" hoặc "-0.01" (văn bản kiểu Việt Nam như "1.234,5" hãy đọc bằng parseViDecimal)',
  'invalid-input.format-decimals': 'số chữ số thập phân phải là số nguyên từ 0 đến {maxDecimals}, nhận được {decimals}',
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
    '{text} lớn hơn 2^53 − 1, không biểu diễn chính xác được thành số; hãy dùng parseViPercentDecimal để giữ đúng các chữ số',
  'invalid-date': 'cần ngày dạng YYYY-MM-DD, nhận được {value}',
  'invalid-number-format.not-number-or-text': 'cần một số hoặc chuỗi số thập phân, nhận được {type}',
  'invalid-number-format.not-text': 'cần một chuỗi văn bản, nhận được {type}',
  'invalid-number-format': '{text} không phải số hợp lệ: {reason}',
  'invalid-percent-format.not-text': 'cần một chuỗi văn bản, nhận được {type}',
  'invalid-percent-format.vietnamese': '{text} không phải tỷ lệ phần trăm dạng "99,96%": {reason}',
  'share.side': '{text}: {side}: {reason}',
  'invalid-share-format.not-text': 'cần một chuỗi văn bản, nhận được {type}',
  'invalid-share-format': '{text} không phải tỷ số dạng "19.739/19.747": {reason}',
  'share.quoted': '{text}: {reason}',
  'share.numerator': 'tử số',
  'share.denominator': 'mẫu số',
  'share.no-slash': 'không có dấu "/" giữa tử số và mẫu số',
  'share.two-slashes': 'có nhiều hơn một dấu "/"',
} as const satisfies Translation<typeof en.numbers>;
