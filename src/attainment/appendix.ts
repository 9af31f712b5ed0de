import { snapshot } from '../util/snapshot.js';
import { describe } from '../util/describe.js';
import { INDICATOR_GROUPS, type Indicator, type IndicatorKind } from '../catalog/indicator.js';
import { assertGiven } from '../missing.js';
import { findIndicator, listIndicators } from '../catalog/registry.js';
import { levelOfJurisdiction } from '../catalog/level.js';
import type { Labels, LegalSource } from '../catalog/source.js';
import { XhhtError, isXhhtError, issueOf, type Issue, type IssuePath } from '../errors.js';
import { parseReportedRate } from '../vi/rate.js';
import { parseThreshold } from '../exact/threshold.js';
import { isArray, isRecord } from '../util/guards.js';
import { definePlan } from '../plans/define.js';
import type { JurisdictionLevel, Plan } from '../plans/plan.js';
import type { Comparator, PercentTarget } from '../plans/target.js';
import { computeAttainment } from './compute.js';
import type { RateObservation } from './observation.js';
import type { AttainmentReport } from './result.js';
import { say, textOf } from '../messages/say.js';
import { ATTAINMENT, APPENDIX } from '../messages/sections.js';

/*
 * A review appendix whose rows carry their own targets: "TT | Nội dung chỉ tiêu | Mục tiêu (%) |
 * Kết quả (%) | Ghi chú". Each row is compared with its own target; the plan is built from the rows,
 * so every source says the target is the appendix's own.
 */

/**
 * One row of an appendix, as printed. A row with neither a target nor a result
 * ("I  Xóa mù chữ và phổ cập giáo dục", or a numbered sub-heading) is a group
 * heading: the rows after it are in its group.
 *
 * @example
 * const heading: AppendixRow = { no: 'I', label: 'Xóa mù chữ và phổ cập giáo dục' };
 * const row: AppendixRow = { no: '1', label: 'Xã đạt chuẩn xóa mù chữ mức độ 2', target: '100', percent: '100' };
 */
export interface AppendixRow {
  /** The row's number as printed (TT, STT): "1", or "I" for a group heading. */
  readonly no?: string;
  /**
   * "Nội dung chỉ tiêu": the indicator as the row words it. A catalog indicator worded the same is used; otherwise the
   * row defines one.
   */
  readonly label?: string;
  /** A catalog indicator id, instead of matching the label. */
  readonly indicator?: string;
  /**
   * "Mục tiêu": the target percentage, a minimum unless it says otherwise: 90, "90", "99,5",
   * "≥ 90"; a maximum as "≤ 1,5", "tối đa 1,5" or "không quá 1,5".
   */
  readonly target?: number | string;
  /** "Kết quả": the rate reported, as for a `RateObservation` ("100", "99,96"). Empty: not reported. */
  readonly percent?: number | string;
}

/**
 * Options of {@link appendixPlan}.
 *
 * @example
 * const o: AppendixOptions = { year: 2025, document: 'Báo cáo số 45/BC-UBND ngày 20/6/2025 của UBND xã X, Phụ lục 2' };
 */
export interface AppendixOptions {
  /** The year the targets are due by ("đến năm 2025"). */
  readonly year: number;
  /**
   * The appendix as a reader cites it: issuing body, number, date, appendix. It is the source of
   * every target. Default "Mục tiêu ghi trong phụ lục" (the targets stated in the appendix).
   */
  readonly document?: string;
  /** Who wrote the appendix ("UBND xã Long Phụng"). */
  readonly issuer?: string;
  /** The unit the figures are about; given to every observation. */
  readonly unit?: string;
  /** The level of that unit (default `commune`). */
  readonly level?: JurisdictionLevel;
  /** Title of the plan built from the rows (Vietnamese; also used in English reports). */
  readonly title?: string;
}

/**
 * What {@link appendixPlan} builds: a plan of the appendix's own targets, the
 * observations of its results, and the rows it could not use.
 *
 * @example
 * const { plan, observations, rowOf, issues } = appendixPlan(rows, { year: 2025 });
 */
