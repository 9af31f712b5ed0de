import { textArg } from '../util/guards.js';
import type { Labels, LegalSource } from '../catalog/source.js';
import { XhhtError } from '../errors.js';
import {
  HKH_CITIZEN_CRITERIA_SOURCE,
  HKH_MODEL_CRITERIA_SOURCE,
  QD_387_SOURCE,
  QD_677_SOURCE,
  TT_24_2023_SOURCE,
  TT_25_2023_SOURCE,
} from './sources.js';
import { say } from '../messages/say.js';
import { TITLES_MSG } from '../messages/sections.js';

/*
 * The learning-model titles ("danh hiệu") of the learning-society programme as
 * data. Each title says who
 * holds it, its levels, who decides, its sources, and the validity and level-2
 * rules that the date functions apply.
 */

/**
 * Who or what holds a title.
 *
 * @example
 * const h: TitleHolder = 'household';
 */
export type TitleHolder =
  | 'household'
  | 'clan'
  | 'village'
  | 'organisation'
  | 'commune'
  | 'district'
  | 'province'
  | 'person';

/**
 * A recognition level ("mức độ").
 *
 * @example
 * const l: TitleLevel = 2;
 */
export type TitleLevel = 1 | 2;

/**
 * A level of a title with its label ("Mức độ 1 (Khá)").
 *
 * @example
 * getTitle('learning-community-commune').levels[1].label.vi; // 'Mức độ 2 (Tốt)'
 */
export interface TitleLevelInfo {
  readonly level: TitleLevel;
  readonly label: Labels;
}

/**
 * How long a recognition stays valid: from the decision date to 31 December of
 * the `followingYears`-th year after the year of the decision ("bảo lưu 3 năm
 * (36 tháng) tiếp theo năm được công nhận": decided in 2024 → valid through
 * 31/12/2027; expired from 01/01/2028).
 *
 * @example
 * const rule: ValidityRule = getTitle('learning-unit-province').validity;
 * rule.followingYears; // 3
 */
export interface ValidityRule {
  /** Whole calendar years after the year of recognition during which it stays valid. */
  readonly followingYears: number;
  readonly source: LegalSource;
  readonly note: Labels;
}

/**
 * When a unit at level 1 may seek level 2: `months` after the level-1 decision.
 *
 * @example
 * getTitle('learning-unit-district').level2?.months; // 12
 */
export interface Level2Rule {
  readonly months: number;
  readonly source: LegalSource;
}

/**
 * A learning-model title.
 *
 * @example
 * const t: LearningTitle = getTitle('learning-community-commune');
 * t.label.vi;            // 'Cộng đồng học tập cấp xã'
 * t.decidedBy?.vi;       // 'Trưởng phòng Giáo dục và Đào tạo'
 * t.source.number;       // '25/2023/TT-BGDĐT'
 */
export interface LearningTitle {
  readonly id: LearningTitleId;
  readonly label: Labels;
  readonly holder: TitleHolder;
  /** Who or what is assessed, as the texts describe it. */
  readonly holderLabel: Labels;
  /** Levels 1 and 2, or none for a title without levels. */
  readonly levels: readonly TitleLevelInfo[];
  /** Who signs the recognition decision; `null` where no text read says so. */
  readonly decidedBy: Labels | null;
  /** The text that regulates the title. */
  readonly source: LegalSource;
  /** The criteria set, when it is a separate document (Hội Khuyến học decisions). */
  readonly criteria: LegalSource | null;
  readonly validity: ValidityRule;
  /** The wait before level 2; `null` for titles without levels. */
  readonly level2: Level2Rule | null;
  readonly notes: readonly Labels[];
}

const TWO_LEVELS: readonly TitleLevelInfo[] = [
  { level: 1, label: { vi: 'Mức độ 1', en: 'Level 1' } },
  { level: 2, label: { vi: 'Mức độ 2', en: 'Level 2' } },
];
const KHA_TOT: readonly TitleLevelInfo[] = [
  { level: 1, label: { vi: 'Mức độ 1 (Khá)', en: 'Level 1 (Khá, good)' } },
  { level: 2, label: { vi: 'Mức độ 2 (Tốt)', en: 'Level 2 (Tốt, very good)' } },
];

const VALIDITY_NOTE: Labels = {
  vi:
    'Kết quả công nhận được bảo lưu 3 năm (36 tháng) tiếp theo năm được công nhận: công nhận năm 2024 thì còn ' +
    'hiệu lực đến hết ngày 31/12/2027.',
  en:
    'Recognition is kept for the 3 years (36 months) following the ' +
    'year of recognition: recognised in 2024, valid through 31/12/2027.',
};

