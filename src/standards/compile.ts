import { offTenthGrid } from '../exact/display.js';
import type { Threshold } from '../exact/threshold.js';
import { FIELD_INDEX } from './fields.js';
import { layout } from './layout.js';
import type { StandardId } from './model.js';
import type {
  AdminTier,
  ConditionRule,
  ReadingRef,
  StandardRecognition,
  RequiresRule,
  RollupRule,
  ShareRule,
} from './rule.js';
import type { ResolvedRule, RuleSet } from './ruleset.js';
import { STANDARDS, levelLabel } from './standards.js';
import { EMPTY } from './levels.js';

/*
 * The rule set indexed for evaluation: per standard and level, the commune checks
 * of an ordinary and of an especially difficult commune (with every field turned
 * into a snapshot index), and the roll-up rules per tier. Built once per RuleSet
 * and kept in a WeakMap keyed by it: a memo of a pure function of immutable
 * data, so assessing 10,000 communes never filters or splits rule data again.
 */

type Valued<R> = R & {
  readonly threshold: Threshold;
  readonly overridden?: { readonly from: string };
  readonly reading?: ReadingRef;
};

/**
 * A share rule compiled to snapshot indexes.
 *
 * @example
 * const c = compiled(resolveRules('nd20-2014')).standards.get('xmc')!.levels[1]!.normal[0]!;
 * c.kind; // 'share'
 */
export interface CompiledShare {
  readonly kind: 'share';
  readonly rule: Valued<ShareRule>;
  /** Snapshot indexes of the numerator fields and of the denominator. */
  readonly num: readonly number[];
  readonly den: number;
  /** 10^scale of the threshold: `100·n·pow ≥ scaled·d` decides the check. */
  readonly pow: number;
  /** The threshold when it is off the tenth grid (an override like "99.95"): the rate's display must agree with it too; else `null`. */
  readonly guards: readonly Threshold[] | null;
}

/**
 * A yes/no condition compiled to its snapshot slot.
 *
 * @example
 * const c: Pick<CompiledCondition, 'kind' | 'field'> = { kind: 'condition', field: 'conditions.xmc.enoughTeachers' };
 */
export interface CompiledCondition {
  readonly kind: 'condition';
  readonly rule: ConditionRule & { readonly reading?: ReadingRef };
  readonly slot: number;
  /** Input path of the answer, e.g. `conditions.xmc.enoughTeachers`. */
  readonly field: string;
}

/**
 * A "meets standard S at level L" rule.
 *
 * @example
 * const c: Pick<CompiledRequires, 'kind'> = { kind: 'requires' };
 */
export interface CompiledRequires {
  readonly kind: 'requires';
  readonly rule: RequiresRule & { readonly reading?: ReadingRef };
}

/**
 * Any compiled commune check.
 *
 * @example
 * const isShare = (c: CompiledCheck) => c.kind === 'share';
 */
export type CompiledCheck = CompiledShare | CompiledCondition | CompiledRequires;

/**
 * A compiled roll-up rule.
 *
 * @example
 * const r: Pick<CompiledRollup, 'guards'> = { guards: null };
 */
export interface CompiledRollup {
  readonly rule: Valued<RollupRule>;
  /** As for {@link CompiledShare}: the threshold when it is off the tenth grid, else `null`. */
  readonly guards: readonly Threshold[] | null;
}

/** Rates are shown with two decimals: a threshold with more is off the tenth grid the display rule keeps. */
function guardsOf(threshold: Threshold): readonly Threshold[] | null {
  return offTenthGrid(threshold, 2) ? [threshold] : null;
}

/**
 * One level of one standard, compiled.
 *
 * @example
 * compiled(resolveRules('nd20-2014')).standards.get('pcgd-th')!.levels.map((l) => l.level); // [1, 2, 3]
 */
export interface CompiledLevel {
  readonly level: number;
  readonly label: string;
  readonly labelVi: string;
  /** Checks of an ordinary commune, and of an especially difficult one. */
  readonly normal: readonly CompiledCheck[];
  readonly ed: readonly CompiledCheck[];
  readonly rollup: Readonly<Partial<Record<AdminTier, readonly CompiledRollup[]>>>;
  /** Who recognises a unit of each tier at this level (the regime's data). */
  readonly recognition: Readonly<Partial<Record<AdminTier, StandardRecognition>>>;
}

