/**
 * XMC / PCGD figures of `npm run bench`, each beside its floor (bench/floors.ts):
 *
 * - commune assessment: 12,000 communes (communeDataset), all standards of
 *   Decree 20/2014, `assessCommune` with a resolved rule set, against the
 *   naive float loop over the same communes (goal: within 5×);
 * - national roll-up, all standards: 10,599 communes / 705 districts / 63
 *   provinces (nd20-2014, goal ≤ 25 ms) and 3,321 communes / 34 provinces
 *   (nd142-2025, goal ≤ 10 ms), against the naive loop plus grouping;
 * - reading every check of every commune once (built on first read): no goal.
 *
 * The floor must make the same decisions: every level interval is compared,
 * and the share comparisons where the float rate lands on the wrong side of a
 * threshold are counted and printed.
 */
import { performance } from 'node:perf_hooks';
import {
  assessCommune,
  compareShareToThreshold,
  resolveRules,
  rollUp,
  type CommuneAssessment,
  type CommuneRecord,
  type RollUpResult,
  type RuleSet,
} from '../dist/index.js';
import { communeDataset, nationalDataset } from './data.js';
import { NAIVE_SLOTS, NAIVE_WIDTH, naiveCommunes, naiveRollUp } from './floors.js';
import { measure, median, type Figure } from './measure.js';

type Slot = keyof typeof NAIVE_SLOTS;

/** Share comparisons of the commune rules where `n / d * 100 >= t` in doubles disagrees with the exact kernel. */
function floatMistakes(communes: readonly CommuneRecord[], rules: RuleSet): { checks: number; wrong: string[] } {
  let checks = 0;
  const wrong: string[] = [];
  for (const c of communes) {
    const ed = c.especiallyDifficult === true;
    for (const r of rules.rules) {
      if (r.kind !== 'share' || r.applies === (ed ? 'normal' : 'especially-difficult')) continue;
      const get = (f: string) => {
        const [g, k] = f.split('.') as [string, string];
        return (c.counts as Record<string, Record<string, number> | undefined>)[g]?.[k];
      };
      const parts = r.numerator.map(get);
      const d = get(r.denominator);
      if (d === undefined || d === 0 || parts.some((p) => p === undefined)) continue;
      const n = parts.reduce((a: number, b) => a + b!, 0);
      checks++;
      const exact = compareShareToThreshold({ numerator: n, denominator: d }, r.threshold) >= 0;
      if ((n / d) * 100 >= Number(r.threshold.text) !== exact)
        wrong.push(`${c.id} ${r.id}: ${n}/${d} vs ${r.threshold.text}% (exact: ${exact ? 'met' : 'not met'})`);
    }
  }
  return { checks, wrong };
}

function compareCommunes(
  results: readonly CommuneAssessment[],
  naive: Int8Array,
  standards: readonly Slot[],
): string[] {
  const diff: string[] = [];
  results.forEach((r, i) => {
    for (const s of standards) {
      const x = r.standards[s]!;
      const at = i * NAIVE_WIDTH + NAIVE_SLOTS[s];
      if (x.minLevel !== naive[at] || x.maxLevel !== naive[at + 1])
        diff.push(`${r.id} ${s}: xhht [${x.minLevel}, ${x.maxLevel}], naive [${naive[at]}, ${naive[at + 1]}]`);
    }
  });
  return diff;
}

function report(
  label: string,
  decisions: number,
  diff: readonly string[],
  mistakes: { checks: number; wrong: readonly string[] },
): void {
  console.log(
    `  ${label}: ${decisions.toLocaleString('en')} level decisions, naive differs on ${diff.length}; ` +
      `share comparisons where the float rate is on the wrong side of the threshold: ${mistakes.wrong.length} of ${mistakes.checks.toLocaleString('en')}`,
  );
  for (const d of diff.slice(0, 10)) console.log(`    differs: ${d}`);
  for (const w of mistakes.wrong.slice(0, 10)) console.log(`    float wrong: ${w}`);
}

