import { sourceOf, type LevelSlot, type LevelSource } from './level-source.js';
import { Hidden } from '../util/hidden.js';
import { compiled, type CompiledRollup, type CompiledStandard, type RuleLists } from './compile.js';
import { EMPTY, and } from './levels.js';
import type { StandardId } from './model.js';
import type { StandardCheckStatus, LowerUnit, StandardAssessment, StandardResults, UnitAssessment } from './result.js';
import type { AdminTier } from './rule.js';
import type { RuleSet } from './ruleset.js';
import {
  columns,
  assessStandardAt,
  rollupStatus,
  groupOf,
  readLower,
  type Column,
  type Tally,
} from './rollup-checks.js';

/*
 * One higher unit (a district or a province) assessed from its lower units: the interval of each
 * standard decided at once from a histogram of the lower units' levels, the provisional rules
 * merged once per list, and the result objects with every level and check (`standards`) built
 * on first read from a hidden context the next tier reads without building them.
 */

/**
 * What a unit's lazy `standards` is built from, kept on the result, hidden:
 * its lower units (results made here, whose intervals come from their own
 * hidden contexts and never change), or, when one of them was made elsewhere
 * (a caller's object, which the caller may change later), their columns copied
 * at once; and the interval and provisional rules of each standard, decided
 * at once, which the next tier reads without building the result objects (a
 * national roll-up would otherwise build every check of 705 districts to
 * count 63 provinces).
 */
class UnitContext implements LevelSource {
  built: StandardResults | null = null;
  constructor(
    readonly tier: 'district' | 'province',
    readonly standards: readonly StandardId[],
    readonly compiled: readonly CompiledStandard[],
    readonly lower: readonly LowerUnit[],
    readonly columns: readonly Column[] | null,
    readonly min: readonly number[],
    readonly max: readonly number[],
    readonly provisional: readonly (readonly string[])[],
  ) {}

  read(standard: StandardId, at: number, standards: readonly StandardId[], slot: LevelSlot): 'read' | 'absent' {
    const k = standards === this.standards ? at : this.standards.indexOf(standard);
    if (k < 0) return 'absent';
    slot.minLevel = this.min[k]!;
    slot.maxLevel = this.max[k]!;
    slot.provisionalRules = this.provisional[k]!;
    return 'read';
  }
}

const UNIT_STANDARDS: PropertyDescriptor = {
  enumerable: true,
  configurable: false,
  get(this: object): StandardResults {
    const ctx = Hidden.of(this) as UnitContext;
    if (ctx.built) return ctx.built;
    const cols = ctx.columns ?? columns(ctx.lower, ctx.standards, ctx.compiled);
    const out: Partial<Record<StandardId, StandardAssessment>> = {};
    ctx.standards.forEach((id, k) => {
      out[id] = assessStandardAt(ctx.compiled[k]!, ctx.tier, cols[k]!);
    });
    ctx.built = out;
    return ctx.built;
  },
};

/*
 * What deciding a unit needs from its lower units, per standard: how many
 * units of each group (0 ordinary, 1 especially difficult, 2 unknown) there
 * are, and how many of them are at each level for certain (minimum level at
 * least it) and possibly (maximum at least it). At offset `o` of a standard
 * with `top` levels: the group sizes at o + g, the certain counts at
 * o + 3 + g·top + l − 1, the possible ones at o + 3 + 3·top + g·top + l − 1.
 */
const histogramSize = (top: number) => 3 + 6 * top;

/** `tally` from the histogram of a standard at offset `o`: the same counts, without a pass over the units. */
function tallyHistogram(
  rule: CompiledRollup['rule'],
  h: readonly number[],
  o: number,
  top: number,
  lvl: number,
  t: Tally,
): void {
  const c = o + 3 + lvl - 1;
  const p = o + 3 + 3 * top + lvl - 1;
  if (rule.group === 'all') {
    t.total = h[o]! + h[o + 1]! + h[o + 2]!;
    t.certain = h[c]! + h[c + top]! + h[c + 2 * top]!;
    t.possible = h[p]! + h[p + top]! + h[p + 2 * top]!;
    return;
  }
  // A unit of unknown group is counted in either group, undetermined (see GROUP_UNKNOWN).
  const g = rule.group === 'normal' ? 0 : 1;
  t.total = h[o + g]! + h[o + 2]!;
  t.certain = h[c + g * top]!;
  t.possible = h[p + g * top]! + h[o + 2]!;
}

