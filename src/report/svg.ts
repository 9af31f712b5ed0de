import { oneOfArg, textArg } from '../util/guards.js';
import { resultArg } from './check.js';
import type { AttainmentResult } from '../attainment/result.js';
import { meetsComparator, type Ordering } from '../exact/compare.js';
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
  /** The "of which" parts of a count target, on the same scale as the total (empty otherwise). */
  readonly components: readonly { readonly id: string; readonly value: number; readonly target: number }[];
}

/**
 * The positions of a result's bar and target marker, or `null` when there is
 * nothing to draw (no data). Percentages use a 0–100% scale; counts a scale
 * 20% longer than the largest of result, target and their "of which" parts
 * (each part gets its own bar and marker on that scale); yes/no a bar that is
 * full or empty with the marker at the end.
 *
 * Geometry only: it reads the display strings, which `computeAttainment`
 * already rounded so that they never contradict the status (89.995% against a
 * 90% minimum reads "89.99"), so the bar ends on the same side of the marker
 * as the exact value. No status is decided here.
 *
 * @example
 * chartScale({ kind: 'percent', status: 'met', actualPercent: '87.30', targetPercent: '70', … });
 * // { value: 0.873, target: 0.7 }
 */
export function chartScale(r: AttainmentResult): ChartScale | null {
  return scaleOf(resultArg(r, SCALE_FIELDS));
}

/** What a chart's scale reads of a result (a comparison with its kind is enough). */
const SCALE_FIELDS = ['status', 'kind', 'actualPercent', 'targetPercent', 'actualCount', 'targetCount', 'components'];
/** What a chart reads of a result. */
const CHART_FIELDS = [...SCALE_FIELDS, 'achieved', 'comparator', 'gapCount', 'label', 'provisionalParts'];

/** {@link chartScale} of a result already checked. */
function scaleOf(r: AttainmentResult): ChartScale | null {
  if (r.status === 'no-data') return null;
  if (r.kind === 'percent')
    return {
      value: clamp(Number(r.actualPercent) / 100),
      target: clamp(Number(r.targetPercent) / 100),
      components: [],
    };
  if (r.kind === 'count') {
    const max =
      Math.max(r.actualCount!, r.targetCount!, ...r.components.flatMap((c) => [c.actual ?? 0, c.target]), 1) * 1.2;
    return {
      value: r.actualCount! / max,
      target: r.targetCount! / max,
      // a part not given has no bar (value 0), only its marker
      components: r.components.map((c) => ({ id: c.id, value: (c.actual ?? 0) / max, target: c.target / max })),
    };
  }
  return { value: r.achieved ? 1 : 0, target: 1, components: [] };
}