function communeFigure(runs: number): Figure {
  const communes = communeDataset();
  const rules = resolveRules('nd20-2014');
  const out: CommuneAssessment[] = new Array(communes.length);
  const naive = new Int8Array(communes.length * NAIVE_WIDTH);
  const figure = measure(
    `commune assessment, ${communes.length.toLocaleString('en')} communes, all standards (nd20-2014)`,
    () => {
      for (let i = 0; i < communes.length; i++) out[i] = assessCommune(communes[i]!, { rules });
    },
    () => naiveCommunes(communes, naive),
    { ratio: 5 },
    { runs },
  );
  const standards: Slot[] = ['xmc', 'pcgd-mn5', 'pcgd-th', 'pcgd-thcs'];
  report(
    'same decisions',
    communes.length * standards.length,
    compareCommunes(out, naive, standards),
    floatMistakes(communes, rules),
  );
  return figure;
}

function provinceDiff(result: RollUpResult, naive: Map<string, Int8Array>): string[] {
  const diff: string[] = [];
  for (const p of result.provinces) {
    const n = naive.get(p.id!)!;
    for (const [s, x] of Object.entries(p.standards)) {
      const at = NAIVE_SLOTS[s as Slot];
      if (x.minLevel !== n[at] || x.maxLevel !== n[at + 1])
        diff.push(`${p.id} ${s}: xhht [${x.minLevel}, ${x.maxLevel}], naive [${n[at]}, ${n[at + 1]}]`);
    }
  }
  return diff;
}

function rollUpFigures(regime: 'nd20-2014' | 'nd142-2025', goalMs: number, runs: number): Figure[] {
  const data = nationalDataset(regime);
  let last: RollUpResult | null = null;
  let naive: Map<string, Int8Array> | null = null;
  const shape =
    regime === 'nd20-2014'
      ? `${data.length.toLocaleString('en')} communes / 705 districts / 63 provinces`
      : `${data.length.toLocaleString('en')} communes / 34 provinces`;
  const figure = measure(
    `national roll-up, ${shape}, all standards (${regime})`,
    () => (last = rollUp(data, { regime })),
    () => (naive = naiveRollUp(data, regime)),
    { ms: goalMs },
    { runs },
  );
  const result = last as unknown as RollUpResult;
  const diff = provinceDiff(result, naive!);
  const standards = Object.keys(result.provinces[0]!.standards);
  report(
    'same province levels',
    result.provinces.length * standards.length,
    diff,
    floatMistakes(data, resolveRules(regime)),
  );
  console.log(
    `  issues: ${result.issues.length}; XMC L2 provinces: ${result.national.standards.xmc?.[1]?.certain.numerator} certain of ${result.national.standards.xmc?.[1]?.certain.denominator}`,
  );
  // Reading every check of every commune once: built on first read, so a fresh result each time.
  const reads: number[] = [];
  let checks = 0;
  for (let r = 0; r < 5; r++) {
    const fresh = rollUp(data, { regime });
    const t0 = performance.now();
    checks = 0;
    for (const c of fresh.communes)
      for (const s of Object.values(c.standards)) for (const l of s.levels) checks += l.checks.length;
    reads.push(performance.now() - t0);
  }
  const detail: Figure = {
    what: `reading all ${checks.toLocaleString('en')} checks of every commune once, after the roll-up (${regime})`,
    xhht: median(reads),
    floor: null,
    goal: null,
  };
  console.log(
    `${detail.what}: xhht ${detail.xhht.toFixed(0)} ms | floor — | ratio — | goal — (details are built on first read)`,
  );
  return [figure, detail];
}

/**
 * Runs the XMC/PCGD figures and returns them for the summary table.
 *
 * @example
 * const figures = standardsBench(15);
 */
export function standardsBench(runs: number): Figure[] {
  console.log('\nXMC / PCGD standards');
  return [communeFigure(runs), ...rollUpFigures('nd20-2014', 25, runs), ...rollUpFigures('nd142-2025', 10, runs)];
}
