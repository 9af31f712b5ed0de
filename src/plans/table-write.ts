import { objectArg, oneOfArg } from '../util/guards.js';
import { definePlan } from './define.js';
import { isDefinedPlan } from './freeze.js';
import { readPlanOptions } from './options.js';
import type { Indicator } from '../catalog/indicator.js';
import { findIndicator } from '../catalog/registry.js';
import { formatSource, type LegalSource } from '../catalog/source.js';
import { XhhtError } from '../errors.js';
import { inheritedTargets } from './inherit.js';
import type { JurisdictionLevel, Plan, PlanInherit } from './plan.js';
import { findPlan, type PlanId } from './registry.js';
import { sameData } from './same-data.js';
import type { PlanSheet } from './table.js';
import {
  PLAN_COLUMNS,
  PLAN_INFO,
  TABLE_WORDS,
  VALUE_WORDS,
  comparatorMark,
  yearHeading,
  type PlanColumnKey,
  type PlanInfoKey,
} from './table-words.js';
import type { CountComponent, Target } from './target.js';
import { say } from '../messages/say.js';
import { PLAN_TABLES } from '../messages/sections.js';

/*
 * Writing a plan as one sheet (layout in table.ts). What the table cannot hold
 * is left out, and planFromTable reads the rest back as written: the sources
 * of a plan's own targets are its document and a section; an indicator the
 * plan defines is its id, labels, group, level and kind; a note is its
 * Vietnamese text.
 */

/**
 * Options of {@link planToTable}.
 *
 * @example
 * planToTable(plan, { lang: 'en' });
 */
export interface PlanTableOptions {
  /** Language of the headings and words (default `vi`); the plan's texts stay as written. */
  readonly lang?: 'vi' | 'en';
  /** Plans the plan's `extends` may name besides the built-in ones. */
  readonly plans?: readonly Plan[];
}

/**
 * Options of {@link planTemplate}.
 *
 * @example
 * const o: PlanTemplateOptions = { extends: 'qd-1373', level: 'commune' };
 */
export interface PlanTemplateOptions extends PlanTableOptions {
  /** The plan to extend: a built-in id (an editor completes them), the id of one in `plans`, or a plan. */
  readonly extends: PlanId | (string & {}) | Plan;
  /**
   * The level of the plan to write: the template lists the parent's targets measured at it or below. Without it, every
   * target.
   */
  readonly level?: JurisdictionLevel;
  /** With `level`: `level` (default) or `all`. */
  readonly inherit?: Exclude<PlanInherit, 'none'>;
}

const INSTRUCTIONS = {
  vi:
    'Mẫu kế hoạch (xhht): điền thông tin kế hoạch; sửa mục tiêu (ghi mục của kế hoạch khi khác kế hoạch cấp ' +
    'trên); xóa dòng không dùng; thêm dòng cho chỉ tiêu riêng (chỉ cần Nội dung chỉ tiêu và Loại).',
  en:
    "Plan template (xhht): fill in the plan's details; change targets (give the section of your plan where it " +
    'differs from the parent); delete rows you do not need; add rows for your own indicators (a Vietnamese label ' +
    'and a kind are enough).',
} as const;

const COLUMNS_BEFORE: readonly PlanColumnKey[] = [
  'no',
  'id',
  'label',
  'labelEn',
  'group',
  'level',
  'kind',
  'comparator',
];
const COLUMNS_AFTER: readonly PlanColumnKey[] = ['section', 'note', 'parent'];

type Cell = string | number | null;

/** What the details rows say: everything but the rows. */
interface Details {
  readonly id?: string;
  readonly title?: string;
  readonly titleEn?: string;
  readonly issuer?: string;
  readonly issuerEn?: string;
  readonly number?: string;
  readonly date?: string;
  readonly level?: JurisdictionLevel;
  readonly jurisdiction?: string;
  readonly period: { readonly from: number; readonly to: number };
  readonly extends?: string;
  readonly inherit?: PlanInherit;
}

/** A percentage "70", a count 15: a number when the number is exact, else the text. */
function numberCell(value: string | number): Cell {
  const n = Number(value);
  return String(n) === String(value) ? n : String(value);
}

