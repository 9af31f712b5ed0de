/**
 * Commune files for `xhht assess-communes`: one commune per CSV row with its
 * counts (the fields of COUNT_GROUPS, e.g. `age15to60.literateLevel2`) and
 * yes/no conditions, or a JSON array of commune records.
 */
import type { IssuePath } from '../errors.js';
import { COUNT_GROUPS, type CountField } from '../standards/fields.js';
import type { CommuneRecord } from '../standards/model.js';
import { REGIMES } from '../standards/regimes.js';
import { STANDARDS } from '../standards/standards.js';
import { parseCountCell, parseYesNo } from './cells.js';
import { InputError, fromError, jsonPath, type Diagnostic } from './diagnostics.js';
import { COUNT_COLUMN_ALIASES, columnKey } from './count-columns.js';
import { headerWords } from './headers.js';
import { parseJsonFile } from './json.js';
import type { RowProgress } from './observations.js';
import { keptTexts } from './kept-texts.js';
import {
  fieldCountProblem,
  cellText,
  lineIndex,
  twoColumns,
  isBlankCell,
  type Table,
  type TableCell,
  type TableHead,
  type TableRecord,
} from './table.js';
import type { TableStream } from './table-stream.js';
import { didYouMean } from './suggest.js';
import { say, messageFields } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

/**
 * Communes read from a file, and where each came from. Every data row is a
 * commune, even one that could not be read: its unreadable cells are passed on
 * as the text written (so rollUp rejects the commune and counts it as
 * undetermined), and a row whose cells cannot be trusted at all is `null`.
 *
 * @example
 * const f: CommuneFile = readCommunesJson('[]', 'a.json');
 * f.communes; // []
 */
export interface CommuneFile {
  readonly communes: readonly (CommuneRecord | null)[];
  readonly rows: number;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Where commune `index` (and the field at `path`, e.g. `['counts', 'age5', 'total']`) is in the file: its line (CSV)
   * or cell (sheet) and column.
   */
  locate(index: number, path?: IssuePath): { readonly line?: number; readonly cell?: string; readonly field?: string };
  /** True when an issue of rollUp about commune `index` at `path` repeats a problem already reported while reading. */
  reportedWhileReading(index: number, path: IssuePath): boolean;
  /** The index of the commune read from the row at `line` of a table; `undefined` for none (or a JSON file). */
  indexOfLine?(line: number): number | undefined;
}

/**
 * Reads a JSON commune file: an array of commune records (`{ id, name?,
 * province, district?, especiallyDifficult?, counts, conditions? }`) or
 * `{ "communes": [...] }`. Records are passed on as written; the standards
 * code checks them.
 *
 * @param text - the file's text
 * @param file - its name, for messages
 * @throws InputError `invalid-json`
 * @example
 * readCommunesJson('{"communes": []}', 'a.json').rows; // 0
 */
export function readCommunesJson(text: string, file: string): CommuneFile {
  const data = parseJsonFile(text, file);
  const bare = Array.isArray(data);
  const list = bare ? data : (data as { communes?: unknown } | null)?.communes;
  if (!Array.isArray(list)) {
    throw new InputError([
      {
        severity: 'error',
        code: 'invalid-json',
        file,
        ...messageFields(say(CLI, 'invalid-json.not-communes')),
      },
    ]);
  }
  const prefix: IssuePath = bare ? [] : ['communes'];
  return {
    communes: list as CommuneRecord[],
    rows: list.length,
    diagnostics: [],
    locate: (index, path = []) => ({ field: jsonPath([...prefix, index, ...path]) }),
    reportedWhileReading: () => false,
  };
}

/**
 * The columns of a commune CSV that place and name a commune.
 *
 * @example
 * const c: PlaceColumn = 'province';
 */
export type PlaceColumn = 'id' | 'unit' | 'name' | 'district' | 'province' | 'especiallyDifficult' | 'ignored';

/**
 * The headers each place column of a commune CSV accepts (compared by
 * `columnKey`: without case, marks, spaces or punctuation). Count columns are
 * named by their field (`age15to60.total`) or a Vietnamese header of
 * `COUNT_COLUMN_ALIASES`, conditions by their field
 * (`conditions.xmc.enoughTeachers`). docs/cli-columns.md is generated from
 * these tables.
 *
 * @example
 * COMMUNE_PLACE_COLUMNS.province; // ['province', 'tỉnh', 'mã tỉnh']
 */
export const COMMUNE_PLACE_COLUMNS: Readonly<Record<PlaceColumn, readonly string[]>> = {
  id: ['id', 'mã', 'mã xã', 'mã đơn vị'],
  unit: ['unit', 'đơn vị', 'xã', 'phường xã', 'xã phường', 'commune'],
  name: ['name', 'tên', 'tên xã', 'tên đơn vị'],
  district: ['district', 'huyện', 'mã huyện'],
  province: ['province', 'tỉnh', 'mã tỉnh'],
  especiallyDifficult: ['especially-difficult', 'ĐBKK', 'xã ĐBKK', 'đặc biệt khó khăn', 'xã đặc biệt khó khăn'],
  ignored: ['STT', 'TT', 'Số TT', 'No.', 'note', 'notes', 'ghi chú'],
};

