/**
 * Matching CSV column headers written by people: "as_of", "asOf", "As of",
 * "Tử số", "tu_so" and "TỬ SỐ" are the same column. Headers are compared in a
 * squashed form: Vietnamese marks removed ("đ" → "d"), lower case, letters and
 * digits only.
 */

/**
 * The squashed form of a header used for matching.
 *
 * @example
 * squashHeader('Tử số');                    // 'tuso'
 * squashHeader('as_of');                    // 'asof'
 * squashHeader('age15to60.literateLevel2'); // 'age15to60literatelevel2'
 * squashHeader('Đặc biệt khó khăn');         // 'dacbietkhokhan'
 */
export function squashHeader(header: string): string {
  return foldHeader(header).replace(/[^a-z0-9]/g, '');
}

/**
 * A header without Vietnamese marks ("đ" → "d"), in lower case: what every
 * comparison of headers starts from.
 *
 * @example
 * foldHeader('Số người 15-60 tuổi'); // 'so nguoi 15-60 tuoi'
 */
export function foldHeader(header: string): string {
  return header.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * A header as its words: without marks, lower case, single spaces, no
 * punctuation ("Mục tiêu Theo…" → "muc tieu theo…"), to compare it by its first
 * words.
 *
 * @example
 * headerWords('Tỷ lệ (%) đạt'); // 'ty le dat'
 */
export function headerWords(header: string): string {
  return foldHeader(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Finds which known column each header is. `columns` maps a column key to
 * the headers it accepts, compared squashed (so "tử số" also accepts "TU_SO").
 * A header that matches none as written is tried without its parenthesised
 * parts ("Ghi chú (ước thực hiện)" is "ghi chú"), then by its first words:
 * `leading` maps a column key to phrases a longer header may start with, as
 * printed appendix headers do ("Mục tiêu theo kế hoạch … đến năm 2025 (tỷ lệ %)"
 * starts with "mục tiêu"). A header that matches as written always wins
 * ("Kết quả đạt" is not a "kết quả…" header).
 *
 * @param headers - the header row as written
 * @param columns - column key → accepted spellings
 * @param leading - column key → phrases a header may start with
 * @returns per header index, the column key or `null` when unknown
 * @example
 * matchHeaders(['Chỉ tiêu', 'TU_SO', 'x'], { indicator: ['indicator', 'chỉ tiêu'], numerator: ['numerator', 'tử số'] });
 * // ['indicator', 'numerator', null]
 * matchHeaders(['Mục tiêu đến năm 2025 (%)', 'Ghi chú (ước)'], { target: ['mục tiêu'], note: ['ghi chú'] }, { target: ['mục tiêu'] });
 * // ['target', 'note']
 */
export function matchHeaders<K extends string>(
  headers: readonly string[],
  columns: Readonly<Record<K, readonly string[]>>,
  leading: Readonly<Partial<Record<K, readonly string[]>>> = {} as Readonly<Partial<Record<K, readonly string[]>>>,
): (K | null)[] {
  const bySpelling = new Map<string, K>();
  for (const key of Object.keys(columns) as K[]) for (const s of columns[key]) bySpelling.set(squashHeader(s), key);
  const leads: [string, K][] = [];
  for (const key of Object.keys(leading) as K[]) for (const s of leading[key] ?? []) leads.push([headerWords(s), key]);
  return headers.map((h) => {
    const exact = bySpelling.get(squashHeader(h));
    if (exact !== undefined) return exact;
    // what the header says before its qualifications: without "(…)" parts, on one line
    const head = h.replace(/\([^)]*\)?/g, ' ');
    const core = bySpelling.get(squashHeader(head));
    if (core !== undefined) return core;
    const w = headerWords(head);
    if (w === '') return null;
    for (const [phrase, key] of leads) if (w === phrase || w.startsWith(`${phrase} `)) return key;
    return null;
  });
}
