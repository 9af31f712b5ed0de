import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttainmentReport } from '../../src/attainment/result.js';
import { decodePieces } from '../../src/cli/input-stream.js';
import { decodeText } from '../../src/cli/io.js';
import { syntaxErrorOffset } from '../../src/cli/json.js';
import { isXhhtError } from '../../src/errors.js';
import { lines, xhht } from './helpers.js';

// Figures: 55 of 63 provinces at XMC level 2 in 2024 (shared/domain/targets-1373.md §3, as in
// examples/national-2024.json); 2025 target 70% (Decision 1373, Mục II.2.a).
const XMC2 = 'provinces-literacy-level-2';
const OBS = `{"indicator": "${XMC2}", "numerator": 55, "denominator": 63}`;
const GOOD = `{"year": 2025, "observations": [${OBS}]}`;

describe('xhht evaluate: a JSON file whose root is not an object or array', () => {
  it.each([['null'], ['5'], ['"text"'], ['true']])('%s is one invalid-json line, exit 1', async (root) => {
    const r = await xhht(['evaluate', 'n.json', '--year', '2025', '--lang', 'en'], { 'n.json': root });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^n\.json: expected an array of observations or an object with "observations": \[\.\.\.\] \(invalid-json\)\n$/,
    );
    expect(r.stderr).not.toContain('internal error');
  });

  it('assess-communes: null is invalid-json too', async () => {
    const r = await xhht(['assess-communes', 'c.json', '--lang', 'en'], { 'c.json': 'null' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^c\.json: .*\(invalid-json\)\n$/);
  });
});

describe('--out must not overwrite an input file', () => {
  it.each([['a.json'], ['./a.json'], ['sub/../a.json']])(
    'evaluate a.json --out %s is a usage error, nothing written',
    async (out) => {
      const r = await xhht(['evaluate', 'a.json', '--out', out, '--format', 'json'], { 'a.json': GOOD });
      expect(r.code).toBe(2);
      expect(r.written.size).toBe(0);
      expect(r.stderr).toContain('--out');
    },
  );

  it('evaluate --out the --plan-file is a usage error', async () => {
    const r = await xhht(['evaluate', 'a.json', '--plan-file', 'plan.json', '--out', 'plan.json', '--lang', 'en'], {
      'a.json': GOOD,
      'plan.json': '{}',
    });
    expect(r.code).toBe(2);
    expect(r.written.size).toBe(0);
    expect(lines(r.stderr)).toEqual([
      'plan.json: --out is the file --plan-file reads; write the report to another file (output-is-input)',
    ]);
  });

  it('assess-communes c.csv --out c.csv is a usage error', async () => {
    const r = await xhht(['assess-communes', 'c.csv', '--out', 'c.csv'], {
      'c.csv': 'unit;province\nXã A;quang-ngai\n',
    });
    expect(r.code).toBe(2);
    expect(r.written.size).toBe(0);
  });

  it('another --out file is still written', async () => {
    const r = await xhht(['evaluate', 'a.json', '--out', 'b.json'], { 'a.json': GOOD });
    expect(r.code).toBe(0);
    expect(r.written.has('b.json')).toBe(true);
  });
});

describe('JSON syntax errors: one line, with the line number', () => {
  // a trailing comma on line 3 (the error V8 reports with "position 62")
  const trailing = `{"year": 2025, "observations": [\n ${OBS},\n ]\n}`;
  // an unquoted word on line 3: V8 quotes the text back, line breaks and all, without a position
  const word = `{\n "year": 2025,\n "observations": x\n}`;

  it.each([
    ['trailing comma', trailing, 3],
    ['unexpected token (no position in the message)', word, 3],
    ['unexpected end', `{"year": 2025,\n"observations": [\n`, 3],
    // a trailing comma after the last observation of a longer file
    ['trailing comma, long file', `{"year": 2025, "observations": [\n ${OBS},\n ${OBS},\n ]\n}`, 4],
  ])('evaluate: %s', async (_, text, line) => {
    const r = await xhht(['evaluate', 'a.json', '--lang', 'en'], { 'a.json': text });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr.endsWith('(invalid-json)\n')).toBe(true);
    expect(r.stderr.startsWith(`a.json:${line}: not valid JSON: `)).toBe(true);
    // V8 quotes the text back ("…" is not valid JSON), abbreviated with "..." when long: left out
    expect(r.stderr).not.toContain('is not valid JSON');
  });

  it('assess-communes names the line too', async () => {
    const r = await xhht(['assess-communes', 'c.json', '--lang', 'en'], {
      'c.json': '[\n{"id": "a",\n "province": x}\n]',
    });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr.startsWith('c.json:3: not valid JSON: ')).toBe(true);
  });

  it('--plan-file names the line too', async () => {
    const r = await xhht(['evaluate', 'a.json', '--plan-file', 'p.json', '--lang', 'en'], {
      'a.json': GOOD,
      'p.json': '{\n "id": "p",\n}',
    });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr.startsWith('p.json:3: not valid JSON: ')).toBe(true);
  });
});

