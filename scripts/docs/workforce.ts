import { formatSource } from '../../src/catalog/source.js';
import { QUALIFICATION_DEFINITIONS, TRAINED_WITH_CERTIFICATE } from '../../src/workforce/definitions.js';
import {
  QUALIFICATION_LEVEL_INFO,
  QUALIFICATION_LEVELS,
  POSTGRADUATE_LEVELS,
  atomsOf,
} from '../../src/workforce/levels.js';
import { generatedBanner, markdownTable, type DocPage } from './page.js';

function render(): string {
  const defs = Object.values(QUALIFICATION_DEFINITIONS);
  const levels = [...QUALIFICATION_LEVELS, ...POSTGRADUATE_LEVELS];
  const out: string[] = [
    generatedBanner('src/workforce (levels, definitions, rules)'),
    '',
    '# Workforce qualification · Trình độ chuyên môn kỹ thuật',
    '',
    'Breakdowns of a population (e.g. people aged 15+ of a commune) by highest qualification level, the rates',
    'computed from them, their consistency checks, and observations for the Decision 1373 indicators',
    '`population-15plus-technical-qualification` and `population-15plus-university-or-higher`.',
    '',
    '## Levels · Trình độ',
    '',
    'In the order of the MOLISA labour-supply form "THÔNG TIN VỀ CUNG LAO ĐỘNG", item 10. The form does',
    'not split "Trên đại học"; `master` and `doctorate` are an optional split of `postgraduate`.',
    '',
    markdownTable(
      ['#', 'id', 'Trình độ', 'Level'],
      levels.map((l) => {
        const i = QUALIFICATION_LEVEL_INFO[l];
        return [
          i.subRank === null ? String(i.rank + 1) : `${i.rank + 1}.${i.subRank + 1}`,
          `\`${l}\``,
          i.label.vi,
          i.label.en,
        ];
      }),
    ),
    '',
    '## Definitions · Định nghĩa: which levels count',
    '',
    'The official statistical definitions were not found, so each rate is a definition object with its levels,',
    'source and `verified` flag, carried into every result; pass your own to override. ✓ = counted.',
    '',
    markdownTable(
      ['Level', ...defs.map((d) => `\`${d.id}\``)],
      levels.map((l) => [
        QUALIFICATION_LEVEL_INFO[l].label.vi,
        ...defs.map((d) => (atomsOf(d.levels).some((a) => atomsOf([l]).includes(a)) ? '✓' : '')),
      ]),
    ),
    '',
  ];
  for (const d of defs) {
    out.push(
      `- \`${d.id}\` — ${d.label.vi} · *${d.label.en}*. ${d.note.en} Source: ${formatSource(d.source, 'en')} [${d.source.confidence ?? '?'}]${d.source.verified ? '' : ' ⚠ unverified (provisional)'}.`,
    );
  }
  out.push(
    '',
    `**Defaults.** \`population-15plus-technical-qualification\` uses \`${TRAINED_WITH_CERTIFICATE.id}\`: sơ cấp and above,`,
    '**without** under-3-month certificates — a working assumption (the labour-supply form lists them apart from',
    'sơ cấp), marked provisional. The 2025 report of phường Đăk Cấm counts its 1.736 under-3-month certificates among its 9.287 people',
    '"được đào tạo trình độ chuyên môn kĩ thuật"; to follow that reading pass',
    '`{ technicalQualification: TRAINED_WITH_CERTIFICATE_INCL_SHORT_COURSES }`. `population-15plus-university-or-higher`',
    'uses `university-or-higher` (Decision 1373\'s own words, "đại học trở lên"). A rate needs the population: without',
    'it the numerator is given and the rate is `no-data` (`missing-population`). A counted level the breakdown does',
    "not report makes the rate `no-data` (`levels-not-reported`) unless `missingLevels: 'zero'`.",
    '',
    '## Breakdown · Bảng cơ cấu',
    '',
    '```ts',
    '// Đăk Cấm ward report 2025, Mục II.3: 9.287 trained, of which 4.947 (1.736 + 738 + 1.384 + 1.089) and 4.340 university or higher',
    'const dakCam: QualificationBreakdown = {',
    "  unit: 'Phường Đăk Cấm', asOf: '2025-12-31', source: 'Báo cáo của UBND phường Đăk Cấm, Mục II.3',",
    "  counts: { 'certificate-under-3-months': 1736, 'elementary-vocational': 738, intermediate: 1384, college: 1089 },",
    "  parts: [{ levels: ['university', 'postgraduate'], count: 4340 }], // reported together",
    '  totals: [',
    "    { id: 'trained', levels: ['certificate-under-3-months', 'elementary-vocational', 'intermediate', 'college', 'university', 'postgraduate'], count: 9287 },",
    "    { id: 'below-university', levels: ['certificate-under-3-months', 'elementary-vocational', 'intermediate', 'college'], count: 4947 },",
    '  ],',
    '};',
    '```',
    '',
    '## Validation rules · Quy tắc kiểm tra',
    '',
    'Consistency checks are data, in the spirit of DHIS2 validation rules: `{ id, label, left, operator, right,',
    'missing?, severity? }`, each side a sum of operands `{ levels }` (parts inside those levels), `{ total: id }`,',
    '`{ population: true }` or `{ constant }`; operators `==`, `!=`, `<`, `<=`, `>`, `>=`; missing-value strategy',
    '`skip-if-any-missing` (default), `skip-if-all-missing` or `never-skip`. `validateBreakdown(b, { rules })` runs the',
    "rules the breakdown implies and then the caller's; each failure is an `inconsistent-counts` issue naming the",
    'difference (left − right). `breakdownRules(b)` lists the implied rules:',
    '',
    markdownTable(
      ['Rule', 'Check', 'When'],
      [
        [
          '`parts-sum:<total>`',
          'parts inside a reported total = the total (≤ when some of its levels are not reported)',
          'every total',
        ],
        [
          '`subtotals-sum:<total>`',
          'largest reported subtotals inside a total + the parts outside them = the total',
          'a total with subtotals (Đăk Cấm: 4.947 + 4.340 = 9.287)',
        ],
        ['`within-population:<total>`', 'total ≤ population', 'a population is given'],
        ['`within-population`', 'all parts ≤ population (= when every level is reported)', 'a population is given'],
      ],
    ),
    '',
    'Before the rules, the input itself is checked: negative, fractional or unsafe counts (`invalid-count`), unknown',
    'levels (`unknown-qualification-level`), a level reported twice, a malformed rule (`invalid-validation-rule`).',
    '`qualificationObservations(b)` makes no observation from a breakdown with errors;',
    '`qualificationObservationsBatch(list)` keeps going past bad breakdowns and prefixes each issue with its index.',
  );
  return `${out.join('\n')}\n`;
}

/** docs/workforce.md: levels, definitions, which levels count in each rate, validation rules. */
export const workforcePage: DocPage = { path: 'docs/workforce.md', render };
