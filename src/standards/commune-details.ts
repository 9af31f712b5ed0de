import { displayUnits } from '../exact/display.js';
import { unitsToDecimal } from '../exact/round.js';
import type { CompiledShare } from './compile.js';
import type { Snapshot } from './layout.js';
import { EMPTY, level } from './levels.js';
import type { StandardId } from './model.js';
import type {
  ConditionCheck,
  LevelAssessment,
  RequiresCheck,
  ShareCheck,
  StandardAssessment,
  StandardCheck,
  StandardCheckStatus,
  StandardResults,
} from './result.js';
import { Hidden } from '../util/hidden.js';
import type { Program } from './evaluation-plan.js';
import {
  type Context,
  PASS,
  MAX,
  STATUS,
  decideAt,
  UNKNOWN,
  requiredProvisional,
  missingOf,
  minOf,
  maxOf,
  provisionalOf,
  missingOfStandard,
  type Code,
} from './commune-decide.js';

/*
 * Step 2 of the commune evaluator: the result objects of a commune's standards, with every level
 * and check (counts, rate, source), built on first read of `standards` and of each `levels`
 * from the same snapshot by the same `decideAt`, so the details always agree with the levels.
 */

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

/**
 * The `standards` getter of a commune result, built on first read from its hidden context.
 *
 * @example
 * Object.defineProperty(out, 'standards', STANDARDS_PROPERTY);
 */
export const STANDARDS_PROPERTY: PropertyDescriptor = {
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
