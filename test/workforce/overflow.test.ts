import { describe, expect, it } from 'vitest';
import { validateBreakdown } from '../../src/workforce/validate.js';

// 2^52 + 2^52 = 2^53 > Number.MAX_SAFE_INTEGER (2^53 − 1): each count is a safe integer, their sum is not.
const HUGE = 2 ** 52;

describe('validateBreakdown: a sum too large to be exact', () => {
  it('is an invalid-count error, so the breakdown is not valid', () => {
    const v = validateBreakdown({
      counts: { college: HUGE, university: HUGE },
      totals: [{ id: 't', levels: ['college', 'university'], count: 1 }],
    });
    expect(v.valid).toBe(false);
    expect(v.checks.map((c) => [c.rule.id, c.status])).toEqual([['parts-sum:t', 'skipped']]);
    const issue = v.issues.find((i) => i.code === 'invalid-count')!;
    expect(issue).toMatchObject({ severity: 'error', path: ['totals', 0, 'count'] });
    expect(issue.message).toContain('sum too large');
  });

  it('a caller rule whose constants overflow says so too', () => {
    const v = validateBreakdown(
      { counts: { college: 3 } },
      {
        implied: false,
        rules: [
          {
            id: 'r',
            label: { vi: 'r', en: 'r' },
            left: [{ constant: HUGE }, { constant: HUGE }],
            operator: '>=',
            right: [{ levels: ['college'] }],
          },
        ],
      },
    );
    expect(v.valid).toBe(false);
    expect(v.issues.map((i) => [i.code, i.path])).toEqual([['invalid-count', ['rules', 'r']]]);
  });

  it('sums that fit stay valid: 2^52 + 3 against 2^52 + 3', () => {
    const v = validateBreakdown({
      counts: { college: HUGE, university: 3 },
      totals: [{ id: 't', levels: ['college', 'university'], count: HUGE + 3 }],
    });
    expect(v.valid).toBe(true);
    expect(v.checks[0]!.status).toBe('pass');
  });
});
