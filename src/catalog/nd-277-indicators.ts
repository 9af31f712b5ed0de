import { NQ_218_2025_DOC } from './documents.js';
import { indicatorTable } from './indicator.js';
import type { LegalSource } from './source.js';
import { once } from '../once.js';

/*
 * The indicator of the preschool 3–5 roadmap: Resolution 218/2025/QH15 of the
 * National Assembly ("đến năm 2030, 100% tỉnh, thành phố trực thuộc trung
 * ương đạt chuẩn phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi"), detailed
 * by Decree 277/2025/NĐ-CP. The goal was read in the resolution's text as
 * published, in one copy: confidence B, which counts as verified.
 */

const SOURCE: LegalSource = /* @__PURE__ */ (() => ({
  ...NQ_218_2025_DOC,
  verified: true,
  confidence: 'B',
  note: {
    vi: 'Mục tiêu đọc trong một bản công bố văn bản Nghị quyết; chưa đối chiếu số điều.',
    en: 'The goal was read in one published copy of the resolution’s text; the article number was not checked.',
  },
}))();

/**
 * The indicator of the Decree 277/2025 roadmap.
 *
 * @example
 * nd277Indicators()[0].id; // 'provinces-preschool-3to5'
 */
export const nd277Indicators = /* @__PURE__ */ once(() =>
  indicatorTable([
    {
      id: 'provinces-preschool-3to5',
      group: 'I',
      kind: 'share-of-units',
      // a share of the country's provinces
      level: 'national',
      label: {
        vi: 'Tỷ lệ tỉnh đạt chuẩn phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi',
        en: 'Share of provinces recognised for universal preschool education for children aged 3–5',
      },
      numerator: {
        vi: 'Số tỉnh, thành phố trực thuộc trung ương được công nhận đạt chuẩn phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi',
        en: 'Provinces and centrally-run cities recognised for universal preschool education for children aged 3–5',
      },
      denominator: {
        vi: 'Tổng số tỉnh, thành phố trực thuộc trung ương',
        en: 'All provinces and centrally-run cities',
      },
      source: SOURCE,
      notes: [
        {
          topic: 'definition',
          text: {
            vi: 'Chuẩn công nhận là chuẩn phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi của Nghị định 277/2025/NĐ-CP (tiêu chuẩn pcgd-mn3to5). Quyết định 1373/QĐ-TTg đo cùng đại lượng bằng chỉ tiêu provinces-preschool-kindergarten-age.',
            en: 'Recognition under the 3–5 preschool standard of Decree 277/2025/NĐ-CP (standard pcgd-mn3to5). Decision 1373/QĐ-TTg measures the same quantity as provinces-preschool-kindergarten-age.',
          },
        },
        {
          topic: 'reform',
          text: {
            vi: 'Từ 01/7/2025 cả nước có 34 tỉnh, thành phố; mẫu số là số đơn vị tại thời điểm báo cáo.',
            en: 'From 1 July 2025 there are 34 provinces and centrally-run cities; the denominator is the number of units at the reporting date.',
          },
        },
      ],
    },
  ]),
);
