import { snapshot } from '../util/snapshot.js';
import { describe } from '../util/describe.js';
import type { Labels } from '../catalog/source.js';
import { isIsoDate } from '../dates/iso.js';
import { issueOf, type Issue, type IssuePath, type XhhtError } from '../errors.js';
import { describeBadCount } from '../exact/count.js';
import { ATOMIC_LEVELS, atomsOf, isQualificationLevel, type QualificationLevel } from './levels.js';
import { isRecord } from '../util/guards.js';
import { say } from '../messages/say.js';
import { WORKFORCE } from '../messages/sections.js';

/**
 * One reported figure of a breakdown: the people whose highest qualification is
 * one of `levels`. Several levels in one part are a figure the report does not
 * split ("4.340 người có trình độ đại học trở lên": university and postgraduate).
 *
 * @example
 * const part: BreakdownPart = { levels: ['university', 'postgraduate'], count: 4340 };
 * // Đăk Cấm ward report 2025, Mục II.3
 */
export interface BreakdownPart {
  readonly levels: QualificationLevel | readonly QualificationLevel[];
  readonly count: number;
  readonly label?: Labels;
}

/**
 * A total or subtotal the report states, with the levels it covers. Validation
 * checks that the parts inside it add up to it.
 *
 * @example
 * // Đăk Cấm ward report 2025, Mục II.3: "Trong đó có 4.947 người được đào tạo … theo các trình độ khác nhau"
 * const subtotal: ReportedTotal = {
 *   id: 'below-university',
 *   levels: ['certificate-under-3-months', 'elementary-vocational', 'intermediate', 'college'],
 *   count: 4947,
 * };
 */
export interface ReportedTotal {
  /** Key of this total, unique in the breakdown; rules refer to it as `{ total: id }`. */
  readonly id: string;
  readonly levels: readonly QualificationLevel[];
  readonly count: number;
  readonly label?: Labels;
}

/**
 * How many people of a population hold each highest qualification level, as a
 * report gives them: per-level `counts`, grouped `parts`, and the `totals` and
 * subtotals the report states. `population` is the whole population described
 * (e.g. people aged 15+), the denominator of the rates.
 *
 * @example
 * // phường Đăk Cấm, 2025 (report of the ward People's Committee, Mục II.3); the report gives no population aged 15+
 * const dakCam: QualificationBreakdown = {
 *   unit: 'Phường Đăk Cấm',
 *   asOf: '2025-12-31',
 *   source: 'Báo cáo của UBND phường Đăk Cấm, Mục II.3',
 *   counts: { 'certificate-under-3-months': 1736, 'elementary-vocational': 738, intermediate: 1384, college: 1089 },
 *   parts: [{ levels: ['university', 'postgraduate'], count: 4340 }],
 *   totals: [
 *     {
 *       id: 'trained',
 *       levels: [
 *         'certificate-under-3-months',
 *         'elementary-vocational',
 *         'intermediate',
 *         'college',
 *         'university',
 *         'postgraduate',
 *       ],
 *       count: 9287,
 *     },
 *     {
 *       id: 'below-university',
 *       levels: ['certificate-under-3-months', 'elementary-vocational', 'intermediate', 'college'],
 *       count: 4947,
 *     },
 *   ],
 * };
 */
export interface QualificationBreakdown {
  /** Who the figures are for (commune, province). Carried to observations. */
  readonly unit?: string;
  /** When the figures were true, ISO `YYYY-MM-DD`. */
  readonly asOf?: string;
  /** Where the figures come from (report, line). */
  readonly source?: string;
  /** The whole population described (people aged 15+): the denominator of the rates. */
  readonly population?: number;
  /** One count per level. */
  readonly counts?: Partial<Readonly<Record<QualificationLevel, number>>>;
  /** Counts of one level or of several levels reported together. */
  readonly parts?: readonly BreakdownPart[];
  readonly totals?: readonly ReportedTotal[];
}

/**
 * A part after checking: its atomic levels and its count (`null` when the count is invalid).
 * `postgraduate` is stored as its atoms `master` and `doctorate`, so parts that
 * split it and parts that do not can be matched level by level.
 *
 * @example
 * checkBreakdown({ parts: [{ levels: ['university', 'postgraduate'], count: 4340 }] }).parts[0];
 * // { path: ['parts', 0], atoms: Set { 'university', 'master', 'doctorate' }, count: 4340 }
 */
interface CheckedPart {
  readonly path: IssuePath;
  readonly atoms: ReadonlySet<QualificationLevel>;
  readonly count: number | null;
}

/**
 * A total after checking.
 *
 * @example
 * checkBreakdown({ totals: [{ id: 'trained', levels: ['college', 'university'], count: -1 }] }).totals[0];
 * // { id: 'trained', path: ['totals', 0], atoms: Set { 'college', 'university' }, count: null }
 * // (the bad count is reported as an 'invalid-count' issue)
 */
export interface CheckedTotal {
  readonly id: string;
  readonly path: IssuePath;
  readonly atoms: ReadonlySet<QualificationLevel>;
  readonly count: number | null;
}