/** TT 24/2023: "bảo lưu 3 năm tiếp theo năm được công nhận" (summaries agree). */
const TT24_VALIDITY: ValidityRule = /* @__PURE__ */ (() => ({
  followingYears: 3,
  source: { ...TT_24_2023_SOURCE },
  note: VALIDITY_NOTE,
}))();
/** TT 25/2023: "bảo lưu 3 năm (36 tháng) sau năm được công nhận" (summaries agree). */
const TT25_VALIDITY: ValidityRule = /* @__PURE__ */ (() => ({
  followingYears: 3,
  source: { ...TT_25_2023_SOURCE },
  note: VALIDITY_NOTE,
}))();

/**
 * For titles whose validity rule was not found (families, clans,
 * village communities, commune units, learning citizens), the TT 24/25 rule is
 * applied as an assumption: unverified, and overridable per title.
 */
function assumedValidity(source: LegalSource): ValidityRule {
  return {
    followingYears: 3,
    source: {
      ...source,
      verified: false,
      confidence: '?',
      note: say(TITLES_MSG, 'validity.assumed-rule'),
    },
    note: say(TITLES_MSG, 'validity.assumed-rule-replaceable'),
  };
}

const LEVEL2_TT24: Level2Rule = /* @__PURE__ */ (() => ({ months: 12, source: { ...TT_24_2023_SOURCE } }))();
const LEVEL2_TT25: Level2Rule = /* @__PURE__ */ (() => ({ months: 12, source: { ...TT_25_2023_SOURCE } }))();

const DISTRICT_REFORM: Labels = {
  vi: 'Cấp huyện không còn từ 01/7/2025; danh hiệu cấp huyện chỉ còn ý nghĩa với các quyết định trước thời điểm đó.',
  en:
    'The district level was abolished on 1 July 2025; district-level ' +
    'titles matter only for decisions made before then.',
};

/** The table as written: the ids stay literal, so {@link LearningTitleId} is read from it. */
const titleTable = <const Id extends string>(
  rows: readonly (Omit<LearningTitle, 'id'> & { readonly id: Id })[],
): readonly (Omit<LearningTitle, 'id'> & { readonly id: Id })[] => rows;

