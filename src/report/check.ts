/**
 * Reports given to a renderer, read once and checked. A report made by
 * computeAttainment always passes; one read back from JSON (`xhht evaluate
 * --format json`) or built by hand is checked field by field, so a wrong
 * field is a coded `invalid-input` naming its path, never a TypeError in the
 * middle of a table or a page.
 */
import type { AttainmentReport, AttainmentResult } from '../attainment/result.js';
import { checkSource } from '../catalog/source.js';
import { describe } from '../util/describe.js';
import { XhhtError, type IssuePath } from '../errors.js';
import { isArray, isRecord } from '../util/guards.js';
import { PROGRESS_STATUS_LABELS } from '../progress/method.js';
import { Hidden } from '../util/hidden.js';
import { snapshot } from '../util/snapshot.js';
import { say, type Text } from '../messages/say.js';
import { REPORT } from '../messages/sections.js';

type Check = (value: unknown) => boolean;

/** What each check wants, for the message (said only when a check fails). */
const WANTED = new Map<Check, () => Text>();

const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const text: Check = (v) => typeof v === 'string';
const whole: Check = (v) => Number.isSafeInteger(v);
const bool: Check = (v) => typeof v === 'boolean';
function oneOf(...values: readonly string[]): Check {
  const c: Check = (v) => values.includes(v as string);
  WANTED.set(c, () => say(REPORT, 'report-check.one-of', { values: values.join(', ') }));
  return c;
}
const labels: Check = (v) => isRecord(v) && typeof v.vi === 'string' && typeof v.en === 'string';
const decimal: Check = (v) => typeof v === 'string' && DECIMAL.test(v);
WANTED.set(text, () => say(REPORT, 'report-check.text'));
WANTED.set(whole, () => say(REPORT, 'report-check.whole'));
WANTED.set(bool, () => say(REPORT, 'report-check.boolean'));
WANTED.set(labels, () => say(REPORT, 'report-check.labels'));
WANTED.set(decimal, () => say(REPORT, 'report-check.decimal'));

function bad(path: IssuePath, value: unknown, wanted?: Text): XhhtError {
  const where = path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .replace(/^\./, '');
  return new XhhtError(
    'invalid-input',
    say(REPORT, 'invalid-input.report-field', {
      where,
      wanted: wanted ?? say(REPORT, 'report-check.other'),
      value: describe(value),
    }),
    { path: [...path] },
  );
}

/** Checks `o[key]` with `c` (a null allowed when `c` is orNull(…)), or throws naming the path. */
function field(o: Record<string, unknown>, key: string, c: Check, path: IssuePath, nullable = false): void {
  const v = o[key];
  if (nullable ? v === null || c(v) : c(v)) return;
  throw bad([...path, key], v, WANTED.get(c)?.());
}

function record(v: unknown, path: IssuePath): Record<string, unknown> {
  if (isRecord(v)) return v;
  throw bad(path, v, say(REPORT, 'report-check.object'));
}

function list(v: unknown, path: IssuePath): readonly unknown[] {
  if (isArray(v)) return v;
  throw bad(path, v, say(REPORT, 'report-check.list'));
}

function source(v: unknown, path: IssuePath): void {
  try {
    checkSource(v);
  } catch (e) {
    const inner = e instanceof XhhtError ? e.path : [];
    throw bad([...path, ...inner], v, say(REPORT, 'report-check.source'));
  }
  // a source of a result says whether it was verified (the report marks it)
  field(record(v, path), 'verified', bool, path);
}

const STATUS = oneOf('met', 'not-met', 'no-data');
const REASON = oneOf(
  'no-observation',
  'zero-denominator',
  'rejected-observation',
  'conflicting-observations',
  'missing-component',
);
const COMPARATOR = oneOf('at-least', 'at-most');

