import { optionsArg } from '../util/guards.js';
import { describe } from '../util/describe.js';
import { issueOf, type Issue } from '../errors.js';
import { isCount } from '../exact/count.js';
import { formatViNumber } from '../vi/format.js';
import {
  checkBreakdown,
  sumLevels,
  type CheckedBreakdown,
  type MissingReason,
  type QualificationBreakdown,
} from './breakdown.js';
import { atomsOf, isQualificationLevel } from './levels.js';
import { impliedRules, RULE_OPERATORS, type ConsistencyRule, type RuleOperand, type RuleOperator } from './rules.js';
import { isRecord } from '../util/guards.js';
import { say, type Text } from '../messages/say.js';
import { WORKFORCE } from '../messages/sections.js';

/**
 * The outcome of one rule on one breakdown. `difference` is left − right: how
 * far the report is off ("the parts add up to 27 more than the subtotal").
 *
 * @example
 * const check: RuleCheck = {
 *   rule: { id: 'parts-sum:trained', label: { vi: '…', en: '…' }, left: [], operator: '==', right: [] },
 *   implied: true, status: 'pass', left: 9287, right: 9287, difference: 0, missing: [],
 * };
 */
export interface RuleCheck {
  readonly rule: ConsistencyRule;
  /** True for a rule generated from the breakdown (see `breakdownRules`), false for a caller's rule. */
  readonly implied: boolean;
  readonly status: 'pass' | 'fail' | 'skipped';
  readonly left: number | null;
  readonly right: number | null;
  /** left − right, `null` when skipped. */
  readonly difference: number | null;
  /** Operands that had no value, and why ("total:x not-reported"). */
  readonly missing: readonly string[];
}

/**
 * The result of {@link validateBreakdown}.
 *
 * @example
 * const v: BreakdownValidation = validateBreakdown({ counts: { college: 3 } });
 * v.valid; // true
 */
export interface BreakdownValidation {
  /** True when there is no error: the input is well formed and every error-severity rule passed or was skipped. */
  readonly valid: boolean;
  /** Every rule that was run, implied rules first, in order. */
  readonly checks: readonly RuleCheck[];
  /** The checks that failed. */
  readonly failures: readonly RuleCheck[];
  /** Input problems, malformed rules and one issue per failure (`inconsistent-counts`, naming the difference). */
  readonly issues: readonly Issue[];
}

/**
 * Options of {@link validateBreakdown}.
 *
 * @example
 * const o: ValidateBreakdownOptions = { rules: [], implied: true };
 */
export interface ValidateBreakdownOptions {
  /** The caller's own rules, run after the implied ones. */
  readonly rules?: readonly ConsistencyRule[];
  /** Run the rules the breakdown implies (default true). */
  readonly implied?: boolean;
}

/** Problems with a caller's rule, as issues under `['rules', index]`. */
function ruleIssues(rule: unknown, index: number, checked: CheckedBreakdown): Issue[] {
  const path = ['rules', index];
  const bad = (what: Text, at: (string | number)[] = []) =>
    issueOf(
      'invalid-validation-rule',
      [...path, ...at],
      say(WORKFORCE, 'invalid-validation-rule.rule', { index, what }),
    );
  if (!isRecord(rule)) return [bad(say(WORKFORCE, 'rule.not-object'))];
  const issues: Issue[] = [];
  if (typeof rule.id !== 'string' || rule.id === '') issues.push(bad(say(WORKFORCE, 'rule.no-id'), ['id']));
  if (!isRecord(rule.label) || typeof rule.label.vi !== 'string' || typeof rule.label.en !== 'string') {
    issues.push(bad(say(WORKFORCE, 'rule.no-label'), ['label']));
  }
  if (!RULE_OPERATORS.includes(rule.operator as RuleOperator)) {
    issues.push(
      bad(
        say(WORKFORCE, 'rule.operator', {
          operator: describe(rule.operator),
          operators: RULE_OPERATORS.join(' '),
        }),
        ['operator'],
      ),
    );
  }
  if (
    rule.missing !== undefined &&
    !['skip-if-any-missing', 'skip-if-all-missing', 'never-skip'].includes(rule.missing as string)
  ) {
    issues.push(bad(say(WORKFORCE, 'rule.missing', { missing: describe(rule.missing) }), ['missing']));
  }
  if (rule.severity !== undefined && rule.severity !== 'error' && rule.severity !== 'warning') {
    issues.push(bad(say(WORKFORCE, 'rule.severity'), ['severity']));
  }
  const ids = new Set(checked.totals.map((t) => t.id));
  for (const side of ['left', 'right'] as const) {
    const operands = rule[side];
    if (!Array.isArray(operands) || operands.length === 0) {
      issues.push(
        bad(say(WORKFORCE, 'invalid-validation-rule.operands', { side: say(WORKFORCE, `rule.${side}`) }), [side]),
      );
      continue;
    }
    operands.forEach((o: unknown, j: number) => {
      const at = [side, j];
      if (isRecord(o) && Array.isArray(o.levels) && o.levels.length > 0 && o.levels.every(isQualificationLevel)) return;
      if (isRecord(o) && typeof o.total === 'string') {
        if (!ids.has(o.total)) issues.push(bad(say(WORKFORCE, 'rule.unknown-total', { total: o.total }), at));
        return;
      }
      if (isRecord(o) && o.population === true) return;
      if (isRecord(o) && isCount(o.constant)) return;
      issues.push(bad(say(WORKFORCE, 'rule.operand'), at));
    });
  }
  return issues;
}