function dateCell(iso: string, lang: 'vi' | 'en'): string {
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "Mục II.2" for one text, "2025: Mục II.2.1; 2030: Mục II.2.2" when the years differ. */
function perYear(texts: ReadonlyMap<number, string>): Cell {
  const values = [...new Set(texts.values())];
  if (values.length === 0) return null;
  if (values.length === 1 && values[0] === '') return null;
  if (values.length === 1) return values[0]!;
  const parts = [...texts].filter(([, t]) => t !== '').map(([y, t]) => `${y}: ${t}`);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** The same document, whatever the section: the table writes such a source as its section. */
function sameDocument(a: LegalSource, b: LegalSource): boolean {
  const doc = (s: LegalSource) => formatSource(s, 'vi', { section: false, title: true });
  return doc(a) === doc(b);
}

function resolveParent(id: string, plans: readonly Plan[] | undefined): Plan {
  const found = plans?.find((p) => p.id === id) ?? findPlan(id);
  if (found) return isDefinedPlan(found) ? found : definePlan(found, plans ? { plans } : {});
  throw new XhhtError('unknown-plan', say(PLAN_TABLES, 'unknown-plan.table-extends', { id }));
}

const JURISDICTION_LEVELS = ['national', 'province', 'district', 'commune', 'agency'] as const;

/** The sheet: instructions, details, a blank row, headings, rows. */
function writeSheet(
  details: Details,
  plan: Pick<Plan, 'targets' | 'indicators' | 'source' | 'jurisdiction'> | null,
  targets: readonly Target[],
  parent: Plan | undefined,
  inherited: readonly Target[],
  lang: 'vi' | 'en',
): PlanSheet {
  const words = (key: PlanInfoKey) => PLAN_INFO[key][lang];
  const info: [PlanInfoKey, Cell][] = [
    ['id', details.id ?? null],
    ['title', details.title ?? null],
    ['titleEn', details.titleEn ?? null],
    ['issuer', details.issuer ?? null],
    ['issuerEn', details.issuerEn ?? null],
    ['number', details.number ?? null],
    ['date', details.date === undefined ? null : dateCell(details.date, lang)],
    ['level', details.level === undefined ? null : TABLE_WORDS.jurisdiction[details.level][lang]],
    ['jurisdiction', details.jurisdiction ?? null],
    [
      'period',
      details.period.from === details.period.to
        ? String(details.period.from)
        : `${details.period.from}-${details.period.to}`,
    ],
  ];
  if (details.extends !== undefined) {
    info.push(['extends', details.extends], ['inherit', TABLE_WORDS.inherit[details.inherit ?? 'level'][lang]]);
  }
  const years = [...new Set(targets.map((t) => t.year))].sort((a, b) => a - b);
  const columns: (PlanColumnKey | number)[] = [...COLUMNS_BEFORE, ...years, ...COLUMNS_AFTER];
  const heading = columns.map((c) => (typeof c === 'number' ? yearHeading(c, lang) : PLAN_COLUMNS[c][lang]));
  const rows: Cell[][] = [[INSTRUCTIONS[lang]], ...info.map(([k, v]): Cell[] => [words(k), v]), [], heading];
  const headerRow = rows.length - 1;

  const indicatorOf = (id: string): Indicator | undefined =>
    plan?.indicators?.find((i) => i.id === id) ?? parent?.indicators?.find((i) => i.id === id) ?? findIndicator(id);
  const parentTarget = (t: Target) => parent?.targets.find((p) => p.indicator === t.indicator && p.year === t.year);
  const isInherited = (t: Target) =>
    inherited.some((p) => p === t || (p.indicator === t.indicator && p.year === t.year && sameData(p, t)));
  const ids = [...new Set(targets.map((t) => t.indicator))];
  let no = 0;
  for (const id of ids) {
    const mine = targets.filter((t) => t.indicator === id);
    const ind = indicatorOf(id);
    const comparators = new Set(mine.map((t) => t.comparator));
    const rowComparator = comparators.size === 1 ? mine[0]!.comparator : 'at-least';
    const sections = new Map<number, string>();
    const notes = new Map<number, string>();
    const parents = new Map<number, string>();
    for (const t of mine) {
      const p = parentTarget(t);
      if (p) parents.set(t.year, formatSource(p.source, lang));
      if (isInherited(t)) {
        sections.set(t.year, '');
        notes.set(t.year, t.note?.vi ?? '');
        continue;
      }
      // an own target restating the parent's value is marked, so it is not read back as inherited
      const section =
        plan && sameDocument(t.source, plan.source) ? (t.source.section ?? '') : formatSource(t.source, lang);
      sections.set(t.year, section === '' && p !== undefined ? VALUE_WORDS.ownPlan[lang] : section);
      notes.set(t.year, t.note?.vi ?? '');
    }
    // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every column (TypeScript checks it)
    const cells: Cell[] = columns.map((c) => {
      if (typeof c === 'number') {
        const t = mine.find((x) => x.year === c);
        if (!t) return null;
        const value = t.kind === 'yes-no' ? VALUE_WORDS.yes[lang] : numberCell(t.value);
        const stretch = t.stretch ? `${VALUE_WORDS.stretch[lang]} ` : '';
        const mark = t.comparator !== rowComparator ? `${comparatorMark(t.comparator)} ` : '';
        const prefix = `${stretch}${mark}`;
        return prefix === '' ? value : `${prefix}${value}`;
      }
      switch (c) {
        case 'no':
          return ++no;
        case 'id':
          return id;
        case 'label':
          return ind?.label.vi ?? null;
        case 'labelEn':
          return ind && !ind.label.untranslated ? ind.label.en : null;
        case 'group':
          return ind?.group ?? null;
        case 'level':
          return ind ? TABLE_WORDS.level[ind.level][lang] : null;
        case 'kind':
          return ind ? TABLE_WORDS.kind[ind.kind][lang] : null;
        case 'comparator':
          return comparatorMark(rowComparator);
        case 'section':
          return perYear(sections);
        case 'note':
          return perYear(notes);
        case 'parent':
          return perYear(parents);
      }
    });
    rows.push(cells);
    // the "of which" parts of a count, one row each, under it
    const parts = new Map<string, CountComponent>();
    for (const t of mine)
      if (t.kind === 'count') for (const c of t.components ?? []) if (!parts.has(c.id)) parts.set(c.id, c);
    for (const part of parts.values()) {
      const partComparators = new Set(
        mine.flatMap((t) =>
          t.kind === 'count' ? (t.components ?? []).filter((c) => c.id === part.id).map((c) => c.comparator) : [],
        ),
      );
      const partComparator = partComparators.size === 1 ? part.comparator : 'at-least';
      rows.push(
        columns.map((c): Cell => {
          if (typeof c === 'number') {
            const t = mine.find((x) => x.year === c);
            const comp = t?.kind === 'count' ? t.components?.find((x) => x.id === part.id) : undefined;
            if (!comp) return null;
            return comp.comparator === partComparator ? comp.value : `${comparatorMark(comp.comparator)} ${comp.value}`;
          }
          if (c === 'id') return part.id;
          if (c === 'label') return part.label.vi;
          if (c === 'labelEn') return part.label.untranslated ? null : part.label.en;
          if (c === 'kind') return TABLE_WORDS.kind.component[lang];
          if (c === 'comparator') return comparatorMark(partComparator);
          return null;
        }),
      );
    }
  }
  return { lang, name: lang === 'vi' ? 'Kế hoạch' : 'Plan', rows, headerRow, columns };
}

/**
 * A plan as one sheet: its details on top, then one row per indicator with a
 * column per target year, the section of the plan each target is written in
 * and, for a plan that extends another, the parent's source. planFromTable
 * reads it back: the details, the targets (value, comparator, "phấn đấu",
 * "of which" parts, section, Vietnamese note) and the indicators the plan
 * defines (labels, group, level, kind). A target citing a document other
 * than the plan and its parent is read back as citing the plan, with the
 * citation as its section.
 *
 * @param given - a plan (built in, or from `definePlan`)
 * @param givenOptions - language; extra plans for `extends`
 * @returns the sheet
 * @example
 * const sheet = planToTable(getPlan('hue-2026'));
 * sheet.rows[sheet.headerRow];
 * // ['STT', 'Mã chỉ tiêu', …, 'Mục tiêu 2026', 'Mục của kế hoạch', 'Ghi chú', 'Theo kế hoạch cấp trên']
 * planFromTable(sheet.rows).plan?.targets.length; // 10
 */
export function planToTable(given: Plan, givenOptions: PlanTableOptions = {}): PlanSheet {
  const options = readPlanOptions(givenOptions) as PlanTableOptions;
  // a plan not made by definePlan is defined here: checked, its parent's targets merged, as the table expects
  const plan = isDefinedPlan(given) ? given : definePlan(given, options.plans ? { plans: options.plans } : {});
  const lang = options.lang ?? 'vi';
  const parent = plan.extends === undefined ? undefined : resolveParent(plan.extends, options.plans);
  const inherited = parent
    ? inheritedTargets(parent, {
        jurisdiction: plan.jurisdiction.level,
        period: plan.period,
        inherit: plan.inherit ?? 'level',
        indicators: plan.indicators ?? [],
      })
    : [];
  const issuer = plan.source.issuer;
  const details: Details = {
    id: plan.id,
    title: plan.title.vi,
    ...(plan.title.untranslated ? {} : { titleEn: plan.title.en }),
    issuer: plan.issuer,
    ...(issuer && !issuer.untranslated && issuer.en !== issuer.vi ? { issuerEn: issuer.en } : {}),
    ...(plan.source.number !== null ? { number: plan.source.number } : {}),
    ...((plan.date ?? plan.source.date) !== undefined ? { date: (plan.date ?? plan.source.date)! } : {}),
    level: plan.jurisdiction.level,
    jurisdiction: plan.jurisdiction.name,
    period: plan.period,
    ...(plan.extends !== undefined ? { extends: plan.extends } : {}),
    ...(plan.inherit !== undefined ? { inherit: plan.inherit } : {}),
  };
  return writeSheet(details, plan, plan.targets, parent, inherited, lang);
}

/**
 * A template for a new plan extending `extends`: the details to fill in
 * (parent, level, period already written), and the parent's targets measured
 * at `level` or below, each with the parent's value and source, for an
 * official to change, delete or add to in a spreadsheet. Without `level`,
 * every target of the parent, and the level left to fill in.
 *
 * @param givenOptions - the parent, the level, the language
 * @returns the sheet
 * @throws XhhtError `unknown-plan` for an unknown parent id
 * @example
 * const sheet = planTemplate({ extends: 'qd-1373', level: 'commune' });
 * sheet.rows.length - sheet.headerRow - 1; // 6 rows: the commune-level indicators of Decision 1373
 */
export function planTemplate(givenOptions: PlanTemplateOptions): PlanSheet {
  const options = objectArg(givenOptions, 'options', [], isDefinedPlan) as unknown as PlanTemplateOptions;
  readPlanOptions(options);
  const lang = options.lang ?? 'vi';
  const base = options.extends;
  const parent =
    typeof base === 'string'
      ? resolveParent(base, options.plans)
      : isDefinedPlan(base)
        ? base
        : definePlan(base, options.plans ? { plans: options.plans } : {});
  if (options.level !== undefined) oneOfArg(options.level, JURISDICTION_LEVELS, 'level');
  if (options.inherit !== undefined) oneOfArg(options.inherit, ['level', 'all'] as const, 'inherit');
  const inherit: PlanInherit = options.level === undefined ? 'all' : (options.inherit ?? 'level');
  const targets =
    options.level === undefined
      ? parent.targets
      : inheritedTargets(parent, { jurisdiction: options.level, period: parent.period, inherit, indicators: [] });
  const details: Details = {
    ...(options.level !== undefined ? { level: options.level } : {}),
    period: parent.period,
    extends: parent.id,
    inherit,
  };
  return writeSheet(details, null, targets, parent, targets, lang);
}
