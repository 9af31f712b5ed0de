import { INDICATOR_GROUPS, type Indicator } from '../../src/catalog/indicator.js';
import { INDICATOR_LEVELS } from '../../src/catalog/level.js';
import type { IndicatorId } from '../../src/catalog/indicator-id.js';
import { getIndicator } from '../../src/catalog/registry.js';
import { formatSource } from '../../src/catalog/source.js';
import { getPlan } from '../../src/plans/registry.js';
import type { Target } from '../../src/plans/target.js';
import { generatedBanner, markdownTable, type DocPage } from './page.js';

const KIND: Record<Indicator['kind'], string> = {
  'share-of-persons': 'tỷ lệ người · share of persons',
  'share-of-units': 'tỷ lệ đơn vị · share of units',
  count: 'số lượng · count',
  'yes-no': 'đạt/không · yes/no',
};

/** "≥ 70%", "≥ 15 (trong đó ≥ 5 mức độ 2)", "phấn đấu ≥ 100%". */
function targetText(target: Target | undefined): string {
  if (!target) return '—';
  const op = target.comparator === 'at-least' ? '≥' : '≤';
  let text: string;
  if (target.kind === 'percent') text = `${op} ${target.value}%`;
  else if (target.kind === 'count') {
    const parts = (target.components ?? []).map(
      (c) => `${c.comparator === 'at-least' ? '≥' : '≤'} ${c.value} ${c.label.vi}`,
    );
    text = `${op} ${target.value}${parts.length ? ` (trong đó ${parts.join('; ')})` : ''}`;
  } else text = target.value ? 'đạt · yes' : 'không · no';
  const stretch = target.stretch ? ' (phấn đấu · stretch)' : '';
  const provisional = target.source.verified ? '' : ' ⚠ chưa xác minh · unverified';
  return `${text}${stretch}${provisional}`;
}

function render(): string {
  const plan = getPlan('qd-1373');
  // a national plan's targets are on built-in indicators (getIndicator throws otherwise)
  const ids = [...new Set(plan.targets.map((t) => t.indicator as IndicatorId))];
  const out: string[] = [
    generatedBanner('the indicator catalog and the plan `qd-1373` (src/catalog, src/plans/qd-1373.ts)'),
    '',
    '# Indicators of Decision 1373/QĐ-TTg',
    '',
    `The ${ids.length} indicators of ${formatSource(plan.source, 'vi', { title: true })}, with their`,
    '2025 and 2030 minimums. Ids are stable: apps may store them. "Phấn đấu" (strive to) targets are',
    "stretch goals and reported as such. Look them up with `getIndicator(id)` and `getPlan('qd-1373')`.",
    '',
    'Confidence grades: A = read in a verbatim quotation of the legal text and confirmed by a second source,',
    'B = read in one verbatim quotation of the legal text. Both are treated as verified. The source column gives',
    'the part of the decision each target is written in.',
    '',
    'The level (cấp đo) is the smallest jurisdiction whose plan can set a target on the indicator: a share of',
    'provinces is measured by the country, a share of people by a commune. A plan that extends another inherits',
    'the targets measured at its own level or below (docs/plans.md).',
  ];
  for (const [group, heading] of Object.entries(INDICATOR_GROUPS)) {
    const inGroup = ids.map((id) => getIndicator(id)).filter((i) => i.group === group);
    if (inGroup.length === 0) continue;
    out.push('', `## ${group}. ${heading.vi} · ${heading.en}`, '');
    const rows = inGroup.map((ind) => {
      const at = (year: number) => plan.targets.find((t) => t.indicator === ind.id && t.year === year);
      const t2025 = at(2025);
      const t2030 = at(2030);
      const sources = [
        ...new Set(
          [t2025, t2030]
            .filter((t) => t !== undefined)
            .map((t) => `${t.source.section ?? formatSource(t.source)} [${t.source.confidence ?? '?'}]`),
        ),
      ];
      return [
        `\`${ind.id}\``,
        `${ind.label.vi}<br>*${ind.label.en}*`,
        KIND[ind.kind],
        `${INDICATOR_LEVELS[ind.level].vi} · ${INDICATOR_LEVELS[ind.level].en}`,
        ind.denominator ? `${ind.denominator.vi}<br>*${ind.denominator.en}*` : '—',
        targetText(t2025),
        targetText(t2030),
        sources.join('<br>'),
      ];
    });
    out.push(
      markdownTable(
        [
          'id',
          'Chỉ tiêu · Indicator',
          'Loại · Kind',
          'Cấp đo · Level',
          'Mẫu số · Denominator',
          '2025',
          '2030',
          'Nguồn · Source',
        ],
        rows,
      ),
    );
    const noted = inGroup.filter((i) => i.notes.length > 0);
    if (noted.length > 0) {
      out.push('', '**Ghi chú · Notes**', '');
      for (const ind of noted) {
        for (const note of ind.notes) out.push(`- \`${ind.id}\` (${note.topic}): ${note.text.en} — *${note.text.vi}*`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** docs/indicators.md: the 15 indicators of Decision 1373 with their targets and sources. */
export const indicatorsPage: DocPage = { path: 'docs/indicators.md', render };
