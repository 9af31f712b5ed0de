/**
 * Sheet names a workbook accepts, from names people wrote (units: "Phường
 * Đăk Cấm", "Xã A/B", long names). Excel refuses a name longer than 31
 * characters, with any of `[ ] : * ? / \`, starting or ending with `'`, empty,
 * or equal to another sheet's name without regard to case, and keeps "History"
 * for itself.
 */

/** The most characters (UTF-16 code units) of a sheet name. */
const MAX = 31;

/**
 * One valid, unique sheet name per wanted name, in order: forbidden
 * characters become `-`, the name is cut to 31 characters (never inside a
 * character), an empty name becomes `fallback` with its position, and a name
 * already taken (without regard to case, or in `taken`) gets " (2)", " (3)"…
 * within the 31 characters.
 *
 * @param wanted - the names, e.g. the units
 * @param options - `taken`: names already in the workbook (a summary sheet); `fallback`: the word for an empty name
 * @returns the sheet names, one per wanted name
 * @example
 * sheetNames(['Xã A/B', 'xã a-b', '']);          // ['Xã A-B', 'xã a-b (2)', 'Trang 3']
 * sheetNames(['Tổng hợp'], { taken: ['Tổng hợp'] }); // ['Tổng hợp (2)']
 * sheetNames(['Phường Đăk Cấm, thành phố Kon Tum, tỉnh Quảng Ngãi'])[0].length; // 31
 */
export function sheetNames(
  wanted: readonly string[],
  options: { readonly taken?: readonly string[]; readonly fallback?: string } = {},
): string[] {
  const used = new Set((options.taken ?? []).map(key));
  used.add(key('History'));
  return wanted.map((w, i) => {
    let base = cut(
      w
        .normalize('NFC')
        .replace(/[[\]:*?/\\]/g, '-')
        // control characters (a line break in a unit name) cannot be in a name
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '')
        .trim(),
      MAX,
    );
    if (base === '') base = `${options.fallback ?? 'Trang'} ${i + 1}`;
    let name = base;
    for (let n = 2; used.has(key(name)); n++) {
      const suffix = ` (${n})`;
      name = `${cut(base, MAX - suffix.length).trimEnd()}${suffix}`;
    }
    used.add(key(name));
    return name;
  });
}

/** How Excel compares sheet names: without case. */
function key(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi');
}

/** At most `max` UTF-16 code units, never half of a surrogate pair (names are NFC: a Vietnamese letter is one unit). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const c of text) {
    if (out.length + c.length > max) break;
    out += c;
  }
  return out.trimEnd();
}
