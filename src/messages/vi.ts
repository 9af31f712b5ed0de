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
 * giá trị không đọc được (`src/describe.ts`, `src/snapshot.ts`, `src/guards.ts`).
 *
 * @example
 * values['value.array']; // 'một mảng {count} phần tử'
 */
export const values = {
  'value.object': 'một đối tượng',
  'value.null-prototype': 'một đối tượng không có prototype',
  'value.array': 'một mảng {count} phần tử',
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
} as const satisfies Translation<typeof en.values>;

/**
 * Ngày tháng và năm (`src/dates`).
 *
 * @example
 * dates['invalid-date']; // 'cần ngày dạng YYYY-MM-DD, nhận được {value}'
 */
export const dates = {
  'invalid-date': 'cần ngày dạng YYYY-MM-DD, nhận được {value}',
  'invalid-year.deadline': 'năm phải là số nguyên từ {min} đến {max}, nhận được {value}',
} as const satisfies Translation<typeof en.dates>;
