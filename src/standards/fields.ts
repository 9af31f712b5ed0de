import { messageFields, say } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';
import type { CommuneCounts } from './model.js';
import { deepFreeze } from '../util/freeze.js';

/**
 * The count fields of {@link CommuneCounts} as data: their labels, which field is
 * the whole of each group, and the cross-group constraints a consistent dossier
 * satisfies. Validation, merging and the docs page all read this one table.
 */

/**
 * Keys of the count groups.
 *
 * @example
 * const g: CountGroup = 'age15to60';
 */
export type CountGroup = keyof CommuneCounts;

type FieldsOf<G extends CountGroup> = keyof NonNullable<CommuneCounts[G]> & string;

/**
 * A count field as a dotted path, e.g. `'age15to60.literateLevel2'`.
 *
 * @example
 * const f: CountField = 'age15to60.literateLevel2';
 */
export type CountField = { [G in CountGroup]: `${G}.${FieldsOf<G>}` }[CountGroup];

/**
 * One count group: its fields (the first is the whole, the rest are parts of it)
 * and labels.
 *
 * @example
 * COUNT_GROUPS.find((g) => g.group === 'age11')?.fields[0]?.key; // 'total'
 */
export interface CountGroupInfo {
  readonly group: CountGroup;
  readonly label: string;
  readonly labelVi: string;
  readonly fields: readonly { readonly key: string; readonly label: string; readonly labelVi: string }[];
}

const literacy = (label: string, labelVi: string, group: CountGroup): CountGroupInfo => ({
  group,
  label,
  labelVi,
  fields: [
    { key: 'total', label: 'people in the age group', labelVi: 'số người trong độ tuổi' },
    {
      key: 'literateLevel1',
      label: 'recognised literate level 1 (includes level 2)',
      labelVi: 'đạt chuẩn biết chữ mức độ 1',
    },
    { key: 'literateLevel2', label: 'recognised literate level 2', labelVi: 'đạt chuẩn biết chữ mức độ 2' },
  ],
});

/**
 * Every count group and field, in display order.
 *
 * @example
 * COUNT_GROUPS.map((g) => g.group); // ['age15to25', 'age15to35', 'age15to60', 'age3to5', …]
 */
