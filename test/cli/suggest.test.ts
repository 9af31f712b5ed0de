import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearest } from '../../src/cli/suggest.js';
import { lines, xhht } from './helpers.js';

describe('editDistance (Damerau-Levenshtein, optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('evalute', 'evaluate')).toBe(1); // one letter left out
    expect(editDistance('qd1337', 'qd1373')).toBe(1); // two digits swapped
    expect(editDistance('plans', 'plan')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3); // the textbook example
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('ca', 'abc')).toBe(3); // optimal string alignment: no edit of a swapped pair
  });

  it('property: 0 exactly for equal strings, symmetric, at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max([...a].length, [...b].length));
      }),
      { numRuns: 200 },
    );
  });
});

describe('nearest / didYouMean', () => {
  it('ignores case, marks and separators', () => {
    expect(nearest('Assess_Communes', ['evaluate', 'assess-communes'])).toBe('assess-communes');
    expect(nearest('QD 1373', ['qd-1373', 'hue-2026'])).toBe('qd-1373');
    expect(nearest('Số người 15-60', ['Số người 15-60 tuổi', 'Số người 15-35 tuổi'])).toBe('Số người 15-60 tuổi');
  });

  it('stays quiet when nothing is near, rather than guess', () => {
    expect(nearest('report', ['evaluate', 'plans', 'indicators', 'schema', 'assess-communes'])).toBeUndefined();
    expect(nearest('', ['evaluate'])).toBeUndefined();
    expect(didYouMean('report', ['evaluate'])).toEqual({ en: '', vi: '' });
  });

  it('a unique beginning is enough', () => {
    expect(nearest('assess', ['evaluate', 'assess-communes'])).toBe('assess-communes');
    expect(nearest('pcgd', ['pcgd-th', 'pcgd-thcs'])).toBeUndefined();
  });
});

describe('xhht answers "did you mean …?"', () => {
  it('an unknown command', async () => {
    const r = await xhht(['asess-communes']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toBe(
      'xhht: không có lệnh "asess-communes" (có phải ý bạn là "assess-communes"?); các lệnh: evaluate, plans, plan, indicators, schema, assess-communes',
    );
    const help = await xhht(['help', 'evalaute', '--lang', 'en']);
    expect(help.code).toBe(2);
    expect(lines(help.stderr)[0]).toContain('unknown command "evalaute" (did you mean "evaluate"?)');
  });

  it('an unknown option, of a command or before one', async () => {
    const r = await xhht(['evaluate', 'examples/national-2024.json', '--yaer', '2025', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toBe('xhht: unknown option --yaer (did you mean "--year"?)');
    const top = await xhht(['--hepl']);
    expect(lines(top.stderr)[0]).toContain('(có phải ý bạn là "--help"?)');
    const flag = await xhht([
      'assess-communes',
      'examples/communes-sample.csv',
      '--ignore-unknown-column',
      '--lang',
      'en',
    ]);
    expect(lines(flag.stderr)[0]).toBe(
      'xhht: unknown option --ignore-unknown-column (did you mean "--ignore-unknown-columns"?)',
    );
  });

  it('an unknown plan id, on the command line or in the file', async () => {
    const r = await xhht([
      'evaluate',
      'examples/national-2024.json',
      '--plan',
      'qd-1337',
      '--year',
      '2025',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toMatch(/^xhht: unknown plan "qd-1337" \(did you mean "qd-1373"\?\); built-in plans: /);
    const f = await xhht(['evaluate', 'p.json', '--year', '2025', '--lang', 'en'], {
      'p.json': JSON.stringify({ plan: 'QD1373', observations: [] }),
    });
    expect(f.code).toBe(1);
    expect(f.stderr).toMatch(/^p\.json: plan: unknown plan "QD1373" \(did you mean "qd-1373"\?\);/);
    const i = await xhht(['indicators', '--plan', 'hue-2062', '--lang', 'en']);
    expect(lines(i.stderr)[0]).toContain('(did you mean "hue-2026"?)');
  });

  it('an unknown indicator id in the data', async () => {
    const file = 'indicator;numerator;denominator\nprovinces-literacy-levl-2;55;63\n';
    const r = await xhht(['evaluate', 'o.csv', '--year', '2025', '--lang', 'en'], { 'o.csv': file });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toBe(
      'o.csv:2: indicator: unknown indicator "provinces-literacy-levl-2" (did you mean "provinces-literacy-level-2"?) (unknown-indicator)',
    );
  });

  it('an unknown regime, standard or format', async () => {
    const regime = await xhht([
      'assess-communes',
      'examples/communes-sample.csv',
      '--regime',
      'nd142-2052',
      '--lang',
      'en',
    ]);
    expect(lines(regime.stderr)[0]).toContain('unknown regime "nd142-2052" (did you mean "nd142-2025"?)');
    const standard = await xhht([
      'assess-communes',
      'examples/communes-sample.csv',
      '--standards',
      'xcm',
      '--lang',
      'en',
    ]);
    expect(lines(standard.stderr)[0]).toContain('has no standard "xcm" (did you mean "xmc"?)');
    const format = await xhht(['plans', '--format', 'markdwon', '--lang', 'en']);
    expect(lines(format.stderr)[0]).toContain('not "markdwon" (did you mean "markdown"?)');
  });
});
