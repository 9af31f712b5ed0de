/**
 * The floors: naive floating-point JavaScript making the same decisions as
 * xhht on the benchmark data, written plainly, the way an app would without
 * xhht: rates as `n / d * 100` in doubles, rules written out by hand. They are
 * the floor the figures are measured against, not competitors: they validate
 * nothing, keep no provenance, and a float rate can land on the wrong side of
 * a threshold (the bench counts where it does).
 */
import type { CommuneRecord, Observation } from '../dist/index.js';

// Three-valued statuses: a missing count or an unanswered condition is unknown.
const FAIL = 0;
const PASS = 1;
const UNKNOWN = 2;
type Tri = 0 | 1 | 2;

const and = (a: Tri, b: Tri): Tri =>
  a === FAIL || b === FAIL ? FAIL : a === UNKNOWN || b === UNKNOWN ? UNKNOWN : PASS;

/** `n / d * 100 >= t` in doubles; no one to count is unknown (or a pass, for the disabled criterion). */
function rate(n: number | undefined, d: number | undefined, t: number, emptyPasses = false): Tri {
  if (n === undefined || d === undefined) return UNKNOWN;
  if (d === 0) return emptyPasses ? PASS : UNKNOWN;
  return (n / d) * 100 >= t ? PASS : FAIL;
}

const yes = (v: boolean | null | undefined): Tri => (v === true ? PASS : v === false ? FAIL : UNKNOWN);

/** "Requires standard S at level l", from S's interval. */
const requires = (l: number, min: number, max: number): Tri => (l <= min ? PASS : l <= max ? UNKNOWN : FAIL);

/**
 * Writes the level interval of cumulative levels into out[at] (minimum) and
 * out[at + 1] (maximum): a level is met when it and every level below are.
 */
function interval(out: Int8Array, at: number, l1: Tri, l2: Tri = FAIL, l3: Tri = FAIL, top = 1): void {
  let min = 0;
  let max = 0;
  let below: Tri = PASS;
  for (let l = 1; l <= top; l++) {
    const met = and(below, l === 1 ? l1 : l === 2 ? l2 : l3);
    if (met === FAIL) break;
    if (met === PASS) min = l;
    max = l;
    below = met;
  }
  out[at] = min;
  out[at + 1] = max;
}

type Counts = NonNullable<CommuneRecord['counts']>;
type Conditions = NonNullable<CommuneRecord['conditions']>;

/** Positions in the output of each standard's interval (two slots each). */
export const NAIVE_SLOTS = { xmc: 0, 'pcgd-mn5': 2, 'pcgd-th': 4, 'pcgd-thcs': 6, 'pcgd-mn3to5': 8 } as const;
/** Slots per commune in the output of {@link naiveCommunes}. */
export const NAIVE_WIDTH = 10;

/**
 * Decree 20/2014 commune rules (with Circular 07/2016), as an app would write
 * them: the level interval of XMC, PCGD MN5, TH and THCS (and, with
 * `mn3to5`, the 3–5-year-olds standard of Decree 277/2025) for every commune,
 * written into `out` at NAIVE_WIDTH slots a commune.
 */
