import { positiveArg } from '../util/guards.js';
import type { IndicatorKind } from '../catalog/indicator.js';
import { INDICATOR_LEVELS, type IndicatorLevel } from '../catalog/level.js';
import type { Labels } from '../catalog/source.js';
import type { JurisdictionLevel, PlanInherit } from './plan.js';
import type { Comparator } from './target.js';

/*
 * The words of a plan written as a table, in both languages: the rows of the
 * plan's details, the column headings, and the words a cell may hold (levels,
 * kinds, comparators). The writer uses the first spelling of the table's
 * language; the reader accepts every spelling of either language, compared
 * without case, Vietnamese marks, spaces or punctuation, so "Mã chỉ tiêu",
 * "MA CHI TIEU" and "ma_chi_tieu" are one heading.
 */

/**
 * The squashed form of a text for matching: no Vietnamese marks ("đ" is "d"),
 * lower case, letters and digits only.
 *
 * @example
 * squash('Mã chỉ tiêu'); // 'machitieu'
 * squash('Tên kế hoạch (tiếng Anh)'); // 'tenkehoachtienganh'
 */
export function squash(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * An id made from a Vietnamese label: no marks, lower case, words joined by
 * "-" (at most 80 characters, cut at a word).
 *
 * @example
 * slugOf('Xã đạt chuẩn xóa mù chữ mức độ 2'); // 'xa-dat-chuan-xoa-mu-chu-muc-do-2'
 */
export function slugOf(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let out = '';
  for (const w of words) {
    const next = out === '' ? w : `${out}-${w}`;
    if (next.length > 80) break;
    out = next;
  }
  return out;
}

/**
 * A row of the plan's details, by key.
 *
 * @example
 * const key: PlanInfoKey = 'period'; // PLAN_INFO.period.vi is 'Giai đoạn'
 */
export type PlanInfoKey =
  | 'id'
  | 'title'
  | 'titleEn'
  | 'issuer'
  | 'issuerEn'
  | 'number'
  | 'date'
  | 'level'
  | 'jurisdiction'
  | 'period'
  | 'extends'
  | 'inherit';

/**
 * A column of the targets table, by key (the target years are columns too: see `yearHeading`).
 *
 * @example
 * const key: PlanColumnKey = 'section'; // PLAN_COLUMNS.section.vi is 'Mục của kế hoạch'
 */
export type PlanColumnKey =
  | 'no'
  | 'id'
  | 'label'
  | 'labelEn'
  | 'group'
  | 'level'
  | 'kind'
  | 'comparator'
  | 'section'
  | 'note'
  | 'parent';

interface Words extends Labels {
  /** Other spellings the reader accepts. */
  readonly also?: readonly string[];
}

/**
 * The rows of a plan's details, in the order the writer puts them.
 *
 * @example
 * PLAN_INFO.id.vi;     // 'Mã kế hoạch'
 * PLAN_INFO.period.en; // 'Period'
 */
export const PLAN_INFO: Readonly<Record<PlanInfoKey, Words>> = {
  id: { vi: 'Mã kế hoạch', en: 'Plan id' },
  title: { vi: 'Tên kế hoạch', en: 'Title', also: ['Tên kế hoạch (tiếng Việt)', 'Title (Vietnamese)'] },
  titleEn: { vi: 'Tên kế hoạch (tiếng Anh)', en: 'Title (English)' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issuer', also: ['Cơ quan', 'Đơn vị ban hành'] },
  issuerEn: { vi: 'Cơ quan ban hành (tiếng Anh)', en: 'Issuer (English)' },
  number: { vi: 'Số hiệu văn bản', en: 'Document number', also: ['Số hiệu', 'Số ký hiệu', 'Số văn bản', 'Number'] },
  date: { vi: 'Ngày ban hành', en: 'Date', also: ['Ngày ký', 'Ngày'] },
  level: { vi: 'Cấp', en: 'Level', also: ['Cấp kế hoạch', 'Cấp địa bàn'] },
  jurisdiction: { vi: 'Địa bàn', en: 'Jurisdiction', also: ['Tên địa bàn', 'Địa phương'] },
  period: { vi: 'Giai đoạn', en: 'Period' },
  extends: { vi: 'Kế hoạch cấp trên', en: 'Extends', also: ['Kế thừa kế hoạch', 'Parent plan'] },
  inherit: { vi: 'Kế thừa mục tiêu', en: 'Inherit', also: ['Kế thừa'] },
};

/**
 * The columns of the targets table (besides the target years), in the order the writer puts them.
 *
 * @example
 * PLAN_COLUMNS.label.vi; // 'Nội dung chỉ tiêu'
 * PLAN_COLUMNS.section.en; // 'Section'
 */
export const PLAN_COLUMNS: Readonly<Record<PlanColumnKey, Words>> = {
  no: { vi: 'STT', en: 'No.', also: ['TT', 'Số thứ tự'] },
  id: { vi: 'Mã chỉ tiêu', en: 'Indicator id', also: ['Mã', 'Id'] },
  label: { vi: 'Nội dung chỉ tiêu', en: 'Indicator', also: ['Chỉ tiêu', 'Tên chỉ tiêu', 'Nội dung', 'Label'] },
  labelEn: {
    vi: 'Tên tiếng Anh',
    en: 'English label',
    also: ['Nội dung chỉ tiêu (tiếng Anh)', 'Tên chỉ tiêu (tiếng Anh)'],
  },
  group: { vi: 'Nhóm', en: 'Group' },
  level: { vi: 'Cấp đo', en: 'Measured at', also: ['Level'] },
  kind: { vi: 'Loại', en: 'Kind', also: ['Loại chỉ tiêu'] },
  comparator: { vi: 'So sánh', en: 'Comparator' },
  section: { vi: 'Mục của kế hoạch', en: 'Section', also: ['Căn cứ', 'Mục', 'Section of this plan'] },
  note: { vi: 'Ghi chú', en: 'Note' },
  parent: { vi: 'Theo kế hoạch cấp trên', en: "Parent plan's source", also: ['Nguồn cấp trên'] },
};

/**
 * The heading of a target year's column.
 *
 * @example
 * yearHeading(2025, 'vi'); // 'Mục tiêu 2025'
 * yearHeading(2030, 'en'); // 'Target 2030'
 */
export function yearHeading(year: number, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? `Mục tiêu ${year}` : `Target ${year}`;
}

/**
 * The target year a heading names ("Mục tiêu 2025", "Target 2030", "Năm 2025",
 * "2025"), or `undefined`.
 *
 * @example
 * yearOfHeading('Mục tiêu đến năm 2025'); // 2025
 * yearOfHeading('Ghi chú');               // undefined
 */
export function yearOfHeading(heading: string): number | undefined {
  const m = /(?<!\d)(19\d\d|20\d\d|2100)(?!\d)/.exec(heading);
  if (!m) return undefined;
  const rest = squash(heading.replace(m[0], ''));
  return [
    '',
    'muctieu',
    'muctieunam',
    'muctieudennam',
    'nam',
    'dennam',
    'target',
    'targetyear',
    'targetby',
    'year',
  ].includes(rest)
    ? Number(m[1])
    : undefined;
}

/** Finds the key whose spellings include `text`. */
function lookup<K extends string>(table: Readonly<Record<K, Words>>, text: string): K | undefined {
  const key = squash(text);
  if (key === '') return undefined;
  for (const k of Object.keys(table) as K[]) {
    const w = table[k];
    if ([w.vi, w.en, ...(w.also ?? [])].some((s) => squash(s) === key)) return k;
  }
  return undefined;
}

/**
 * The detail a label names (either language, any spelling), or `undefined`.
 *
 * @example
 * infoKey('MÃ KẾ HOẠCH'); // 'id'
 * infoKey('Plan id');     // 'id'
 */
export function infoKey(label: string): PlanInfoKey | undefined {
  return lookup(PLAN_INFO, label);
}

/**
 * The column a heading names (either language, any spelling), or `undefined`.
 *
 * @example
 * columnKey('Mã chỉ tiêu'); // 'id'
 * columnKey('So sánh');     // 'comparator'
 */
export function columnKey(heading: string): PlanColumnKey | undefined {
  return lookup(PLAN_COLUMNS, heading);
}

const JURISDICTION_WORDS: Readonly<Record<JurisdictionLevel, Words>> = {
  national: { vi: 'toàn quốc', en: 'national', also: ['quốc gia', 'trung ương'] },
  province: { vi: 'tỉnh', en: 'province', also: ['cấp tỉnh', 'tỉnh, thành phố', 'thành phố trực thuộc trung ương'] },
  district: { vi: 'huyện', en: 'district', also: ['cấp huyện', 'quận', 'thị xã'] },
  commune: { vi: 'xã', en: 'commune', also: ['cấp xã', 'phường', 'thị trấn', 'đặc khu', 'xã, phường', 'ward'] },
  agency: { vi: 'cơ quan', en: 'agency', also: ['đơn vị', 'tổ chức', 'institution'] },
};

const LEVEL_WORDS: Readonly<Record<IndicatorLevel, Words>> = /* @__PURE__ */ (() => ({
  national: { ...INDICATOR_LEVELS.national, also: JURISDICTION_WORDS.national.also },
  province: { ...INDICATOR_LEVELS.province, also: JURISDICTION_WORDS.province.also },
  district: { ...INDICATOR_LEVELS.district, also: JURISDICTION_WORDS.district.also },
  commune: { ...INDICATOR_LEVELS.commune, also: JURISDICTION_WORDS.commune.also },
  institution: { ...INDICATOR_LEVELS.institution, also: ['cơ quan', 'tổ chức', 'đơn vị', 'cơ sở', 'agency'] },
}))();

/**
 * The kinds a row may have: an indicator's kind, or "of which" (a part of the count above).
 *
 * @example
 * const k: RowKind = 'component'; // written "trong đó"
 */
type RowKind = IndicatorKind | 'component';

const KIND_WORDS: Readonly<Record<RowKind, Words>> = {
  'share-of-persons': { vi: 'tỷ lệ người', en: 'share of people', also: ['tỷ lệ người dân', 'share of persons'] },
  'share-of-units': {
    vi: 'tỷ lệ đơn vị',
    en: 'share of units',
    also: ['tỷ lệ', '%', 'tỷ lệ %', 'percent', 'percentage', 'share'],
  },
  count: { vi: 'số lượng', en: 'count', also: ['số', 'number'] },
  'yes-no': { vi: 'đạt/không', en: 'yes/no', also: ['có/không', 'đạt', 'yes-no'] },
  component: { vi: 'trong đó', en: 'of which', also: ['trong do', 'of-which'] },
};

const INHERIT_WORDS: Readonly<Record<PlanInherit, Words>> = {
  level: { vi: 'theo cấp', en: 'level', also: ['theo cấp đo'] },
  all: { vi: 'tất cả', en: 'all' },
  none: { vi: 'không', en: 'none', also: ['không kế thừa'] },
};

/**
 * The words a cell of the table may hold, by what they name: the writer uses
 * `[key][lang]`, the reader {@link readWord}.
 *
 * @example
 * TABLE_WORDS.jurisdiction.commune.vi; // 'xã'
 * TABLE_WORDS.kind['share-of-persons'].vi; // 'tỷ lệ người'
 */
export const TABLE_WORDS = {
  jurisdiction: JURISDICTION_WORDS,
  level: LEVEL_WORDS,
  kind: KIND_WORDS,
  inherit: INHERIT_WORDS,
} as const;

/**
 * The key a cell's word names in one of the {@link TABLE_WORDS} tables, or `undefined`.
 *
 * @example
 * readWord('jurisdiction', 'Xã');      // 'commune'
 * readWord('kind', 'tỷ lệ');           // 'share-of-units'
 * readWord('inherit', 'Tất cả');       // 'all'
 */
export function readWord<T extends keyof typeof TABLE_WORDS>(
  table: T,
  text: string,
): keyof (typeof TABLE_WORDS)[T] | undefined {
  // '%' squashes to nothing: compare the trimmed text first
  const words = TABLE_WORDS[table] as Readonly<Record<string, Words>>;
  for (const [k, w] of Object.entries(words))
    if ([w.vi, w.en, ...(w.also ?? [])].includes(text.trim())) return k as keyof (typeof TABLE_WORDS)[T];
  return lookup(words, text) as keyof (typeof TABLE_WORDS)[T] | undefined;
}

/**
 * The words of every key of a table, for messages.
 *
 * @example
 * wordList('inherit', 'vi'); // 'theo cấp, tất cả, không'
 */
export function wordList(table: keyof typeof TABLE_WORDS, lang: 'vi' | 'en'): string {
  return Object.values(TABLE_WORDS[table] as Readonly<Record<string, Words>>)
    .map((w) => w[lang])
    .join(', ');
}

/**
 * A comparator as a cell writes it: "≥" (also ">=", "tối thiểu", "ít nhất",
 * "at least") or "≤" ("<=", "tối đa", "không quá", "at most").
 *
 * @example
 * readComparator('≥');         // 'at-least'
 * readComparator('không quá'); // 'at-most'
 * readComparator('bằng');      // undefined
 */
export function readComparator(text: string): Comparator | undefined {
  const t = text.trim();
  if (t === '≥' || t === '>=' || t === '>') return 'at-least';
  if (t === '≤' || t === '<=' || t === '<') return 'at-most';
  const key = squash(t);
  if (['toithieu', 'itnhat', 'tutrolen', 'atleast', 'min', 'minimum'].includes(key)) return 'at-least';
  if (['toida', 'khongqua', 'trodi', 'atmost', 'max', 'maximum'].includes(key)) return 'at-most';
  return undefined;
}

/**
 * The mark of a comparator in a cell.
 *
 * @example
 * comparatorMark('at-most'); // '≤'
 */
export function comparatorMark(c: Comparator): string {
  return c === 'at-least' ? '≥' : '≤';
}

/**
 * The words that start a stretch ("phấn đấu") value, and the yes word of a yes/no target, per language.
 *
 * @example
 * VALUE_WORDS.stretch.vi; // 'phấn đấu'
 * VALUE_WORDS.yes.en;     // 'yes'
 */
export const VALUE_WORDS = {
  stretch: { vi: 'phấn đấu', en: 'stretch' },
  yes: { vi: 'đạt', en: 'yes' },
  /** In the section column: a target of this plan that cites no section (not the parent's target). */
  ownPlan: { vi: '(kế hoạch này)', en: '(this plan)' },
} as const;

/**
 * The name of a cell as a spreadsheet shows it: column letters, then the row.
 *
 * @param row - 1-based row
 * @param column - 1-based column
 * @example
 * cellName(7, 4);  // 'D7'
 * cellName(1, 27); // 'AA1'
 */
export function cellName(row: number, column: number): string {
  positiveArg(row, 'row');
  positiveArg(column, 'column');
  let letters = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}
