import fc from 'fast-check';
import * as api from '../../src/index.js';
import { ERROR_CODES, isXhhtError } from '../../src/index.js';
import * as reportEntry from '../../src/report/index.js';
import * as schemaEntry from '../../src/schema.js';
import { summarize } from '../../src/attainment/summary.js';
import { formatSection } from '../../src/catalog/source.js';
import { assertIsoDate, isIsoDate, yearDeadline } from '../../src/dates/iso.js';
import { compareCountToThreshold, meetsComparator } from '../../src/exact/compare.js';
import { assertCount, isCount } from '../../src/exact/count.js';
import { formatRatio, formatRatioHonest } from '../../src/exact/round.js';
import { selectStandards } from '../../src/standards/ruleset.js';
import { levelKey, levelLabel } from '../../src/standards/standards.js';
import { assertTitleRuleOptions } from '../../src/titles/validity.js';

/*
 * The arbitrary-value property of issue 13 §1: every function the package
 * exports, called with anything, returns or throws an XhhtError with a known
 * code, nothing else. Arguments are drawn from fc.anything (BigInt, null
 * prototypes, boxed values, typed arrays…) plus what a careless or hostile
 * caller can pass that fc.anything cannot: Symbols, cyclic objects, revoked
 * Proxies, objects whose getters throw or change their answer; and, so that
 * the code past the first check is reached, well-formed arguments of each
 * export (below) with one part replaced by such a value, removed, or hidden.
 * The figures in the seeds are the library's own JSDoc examples (Đăk Cấm ward
 * report 2025: 19.739 of 19.747; 55 of 63 provinces at XMC level 2 in 2024),
 * or invented.
 */

/** A revoked Proxy: any operation on it throws a TypeError, even `Array.isArray`. */
export function revokedProxy(target: object = {}): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** An object whose `key` getter throws a plain Error (not an XhhtError). */
export function throwingGetter(key: string, base: Record<string, unknown> = {}): object {
  const o = { ...base };
  Object.defineProperty(o, key, {
    enumerable: true,
    get() {
      throw new Error(`getter ${key} throws`);
    },
  });
  return o;
}

/** An object whose `key` getter returns `first`, then `later` on every later read. */
export function flipping(key: string, first: unknown, later: unknown, base: Record<string, unknown> = {}): object {
  const o = { ...base };
  let reads = 0;
  Object.defineProperty(o, key, { enumerable: true, get: () => (reads++ === 0 ? first : later) });
  return o;
}

/** A value that refers to itself. */
export function cyclic(inner: unknown): object {
  const o: Record<string, unknown> = { inner };
  o.self = o;
  o.list = [o, inner];
  return o;
}

/**
 * A value made at call time: fast-check inspects the values it generates
 * (`cloneMethod in value`), which a revoked Proxy or a throwing getter would
 * break, so the arbitraries carry a recipe and the value is made just before
 * the call.
 */
export class Recipe {
  constructor(
    readonly label: string,
    readonly make: () => unknown,
  ) {}
  toString(): string {
    return `<${this.label}>`;
  }
  [fc.toStringMethod](): string {
    return `<${this.label}>`;
  }
}

const recipe = (label: string, make: () => unknown) => fc.constant(new Recipe(label, make));

/** The objects a test made hostile (or that hold a hostile getter): the caller's own, which a result may hand back. */
const planted = new WeakSet<object>();

/** The value itself, or the value a recipe makes. */
function made(v: unknown): unknown {
  if (!(v instanceof Recipe)) return v;
  const out = v.make();
  if ((typeof out === 'object' && out !== null) || typeof out === 'function') planted.add(out);
  return out;
}

