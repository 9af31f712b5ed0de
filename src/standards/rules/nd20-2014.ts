import type { StandardId } from '../model.js';
import type { ConditionRule, StandardRule, ShareRule } from '../rule.js';
import { conditionRule, pair, readingOf, requiresRule, rollupRule, shareRule } from './build.js';
import { ND20_2014, TT07_2016, at } from './sources.js';
import { once } from '../../once.js';

/*
 * Decree 20/2014/NĐ-CP with Circular 07/2016/TT-BGDĐT.
 *
 * Commune rules (Art. 6, 9–11, 14–16, 20–21; TT 07/2016 Art. 2–6) stay in force
 * after the 2025 reform, which changed only who recognises what and how a
 * province is counted; they are shared by both regimes. District and province
 * rules here are the pre-reform tiers.
 *
 * Every value below was read in the article text (Art. 11 and Art. 15
 * included), unless a rule says `verified: false` with a note (the 5-year-old
 * completion rule: the article does not state its denominator; primary level 1
 * over ages 11–14: the article does not name the cohort).
 */

const art = (n: number | string) => at(ND20_2014, `Điều ${n}`);

const disabledRule = (standard: StandardId): ShareRule =>
  shareRule({
    standard,
    level: 1,
    applies: 'all',
    criterion: 'disabled-in-education',
    numerator: ['disabled.inEducation'],
    denominator: 'disabled.ableToLearn',
    value: '60',
    // No disabled person able to learn: nothing left to mobilise.
    whenEmpty: 'pass',
    label: 'people with disabilities able to learn who are brought into education',
    labelVi: 'người khuyết tật có khả năng học tập được tiếp cận giáo dục',
    source: at(
      TT07_2016,
      'Điều 2',
      'Added to every standard of Decree 20/2014; the text names no age band, so one commune-wide count pair is used.',
    ),
  });

/*
 * Primary level 1, criterion b (Art. 9): "tỷ lệ trẻ em đến 14 tuổi hoàn thành
 * chương trình giáo dục tiểu học" ≥ 80% (70% in an especially difficult
 * commune). The article does not say over which children. The statistical
 * tables of the universal-education information system compute it over the
 * children aged 11–14 who must be universalised, and that is what commune
 * dossiers report: the default reading, unverified (the tables are not law).
 * The reading '14' counts the 14-year-olds only, as this library did before;
 * its rule ids are unchanged.
 */
const COHORT_11_14 =
  'The article says "tỷ lệ trẻ em đến 14 tuổi hoàn thành chương trình giáo dục tiểu học" and does not name the cohort. ' +
  'Read here as the statistical tables of the universal-education information system compute it and commune dossiers report it: ' +
  'children aged 11–14 who completed primary, of the children aged 11–14 who must be universalised ("phải phổ cập"). ' +
  'The tables are not law, so the rule is unverified; the reading "14" counts the 14-year-olds only.';

const primaryCompletion = (cohort: '11-14' | '14'): ShareRule[] =>
  cohort === '11-14'
    ? pair(
        {
          standard: 'pcgd-th',
          level: 1,
          criterion: 'age11to14-completed',
          numerator: ['age11to14.completedPrimary'],
          denominator: 'age11to14.total',
          source: at(ND20_2014, 'Điều 9', COHORT_11_14),
          label: 'children aged 11–14 who completed primary',
          labelVi: 'trẻ em 11–14 tuổi hoàn thành chương trình giáo dục tiểu học',
          verified: false,
        },
        '80',
        '70',
      )
    : pair(
        {
          standard: 'pcgd-th',
          level: 1,
          criterion: 'age14-completed',
          numerator: ['age14.completedPrimary'],
          denominator: 'age14.total',
          source: art(9),
          label: '14-year-olds who completed primary',
          labelVi: 'trẻ em 14 tuổi hoàn thành chương trình giáo dục tiểu học',
        },
        '80',
        '70',
      );

