import {
  CIVIL_CODE_DOC,
  ISSUERS,
  QD_387_DOC,
  QD_677_DOC,
  TT_24_2023_DOC,
  TT_25_2023_DOC,
} from '../catalog/documents.js';
import type { LegalSource } from '../catalog/source.js';

/*
 * The documents behind the learning-model titles. `verified` follows the
 * library's meaning (the value was read in the legal text or a verbatim
 * quotation of it): these documents were read through secondary summaries
 * only, so they are `verified: false`, confidence `C`, and the note says which
 * points two or more independent summaries agree on.
 */

/**
 * Decision 387/QĐ-TTg (25/3/2022): lifelong learning in families, clans,
 * communities and units, 2021–2030.
 *
 * @example
 * QD_387_SOURCE.number; // '387/QĐ-TTg'
 */
export const QD_387_SOURCE: LegalSource = /* @__PURE__ */ (() => ({
  ...QD_387_DOC,
  verified: false,
  confidence: 'C',
  note: {
    vi: 'Đọc qua các bản tóm tắt thống nhất với nhau; chưa đọc được văn bản quyết định.',
    en: 'Read in summaries that agree; the text of the decision was not read.',
  },
}))();

/**
 * Decision 677/QĐ-TTg (03/6/2022): the "Công dân học tập" model, 2021–2030.
 *
 * @example
 * QD_677_SOURCE.date; // '2022-06-03'
 */
export const QD_677_SOURCE: LegalSource = /* @__PURE__ */ (() => ({
  ...QD_677_DOC,
  verified: false,
  confidence: 'C',
  note: {
    vi: 'Đối tượng và mục tiêu được các bản tóm tắt xác nhận; chưa tìm thấy cách chấm điểm và thời hạn của danh hiệu.',
    en: "Subjects and targets are confirmed by summaries; the title's scoring and validity rules were not found.",
  },
}))();

/**
 * Circular 24/2023/TT-BGDĐT (11/12/2023): "Đơn vị học tập" at district and
 * province level, levels 1 and 2.
 *
 * @example
 * TT_24_2023_SOURCE.number; // '24/2023/TT-BGDĐT'
 */
export const TT_24_2023_SOURCE: LegalSource = /* @__PURE__ */ (() => ({
  ...TT_24_2023_DOC,
  verified: false,
  confidence: 'C',
  note: {
    vi: 'Các mức, thời gian chờ 12 tháng và thời hạn 3 năm được các báo cáo địa phương và bản tóm tắt pháp luật xác nhận; chưa đọc được văn bản thông tư.',
    en: 'The levels, the 12-month wait and the 3-year validity are confirmed by local reports and legal summaries; the text of the circular was not read.',
  },
}))();

/**
 * Circular 25/2023/TT-BGDĐT (27/12/2023, in force 12/02/2024): "Cộng đồng học
 * tập" at commune, district and province level, levels 1 and 2.
 *
 * @example
 * TT_25_2023_SOURCE.date; // '2023-12-27'
 */
export const TT_25_2023_SOURCE: LegalSource = /* @__PURE__ */ (() => ({
  ...TT_25_2023_DOC,
  verified: false,
  confidence: 'C',
  note: {
    vi: 'Đơn vị, người quyết định, các mức, thời gian chờ 12 tháng và thời hạn 3 năm (36 tháng) được nhiều bản tóm tắt xác nhận; hiệu lực từ 12/02/2024; chưa đọc được văn bản thông tư.',
    en: 'Units, deciders, levels, the 12-month wait and the 3-year (36-month) validity are confirmed by several summaries; in force from 12/02/2024; the text of the circular was not read.',
  },
}))();

/**
 * The Hội Khuyến học Việt Nam criteria for families, clans, village
 * communities and commune units: QĐ 448/QĐ-KHVN (2016–2020) and the 2022
 * criteria whose number was not found.
 *
 * @example
 * HKH_MODEL_CRITERIA_SOURCE.number; // '448/QĐ-KHVN'
 */
export const HKH_MODEL_CRITERIA_SOURCE: LegalSource = /* @__PURE__ */ (() => ({
  type: 'decision',
  number: '448/QĐ-KHVN',
  date: '2015-12-01',
  issuer: ISSUERS.learningPromotionAssociation,
  verified: false,
  confidence: '?',
  note: {
    vi: 'Tiêu chí giai đoạn 2016–2020 (một nguồn ghi ngày 10/11/2015); bộ tiêu chí tháng 7/2022 theo Quyết định 1373 và 387 chưa tìm thấy số hiệu và nội dung.',
    en: 'Criteria for 2016–2020 (one source dates it 10/11/2015); the July 2022 criteria aligned with Decisions 1373 and 387 were not found (number and indicators).',
  },
}))();

/**
 * The Hội Khuyến học decision with the "Công dân học tập" criteria, cited as
 * 324/QĐ-KHVN by one source and as 244/QĐ-KHVN by another: the number is uncertain.
 *
 * @example
 * HKH_CITIZEN_CRITERIA_SOURCE.confidence; // '?'
 */
export const HKH_CITIZEN_CRITERIA_SOURCE: LegalSource = /* @__PURE__ */ (() => ({
  type: 'decision',
  number: '324/QĐ-KHVN',
  issuer: ISSUERS.learningPromotionAssociation,
  verified: false,
  confidence: '?',
  note: {
    vi: 'Số hiệu chưa chắc chắn (có nguồn ghi 244/QĐ-KHVN); chưa tìm thấy cách chấm điểm, điểm đạt và thời hạn của danh hiệu giai đoạn 2021–2030.',
    en: 'The number is uncertain (also cited as 244/QĐ-KHVN); the scoring, pass mark and validity of the 2021–2030 title were not found.',
  },
}))();

/**
 * Civil Code 2015 (91/2015/QH13), Articles 147–148: a period in months starts
 * the day after the event and ends at the end of the corresponding day of the
 * last month, or of that month's last day when it has no such day. Read in a
 * thuvienphapluat.vn Q&A that restates both articles; Article 145 applies it
 * unless another law provides otherwise, and the circulars' own counting rule
 * was not read: `verified: false`.
 *
 * @example
 * CIVIL_CODE_PERIODS_SOURCE.section; // 'Điều 147, Điều 148'
 */
export const CIVIL_CODE_PERIODS_SOURCE: LegalSource = /* @__PURE__ */ (() => ({
  ...CIVIL_CODE_DOC,
  section: 'Điều 147, Điều 148',
  verified: false,
  confidence: 'N',
  note: {
    vi: 'Đọc qua một bài hỏi đáp pháp luật nhắc lại hai điều này; áp dụng cho thời gian chờ 12 tháng của các thông tư là cách hiểu của thư viện.',
    en: "Read as restated by a legal Q&A page; applying it to the circulars' 12-month wait is this library's reading.",
  },
}))();
