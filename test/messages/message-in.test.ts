import { describe, expect, it } from 'vitest';
import { XhhtError, computeAttainment, isXhhtError, messageIn, parseViNumber } from '../../src/index.js';

/*
 * Issue 12.3: "A caller can pick the language once (an option, not global
 * state)." messageIn is the one documented way to get a problem's message in
 * the app's language, for issues and for thrown errors alike.
 */

describe('messageIn: a problem in the language the caller picked (issue 12.3)', () => {
  it('gives an issue of a result in Vietnamese or in English', () => {
    // 5 of 4: a numerator above its denominator, made up for this test (universities-digital is a QĐ 1373 indicator)
    const { issues } = computeAttainment({
      plan: 'qd-1373',
      year: 2025,
      observations: [{ indicator: 'universities-digital', numerator: 5, denominator: 4 }],
    });
    expect(issues.map((i) => i.code)).toEqual(['numerator-exceeds-denominator']);
    expect(messageIn(issues[0]!, 'vi')).toBe('tử số 5 lớn hơn mẫu số 4');
    expect(messageIn(issues[0]!, 'en')).toBe('numerator 5 is greater than denominator 4');
  });

  it('gives a thrown XhhtError in either language', () => {
    // "1.23.4": a thousands group of two digits, not a Vietnamese number
    let caught: unknown;
    try {
      parseViNumber('1.23.4');
    } catch (e) {
      caught = e;
    }
    expect(isXhhtError(caught)).toBe(true);
    const e = caught as XhhtError;
    expect(messageIn(e, 'vi')).toBe(e.messageVi);
    expect(messageIn(e, 'en')).toBe(e.message);
    expect(messageIn(e, 'vi')).toMatch(/^"1\.23\.4" không phải số hợp lệ/);
    expect(messageIn(e, 'en')).toMatch(/^"1\.23\.4" is not a Vietnamese number/);
  });

  it('reads each text once: a getter cannot change it between the check and the use', () => {
    let reads = 0;
    const problem = {
      get messageVi() {
        reads++;
        return reads === 1 ? 'lần đầu' : (1 as unknown as string);
      },
      message: 'first',
    };
    expect(messageIn(problem as never, 'vi')).toBe('lần đầu');
    expect(reads).toBe(1);
  });

  it('is invalid-input for a language other than vi and en, or a value that is not a problem', () => {
    const issue = { code: 'invalid-input', severity: 'error', path: [], message: 'a', messageVi: 'b' } as const;
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isXhhtError(e) ? [e.code, e.path] : 'not an XhhtError';
      }
      return 'returned';
    };
    expect(codeOf(() => messageIn(issue, 'fr' as never))).toEqual(['invalid-input', ['lang']]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const bad of [
      null,
      undefined,
      3,
      'text',
      {},
      { message: 'only English' },
      { messageVi: 'chỉ tiếng Việt' },
      proxy,
    ]) {
      expect(codeOf(() => messageIn(bad as never, 'en'))).toEqual(['invalid-input', ['problem']]);
      expect(codeOf(() => messageIn(bad as never, 'vi'))).toEqual(['invalid-input', ['problem']]);
    }
  });

  it('gives an XhhtError made from a catalog text in the language picked', () => {
    expect(messageIn(new XhhtError('unknown-plan', { en: 'no plan "x"', vi: 'không có kế hoạch "x"' }), 'vi')).toBe(
      'không có kế hoạch "x"',
    );
  });
});
