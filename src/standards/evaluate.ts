import { issueOf, type Issue } from '../errors.js';
import { say } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';
import { compareExact } from '../exact/compare.js';
import { displayUnits } from '../exact/display.js';
import { unitsToDecimal } from '../exact/round.js';
import {
  compiled,
  type CompiledCheck,
  type CompiledRequires,
  type CompiledShare,
  type CompiledStandard,
  type RuleLists,
} from './compile.js';
import { layout, type Snapshot } from './layout.js';
import { EMPTY, level } from './levels.js';
import type { CommuneInput, StandardId } from './model.js';
import type {
  CommuneAssessment,
  ConditionCheck,
  LevelAssessment,
  RequiresCheck,
  ShareCheck,
  StandardAssessment,
  StandardCheck,
  StandardCheckStatus,
  StandardResults,
} from './result.js';
import { FIELD_INDEX } from './fields.js';
import { Hidden } from '../util/hidden.js';
import type { RegimeId } from './rule.js';
import { readingsText, type RuleSet } from './ruleset.js';
import { levelLabel } from './standards.js';
import type { LevelSource, LevelSlot } from './level-source.js';

/*
 * The commune evaluator. It runs in two steps, so a national batch (10,000+
 * communes) costs a few microseconds a commune while every result still
 * carries every check behind it:
 *
 * 1. Eagerly, per commune: each standard's level interval, missing fields and
 *    provisional rules, decided from a private snapshot of the counts without
 *    building one check object. The rules are read as a flat program (one
 *    plan per rule set and list of standards, memoised), and a share is
 *    compared in doubles while its products stay below 2^53 (exact there),
 *    in BigInt beyond.
 * 2. On first read of `standards` (and of each standard's `levels`): the result
 *    objects and every check with its counts, rate and source, built from the
 *    same snapshot by the same `decideAt`, so details always agree with levels.
 *
 * The lazy parts are own enumerable getters: JSON.stringify, spread, structuredClone
 * and deep equality see plain data. The snapshot is a copy, so a result never
 * changes when the caller later edits its input.
 */

const NO_PEOPLE = 'no one in the age group (zero denominator): no rate';
const MAX = Number.MAX_SAFE_INTEGER;

// Status codes of the hot path; STATUS turns them into the public strings.
const PASS = 0;
const FAIL = 1;
const UNKNOWN = 2;
type Code = 0 | 1 | 2;
const STATUS: readonly StandardCheckStatus[] = ['pass', 'fail', 'unknown'];

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

/** Digits of a `provisionalUpTo` memo key: levels, positions and standards below 8. */
const MEMO_BASE = 8;

// Operations of a program: what a check reads and compares.
const OP_SHARE = 0;
const OP_CONDITION = 1;
const OP_REQUIRES = 2;
/** Int32 slots per check in `Program.code`. */
const W = 6;

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
 */
