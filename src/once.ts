/**
 * A function that makes its value the first time it is called and gives that same value after:
 * for the data tables and indexes the library builds on first use, so that importing it builds
 * nothing (issue 11). The value's type is the maker's, literal ids included. A maker that throws
 * is called again next time.
 *
 * @param make - builds the value
 * @returns the value, made once
 * @example
 * const table = once(() => new Map([['a', 1]]));
 * table() === table(); // true: made on the first call only
 */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