export const COUNT_GROUPS: readonly CountGroupInfo[] = /*#__PURE__*/ /* @__PURE__ */ (() =>
  deepFreeze([
    literacy('ages 15–25', 'độ tuổi 15–25', 'age15to25'),
    literacy('ages 15–35', 'độ tuổi 15–35', 'age15to35'),
    literacy('ages 15–60', 'độ tuổi 15–60', 'age15to60'),
    {
      group: 'age3to5',
      label: 'children aged 3–5',
      labelVi: 'trẻ em 3–5 tuổi',
      fields: [
        { key: 'total', label: 'children to be mobilised', labelVi: 'số trẻ phải huy động' },
        { key: 'attending', label: 'attending a preschool class', labelVi: 'trẻ đến lớp' },
        {
          key: 'completed',
          label: 'completed the programme for their age this school year',
          labelVi: 'hoàn thành chương trình GDMN theo độ tuổi',
        },
        // Per age, for the per-age reading of the completion criterion (Decree 277/2025).
        ...([3, 4, 5] as const).flatMap((age) => [
          {
            key: `totalAge${age}`,
            label: `children aged ${age} to be mobilised`,
            labelVi: `số trẻ ${age} tuổi phải huy động`,
          },
          {
            key: `completedAge${age}`,
            label: `children aged ${age} who completed the programme for their age this school year`,
            labelVi: `trẻ ${age} tuổi hoàn thành chương trình GDMN theo độ tuổi`,
          },
        ]),
      ],
    },
    {
      group: 'age5',
      label: 'children aged 5',
      labelVi: 'trẻ em 5 tuổi',
      fields: [
        { key: 'total', label: 'children aged 5', labelVi: 'số trẻ 5 tuổi' },
        { key: 'attending', label: 'attending a preschool class', labelVi: 'trẻ 5 tuổi đến lớp' },
        {
          key: 'completed',
          label: 'completed the preschool programme',
          labelVi: 'hoàn thành chương trình giáo dục mầm non',
        },
      ],
    },
    {
      group: 'age6',
      label: 'children aged 6',
      labelVi: 'trẻ em 6 tuổi',
      fields: [
        { key: 'total', label: 'children aged 6', labelVi: 'số trẻ 6 tuổi' },
        { key: 'enteringGrade1', label: 'entering grade 1', labelVi: 'vào lớp 1' },
      ],
    },
    {
      group: 'age11',
      label: 'children aged 11',
      labelVi: 'trẻ em 11 tuổi',
      fields: [
        { key: 'total', label: 'children aged 11', labelVi: 'số trẻ 11 tuổi' },
        { key: 'completedPrimary', label: 'completed primary', labelVi: 'hoàn thành chương trình giáo dục tiểu học' },
        {
          key: 'inPrimary',
          label: 'the others, still in primary classes',
          labelVi: 'số còn lại đang học các lớp tiểu học',
        },
      ],
    },
    {
      group: 'age11to14',
      label: 'children aged 11–14',
      labelVi: 'trẻ em 11–14 tuổi',
      fields: [
        {
          key: 'total',
          label: 'children aged 11–14 who must be universalised',
          labelVi: 'số trẻ 11–14 tuổi phải phổ cập',
        },
        { key: 'completedPrimary', label: 'completed primary', labelVi: 'hoàn thành chương trình giáo dục tiểu học' },
      ],
    },
    {
      group: 'age14',
      label: 'children aged 14',
      labelVi: 'trẻ em 14 tuổi',
      fields: [
        { key: 'total', label: 'children aged 14', labelVi: 'số trẻ 14 tuổi' },
        { key: 'completedPrimary', label: 'completed primary', labelVi: 'hoàn thành chương trình giáo dục tiểu học' },
      ],
    },
    {
      group: 'age15to18',
      label: 'young people aged 15–18',
      labelVi: 'thanh, thiếu niên 15–18 tuổi',
      fields: [
        { key: 'total', label: 'young people aged 15–18', labelVi: 'số người 15–18 tuổi' },
        {
          key: 'lowerSecondaryDiploma',
          label: 'holding a lower-secondary diploma',
          labelVi: 'có bằng tốt nghiệp THCS',
        },
        {
          key: 'inUpperSecondaryOrVocational',
          label: 'studying upper secondary, continuing education (upper-secondary level) or vocational education',
          labelVi: 'đang học THPT, GDTX cấp THPT hoặc giáo dục nghề nghiệp',
        },
      ],
    },
    {
      group: 'disabled',
      label: 'people with disabilities able to learn',
      labelVi: 'người khuyết tật có khả năng học tập',
      fields: [
        {
          key: 'ableToLearn',
          label: 'people with disabilities able to learn',
          labelVi: 'người khuyết tật có khả năng học tập',
        },
        { key: 'inEducation', label: 'brought into education', labelVi: 'được tiếp cận giáo dục' },
      ],
    },
  ]))();

/**
 * A constraint every consistent dossier satisfies: the sum of `left` is at most
 * the sum of `right`. Checked only when all its fields are present.
 *
 * @example
 * const c: CountConstraint = {
 *   id: 'age15to35-within-age15to60', left: ['age15to35.total'], right: ['age15to60.total'],
 *   message: 'more people aged 15–35 than aged 15–60', messageVi: 'số người 15–35 tuổi nhiều hơn số người 15–60 tuổi',
 * };
 */
export interface CountConstraint {
  readonly id: string;
  readonly left: readonly CountField[];
  readonly right: readonly CountField[];
  readonly message: string;
  readonly messageVi: string;
}

const NESTED: readonly (readonly [CountGroup, CountGroup, string, string])[] = [
  ['age15to25', 'age15to35', '15–25', '15–35'],
  ['age15to35', 'age15to60', '15–35', '15–60'],
  ['age15to25', 'age15to60', '15–25', '15–60'],
];

