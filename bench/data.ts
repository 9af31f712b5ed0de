/**
 * Benchmark data: synthetic and deterministic (seeded PRNG), so every run of
 * `npm run bench` measures the same inputs.
 *
 * - `nationalDataset`: 10,599 communes in 705 districts and 63 provinces
 *   (nd20-2014) or 3,321 communes in 34 provinces (nd142-2025), built from
 *   disjoint age bands so every dossier is consistent.
 * - `communeDataset`: 12,000 such communes, one in four moved exactly onto a
 *   threshold of Decree 20/2014 (at it, one below, one above) and one in
 *   fifty with a count group missing, for the commune-assessment figure.
 * - `shareObservations`: 1,000,000 share observations (100,000 units × 10
 *   indicators of qd-1373), for computeAttainmentByUnit.
 */
import type { CommuneRecord, Observation, RegimeId } from '../dist/index.js';
import { listIndicators, minimumNumerator, parseThreshold } from '../dist/index.js';

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

function commune(
  rand: () => number,
  id: string,
  province: string,
  district: string | undefined,
): Mutable<CommuneRecord> {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const gap = (total: number, maxShare: number) => Math.floor(total * rand() * maxShare);
  // Disjoint literacy bands 15–25, 26–35, 36–60: totals, below level 1, below level 2.
  const bands = [int(800, 5000), int(800, 5000), int(1500, 12000)].map((t) => {
    const below1 = gap(t, 0.05);
    const below2 = Math.min(t, below1 + gap(t, 0.05));
    return { t, lit1: t - below1, lit2: t - below2 };
  });
  const cum = (n: number) => {
    const b = bands.slice(0, n);
    return {
      total: b.reduce((s, x) => s + x.t, 0),
      literateLevel1: b.reduce((s, x) => s + x.lit1, 0),
      literateLevel2: b.reduce((s, x) => s + x.lit2, 0),
    };
  };
  const five = int(80, 600);
  const fiveAttending = five - gap(five, 0.1);
  const threeToFive = five * 3 + int(0, 50);
  const threeAttending = threeToFive - gap(threeToFive, 0.15);
  const eleven = int(80, 600);
  const completed11 = eleven - gap(eleven, 0.2);
  // 15–18 ⊂ 15–25: never more young people than the 15–25 band holds (same draws as before).
  const youth = Math.min(int(300, 2400), bands[0]!.t);
  const able = int(0, 30);
  const yes = () => rand() > 0.002;
  return {
    id,
    province,
    ...(district === undefined ? {} : { district }),
    especiallyDifficult: rand() < 0.15,
    counts: {
      age15to25: cum(1),
      age15to35: cum(2),
      age15to60: cum(3),
      age3to5: { total: threeToFive, attending: threeAttending, completed: threeAttending - gap(threeAttending, 0.12) },
      age5: { total: five, attending: fiveAttending, completed: fiveAttending - gap(fiveAttending, 0.12) },
      age6: (() => {
        const t = int(80, 600);
        return { total: t, enteringGrade1: t - gap(t, 0.05) };
      })(),
      // One commune in ten has an 11-year-old out of school (fails primary level 2).
      age11: {
        total: eleven,
        completedPrimary: completed11,
        inPrimary: Math.max(0, eleven - completed11 - (rand() < 0.1 ? 1 : 0)),
      },
      age14: (() => {
        const t = int(80, 600);
        return { total: t, completedPrimary: t - gap(t, 0.25) };
      })(),
      // Primary level 1 over ages 11–14 (the default reading of Art. 9).
      age11to14: (() => {
        const t = int(320, 2400);
        return { total: t, completedPrimary: t - gap(t, 0.25) };
      })(),
      age15to18: {
        total: youth,
        lowerSecondaryDiploma: youth - gap(youth, 0.25),
        inUpperSecondaryOrVocational: youth - gap(youth, 0.35),
      },
      disabled: { ableToLearn: able, inEducation: able - gap(able, 0.45) },
    },
    conditions: {
      xmc: { enoughTeachers: yes(), monitorAssigned: yes(), facilities: yes() },
      preschool5: {
        teachersEntitledPolicies: yes(),
        enoughTeachers: yes(),
        teachersMeetStandard: yes(),
        monitorAssigned: yes(),
        facilities: yes(),
      },
      preschool3to5: { facilities: yes() },
      primary: { enoughTeachers: yes(), teachersMeetStandard: yes(), monitorAssigned: yes(), facilities: yes() },
      // One dossier in 200 leaves a condition unanswered: undetermined units exist.
      lowerSecondary: {
        enoughTeachers: yes(),
        teachersMeetStandard: yes(),
        monitorAssigned: rand() < 0.005 ? undefined : yes(),
        facilities: yes(),
      },
    },
  };
}

/** Spreads `n` items over `k` groups as evenly as possible; returns the group of each item. */
const spread = (n: number, k: number) => Array.from({ length: n }, (_, i) => Math.floor((i * k) / n));

