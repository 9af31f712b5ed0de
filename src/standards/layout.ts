import { COUNT_CONSTRAINTS, COUNT_GROUPS, FIELD_INDEX, FIELD_LIST } from './fields.js';
import type { CommuneConditions } from './model.js';
import { REGIMES } from './regimes.js';
import { STANDARDS } from './standards.js';

/*
 * The layout of a commune snapshot: one flat array of doubles holding every
 * count (NaN when missing), then every yes/no condition (1, 0, NaN when
 * unanswered), then the evaluator's level slots. A commune is read into it
 * once, while it is validated; rules are compiled to indexes into it, and a
 * result's details are built from it later. A snapshot is a copy, so a result
 * never changes when the caller's input does. A batch's snapshots are views of
 * one Float64Array: its memory is outside the garbage-collected heap.
 */

/**
 * A commune read into the snapshot layout: a view of a batch's buffer, or a
 * plain array of doubles for a commune assessed on its own (a typed array of
 * this size lives outside the heap and costs more to make than the whole
 * assessment).
 *
 * @example
 * const s: Snapshot = new Float64Array(SNAPSHOT_SIZE).fill(NaN);
 */
export type Snapshot = Float64Array | number[];

/**
 * Every yes/no condition any regime names, with its place in a snapshot
 * (`FIELD_LIST.length + index`) and its input path.
 *
 * @example
 * CONDITION_SLOTS.find((c) => c.path === 'conditions.xmc.enoughTeachers')?.inputKey; // 'xmc'
 */
export const CONDITION_SLOTS: readonly {
  readonly inputKey: keyof CommuneConditions;
  readonly name: string;
  readonly path: string;
}[] = /*#__PURE__*/ (() => {
  const out: { inputKey: keyof CommuneConditions; name: string; path: string }[] = [];
  const seen = new Set<string>();
  for (const r of Object.values(REGIMES)) {
    // Every reading's rules too: a condition may exist only under one reading.
    for (const rule of [...r.rules, ...(r.readings ?? []).flatMap((g) => g.options.flatMap((o) => o.rules))]) {
      if (rule.kind !== 'condition') continue;
      const inputKey = STANDARDS[rule.standard].inputKey;
      const path = `conditions.${inputKey}.${rule.condition}`;
      if (seen.has(path)) continue;
      seen.add(path);
      out.push({ inputKey, name: rule.condition, path });
    }
  }
  return out;
})();

/**
 * Snapshot slot of each condition, by input key then condition name.
 *
 * @example
 * CONDITION_INDEX.get('xmc')?.get('enoughTeachers'); // e.g. 27
 */
export const CONDITION_INDEX: ReadonlyMap<string, ReadonlyMap<string, number>> = /*#__PURE__*/ (() => {
  const m = new Map<string, Map<string, number>>();
  for (const s of Object.values(STANDARDS)) m.set(s.inputKey, new Map());
  CONDITION_SLOTS.forEach((c, i) => m.get(c.inputKey)!.set(c.name, FIELD_LIST.length + i));
  return m;
})();

/**
 * Where the evaluator keeps its results in a snapshot: three slots per
 * standard assessed (minimum level, maximum level, last level considered),
 * after the counts and conditions. Keeping them there saves four small arrays
 * per commune, which a national batch feels in garbage collection.
 *
 * @example
 * LEVEL_BASE === FIELD_LIST.length + CONDITION_SLOTS.length; // true
 */
export const LEVEL_BASE = FIELD_LIST.length + CONDITION_SLOTS.length;

/**
 * Length of a snapshot: counts, conditions, and the level slots of every standard.
 *
 * @example
 * SNAPSHOT_SIZE === LEVEL_BASE + 3 * Object.keys(STANDARDS).length; // true
 */
export const SNAPSHOT_SIZE = LEVEL_BASE + 3 * Object.keys(STANDARDS).length;

/**
 * Each count group with the snapshot index of every field (the first is the
 * whole, the others its parts), keyed by group name.
 *
 * @example
 * GROUP_SLOTS.get('age11')?.get('total'); // index of age11.total
 */
export const GROUP_SLOTS: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  COUNT_GROUPS.map((g) => [g.group, new Map(g.fields.map((f) => [f.key, FIELD_INDEX.get(`${g.group}.${f.key}`)!]))]),
);

/**
 * "A part is at most its whole" for every group, as snapshot indexes.
 *
 * @example
 * PART_OF_WHOLE.length > 0; // true
 */
export const PART_OF_WHOLE: readonly { readonly part: number; readonly whole: number }[] = COUNT_GROUPS.flatMap((g) => {
  const whole = FIELD_INDEX.get(`${g.group}.${g.fields[0]!.key}`)!;
  return g.fields.slice(1).map((f) => ({ part: FIELD_INDEX.get(`${g.group}.${f.key}`)!, whole }));
});

/**
 * {@link COUNT_CONSTRAINTS} as snapshot indexes.
 *
 * @example
 * CONSTRAINT_SLOTS.length === COUNT_CONSTRAINTS.length; // true
 */
export const CONSTRAINT_SLOTS: readonly { readonly left: readonly number[]; readonly right: readonly number[] }[] =
  COUNT_CONSTRAINTS.map((c) => ({
    left: c.left.map((f) => FIELD_INDEX.get(f)!),
    right: c.right.map((f) => FIELD_INDEX.get(f)!),
  }));