type Value = { value: number } | { value: null; why: string };

function operandValue(o: RuleOperand, checked: CheckedBreakdown): Value {
  if ('constant' in o) return { value: o.constant };
  if ('population' in o) {
    const p = checked.population;
    return typeof p === 'number'
      ? { value: p }
      : { value: null, why: `population ${p === null ? 'invalid-count' : 'not-reported'}` };
  }
  if ('total' in o) {
    const t = checked.totals.find((x) => x.id === o.total);
    return t && t.count !== null ? { value: t.count } : { value: null, why: `total:${o.total} invalid-count` };
  }
  const sum = sumLevels(checked, new Set(atomsOf(o.levels)));
  return sum.value !== null
    ? { value: sum.value }
    : { value: null, why: `levels:${o.levels.join('+')} ${sum.reason satisfies MissingReason}` };
}

function holds(left: number, op: RuleOperator, right: number): boolean {
  switch (op) {
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
  }
}

function side(
  operands: readonly RuleOperand[],
  checked: CheckedBreakdown,
  missing: string[],
): { sum: number; all: boolean; any: boolean } {
  let sum = 0;
  let absent = 0;
  for (const o of operands) {
    const v = operandValue(o, checked);
    if (v.value === null) {
      absent++;
      missing.push(v.why);
    } else sum += v.value;
  }
  return { sum, all: absent === operands.length, any: absent > 0 };
}

/** The `missing` entry of a side whose sum is past Number.MAX_SAFE_INTEGER: it cannot be compared exactly. */
const TOO_LARGE = 'too-large';

