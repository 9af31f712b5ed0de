import { snapshot } from '../util/snapshot.js';
import { describe } from '../util/describe.js';
import { XhhtError } from '../errors.js';
import { parseThreshold, type Threshold } from '../exact/threshold.js';
import { deepFreeze } from '../util/freeze.js';
import type { StandardId } from './model.js';
import { getRegime } from './regimes.js';
import type {
  ConditionRule,
  ReadingRef,
  RuleSource,
  StandardRule,
  StandardsRegime,
  RegimeId,
  RequiresRule,
  RollupRule,
  ShareRule,
} from './rule.js';
import { isArray, isRecord, textArg } from '../util/guards.js';
import { say } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';
import type { th1CompletionReading } from './rules/nd20-2014.js';
import type { nd277CompletionReading } from './rules/nd277-2025.js';

/**
 * A caller's own value for a threshold: a decimal ("92.5"), or an object that
 * also says where the value comes from and whether the caller has verified it.
 * A bare value is treated as unverified: the library cannot vouch for it.
 *
 * @example
 * const o: ThresholdOverride = { value: '92', verified: true, source: { note: 'Sở GDĐT legal opinion 12/2025' } };
 */
export type ThresholdOverride =
  | string
  | number
  | { readonly value: string | number; readonly verified?: boolean; readonly source?: Partial<RuleSource> };

/**
 * Overrides keyed by rule id (see docs/standards.md for every id).
 *
 * @example
 * const overrides: RuleOverrides = { 'xmc-2.commune-ed.age15to35-literate2': '92' };
 */
export type RuleOverrides = Readonly<Record<string, ThresholdOverride>>;

/**
 * The id of a provision read more than one way (see `getRegime(id).readings`
 * and docs/standards.md), read from the rule data.
 *
 * @example
 * const id: ReadingId = 'pcgd-th-1.completion';
 */
export type ReadingId = BuiltInReading['id'];

/**
 * The ids of the options of a reading (of every reading when none is named).
 *
 * @example
 * const option: ReadingOptionId<'pcgd-mn3to5.completion'> = 'per-age'; // or 'pooled'
 */
export type ReadingOptionId<R extends ReadingId = ReadingId> = Extract<
  BuiltInReading,
  { readonly id: R }
>['options'][number]['id'];

type BuiltInReading = ReturnType<typeof th1CompletionReading> | ReturnType<typeof nd277CompletionReading>;

/**
 * The reading chosen for each provision that has more than one, keyed by
 * reading id (see `getRegime(id).readings` and docs/standards.md). Readings not
 * named keep their default. An editor completes the reading ids and options;
 * any other key or option (from a file, the command line) is checked at run
 * time (`invalid-input`).
 *
 * @example
 * const readings: Readings = { 'pcgd-mn3to5.completion': 'per-age' };
 */
export type Readings = { readonly [R in ReadingId]?: ReadingOptionId<R> | (string & {}) } & Readonly<
  Record<string, string>
>;

/** The reading a rule belongs to, when it does (see {@link ReadingRef}). */
type Tagged<R> = R & { readonly reading?: ReadingRef };
/** A rule with a value, after overrides: its parsed threshold and what it replaced. */
type Valued<R> = Tagged<R> & { readonly threshold: Threshold; readonly overridden?: { readonly from: string } };

/**
 * A rule ready for evaluation: thresholds parsed, overrides applied, and the
 * reading (and option) it comes from when it belongs to one.
 *
 * @example
 * const r = resolveRules('nd20-2014').rules.find((x) => x.id === 'xmc-1.province.districts');
 * r?.kind === 'rollup' && r.threshold.text; // '90'
 * resolveRules('nd20-2014').rules.find((x) => x.id === 'pcgd-th-1.commune.age11to14-completed')?.reading;
 * // { id: 'pcgd-th-1.completion', option: '11-14' }
 */
export type ResolvedRule = Valued<ShareRule> | Valued<RollupRule> | Tagged<ConditionRule> | Tagged<RequiresRule>;

/**
 * A regime's rules with the caller's overrides applied and every threshold
 * parsed once. Pass it as `options.rules` to evaluate many units without
 * resolving again.
 *
 * @example
 * const rules = resolveRules('nd142-2025', { 'xmc-1.province.communes': '90' });
 * rules.regime.id; // 'nd142-2025'
 */