/** The check of each field of a result a renderer reads, by name. */
const RESULT_FIELDS: Readonly<Record<string, (r: Record<string, unknown>, path: IssuePath) => void>> = {
  indicator: (r, path) => field(r, 'indicator', text, path),
  label: (r, path) => field(r, 'label', labels, path),
  group: (r, path) => field(r, 'group', text, path),
  kind: (r, path) => field(r, 'kind', oneOf('percent', 'count', 'yes-no'), path),
  comparator: (r, path) => field(r, 'comparator', COMPARATOR, path),
  year: (r, path) => field(r, 'year', whole, path),
  deadline: (r, path) => field(r, 'deadline', text, path),
  stretch: (r, path) => field(r, 'stretch', bool, path),
  provisional: (r, path) => field(r, 'provisional', bool, path),
  provisionalParts: (r, path) => {
    const parts = record(r.provisionalParts, [...path, 'provisionalParts']);
    for (const k of ['target', 'definition', 'observation']) field(parts, k, bool, [...path, 'provisionalParts']);
  },
  source: (r, path) => source(r.source, [...path, 'source']),
  targetNote: (r, path) => field(r, 'targetNote', labels, path, true),
  notes: (r, path) =>
    list(r.notes, [...path, 'notes']).forEach((n, i) => {
      const note = record(n, [...path, 'notes', i]);
      field(note, 'topic', text, [...path, 'notes', i]);
      field(note, 'text', labels, [...path, 'notes', i]);
    }),
  share: (r, path) => {
    if (r.share === null) return;
    const s = record(r.share, [...path, 'share']);
    field(s, 'numerator', whole, [...path, 'share']);
    field(s, 'denominator', whole, [...path, 'share']);
  },
  reportedPercent: (r, path) => field(r, 'reportedPercent', decimal, path, true),
  observation: (r, path) => {
    if (r.observation === null) return;
    const at = [...path, 'observation'];
    const o = record(r.observation, at);
    field(o, 'index', whole, at);
    field(o, 'unit', text, at, true);
    field(o, 'asOf', text, at, true);
    field(o, 'source', text, at, true);
    field(o, 'provisional', bool, at);
    field(o, 'note', labels, at, true);
  },
  progress: (r, path) => {
    if (r.progress === null || r.progress === undefined) return;
    const at = [...path, 'progress'];
    const p = record(r.progress, at);
    field(p, 'status', oneOf(...Object.keys(PROGRESS_STATUS_LABELS)), at);
    field(p, 'label', labels, at);
  },
  status: (r, path) => field(r, 'status', STATUS, path),
  reason: (r, path) => field(r, 'reason', REASON, path, true),
  basis: (r, path) => field(r, 'basis', oneOf('counts', 'reported-rate', 'yes-no'), path, true),
  actualPercent: (r, path) => field(r, 'actualPercent', decimal, path, true),
  targetPercent: (r, path) => field(r, 'targetPercent', decimal, path, true),
  gapPoints: (r, path) => field(r, 'gapPoints', decimal, path, true),
  actualCount: (r, path) => field(r, 'actualCount', whole, path, true),
  targetCount: (r, path) => field(r, 'targetCount', whole, path, true),
  gapCount: (r, path) => field(r, 'gapCount', whole, path, true),
  shortfall: (r, path) => field(r, 'shortfall', whole, path, true),
  achieved: (r, path) => field(r, 'achieved', bool, path, true),
  components: (r, path) =>
    list(r.components, [...path, 'components']).forEach((c, i) => {
      const at = [...path, 'components', i];
      const o = record(c, at);
      field(o, 'id', text, at);
      field(o, 'label', labels, at);
      field(o, 'status', STATUS, at);
      field(o, 'actual', whole, at, true);
      field(o, 'target', whole, at);
      field(o, 'comparator', COMPARATOR, at);
      field(o, 'gap', whole, at, true);
      field(o, 'shortfall', whole, at, true);
    }),
};

function checkResult(v: unknown, path: IssuePath, only?: readonly string[]): void {
  const r = record(v, path);
  for (const name of only ?? Object.keys(RESULT_FIELDS)) RESULT_FIELDS[name]!(r, path);
}

