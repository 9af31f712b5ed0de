import type { Indicator } from '../../src/catalog/indicator.js';
import { INDICATOR_LEVELS } from '../../src/catalog/level.js';
import { findIndicator, listIndicators } from '../../src/catalog/registry.js';
import { formatSource, type Labels, type LegalSource } from '../../src/catalog/source.js';
import type { Plan } from '../../src/plans/plan.js';
import { listPlans, planYears } from '../../src/plans/registry.js';
import { planTemplate } from '../../src/plans/table.js';
import type { Target } from '../../src/plans/target.js';
import { generatedBanner, markdownTable, type DocPage } from './page.js';

const LEVEL: Record<Plan['jurisdiction']['level'], string> = {
  national: 'toàn quốc · national',
  province: 'tỉnh, thành phố trực thuộc trung ương · province',
  district: 'huyện · district',
  commune: 'xã · commune',
  agency: 'cơ quan · agency',
};

/** "≥ 70%", "≥ 15 (trong đó ≥ 5 Mức độ 2)", "đạt · yes (phấn đấu · stretch)". */
function targetText(t: Target): string {
  const op = (c: Target['comparator']) => (c === 'at-least' ? '≥' : '≤');
  let text: string;
  if (t.kind === 'percent') text = `${op(t.comparator)} ${t.value}%`;
  else if (t.kind === 'count') {
    const parts = (t.components ?? []).map((c) => `${op(c.comparator)} ${c.value} ${c.label.vi}`);
    text = `${op(t.comparator)} ${t.value}${parts.length ? ` (trong đó ${parts.join('; ')})` : ''}`;
  } else text = 'đạt · yes';
  return `${text}${t.stretch ? ' (phấn đấu · stretch)' : ''}${t.source.verified ? '' : ' ⚠ chưa xác minh · unverified'}`;
}

/** "Quyết định số … [A]" with the note, both languages. */
function sourceText(s: LegalSource, options: { title?: boolean } = {}): string {
  return `${formatSource(s, 'vi', options)} [${s.confidence ?? '?'}]`;
}

function noteText(note: Labels | undefined): string {
  return note ? `${note.vi} · *${note.en}*` : '';
}

/** The same document (whatever the section)? */
function sameDocument(a: LegalSource, b: LegalSource): boolean {
  return (
    formatSource(a, 'vi', { section: false, title: true }) === formatSource(b, 'vi', { section: false, title: true })
  );
}

function indicatorOf(plan: Plan, id: string): Indicator | undefined {
  return plan.indicators?.find((i) => i.id === id) ?? findIndicator(id);
}