const completion1114 = /* @__PURE__ */ once(() => primaryCompletion('11-14'));
const completion14 = /* @__PURE__ */ once(() => primaryCompletion('14'));

/**
 * How "trẻ em đến 14 tuổi hoàn thành chương trình giáo dục tiểu học" of Decree
 * 20/2014 Art. 9 (primary level 1) is read: `11-14` (default: completed primary
 * among the children aged 11–14 who must be universalised, counts
 * `age11to14.total` / `age11to14.completedPrimary`; what the statistical tables
 * compute and dossiers report; unverified) or `14` (the 14-year-olds, counts
 * `age14.*`; the rules `pcgd-th-1.commune.age14-completed` and
 * `pcgd-th-1.commune-ed.age14-completed`). Both regimes have it.
 *
 * @example
 * th1CompletionReading().default; // '11-14'
 * th1CompletionReading().options.map((o) => o.id); // ['11-14', '14']
 */
export const th1CompletionReading = /* @__PURE__ */ once(() =>
  readingOf({
    id: 'pcgd-th-1.completion',
    label: 'Primary level 1, "children up to 14 who completed primary": over ages 11–14, or the 14-year-olds',
    labelVi:
      'PCGD tiểu học mức độ 1, "trẻ em đến 14 tuổi hoàn thành chương trình giáo dục tiểu học": tính trên trẻ 11–14 tuổi, hoặc trẻ 14 tuổi',
    default: '11-14',
    note:
      'The article does not name the cohort. The default is what commune dossiers report: the statistical tables of the ' +
      'universal-education information system compute the rate over the children aged 11–14 who must be universalised. ' +
      'The tables are not law, so the default rules are unverified and the results that use them provisional; the reading ' +
      '"14" keeps the earlier rule (14-year-olds only).',
    noteVi:
      'Điều 9 không nói rõ nhóm trẻ. Mặc định theo cách hồ sơ của xã báo cáo: biểu thống kê của hệ thống thông tin phổ cập ' +
      'giáo dục tính tỷ lệ trên số trẻ 11–14 tuổi phải phổ cập. Biểu thống kê không phải văn bản quy phạm pháp luật nên quy tắc ' +
      'mặc định chưa được xác minh và kết quả dùng nó là tạm thời; cách hiểu "14" giữ quy tắc cũ (chỉ trẻ 14 tuổi).',
    options: [
      {
        id: '11-14',
        label:
          'completed primary among children aged 11–14 who must be universalised (as the statistical tables compute it; unverified)',
        labelVi:
          'trẻ 11–14 tuổi phải phổ cập đã hoàn thành chương trình tiểu học (như biểu thống kê phổ cập; chưa xác minh)',
        rules: completion1114(),
      },
      {
        id: '14',
        label: 'completed primary among 14-year-olds',
        labelVi: 'trẻ 14 tuổi đã hoàn thành chương trình tiểu học',
        rules: completion14(),
      },
    ],
  }),
);

const teacherConditions = (
  standard: StandardId,
  article: string,
  classrooms: string,
  classroomsVi: string,
): ConditionRule[] => {
  const src = at(TT07_2016, article);
  return [
    conditionRule(standard, 'enoughTeachers', 'enough-teachers', 'enough teachers', 'đủ giáo viên', src),
    conditionRule(
      standard,
      'teachersMeetStandard',
      'teachers-meet-standard',
      '100% of teachers meet the professional standard',
      '100% giáo viên đạt chuẩn nghề nghiệp',
      src,
    ),
    conditionRule(
      standard,
      'monitorAssigned',
      'monitor-assigned',
      'someone is assigned to follow universal education and literacy work',
      'có người được phân công theo dõi công tác phổ cập giáo dục, xóa mù chữ',
      src,
    ),
    conditionRule(standard, 'facilities', 'facilities', classrooms, classroomsVi, src),
  ];
};

