import { describe } from '../util/describe.js';
import { arrayArg } from '../util/guards.js';
import { readPlanOptions } from './options.js';
import type { Indicator, IndicatorKind } from '../catalog/indicator.js';
import type { IndicatorLevel } from '../catalog/level.js';
import { findIndicator, listIndicators } from '../catalog/registry.js';
import type { Labels } from '../catalog/source.js';
import type { ErrorCode, Issue } from '../errors.js';
import { inheritedTargets, mergeTargets } from './inherit.js';
import type { JurisdictionLevel, Plan, PlanInherit } from './plan.js';
import { findPlan, listPlans } from './registry.js';
import { sameData } from './same-data.js';
import type { PlanInput } from './schema.js';
import type { PlanTableCell, PlanTableIssue, PlanTableRow } from './table.js';
import {
  PLAN_COLUMNS,
  PLAN_INFO,
  VALUE_WORDS,
  columnKey,
  infoKey,
  readComparator,
  readWord,
  slugOf,
  wordList,
  yearHeading,
  yearOfHeading,
  type PlanColumnKey,
  type PlanInfoKey,
} from './table-words.js';
import type { Comparator, Target, TargetKind } from './target.js';
import { validatePlan } from './validate.js';
import { messageFields, say, textOf, type Text } from '../messages/say.js';
import { COMMON, PLAN_TABLES } from '../messages/sections.js';
import {
  cellText,
  readDate,
  readPeriod,
  nearest,
  madeId,
  readValue,
  failed,
  readPerYear,
  sameValue,
  labelsOf,
} from './table-cells.js';

/*
 * Reading a plan written as a table (layout in table.ts) into a plan input,
 * then checking it as definePlan does; every problem is reported at its cell.
 * A row left as the parent wrote it (same value, no section of its own) is the
 * parent's target, source and all; a changed row is the plan's own target,
 * citing the plan's document and the section written in its row. When the
 * table holds every target the parent passes down, in the parent's order, the
 * plan is written as a change of its parent (`extends` and the changed
 * targets); when rows were deleted or moved, as the whole list
 * (`inherit: 'none'`), so the plan is what the table shows.
 */

/** The words a cell may hold, listed in each language. */
const words = (table: Parameters<typeof wordList>[0]): Text => ({
  en: wordList(table, 'en'),
  vi: wordList(table, 'vi'),
});

/** " (did you mean "x"?)", or nothing. */
const didYouMean = (near: string | undefined): Text | '' =>
  near ? say(COMMON, 'hint.did-you-mean', { name: near }) : '';
/**
 * Options of {@link planFromTable}.
 *
 * @example
 * planFromTable(rows, { plans: [provincePlan] }); // a commune plan whose parent is not built in
 */
export interface PlanFromTableOptions {
  /** Plans the table's parent ("Kế hoạch cấp trên") may name besides the built-in ones. */
  readonly plans?: readonly Plan[];
}

/**
 * What {@link planFromTable} read: the plan, the plan input it made (for an
 * app that stores plans as JSON), and every problem, at its cell.
 *
 * @example
 * const { plan, input, issues } = planFromTable(rows);
 * if (plan === null)
 *   for (const i of issues) console.error(i.row === null ? '' : cellName(i.row, i.column ?? 1), i.messageVi);
 */
export interface PlanFromTable {
  /** The plan, or `null` when any problem is an error. */
  readonly plan: Plan | null;
  /** The plan input read from the table (`definePlan(input)` gives `plan`); `null` when no table was found. */
  readonly input: PlanInput | null;
  readonly issues: readonly PlanTableIssue[];
}

interface Loc {
  readonly row: number | null;
  readonly column: number | null;
  readonly field: Labels | null;
}

/** A target read from a year cell, before it is known whether it is the parent's. */
interface Entry {
  readonly order: number;
  readonly cell: Loc;
  readonly row: RowLocs;
  readonly indicator: string;
  readonly year: number;
  readonly kind: TargetKind;
  readonly comparator: Comparator;
  readonly stretch: boolean;
  readonly value: string | number | true;
  readonly section: string;
  readonly note: string;
  readonly components: {
    id: string;
    label: { vi: string; en?: string };
    comparator: Comparator;
    value: number;
    cell: Loc;
  }[];
}