/**
 * A deterministic synthetic country: 10,599 communes in 705 districts and 63
 * provinces (nd20-2014) or 3,321 communes in 34 provinces (nd142-2025).
 *
 * @example
 * nationalDataset('nd142-2025').length; // 3321
 */
export function nationalDataset(regime: RegimeId, seed = 2025): CommuneRecord[] {
  const rand = prng(seed);
  if (regime === 'nd20-2014') {
    const districtOf = spread(10_599, 705);
    const provinceOf = spread(705, 63);
    return districtOf.map((d) =>
      commune(rand, `c${rand().toString(36).slice(2, 10)}-${d}`, `p${provinceOf[d]}`, `d${d}`),
    );
  }
  const provinceOf = spread(3_321, 34);
  return provinceOf.map((p, i) => commune(rand, `c${i}`, `p${p}`, undefined));
}

/*
 * Share criteria of Decree 20/2014 a commune can be moved onto without breaking
 * its dossier's consistency: the part, the whole, the thresholds (ordinary and
 * especially difficult communes) and how to keep the other parts of the group
 * consistent afterwards.
 */
type Counts = Record<string, Record<string, number>>;
const BOUNDARIES: readonly {
  group: string;
  part: string;
  whole: string;
  thresholds: readonly string[];
  fix?: (g: Record<string, number>) => void;
}[] = [
  { group: 'age6', part: 'enteringGrade1', whole: 'total', thresholds: ['90', '95', '98'] },
  {
    group: 'age5',
    part: 'attending',
    whole: 'total',
    thresholds: ['95', '90'],
    fix: (g) => void (g.completed = Math.min(g.completed!, g.attending!)),
  },
  {
    group: 'age5',
    part: 'completed',
    whole: 'total',
    thresholds: ['85', '80'],
    fix: (g) => void (g.attending = Math.max(g.attending!, g.completed!)),
  },
  {
    group: 'age11',
    part: 'completedPrimary',
    whole: 'total',
    thresholds: ['80', '90', '70'],
    fix: (g) => void (g.inPrimary = Math.min(g.inPrimary!, g.total! - g.completedPrimary!)),
  },
  { group: 'age11to14', part: 'completedPrimary', whole: 'total', thresholds: ['80', '70'] },
  { group: 'age15to18', part: 'lowerSecondaryDiploma', whole: 'total', thresholds: ['70', '80', '90', '95'] },
  { group: 'age15to18', part: 'inUpperSecondaryOrVocational', whole: 'total', thresholds: ['70', '80'] },
  { group: 'disabled', part: 'inEducation', whole: 'ableToLearn', thresholds: ['60'] },
];

/**
 * 12,000 communes for the commune-assessment figure (Decree 20/2014): the
 * national generator's communes, with one in four moved onto a threshold
 * (exactly at the smallest numerator that meets it, one below or one above)
 * and one in fifty missing a count group (a check then undetermined).
 *
 * @example
 * communeDataset().length; // 12000
 */
export function communeDataset(n = 12_000, seed = 1373): CommuneRecord[] {
  const rand = prng(seed);
  const districtOf = spread(n, 705);
  const out: CommuneRecord[] = [];
  for (let i = 0; i < n; i++) {
    const c = commune(rand, `c${i}`, `p${Math.floor(districtOf[i]! / 12)}`, `d${districtOf[i]}`);
    const counts = c.counts as Counts;
    if (i % 4 === 0) {
      const b = BOUNDARIES[(i / 4) % BOUNDARIES.length]!;
      const g = counts[b.group]!;
      const t = b.thresholds[Math.floor(i / 4 / BOUNDARIES.length) % b.thresholds.length]!;
      const whole = g[b.whole]!;
      const offset = (Math.floor(i / 4) % 3) - 1; // one below, at, one above
      g[b.part] = Math.max(0, Math.min(whole, minimumNumerator(whole, parseThreshold(t)) + offset));
      b.fix?.(g);
    }
    if (i % 50 === 7) {
      // rebuilt without the group (not `delete`, which would leave a slow-mode object no JSON reader makes)
      const drop = ['age6', 'age15to18', 'age11to14', 'age5'][((i / 50) % 4) | 0]!;
      c.counts = Object.fromEntries(Object.entries(counts).filter(([g]) => g !== drop));
    }
    out.push(c);
  }
  return out;
}

/**
 * 1,000,000 share observations: 100,000 units × the first 10 indicators of the
 * catalogue (all with a 2025 target in qd-1373).
 *
 * @example
 * shareObservations().length; // 1000000
 */
export function shareObservations(units = 100_000, seed = 1373): Observation[] {
  const random = prng(seed);
  const indicators = listIndicators()
    .slice(0, 10)
    .map((i) => i.id);
  const observations: Observation[] = [];
  for (let u = 0; u < units; u++) {
    const unit = `xa-${u}`;
    for (const indicator of indicators) {
      const denominator = 1 + Math.floor(random() * 50_000);
      observations.push({ indicator, numerator: Math.floor(random() * (denominator + 1)), denominator, unit });
    }
  }
  return observations;
}
