/**
 * Commune files for `xhht assess-communes`: one commune per CSV row with its
 * counts (the fields of COUNT_GROUPS, e.g. `age15to60.literateLevel2`) and
 * yes/no conditions, or a JSON array of commune records.
 */
import type { IssuePath } from '../errors.js';
import { COUNT_GROUPS } from '../standards/fields.js';
import type { CommuneRecord } from '../standards/model.js';
import { REGIMES } from '../standards/regimes.js';
import { STANDARDS } from '../standards/standards.js';
import { parseViCount } from '../vi/number.js';
import { parseYesNo } from './cells.js';
import type { CsvDelimiter } from './csv.js';
import { InputError, fromError, jsonPath, type Diagnostic } from './diagnostics.js';
import { squashHeader } from './headers.js';
import { parseJsonFile } from './json.js';
import type { RowProgress } from './observations.js';
import { readCsvFile } from './csv-file.js';

/**
 * Communes read from a file, and where each came from.
 *
 * @example
 * const f: CommuneFile = readCommunesJson('[]', 'a.json');
 * f.communes; // []
 */
export interface CommuneFile {
  readonly communes: readonly CommuneRecord[];
  readonly rows: number;
  readonly diagnostics: readonly Diagnostic[];
  /** Where commune `index` (and the field at `path`, e.g. `['counts', 'age5', 'total']`) is in the file. */
  locate(index: number, path?: IssuePath): { readonly line?: number; readonly field?: string };
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
      { severity: 'error', code: 'invalid-json', file, message: 'expected an array of communes or an object with "communes": [...]', messageVi: 'cần một mảng xã hoặc đối tượng có "communes": [...]' },
    ]);
  }
  const prefix: IssuePath = bare ? [] : ['communes'];
  return { communes: list as CommuneRecord[], rows: list.length, diagnostics: [], locate: (index, path = []) => ({ field: jsonPath([...prefix, index, ...path]) }) };
}

/**
 * The columns of a commune CSV that place and name a commune.
 *
 * @example
 * const c: PlaceColumn = 'province';
 */
export type PlaceColumn = 'id' | 'unit' | 'name' | 'district' | 'province' | 'especiallyDifficult' | 'ignored';

/**
 * The headers each place column of a commune CSV accepts (compared without
 * case, marks, spaces or punctuation). Count and condition columns are named
 * by their field (`age15to60.total`, `conditions.xmc.enoughTeachers`).
 * docs/cli-columns.md is generated from this table.
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
  ignored: ['STT', 'No.', 'note', 'notes', 'ghi chú'],
};

/** A column of the commune file: a place field, a count, or a condition. */
type Target =
  | { readonly kind: 'place'; readonly key: PlaceColumn }
  | { readonly kind: 'count'; readonly group: string; readonly key: string }
  | { readonly kind: 'condition'; readonly inputKey: string; readonly condition: string };

/** Every accepted squashed header → its column. */
const COLUMNS: ReadonlyMap<string, Target> = (() => {
  const m = new Map<string, Target>();
  for (const [key, spellings] of Object.entries(COMMUNE_PLACE_COLUMNS) as [PlaceColumn, readonly string[]][]) for (const s of spellings) m.set(squashHeader(s), { kind: 'place', key });
  for (const g of COUNT_GROUPS) for (const f of g.fields) m.set(squashHeader(`${g.group}.${f.key}`), { kind: 'count', group: g.group, key: f.key });
  for (const regime of Object.values(REGIMES)) {
    for (const rule of regime.rules) {
      if (rule.kind !== 'condition') continue;
      const inputKey = STANDARDS[rule.standard].inputKey;
      const target: Target = { kind: 'condition', inputKey, condition: rule.condition };
      for (const prefix of [`conditions.${inputKey}`, inputKey, rule.standard]) m.set(squashHeader(`${prefix}.${rule.condition}`), target);
    }
  }
  return m;
})();

const pathKey = (t: Target): string =>
  t.kind === 'place' ? t.key : t.kind === 'count' ? `counts.${t.group}.${t.key}` : `conditions.${t.inputKey}.${t.condition}`;

/**
 * Reads a CSV commune file. Columns: `id` (mã) and/or `unit` (đơn vị) and/or
 * `name` (tên); `province` (tỉnh); `district` (huyện, needed under nd20-2014);
 * `especially-difficult` (ĐBKK: có/không); counts named by their field
 * (`age15to60.total`, `age15to60.literateLevel2`, `age5.attending`…) with
 * Vietnamese-formatted numbers; conditions as `conditions.xmc.enoughTeachers`
 * (or `xmc.enoughTeachers`) with có/không. Empty cells are missing data: the
 * checks that need them are undetermined, never passed or failed.
 *
 * @param text - the file's text
 * @param file - its name, for messages
 * @param options - `delimiter`, `province` (for rows without one), `progress`
 * @throws InputError `invalid-csv` for a malformed file or no id/unit/name column
 * @example
 * const f = readCommunesCsv('unit;province;age15to60.total;age15to60.literateLevel2\nĐăk Cấm;quang-ngai;19.747;19.739\n', 'c.csv');
 * f.communes[0]; // { id: 'Đăk Cấm', name: 'Đăk Cấm', province: 'quang-ngai', counts: { age15to60: { total: 19747, literateLevel2: 19739 } } }
 */
