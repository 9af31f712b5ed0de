import { describe } from '../util/describe.js';
import { XhhtError, issueOf, type Issue, type IssuePath } from '../errors.js';
import { isAssessedHere } from './level-source.js';
import type { LowerUnit } from './result.js';
import type { AdminTier, RegimeId } from './rule.js';
import { STANDARDS } from './standards.js';
import { isArray, isRecord } from '../util/guards.js';
import { say, type Text } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';

/*
 * Validation of the lower units a higher unit is counted from. They are often
 * read back from JSON or built by hand, and a bad one would count wrongly
 * without a word: a level 7 on a two-level standard, an interval upside down,
 * a unit listed twice, results of two legal regimes added up. Results this
 * library made (with their hidden context) are valid by construction and only
 * their identity, tier and regime are checked.
 */

const hasOwn = (o: object, k: string) => Object.hasOwn(o, k);

/**
 * What the lower units must be: their tier, and the regime they were assessed
 * under (`'same'`: any one regime, but the same for all).
 *
 * @example
 * const e: LowerUnitExpectation = { tier: 'commune', regime: 'nd20-2014' };
 */
export interface LowerUnitExpectation {
  readonly tier: AdminTier;
  readonly regime: RegimeId | 'same';
}

/**
 * Every problem of a list of lower units, as issues with paths `[index, …]`
 * (empty when there is none): `invalid-input` for bad shapes, levels outside
 * `0..top` or `minLevel > maxLevel`, `unknown-standard` for a key that is no
 * standard, `duplicate-unit` for an id seen before, `mixed-regimes` for a
 * result of another regime.
 *
 * @param units - what the caller passed as lower units
 * @param expected - their tier and regime
 * @example
 * lowerUnitIssues(
 *   [{ id: 'a', standards: { xmc: { minLevel: 2, maxLevel: 1, provisional: false, provisionalRules: [] } } }],
 *   { tier: 'commune', regime: 'same' },
 * )[0]?.path;
 * // [0, 'standards', 'xmc']
 */
function lowerUnitIssues(units: unknown, expected: LowerUnitExpectation): Issue[] {
  if (!isArray(units)) {
    return [issueOf('invalid-input', [], say(STANDARDS_MSG, 'invalid-input.lower-units-not-list'))];
  }
  const issues: Issue[] = [];
  const bad = (code: Issue['code'], path: IssuePath, text: Text) => issues.push(issueOf(code, path, text));
  const seen = new Set<string>();
  let regime: string | undefined = expected.regime === 'same' ? undefined : expected.regime;
  units.forEach((u: unknown, i) => {
    if (!isRecord(u)) {
      bad('invalid-input', [i], say(STANDARDS_MSG, 'invalid-input.lower-unit-not-object'));
      return;
    }
    const { id, tier, especiallyDifficult } = u;
    if (id !== undefined) {
      if (typeof id !== 'string') bad('invalid-input', [i, 'id'], say(STANDARDS_MSG, 'invalid-input.lower-unit-id'));
      else if (seen.has(id)) bad('duplicate-unit', [i, 'id'], say(STANDARDS_MSG, 'duplicate-unit.lower-unit', { id }));
      else seen.add(id);
    }
    if (tier !== undefined && tier !== expected.tier) {
      bad(
        'invalid-input',
        [i, 'tier'],
        say(STANDARDS_MSG, 'invalid-input.lower-unit-tier', {
          i,
          tier: describe(tier),
          expected: say(STANDARDS_MSG, `tier.${expected.tier}`),
        }),
      );
    }
    const r = (u as { regime?: unknown }).regime;
    if (r !== undefined) {
      if (typeof r !== 'string')
        bad('invalid-input', [i, 'regime'], say(STANDARDS_MSG, 'invalid-input.lower-unit-regime'));
      else if (regime === undefined) regime = r;
      else if (r !== regime) {
        bad('mixed-regimes', [i, 'regime'], say(STANDARDS_MSG, 'mixed-regimes', { i, r, regime }));
      }
    }
    if (especiallyDifficult !== undefined && especiallyDifficult !== null && typeof especiallyDifficult !== 'boolean') {
      bad(
        'invalid-input',
        [i, 'especiallyDifficult'],
        say(STANDARDS_MSG, 'invalid-input.lower-unit-especially-difficult'),
      );
    }
    if (isAssessedHere(u)) return;
    const standards = u.standards;
    if (!isRecord(standards)) {
      bad('invalid-input', [i, 'standards'], say(STANDARDS_MSG, 'invalid-input.lower-unit-standards'));
      return;
    }
    for (const key in standards) {
      if (!hasOwn(standards, key)) continue;
      const at = [i, 'standards', key];
      if (!hasOwn(STANDARDS, key)) {
        bad(
          'unknown-standard',
          at,
          say(STANDARDS_MSG, 'unknown-standard.lower-unit', { key, known: Object.keys(STANDARDS).join(', ') }),
        );
        continue;
      }
      const s = standards[key];
      if (s === undefined) continue;
      if (!isRecord(s)) {
        bad('invalid-input', at, say(STANDARDS_MSG, 'invalid-input.lower-unit-standard', { key }));
        continue;
      }
      const top = STANDARDS[key as keyof typeof STANDARDS].levels;
      const level = (name: 'minLevel' | 'maxLevel'): boolean => {
        const v = s[name];
        if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= top) return true;
        bad(
          'invalid-input',
          [...at, name],
          say(STANDARDS_MSG, 'invalid-input.level', { key, name, top, value: describe(v) }),
        );
        return false;
      };
      const minOk = level('minLevel');
      const maxOk = level('maxLevel');
      if (minOk && maxOk && (s.minLevel as number) > (s.maxLevel as number)) {
        bad(
          'invalid-input',
          at,
          say(STANDARDS_MSG, 'invalid-input.min-above-max', {
            key,
            minLevel: String(s.minLevel),
            maxLevel: String(s.maxLevel),
          }),
        );
      }
      const { provisional, provisionalRules } = s;
      if (typeof provisional !== 'boolean') {
        bad(
          'invalid-input',
          [...at, 'provisional'],
          say(STANDARDS_MSG, 'invalid-input.provisional-not-boolean', { key }),
        );
      } else if (!Array.isArray(provisionalRules) || !provisionalRules.every((x) => typeof x === 'string')) {
        bad(
          'invalid-input',
          [...at, 'provisionalRules'],
          say(STANDARDS_MSG, 'invalid-input.provisional-rules-not-list', { key }),
        );
      } else if (provisional !== provisionalRules.length > 0) {
        // A provisional result with no rule named would stop being provisional one tier up.
        bad(
          'invalid-input',
          [...at, 'provisionalRules'],
          say(
            STANDARDS_MSG,
            provisional ? 'invalid-input.provisional-no-rules' : 'invalid-input.rules-not-provisional',
            { key },
          ),
        );
      }
    }
  });
  return issues;
}

/**
 * Throws the first problem of a list of lower units as an `XhhtError` (all of
 * them in its `issues`); returns the list typed when there is none.
 *
 * @example
 * assertLowerUnits([null], { tier: 'commune', regime: 'same' });
 * // throws XhhtError { code: 'invalid-input', path: [0] }
 */
export function assertLowerUnits(units: unknown, expected: LowerUnitExpectation): readonly LowerUnit[] {
  const issues = lowerUnitIssues(units, expected);
  const first = issues[0];
  if (first) throw new XhhtError(first.code, first.message, { path: first.path, messageVi: first.messageVi, issues });
  return units as readonly LowerUnit[];
}
