import { layout } from './layout.js';

/*
 * The layout of a commune dossier as the scan reads it: ordered key lists of the groups, fields
 * and conditions (looked up from the key expected next), and the part-of-whole rules and count
 * constraints as flat slot arrays; made once, on first use.
 */

/**
 * The layout as ordered key lists, for the scan. A dossier almost always gives
 * its groups and fields in the documented order (or a subset of it), so each
 * key read is looked for from just after the previous one: property names are
 * interned strings, and comparing one with the key expected there costs next
 * to nothing, where a Map lookup per key was a third of assessing a commune.
 * Keys out of order are still found (the search wraps around), unknown ones
 * are not.
 *
 * @example
 * const t: ScanTables = scanTables();
 */
export interface ScanTables {
  readonly groups: readonly string[];
  readonly groupSlots: readonly ReadonlyMap<string, number>[];
  readonly keys: readonly (readonly string[])[];
  readonly slots: readonly (readonly number[])[];
  readonly conditionKeys: readonly string[];
  readonly conditionIndex: readonly ReadonlyMap<string, number>[];
  readonly conditionNames: readonly (readonly string[])[];
  readonly conditionSlots: readonly (readonly number[])[];
  /** PART_OF_WHOLE as [part, whole, part, whole, …]. */
  readonly parts: Int32Array;
  /**
   * Every check of one field against another (parts of wholes, and the
   * constraints with one field a side) as [a, b, a, b, …], violated when a > b:
   * one tight loop tells whether a dossier breaks any (it almost never does);
   * the issues are then made in their usual order.
   */
  readonly pairs: Int32Array;
  /**
   * The constraints with a sum on either side, SUM_WIDTH slots a side (−1 pads
   * a side of fewer fields): left slots then right slots, per constraint.
   */
  readonly sums: Int32Array;
  /**
   * COUNT_CONSTRAINTS as slot lists: the left side of constraint `i` sums the
   * slots `leftSlots[leftAt[i]] … leftSlots[leftAt[i + 1] − 1]`, the right side likewise.
   */
  readonly leftAt: Int32Array;
  readonly leftSlots: Int32Array;
  readonly rightAt: Int32Array;
  readonly rightSlots: Int32Array;
}

/**
 * Most fields a side of a constraint sums (the per-age parts of the 3–5-year-olds).
 *
 * @example
 * for (let o = 0; o < t.sums.length; o += 2 * SUM_WIDTH) checkConstraint(o);
 */
export const SUM_WIDTH = 3;

/** Lists of slot lists as one array and the start of each list (the last start is the end). */
function flatten(lists: readonly (readonly number[])[]): [Int32Array, Int32Array] {
  const at = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => {
    at[i + 1] = at[i]! + l.length;
  });
  return [at, Int32Array.from(lists.flat())];
}

let tables: ScanTables | null = null;

/**
 * The scan's tables, made on first use from the layout.
 *
 * @example
 * scanTables().groups; // the count groups of a dossier, in the documented order
 */
export function scanTables(): ScanTables {
  if (tables) return tables;
  const {
    groupSlots: GROUP_SLOTS,
    conditionIndex: CONDITION_INDEX,
    constraintSlots: CONSTRAINT_SLOTS,
    partOfWhole: PART_OF_WHOLE,
  } = layout();
  const groups = [...GROUP_SLOTS.keys()];
  const groupSlots = groups.map((g) => GROUP_SLOTS.get(g)!);
  const conditionKeys = [...CONDITION_INDEX.keys()];
  const conditionIndex = conditionKeys.map((k) => CONDITION_INDEX.get(k)!);
  const single = CONSTRAINT_SLOTS.filter((c) => c.left.length === 1 && c.right.length === 1);
  const pairs = [
    ...PART_OF_WHOLE.flatMap(({ part, whole }) => [part, whole]),
    ...single.flatMap((c) => [c.left[0]!, c.right[0]!]),
  ];
  const side = (slots: readonly number[]) => Array.from({ length: SUM_WIDTH }, (_, i) => slots[i] ?? -1);
  const sums = CONSTRAINT_SLOTS.flatMap((c) =>
    c.left.length === 1 && c.right.length === 1 ? [] : [...side(c.left), ...side(c.right)],
  );
  if (CONSTRAINT_SLOTS.some((c) => c.left.length > SUM_WIDTH || c.right.length > SUM_WIDTH))
    throw new Error(`a constraint sums more than ${SUM_WIDTH} fields`);
  const [leftAt, leftSlots] = flatten(CONSTRAINT_SLOTS.map((c) => c.left));
  const [rightAt, rightSlots] = flatten(CONSTRAINT_SLOTS.map((c) => c.right));
  tables = {
    groups,
    groupSlots,
    keys: groupSlots.map((m) => [...m.keys()]),
    slots: groupSlots.map((m) => [...m.values()]),
    conditionKeys,
    conditionIndex,
    conditionNames: conditionIndex.map((m) => [...m.keys()]),
    conditionSlots: conditionIndex.map((m) => [...m.values()]),
    parts: Int32Array.from(PART_OF_WHOLE.flatMap(({ part, whole }) => [part, whole])),
    pairs: Int32Array.from(pairs),
    sums: Int32Array.from(sums),
    leftAt,
    leftSlots,
    rightAt,
    rightSlots,
  };
  return tables;
}

/**
 * Position of `key` in `list`, looked for from `from` on, then from the start; -1 when absent.
 *
 * @example
 * find(['total', 'attending'], 'attending', 1); // 1
 * find(['total', 'attending'], 'total', 1); // 0: found after wrapping around
 */
export function find(list: readonly string[], key: string, from: number): number {
  const n = list.length;
  for (let i = from; i < n; i++) if (list[i] === key) return i;
  for (let i = 0; i < from && i < n; i++) if (list[i] === key) return i;
  return -1;
}