describe('syntaxErrorOffset: where JSON.parse stops, found without it', () => {
  it('agrees with every position V8 reports, for JSON text with one character inserted or removed', () => {
    const CHARS = [',', '}', ']', '"', 'x', '\n', ':', '-', '0', '.', 'e', '\\', '{', '[', ' ', 't'];
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom(...CHARS), fc.boolean(), (json, at, ch, remove) => {
        const i = at % (json.length + 1);
        const text =
          remove && json.length > 0 ? json.slice(0, i) + json.slice(i + 1) : json.slice(0, i) + ch + json.slice(i);
        let message: string | null = null;
        try {
          JSON.parse(text);
        } catch (e) {
          message = (e as Error).message;
        }
        const found = syntaxErrorOffset(text);
        if (message === null) return found === -1;
        const position = /position (\d+)/.exec(message);
        return found >= 0 && (position === null || Number(position[1]) === found);
      }),
      { numRuns: 500 },
    );
  });

  it('a bad \\u escape is reported at its first non-hex character, as V8 does', () => {
    // V8: "Bad Unicode escape in JSON at position 5"
    expect(syntaxErrorOffset('["\\uev"]')).toBe(5);
  });

  it('deep nesting does not overflow the stack', () => {
    expect(syntaxErrorOffset('['.repeat(200_000))).toBe(200_000);
  });
});

describe('xhht evaluate: a top-level unit that is not text', () => {
  it.each([['5'], ['null'], ['{"name": "Huế"}']])('unit: %s is invalid-input at unit, exit 1', async (unit) => {
    const r = await xhht(['evaluate', 'u.json', '--lang', 'en'], {
      'u.json': `{"unit": ${unit}, "year": 2025, "observations": [${OBS}]}`,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([
      'u.json: unit: unit must be text, the name of the unit the observations are about (invalid-input)',
    ]);
  });

  it('a text unit is still given to the observations that name none', async () => {
    const r = await xhht(['evaluate', 'u.json', '--format', 'json'], {
      'u.json': `{"unit": "Huế", "year": 2025, "observations": [${OBS}]}`,
    });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as AttainmentReport).unit).toBe('Huế');
  });
});

describe('progress for a large JSON file (more than 10,000 observations)', () => {
  // 10,001 copies of one figure: duplicates warn, so only the progress is looked at here
  const big = JSON.stringify({
    year: 2025,
    observations: Array.from({ length: 10_001 }, (_, i) => ({
      unit: 'Việt Nam',
      indicator: XMC2,
      numerator: 55,
      denominator: 63,
      source: `copy ${i}`,
    })),
  });

  it('shown when standard error is a terminal', async () => {
    const r = await xhht(['evaluate', 'big.json', '--format', 'json'], { 'big.json': big }, { isTTY: true });
    expect(r.stderr).toContain('10.001/10.001 dòng (100%)');
    expect(r.stderr.split('\r').length).toBeLessThan(110);
    expect(r.stdout).not.toContain('đang đọc');
  });

  it('not shown in a pipe', async () => {
    const r = await xhht(['evaluate', 'big.json', '--format', 'json'], { 'big.json': big }, { isTTY: false });
    expect(r.stderr).not.toContain('đang đọc');
  });
});