export interface AppendixPlan {
  /** One percent target per data row with a usable target, due by the end of `year`. */
  readonly plan: Plan;
  /** One rate observation per data row with a target and a result. */
  readonly observations: readonly RateObservation[];
  /** For each observation, the index of its row. */
  readonly rowOf: readonly number[];
  /**
   * Rows that give no usable target, label or indicator; path `['rows', i, field]`. Such a row has no target and no
   * observation.
   */
  readonly issues: readonly Issue[];
}

/**
 * Options of {@link evaluateAppendix}.
 *
 * @example
 * const o: EvaluateAppendixOptions = { year: 2025, asOf: '2025-06-30' };
 */
export interface EvaluateAppendixOptions extends AppendixOptions {
  /** The date the results speak for ("tính đến tháng 06/2025": 2025-06-30). */
  readonly asOf?: string;
  /** Decimals of percentages and gaps (default 2). */
  readonly decimals?: number;
}

const DEFAULT_DOCUMENT = 'Mục tiêu ghi trong phụ lục';
const ROW_NOTE: Labels = {
  vi: 'Mục tiêu theo đúng từng dòng của phụ lục',
  en: 'The target as the appendix row states it',
};
const PLAN_NOTE: Labels = {
  vi: 'Các mục tiêu theo đúng phụ lục, từng dòng',
  en: 'Targets as the appendix states them, row by row',
};

/**
 * The appendix as a cited document: its citation as the caller wrote it (issuing body, number,
 * date, appendix) is kept verbatim, as a free-text document; without one, a neutral name in each language.
 */
function appendixDocument(document: string): Pick<LegalSource, 'type' | 'number' | 'issuer' | 'title'> {
  const title: Labels =
    document === DEFAULT_DOCUMENT
      ? { vi: DEFAULT_DOCUMENT, en: 'Targets stated in the appendix' }
      : { vi: document, en: document };
  return { type: 'other', number: null, issuer: null, title };
}
const NO_GROUP = 'Các chỉ tiêu';
const AT_MOST = /^(?:≤|<=|=<|tối đa|không quá|không vượt quá)\s*/u;
const AT_LEAST = /^(?:≥|>=|=>|tối thiểu|ít nhất|không thấp hơn)\s*/u;
// a row's first word(s) naming a unit rather than a person ("Xã đạt chuẩn…", "Tỷ lệ trường…")
const UNIT_WORDS = [
  'xa',
  'phuong',
  'thi tran',
  'huyen',
  'quan',
  'thi xa',
  'tinh',
  'thanh pho',
  'truong',
  'co so',
  'trung tam',
  'don vi',
  'thon',
  'to dan pho',
  'khu pho',
  'cong dong',
  'dong ho',
  'gia dinh',
  'co quan',
  'lop',
];