/** A column of the commune file: a place field, a count, or a condition. */
type Target =
  | { readonly kind: 'place'; readonly key: PlaceColumn }
  | { readonly kind: 'count'; readonly group: string; readonly key: string }
  | { readonly kind: 'condition'; readonly inputKey: string; readonly condition: string };

/** Every accepted header, by its {@link columnKey}, → its column, and the headers as written for suggestions. */
const { COLUMNS, KNOWN_HEADERS } = (() => {
  const m = new Map<string, Target>();
  const known: string[] = [];
  const add = (header: string, target: Target) => {
    m.set(columnKey(header), target);
    known.push(header);
  };
  for (const [key, spellings] of Object.entries(COMMUNE_PLACE_COLUMNS) as [PlaceColumn, readonly string[]][])
    for (const s of spellings) add(s, { kind: 'place', key });
  for (const g of COUNT_GROUPS) {
    for (const f of g.fields) {
      const target: Target = { kind: 'count', group: g.group, key: f.key };
      const field = `${g.group}.${f.key}` as CountField;
      add(field, target);
      for (const alias of COUNT_COLUMN_ALIASES[field]) add(alias, target);
    }
  }
  for (const regime of Object.values(REGIMES)) {
    for (const rule of regime.rules) {
      if (rule.kind !== 'condition') continue;
      const inputKey = STANDARDS[rule.standard].inputKey;
      const target: Target = { kind: 'condition', inputKey, condition: rule.condition };
      for (const prefix of [`conditions.${inputKey}`, inputKey, rule.standard])
        add(`${prefix}.${rule.condition}`, target);
    }
  }
  return { COLUMNS: m as ReadonlyMap<string, Target>, KNOWN_HEADERS: [...new Set(known)] as readonly string[] };
})();

/** A header that names a rate: "Tỷ lệ …", "… (%)", "percent", "rate". */
function isRateHeader(header: string): boolean {
  return header.includes('%') || /^(?:t[yi] le|rate|percent|percentage)(?: |$)/.test(headerWords(header));
}

const pathKey = (t: Target): string =>
  t.kind === 'place'
    ? t.key
    : t.kind === 'count'
      ? `counts.${t.group}.${t.key}`
      : `conditions.${t.inputKey}.${t.condition}`;

/**
 * Options of {@link readCommunesTable}.
 *
 * @example
 * const o: CommuneTableOptions = { province: 'quang-ngai', ignoreUnknownColumns: true };
 */
export interface CommuneTableOptions {
  /** The province of rows that name none. */
  readonly province?: string;
  readonly progress?: RowProgress;
  /** A header that names no column is a warning instead of an `unknown-column` error. */
  readonly ignoreUnknownColumns?: boolean;
}

/**
 * Reads communes from a table: a CSV file or a sheet of a workbook, one
 * commune per row. Columns: `id` (mã) and/or `unit` (đơn vị) and/or
 * `name` (tên); `province` (tỉnh); `district` (huyện, needed under nd20-2014);
 * `especially-difficult` (ĐBKK: có/không); counts named by their field
 * (`age15to60.total`, `age15to60.literateLevel2`, `age5.attending`…) or by a
 * Vietnamese header of {@link COUNT_COLUMN_ALIASES} ("Số người 15-60 tuổi"),
 * with Vietnamese-formatted numbers ("19.739", also "19.739,00") or number
 * cells; conditions as `conditions.xmc.enoughTeachers` (or `xmc.enoughTeachers`)
 * with có/không; `STT`/`TT` and notes are ignored. Empty cells are missing
 * data: the checks that need them are undetermined, never passed or failed.
 *
 * Every data row becomes a commune (see {@link CommuneFile}): a cell that
 * cannot be read is a diagnostic with its line (CSV) or cell (`Sheet1!D7`) and
 * column, and the commune keeps the text so that it is counted, undetermined,
 * in every roll-up.
 *
 * @param table - `tableOf` the records of a CSV file (`csvRecords`) or of a workbook sheet (`readSheetRecords`)
 * @param options - `province` (for rows without one), `progress`, `ignoreUnknownColumns`
 * @throws InputError (`invalid-csv` for a CSV file, `invalid-xlsx` for a sheet) for two columns of one field or no
 * id/unit/name column; `unknown-column` for a header that names no column, unless `ignoreUnknownColumns` (then a
 * warning)
 * @example
 * const f = readCommunesTable(
 *   tableOf(csvRecords('unit;province;age15to60.total\nĐăk Cấm;quang-ngai;19.747\n', 'c.csv')),
 * );
 * f.communes[0]; // { id: 'Đăk Cấm', name: 'Đăk Cấm', province: 'quang-ngai', counts: { age15to60: { total: 19747 } } }
 */
