import { EDUCATION_LAW_DOC, ND_142_2025_DOC, ND_20_2014_DOC, ND_277_2025_DOC } from '../../src/catalog/documents.js';
import { formatSource } from '../../src/catalog/source.js';
import { AGE_GROUPS } from '../../src/standards/age.js';
import { COUNT_GROUPS } from '../../src/standards/fields.js';
import type { StandardId } from '../../src/standards/model.js';
import { REGIMES } from '../../src/standards/regimes.js';
import type { AdminTier, RegimeId, RollupRule, RuleSource, StandardRule } from '../../src/standards/rule.js';
import { STANDARDS, levelLabel } from '../../src/standards/standards.js';
import { generatedBanner, markdownTable, type DocPage } from './page.js';

/*
 * docs/standards.md: every XMC / PCGD standard, level, threshold and source,
 * generated from the rule data of src/standards/rules, so it cannot drift.
 */

const UNVERIFIED = '⚠ chưa xác minh · unverified';

const TIER: Readonly<Record<AdminTier, string>> = {
  commune: 'xã · commune',
  district: 'huyện · district',
  province: 'tỉnh · province',
};

const APPLIES = {
  all: 'mọi xã · every commune',
  normal: 'xã thường · ordinary commune',
  'especially-difficult': 'xã ĐBKK · especially difficult commune',
} as const;

const GROUP = {
  all: 'all',
  normal: 'xã vùng thuận lợi · other communes',
  'especially-difficult': 'xã ĐBKK · especially difficult communes',
} as const;

function source(s: RuleSource): string {
  return `${s.document}, ${s.article}${s.note ? `<br>*${s.note}*` : ''}`;
}

function verified(rule: StandardRule): string {
  return rule.verified ? 'đã xác minh · verified' : UNVERIFIED;
}

function minimum(rule: StandardRule): string {
  switch (rule.kind) {
    case 'share':
      return `≥ ${rule.value}%`;
    case 'condition':
      return 'có · yes';
    case 'requires':
      return 'đạt · met';
    case 'rollup':
      return `≥ ${rule.value}%`;
  }
}

function measured(rule: StandardRule): string {
  switch (rule.kind) {
    case 'share':
      return `${rule.numerator.map((f) => `\`${f}\``).join(' + ')} / \`${rule.denominator}\``;
    case 'condition':
      return `\`conditions.${STANDARDS[rule.standard].inputKey}.${rule.condition}\``;
    case 'requires':
      return `level of \`${rule.requires.standard}\``;
    case 'rollup':
      return `${rule.of} units`;
  }
}

/** Which reading option a rule belongs to, by rule id ("default" or the option to choose). */
function readingOf(): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of Object.values(REGIMES)) {
    for (const g of r.readings ?? []) {
      for (const o of g.options) {
        const text =
          o.id === g.default
            ? `cách hiểu mặc định · default reading (\`${g.id}\`: \`${o.id}\`)`
            : `chỉ khi chọn · only with \`readings: { '${g.id}': '${o.id}' }\``;
        for (const rule of o.rules) out.set(rule.id, text);
      }
    }
  }
  return out;
}

/** Commune rules of every regime (every reading's too), by id, in data order (the commune rules are shared by both regimes). */
function communeRules(): StandardRule[] {
  const seen = new Map<string, StandardRule>();
  const add = (rule: StandardRule) => {
    if (rule.tier === 'commune' && !seen.has(rule.id)) seen.set(rule.id, rule);
  };
  for (const r of Object.values(REGIMES)) {
    for (const rule of r.rules) add(rule);
    for (const g of r.readings ?? []) for (const o of g.options) for (const rule of o.rules) add(rule);
  }
  return [...seen.values()];
}

/** Who recognises a unit at this level, per regime and tier. */
function recognitionRows(id: StandardId, level: number): string[][] {
  const rows: string[][] = [];
  for (const r of Object.values(REGIMES)) {
    for (const x of r.recognition) {
      if (x.standard !== id || x.level !== level) continue;
      rows.push([
        `\`${r.id}\``,
        TIER[x.tier],
        `${x.labelVi}<br>*${x.label}*`,
        source(x.source),
        x.verified ? 'đã xác minh · verified' : UNVERIFIED,
      ]);
    }
  }
  return rows;
}

