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
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Finds which known column each header is. `columns` maps a column key to
 * the headers it accepts, compared squashed (so "tử số" also accepts "TU_SO").
 *
 * @param headers - the header row as written
 * @param columns - column key → accepted spellings
 * @returns per header index, the column key or `null` when unknown
 * @example
 * matchHeaders(['Chỉ tiêu', 'TU_SO', 'x'], { indicator: ['indicator', 'chỉ tiêu'], numerator: ['numerator', 'tử số'] });
 * // ['indicator', 'numerator', null]
 */
export function matchHeaders<K extends string>(headers: readonly string[], columns: Readonly<Record<K, readonly string[]>>): (K | null)[] {
  const bySpelling = new Map<string, K>();
  for (const key of Object.keys(columns) as K[]) for (const s of columns[key]) bySpelling.set(squashHeader(s), key);
  return headers.map((h) => bySpelling.get(squashHeader(h)) ?? null);
}