/**
 * One standard, compiled.
 *
 * @example
 * compiled(resolveRules('nd20-2014')).standards.get('xmc')!.top; // 2
 */
export interface CompiledStandard {
  readonly id: StandardId;
  readonly label: string;
  readonly labelVi: string;
  readonly top: number;
  readonly levels: readonly CompiledLevel[];
  /**
   * Sorted ids of the unverified commune rules of levels 1..k, at index k − 1,
   * for an ordinary commune and an especially difficult one: the provisional
   * rules of a result whose last level considered is k. Shared, frozen.
   */
  readonly provisionalNormal: readonly (readonly string[])[];
  readonly provisionalEd: readonly (readonly string[])[];
  /**
   * `requires` checks of each level (index = level − 1) that point at another
   * standard whose required level may rest on a provisional rule, for an
   * ordinary and an especially difficult commune: a result also rests on the
   * provisional rules of what it requires. Empty (and `hasCross` false) when
   * every rule behind them is verified, as with the built-in rules, so the
   * usual assessment never looks.
   */
  readonly crossNormal: readonly (readonly CompiledRequires[])[];
  readonly crossEd: readonly (readonly CompiledRequires[])[];
  readonly hasCross: boolean;
}

/**
 * A rule set indexed for evaluation.
 *
 * @example
 * compiled(resolveRules('nd142-2025')).standards.has('pcgd-mn3to5'); // true
 */
export interface CompiledRuleSet {
  readonly standards: ReadonlyMap<StandardId, CompiledStandard>;
  /** The rule set's lists of provisional rule ids (see {@link RuleLists}). */
  readonly ruleLists: RuleLists;
}

/**
 * Lists of provisional rule ids, frozen and sorted, one object per content:
 * results share them, a batch keeps a few and compares them by identity, and
 * a roll-up merges each distinct list once. A memo of pure functions of
 * immutable data, kept with the compiled rule set.
 *
 * @example
 * const lists = new RuleLists();
 * lists.intern(['a', 'b']) === lists.intern(['a', 'b']); // true
 * lists.union(lists.intern(['a']), lists.intern(['b'])); // ['a', 'b'], made once
 */
export class RuleLists {
  readonly #byContent = new Map<string, readonly string[]>();
  readonly #interned = new WeakSet<readonly string[]>();
  readonly #unions = new WeakMap<readonly string[], WeakMap<readonly string[], readonly string[]>>();

  /** The one frozen list with the content of `sorted` (rule ids, sorted, no repeats). */
  intern(sorted: readonly string[]): readonly string[] {
    if (sorted.length === 0) return EMPTY;
    const key = sorted.join('\n');
    let hit = this.#byContent.get(key);
    if (hit === undefined) {
      hit = Object.freeze([...sorted]);
      this.#byContent.set(key, hit);
      this.#interned.add(hit);
    }
    return hit;
  }

  /** True for a list made by {@link RuleLists.intern} (sorted, frozen, shared). */
  has(list: readonly string[]): boolean {
    return list === EMPTY || this.#interned.has(list);
  }

  /** The union of two interned lists, interned (made once per pair). */
  union(a: readonly string[], b: readonly string[]): readonly string[] {
    let byB = this.#unions.get(a);
    if (byB === undefined) this.#unions.set(a, (byB = new WeakMap()));
    let hit = byB.get(b);
    if (hit === undefined) byB.set(b, (hit = this.intern([...new Set([...a, ...b])].sort())));
    return hit;
  }
}

const compiledCache = new WeakMap<RuleSet, CompiledRuleSet>();

function compileCheck(rule: Exclude<ResolvedRule, Valued<RollupRule>>): CompiledCheck {
  switch (rule.kind) {
    case 'share': {
      const pow = 10 ** rule.threshold.scale;
      return {
        kind: 'share',
        rule,
        num: rule.numerator.map((f) => FIELD_INDEX.get(f)!),
        den: FIELD_INDEX.get(rule.denominator)!,
        pow,
        guards: guardsOf(rule.threshold),
      };
    }
    case 'condition': {
      const inputKey = STANDARDS[rule.standard].inputKey;
      return {
        kind: 'condition',
        rule,
        slot: layout().conditionIndex.get(inputKey)!.get(rule.condition)!,
        field: `conditions.${inputKey}.${rule.condition}`,
      };
    }
    case 'requires':
      return { kind: 'requires', rule };
  }
}

