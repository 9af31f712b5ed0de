import { textArg } from '../util/guards.js';
import { XhhtError } from '../errors.js';
import { once } from '../util/once.js';
import { deepFreeze } from '../util/freeze.js';
import type { StandardsRegime, RegimeId } from './rule.js';
import { nd142ProvinceRules } from './rules/nd142-2025.js';
import { nd20CommuneRules, nd20RollupRules, th1CompletionReading } from './rules/nd20-2014.js';
import { nd277CommuneRules, nd277CompletionReading, nd277ProvinceRules } from './rules/nd277-2025.js';
import { nd142Recognition, nd20Recognition } from './rules/recognition.js';

import { say } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';

const nd20 = /* @__PURE__ */ once(() =>
  deepFreeze<StandardsRegime>({
    id: 'nd20-2014',
    label: 'Decree 20/2014 and Circular 07/2016 (three tiers)',
    labelVi: 'Nghị định 20/2014/NĐ-CP và Thông tư 07/2016/TT-BGDĐT (xã → huyện → tỉnh)',
    tiers: ['commune', 'district', 'province'],
    effectiveFrom: '2014-05-15',
    effectiveUntil: '2025-06-30',
    standards: ['xmc', 'pcgd-mn5', 'pcgd-th', 'pcgd-thcs'],
    rules: [...nd20CommuneRules(), ...nd20RollupRules()],
    readings: [th1CompletionReading()],
    recognition: nd20Recognition(),
    note:
      'District People’s Committee recognises communes; provincial People’s Committee recognises districts; ' +
      'Ministry of Education and Training recognises provinces (Art. 25).',
  }),
);

const nd142 = /* @__PURE__ */ once(() =>
  deepFreeze<StandardsRegime>({
    id: 'nd142-2025',
    label:
      'After the 2025 reform: Decree 20/2014 standards, Decree ' +
      '142/2025 tiers, Decree 277/2025 preschool 3–5 (two tiers)',
    labelVi:
      'Sau 01/7/2025: tiêu chuẩn Nghị định 20/2014, Nghị định ' +
      '142/2025 (xã → tỉnh), Nghị định 277/2025 (mầm non 3–5 tuổi)',
    tiers: ['commune', 'province'],
    effectiveFrom: '2025-07-01',
    standards: ['xmc', 'pcgd-mn5', 'pcgd-mn3to5', 'pcgd-th', 'pcgd-thcs'],
    rules: [...nd20CommuneRules(), ...nd277CommuneRules(), ...nd142ProvinceRules(), ...nd277ProvinceRules()],
    readings: [nd277CompletionReading(), th1CompletionReading()],
    recognition: nd142Recognition(),
    note:
      'Province thresholds (share of communes) are provisional defaults, to be overridden with the values your ' +
      'province applies; all 3–5 preschool thresholds are ' +
      'unverified. Results using them are provisional. ' +
      'Provinces: the provincial chair recognises universal education levels 1–2 and literacy level 1, the Minister ' +
      'level 3 and literacy level 2 (Decree 143/2025, unverified).',
  }),
);

/**
 * The legal regimes, keyed by id. The regime decides the tiers:
 *
 * - `nd20-2014`: Decree 20/2014 with Circular 07/2016, commune → district →
 *   province, until 30 June 2025.
 * - `nd142-2025`: from 1 July 2025, commune → province (Decree 142/2025), the
 *   Decree 20/2014 commune rules unchanged, plus the 3–5 preschool standard of
 *   Decree 277/2025. Its province rules are unverified: each province share
 *   is a provisional default to override; the 3–5 completion criterion has two
 *   readings (`readings`).
 *
 * In both, primary level 1's "trẻ em đến 14 tuổi" (Art. 9) has two readings:
 * over ages 11–14 (default, as the statistical tables compute it; unverified)
 * or the 14-year-olds. Each regime also says who recognises each tier (`recognition`).
 * @example
 * REGIMES['nd142-2025'].tiers; // ['commune', 'province']
 */
export const REGIMES: Readonly<Record<RegimeId, StandardsRegime>> = /*#__PURE__*/ Object.freeze(
  /*#__PURE__*/ Object.defineProperties({} as Record<RegimeId, StandardsRegime>, {
    // each regime is built and frozen the first time it is read: nothing is built at import
    'nd20-2014': { enumerable: true, get: nd20 },
    'nd142-2025': { enumerable: true, get: nd142 },
  }),
);

/**
 * The regime with this id; throws `unknown-regime` otherwise. Takes only a
 * regime id ({@link RegimeId}): there are no others, so a misspelt id is a
 * compile error. For an id known only at run time, look in `REGIMES`.
 *
 * @example
 * getRegime('nd20-2014').tiers; // ['commune', 'district', 'province']
 * getRegime('nd43-2000');       // throws XhhtError { code: 'unknown-regime' }
 */
export function getRegime(id: RegimeId): StandardsRegime {
  textArg(id, 'regime', 'unknown-regime', ['regime']);
  if (Object.hasOwn(REGIMES, id)) return REGIMES[id as RegimeId];
  throw new XhhtError(
    'unknown-regime',
    say(STANDARDS_MSG, 'unknown-regime', { id, regimes: Object.keys(REGIMES).join(', ') }),
    { path: ['regime'] },
  );
}
