import type { IndicatorId } from '../../src/catalog/indicator-id.js';
import { getIndicator } from '../../src/catalog/registry.js';
import { formatSource, type LegalSource } from '../../src/catalog/source.js';
import { getPlan, planYears } from '../../src/plans/registry.js';
import { CIVIL_CODE_PERIODS_SOURCE } from '../../src/titles/sources.js';
import { LEARNING_TITLES } from '../../src/titles/titles.js';
import { level2EligibleFrom, MAX_FOLLOWING_YEARS, recognitionValidUntil } from '../../src/titles/validity.js';
import { generatedBanner, markdownTable, type DocPage } from './page.js';

function src(s: LegalSource): string {
  return `${formatSource(s)} [${s.confidence ?? '?'}]${s.verified ? '' : ' ⚠ chưa xác minh · unverified'}${s.note ? `<br>*${s.note.vi}*` : ''}`;
}

function planSection(id: 'qd-387' | 'qd-677'): string[] {
  const plan = getPlan(id);
  const years = planYears(plan);
  // a national plan's targets are on built-in indicators (getIndicator throws otherwise)
  const ids = [...new Set(plan.targets.map((t) => t.indicator as IndicatorId))];
  const rows = ids.map((ind) => {
    const i = getIndicator(ind);
    const cells = years.map((y) => {
      const t = plan.targets.find((x) => x.indicator === ind && x.year === y);
      return t && t.kind === 'percent'
        ? `≥ ${t.value}% [${t.source.confidence ?? '?'}]${t.source.verified ? '' : ' ⚠'}`
        : '—';
    });
    return [
      `\`${ind}\``,
      `${i.label.vi}<br>*${i.label.en}*`,
      i.denominator ? `${i.denominator.vi}<br>*${i.denominator.en}*` : '—',
      ...cells,
    ];
  });
  return [
    `### \`${plan.id}\`: ${plan.title.vi}`,
    '',
    `*${plan.title.en}* — ${formatSource(plan.source, 'vi', { section: false })}. \`getPlan('${plan.id}')\`.`,
    '',
    markdownTable(['id', 'Chỉ tiêu · Indicator', 'Mẫu số · Denominator', ...years.map(String)], rows),
  ];
}