function checkReport(v: unknown, path: IssuePath): void {
  const r = record(v, path);
  const plan = record(r.plan, [...path, 'plan']);
  for (const k of ['id', 'reference', 'issuer']) field(plan, k, text, [...path, 'plan']);
  field(plan, 'title', labels, [...path, 'plan']);
  source(plan.source, [...path, 'plan', 'source']);
  field(r, 'year', whole, path);
  field(r, 'unit', text, path, true);
  field(r, 'asOf', text, path, true);
  list(r.results, [...path, 'results']).forEach((x, i) => {
    checkResult(x, [...path, 'results', i]);
  });
  list(r.issues, [...path, 'issues']).forEach((x, i) => {
    const at = [...path, 'issues', i];
    const issue = record(x, at);
    field(issue, 'code', text, at);
    field(issue, 'severity', oneOf('error', 'warning'), at);
    field(issue, 'message', text, at);
    field(issue, 'messageVi', text, at);
    const p = list(issue.path, [...at, 'path']);
    p.forEach((k, j) => {
      if (typeof k !== 'string' && !Number.isSafeInteger(k)) throw bad([...at, 'path', j], k, WANTED.get(text)?.());
    });
  });
  const summary = record(r.summary, [...path, 'summary']);
  for (const k of ['total', 'met', 'not-met', 'no-data', 'provisional']) field(summary, k, whole, [...path, 'summary']);
}

/** A report as plain data: one made by computeAttainment gives its fields (its results built once). */
function plain(v: unknown, path: IssuePath): unknown {
  // a report of ours is read through its own fields (a spread builds the lazy results once), then copied
  const own = typeof v === 'object' && v !== null && Hidden.of(v) !== undefined ? { ...v } : v;
  return snapshot(own, path);
}

/**
 * One report or a list of them, read once and checked: what a renderer reads
 * is there and of its type. Throws `invalid-input` at the path of the first
 * field that is not.
 *
 * @param value - what the caller passed
 * @returns the report(s) as plain data
 * @example
 * reportsArg(computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] })); // a copy
 * reportsArg({ results: 'none' }); // throws XhhtError { code: 'invalid-input', path: ['report', 'plan'] }
 */
export function reportsArg(value: unknown): AttainmentReport | readonly AttainmentReport[] {
  if (isArray(value)) {
    const reports = snapshot(value, ['reports']).map((r, i) => plain(r, ['reports', i]));
    reports.forEach((r, i) => {
      checkReport(r, ['reports', i]);
    });
    return reports as AttainmentReport[];
  }
  const report = plain(value, ['report']);
  checkReport(report, ['report']);
  return report as AttainmentReport;
}

/**
 * One report, read once and checked (see {@link reportsArg}); a list is `invalid-input`.
 *
 * @example
 * reportArg(report).results.length; // 15
 */
export function reportArg(value: unknown): AttainmentReport {
  if (isArray(value)) throw bad(['report'], value, say(REPORT, 'report-check.one-report'));
  return reportsArg(value) as AttainmentReport;
}

/**
 * One result of a report, read once and checked: every field, or only those
 * named (a chart reads a few: a comparison with its `kind` is enough for it).
 *
 * @example
 * resultArg(report.results[0]).status; // 'met'
 * resultArg({ status: 'met', kind: 'percent', actualPercent: '87.30', targetPercent: '70' }, ['status', 'kind']);
 */
export function resultArg(value: unknown, only?: readonly string[]): AttainmentResult {
  const r = snapshot(value, ['result']);
  checkResult(r, ['result'], only);
  return r as AttainmentResult;
}

/**
 * The options of a renderer, read once and checked: `lang` 'vi' or 'en',
 * `title` a text, `width` a whole number ≥ 1, `sources`, `bom` and
 * `spreadsheet` true or false, `delimiter` ',', ';' or a tab; `undefined` is
 * no options. Each problem is `invalid-input` at its option.
 *
 * @example
 * renderOptions({ lang: 'en' }); // { lang: 'en' }
 * renderOptions({ lang: '__proto__' }); // throws XhhtError { code: 'invalid-input', path: ['lang'] }
 */
export function renderOptions(value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  const o = record(snapshot(value, ['options']), ['options']);
  const at: IssuePath = [];
  if (o.lang !== undefined) field(o, 'lang', oneOf('vi', 'en'), at);
  if (o.title !== undefined) field(o, 'title', text, at);
  if (o.width !== undefined && !(Number.isSafeInteger(o.width) && (o.width as number) >= 1)) {
    throw bad(['width'], o.width, say(REPORT, 'report-check.width'));
  }
  for (const k of ['sources', 'bom', 'spreadsheet']) if (o[k] !== undefined) field(o, k, bool, at);
  if (o.delimiter !== undefined) field(o, 'delimiter', oneOf(',', ';', '\t'), at);
  return o;
}