export function naiveCommunes(communes: readonly CommuneRecord[], out: Int8Array, mn3to5 = false): void {
  for (let i = 0; i < communes.length; i++) {
    const c = communes[i]!;
    const k: Counts = c.counts ?? {};
    const q: Conditions = c.conditions ?? {};
    const ed = c.especiallyDifficult === true;
    const o = i * NAIVE_WIDTH;
    const disabled = rate(k.disabled?.inEducation, k.disabled?.ableToLearn, 60, true);

    // XMC (Art. 20–21)
    const x = q.xmc;
    let l1 = ed
      ? rate(k.age15to25?.literateLevel1, k.age15to25?.total, 90)
      : rate(k.age15to35?.literateLevel1, k.age15to35?.total, 90);
    l1 = and(and(l1, disabled), and(and(yes(x?.enoughTeachers), yes(x?.monitorAssigned)), yes(x?.facilities)));
    const l2 = ed
      ? rate(k.age15to35?.literateLevel2, k.age15to35?.total, 90)
      : rate(k.age15to60?.literateLevel2, k.age15to60?.total, 90);
    interval(out, o, l1, l2, FAIL, 2);

    // PCGD preschool, 5-year-olds (Art. 6)
    const p = q.preschool5;
    let m = and(
      rate(k.age5?.attending, k.age5?.total, ed ? 90 : 95),
      rate(k.age5?.completed, k.age5?.total, ed ? 80 : 85),
    );
    m = and(
      and(m, disabled),
      and(
        and(yes(p?.teachersEntitledPolicies), yes(p?.enoughTeachers)),
        and(and(yes(p?.teachersMeetStandard), yes(p?.monitorAssigned)), yes(p?.facilities)),
      ),
    );
    interval(out, o + 2, m);

    // PCGD primary (Art. 9–11)
    const pr = q.primary;
    let t1 = and(
      rate(k.age6?.enteringGrade1, k.age6?.total, 90),
      rate(k.age11to14?.completedPrimary, k.age11to14?.total, ed ? 70 : 80),
    );
    t1 = and(
      and(t1, disabled),
      and(
        and(yes(pr?.enoughTeachers), yes(pr?.teachersMeetStandard)),
        and(yes(pr?.monitorAssigned), yes(pr?.facilities)),
      ),
    );
    const a11 = k.age11;
    const all11 =
      a11?.completedPrimary === undefined || a11.inPrimary === undefined
        ? undefined
        : a11.completedPrimary + a11.inPrimary;
    const t2 = and(
      and(rate(k.age6?.enteringGrade1, k.age6?.total, 95), rate(a11?.completedPrimary, a11?.total, ed ? 70 : 80)),
      rate(all11, a11?.total, 100),
    );
    const t3 = and(
      and(rate(k.age6?.enteringGrade1, k.age6?.total, 98), rate(a11?.completedPrimary, a11?.total, ed ? 80 : 90)),
      rate(all11, a11?.total, 100),
    );
    interval(out, o + 4, t1, t2, t3, 3);

    // PCGD lower secondary (Art. 14–16): level 1 also needs primary level 1 and XMC level 1
    const s = q.lowerSecondary;
    const y = k.age15to18;
    let s1 = and(requires(1, out[o + 4]!, out[o + 5]!), requires(1, out[o]!, out[o + 1]!));
    s1 = and(and(s1, rate(y?.lowerSecondaryDiploma, y?.total, ed ? 70 : 80)), disabled);
    s1 = and(
      s1,
      and(and(yes(s?.enoughTeachers), yes(s?.teachersMeetStandard)), and(yes(s?.monitorAssigned), yes(s?.facilities))),
    );
    const s2 = rate(y?.lowerSecondaryDiploma, y?.total, ed ? 80 : 90);
    const s3 = and(
      rate(y?.lowerSecondaryDiploma, y?.total, ed ? 90 : 95),
      rate(y?.inUpperSecondaryOrVocational, y?.total, ed ? 70 : 80),
    );
    interval(out, o + 6, s1, s2, s3, 3);

    // PCGD preschool, 3–5-year-olds (Decree 277/2025)
    if (mn3to5) {
      const a = k.age3to5;
      const f = and(
        and(rate(a?.attending, a?.total, ed ? 85 : 90), rate(a?.completed, a?.total, ed ? 80 : 85)),
        yes(q.preschool3to5?.facilities),
      );
      interval(out, o + 8, f);
    }
  }
}

/** Share of units at a level, `certain / total * 100 >= t` in doubles, as a three-valued status. */
function unitShare(certain: number, possible: number, total: number, t: number, emptyPasses = false): Tri {
  if (total === 0) return emptyPasses ? PASS : UNKNOWN;
  if ((certain / total) * 100 >= t) return PASS;
  return (possible / total) * 100 >= t ? UNKNOWN : FAIL;
}

/** Standards, their top levels and output slots, in each regime. */
const STANDARDS_20 = [
  ['xmc', 2],
  ['pcgd-mn5', 1],
  ['pcgd-th', 3],
  ['pcgd-thcs', 3],
] as const;
const STANDARDS_142 = [...STANDARDS_20, ['pcgd-mn3to5', 1]] as const;

/** Minimum share of lower units at each level, by tier (Decree 20/2014 Art. 7, 12, 17, 22; Decree 142/2025). */
const DISTRICT_20: Record<string, readonly number[]> = {
  xmc: [90, 90],
  'pcgd-mn5': [90],
  'pcgd-th': [90, 90, 90],
  'pcgd-thcs': [90, 95, 100],
};
const PROVINCE_20: Record<string, readonly number[]> = {
  xmc: [90, 100],
  'pcgd-mn5': [100],
  'pcgd-th': [100, 100, 100],
  'pcgd-thcs': [100, 100, 100],
};
const PROVINCE_142: Record<string, readonly number[]> = {
  xmc: [90, 90],
  'pcgd-mn5': [90],
  'pcgd-th': [90, 90, 90],
  'pcgd-thcs': [90, 95, 100],
};

