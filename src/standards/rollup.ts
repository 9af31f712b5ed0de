import { XhhtError, makeIssue, type Issue } from '../errors.js';
import { compareShareToThreshold } from '../exact/compare.js';
import { formatRatioHonest } from '../exact/round.js';
import type { Share } from '../exact/share.js';
import { ruleSetOf, type StandardsOptions } from './commune.js';
import { evaluateCommune, evaluationPlan, readLevels, type LevelSlot } from './evaluate.js';
import { compiled, type CompiledRollup, type CompiledStandard } from './compile.js';
import { EMPTY, level, summarize } from './levels.js';
import type { CommuneRecord, StandardId } from './model.js';
import type {
  StandardCheckStatus,
  CommuneAssessment,
  LevelAssessment,
  LowerUnit,
  RollupCheck,
  StandardAssessment,
  UnitAssessment,
} from './result.js';
import type { Applicability, RegimeId, AdminTier } from './rule.js';
import { selectStandards, type RuleSet } from './ruleset.js';
import { countLevels, type NationalSummary } from './national.js';
import { emptySnapshots, scanCommune } from './validate.js';

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

/** Lower units counted for one standard: level interval, group and id of each. */
interface Column {
  readonly min: readonly number[];
  readonly max: readonly number[];
  readonly ed: readonly number[];
  readonly ids: readonly string[];
  readonly provisional: ReadonlySet<string>;
}

function column(lower: readonly LowerUnit[], standard: StandardId, top: number): Column {
  const n = lower.length;
  const min: number[] = new Array(n);
  const max: number[] = new Array(n);
  const ed: number[] = new Array(n);
  const ids: string[] = new Array(n);
  const provisional = new Set<string>();
  const slot: LevelSlot = { minLevel: 0, maxLevel: 0, provisionalRules: EMPTY };
  for (let i = 0; i < n; i++) {
    const u = lower[i]!;
    let found = readLevels(u, standard, slot);
    if (found === 'other') {
      const s = u.standards[standard];
      if (s) {
        slot.minLevel = s.minLevel;
        slot.maxLevel = s.maxLevel;
        slot.provisionalRules = s.provisional ? s.provisionalRules : EMPTY;
        found = 'read';
      }
    }
    // A lower unit without this standard is undetermined, never "not met".
    min[i] = found === 'read' ? slot.minLevel : 0;
    max[i] = found === 'read' ? slot.maxLevel : top;
    ed[i] = u.especiallyDifficult === true ? 1 : 0;
    ids[i] = u.id ?? `#${i}`;
    if (found === 'read') for (const r of slot.provisionalRules) provisional.add(r);
  }
  return { min, max, ed, ids, provisional };
}

