import type { RuleSource } from '../rule.js';

/*
 * The legal instruments the rules cite, named as a reader of a dossier cites
 * them: number, date, issuing body. Article-level sources are made with
 * `at(document, article, note?)` so every rule names an article.
 */

type Document = Pick<RuleSource, 'document' | 'documentEn'>;

/**
 * Decree 20/2014/NĐ-CP (universal education and literacy).
 *
 * @example
 * at(ND20_2014, 'Điều 21').article; // 'Điều 21'
 */
export const ND20_2014: Document = {
  document: 'Nghị định 20/2014/NĐ-CP ngày 24/03/2014 của Chính phủ',
  documentEn: 'Government Decree 20/2014/ND-CP of 24 March 2014 on universal education and literacy',
};
/**
 * Circular 07/2016/TT-BGDĐT (conditions and procedure).
 *
 * @example
 * TT07_2016.document; // 'Thông tư 07/2016/TT-BGDĐT ngày 22/03/2016 của Bộ trưởng Bộ Giáo dục và Đào tạo'
 */
export const TT07_2016: Document = {
  document: 'Thông tư 07/2016/TT-BGDĐT ngày 22/03/2016 của Bộ trưởng Bộ Giáo dục và Đào tạo',
  documentEn: 'Circular 07/2016/TT-BGDDT of 22 March 2016 of the Minister of Education and Training (conditions; amended by Circular 29/2021/TT-BGDDT)',
};
/**
 * Decree 142/2025/NĐ-CP (authority of two-tier local government in the field of education).
 *
 * @example
 * ND142_2025.document; // 'Nghị định 142/2025/NĐ-CP ngày 12/06/2025 của Chính phủ'
 */
export const ND142_2025: Document = {
  document: 'Nghị định 142/2025/NĐ-CP ngày 12/06/2025 của Chính phủ',
  documentEn: 'Government Decree 142/2025/ND-CP of 12 June 2025 (authority of two-tier local government, education)',
};
/**
 * Decree 143/2025/NĐ-CP (delegation in the field of the Ministry of Education and
 * Training; it moves the recognition of provinces for the lower levels to the
 * provincial chair).
 *
 * @example
 * ND143_2025.document; // 'Nghị định 143/2025/NĐ-CP ngày 12/06/2025 của Chính phủ'
 */
export const ND143_2025: Document = {
  document: 'Nghị định 143/2025/NĐ-CP ngày 12/06/2025 của Chính phủ',
  documentEn: 'Government Decree 143/2025/ND-CP of 12 June 2025 (delegation in the field of the Ministry of Education and Training)',
};
/**
 * Decree 277/2025/NĐ-CP (preschool for ages 3–5, detailing Resolution 218/2025/QH15).
 *
 * @example
 * ND277_2025.document; // 'Nghị định 277/2025/NĐ-CP ngày 20/10/2025 của Chính phủ'
 */
export const ND277_2025: Document = {
  document: 'Nghị định 277/2025/NĐ-CP ngày 20/10/2025 của Chính phủ',
  documentEn: 'Government Decree 277/2025/ND-CP of 20 October 2025 (universal preschool education for children aged 3–5, detailing Resolution 218/2025/QH15)',
};

/**
 * An article of a document, with an optional note on what was read.
 *
 * @example
 * at(ND277_2025, 'Điều 12', 'draft text').note; // 'draft text'
 */
export function at(doc: Document, article: string, note?: string): RuleSource {
  return note === undefined ? { ...doc, article } : { ...doc, article, note };
}
