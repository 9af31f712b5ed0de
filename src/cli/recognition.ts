/**
 * Who recognises a unit's level, as a cell of the `assess-communes` listing:
 * the authority of each level the unit reached (or, when its level is open,
 * of each level it may reach), from `levels[i].recognisedBy`, marked `*` when
 * no legal text read establishes it. Formatting only.
 */
import type { Lang } from '../report/labels.js';
import type { StandardAssessment } from '../standards/result.js';
import type { RecognisingAuthority, StandardRecognition } from '../standards/rule.js';

/** Short names for the compact terminal column. */
const SHORT: Readonly<Record<RecognisingAuthority, { readonly vi: string; readonly en: string }>> = {
  'district-people-committee': { vi: 'UBND cấp huyện', en: 'district PC' },
  'province-people-committee': { vi: 'UBND cấp tỉnh', en: 'provincial PC' },
  ministry: { vi: 'Bộ GDĐT', en: 'Ministry' },
  'provincial-chair': { vi: 'Chủ tịch UBND tỉnh', en: 'provincial chair' },
  minister: { vi: 'Bộ trưởng GDĐT', en: 'Minister' },
  unknown: { vi: 'chưa xác định', en: 'unknown' },
};

/**
 * Who recognises a level when a result has no detail for it (a rejected
 * commune has no `levels`): the regime's data for the standard and tier.
 *
 * @example
 * const lookup: RecognitionLookup = (level) => getRegime('nd20-2014').recognition.find((r) => r.standard === 'xmc' && r.tier === 'commune' && r.level === level);
 */
export type RecognitionLookup = (level: number) => StandardRecognition | undefined;

/**
 * The authorities behind a standard's result: one per level from the first
 * level met (at least 1) to the highest it may reach; none when no level can be
 * reached. Each is the level's `recognisedBy`, or `fallback`'s when the result
 * has no such level (a rejected commune, whose level is open).
 *
 * @example
 * recognitionsOf(provinceResult.standards.xmc).map((r) => r.level); // [2]: XMC level 2 met
 */
export function recognitionsOf(
  s: Pick<StandardAssessment, 'minLevel' | 'maxLevel' | 'levels'> | undefined,
  fallback?: RecognitionLookup,
): StandardRecognition[] {
  if (!s) return [];
  const out: StandardRecognition[] = [];
  for (let level = Math.max(1, s.minLevel); level <= s.maxLevel; level++) {
    const by = s.levels[level - 1]?.recognisedBy ?? fallback?.(level);
    if (by) out.push(by);
  }
  return out;
}

/**
 * The authority as written in a cell: its full name (`full`) or short name,
 * with `*` when it is not verified.
 *
 * @example
 * authorityText({ authority: 'minister', label: 'Minister of Education and Training', labelVi: 'Bộ trưởng Bộ Giáo dục và Đào tạo', verified: false } as StandardRecognition, 'vi', true);
 * // 'Bộ trưởng Bộ Giáo dục và Đào tạo*'
 */
export function authorityText(r: StandardRecognition, lang: Lang, full: boolean): string {
  const name = full ? (lang === 'vi' ? r.labelVi : r.label) : SHORT[r.authority][lang];
  return `${name}${r.verified ? '' : '*'}`;
}

/**
 * Who recognises one standard's result at one unit: one name when every level
 * it reached (or may reach) has the same authority, else one per run of
 * levels ("mức 1–2: …; mức 3: …"); empty when no level is reached.
 *
 * @param s - the standard's result at the unit
 * @param lang - report language
 * @param full - full names (Markdown, CSV) or short ones (terminal)
 * @param fallback - who recognises a level the result has no detail for
 * @example
 * recognitionCell(provinceResult.standards['pcgd-th'], 'en', true);
 * // 'level 1–2: Chair of the provincial People’s Committee*; level 3: Minister of Education and Training*' (level 0–3 open)
 */
export function recognitionCell(
  s: Pick<StandardAssessment, 'minLevel' | 'maxLevel' | 'levels'> | undefined,
  lang: Lang,
  full: boolean,
  fallback?: RecognitionLookup,
): string {
  const runs: { from: number; to: number; text: string }[] = [];
  for (const r of recognitionsOf(s, fallback)) {
    const text = authorityText(r, lang, full);
    const last = runs[runs.length - 1];
    if (last && last.text === text && last.to === r.level - 1) last.to = r.level;
    else runs.push({ from: r.level, to: r.level, text });
  }
  if (runs.length <= 1) return runs[0]?.text ?? '';
  const word = lang === 'vi' ? 'mức' : 'level';
  return runs.map((x) => `${word} ${x.from}${x.to > x.from ? `–${x.to}` : ''}: ${x.text}`).join('; ');
}

/**
 * Who recognises a unit for every standard, in one compact cell: the short
 * name alone when every standard has the same, else grouped by authority
 * ("XMC, PCGD TH: Bộ trưởng GDĐT*; PCGD MN 5 tuổi: chưa xác định*").
 *
 * @param cells - per standard, its short name (`short`) and its compact cell ({@link recognitionCell} with `full` false)
 * @example
 * compactRecognition([{ short: 'XMC', cell: 'Minister*' }, { short: 'PCGD TH', cell: 'Minister*' }]); // 'Minister*'
 */
export function compactRecognition(cells: readonly { readonly short: string; readonly cell: string }[]): string {
  const groups = new Map<string, string[]>();
  for (const { short, cell } of cells) {
    if (cell === '') continue;
    const list = groups.get(cell);
    if (list) list.push(short);
    else groups.set(cell, [short]);
  }
  if (groups.size <= 1) return [...groups.keys()][0] ?? '';
  return [...groups].map(([cell, shorts]) => `${shorts.join(', ')}: ${cell}`).join('; ');
}
