import { XhhtError, makeIssue, type Issue, type IssuePath } from '../errors.js';
import { isAssessedHere } from './evaluate.js';
import type { LowerUnit } from './result.js';
import type { AdminTier, RegimeId } from './rule.js';
import { STANDARDS } from './standards.js';
import { isRecord } from '../guards.js';

/*
 * Validation of the lower units a higher unit is counted from. They are often
 * read back from JSON or built by hand, and a bad one would count wrongly
 * without a word: a level 7 on a two-level standard, an interval upside down,
 * a unit listed twice, results of two legal regimes added up. Results this
 * library made (with their hidden context) are valid by construction and only
 * their identity, tier and regime are checked.
 */

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const TIER_VI: Readonly<Record<AdminTier, string>> = { commune: 'xã', district: 'huyện', province: 'tỉnh' };

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
 * lowerUnitIssues([{ id: 'a', standards: { xmc: { minLevel: 2, maxLevel: 1, provisional: false, provisionalRules: [] } } }], { tier: 'commune', regime: 'same' })[0]?.path;
 * // [0, 'standards', 'xmc']
 */
export function lowerUnitIssues(units: unknown, expected: LowerUnitExpectation): Issue[] {
  if (!Array.isArray(units)) {
    return [makeIssue('invalid-input', [], 'lower units must be a list', 'các đơn vị cấp dưới phải là một danh sách')];
  }
  const issues: Issue[] = [];
  const bad = (code: Issue['code'], path: IssuePath, en: string, vi: string) =>
    issues.push(makeIssue(code, path, en, vi));
  const seen = new Set<string>();
  let regime: string | undefined = expected.regime === 'same' ? undefined : expected.regime;
  units.forEach((u: unknown, i) => {
    if (!isRecord(u)) {
      bad(
        'invalid-input',
        [i],
        'a lower unit must be an object with `standards`',
        'đơn vị cấp dưới phải là một đối tượng có `standards`',
      );
      return;
    }
    const { id, tier, especiallyDifficult } = u;
    if (id !== undefined) {
      if (typeof id !== 'string') bad('invalid-input', [i, 'id'], 'id must be a string', 'id phải là chuỗi');
      else if (seen.has(id))
        bad(
          'duplicate-unit',
          [i, 'id'],
          `unit id "${id}" appears more than once: it would be counted twice`,
          `id đơn vị "${id}" bị trùng: sẽ bị tính hai lần`,
        );
      else seen.add(id);
    }
    if (tier !== undefined && tier !== expected.tier) {
      bad(
        'invalid-input',
        [i, 'tier'],
        `unit ${i} is a ${String(tier)}; ${expected.tier} units are counted here`,
        `đơn vị ${i} là cấp ${String(tier)}; ở đây tính các đơn vị cấp ${TIER_VI[expected.tier]}`,
      );
    }
    const r = (u as { regime?: unknown }).regime;
    if (r !== undefined) {
      if (typeof r !== 'string')
        bad('invalid-input', [i, 'regime'], 'regime must be a regime id', 'regime phải là id chế độ quy định');
      else if (regime === undefined) regime = r;
      else if (r !== regime) {
        bad(
          'mixed-regimes',
          [i, 'regime'],
          `unit ${i} was assessed under ${r}, the others under ${regime}`,
          `đơn vị ${i} được đánh giá theo ${r}, các đơn vị khác theo ${regime}`,
        );
      }
    }
    if (especiallyDifficult !== undefined && especiallyDifficult !== null && typeof especiallyDifficult !== 'boolean') {
      bad(
        'invalid-input',
        [i, 'especiallyDifficult'],
        'especiallyDifficult must be true or false',
        'especiallyDifficult phải là true hoặc false',
      );
    }
    if (isAssessedHere(u)) return;
    const standards = u.standards;
    if (!isRecord(standards)) {
      bad(
        'invalid-input',
        [i, 'standards'],
        'standards must be an object keyed by standard id',
        'standards phải là một đối tượng theo id tiêu chuẩn',
      );
      return;
    }
    for (const key in standards) {
      if (!hasOwn(standards, key)) continue;
      const at = [i, 'standards', key];
      if (!hasOwn(STANDARDS, key)) {
        bad(
          'unknown-standard',
          at,
          `no standard "${key}"; known: ${Object.keys(STANDARDS).join(', ')}`,
          `không có tiêu chuẩn "${key}"`,
        );
        continue;
      }
      const s = standards[key];
      if (s === undefined) continue;
      if (!isRecord(s)) {
        bad(
          'invalid-input',
          at,
          `standards.${key} must be { minLevel, maxLevel, provisional, provisionalRules }`,
          `standards.${key} phải có dạng { minLevel, maxLevel, provisional, provisionalRules }`,
        );
        continue;
      }
      const top = STANDARDS[key as keyof typeof STANDARDS].levels;
      const level = (name: 'minLevel' | 'maxLevel'): boolean => {
        const v = s[name];
        if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= top) return true;
        bad(
          'invalid-input',
          [...at, name],
          `${key}.${name} must be a whole number from 0 to ${top} (got ${JSON.stringify(v) ?? String(v)})`,
          `${key}.${name} phải là số nguyên từ 0 đến ${top}`,
        );
        return false;
      };
      const minOk = level('minLevel');
      const maxOk = level('maxLevel');
      if (minOk && maxOk && (s.minLevel as number) > (s.maxLevel as number)) {
        bad(
          'invalid-input',
          at,
          `${key}: minLevel ${String(s.minLevel)} is above maxLevel ${String(s.maxLevel)}`,
          `${key}: minLevel ${String(s.minLevel)} lớn hơn maxLevel ${String(s.maxLevel)}`,
        );
      }
      const { provisional, provisionalRules } = s;
      if (typeof provisional !== 'boolean') {
        bad(
          'invalid-input',
          [...at, 'provisional'],
          `${key}.provisional must be true or false`,
          `${key}.provisional phải là true hoặc false`,
        );
      } else if (!Array.isArray(provisionalRules) || !provisionalRules.every((x) => typeof x === 'string')) {
        bad(
          'invalid-input',
          [...at, 'provisionalRules'],
          `${key}.provisionalRules must be a list of rule ids`,
          `${key}.provisionalRules phải là danh sách id quy tắc`,
        );
      } else if (provisional !== provisionalRules.length > 0) {
        // A provisional result with no rule named would stop being provisional one tier up.
        bad(
          'invalid-input',
          [...at, 'provisionalRules'],
          provisional
            ? `${key} is provisional: name the provisional rules in provisionalRules`
            : `${key} lists provisional rules but says provisional: false`,
          provisional
            ? `${key} là tạm thời: cần nêu các quy tắc tạm thời trong provisionalRules`
            : `${key} nêu quy tắc tạm thời nhưng provisional là false`,
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
 * assertLowerUnits([null], { tier: 'commune', regime: 'same' }); // throws XhhtError { code: 'invalid-input', path: [0] }
 */
export function assertLowerUnits(units: unknown, expected: LowerUnitExpectation): readonly LowerUnit[] {
  const issues = lowerUnitIssues(units, expected);
  const first = issues[0];
  if (first) throw new XhhtError(first.code, first.message, { path: first.path, messageVi: first.messageVi, issues });
  return units as readonly LowerUnit[];
}