function nestedConstraints(): CountConstraint[] {
  const out: CountConstraint[] = [];
  for (const [a, b, narrow, wide] of NESTED) {
    const f = (g: CountGroup, k: string) => `${g}.${k}` as CountField;
    out.push({
      id: `${a}-within-${b}.total`,
      left: [f(a, 'total')],
      right: [f(b, 'total')],
      ...messageFields(say(STANDARDS_MSG, 'constraint.nested-total', { narrow, wide })),
    });
    for (const level of [1, 2] as const) {
      const k = `literateLevel${level}`;
      out.push({
        id: `${a}-within-${b}.${k}`,
        left: [f(a, k)],
        right: [f(b, k)],
        ...messageFields(say(STANDARDS_MSG, 'constraint.nested-literate', { narrow, level, wide })),
      });
      // People of the narrow group who are NOT literate are also in the wide group
      // and not literate there: total_a − lit_a ≤ total_b − lit_b, kept in sums.
      out.push({
        id: `${a}-within-${b}.not-${k}`,
        left: [f(a, 'total'), f(b, k)],
        right: [f(b, 'total'), f(a, k)],
        ...messageFields(say(STANDARDS_MSG, 'constraint.nested-not-literate', { narrow, level, wide })),
      });
      // Implied by "literate ≤ total ≤ wide total", but stated on its own: a
      // constraint is checked only when all its fields are present, so with the
      // narrow group's total missing the chain could not be followed.
      out.push({
        id: `${a}-within-${b}.${k}-within-total`,
        left: [f(a, k)],
        right: [f(b, 'total')],
        ...messageFields(say(STANDARDS_MSG, 'constraint.nested-literate-within-total', { narrow, level, wide })),
      });
    }
  }
  return out;
}

/*
 * No bound ties the 11–14 cohort to the 11- or the 14-year-olds: its count is
 * "phải phổ cập" (those who must be universalised), theirs may be every child of
 * that age; with exclusions no legal text states, neither is certainly inside
 * the other (as for the 3–5 and 5-year-old groups below).
 *
 * The lower-secondary group 15–18 (Art. 14–16) lies inside every literacy group
 * (15–25, 15–35, 15–60: Art. 17, 20, 21): each of its counts is at most each of
 * their totals. Each bound is stated on its own, as above.
 *
 * No such bound ties the 5-year-olds to the 3–5 group: the 3–5 count is "trẻ
 * phải huy động" (those who must be mobilised) and the 5-year-old count all
 * 5-year-olds; with exclusions that no legal text states, one is not certainly
 * inside the other.
 */
// each count of the 15–18 group, and the message of its bound
const YOUTH = [
  ['total', 'constraint.youth-total'],
  ['lowerSecondaryDiploma', 'constraint.youth-lower-secondary-diploma'],
  ['inUpperSecondaryOrVocational', 'constraint.youth-upper-secondary-or-vocational'],
] as const;

function youthConstraints(): CountConstraint[] {
  const out: CountConstraint[] = [];
  for (const [b, wide] of [
    ['age15to25', '15–25'],
    ['age15to35', '15–35'],
    ['age15to60', '15–60'],
  ] as const) {
    for (const [k, key] of YOUTH) {
      out.push({
        id: `age15to18-within-${b}.${k}`,
        left: [`age15to18.${k}` as CountField],
        right: [`${b}.total` as CountField],
        ...messageFields(say(STANDARDS_MSG, key, { wide })),
      });
    }
  }
  return out;
}

/*
 * The per-age 3–5 counts split the pooled ones: each age's completed children
 * are among that age's children, and the three ages add up to the pooled
 * counts exactly (each direction stated as its own "at most").
 */