function renderPlan(plan: Plan): string[] {
  // indicators the plan defines itself (not in the catalog) are marked †
  const own = new Set((plan.indicators ?? []).filter((i) => findIndicator(i.id) === undefined).map((i) => i.id));
  const out: string[] = [
    `<a id="${plan.id}"></a>`,
    '',
    `## \`${plan.id}\`: ${plan.title.vi}`,
    '',
    `*${plan.title.en}*`,
    '',
    `- Cơ quan ban hành · Issuer: ${plan.issuer}`,
    `- Văn bản · Reference: ${plan.reference}${plan.date ? ` (${plan.date})` : ''}`,
    `- Địa bàn · Jurisdiction: ${plan.jurisdiction.name} (${LEVEL[plan.jurisdiction.level]})`,
    `- Giai đoạn · Period: ${plan.period.from}–${plan.period.to}; năm có mục tiêu · target years: ${planYears(plan).join(', ')}`,
    `- Nguồn · Source: ${sourceText(plan.source, { title: true })}${plan.source.note ? ` — ${noteText(plan.source.note)}` : ''}`,
    `  *${formatSource(plan.source, 'en', { title: true })}*`,
  ];
  if (plan.extends)
    out.push(`- Kế thừa · Extends: \`${plan.extends}\`${plan.inherit ? ` (inherit: ${plan.inherit})` : ''}`);
  for (const year of planYears(plan)) {
    const targets = plan.targets.filter((t) => t.year === year);
    out.push('', `### ${year} (${targets.length})`, '');
    const rows = targets.map((t) => {
      const ind = indicatorOf(plan, t.indicator);
      const group = ind?.group ?? '';
      const label = ind ? `${ind.label.vi}<br>*${ind.label.en}*` : '';
      const notes = [noteText(t.note), noteText(t.source.note)].filter(Boolean).join('<br>');
      const source =
        sameDocument(t.source, plan.source) && t.source.section
          ? `${t.source.section} [${t.source.confidence ?? '?'}]`
          : sourceText(t.source);
      return [group, `\`${t.indicator}\`${own.has(t.indicator) ? ' †' : ''}`, label, targetText(t), source, notes];
    });
    out.push(
      markdownTable(
        ['Nhóm', 'id', 'Chỉ tiêu · Indicator', 'Mục tiêu · Target', 'Nguồn · Source', 'Ghi chú · Note'],
        rows,
      ),
    );
  }
  if (own.size > 0) {
    out.push('', '**† Chỉ tiêu riêng của kế hoạch · Indicators defined by this plan**', '');
    for (const ind of (plan.indicators ?? []).filter((i) => own.has(i.id))) {
      const denominator = ind.denominator
        ? ` Mẫu số · denominator: ${ind.denominator.vi} (*${ind.denominator.en}*).`
        : '';
      out.push(
        `- \`${ind.id}\` (${ind.kind}, ${INDICATOR_LEVELS[ind.level].vi} · ${INDICATOR_LEVELS[ind.level].en}): ${ind.label.vi} · *${ind.label.en}*.${denominator} ${formatSource(ind.source)}.${ind.source.note ? ` ${noteText(ind.source.note)}` : ''}`,
      );
      for (const note of ind.notes) out.push(`  - ${note.topic}: ${note.text.en} — *${note.text.vi}*`);
    }
  }
  if (plan.baselines?.length) {
    out.push('', '**Giá trị cơ sở · Baselines**', '');
    for (const b of plan.baselines) {
      const value =
        'numerator' in b ? `${b.numerator}/${b.denominator}` : 'percent' in b ? `${b.percent}%` : String(b.count);
      out.push(`- \`${b.indicator}\`: ${value} (${b.asOf ?? b.year}) — ${formatSource(b.source)}`);
    }
  }
  return out;
}

const level = (i: Indicator) => `${INDICATOR_LEVELS[i.level].vi} · ${INDICATOR_LEVELS[i.level].en}`;

/** Which rows a plan inherits: the level of every indicator, with what it counts (its denominator says why). */
function levelSection(): string[] {
  const local = listPlans().flatMap((p) =>
    (p.indicators ?? []).filter((i) => findIndicator(i.id) === undefined).map((i) => [i, p.id] as const),
  );
  const rows = [
    ...listIndicators().map((i) => [`\`${i.id}\``, i.label.vi, level(i), i.denominator?.vi ?? '—', '']),
    ...local.map(([i, plan]) => [`\`${i.id}\``, i.label.vi, level(i), i.denominator?.vi ?? '—', `\`${plan}\``]),
  ];
  return [
    '## Cấp đo và kế thừa · Levels and inheritance',
    '',
    'Every indicator carries the level it is measured at: the smallest jurisdiction whose own plan can set a',
    'target on it, read from what it counts. A share of provinces ("Tỷ lệ tỉnh …") is measured by the country',
    '(`national`); a share of districts, of universities, or of the communes of an area by a province (or, for',
    "communes' units such as their community learning centres, a district); a share of people, households,",
    'villages or schools by a commune (`commune`); a share of the members or staff of organisations by one',
    'organisation (`institution`). With `extends`, a plan inherits the targets measured at its jurisdiction',
    "level or below (`inherit: 'level'`, the default): a commune plan extending `qd-1373` gets its 6 commune-level",
    "indicators, not the \"Tỷ lệ tỉnh …\" rows. `inherit: 'all'` takes every parent target, `inherit: 'none'` none (the",
    "plan lists its own; a plan written as a table is read this way when rows were deleted). A plan's own",
    "indicator without a `level` gets its jurisdiction's.",
    '',
    markdownTable(['id', 'Chỉ tiêu · Indicator', 'Cấp đo · Level', 'Mẫu số · Denominator', 'Kế hoạch · Plan'], rows),
  ];
}