interface Program {
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

const present = (ctx: Context, fields: readonly string[]) =>
  fields.length > 0 && fields.every((f) => !Number.isNaN(ctx.snap[ctx.at + FIELD_INDEX.get(f)!]));

/**
 * `reading-counts-missing` for each reading whose option in use leaves a
 * standard undetermined for want of counts the dossier does not have, when it
 * has every count of another option: the caller probably wrote the dossier for
 * that option (the 14-year-olds before the 11–14 reading existed) and must not
 * be left with a silently different verdict.
 */
function readingWarnings(ctx: Context): Issue[] | null {
  let out: Issue[] | null = null;
  for (const p of ctx.plan.readings) {
    const missing = ctx.missing?.[p.k];
    if (!missing) continue;
    const absent = p.need.filter((f) => missing.includes(f));
    if (absent.length === 0) continue;
    const alt = p.others.find((o) => present(ctx, ctx.ed ? o.ed : o.normal));
    if (!alt) continue;
    const fields = ctx.ed ? alt.ed : alt.normal;
    const choose = readingsText(p.id, alt.option);
    const group = absent[0]!.split('.')[0]!;
    out ??= [];
    out.push(
      issueOf(
        'reading-counts-missing',
        ['counts', group],
        say(STANDARDS_MSG, 'reading-counts-missing', {
          label: { en: p.label, vi: p.labelVi },
          reading: p.id,
          option: p.option,
          isDefault: p.isDefault ? say(STANDARDS_MSG, 'reading.default') : '',
          needs: absent.join(', '),
          other: alt.option,
          fields: fields.join(', '),
          choose,
        }),
        'warning',
      ),
    );
  }
  return out;
}

/**
 * Everything a commune's lazy parts need; kept on the result, hidden (see
 * hidden.ts). Per standard `k` (position in `plan.standards`) the snapshot
 * holds the minimum level at `layout().levelBase + 3k`, the maximum at `+ 1` and the
 * last level considered at `+ 2`.
 */
class Context implements LevelSource {
  /** Missing fields per standard; `null` (the usual case) when nothing is missing. */
  missing: (readonly string[])[] | null = null;
  standards: StandardResults | null = null;
  built: Partial<Record<StandardId, readonly LevelAssessment[]>> | null = null;
  constructor(
    readonly plan: EvaluationPlan,
    readonly ed: boolean,
    /** The snapshot buffer, and where this commune's snapshot starts in it. */
    readonly snap: Snapshot,
    readonly at: number,
  ) {}
  /** Where the level slots start in a snapshot (`layout().levelBase`). */
  readonly lb = layout().levelBase;

