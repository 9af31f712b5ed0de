import { compareCounts } from '../exact/compare.js';
import { displayUnits } from '../exact/display.js';
import { unitsToDecimal } from '../exact/round.js';
import type { Share } from '../exact/share.js';
import { sourceOf, type LevelSlot, type LevelSource } from './level-source.js';
import type { CompiledRollup, CompiledStandard } from './compile.js';
import { EMPTY, level, summarize } from './levels.js';
import type { StandardId } from './model.js';
import type { StandardCheckStatus, LevelAssessment, LowerUnit, RollupCheck, StandardAssessment } from './result.js';
import type { Applicability, AdminTier } from './rule.js';

/*
 * The roll-up checks of one standard at a higher unit, from its lower units: each lower unit's
 * group and level interval (its column), the units of a rule's group counted at a level (a
 * tally), the status of a roll-up rule (decided here only) and the assessment of the standard
 * with every level and check.
 */

/**
 * A rejected commune whose especially-difficult flag is unreadable belongs to
 * one of the two groups of a group rule (Decree 277/2025: ordinary communes,
 * especially difficult ones), but which is unknown. It is marked with a hidden
 * key and counted in both groups, as undetermined: each group's share then
 * lies inside [certain, possible] whichever group it really is in, so a
 * province is never recognised for certain on a guess.
 *
 * @example
 * Object.defineProperty(unit, GROUP_UNKNOWN, { value: true });
 */
export const GROUP_UNKNOWN = Symbol('xhht.standards.groupUnknown');
/**
 * A unit marked of unknown group (see GROUP_UNKNOWN).
 *
 * @example
 * const u = { [GROUP_UNKNOWN]: true } as Marked;
 */
export type Marked = { readonly [GROUP_UNKNOWN]: true };
/** Value of `Column.ed` for a unit of unknown group. */
const UNKNOWN_GROUP = 2;

/**
 * Lower units counted for one standard: level interval, group and id of each.
 *
 * @example
 * columns(lower, standards, list)[0]!.min; // each lower unit's minimum level
 */
export interface Column {
  readonly min: readonly number[];
  readonly max: readonly number[];
  readonly ed: readonly number[];
  readonly ids: readonly string[];
  readonly provisional: ReadonlySet<string>;
}

/**
 * The group of a lower unit: 0 ordinary, 1 especially difficult, UNKNOWN_GROUP (see GROUP_UNKNOWN).
 *
 * @example
 * groupOf(commune, sourceOf(commune)); // 0, 1 or 2
 */
export function groupOf(u: LowerUnit, source: LevelSource | undefined): number {
  // Only units made elsewhere (rejected communes, stand-ins) can carry the unknown-group mark.
  if (source === undefined && (u as Partial<Marked>)[GROUP_UNKNOWN] === true) return UNKNOWN_GROUP;
  return u.especiallyDifficult === true ? 1 : 0;
}

/**
 * Fills `slot` with lower unit `u`'s interval and provisional rules for
 * `standards[k]`: from its hidden context when it was made here (no result
 * object built), else from its `standards`. A unit without the standard is
 * undetermined, never "not met": [0, top], nothing provisional.
 *
 * @example
 * readLower(unit, sourceOf(unit), ['xmc'], 0, 3, slot); // slot.minLevel, slot.maxLevel
 */
export function readLower(
  u: LowerUnit,
  source: LevelSource | undefined,
  standards: readonly StandardId[],
  k: number,
  top: number,
  slot: LevelSlot,
): void {
  const found = source === undefined ? 'other' : source.read(standards[k]!, k, standards, slot);
  if (found === 'read') return;
  const st = found === 'other' ? u.standards[standards[k]!] : undefined;
  slot.minLevel = st ? st.minLevel : 0;
  slot.maxLevel = st ? st.maxLevel : top;
  slot.provisionalRules = st?.provisional ? st.provisionalRules : EMPTY;
}

/**
 * The columns of every standard of a unit at once, one pass over its lower
 * units: their ids and groups once (shared by the columns), and per standard
 * the level interval of each.
 *
 * @example
 * columns(communes, ['xmc'], [compiledXmc])[0]!.ids; // ['c1', 'c2']
 */
export function columns(
  lower: readonly LowerUnit[],
  standards: readonly StandardId[],
  list: readonly CompiledStandard[],
): Column[] {
  const n = lower.length;
  const ed: number[] = new Array(n);
  const ids: string[] = new Array(n);
  const mins: number[][] = list.map(() => new Array(n));
  const maxs: number[][] = list.map(() => new Array(n));
  const provisional: Set<string>[] = list.map(() => new Set());
  const slot: LevelSlot = { minLevel: 0, maxLevel: 0, provisionalRules: EMPTY };
  for (let i = 0; i < n; i++) {
    const u = lower[i]!;
    const source = sourceOf(u);
    ed[i] = groupOf(u, source);
    ids[i] = u.id ?? `#${i}`;
    for (let k = 0; k < list.length; k++) {
      readLower(u, source, standards, k, list[k]!.top, slot);
      mins[k]![i] = slot.minLevel;
      maxs[k]![i] = slot.maxLevel;
      for (const r of slot.provisionalRules) provisional[k]!.add(r);
    }
  }
  return list.map((_, k) => ({ min: mins[k]!, max: maxs[k]!, ed, ids, provisional: provisional[k]! }));
}