export function readCommunesCsv(
  text: string,
  file: string,
  options: { readonly delimiter?: CsvDelimiter; readonly province?: string; readonly progress?: RowProgress } = {},
): CommuneFile {
  const { header, records } = readCsvFile(text, file, options.delimiter);
  const diagnostics: Diagnostic[] = [];
  const targets: (Target | null)[] = [];
  const seen = new Map<string, string>();
  for (const h of header.fields) {
    const t = COLUMNS.get(squashHeader(h)) ?? null;
    if (t === null && h.trim() !== '') {
      diagnostics.push({ severity: 'warning', code: 'invalid-csv', file, line: header.line, field: h, message: 'unknown column, ignored', messageVi: 'cột không xác định, bỏ qua' });
    }
    if (t !== null && !(t.kind === 'place' && t.key === 'ignored')) {
      const prev = seen.get(pathKey(t));
      if (prev !== undefined) {
        throw new InputError([
          {
            severity: 'error',
            code: 'invalid-csv',
            file,
            line: header.line,
            field: h,
            message: `two columns for ${pathKey(t)}: ${JSON.stringify(prev)} and ${JSON.stringify(h)}`,
            messageVi: `hai cột cho ${pathKey(t)}: ${JSON.stringify(prev)} và ${JSON.stringify(h)}`,
          },
        ]);
      }
      seen.set(pathKey(t), h);
    }
    targets.push(t);
  }
  if (!seen.has('id') && !seen.has('unit') && !seen.has('name')) {
    throw new InputError([
      {
        severity: 'error',
        code: 'invalid-csv',
        file,
        line: header.line,
        message: 'no "unit" (đơn vị), "id" or "name" column to name the communes',
        messageVi: 'không có cột "đơn vị" (unit), "mã" (id) hoặc "tên" (name) để gọi tên các xã',
      },
    ]);
  }

  const communes: CommuneRecord[] = [];
  const refs: { line: number }[] = [];
  const total = records.length - 1;
  for (let r = 1; r < records.length; r++) {
    options.progress?.(r - 1, total);
    const rec = records[r]!;
    if (rec.fields.every((f) => f.trim() === '')) continue;
    const problems: Diagnostic[] = [];
    let extra = false;
    const place: Partial<Record<PlaceColumn, string>> = {};
    let especiallyDifficult: boolean | undefined;
    const counts: Record<string, Record<string, number>> = {};
    const conditions: Record<string, Record<string, boolean>> = {};
    rec.fields.forEach((raw, c) => {
      const value = raw.trim();
      const t = targets[c];
      if (value === '') return;
      if (t === undefined) {
        // one problem per row for extra fields, however many there are
        if (extra) return;
        extra = true;
        problems.push({
          severity: 'error',
          code: 'invalid-csv',
          file,
          line: rec.line,
          message: `${rec.fields.length} fields, but the header has ${header.fields.length}; quote a field that contains the delimiter`,
          messageVi: `có ${rec.fields.length} trường nhưng dòng tiêu đề có ${header.fields.length}; trường chứa dấu phân cách phải đặt trong dấu nháy`,
        });
        return;
      }
      if (t === null) return;
      try {
        if (t.kind === 'place') {
          if (t.key === 'especiallyDifficult') especiallyDifficult = parseYesNo(value);
          else if (t.key !== 'ignored') place[t.key] = value;
        } else if (t.kind === 'count') {
          (counts[t.group] ??= {})[t.key] = parseViCount(value);
        } else {
          (conditions[t.inputKey] ??= {})[t.condition] = parseYesNo(value);
        }
      } catch (e) {
        problems.push(fromError(e, file, header.fields[c], rec.line));
      }
    });
    if (problems.length > 0) {
      diagnostics.push(...problems);
      continue;
    }
    const id = place.id ?? place.unit ?? place.name;
    const name = place.name ?? place.unit;
    const province = place.province ?? options.province;
    communes.push({
      // rollUp reports a missing id or province as an issue of this row
      id: id as string,
      ...(name !== undefined ? { name } : {}),
      province: province as string,
      ...(place.district !== undefined ? { district: place.district } : {}),
      ...(especiallyDifficult !== undefined ? { especiallyDifficult } : {}),
      counts,
      ...(Object.keys(conditions).length > 0 ? { conditions } : {}),
    });
    refs.push({ line: rec.line });
  }
  options.progress?.(total, total);
  const headerOf = new Map<string, string>();
  targets.forEach((t, c) => {
    if (t) headerOf.set(pathKey(t), header.fields[c]!);
  });
  // the id may come from the unit or name column
  const idHeader = headerOf.get('id') ?? headerOf.get('unit') ?? headerOf.get('name');
  if (idHeader !== undefined) headerOf.set('id', idHeader);
  return {
    communes,
    rows: total,
    diagnostics,
    locate: (index, path = []) => {
      const ref = refs[index];
      if (!ref) return {};
      if (path.length === 0) return { line: ref.line };
      const key = path.join('.');
      return { line: ref.line, field: headerOf.get(key) ?? (path[0] === 'province' ? 'province' : jsonPath(path)) };
    },
  };
}
