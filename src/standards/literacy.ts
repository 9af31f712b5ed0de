import { describe } from '../util/describe.js';
import { objectArg } from '../util/guards.js';
import { XhhtError } from '../errors.js';
import { isCount } from '../exact/count.js';
import type { LiterateLevel } from './model.js';
import { say } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';

/**
 * What is known of one person's schooling, for {@link literateLevel}.
 *
 * @example
 * const p: PersonSchooling = { xmcStageCompleted: 1 };
 */
export interface PersonSchooling {
  /** Highest completed stage ("giai đoạn") of the literacy and continuing-education programme: 0, 1 or 2. */
  readonly xmcStageCompleted?: 0 | 1 | 2;
  /** Highest primary grade completed (0–5; 5 = the whole primary programme). */
  readonly highestGradeCompleted?: number;
  /** Completed the primary programme (same as grade 5). */
  readonly primaryCompleted?: boolean;
}

/**
 * A person's literate level (Decree 20/2014 Art. 19): level 2 for stage 2 of the
 * XMC programme or primary completed; level 1 for stage 1 or grade 3; else 0.
 * Throws `invalid-input` for a stage other than 0–2 or a grade that is not a
 * whole number.
 *
 * @example
 * literateLevel({ highestGradeCompleted: 3 });   // 1
 * literateLevel({ xmcStageCompleted: 2 });       // 2
 * literateLevel({ primaryCompleted: true });     // 2
 * literateLevel({ highestGradeCompleted: 2 });   // 0
 */
export function literateLevel(given: PersonSchooling): LiterateLevel {
  // read once: what is checked is what decides
  const person = objectArg(given, 'person', []) as PersonSchooling;
  const stage = person.xmcStageCompleted ?? 0;
  if (stage !== 0 && stage !== 1 && stage !== 2) {
    throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.xmc-stage', { stage: describe(stage) }), {
      path: ['xmcStageCompleted'],
    });
  }
  const grade = person.highestGradeCompleted ?? 0;
  if (!isCount(grade)) {
    throw new XhhtError(
      'invalid-input',
      say(STANDARDS_MSG, 'invalid-input.highest-grade', { grade: describe(grade) }),
      {
        path: ['highestGradeCompleted'],
      },
    );
  }
  if (stage === 2 || person.primaryCompleted === true || grade >= 5) return 2;
  if (stage === 1 || grade >= 3) return 1;
  return 0;
}