function perAgeConstraints(): CountConstraint[] {
  const ages = [3, 4, 5] as const;
  const f = (k: string) => `age3to5.${k}` as CountField;
  const out: CountConstraint[] = ages.map((age) => ({
    id: `age3to5.completedAge${age}-within-totalAge${age}`,
    left: [f(`completedAge${age}`)],
    right: [f(`totalAge${age}`)],
    ...messageFields(say(STANDARDS_MSG, 'constraint.completed-within-mobilised', { age })),
  }));
  for (const [part, whole, more, less] of [
    ['totalAge', 'total', 'constraint.mobilised-ages-above-total', 'constraint.mobilised-ages-below-total'],
    ['completedAge', 'completed', 'constraint.completed-ages-above-total', 'constraint.completed-ages-below-total'],
  ] as const) {
    const parts = ages.map((a) => f(`${part}${a}`));
    out.push(
      {
        id: `age3to5.${part}3-5-within-${whole}`,
        left: parts,
        right: [f(whole)],
        ...messageFields(say(STANDARDS_MSG, more)),
      },
      {
        id: `age3to5.${whole}-within-${part}3-5`,
        left: [f(whole)],
        right: parts,
        ...messageFields(say(STANDARDS_MSG, less)),
      },
    );
  }
  return out;
}

/**
 * Constraints across fields beyond "a part is at most its whole" (which every
 * group gets from {@link COUNT_GROUPS}): level 2 people are level 1 people
 * (Art. 19), a narrow age group is inside a wide one (15–25 ⊂ 15–35 ⊂ 15–60,
 * and 15–18 inside each of them; every count of the narrow group is at most
 * the wide group's total), and the 11-year-olds who completed primary and
 * those still in primary are different children, and the per-age 3–5 counts
 * add up to the pooled ones.
 *
 * @example
 * COUNT_CONSTRAINTS.some((c) => c.id === 'age15to35-within-age15to60.total'); // true
 */
export const COUNT_CONSTRAINTS: readonly CountConstraint[] = /*#__PURE__*/ /* @__PURE__ */ (() =>
  deepFreeze([
    ...(['age15to25', 'age15to35', 'age15to60'] as const).map(
      (g): CountConstraint => ({
        id: `${g}.level2-within-level1`,
        left: [`${g}.literateLevel2`],
        right: [`${g}.literateLevel1`],
        ...messageFields(say(STANDARDS_MSG, 'constraint.level2-within-level1')),
      }),
    ),
    ...nestedConstraints(),
    ...youthConstraints(),
    ...perAgeConstraints(),
    {
      id: 'age11.completed-plus-in-primary',
      left: ['age11.completedPrimary', 'age11.inPrimary'],
      right: ['age11.total'],
      ...messageFields(say(STANDARDS_MSG, 'constraint.age11-completed-plus-in-primary')),
    },
  ]))();

/**
 * Every count field in one flat list, in {@link COUNT_GROUPS} order. A commune
 * is read once into an array indexed like this list (see validate.ts), so rules
 * compiled to indexes never look a field up by name again. Internal.
 *
 * @example
 * FIELD_LIST[0]; // { group: 'age15to25', key: 'total', path: 'age15to25.total' }
 */
export const FIELD_LIST: readonly { readonly group: CountGroup; readonly key: string; readonly path: CountField }[] =
  /* @__PURE__ */ (() =>
    COUNT_GROUPS.flatMap((g) =>
      g.fields.map((f) => ({ group: g.group, key: f.key, path: `${g.group}.${f.key}` as CountField })),
    ))();

/**
 * Index of each field in {@link FIELD_LIST}, by dotted path. Internal.
 *
 * @example
 * FIELD_INDEX.get('age15to25.total'); // 0
 */
export const FIELD_INDEX: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map(FIELD_LIST.map((f, i) => [f.path, i])))();

/**
 * Reads a count of a dossier; `undefined` when the group or field is absent
 * (or null in JSON). Internal (merging reads counts by name).
 *
 * @example
 * readCount({ age6: { total: 120 } }, 'age6', 'total'); // 120
 * readCount({ age6: { total: 120 } }, 'age6', 'enteringGrade1'); // undefined
 */
export function readCount(counts: CommuneCounts, group: CountGroup, key: string): number | undefined {
  const g = counts[group] as Readonly<Record<string, number | null | undefined>> | undefined | null;
  if (g === undefined || g === null) return undefined;
  const v = g[key];
  return v === null ? undefined : v;
}
