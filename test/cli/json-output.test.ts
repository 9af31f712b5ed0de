import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gather, jsonArray, jsonLater, jsonPieces } from '../../src/cli/json-output.js';

const text = (value: unknown, depth?: number) => [...jsonPieces(value, depth)].join('');

describe('jsonPieces: the text of JSON.stringify(value, null, 2), in pieces', () => {
  it('for any value, at any depth', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true }),
        fc.integer({ min: 0, max: 5 }),
        (value, depth) => {
          const expected = JSON.stringify(value, null, 2);
          if (expected === undefined) expect([...jsonPieces(value, depth)]).toEqual([]);
          else expect(text(value, depth)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it(
    'leaves out what JSON leaves out: undefined and functions ' + 'in objects, null for them in arrays; toJSON applied',
    () => {
      const value = {
        a: undefined,
        b: () => 1,
        c: [undefined, () => 1, 2],
        d: new Date(Date.UTC(2025, 0, 2)),
        e: { toJSON: (key: string) => `key ${key}` },
        f: {},
        g: [],
      };
      expect(text(value)).toBe(JSON.stringify(value, null, 2));
    },
  );

  it('an array from an iterable is written item by item, its items made as they are written', () => {
    const made: number[] = [];
    function* items() {
      for (let i = 0; i < 3; i++) {
        made.push(i);
        yield { unit: `Xã ${i}`, results: [i] };
      }
    }
    const pieces = jsonPieces({ reports: jsonArray(items()), issues: jsonLater(() => [`made ${made.length}`]) });
    const first = pieces.next().value as string;
    expect(made).toEqual([]); // nothing is made before it is written
    const rest = [...pieces].join('');
    const expected = { reports: [0, 1, 2].map((i) => ({ unit: `Xã ${i}`, results: [i] })), issues: ['made 3'] };
    expect(first + rest).toBe(JSON.stringify(expected, null, 2));
    expect(text({ reports: jsonArray([]) })).toBe(JSON.stringify({ reports: [] }, null, 2));
  });

  it('writes a value whose JSON passes the longest string Node can hold (the RangeError of 20,000 communes)', () => {
    // 20,000 communes of 30,000 characters each: 600 million characters, over the 2^29 − 24 a string may hold
    const commune = { id: 'c', checks: 'x'.repeat(30_000) };
    const communes = jsonArray(
      (function* () {
        for (let i = 0; i < 20_000; i++) yield commune;
      })(),
    );
    let length = 0;
    let largest = 0;
    for (const piece of jsonPieces({ communes })) {
      length += piece.length;
      largest = Math.max(largest, piece.length);
    }
    expect(length).toBeGreaterThan(2 ** 29);
    expect(largest).toBeLessThan(200_000);
  });
});

describe('gather', () => {
  it('joins pieces into larger ones, keeping the text', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.integer({ min: 1, max: 50 }), (pieces, size) => {
        const out = [...gather(pieces, size)];
        expect(out.join('')).toBe(pieces.join(''));
        // every piece but the last has reached the size; none is empty
        for (const p of out.slice(0, -1)) expect(p.length).toBeGreaterThanOrEqual(size);
        for (const p of out) expect(p).not.toBe('');
      }),
    );
  });
});
