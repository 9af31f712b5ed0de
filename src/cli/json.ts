/**
 * JSON files for the command line: parsed by JSON.parse, and a syntax error
 * turned into one diagnostic line that names the file and the line, like a
 * bad CSV row. V8's messages give a position for most errors but not all
 * ("Unexpected token 'x', "…" is not valid JSON" quotes the text back, line
 * breaks and all), so the position is found by a small scan when missing.
 */
import { InputError } from './diagnostics.js';
import { say, messageFields } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

/**
 * Parses the text of a JSON file.
 *
 * @param text - the file's text (without byte-order mark)
 * @param file - its name, for the message
 * @returns the parsed value
 * @throws InputError `invalid-json` on one line, with the line of the error
 * @example
 * parseJsonFile('{"year": 2025}', 'a.json'); // { year: 2025 }
 * parseJsonFile('{\n "year": 2025,\n}', 'a.json');
 * // throws InputError: a.json:3: not valid JSON: Expected double-quoted property name (column 1) (invalid-json)
 */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const position = /at position (\d+)/.exec(raw);
    const found = position ? Number(position[1]) : syntaxErrorOffset(text);
    const offset = found < 0 ? text.length : Math.min(text.length, found);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    const why = oneLine(raw);
    throw new InputError([
      {
        severity: 'error',
        code: 'invalid-json',
        file,
        line,
        ...messageFields(say(CLI, 'invalid-json.cell', { why, column })),
      },
    ]);
  }
}

/** V8's message without the text it quotes back, the position (the line says it) or line breaks. */
function oneLine(message: string): string {
  return message
    .replace(/^(Unexpected token .+?), [\s\S]* is not valid JSON$/, '$1')
    .replace(/(?: in JSON)? at position \d+(?: \(line \d+ column \d+\))?/, '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * The offset of the first JSON syntax error in `text` (its length for an
 * unexpected end), or -1 when there is none: where JSON.parse stops.
 * Iterative, so deep nesting cannot overflow the stack.
 *
 * @example
 * syntaxErrorOffset('{"a": x}'); // 6
 * syntaxErrorOffset('[1, 2');    // 5 (the end)
 * syntaxErrorOffset('[1, 2]');   // -1
 */
export function syntaxErrorOffset(text: string): number {
  const n = text.length;
  const stack: number[] = []; // '{' or '[' char codes
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const skip = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const digits = () => {
    const start = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    return i > start;
  };
  /** Scans a string at `i` (a quote); returns an error offset or -1. */
  const string = (): number => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return -1;
      }
      if (c < 0x20) return i;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) return n;
        if (e === 'u') {
          // V8 points at the first character that is not a hex digit
          for (let k = i + 2; k < i + 6; k++) if (!/[0-9a-fA-F]/.test(text[k] ?? '')) return Math.min(k, n);
          i += 6;
        } else if ('"\\/bfnrt'.includes(e)) i += 2;
        else return i + 1;
      } else i++;
    }
    return n;
  };
  for (;;) {
    skip();
    if (state === 'value') {
      if (i >= n) return n;
      const c = text[i]!;
      if (c === '{' || c === '[') {
        stack.push(text.charCodeAt(i));
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          state = 'after';
        } else state = c === '{' ? 'key' : 'value';
      } else if (c === '"') {
        const bad = string();
        if (bad >= 0) return bad;
        state = 'after';
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        if (c === '-') i++;
        if (text[i] === '0') i++;
        else if (!digits()) return i;
        if (text[i] === '.') {
          i++;
          if (!digits()) return i;
        }
        if (text[i] === 'e' || text[i] === 'E') {
          i++;
          if (text[i] === '+' || text[i] === '-') i++;
          if (!digits()) return i;
        }
        state = 'after';
      } else {
        const word = ['true', 'false', 'null'].find((w) => w[0] === c);
        if (word === undefined) return i;
        for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) return Math.min(i + k, n);
        i += word.length;
        state = 'after';
      }
    } else if (state === 'key') {
      if (i >= n) return n;
      if (text[i] !== '"') return i;
      const bad = string();
      if (bad >= 0) return bad;
      skip();
      if (i >= n) return n;
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      if (i >= n) return n;
      const c = text[i];
      if (c === ',') {
        i++;
        state = top === 0x7b ? 'key' : 'value';
      } else if ((c === '}' && top === 0x7b) || (c === ']' && top === 0x5b)) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}
