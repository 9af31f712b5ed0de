/**
 * The result of a standards roll-up as a listing: one row per commune,
 * district and province with the level met of each standard, and the
 * national shares of provinces. Formatting only: every level comes from rollUp.
 */
import type { Lang } from '../report/labels.js';
import type { StandardId } from '../standards/model.js';
import type { StandardAssessment, StandardResults } from '../standards/result.js';
import type { RollUpResult } from '../standards/rollup.js';
import { REGIMES } from '../standards/regimes.js';
import { STANDARDS } from '../standards/standards.js';
import type { SimpleTable } from './columns.js';

const TIERS = {
  commune: { vi: 'xã', en: 'commune' },
  district: { vi: 'huyện', en: 'district' },
  province: { vi: 'tỉnh', en: 'province' },
} as const;

/**
 * A level as a cell: "2", "0" (no level met), "0–2?" (undetermined: missing
 * counts or unanswered conditions), "*" when an unverified rule could change it.
 *
 * @example
 * levelCell({ level: 'unknown', minLevel: 0, maxLevel: 2, provisional: false }); // '0–2?'
 */
export function levelCell(s: Pick<StandardAssessment, 'level' | 'minLevel' | 'maxLevel' | 'provisional'> | undefined): string {
  if (!s) return '';
  const level = s.level === 'unknown' ? `${s.minLevel}–${s.maxLevel}?` : String(s.level);
  return `${level}${s.provisional ? '*' : ''}`;
}

/**
 * The roll-up as one table (communes, then districts, then provinces).
 *
 * @param result - from rollUp
 * @param lang - language of headings
 * @example
 * standardsTable(rollUp(communes, { regime: 'nd142-2025' }), 'vi').header.slice(0, 4); // ['Cấp', 'Mã', 'Tên', 'ĐBKK']
 */
export function standardsTable(result: RollUpResult, lang: Lang): SimpleTable {
  const vi = lang === 'vi';
  // the standards assessed (a --standards choice plus their dependencies), in the regime's order
  const assessed = new Set(result.communes.flatMap((c) => Object.keys(c.standards)));
  const standards = REGIMES[result.regime].standards.filter((s) => assessed.size === 0 || assessed.has(s));
  const header = [...(vi ? ['Cấp', 'Mã', 'Tên', 'ĐBKK'] : ['Tier', 'Id', 'Name', 'Esp. difficult']), ...standards.map((s) => STANDARDS[s].short), vi ? 'Thiếu số liệu' : 'Missing'];
  const levels = (r: StandardResults, invalid: boolean) => standards.map((s: StandardId) => (invalid ? '—' : levelCell(r[s])));
  const rows: string[][] = [];
  for (const c of result.communes) {
    const invalid = c.invalid !== undefined;
    rows.push([
      TIERS.commune[lang],
      c.id ?? '',
      c.name ?? '',
      c.especiallyDifficult ? (vi ? 'có' : 'yes') : '',
      ...levels(c.standards, invalid),
      invalid ? (vi ? 'dữ liệu lỗi' : 'invalid input') : missingCell(c.missing),
    ]);
  }
  for (const u of [...result.districts, ...result.provinces]) {
    const units = vi ? `${u.units} đơn vị` : `${u.units} units`;
    rows.push([TIERS[u.tier][lang], u.id ?? '', u.province !== undefined ? `${u.province} — ${units}` : units, '', ...levels(u.standards, false), '']);
  }
  return { header, rows };
}

/** The first missing fields, and how many more. */
function missingCell(missing: readonly string[]): string {
  const shown = missing.slice(0, 2).join(', ');
  return missing.length > 2 ? `${shown}, … (+${missing.length - 2})` : shown;
}

/**
 * The national lines: per standard and level, provinces recognised for
 * certain and at most (when some are undetermined), with the legend.
 *
 * @example
 * nationalLines(result, 'en')[0]; // 'Literacy, level 1: 1 of 1 provinces for certain, at most 1'
 */
export function nationalLines(result: RollUpResult, lang: Lang): string[] {
  const vi = lang === 'vi';
  const lines: string[] = [];
  for (const [, levels] of Object.entries(result.national.standards)) {
    for (const l of levels ?? []) {
      const mark = l.provisional ? '*' : '';
      const d = l.certain.denominator;
      lines.push(
        vi
          ? `${l.labelVi}${mark}: ${l.certain.numerator}/${d} tỉnh chắc chắn đạt, tối đa ${l.possible.numerator}/${d}`
          : `${l.label}${mark}: ${l.certain.numerator} of ${d} provinces for certain, at most ${l.possible.numerator}`,
      );
    }
  }
  return lines;
}

/**
 * The legend under the table.
 *
 * @example
 * legend('en'); // 'Levels: 2 = level met, 0 = none, 0–2? = undetermined (missing counts …), * = provisional …'
 */
export function legend(lang: Lang): string {
  return lang === 'vi'
    ? 'Mức độ: 2 = mức đạt, 0 = chưa đạt mức nào, 0–2? = chưa xác định (thiếu số liệu hoặc chưa trả lời điều kiện), * = tạm thời (quy định chưa được xác minh), — = dữ liệu lỗi.'
    : 'Levels: 2 = level met, 0 = none, 0–2? = undetermined (missing counts or unanswered conditions), * = provisional (a rule not verified), — = invalid input.';
}