const TITLES = /* @__PURE__ */ (() =>
  titleTable([
    {
      id: 'learning-family',
      label: { vi: 'Gia đình học tập', en: 'Learning family' },
      holder: 'household',
      holderLabel: { vi: 'Hộ gia đình', en: 'Household' },
      levels: [],
      decidedBy: null,
      source: QD_387_SOURCE,
      criteria: HKH_MODEL_CRITERIA_SOURCE,
      validity: assumedValidity(QD_387_SOURCE),
      level2: null,
      notes: [
        {
          vi:
            'Tiêu chí của Hội Khuyến học (QĐ 448/QĐ-KHVN giai đoạn 2016–2020: 4 tiêu chí, học tập của trẻ em tối ' +
            'đa 30 điểm); ngưỡng đạt chưa tìm thấy.',
          en:
            "Hội Khuyến học criteria (QĐ 448/QĐ-KHVN for 2016–2020: 4 criteria, children's learning up to 30 " +
            'points); the pass mark was not found.',
        },
      ],
    },
    {
      id: 'learning-clan',
      label: { vi: 'Dòng họ học tập', en: 'Learning clan' },
      holder: 'clan',
      holderLabel: { vi: 'Dòng họ (kể cả chi họ)', en: 'Clan (including a branch, chi họ)' },
      levels: [],
      decidedBy: null,
      source: QD_387_SOURCE,
      criteria: HKH_MODEL_CRITERIA_SOURCE,
      validity: assumedValidity(QD_387_SOURCE),
      level2: null,
      notes: [
        {
          vi:
            'Từ tháng 7/2022 Hội Khuyến học ban hành tiêu chí mới phù ' +
            'hợp Quyết định 1373 và 387; số quyết định chưa tìm thấy.',
          en:
            'New Hội Khuyến học criteria from July 2022, aligned ' +
            'with Decisions 1373 and 387; their number was not found.',
        },
      ],
    },
    {
      id: 'learning-community-village',
      label: { vi: 'Cộng đồng học tập cấp thôn', en: 'Learning community (village level)' },
      holder: 'village',
      holderLabel: {
        vi: 'Thôn, làng, ấp, bản, tổ dân phố và tương đương',
        en: 'Village, hamlet or residential group (thôn, làng, ấp, bản, tổ dân phố)',
      },
      levels: [],
      decidedBy: null,
      source: QD_387_SOURCE,
      criteria: HKH_MODEL_CRITERIA_SOURCE,
      validity: assumedValidity(QD_387_SOURCE),
      level2: null,
      notes: [],
    },
    {
      id: 'learning-unit-commune',
      label: { vi: 'Đơn vị học tập cấp xã', en: 'Learning unit (commune level)' },
      holder: 'organisation',
      holderLabel: {
        vi: 'Tổ chức, cơ quan, trường học, doanh nghiệp, đơn vị sản xuất trên địa bàn xã',
        en: 'Organisations, agencies, schools, enterprises and production units in a commune',
      },
      levels: [],
      decidedBy: null,
      source: QD_387_SOURCE,
      criteria: HKH_MODEL_CRITERIA_SOURCE,
      validity: assumedValidity(QD_387_SOURCE),
      level2: null,
      notes: [],
    },
    {
      id: 'learning-unit-district',
      label: { vi: 'Đơn vị học tập cấp huyện', en: 'Learning unit (district level)' },
      holder: 'organisation',
      holderLabel: {
        vi: 'Cơ quan, phòng ban, tổ chức chính trị - xã hội, cơ sở giáo dục thuộc cấp huyện',
        en: 'Agencies, divisions, socio-political organisations and education institutions under the district',
      },
      levels: TWO_LEVELS,
      decidedBy: { vi: 'Ủy ban nhân dân cấp huyện', en: "District People's Committee" },
      source: TT_24_2023_SOURCE,
      criteria: null,
      validity: TT24_VALIDITY,
      level2: LEVEL2_TT24,
      notes: [
        DISTRICT_REFORM,
        {
          vi: 'Thay cho cách chấm điểm của Thông tư 22/2020/TT-BGDĐT (suy luận: chưa thấy điều khoản bãi bỏ).',
          en:
            'Replaces the scored approach of Circular 22/2020/TT-BGDĐT ' +
            '(an inference: the repeal clause was not seen).',
        },
      ],
    },
    {
      id: 'learning-unit-province',
      label: { vi: 'Đơn vị học tập cấp tỉnh', en: 'Learning unit (province level)' },
      holder: 'organisation',
      holderLabel: {
        vi: 'Sở, ngành, tổ chức chính trị - xã hội, cơ sở giáo dục thuộc cấp tỉnh',
        en: 'Departments, socio-political organisations and education institutions under the province',
      },
      levels: TWO_LEVELS,
      decidedBy: { vi: 'Ủy ban nhân dân cấp tỉnh', en: "Provincial People's Committee" },
      source: TT_24_2023_SOURCE,
      criteria: null,
      validity: TT24_VALIDITY,
      level2: LEVEL2_TT24,
      notes: [
        {
          vi:
            'Tiêu chí 3 mức độ 1: ít nhất 90% thành viên đạt "Công dân học tập" (cơ sở giáo dục: 95% người học); ' +
            'mức độ 2: 95% (97%).',
          en:
            'Criterion 3, level 1: at least 90% of members hold "Công dân học tập" (education institutions: 95% ' +
            'of learners); level 2: 95% (97%).',
        },
      ],
    },
    {
      id: 'learning-community-commune',
      label: { vi: 'Cộng đồng học tập cấp xã', en: 'Learning community (commune level)' },
      holder: 'commune',
      holderLabel: { vi: 'Xã, phường, thị trấn', en: 'Commune, ward or town (xã, phường, thị trấn)' },
      levels: KHA_TOT,
      decidedBy: {
        vi: 'Trưởng phòng Giáo dục và Đào tạo',
        en: 'Head of the district Division of Education and Training',
      },
      source: TT_25_2023_SOURCE,
      criteria: null,
      validity: TT25_VALIDITY,
      level2: LEVEL2_TT25,
      notes: [
        {
          vi:
            '5 tiêu chí, 15 chỉ tiêu, đạt/không đạt; thay Thông tư ' +
            '44/2014/TT-BGDĐT (chấm điểm) — quan hệ bãi bỏ chưa tìm thấy.',
          en:
            '5 criteria, 15 indicators, pass/fail; succeeds the scored Circular 44/2014/TT-BGDĐT (whether it ' +
            'repeals it was not found).',
        },
      ],
    },
    {
      id: 'learning-community-district',
      label: { vi: 'Cộng đồng học tập cấp huyện', en: 'Learning community (district level)' },
      holder: 'district',
      holderLabel: {
        vi: 'Huyện, quận, thị xã, thành phố thuộc tỉnh',
        en: 'District-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh)',
      },
      levels: KHA_TOT,
      decidedBy: {
        vi: 'Giám đốc Sở Giáo dục và Đào tạo',
        en: 'Director of the provincial Department of Education and Training',
      },
      source: TT_25_2023_SOURCE,
      criteria: null,
      validity: TT25_VALIDITY,
      level2: LEVEL2_TT25,
      notes: [DISTRICT_REFORM],
    },
    {
      id: 'learning-community-province',
      label: { vi: 'Cộng đồng học tập cấp tỉnh', en: 'Learning community (province level)' },
      holder: 'province',
      holderLabel: { vi: 'Tỉnh, thành phố trực thuộc trung ương', en: 'Province or centrally-run city' },
      levels: TWO_LEVELS,
      decidedBy: { vi: 'Bộ trưởng Bộ Giáo dục và Đào tạo', en: 'Minister of Education and Training' },
      source: TT_25_2023_SOURCE,
      criteria: null,
      validity: TT25_VALIDITY,
      level2: LEVEL2_TT25,
      notes: [
        {
          vi: 'Việc đây có phải là danh hiệu "tỉnh học tập" của Quyết định 1373 hay không là suy luận, chưa xác minh.',
          en:
            'Whether this is the "learning province" (tỉnh học tập) ' +
            'title of Decision 1373 is an inference, not verified.',
        },
      ],
    },
    {
      id: 'learning-citizen',
      label: { vi: 'Công dân học tập', en: 'Learning citizen' },
      holder: 'person',
      holderLabel: {
        vi:
          'Người lớn trong gia đình, dòng họ, cộng đồng học tập; cán bộ, công chức, viên chức, người lao động ' +
          'trong đơn vị học tập',
        en:
          'Adults in learning families, clans and communities; officials, civil servants, public employees and ' +
          'workers in learning units',
      },
      levels: [],
      decidedBy: null,
      source: QD_677_SOURCE,
      criteria: HKH_CITIZEN_CRITERIA_SOURCE,
      validity: assumedValidity(QD_677_SOURCE),
      level2: null,
      notes: [
        {
          vi: 'Tự đánh giá trực tuyến tại congdanhoctap.vn: 4 nhóm phiếu, 3 nhóm năng lực.',
          en: 'Online self-assessment at congdanhoctap.vn: 4 groups of forms, 3 competency groups.',
        },
      ],
    },
  ]))();

