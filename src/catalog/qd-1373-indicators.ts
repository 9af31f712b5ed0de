import { QD_1373_DOC } from './documents.js';
import { indicatorTable } from './indicator.js';
import type { LegalSource } from './source.js';
import { once } from '../once.js';

/*
 * The 15 indicators of Decision 1373/QĐ-TTg (30/7/2021), Điều 1, Mục II.2 "Mục tiêu cụ thể",
 * read in a verbatim quotation of Mục II Điều 1 (every figure that news summaries also report
 * matches it). Labels copy the decision's wording.
 *
 * Levels (see level.ts): "Tỷ lệ tỉnh …" is a share of the country's provinces
 * (national), "Tỷ lệ huyện …" of a province's districts (province); shares of
 * people are counted by a commune for its own population (commune).
 */

const section = (letter: 'a' | 'b' | 'c' | 'd'): LegalSource => ({
  ...QD_1373_DOC,
  section: `Điều 1, Mục II.2.${letter}`,
  verified: true,
  confidence: 'A',
});

// the 2025 figure is read in one verbatim quotation only, the 2030 figure also elsewhere
const TWO_READINGS = {
  vi: 'Mục tiêu năm 2025 chỉ đọc được trong một bản trích dẫn nguyên văn; mục tiêu năm 2030 được nguồn khác xác nhận.',
  en: 'The 2025 target was read in one verbatim quotation only; the 2030 target is confirmed by another source.',
};

const PROVINCES = { vi: 'Tổng số tỉnh, thành phố trực thuộc trung ương', en: 'All provinces and centrally-run cities' };

const REFORM_NOTE = {
  topic: 'reform',
  text: {
    vi: 'Từ 01/7/2025 số tỉnh giảm từ 63 xuống 34 và cấp huyện không còn; mẫu số là số đơn vị tại thời điểm báo cáo.',
    en: 'From 1 July 2025 the provinces went from 63 to 34 and the district level was abolished; the denominator is the number of units at the reporting date.',
  },
} as const;

/**
 * The 15 indicators of Decision 1373, in the decision's order.
 *
 * @example
 * qd1373Indicators().length;                                 // 15
 * qd1373Indicators()[0].id;                                  // 'provinces-literacy-level-2'
 * qd1373Indicators().filter((i) => i.group === 'II').length; // 4
 */
