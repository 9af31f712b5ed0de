import { ERROR_CODES, type ErrorCode } from '../../src/errors.js';
import { generatedBanner, markdownTable, type DocPage } from './page.js';

/**
 * What each code means and what to do about it. Typed as a Record over
 * ErrorCode so a new code without a description fails the typecheck.
 */
export const ERROR_DESCRIPTIONS: Readonly<Record<ErrorCode, { readonly en: string; readonly vi: string }>> = {
  'invalid-count': {
    en: 'A count is negative, fractional, NaN, Infinity or above Number.MAX_SAFE_INTEGER. Counts are whole numbers of people or units.',
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
  'unknown-indicator': { en: 'No indicator with this id in the catalog or the plan.', vi: 'Không có chỉ tiêu với mã này.' },
  'unknown-plan': { en: 'No plan with this id (see listPlans()).', vi: 'Không có kế hoạch với mã này.' },
  'year-not-in-plan': {
    en: 'The plan sets no target for the requested year (qd-1373 has 2025 and 2030).',
    vi: 'Kế hoạch không có chỉ tiêu cho năm này.',
  },
  'no-target-for-year': {
    en: 'Warning: an observation for an indicator that has no target in the requested year; it is not evaluated.',
    vi: 'Cảnh báo: chỉ tiêu không có mục tiêu trong năm được chọn; số liệu không được đánh giá.',
  },
  'invalid-observation': { en: 'An observation does not have the shape of a share, count or yes/no observation.', vi: 'Số liệu không đúng dạng.' },
  'kind-mismatch': {
    en: 'The observation kind does not fit the indicator (a count given for a percentage target…).',
    vi: 'Loại số liệu không khớp với chỉ tiêu (ví dụ số lượng cho chỉ tiêu tỷ lệ).',
  },
  'duplicate-observation': {
    en: 'The same indicator observed twice for the same unit. Identical copies warn; different values make the result no data.',
    vi: 'Một chỉ tiêu có hai số liệu cho cùng đơn vị.',
  },
  'mixed-units': {
    en: 'computeAttainment got observations of several units; use computeAttainmentByUnit.',
    vi: 'Số liệu của nhiều đơn vị trong một báo cáo; dùng computeAttainmentByUnit.',
  },
  'missing-unit': { en: 'An observation without `unit` where units are required.', vi: 'Số liệu thiếu tên đơn vị.' },
  'observation-after-as-of': {
    en: 'An observation dated after the report date (asOf).',
    vi: 'Số liệu có ngày sau ngày báo cáo.',
  },
  'unknown-component': { en: 'A count observation has a component the target does not define.', vi: 'Thành phần "trong đó" không có trong chỉ tiêu.' },
  'component-exceeds-total': {
    en: 'An "of which" (trong đó) component is larger than its total.',
    vi: 'Số "trong đó" lớn hơn tổng số.',
  },
  'invalid-threshold': { en: 'A threshold or target value is not a percentage between 0 and 100 or a valid count.', vi: 'Ngưỡng hoặc mục tiêu không hợp lệ.' },
  'invalid-date': { en: 'Not an existing calendar date in ISO form YYYY-MM-DD.', vi: 'Ngày không hợp lệ (dạng YYYY-MM-DD).' },
  'invalid-year': { en: 'A year that is not a whole number in a plausible range.', vi: 'Năm không hợp lệ.' },
  'invalid-number-format': {
    en: 'Text that is not a Vietnamese-formatted number ("19.739", "99,96"); ambiguous text is rejected, never guessed.',
    vi: 'Chuỗi không phải số theo định dạng Việt Nam ("19.739", "99,96").',
  },
  'invalid-share-format': { en: 'Text that is not a share "numerator/denominator" ("19.739/19.747").', vi: 'Chuỗi không phải dạng "tử số/mẫu số".' },
  'invalid-percent-format': { en: 'Text that is not a percentage ("99,96%").', vi: 'Chuỗi không phải tỷ lệ phần trăm.' },
  'invalid-plan': { en: 'A plan definition failed validation (see the nested issues).', vi: 'Định nghĩa kế hoạch không hợp lệ.' },
  'unknown-regime': { en: 'No XMC/PCGD rule set with this id (nd20-2014, nd142-2025).', vi: 'Không có bộ quy định với mã này.' },
  'unknown-standard': { en: 'No XMC/PCGD standard with this id.', vi: 'Không có chuẩn XMC/PCGD với mã này.' },
  'unknown-rule': { en: 'A threshold override names a rule that does not exist.', vi: 'Điều chỉnh ngưỡng cho quy định không tồn tại.' },
  'inconsistent-counts': {
    en: 'Counts contradict each other (more literate people aged 15–35 than people aged 15–60…).',
    vi: 'Các số đếm mâu thuẫn nhau.',
  },
  'duplicate-unit': { en: 'The same unit appears twice in a batch.', vi: 'Một đơn vị xuất hiện hai lần.' },
  'invalid-input': { en: 'Input rejected by a schema with no more specific code; the message names the field.', vi: 'Dữ liệu vào không hợp lệ.' },
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