function clamp(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

/** Size of the chart in CSS pixels. */
const TRACK = 200;
const LEFT = 6;
const WIDTH = TRACK + 2 * LEFT;
const HEIGHT = 36;
/** Extra height for each "of which" part: a thinner bar and its own marker below the total. */
const PART = 12;

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
 * A count target with "of which" parts (Huế 2026: at least 15 units, of
 * which at least 5 at level 2) draws each part below the total as a thinner
 * bar with its own marker, and each bar is coloured by its own comparison:
 * 16 units of which 4 at level 2 show a green total past its marker and a red
 * part short of its marker, and the title names the failing part, so the
 * picture explains the "not met" instead of contradicting it.
 *
 * @param given - a result of `computeAttainment`
 * @param lang - language of the title and marker label
 * @param id - an id unique in the document, for the `<title>`
 * @returns SVG markup, or `null`
 * @example
 * barChart(result, 'vi', 'chart-1-1');
 * // '<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="chart-1-1" …><title
 * //   id="chart-1-1">…</title>…</svg>'
 */
export function barChart(given: AttainmentResult, lang: Lang, id: string): string | null {
  // read once and checked, as the renderers do
  const r = resultArg(given, CHART_FIELDS);
  oneOfArg(lang, ['vi', 'en'] as const, 'lang');
  textArg(id, 'id');
  const scale = scaleOf(r);
  if (scale === null || r.status === 'no-data') return null;
  const bar = px(scale.value * TRACK);
  const mx = px(LEFT + scale.target * TRACK);
  const anchor = mx < LEFT + 18 ? 'start' : mx > LEFT + TRACK - 18 ? 'end' : 'middle';
  const target = targetText(r, lang);
  const parts = r.kind === 'count' ? r.components : [];
  const failing = parts.filter((c) => c.status === 'not-met');
  const ofWhich = parts.map(
    (c) =>
      `${c.label[lang]}: ${WORDS.chartPartResult[lang]} ` +
      `${c.actual === null ? STATUS_LABELS['no-data'][lang].toLowerCase() : formatNumber(c.actual, lang)}, ` +
      `${WORDS.chartTarget[lang]} ${atMost(c.comparator, lang)}${formatNumber(c.target, lang)}`,
  );
  const why = failing.map(
    (c) =>
      `${c.label[lang]} ${c.comparator === 'at-most' ? WORDS.excess[lang] : WORDS.short[lang]} ` +
      formatNumber(c.shortfall ?? 0, lang),
  );
  const title =
    `${r.label[lang]}: ${WORDS.chartResult[lang]} ${resultText(r, lang)}, ${WORDS.chartTarget[lang]} ${target}` +
    `${ofWhich.length ? `; ${WORDS.ofWhich[lang]} ${ofWhich.join('; ')}` : ''}: ` +
    `${STATUS_LABELS[r.status][lang]}${why.length ? ` (${why.join('; ')})` : ''}`;
  const dash = r.provisionalParts.target ? ' stroke-dasharray="3 2"' : '';
  // With parts, the total's bar shows the total's own comparison (the gap is exact: counts are integers);
  // the parts' bars show theirs, and the verdict is "met" only when every bar is green.
  const totalStatus = parts.length === 0 ? r.status : ownStatus(r.comparator, r.gapCount!);
  const height = HEIGHT + PART * scale.components.length;
  const partMarks = scale.components.map((p, i) => {
    const c = parts[i]!;
    const y = HEIGHT - 3 + PART * i;
    const w = px(p.value * TRACK);
    const x = px(LEFT + p.target * TRACK);
    return (
      `<rect x="${LEFT}" y="${y + 2}" width="${TRACK}" height="8" fill="#f5f5f5" stroke="#bdbdbd" stroke-width="1"/>` +
      (w > 0 && c.status !== 'no-data'
        ? `<rect class="component" x="${LEFT}" y="${y + 2}" width="${w}" height="8" fill="${COLOURS[c.status]}"/>`
        : '') +
      `<line class="component-target" x1="${x}" y1="${y}" x2="${x}" y2="${y + PART}" stroke="#000000" ` +
      `stroke-width="2"${dash}/>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="${escapeHtml(id)}" ` +
    `width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">` +
    `<title id="${escapeHtml(id)}">${escapeHtml(title)}</title>` +
    `<rect x="${LEFT}" y="15" width="${TRACK}" height="14" fill="#eeeeee" stroke="#9e9e9e" stroke-width="1"/>` +
    (bar > 0
      ? `<rect class="bar" x="${LEFT}" y="15" width="${bar}" height="14" fill="${COLOURS[totalStatus]}"/>`
      : '') +
    `<line class="target" x1="${mx}" y1="12" x2="${mx}" y2="33" stroke="#000000" stroke-width="2"${dash}/>` +
    `<text x="${mx}" y="10" font-family="system-ui, sans-serif" font-size="11" text-anchor="${anchor}" ` +
    `fill="#000000">${escapeHtml(target)}</text>` +
    partMarks.join('') +
    `</svg>`
  );
}

/** Whether a count's total alone meets its target, from the exact integer gap (actual − target). */
function ownStatus(comparator: AttainmentResult['comparator'], gap: number): 'met' | 'not-met' {
  return meetsComparator(Math.sign(gap) as Ordering, comparator) ? 'met' : 'not-met';
}

function atMost(comparator: AttainmentResult['comparator'], lang: Lang): string {
  return comparator === 'at-most' ? `${WORDS.atMost[lang]} ` : '';
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