export const qd1373Indicators = /* @__PURE__ */ once(() =>
  indicatorTable([
    {
      id: 'provinces-literacy-level-2',
      group: 'I',
      kind: 'share-of-units',
      level: 'national',
      label: {
        vi: 'Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2',
        en: 'Provinces meeting the literacy (XMC) standard level 2',
      },
      numerator: { vi: 'Số tỉnh đạt chuẩn xóa mù chữ mức độ 2', en: 'Provinces recognised at XMC level 2' },
      denominator: PROVINCES,
      source: section('a'),
      notes: [REFORM_NOTE],
    },
    {
      id: 'provinces-preschool-kindergarten-age',
      group: 'I',
      kind: 'share-of-units',
      level: 'national',
      label: {
        vi: 'Tỷ lệ tỉnh hoàn thành phổ cập giáo dục mầm non cho trẻ em mẫu giáo',
        en: 'Provinces completing universal preschool education for kindergarten-age children',
      },
      numerator: {
        vi: 'Số tỉnh hoàn thành phổ cập giáo dục mầm non cho trẻ em mẫu giáo',
        en: 'Provinces recognised for universal preschool education of kindergarten-age (mẫu giáo) children',
      },
      denominator: PROVINCES,
      source: section('a'),
      notes: [
        {
          topic: 'definition',
          text: {
            vi: 'Quyết định không định nghĩa độ tuổi; trẻ mẫu giáo là trẻ từ 3 đến 5 tuổi (Nghị quyết 218/2025/QH15). Trước năm 2025 chỉ có chuẩn cho trẻ 5 tuổi.',
            en: 'The decision does not define the age; mẫu giáo children are ages 3–5 (Resolution 218/2025/QH15). Before 2025 only a 5-year-old standard existed.',
          },
        },
        {
          topic: 'stretch',
          text: {
            vi: 'Mục tiêu 2030 được diễn đạt là "Phấn đấu … hoàn thành".',
            en: 'The 2030 target is phrased "phấn đấu" (strive to), a stretch goal.',
          },
        },
        REFORM_NOTE,
      ],
    },
    {
      id: 'provinces-primary-level-3',
      group: 'I',
      kind: 'share-of-units',
      level: 'national',
      label: {
        vi: 'Tỷ lệ tỉnh đạt chuẩn phổ cập giáo dục tiểu học mức độ 3',
        en: 'Provinces meeting universal primary education standard level 3',
      },
      numerator: {
        vi: 'Số tỉnh đạt chuẩn phổ cập giáo dục tiểu học mức độ 3',
        en: 'Provinces recognised at PCGD primary level 3',
      },
      denominator: PROVINCES,
      source: section('a'),
      notes: [REFORM_NOTE],
    },
    {
      id: 'provinces-lower-secondary-level-2',
      group: 'I',
      kind: 'share-of-units',
      level: 'national',
      label: {
        vi: 'Tỷ lệ tỉnh đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2',
        en: 'Provinces meeting universal lower-secondary education standard level 2',
      },
      numerator: {
        vi: 'Số tỉnh đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2',
        en: 'Provinces recognised at PCGD lower secondary level 2',
      },
      denominator: PROVINCES,
      source: { ...section('a'), confidence: 'B' },
      notes: [
        {
          topic: 'stretch',
          text: {
            vi: 'Mục tiêu 2025 được diễn đạt là "Phấn đấu 100%"; danh sách mục tiêu 2030 không có chỉ tiêu này.',
            en: 'The 2025 target is phrased "phấn đấu" (strive to reach 100%); the 2030 list has no such item.',
          },
        },
        REFORM_NOTE,
      ],
    },
    {
      id: 'provinces-lower-secondary-level-3',
      group: 'I',
      kind: 'share-of-units',
      level: 'national',
      label: {
        vi: 'Tỷ lệ tỉnh đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3',
        en: 'Provinces meeting universal lower-secondary education standard level 3',
      },
      numerator: {
        vi: 'Số tỉnh đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3',
        en: 'Provinces recognised at PCGD lower secondary level 3',
      },
      denominator: PROVINCES,
      source: section('a'),
      notes: [
        {
          topic: 'subset',
          text: {
            vi: 'Mục tiêu 2025 là "trong đó" các tỉnh đạt mức độ 2: mức độ 3 là một phần của mức độ 2.',
            en: 'The 2025 target reads "trong đó" (of which): level-3 provinces are a subset of the level-2 ones.',
          },
        },
        REFORM_NOTE,
      ],
    },
    {
      id: 'working-age-information-competence',
      group: 'II',
      kind: 'share-of-persons',
      level: 'commune',
      label: {
        vi: 'Tỷ lệ người trong độ tuổi lao động được trang bị năng lực thông tin',
        en: 'Working-age people equipped with information competence',
      },
      numerator: {
        vi: 'Số người trong độ tuổi lao động được trang bị năng lực thông tin',
        en: 'Working-age people with information competence',
      },
      denominator: { vi: 'Số người trong độ tuổi lao động', en: 'People of working age' },
      source: section('b'),
      notes: [
        {
          topic: 'denominator',
          text: {
            vi: 'Quyết định không định nghĩa "độ tuổi lao động"; dùng định nghĩa của Bộ luật Lao động và nêu rõ trong báo cáo.',
            en: 'The decision does not define "working age"; use the Labour Code definition and state it in the report.',
          },
        },
      ],
    },
    {
      id: 'working-age-life-skills',
      group: 'II',
      kind: 'share-of-persons',
      level: 'commune',
      label: {
        vi: 'Tỷ lệ người trong độ tuổi lao động được trang bị kỹ năng sống',
        en: 'Working-age people equipped with life skills',
      },
      numerator: {
        vi: 'Số người trong độ tuổi lao động được trang bị kỹ năng sống',
        en: 'Working-age people with life skills',
      },
      denominator: { vi: 'Số người trong độ tuổi lao động', en: 'People of working age' },
      source: section('b'),
      notes: [
        {
          topic: 'denominator',
          text: {
            vi: 'Quyết định không định nghĩa "độ tuổi lao động".',
            en: 'The decision does not define "working age".',
          },
        },
      ],
    },
    {
      id: 'population-15plus-technical-qualification',
      group: 'II',
      kind: 'share-of-persons',
      level: 'commune',
      label: {
        vi: 'Tỷ lệ dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật',
        en: 'Population aged 15+ trained to a technical or professional qualification',
      },
      numerator: {
        vi: 'Số người từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật',
        en: 'People aged 15+ with a technical or professional qualification',
      },
      denominator: { vi: 'Dân số từ 15 tuổi trở lên', en: 'Population aged 15 and over' },
      source: section('b'),
      notes: [],
    },
    {
      id: 'population-15plus-university-or-higher',
      group: 'II',
      kind: 'share-of-persons',
      level: 'commune',
      label: { vi: 'Tỷ lệ dân số có trình độ đại học trở lên', en: 'Population with university education or higher' },
      numerator: { vi: 'Số người có trình độ đại học trở lên', en: 'People with a university degree or higher' },
      denominator: { vi: 'Dân số từ 15 tuổi trở lên', en: 'Population aged 15 and over' },
      source: section('b'),
      notes: [
        {
          topic: 'denominator',
          text: {
            vi: '"Trong đó, …% dân số có trình độ đại học trở lên": "trong đó" gắn với dân số từ 15 tuổi trở lên của câu trước, nhưng văn bản chỉ ghi "dân số". Thư viện dùng dân số từ 15 tuổi trở lên; báo cáo nên nêu rõ mẫu số.',
            en: '"Trong đó, …% dân số có trình độ đại học trở lên": "trong đó" ties it to the 15+ population of the sentence before, but the text says "dân số" (population). The library reads it as the population aged 15+; reports should state the denominator used.',
          },
        },
      ],
    },
    {
      id: 'universities-digital',
      group: 'III',
      kind: 'share-of-units',
      // universities are few: a province is the smallest area with several
      level: 'province',
      label: {
        vi: 'Tỷ lệ trường đại học triển khai đại học số và xây dựng học liệu số',
        en: 'Universities running a digital university and building digital learning materials',
      },
      numerator: {
        vi: 'Số trường đại học triển khai đại học số, xây dựng học liệu số',
        en: 'Universities running a digital university',
      },
      denominator: { vi: 'Tổng số trường đại học', en: 'All universities' },
      source: section('c'),
      notes: [],
    },
    {
      id: 'institutions-digital-environment',
      group: 'III',
      kind: 'share-of-units',
      // a commune has several schools (preschool, primary, lower secondary)
      level: 'commune',
      label: {
        vi: 'Tỷ lệ cơ sở GDPT, GDTX, GDNN và các cơ sở giáo dục khác triển khai quản lý, dạy học trên môi trường số',
        en: 'General, continuing, vocational and other education institutions managing, teaching and learning in the digital environment',
      },
      numerator: {
        vi: 'Số cơ sở giáo dục triển khai quản lý, dạy và học trên môi trường số',
        en: 'Institutions running management, teaching and learning in the digital environment',
      },
      denominator: {
        vi: 'Tổng số cơ sở GDPT, GDTX, GDNN và các cơ sở giáo dục khác',
        en: 'All general, continuing, vocational and other education institutions',
      },
      source: section('c'),
      notes: [],
    },
    {
      id: 'community-learning-centres-it',
      group: 'III',
      kind: 'share-of-units',
      // one centre per commune: a share of centres needs the communes of a district or province
      level: 'district',
      label: {
        vi: 'Tỷ lệ trung tâm học tập cộng đồng ứng dụng CNTT trong quản lý, tổ chức hoạt động giáo dục',
        en: 'Community learning centres using IT in management and educational activities',
      },
      numerator: { vi: 'Số trung tâm học tập cộng đồng ứng dụng CNTT', en: 'Community learning centres using IT' },
      denominator: { vi: 'Tổng số trung tâm học tập cộng đồng', en: 'All community learning centres (TTHTCĐ)' },
      source: section('c'),
      notes: [],
    },
    {
      id: 'citizens-learning-citizen-title',
      group: 'IV',
      kind: 'share-of-persons',
      level: 'commune',
      label: {
        vi: 'Tỷ lệ công dân đạt danh hiệu "Công dân học tập"',
        en: 'Citizens holding the "learning citizen" (công dân học tập) title',
      },
      numerator: { vi: 'Số công dân đạt danh hiệu Công dân học tập', en: 'Citizens holding the title' },
      denominator: { vi: 'Số công dân (xem ghi chú)', en: 'Citizens (see note)' },
      source: section('d'),
      notes: [
        {
          topic: 'denominator',
          text: {
            vi: 'Quyết định không nói tỷ lệ tính trên nhóm dân số nào. Quyết định 677/QĐ-TTg tính trên người lớn trong gia đình, dòng họ, cộng đồng học tập; báo cáo nên nêu rõ mẫu số.',
            en: 'The decision does not say what population this is a share of. Decision 677/QĐ-TTg uses adults in learning families, clans and communities; reports should state the denominator used.',
          },
        },
      ],
    },
    {
      id: 'districts-learning-district',
      group: 'IV',
      kind: 'share-of-units',
      level: 'province',
      label: {
        vi: 'Tỷ lệ huyện được công nhận danh hiệu "Huyện học tập"',
        en: 'Districts recognised as "learning district"',
      },
      numerator: { vi: 'Số huyện được công nhận huyện học tập', en: 'Districts recognised as learning districts' },
      denominator: { vi: 'Tổng số huyện, quận, thị xã, thành phố thuộc tỉnh', en: 'All district-level units' },
      source: { ...section('d'), confidence: 'B', note: TWO_READINGS },
      notes: [
        {
          topic: 'reform',
          text: {
            vi: 'Cấp huyện không còn từ 01/7/2025; chỉ tiêu chỉ đánh giá được với số liệu trước thời điểm đó.',
            en: 'The district level was abolished on 1 July 2025; this indicator can only be assessed with data from before then.',
          },
        },
      ],
    },
    {
      id: 'provinces-learning-province',
      group: 'IV',
      kind: 'share-of-units',
      level: 'national',
      label: {
        vi: 'Tỷ lệ tỉnh được công nhận danh hiệu "Tỉnh học tập"',
        en: 'Provinces recognised as "learning province"',
      },
      numerator: { vi: 'Số tỉnh được công nhận tỉnh học tập', en: 'Provinces recognised as learning provinces' },
      denominator: PROVINCES,
      source: { ...section('d'), confidence: 'B', note: TWO_READINGS },
      notes: [REFORM_NOTE],
    },
  ]),
);
