import { makeIssue, type Issue } from '../errors.js';
import { compareShareToThreshold } from '../exact/compare.js';
import { displayUnits } from '../exact/display.js';
import { unitsToDecimal } from '../exact/round.js';
import { compiled, type CompiledCheck, type CompiledRequires, type CompiledShare, type CompiledStandard } from './compile.js';
import { LEVEL_BASE, type Snapshot } from './layout.js';
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
import type { RegimeId } from './rule.js';
import { readingsText, type RuleSet } from './ruleset.js';
import { levelLabel } from './standards.js';

/*
 * The commune evaluator. It runs in two steps, so a national batch (10,000+
 * communes) stays under a tenth of a second while every result still carries
 * every check behind it:
 *
 * 1. Eagerly, per commune: each standard's level interval, missing fields and
 *    provisional rules, decided from a private snapshot of the counts without
 *    building one check object.
 * 2. On first read of `standards` (and of each standard's `levels`): the result
 *    objects and every check with its counts, rate and source, built from the
 *    same snapshot by the same `decide`, so details always agree with levels.
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
  /** The readings of the standards assessed, to tell a dossier that has the counts of another option (`reading-counts-missing`). */
  readonly readings: readonly ReadingProbe[];
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
  readonly others: readonly { readonly option: string; readonly normal: readonly string[]; readonly ed: readonly string[] }[];
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
  const position: Partial<Record<StandardId, number>> = {};
  standards.forEach((s, i) => (position[s] = i));
  const index = compiled(set).standards;
  return { regime: set.regime.id, index, standards, compiled: standards.map((s) => index.get(s)!), position, readings: readingProbes(set, position) };
}

const present = (snap: Snapshot, fields: readonly string[]) => fields.length > 0 && fields.every((f) => !Number.isNaN(snap[FIELD_INDEX.get(f)!]));

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
    const alt = p.others.find((o) => present(ctx.snap, ctx.ed ? o.ed : o.normal));
    if (!alt) continue;
    const fields = ctx.ed ? alt.ed : alt.normal;
    const choose = readingsText(p.id, alt.option);
    const group = absent[0]!.split('.')[0]!;
    (out ??= []).push(
      makeIssue(
        'reading-counts-missing',
        ['counts', group],
        `${p.label} is undetermined: reading "${p.id}" uses option "${p.option}"${p.isDefault ? ' (the default)' : ''}, which needs ${absent.join(', ')}; ` +
          `the dossier has instead the counts of option "${alt.option}" (${fields.join(', ')}), which the option in use does not read. ` +
          `Add the missing counts, or choose that option: ${choose}`,
        `${p.labelVi} chưa xác định: cách hiểu "${p.id}" đang dùng phương án "${p.option}"${p.isDefault ? ' (mặc định)' : ''}, cần ${absent.join(', ')}; ` +
          `hồ sơ lại có số liệu của phương án "${alt.option}" (${fields.join(', ')}), là số liệu phương án đang dùng không đọc đến. ` +
          `Hãy bổ sung số liệu còn thiếu, hoặc chọn phương án đó: ${choose}`,
        'warning',
      ),
    );
  }
  return out;
}

/**
 * Everything a commune's lazy parts need; kept on the result under a hidden key.
 * Per standard `k` (position in `plan.standards`) the snapshot holds the minimum
 * level at `LEVEL_BASE + 3k`, the maximum at `+ 1` and the last level considered
 * at `+ 2`.
 */
interface Context {
  readonly plan: EvaluationPlan;
  readonly ed: boolean;
  readonly snap: Snapshot;
  /** Missing fields per standard; `null` (the usual case) when nothing is missing. */
  missing: (readonly string[])[] | null;
  standards: StandardResults | null;
  built: Partial<Record<StandardId, readonly LevelAssessment[]>> | null;
}

const minOf = (ctx: Context, k: number) => ctx.snap[LEVEL_BASE + 3 * k]!;
const maxOf = (ctx: Context, k: number) => ctx.snap[LEVEL_BASE + 3 * k + 1]!;
const missingOfStandard = (ctx: Context, k: number): readonly string[] => ctx.missing?.[k] ?? EMPTY;
/** Rules of every level up to the first one that fails: levels above it cannot change the result. */
function provisionalOf(ctx: Context, k: number): readonly string[] {
  return provisionalUpTo(ctx, k, ctx.snap[LEVEL_BASE + 3 * k + 2]!);
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
  const cross = ctx.ed ? cs.crossEd : cs.crossNormal;
  let extra: Set<string> | null = null;
  for (let li = 0; li < upTo && li < cross.length; li++) {
    for (const c of cross[li]!) {
      for (const id of requiredProvisional(c, ctx)) if (!own.includes(id)) (extra ??= new Set()).add(id);
    }
  }
  return extra ? [...own, ...extra].sort() : own;
}

