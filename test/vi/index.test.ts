import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as vi from '../../src/vi/index.js';

describe('public API', () => {
  it('re-exports every vi function from the package root', () => {
    const names = [
      'parseViNumber',
      'parseViDecimal',
      'parseViCount',
      'formatViNumber',
      'parseViShare',
      'parseViPercent',
      'parseViPercentDecimal',
      'formatViPercent',
    ] as const;
    expect(Object.keys(vi).sort()).toEqual([...names].sort());
    const rootExports: Record<string, unknown> = root;
    const viExports: Record<string, unknown> = vi;
    for (const name of names) expect(rootExports[name]).toBe(viExports[name]);
  });
});
