import { renderOptions, reportsArg } from './check.js';
import type { AttainmentReport } from '../attainment/result.js';
import { comparisonHtml } from './comparison-render.js';
import { comparesUnits, comparisonTable, type ComparisonTable } from './comparison-table.js';
import { documentTitle, issueText, metaParts, noteParts, reportList, sourceLines, unitOfMeasure } from './document.js';
import { escapeHtml as h } from './escape.js';
import { WORDS, type Lang } from './labels.js';
import { say } from '../messages/say.js';
import { REPORT } from '../messages/sections.js';
import { letterheadLines, type Letterhead, type LetterheadLines } from './letterhead.js';
import { barChart } from './svg.js';
import { buildReportTable } from './table.js';

/**
 * Options of {@link renderHtml}.
 *
 * @example
 * const options: RenderHtmlOptions = { lang: 'en', title: 'Review 2021–2025' };
 */
export interface RenderHtmlOptions {
  /** 'vi' (default) or 'en'; also the document's `lang` attribute. */
  readonly lang?: Lang;
  /** Document title; default: the report's own title. */
  readonly title?: string;
  /**
   * The frame of an official appendix: the header (issuing body, number, national name and
   * motto, place and date, "PHỤ LỤC n", "Kèm theo Báo cáo số …") above the title and the
   * signature block at the end; see {@link Letterhead}. Default: none.
   */
  readonly letterhead?: Letterhead;
}