describe('xhht evaluate --help', () => {
  it.each([['en'], ['vi']])('lists every option of the command (%s)', async (lang) => {
    const r = await xhht(['evaluate', '--help', '--lang', lang]);
    for (const option of [
      '--plan',
      '--plan-file',
      '--year',
      '--as-of',
      '--format',
      '--lang',
      '--out',
      '--delimiter',
      '--title',
      '--bom',
      '--help',
    ]) {
      expect(r.stdout).toContain(option);
    }
  });
});

describe('a NUL character in a text file is an encoding error, at its line (issue 13 §3)', () => {
  const NUL_EN =
    'the file holds a NUL character (byte 0): it is not a text file, or it is UTF-16 text without a ' +
    'byte-order mark; in Excel choose "CSV UTF-8 (Comma delimited)" when saving (invalid-encoding)';
  // line 3 holds a NUL between the digits of 55: never read as 5 or 55
  const csv = `indicator;numerator;denominator\r\n${XMC2};55;63\r\n${XMC2};5\u00005;63\r\n`;

  it.each([
    ['read whole', undefined],
    ['read in pieces of 7 bytes', 7],
  ])('a CSV file %s: one line, exit 1, no report', async (_, pieces) => {
    const r = await xhht(
      ['evaluate', 'o.csv', '--year', '2025', '--lang', 'en'],
      { 'o.csv': csv },
      pieces === undefined ? {} : { pieces },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([`o.csv:3: ${NUL_EN}`]);
  });

  it('UTF-16 text without its byte-order mark: a NUL on line 1, in Vietnamese', async () => {
    const bytes = new Uint8Array(Buffer.from('indicator;numerator;denominator\n', 'utf16le'));
    const r = await xhht(['assess-communes', 'c.csv', '--lang', 'vi'], { 'c.csv': bytes });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      'c.csv:1: tệp có ký tự NUL (byte 0): đây không phải tệp văn bản, hoặc là văn bản UTF-16 không có dấu ' +
        'BOM; trong Excel hãy chọn "CSV UTF-8 (Comma delimited)" khi lưu (invalid-encoding)',
    ]);
  });

  it('a JSON file: the same error, at its line', async () => {
    const r = await xhht(['evaluate', 'a.json', '--lang', 'en'], {
      'a.json': `{"year": 2025,\n"observations": [${OBS}]\u0000}`,
    });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([`a.json:2: ${NUL_EN}`]);
  });

  /** decodeText's text, or the line of its error. */
  const whole = (bytes: Uint8Array) => {
    try {
      return decodeText(bytes);
    } catch (e) {
      if (!isXhhtError(e)) throw e;
      return { code: e.code, path: e.path };
    }
  };
  /** decodePieces' text over the bytes cut at `cuts`, or the line of its error. */
  const inPieces = async (bytes: Uint8Array, cuts: readonly number[]) => {
    async function* source() {
      let from = 0;
      for (const cut of [...cuts].sort((a, b) => a - b)) {
        yield bytes.subarray(from, cut);
        from = cut;
      }
      yield bytes.subarray(from);
    }
    let text = '';
    try {
      for await (const t of decodePieces(source())) text += t;
      return text;
    } catch (e) {
      if (!isXhhtError(e)) throw e;
      return { code: e.code, path: e.path };
    }
  };

  it(
    'read in pieces, the line is the one of the whole ' + 'file, wherever the bytes are cut (CR LF cut in two too)',
    async () => {
      const piece = fc.constantFrom('a', 'Đ', '\r', '\n', '\r\n', '\u0000', ';');
      await fc.assert(
        fc.asyncProperty(
          fc.array(piece, { maxLength: 40 }),
          fc.array(fc.nat(), { maxLength: 6 }),
          async (parts, raw) => {
            const bytes = new TextEncoder().encode(parts.join(''));
            const cuts = raw.map((c) => c % (bytes.length + 1));
            const expected = whole(bytes);
            expect(await inPieces(bytes, cuts)).toEqual(expected);
            // the line is where the first NUL is: the line breaks before it (LF, CR LF, a CR alone), plus one
            const text = parts.join('');
            const nul = text.indexOf('\u0000');
            if (nul >= 0)
              expect(expected).toEqual({
                code: 'invalid-encoding',
                path: [text.slice(0, nul).split(/\r\n|\r|\n/).length],
              });
          },
        ),
        { numRuns: 1000 },
      );
    },
  );
});