/** The cells of one row that a problem may be about. */
interface RowLocs {
  readonly id: Loc;
  readonly label: Loc;
  readonly kind: Loc;
  readonly comparator: Loc;
  readonly section: Loc;
  readonly note: Loc;
  readonly group: Loc;
  readonly level: Loc;
}

const TARGET_KIND: Readonly<Record<IndicatorKind, TargetKind>> = {
  'share-of-persons': 'percent',
  'share-of-units': 'percent',
  count: 'count',
  'yes-no': 'yes-no',
};
const DOC_TYPES: readonly (readonly [RegExp, string])[] = [
  [/\/QĐ-/iu, 'decision'],
  [/\/KH-/iu, 'plan'],
  [/\/NQ-/iu, 'resolution'],
  [/\/CT-/iu, 'directive'],
  [/\/NĐ-/iu, 'decree'],
  [/\/TT-/iu, 'circular'],
  [/\/BC-/iu, 'report'],
];

class Reader {
  readonly issues: PlanTableIssue[] = [];
  private readonly located = new Map<string, Loc>();

  report(code: ErrorCode, at: Loc, text: Text, severity: Issue['severity'] = 'error'): void {
    this.issues.push({
      code,
      severity,
      path: at.row === null ? [] : [at.row, at.column ?? 0],
      row: at.row,
      column: at.column,
      field: at.field,
      ...messageFields(text),
    });
  }

  locate(path: readonly (string | number)[], at: Loc): void {
    this.located.set(path.join('\u0000'), at);
  }

  /** The cell of the longest located prefix of a plan-input path. */
  where(path: readonly (string | number)[]): Loc {
    for (let n = path.length; n >= 0; n--) {
      const at = this.located.get(path.slice(0, n).join('\u0000'));
      if (at) return at;
    }
    return { row: null, column: null, field: null };
  }
}

/**
 * Reads a plan written as a table (see `planToTable`, `planTemplate`): the
 * plan's details on top (label, value), then the heading row and one row
 * per indicator with a column per target year. Headings and words may be
 * Vietnamese or English, in any case, with or without marks; blank rows and
 * rows above the details are ignored.
 *
 * - A row with a known indicator id (built in, or the parent's) sets its
 *   targets; the other columns of that row are for reading only.
 * - A row without an id (or with a new one) and a Vietnamese label defines an
 *   indicator of the plan: its kind ("tỷ lệ", "số lượng", "đạt/không"; default
 *   a share), its group (default the row above's), its level (default the
 *   plan's). The id, when not given, is made from the label.
 * - A "trong đó" row under a count row is a part of it.
 * - A value cell holds the target: 70, 99,5 (or 99.5), 15, "đạt"; it may start
 *   with "phấn đấu" (a stretch target) or a comparator (≥, ≤) of its own.
 * - "Mục của kế hoạch" is the section of the plan a target is written in;
 *   "2025: …; 2030: …" gives one per year. A target left with the parent's
 *   value and no section is the parent's target.
 *
 * Every problem is reported at once, each at its cell, in both languages:
 * cells that cannot be read, then whatever `validatePlan` finds in the rest.
 * No I/O: pass the cells of any spreadsheet reader.
 *
 * @param given - rows of cells (numbered 1, 2, … as given), or rows with their own numbers
 * @param givenOptions - extra parent plans
 * @returns the plan (or `null`), the input made, and the issues
 * @example
 * const sheet = planTemplate({ extends: 'qd-1373', level: 'commune' });
 * // … an official fills in the details and changes a value …
 * const { plan, issues } = planFromTable(filledRows);
 * plan?.targets.length; // 12
 */
