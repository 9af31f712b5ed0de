import { XhhtError, isXhhtError, issueOf, type Issue } from '../errors.js';
import { snapshot, snapshotItems } from '../util/snapshot.js';
import { compareCounts } from '../exact/compare.js';
import { displayUnits } from '../exact/display.js';
import { unitsToDecimal } from '../exact/round.js';
import type { Share } from '../exact/share.js';
import { readOptions, ruleSetOf, type StandardsOptions } from './commune.js';
import { evaluateCommune, evaluationPlan } from './evaluate.js';
import { sourceOf, type LevelSlot, type LevelSource } from './level-source.js';
import { Hidden } from '../util/hidden.js';
import { compiled, type CompiledRollup, type CompiledStandard, type RuleLists } from './compile.js';
import { EMPTY, and, level, summarize } from './levels.js';
import type { CommuneRecord, StandardId } from './model.js';
import type {
  StandardCheckStatus,
  CommuneAssessment,
  LevelAssessment,
  LowerUnit,
  RollupCheck,
  StandardAssessment,
  StandardResults,
  UnitAssessment,
} from './result.js';
import type { Applicability, RegimeId, AdminTier } from './rule.js';
import { selectStandards, type RuleSet } from './ruleset.js';
import { countLevels, type NationalSummary } from './national.js';
import { emptySnapshots, scanCommune } from './validate.js';
import { layout } from './layout.js';
import { assertLowerUnits } from './lower.js';
import { isArray, isRecord } from '../util/guards.js';
import { say, type Text } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';

/**
 * Options of {@link assessDistrict} and {@link assessProvince}: the rules, plus
 * the id of the unit being assessed (and, for a district, its province).
 *
 * @example
 * const o: UnitAssessOptions = { regime: 'nd20-2014', id: 'kon-tum-city', province: 'kon-tum' };
 */
export interface UnitAssessOptions extends StandardsOptions {
  readonly id?: string;
  readonly province?: string;
}

/*
 * A rejected commune whose especially-difficult flag is unreadable belongs to
 * one of the two groups of a group rule (Decree 277/2025: ordinary communes,
 * especially difficult ones), but which is unknown. It is marked with a hidden
 * key and counted in both groups, as undetermined: each group's share then
 * lies inside [certain, possible] whichever group it really is in, so a
 * province is never recognised for certain on a guess.
 */
const GROUP_UNKNOWN = Symbol('xhht.standards.groupUnknown');
type Marked = { readonly [GROUP_UNKNOWN]: true };
/** Value of `Column.ed` for a unit of unknown group. */
const UNKNOWN_GROUP = 2;

/** Lower units counted for one standard: level interval, group and id of each. */
interface Column {
  readonly min: readonly number[];
  readonly max: readonly number[];
  readonly ed: readonly number[];
  readonly ids: readonly string[];
  readonly provisional: ReadonlySet<string>;
}

/** The group of a lower unit: 0 ordinary, 1 especially difficult, UNKNOWN_GROUP (see GROUP_UNKNOWN). */
function groupOf(u: LowerUnit, source: LevelSource | undefined): number {
  // Only units made elsewhere (rejected communes, stand-ins) can carry the unknown-group mark.
  if (source === undefined && (u as Partial<Marked>)[GROUP_UNKNOWN] === true) return UNKNOWN_GROUP;
  return u.especiallyDifficult === true ? 1 : 0;
}

/**
 * Fills `slot` with lower unit `u`'s interval and provisional rules for
 * `standards[k]`: from its hidden context when it was made here (no result
 * object built), else from its `standards`. A unit without the standard is
 * undetermined, never "not met": [0, top], nothing provisional.
 */