/**
 * Commune rules of Decree 20/2014 and Circular 07/2016, used by both regimes.
 *
 * @example
 * nd20CommuneRules().filter((r) => r.standard === 'xmc' && r.kind === 'share').length; // 5
 */
export const nd20CommuneRules = /* @__PURE__ */ once((): readonly StandardRule[] => [
  // --- XMC (Art. 20–21; literate levels Art. 19) ---
  shareRule({
    standard: 'xmc',
    level: 1,
    applies: 'normal',
    criterion: 'age15to35-literate1',
    numerator: ['age15to35.literateLevel1'],
    denominator: 'age15to35.total',
    value: '90',
    source: art(20),
    label: 'people aged 15–35 recognised literate level 1',
    labelVi: 'người 15–35 tuổi đạt chuẩn biết chữ mức độ 1',
  }),
  shareRule({
    standard: 'xmc',
    level: 1,
    applies: 'especially-difficult',
    criterion: 'age15to25-literate1',
    numerator: ['age15to25.literateLevel1'],
    denominator: 'age15to25.total',
    value: '90',
    source: art(20),
    label: 'people aged 15–25 recognised literate level 1 (especially difficult commune)',
    labelVi: 'người 15–25 tuổi đạt chuẩn biết chữ mức độ 1 (xã đặc biệt khó khăn)',
  }),
  disabledRule('xmc'),
  ...(() => {
    const src = at(TT07_2016, 'Điều 6', 'Also Decree 20/2014 Art. 23. Conditions are checked with level 1.');
    return [
      conditionRule(
        'xmc',
        'enoughTeachers',
        'enough-teachers',
        'enough people to teach literacy classes',
        'đủ người tham gia dạy học xóa mù chữ',
        src,
      ),
      conditionRule(
        'xmc',
        'monitorAssigned',
        'monitor-assigned',
        'someone is assigned to follow universal education and literacy work',
        'có người được phân công theo dõi công tác phổ cập giáo dục, xóa mù chữ',
        src,
      ),
      conditionRule(
        'xmc',
        'facilities',
        'facilities',
        'literacy classes can use local schools, learning centres and other facilities',
        'lớp xóa mù chữ được sử dụng cơ sở vật chất, thiết bị của các cơ sở giáo dục, trung tâm học tập cộng đồng…',
        src,
      ),
    ];
  })(),
  // Art. 21 does not restate "meets level 1" as Art. 10, 11, 15 and 16 do, so
  // there is no `requires` rule here: level 2 still needs level 1 because the
  // evaluator treats levels as cumulative. `requires` rules exist only where the
  // decree says so.
  shareRule({
    standard: 'xmc',
    level: 2,
    applies: 'normal',
    criterion: 'age15to60-literate2',
    numerator: ['age15to60.literateLevel2'],
    denominator: 'age15to60.total',
    value: '90',
    source: art(21),
    label: 'people aged 15–60 recognised literate level 2',
    labelVi: 'người 15–60 tuổi đạt chuẩn biết chữ mức độ 2',
  }),
  shareRule({
    standard: 'xmc',
    level: 2,
    applies: 'especially-difficult',
    criterion: 'age15to35-literate2',
    numerator: ['age15to35.literateLevel2'],
    denominator: 'age15to35.total',
    value: '90',
    source: art(21),
    label: 'people aged 15–35 recognised literate level 2 (especially difficult commune)',
    labelVi: 'người 15–35 tuổi đạt chuẩn biết chữ mức độ 2 (xã đặc biệt khó khăn)',
  }),

  // --- PCGD mầm non 5 tuổi (Art. 6) ---
  ...pair(
    {
      standard: 'pcgd-mn5',
      level: 1,
      criterion: 'age5-attending',
      numerator: ['age5.attending'],
      denominator: 'age5.total',
      source: art(6),
      label: '5-year-olds attending class',
      labelVi: 'trẻ em 5 tuổi đến lớp',
    },
    '95',
    '90',
  ),
  ...pair(
    {
      standard: 'pcgd-mn5',
      level: 1,
      criterion: 'age5-completed',
      numerator: ['age5.completed'],
      denominator: 'age5.total',
      source: at(
        ND20_2014,
        'Điều 6',
        'The text says "tỷ lệ trẻ em 5 tuổi hoàn thành" and does not state the denominator: ' +
          'read here as all 5-year-olds; it may be those attending class. Unverified, so results using it are provisional.',
      ),
      label: '5-year-olds who completed the preschool programme',
      labelVi: 'trẻ em 5 tuổi hoàn thành chương trình giáo dục mầm non',
      // Values 85% / 80% were read in the article; the denominator was not, so the rule as a whole is not verified.
      verified: false,
    },
    '85',
    '80',
  ),
  disabledRule('pcgd-mn5'),
  conditionRule(
    'pcgd-mn5',
    'teachersEntitledPolicies',
    'teachers-entitled-policies',
    '100% of teachers receive the policies they are entitled to',
    '100% giáo viên được hưởng chế độ chính sách',
    at(TT07_2016, 'Điều 3'),
  ),
  ...teacherConditions(
    'pcgd-mn5',
    'Điều 3',
    'at least 1 classroom per class and play room of at least 1.5 m² per child',
    'đủ phòng học (tỷ lệ 1 phòng/lớp), phòng chơi ít nhất 1,5 m²/trẻ',
  ),

  // --- PCGD tiểu học (Art. 9–11) ---
  shareRule({
    standard: 'pcgd-th',
    level: 1,
    applies: 'all',
    criterion: 'age6-grade1',
    numerator: ['age6.enteringGrade1'],
    denominator: 'age6.total',
    value: '90',
    source: art(9),
    label: '6-year-olds entering grade 1',
    labelVi: 'trẻ em 6 tuổi vào lớp 1',
  }),
  // Criterion b under the default reading of th1CompletionReading() (11–14).
  ...completion1114(),
  disabledRule('pcgd-th'),
  ...teacherConditions('pcgd-th', 'Điều 4', 'at least 0.7 classroom per class', 'tỷ lệ ít nhất 0,7 phòng học/lớp'),
  ...([2, 3] as const).flatMap((level) => {
    const a = level === 2 ? 10 : 11;
    return [
      requiresRule('pcgd-th', level, { standard: 'pcgd-th', level: level - 1 }, art(a)),
      shareRule({
        standard: 'pcgd-th',
        level,
        applies: 'all',
        criterion: 'age6-grade1',
        numerator: ['age6.enteringGrade1'],
        denominator: 'age6.total',
        value: level === 2 ? '95' : '98',
        source: art(a),
        label: '6-year-olds entering grade 1',
        labelVi: 'trẻ em 6 tuổi vào lớp 1',
      }),
      ...pair(
        {
          standard: 'pcgd-th',
          level,
          criterion: 'age11-completed',
          numerator: ['age11.completedPrimary'],
          denominator: 'age11.total',
          source: art(a),
          label: '11-year-olds who completed primary',
          labelVi: 'trẻ em 11 tuổi hoàn thành chương trình giáo dục tiểu học',
        },
        level === 2 ? '80' : '90',
        level === 2 ? '70' : '80',
      ),
      // "các trẻ em 11 tuổi còn lại đều đang học các lớp tiểu học": completed + in primary = all.
      shareRule({
        standard: 'pcgd-th',
        level,
        applies: 'all',
        criterion: 'age11-in-school',
        numerator: ['age11.completedPrimary', 'age11.inPrimary'],
        denominator: 'age11.total',
        value: '100',
        source: art(a),
        label: '11-year-olds who completed primary or are still in primary classes',
        labelVi: 'trẻ em 11 tuổi đã hoàn thành hoặc còn lại đang học các lớp tiểu học',
      }),
    ];
  }),

  // --- PCGD trung học cơ sở (Art. 14–16) ---
  requiresRule('pcgd-thcs', 1, { standard: 'pcgd-th', level: 1 }, art(14)),
  requiresRule('pcgd-thcs', 1, { standard: 'xmc', level: 1 }, art(14)),
  ...pair(
    {
      standard: 'pcgd-thcs',
      level: 1,
      criterion: 'age15to18-diploma',
      numerator: ['age15to18.lowerSecondaryDiploma'],
      denominator: 'age15to18.total',
      source: art(14),
      label: 'young people aged 15–18 holding a lower-secondary diploma',
      labelVi: 'thanh, thiếu niên 15–18 tuổi có bằng tốt nghiệp THCS',
    },
    '80',
    '70',
  ),
  disabledRule('pcgd-thcs'),
  ...teacherConditions('pcgd-thcs', 'Điều 5', 'at least 0.5 classroom per class', 'tỷ lệ ít nhất 0,5 phòng học/lớp'),
  requiresRule('pcgd-thcs', 2, { standard: 'pcgd-thcs', level: 1 }, art(15)),
  ...pair(
    {
      standard: 'pcgd-thcs',
      level: 2,
      criterion: 'age15to18-diploma',
      numerator: ['age15to18.lowerSecondaryDiploma'],
      denominator: 'age15to18.total',
      source: art(15),
      label: 'young people aged 15–18 holding a lower-secondary diploma',
      labelVi: 'thanh, thiếu niên 15–18 tuổi có bằng tốt nghiệp THCS',
    },
    '90',
    '80',
  ),
  requiresRule('pcgd-thcs', 3, { standard: 'pcgd-thcs', level: 2 }, art(16)),
  ...pair(
    {
      standard: 'pcgd-thcs',
      level: 3,
      criterion: 'age15to18-diploma',
      numerator: ['age15to18.lowerSecondaryDiploma'],
      denominator: 'age15to18.total',
      source: art(16),
      label: 'young people aged 15–18 holding a lower-secondary diploma',
      labelVi: 'thanh, thiếu niên 15–18 tuổi có bằng tốt nghiệp THCS',
    },
    '95',
    '90',
  ),
  ...pair(
    {
      standard: 'pcgd-thcs',
      level: 3,
      criterion: 'age15to18-studying',
      numerator: ['age15to18.inUpperSecondaryOrVocational'],
      denominator: 'age15to18.total',
      source: art(16),
      label: 'young people aged 15–18 studying upper secondary, continuing education or vocational education',
      labelVi: 'thanh, thiếu niên 15–18 tuổi đang học THPT, GDTX cấp THPT hoặc giáo dục nghề nghiệp',
    },
    '80',
    '70',
  ),
]);

