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
