/**
 * Input is read once. A caller's object may answer differently each time a
 * field is read (a getter returning 5, then 50), hide a field from the
 * validator (non-enumerable) while the computation reads it by name, or throw
 * when read (a getter, a Proxy, a revoked Proxy). So a public function first
 * takes a snapshot of what it is given, validates the snapshot, and computes
 * on the snapshot: every field is read exactly once, and what was checked is
 * what is used.
 */
import { reasonOf, isRevokedProxy } from './describe.js';
import { XhhtError, type IssuePath } from '../errors.js';
import { say } from '../messages/say.js';
import { VALUES } from '../messages/sections.js';
import { Hidden } from './hidden.js';

/**
 * Deepest nesting a snapshot follows; real input is a few levels deep.
 *
 * @example
 * snapshot(deeplyNested); // throws XhhtError { code: 'invalid-input' } past SNAPSHOT_MAX_DEPTH levels
 */
const SNAPSHOT_MAX_DEPTH = 64;

/**
 * "the value" or "the value at observations[3].numerator", for a message.
 *
 * @example
 * valueAt(['observations', 3, 'numerator']).en; // 'the value at observations[3].numerator'
 */
export function valueAt(path: IssuePath): { en: string; vi: string } {
  if (path.length === 0) return say(VALUES, 'value.given');
  let p = '';
  for (const k of path) p += typeof k === 'number' ? `[${k}]` : p === '' ? k : `.${k}`;
  return say(VALUES, 'value.at', { path: p });
}

/**
 * The coded error for a value that could not be read at `path`: a revoked
 * Proxy, or a getter or Proxy trap that threw `error`.
 *
 * @example
 * try { value.numerator; } catch (e) { throw unreadable(['share', 'numerator'], e, value); }
 */
export function unreadable(path: IssuePath, error: unknown, value: unknown): XhhtError {
  if (typeof value === 'object' && value !== null && isRevokedProxy(value)) {
    return new XhhtError('invalid-input', say(VALUES, 'invalid-input.revoked-proxy', { what: valueAt(path) }), {
      path: [...path],
    });
  }
  return new XhhtError(
    'invalid-input',
    say(VALUES, 'invalid-input.unreadable', { what: valueAt(path), reason: reasonOf(error) }),
    { path: [...path], cause: error },
  );
}

/**
 * A copy of `value` as plain data, every field read exactly once: arrays
 * become arrays (each index read once, holes as `undefined`), other objects
 * become plain objects of their own enumerable string keys (what `JSON.stringify`
 * and spread see; a non-enumerable field is not part of the input), and
 * primitives, functions and Symbols are kept as they are, for the validator to
 * reject; a Date is copied as a Date. A result made by xhht (an attainment report, a commune assessment)
 * is kept as it is: its lazy parts are xhht's own. A value shared in two
 * places is copied once.
 *
 * @param value - anything a caller gave
 * @param path - where it is, for the error
 * @param keep - objects to keep as they are (xhht's own, such as a plan made by definePlan)
 * @returns the copy
 * @throws XhhtError `invalid-input` when a part cannot be read (a revoked Proxy,
 *   a getter or Proxy trap that throws), refers to itself, or is nested more than
 *   {@link SNAPSHOT_MAX_DEPTH} levels deep; the error's path names the part
 * @example
 * let reads = 0;
 * const o = { get numerator() { return reads++ === 0 ? 5 : 50; }, denominator: 10 };
 * snapshot(o); // { numerator: 5, denominator: 10 }: read once
 * const { proxy, revoke } = Proxy.revocable({}, {});
 * revoke();
 * snapshot({ counts: proxy }); // throws XhhtError { code: 'invalid-input', path: ['counts'] }
 */
export function snapshot<T = unknown>(value: T, path: IssuePath = [], keep?: (value: object) => boolean): T {
  // a primitive is its own snapshot
  if (typeof value !== 'object' || value === null) return value;
  if (keep === undefined) {
    // most inputs (an observation, a row) are flat objects of primitives: copied without the walk's bookkeeping
    const flat = flatCopy(value);
    if (flat !== null) return flat as T;
  }
  return new Walk([...path], keep).copy(value, 0) as T;
}

/**
 * A plain object whose values are all primitives, copied, each field read
 * once; `null` for anything else (an array, a date, xhht's own result, a
 * nested object, a value that cannot be read), which the walk then copies
 * (and reports) reading every field afresh: the copy made is always from one
 * reading of each field.
 */
