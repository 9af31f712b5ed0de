// Big input files for `npm run bench:cli` (the command line on big files).
//   node bench/cli-data.mjs [dir]   (default: .bench-data/, git-ignored)
// writes
//   observations-1m.csv  1,000,000 rows: 100,000 units × 10 share indicators of qd-1373,
//                        ';'-delimited, Vietnamese headers and numbers ("19.739"), like the
//                        sheet a province exports from Vietnamese Excel;
//   communes-100k.csv    100,000 communes in 34 provinces with every count and condition
//                        column of every standard of nd142-2025 (the default regime).
// Synthetic and deterministic (seeded PRNG): every run writes the same bytes.
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const OBSERVATION_UNITS = 100_000;
export const COMMUNES = 100_000;

// The first ten indicators of the catalogue, all shares with 2025 targets in qd-1373
// (the same ones bench/attainment.bench.mjs uses).
export const INDICATORS = [
  'provinces-literacy-level-2',
  'provinces-preschool-kindergarten-age',
  'provinces-primary-level-3',
  'provinces-lower-secondary-level-2',
  'provinces-lower-secondary-level-3',
  'working-age-information-competence',
  'working-age-life-skills',
  'population-15plus-technical-qualification',
  'population-15plus-university-or-higher',
  'universities-digital',
];

/** mulberry32: small, fast, deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number the Vietnamese way: 19739 → "19.739". */
const vi = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Writes lines to a file through a stream, in blocks, honouring back-pressure. */
async function writeLines(path, lines) {
  const out = createWriteStream(path);
  let block = '';
  for (const line of lines) {
    block += line;
    block += '\r\n';
    if (block.length > 1 << 16) {
      if (!out.write(block)) await once(out, 'drain');
      block = '';
    }
  }
  out.end(block);
  await once(out, 'finish');
}

function* observationLines() {
  const random = prng(1373);
  yield 'Chỉ tiêu;Đơn vị;Tử số;Mẫu số;Ngày';
  for (let u = 0; u < OBSERVATION_UNITS; u++) {
    const unit = `Xã ${u + 1}`;
    for (const indicator of INDICATORS) {
      const denominator = 1 + Math.floor(random() * 50_000);
      const numerator = Math.floor(random() * (denominator + 1));
      yield `${indicator};${unit};${vi(numerator)};${vi(denominator)};31/12/2024`;
    }
  }
}

const CONDITIONS = {
  xmc: ['enoughTeachers', 'monitorAssigned', 'facilities'],
  preschool5: ['teachersEntitledPolicies', 'enoughTeachers', 'teachersMeetStandard', 'monitorAssigned', 'facilities'],
  preschool3to5: ['facilities'],
  primary: ['enoughTeachers', 'teachersMeetStandard', 'monitorAssigned', 'facilities'],
  lowerSecondary: ['enoughTeachers', 'teachersMeetStandard', 'monitorAssigned', 'facilities'],
};

/**
 * One consistent commune dossier (disjoint age bands, as in bench/standards.bench.ts), as count and condition cells.
 */