/**
 * A breakdown after checking, with every problem found as an issue.
 *
 * @example
 * const b = checkBreakdown({ counts: { college: 1089 }, population: 2.5 });
 * b.population;     // null: given but invalid
 * b.issues[0].path; // ['population']
 * checkBreakdown({ counts: { college: 1089 } }).population; // undefined: not given
 */
export interface CheckedBreakdown {
  readonly parts: readonly CheckedPart[];
  readonly totals: readonly CheckedTotal[];
  /** `undefined`: not given; `null`: given but invalid. */
  readonly population: number | null | undefined;
  readonly issues: readonly Issue[];
}

/**
 * Checks a breakdown's shape and counts, without throwing: unknown levels,
 * negative, fractional or unsafe counts, a level reported twice, duplicate
 * total ids. Every problem is an issue with its path; a bad count is kept as
 * `null` so the sums that need it become "missing" instead of wrong.
 *
 * @param given - a breakdown (or anything read from JSON)
 * @returns the checked parts and totals and the issues
 * @example
 * checkBreakdown({ counts: { college: -1 } }).issues[0].code; // 'invalid-count'
 */
export function checkBreakdown(given: unknown): CheckedBreakdown {
  const issues: Issue[] = [];
  // read once: what is checked is what is summed
  let input: unknown;
  try {
    input = snapshot(given);
  } catch (e) {
    return { parts: [], totals: [], population: undefined, issues: [(e as XhhtError).toIssue()] };
  }
  if (!isRecord(input)) {
    issues.push(issueOf('invalid-input', [], say(WORKFORCE, 'invalid-input.breakdown')));
    return { parts: [], totals: [], population: undefined, issues };
  }
  const parts: CheckedPart[] = [];
  const owner = new Map<QualificationLevel, IssuePath>();

  const addPart = (path: IssuePath, rawLevels: unknown, rawCount: unknown, levelPath: IssuePath) => {
    const list = Array.isArray(rawLevels) ? rawLevels : [rawLevels];
    const known: QualificationLevel[] = [];
    let bad = false;
    if (list.length === 0) {
      issues.push(
        issueOf('unknown-qualification-level', levelPath, say(WORKFORCE, 'unknown-qualification-level.part-levels')),
      );
      bad = true;
    }
    list.forEach((l, j) => {
      if (isQualificationLevel(l)) known.push(l);
      else {
        bad = true;
        const p = Array.isArray(rawLevels) ? [...levelPath, j] : levelPath;
        issues.push(
          issueOf(
            'unknown-qualification-level',
            p,
            say(WORKFORCE, 'unknown-qualification-level.level', { level: describe(l) }),
          ),
        );
      }
    });
    const atoms = new Set(atomsOf(known));
    for (const a of atoms) {
      const first = owner.get(a);
      if (first) {
        bad = true;
        issues.push(
          issueOf(
            'invalid-input',
            path,
            say(WORKFORCE, 'invalid-input.level-twice', { level: a, first: first.join('.') }),
          ),
        );
        break;
      }
    }
    for (const a of atoms) if (!owner.has(a)) owner.set(a, path);
    const badCount = describeBadCount(rawCount);
    // in `counts` the value sits at the level's key itself
    const countPath = path[0] === 'counts' ? path : [...path, 'count'];
    if (badCount)
      issues.push(issueOf('invalid-count', countPath, say(WORKFORCE, 'invalid-count.level', { reason: badCount })));
    parts.push({ path, atoms, count: bad || badCount ? null : (rawCount as number) });
  };

  if (input.counts !== undefined) {
    if (!isRecord(input.counts)) {
      issues.push(issueOf('invalid-input', ['counts'], say(WORKFORCE, 'invalid-input.breakdown-counts')));
    } else {
      for (const [level, count] of Object.entries(input.counts))
        addPart(['counts', level], level, count, ['counts', level]);
    }
  }
  if (input.parts !== undefined) {
    if (!Array.isArray(input.parts)) {
      issues.push(issueOf('invalid-input', ['parts'], say(WORKFORCE, 'invalid-input.breakdown-parts')));
    } else {
      input.parts.forEach((p: unknown, i: number) => {
        if (!isRecord(p)) {
          issues.push(issueOf('invalid-input', ['parts', i], say(WORKFORCE, 'invalid-input.breakdown-part')));
          return;
        }
        addPart(['parts', i], p.levels, p.count, ['parts', i, 'levels']);
      });
    }
  }

  const totals: CheckedTotal[] = [];
  if (input.totals !== undefined) {
    if (!Array.isArray(input.totals)) {
      issues.push(issueOf('invalid-input', ['totals'], say(WORKFORCE, 'invalid-input.breakdown-totals')));
    } else {
      const ids = new Set<string>();
      input.totals.forEach((t: unknown, i: number) => {
        const path = ['totals', i];
        if (!isRecord(t)) {
          issues.push(issueOf('invalid-input', path, say(WORKFORCE, 'invalid-input.breakdown-total')));
          return;
        }
        if (typeof t.id !== 'string' || t.id === '') {
          issues.push(issueOf('invalid-input', [...path, 'id'], say(WORKFORCE, 'invalid-input.total-id')));
          return;
        }
        if (ids.has(t.id)) {
          issues.push(
            issueOf('invalid-input', [...path, 'id'], say(WORKFORCE, 'invalid-input.total-id-twice', { id: t.id })),
          );
          return;
        }
        ids.add(t.id);
        let bad = false;
        const levels = Array.isArray(t.levels) ? t.levels : [];
        if (levels.length === 0) {
          bad = true;
          issues.push(
            issueOf(
              'unknown-qualification-level',
              [...path, 'levels'],
              say(WORKFORCE, 'unknown-qualification-level.total-levels', { id: t.id }),
            ),
          );
        }
        const known: QualificationLevel[] = [];
        levels.forEach((l: unknown, j: number) => {
          if (isQualificationLevel(l)) known.push(l);
          else {
            bad = true;
            issues.push(
              issueOf(
                'unknown-qualification-level',
                [...path, 'levels', j],
                say(WORKFORCE, 'unknown-qualification-level.level', { level: describe(l) }),
              ),
            );
          }
        });
        const badCount = describeBadCount(t.count);
        if (badCount)
          issues.push(
            issueOf(
              'invalid-count',
              [...path, 'count'],
              say(WORKFORCE, 'invalid-count.total', { id: t.id, reason: badCount }),
            ),
          );
        totals.push({
          id: t.id,
          path,
          atoms: new Set(atomsOf(known)),
          count: bad || badCount ? null : (t.count as number),
        });
      });
    }
  }

  let population: number | null | undefined;
  if (input.population !== undefined) {
    const bad = describeBadCount(input.population);
    if (bad)
      issues.push(
        issueOf('invalid-count', ['population'], say(WORKFORCE, 'invalid-count.population', { reason: bad })),
      );
    population = bad ? null : (input.population as number);
  }
  if (input.asOf !== undefined && !isIsoDate(input.asOf)) {
    issues.push(
      issueOf('invalid-date', ['asOf'], say(WORKFORCE, 'invalid-date.breakdown-as-of', { asOf: describe(input.asOf) })),
    );
  }
  for (const key of ['unit', 'source'] as const) {
    if (input[key] !== undefined && typeof input[key] !== 'string') {
      issues.push(issueOf('invalid-input', [key], say(WORKFORCE, 'invalid-input.breakdown-text', { key })));
    }
  }
  return { parts, totals, population, issues };
}