/** Provisional rules behind the level a `requires` check points at (as far as that standard was considered). */
function requiredProvisional(c: CompiledRequires, ctx: Context): readonly string[] {
  const p = ctx.plan.position[c.rule.requires.standard];
  if (p === undefined) return EMPTY;
  const last = ctx.snap[LEVEL_BASE + 3 * p + 2]!;
  return provisionalUpTo(ctx, p, Math.min(c.rule.requires.level, last));
}

const CONTEXT = Symbol('xhht.standards.commune');

/** `100·n/d ≥ threshold`, exactly (integers; BigInt past 2^53 via compareShareToThreshold). */
function meets(n: number, d: number, c: CompiledShare): boolean {
  const left = n * 100 * c.pow;
  const right = c.rule.threshold.scaled * d;
  if (left <= MAX && right <= MAX) return left >= right;
  return compareShareToThreshold({ numerator: n, denominator: d }, c.rule.threshold) >= 0;
}

/** The status of one check of one commune: the only place a commune check is decided. */
function decide(c: CompiledCheck, ctx: Context): Code {
  const snap = ctx.snap;
  switch (c.kind) {
    case 'share': {
      let n = 0;
      for (let i = 0; i < c.num.length; i++) n += snap[c.num[i]!]!;
      const d = snap[c.den]!;
      if (n !== n || d !== d) return UNKNOWN;
      if (d === 0) return c.rule.whenEmpty === 'pass' ? PASS : UNKNOWN;
      return meets(n, d, c) ? PASS : FAIL;
    }
    case 'condition': {
      const v = snap[c.slot];
      return v === 1 ? PASS : v === 0 ? FAIL : UNKNOWN;
    }
    case 'requires': {
      // Levels are cumulative, so the target's [minLevel, maxLevel] says it all.
      const p = ctx.plan.position[c.rule.requires.standard];
      const l = c.rule.requires.level;
      return p === undefined ? UNKNOWN : l <= minOf(ctx, p) ? PASS : l <= maxOf(ctx, p) ? UNKNOWN : FAIL;
    }
  }
}

/** Input fields whose absence leaves check `c` unknown. */
function missingOf(c: CompiledCheck, ctx: Context): readonly string[] {
  const snap = ctx.snap;
  switch (c.kind) {
    case 'share': {
      let out: string[] | null = null;
      for (let i = 0; i < c.num.length; i++) if (Number.isNaN(snap[c.num[i]!])) (out ??= []).push(c.rule.numerator[i]!);
      if (Number.isNaN(snap[c.den])) (out ??= []).push(c.rule.denominator);
      return out ?? EMPTY;
    }
    case 'condition':
      return Number.isNaN(snap[c.slot]) ? [c.field] : EMPTY;
    case 'requires': {
      // What keeps the required standard undetermined keeps this one too.
      const p = ctx.plan.position[c.rule.requires.standard];
      return p === undefined ? EMPTY : missingOfStandard(ctx, p);
    }
  }
}