/** Values no JSON has: each a way a careless or hostile caller breaks code that trusts its input. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 8 }).map((s) => Symbol(s)),
  fc.constant(Symbol.iterator),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    1e21,
    5e-324,
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '',
    ' ',
    '\u0000',
    '1e3',
    '99,96',
    '0x10',
  ),
  recipe('null-prototype object', () => Object.create(null) as object),
  recipe('null-prototype object with fields', () =>
    Object.assign(Object.create(null) as object, { indicator: 'x', numerator: 1, denominator: 2, total: 3 }),
  ),
  recipe('revoked proxy', () => revokedProxy()),
  recipe('revoked array proxy', () => revokedProxy([])),
  recipe('cyclic object', () => cyclic(1)),
  recipe('cyclic array', () => {
    const a: unknown[] = [];
    a.push(a);
    return a;
  }),
  fc
    .constantFrom('x', 'indicator', 'numerator', 'denominator', 'plan', 'year', 'counts', 'title', 'format', 'lang')
    .map((k) => new Recipe(`throwing getter ${k}`, () => throwingGetter(k))),
  recipe('proxy with duplicate keys', () => new Proxy({}, { ownKeys: () => ['a', 'a'] })),
  recipe(
    'proxy whose get throws',
    () =>
      new Proxy(
        { a: 1 },
        {
          get: () => {
            throw new Error('proxy get');
          },
        },
      ),
  ),
  recipe('function', () => () => 1),
  recipe('invalid date', () => new Date(NaN)),
  recipe('map', () => new Map([[1, 2]])),
  recipe('object with a toString that throws', () => ({
    toString() {
      throw new Error('toString');
    },
  })),
);

/** fc.anything with every option that adds a kind of value, and the hostile ones. */
const weird: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostile },
  {
    weight: 3,
    arbitrary: fc.anything({
      maxDepth: 2,
      maxKeys: 4,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    }),
  },
);

const plan1373 = api.getPlan('qd-1373');
const xmc2 = plan1373.targets.find((t) => t.indicator === 'provinces-literacy-level-2' && t.year === 2025)!;
const t70 = api.parseThreshold('70');
const report = () =>
  api.computeAttainment({
    plan: 'qd-1373',
    year: 2025,
    observations: [
      { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63, asOf: '2024-12-31' },
      { indicator: 'universities-digital', percent: '99,96' },
    ],
  });
const commune = () => ({
  id: 'dak-cam',
  province: 'p1',
  district: 'd1',
  name: 'Phường Đăk Cấm',
  counts: {
    age15to25: { total: 4811, literateLevel1: 4811, literateLevel2: 4811 },
    age15to35: { total: 9399, literateLevel1: 9399, literateLevel2: 9399 },
    age15to60: { total: 19747, literateLevel1: 19747, literateLevel2: 19739 },
    disabled: { ableToLearn: 0, inEducation: 0 },
  },
  conditions: { xmc: { enoughTeachers: true, monitorAssigned: true, facilities: true } },
});
const recognition = () => ({
  unit: 'Xã A',
  title: 'learning-community-commune',
  level: 1,
  decisionDate: '2024-02-29',
  decidedBy: 'Trưởng phòng GDĐT',
});
const breakdown = () => ({
  unit: 'Xã A',
  population: 20000,
  counts: { 'certificate-under-3-months': 1736, 'elementary-vocational': 738, intermediate: 1384, college: 1089 },
  parts: [{ levels: ['university', 'postgraduate'], count: 4340 }],
  totals: [{ id: 'trained', levels: ['certificate-under-3-months', 'college'], count: 9287 }],
});
const communeResult = () => api.assessCommune(commune(), { regime: 'nd20-2014' });
const planInput = () => ({
  id: 'xa-long-phung-2021-2030',
  title: { vi: 'Kế hoạch xây dựng xã hội học tập xã Long Phụng' },
  issuer: 'UBND xã Long Phụng',
  reference: '45/KH-UBND',
  jurisdiction: { level: 'commune', name: 'Long Phụng' },
  period: { from: 2021, to: 2030 },
  source: { type: 'plan', number: '45/KH-UBND', issuer: { vi: 'UBND xã Long Phụng' }, verified: true },
  extends: 'qd-1373',
  targets: [
    {
      kind: 'percent',
      indicator: 'working-age-life-skills',
      year: 2025,
      value: 60,
      source: { type: 'plan', number: '45/KH-UBND', issuer: { vi: 'UBND xã' }, verified: true, section: 'Mục II.2' },
    },
  ],
});
const appendixRows = () => [
  { no: 'I', label: 'Xóa mù chữ và phổ cập giáo dục' },
  { no: '1', label: 'Xã đạt chuẩn xóa mù chữ mức độ 2', target: '100', percent: '100' },
];

/**
 * Well-formed arguments of each export (from its JSDoc example), built fresh
 * for each run: the starting points of the mutations. An export missing here
 * is still called with arbitrary values.
 */