function rollupCell(regime: RegimeId, standard: StandardId, level: number, tier: 'district' | 'province'): string {
  const rules = REGIMES[regime].rules.filter(
    (r): r is RollupRule => r.kind === 'rollup' && r.standard === standard && r.level === level && r.tier === tier,
  );
  if (rules.length === 0) return '—';
  return rules
    .map((r) => {
      const of = r.of === 'commune' ? 'số xã · of communes' : 'số huyện · of districts';
      const group = r.group === 'all' ? '' : ` (${GROUP[r.group]})`;
      const min = r.value === '100' ? '100% (tất cả · all)' : `≥ ${r.value}%`;
      return `${min} ${of}${group}${r.verified ? '' : ` ${UNVERIFIED}`}<br>\`${r.id}\``;
    })
    .join('<br>');
}

function standardSection(
  id: StandardId,
  commune: readonly StandardRule[],
  readings: ReadonlyMap<string, string>,
): string[] {
  const info = STANDARDS[id];
  const regimes = (Object.keys(REGIMES) as RegimeId[]).filter((r) => REGIMES[r].standards.includes(id));
  const out = ['', `## ${info.labelVi} · ${info.label} (\`${id}\`)`, ''];
  out.push(
    `${info.levels === 1 ? 'One level.' : `Levels 1–${info.levels} ("mức độ"), cumulative: a level is met only when every lower level is.`} ` +
      `Regimes: ${regimes.map((r) => `\`${r}\``).join(', ')}. Conditions are answered in \`conditions.${info.inputKey}\`.`,
  );
  for (let level = 1; level <= info.levels; level++) {
    const rules = commune.filter((r) => r.standard === id && r.level === level);
    const { label, labelVi } = levelLabel(id, level);
    out.push('', `### ${labelVi} · ${label}`, '', '**Xã · Commune**', '');
    out.push(
      markdownTable(
        [
          'Rule id',
          'Tiêu chí · Criterion',
          'Áp dụng · Applies to',
          'Đo · Measured',
          'Tối thiểu · Minimum',
          'Nguồn · Source',
          'Xác minh · Verified',
        ],
        rules.map((r) => [
          `\`${r.id}\``,
          `${r.labelVi}<br>*${r.label}*${readings.has(r.id) ? `<br>${readings.get(r.id)}` : ''}`,
          r.kind === 'rollup' ? '' : APPLIES[r.applies],
          measured(r),
          minimum(r),
          source(r.source),
          verified(r),
        ]),
      ),
    );
    out.push('', '**Huyện, tỉnh · District, province**', '');
    out.push(
      markdownTable(
        ['Regime', 'Huyện · District', 'Tỉnh · Province', 'Nguồn · Source'],
        regimes.map((r) => {
          const src = new Set(
            REGIMES[r].rules
              .filter((x) => x.kind === 'rollup' && x.standard === id && x.level === level)
              .map((x) => source(x.source)),
          );
          return [
            `\`${r}\``,
            rollupCell(r, id, level, 'district'),
            rollupCell(r, id, level, 'province'),
            [...src].join('<br>'),
          ];
        }),
      ),
    );
    out.push('', '**Công nhận · Recognised by**', '');
    out.push(
      markdownTable(
        [
          'Regime',
          'Cấp được công nhận · Tier recognised',
          'Thẩm quyền · Authority',
          'Nguồn · Source',
          'Xác minh · Verified',
        ],
        recognitionRows(id, level),
      ),
    );
  }
  return out;
}

