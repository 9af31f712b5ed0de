/**
 * The label of a commune input field in the report language, for the
 * "missing figures" column of `xhht assess-communes`: a clerk reads "đạt chuẩn
 * biết chữ mức độ 2 (độ tuổi 15–60)", not `age15to60.literateLevel2`.
 */
import type { Lang } from '../report/labels.js';
import { COUNT_GROUPS } from '../standards/fields.js';
import { REGIMES } from '../standards/regimes.js';
import { STANDARDS } from '../standards/standards.js';

/** Dotted field path → its labels. */
const LABELS: ReadonlyMap<string, { readonly vi: string; readonly en: string }> = (() => {
  const m = new Map<string, { vi: string; en: string }>();
  for (const g of COUNT_GROUPS) {
    // the group in brackets, unless the field's label already says it all
    const label = (field: string, group: string) => (field === group ? field : `${field} (${group})`);
    for (const f of g.fields)
      m.set(`${g.group}.${f.key}`, { vi: label(f.labelVi, g.labelVi), en: label(f.label, g.label) });
  }
  for (const regime of Object.values(REGIMES)) {
    for (const rule of regime.rules) {
      if (rule.kind !== 'condition') continue;
      const s = STANDARDS[rule.standard];
      const path = `conditions.${s.inputKey}.${rule.condition}`;
      if (!m.has(path)) m.set(path, { vi: `${s.short}: ${rule.labelVi}`, en: `${s.short}: ${rule.label}` });
    }
  }
  return m;
})();

/**
 * The label of a count or condition field (`age15to60.total`,
 * `conditions.xmc.enoughTeachers`); the path itself for a field it does not know.
 *
 * @param path - the dotted field path, as in `missing` of a standards result
 * @param lang - the report language
 * @example
 * fieldLabel('age15to60.literateLevel2', 'vi'); // 'đạt chuẩn biết chữ mức độ 2 (độ tuổi 15–60)'
 * fieldLabel('age15to60.literateLevel2', 'en'); // 'recognised literate level 2 (ages 15–60)'
 * fieldLabel('conditions.xmc.enoughTeachers', 'vi'); // 'XMC: đủ người tham gia dạy học xóa mù chữ'
 */
export function fieldLabel(path: string, lang: Lang): string {
  return LABELS.get(path)?.[lang] ?? path;
}
