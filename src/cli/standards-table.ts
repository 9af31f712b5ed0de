/**
 * The result of a standards roll-up as a listing: one row per commune,
 * district and province with the level met of each standard, the rates the
 * levels were decided on, and the national shares of provinces. Formatting
 * only: every level and every rate comes from rollUp.
 */
import type { Lang } from '../report/labels.js';
import { say } from '../messages/say.js';
import { CLI } from '../messages/sections.js';
import { formatPercent } from '../report/numbers.js';
import type { StandardId } from '../standards/model.js';
import type {
  CommuneAssessment,
  ShareCheck,
  StandardAssessment,
  StandardResults,
  UnitAssessment,
} from '../standards/result.js';
import type { RollUpResult } from '../standards/rollup.js';
import { REGIMES } from '../standards/regimes.js';
import { releaseDetails } from '../standards/evaluate.js';
import { STANDARDS } from '../standards/standards.js';
import type { SimpleTable } from './columns.js';
import { fieldLabel } from './field-labels.js';
import type { AdminTier } from '../standards/rule.js';
import {
  authorityText,
  compactRecognition,
  recognitionCell,
  recognitionsOf,
  type RecognitionLookup,
} from './recognition.js';

const TIERS = {
  commune: { vi: 'xã', en: 'commune' },
  district: { vi: 'huyện', en: 'district' },
  province: { vi: 'tỉnh', en: 'province' },
} as const;

/**
 * A level as a cell: "2", "0" (no level met), "0–2?" (undetermined: missing
 * counts or unanswered conditions), "*" when an unverified rule could change it.
 *
 * @example
 * levelCell({ level: 'unknown', minLevel: 0, maxLevel: 2, provisional: false }); // '0–2?'
 */
function levelCell(s: Pick<StandardAssessment, 'level' | 'minLevel' | 'maxLevel' | 'provisional'> | undefined): string {
  if (!s) return '';
  const level = s.level === 'unknown' ? `${s.minLevel}–${s.maxLevel}?` : String(s.level);
  return `${level}${s.provisional ? '*' : ''}`;
}

/**
 * What the file adds to a roll-up row: the commune's line (CSV input) and the
 * problems found with it, each one line of text in the report language.
 *
 * @example
 * const rows: RowNotes = { line: (i) => i + 2, problems: () => [] };
 */
export interface RowNotes {
  /** The line of commune `index` in the file; absent for JSON input. */
  readonly line?: (index: number) => number | undefined;
  /** The problems of commune `index` (read errors, rejected dossier, repeated id…). */
  readonly problems?: (index: number) => readonly string[];
}

/**
 * The shares a commune's levels were decided on, each once (a share checked at
 * several levels, or by several standards, is one column), with the rate the
 * library gave each check ("99.96"): share key → label, first place met
 * (standard, level, check), and the rates.
 */
interface ShareRates {
  readonly label: string;
  readonly order: readonly [number, number, number];
  readonly rates: Set<string>;
}

/** Key of a share, by the fields it is made of. The field lists are the rules' own, so a cache by list is exact. */
function shareKeyer(): (c: ShareCheck) => string {
  const cache = new Map<readonly string[], Map<string, string>>();
  return (c) => {
    let byDenominator = cache.get(c.numeratorFields);
    if (!byDenominator) {
      byDenominator = new Map();
      cache.set(c.numeratorFields, byDenominator);
    }
    let key = byDenominator.get(c.denominatorField);
    if (key === undefined) {
      key = `${c.numeratorFields.join('+')}/${c.denominatorField}`;
      byDenominator.set(c.denominatorField, key);
    }
    return key;
  };
}

/** The measured shares of one commune, in one pass over its checks. */
function communeShares(
  c: CommuneAssessment,
  standards: readonly StandardId[],
  lang: Lang,
  keyOf: (c: ShareCheck) => string,
): Map<string, ShareRates> {
  const out = new Map<string, ShareRates>();
  standards.forEach((s, si) => {
    (c.standards[s]?.levels ?? []).forEach((l, li) => {
      l.checks.forEach((check, ci) => {
        if (check.kind !== 'share') return;
        const key = keyOf(check);
        let entry = out.get(key);
        if (!entry) {
          entry = { label: lang === 'vi' ? check.labelVi : check.label, order: [si, li, ci], rates: new Set() };
          out.set(key, entry);
        }
        // each check carries its own honest rate; when two minimums gave the same share different texts, both are shown
        if (check.rate !== null) entry.rates.add(check.rate);
      });
    });
  });
  return out;
}