function render(): string {
  // worked dates for the rules section, computed by the library itself
  const l1 = {
    unit: 'Ví dụ',
    title: 'learning-unit-province',
    level: 1,
    decisionDate: '2024-02-29',
    decidedBy: 'UBND tỉnh',
  } as const;
  const until = recognitionValidUntil(l1);
  const civil = level2EligibleFrom(l1);
  const anniversary = level2EligibleFrom(l1, { level2Convention: 'anniversary' });
  const out: string[] = [
    generatedBanner('LEARNING_TITLES (src/titles/titles.ts) and the plans `qd-387`, `qd-677` (src/plans)'),
    '',
    '# Learning models · Mô hình học tập',
    '',
    'The titles ("danh hiệu") of the learning-society programme, the date rules of their recognitions, and',
    'the national targets of Decisions 387/QĐ-TTg and 677/QĐ-TTg. Titles are data (`LEARNING_TITLES`,',
    '`getTitle(id)`); a recognition is a record `{ unit, title, level?, decisionDate, decidedBy, decision? }`.',
    '',
    'The circulars and decisions were read through summaries only, so their sources are `verified: false`',
    "(confidence C) and results built on them are provisional; each source's note says which points two or",
    'more independent summaries agree on.',
    '',
    '## Titles · Danh hiệu',
    '',
    markdownTable(
      [
        'id',
        'Danh hiệu · Title',
        'Đối tượng · Holder',
        'Mức độ · Levels',
        'Quyết định · Decided by',
        'Căn cứ · Source',
        'Tiêu chí · Criteria',
        'Hiệu lực · Validity',
      ],
      LEARNING_TITLES.map((t) => [
        `\`${t.id}\``,
        `${t.label.vi}<br>*${t.label.en}*`,
        `${t.holderLabel.vi}<br>*${t.holderLabel.en}*`,
        t.levels.length === 0 ? '—' : t.levels.map((l) => l.label.vi).join(', '),
        t.decidedBy ? `${t.decidedBy.vi}<br>*${t.decidedBy.en}*` : 'chưa tìm thấy · not found',
        src(t.source),
        t.criteria ? src(t.criteria) : '—',
        `${t.validity.followingYears} năm sau năm công nhận · years after the year of recognition${t.validity.source.confidence === '?' ? ' (giả định · assumed)' : ''}`,
      ]),
    ),
    '',
    '**Ghi chú · Notes**',
    '',
  ];
  for (const t of LEARNING_TITLES) for (const n of t.notes) out.push(`- \`${t.id}\`: ${n.en} — *${n.vi}*`);
  out.push(
    '',
    '## Validity · Hiệu lực của quyết định công nhận',
    '',
    'Circulars 24/2023 and 25/2023 keep a recognition "3 năm (36 tháng) tiếp theo năm được công nhận" (as',
    'summaries of both report it). **Convention:** a recognition is valid from its decision date through 31 December of',
    '(decision year + 3), both days inclusive, and expired from 1 January of (decision year + 4). The year of',
    'recognition is the year of the decision date (decisions usually come by 15 February for the year before).',
    `Example: decided 2024-02-29 → valid through ${until}. \`titleStatusAt(record, date)\` gives`,
    "`'not-yet-decided'`, `'valid'` or `'expired'` with the rule and its source; `countTitleHolders`, `titleShare`",
    'and the observation helpers count only recognitions valid on their `asOf` date.',
    '',
    'For the titles whose own rule was not found (families, clans, village communities, commune units,',
    'learning citizens) the same 3-year rule is an **assumption** (`verified: false`, confidence `?`); replace it',
    "per title with the `validity` option, e.g. `{ validity: { 'learning-family': { followingYears: 0, source, note } } }`.",
    `An override needs a whole \`followingYears\` from 0 to ${MAX_FOLLOWING_YEARS} and a legal \`source\` (see \`legalSourceSchema\` in \`xhht/schema\`);`,
    'anything else is an `invalid-input` error at `validity.<title>`, thrown before any record is counted.',
    '',
    '## Level 2 · Đề nghị công nhận mức độ 2',
    '',
    'A unit at level 1 may seek level 2 "sau ít nhất 01 năm (12 tháng) kể từ ngày có quyết định công nhận"',
    `(TT 24/2023, TT 25/2023). **Convention** (\`level2EligibleFrom\`, \`canSeekLevel2\`): counted as ${formatSource(CIVIL_CODE_PERIODS_SOURCE)}`,
    'counts months — the period starts the day after the decision and ends at the end of the corresponding day',
    "12 months later, or of that month's last day when it has none; level 2 may be sought from the next day.",
    `Example: level 1 decided 2024-02-29 → the period ends 2025-02-28 → eligible from ${civil}. With`,
    `\`level2Convention: 'anniversary'\` the corresponding day itself counts (${anniversary}). Applying the Civil Code`,
    "here is this library's reading (`verified: false`). `countTitleHolders` warns (`level-2-too-early`) when a",
    "level-2 decision comes before that date after the same unit's level-1 decision, and still counts it.",
    '',
    '## Counting · Đếm và tỷ lệ',
    '',
    '- `countTitleHolders(records, { title, asOf, units? })`: units holding the title on `asOf`, each once at its',
    '  highest valid level; every record ends in `holders`, `excluded` (other title, not yet decided, expired,',
    '  superseded, not eligible) or `issues`.',
    '- `titleShare(records, { title, asOf, eligible, minLevel? })`: holders over eligible units (a number or a',
    '  list of names), exact; adding a recognised unit never lowers it.',
    "- `titleCountObservation(…)`: a count observation with components (default `{ 'level-2': 2 }`) for count",
    '  targets such as Huế 2026 "ít nhất 15 đơn vị … cấp tỉnh mức độ 1, trong đó ít nhất 05 đơn vị đạt mức độ 2"',
    '  (Huế plan for 2026, Mục II.4): the count is every unit at level 1 or 2, `level-2` those at level 2.',
    '- `titleShareObservation(…)`: a share observation for percentage targets (plans below).',
    '',
    '## Plans · Kế hoạch',
    '',
    'Percentages are minimums. ⚠ marks a target whose source is not verified (reported as provisional).',
    "QĐ 387 has no 2030 targets here: the national 2030 figures were not found; Hà Nội's Plan 291/KH-UBND",
    "(80/75/75/90/60/80/70%) and Bà Rịa–Vũng Tàu's Plan 49/KH-UBND differ, so they are local plans. For QĐ 677 the",
    "English translation's 70% for adults in 2030 is rejected: the Vietnamese quote says 60%.",
    '',
    ...planSection('qd-387'),
    '',
    ...planSection('qd-677'),
  );
  return `${out.join('\n')}\n`;
}

/** docs/learning-models.md: titles, levels, sources, validity rules, and the qd-387/qd-677 targets. */
export const titlesPage: DocPage = { path: 'docs/learning-models.md', render };