function run(rule: ConsistencyRule, implied: boolean, checked: CheckedBreakdown): RuleCheck {
  const missing: string[] = [];
  const l = side(rule.left, checked, missing);
  const r = side(rule.right, checked, missing);
  if (!Number.isSafeInteger(l.sum)) missing.push(`left sum ${TOO_LARGE}`);
  if (!Number.isSafeInteger(r.sum)) missing.push(`right sum ${TOO_LARGE}`);
  const strategy = rule.missing ?? 'skip-if-any-missing';
  const skip =
    (strategy === 'skip-if-any-missing' && (l.any || r.any)) ||
    (strategy === 'skip-if-all-missing' && l.all && r.all) ||
    !Number.isSafeInteger(l.sum) ||
    !Number.isSafeInteger(r.sum);
  if (skip) return { rule, implied, status: 'skipped', left: null, right: null, difference: null, missing };
  return {
    rule,
    implied,
    status: holds(l.sum, rule.operator, r.sum) ? 'pass' : 'fail',
    left: l.sum,
    right: r.sum,
    difference: l.sum - r.sum,
    missing,
  };
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const signedVi = (n: number) => (n > 0 ? `+${formatViNumber(n)}` : formatViNumber(n));

/**
 * The error of a rule skipped because a sum is too large to be exact: a
 * breakdown whose figures cannot be checked is not valid, never "consistent".
 */
function tooLargeIssue(c: RuleCheck): Issue | null {
  if (c.status !== 'skipped' || !c.missing.some((m) => m.endsWith(TOO_LARGE))) return null;
  const { rule } = c;
  return issueOf(
    'invalid-count',
    rule.path ?? ['rules', rule.id],
    say(WORKFORCE, 'invalid-count.rule-sum', {
      label: rule.label,
      id: rule.id,
      max: formatViNumber(Number.MAX_SAFE_INTEGER),
    }),
  );
}

function failureIssue(c: RuleCheck): Issue {
  const { rule } = c;
  const l = c.left!;
  const r = c.right!;
  const d = c.difference!;
  return issueOf(
    'inconsistent-counts',
    rule.path ?? ['rules', rule.id],
    say(WORKFORCE, 'inconsistent-counts.rule', {
      label: rule.label,
      id: rule.id,
      l: { en: String(l), vi: formatViNumber(l) },
      operator: rule.operator,
      r: { en: String(r), vi: formatViNumber(r) },
      d: { en: signed(d), vi: signedVi(d) },
    }),
    rule.severity ?? 'error',
  );
}

/**
 * Checks a qualification breakdown: its shape and counts (negative,
 * fractional, unknown levels, a level given twice), then every consistency
 * rule — those the breakdown implies (parts add up to each reported total and
 * subtotals to their total; nobody counted beyond the population) and the
 * caller's own. Each failure is an `inconsistent-counts` issue that names the
 * difference (left − right). A rule whose sum is past
 * Number.MAX_SAFE_INTEGER cannot be compared exactly: it is skipped with an
 * `invalid-count` error ("sum too large"), so the breakdown is not valid.
 * Never throws: a malformed rule is an `invalid-validation-rule` issue and the
 * other rules still run.
 *
 * @param breakdown - the breakdown to check
 * @param givenOptions - extra `rules`; `implied: false` to run only those
 * @returns checks, failures and issues; `valid` when nothing is in error
 * @example
 * // Đăk Cấm ward report 2025, Mục II.3: 1.736 + 738 + 1.384 + 1.089 = 4.947 and 4.947 + 4.340 = 9.287
 * validateBreakdown(dakCam).valid; // true
 * // a typo (1.763 for 1.736) is caught and named
 * const typo = { ...dakCam, counts: { ...dakCam.counts, 'certificate-under-3-months': 1763 } };
 * validateBreakdown(typo).failures.map((f) => [f.rule.id, f.difference]);
 * // [['parts-sum:trained', 27], ['parts-sum:below-university', 27]]
 */
export function validateBreakdown(
  breakdown: QualificationBreakdown | unknown,
  givenOptions: ValidateBreakdownOptions = {},
): BreakdownValidation {
  const options = optionsArg(givenOptions) as ValidateBreakdownOptions;
  const checked = checkBreakdown(breakdown);
  const issues: Issue[] = [...checked.issues];
  const checks: RuleCheck[] = [];
  const inputOk = !checked.issues.some((i) => i.severity === 'error');
  if (options.implied !== false) {
    for (const rule of impliedRules(checked)) {
      const c = run(rule, true, checked);
      checks.push(c);
      // with input errors the grouping itself is suspect: those errors are reported already
      if (c.status === 'skipped' && inputOk && c.missing.some((m) => m.endsWith('mixed-group'))) {
        issues.push(
          issueOf(
            'incomplete-breakdown',
            rule.path ?? [],
            say(WORKFORCE, 'incomplete-breakdown.rule', { id: rule.id }),
            'warning',
          ),
        );
      }
    }
  }
  const own = options.rules ?? [];
  if (!Array.isArray(own)) {
    issues.push(issueOf('invalid-validation-rule', ['rules'], say(WORKFORCE, 'invalid-validation-rule.rules')));
  } else {
    own.forEach((rule: unknown, i: number) => {
      const bad = ruleIssues(rule, i, checked);
      if (bad.length > 0) issues.push(...bad);
      else checks.push(run(rule as ConsistencyRule, false, checked));
    });
  }
  const failures = checks.filter((c) => c.status === 'fail');
  for (const c of checks) {
    const tooLarge = tooLargeIssue(c);
    if (tooLarge) issues.push(tooLarge);
  }
  for (const f of failures) issues.push(failureIssue(f));
  return { valid: !issues.some((i) => i.severity === 'error'), checks, failures, issues };
}