/**
 * Ids of the built-in titles, read from the table of titles (so the two cannot
 * drift).
 *
 * @example
 * const id: LearningTitleId = 'learning-unit-province'; // "Đơn vị học tập" cấp tỉnh
 */
export type LearningTitleId = (typeof TITLES)[number]['id'];

/**
 * The built-in learning-model titles, village models first, then units,
 * communities by level, then the learning citizen.
 *
 * @example
 * LEARNING_TITLES.map((t) => t.id).length; // 10
 */
export const LEARNING_TITLES: readonly LearningTitle[] = TITLES;

let byId: ReadonlyMap<string, LearningTitle> | undefined;
const titleById = (id: string) => {
  byId ??= new Map(LEARNING_TITLES.map((t) => [t.id, t]));
  return byId.get(id);
};

/**
 * The built-in title with this id, or `undefined`. Takes any text (an id read
 * from a file): the way to ask whether an id is a built-in title.
 *
 * @example
 * findTitle('learning-family')?.label.vi; // 'Gia đình học tập'
 * findTitle('learning-city');             // undefined
 */
export function findTitle(id: LearningTitleId | (string & {})): LearningTitle | undefined {
  return titleById(id);
}

/**
 * The built-in title with this id; throws `unknown-title` otherwise. Takes
 * only a built-in id ({@link LearningTitleId}): there are no others, so a
 * misspelt id is a compile error. For an id known only at run time, use
 * `findTitle`.
 *
 * @example
 * getTitle('learning-unit-province').levels.length; // 2
 * getTitle('learning-city');                        // throws XhhtError { code: 'unknown-title' }
 */
export function getTitle(id: LearningTitleId): LearningTitle {
  const found = titleById(textArg(id, 'id', 'unknown-title'));
  if (found) return found;
  throw new XhhtError(
    'unknown-title',
    say(TITLES_MSG, 'unknown-title', { id, titles: LEARNING_TITLES.map((t) => t.id).join(', ') }),
  );
}