export function planFromTable(
  given: readonly PlanTableRow[] | readonly (readonly PlanTableCell[])[],
  givenOptions: PlanFromTableOptions = {},
): PlanFromTable {
  const options = readPlanOptions(givenOptions) as PlanFromTableOptions;
  // the cells read once, as plain data (dates stay dates)
  const table = arrayArg(given, 'table', []) as readonly unknown[];
  // a missing row (a hole, null) is an empty one: whatever a reader gives, nothing throws
  const rows: PlanTableRow[] = Array.from(table as readonly unknown[], (r, i): PlanTableRow => {
    if (Array.isArray(r)) return { row: i + 1, cells: Array.from(r as readonly PlanTableCell[]) };
    if (typeof r === 'object' && r !== null && Array.isArray((r as PlanTableRow).cells))
      return { row: (r as PlanTableRow).row, cells: Array.from((r as PlanTableRow).cells) };
    return { row: i + 1, cells: [] };
  });
  const reader = new Reader();
  const sheet: Loc = { row: null, column: null, field: null };

  // the heading row: known column headings, among them the indicator's id or label
  const headerIndex = rows.findIndex((r) => {
    const keys = r.cells.map((c) => (typeof c === 'string' ? columnKey(c) : undefined));
    const years = r.cells.filter((c) => typeof c === 'string' && yearOfHeading(c) !== undefined).length;
    return (keys.includes('label') || keys.includes('id')) && keys.filter((k) => k !== undefined).length + years >= 3;
  });
  if (headerIndex < 0) {
    reader.report('invalid-plan', sheet, say(PLAN_TABLES, 'invalid-plan.no-heading-row'));
    return { plan: null, input: null, issues: reader.issues };
  }
  const header = rows[headerIndex]!;

  // columns
  const columns = new Map<PlanColumnKey, number>();
  const yearColumns: { year: number; index: number }[] = [];
  header.cells.forEach((c, index) => {
    const text = cellText(c);
    if (text === '') return;
    const at: Loc = { row: header.row, column: index + 1, field: { vi: text, en: text } };
    const key = columnKey(text);
    const year = key === undefined ? yearOfHeading(text) : undefined;
    if (key !== undefined && !columns.has(key)) columns.set(key, index);
    else if (year !== undefined && !yearColumns.some((y) => y.year === year)) yearColumns.push({ year, index });
    else if (key !== undefined || year !== undefined) {
      reader.report('invalid-plan', at, say(PLAN_TABLES, 'invalid-plan.column-twice', { text }), 'warning');
    } else {
      reader.report('unknown-column', at, say(PLAN_TABLES, 'unknown-column.plan-table', { text }), 'warning');
    }
  });
  // a plan with no targets has no year column; rows without one are a mistake
  if (yearColumns.length === 0 && rows.slice(headerIndex + 1).some((r) => r.cells.some((c) => cellText(c) !== ''))) {
    reader.report(
      'invalid-plan',
      { row: header.row, column: null, field: null },
      say(PLAN_TABLES, 'invalid-plan.no-year-column'),
    );
  }

  // the plan's details, above the heading row: a label, then its value
  const info = new Map<PlanInfoKey, { cell: PlanTableCell; at: Loc }>();
  for (const r of rows.slice(0, headerIndex)) {
    const first = r.cells.findIndex((c) => cellText(c) !== '');
    if (first < 0) continue;
    const key = infoKey(cellText(r.cells[first]));
    if (key === undefined) continue;
    const at: Loc = { row: r.row, column: first + 2, field: { vi: PLAN_INFO[key].vi, en: PLAN_INFO[key].en } };
    if (info.has(key)) {
      reader.report(
        'invalid-plan',
        at,
        say(PLAN_TABLES, 'invalid-plan.detail-twice', { field: PLAN_INFO[key] }),
        'warning',
      );
      continue;
    }
    info.set(key, { cell: r.cells[first + 1], at });
  }
  const infoAt = (key: PlanInfoKey): Loc =>
    info.get(key)?.at ?? { row: null, column: null, field: { vi: PLAN_INFO[key].vi, en: PLAN_INFO[key].en } };
  const infoText = (key: PlanInfoKey): string | undefined => {
    const t = cellText(info.get(key)?.cell);
    return t === '' ? undefined : t;
  };

  const date = infoText('date') === undefined ? undefined : readDate(info.get('date')!.cell);
  if (infoText('date') !== undefined && date === undefined) {
    const t = JSON.stringify(infoText('date'));
    reader.report('invalid-date', infoAt('date'), say(PLAN_TABLES, 'invalid-date.plan-table', { value: t }));
  }
  const levelText = infoText('level');
  const level =
    levelText === undefined ? undefined : (readWord('jurisdiction', levelText) as JurisdictionLevel | undefined);
  if (levelText !== undefined && level === undefined) {
    reader.report(
      'invalid-plan',
      infoAt('level'),
      say(PLAN_TABLES, 'invalid-plan.level', { value: levelText, words: words('jurisdiction') }),
    );
  }
  const periodCell = info.get('period')?.cell;
  const period = infoText('period') === undefined ? undefined : readPeriod(periodCell);
  if (infoText('period') !== undefined && period === undefined) {
    const t = JSON.stringify(infoText('period'));
    reader.report('invalid-year', infoAt('period'), say(PLAN_TABLES, 'invalid-year.period', { value: t }));
  }
  const inheritText = infoText('inherit');
  const inherit = inheritText === undefined ? undefined : (readWord('inherit', inheritText) as PlanInherit | undefined);
  if (inheritText !== undefined && inherit === undefined) {
    reader.report(
      'invalid-plan',
      infoAt('inherit'),
      say(PLAN_TABLES, 'invalid-plan.inherit', { value: inheritText, words: words('inherit') }),
    );
  }
  const parentId = infoText('extends');
  let parent: Plan | undefined;
  if (parentId !== undefined) {
    parent = options.plans?.find((p) => p.id === parentId) ?? findPlan(parentId);
    if (!parent) {
      const known = [...(options.plans ?? []), ...listPlans()].map((p) => p.id);
      const hint = nearest(parentId, known);
      reader.report(
        'unknown-plan',
        infoAt('extends'),
        say(PLAN_TABLES, 'unknown-plan.extends', { id: parentId, hint: didYouMean(hint), plans: known.join(', ') }),
      );
    }
  }
  const name = infoText('jurisdiction');
  const issuer = infoText('issuer');
  const issuerEn = infoText('issuerEn');
  const number = infoText('number');
  const title = infoText('title');
  const titleEn = infoText('titleEn');
  // a plan id made from the level, the place and the period when none is given: xa-long-phung-2021-2030
  const id =
    infoText('id') ??
    (level !== undefined && name !== undefined && period !== undefined ? madeId(level, name, period) : undefined);
  if (id === undefined) {
    reader.report('invalid-plan', infoAt('id'), say(PLAN_TABLES, 'invalid-plan.no-id'));
  }
  const type = DOC_TYPES.find(([re]) => number !== undefined && re.test(number))?.[1] ?? 'plan';
  const source = {
    type,
    number: number ?? null,
    issuer: issuer === undefined ? null : { vi: issuer, ...(issuerEn !== undefined ? { en: issuerEn } : {}) },
    ...(date !== undefined ? { date } : {}),
    verified: true,
    confidence: 'local',
  } as const;
  const reference = number ?? (issuer === undefined ? undefined : `Kế hoạch của ${issuer} (số hiệu chưa rõ)`);

  for (const [path, key] of [
    [['id'], 'id'],
    [['title'], 'title'],
    [['title', 'en'], 'titleEn'],
    [['issuer'], 'issuer'],
    // without a number the reference is made from the issuer: a missing one is the issuer's problem
    [['reference'], number !== undefined ? 'number' : 'issuer'],
    [['date'], 'date'],
    [['jurisdiction'], 'level'],
    [['jurisdiction', 'name'], 'jurisdiction'],
    [['period'], 'period'],
    [['source'], 'issuer'],
    [['source', 'issuer', 'en'], 'issuerEn'],
    [['source', 'number'], 'number'],
    [['source', 'date'], 'date'],
    [['extends'], 'extends'],
    [['inherit'], 'inherit'],
  ] as const) {
    reader.locate(path, infoAt(key));
  }

  // the rows
  const col = (key: PlanColumnKey) => columns.get(key);
  const parentIndicators = new Map((parent?.indicators ?? []).map((i) => [i.id, i] as const));
  const knownIndicator = (id: string): Indicator | undefined => parentIndicators.get(id) ?? findIndicator(id);
  const indicators: {
    id: string;
    group: string;
    kind: IndicatorKind;
    level?: IndicatorLevel;
    label: { vi: string; en?: string };
    locs: RowLocs;
  }[] = [];
  const seen = new Map<string, number>();
  const entries: Entry[] = [];
  let lastGroup: string | undefined;
  let lastCount: { entries: Entry[]; row: number } | undefined;
  for (const r of rows.slice(headerIndex + 1)) {
    if (r.cells.every((c) => cellText(c) === '')) continue;
    const at = (key: PlanColumnKey): Loc => {
      const i = col(key);
      return {
        row: r.row,
        column: i === undefined ? null : i + 1,
        field: { vi: PLAN_COLUMNS[key].vi, en: PLAN_COLUMNS[key].en },
      };
    };
    const text = (key: PlanColumnKey) => {
      const i = col(key);
      return i === undefined ? '' : cellText(r.cells[i]);
    };
    const locs: RowLocs = {
      id: text('id') !== '' || col('label') === undefined ? at('id') : at('label'),
      label: col('label') === undefined ? at('id') : at('label'),
      kind: at('kind'),
      comparator: at('comparator'),
      section: at('section'),
      note: at('note'),
      group: at('group'),
      level: at('level'),
    };
    const yearCells = yearColumns.map(({ year, index }) => ({
      year,
      cell: r.cells[index],
      at: { row: r.row, column: index + 1, field: { vi: yearHeading(year, 'vi'), en: yearHeading(year, 'en') } } as Loc,
    }));
    const filled = yearCells.filter((y) => cellText(y.cell) !== '');
    const kindText = text('kind');
    const rowKind = kindText === '' ? undefined : readWord('kind', kindText);
    const comparatorText = text('comparator');
    const rowComparator = comparatorText === '' ? 'at-least' : readComparator(comparatorText);
    const badComparator = () =>
      reader.report(
        'invalid-plan',
        at('comparator'),
        say(PLAN_TABLES, 'invalid-plan.comparator', { value: comparatorText }),
      );

    // an "of which" part of the count above
    if (rowKind === 'component') {
      const label = text('label');
      const partId = text('id') || slugOf(label);
      if (!lastCount) {
        reader.report('invalid-plan', at('kind'), say(PLAN_TABLES, 'invalid-plan.component-first'));
        continue;
      }
      if (partId === '') {
        reader.report('invalid-plan', locs.label, say(PLAN_TABLES, 'invalid-plan.component-label'));
        continue;
      }
      if (rowComparator === undefined) {
        badComparator();
        continue;
      }
      for (const y of filled) {
        const owner = lastCount.entries.find((e) => e.year === y.year);
        const v = readValue(y.cell, 'count');
        if (failed(v)) {
          reader.report(v.code, y.at, v);
        } else if (!owner) {
          reader.report('invalid-plan', y.at, say(PLAN_TABLES, 'invalid-plan.component-year', { year: y.year }));
        } else {
          const label2 = text('labelEn');
          owner.components.push({
            id: partId,
            label: { vi: label || partId, ...(label2 !== '' ? { en: label2 } : {}) },
            comparator: v.comparator ?? rowComparator,
            value: v.value as number,
            cell: y.at,
          });
        }
      }
      continue;
    }
    lastCount = undefined;

    const idText = text('id');
    const label = text('label');
    const known = idText === '' ? undefined : knownIndicator(idText);
    if (idText !== '' && !known && label === '') {
      const candidates = [
        ...listIndicators().map((i) => i.id),
        ...parentIndicators.keys(),
        ...indicators.map((i) => i.id),
      ];
      const hint = nearest(idText, candidates);
      reader.report(
        'unknown-indicator',
        at('id'),
        say(PLAN_TABLES, 'unknown-indicator.row', { id: idText, hint: didYouMean(hint) }),
      );
      continue;
    }
    if (idText === '' && label === '') {
      if (filled.length > 0) reader.report('invalid-plan', locs.label, say(PLAN_TABLES, 'invalid-plan.row-unnamed'));
      continue;
    }
    let indicator: { id: string; kind: IndicatorKind; group: string };
    if (known) indicator = known;
    else {
      const id = idText || slugOf(label);
      const kind = rowKind === undefined ? (kindText === '' ? 'share-of-units' : undefined) : rowKind;
      const levelText = text('level');
      const indicatorLevel =
        levelText === '' ? undefined : (readWord('level', levelText) as IndicatorLevel | undefined);
      const group = text('group') || lastGroup;
      let bad = false;
      if (id === '') {
        reader.report('invalid-plan', locs.label, say(PLAN_TABLES, 'invalid-plan.label-no-id'));
        bad = true;
      }
      if (kind === undefined) {
        reader.report(
          'invalid-plan',
          at('kind'),
          say(PLAN_TABLES, 'invalid-plan.kind', { value: kindText, words: words('kind') }),
        );
        bad = true;
      }
      if (levelText !== '' && indicatorLevel === undefined) {
        reader.report(
          'invalid-plan',
          at('level'),
          say(PLAN_TABLES, 'invalid-plan.level', { value: levelText, words: words('level') }),
        );
        bad = true;
      }
      if (group === undefined) {
        reader.report('invalid-plan', at('group'), say(PLAN_TABLES, 'invalid-plan.group-needed'));
        bad = true;
      }
      if (bad || kind === undefined || group === undefined) continue;
      const labelEn = text('labelEn');
      indicator = { id, kind, group };
      if (!seen.has(id))
        indicators.push({
          id,
          group,
          kind,
          ...(indicatorLevel ? { level: indicatorLevel } : {}),
          label: { vi: label || id, ...(labelEn !== '' ? { en: labelEn } : {}) },
          locs,
        });
    }
    const before = seen.get(indicator.id);
    if (before !== undefined) {
      reader.report(
        'invalid-plan',
        locs.id,
        say(PLAN_TABLES, 'invalid-plan.indicator-twice', { id: indicator.id, before }),
      );
      continue;
    }
    seen.set(indicator.id, r.row);
    lastGroup = indicator.group;
    if (rowComparator === undefined) {
      badComparator();
      continue;
    }
    const sections = readPerYear(text('section'));
    const notes = readPerYear(text('note'));
    const kind = TARGET_KIND[indicator.kind];
    const rowEntries: Entry[] = [];
    for (const y of filled) {
      const v = readValue(y.cell, kind);
      if (failed(v)) {
        reader.report(v.code, y.at, v);
        continue;
      }
      const entry: Entry = {
        order: r.row,
        cell: y.at,
        row: locs,
        indicator: indicator.id,
        year: y.year,
        kind,
        comparator: v.comparator ?? rowComparator,
        stretch: v.stretch,
        value: v.value,
        section: sections(y.year),
        note: notes(y.year),
        components: [],
      };
      rowEntries.push(entry);
      entries.push(entry);
    }
    if (kind === 'count') lastCount = { entries: rowEntries, row: r.row };
  }

  // each cell a target: the parent's when left as the parent wrote it, else the plan's own
  const ownSource = (section: string) => ({
    ...source,
    ...(section !== '' && section !== VALUE_WORDS.ownPlan.vi && section !== VALUE_WORDS.ownPlan.en ? { section } : {}),
  });
  const parentOf = (e: Entry) => parent?.targets.find((t) => t.indicator === e.indicator && t.year === e.year);
  const sorted = [...entries].sort((a, b) => a.year - b.year || a.order - b.order);
  const targets = sorted.map((e): { entry: Entry; target: Target | Record<string, unknown> } => {
    const components = e.components.map(({ id, label, comparator, value }) => ({ id, label, comparator, value }));
    const p = parentOf(e);
    const unchanged =
      p !== undefined &&
      e.section === '' &&
      (e.note === '' || e.note === p.note?.vi) &&
      p.kind === e.kind &&
      p.comparator === e.comparator &&
      (p.stretch ?? false) === e.stretch &&
      sameValue(e.kind, p.value, e.value) &&
      (p.kind !== 'count' ||
        sameData(
          p.components ?? [],
          components.length > 0 ? components.map((c) => ({ ...c, label: labelsOf(c.label) })) : [],
        ));
    if (unchanged) return { entry: e, target: p };
    return {
      entry: e,
      target: {
        kind: e.kind,
        indicator: e.indicator,
        year: e.year,
        comparator: e.comparator,
        ...(e.stretch ? { stretch: true } : {}),
        value: e.value,
        ...(components.length > 0 ? { components } : {}),
        source: ownSource(e.section),
        ...(e.note !== '' ? { note: { vi: e.note } } : {}),
      },
    };
  });

  // a change of the parent when the table holds all it passes down, in its order; else the whole list
  let written = targets;
  let inheritOut: PlanInherit | undefined = inherit === 'level' ? undefined : inherit;
  if (parent && level !== undefined && period !== undefined) {
    const passed = inheritedTargets(parent, {
      jurisdiction: level,
      period,
      inherit: inherit ?? 'level',
      indicators: indicators.map((i) => ({ id: i.id, ...(i.level ? { level: i.level } : {}) })),
    });
    const key = (t: { indicator: unknown; year: unknown }) =>
      `${typeof t.indicator === 'string' ? t.indicator : describe(t.indicator).en}@${describe(t.year).en}`;
    const own = targets.filter((t) => !passed.includes(t.target as Target));
    const order = mergeTargets(
      passed,
      own.map((t) => t.target as { indicator: string; year: number }),
    ).map(key);
    const asDelta =
      passed.every((p) => targets.some((t) => key(t.target as Target) === key(p))) &&
      order.join('|') === targets.map((t) => key(t.target as Target)).join('|');
    if (asDelta) written = own;
    else inheritOut = 'none';
  }

  // where each part of the input is, for the problems validatePlan finds
  written.forEach(({ entry: e }, i) => {
    reader.locate(['targets', i], e.cell);
    reader.locate(['targets', i, 'indicator'], e.row.id);
    reader.locate(['targets', i, 'comparator'], e.row.comparator);
    reader.locate(['targets', i, 'source'], e.row.section);
    reader.locate(['targets', i, 'note'], e.row.note);
    e.components.forEach((c, j) => {
      reader.locate(['targets', i, 'components', j], c.cell);
    });
  });
  indicators.forEach((ind, j) => {
    reader.locate(['indicators', j], ind.locs.label);
    reader.locate(['indicators', j, 'id'], ind.locs.id);
    reader.locate(['indicators', j, 'kind'], ind.locs.kind);
    reader.locate(['indicators', j, 'group'], ind.locs.group);
    reader.locate(['indicators', j, 'level'], ind.locs.level);
  });

  const input = {
    ...(id !== undefined ? { id } : {}),
    ...(title !== undefined ? { title: { vi: title, ...(titleEn !== undefined ? { en: titleEn } : {}) } } : {}),
    ...(issuer !== undefined ? { issuer } : {}),
    ...(reference !== undefined ? { reference } : {}),
    ...(date !== undefined ? { date } : {}),
    jurisdiction: { ...(level !== undefined ? { level } : {}), ...(name !== undefined ? { name } : {}) },
    ...(period !== undefined ? { period } : {}),
    source,
    ...(parent ? { extends: parent.id } : {}),
    ...(parent && inheritOut !== undefined ? { inherit: inheritOut } : {}),
    targets: written.map((t) => t.target),
    ...(indicators.length > 0 ? { indicators: indicators.map(({ locs: _locs, ...i }) => i) } : {}),
  } as PlanInput;

  // what the cells say, then what the plan rules say; one problem per cell (a cell that could not be read is not
  // reported again)
  const validation = validatePlan(input, options.plans ? { plans: options.plans } : {});
  const taken = new Set(reader.issues.filter((i) => i.row !== null).map((i) => `${i.row}:${i.column}`));
  const takenFields = new Set(reader.issues.filter((i) => i.row === null && i.field).map((i) => i.field!.en));
  const said = new Set<string>();
  for (const issue of validation.issues) {
    const at = reader.where(issue.path);
    if (at.row !== null ? taken.has(`${at.row}:${at.column}`) : at.field !== null && takenFields.has(at.field.en))
      continue;
    // two paths of the input in one cell (the issuer names the plan and its source) say one thing once
    const key = `${at.row}:${at.column}:${at.field?.en}:${issue.message}`;
    if (said.has(key)) continue;
    said.add(key);
    reader.report(issue.code, at, textOf(issue), issue.severity);
  }
  const errors = reader.issues.some((i) => i.severity === 'error');
  // top to bottom, left to right, as a person reads the sheet; problems of the whole sheet first
  const issues = [...reader.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { plan: errors ? null : validation.plan, input, issues };
}