export const SEEDS: Readonly<Record<string, () => readonly unknown[]>> = {
  addShares: () => [
    [
      { numerator: 4811, denominator: 4811 },
      { numerator: 19739, denominator: 19747 },
    ],
  ],
  appendixPlan: () => [appendixRows(), { year: 2025 }],
  assertCommuneInput: () => [commune(), ['communes', 0]],
  assertCount: () => [63, ['denominator']],
  assertIsoDate: () => ['2025-06-30', ['asOf']],
  assertRecognition: () => [recognition()],
  assertTitleRuleOptions: () => [{ level2Convention: 'anniversary' }],
  assessCommune: () => [commune(), { regime: 'nd20-2014', standards: ['xmc'] }],
  assessDistrict: () => [[communeResult()], { regime: 'nd20-2014', id: 'd1', province: 'p1' }],
  assessProgress: () => [
    {
      baseline: { value: { numerator: 34, denominator: 63 }, year: 2021 },
      current: { value: { numerator: 55, denominator: 63 }, year: 2024 },
      target: { value: '90', year: 2030 },
    },
  ],
  assessProvince: () => [[communeResult()], { regime: 'nd20-2014', id: 'p1' }],
  barChart: () => [report().results[0], 'vi', 'chart-1'],
  breakdownRules: () => [breakdown()],
  canSeekLevel2: () => [recognition(), '2025-03-01', {}],
  cellName: () => [7, 4],
  chartScale: () => [report().results[0]],
  communeInputIssues: () => [commune(), ['communes', 0]],
  compareCountToThreshold: () => [15, api.parseThreshold('15')],
  compareQualificationLevels: () => ['college', 'university'],
  compareRateToThreshold: () => [api.parseReportedRate('89,995'), api.parseThreshold('90')],
  compareShareToThreshold: () => [{ numerator: 19739, denominator: 19747 }, api.parseThreshold('99.96')],
  compareToTarget: () => [{ numerator: 55, denominator: 63 }, xmc2, { decimals: 2 }],
  computeAttainment: () => [
    {
      plan: 'qd-1373',
      year: 2025,
      asOf: '2025-06-30',
      observations: [
        { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63, asOf: '2024-12-31' },
        { indicator: 'universities-digital', percent: '99,96' },
      ],
      baselines: [{ indicator: 'provinces-literacy-level-2', numerator: 34, denominator: 63, year: 2021 }],
    },
  ],
  computeAttainmentByUnit: () => [
    {
      plan: 'qd-1373',
      year: 2025,
      observations: [
        { unit: 'Tỉnh A', indicator: 'universities-digital', numerator: 7, denominator: 10 },
        { unit: 'Tỉnh B', indicator: 'universities-digital', numerator: 6, denominator: 10 },
      ],
    },
  ],
  countTitleHolders: () => [[recognition()], { title: 'learning-community-commune', asOf: '2026-06-30' }],
  definePlan: () => [planInput(), {}],
  displayPercent: () => [
    { numerator: 19739, denominator: 19747 },
    { decimals: 2, comparator: 'at-least' },
  ],
  evaluateAppendix: () => [appendixRows(), { year: 2025, asOf: '2025-06-30' }],
  findIndicator: () => ['universities-digital'],
  findPlan: () => ['qd-1373'],
  findTitle: () => ['learning-family'],
  formatRatio: () => [1973900, 19747, 2, 'half-up'],
  formatRatioHonest: () => [89995, 1000, 2, 'below', 90, 1],
  formatSection: () => ['Điều 1, Mục II.2.a', 'en'],
  formatSource: () => [api.getIndicator('provinces-literacy-level-2').source, 'vi', {}],
  formatViNumber: () => [1.005, { decimals: 2 }],
  formatViPercent: () => ['99.955', { decimals: 2, space: true }],
  getIndicator: () => ['provinces-literacy-level-2'],
  getPlan: () => ['qd-1373'],
  getRegime: () => ['nd20-2014'],
  getTitle: () => ['learning-unit-province'],
  isCount: () => [19739],
  isIsoDate: () => ['2024-02-29'],
  isMeasurableAt: () => ['commune', 'province'],
  isQualificationLevel: () => ['college'],
  isXhhtError: () => [new api.XhhtError('unknown-plan', 'no plan')],
  letterheadLines: () => [{ issuer: ['Ủy ban nhân dân', 'phường Đăk Cấm'], date: '2025', place: 'Đăk Cấm' }, 'vi'],
  level2EligibleFrom: () => [recognition(), { level2Convention: 'anniversary' }],
  level2RuleOf: () => ['learning-unit-province', {}],
  levelKey: () => ['pcgd-thcs', 1],
  levelLabel: () => ['xmc', 2],
  levelOfJurisdiction: () => ['commune'],
  literateLevel: () => [{ highestGradeCompleted: 3 }],
  maximumNumerator: () => [1000, api.parseThreshold('1.5')],
  meetsComparator: () => [0, 'at-least'],
  messageIn: () => [new api.XhhtError('unknown-plan', { en: 'no plan', vi: 'không có kế hoạch' }), 'vi'],
  mergeUnits: () => [
    [
      { counts: { age15to60: { total: 19747, literateLevel2: 19739 } } },
      { counts: { age15to60: { total: 253, literateLevel2: 200 } } },
    ],
    {},
  ],
  minimumNumerator: () => [63, t70],
  nationalObservations: () => [api.rollUp([commune()], { regime: 'nd142-2025' }).provinces, { asOf: '2025-12-31' }],
  observationKind: () => [{ indicator: 'x', numerator: 1, denominator: 2 }],
  parseReportedRate: () => ['99,96', ['percent']],
  parseThreshold: () => ['90.50', ['value']],
  parseViCount: () => ['9.287', []],
  parseViDecimal: () => ['1.234,50', []],
  parseViNumber: () => ['19.739', []],
  parseViPercent: () => ['99,96%', []],
  parseViPercentDecimal: () => ['87,30 %', []],
  parseViShare: () => ['19.739/19.747', []],
  planFromTable: () => [api.planToTable(api.getPlan('hue-2026')).rows, {}],
  planTemplate: () => [{ extends: 'qd-1373', level: 'commune' }],
  planToTable: () => [api.getPlan('hue-2026'), {}],
  planYears: () => [plan1373],
  progressLabel: () => [report().results[0], 'en'],
  progressStatus: () => [report().results[0]],
  qualificationObservations: () => [breakdown(), {}],
  qualificationObservationsBatch: () => [[breakdown(), { ...breakdown(), unit: 'Xã B' }], {}],
  qualificationRate: () => [breakdown(), api.UNIVERSITY_OR_HIGHER, {}],
  qualificationRates: () => [breakdown(), {}],
  recognitionProblem: () => [recognition()],
  recognitionValidUntil: () => [recognition(), {}],
  renderCsv: () => [report(), { lang: 'en', bom: true }],
  renderHtml: () => [report(), { lang: 'en', title: 'Báo cáo' }],
  renderMarkdown: () => [[report(), report()], { lang: 'vi' }],
  renderReport: () => [report(), { format: 'html', lang: 'en', title: 'Báo cáo' }],
  renderText: () => [report(), { lang: 'en', width: 100 }],
  reportTable: () => [report(), 'en'],
  resolveRules: () => ['nd20-2014', { 'pcgd-thcs-2.district.communes': '90' }, { 'pcgd-th-1.completion': '14' }],
  rollUp: () => [[commune(), { ...commune(), id: 'x2' }], { regime: 'nd20-2014' }],
  selectStandards: () => [api.resolveRules('nd20-2014'), ['pcgd-thcs']],
  share: () => [55, 63],
  summarize: () => [report().results],
  surveyAge: () => [{ birthYear: 2019, surveyYear: 2025 }],
  titleCountObservation: () => [
    [recognition()],
    {
      indicator: 'units-learning-unit-province',
      title: 'learning-community-commune',
      asOf: '2026-12-31',
      jurisdiction: 'Huế',
    },
  ],
  titleShare: () => [[recognition()], { title: 'learning-community-commune', asOf: '2025-12-31', eligible: 78 }],
  titleShareObservation: () => [
    [recognition()],
    {
      indicator: 'families-learning-family',
      title: 'learning-community-commune',
      asOf: '2025-12-31',
      eligible: 1200,
      jurisdiction: 'Xã A',
    },
  ],
  titleStatusAt: () => [recognition(), '2027-12-31', {}],
  validateBreakdown: () => [breakdown(), {}],
  validatePlan: () => [planInput(), {}],
  // an override of its own, so that mutations reach the check of its legal source (src/check)
  validityRuleFor: () => [
    'learning-unit-province',
    {
      validity: {
        'learning-unit-province': {
          followingYears: 3,
          source: { type: 'circular', number: '25/2023/TT-BGDĐT', issuer: { vi: 'Bộ GDĐT' }, verified: false },
        },
      },
    },
  ],
  yearDeadline: () => [2025],
  listIndicators: () => [],
  listPlans: () => [],
  planJsonSchema: () => [],
  XhhtError: () => ['unknown-plan', 'no plan "x"', { path: ['plan'], messageVi: 'không có kế hoạch "x"' }],
};

