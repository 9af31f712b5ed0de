import { QD_677_DOC } from './documents.js';
import { indicatorTable, type Indicator } from './indicator.js';
import type { IndicatorLevel } from './level.js';
import type { LegalSource } from './source.js';
import { once } from '../once.js';

/*
 * The indicators of Decision 677/QĐ-TTg (03/6/2022), programme "Xây dựng mô
 * hình Công dân học tập giai đoạn 2021-2030", Điều 1, Mục I.2. The 2030 targets
 * come from a verbatim quotation of Tiết b, Tiểu mục 2, Mục I, Điều 1
 * (thuvienphapluat.vn); the indicators are defined by that text.
 *
 * Levels (see level.ts): association members and learning-unit staff are counted
 * within their organisation (institution); adults of learning families and
 * title holders by the commune (commune).
 */

const SOURCE: LegalSource = /* @__PURE__ */ (() => ({
  ...QD_677_DOC,
  section: 'Điều 1, Mục I.2',
  verified: true,
  confidence: 'B',
  note: {
    vi: 'Định nghĩa theo bản trích dẫn nguyên văn Tiết b, Tiểu mục 2, Mục I, Điều 1.',
    en: 'Defined by the verbatim quotation of Article 1, Section I, Subsection 2, Item b.',
  },
}))();

const share = <Id extends string>(
  id: Id,
  level: IndicatorLevel,
  label: [vi: string, en: string],
  numerator: [vi: string, en: string],
  denominator: [vi: string, en: string],
  notes: Indicator['notes'] = [],
): Indicator & { readonly id: Id } => ({
  id,
  group: 'IV',
  kind: 'share-of-persons',
  level,
  label: { vi: label[0], en: label[1] },
  numerator: { vi: numerator[0], en: numerator[1] },
  denominator: { vi: denominator[0], en: denominator[1] },
  source: SOURCE,
  notes,
});

/**
 * The 5 indicators of Decision 677, in the order of its targets.
 *
 * @example
 * qd677Indicators().length; // 5
 * qd677Indicators()[0].id;  // 'khuyen-hoc-members-trained-learning-citizen-criteria'
 */
export const qd677Indicators = /* @__PURE__ */ once(() =>
  indicatorTable([
    share(
      'khuyen-hoc-members-trained-learning-citizen-criteria',
      'institution',
      [
        'Tỷ lệ cán bộ, hội viên Hội Khuyến học được quán triệt tiêu chí "Công dân học tập"',
        'Hội Khuyến học cadres and members briefed on the "learning citizen" criteria',
      ],
      ['Số cán bộ, hội viên được quán triệt', 'Cadres and members briefed'],
      ['Tổng số cán bộ, hội viên Hội Khuyến học', 'All cadres and members of the association'],
    ),
    share(
      'adults-learning-models-learning-citizen',
      'commune',
      [
        'Tỷ lệ người lớn trong gia đình, dòng họ, cộng đồng học tập đạt danh hiệu "Công dân học tập"',
        'Adults in learning families, clans and communities holding "learning citizen"',
      ],
      ['Số người lớn đạt danh hiệu Công dân học tập', 'Adults holding the title'],
      [
        'Số người lớn trong gia đình, dòng họ, cộng đồng (thôn) học tập',
        'Adults in learning families, clans and village communities',
      ],
    ),
    share(
      'staff-learning-units-learning-citizen',
      'institution',
      [
        'Tỷ lệ cán bộ, công chức, viên chức, người lao động trong các đơn vị học tập đạt danh hiệu "Công dân học tập"',
        'Officials, civil servants, public employees and workers of learning units holding "learning citizen"',
      ],
      ['Số người đạt danh hiệu Công dân học tập', 'Staff holding the title'],
      [
        'Số cán bộ, công chức, viên chức, người lao động trong đơn vị học tập cấp xã, huyện, tỉnh, trung ương',
        'Staff of learning units at commune, district, province and central level',
      ],
    ),
    share(
      'learning-citizens-digital-skills',
      'commune',
      [
        'Tỷ lệ công dân học tập có kỹ năng số đáp ứng yêu cầu công việc',
        '"Learning citizens" with digital skills meeting the needs of their work',
      ],
      ['Số công dân học tập có kỹ năng số', 'Title holders with digital skills'],
      ['Số người đạt danh hiệu Công dân học tập', 'Holders of the title'],
    ),
    share(
      'learning-citizens-digital-proficient',
      'commune',
      [
        'Tỷ lệ công dân học tập thành thạo kỹ năng số để tự cập nhật tiêu chí trực tuyến',
        '"Learning citizens" proficient enough to self-update on the criteria online',
      ],
      ['Số công dân học tập thành thạo kỹ năng số', 'Title holders proficient in digital skills'],
      ['Số người đạt danh hiệu Công dân học tập', 'Holders of the title'],
      [
        {
          topic: 'denominator',
          text: {
            vi: 'Văn bản ghi "trong đó": có thể hiểu là phần của người có kỹ năng số; thư viện tính trên tổng số công dân học tập.',
            en: 'The text says "of whom": it may be a share of those with digital skills; the library uses all title holders.',
          },
        },
      ],
    ),
  ]),
);