const inGroup = (group: Applicability, ed: number) => group === 'all' || (group === 'normal' ? ed === 0 : ed === 1);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Units of a roll-up rule's group at one level: how many, how many there for certain, possibly.
 *
 * @example
 * const t: Tally = { total: 0, certain: 0, possible: 0 };
 */
export interface Tally {
  total: number;
  certain: number;
  possible: number;
}

/** Counts `rule` at `lvl` into `t`; the undetermined units' ids go to `undetermined` when given. */
function tally(rule: CompiledRollup['rule'], col: Column, lvl: number, t: Tally, undetermined: string[] | null): void {
  const n = col.ids.length;
  let total = 0;
  let certain = 0;
  let possible = 0;
  for (let i = 0; i < n; i++) {
    const e = col.ed[i]!;
    if (e === UNKNOWN_GROUP && rule.group !== 'all') {
      total++;
      possible++;
      undetermined?.push(col.ids[i]!);
      continue;
    }
    if (!inGroup(rule.group, e)) continue;
    total++;
    if (col.min[i]! >= lvl) certain++;
    if (col.max[i]! >= lvl) {
      possible++;
      if (col.min[i]! < lvl) undetermined?.push(col.ids[i]!);
    }
  }
  t.total = total;
  t.certain = certain;
  t.possible = possible;
}

/**
 * The status of a roll-up rule from its tally (`units`: lower units counted in all): the only place it is decided.
 *
 * @example
 * rollupStatus(rule, 10, { total: 10, certain: 9, possible: 10 }); // 'pass' for a 90% minimum
 */
export function rollupStatus(rule: CompiledRollup['rule'], units: number, t: Tally): StandardCheckStatus {
  if (units === 0) return 'unknown';
  if (t.total === 0) return rule.whenEmpty === 'pass' ? 'pass' : 'unknown';
  if (compareCounts(t.certain, t.total, rule.threshold) >= 0) return 'pass';
  return compareCounts(t.possible, t.total, rule.threshold) >= 0 ? 'unknown' : 'fail';
}

function rollupCheck(c: CompiledRollup, col: Column, lvl: number): RollupCheck {
  const { rule } = c;
  const n = col.ids.length;
  const undeterminedIds: string[] = [];
  const t: Tally = { total: 0, certain: 0, possible: 0 };
  tally(rule, col, lvl, t, undeterminedIds);
  const { total, certain, possible } = t;
  const undetermined = undeterminedIds.length > 0 ? undeterminedIds : null;
  const certainShare: Share = { numerator: certain, denominator: total };
  const possibleShare: Share = { numerator: possible, denominator: total };
  const status = rollupStatus(rule, n, t);
  let minRate: string | null = null;
  let maxRate: string | null = null;
  let reason: string | undefined;
  if (n === 0) {
    reason = 'no lower units to count';
  } else if (total === 0) {
    reason = rule.whenEmpty === 'pass' ? 'no units in this group: nothing left to meet' : 'no units in this group';
  } else {
    // The one display rule (a minimum): each bound reads as the same share does everywhere and
    // never crosses the minimum the wrong way.
    minRate = unitsToDecimal(displayUnits(certain * 100, total, 2, 'at-least', c.guards), 2);
    maxRate = unitsToDecimal(displayUnits(possible * 100, total, 2, 'at-least', c.guards), 2);
    if (status === 'unknown')
      reason = `${undetermined!.length} undetermined: share between ${minRate}% and ${maxRate}%`;
  }
  const out: Mutable<RollupCheck> = {
    rule: rule.id,
    kind: 'rollup',
    label: rule.label,
    labelVi: rule.labelVi,
    source: rule.source,
    verified: rule.verified,
    provisional: !rule.verified,
    missing: EMPTY,
    of: rule.of,
    group: rule.group,
    certain: certainShare,
    possible: possibleShare,
    required: rule.threshold.text,
    undeterminedUnits: undetermined ? undetermined.sort() : EMPTY,
    status,
    minRate,
    maxRate,
  };
  if (rule.overridden) out.overridden = rule.overridden;
  if (reason !== undefined) out.reason = reason;
  return out;
}

function shares(col: Column, lvl: number): { certain: Share; possible: Share } {
  let certain = 0;
  let possible = 0;
  for (let i = 0; i < col.ids.length; i++) {
    if (col.min[i]! >= lvl) certain++;
    if (col.max[i]! >= lvl) possible++;
  }
  const d = col.ids.length;
  return { certain: { numerator: certain, denominator: d }, possible: { numerator: possible, denominator: d } };
}

/**
 * A unit's assessment of one standard with every level and check, from its lower units' column.
 *
 * @example
 * assessStandardAt(compiledXmc, 'district', column).level; // e.g. 2
 */
export function assessStandardAt(cs: CompiledStandard, tier: AdminTier, col: Column): StandardAssessment {
  const levels: LevelAssessment[] = [];
  let below: StandardCheckStatus = 'pass';
  for (const cl of cs.levels) {
    const rules = cl.rollup[tier] ?? [];
    const checks = rules.map((r) => rollupCheck(r, col, cl.level));
    // A level with no rule at this tier cannot be recognised: unknown, not met.
    const l: LevelAssessment =
      checks.length > 0
        ? level(cl, checks, below, shares(col, cl.level), tier)
        : {
            ...level(cl, checks, below, shares(col, cl.level), tier),
            status: 'unknown' as const,
            met: below === 'fail' ? ('fail' as const) : ('unknown' as const),
          };
    levels.push(l);
    below = l.met;
  }
  return summarize(cs, levels, col.provisional);
}
