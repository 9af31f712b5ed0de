/**
 * A progress line on standard error for big inputs. Shown only when standard
 * error is a terminal: in a pipe, a log file or CI, carriage-return updates
 * are noise, and standard output is never touched (it may be the report).
 */
import type { Lang } from '../report/labels.js';
import { say } from '../messages/say.js';
import { CLI } from '../messages/sections.js';
import { formatNumber } from '../report/numbers.js';
import type { CliIo } from './io.js';

/**
 * Inputs with more rows than this get a progress line.
 *
 * @example
 * rows > PROGRESS_MIN_ROWS; // a progress line, on a terminal
 */
const PROGRESS_MIN_ROWS = 10_000;

/**
 * Progress of one command: rows read, then named steps, then cleared.
 *
 * @example
 * const p = createProgress(io, 'vi');
 * p.rows(5_000, 20_000); // "\rđang đọc: 5.000/20.000 dòng (25%)" on a terminal
 * p.reading(15_000, 2_500_000, 10_000_000); // "\rđang đọc: 15.000 dòng (25%)": a file read as a stream
 * p.done();
 */
export interface Progress {
  /** Rows read so far of `total`; silent for `total` ≤ {@link PROGRESS_MIN_ROWS}. */
  rows(done: number, total: number): void;
  /**
   * Rows read so far of a file read as a stream (how many rows it has is not
   * known before the end), with the bytes read of its size; silent until more
   * than {@link PROGRESS_MIN_ROWS} rows are read.
   */
  reading(rows: number, read: number, size: number): void;
  /** A step after reading ("evaluating…"); shown only when rows were shown. */
  step(label: { readonly vi: string; readonly en: string }): void;
  /** Clears the line. */
  done(): void;
}

/**
 * A progress line that updates at most once per percent, or a silent one
 * when standard error is not a terminal.
 *
 * @param io - where to write; `io.isTTY` decides whether anything is shown
 * @param lang - language of the line
 * @example
 * const p = createProgress({ ...io, isTTY: false }, 'en');
 * p.rows(20_000, 20_000); // writes nothing
 */
export function createProgress(io: CliIo, lang: Lang): Progress {
  let shown = false;
  let lastPercent = -1;
  const show = (text: string) => {
    shown = true;
    io.stderr(`\r\u001b[2K${text}`);
  };
  return {
    rows(done, total) {
      if (!io.isTTY || total <= PROGRESS_MIN_ROWS) return;
      const percent = Math.floor((done * 100) / total);
      if (percent === lastPercent) return;
      lastPercent = percent;
      const n = `${formatNumber(done, lang)}/${formatNumber(total, lang)}`;
      show(say(CLI, 'progress.reading', { n, percent })[lang]);
    },
    reading(rows, read, size) {
      if (!io.isTTY || rows <= PROGRESS_MIN_ROWS) return;
      const percent = size > 0 ? Math.min(100, Math.floor((read * 100) / size)) : 100;
      if (percent === lastPercent) return;
      lastPercent = percent;
      const n = formatNumber(rows, lang);
      show(say(CLI, 'progress.reading', { n, percent })[lang]);
    },
    step(label) {
      if (shown) show(label[lang]);
    },
    done() {
      if (shown) io.stderr('\r\u001b[2K');
      shown = false;
    },
  };
}