/** The province shares of the post-reform regime: one documented parameter each. */
function provinceShares(): string[] {
  const rules = REGIMES['nd142-2025'].rules.filter(
    (r): r is RollupRule => r.kind === 'rollup' && r.tier === 'province',
  );
  return [
    '## Tỷ lệ xã của tỉnh sau cải cách · Province shares after the reform (parameters)',
    '',
    'From 1 July 2025 a province is recognised from the share of its communes recognised. No legal text stating',
    `these shares was read (${formatSource(ND_142_2025_DOC)} is the decree that divides the`,
    'powers of the two-tier local government; its provision on universal education was not found). So every share',
    'below is a **parameter**: a provisional default (`verified: false`, results that use it are `provisional`) that',
    'a caller replaces with the value the province applies, `overrides: { [rule id]: value }`, with `verified: true`',
    'and a `source` when the caller vouches for it. The defaults of the Decree 20/2014 standards are the share of',
    'communes a district needed before the reform. XMC level 1 defaults to 90%: the 81% that circulates (90% of',
    'districts × 90% of communes) has no textual basis and is available only as the named override',
    `\`XMC1_PROVINCE_SHARE_81\` (still provisional). The 3–5 preschool shares are those of the draft of ${formatSource(ND_277_2025_DOC)}:`,
    'two groups, both required.',
    '',
    markdownTable(
      [
        'Rule id',
        'Chuẩn · Standard',
        'Nhóm xã · Communes counted',
        'Mặc định · Default',
        'Căn cứ · Basis',
        'Xác minh · Verified',
      ],
      rules.map((r) => {
        const { label, labelVi } = levelLabel(r.standard, r.level);
        return [
          `\`${r.id}\``,
          `${labelVi}<br>*${label}*`,
          r.group === 'all' ? 'mọi xã · all communes' : GROUP[r.group],
          `≥ ${r.value}%`,
          source(r.source),
          r.verified ? 'đã xác minh · verified' : UNVERIFIED,
        ];
      }),
    ),
    '',
    '```ts',
    "assessProvince(communeResults, { regime: 'nd142-2025', overrides: { 'pcgd-th-3.province.communes': '95' } });",
    "assessProvince(communeResults, { regime: 'nd142-2025', overrides: XMC1_PROVINCE_SHARE_81 }); // 81% for XMC level 1",
    '```',
  ];
}

/** Provisions with more than one reading, and how to choose one. */
function readingsSection(): string[] {
  const out = [
    '## Cách hiểu · Readings',
    '',
    'Where a provision can be read in more than one way, each reading has a default, said below with why;',
    'another option is chosen with `readings: { [reading id]: option id }` (in `assessCommune`, `rollUp`, … options,',
    'or `resolveRules(regime, overrides, readings)`; on the command line `--reading <id>=<option>`). The chosen',
    "option replaces the default rules. Every check made by a reading's rule names it (`reading: { id, option }`).",
    'A dossier that has the counts of another option but not those of the option in use, where that decides a',
    "level, gets the warning `reading-counts-missing` (in `warnings` of the commune result and in `rollUp`'s",
    '`issues`) naming the reading and how to switch: never a silently different verdict.',
    '',
  ];
  const rows: string[][] = [];
  for (const r of Object.values(REGIMES)) {
    for (const g of r.readings ?? []) {
      for (const o of g.options) {
        const isDefault = o.id === g.default;
        const why = isDefault && g.noteVi !== undefined && g.note !== undefined ? `<br>${g.noteVi}<br>*${g.note}*` : '';
        rows.push([
          `\`${r.id}\``,
          `\`${g.id}\`<br>${g.labelVi}<br>*${g.label}*`,
          `\`${o.id}\`${isDefault ? ' (mặc định · default)' : ''}`,
          `${o.labelVi}<br>*${o.label}*${why}`,
          o.rules.map((x) => `\`${x.id}\``).join('<br>'),
        ]);
      }
    }
  }
  out.push(
    markdownTable(['Regime', 'Cách hiểu · Reading', 'Phương án · Option', 'Nghĩa · Meaning', 'Quy tắc · Rules'], rows),
  );
  return out;
}