const before = (a: readonly number[], b: readonly number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;

/** Who recognises each level of a standard at a tier, from the regime's data (for results without level details). */
function lookup(result: RollUpResult, standard: StandardId, tier: AdminTier): RecognitionLookup {
  const list = REGIMES[result.regime].recognition;
  return (level) => list.find((r) => r.standard === standard && r.tier === tier && r.level === level);
}

/**
 * The standards a roll-up assessed (a `--standards` choice plus what they
 * depend on), in the regime's order.
 *
 * @example
 * assessedStandards(rollUp(communes, { regime: 'nd20-2014', standards: ['pcgd-thcs'] }));
 * // ['xmc', 'pcgd-th', 'pcgd-thcs']
 */
export function assessedStandards(result: RollUpResult): StandardId[] {
  const assessed = new Set(result.communes.flatMap((c) => Object.keys(c.standards)));
  return REGIMES[result.regime].standards.filter((s) => assessed.size === 0 || assessed.has(s));
}

/**
 * The roll-up as one table (communes, then districts, then provinces): per
 * commune its line in the file (when `notes.line` is given), the level of each
 * standard and who recognises it, the rate of every share the levels were
 * decided on, every missing field by its label, and its problems; per district
 * and province the level, who recognises it, and the lower units it could not
 * decide on. Who recognises is one column per standard with full names, or one
 * compact column with short names (`compact`, for a terminal).
 *
 * @param result - from rollUp
 * @param lang - language of headings and labels
 * @param notes - lines and problems of the communes, from the file
 * @param options - `compact`: one short "who recognises" column
 * @example
 * standardsTable(rollUp(communes, { regime: 'nd142-2025' }), 'vi').header.slice(0, 4); // ['Cấp', 'Mã', 'Tên', 'ĐBKK']
 */
export function standardsTable(
  result: RollUpResult,
  lang: Lang,
  notes: RowNotes = {},
  options: { readonly compact?: boolean } = {},
): SimpleTable {
  const vi = lang === 'vi';
  const compact = options.compact === true;
  const standards = assessedStandards(result);
  const keyOf = shareKeyer();
  // each level, and who recognises it: beside it, or all in one compact column after the levels
  const levels = (r: StandardResults, tier: AdminTier) =>
    compact
      ? [
          ...standards.map((s) => levelCell(r[s])),
          compactRecognition(
            standards.map((s) => ({
              short: STANDARDS[s].short,
              cell: recognitionCell(r[s], lang, false, lookup(result, s, tier)),
            })),
          ),
        ]
      : standards.flatMap((s) => [levelCell(r[s]), recognitionCell(r[s], lang, true, lookup(result, s, tier))]);
  // what each commune's row needs of its details, read once; the details are then let go (built
  // on first read, they are the bulk of a commune's result: kept, 100,000 communes take gigabytes)
  // one column per share met anywhere, in the order of the standards, levels and checks
  const columns = new Map<string, ShareRates>();
  const communes = result.communes.map((c) => {
    const measured = communeShares(c, standards, lang, keyOf);
    const levelCells = levels(c.standards, 'commune');
    releaseDetails(c);
    // each share's cell, by its key
    const rates = new Map<string, string>();
    for (const [key, e] of measured) {
      if (!columns.has(key) || before(e.order, columns.get(key)!.order) < 0) columns.set(key, e);
      rates.set(key, [...e.rates].map((r) => formatPercent(r, lang)).join(' / '));
    }
    return { rates, levelCells };
  });
  const shares = [...columns]
    .sort((a, b) => before(a[1].order, b[1].order) || (a[0] < b[0] ? -1 : 1))
    .map(([key, e]) => ({ key, label: e.label }));
  const withLine = notes.line !== undefined;
  const header = [
    vi ? 'Cấp' : 'Tier',
    ...(withLine ? [vi ? 'Dòng' : 'Line'] : []),
    ...(vi ? ['Mã', 'Tên', 'ĐBKK'] : ['Id', 'Name', 'Esp. difficult']),
    ...(compact
      ? [...standards.map((s) => STANDARDS[s].short), vi ? 'Công nhận' : 'Recognised by']
      : standards.flatMap((s) => [
          STANDARDS[s].short,
          vi ? `Công nhận ${STANDARDS[s].short}` : `Recognised by (${STANDARDS[s].short})`,
        ])),
    ...shares.map((c) => `% ${c.label}`),
    vi ? 'Thiếu số liệu' : 'Missing',
    vi ? 'Vấn đề' : 'Problems',
  ];
  const rows: string[][] = [];
  result.communes.forEach((c, i) => {
    const line = notes.line?.(i);
    rows.push([
      TIERS.commune[lang],
      ...(withLine ? [line === undefined ? '' : String(line)] : []),
      c.id ?? '',
      c.name ?? '',
      c.especiallyDifficult ? (vi ? 'có' : 'yes') : '',
      ...communes[i]!.levelCells,
      ...shares.map((s) => communes[i]!.rates.get(s.key) ?? ''),
      c.missing.map((f) => fieldLabel(f, lang)).join('; '),
      (notes.problems?.(i) ?? []).join('; '),
    ]);
  });
  for (const u of [...result.districts, ...result.provinces]) {
    const units = vi ? `${u.units} đơn vị` : `${u.units} units`;
    const open = undecided(u, standards);
    rows.push([
      TIERS[u.tier][lang],
      ...(withLine ? [''] : []),
      u.id ?? '',
      u.province !== undefined ? `${u.province} — ${units}` : units,
      '',
      ...levels(u.standards, u.tier),
      ...shares.map(() => ''),
      '',
      open.length > 0 ? `${vi ? 'chưa xác định' : 'undetermined'}: ${open.join(', ')}` : '',
    ]);
  }
  return { header, rows };
}

/** The lower units that keep a level of the unit open, each once, sorted (none when every level is decided). */
function undecided(u: UnitAssessment, standards: readonly StandardId[]): string[] {
  const ids = new Set<string>();
  for (const s of standards) {
    for (const l of u.standards[s]?.levels ?? []) {
      if (l.met !== 'unknown') continue;
      for (const c of l.checks)
        if (c.kind === 'rollup' && c.status === 'unknown') for (const id of c.undeterminedUnits) ids.add(id);
    }
  }
  return [...ids].sort();
}

/**
 * The national lines: per standard and level, provinces recognised for
 * certain and at most (when some are undetermined), with the legend.
 *
 * @example
 * nationalLines(result, 'en')[0]; // 'Literacy, level 1: 1 of 1 provinces for certain, at most 1'
 */
export function nationalLines(result: RollUpResult, lang: Lang): string[] {
  const lines: string[] = [];
  for (const [, levels] of Object.entries(result.national.standards)) {
    for (const l of levels ?? []) {
      const label = { en: l.label, vi: l.labelVi };
      const mark = l.provisional ? '*' : '';
      const [certain, possible, d] = [l.certain.numerator, l.possible.numerator, l.certain.denominator];
      lines.push(say(CLI, 'summary.national-level', { label, mark, certain, possible, d })[lang]);
    }
  }
  return lines;
}

/**
 * The legend under the table.
 *
 * @example
 * legend('en');
 * // 'Levels: 2 = level met, 0 = none, 0–2? = undetermined (missing counts, …), * = provisional … Recognised by: …'
 */
export function legend(lang: Lang): string {
  return say(CLI, 'summary.standards-legend')[lang];
}

/**
 * The sources of the authorities the table names, one line each (tier,
 * authority, document and article), so a reader of the dossier can check them.
 *
 * @example
 * recognitionLines(result, 'vi')[0];
 * // 'xã: chưa xác định* — Nghị định 142/2025/NĐ-CP ngày 12/06/2025 của Chính phủ, chưa xác định điều'
 */
export function recognitionLines(result: RollUpResult, lang: Lang): string[] {
  const standards = assessedStandards(result);
  const seen = new Map<string, { order: number; text: string }>();
  const order = { commune: 0, district: 1, province: 2 } as const;
  for (const u of [...result.communes, ...result.districts, ...result.provinces]) {
    for (const s of standards) {
      for (const r of recognitionsOf(u.standards[s], lookup(result, s, u.tier))) {
        const text =
          `${TIERS[r.tier][lang]}: ${authorityText(r, lang, true)} ` + `— ${r.source.document}, ${r.source.article}`;
        if (!seen.has(text)) seen.set(text, { order: order[r.tier], text });
      }
    }
    // a commune's details, built to be read here, are let go (see standardsTable)
    releaseDetails(u);
  }
  return [...seen.values()]
    .sort((a, b) => a.order - b.order || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .map((x) => x.text);
}