/** Words without marks, lower case, single spaces: "Tỷ lệ Xã đạt…" → "ty le xa dat…". */
function words(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The wording of an indicator without a leading "tỷ lệ" (a rate's name with or without it is the same indicator). */
function indicatorWords(text: string): string {
  return words(text).replace(/^t[yi] le /, '');
}

function slug(text: string): string {
  let s = words(text).replace(/ /g, '-');
  if (s.length > 60) s = s.slice(0, 60).replace(/-[^-]*$/, '');
  return s === '' ? 'chi-tieu' : s;
}

function unitKind(label: string): IndicatorKind {
  const w = indicatorWords(label);
  return UNIT_WORDS.some((u) => w === u || w.startsWith(`${u} `)) ? 'share-of-units' : 'share-of-persons';
}

function given(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The target of a row: its comparator and exact value, or `invalid-threshold`. */
function readTarget(value: unknown, path: IssuePath): { comparator: Comparator; value: string } {
  let comparator: Comparator = 'at-least';
  let rest: unknown = value;
  if (typeof value === 'string') {
    const t = value.normalize('NFC').trim().toLowerCase();
    const most = AT_MOST.exec(t);
    const least = most ? null : AT_LEAST.exec(t);
    if (most) comparator = 'at-most';
    rest = most ? t.slice(most[0].length) : least ? t.slice(least[0].length) : value;
  }
  try {
    const rate = parseReportedRate(rest, path);
    // a plan's threshold: at most 6 places, as every threshold
    return { comparator, value: parseThreshold(rate.text, path).text };
  } catch (e) {
    if (!isXhhtError(e)) throw e;
    const why = e.code === 'percent-out-of-range' ? say(APPENDIX, 'target.percent-range') : textOf(e);
    throw new XhhtError(
      'invalid-threshold',
      say(APPENDIX, 'invalid-threshold.target', { value: describe(value), reason: why }),
      { path },
    );
  }
}

/** The catalog's share indicators by their wording. */
function catalogByWording(): Map<string, Indicator> {
  const m = new Map<string, Indicator>();
  for (const i of listIndicators())
    if (i.kind === 'share-of-persons' || i.kind === 'share-of-units') m.set(indicatorWords(i.label.vi), i);
  return m;
}

/**
 * Builds a plan from the rows of an appendix that carries its own targets
 * ("Mục tiêu" beside "Kết quả", as the 5-year reviews print them), and the
 * observations of its results. Each data row gives a percent target due by
 * the end of `year` (a minimum unless the cell says "≤", "tối đa" or "không
 * quá"), sourced to the appendix itself (`document`, section "Mục I.1": group I, TT 1),
 * and, when its result is given, a rate observation (`percent`, read exactly as
 * written). A row worded as a catalog indicator (the Vietnamese label, with or
 * without "Tỷ lệ") is that indicator; any other row defines an indicator
 * labelled by its own text (id from the text: "xa-dat-chuan-xoa-mu-chu-muc-do-2").
 * Heading rows (no target and no result: "I", "Xóa mù chữ và phổ cập giáo
 * dục") group the rows after them; a heading numbered and worded as a group of
 * Decision 1373 is that group.
 *
 * Every row ends in the plan, as a heading, or in `issues` (path
 * `['rows', i, field]`): a row with a result and no target (`invalid-observation`,
 * field `target`), a target that is not a percentage from 0 to 100
 * (`invalid-threshold`), no label and no indicator (`invalid-observation`,
 * field `label`), an unknown or non-percentage indicator id (`unknown-indicator`,
 * `kind-mismatch`). The results are checked by `computeAttainment`.
 * Throws `invalid-input` when `rows` is not an array or no row gives a target
 * (every row problem in `issues`), `missing-year` without a year, `invalid-year` for a bad one.
 *
 * @param givenRows - the rows as printed, headings included
 * @param givenOptions - year, and how to cite the appendix
 * @returns the plan, the observations with their rows, and the problems
 * @example
 * const { plan, observations } = appendixPlan([
 *   { no: 'I', label: 'Xóa mù chữ và phổ cập giáo dục' },
 *   { no: '1', label: 'Xã đạt chuẩn xóa mù chữ mức độ 2', target: '100', percent: '100' },
 * ], { year: 2025 });
 * plan.targets[0];
 * // { kind: 'percent', indicator: 'xa-dat-chuan-xoa-mu-chu-muc-do-2', value: '100', comparator: 'at-least', source: {
 * //   type: 'other', title: { vi: 'Mục tiêu ghi trong phụ lục', … }, section: 'Mục I.1', … }, … }
 * observations[0]; // { indicator: 'xa-dat-chuan-xoa-mu-chu-muc-do-2', percent: '100' }
 */
export function appendixPlan(givenRows: readonly AppendixRow[], givenOptions: AppendixOptions): AppendixPlan {
  // read once: the rows checked are the rows evaluated
  const rows = (isArray(givenRows) ? snapshot(givenRows, ['rows']) : givenRows) as readonly AppendixRow[];
  const options = snapshot(givenOptions) as AppendixOptions;
  if (!isArray(rows)) {
    throw new XhhtError('invalid-input', say(APPENDIX, 'invalid-input.appendix-rows'), { path: ['rows'] });
  }
  if (!isRecord(options)) throw new XhhtError('invalid-input', say(APPENDIX, 'invalid-input.appendix-options'));
  assertGiven(
    options,
    [{ key: 'year', code: 'missing-year', what: () => say(APPENDIX, 'missing-year.appendix') }],
    'appendixPlan',
  );
  const year = options.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2100) {
    throw new XhhtError('invalid-year', say(ATTAINMENT, 'invalid-year.appendix', { year: describe(year) }), {
      path: ['year'],
    });
  }
  const document = text(options.document) ?? DEFAULT_DOCUMENT;
  const catalog = catalogByWording();
  const used = new Set<string>();
  const indicators: Indicator[] = [];
  const targets: PercentTarget[] = [];
  const observations: RateObservation[] = [];
  const rowOf: number[] = [];
  const issues: Issue[] = [];
  let heading: { no: string | undefined; group: string } | null = null;

  rows.forEach((row, i) => {
    const path = ['rows', i];
    if (!isRecord(row)) {
      issues.push(issueOf('invalid-input', path, say(APPENDIX, 'invalid-input.appendix-row')));
      return;
    }
    const no = text(row.no);
    const label = text(row.label);
    const hasTarget = given(row.target);
    const hasResult = given(row.percent);
    if (!hasTarget && !hasResult && !given(row.indicator)) {
      // a heading (no figure in it: nothing is lost), or an empty row
      if (label === undefined && no === undefined) return;
      // an own key only: "constructor" is no group
      const known =
        no !== undefined && Object.hasOwn(INDICATOR_GROUPS, no)
          ? INDICATOR_GROUPS[no as keyof typeof INDICATOR_GROUPS]
          : undefined;
      const group = known && label !== undefined && words(known.vi) === words(label) ? no! : (label ?? no!);
      heading = { no, group };
      return;
    }
    const where = no !== undefined ? `${no}` : `#${i}`;
    if (!hasTarget) {
      issues.push(
        issueOf(
          'invalid-observation',
          [...path, 'target'],
          say(APPENDIX, 'invalid-observation.appendix-no-target', { where }),
        ),
      );
      return;
    }
    let target: { comparator: Comparator; value: string };
    try {
      target = readTarget(row.target, [...path, 'target']);
    } catch (e) {
      if (!isXhhtError(e)) throw e;
      issues.push(e.toIssue());
      return;
    }
    let indicator: Indicator | undefined;
    if (given(row.indicator)) {
      // an id is text; anything else is shown as describe() shows it, and found nowhere
      const id = typeof row.indicator === 'string' ? row.indicator.trim() : describe(row.indicator).en;
      indicator = findIndicator(id);
      if (!indicator) {
        issues.push(
          issueOf('unknown-indicator', [...path, 'indicator'], say(APPENDIX, 'unknown-indicator.appendix', { id })),
        );
        return;
      }
      if (indicator.kind !== 'share-of-persons' && indicator.kind !== 'share-of-units') {
        issues.push(
          issueOf(
            'kind-mismatch',
            [...path, 'indicator'],
            say(APPENDIX, 'kind-mismatch.appendix', { id, kind: indicator.kind }),
          ),
        );
        return;
      }
    } else if (label === undefined) {
      issues.push(
        issueOf(
          'invalid-observation',
          [...path, 'label'],
          say(APPENDIX, 'invalid-observation.appendix-no-indicator', { where }),
        ),
      );
      return;
    } else {
      indicator = catalog.get(indicatorWords(label));
    }
    // the row as the appendix numbers it: "Mục I.1" (group I, TT 1); without a TT, its place in the table
    const h = heading as { no: string | undefined; group: string } | null;
    const item = no ?? String(i + 1);
    const source: LegalSource = {
      ...appendixDocument(document),
      section: h?.no !== undefined ? `Mục ${h.no}.${item}` : `Mục ${item}`,
      verified: true,
      confidence: 'local',
      note: ROW_NOTE,
    };
    // a catalog indicator once; a second row worded the same gets its own (one target per indicator and year)
    if (indicator === undefined || used.has(indicator.id)) {
      const text = label ?? indicator!.label.vi;
      let id = slug(text);
      for (let n = 2; used.has(id) || findIndicator(id) !== undefined; n++) id = `${slug(text)}-${n}`;
      indicator = {
        id,
        group: h?.group ?? NO_GROUP,
        kind: unitKind(text),
        // the appendix's own row: measured at the level of the unit that wrote it
        level: levelOfJurisdiction(options.level ?? 'commune'),
        label: { vi: text, en: text },
        numerator: { vi: text, en: text },
        denominator: say(APPENDIX, 'appendix.not-stated'),
        source,
        notes: [
          {
            topic: 'definition',
            text: say(APPENDIX, 'appendix.indicator-note'),
          },
        ],
      };
      indicators.push(indicator);
    }
    used.add(indicator.id);
    targets.push({
      kind: 'percent',
      indicator: indicator.id,
      year,
      comparator: target.comparator,
      value: target.value,
      source,
    });
    if (hasResult) {
      observations.push({
        indicator: indicator.id,
        percent: row.percent as number | string,
        ...(text(options.unit) !== undefined ? { unit: text(options.unit)! } : {}),
      });
      rowOf.push(i);
    }
  });

  if (targets.length === 0) {
    const text = say(
      ATTAINMENT,
      issues.length === 1 ? 'invalid-input.appendix-no-target' : 'invalid-input.appendix-no-targets',
      {
        n: issues.length,
      },
    );
    throw new XhhtError('invalid-input', text, { path: ['rows'], issues });
  }
  const title = text(options.title);
  const plan = definePlan({
    id: 'phu-luc',
    title: { vi: title ?? DEFAULT_DOCUMENT, en: title ?? 'Targets stated in the appendix' },
    issuer: text(options.issuer) ?? 'đơn vị lập phụ lục',
    reference: document,
    jurisdiction: {
      level: options.level ?? 'commune',
      name: text(options.unit) ?? text(options.issuer) ?? 'không ghi',
    },
    period: { from: year, to: year },
    source: { ...appendixDocument(document), verified: true, confidence: 'local', note: PLAN_NOTE },
    targets,
    ...(indicators.length > 0 ? { indicators } : {}),
  });
  return { plan, observations, rowOf, issues };
}

/**
 * Evaluates an appendix that carries its own targets: builds the plan with
 * {@link appendixPlan} and compares each row's result with its own target
 * through `computeAttainment`, exactly as written (a reported rate: basis
 * `reported-rate`, no shortfall). Rows are never added up. Every row ends in a
 * result, a heading or an issue: the issues of the rows first, then those of
 * the results, all with path `['rows', i, field]`.
 *
 * @param rows - the rows as printed, headings included
 * @param givenOptions - year, asOf, decimals, and how to cite the appendix
 * @returns the report, as `computeAttainment` gives it
 * @example
 * // an appendix of six rows like this one, each with target 100 and result 100
 * const report = evaluateAppendix([
 *   { no: 'I', label: 'Xóa mù chữ và phổ cập giáo dục' },
 *   { no: '1', label: 'Xã đạt chuẩn xóa mù chữ mức độ 2', target: '100', percent: '100' },
 * ], { year: 2025, asOf: '2025-06-30' });
 * report.results[0];
 * // { status: 'met', basis: 'reported-rate', actualPercent: '100.00', targetPercent: '100', gapPoints: '0.00',
 * //   shortfall: null, … }
 */
export function evaluateAppendix(
  rows: readonly AppendixRow[],
  givenOptions: EvaluateAppendixOptions,
): AttainmentReport {
  const options = snapshot(givenOptions) as EvaluateAppendixOptions;
  const built = appendixPlan(rows, options);
  const report = computeAttainment({
    plan: built.plan,
    year: options.year,
    observations: built.observations,
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.decimals !== undefined ? { decimals: options.decimals } : {}),
  });
  const toRow = (issue: Issue): Issue =>
    issue.path[0] === 'observations' && typeof issue.path[1] === 'number'
      ? { ...issue, path: ['rows', built.rowOf[issue.path[1]]!, ...issue.path.slice(2)] }
      : issue;
  return { ...report, issues: [...built.issues, ...report.issues.map(toRow)] };
}
