import { once } from '../once.js';
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
 * const s: Snapshot = new Float64Array(layout().snapshotSize).fill(NaN);
 */
export type Snapshot = Float64Array | number[];

/**
 * Where everything is in a snapshot, worked out on first use (it reads every
 * regime's rules, which are built on first use too).
 *
 * - `conditionSlots`: every yes/no condition any regime names, with its input
 *   path; its slot is `FIELD_LIST.length + index`.
 * - `conditionIndex`: the slot of each condition, by input key then condition name.
 * - `levelBase`: where the evaluator keeps its results: three slots per
 *   standard assessed (minimum level, maximum level, last level considered),
 *   after the counts and conditions. Keeping them there saves four small
 *   arrays per commune, which a national batch feels in garbage collection.
 * - `snapshotSize`: counts, conditions, and the level slots of every standard.
 * - `groupSlots`: each count group with the slot of every field (the first is
 *   the whole, the others its parts), keyed by group name.
 * - `partOfWhole`: "a part is at most its whole" for every group, as slots.
 * - `constraintSlots`: {@link COUNT_CONSTRAINTS} as slots.
 *
 * @example
 * const l = layout();
 * l.levelBase === FIELD_LIST.length + l.conditionSlots.length; // true
 * l.snapshotSize === l.levelBase + 3 * Object.keys(STANDARDS).length; // true
 * l.conditionSlots.find((c) => c.path === 'conditions.xmc.enoughTeachers')?.inputKey; // 'xmc'
 * l.groupSlots.get('age11')?.get('total'); // index of age11.total
 */
export interface SnapshotLayout {
  readonly conditionSlots: readonly {
    readonly inputKey: keyof CommuneConditions;
    readonly name: string;
    readonly path: string;
  }[];
  readonly conditionIndex: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly levelBase: number;
  readonly snapshotSize: number;
  readonly groupSlots: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly partOfWhole: readonly { readonly part: number; readonly whole: number }[];
  readonly constraintSlots: readonly { readonly left: readonly number[]; readonly right: readonly number[] }[];
}

/**
 * The snapshot layout (see {@link SnapshotLayout}), built once.
 *
 * @example
 * layout().snapshotSize > layout().levelBase; // true
 */
export const layout: () => SnapshotLayout = /* @__PURE__ */ once(buildLayout);

function buildLayout(): SnapshotLayout {
  const conditionSlots: { inputKey: keyof CommuneConditions; name: string; path: string }[] = [];
  const seen = new Set<string>();
  for (const r of Object.values(REGIMES)) {
    // Every reading's rules too: a condition may exist only under one reading.
    for (const rule of [...r.rules, ...(r.readings ?? []).flatMap((g) => g.options.flatMap((o) => o.rules))]) {
      if (rule.kind !== 'condition') continue;
      const inputKey = STANDARDS[rule.standard].inputKey;
      const path = `conditions.${inputKey}.${rule.condition}`;
      if (seen.has(path)) continue;
      seen.add(path);
      conditionSlots.push({ inputKey, name: rule.condition, path });
    }
  }
  const conditionIndex = new Map<string, Map<string, number>>();
  for (const s of Object.values(STANDARDS)) conditionIndex.set(s.inputKey, new Map());
  conditionSlots.forEach((c, i) => conditionIndex.get(c.inputKey)!.set(c.name, FIELD_LIST.length + i));
  const levelBase = FIELD_LIST.length + conditionSlots.length;
  return {
    conditionSlots,
    conditionIndex,
    levelBase,
    snapshotSize: levelBase + 3 * Object.keys(STANDARDS).length,
    groupSlots: new Map(
      COUNT_GROUPS.map((g) => [
        g.group,
        new Map(g.fields.map((f) => [f.key, FIELD_INDEX.get(`${g.group}.${f.key}`)!])),
      ]),
    ),
    partOfWhole: COUNT_GROUPS.flatMap((g) => {
      const whole = FIELD_INDEX.get(`${g.group}.${g.fields[0]!.key}`)!;
      return g.fields.slice(1).map((f) => ({ part: FIELD_INDEX.get(`${g.group}.${f.key}`)!, whole }));
    }),
    constraintSlots: COUNT_CONSTRAINTS.map((c) => ({
      left: c.left.map((f) => FIELD_INDEX.get(f)!),
      right: c.right.map((f) => FIELD_INDEX.get(f)!),
    })),
  };
}
