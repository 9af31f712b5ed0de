import { compareExact } from '../exact/compare.js';
import type { CompiledCheck, CompiledRequires, CompiledShare } from './compile.js';
import { layout, type Snapshot } from './layout.js';
import { EMPTY } from './levels.js';
import type { StandardId } from './model.js';
import type { LevelAssessment, StandardCheckStatus, StandardResults } from './result.js';
import type { LevelSource, LevelSlot } from './level-source.js';
import { MEMO_BASE, W, OP_SHARE, OP_CONDITION, type EvaluationPlan, type Program } from './evaluation-plan.js';

/*
 * Step 1 of the commune evaluator: each standard's level interval, missing fields and provisional
 * rules, decided from the commune's snapshot by running its plan's programs, without building one
 * check object; `decideAt` is the only place a commune check is decided (the details of step 2
 * call it too). The hidden context a result keeps lives here.
 */

/**
 * The largest integer a double holds exactly: products up to it are compared in doubles.
 *
 * @example
 * const num = n * 100 <= MAX ? n * 100 : BigInt(n) * 100n;
 */
export const MAX = Number.MAX_SAFE_INTEGER;

// Status codes of the hot path; STATUS turns them into the public strings.
/**
 * A check or level met.
 *
 * @example
 * decideAt(p, i, ctx) === PASS;
 */
export const PASS = 0;
const FAIL = 1;
/**
 * A check or level undetermined (counts missing, or a required level undetermined).
 *
 * @example
 * decideAt(p, i, ctx) === UNKNOWN;
 */
export const UNKNOWN = 2;
/**
 * A status code of the hot path: PASS, FAIL or UNKNOWN.
 *
 * @example
 * const s: Code = decideAt(p, i, ctx);
 */
export type Code = 0 | 1 | 2;
/**
 * The public status of each code.
 *
 * @example
 * STATUS[UNKNOWN]; // 'unknown'
 */
export const STATUS: readonly StandardCheckStatus[] = ['pass', 'fail', 'unknown'];

/**
 * Everything a commune's lazy parts need; kept on the result, hidden (see
 * hidden.ts). Per standard `k` (position in `plan.standards`) the snapshot
 * holds the minimum level at `layout().levelBase + 3k`, the maximum at `+ 1` and the
 * last level considered at `+ 2`.
 *
 * @example
 * const ctx = new Context(plan, false, snap, 0);
 */
export class Context implements LevelSource {
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

/**
 * The minimum level of standard `k` in a commune's snapshot.
 *
 * @example
 * minOf(ctx, 0); // e.g. 1
 */
export const minOf = (ctx: Context, k: number) => ctx.snap[ctx.at + ctx.lb + 3 * k]!;
/**
 * The maximum level of standard `k` in a commune's snapshot.
 *
 * @example
 * maxOf(ctx, 0); // e.g. 2
 */
export const maxOf = (ctx: Context, k: number) => ctx.snap[ctx.at + ctx.lb + 3 * k + 1]!;
/**
 * The input fields whose absence leaves standard `k` undetermined.
 *
 * @example
 * missingOfStandard(ctx, 0); // e.g. ['age15to35.total']
 */
export const missingOfStandard = (ctx: Context, k: number): readonly string[] => ctx.missing?.[k] ?? EMPTY;
/**
 * Rules of every level up to the first one that fails: levels above it cannot change the result.
 *
 * @example
 * provisionalOf(ctx, 0); // e.g. ['nd142-xmc-l1-15to60']
 */
export function provisionalOf(ctx: Context, k: number): readonly string[] {
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

/**
 * Provisional rules behind the level a `requires` check points at (as far as that standard was considered).
 *
 * @example
 * requiredProvisional(check, ctx); // the unverified rules behind the level it requires
 */
export function requiredProvisional(c: CompiledRequires, ctx: Context): readonly string[] {
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
 *
 * @example
 * decideAt(plan.programs[0]!, 0, ctx); // PASS, FAIL or UNKNOWN
 */
export function decideAt(p: Program, i: number, ctx: Context): Code {
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

/**
 * Input fields whose absence leaves check `c` unknown.
 *
 * @example
 * missingOf(check, ctx); // e.g. ['age15to35.literateLevel1']
 */
export function missingOf(c: CompiledCheck, ctx: Context): readonly string[] {
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

/**
 * Step 1: level interval, missing fields and provisional rules of standard `k`.
 *
 * @example
 * decideStandard(plan.programs[k]!, ctx, k); // then minOf(ctx, k), maxOf(ctx, k)
 */
export function decideStandard(p: Program, ctx: Context, k: number): void {
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
