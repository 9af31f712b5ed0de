import {
  ND_142_2025_DOC,
  ND_143_2025_DOC,
  ND_20_2014_DOC,
  ND_277_2025_DOC,
  TT_07_2016_DOC,
} from '../../catalog/documents.js';
import { formatSource, type LegalDocument } from '../../catalog/source.js';
import type { RuleSource } from '../rule.js';

/*
 * The legal instruments the rules cite, as a reader of a dossier cites them
 * (type, number, date, issuing body; see catalog/documents.ts). Article-level
 * sources are made with `at(document, article, note?)` so every rule names an
 * article.
 */

type Document = Pick<RuleSource, 'document' | 'documentEn'>;

/** The citation of a document in both languages, as every rule source names it. */
function cite(doc: LegalDocument): Document {
  return { document: formatSource(doc, 'vi', { title: true }), documentEn: formatSource(doc, 'en', { title: true }) };
}

/**
 * Decree 20/2014/NĐ-CP of 24/3/2014 (universal education and literacy).
 *
 * @example
 * ND20_2014.document; // 'Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ'
 * at(ND20_2014, 'Điều 21').article; // 'Điều 21'
 */
export const ND20_2014: Document = /* @__PURE__ */ cite(ND_20_2014_DOC);
/**
 * Circular 07/2016/TT-BGDĐT of 22/3/2016 (conditions and procedure; amended by Circular 29/2021/TT-BGDĐT).
 *
 * @example
 * TT07_2016.document; // 'Thông tư số 07/2016/TT-BGDĐT ngày 22/3/2016 của Bộ trưởng Bộ Giáo dục và Đào tạo'
 */
export const TT07_2016: Document = /* @__PURE__ */ cite(TT_07_2016_DOC);
/**
 * Decree 142/2025/NĐ-CP of 12/6/2025 (authority of two-tier local government).
 *
 * @example
 * ND142_2025.document.startsWith('Nghị định số 142/2025/NĐ-CP ngày 12/6/2025 của Chính phủ'); // true
 */
export const ND142_2025: Document = /* @__PURE__ */ cite(ND_142_2025_DOC);
/**
 * Decree 143/2025/NĐ-CP of 12/6/2025 (decentralisation and delegation in the
 * field of the Ministry of Education and Training; it moves the recognition of
 * provinces for the lower levels to the provincial chair).
 *
 * @example
 * ND143_2025.document.startsWith('Nghị định số 143/2025/NĐ-CP ngày 12/6/2025 của Chính phủ'); // true
 */
export const ND143_2025: Document = /* @__PURE__ */ cite(ND_143_2025_DOC);
/**
 * Decree 277/2025/NĐ-CP of 20/10/2025 (preschool for ages 3–5, detailing Resolution 218/2025/QH15).
 *
 * @example
 * ND277_2025.documentEn; // 'Decree No. 277/2025/NĐ-CP of 20 October 2025 by the Government on universal preschool education for children aged 3 to 5'
 */
export const ND277_2025: Document = /* @__PURE__ */ cite(ND_277_2025_DOC);

/**
 * An article of a document, with an optional note on what was read.
 *
 * @example
 * at(ND277_2025, 'Điều 12', 'draft text').note; // 'draft text'
 */
export function at(doc: Document, article: string, note?: string): RuleSource {
  return note === undefined ? { ...doc, article } : { ...doc, article, note };
}