function commune(rand) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const gap = (total, maxShare) => Math.floor(total * rand() * maxShare);
  const bands = [int(800, 5000), int(800, 5000), int(1500, 12000)].map((t) => {
    const below1 = gap(t, 0.05);
    const below2 = Math.min(t, below1 + gap(t, 0.05));
    return { t, lit1: t - below1, lit2: t - below2 };
  });
  const cum = (n) => {
    const b = bands.slice(0, n);
    return [b.reduce((s, x) => s + x.t, 0), b.reduce((s, x) => s + x.lit1, 0), b.reduce((s, x) => s + x.lit2, 0)];
  };
  const five = int(80, 600);
  const fiveAttending = five - gap(five, 0.1);
  const perAge = [int(80, 600), int(80, 600), five];
  const completedPerAge = perAge.map((t) => t - gap(t, 0.1));
  const threeToFive = perAge[0] + perAge[1] + perAge[2];
  const threeAttending = threeToFive - gap(threeToFive, 0.15);
  const eleven = int(80, 600);
  const completed11 = eleven - gap(eleven, 0.2);
  const youth = Math.min(int(300, 2400), bands[0].t);
  const able = int(0, 30);
  const six = int(80, 600);
  const fourteen = int(80, 600);
  const elevenToFourteen = int(320, 2400);
  const counts = [
    ...cum(1),
    ...cum(2),
    ...cum(3),
    threeToFive,
    threeAttending,
    completedPerAge.reduce((s, x) => s + x, 0),
    perAge[0],
    completedPerAge[0],
    perAge[1],
    completedPerAge[1],
    perAge[2],
    completedPerAge[2],
    five,
    fiveAttending,
    fiveAttending - gap(fiveAttending, 0.12),
    six,
    six - gap(six, 0.05),
    eleven,
    completed11,
    Math.max(0, eleven - completed11 - (rand() < 0.1 ? 1 : 0)),
    elevenToFourteen,
    elevenToFourteen - gap(elevenToFourteen, 0.25),
    fourteen,
    fourteen - gap(fourteen, 0.25),
    youth,
    youth - gap(youth, 0.25),
    youth - gap(youth, 0.35),
    able,
    able - gap(able, 0.45),
  ];
  const conditions = Object.values(CONDITIONS).flatMap((list) => list.map(() => (rand() > 0.002 ? 'có' : 'không')));
  return { especiallyDifficult: rand() < 0.15 ? 'có' : 'không', counts, conditions };
}

const COUNT_COLUMNS = [
  'age15to25.total',
  'age15to25.literateLevel1',
  'age15to25.literateLevel2',
  'age15to35.total',
  'age15to35.literateLevel1',
  'age15to35.literateLevel2',
  'age15to60.total',
  'age15to60.literateLevel1',
  'age15to60.literateLevel2',
  'age3to5.total',
  'age3to5.attending',
  'age3to5.completed',
  'age3to5.totalAge3',
  'age3to5.completedAge3',
  'age3to5.totalAge4',
  'age3to5.completedAge4',
  'age3to5.totalAge5',
  'age3to5.completedAge5',
  'age5.total',
  'age5.attending',
  'age5.completed',
  'age6.total',
  'age6.enteringGrade1',
  'age11.total',
  'age11.completedPrimary',
  'age11.inPrimary',
  'age11to14.total',
  'age11to14.completedPrimary',
  'age14.total',
  'age14.completedPrimary',
  'age15to18.total',
  'age15to18.lowerSecondaryDiploma',
  'age15to18.inUpperSecondaryOrVocational',
  'disabled.ableToLearn',
  'disabled.inEducation',
];

function* communeLines() {
  const rand = prng(2025);
  const conditionColumns = Object.entries(CONDITIONS).flatMap(([group, list]) =>
    list.map((c) => `conditions.${group}.${c}`),
  );
  yield ['id', 'name', 'province', 'especially-difficult', ...COUNT_COLUMNS, ...conditionColumns].join(';');
  for (let i = 0; i < COMMUNES; i++) {
    const c = commune(rand);
    const province = `p${Math.floor((i * 34) / COMMUNES)}`;
    yield [`c${i}`, `Xã ${i + 1}`, province, c.especiallyDifficult, ...c.counts.map(vi), ...c.conditions].join(';');
  }
}

/**
 * Writes both files into `dir` and returns their paths.
 *
 * @example
 * const { observations, communes } = await writeBenchData('.bench-data');
 */
export async function writeBenchData(dir) {
  mkdirSync(dir, { recursive: true });
  const observations = join(dir, 'observations-1m.csv');
  const communes = join(dir, 'communes-100k.csv');
  await writeLines(observations, observationLines());
  await writeLines(communes, communeLines());
  return { observations, communes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const paths = await writeBenchData(process.argv[2] ?? '.bench-data');
  console.log(`wrote ${paths.observations} and ${paths.communes}`);
}
