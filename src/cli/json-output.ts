/**
 * JSON output written in pieces. `JSON.stringify(value, null, 2)` builds one
 * string, and a string has a maximum length (about 512 MB in Node): the JSON
 * of 20,000 communes with every check passes it (RangeError: Invalid string
 * length). {@link jsonPieces} gives the same text in pieces, each value below
 * a depth stringified on its own, so no piece is larger than one item of the
 * output; an array may be given as {@link jsonArray} (its items made as they
 * are written, then let go) and a value as {@link jsonLater} (made when the
 * writer reaches it, after the values before it).
 */

/** An array whose items are made as they are written. */
class LazyArray {
  constructor(readonly items: Iterable<unknown>) {}
}

/** A value made when the writer reaches it. */
class Later {
  constructor(readonly make: () => unknown) {}
}

/**
 * An array for {@link jsonPieces} whose items come from an iterable, read once
 * as the array is written: the items need not all exist at once.
 *
 * @param items - the items, in order
 * @example
 * [...jsonPieces({ reports: jsonArray(reports.map(render)) })].join('');
 */
export function jsonArray(items: Iterable<unknown>): unknown {
  return new LazyArray(items);
}

/**
 * A value for {@link jsonPieces} made when the writer reaches it, so it may
 * depend on what was made while the values before it were written (issues
 * found while the reports before them were computed).
 *
 * @param make - makes the value
 * @example
 * jsonPieces({ reports: jsonArray(each()), issues: jsonLater(() => issuesSoFar) });
 */
export function jsonLater(make: () => unknown): unknown {
  return new Later(make);
}

/**
 * The text of `JSON.stringify(value, null, 2)`, in pieces: objects and arrays
 * down to `depth` are written key by key and item by item, deeper values each
 * by one `JSON.stringify`. Joined, the pieces are exactly that text; none of
 * them holds more than one value below `depth`. `jsonArray` and `jsonLater`
 * are read where they stand, down to `depth`.
 *
 * @param value - what to write
 * @param depth - how many levels of objects and arrays are written piece by piece (default 3)
 * @returns the pieces; nothing for a value JSON has no text for (`undefined`, a function)
 * @example
 * [...jsonPieces({ a: [1, 2] })].join('') === JSON.stringify({ a: [1, 2] }, null, 2); // true
 */
export function* jsonPieces(value: unknown, depth = 3): Generator<string> {
  const v = resolve(value, '');
  if (omitted(v)) return;
  yield* write(v, depth, '');
}

function* write(value: unknown, depth: number, indent: string): Generator<string> {
  if (depth <= 0 || !isContainer(value)) {
    const text = JSON.stringify(value, null, 2);
    yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  let first = true;
  if (Array.isArray(value) || value instanceof LazyArray) {
    const items: Iterable<unknown> = value instanceof LazyArray ? value.items : value;
    let i = 0;
    for (const item of items) {
      yield `${first ? '[' : ','}\n${inner}`;
      first = false;
      const v = resolve(item, String(i++));
      if (omitted(v)) yield 'null';
      else yield* write(v, depth - 1, inner);
    }
    yield first ? '[]' : `\n${indent}]`;
    return;
  }
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    const v = resolve(object[key], key);
    if (omitted(v)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* write(v, depth - 1, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** The value JSON writes for `value`: a later value made, `toJSON` applied. */
function resolve(value: unknown, key: string): unknown {
  const v = value instanceof Later ? value.make() : value;
  if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function')
    return (v as { toJSON(key: string): unknown }).toJSON(key);
  return v;
}

/** Values JSON leaves out of an object (and writes as null in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** An array, a lazy array or a plain object: written piece by piece. Anything else is one JSON.stringify. */
function isContainer(v: unknown): boolean {
  if (v instanceof LazyArray || Array.isArray(v)) return true;
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Pieces of text joined into pieces of about `size` characters: fewer, larger
 * writes.
 *
 * @param pieces - the text, in pieces
 * @param size - the size to gather before a piece is given out (default 16,384 characters: a piece stays below the size
 * V8 keeps apart as a large object, which only a full collection frees)
 * @example
 * [...gather(['a', 'b', 'c'], 2)]; // ['ab', 'c']
 */
export function* gather(pieces: Iterable<string>, size = 1 << 14): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const p of pieces) {
    if (p === '') continue;
    parts.push(p);
    length += p.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield parts.join('');
}