export interface RuleSet {
  readonly regime: StandardsRegime;
  readonly rules: readonly ResolvedRule[];
  /** Rule ids the caller overrode. */
  readonly overridden: readonly string[];
  /** The option used for each reading of the regime (defaults included). */
  readonly readings: Readings;
}

// Memo of the default rule set of each regime: a pure function of frozen data,
// so sharing it is invisible to callers (and saves re-parsing per call).
const cache = new Map<string, RuleSet>();
// Every set resolveRules made: `options.rules` must be one of them (a look-alike
// object could hold rules that were never checked). Weak: sets are not kept alive.
const made = new WeakSet<object>();

/**
 * True for a rule set made by {@link resolveRules} (in this copy of the
 * library). Internal: `options.rules` is checked with it.
 *
 * @example
 * isRuleSet(resolveRules('nd20-2014')); // true
 * isRuleSet({ regime: {}, rules: [] }); // false
 */
export function isRuleSet(value: unknown): value is RuleSet {
  return typeof value === 'object' && value !== null && made.has(value);
}

/**
 * Resolves a regime's rules with optional threshold overrides and readings.
 *
 * Throws `unknown-regime`, `unknown-rule` (an override for an id the regime does
 * not have, or has only under a reading not chosen: a typo must not be
 * ignored), `invalid-input` (overrides or readings that are not an object, an
 * override for a rule without a value, a `verified` or `source` of the wrong
 * type, an unknown reading or reading option) or `invalid-threshold` (a value
 * that is not a decimal, or above 100: every overridable rule is a
 * percentage), each with its path.
 *
 * @param regime - a regime id (`nd20-2014`, `nd142-2025`)
 * @param givenOverrides - threshold values by rule id
 * @param givenReadings - the option chosen for a provision with more than one reading
 * @example
 * resolveRules('nd20-2014', { 'pcgd-thcs-2.district.communes': '90' }).overridden; // ['pcgd-thcs-2.district.communes']
 * resolveRules('nd20-2014', { 'xmc-9.commune.x': '90' }); // throws XhhtError { code: 'unknown-rule' }
 * resolveRules('nd142-2025', {}, { 'pcgd-mn3to5.completion': 'per-age' }).rules.some(
 *   (r) => r.id === 'pcgd-mn3to5.commune.age4-completed',
 * );
 * // true
 */