const inGroup = (group: Applicability, ed: number) => group === 'all' || (group === 'normal' ? ed === 0 : ed === 1);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function rollupCheck(c: CompiledRollup, col: Column, lvl: number): RollupCheck {
  const { rule } = c;
  const n = col.ids.length;
  let total = 0;
  let certain = 0;
  let possible = 0;
  let undetermined: string[] | null = null;
  for (let i = 0; i < n; i++) {
    if (!inGroup(rule.group, col.ed[i]!)) continue;
    total++;
    if (col.min[i]! >= lvl) certain++;
    if (col.max[i]! >= lvl) {
      possible++;
      if (col.min[i]! < lvl) (undetermined ??= []).push(col.ids[i]!);
    }
  }
  const certainShare: Share = { numerator: certain, denominator: total };
  const possibleShare: Share = { numerator: possible, denominator: total };
  let status: StandardCheckStatus;
  let minRate: string | null = null;
  let maxRate: string | null = null;
  let reason: string | undefined;
  if (n === 0) {
    status = 'unknown';
    reason = 'no lower units to count';
  } else if (total === 0) {
    status = rule.whenEmpty === 'pass' ? 'pass' : 'unknown';
    reason = rule.whenEmpty === 'pass' ? 'no units in this group: nothing left to meet' : 'no units in this group';
  } else {
    const low = compareShareToThreshold(certainShare, rule.threshold) >= 0;
    const high = compareShareToThreshold(possibleShare, rule.threshold) >= 0;
    status = low ? 'pass' : high ? 'unknown' : 'fail';
    // Honest display: each bound is rounded so it never crosses the minimum the wrong way.
    minRate = formatRatioHonest(certain * 100, total, 2, low ? 'at-or-above' : 'below', rule.threshold.scaled, c.boundDen);
    maxRate = formatRatioHonest(possible * 100, total, 2, high ? 'at-or-above' : 'below', rule.threshold.scaled, c.boundDen);
    if (status === 'unknown') reason = `${undetermined!.length} undetermined: share between ${minRate}% and ${maxRate}%`;
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

function assessStandardAt(cs: CompiledStandard, tier: AdminTier, lower: readonly LowerUnit[]): StandardAssessment {
  const col = column(lower, cs.id, cs.top);
  const levels: LevelAssessment[] = [];
  let below: StandardCheckStatus = 'pass';
  for (const cl of cs.levels) {
    const rules = cl.rollup[tier] ?? [];
    const checks = rules.map((r) => rollupCheck(r, col, cl.level));
    // A level with no rule at this tier cannot be recognised: unknown, not met.
    const l: LevelAssessment =
      checks.length > 0
        ? level(cl, checks, below, shares(col, cl.level))
        : { ...level(cl, checks, below, shares(col, cl.level)), status: 'unknown' as const, met: below === 'fail' ? ('fail' as const) : ('unknown' as const) };
    levels.push(l);
    below = l.met;
  }
  return summarize(cs, levels, col.provisional);
}

/**
 * Assesses one higher unit from lower-unit results, with a resolved rule set
 * (no option handling; `assessDistrict` / `assessProvince` / `rollUp` call it).
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
): UnitAssessment {
  const index = compiled(set).standards;
  const results: Partial<Record<StandardId, StandardAssessment>> = {};
  let provisional = false;
  for (const id of standards) {
    const s = assessStandardAt(index.get(id)!, tier, lower);
    results[id] = s;
    if (s.provisional) provisional = true;
  }
  return {
    ...(meta.id !== undefined ? { id: meta.id } : {}),
    tier,
    regime: set.regime.id,
    ...(meta.province !== undefined ? { province: meta.province } : {}),
    units: lower.length,
    standards: results,
    provisional,
  };
}

function lowerTier(set: RuleSet, tier: 'district' | 'province'): AdminTier {
  const tiers = set.regime.tiers;
  const i = tiers.indexOf(tier);
  if (i <= 0) {
    throw new XhhtError('invalid-input', `regime ${set.regime.id} has no ${tier} tier (tiers: ${tiers.join(' → ')})`, {
      path: ['regime'],
      messageVi: `chế độ ${set.regime.id} không có cấp ${tier === 'district' ? 'huyện' : 'tỉnh'}`,
    });
  }
  return tiers[i - 1]!;
}

function checkLowerTiers(lower: readonly LowerUnit[], expected: AdminTier): void {
  lower.forEach((u, i) => {
    if (u.tier !== undefined && u.tier !== expected) {
      throw new XhhtError('invalid-input', `unit ${i} is a ${u.tier}; this regime counts ${expected} units here`, {
        path: [i, 'tier'],
        messageVi: `đơn vị ${i} là cấp ${u.tier}; chế độ này tính các đơn vị cấp ${expected}`,
      });
    }
  });
}

/**
 * Assesses a district (regime `nd20-2014`) from its communes' results: per
 * standard and level, the share of communes recognised (for certain and
 * possibly, when some are undetermined) against the district minimum (e.g. 90%
 * of communes; 95% for THCS level 2, 100% for THCS level 3), and the district's
 * level as an interval. Throws `invalid-input` under a regime without districts.
 *
 * @param communes - commune results (from {@link assessCommune}) or any {@link LowerUnit}
 * @param options - regime or rules, and the district's id and province
 * @example
 * const district = assessDistrict(communeResults, { regime: 'nd20-2014', id: 'd1', province: 'p1' });
 * district.standards.xmc?.level; // e.g. 2
 */
export function assessDistrict(communes: readonly LowerUnit[], options: UnitAssessOptions): UnitAssessment {
  const set = ruleSetOf(options);
  checkLowerTiers(communes, lowerTier(set, 'district'));
  return evaluateUnit('district', communes, set, selectStandards(set, options.standards), options);
}

/**
 * Assesses a province from its districts (regime `nd20-2014`: e.g. 100% of
 * districts, but 90% for XMC level 1) or directly from its communes (regime
 * `nd142-2025`). Undetermined lower units give an interval: the province is
 * recognised for certain, not recognised for certain, or undetermined, with the
 * minimum and maximum share in each check.
 *
 * @param units - district results under `nd20-2014`, commune results under `nd142-2025`
 * @param options - regime or rules, and the province id
 * @example
 * const province = assessProvince(communeResults, { regime: 'nd142-2025', id: 'quang-ngai' });
 * province.standards['pcgd-mn3to5']?.provisional; // true: Decree 277/2025 values are unverified
 */
export function assessProvince(units: readonly LowerUnit[], options: UnitAssessOptions): UnitAssessment {
  const set = ruleSetOf(options);
  checkLowerTiers(units, lowerTier(set, 'province'));
  return evaluateUnit('province', units, set, selectStandards(set, options.standards), options);
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
  /** One result per input commune, same order; rejected ones are `invalid` and unknown. */
  readonly communes: readonly CommuneAssessment[];
  /** Empty under a two-tier regime. */
  readonly districts: readonly UnitAssessment[];
  readonly provinces: readonly UnitAssessment[];
  readonly national: NationalSummary;
  readonly issues: readonly Issue[];
}

function invalidCommune(input: Partial<CommuneRecord>, set: RuleSet, standards: readonly StandardId[], issues: readonly Issue[]): CommuneAssessment {
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
  return {
    ...(typeof input.id === 'string' ? { id: input.id } : {}),
    ...(typeof input.name === 'string' ? { name: input.name } : {}),
    tier: 'commune',
    regime: set.regime.id,
    especiallyDifficult: input.especiallyDifficult === true,
    standards: results,
    missing: EMPTY,
    provisional: false,
    invalid: issues,
  };
}

const byId = (a: { id?: string }, b: { id?: string }) => ((a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : 0);
const isRecord = (v: unknown): v is Partial<CommuneRecord> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/**
 * Assesses a whole country (or any set of communes) in one call: every commune,
 * then every district and province as the regime's tiers say. A bad commune
 * never stops the batch: it becomes an issue and an `invalid`, undetermined unit
 * that still counts in its district or province (as undetermined). Every input
 * ends in a result, and every problem in `issues`.
 *
 * Throws only for bad options (`unknown-regime`, `unknown-standard`,
 * `unknown-rule`, `invalid-threshold`). Results do not depend on the order of
 * the communes.
 *
 * @param communes - commune records with `id`, `province` (and `district` under `nd20-2014`)
 * @param options - regime or rules, overrides, standards
 * @example
 * const r = rollUp(communes, { regime: 'nd20-2014' });
 * r.national.standards.xmc?.[1]; // { level: 2, certain: { numerator: 55, denominator: 63 }, possible: … }
 */
export function rollUp(communes: readonly CommuneRecord[], options: StandardsOptions): RollUpResult {
  const set = ruleSetOf(options);
  const standards = selectStandards(set, options.standards);
  const threeTier = set.regime.tiers.includes('district');
  const issues: Issue[] = [];
  const results: CommuneAssessment[] = new Array(communes.length);
  const plan = evaluationPlan(set, standards);
  const snapshot = emptySnapshots(communes.length);
  const seen = new Set<string>();
  // province → (district → communes) or province → communes
  const tree = new Map<string, Map<string, CommuneAssessment[]>>();
  for (let i = 0; i < communes.length; i++) {
    const c = communes[i]!;
    const snap = snapshot(i);
    const problems = scanCommune(c, [i], snap);
    const result = problems === null ? evaluateCommune(c, snap, plan) : invalidCommune(isRecord(c) ? c : {}, set, standards, problems);
    results[i] = result;
    if (problems !== null) issues.push(...problems);
    let place: Issue[] | null = null;
    const record: Partial<CommuneRecord> = isRecord(c) ? c : {};
    if (!nonEmpty(record.id)) (place ??= []).push(makeIssue('invalid-input', [i, 'id'], 'a commune in a batch needs an id', 'xã trong danh sách cần có id'));
    if (!nonEmpty(record.province)) (place ??= []).push(makeIssue('invalid-input', [i, 'province'], 'a commune needs its province id', 'xã cần có id tỉnh'));
    if (threeTier && !nonEmpty(record.district)) {
      (place ??= []).push(makeIssue('invalid-input', [i, 'district'], `regime ${set.regime.id} needs the district of every commune`, `chế độ ${set.regime.id} cần id huyện của mỗi xã`));
    }
    if (place === null && seen.has(c.id)) {
      place = [makeIssue('duplicate-unit', [i, 'id'], `commune id "${c.id}" appears more than once; only the first is rolled up`, `id xã "${c.id}" bị trùng; chỉ tính lần đầu`)];
    }
    if (place !== null) {
      issues.push(...place);
      continue;
    }
    seen.add(c.id);
    let districts = tree.get(c.province);
    if (!districts) tree.set(c.province, (districts = new Map()));
    const key = threeTier ? c.district! : '';
    let list = districts.get(key);
    if (!list) districts.set(key, (list = []));
    list.push(result);
  }
  const districts: UnitAssessment[] = [];
  const provinces: UnitAssessment[] = [];
  for (const [province, groups] of tree) {
    if (threeTier) {
      const own: UnitAssessment[] = [];
      for (const [district, list] of groups) {
        own.push(evaluateUnit('district', list.sort(byId), set, standards, { id: district, province }));
      }
      own.sort(byId);
      districts.push(...own);
      provinces.push(evaluateUnit('province', own, set, standards, { id: province }));
    } else {
      provinces.push(evaluateUnit('province', groups.get('')!.sort(byId), set, standards, { id: province }));
    }
  }
  provinces.sort(byId);
  districts.sort((a, b) => byId({ id: a.province }, { id: b.province }) || byId(a, b));
  return {
    regime: set.regime.id,
    communes: results,
    districts,
    provinces,
    national: countLevels(provinces, set, standards),
    issues,
  };
}