/** How ages are counted, and the age groups of the counts. */
function agesSection(): string[] {
  return [
    '## Tuổi · Ages',
    '',
    'Every age and age group of the counts is an age **counted by birth year**: age = survey year − birth year,',
    'whatever the birthday, and the figures are those at the reference date **30 September of the survey year**.',
    `School ages are counted "theo năm" (${formatSource({ ...EDUCATION_LAW_DOC, section: 'Điều 28' })}),`,
    `and the commune's universal-education figures are those at 30 September (${formatSource({ ...ND_20_2014_DOC, section: 'Điều 31' })}).`,
    'In the 2025 survey the 6-year-olds are the children born in 2019 and',
    'the 15–60 group everyone born from 1965 to 2010. `surveyAge({ birthYear, surveyYear })` gives the age, the',
    'reference date and the groups below that include it.',
    '',
    markdownTable(
      ['Group', 'Tuổi · Ages', 'Năm sinh · Born in', 'Chuẩn · Standards'],
      AGE_GROUPS.map((x) => [
        `\`${x.group}\``,
        `${x.labelVi} · ${x.label}`,
        x.from === x.to ? `N − ${x.from}` : `N − ${x.to} … N − ${x.from}`,
        x.standards.map((id) => `\`${id}\``).join(', '),
      ]),
    ),
    '',
    'N is the survey year.',
  ];
}

function render(): string {
  const commune = communeRules();
  const out: string[] = [
    generatedBanner('the rule data of src/standards (rules/*.ts, regimes.ts, fields.ts, age.ts)'),
    '',
    '# Chuẩn xóa mù chữ và phổ cập giáo dục · Literacy and universal-education standards',
    '',
    'Every recognition standard of xóa mù chữ (XMC, literacy) and phổ cập giáo dục (PCGD, universal',
    'education) that `assessCommune`, `assessDistrict`, `assessProvince` and `rollUp` apply, with its',
    'minimum, legal source and whether that source was read. How to call them: [standards-guide.md](standards-guide.md).',
    '',
    `Rules marked ${UNVERIFIED} come from a draft, a value no text states or an inference, not from a decree text`,
    'that was read: every result that uses one says `provisional: true` and names it in `provisionalRules`.',
    'Any threshold can be replaced by the caller with `overrides: { [rule id]: value }`; the province shares after',
    'the 2025 reform are such parameters (see below). Who recognises each level is listed with it: data only, it',
    'never changes a level.',
    '',
    'A share is compared exactly: `numerator × 100 ≥ minimum × denominator` in integers, never a rounded',
    'rate. "xã ĐBKK" is "xã có điều kiện kinh tế - xã hội đặc biệt khó khăn" (especially difficult commune):',
    'the caller says which communes are (`especiallyDifficult: true`); they get the lower minimums and',
    'narrower age groups.',
    '',
    '## Chế độ quy định · Regimes',
    '',
    markdownTable(
      ['Id', 'Quy định · Rules', 'Cấp · Tiers', 'Từ · From', 'Đến · Until', 'Chuẩn · Standards', 'Ghi chú · Note'],
      Object.values(REGIMES).map((r) => [
        `\`${r.id}\``,
        `${r.labelVi}<br>*${r.label}*`,
        r.tiers.map((t) => TIER[t]).join(' → '),
        r.effectiveFrom,
        r.effectiveUntil ?? '—',
        r.standards.map((s) => `\`${s}\``).join(', '),
        r.note,
      ]),
    ),
    '',
    'The commune criteria are the same in both regimes: the 2025 reform changed who recognises a unit and',
    'how a province is counted (from its communes, there being no districts), not what a commune must reach.',
    '',
    '## Số liệu của xã · Commune counts',
    '',
    "A commune files counts, never rates. Each group's first field is its whole; the others are parts of it.",
    'A missing count makes the checks that need it `unknown` (the result lists it in `missing`).',
    '',
    markdownTable(
      ['Field', 'Tiếng Việt', 'English'],
      COUNT_GROUPS.flatMap((g) =>
        g.fields.map((f) => [`\`${g.group}.${f.key}\``, `${g.labelVi}: ${f.labelVi}`, `${g.label}: ${f.label}`]),
      ),
    ),
    '',
    ...agesSection(),
    '',
    ...provinceShares(),
    '',
    ...readingsSection(),
  ];
  const readings = readingOf();
  for (const id of Object.keys(STANDARDS) as StandardId[]) out.push(...standardSection(id, commune, readings));
  return `${out.join('\n')}\n`;
}

/** docs/standards.md: the XMC / PCGD standards, levels, thresholds and sources. */
export const standardsPage: DocPage = { path: 'docs/standards.md', render };