/**
 * The interval [minimum, maximum] of one standard at a unit (into `min[k]`,
 * `max[k]`) and its own provisional rules (returned), decided from its
 * histogram as `assessStandardAt` and `summarize` decide them from the built
 * levels, without building a check: the same statuses (`rollupStatus`), the
 * same cumulative levels, the unverified rules of every level up to the first
 * one that fails (the lower units' are added by `unionRules`).
 */
function decideStandardAt(
  cs: CompiledStandard,
  tier: AdminTier,
  units: number,
  h: readonly number[],
  o: number,
  t: Tally,
  k: number,
  min: number[],
  max: number[],
): string[] | null {
  let minLevel = 0;
  let maxLevel = 0;
  let below: StandardCheckStatus = 'pass';
  let rules: string[] | null = null;
  for (let li = 0; li < cs.levels.length; li++) {
    const cl = cs.levels[li]!;
    const checks = cl.rollup[tier] ?? EMPTY_ROLLUP;
    // A level with no rule at this tier cannot be recognised: unknown, not met. (Levels below
    // the first that fails are all there is to decide: `below` is never 'fail' here.)
    let status: StandardCheckStatus = checks.length === 0 ? 'unknown' : 'pass';
    for (let i = 0; i < checks.length; i++) {
      const rule = checks[i]!.rule;
      tallyHistogram(rule, h, o, cs.top, cl.level, t);
      const s = rollupStatus(rule, units, t);
      if (s === 'fail') {
        status = 'fail';
        break;
      }
      if (s === 'unknown') status = 'unknown';
    }
    const met = and(below, status);
    if (met === 'pass') minLevel = cl.level;
    if (met !== 'fail') maxLevel = cl.level;
    for (let i = 0; i < checks.length; i++) {
      const rule = checks[i]!.rule;
      if (rule.verified) continue;
      rules ??= [];
      if (!rules.includes(rule.id)) rules.push(rule.id);
    }
    if (met === 'fail') break;
    below = met;
  }
  min[k] = minLevel;
  max[k] = maxLevel;
  return rules;
}

/** Is `rules` already among the lists of standard `k`? (One list can be another standard's too.) */
function listed(
  lists: readonly (readonly string[])[],
  of: readonly number[],
  rules: readonly string[],
  k: number,
): boolean {
  for (let j = 0; j < lists.length; j++) if (lists[j] === rules && of[j] === k) return true;
  return false;
}

/**
 * The union of the lower units' lists of provisional rules for standard `k`
 * (`lower[j]` where `of[j] === k`) and a unit's own rules, sorted and frozen.
 * Lists of units made here are interned in the rule set's `RuleLists`: one
 * list is its own union, two are merged once per pair, so a national roll-up
 * makes a few lists, not one per district.
 */
function unionRules(
  lists: RuleLists,
  lower: readonly (readonly string[])[],
  of: readonly number[],
  k: number,
  own: readonly string[] | null,
): readonly string[] {
  let a: readonly string[] | null = null;
  let b: readonly string[] | null = null;
  let more = false;
  for (let j = 0; j < lower.length; j++) {
    if (of[j] !== k) continue;
    const l = lower[j]!;
    if (!lists.has(l) || b !== null) more = true;
    if (a === null) a = l;
    else if (b === null) b = l;
  }
  if (own === null && !more) return a === null ? EMPTY : b === null ? a : lists.union(a, b);
  const all = new Set<string>();
  for (let j = 0; j < lower.length; j++) if (of[j] === k) for (const r of lower[j]!) all.add(r);
  if (own !== null) for (const r of own) all.add(r);
  return lists.intern([...all].sort());
}

