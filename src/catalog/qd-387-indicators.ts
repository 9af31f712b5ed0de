import { QD_387_DOC } from './documents.js';
import { indicatorTable, type Indicator } from './indicator.js';
import type { IndicatorLevel } from './level.js';
import type { LegalSource } from './source.js';
import { once } from '../once.js';

/*
 * The indicators of Decision 387/QĐ-TTg (25/3/2022), programme "Đẩy mạnh phong
 * trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn
 * 2021-2030". The decision text was not read: the targets come from summaries
 * that agree (lsu.vn, baogialai.com.vn, baoyenbai.com.vn, infonet), hence
 * confidence C and `verified: false`.
 *
 * Levels (see level.ts): members of the learning-promotion association and staff
 * of learning units are counted within their organisation (institution);
 * households, clans, villages and a commune's organisations by the commune
 * (commune); a share of communes by a district or province (district).
 */

const SOURCE: LegalSource = /* @__PURE__ */ (() => ({
  ...QD_387_DOC,
  section: 'Điều 1',
  verified: false,
  confidence: 'C',
  note: {
    vi: 'Các mục tiêu năm 2025 được đọc trong nhiều bản tóm tắt thống nhất với nhau; chưa đọc được văn bản quyết định.',
    en: 'The 2025 targets were read in several summaries that agree; the text of the decision was not read.',
  },
}))();

const share = <Id extends string>(
  id: Id,
  kind: 'share-of-units' | 'share-of-persons',
  level: IndicatorLevel,
  label: [vi: string, en: string],
  numerator: [vi: string, en: string],
  denominator: [vi: string, en: string],
  notes: Indicator['notes'] = [],
): Indicator & { readonly id: Id } => ({
  id,
  group: 'IV',
  kind,
  level,
  label: { vi: label[0], en: label[1] },
  numerator: { vi: numerator[0], en: numerator[1] },
  denominator: { vi: denominator[0], en: denominator[1] },
  source: SOURCE,
  notes,
});

/**
 * The 9 indicators of Decision 387, in the order of its 2025 targets.
 *
 * @example
 * qd387Indicators().length;                             // 9
 * qd387Indicators()[0].id;                              // 'khuyen-hoc-members-trained-policies'
 * qd387Indicators().some((i) => i.source.verified);     // false: known from summaries only (confidence 'C')
 */
