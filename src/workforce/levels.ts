import { oneOfArg } from '../util/guards.js';
import type { Labels } from '../catalog/source.js';

/*
 * Qualification levels ("trình độ chuyên môn kỹ thuật cao nhất đạt được") in the
 * order of the MOLISA labour-supply form "THÔNG TIN VỀ CUNG LAO ĐỘNG", item 10
 * (as a public web app reproduces it). The form does not split
 * "Trên đại học"; `master` and `doctorate` are an optional finer split of it.
 */

/**
 * The eight levels of the MOLISA form, lowest first.
 *
 * @example
 * QUALIFICATION_LEVELS[0]; // 'untrained'
 * QUALIFICATION_LEVELS.at(-1); // 'postgraduate'
 */
export const QUALIFICATION_LEVELS = [
  'untrained',
  'worker-without-certificate',
  'certificate-under-3-months',
  'elementary-vocational',
  'intermediate',
  'college',
  'university',
  'postgraduate',
] as const;

/**
 * The optional split of `postgraduate` (trên đại học): thạc sĩ, tiến sĩ.
 *
 * @example
 * POSTGRADUATE_LEVELS; // ['master', 'doctorate']
 */
export const POSTGRADUATE_LEVELS = ['master', 'doctorate'] as const;

/**
 * A qualification level: one of the eight form levels, or `master` / `doctorate`
 * (parts of `postgraduate`).
 *
 * @example
 * const level: QualificationLevel = 'college'; // cao đẳng
 */
export type QualificationLevel = (typeof QUALIFICATION_LEVELS)[number] | (typeof POSTGRADUATE_LEVELS)[number];

/**
 * What the library knows of a level: labels, its place in the order and the
 * line of the MOLISA form.
 *
 * @example
 * QUALIFICATION_LEVEL_INFO['elementary-vocational'].label.vi; // 'Sơ cấp'
 */
export interface QualificationLevelInfo {
  readonly id: QualificationLevel;
  readonly label: Labels;
  /** 0 (untrained) … 7 (postgraduate); master and doctorate share rank 7. */
  readonly rank: number;
  /** Order inside `postgraduate`: master 0, doctorate 1; `null` elsewhere. */
  readonly subRank: number | null;
  /** The form level it belongs to (`postgraduate` for master and doctorate, itself otherwise). */
  readonly formLevel: (typeof QUALIFICATION_LEVELS)[number];
}

const info = (
  id: QualificationLevel,
  vi: string,
  en: string,
  rank: number,
  subRank: number | null = null,
): QualificationLevelInfo => ({
  id,
  label: { vi, en },
  rank,
  subRank,
  formLevel: subRank === null ? (id as (typeof QUALIFICATION_LEVELS)[number]) : 'postgraduate',
});

/**
 * Labels and order of every level. Vietnamese labels copy the MOLISA form
 * ("CNKT không có bằng" written out).
 *
 * @example
 * QUALIFICATION_LEVEL_INFO.postgraduate.label; // { vi: 'Trên đại học', en: 'Postgraduate' }
 */
export const QUALIFICATION_LEVEL_INFO: Readonly<Record<QualificationLevel, QualificationLevelInfo>> =
  /* @__PURE__ */ (() => ({
    untrained: info('untrained', 'Chưa qua đào tạo', 'Not trained', 0),
    'worker-without-certificate': info(
      'worker-without-certificate',
      'Công nhân kỹ thuật không có bằng',
      'Technical worker without a certificate',
      1,
    ),
    'certificate-under-3-months': info(
      'certificate-under-3-months',
      'Chứng chỉ nghề dưới 3 tháng',
      'Vocational certificate, course under 3 months',
      2,
    ),
    'elementary-vocational': info('elementary-vocational', 'Sơ cấp', 'Elementary vocational (sơ cấp)', 3),
    intermediate: info('intermediate', 'Trung cấp', 'Intermediate (trung cấp)', 4),
    college: info('college', 'Cao đẳng', 'College (cao đẳng)', 5),
    university: info('university', 'Đại học', 'University', 6),
    postgraduate: info('postgraduate', 'Trên đại học', 'Postgraduate', 7),
    master: info('master', 'Thạc sĩ', "Master's degree", 7, 0),
    doctorate: info('doctorate', 'Tiến sĩ', 'Doctorate', 7, 1),
  }))();

/**
 * True when `value` is a level id.
 *
 * @example
 * isQualificationLevel('college'); // true
 * isQualificationLevel('cao-dang'); // false
 */
export function isQualificationLevel(value: unknown): value is QualificationLevel {
  return typeof value === 'string' && Object.hasOwn(QUALIFICATION_LEVEL_INFO, value);
}

/**
 * Orders two levels, lowest first: -1, 0 or 1. `postgraduate` equals both of
 * its parts (it is their group); `master` is below `doctorate`.
 *
 * @example
 * compareQualificationLevels('college', 'university');     // -1
 * compareQualificationLevels('doctorate', 'master');       // 1
 * compareQualificationLevels('postgraduate', 'master');    // 0
 */
export function compareQualificationLevels(a: QualificationLevel, b: QualificationLevel): -1 | 0 | 1 {
  const known = Object.keys(QUALIFICATION_LEVEL_INFO) as QualificationLevel[];
  const x = QUALIFICATION_LEVEL_INFO[oneOfArg(a, known, 'a', 'unknown-qualification-level')];
  const y = QUALIFICATION_LEVEL_INFO[oneOfArg(b, known, 'b', 'unknown-qualification-level')];
  if (x.rank !== y.rank) return x.rank < y.rank ? -1 : 1;
  if (x.subRank === null || y.subRank === null || x.subRank === y.subRank) return 0;
  return x.subRank < y.subRank ? -1 : 1;
}

/**
 * The finest levels: every level except the `postgraduate` group. Set logic on
 * levels (which parts lie inside a total or a rate) works on these.
 *
 * @example
 * ATOMIC_LEVELS.includes('postgraduate'); // false
 */
export const ATOMIC_LEVELS: readonly QualificationLevel[] = [
  'untrained',
  'worker-without-certificate',
  'certificate-under-3-months',
  'elementary-vocational',
  'intermediate',
  'college',
  'university',
  'master',
  'doctorate',
];

/**
 * The atomic levels a list of levels covers (`postgraduate` → master + doctorate), in order.
 *
 * @example
 * atomsOf(['postgraduate', 'university']); // ['university', 'master', 'doctorate']
 */
export function atomsOf(levels: readonly QualificationLevel[]): QualificationLevel[] {
  const set = new Set<QualificationLevel>();
  for (const l of levels) {
    if (l === 'postgraduate') {
      set.add('master');
      set.add('doctorate');
    } else set.add(l);
  }
  return ATOMIC_LEVELS.filter((l) => set.has(l));
}

/**
 * The shortest list of levels naming these atoms (master + doctorate → postgraduate).
 *
 * @example
 * levelsFromAtoms(['master', 'university', 'doctorate']); // ['university', 'postgraduate']
 */
export function levelsFromAtoms(atoms: Iterable<QualificationLevel>): QualificationLevel[] {
  const set = new Set(atoms);
  const out: QualificationLevel[] = [];
  for (const l of ATOMIC_LEVELS) {
    if (!set.has(l)) continue;
    if (l === 'master' && set.has('doctorate')) {
      out.push('postgraduate');
      continue;
    }
    if (l === 'doctorate' && set.has('master')) continue;
    out.push(l);
  }
  return out;
}
