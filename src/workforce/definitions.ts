import { ISSUERS, QD_1373_DOC } from '../catalog/documents.js';
import type { Labels, LegalSource } from '../catalog/source.js';
import type { QualificationLevel } from './levels.js';

/*
 * Which levels count in each rate. The official statistical definitions were
 * not found, so every definition below is data with its source and `verified`
 * flag, and callers can pass their own.
 */

/**
 * A rate definition: the levels its numerator counts, where that reading comes
 * from, and whether the source was verified.
 *
 * @example
 * TRAINED_WITH_CERTIFICATE.levels.includes('certificate-under-3-months'); // false (the default reading)
 * TRAINED_WITH_CERTIFICATE.source.verified;                               // false: provisional
 */
export interface QualificationDefinition {
  /** Stable kebab-case id. */
  readonly id: string;
  readonly label: Labels;
  /** The levels whose people the numerator counts (`postgraduate` covers master and doctorate). */
  readonly levels: readonly QualificationLevel[];
  readonly source: LegalSource;
  /** Why these levels: the reading and what is uncertain. */
  readonly note: Labels;
}

/**
 * Trained in any form ("đã qua đào tạo", broad): every level but "not trained".
 * The official text of the broad indicator was not found; that it includes
 * training without a formal qualification is inferred from the broad/narrow gap
 * (64.5% vs 24.1% in 2020): uncertain.
 *
 * @example
 * TRAINED_BROAD.levels.length; // 7
 */
export const TRAINED_BROAD: QualificationDefinition = /* @__PURE__ */ (() => ({
  id: 'trained-broad',
  label: { vi: 'Đã qua đào tạo (mọi hình thức)', en: 'Trained in any form (broad)' },
  levels: [
    'worker-without-certificate',
    'certificate-under-3-months',
    'elementary-vocational',
    'intermediate',
    'college',
    'university',
    'postgraduate',
  ],
  source: {
    type: 'other',
    number: null,
    issuer: ISSUERS.molisa,
    title: {
      vi: 'Chỉ tiêu "Tỷ lệ lao động qua đào tạo"',
      en: 'Indicator "share of trained workers" (tỷ lệ lao động qua đào tạo)',
    },
    verified: false,
    confidence: '?',
    note: {
      vi: 'Chưa tìm thấy định nghĩa chính thức; tính các trình độ 2–8 của phiếu thông tin cung lao động, suy ra từ chênh lệch giữa tỷ lệ qua đào tạo và tỷ lệ có bằng, chứng chỉ.',
      en: 'Official definition not found; levels 2–8 of the labour-supply form, inferred from the gap between the broad and the narrow rate.',
    },
  },
  note: {
    vi: 'Tính mọi trình độ trừ "Chưa qua đào tạo". Định nghĩa chính thức chưa tìm thấy; cách đọc này suy ra từ chênh lệch giữa tỷ lệ qua đào tạo (64,5%) và tỷ lệ có bằng, chứng chỉ (24,1%) năm 2020.',
    en: 'Counts every level except "not trained". The official definition was not found; this reading is inferred from the gap between the broad (64.5%) and the narrow (24.1%) 2020 rates.',
  },
}))();

/**
 * Trained with a degree or certificate ("có bằng, chứng chỉ", narrow): sơ cấp
 * and above. Under-3-month certificates are **excluded**, a working
 * assumption (the labour-supply form lists them apart from sơ cấp, and sơ cấp
 * programmes run 3 months to under 1 year): `verified: false` until the
 * statistical definition is read.
 *
 * @example
 * TRAINED_WITH_CERTIFICATE.levels; // ['elementary-vocational', 'intermediate', 'college', 'university', 'postgraduate']
 */
export const TRAINED_WITH_CERTIFICATE: QualificationDefinition = /* @__PURE__ */ (() => ({
  id: 'trained-with-certificate',
  label: {
    vi: 'Được đào tạo có bằng, chứng chỉ (từ sơ cấp trở lên)',
    en: 'Trained with a degree or certificate (sơ cấp and above)',
  },
  levels: ['elementary-vocational', 'intermediate', 'college', 'university', 'postgraduate'],
  source: {
    type: 'other',
    number: null,
    issuer: ISSUERS.gso,
    title: {
      vi: 'Điều tra lao động - việc làm, chỉ tiêu lao động "có bằng, chứng chỉ"',
      en: 'Labour Force Survey, indicator of workers "with a degree or certificate" (có bằng, chứng chỉ)',
    },
    verified: false,
    confidence: '?',
    note: {
      vi: 'Không định nghĩa nào đã đọc nói chứng chỉ nghề dưới 3 tháng có được tính hay không; thư viện tạm không tính.',
      en: 'No definition read says whether under-3-month certificates count; the library leaves them out as a working assumption.',
    },
  },
  note: {
    vi: 'Tính từ sơ cấp trở lên; không tính chứng chỉ nghề dưới 3 tháng (giả định làm việc: phiếu thông tin cung lao động của Bộ Lao động - Thương binh và Xã hội tách "Chứng chỉ nghề dưới 3 tháng" khỏi "Sơ cấp"). Chưa xác minh với định nghĩa của Tổng cục Thống kê.',
    en: 'Counts sơ cấp and above; under-3-month certificates are not counted (a working assumption: the labour-supply form of the Ministry of Labour lists "Chứng chỉ nghề dưới 3 tháng" apart from "Sơ cấp"). Not verified against the General Statistics Office definition.',
  },
}))();