/** The template `xhht plan init --extends qd-1373 --level commune` writes, as a Markdown table. */
function tableSection(): string[] {
  const sheet = planTemplate({ extends: 'qd-1373', level: 'commune' });
  const cell = (c: string | number | null) => (c === null ? '' : String(c));
  const details = sheet.rows.slice(1, sheet.headerRow).filter((r) => r.length > 0);
  const body = sheet.rows.slice(sheet.headerRow + 1).map((r) => r.map(cell));
  return [
    '## Kế hoạch dạng bảng · A plan written as a table',
    '',
    'An official writes a plan in a spreadsheet: `xhht plan init --extends qd-1373 --level commune --out ke-hoach.xlsx`',
    '(or `.csv`) writes the template, `xhht evaluate … --plan ke-hoach.xlsx` reads it back (in code:',
    '`planTemplate`, `planFromTable`, `planToTable`). One sheet, so the same layout works as a CSV file: a line',
    "on how to fill it in, the plan's details (one per row: label, value), a blank row, then the targets table.",
    'This is the template that command writes, in Vietnamese (`--lang en` writes English headings):',
    '',
    markdownTable(
      ['Thông tin · Detail', 'Giá trị · Value'],
      details.map((r) => [cell(r[0] ?? null), cell(r[1] ?? null)]),
    ),
    '',
    markdownTable(sheet.rows[sheet.headerRow]!.map(cell), body),
    '',
    '- **Change a value**: write it (70, 99,5 or 99.5; "phấn đấu 100" for a stretch target; "≤ 1" for a',
    '  maximum). Write the section of your plan in *Mục của kế hoạch* ("2025: Mục II.1; 2030: Mục II.2"',
    "  when the years differ): the row's targets then cite your plan. A row left as the parent wrote it, with",
    "  no section, is the parent's target, source and all.",
    "- **Delete a row** the plan does not set: the plan is then read as the list of its rows (`inherit: 'none'`).",
    '- **Add a row** for an indicator of your own: *Nội dung chỉ tiêu* is enough (the id is made from it,',
    "  *Loại* defaults to a share, *Nhóm* to the row above's, *Cấp đo* to the plan's level); the English",
    '  label is optional (`label.untranslated`). Kinds: tỷ lệ người, tỷ lệ đơn vị, số lượng, đạt/không; a',
    '  "trong đó" row under a count is a part of it.',
    "- Every problem is reported at once at its cell (`ke-hoach.xlsx:'Kế hoạch'!I17: Mục tiêu 2025: …`,",
    '  `ke-hoach.csv:17:9: …`), in Vietnamese or English.',
    "- What a table cannot hold: a note in English, a baseline, an indicator's numerator, denominator and",
    '  notes, a target citing a document other than the plan and its parent (read back as citing the plan,',
    '  the citation as its section). Write those plans as JSON.',
  ];
}

function render(): string {
  const plans = listPlans();
  const out: string[] = [
    generatedBanner('the built-in plans (src/plans/qd-1373.ts, src/plans/examples/, src/plans/registry.ts)'),
    '',
    '# Plans · Kế hoạch',
    '',
    `The ${plans.length} plans that ship with xhht: national plans (Decision 1373/QĐ-TTg and the programmes around it)`,
    "and local plans of provincial People's Committees. Get one with `getPlan(id)`, list them with `listPlans()`, validate your own",
    'with `definePlan(input)` or, outside TypeScript, with the JSON Schema of `planJsonSchema()` (`xhht/schema`; `xhht schema`).',
    '',
    'Every target cites its source as a reader cites it: the document (type, number, date, issuing body) and the',
    'section. A local plan whose copy shows no number is cited with "số hiệu chưa rõ" and its title; its targets',
    'have confidence `local` (read in the plan itself).',
    '',
    '**How local targets are mapped to indicators.** A local target uses a catalog indicator only when it has',
    "the same definition (the same numerator and denominator, restricted to the plan's jurisdiction). When the",
    'unit counted differs (the districts of a province instead of the provinces of the country, universities',
    'and colleges instead of universities), the plan defines its own indicator (marked †). Where the wording',
    'differs but the item is the same one restated, the target says so in its note, so a reader who disagrees',
    'can override it with `extends`.',
    '',
    '| id | Cơ quan · Issuer | Giai đoạn · Period | Mục tiêu · Targets |',
    '| --- | --- | --- | --- |',
    ...plans.map(
      (p) => `| [\`${p.id}\`](#${p.id}) | ${p.issuer} | ${p.period.from}–${p.period.to} | ${p.targets.length} |`,
    ),
  ];
  out.push('', ...levelSection(), '', ...tableSection());
  for (const plan of plans) out.push('', ...renderPlan(plan));
  return `${out.join('\n')}\n`;
}

/** docs/plans.md: every built-in plan with its issuer, reference, years and targets with sources. */
export const plansPage: DocPage = { path: 'docs/plans.md', render };