/**
 * Why a sum over levels has no value.
 *
 * @example
 * // 4340 people "university or higher" cannot give the number at university alone
 * const b = checkBreakdown({ parts: [{ levels: ['university', 'postgraduate'], count: 4340 }] });
 * sumLevels(b, new Set(['university'])); // { value: null, reason: 'mixed-group', uncovered: ['university'] }
 */
export type MissingReason = 'not-reported' | 'invalid-count' | 'mixed-group' | 'too-large';

/**
 * The sum of the parts inside a set of levels, or why there is none.
 *
 * @example
 * const b = checkBreakdown({ counts: { college: 1089 } });
 * sumLevels(b, new Set(['college', 'university'])); // { value: 1089, uncovered: ['university'] }
 * sumLevels(b, new Set(['university']));
 * // { value: null, reason: 'not-reported', uncovered: ['university'] }
 */
export type LevelSum =
  | { readonly value: number; readonly uncovered: readonly QualificationLevel[] }
  | { readonly value: null; readonly reason: MissingReason; readonly uncovered: readonly QualificationLevel[] };

/**
 * Adds the parts that lie inside `atoms`. A part that lies partly inside
 * (a group mixing counted and uncounted levels) makes the sum `mixed-group`;
 * an invalid count inside makes it `invalid-count`; no part inside,
 * `not-reported`. `uncovered` lists the levels of `atoms` no part reports.
 *
 * @example
 * const b = checkBreakdown({ counts: { university: 10 }, parts: [{ levels: 'postgraduate', count: 2 }] });
 * sumLevels(b, new Set(['university', 'master', 'doctorate'])); // { value: 12, uncovered: [] }
 */
export function sumLevels(breakdown: CheckedBreakdown, atoms: ReadonlySet<QualificationLevel>): LevelSum {
  let sum = 0;
  let inside = 0;
  let reason: MissingReason | null = null;
  const covered = new Set<QualificationLevel>();
  for (const p of breakdown.parts) {
    let overlap = 0;
    for (const a of p.atoms) if (atoms.has(a)) overlap++;
    if (overlap === 0) continue;
    if (overlap < p.atoms.size) {
      reason = 'mixed-group';
      continue;
    }
    inside++;
    for (const a of p.atoms) covered.add(a);
    if (p.count === null) reason ??= 'invalid-count';
    else sum += p.count;
  }
  const uncovered = ATOMIC_LEVELS.filter((a) => atoms.has(a) && !covered.has(a));
  if (reason === null && inside === 0) reason = 'not-reported';
  if (reason === null && !Number.isSafeInteger(sum)) reason = 'too-large';
  return reason === null ? { value: sum, uncovered } : { value: null, reason, uncovered };
}