function readLower(
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
 */
function columns(
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

/** Units of a roll-up rule's group at one level: how many, how many there for certain, possibly. */
interface Tally {
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

/** The status of a roll-up rule from its tally (`units`: lower units counted in all): the only place it is decided. */
function rollupStatus(rule: CompiledRollup['rule'], units: number, t: Tally): StandardCheckStatus {
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

/** A unit's assessment of one standard with every level and check, from its lower units' column. */
function assessStandardAt(cs: CompiledStandard, tier: AdminTier, col: Column): StandardAssessment {
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
function evaluateUnit(
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

function lowerTier(set: RuleSet, tier: 'district' | 'province'): AdminTier {
  const tiers = set.regime.tiers;
  const i = tiers.indexOf(tier);
  if (i <= 0) {
    const text = say(STANDARDS_MSG, 'invalid-input.no-tier', {
      regime: set.regime.id,
      tier: say(STANDARDS_MSG, `tier.${tier}`),
      tiers: tiers.join(' → '),
    });
    throw new XhhtError('invalid-input', text, { path: ['regime'] });
  }
  return tiers[i - 1]!;
}

/**
 * Lower units read once (xhht's own results are kept as they are); anything but a list is left for the check to report.
 */
function readUnits(units: unknown): readonly LowerUnit[] {
  return (isArray(units) ? snapshot(units, []) : units) as readonly LowerUnit[];
}

/**
 * Assesses a district (regime `nd20-2014`) from its communes' results: per
 * standard and level, the share of communes recognised (for certain and
 * possibly, when some are undetermined) against the district minimum (e.g. 90%
 * of communes; 95% for THCS level 2, 100% for THCS level 3), and the district's
 * level as an interval. Throws `invalid-input` under a regime without districts.
 *
 * The communes are checked first (one district is one input, so a bad unit
 * throws; {@link rollUp} is the batch that keeps going): `invalid-input` for a
 * bad shape or tier, a level outside `0..top` or `minLevel > maxLevel`,
 * `unknown-standard`, `duplicate-unit` for an id given twice, `mixed-regimes`
 * for a result of another regime. Every problem is in `error.issues`.
 *
 * @param given - commune results (from {@link assessCommune}) or any {@link LowerUnit}
 * @param givenOptions - regime or rules, and the district's id and province
 * @example
 * const district = assessDistrict(communeResults, { regime: 'nd20-2014', id: 'd1', province: 'p1' });
 * district.standards.xmc?.level; // e.g. 2
 */
export function assessDistrict(given: readonly LowerUnit[], givenOptions: UnitAssessOptions): UnitAssessment {
  const options = readOptions(givenOptions);
  const communes = readUnits(given);
  const set = ruleSetOf(options);
  const standards = selectStandards(set, options.standards);
  assertLowerUnits(communes, { tier: lowerTier(set, 'district'), regime: set.regime.id });
  return evaluateUnit('district', communes, set, standards, unitMeta(options));
}

/**
 * Assesses a province from its districts (regime `nd20-2014`: e.g. 100% of
 * districts, but 90% for XMC level 1) or directly from its communes (regime
 * `nd142-2025`). Undetermined lower units give an interval: the province is
 * recognised for certain, not recognised for certain, or undetermined, with the
 * minimum and maximum share in each check. The units are checked like
 * {@link assessDistrict}'s (same errors).
 *
 * @param given - district results under `nd20-2014`, commune results under `nd142-2025`
 * @param givenOptions - regime or rules, and the province id
 * @example
 * const province = assessProvince(communeResults, { regime: 'nd142-2025', id: 'quang-ngai' });
 * province.standards['pcgd-mn3to5']?.provisional; // true: Decree 277/2025 values are unverified
 */
export function assessProvince(given: readonly LowerUnit[], givenOptions: UnitAssessOptions): UnitAssessment {
  const options = readOptions(givenOptions);
  const units = readUnits(given);
  const set = ruleSetOf(options);
  const standards = selectStandards(set, options.standards);
  assertLowerUnits(units, { tier: lowerTier(set, 'province'), regime: set.regime.id });
  return evaluateUnit('province', units, set, standards, unitMeta(options));
}

/** The id (and province) of the unit being assessed: text, or an `invalid-input`. */
function unitMeta(options: UnitAssessOptions): { id?: string; province?: string } {
  for (const key of ['id', 'province'] as const) {
    const v = options[key];
    if (v !== undefined && typeof v !== 'string') {
      throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.option-not-text', { key }), {
        path: [key],
      });
    }
  }
  return options;
}

/**
 * Result of {@link rollUp}: every commune (input order), district and province
 * (sorted by id), the national shares of provinces, and the issues.
 *
 * @example
 * const ok = (r: RollUpResult) => r.issues.length === 0;
 */
export interface RollUpResult {
  readonly regime: RegimeId;
  /**
   * One result per input commune, same order; rejected ones (bad dossier, no id, repeated id) are `invalid` and
   * unknown.
   */
  readonly communes: readonly CommuneAssessment[];
  /** Empty under a two-tier regime. */
  readonly districts: readonly UnitAssessment[];
  readonly provinces: readonly UnitAssessment[];
  readonly national: NationalSummary;
  readonly issues: readonly Issue[];
}

function invalidCommune(
  input: unknown,
  set: RuleSet,
  standards: readonly StandardId[],
  issues: readonly Issue[],
): CommuneAssessment {
  const index = compiled(set).standards;
  const results: Partial<Record<StandardId, StandardAssessment>> = {};
  for (const id of standards) {
    const cs = index.get(id)!;
    results[id] = {
      standard: id,
      label: cs.label,
      labelVi: cs.labelVi,
      topLevel: cs.top,
      level: 'unknown',
      minLevel: 0,
      maxLevel: cs.top,
      levels: [],
      provisional: false,
      provisionalRules: EMPTY,
      missing: EMPTY,
    };
  }
  const record: Partial<CommuneRecord> = isCommuneLike(input) ? input : {};
  const out: CommuneAssessment = {
    ...(typeof record.id === 'string' ? { id: record.id } : {}),
    ...(typeof record.name === 'string' ? { name: record.name } : {}),
    tier: 'commune',
    regime: set.regime.id,
    especiallyDifficult: record.especiallyDifficult === true,
    standards: results,
    missing: EMPTY,
    provisional: false,
    invalid: issues,
  };
  // Not a record at all (a row that could not be read): its flag is as unknown as an unreadable one.
  const ed = record.especiallyDifficult;
  if (!isCommuneLike(input) || (ed !== undefined && ed !== null && typeof ed !== 'boolean'))
    Object.defineProperty(out, GROUP_UNKNOWN, { value: true });
  return out;
}

/** How a commune of unknown place is counted, for its issue (English, Vietnamese). */
function placeUnknown(province: string | undefined, threeTier: boolean): Text {
  if (!threeTier) return say(STANDARDS_MSG, 'rollup.any-province');
  return province === undefined
    ? say(STANDARDS_MSG, 'rollup.any-district')
    : say(STANDARDS_MSG, 'rollup.any-district-of', { province });
}

/**
 * A unit of unknown level standing in for `unit` (same id, group and
 * unknown-group mark): every standard undetermined from level 0 to the top.
 * For a commune that may or may not be in a unit, and for the district a
 * commune of unknown district may form on its own.
 */
function standIn(unit: LowerUnit, tier: AdminTier, set: RuleSet, standards: readonly StandardId[]): LowerUnit {
  const index = compiled(set).standards;
  const results: Record<string, LowerUnit['standards'][StandardId]> = {};
  for (const id of standards)
    results[id] = { minLevel: 0, maxLevel: index.get(id)!.top, provisional: false, provisionalRules: EMPTY };
  const out: LowerUnit = {
    ...(unit.id !== undefined ? { id: unit.id } : {}),
    tier,
    ...(unit.especiallyDifficult === true ? { especiallyDifficult: true } : {}),
    standards: results,
  };
  if ((unit as Partial<Marked>)[GROUP_UNKNOWN]) Object.defineProperty(out, GROUP_UNKNOWN, { value: true });
  return out;
}

const byText = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id?: string }, b: { id?: string }) => byText(a.id, b.id);
/** A commune-shaped record; its fields are checked where they are read. */
const isCommuneLike = (v: unknown): v is Partial<CommuneRecord> => isRecord(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/**
 * Assesses a whole country (or any set of communes) in one call: every commune,
 * then every district and province as the regime's tiers say. A bad commune
 * never stops the batch: it becomes an issue and an `invalid`, undetermined unit
 * (minimum level 0, maximum the top level). A commune whose place is known (its
 * province, and its district under `nd20-2014`) is always in the denominator of
 * its district or province: as undetermined when its dossier is rejected, when
 * it has no id, or when its id repeats (every copy, whatever the order, with a
 * `duplicate-unit` issue each); an unidentified one is named `#<index>` in
 * `undeterminedUnits`. A rejected commune whose `especiallyDifficult` flag is
 * unreadable (or that is not an object at all) is counted, undetermined, in
 * both groups of a group rule (Decree 277/2025). A commune whose place is
 * unknown could be anywhere that place leaves open, so no unit is recognised
 * for certain unless it would be with that commune in it: without a province,
 * it is counted in every province of the batch (under `nd20-2014`, in every
 * district); without a district (`nd20-2014`), in every district of its
 * province; and under `nd20-2014` each such commune also counts as a district
 * of unknown level (`?<commune id>`, not listed in `districts`) in each
 * province it could be in, since its district may be missing from the batch.
 * Wherever it is counted it is undetermined (it may as well not be there); its
 * own result is still in `communes`, and its issue says how it was counted.
 * Every input ends in a result, and every problem in `issues`.
 *
 * Throws only for bad arguments (`invalid-input` when `communes` is not a list
 * or `options` not an object, `missing-regime`, `unknown-regime`, `unknown-standard`,
 * `unknown-rule`, `invalid-threshold`). Results do not depend on the order of
 * the communes.
 *
 * @param given - commune records with `id`, `province` (and `district` under `nd20-2014`)
 * @param givenOptions - regime or rules, overrides, standards
 * @example
 * const r = rollUp(communes, { regime: 'nd20-2014' });
 * r.national.standards.xmc?.[1]; // { level: 2, certain: { numerator: 55, denominator: 63 }, possible: … }
 */
export function rollUp(given: readonly CommuneRecord[], givenOptions: StandardsOptions): RollUpResult {
  const options = readOptions(givenOptions);
  const set = ruleSetOf(options);
  const standards = selectStandards(set, options.standards);
  if (!isArray(given)) {
    throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.rollup-not-list'), { path: [] });
  }
  // Each commune read once, as plain data: what is checked is what is assessed and placed. One
  // that cannot be read (a revoked Proxy, a throwing getter) is its own issue, like any rejected dossier.
  const unreadableAt = new Map<number, Issue>();
  const communes = snapshotItems(given).map((c, i) => {
    try {
      return snapshot(c, [i]);
    } catch (e) {
      if (!isXhhtError(e)) throw e;
      unreadableAt.set(i, e.toIssue());
      return null;
    }
  }) as CommuneRecord[];
  const threeTier = set.regime.tiers.includes('district');
  const where = say(STANDARDS_MSG, threeTier ? 'tier.district' : 'tier.province');
  const issues: Issue[] = [];
  const results: CommuneAssessment[] = new Array(communes.length);
  const plan = evaluationPlan(set, standards);
  const snapshots = emptySnapshots(communes.length);
  // Repeated ids, first: a repeated id makes every copy undetermined, so the
  // input order never chooses which copy counts.
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (let i = 0; i < communes.length; i++) {
    const c = communes[i];
    if (!isCommuneLike(c) || !nonEmpty(c.id)) continue;
    if (seen.has(c.id)) repeated.add(c.id);
    else seen.add(c.id);
  }
  // province → (district → communes) or province → communes
  const tree = new Map<string, Map<string, LowerUnit[]>>();
  // Communes whose province (or district) is unknown: they could be in any unit that leaves open.
  const floating: { readonly unit: LowerUnit; readonly province?: string }[] = [];
  const size = layout().snapshotSize;
  for (let i = 0; i < communes.length; i++) {
    const c = communes[i]!;
    const at = i * size;
    const unread = unreadableAt.get(i);
    const problems = unread === undefined ? scanCommune(c, i, snapshots, at) : [unread];
    if (problems !== null) issues.push(...problems);
    const record: Partial<CommuneRecord> = isCommuneLike(c) ? c : {};
    const placed = nonEmpty(record.province) && (!threeTier || nonEmpty(record.district));
    // Identity: without one id per commune, which dossier a unit stands for is unknown.
    let identity: Issue | null = null;
    if (record.id === undefined || record.id === '') {
      const counted = placed ? say(STANDARDS_MSG, 'rollup.counted-undetermined', { where }) : '';
      identity = issueOf('invalid-input', [i, 'id'], say(STANDARDS_MSG, 'invalid-input.commune-id', { counted }));
    } else if (repeated.size > 0 && nonEmpty(record.id) && repeated.has(record.id)) {
      const counted = placed ? say(STANDARDS_MSG, 'rollup.each-counted-undetermined', { where }) : '';
      identity = issueOf(
        'duplicate-unit',
        [i, 'id'],
        say(STANDARDS_MSG, 'duplicate-unit.commune', { id: record.id, counted }),
      );
    }
    if (identity !== null) issues.push(identity);
    const result =
      problems === null && identity === null
        ? evaluateCommune(c, snapshots, plan, at)
        : invalidCommune(c, set, standards, identity === null ? problems! : [...(problems ?? []), identity]);
    results[i] = result;
    if (result.warnings) for (const w of result.warnings) issues.push({ ...w, path: [i, ...w.path] });
    // An unidentified commune is named by its input index in `undeterminedUnits`.
    let unit: LowerUnit = result;
    if (!nonEmpty(result.id)) {
      unit = {
        id: `#${i}`,
        tier: 'commune',
        especiallyDifficult: result.especiallyDifficult,
        standards: result.standards,
      };
      if ((result as Partial<Marked>)[GROUP_UNKNOWN]) Object.defineProperty(unit, GROUP_UNKNOWN, { value: true });
    }
    if (!placed) {
      const inProvince = nonEmpty(record.province) ? record.province : undefined;
      const reason = placeUnknown(inProvince, threeTier);
      if (inProvince === undefined)
        issues.push(
          issueOf('invalid-input', [i, 'province'], say(STANDARDS_MSG, 'invalid-input.commune-province', { reason })),
        );
      if (threeTier && !nonEmpty(record.district)) {
        issues.push(
          issueOf(
            'invalid-input',
            [i, 'district'],
            say(STANDARDS_MSG, 'invalid-input.commune-district', { regime: set.regime.id, reason }),
          ),
        );
      }
      // Undetermined wherever it is counted, whatever its own level: in a unit it may not belong to, it may be absent.
      floating.push({
        unit: standIn(unit, 'commune', set, standards),
        ...(inProvince !== undefined ? { province: inProvince } : {}),
      });
      // a province named only by communes of unknown district still has a result
      if (inProvince !== undefined && !tree.has(inProvince)) tree.set(inProvince, new Map());
      continue;
    }
    const province = record.province!;
    let districts = tree.get(province);
    if (!districts) {
      districts = new Map();
      tree.set(province, districts);
    }
    const key = threeTier ? record.district! : '';
    let list = districts.get(key);
    if (!list) {
      list = [];
      districts.set(key, list);
    }
    list.push(unit);
  }
  const districts: UnitAssessment[] = [];
  const provinces: UnitAssessment[] = [];
  for (const [province, groups] of tree) {
    const extra = floating.filter((f) => f.province === undefined || f.province === province).map((f) => f.unit);
    if (threeTier) {
      const own: UnitAssessment[] = [];
      for (const [district, list] of groups) {
        // (the order of lower units does not change a result: shares are counts, unit lists are sorted)
        own.push(
          evaluateUnit(
            'district',
            extra.length === 0 ? list : [...list, ...extra],
            set,
            standards,
            { id: district, province },
            true,
          ),
        );
      }
      own.sort(byId);
      districts.push(...own);
      // ...or in a district of its own that is not in the batch: one stand-in district of unknown level each
      const standIns = extra.map((u) => standIn({ id: `?${u.id ?? ''}`, standards: {} }, 'district', set, standards));
      provinces.push(evaluateUnit('province', [...own, ...standIns], set, standards, { id: province }, true));
    } else {
      const list = groups.get('') ?? [];
      provinces.push(
        evaluateUnit(
          'province',
          extra.length === 0 ? list : [...list, ...extra],
          set,
          standards,
          { id: province },
          true,
        ),
      );
    }
  }
  provinces.sort(byId);
  districts.sort((a, b) => byText(a.province, b.province) || byId(a, b));
  return {
    regime: set.regime.id,
    communes: results,
    districts,
    provinces,
    national: countLevels(provinces, set, standards),
    issues,
  };
}