// Inline, so the file stands alone (mail it, open it offline, print it).
const CSS = /* @__PURE__ */ (() =>
  (
    `
:root { color-scheme: light; }
body { margin: 24px; color: #1a1a1a; background: #ffffff; ` +
    `font: 14px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
h1 { font-size: 1.4em; margin: 0 0 .4em; }
h2 { font-size: 1.2em; margin: 1.6em 0 .3em; }
h3 { font-size: 1.05em; margin: 1.2em 0 .3em; }
.meta, .legend { color: #424242; margin: .2em 0 .8em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #9e9e9e; padding: 4px 6px; text-align: left; vertical-align: top; }
thead th { background: #e8eaf0; }
tr.group th { background: #f3f3f3; }
td.index { text-align: right; width: 2.5em; }
td.target { min-width: 6em; }
td.result { white-space: nowrap; }
td.result svg { display: block; margin-top: 4px; }
td.status { white-space: nowrap; font-weight: 600; }
td.met { color: #1b5e20; }
td.not-met { color: #b71c1c; }
td.no-data { color: #616161; font-weight: 400; }
td.note { font-size: .92em; }
td.note span { display: block; }
.summary { margin: .8em 0; }
.sources { margin: .6em 0; padding-left: 0; list-style: none; font-size: .92em; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 9.5pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
  ).trim())();

// Only in a document with a letterhead: the layout of an administrative document's header and signature.
const LETTERHEAD_CSS = /* @__PURE__ */ (() =>
  `
.letterhead { display: flex; justify-content: space-between; gap: 2em; text-align: center; margin-bottom: 1.2em; }
.letterhead p, .signature p { margin: 0; }
.letterhead .issuer { flex: 0 0 40%; }
.letterhead .nation { flex: 0 0 55%; }
.letterhead .body, .letterhead .nation-name, .letterhead .motto, .appendix, .signer { font-weight: 700; }
.letterhead .motto { text-decoration: underline; }
.letterhead .number { margin-top: .5em; }
.letterhead .place-date, .attached { font-style: italic; margin-top: .5em; }
.appendix, .attached { text-align: center; }
.appendix { margin: 1em 0 0; }
.attached { margin: 0 0 .8em; }
h1.appendix-title { text-align: center; }
.unit-of-measure { text-align: right; font-style: italic; margin: .2em 0; }
.signature { display: flex; justify-content: space-between; gap: 2em; margin-top: 2em; break-inside: avoid; }
.signature .recipients { flex: 0 0 45%; font-size: .9em; }
.signature .recipients .heading { font-weight: 700; font-style: italic; }
.signature .signer { flex: 0 0 45%; text-align: center; }
.signature .signer .name { margin-top: 5em; }
`.trim())();

/**
 * Renders reports as one self-contained HTML file: no script, no external
 * resource, inline CSS, an inline SVG bar per result with data (result against
 * target, marker at the target; see {@link barChart}), readable when printed
 * (A4 landscape, header row repeated, colours kept). The table follows the
 * appendix of the 5-year reviews (Phụ lục 2), grouped I–IV; the
 * summary and the problems with the input follow it. Reports of several units
 * are preceded by one table comparing them (a row per unit, a column per
 * indicator with data, each cell's status as a class). Every text from the data
 * is escaped. The output passes html-validate's recommended rules (tested).
 *
 * @param given - one report (from `computeAttainment`) or many (one section each)
 * @param givenOptions - language, title and letterhead
 * @returns an HTML document starting with `<!DOCTYPE html>`
 * @example
 * const html = renderHtml(computeAttainment({ plan: 'qd-1373', year: 2025, observations: [
 *   { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 },
 * ] }), { lang: 'en' });
 * html.startsWith('<!DOCTYPE html>'); // true
 * (html.match(/<svg/g) ?? []).length; // 1: one chart per result with data
 */
export function renderHtml(
  given: AttainmentReport | readonly AttainmentReport[],
  givenOptions: RenderHtmlOptions = {},
): string {
  const report = reportsArg(given);
  const options = renderOptions(givenOptions) as RenderHtmlOptions;
  const lang = options.lang ?? 'vi';
  const reports = reportList(report);
  const many = Array.isArray(report);
  // a blank title is no title: an empty <title> or <h1> fails validation and says nothing
  const own = options.title !== undefined && options.title.trim() !== '' ? options.title : undefined;
  const title = many ? documentTitle(reports, lang, own) : (own ?? buildReportTable(reports[0]!, lang).title);
  const frame = options.letterhead === undefined ? null : letterheadLines(options.letterhead, lang);
  const unit = frame === null ? null : unitOfMeasure(reports, lang);
  const body: string[] = [
    heading(title, frame),
    ...(unit === null ? [] : [`<p class="unit-of-measure">${h(unit)}</p>`]),
    `<p class="legend">${h(WORDS.legend[lang])}</p>`,
  ];
  if (reports.length === 0) body.push(`<p>${h(WORDS.noReports[lang])}</p>`);
  // reports of several units: first the units side by side
  if (many && comparesUnits(reports)) body.push(comparisonHtml(comparisonTable(reports, lang)));
  reports.forEach((r, i) => {
    body.push(section(r, lang, i + 1, many));
  });
  return htmlDocument(lang, own ?? tabTitle(reports, lang), body, frame);
}

/**
 * Options of {@link renderComparisonHtml}.
 *
 * @example
 * const options: RenderComparisonHtmlOptions = { letterhead: { issuer: 'UBND huyện A', appendix: '3' } };
 */
export interface RenderComparisonHtmlOptions {
  /** The frame of an official appendix, as for {@link renderHtml}. Default: none. */
  readonly letterhead?: Letterhead;
}

/**
 * The comparison of units alone (see `comparisonTable`) as one self-contained
 * HTML page, with the report's style (and letterhead, when given).
 *
 * @example
 * renderComparisonHtml(comparisonTable(computeAttainmentByUnit(input).reports, 'vi')).startsWith('<!DOCTYPE html>');
 * // true
 */
export function renderComparisonHtml(table: ComparisonTable, options: RenderComparisonHtmlOptions = {}): string {
  const frame = options.letterhead === undefined ? null : letterheadLines(options.letterhead, table.lang);
  return htmlDocument(table.lang, table.title, [heading(table.title, frame), comparisonHtml(table, false)], frame);
}

/** The title of the page: centred under the letterhead, as in a printed appendix. */
function heading(title: string, frame: LetterheadLines | null): string {
  return `<h1${frame === null ? '' : ' class="appendix-title"'}>${h(title)}</h1>`;
}

/**
 * The page around a body: no script, no external resource, inline CSS. With
 * a letterhead, its header comes before the body and its signature after,
 * and its CSS is added (only then).
 */
function htmlDocument(lang: Lang, tab: string, body: readonly string[], frame: LetterheadLines | null = null): string {
  return [
    // upper case: html-validate's recommended preset asks for it; browsers accept either
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${shortTitle(tab)}</title>`,
    `<style>\n${CSS}${frame === null ? '' : `\n${LETTERHEAD_CSS}`}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...(frame === null ? [] : header(frame)),
    ...body,
    ...(frame === null ? [] : signature(frame)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The header of an administrative document: issuing body and number left, national name, motto, place and date right;
 * then "PHỤ LỤC n".
 */
function header(l: LetterheadLines): string[] {
  const p = (cls: string, text: string) => `<p class="${cls}">${h(text)}</p>`;
  return [
    '<header class="letterhead">',
    '<div class="issuer">',
    ...(l.governingBody === null ? [] : [p('governing', l.governingBody)]),
    `<p class="body">${l.issuer.map(h).join('<br>')}</p>`,
    p('number', l.number),
    '</div>',
    '<div class="nation">',
    p('nation-name', l.nation),
    p('motto', l.motto),
    p('place-date', l.placeDate),
    '</div>',
    '</header>',
    p('appendix', l.appendix),
    p('attached', l.attachedTo),
  ];
}

/** The signature block: the recipients left (when given), the signer right. */
function signature(l: LetterheadLines): string[] {
  if (l.signature === null && l.recipients === null) return [];
  const out = ['<div class="signature">', '<div class="recipients">'];
  if (l.recipients !== null)
    out.push(`<p class="heading">${h(l.recipients.heading)}</p>`, ...l.recipients.items.map((i) => `<p>${h(i)}</p>`));
  out.push('</div>', '<div class="signer">');
  if (l.signature !== null) {
    out.push(...l.signature.title.map((t) => `<p>${h(t)}</p>`));
    if (l.signature.name !== null) out.push(`<p class="name">${h(l.signature.name)}</p>`);
  }
  out.push('</div>', '</div>');
  return out;
}

/** The browser-tab title: the year and unit, without the long plan name. */
function tabTitle(reports: readonly AttainmentReport[], lang: Lang): string {
  const first = reports[0];
  if (!first) return WORDS.reportTitle[lang];
  const sameYear = reports.every((r) => r.year === first.year);
  const unit = reports.length === 1 && first.unit !== null ? ` — ${first.unit}` : '';
  if (!sameYear) return `${WORDS.reportTitle[lang]}${unit}`;
  return `${say(REPORT, 'title.year', { year: first.year })[lang]}${unit}`;
}

/**
 * The title escaped, at most 70 characters as written in the file (longer
 * titles are cut in tabs and search results anyway). html-validate's
 * long-title rule counts the markup, so "&" counts as the 5 of "&amp;"; the
 * cut falls between characters, never inside a character reference.
 */
function shortTitle(title: string): string {
  const MAX = 70;
  const escaped = h(title);
  if (escaped.length <= MAX) return escaped;
  let out = '';
  for (const c of title) {
    const e = h(c);
    if (out.length + e.length > MAX - 1) break;
    out += e;
  }
  return `${out.trimEnd()}…`;
}

function section(report: AttainmentReport, lang: Lang, n: number, heading: boolean): string {
  const table = buildReportTable(report, lang);
  const k = table.headings;
  const out: string[] = [heading ? `<section aria-labelledby="report-${n}">` : '<section>'];
  if (heading) out.push(`<h2 id="report-${n}">${h(table.title)}</h2>`);
  out.push(`<p class="meta">${metaParts(report, lang).map(h).join(' · ')}</p>`);
  out.push('<table>');
  out.push(
    `<thead><tr>${[k.index, k.indicator, k.target, k.result, k.status, k.note]
      .map((t) => `<th scope="col">${h(t)}</th>`)
      .join('')}</tr></thead>`,
  );
  let open = false;
  let chart = 0;
  for (const row of table.rows) {
    if (row.type === 'group') {
      if (open) out.push('</tbody>');
      out.push(`<tbody>\n<tr class="group"><th scope="rowgroup" colspan="6">${h(row.key)}. ${h(row.label)}</th></tr>`);
      open = true;
      continue;
    }
    if (!open) {
      out.push('<tbody>');
      open = true;
    }
    const c = row.cells;
    const r = row.result;
    const svg = barChart(r, lang, `chart-${n}-${++chart}`);
    const notes = noteParts(c.note, c.source, r, lang)
      .map((p) => `<span>${h(p)}</span>`)
      .join('');
    out.push(
      `<tr><td class="index">${h(c.index)}</td><td>${h(c.indicator)}</td><td class="target">${h(c.target)}</td>` +
        `<td class="result">${h(c.result)}${svg ?? ''}</td><td class="status ${r.status}">${h(c.status)}</td><td ` +
        `class="note">${notes}</td></tr>`,
    );
  }
  if (open) out.push('</tbody>');
  out.push('</table>');
  // each document once, numbered; the note column refers to the number and gives the section
  if (table.sources.length) {
    out.push(
      `<p class="summary"><strong>${h(WORDS.sources[lang])}:</strong></p>`,
      '<ul class="sources">',
      ...sourceLines(table).map((l) => `<li>${h(l)}</li>`),
      '</ul>',
    );
  }
  out.push(`<p class="summary"><strong>${h(WORDS.summary[lang])}:</strong> ${h(table.summary)}</p>`);
  if (report.issues.length) {
    const hn = heading ? 'h3' : 'h2';
    out.push(
      `<${hn}>${h(WORDS.issues[lang])}</${hn}>`,
      '<ul>',
      ...report.issues.map((i) => `<li>${h(issueText(i, lang))}</li>`),
      '</ul>',
    );
  }
  out.push('</section>');
  return out.join('\n');
}