export const qd387Indicators = /* @__PURE__ */ once(() =>
  indicatorTable([
    share(
      'khuyen-hoc-members-trained-policies',
      'share-of-persons',
      'institution',
      [
        'Tỷ lệ cán bộ, hội viên Hội Khuyến học được bồi dưỡng, quán triệt chủ trương, chính sách',
        'Learning-promotion association (Hội Khuyến học) cadres and members briefed on the policies',
      ],
      ['Số cán bộ, hội viên Hội Khuyến học được bồi dưỡng', 'Cadres and members briefed'],
      ['Tổng số cán bộ, hội viên Hội Khuyến học', 'All cadres and members of the association'],
    ),
    share(
      'families-learning-family',
      'share-of-units',
      'commune',
      [
        'Tỷ lệ gia đình được công nhận "Gia đình học tập"',
        'Families recognised as "learning family" (Gia đình học tập)',
      ],
      ['Số hộ gia đình được công nhận Gia đình học tập', 'Households recognised'],
      ['Tổng số hộ gia đình', 'All households'],
    ),
    share(
      'clans-learning-clan',
      'share-of-units',
      'commune',
      ['Tỷ lệ dòng họ được công nhận "Dòng họ học tập"', 'Clans recognised as "learning clan" (Dòng họ học tập)'],
      ['Số dòng họ được công nhận Dòng họ học tập', 'Clans recognised'],
      ['Tổng số dòng họ', 'All clans'],
    ),
    share(
      'villages-learning-community',
      'share-of-units',
      'commune',
      [
        'Tỷ lệ cộng đồng (thôn, bản, tổ dân phố và tương đương) được công nhận "Cộng đồng học tập"',
        'Village communities (thôn, bản, tổ dân phố) recognised as "learning community"',
      ],
      ['Số thôn, bản, tổ dân phố được công nhận Cộng đồng học tập', 'Villages recognised'],
      ['Tổng số thôn, bản, tổ dân phố và tương đương', 'All villages and residential groups'],
    ),
    share(
      'commune-organisations-learning-unit',
      'share-of-units',
      'commune',
      [
        'Tỷ lệ tổ chức, cơ quan, trường học, doanh nghiệp, đơn vị sản xuất trên địa bàn xã được công nhận "Đơn vị học tập"',
        'Organisations, agencies, schools, enterprises and production units in communes recognised as "learning unit"',
      ],
      ['Số đơn vị trên địa bàn xã được công nhận Đơn vị học tập', 'Units recognised'],
      [
        'Tổng số tổ chức, cơ quan, trường học, doanh nghiệp, đơn vị sản xuất trên địa bàn xã',
        'All such units in the communes',
      ],
    ),
    share(
      'learning-model-workers-learning-citizen',
      'share-of-persons',
      'commune',
      [
        'Tỷ lệ người lao động trong gia đình, dòng họ, cộng đồng học tập đạt "Công dân học tập"',
        'Workers in learning families, clans and communities holding "learning citizen"',
      ],
      ['Số người lao động đạt danh hiệu Công dân học tập', 'Workers holding the title'],
      [
        'Số người lao động trong gia đình, dòng họ, cộng đồng học tập',
        'Workers in learning families, clans and communities',
      ],
      [
        {
          topic: 'denominator',
          text: {
            vi: 'Quyết định 677/QĐ-TTg có chỉ tiêu gần giống ("người lớn" thay cho "người lao động"): chỉ tiêu adults-learning-models-learning-citizen.',
            en: 'Decision 677/QĐ-TTg has a near twin counting "adults" instead of "workers": indicator adults-learning-models-learning-citizen.',
          },
        },
      ],
    ),
    share(
      'commune-learning-unit-staff-learning-citizen',
      'share-of-persons',
      'institution',
      [
        'Tỷ lệ cán bộ, công chức, viên chức, người lao động trong đơn vị học tập cấp xã đạt "Công dân học tập"',
        'Officials, civil servants and staff of commune-level learning units holding "learning citizen"',
      ],
      ['Số người đạt danh hiệu Công dân học tập', 'Staff holding the title'],
      [
        'Số cán bộ, công chức, viên chức, người lao động trong đơn vị học tập cấp xã',
        'Staff of commune-level learning units',
      ],
      [
        {
          topic: 'denominator',
          text: {
            vi: 'Chỉ đơn vị học tập cấp xã; Quyết định 677 tính đơn vị học tập mọi cấp (staff-learning-units-learning-citizen).',
            en: 'Commune-level learning units only; Decision 677 counts learning units at every level (staff-learning-units-learning-citizen).',
          },
        },
      ],
    ),
    share(
      'communes-khuyen-hoc-leader-manages-clc',
      'share-of-units',
      'district',
      [
        'Tỷ lệ xã có Chủ tịch hoặc Phó Chủ tịch Hội Khuyến học tham gia quản lý trung tâm học tập cộng đồng',
        'Communes whose Hội Khuyến học chair or vice-chair takes part in managing the community learning centre',
      ],
      ['Số xã có Chủ tịch hoặc Phó Chủ tịch Hội Khuyến học tham gia Ban Giám đốc TTHTCĐ', 'Communes where they do'],
      ['Tổng số xã', 'All communes'],
    ),
    share(
      'commune-khuyen-hoc-staff-clc-it-trained',
      'share-of-persons',
      'institution',
      [
        'Tỷ lệ cán bộ Hội Khuyến học cấp xã tham gia hoạt động tại TTHTCĐ được bồi dưỡng về công nghệ thông tin',
        'Commune Hội Khuyến học staff active at the community learning centre and trained in IT',
      ],
      ['Số cán bộ được bồi dưỡng công nghệ thông tin', 'Staff trained in IT'],
      [
        'Số cán bộ Hội Khuyến học cấp xã tham gia hoạt động tại TTHTCĐ',
        'Commune association staff active at the centre',
      ],
    ),
  ]),
);
