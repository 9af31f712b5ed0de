import { XhhtError, isXhhtError, issueOf, type Issue } from '../errors.js';
import { snapshot, snapshotItems } from '../util/snapshot.js';
import { readOptions, ruleSetOf, type StandardsOptions } from './commune.js';
import { evaluateCommune } from './evaluate.js';
import { evaluationPlan } from './evaluation-plan.js';
import { compiled } from './compile.js';
import { EMPTY } from './levels.js';
import type { CommuneRecord, StandardId } from './model.js';
import type { CommuneAssessment, LowerUnit, StandardAssessment, UnitAssessment } from './result.js';
import type { RegimeId, AdminTier } from './rule.js';
import { selectStandards, type RuleSet } from './ruleset.js';
import { countLevels, type NationalSummary } from './national.js';
import { emptySnapshots, scanCommune } from './validate.js';
import { layout } from './layout.js';
import { isArray, isRecord } from '../util/guards.js';
import { say, type Text } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';
import { GROUP_UNKNOWN, type Marked } from './rollup-checks.js';
import { evaluateUnit } from './higher-unit.js';

// One district or province at a time (rollUp is the batch): in district-province.ts, re-exported
// for the tests that import them here
export { assessDistrict, assessProvince } from './district-province.js';

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
