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

/** Commune rules of every regime, by id, in data order (the commune rules are shared by both regimes). */
function communeRules(): StandardRule[] {
  const seen = new Map<string, StandardRule>();
  for (const r of Object.values(REGIMES)) for (const rule of r.rules) if (rule.tier === 'commune' && !seen.has(rule.id)) seen.set(rule.id, rule);
  return [...seen.values()];
}

function rollupCell(regime: RegimeId, standard: StandardId, level: number, tier: 'district' | 'province'): string {
  const rules = REGIMES[regime].rules.filter((r): r is RollupRule => r.kind === 'rollup' && r.standard === standard && r.level === level && r.tier === tier);
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

function standardSection(id: StandardId, commune: readonly StandardRule[]): string[] {
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
        ['Rule id', 'Tiêu chí · Criterion', 'Áp dụng · Applies to', 'Đo · Measured', 'Tối thiểu · Minimum', 'Nguồn · Source', 'Xác minh · Verified'],
        rules.map((r) => [
          `\`${r.id}\``,
          `${r.labelVi}<br>*${r.label}*`,
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
          const src = new Set(REGIMES[r].rules.filter((x) => x.kind === 'rollup' && x.standard === id && x.level === level).map((x) => source(x.source)));
          return [`\`${r}\``, rollupCell(r, id, level, 'district'), rollupCell(r, id, level, 'province'), [...src].join('<br>')];
        }),
      ),
    );
  }
  return out;
}

function render(): string {
  const commune = communeRules();
  const out: string[] = [
    generatedBanner('the rule data of src/standards (rules/*.ts, regimes.ts, fields.ts)'),
    '',
    '# Chuẩn xóa mù chữ và phổ cập giáo dục · Literacy and universal-education standards',
    '',
    'Every recognition standard of xóa mù chữ (XMC, literacy) and phổ cập giáo dục (PCGD, universal',
    'education) that `assessCommune`, `assessDistrict`, `assessProvince` and `rollUp` apply, with its',
    'minimum, legal source and whether that source was read. How to call them: [standards-guide.md](standards-guide.md).',
    '',
    `Rules marked ${UNVERIFIED} come from a draft, third-party code or an inference, not from a decree text`,
    'that was read: every result that uses one says `provisional: true` and names it in `provisionalRules`.',
    'Any threshold can be replaced by the caller with `overrides: { [rule id]: value }`.',
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
    'A commune files counts, never rates. Each group\'s first field is its whole; the others are parts of it.',
    'A missing count makes the checks that need it `unknown` (the result lists it in `missing`).',
    '',
    markdownTable(
      ['Field', 'Tiếng Việt', 'English'],
      COUNT_GROUPS.flatMap((g) => g.fields.map((f) => [`\`${g.group}.${f.key}\``, `${g.labelVi}: ${f.labelVi}`, `${g.label}: ${f.label}`])),
    ),
  ];
  for (const id of Object.keys(STANDARDS) as StandardId[]) out.push(...standardSection(id, commune));
  return `${out.join('\n')}\n`;
}

/** docs/standards.md: the XMC / PCGD standards, levels, thresholds and sources. */
export const standardsPage: DocPage = { path: 'docs/standards.md', render };