/**
 * Every entry point of package.json "exports" (tsup builds each from this
 * source file), by the specifier a caller imports.
 */
export const ENTRIES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  xhht: api,
  'xhht/report': reportEntry,
  'xhht/schema': schemaEntry,
};

/**
 * The exported functions of every entry, by name (a class is called with
 * `new`); a function exported by two entries is one export. Two different
 * functions of one name would be named by their entry.
 */
export const EXPORTS: readonly (readonly [string, (...args: unknown[]) => unknown])[] = (() => {
  const byName = new Map<string, (...args: unknown[]) => unknown>();
  for (const [entry, module] of Object.entries(ENTRIES)) {
    for (const [k, v] of Object.entries(module)) {
      if (typeof v !== 'function') continue;
      const fn = v as (...args: unknown[]) => unknown;
      const known = byName.get(k);
      if (known === undefined || known === fn) byName.set(k, fn);
      else byName.set(`${entry}:${k}`, fn);
    }
  }
  return [...byName].sort(([a], [b]) => a.localeCompare(b));
})();

/**
 * Functions exported before the surface review (issue 12.2) and still called
 * by the library on what a caller gives: checked by the same property, so a
 * value that reaches them through an export cannot make them throw raw.
 */
export const FORMER_EXPORTS: readonly (readonly [string, (...args: unknown[]) => unknown])[] = Object.entries({
  assertCount,
  assertIsoDate,
  assertTitleRuleOptions,
  compareCountToThreshold,
  formatRatio,
  formatRatioHonest,
  formatSection,
  isCount,
  isIsoDate,
  levelKey,
  levelLabel,
  meetsComparator,
  selectStandards,
  summarize,
  yearDeadline,
} as Record<string, unknown>).map(([k, v]) => [k, v as (...args: unknown[]) => unknown] as const);

