/**
 * True when two values of plain data (objects, arrays, strings, numbers,
 * booleans, null) are the same, whatever the order of object keys; a key
 * whose value is `undefined` counts as absent, as in JSON.
 *
 * @example
 * sameData({ a: 1, b: [2] }, { b: [2], a: 1 }); // true
 * sameData({ a: 1, b: undefined }, { a: 1 });    // true
 * sameData([1, 2], [2, 1]);                      // false
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => sameData(x, bs[i]));
  }
  const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const ka = keys(a);
  const kb = keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}