export function readCommunesTable(table: Table, options: CommuneTableOptions = {}): CommuneFile {
  const reader = communeRows(table, options);
  const total = table.rows.length;
  table.rows.forEach((rec, r) => {
    options.progress?.(r, total);
    reader.add(rec);
  });
  options.progress?.(total, total);
  return reader.finish(total);
}

/**
 * Reads communes from a CSV file as it is read (see `csvTableStream`), as
 * {@link readCommunesTable} reads a table: the same columns, checks and
 * diagnostics; only each commune's record, line and unreadable cells are kept
 * of a row.
 *
 * @param stream - the table, its rows still to be read
 * @param options - as {@link readCommunesTable}, but `progress` is called after each batch of rows with the rows read
 * so far
 * @throws InputError as {@link readCommunesTable}, and for a file that stops being readable
 * @example
 * const input = await readCommunesStream(await csvTableStream(decodePieces(file.pieces), 'xa.csv'));
 * input.rows; // 100000
 */
export async function readCommunesStream(
  stream: TableStream,
  options: Omit<CommuneTableOptions, 'progress'> & { readonly progress?: (rows: number) => void } = {},
): Promise<CommuneFile> {
  const { progress, ...rest } = options;
  const reader = communeRows(stream, rest);
  let total = 0;
  for await (const batch of stream.batches) {
    for (const rec of batch) reader.add(rec);
    total += batch.length;
    progress?.(total);
  }
  return reader.finish(total);
}

/** Nothing could not be read: shared by the communes read whole. */
const ALL_READ: ReadonlySet<string> = new Set();