/** Step 1: level interval, missing fields and provisional rules of standard `k`. */
function decideStandard(cs: CompiledStandard, ctx: Context, k: number): void {
  let minLevel = 0;
  let maxLevel = 0;
  let last = 0;
  let below: typeof PASS | typeof UNKNOWN = PASS;
  let missing: string[] | null = null;
  const levels = cs.levels;
  const at = LEVEL_BASE + 3 * k;
  const snap = ctx.snap;
  for (let li = 0; li < levels.length; li++) {
    const cl = levels[li]!;
    const checks = ctx.ed ? cl.ed : cl.normal;
    // What is decided so far, for `requires` rules pointing at a lower level of this standard.
    snap[at] = minLevel;
    snap[at + 1] = maxLevel;
    let status: Code = PASS;
    for (let i = 0; i < checks.length; i++) {
      const s = decide(checks[i]!, ctx);
      if (s === FAIL) {
        status = FAIL;
        break;
      }
      if (s === UNKNOWN) status = UNKNOWN;
    }
    // Cumulative: a level is met only when it and every level below it are.
    const met: Code = status === FAIL ? FAIL : below === UNKNOWN || status === UNKNOWN ? UNKNOWN : PASS;
    last = cl.level;
    if (met === PASS) minLevel = cl.level;
    if (met !== FAIL) maxLevel = cl.level;
    if (met === UNKNOWN && status === UNKNOWN) {
      for (let i = 0; i < checks.length; i++) {
        const m = missingOf(checks[i]!, ctx);
        if (m.length > 0) (missing ??= []).push(...m);
      }
    }
    if (met === FAIL) break;
    below = met;
  }
  snap[at] = minLevel;
  snap[at + 1] = maxLevel;
  snap[at + 2] = last;
  if (missing) (ctx.missing ??= [])[k] = [...new Set(missing)];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// The detail builders write one object literal each, in a fixed key order, and
// add the rare keys afterwards: object spread here made reading every check of
// a national batch several times slower.

function shareDetail(c: CompiledShare, snap: Snapshot, status: Code): ShareCheck {
  const { rule } = c;
  let missing: string[] | null = null;
  let numerator = 0;
  for (let i = 0; i < c.num.length; i++) {
    const v = snap[c.num[i]!]!;
    if (Number.isNaN(v)) (missing ??= []).push(rule.numerator[i]!);
    else numerator += v;
  }
  const denominator = snap[c.den]!;
  if (Number.isNaN(denominator)) (missing ??= []).push(rule.denominator);
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

/** Step 2: the detailed check object. */
function detail(c: CompiledCheck, ctx: Context): StandardCheck {
  const status = decide(c, ctx);
  switch (c.kind) {
    case 'share':
      return shareDetail(c, ctx.snap, status);
    case 'condition': {
      const { rule } = c;
      const v = ctx.snap[c.slot];
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

/** Every level of a standard with every check (also the levels above the first failure, to show why). */
function detailLevels(cs: CompiledStandard, ctx: Context): readonly LevelAssessment[] {
  const out: LevelAssessment[] = [];
  let below: StandardCheckStatus = 'pass';
  for (const cl of cs.levels) {
    const list = ctx.ed ? cl.ed : cl.normal;
    const l = level(
      cl,
      list.map((c) => detail(c, ctx)),
      below,
    );
    out.push(l);
    below = l.met;
  }
  return out;
}

type Hidden = { readonly [CONTEXT]: Context };

// Shared getters reading a hidden context: one accessor object for every result
// keeps them fast-mode objects (a getter closure per object literal would make
// each a dictionary-mode object, five times larger).
const LEVELS: PropertyDescriptor = {
  enumerable: true,
  configurable: false,
  get(this: StandardAssessment & Hidden): readonly LevelAssessment[] {
    const ctx = this[CONTEXT];
    const built = (ctx.built ??= {});
    return (built[this.standard] ??= detailLevels(ctx.plan.index.get(this.standard)!, ctx));
  },
};

const STANDARDS_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: false,
  get(this: Hidden): StandardResults {
    const ctx = this[CONTEXT];
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
      Object.defineProperty(s, CONTEXT, { value: ctx });
      Object.defineProperty(s, 'levels', LEVELS);
      out[id] = s as unknown as StandardAssessment;
    });
    return (ctx.standards = out);
  },
};

/**
 * Evaluates a commune already read into a snapshot (see `scanCommune`).
 *
 * @example
 * const snap = emptySnapshots(1)(0);
 * const input = { counts: { age15to35: { total: 100, literateLevel1: 95 } } };
 * scanCommune(input, [], snap); // null: valid
 * const plan = evaluationPlan(resolveRules('nd20-2014'), ['xmc']);
 * evaluateCommune(input, snap, plan).standards.xmc?.maxLevel; // 2: conditions and 15–60 counts missing
 */
export function evaluateCommune(
  input: Pick<CommuneInput, 'id' | 'name' | 'especiallyDifficult'>,
  snap: Snapshot,
  plan: EvaluationPlan,
): CommuneAssessment {
  const n = plan.standards.length;
  const ctx: Context = { plan, ed: input.especiallyDifficult === true, snap, missing: null, standards: null, built: null };
  let provisional = false;
  for (let k = 0; k < n; k++) {
    decideStandard(plan.compiled[k]!, ctx, k);
    if (!provisional && provisionalOf(ctx, k).length > 0) provisional = true;
  }
  let missing: string[] | null = null;
  if (ctx.missing) for (const m of ctx.missing) if (m) (missing ??= []).push(...m);
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
  Object.defineProperty(out, CONTEXT, { value: ctx });
  Object.defineProperty(out, 'standards', STANDARDS_PROPERTY);
  return out as CommuneAssessment;
}

/**
 * True for a commune result made by {@link evaluateCommune} (it carries the
 * hidden context its details are built from): valid by construction.
 *
 * @example
 * isAssessedHere(assessCommune({ counts: {} }, { regime: 'nd20-2014' })); // true
 * isAssessedHere({ standards: {} }); // false
 */
export function isAssessedHere(unit: object): boolean {
  return (unit as Partial<Hidden>)[CONTEXT] !== undefined;
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
  const ctx = (unit as Partial<Hidden>)[CONTEXT];
  if (ctx === undefined) return 'other';
  const k = ctx.plan.position[standard];
  if (k === undefined) return 'absent';
  slot.minLevel = minOf(ctx, k);
  slot.maxLevel = maxOf(ctx, k);
  slot.provisionalRules = provisionalOf(ctx, k);
  return 'read';
}