const EMPTY_LISTS: readonly (readonly string[])[] = /* @__PURE__ */ (() => Object.freeze([]))();
const EMPTY_INDEXES: readonly number[] = /* @__PURE__ */ (() => Object.freeze([]))();
const EMPTY_ROLLUP: readonly CompiledRollup[] = /* @__PURE__ */ (() => Object.freeze([]))();
const EMPTY_UNITS: readonly LowerUnit[] = /* @__PURE__ */ (() => Object.freeze([]))();

/**
 * Assesses one higher unit from lower-unit results, with a resolved rule set
 * (no option handling; `assessDistrict` / `assessProvince` / `rollUp` call it).
 * The interval of each standard is decided at once; the result objects with
 * every level and check (`standards`) are built on first read.
 *
 * @example
 * evaluateUnit('province', communeResults, resolveRules('nd142-2025'), ['xmc'], { id: 'p1' }).standards.xmc?.level;
 */
export function evaluateUnit(
  tier: 'district' | 'province',
  lower: readonly LowerUnit[],
  set: RuleSet,
  standards: readonly StandardId[],
  meta: { id?: string; province?: string } = {},
  owned = false,
): UnitAssessment {
  const { standards: index, ruleLists } = compiled(set);
  const s = standards.length;
  const list: CompiledStandard[] = new Array(s);
  const offsets: number[] = new Array(s);
  let size = 0;
  for (let k = 0; k < s; k++) {
    const cs = index.get(standards[k]!)!;
    list[k] = cs;
    offsets[k] = size;
    size += histogramSize(cs.top);
  }
  const h: number[] = new Array<number>(size).fill(0);
  // The distinct lists of provisional rules of the lower units, and the standard of each:
  // communes share a few frozen lists, so each is merged once.
  let lists: (readonly string[])[] | null = null;
  let listOf: number[] | null = null;
  const slot: LevelSlot = { minLevel: 0, maxLevel: 0, provisionalRules: EMPTY };
  let allHere = true;
  for (let i = 0; i < lower.length; i++) {
    const u = lower[i]!;
    const source = sourceOf(u);
    if (source === undefined) allHere = false;
    const g = groupOf(u, source);
    for (let k = 0; k < s; k++) {
      const top = list[k]!.top;
      readLower(u, source, standards, k, top, slot);
      const o = offsets[k]!;
      h[o + g]!++;
      for (let l = 1; l <= slot.minLevel; l++) h[o + 3 + g * top + l - 1]!++;
      for (let l = 1; l <= slot.maxLevel; l++) h[o + 3 + 3 * top + g * top + l - 1]!++;
      const rules = slot.provisionalRules;
      if (rules.length === 0 || (lists !== null && listed(lists, listOf!, rules, k))) continue;
      lists ??= [];
      lists.push(rules);
      listOf ??= [];
      listOf.push(k);
    }
  }
  const min: number[] = new Array(s);
  const max: number[] = new Array(s);
  const provisionalRules: (readonly string[])[] = new Array(s);
  const t: Tally = { total: 0, certain: 0, possible: 0 };
  let provisional = false;
  for (let k = 0; k < s; k++) {
    const own = decideStandardAt(list[k]!, tier, lower.length, h, offsets[k]!, t, k, min, max);
    const rules = unionRules(ruleLists, lists ?? EMPTY_LISTS, listOf ?? EMPTY_INDEXES, k, own);
    provisionalRules[k] = rules;
    if (rules.length > 0) provisional = true;
  }
  const out: { -readonly [K in keyof UnitAssessment]?: UnitAssessment[K] } = {};
  if (meta.id !== undefined) out.id = meta.id;
  out.tier = tier;
  out.regime = set.regime.id;
  if (meta.province !== undefined) out.province = meta.province;
  out.units = lower.length;
  // the list is kept for the details: a copy, unless the caller hands it over (rollUp)
  const kept = allHere ? (owned ? lower : [...lower]) : EMPTY_UNITS;
  Hidden.stamp(
    out,
    new UnitContext(
      tier,
      standards,
      list,
      kept,
      allHere ? null : columns(lower, standards, list),
      min,
      max,
      provisionalRules,
    ),
  );
  Object.defineProperty(out, 'standards', UNIT_STANDARDS);
  out.provisional = provisional;
  return out as UnitAssessment;
}