/** Paths to the containers and values of a plain structure, outermost first (at most `max`). */
function pathsOf(value: unknown, max = 400): (string | number)[][] {
  const out: (string | number)[][] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: (string | number)[], depth: number) => {
    if (out.length >= max) return;
    out.push(path);
    if (typeof v !== 'object' || v === null || seen.has(v) || depth > 6) return;
    seen.add(v);
    const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    for (const k of keys) walk((v as Record<string | number, unknown>)[k], [...path, k], depth + 1);
  };
  walk(value, [], 0);
  return out;
}

/** A deep copy of plain arrays and objects (own enumerable keys; hidden state and prototypes dropped). */
function copy(v: unknown, seen = new Map<unknown, unknown>()): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (seen.has(v)) return seen.get(v);
  if (Array.isArray(v)) {
    const a: unknown[] = [];
    seen.set(v, a);
    for (const x of v) a.push(copy(x, seen));
    return a;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) return v;
  const o: Record<string, unknown> = {};
  seen.set(v, o);
  for (const k of Object.keys(v)) o[k] = copy((v as Record<string, unknown>)[k], seen);
  return o;
}

/** What is done at the chosen place of a well-formed argument list. */
type Mutation =
  | { readonly kind: 'replace'; readonly value: unknown }
  | { readonly kind: 'delete' }
  | { readonly kind: 'hide' }
  | { readonly kind: 'throwing-getter' }
  | { readonly kind: 'flipping-getter'; readonly later: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: weird.map((value) => ({ kind: 'replace', value }) as const) },
  { weight: 1, arbitrary: fc.constant({ kind: 'delete' } as const) },
  { weight: 1, arbitrary: fc.constant({ kind: 'hide' } as const) },
  { weight: 1, arbitrary: fc.constant({ kind: 'throwing-getter' } as const) },
  { weight: 1, arbitrary: weird.map((later) => ({ kind: 'flipping-getter', later }) as const) },
);