export function resolveRules(
  regime: RegimeId | (string & {}),
  givenOverrides?: RuleOverrides,
  givenReadings?: Readings,
): RuleSet {
  // read once: what is checked is what the rule set is built from
  const overrides = snapshot(givenOverrides, ['overrides']) as RuleOverrides | undefined;
  const readings = snapshot(givenReadings, ['readings']) as Readings | undefined;
  textArg(regime, 'regime', 'unknown-regime');
  if (overrides !== undefined && !isRecord(overrides)) {
    throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.overrides'), { path: ['overrides'] });
  }
  if (readings !== undefined && !isRecord(readings)) {
    throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.readings'), { path: ['readings'] });
  }
  const hasOverrides = overrides !== undefined && Object.keys(overrides).length > 0;
  const hasReadings = readings !== undefined && Object.keys(readings).length > 0;
  if (!hasOverrides && !hasReadings) {
    const hit = cache.get(regime);
    if (hit) return hit;
  }
  // any other text is an `unknown-regime` error, thrown by getRegime
  const r = getRegime(regime as RegimeId);
  const chosen = chooseReadings(r, readings);
  // Without overrides a set depends only on the regime and the readings: one memo per
  // choice, keyed by the regime id and the readings that differ from their default.
  const changed = (r.readings ?? []).filter((g) => chosen[g.id] !== g.default).map((g) => `|${g.id}=${chosen[g.id]}`);
  const key = r.id + changed.sort().join('');
  if (!hasOverrides) {
    const hit = cache.get(key);
    if (hit) return hit;
  }
  const base = withReadings(r, chosen);
  const byId = new Map(base.map((rule) => [rule.id, rule]));
  const used: string[] = [];
  const specs = new Map<string, OverrideSpec>();
  if (hasOverrides) {
    for (const id of Object.keys(overrides)) {
      const rule = byId.get(id);
      if (!rule) {
        const reading = r.readings?.find((g) => g.options.some((o) => o.rules.some((x) => x.id === id)));
        const option = reading?.options.find((o) => o.rules.some((x) => x.id === id));
        const choose = reading && option ? readingsText(reading.id, option.id) : '';
        const hint = reading
          ? say(STANDARDS_MSG, 'unknown-rule.other-reading', { option: option!.id, reading: reading.id, choose })
          : '';
        throw new XhhtError('unknown-rule', say(STANDARDS_MSG, 'unknown-rule', { regime: r.id, id, hint }), {
          path: ['overrides', id],
        });
      }
      if (rule.kind !== 'share' && rule.kind !== 'rollup') {
        throw new XhhtError(
          'invalid-input',
          say(STANDARDS_MSG, 'invalid-input.override-no-threshold', { id, kind: rule.kind }),
          { path: ['overrides', id] },
        );
      }
      specs.set(id, overrideSpec(overrides[id], id));
      used.push(id);
    }
  }
  // Which reading (and option) each rule of a chosen option comes from.
  const tags = new Map<string, ReadingRef>();
  for (const g of r.readings ?? []) {
    const option = chosen[g.id]!;
    for (const x of g.options.find((o) => o.id === option)!.rules) tags.set(x.id, { id: g.id, option });
  }
  const rules = base.map((plain): ResolvedRule => {
    const tag = tags.get(plain.id);
    const rule = tag === undefined ? plain : { ...plain, reading: tag };
    if (rule.kind !== 'share' && rule.kind !== 'rollup') return rule;
    const spec = specs.get(rule.id);
    if (spec === undefined) return { ...rule, threshold: parseThreshold(rule.value, ['rules', rule.id]) };
    const threshold = spec.threshold;
    const note = spec.source?.note ?? `value overridden by the caller (built-in value ${rule.value})`;
    return {
      ...rule,
      value: threshold.text,
      threshold,
      verified: spec.verified ?? false,
      source: { ...rule.source, ...spec.source, note },
      overridden: { from: rule.value },
    };
  });
  const set: RuleSet = deepFreeze({ regime: r, rules, overridden: used, readings: chosen });
  made.add(set);
  if (!hasOverrides) cache.set(key, set);
  return set;
}

/**
 * How a caller chooses an option of a reading, as code: `readings: { 'id': 'option' }`.
 * Messages name it, so the reader knows what to write. Internal.
 *
 * @example
 * readingsText('pcgd-th-1.completion', '14'); // "readings: { 'pcgd-th-1.completion': '14' }"
 */
export function readingsText(id: string, option: string): string {
  return `readings: { '${id}': '${option}' }`;
}

/** The option of every reading of the regime: the caller's, checked, or the default. */
function chooseReadings(r: StandardsRegime, given: Readings | undefined): Readings {
  const known = r.readings ?? [];
  const out: Record<string, string> = {};
  for (const g of known) out[g.id] = g.default;
  for (const id of Object.keys(given ?? {})) {
    const reading = known.find((g) => g.id === id);
    if (!reading) {
      const list = known.map((g) => g.id).join(', ') || 'none';
      throw new XhhtError(
        'invalid-input',
        say(STANDARDS_MSG, 'invalid-input.unknown-reading', { regime: r.id, id, list }),
        { path: ['readings', id] },
      );
    }
    const option = given![id];
    if (typeof option !== 'string' || !reading.options.some((o) => o.id === option)) {
      const list = reading.options.map((o) => o.id).join(', ');
      throw new XhhtError(
        'invalid-input',
        say(STANDARDS_MSG, 'invalid-input.unknown-reading-option', { id, option: describe(option), list }),
        { path: ['readings', id] },
      );
    }
    out[id] = option;
  }
  return out;
}

/**
 * The regime's rules with each reading's default rules replaced, in place, by
 * the chosen option's. The regime's own list (same object) when every reading
 * keeps its default.
 */
