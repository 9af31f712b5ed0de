import type { LegalSource } from '../catalog/source.js';

/*
 * The documents behind the learning-model titles, from
 * shared/domain/learning-models-workforce.md Part A. `verified` follows the
 * library's meaning (the value was read in the legal text or a verbatim quote):
 * the domain note read these documents through secondary summaries only, so
 * they are `verified: false`, confidence `C`, and the note keeps the domain
 * note's own tag ([confirmed] = two or more independent summaries agree).
 */

/**
 * Decision 387/QĐ-TTg (25/3/2022): lifelong learning in families, clans,
 * communities and units, 2021–2030 (domain note §A0, §A3).
 *
 * @example
 * QD_387_SOURCE.document; // '387/QĐ-TTg'
 */
export const QD_387_SOURCE: LegalSource = {
  document: '387/QĐ-TTg',
  date: '2022-03-25',
  verified: false,
  confidence: 'C',
  note: 'Domain note §A0/§A3 [confirmed] from summaries (thuviennhadat.vn header, baogialai, baoyenbai); the decision text was not read.',
};

/**
 * Decision 677/QĐ-TTg (03/6/2022): the "Công dân học tập" model, 2021–2030 (§A4).
 *
 * @example
 * QD_677_SOURCE.date; // '2022-06-03'
 */
export const QD_677_SOURCE: LegalSource = {
  document: '677/QĐ-TTg',
  date: '2022-06-03',
  verified: false,
  confidence: 'C',
  note: 'Domain note §A4 [confirmed] for subjects and targets; the title\'s scoring and validity rules were not found.',
};

/**
 * Circular 24/2023/TT-BGDĐT (11/12/2023): "Đơn vị học tập" at district and
 * province level, levels 1 and 2 (§A1).
 *
 * @example
 * TT_24_2023_SOURCE.document; // 'Thông tư 24/2023/TT-BGDĐT'
 */
export const TT_24_2023_SOURCE: LegalSource = {
  document: 'Thông tư 24/2023/TT-BGDĐT',
  date: '2023-12-11',
  verified: false,
  confidence: 'C',
  note: 'Domain note §A1: levels, the 12-month wait and the 3-year validity [confirmed: Đà Lạt, Sơn La reports; lawnet summaries]; the circular text was not read.',
};

/**
 * Circular 25/2023/TT-BGDĐT (27/12/2023, in force 12/02/2024): "Cộng đồng học
 * tập" at commune, district and province level, levels 1 and 2 (§A2).
 *
 * @example
 * TT_25_2023_SOURCE.date; // '2023-12-27'
 */
export const TT_25_2023_SOURCE: LegalSource = {
  document: 'Thông tư 25/2023/TT-BGDĐT',
  date: '2023-12-27',
  verified: false,
  confidence: 'C',
  note: 'Domain note §A2: units, deciders, levels, the 12-month wait and the 3-year (36-month) validity [confirmed: tuyengiao.vn, hoinhabaobacgiang.vn, a gov-portal mirror]; in force 12/02/2024; the circular text was not read.',
};

/**
 * The Hội Khuyến học Việt Nam criteria for families, clans, village
 * communities and commune units: QĐ 448/QĐ-KHVN (2016–2020) and the 2022
 * criteria whose number was not found (§A3).
 *
 * @example
 * HKH_MODEL_CRITERIA_SOURCE.document; // '448/QĐ-KHVN (Hội Khuyến học Việt Nam) and the 2022 criteria'
 */
export const HKH_MODEL_CRITERIA_SOURCE: LegalSource = {
  document: '448/QĐ-KHVN (Hội Khuyến học Việt Nam) and the 2022 criteria',
  date: '2015-12-01',
  verified: false,
  confidence: '?',
  note: 'Domain note §A3: QĐ 448 dated 01/12/2015 (one page says 10/11/2015) for 2016–2020; the July 2022 criteria aligned with QĐ 1373/387 — number and indicators not found.',
};

/**
 * The Hội Khuyến học decision with the "Công dân học tập" criteria, cited as
 * 324/QĐ-KHVN (TT 24/2023 via lawnet) and as 244/QĐ-KHVN (Báo Hải Dương) —
 * the number is uncertain (§A0, §A4).
 *
 * @example
 * HKH_CITIZEN_CRITERIA_SOURCE.confidence; // '?'
 */
export const HKH_CITIZEN_CRITERIA_SOURCE: LegalSource = {
  document: '324/QĐ-KHVN (also cited as 244/QĐ-KHVN), Hội Khuyến học Việt Nam',
  verified: false,
  confidence: '?',
  note: 'Domain note §A4: the decision number is uncertain; scoring, pass mark and validity of the 2021–2030 title were not found.',
};

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
export const CIVIL_CODE_PERIODS_SOURCE: LegalSource = {
  document: 'Bộ luật Dân sự 2015 (91/2015/QH13)',
  date: '2015-11-24',
  section: 'Điều 147, Điều 148',
  verified: false,
  confidence: 'N',
  note: 'Read as restated by thuvienphapluat.vn (hỏi đáp 3896F); applying it to the circulars\' 12-month wait is this library\'s reading.',
};
