import type { RuleSource } from '../rule.js';

/*
 * The legal instruments the rules cite. Article-level sources are made with
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
  document: 'Nghị định 20/2014/NĐ-CP',
  documentEn: 'Decree 20/2014/ND-CP on universal education and literacy',
};
/**
 * Circular 07/2016/TT-BGDĐT (conditions and procedure).
 *
 * @example
 * TT07_2016.document; // 'Thông tư 07/2016/TT-BGDĐT'
 */
export const TT07_2016: Document = {
  document: 'Thông tư 07/2016/TT-BGDĐT',
  documentEn: 'Circular 07/2016/TT-BGDDT (conditions; amended by Circular 29/2021/TT-BGDDT)',
};
/**
 * Decree 142/2025/NĐ-CP (two-tier local government).
 *
 * @example
 * ND142_2025.document; // 'Nghị định 142/2025/NĐ-CP'
 */
export const ND142_2025: Document = {
  document: 'Nghị định 142/2025/NĐ-CP',
  documentEn: 'Decree 142/2025/ND-CP (authority of two-tier local government)',
};
/**
 * Decree 277/2025/NĐ-CP (preschool for ages 3–5).
 *
 * @example
 * ND277_2025.document; // 'Nghị định 277/2025/NĐ-CP'
 */
export const ND277_2025: Document = {
  document: 'Nghị định 277/2025/NĐ-CP',
  documentEn: 'Decree 277/2025/ND-CP (preschool universalisation for ages 3–5, detailing Resolution 218/2025/QH15)',
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
