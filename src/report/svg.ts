import type { AttainmentResult } from '../attainment/result.js';
import { escapeHtml } from './escape.js';
import { STATUS_LABELS, WORDS, type Lang } from './labels.js';
import { formatNumber, formatPercent } from './numbers.js';

/**
 * Where a bar and its target marker go, as fractions of the scale (0–1).
 *
 * @example
 * chartScale(result87of70); // { value: 0.873, target: 0.7 } (percent: the scale is 0–100%)
 */
export interface ChartScale {
  readonly value: number;
  readonly target: number;
}

/**
 * The positions of a result's bar and target marker, or `null` when there is
 * nothing to draw (no data). Percentages use a 0–100% scale; counts a scale
 * 20% longer than the larger of result and target; yes/no a bar that is full
 * or empty with the marker at the end.
 *
 * Geometry only: it reads the display strings, which `computeAttainment`
 * already rounded so that they never contradict the status (89.995% against a
 * 90% minimum reads "89.99"), so the bar ends on the same side of the marker
 * as the exact value. No status is decided here.
 *
 * @example
 * chartScale({ kind: 'percent', status: 'met', actualPercent: '87.30', targetPercent: '70', … }); // { value: 0.873, target: 0.7 }
 */
export function chartScale(r: AttainmentResult): ChartScale | null {
  if (r.status === 'no-data') return null;
  if (r.kind === 'percent') return { value: clamp(Number(r.actualPercent) / 100), target: clamp(Number(r.targetPercent) / 100) };
  if (r.kind === 'count') {
    const max = Math.max(r.actualCount!, r.targetCount!, 1) * 1.2;
    return { value: r.actualCount! / max, target: r.targetCount! / max };
  }
  return { value: r.achieved ? 1 : 0, target: 1 };
}

function clamp(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

/** Size of the chart in CSS pixels. */
const TRACK = 200;
const LEFT = 6;
const WIDTH = TRACK + 2 * LEFT;
const HEIGHT = 36;

/** Bar colours by status (dark enough for the text contrast rules, and distinct when printed in grey). */
const COLOURS = { met: '#2e7d32', 'not-met': '#c62828' } as const;

/**
 * An inline SVG bar of one result against its target: a grey track (the
 * scale), a bar for the result (green when met, red when not), and a black
 * marker line at the target with the target written above it. The marker is
 * dashed when the target is provisional. Accessible: `role="img"` with a
 * `<title>` (referenced by `aria-labelledby`) that says the result, the
 * target and the verdict. Returns `null` for a result with no data.
 *
 * @param r - a result of `computeAttainment`
 * @param lang - language of the title and marker label
 * @param id - an id unique in the document, for the `<title>`
 * @returns SVG markup, or `null`
 * @example
 * barChart(result, 'vi', 'chart-1-1');
 * // '<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="chart-1-1" …><title id="chart-1-1">…</title>…</svg>'
 */
export function barChart(r: AttainmentResult, lang: Lang, id: string): string | null {
  const scale = chartScale(r);
  if (scale === null || r.status === 'no-data') return null;
  const bar = px(scale.value * TRACK);
  const mx = px(LEFT + scale.target * TRACK);
  const anchor = mx < LEFT + 18 ? 'start' : mx > LEFT + TRACK - 18 ? 'end' : 'middle';
  const target = targetText(r, lang);
  const title = `${r.label[lang]}: ${WORDS.chartResult[lang]} ${resultText(r, lang)}, ${WORDS.chartTarget[lang]} ${target}: ${STATUS_LABELS[r.status][lang]}`;
  const dash = r.provisional ? ' stroke-dasharray="3 2"' : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="${escapeHtml(id)}" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
    `<title id="${escapeHtml(id)}">${escapeHtml(title)}</title>` +
    `<rect x="${LEFT}" y="15" width="${TRACK}" height="14" fill="#eeeeee" stroke="#9e9e9e" stroke-width="1"/>` +
    (bar > 0 ? `<rect class="bar" x="${LEFT}" y="15" width="${bar}" height="14" fill="${COLOURS[r.status]}"/>` : '') +
    `<line class="target" x1="${mx}" y1="12" x2="${mx}" y2="33" stroke="#000000" stroke-width="2"${dash}/>` +
    `<text x="${mx}" y="10" font-family="system-ui, sans-serif" font-size="11" text-anchor="${anchor}" fill="#000000">${escapeHtml(target)}</text>` +
    `</svg>`
  );
}

/** Two decimals are plenty for pixels, and keep the markup short and stable. */
function px(x: number): number {
  return Math.round(x * 100) / 100;
}

function targetText(r: AttainmentResult, lang: Lang): string {
  const prefix = r.comparator === 'at-most' ? `${WORDS.atMost[lang]} ` : '';
  if (r.kind === 'percent') return `${prefix}${formatPercent(r.targetPercent!, lang)}`;
  if (r.kind === 'count') return `${prefix}${formatNumber(r.targetCount!, lang)}`;
  return WORDS.yes[lang];
}

function resultText(r: AttainmentResult, lang: Lang): string {
  if (r.kind === 'percent') return formatPercent(r.actualPercent!, lang);
  if (r.kind === 'count') return formatNumber(r.actualCount!, lang);
  return r.achieved ? WORDS.yes[lang] : WORDS.no[lang];
}