  read(standard: StandardId, at: number, standards: readonly StandardId[], slot: LevelSlot): 'read' | 'absent' {
    const k = standards === this.plan.standards ? at : this.plan.position[standard];
    if (k === undefined) return 'absent';
    slot.minLevel = minOf(this, k);
    slot.maxLevel = maxOf(this, k);
    slot.provisionalRules = provisionalOf(this, k);
    return 'read';
  }
}

const minOf = (ctx: Context, k: number) => ctx.snap[ctx.at + ctx.lb + 3 * k]!;
const maxOf = (ctx: Context, k: number) => ctx.snap[ctx.at + ctx.lb + 3 * k + 1]!;
const missingOfStandard = (ctx: Context, k: number): readonly string[] => ctx.missing?.[k] ?? EMPTY;
/** Rules of every level up to the first one that fails: levels above it cannot change the result. */
function provisionalOf(ctx: Context, k: number): readonly string[] {
  return provisionalUpTo(ctx, k, ctx.snap[ctx.at + ctx.lb + 3 * k + 2]!);
}

/**
 * Provisional rules behind levels 1..`upTo` of standard `k`: its own unverified
 * rules, plus those behind every other standard's level it requires (THCS level
 * 1 rests on XMC level 1, Art. 14.a). Shared frozen lists when nothing is
 * added, so the usual commune allocates nothing here.
 */
function provisionalUpTo(ctx: Context, k: number, upTo: number): readonly string[] {
  const cs = ctx.plan.compiled[k]!;
  const own = (ctx.ed ? cs.provisionalEd : cs.provisionalNormal)[upTo - 1] ?? EMPTY;
  if (!cs.hasCross) return own;
  // The list depends only on the variant, k, upTo and how far each earlier standard was
  // considered (requirements point at earlier standards): memoised per plan on those, so
  // a national batch shares a few frozen lists instead of making one per commune.
  const memo = ctx.plan.provisionalMemo;
  let key = -1;
  if (memo !== null) {
    key = ((ctx.ed ? 1 : 0) * MEMO_BASE + upTo) * MEMO_BASE + k;
    for (let p = 0; p < k; p++) key = key * MEMO_BASE + ctx.snap[ctx.at + ctx.lb + 3 * p + 2]!;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
  }
  const cross = ctx.ed ? cs.crossEd : cs.crossNormal;
  let extra: Set<string> | null = null;
  for (let li = 0; li < upTo && li < cross.length; li++) {
    for (const c of cross[li]!) {
      for (const id of requiredProvisional(c, ctx))
        if (!own.includes(id)) {
          extra ??= new Set();
          extra.add(id);
        }
    }
  }
  const out = extra ? ctx.plan.ruleLists.intern([...own, ...extra].sort()) : own;
  memo?.set(key, out);
  return out;
}

/** Provisional rules behind the level a `requires` check points at (as far as that standard was considered). */
function requiredProvisional(c: CompiledRequires, ctx: Context): readonly string[] {
  const p = ctx.plan.position[c.rule.requires.standard];
  if (p === undefined) return EMPTY;
  const last = ctx.snap[ctx.at + ctx.lb + 3 * p + 2]!;
  return provisionalUpTo(ctx, p, Math.min(c.rule.requires.level, last));
}

/** `100·n/d ≥ threshold` in BigInt, with the numerator summed exactly: past 2^53, where doubles round. */
function meetsExactly(c: CompiledShare, snap: Snapshot, b: number): boolean {
  let n = 0n;
  for (let i = 0; i < c.num.length; i++) n += BigInt(snap[b + c.num[i]!]!);
  return compareExact(n, snap[b + c.den]!, c.rule.threshold) >= 0;
}

/**
 * The status of check `i` of a program for one commune: the only place a
 * commune check is decided (levels and details alike). A share is decided as
 * `100·n·10^k ≥ t·d` in doubles while both products are below 2^53, where
 * integers in doubles are exact, and in BigInt beyond.
 */
function decideAt(p: Program, i: number, ctx: Context): Code {
  const code = p.code;
  const o = i * W;
  const snap = ctx.snap;
  const b = ctx.at;
  const op = code[o]!;
  if (op === OP_SHARE) {
    const d = snap[b + code[o + 1]!]!;
    const count = code[o + 2]!;
    let n = snap[b + code[o + 3]!]!;
    if (count > 1) {
      n += snap[b + code[o + 4]!]!;
      if (count > 2) {
        const num = (p.checks[i] as CompiledShare).num;
        for (let j = 2; j < count; j++) n += snap[b + num[j]!]!;
      }
    }
    if (Number.isNaN(n) || Number.isNaN(d)) return UNKNOWN;
    if (d === 0) return code[o + 5] === 1 ? PASS : UNKNOWN;
    const left = n * p.pow[i]!;
    const right = p.scaled[i]! * d;
    if (left <= MAX && right <= MAX) return left >= right ? PASS : FAIL;
    return meetsExactly(p.checks[i] as CompiledShare, snap, b) ? PASS : FAIL;
  }
  if (op === OP_CONDITION) {
    const v = snap[b + code[o + 1]!];
    return v === 1 ? PASS : v === 0 ? FAIL : UNKNOWN;
  }
  // Requires: levels are cumulative, so the target's [minLevel, maxLevel] says it all.
  const at = code[o + 1]!;
  const l = code[o + 2]!;
  if (at < 0) return UNKNOWN;
  const level = b + ctx.lb + 3 * at;
  return l <= snap[level]! ? PASS : l <= snap[level + 1]! ? UNKNOWN : FAIL;
}

/** Input fields whose absence leaves check `c` unknown. */
function missingOf(c: CompiledCheck, ctx: Context): readonly string[] {
  const snap = ctx.snap;
  const b = ctx.at;
  switch (c.kind) {
    case 'share': {
      let out: string[] | null = null;
      for (let i = 0; i < c.num.length; i++)
        if (Number.isNaN(snap[b + c.num[i]!])) {
          out ??= [];
          out.push(c.rule.numerator[i]!);
        }
      if (Number.isNaN(snap[b + c.den])) {
        out ??= [];
        out.push(c.rule.denominator);
      }
      return out ?? EMPTY;
    }
    case 'condition':
      return Number.isNaN(snap[b + c.slot]) ? [c.field] : EMPTY;
    case 'requires': {
      // What keeps the required standard undetermined keeps this one too.
      const p = ctx.plan.position[c.rule.requires.standard];
      return p === undefined ? EMPTY : missingOfStandard(ctx, p);
    }
  }
}

/** Step 1: level interval, missing fields and provisional rules of standard `k`. */
function decideStandard(p: Program, ctx: Context, k: number): void {
  let minLevel = 0;
  let maxLevel = 0;
  let last = 0;
  let below: typeof PASS | typeof UNKNOWN = PASS;
  let missing: string[] | null = null;
  const starts = ctx.ed ? p.ed : p.normal;
  const levels = starts.length - 1;
  const at = ctx.at + ctx.lb + 3 * k;
  const snap = ctx.snap;
  for (let li = 0; li < levels; li++) {
    const from = starts[li]!;
    const to = starts[li + 1]!;
    // What is decided so far, for `requires` rules pointing at a lower level of this standard.
    snap[at] = minLevel;
    snap[at + 1] = maxLevel;
    let status: Code = PASS;
    for (let i = from; i < to; i++) {
      const s = decideAt(p, i, ctx);
      if (s === FAIL) {
        status = FAIL;
        break;
      }
      if (s === UNKNOWN) status = UNKNOWN;
    }
    // Cumulative: a level is met only when it and every level below it are.
    const met: Code = status === FAIL ? FAIL : below === UNKNOWN || status === UNKNOWN ? UNKNOWN : PASS;
    last = li + 1;
    if (met === PASS) minLevel = last;
    if (met !== FAIL) maxLevel = last;
    if (met === UNKNOWN && status === UNKNOWN) {
      for (let i = from; i < to; i++) {
        const m = missingOf(p.checks[i]!, ctx);
        if (m.length > 0) {
          missing ??= [];
          missing.push(...m);
        }
      }
    }
    if (met === FAIL) break;
    below = met;
  }
  snap[at] = minLevel;
  snap[at + 1] = maxLevel;
  snap[at + 2] = last;
  if (missing) {
    ctx.missing ??= [];
    ctx.missing[k] = [...new Set(missing)];
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// The detail builders write one object literal each, in a fixed key order, and
// add the rare keys afterwards: object spread here made reading every check of
// a national batch several times slower.

function shareDetail(c: CompiledShare, snap: Snapshot, b: number, status: Code): ShareCheck {
  const { rule } = c;
  let missing: string[] | null = null;
  let numerator = 0;
  for (let i = 0; i < c.num.length; i++) {
    const v = snap[b + c.num[i]!]!;
    if (Number.isNaN(v)) {
      missing ??= [];
      missing.push(rule.numerator[i]!);
    } else numerator += v;
  }
  const denominator = snap[b + c.den]!;
  if (Number.isNaN(denominator)) {
    missing ??= [];
    missing.push(rule.denominator);
  }
  let share: ShareCheck['share'] = null;
  let rate: string | null = null;
  let reason: string | undefined;
  if (missing !== null) {
    reason = `missing counts: ${missing.join(', ')}`;
    if (rule.reading) reason += ` (needed by option "${rule.reading.option}" of reading "${rule.reading.id}")`;
  } else {
    share = { numerator, denominator };
    if (denominator === 0) reason = status === PASS ? 'no one to count: nothing left to meet' : NO_PEOPLE;
    else {
      // Percent display by the one rule (standards are minimums): the same share reads as in
      // every other output, and never shows a failing rate as the minimum.
      const num = numerator * 100 <= MAX ? numerator * 100 : BigInt(numerator) * 100n;
      rate = unitsToDecimal(displayUnits(num, denominator, 2, 'at-least', c.guards), 2);
    }
  }
  const out: Mutable<ShareCheck> = {
    rule: rule.id,
    kind: 'share',
    label: rule.label,
    labelVi: rule.labelVi,
    source: rule.source,
    verified: rule.verified,
    provisional: !rule.verified,
    numeratorFields: rule.numerator,
    denominatorField: rule.denominator,
    required: rule.threshold.text,
    status: STATUS[status]!,
    missing: missing ?? EMPTY,
    share,
    rate,
  };
  if (rule.overridden) out.overridden = rule.overridden;
  if (rule.reading) out.reading = rule.reading;
  if (reason !== undefined) out.reason = reason;
  return out;
}

/** Step 2: the detailed object of check `i` of a program. */
function detail(p: Program, i: number, ctx: Context): StandardCheck {
  const c = p.checks[i]!;
  const status = decideAt(p, i, ctx);
  switch (c.kind) {
    case 'share':
      return shareDetail(c, ctx.snap, ctx.at, status);
    case 'condition': {
      const { rule } = c;
      const v = ctx.snap[ctx.at + c.slot];
      const out: Mutable<ConditionCheck> = {
        rule: rule.id,
        kind: 'condition',
        label: rule.label,
        labelVi: rule.labelVi,
        source: rule.source,
        verified: rule.verified,
        provisional: !rule.verified,
        field: c.field,
        value: v === 1 ? true : v === 0 ? false : null,
        status: STATUS[status]!,
        missing: status === UNKNOWN ? [c.field] : EMPTY,
      };
      if (rule.reading) out.reading = rule.reading;
      if (status === UNKNOWN) out.reason = `not answered: ${c.field}`;
      return out;
    }
    case 'requires': {
      const { rule } = c;
      // What the required level rests on: provisional there is provisional here.
      const behind = requiredProvisional(c, ctx);
      const out: Mutable<RequiresCheck> = {
        rule: rule.id,
        kind: 'requires',
        label: rule.label,
        labelVi: rule.labelVi,
        source: rule.source,
        verified: rule.verified,
        provisional: !rule.verified || behind.length > 0,
        requires: rule.requires,
        status: STATUS[status]!,
        missing: status === UNKNOWN ? missingOf(c, ctx) : EMPTY,
      };
      if (behind.length > 0) out.provisionalRules = behind;
      if (rule.reading) out.reading = rule.reading;
      if (status === UNKNOWN) out.reason = `${rule.requires.standard} level ${rule.requires.level} is undetermined`;
      return out;
    }
  }
}

/** Every level of standard `k` with every check (also the levels above the first failure, to show why). */
function detailLevels(k: number, ctx: Context): readonly LevelAssessment[] {
  const cs = ctx.plan.compiled[k]!;
  const p = ctx.plan.programs[k]!;
  const starts = ctx.ed ? p.ed : p.normal;
  const out: LevelAssessment[] = [];
  let below: StandardCheckStatus = 'pass';
  cs.levels.forEach((cl, li) => {
    const checks: StandardCheck[] = [];
    for (let i = starts[li]!; i < starts[li + 1]!; i++) checks.push(detail(p, i, ctx));
    const l = level(cl, checks, below);
    out.push(l);
    below = l.met;
  });
  return out;
}

// Shared getters reading a hidden context: one accessor object for every result
// keeps them fast-mode objects (a getter closure per object literal would make
// each a dictionary-mode object, five times larger).
const LEVELS: PropertyDescriptor = {
  enumerable: true,
  configurable: false,
  get(this: StandardAssessment): readonly LevelAssessment[] {
    const ctx = Hidden.of(this) as Context;
    ctx.built ??= {};
    let levels = ctx.built[this.standard];
    if (levels === undefined) {
      levels = detailLevels(ctx.plan.position[this.standard]!, ctx);
      ctx.built[this.standard] = levels;
    }
    return levels;
  },
};

const STANDARDS_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: false,
  get(this: object): StandardResults {
    const ctx = Hidden.of(this) as Context;
    if (ctx.standards) return ctx.standards;
    const out: Partial<Record<StandardId, StandardAssessment>> = {};
    ctx.plan.standards.forEach((id, k) => {
      const cs = ctx.plan.index.get(id)!;
      const minLevel = minOf(ctx, k);
      const maxLevel = maxOf(ctx, k);
      const provisionalRules = provisionalOf(ctx, k);
      const s = {
        standard: id,
        label: cs.label,
        labelVi: cs.labelVi,
        topLevel: cs.top,
        level: minLevel === maxLevel ? minLevel : ('unknown' as const),
        minLevel,
        maxLevel,
        provisional: provisionalRules.length > 0,
        provisionalRules,
        missing: missingOfStandard(ctx, k),
      };
      Hidden.stamp(s, ctx);
      Object.defineProperty(s, 'levels', LEVELS);
      out[id] = s as unknown as StandardAssessment;
    });
    ctx.standards = out;
    return ctx.standards;
  },
};

/**
 * Lets go of the details of a commune result that were built when first read
 * (its `standards` with their levels and checks): the next read builds them
 * again, the same values in new objects. For a reader of 100,000 communes'
 * details one commune after another (the command line writing a roll-up),
 * which would otherwise hold every commune's checks at once. Anything else is
 * left alone.
 *
 * @param result - a commune result of `assessCommune` or `rollUp`
 * @example
 * for (const c of result.communes) {
 *   write(c.standards.xmc?.levels);
 *   releaseDetails(c);
 * }
 */
export function releaseDetails(result: object): void {
  const ctx = Hidden.of(result);
  if (!(ctx instanceof Context)) return;
  ctx.standards = null;
  ctx.built = null;
}

/**
 * Evaluates a commune already read into a snapshot (see `scanCommune`), at
 * offset `at` of the buffer `snap` (a batch's communes share one buffer).
 *
 * @example
 * const snap = emptySnapshot();
 * const input = { counts: { age15to35: { total: 100, literateLevel1: 95 } } };
 * scanCommune(input, [], snap); // null: valid
 * const plan = evaluationPlan(resolveRules('nd20-2014'), ['xmc']);
 * evaluateCommune(input, snap, plan).standards.xmc?.maxLevel; // 2: conditions and 15–60 counts missing
 */
export function evaluateCommune(
  input: Pick<CommuneInput, 'id' | 'name' | 'especiallyDifficult'>,
  snap: Snapshot,
  plan: EvaluationPlan,
  at = 0,
): CommuneAssessment {
  const n = plan.standards.length;
  const ctx = new Context(plan, input.especiallyDifficult === true, snap, at);
  let provisional = false;
  for (let k = 0; k < n; k++) {
    decideStandard(plan.programs[k]!, ctx, k);
    if (!provisional && provisionalOf(ctx, k).length > 0) provisional = true;
  }
  let missing: string[] | null = null;
  if (ctx.missing)
    for (const m of ctx.missing)
      if (m) {
        missing ??= [];
        missing.push(...m);
      }
  const out: { -readonly [K in keyof CommuneAssessment]?: CommuneAssessment[K] } = {};
  if (input.id !== undefined) out.id = input.id;
  if (input.name !== undefined) out.name = input.name;
  out.tier = 'commune';
  out.regime = plan.regime;
  out.especiallyDifficult = ctx.ed;
  out.missing = missing ? [...new Set(missing)] : EMPTY;
  out.provisional = provisional;
  if (ctx.missing !== null && plan.readings.length > 0) {
    const warnings = readingWarnings(ctx);
    if (warnings) out.warnings = warnings;
  }
  Hidden.stamp(out, ctx);
  Object.defineProperty(out, 'standards', STANDARDS_PROPERTY);
  return out as CommuneAssessment;
}