function crossRequires(
  id: StandardId,
  levels: readonly CompiledLevel[],
  variant: 'normal' | 'ed',
  earlier: ReadonlyMap<StandardId, CompiledStandard>,
): (readonly CompiledRequires[])[] {
  // Could levels 1..level of `target` rest on a provisional rule? Its own prefix, or
  // (recursively, already filtered) its own cross requirements up to that level.
  const mayBeProvisional = (target: CompiledStandard | undefined, level: number): boolean => {
    if (target === undefined) return false;
    const prefix = variant === 'ed' ? target.provisionalEd : target.provisionalNormal;
    const cross = variant === 'ed' ? target.crossEd : target.crossNormal;
    return (prefix[level - 1]?.length ?? 0) > 0 || cross.slice(0, level).some((l) => l.length > 0);
  };
  return levels.map((l) =>
    Object.freeze(
      l[variant].filter(
        (c): c is CompiledRequires =>
          c.kind === 'requires' &&
          c.rule.requires.standard !== id &&
          mayBeProvisional(earlier.get(c.rule.requires.standard), c.rule.requires.level),
      ),
    ),
  );
}

function provisionalPrefixes(
  levels: readonly CompiledLevel[],
  variant: 'normal' | 'ed',
  lists: RuleLists,
): (readonly string[])[] {
  const seen = new Set<string>();
  return levels.map((l) => {
    for (const c of l[variant]) if (!c.rule.verified) seen.add(c.rule.id);
    return lists.intern([...seen].sort());
  });
}

/**
 * The compiled index of a rule set (built on first use, then reused).
 *
 * @example
 * const index = compiled(resolveRules('nd20-2014'));
 * index.standards.get('pcgd-thcs')!.levels[0]!.normal.some((c) => c.kind === 'requires'); // true
 */
export function compiled(set: RuleSet): CompiledRuleSet {
  const hit = compiledCache.get(set);
  if (hit) return hit;
  const standards = new Map<StandardId, CompiledStandard>();
  const ruleLists = new RuleLists();
  const order = set.regime.standards;
  for (const id of order) {
    const info = STANDARDS[id];
    const levels: CompiledLevel[] = [];
    for (let level = 1; level <= info.levels; level++) {
      const normal: CompiledCheck[] = [];
      const ed: CompiledCheck[] = [];
      const rollup: Partial<Record<AdminTier, CompiledRollup[]>> = {};
      for (const rule of set.rules) {
        if (rule.standard !== id || rule.level !== level) continue;
        if (rule.kind === 'requires') {
          // Data invariant: dependencies point at lower levels or earlier standards.
          const target = order.indexOf(rule.requires.standard);
          const ok =
            (target >= 0 && target < order.indexOf(id)) ||
            (target === order.indexOf(id) && rule.requires.level < level);
          if (!ok) throw new Error(`rule ${rule.id}: requires must point at an earlier standard or a lower level`);
        }
        if (rule.kind === 'rollup') {
          (rollup[rule.tier] ??= []).push({ rule, guards: guardsOf(rule.threshold) });
          continue;
        }
        const c = compileCheck(rule);
        if (rule.applies !== 'especially-difficult') normal.push(c);
        if (rule.applies !== 'normal') ed.push(c);
      }
      const recognition: Partial<Record<AdminTier, StandardRecognition>> = {};
      for (const r of set.regime.recognition) if (r.standard === id && r.level === level) recognition[r.tier] = r;
      levels.push({ level, ...levelLabel(id, level), normal, ed, rollup, recognition });
    }
    standards.set(id, {
      id,
      label: info.label,
      labelVi: info.labelVi,
      top: info.levels,
      levels,
      provisionalNormal: provisionalPrefixes(levels, 'normal', ruleLists),
      provisionalEd: provisionalPrefixes(levels, 'ed', ruleLists),
      ...(() => {
        const crossNormal = crossRequires(id, levels, 'normal', standards);
        const crossEd = crossRequires(id, levels, 'ed', standards);
        return { crossNormal, crossEd, hasCross: [...crossNormal, ...crossEd].some((l) => l.length > 0) };
      })(),
    });
  }
  const out = { standards, ruleLists };
  compiledCache.set(set, out);
  return out;
}
