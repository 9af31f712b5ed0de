import type { Labels, LegalDocument } from './source.js';

/*
 * The national documents the built-in data cites, each once: sources spread one
 * of these and add the section, `verified` and `confidence`. A title is given
 * only where the document's own wording (its trích yếu) is known.
 */

// each issuer on its own, so that a document names it without a property read (a bundler keeps what reads one)
const PRIME_MINISTER = { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' } as const;
const GOVERNMENT = { vi: 'Chính phủ', en: 'Government' } as const;
const NATIONAL_ASSEMBLY = { vi: 'Quốc hội', en: 'National Assembly' } as const;
const MOET_MINISTER = { vi: 'Bộ trưởng Bộ Giáo dục và Đào tạo', en: 'Minister of Education and Training' } as const;
const MOLISA = {
  vi: 'Bộ Lao động - Thương binh và Xã hội',
  en: 'Ministry of Labour, Invalids and Social Affairs',
} as const;
const GSO = { vi: 'Tổng cục Thống kê', en: 'General Statistics Office' } as const;
const LEARNING_PROMOTION_ASSOCIATION = {
  vi: 'Hội Khuyến học Việt Nam',
  en: 'Vietnam Association for Learning Promotion',
} as const;

/**
 * Issuing bodies of the national documents.
 *
 * @example
 * ISSUERS.primeMinister.vi; // 'Thủ tướng Chính phủ'
 */
export const ISSUERS = {
  primeMinister: PRIME_MINISTER,
  government: GOVERNMENT,
  nationalAssembly: NATIONAL_ASSEMBLY,
  moetMinister: MOET_MINISTER,
  molisa: MOLISA,
  gso: GSO,
  learningPromotionAssociation: LEARNING_PROMOTION_ASSOCIATION,
} as const satisfies Record<string, Labels>;

/**
 * Decision 1373/QĐ-TTg of 30/7/2021: the scheme "Xây dựng xã hội học tập giai đoạn 2021-2030".
 *
 * @example
 * formatSource(QD_1373_DOC); // 'Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ'
 */
export const QD_1373_DOC: LegalDocument = {
  type: 'decision',
  number: '1373/QĐ-TTg',
  date: '2021-07-30',
  issuer: PRIME_MINISTER,
  title: {
    vi: 'phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”',
    en: 'approving the scheme “Building a learning society, 2021–2030” (Xây dựng xã hội học tập)',
  },
};

/**
 * Decision 387/QĐ-TTg of 25/3/2022: lifelong learning in families, clans, communities and units.
 *
 * @example
 * QD_387_DOC.number; // '387/QĐ-TTg'
 */
export const QD_387_DOC: LegalDocument = {
  type: 'decision',
  number: '387/QĐ-TTg',
  date: '2022-03-25',
  issuer: PRIME_MINISTER,
  title: {
    vi: 'phê duyệt Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị”',
    en: 'approving the programme “Promoting lifelong learning in families, clans, communities and units”',
  },
};

/**
 * Decision 677/QĐ-TTg of 3/6/2022: the "Công dân học tập" (learning citizen) model.
 *
 * @example
 * QD_677_DOC.date; // '2022-06-03'
 */
export const QD_677_DOC: LegalDocument = {
  type: 'decision',
  number: '677/QĐ-TTg',
  date: '2022-06-03',
  issuer: PRIME_MINISTER,
  title: {
    vi: 'phê duyệt Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021-2030”',
    en: 'approving the programme “Building the learning-citizen model, 2021–2030” (Công dân học tập)',
  },
};

/**
 * Decree 20/2014/NĐ-CP of 24/3/2014 on universal education and literacy.
 *
 * @example
 * formatSource(ND_20_2014_DOC, 'en'); // 'Decree No. 20/2014/NĐ-CP of 24 March 2014 by the Government'
 */
export const ND_20_2014_DOC: LegalDocument = {
  type: 'decree',
  number: '20/2014/NĐ-CP',
  date: '2014-03-24',
  issuer: GOVERNMENT,
  title: { vi: 'phổ cập giáo dục, xóa mù chữ', en: 'universal education and literacy' },
};

/**
 * Circular 07/2016/TT-BGDĐT of 22/3/2016: the conditions and the procedure for
 * checking and recognising the standards (amended by Circular 29/2021/TT-BGDĐT).
 *
 * @example
 * TT_07_2016_DOC.number; // '07/2016/TT-BGDĐT'
 */
export const TT_07_2016_DOC: LegalDocument = {
  type: 'circular',
  number: '07/2016/TT-BGDĐT',
  date: '2016-03-22',
  issuer: MOET_MINISTER,
};

/**
 * Decree 142/2025/NĐ-CP of 12/6/2025: the authority of two-tier local
 * government in the field of the Ministry of Education and Training.
 *
 * @example
 * ND_142_2025_DOC.date; // '2025-06-12'
 */
export const ND_142_2025_DOC: LegalDocument = {
  type: 'decree',
  number: '142/2025/NĐ-CP',
  date: '2025-06-12',
  issuer: GOVERNMENT,
  title: {
    vi: 'phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Giáo dục và Đào tạo',
    en: 'the division of authority of two-tier local government in the state management field of the Ministry of Education and Training',
  },
};

/**
 * Decree 143/2025/NĐ-CP of 12/6/2025: decentralisation and delegation in the
 * state management field of the Ministry of Education and Training (it moves
 * the recognition of provinces for the lower levels to the provincial chair).
 *
 * @example
 * ND_143_2025_DOC.date; // '2025-06-12'
 */
export const ND_143_2025_DOC: LegalDocument = {
  type: 'decree',
  number: '143/2025/NĐ-CP',
  date: '2025-06-12',
  issuer: GOVERNMENT,
  title: {
    vi: 'phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Giáo dục và Đào tạo',
    en: 'decentralisation and delegation in the state management field of the Ministry of Education and Training',
  },
};

/**
 * Decree 277/2025/NĐ-CP of 20/10/2025: universal preschool education for
 * children aged 3 to 5 (detailing Resolution 218/2025/QH15).
 *
 * @example
 * ND_277_2025_DOC.date; // '2025-10-20'
 */
export const ND_277_2025_DOC: LegalDocument = {
  type: 'decree',
  number: '277/2025/NĐ-CP',
  date: '2025-10-20',
  issuer: GOVERNMENT,
  title: {
    vi: 'phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi',
    en: 'universal preschool education for children aged 3 to 5',
  },
};

/**
 * Resolution 218/2025/QH15 of 26/6/2025 of the National Assembly: universal
 * preschool education for children aged 3 to 5.
 *
 * @example
 * NQ_218_2025_DOC.issuer?.en; // 'National Assembly'
 */
export const NQ_218_2025_DOC: LegalDocument = {
  type: 'resolution',
  number: '218/2025/QH15',
  date: '2025-06-26',
  issuer: NATIONAL_ASSEMBLY,
  title: {
    vi: 'phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi',
    en: 'universal preschool education for children aged 3 to 5',
  },
};

/**
 * Circular 24/2023/TT-BGDĐT of 11/12/2023: "Đơn vị học tập" (learning unit)
 * at district and province level.
 *
 * @example
 * TT_24_2023_DOC.number; // '24/2023/TT-BGDĐT'
 */
export const TT_24_2023_DOC: LegalDocument = {
  type: 'circular',
  number: '24/2023/TT-BGDĐT',
  date: '2023-12-11',
  issuer: MOET_MINISTER,
};

/**
 * Circular 25/2023/TT-BGDĐT of 27/12/2023 (in force 12/02/2024): "Cộng đồng
 * học tập" (learning community) at commune, district and province level.
 *
 * @example
 * TT_25_2023_DOC.date; // '2023-12-27'
 */
export const TT_25_2023_DOC: LegalDocument = {
  type: 'circular',
  number: '25/2023/TT-BGDĐT',
  date: '2023-12-27',
  issuer: MOET_MINISTER,
};

/**
 * The Education Law, Law 43/2019/QH14 of 14/6/2019 (school ages counted by year, Art. 28).
 *
 * @example
 * formatSource(EDUCATION_LAW_DOC); // 'Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019 của Quốc hội'
 */
export const EDUCATION_LAW_DOC: LegalDocument = {
  type: 'law',
  number: '43/2019/QH14',
  date: '2019-06-14',
  issuer: NATIONAL_ASSEMBLY,
  title: { vi: 'Luật Giáo dục', en: 'Education Law' },
};

/**
 * The Civil Code, Law 91/2015/QH13 of 24/11/2015.
 *
 * @example
 * formatSource(CIVIL_CODE_DOC); // 'Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015 của Quốc hội'
 */
export const CIVIL_CODE_DOC: LegalDocument = {
  type: 'law',
  number: '91/2015/QH13',
  date: '2015-11-24',
  issuer: NATIONAL_ASSEMBLY,
  title: { vi: 'Bộ luật Dân sự', en: 'Civil Code' },
};
