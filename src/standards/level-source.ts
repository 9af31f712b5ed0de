import type { StandardId } from './model.js';
import { Hidden } from '../util/hidden.js';

/*
 * Reading the level interval of a result made here straight from its hidden context, without
 * building its result objects: what a roll-up of many communes or districts reads.
 */

/**
 * Where the next tier reads a lower unit's level interval from, without
 * building its result objects: the hidden context of a result made here.
 *
 * @example
 * const slot: LevelSlot = { minLevel: 0, maxLevel: 0, provisionalRules: [] };
 * sourceOf(communeResult)?.read('xmc', 0, ['xmc'], slot); // 'read'; slot holds the interval
 */
export interface LevelSource {
  /**
   * Fills `slot` with the unit's interval and provisional rules for `standard`, which is
   * `standards[at]` (a unit assessed for the same list reads it by position); `'absent'`
   * when the unit was not assessed for it.
   */
  read(standard: StandardId, at: number, standards: readonly StandardId[], slot: LevelSlot): 'read' | 'absent';
}

/**
 * The hidden context of a commune or unit result made here, or undefined for
 * one made elsewhere.
 *
 * @example
 * sourceOf(assessCommune({ counts: {} }, { regime: 'nd20-2014' })) !== undefined; // true
 * sourceOf({ standards: {} }); // undefined
 */
export function sourceOf(unit: object): LevelSource | undefined {
  return Hidden.of(unit) as LevelSource | undefined;
}

/**
 * True for a commune result made by {@link evaluateCommune}, or a district or
 * province result made by `evaluateUnit` (each carries the hidden context its
 * details are built from): valid by construction.
 *
 * @example
 * isAssessedHere(assessCommune({ counts: {} }, { regime: 'nd20-2014' })); // true
 * isAssessedHere({ standards: {} }); // false
 */
export function isAssessedHere(unit: object): boolean {
  return Hidden.of(unit) !== undefined;
}

/**
 * A reusable holder for {@link readLevels}.
 *
 * @example
 * const slot: LevelSlot = { minLevel: 0, maxLevel: 0, provisionalRules: [] };
 */
export interface LevelSlot {
  minLevel: number;
  maxLevel: number;
  provisionalRules: readonly string[];
}

const NONE: readonly StandardId[] = /* @__PURE__ */ (() => Object.freeze([]))();

/**
 * Reads a standard's level interval and provisional rules straight from a
 * commune result made here, without building its result objects (a national
 * roll-up would otherwise build 50,000 of them). Returns `'other'` for a unit
 * made elsewhere (read its `standards` instead), `'absent'` when the commune
 * was not assessed for that standard, `'read'` when `slot` was filled.
 *
 * @example
 * const r = assessCommune({ counts: {} }, { regime: 'nd20-2014', standards: ['xmc'] });
 * const slot: LevelSlot = { minLevel: 0, maxLevel: 0, provisionalRules: [] };
 * readLevels(r, 'xmc', slot); // 'read'; slot is { minLevel: 0, maxLevel: 2, provisionalRules: [] }
 */
export function readLevels(unit: object, standard: StandardId, slot: LevelSlot): 'read' | 'absent' | 'other' {
  const source = sourceOf(unit);
  return source === undefined ? 'other' : source.read(standard, -1, NONE, slot);
}