/** [standard, level, article, district %, province %] of Decree 20/2014 (pre-reform tiers). */
const TIERS: readonly (readonly [StandardId, number, number, string, string])[] = [
  ['xmc', 1, 20, '90', '90'], // province: "ít nhất 90% số huyện", not 100%
  ['xmc', 2, 21, '90', '100'],
  ['pcgd-mn5', 1, 6, '90', '100'],
  ['pcgd-th', 1, 9, '90', '100'],
  ['pcgd-th', 2, 10, '90', '100'],
  ['pcgd-th', 3, 11, '90', '100'],
  ['pcgd-thcs', 1, 14, '90', '100'],
  ['pcgd-thcs', 2, 15, '95', '100'],
  ['pcgd-thcs', 3, 16, '100', '100'],
];

/**
 * District (share of communes) and province (share of districts) rules of Decree 20/2014.
 *
 * @example
 * nd20RollupRules().find((r) => r.id === 'xmc-1.province.districts'); // { value: '90', … } (not 100%)
 */
export const nd20RollupRules = /* @__PURE__ */ once((): readonly StandardRule[] =>
  TIERS.flatMap(([standard, level, a, district, province]) => [
    rollupRule(standard, level, 'district', 'commune', district, art(a)),
    rollupRule(standard, level, 'province', 'district', province, art(a)),
  ]),
);
