import type { StandardId } from '../model.js';
import type { AdminTier, RecognisingAuthority, StandardRecognition, RuleSource } from '../rule.js';
import { once } from '../../once.js';
import { STANDARDS } from '../standards.js';
import { ND142_2025, ND143_2025, ND20_2014, ND277_2025, at } from './sources.js';

/*
 * Who recognises what, as data. Before 1 July 2025 Decree 20/2014 Art. 25 (read):
 * the district People's Committee recognises communes, the province districts,
 * the Ministry provinces. After the reform, Decree 143/2025 (known from press
 * reports only) gives the provincial chair the provinces for universal
 * education levels 1–2 and literacy level 1; the Minister keeps universal
 * education level 3 and literacy level 2. Who recognises communes after the
 * reform, and who recognises the preschool standards, was not established.
 */

const AUTHORITY: Readonly<Record<RecognisingAuthority, { label: string; labelVi: string }>> = {
  'district-people-committee': { label: 'District People’s Committee', labelVi: 'Ủy ban nhân dân cấp huyện' },
  'province-people-committee': { label: 'Provincial People’s Committee', labelVi: 'Ủy ban nhân dân cấp tỉnh' },
  ministry: { label: 'Ministry of Education and Training', labelVi: 'Bộ Giáo dục và Đào tạo' },
  'provincial-chair': {
    label: 'Chair of the provincial People’s Committee',
    labelVi: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
  },
  minister: { label: 'Minister of Education and Training', labelVi: 'Bộ trưởng Bộ Giáo dục và Đào tạo' },
  unknown: { label: 'not established', labelVi: 'chưa xác định' },
};

const entry = (
  standard: StandardId,
  level: number,
  tier: AdminTier,
  authority: RecognisingAuthority,
  source: RuleSource,
  verified: boolean,
): StandardRecognition => ({
  standard,
  level,
  tier,
  authority,
  ...AUTHORITY[authority],
  source,
  verified,
});

/** Every (standard, level) pair of these standards. */
const levelsOf = (standards: readonly StandardId[]) =>
  standards.flatMap((s) => Array.from({ length: STANDARDS[s].levels }, (_, i) => [s, i + 1] as const));

const PRE_REFORM: readonly StandardId[] = ['xmc', 'pcgd-mn5', 'pcgd-th', 'pcgd-thcs'];

/**
 * Recognition under Decree 20/2014 (until 30 June 2025), Art. 25: verified.
 *
 * @example
 * nd20Recognition().find((r) => r.tier === 'province')?.authority; // 'ministry'
 */
export const nd20Recognition = /* @__PURE__ */ once((): readonly StandardRecognition[] =>
  levelsOf(PRE_REFORM).flatMap(([s, l]) => [
    entry(s, l, 'commune', 'district-people-committee', at(ND20_2014, 'Điều 25'), true),
    entry(s, l, 'district', 'province-people-committee', at(ND20_2014, 'Điều 25'), true),
    entry(s, l, 'province', 'ministry', at(ND20_2014, 'Điều 25'), true),
  ]),
);

const ND143 = (note: string) => at(ND143_2025, 'điều sửa đổi Điều 25 Nghị định 20/2014/NĐ-CP', note);
const PRESS = 'Known from press reports; the decree text was not read.';

/** Province recognition after the 2025 delegation: the provincial chair for the lower levels, the Minister for the top ones. */
function provinceAfterReform(standard: StandardId, level: number): StandardRecognition {
  switch (standard) {
    case 'xmc':
      return entry(standard, level, 'province', level === 1 ? 'provincial-chair' : 'minister', ND143(PRESS), false);
    case 'pcgd-th':
    case 'pcgd-thcs':
      return entry(standard, level, 'province', level <= 2 ? 'provincial-chair' : 'minister', ND143(PRESS), false);
    case 'pcgd-mn5':
      return entry(
        standard,
        level,
        'province',
        'unknown',
        ND143(
          `${PRESS} The reports name universal education "mức độ 1 và mức độ 2"; the 5-year-old preschool standard has no levels, so it is not settled.`,
        ),
        false,
      );
    case 'pcgd-mn3to5':
      return entry(
        standard,
        level,
        'province',
        'unknown',
        at(
          ND277_2025,
          'quy trình, thủ tục kiểm tra công nhận',
          'The decree sets its own checking and recognition procedure; it was not read.',
        ),
        false,
      );
  }
}

const POST_REFORM: readonly StandardId[] = ['xmc', 'pcgd-mn5', 'pcgd-mn3to5', 'pcgd-th', 'pcgd-thcs'];

/**
 * Recognition after 1 July 2025: provinces per Decree 143/2025 (press reports,
 * unverified); communes not established. Nothing here is verified.
 *
 * @example
 * nd142Recognition().find((r) => r.standard === 'xmc' && r.level === 1 && r.tier === 'province')?.authority; // 'provincial-chair'
 */
export const nd142Recognition = /* @__PURE__ */ once((): readonly StandardRecognition[] =>
  levelsOf(POST_REFORM).flatMap(([s, l]) => [
    entry(
      s,
      l,
      'commune',
      'unknown',
      at(
        ND142_2025,
        'chưa xác định điều',
        'No text read says who recognises communes after 1 July 2025; press reports differ (the province, or the commune itself).',
      ),
      false,
    ),
    provinceAfterReform(s, l),
  ]),
);