/** Interval of a higher unit from its lower units' intervals (`levels[i]` = [min, max] per slot). */
function unitLevels(
  lower: readonly Int8Array[],
  thresholds: Record<string, readonly number[]>,
  standards: readonly (readonly [string, number])[],
  groups?: readonly boolean[],
): Int8Array {
  const out = new Int8Array(NAIVE_WIDTH);
  for (const [id, top] of standards) {
    const at = NAIVE_SLOTS[id as keyof typeof NAIVE_SLOTS];
    const st: Tri[] = [];
    for (let l = 1; l <= top; l++) {
      if (id === 'pcgd-mn3to5') {
        // one share for ordinary communes (≥ 90%), one for especially difficult ones (≥ 85%)
        const count = (ed: boolean) => {
          let c = 0;
          let p = 0;
          let n = 0;
          for (let i = 0; i < lower.length; i++) {
            if (groups![i] !== ed) continue;
            n++;
            if (lower[i]![at]! >= l) c++;
            if (lower[i]![at + 1]! >= l) p++;
          }
          return [c, p, n] as const;
        };
        const [c0, p0, n0] = count(false);
        const [c1, p1, n1] = count(true);
        st.push(and(unitShare(c0, p0, n0, 90, true), unitShare(c1, p1, n1, 85, true)));
        continue;
      }
      let certain = 0;
      let possible = 0;
      for (const u of lower) {
        if (u[at]! >= l) certain++;
        if (u[at + 1]! >= l) possible++;
      }
      st.push(lower.length === 0 ? UNKNOWN : unitShare(certain, possible, lower.length, thresholds[id]![l - 1]!));
    }
    interval(out, at, st[0]!, st[1], st[2], top);
  }
  return out;
}

/**
 * The national roll-up as an app would write it: the naive commune loop, then
 * communes grouped by district and province, each unit's level interval from
 * the share of lower units at each level (floats), and the number of provinces
 * at each level for certain. Returns province levels by province id.
 */
export function naiveRollUp(
  communes: readonly CommuneRecord[],
  regime: 'nd20-2014' | 'nd142-2025',
): Map<string, Int8Array> {
  const levels = new Int8Array(communes.length * NAIVE_WIDTH);
  const post = regime === 'nd142-2025';
  naiveCommunes(communes, levels, post);
  const provinces = new Map<string, Int8Array>();
  if (post) {
    const byProvince = new Map<string, number[]>();
    communes.forEach((c, i) => {
      const list = byProvince.get(c.province!);
      if (list) list.push(i);
      else byProvince.set(c.province!, [i]);
    });
    for (const [p, list] of byProvince) {
      const lower = list.map((i) => levels.subarray(i * NAIVE_WIDTH, (i + 1) * NAIVE_WIDTH));
      provinces.set(
        p,
        unitLevels(
          lower,
          PROVINCE_142,
          STANDARDS_142,
          list.map((i) => communes[i]!.especiallyDifficult === true),
        ),
      );
    }
    return provinces;
  }
  const tree = new Map<string, Map<string, number[]>>();
  communes.forEach((c, i) => {
    let districts = tree.get(c.province!);
    if (!districts) tree.set(c.province!, (districts = new Map()));
    const list = districts.get(c.district!);
    if (list) list.push(i);
    else districts.set(c.district!, [i]);
  });
  for (const [p, districts] of tree) {
    const ds: Int8Array[] = [];
    for (const list of districts.values())
      ds.push(
        unitLevels(
          list.map((i) => levels.subarray(i * NAIVE_WIDTH, (i + 1) * NAIVE_WIDTH)),
          DISTRICT_20,
          STANDARDS_20,
        ),
      );
    provinces.set(p, unitLevels(ds, PROVINCE_20, STANDARDS_20));
  }
  return provinces;
}

/** One naive result: the target's indicator, its status and the float rate. */
export interface NaiveResult {
  indicator: string;
  status: 'met' | 'not-met' | 'no-data';
  percent: number | null;
}

/**
 * computeAttainmentByUnit as an app would write it: group the observations by
 * unit, then for each unit and each target of the year, the float rate of the
 * unit's observation of that indicator against the target.
 */
export function naiveAttainmentByUnit(
  observations: readonly Observation[],
  targets: readonly { indicator: string; value: number }[],
): { unit: string; results: NaiveResult[] }[] {
  const byUnit = new Map<string, { indicator: string; numerator: number; denominator: number }[]>();
  for (const o of observations as readonly {
    unit: string;
    indicator: string;
    numerator: number;
    denominator: number;
  }[]) {
    const list = byUnit.get(o.unit);
    if (list) list.push(o);
    else byUnit.set(o.unit, [o]);
  }
  const reports: { unit: string; results: NaiveResult[] }[] = [];
  for (const [unit, list] of byUnit) {
    const results: NaiveResult[] = [];
    for (const t of targets) {
      const o = list.find((x) => x.indicator === t.indicator);
      if (o === undefined || o.denominator === 0) {
        results.push({ indicator: t.indicator, status: 'no-data', percent: null });
        continue;
      }
      const percent = (o.numerator / o.denominator) * 100;
      results.push({ indicator: t.indicator, status: percent >= t.value ? 'met' : 'not-met', percent });
    }
    reports.push({ unit, results });
  }
  return reports;
}