/**
 * The alternative narrow reading that **includes** under-3-month certificates:
 * how the 2025 report of phường Đăk Cấm (Mục II.3) counts its 9.287 people
 * "được đào tạo trình độ chuyên môn kĩ thuật" (1.736 of them with such
 * certificates). Pass it to follow that reading.
 *
 * @example
 * TRAINED_WITH_CERTIFICATE_INCL_SHORT_COURSES.levels[0]; // 'certificate-under-3-months'
 */
export const TRAINED_WITH_CERTIFICATE_INCL_SHORT_COURSES: QualificationDefinition = {
  id: 'trained-with-certificate-incl-short-courses',
  label: {
    vi: 'Được đào tạo có bằng, chứng chỉ (kể cả chứng chỉ nghề dưới 3 tháng)',
    en: 'Trained with a degree or certificate (including under-3-month certificates)',
  },
  levels: [
    'certificate-under-3-months',
    'elementary-vocational',
    'intermediate',
    'college',
    'university',
    'postgraduate',
  ],
  source: {
    type: 'report',
    number: null,
    issuer: {
      vi: 'UBND phường Đăk Cấm, tỉnh Quảng Ngãi',
      en: "People's Committee of Đăk Cấm ward, Quảng Ngãi province",
    },
    title: {
      vi: 'sơ kết giai đoạn 2024-2025 Phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023-2030”',
      en: 'the 2024–2025 review of the movement “The whole country competes to build a learning society and promote lifelong learning, 2023–2030”',
    },
    section: 'Mục II.3',
    verified: false,
    confidence: '?',
    note: {
      vi: 'Cách đếm của một báo cáo địa phương, không phải định nghĩa thống kê.',
      en: "A local report's way of counting, not a statistical definition.",
    },
  },
  note: {
    vi: 'Tính cả chứng chỉ nghề dưới 3 tháng, như báo cáo của phường Đăk Cấm (9.287 người gồm 1.736 người có chứng chỉ nghề dưới 3 tháng).',
    en: 'Counts under-3-month certificates too, as the Đăk Cấm ward report does (its 9.287 include 1.736 such certificates).',
  },
};

/**
 * University or higher ("đại học trở lên"): Đại học and Trên đại học (thạc sĩ,
 * tiến sĩ). The phrase is Decision 1373's own ("… dân số có trình độ đại học
 * trở lên", Điều 1, Mục II.2.b, confidence A); the grouping is that of the MOLISA form.
 *
 * @example
 * UNIVERSITY_OR_HIGHER.levels; // ['university', 'postgraduate']
 */
export const UNIVERSITY_OR_HIGHER: QualificationDefinition = /* @__PURE__ */ (() => ({
  id: 'university-or-higher',
  label: { vi: 'Trình độ đại học trở lên', en: 'University or higher' },
  levels: ['university', 'postgraduate'],
  source: { ...QD_1373_DOC, section: 'Điều 1, Mục II.2.b', verified: true, confidence: 'A' },
  note: {
    vi: '"Đại học trở lên" gồm Đại học và Trên đại học (thạc sĩ, tiến sĩ).',
    en: '"Đại học trở lên" (university and above) is Đại học plus Trên đại học (master, doctorate).',
  },
}))();

/**
 * The built-in definitions by id.
 *
 * @example
 * Object.keys(QUALIFICATION_DEFINITIONS); // ['trained-broad', 'trained-with-certificate', …]
 */
export const QUALIFICATION_DEFINITIONS: Readonly<Record<string, QualificationDefinition>> = /* @__PURE__ */ (() => ({
  [TRAINED_BROAD.id]: TRAINED_BROAD,
  [TRAINED_WITH_CERTIFICATE.id]: TRAINED_WITH_CERTIFICATE,
  [TRAINED_WITH_CERTIFICATE_INCL_SHORT_COURSES.id]: TRAINED_WITH_CERTIFICATE_INCL_SHORT_COURSES,
  [UNIVERSITY_OR_HIGHER.id]: UNIVERSITY_OR_HIGHER,
}))();
