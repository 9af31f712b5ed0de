import type { CountField } from '../fields.js';
import type { StandardRule } from '../rule.js';
import { conditionRule, pair, readingOf, rollupRule } from './build.js';
import { ND277_2025, at } from './sources.js';
import { once } from '../../once.js';

/*
 * Preschool for children aged 3–5 (Resolution 218/2025/QH15, Decree
 * 277/2025/NĐ-CP of 20 October 2025).
 *
 * Every value is unverified: the signed decree was not read. The values are
 * those of the Ministry of Education and Training's published draft, whose
 * completion criterion is ONE rate over the whole 3–5 cohort ("tỷ lệ trẻ em từ
 * 3 đến 5 tuổi hoàn thành Chương trình … theo độ tuổi hằng năm"): each child
 * counts when it completed the programme for its own age. A stricter reading
 * (each of ages 3, 4 and 5 must reach the minimum) is offered as the reading
 * `per-age`. Only communes and provinces: there are no districts after 1 July 2025.
 */

const DRAFT =
  'Thresholds as in the draft decree published by the Ministry of Education and Training; the signed text was not read. ' +
  'Article number (12) not confirmed.';
const nd277Source = /* @__PURE__ */ once(() => at(ND277_2025, 'Điều 12', DRAFT));

const completion = (age: 3 | 4 | 5 | '3to5') => {
  const pooled = age === '3to5';
  const numerator: CountField = pooled ? 'age3to5.completed' : `age3to5.completedAge${age}`;
  const denominator: CountField = pooled ? 'age3to5.total' : `age3to5.totalAge${age}`;
  return pair(
    {
      standard: 'pcgd-mn3to5',
      level: 1,
      criterion: pooled ? 'age3to5-completed' : `age${age}-completed`,
      numerator: [numerator],
      denominator,
      source: pooled
        ? at(
            ND277_2025,
            'Điều 12',
            `${DRAFT} One rate over the whole 3–5 cohort (the draft's wording); the per-age reading checks each age instead.`,
          )
        : at(
            ND277_2025,
            'Điều 12',
            `${DRAFT} Per-age reading, stricter than the draft's wording: chosen by the caller.`,
          ),
      label: pooled
        ? 'children aged 3–5 who completed the preschool programme for their age this school year'
        : `children aged ${age} who completed the preschool programme for their age this school year`,
      labelVi: pooled
        ? 'trẻ em từ 3 đến 5 tuổi hoàn thành chương trình giáo dục mầm non theo độ tuổi'
        : `trẻ em ${age} tuổi hoàn thành chương trình giáo dục mầm non theo độ tuổi`,
      verified: false,
      // Per age, an age without children has nothing left to complete; the
      // pooled rate over a commune without any child aged 3–5 stays unknown.
      ...(pooled ? {} : { whenEmpty: 'pass' as const }),
    },
    '85',
    '80',
  );
};

const pooledCompletion = /* @__PURE__ */ once(() => completion('3to5'));
const perAgeCompletion = /* @__PURE__ */ once(() => ([3, 4, 5] as const).flatMap((age) => completion(age)));

/**
 * Commune rules of Decree 277/2025 (3–5 preschool), completion pooled over ages
 * 3–5 (the default reading). All unverified.
 *
 * @example
 * nd277CommuneRules().map((r) => r.id); // ['pcgd-mn3to5.commune.age3to5-attending', …]
 */
export const nd277CommuneRules = /* @__PURE__ */ once((): readonly StandardRule[] => [
  ...pair(
    {
      standard: 'pcgd-mn3to5',
      level: 1,
      criterion: 'age3to5-attending',
      numerator: ['age3to5.attending'],
      denominator: 'age3to5.total',
      source: nd277Source(),
      label: 'children aged 3–5 attending class',
      labelVi: 'trẻ em từ 3 đến 5 tuổi đến lớp',
      verified: false,
    },
    '90',
    '85',
  ),
  ...pooledCompletion(),
  // The decree sets facilities, equipment and toys requirements (press); their
  // detail was not read, so the commune answers one yes/no for all of them.
  conditionRule(
    'pcgd-mn3to5',
    'facilities',
    'facilities',
    'facilities, equipment and toys required by Decree 277/2025',
    'cơ sở vật chất, thiết bị, đồ chơi theo Nghị định 277/2025/NĐ-CP',
    at(ND277_2025, 'chương về cơ sở vật chất', 'Reported in the press; the requirements themselves were not read.'),
    false,
  ),
]);

/**
 * How the completion criterion of Decree 277/2025 is read: `pooled` (default,
 * one rate over ages 3–5, as the draft words it) or `per-age` (ages 3, 4 and 5
 * each reach 85%, 80% in an especially difficult commune; needs the per-age
 * counts `age3to5.totalAge3` … `age3to5.completedAge5`).
 *
 * @example
 * nd277CompletionReading().default; // 'pooled'
 * nd277CompletionReading().options.map((o) => o.id); // ['pooled', 'per-age']
 */
export const nd277CompletionReading = /* @__PURE__ */ once(() =>
  readingOf({
    id: 'pcgd-mn3to5.completion',
    label: 'Completion of the 3–5 preschool programme: one rate over ages 3–5, or one per age',
    labelVi: 'Tỷ lệ trẻ 3–5 tuổi hoàn thành chương trình: tính chung cả độ tuổi 3–5, hoặc từng độ tuổi',
    default: 'pooled',
    note: 'The draft decree words it as one rate over the whole 3–5 cohort ("… theo độ tuổi hằng năm"): that is the default. Per age is stricter.',
    noteVi:
      'Dự thảo nghị định nêu một tỷ lệ chung cho cả độ tuổi 3–5 ("… theo độ tuổi hằng năm"): đó là mặc định. Tính từng độ tuổi thì chặt hơn.',
    options: [
      {
        id: 'pooled',
        label: 'one rate over ages 3–5 (the draft decree’s wording)',
        labelVi: 'một tỷ lệ chung cho trẻ 3–5 tuổi (theo câu chữ của dự thảo)',
        rules: pooledCompletion(),
      },
      {
        id: 'per-age',
        label: 'each of ages 3, 4 and 5 reaches the minimum (stricter)',
        labelVi: 'từng độ tuổi 3, 4, 5 đều đạt mức tối thiểu (chặt hơn)',
        rules: perAgeCompletion(),
      },
    ],
  }),
);

/**
 * Province rules of Decree 277/2025: two groups counted separately ("ít nhất 90%
 * số xã vùng thuận lợi và 85% số xã ở vùng có điều kiện kinh tế - xã hội đặc biệt
 * khó khăn"), both required. An empty group has nothing to fail.
 *
 * @example
 * nd277ProvinceRules().map((r) => [r.group, r.value]); // [['normal', '90'], ['especially-difficult', '85']]
 */
export const nd277ProvinceRules = /* @__PURE__ */ once((): readonly StandardRule[] => [
  rollupRule('pcgd-mn3to5', 1, 'province', 'commune', '90', nd277Source(), false, 'normal'),
  rollupRule('pcgd-mn3to5', 1, 'province', 'commune', '85', nd277Source(), false, 'especially-difficult'),
]);
