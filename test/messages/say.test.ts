import { describe, expect, expectTypeOf, it } from 'vitest';
import { XhhtError, issueOf } from '../../src/errors.js';
import { fill, messageFields, say, textIn, type ParamNames, type ParamsArg } from '../../src/messages/say.js';
import { DISPLAY, EXACT } from '../../src/messages/sections.js';

describe('say: a message of the catalogs in both languages (issue 12.3)', () => {
  it('fills every parameter, in each language', () => {
    // 64 of 63: the example of shareProblem's JSDoc (a numerator above its denominator)
    expect(say(EXACT, 'numerator-exceeds-denominator', { numerator: 64, denominator: 63 })).toEqual({
      en: 'numerator 64 is greater than denominator 63',
      vi: 'tử số 64 lớn hơn mẫu số 63',
    });
  });

  it('gives a Text parameter its own wording in each language', () => {
    const reason = say(EXACT, 'invalid-count.negative', { value: -1 });
    expect(say(EXACT, 'invalid-count.numerator', { reason })).toEqual({
      en: 'numerator: a count cannot be negative (-1)',
      vi: 'tử số: số lượng không thể âm (-1)',
    });
  });

  it('leaves text in braces that is not a parameter as written', () => {
    expect(say(EXACT, 'invalid-input.share-not-object', { index: 2 }).en).toBe(
      'share 2 is not an object { numerator, denominator }',
    );
    expect(fill('{a} and {b}', { a: 1 }, 'en')).toBe('1 and {b}');
    expect(fill('{a}', { a: 10n }, 'vi')).toBe('10');
  });

  it('picks one language (textIn) and fills issue fields (messageFields, issueOf, XhhtError)', () => {
    const text = say(DISPLAY, 'zero-denominator.share');
    expect(textIn(text, 'vi')).toBe('mẫu số bằng 0: tỷ lệ không có giá trị');
    expect(textIn(text, 'en')).toBe('the denominator is 0: a share of nothing has no percentage');
    expect(messageFields(text)).toEqual({ message: text.en, messageVi: text.vi });
    expect(issueOf('zero-denominator', ['denominator'], text, 'warning')).toEqual({
      code: 'zero-denominator',
      severity: 'warning',
      path: ['denominator'],
      message: text.en,
      messageVi: text.vi,
    });
    const e = new XhhtError('zero-denominator', text, { path: ['denominator'] });
    expect([e.message, e.messageVi, e.path]).toEqual([text.en, text.vi, ['denominator']]);
    // the English-and-options form still works
    expect(new XhhtError('invalid-input', 'x', { messageVi: 'y' }).messageVi).toBe('y');
  });

  it('never throws on a parameter that got past the types: it is described, in one place (issue 13 §1)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const hostile = {
      get en(): string {
        throw new Error('getter');
      },
    };
    const cases: [unknown, string, string][] = [
      [Symbol('x'), 'Symbol("x")', 'Symbol("x")'],
      [Object.create(null), 'an object without a prototype', 'một đối tượng không có prototype'],
      [proxy, 'a revoked Proxy', 'một Proxy đã bị thu hồi'],
      [hostile, 'an object', 'một đối tượng'],
      [[1, 2], 'an array of 2 items', 'một mảng 2 phần tử'],
      [undefined, 'undefined', 'undefined'],
    ];
    for (const [value, en, vi] of cases) {
      expect(fill('got {v}', { v: value as never }, 'en')).toBe(`got ${en}`);
      expect(fill('nhận được {v}', { v: value as never }, 'vi')).toBe(`nhận được ${vi}`);
    }
    // the value in a real message: decimals given as a Symbol
    expect(say(DISPLAY, 'invalid-input.decimals', { max: 20, value: Symbol('d') as never }).en).toBe(
      'decimals must be a whole number from 0 to 20, got Symbol("d")',
    );
  });

  it('types the parameters from the English template', () => {
    expectTypeOf<ParamNames<'share {index} is not an object { numerator, denominator }'>>().toEqualTypeOf<'index'>();
    expectTypeOf<ParamNames<'{a}: {b} {a}'>>().toEqualTypeOf<'a' | 'b'>();
    expectTypeOf<ParamsArg<'the file is empty'>>().toEqualTypeOf<[]>();
    // @ts-expect-error a parameter is missing
    say(EXACT, 'numerator-exceeds-denominator', { numerator: 1 });
    // @ts-expect-error a parameter the message does not have
    say(EXACT, 'invalid-count.negative', { value: 1, other: 2 });
    // @ts-expect-error a key the section does not have
    say(EXACT, 'no-such-message');
    expect(true).toBe(true);
  });
});
