import type { Observation } from '../attainment/observation.js';
import { parseViShare } from '../vi/share.js';
import { parseCountCell, parseDateCell, parseYesNo } from './cells.js';
import { InputError, fromError, jsonPath, type Diagnostic } from './diagnostics.js';
import { detach, keptTexts } from './kept-texts.js';
import {
  fieldCountProblem,
  cellText,
  lineIndex,
  twoColumns,
  isBlankCell,
  type CellExpectation,
  type TableHead,
  type TableRecord,
} from './table.js';
import { say, messageFields, type Text, joinText } from '../messages/say.js';
import { COMMON, CLI, NUMBERS } from '../messages/sections.js';
import type { ObservationColumn, ObservationFile } from './observations.js';

/*
 * The data rows of an observation table read one at a time: each row's cells (counts, a share, a
 * rate, a date, the indicator and unit) made into an observation, or into one without a value and
 * a diagnostic naming its line and column; a component column ("trong đó: …") read as a part of
 * the row's observation. Nothing is dropped: the finished file accounts for every row.
 */

const COMPONENT = /^\s*(?:components?|trong\s*(?:đó|do))\s*[.:]\s*(\S(?:.*\S)?)\s*$/iu;

/** Per observation: read from a share cell (numerator and denominator name that column). */
const FROM_SHARE = 1;
/** Per observation: its row could not be read (the library's "no value" repeats the read problems). */
const UNREAD = 2;

/**
 * The reader of an observation table's rows, one at a time: `add` reads a
 * row, `finish` gives the file as read. What is kept of a row is its
 * observation, its line and two flags; texts repeated from row to row (ids,
 * units, dates, sources) are kept once.
 *
 * @example
 * const reader = observationRows(table, keys);
 * for (const rec of table.rows) reader.add(rec);
 * reader.finish(table.rows.length).observations;
 */
