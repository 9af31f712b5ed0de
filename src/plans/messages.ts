import type { CheckIssue } from '../check/core.js';
import { describe } from '../util/describe.js';
import type { Issue, IssuePath } from '../errors.js';
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
interface Text {
  readonly vi: string;
  readonly en: string;
}

const TYPES: Readonly<Record<string, Text>> = {
  string: { vi: 'văn bản', en: 'text' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  object: { vi: 'một nhóm trường { … }', en: 'an object { … }' },
  array: { vi: 'một danh sách [ … ]', en: 'a list [ … ]' },
  null: { vi: 'null', en: 'null' },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const show = (v: unknown) => describe(v).en;
const list = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? v : show(v))).join(', ');

/** The pattern a string failed, worded. */
function formatText(pattern: string | undefined): Text {
  if (pattern === String(ID_PATTERN)) {
    return {
      vi: 'phải là mã viết thường, không dấu, các từ nối bằng dấu gạch ngang, ví dụ "qd-1373"',
      en: 'must be a kebab-case id like "qd-1373"',
    };
  }
  if (pattern === String(ISO_DATE_PATTERN))
    return { vi: 'phải là ngày dạng YYYY-MM-DD, ví dụ 2025-12-31', en: 'must be a date YYYY-MM-DD, like 2025-12-31' };
  if (pattern === String(DECIMAL_PATTERN)) {
    return {
      vi: 'phải là số thập phân viết bằng dấu chấm, ví dụ "70" hoặc "99.5"',
      en: 'must be a decimal number written with a point, like "70" or "99.5"',
    };
  }
  return { vi: 'không đúng định dạng', en: 'is not in the expected form' };
}

/** One issue's text, or `null` for a kind of issue the plan checks never raise. */
function text(issue: ZodIssue): Text | null {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return { vi: 'bắt buộc, chưa có giá trị', en: 'required, but missing' };
      const expected = TYPES[issue.expected!] ?? { vi: issue.expected!, en: issue.expected! };
      // 2.5 for a whole number: the value says more than its type
      const got =
        issue.expected === 'int' && typeof input === 'number'
          ? { vi: String(input), en: String(input) }
          : (TYPES[typeOf(input)] ?? { vi: typeOf(input), en: typeOf(input) });
      return { vi: `phải là ${expected.vi}, không phải ${got.vi}`, en: `must be ${expected.en}, not ${got.en}` };
    }
    case 'invalid_value': {
      const values = issue.values!;
      return values.length === 1
        ? { vi: `phải là ${show(values[0])}`, en: `must be ${show(values[0])}` }
        : { vi: `phải là một trong: ${list(values)}`, en: `must be one of: ${list(values)}` };
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? { vi: 'không được để trống', en: 'must not be empty' }
          : { vi: `phải có ít nhất ${min} ký tự`, en: `must have at least ${min} characters` };
      }
      if (issue.origin === 'array')
        return { vi: `phải có ít nhất ${min} phần tử`, en: `must have at least ${min} items` };
      return issue.inclusive
        ? { vi: `phải từ ${min} trở lên`, en: `must be at least ${min}` }
        : { vi: `phải lớn hơn ${min}`, en: `must be more than ${min}` };
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string')
        return { vi: `không được dài quá ${max} ký tự`, en: `must have at most ${max} characters` };
      if (issue.origin === 'array')
        return { vi: `không được có quá ${max} phần tử`, en: `must have at most ${max} items` };
      return issue.inclusive
        ? { vi: `không được vượt quá ${max}`, en: `must be at most ${max}` }
        : { vi: `phải nhỏ hơn ${max}`, en: `must be less than ${max}` };
    }
    case 'invalid_format':
      return formatText(issue.format === 'regex' ? (issue as { pattern?: string }).pattern : undefined);
    case 'unrecognized_keys': {
      const keys = issue.keys!;
      return {
        vi: `trường không được nhận: ${keys.join(', ')}`,
        en: `unknown field${keys.length > 1 ? 's' : ''}: ${keys.join(', ')}`,
      };
    }
    case 'invalid_union': {
      // a discriminated union whose discriminator matches no option ("kind": "ratio")
      const options = (issue as { options?: readonly unknown[] }).options;
      if (options) return { vi: `phải là một trong: ${list(options)}`, en: `must be one of: ${list(options)}` };
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