function flatCopy(value: object): object | null {
  try {
    if (Array.isArray(value) || value instanceof Date || Hidden.of(value) !== undefined) return null;
    // spread reads each own enumerable field once (V8 copies a plain object this way fastest);
    // "__proto__" becomes a data field of the copy, never its prototype
    const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(out);
    for (let i = 0; i < keys.length; i++) {
      const v = out[keys[i]!];
      if (typeof v === 'object' && v !== null) return null;
    }
    // symbol-keyed fields come along with the spread; nothing of xhht reads them
    return out;
  } catch {
    return null;
  }
}

/**
 * One snapshot in progress: where it is (for errors), the objects open above it (cycles), and those copied (shared).
 */
class Walk {
  private readonly open: object[] = [];
  private done: Map<object, unknown> | null = null;

  constructor(
    private readonly path: (string | number)[],
    private readonly keep: ((value: object) => boolean) | undefined,
  ) {}

  copy(value: object, depth: number): unknown {
    const known = this.done?.get(value);
    if (known !== undefined) return known;
    if (this.keep?.(value)) return value;
    if (this.open.includes(value)) {
      throw new XhhtError('invalid-input', say(VALUES, 'invalid-input.cyclic', { what: valueAt(this.path) }), {
        path: [...this.path],
      });
    }
    if (depth > SNAPSHOT_MAX_DEPTH) {
      throw new XhhtError(
        'invalid-input',
        say(VALUES, 'invalid-input.too-deep', { what: valueAt(this.path), max: SNAPSHOT_MAX_DEPTH }),
        { path: [...this.path] },
      );
    }
    let array: boolean;
    let keys: readonly string[] | null = null;
    let length = 0;
    try {
      array = Array.isArray(value);
      if (array) length = (value as unknown[]).length;
      else {
        // xhht's own results keep their hidden context and lazy parts
        if (Hidden.of(value) !== undefined) return value;
        // a date (a spreadsheet cell) stays a date: its time read once
        if (value instanceof Date) return new Date(Date.prototype.getTime.call(value));
        keys = Object.keys(value);
      }
    } catch (e) {
      throw unreadable(this.path, e, value);
    }
    this.open.push(value);
    let out: unknown;
    if (array) {
      const a = new Array<unknown>(length);
      for (let i = 0; i < length; i++) a[i] = this.child(value, i, depth);
      out = a;
    } else {
      const o: Record<string, unknown> = {};
      for (const k of keys!) {
        const c = this.child(value, k, depth);
        // "__proto__" is data here, never the prototype
        if (k === '__proto__')
          Object.defineProperty(o, k, { value: c, enumerable: true, writable: true, configurable: true });
        else o[k] = c;
      }
      out = o;
    }
    this.open.pop();
    if (depth > 0) {
      this.done ??= new Map();
      this.done.set(value, out);
    }
    return out;
  }

  /** The copy of `parent[key]`, read once. */
  private child(parent: object, key: string | number, depth: number): unknown {
    let v: unknown;
    try {
      v = (parent as Record<string | number, unknown>)[key];
    } catch (e) {
      this.path.push(key);
      throw unreadable(this.path, e, parent);
    }
    if (typeof v !== 'object' || v === null) return v;
    this.path.push(key);
    const c = this.copy(v, depth + 1);
    this.path.pop();
    return c;
  }
}

/**
 * Reads one field of a caller's object, once: a getter or Proxy trap that
 * throws, or a revoked Proxy, is an `invalid-input` XhhtError at `path` and
 * the key. For hot single-object functions, where a whole {@link snapshot}
 * would cost more than the work; read each field once into a local.
 *
 * @example
 * const n = readField(share, 'numerator', ['share']);
 */
export function readField(object: object, key: string, path: IssuePath = []): unknown {
  try {
    return (object as Record<string, unknown>)[key];
  } catch (e) {
    throw unreadable([...path, key], e, object);
  }
}

/**
 * The items of an array, read once each (its length once), without copying
 * the items themselves: for a batch that snapshots each item on its own, so
 * one unreadable item becomes that item's issue and the others go on. Holes
 * read as `undefined`. A revoked Proxy, or a length or index that throws, is
 * `invalid-input` at `path`.
 *
 * @example
 * snapshotItems([{ a: 1 }, 2]); // [{ a: 1 }, 2] (a new array, the same items)
 */
export function snapshotItems(list: readonly unknown[], path: IssuePath = []): unknown[] {
  let length: number;
  try {
    length = list.length;
  } catch (e) {
    throw unreadable(path, e, list);
  }
  const out = new Array<unknown>(length);
  for (let i = 0; i < length; i++) {
    try {
      out[i] = list[i];
    } catch (e) {
      throw unreadable([...path, i], e, list);
    }
  }
  return out;
}
