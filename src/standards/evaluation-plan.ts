import { compiled, type CompiledCheck, type CompiledStandard, type RuleLists } from './compile.js';
import type { StandardId } from './model.js';
import type { RegimeId } from './rule.js';
import type { RuleSet } from './ruleset.js';
import { levelLabel } from './standards.js';

/*
 * The plan of a commune evaluation, made once per rule set and list of standards (memoised): the
 * compiled standards in dependency order, each one's commune checks as a flat program (the form
 * the hot path reads), and the readings whose other options a dossier may have been written for.
 */

/**
 * What one evaluation call needs, resolved once for a whole batch: the compiled
 * rules, the standards in dependency order and each one's position.
 *
 * @example
 * const plan = evaluationPlan(resolveRules('nd20-2014'), ['xmc', 'pcgd-th', 'pcgd-thcs']);
 * plan.position['pcgd-thcs']; // 2
 */
export interface EvaluationPlan {
  readonly regime: RegimeId;
  readonly index: ReadonlyMap<StandardId, CompiledStandard>;
  readonly standards: readonly StandardId[];
  /** The compiled standards, in the order of `standards`. */
  readonly compiled: readonly CompiledStandard[];
  readonly position: Readonly<Partial<Record<StandardId, number>>>;
  /**
   * The readings of the standards assessed, to tell a dossier that has the counts of another option
   * (`reading-counts-missing`).
   */
  readonly readings: readonly ReadingProbe[];
  /** The commune checks of each standard, in the order of `standards`, as flat arrays (see {@link Program}). */
  readonly programs: readonly Program[];
  /**
   * Memo of `provisionalUpTo` for standards resting on others' provisional rules; `null` when levels or standards are
   * too many to key it.
   */
  readonly provisionalMemo: Map<number, readonly string[]> | null;
  /** The rule set's provisional rule lists (see `RuleLists`). */
  readonly ruleLists: RuleLists;
}

/**
 * Digits of a `provisionalUpTo` memo key: levels, positions and standards below 8.
 *
 * @example
 * key = key * MEMO_BASE + level;
 */
export const MEMO_BASE = 8;

// Operations of a program: what a check reads and compares.
/**
 * A share check: `100·n/d` against its threshold.
 *
 * @example
 * if (p.code[i * W] === OP_SHARE) readShare(p, i);
 */
export const OP_SHARE = 0;
/**
 * A yes/no condition check.
 *
 * @example
 * if (p.code[i * W] === OP_CONDITION) readCondition(p, i);
 */
export const OP_CONDITION = 1;
const OP_REQUIRES = 2;
/**
 * Int32 slots per check in `Program.code`.
 *
 * @example
 * const op = program.code[i * W]; // the operation of check i
 */
export const W = 6;

/**
 * The commune checks of one standard as flat arrays, the form the hot path
 * reads (no object per check to follow, one shape for every check). Check `i`
 * is `code[W·i …]`: the operation, then for a share the denominator's slot, the
 * number of numerator fields and the first two of their slots, and 1 when an
 * empty denominator passes; for a condition its slot; for a requirement the
 * position of the standard required (−1 when it is not assessed) and the level.
 * The checks of level `li` of an ordinary commune are `normal[li] … normal[li + 1]`,
 * of an especially difficult one `ed[li] … ed[li + 1]`; `checks[i]` is the
 * compiled check itself, for the slow paths and the details.
 *
 * @example
 * const p: Program = evaluationPlan(set, ['xmc']).programs[0]!;
 */
export interface Program {
  readonly code: Int32Array;
  /** Per check: the threshold's digits, and 100·10^scale (`n·pow ≥ scaled·d` decides a share). */
  readonly scaled: Float64Array;
  readonly pow: Float64Array;
  readonly checks: readonly CompiledCheck[];
  readonly normal: Int32Array;
  readonly ed: Int32Array;
}

