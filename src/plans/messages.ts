import type { CheckIssue } from '../check/core.js';
import { describe } from '../util/describe.js';
import type { Issue, IssuePath } from '../errors.js';
import { say, type Text } from '../messages/say.js';
import { PLANS } from '../messages/sections.js';
import { DECIMAL_PATTERN, ID_PATTERN, ISO_DATE_PATTERN } from './patterns.js';

/*
 * What a plan file got wrong, said in both languages. zod's own messages are
 * English ("Invalid input: expected string, received undefined"), and its
 * Vietnamese locale still names JavaScript types ("mong đợi string"), which an
 * official filling in a plan cannot act on. So every problem a person makes in
 * a plan (a missing field, a wrong type, a value not in a list, a bound, a
 * pattern, an unknown field) is worded here, from the issues of the plan
 * checks (src/check, the same issues as zod's). The plan checks raise no other
 * kind of issue; one would keep its English message in both languages.
 */

type ZodIssue = CheckIssue;

// the types a plan field may want or get, worded for a person filling in a plan
const TYPES = {
  string: 'plan-check.type-string',
  number: 'plan-check.type-number',
  int: 'plan-check.type-int',
  boolean: 'plan-check.type-boolean',
  object: 'plan-check.type-object',
  array: 'plan-check.type-array',
  null: 'plan-check.type-null',
} as const;

function typeText(name: string): Text {
  return Object.hasOwn(TYPES, name) ? say(PLANS, TYPES[name as keyof typeof TYPES]) : { vi: name, en: name };
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const show = (v: unknown) => describe(v).en;
const list = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? v : show(v))).join(', ');

/** The pattern a string failed, worded. */
function formatText(pattern: string | undefined): Text {
  if (pattern === String(ID_PATTERN)) return say(PLANS, 'plan-check.id');
  if (pattern === String(ISO_DATE_PATTERN)) return say(PLANS, 'plan-check.date');
  if (pattern === String(DECIMAL_PATTERN)) return say(PLANS, 'plan-check.decimal');
  return say(PLANS, 'plan-check.format');
}

/** One issue's text, or `null` for a kind of issue the plan checks never raise. */
function text(issue: ZodIssue): Text | null {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return say(PLANS, 'plan-check.required');
      const expected = typeText(issue.expected!);
      // 2.5 for a whole number: the value says more than its type
      const got = issue.expected === 'int' && typeof input === 'number' ? String(input) : typeText(typeOf(input));
      return say(PLANS, 'plan-check.type', { expected, got });
    }
    case 'invalid_value': {
      const values = issue.values!;
      return values.length === 1
        ? say(PLANS, 'plan-check.value', { value: show(values[0]) })
        : say(PLANS, 'plan-check.one-of', { values: list(values) });
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? say(PLANS, 'plan-check.not-empty')
          : say(PLANS, 'plan-check.min-characters', { min });
      }
      if (issue.origin === 'array') return say(PLANS, 'plan-check.min-items', { min });
      return issue.inclusive ? say(PLANS, 'plan-check.at-least', { min }) : say(PLANS, 'plan-check.more-than', { min });
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return say(PLANS, 'plan-check.max-characters', { max });
      if (issue.origin === 'array') return say(PLANS, 'plan-check.max-items', { max });
      return issue.inclusive ? say(PLANS, 'plan-check.at-most', { max }) : say(PLANS, 'plan-check.less-than', { max });
    }
    case 'invalid_format':
      return formatText(issue.format === 'regex' ? (issue as { pattern?: string }).pattern : undefined);
    case 'unrecognized_keys': {
      const keys = issue.keys!.join(', ');
      return issue.keys!.length > 1
        ? say(PLANS, 'plan-check.unknown-fields', { keys })
        : say(PLANS, 'plan-check.unknown-field', { keys });
    }
    case 'invalid_union': {
      // a discriminated union whose discriminator matches no option ("kind": "ratio")
      const options = (issue as { options?: readonly unknown[] }).options;
      if (options) return say(PLANS, 'plan-check.one-of', { values: list(options) });
      return null;
    }
    case 'custom': {
      const vi = (issue.params as { vi?: unknown } | undefined)?.vi;
      return typeof vi === 'string' ? { vi, en: issue.message } : null;
    }
    default:
      return null;
  }
}

/**
 * The branch of a union the input was most likely meant for: the one whose
 * type matches (no type error at its root), then the one with fewest
 * problems. `{ "document": "x" }` is a free-text source missing `verified`,
 * not a structured source with six problems.
 */
function likeliestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] {
  let best: readonly ZodIssue[] = [];
  let bestScore = Infinity;
  for (const b of branches) {
    const wrongType = b.some((i) => i.path.length === 0 && i.code === 'invalid_type');
    const score = (wrongType ? 1000 : 0) + b.length;
    if (score < bestScore) [best, bestScore] = [b, score];
  }
  return best;
}

/** Flattens unions into the issues of their likeliest branch, paths made absolute. */
function flatten(
  issues: readonly ZodIssue[],
  prefix: readonly PropertyKey[],
): { readonly issue: ZodIssue; readonly path: readonly PropertyKey[] }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors!.length > 0)
      return flatten(likeliestBranch(issue.errors!), path);
    return [{ issue, path }];
  });
}

/**
 * The issues of a failed plan parse (`safeParse(planChecks().plan, input, { reportInput: true })`)
 * as coded xhht issues, each with its path and a message in both languages:
 * never zod's English in `messageVi`. A union reports the branch the input
 * was meant for.
 *
 * @param issues - the issues (parse with `reportInput: true` so types can be named)
 * @param code - the code of every issue (default `invalid-plan`)
 * @param prefix - where the parsed value sits in the caller's input
 * @returns one issue per problem
 * @example
 * const r = safeParse(planChecks().plan, { ...plan, issuer: '' }, { reportInput: true });
 * if (!r.success) planIssues(r.issues);
 * // [{ code: 'invalid-plan', severity: 'error', path: ['issuer'], message: 'must not be empty', messageVi: 'không được
 * //   để trống' }]
 */
export function planIssues(
  issues: readonly ZodIssue[],
  code: Issue['code'] = 'invalid-plan',
  prefix: IssuePath = [],
): Issue[] {
  // no plan check raises another kind of issue (test/check/); its English would do in both languages
  const other = (issue: ZodIssue): Text => ({ vi: issue.message, en: issue.message });
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const { issue, path } of flatten(issues, prefix)) {
    const t = text(issue) ?? other(issue);
    const p = path.map((k) => (typeof k === 'symbol' ? String(k) : k));
    // two branches of nested unions can say the same thing
    const key = `${p.join('\u0000')}\u0001${t.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code, severity: 'error', path: p, message: t.en, messageVi: t.vi });
  }
  return out;
}