/**
 * The arguments of `seed` with each mutation applied at its place (`at`,
 * modulo the number of places in the well-formed arguments): a fresh deep copy.
 */
function mutate(seed: readonly unknown[], changes: readonly { at: number; m: Mutation }[]): unknown[] {
  const args = copy([...seed]) as unknown[];
  const paths = pathsOf(args).filter((p) => p.length > 0);
  if (paths.length === 0) return args;
  for (const { at, m } of changes) {
    const path = paths[at % paths.length]!;
    try {
      apply(args, path, m);
    } catch {
      // the place is gone or hidden behind an earlier change: leave it
    }
  }
  return args;
}

function apply(args: unknown[], path: readonly (string | number)[], m: Mutation): void {
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], args) as
    | Record<string | number, unknown>
    | unknown[];
  if (typeof parent !== 'object' || parent === null) return;
  const key = path[path.length - 1]!;
  // an argument itself is replaced or removed, never turned into a getter of the argument list
  if (path.length === 1 && m.kind !== 'replace' && m.kind !== 'delete') return;
  if (m.kind !== 'replace' && m.kind !== 'delete') planted.add(parent);
  const old = (parent as Record<string | number, unknown>)[key];
  switch (m.kind) {
    case 'replace':
      (parent as Record<string | number, unknown>)[key] = made(m.value);
      break;
    case 'delete':
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete (parent as Record<string | number, unknown>)[key];
      break;
    case 'hide':
      Object.defineProperty(parent, key, { value: old, enumerable: false, configurable: true, writable: true });
      break;
    case 'throwing-getter':
      Object.defineProperty(parent, key, {
        enumerable: true,
        configurable: true,
        get() {
          throw new Error('getter throws');
        },
      });
      break;
    case 'flipping-getter': {
      let reads = 0;
      const later = made(m.later);
      Object.defineProperty(parent, key, {
        enumerable: true,
        configurable: true,
        get: () => (reads++ === 0 ? old : later),
      });
      break;
    }
  }
}

/** Reads every part of a result (lazy parts are built on first read), as a caller would. */
function consume(value: unknown, seen = new Set<unknown>(), depth = 0): void {
  if (typeof value !== 'object' || value === null || seen.has(value) || depth > 12 || planted.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const x of value) consume(x, seen, depth + 1);
    return;
  }
  for (const k of Object.keys(value)) consume((value as Record<string, unknown>)[k], seen, depth + 1);
}

/** How a call ended: returned, or threw a coded XhhtError, or anything else (the failure). */
export type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

const CODES = new Set<string>(ERROR_CODES);

/**
 * Calls `fn` (with `new` for a class) and reads what it returns; a failure is a throw that is not a coded XhhtError.
 */
export function call(name: string, fn: (...args: unknown[]) => unknown, args: readonly unknown[]): Outcome {
  try {
    if (name === 'XhhtError') {
      // an error keeps what it is given (its path, its issues): read only what it says
      const e = new (fn as unknown as new (...a: unknown[]) => Error & { messageVi: unknown })(...args);
      void `${e.message}${String(e.messageVi)}`;
      return { ok: true };
    }
    consume(fn(...args));
    return { ok: true };
  } catch (e) {
    if (isXhhtError(e) && CODES.has((e as { code: string }).code)) return { ok: true };
    return { ok: false, error: e };
  }
}

/**
 * The arguments of one export, as a recipe: arbitrary values (0–3 of them),
 * or its seed with one or two mutations.
 */
export function argsArb(name: string): fc.Arbitrary<Recipe> {
  const raw = fc.array(weird, { maxLength: 3 }).map((r) => new Recipe(fc.stringify(r), () => r.map(made)));
  const seed = SEEDS[name];
  if (seed === undefined) return raw;
  const mutated = fc
    .array(fc.record({ at: fc.nat(), m: mutation }), { minLength: 1, maxLength: 2 })
    .map((changes) => new Recipe(`mutate(SEEDS.${name}(), ${fc.stringify(changes)})`, () => mutate(seed(), changes)));
  // the seed itself once in a while: the well-formed call must still work
  const plain = fc.constant(new Recipe(`SEEDS.${name}()`, () => [...seed()]));
  return fc.oneof({ weight: 4, arbitrary: raw }, { weight: 5, arbitrary: mutated }, { weight: 1, arbitrary: plain });
}
