import { describe, expect, it } from 'vitest';
import { parseThreshold } from '../../src/exact/threshold.js';
import { expectXhhtError } from '../vi/helpers.js';

// The canonical text and exact digits of a threshold, and the words of each refusal.
describe('parseThreshold: canonical text', () => {
  it('"70.500" is 70.5: every trailing zero after the point goes, not just one', () => {
    expect(parseThreshold('70.500')).toEqual({ text: '70.5', scaled: 705, scale: 1 });
  });

  it('"070.500" is 70.5, "0.0" is 0, "100.000000" is 100 (zeros that change nothing are dropped)', () => {
    expect(parseThreshold('070.500')).toEqual({ text: '70.5', scaled: 705, scale: 1 });
    expect(parseThreshold('0.0')).toEqual({ text: '0', scaled: 0, scale: 0 });
    expect(parseThreshold('100.000000')).toEqual({ text: '100', scaled: 100, scale: 0 });
    expect(parseThreshold('0')).toEqual({ text: '0', scaled: 0, scale: 0 });
  });

  it('surrounding spaces are trimmed: " 99.5 " is 99.5', () => {
    expect(parseThreshold(' 99.5 ')).toEqual({ text: '99.5', scaled: 995, scale: 1 });
  });

  it('six places is the most: "0.000001" is 1 over 10^6', () => {
    expect(parseThreshold('0.000001')).toEqual({ text: '0.000001', scaled: 1, scale: 6 });
    // trailing zeros do not count against the six: "1.0000000" is 1
    expect(parseThreshold('1.0000000')).toEqual({ text: '1', scaled: 1, scale: 0 });
  });
});

describe('parseThreshold: refusals say why, in both languages', () => {
  it('seven places', () => {
    const e = expectXhhtError(() => parseThreshold('0.0000001', ['targets', 3, 'value']), 'invalid-threshold');
    expect(e.path).toEqual(['targets', 3, 'value']);
    expect(e.message).toBe('"0.0000001" has more than 6 decimal places');
    expect(e.messageVi).toBe('"0.0000001" có quá 6 chữ số thập phân');
  });

  it('digits past 2^53 − 1: 9007199254740992 (2^53) is too large', () => {
    const e = expectXhhtError(() => parseThreshold('9007199254740992'), 'invalid-threshold');
    expect(e.message).toBe('"9007199254740992" is too large');
    expect(e.messageVi).toBe('"9007199254740992" quá lớn');
    // 2^53 − 1 itself is exact
    expect(parseThreshold('9007199254740991').scaled).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('text that is not a decimal, and a number that is not finite', () => {
    const e = expectXhhtError(() => parseThreshold('9,5', ['value']), 'invalid-threshold');
    expect(e.path).toEqual(['value']);
    expect(e.message).toBe('"9,5" is not a non-negative decimal number like "70" or "99.5"');
    expect(e.messageVi).toBe('"9,5" không phải số thập phân không âm dạng "70" hoặc "99.5"');
    expect(expectXhhtError(() => parseThreshold(Infinity), 'invalid-threshold').message).toBe(
      '"Infinity" is not a non-negative decimal number like "70" or "99.5"',
    );
    expect(expectXhhtError(() => parseThreshold(null as never), 'invalid-threshold').path).toEqual([]);
  });
});