function withReadings(r: StandardsRegime, chosen: Readings): readonly StandardRule[] {
  let rules: readonly StandardRule[] = r.rules;
  for (const g of r.readings ?? []) {
    if (chosen[g.id] === g.default) continue;
    const from = new Set(g.options.find((o) => o.id === g.default)!.rules.map((x) => x.id));
    const to = g.options.find((o) => o.id === chosen[g.id])!.rules;
    const out: StandardRule[] = [];
    let placed = false;
    for (const rule of rules) {
      if (!from.has(rule.id)) out.push(rule);
      else if (!placed) {
        out.push(...to);
        placed = true;
      }
    }
    rules = out;
  }
  return rules;
}

interface OverrideSpec {
  readonly threshold: Threshold;
  readonly verified?: boolean;
  readonly source?: Partial<RuleSource>;
}

const SOURCE_KEYS: readonly (keyof RuleSource)[] = ['document', 'documentEn', 'article', 'note'];

/**
 * One override checked: a decimal percentage (at most 100: every overridable
 * rule is "at least x %"), or `{ value, verified?, source? }` with those types.
 * JSON and untyped callers reach here, so every shape is checked, never trusted.
 */
function overrideSpec(o: unknown, id: string): OverrideSpec {
  const path = ['overrides', id];
  const bare = !isRecord(o);
  const value = bare ? o : o.value;
  const at = bare ? path : [...path, 'value'];
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new XhhtError(
      'invalid-threshold',
      say(STANDARDS_MSG, 'invalid-threshold.override', { id, value: describe(value) }),
      { path: at },
    );
  }
  const threshold = parseThreshold(value, at);
  if (threshold.scaled > 100 * 10 ** threshold.scale) {
    throw new XhhtError(
      'invalid-threshold',
      say(STANDARDS_MSG, 'invalid-threshold.override-above-100', { id, text: threshold.text }),
      { path: at },
    );
  }
  if (bare) return { threshold };
  const { verified, source } = o;
  if (verified !== undefined && typeof verified !== 'boolean') {
    throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.override-verified', { id }), {
      path: [...path, 'verified'],
    });
  }
  if (source !== undefined) {
    if (!isRecord(source)) {
      throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.override-source', { id }), {
        path: [...path, 'source'],
      });
    }
    for (const k of SOURCE_KEYS) {
      if (source[k] !== undefined && typeof source[k] !== 'string') {
        throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.override-source-field', { id, k }), {
          path: [...path, 'source', k],
        });
      }
    }
  }
  return {
    threshold,
    ...(verified !== undefined ? { verified } : {}),
    ...(source !== undefined ? { source: source as Partial<RuleSource> } : {}),
  };
}

/**
 * The standards to assess: the requested ones (all of the regime's by default)
 * plus everything they depend on, in the regime's dependency order. Throws
 * `unknown-standard` for an id the regime does not have.
 *
 * @example
 * selectStandards(resolveRules('nd20-2014'), ['pcgd-thcs']); // ['xmc', 'pcgd-th', 'pcgd-thcs']
 */
export function selectStandards(set: RuleSet, given?: readonly (StandardId | (string & {}))[]): readonly StandardId[] {
  if (!isRuleSet(set)) {
    throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.rule-set-arg'), { path: ['set'] });
  }
  const all = set.regime.standards;
  if (given === undefined) return all;
  const requested = isArray(given) ? snapshot(given, ['standards']) : given;
  if (!isArray(requested)) {
    throw new XhhtError(
      'invalid-input',
      say(STANDARDS_MSG, 'invalid-input.standards-not-list', { requested: describe(requested) }),
      { path: ['standards'] },
    );
  }
  const wanted = new Set<StandardId>();
  requested.forEach((id, i) => {
    if (!(all as readonly string[]).includes(id)) {
      throw new XhhtError(
        'unknown-standard',
        say(STANDARDS_MSG, 'unknown-standard.in-regime', {
          regime: set.regime.id,
          id: describe(id),
          all: all.join(', '),
        }),
        { path: ['standards', i] },
      );
    }
    wanted.add(id as StandardId);
  });
  // Walk dependencies backwards: the order guarantees requires point earlier.
  for (let i = all.length - 1; i >= 0; i--) {
    const s = all[i]!;
    if (!wanted.has(s)) continue;
    for (const rule of set.rules) {
      if (rule.kind === 'requires' && rule.standard === s) wanted.add(rule.requires.standard);
    }
  }
  return all.filter((s) => wanted.has(s));
}
