import { oneOfArg, positiveArg } from '../util/guards.js';
import type { CommuneConditions, StandardId } from './model.js';
import { deepFreeze } from '../util/freeze.js';

/**
 * One recognition standard: its labels (Vietnamese term, English gloss), how
 * many levels it has and where its yes/no conditions are in the input.
 *
 * @example
 * STANDARDS['pcgd-th'].levels; // 3
 */
export interface StandardInfo {
  readonly id: StandardId;
  readonly label: string;
  readonly labelVi: string;
  /** Short Vietnamese abbreviation used in dossiers (XMC, PCGD TH, …). */
  readonly short: string;
  /** Number of levels ("mức độ"); 1 for single-level standards. */
  readonly levels: number;
  /** Key of this standard's answers in {@link CommuneConditions}. */
  readonly inputKey: keyof CommuneConditions;
}

/**
 * The standards, keyed by id.
 *
 * @example
 * STANDARDS.xmc.labelVi; // 'Xóa mù chữ'
 */
export const STANDARDS: Readonly<Record<StandardId, StandardInfo>> = /*#__PURE__*/ deepFreeze({
  xmc: { id: 'xmc', label: 'Literacy', labelVi: 'Xóa mù chữ', short: 'XMC', levels: 2, inputKey: 'xmc' },
  'pcgd-mn5': {
    id: 'pcgd-mn5',
    label: 'Universal preschool education for 5-year-olds',
    labelVi: 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi',
    short: 'PCGD MN 5 tuổi',
    levels: 1,
    inputKey: 'preschool5',
  },
  'pcgd-mn3to5': {
    id: 'pcgd-mn3to5',
    label: 'Universal preschool education for children aged 3–5',
    labelVi: 'Phổ cập giáo dục mầm non cho trẻ em mẫu giáo từ 3 đến 5 tuổi',
    short: 'PCGD MN 3–5 tuổi',
    levels: 1,
    inputKey: 'preschool3to5',
  },
  'pcgd-th': {
    id: 'pcgd-th',
    label: 'Universal primary education',
    labelVi: 'Phổ cập giáo dục tiểu học',
    short: 'PCGD TH',
    levels: 3,
    inputKey: 'primary',
  },
  'pcgd-thcs': {
    id: 'pcgd-thcs',
    label: 'Universal lower-secondary education',
    labelVi: 'Phổ cập giáo dục trung học cơ sở',
    short: 'PCGD THCS',
    levels: 3,
    inputKey: 'lowerSecondary',
  },
});

/** The standard of this id (an own key of STANDARDS: never `constructor`), or `unknown-standard`. */
function standardArg(id: unknown): StandardInfo {
  const known = Object.keys(STANDARDS);
  return STANDARDS[oneOfArg(id, known as StandardId[], 'standard', 'unknown-standard')];
}

/** A level the standard has (1 to its number of levels), or `invalid-input`. */
function levelArg(level: unknown, s: StandardInfo): number {
  return positiveArg(level, 'level', 1, s.levels);
}

/**
 * Label of a standard at a level, in English and Vietnamese ("mức độ" only for
 * multi-level standards).
 *
 * @example
 * levelLabel('xmc', 2); // { label: 'Literacy, level 2', labelVi: 'Xóa mù chữ mức độ 2' }
 * levelLabel('pcgd-mn5', 1).labelVi; // 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi'
 */
export function levelLabel(standard: StandardId, level: number): { label: string; labelVi: string } {
  const s = standardArg(standard);
  levelArg(level, s);
  if (s.levels === 1) return { label: s.label, labelVi: s.labelVi };
  return { label: `${s.label}, level ${level}`, labelVi: `${s.labelVi} mức độ ${level}` };
}

/**
 * The id prefix of a standard's level in rule ids: `xmc-2`, `pcgd-th-3`, and the
 * bare id for single-level standards (`pcgd-mn5`).
 *
 * @example
 * levelKey('pcgd-thcs', 1); // 'pcgd-thcs-1'
 * levelKey('pcgd-mn3to5', 1); // 'pcgd-mn3to5'
 */
export function levelKey(standard: StandardId, level: number): string {
  const s = standardArg(standard);
  levelArg(level, s);
  return s.levels === 1 ? standard : `${standard}-${level}`;
}