export function observationRows(
  table: TableHead,
  keys: readonly (ObservationColumn | null)[],
): { add(rec: TableRecord): void; finish(rows: number): ObservationFile } {
  const { file, header } = table;
  const code = table.sheet === undefined ? 'invalid-csv' : 'invalid-xlsx';
  const diagnostics: Diagnostic[] = [];
  /** The place of the header row, or of one header cell. */
  const at = (c?: number) => ({ file, line: header.line, ...cellOf(table, header.line, c) });
  const components = header.fields.map((h) => COMPONENT.exec(h)?.[1] ?? null);
  const firstOf = new Map<string, number>();
  header.fields.forEach((h, c) => {
    const key = components[c] !== null ? `components.${components[c]}` : keys[c];
    if (key === null || key === undefined) {
      if (h.trim() !== '') {
        diagnostics.push({
          severity: 'warning',
          code,
          ...at(c),
          field: h,
          ...messageFields(say(CLI, 'column.unknown-ignored')),
        });
      }
      return;
    }
    // for people reading the sheet (label and number are read only in an appendix)
    if (key === 'ignored' || key === 'label' || key === 'no') return;
    const prev = firstOf.get(key);
    if (prev !== undefined) throw new InputError([twoColumns(table, key, prev, c)]);
    firstOf.set(key, c);
  });
  if (!firstOf.has('indicator')) {
    throw new InputError([
      {
        severity: 'error',
        code,
        ...at(),
        ...messageFields(
          say(CLI, 'observations.no-indicator-column', { fields: JSON.stringify(header.fields.join(' | ')) }),
        ),
      },
    ]);
  }
  const column = (key: string) => firstOf.get(key);
  const componentColumns = [...firstOf]
    .filter(([k]) => k.startsWith('components.'))
    .map(([k, c]) => [k.slice('components.'.length), c] as const);
  const headerOf = (c: number) => header.fields[c]!;

  // the column each field of an observation came from; numerator and denominator from a share cell name it
  const plainColumns = new Map<string, number>(firstOf);
  const shareColumn = column('share');
  // a rate cell is the observation's `percent`
  const rateColumn = column('rate');
  if (rateColumn !== undefined) plainColumns.set('percent', rateColumn);
  const shareColumns =
    shareColumn === undefined
      ? plainColumns
      : new Map([...plainColumns, ['numerator', shareColumn], ['denominator', shareColumn]]);
  let rateBesideCounts = false;
  const observations: Observation[] = [];
  // per observation: its line, and FROM_SHARE | UNREAD
  const lines: number[] = [];
  const flags: number[] = [];
  const keep = keptTexts();
  // a file's dates are few (its reporting dates): each text is read once
  const dates = new Map<string, string>();
  const date = (text: string): string => {
    let iso = dates.get(text);
    if (iso === undefined) {
      iso = keep(parseDateCell(text));
      if (dates.size < 10_000) dates.set(detach(text), iso);
    }
    return iso;
  };

  const add = (rec: TableRecord): void => {
    const cells = rec.fields;
    if (cells.every(isBlankCell)) return;
    const rowProblems: Diagnostic[] = [];
    const bad = (c: number, e: unknown) =>
      rowProblems.push(fromError(e, file, headerOf(c), rec.line, table.cellRef(rec.line, c)));
    /** The place of this row, or of one of its cells (with the column's header). */
    const here = (c?: number) => ({
      file,
      line: rec.line,
      ...cellOf(table, rec.line, c),
      ...(c !== undefined ? { field: headerOf(c) } : {}),
    });
    const beyond = fieldCountProblem(table, rec);
    if (beyond) rowProblems.push(beyond);
    const given = (key: string) => {
      const c = column(key);
      return c !== undefined && !isBlankCell(cells[c]);
    };
    const read = <T>(key: string, expect: CellExpectation, parse: (text: string) => T): T | undefined => {
      const c = column(key);
      if (c === undefined || isBlankCell(cells[c])) return undefined;
      try {
        return parse(cellText(cells[c]!, expect));
      } catch (e) {
        bad(c, e);
        return undefined;
      }
    };
    const text = (key: string) => read(key, 'text', keep);
    const indicator = text('indicator');
    if (!given('indicator')) {
      rowProblems.push({
        severity: 'error',
        code: 'invalid-observation',
        ...here(column('indicator')),
        ...messageFields(say(CLI, 'invalid-observation.empty-indicator')),
      });
    }
    const numerator = read('numerator', 'number', (t) => parseCountCell(t));
    const denominator = read('denominator', 'number', (t) => parseCountCell(t));
    const share = read('share', 'number', (t) => parseViShare(t));
    const count = read('count', 'number', (t) => parseCountCell(t));
    const achieved = read('achieved', 'text', parseYesNo);
    const parts: [string, number][] = [];
    for (const [id, c] of componentColumns) {
      if (isBlankCell(cells[c])) continue;
      try {
        parts.push([id, parseCountCell(cellText(cells[c]!, 'number'))]);
      } catch (e) {
        bad(c, e);
      }
    }
    const unit = text('unit');
    const asOf = read('asOf', 'date', date);
    const source = text('source');

    // Which kind of value the row gives, judged on the cells written (a bad cell still counts as given).
    const shareGiven = given('numerator') || given('denominator') || given('share');
    const countGiven = given('count') || componentColumns.some(([, c]) => !isBlankCell(cells[c]));
    const kinds = [
      shareGiven && 'numerator/denominator',
      countGiven && 'count',
      given('achieved') && 'achieved',
    ].filter(Boolean);
    // a rate is the row's value only when it gives no counts: counts are exact, a rate is rounded
    // (its text, or a number cell as the Vietnamese parsers read it: a percent-formatted 0.9996 is "99,96%")
    const rate = kinds.length === 0 ? read('rate', 'number', detach) : undefined;
    if (kinds.length > 0 && given('rate')) rateBesideCounts = true;
    const rowError = (text: Text, c?: number, field?: string) =>
      rowProblems.push({
        severity: 'error',
        code: 'invalid-observation',
        ...here(c),
        ...(field !== undefined ? { field } : {}),
        ...messageFields(text),
      });
    if (kinds.length === 0 && !given('rate')) {
      rowError(say(CLI, 'invalid-observation.no-value'));
    } else if (kinds.length === 0) {
      // a rate alone: the library reads it exactly and reports a bad one at this cell
    } else if (kinds.length > 1) {
      rowError(say(CLI, 'invalid-observation.kinds', { kinds: joinText(kinds.map(String), say(COMMON, 'word.and')) }));
    } else if (given('share') && (given('numerator') || given('denominator'))) {
      rowError(say(CLI, 'invalid-observation.share-and-counts'), column('share'));
    } else if (!given('share') && shareGiven && (!given('numerator') || !given('denominator'))) {
      const missing = given('numerator') ? 'denominator' : 'numerator';
      const c = column(missing);
      rowError(
        say(CLI, 'invalid-observation.side-empty', { side: say(NUMBERS, `share.${missing}`) }),
        c,
        c === undefined ? missing : undefined,
      );
    } else if (componentColumns.length > 0 && countGiven && !given('count')) {
      const c = column('count');
      rowError(say(CLI, 'invalid-observation.components-without-count'), c, c === undefined ? 'count' : undefined);
    }
    if (rowProblems.length > 0) {
      diagnostics.push(...rowProblems);
      // a figure was written here, but it is unknown: the library counts it as a figure not usable
      const unknown: Record<string, unknown> = {};
      if (indicator !== undefined) unknown.indicator = indicator;
      if (unit !== undefined) unknown.unit = unit;
      if (source !== undefined) unknown.source = source;
      observations.push(unknown as unknown as Observation);
      lines.push(rec.line);
      flags.push(UNREAD);
      return;
    }
    // An object made by spreads takes three times the memory of one built a field at a time, and that
    // one a third more than a literal: the usual row of a big file (a unit's counts at a date) is a literal.
    const n = share ? share.numerator : numerator;
    const d = share ? share.denominator : denominator;
    if (unit !== undefined && asOf !== undefined && source === undefined && rate === undefined && n !== undefined) {
      observations.push({ indicator: indicator!, unit, asOf, numerator: n, denominator: d! });
      lines.push(rec.line);
      flags.push(share ? FROM_SHARE : 0);
      return;
    }
    const o: Record<string, unknown> = { indicator: indicator! };
    if (unit !== undefined) o.unit = unit;
    if (asOf !== undefined) o.asOf = asOf;
    if (source !== undefined) o.source = source;
    if (rate !== undefined) o.percent = rate;
    else if (share) {
      o.numerator = share.numerator;
      o.denominator = share.denominator;
    } else if (numerator !== undefined) {
      o.numerator = numerator;
      o.denominator = denominator!;
    } else if (count !== undefined) {
      o.count = count;
      if (parts.length > 0) o.components = Object.fromEntries(parts);
    } else o.achieved = achieved!;
    observations.push(o as unknown as Observation);
    lines.push(rec.line);
    flags.push(share ? FROM_SHARE : 0);
  };

  const finish = (total: number): ObservationFile => {
    if (rateBesideCounts) {
      diagnostics.unshift({
        severity: 'warning',
        code,
        ...at(rateColumn),
        field: headerOf(rateColumn!),
        ...messageFields(say(CLI, 'observations.rate-with-counts')),
      });
    }
    return {
      observations,
      rows: total,
      diagnostics,
      headerLine: header.line,
      locate: (index, path = []) => {
        const line = lines[index];
        if (line === undefined) return {};
        if (path.length === 0) return { line, ...cellOf(table, line) };
        const columns = (flags[index]! & FROM_SHARE) !== 0 ? shareColumns : plainColumns;
        const c = columns.get(path.join('.')) ?? columns.get(String(path[0]));
        if (c === undefined) return { line, ...cellOf(table, line), field: jsonPath(path) };
        return { line, ...cellOf(table, line, c), field: headerOf(c) };
      },
      indexOfLine: (line) => lineIndex(lines, line),
      // the library's "no value" for a row without a readable value: its read problems said it better
      reportedWhileReading: (index, path) => ((flags[index] ?? 0) & UNREAD) !== 0 && path.length === 0,
    };
  };
  return { add, finish };
}

/** `{ cell }` of a place in a workbook (`Sheet1!D7`, `Sheet1!7:7`); nothing for a CSV file. */
function cellOf(table: TableHead, line: number, column?: number): { cell?: string } {
  const cell = table.cellRef(line, column);
  return cell === undefined ? {} : { cell };
}