/** The reader of a commune table's rows, one at a time: `add` reads a row, `finish` gives the file as read. */
function communeRows(
  table: TableHead,
  options: Omit<CommuneTableOptions, 'progress'>,
): { add(rec: TableRecord): void; finish(rows: number): CommuneFile } {
  const { file, header } = table;
  const code = table.sheet === undefined ? 'invalid-csv' : 'invalid-xlsx';
  /** The place of the header row, or of one header cell. */
  const at = (c?: number) => {
    const cell = table.cellRef(header.line, c);
    return { file, line: header.line, ...(cell !== undefined ? { cell } : {}) };
  };
  const diagnostics: Diagnostic[] = [];
  const targets: (Target | null)[] = [];
  // the column of each field, by its path
  const seen = new Map<string, number>();
  const unknown: Diagnostic[] = [];
  header.fields.forEach((h, c) => {
    const t = COLUMNS.get(columnKey(h)) ?? null;
    if (t === null && isRateHeader(h)) {
      // a commune's rate cannot be checked against a standard or rolled up: both need the counts
      unknown.push({
        severity: options.ignoreUnknownColumns ? 'warning' : 'error',
        code: 'rate-not-aggregable',
        ...at(c),
        field: h,
        ...messageFields(
          say(CLI, options.ignoreUnknownColumns ? 'rate-not-aggregable.column-ignored' : 'rate-not-aggregable.column'),
        ),
      });
    } else if (t === null && h.trim() !== '') {
      const hint = didYouMean(h, KNOWN_HEADERS);
      unknown.push({
        severity: options.ignoreUnknownColumns ? 'warning' : 'error',
        code: 'unknown-column',
        ...at(c),
        field: h,
        ...messageFields(
          say(CLI, options.ignoreUnknownColumns ? 'unknown-column.ignored' : 'unknown-column.commune', { hint }),
        ),
      });
    }
    if (t !== null && !(t.kind === 'place' && t.key === 'ignored')) {
      const prev = seen.get(pathKey(t));
      if (prev !== undefined) throw new InputError([twoColumns(table, pathKey(t), prev, c)]);
      seen.set(pathKey(t), c);
    }
    targets.push(t);
  });
  if (unknown.length > 0 && !options.ignoreUnknownColumns) throw new InputError(unknown);
  diagnostics.push(...unknown);
  if (!seen.has('id') && !seen.has('unit') && !seen.has('name')) {
    throw new InputError([
      {
        severity: 'error',
        code,
        ...at(),
        ...messageFields(say(CLI, 'communes.no-unit-column')),
      },
    ]);
  }

  const communes: (CommuneRecord | null)[] = [];
  // per commune: its line, and the paths of the cells that could not be read ('*' for the whole row)
  const lines: number[] = [];
  const unreadOf: ReadonlySet<string>[] = [];
  const keep = keptTexts();
  const add = (rec: TableRecord): void => {
    if (rec.fields.every(isBlankCell)) return;
    // CSV: a field too many, because a delimiter inside an unquoted cell shifted the cells: none can be trusted.
    // A sheet: a value under no header, whose meaning is unknown: the commune is left undetermined all the same.
    const beyond = fieldCountProblem(
      table,
      rec,
      table.sheet === undefined ? say(CLI, 'communes.row-untrusted') : say(CLI, 'communes.row-pending'),
    );
    if (beyond) {
      diagnostics.push(beyond);
      communes.push(null);
      lines.push(rec.line);
      unreadOf.push(new Set(['*']));
      return;
    }
    let unread: Set<string> | undefined;
    const place: Partial<Record<PlaceColumn, string>> = {};
    // a cell that cannot be read keeps its text: the commune is then rejected, and counted as undetermined
    let especiallyDifficult: boolean | string | undefined;
    const counts: Record<string, Record<string, number | string>> = {};
    const conditions: Record<string, Record<string, boolean | string>> = {};
    rec.fields.forEach((raw, c) => {
      const t = targets[c];
      if (isBlankCell(raw) || t === null || t === undefined) return;
      try {
        if (t.kind === 'place') {
          if (t.key === 'especiallyDifficult') especiallyDifficult = parseYesNo(cellText(raw));
          else if (t.key !== 'ignored') place[t.key] = keep(cellText(raw));
        } else if (t.kind === 'count') {
          counts[t.group] ??= {};
          counts[t.group]![t.key] = parseCountCell(cellText(raw, 'number'));
        } else {
          conditions[t.inputKey] ??= {};
          conditions[t.inputKey]![t.condition] = parseYesNo(cellText(raw));
        }
      } catch (e) {
        diagnostics.push(fromError(e, file, header.fields[c], rec.line, table.cellRef(rec.line, c)));
        unread ??= new Set();
        unread.add(pathKey(t));
        // the text as written (an error value as shown): rollUp rejects the commune and counts it as undetermined
        const value = written(raw);
        if (t.kind === 'place') {
          // an id, name or place cell is text whatever it holds; only ĐBKK (or an error value) can fail
          if (t.key === 'especiallyDifficult') especiallyDifficult = value;
          else if (t.key !== 'ignored') place[t.key] = value;
        } else if (t.kind === 'count') {
          counts[t.group] ??= {};
          counts[t.group]![t.key] = value;
        } else {
          conditions[t.inputKey] ??= {};
          conditions[t.inputKey]![t.condition] = value;
        }
      }
    });
    const id = place.id ?? place.unit ?? place.name;
    const name = place.name ?? place.unit;
    const province = place.province ?? options.province;
    // rollUp reports a missing id or province as an issue of this row; the record is built a field
    // at a time (in this order), as a record made by spreads takes three times the memory
    const commune: Record<string, unknown> = { id };
    if (name !== undefined) commune.name = name;
    commune.province = province;
    if (place.district !== undefined) commune.district = place.district;
    if (especiallyDifficult !== undefined) commune.especiallyDifficult = especiallyDifficult;
    commune.counts = counts;
    if (Object.keys(conditions).length > 0) commune.conditions = conditions;
    communes.push(commune as unknown as CommuneRecord);
    lines.push(rec.line);
    unreadOf.push(unread ?? ALL_READ);
  };

  const finish = (total: number): CommuneFile => {
    const columnOf = new Map<string, number>();
    targets.forEach((t, c) => {
      if (t) columnOf.set(pathKey(t), c);
    });
    // the id may come from the unit or name column
    const idColumn = columnOf.get('id') ?? columnOf.get('unit') ?? columnOf.get('name');
    if (idColumn !== undefined) columnOf.set('id', idColumn);
    const cellOf = (line: number, c?: number) => {
      const cell = table.cellRef(line, c);
      return cell === undefined ? {} : { cell };
    };
    return {
      communes,
      rows: total,
      diagnostics,
      locate: (index, path = []) => {
        const line = lines[index];
        if (line === undefined) return {};
        if (path.length === 0) return { line, ...cellOf(line) };
        const c = columnOf.get(path.join('.'));
        if (c !== undefined) return { line, ...cellOf(line, c), field: header.fields[c]! };
        return { line, ...cellOf(line), field: path[0] === 'province' ? 'province' : jsonPath(path) };
      },
      reportedWhileReading: (index, path) => {
        const unread = unreadOf[index];
        return unread !== undefined && (unread.has('*') || unread.has(path.join('.')));
      },
      indexOfLine: (line) => lineIndex(lines, line),
    };
  };
  return { add, finish };
}

/**
 * A cell as written, for a commune that keeps what could not be read: text, a number or date as shown, an error value.
 */
function written(cell: TableCell): string {
  if (typeof cell === 'string') return cell.trim();
  if (cell.kind === 'error') return cell.value;
  return cellText(cell);
}