function program(cs: CompiledStandard, position: Partial<Record<StandardId, number>>): Program {
  const checks: CompiledCheck[] = [];
  const normal = new Int32Array(cs.levels.length + 1);
  const ed = new Int32Array(cs.levels.length + 1);
  for (const [variant, starts] of [
    ['normal', normal],
    ['ed', ed],
  ] as const) {
    cs.levels.forEach((l, li) => {
      starts[li] = checks.length;
      checks.push(...l[variant]);
    });
    starts[cs.levels.length] = checks.length;
  }
  const code = new Int32Array(checks.length * W);
  const scaled = new Float64Array(checks.length);
  const pow = new Float64Array(checks.length);
  checks.forEach((c, i) => {
    const o = i * W;
    if (c.kind === 'share') {
      code[o] = OP_SHARE;
      code[o + 1] = c.den;
      code[o + 2] = c.num.length;
      code[o + 3] = c.num[0] ?? -1;
      code[o + 4] = c.num[1] ?? -1;
      code[o + 5] = c.rule.whenEmpty === 'pass' ? 1 : 0;
      scaled[i] = c.rule.threshold.scaled;
      pow[i] = 100 * c.pow;
    } else if (c.kind === 'condition') {
      code[o] = OP_CONDITION;
      code[o + 1] = c.slot;
    } else {
      code[o] = OP_REQUIRES;
      code[o + 1] = position[c.rule.requires.standard] ?? -1;
      code[o + 2] = c.rule.requires.level;
    }
  });
  return { code, scaled, pow, checks, normal, ed };
}

/** One reading of a standard assessed: the fields its option in use needs, and those of every other option. */
interface ReadingProbe {
  readonly id: string;
  readonly option: string;
  readonly isDefault: boolean;
  /** Position of the standard in `EvaluationPlan.standards`. */
  readonly k: number;
  readonly label: string;
  readonly labelVi: string;
  /** Count fields of the option in use (any commune). */
  readonly need: readonly string[];
  /** The other options, with the count fields each needs for an ordinary and for an especially difficult commune. */
  readonly others: readonly {
    readonly option: string;
    readonly normal: readonly string[];
    readonly ed: readonly string[];
  }[];
}

/** Count fields the share rules of an option read, for the communes `applies` covers. */
function fieldsOf(rules: RuleSet['regime']['rules'], ed: boolean | null): string[] {
  const out = new Set<string>();
  for (const r of rules) {
    if (r.kind !== 'share') continue;
    if (ed !== null && r.applies === (ed ? 'normal' : 'especially-difficult')) continue;
    for (const f of [...r.numerator, r.denominator]) out.add(f);
  }
  return [...out];
}

function readingProbes(set: RuleSet, position: Partial<Record<StandardId, number>>): ReadingProbe[] {
  const out: ReadingProbe[] = [];
  for (const g of set.regime.readings ?? []) {
    const option = set.readings[g.id]!;
    const used = g.options.find((o) => o.id === option)!;
    const first = used.rules[0];
    const k = first === undefined ? undefined : position[first.standard];
    if (first === undefined || k === undefined) continue;
    out.push({
      id: g.id,
      option,
      isDefault: option === g.default,
      k,
      ...levelLabel(first.standard, first.level),
      need: fieldsOf(used.rules, null),
      others: g.options
        .filter((o) => o.id !== option)
        .map((o) => ({ option: o.id, normal: fieldsOf(o.rules, false), ed: fieldsOf(o.rules, true) }))
        .filter((o) => o.normal.length > 0 || o.ed.length > 0),
    });
  }
  return out;
}

/**
 * The plan of a rule set and a list of standards (already in dependency order,
 * see `selectStandards`).
 *
 * @example
 * evaluationPlan(resolveRules('nd142-2025'), ['xmc']).regime; // 'nd142-2025'
 */
export function evaluationPlan(set: RuleSet, standards: readonly StandardId[]): EvaluationPlan {
  // A memo of a pure function of immutable data (as `compiled`): assessing communes one
  // call at a time must not rebuild the plan and its reading probes for each.
  let plans = planCache.get(set);
  if (plans === undefined) {
    plans = new Map();
    planCache.set(set, plans);
  }
  const key = standards === set.regime.standards ? '' : standards.join('|');
  let plan = plans.get(key);
  if (plan === undefined) {
    plan = makePlan(set, standards);
    plans.set(key, plan);
  }
  return plan;
}

const planCache = new WeakMap<RuleSet, Map<string, EvaluationPlan>>();

function makePlan(set: RuleSet, standards: readonly StandardId[]): EvaluationPlan {
  const position: Partial<Record<StandardId, number>> = {};
  standards.forEach((s, i) => {
    position[s] = i;
  });
  const { standards: index, ruleLists } = compiled(set);
  const list = standards.map((s) => index.get(s)!);
  return {
    ruleLists,
    regime: set.regime.id,
    index,
    standards,
    compiled: list,
    position,
    readings: readingProbes(set, position),
    programs: list.map((cs) => program(cs, position)),
    // each digit of a key (a level, a position) must stay below the base
    provisionalMemo: list.length <= MEMO_BASE && list.every((cs) => cs.top < MEMO_BASE) ? new Map() : null,
  };
}
