import { describe, expect, it } from 'vitest';
import { XhhtError } from '../../src/errors.js';
import { assessCommune } from '../../src/standards/commune.js';
import { mergeUnits } from '../../src/standards/merge.js';
import { assessDistrict, rollUp } from '../../src/standards/rollup.js';
import { resolveRules } from '../../src/standards/ruleset.js';
import { ALL_CONDITIONS_YES, fullCommune } from './fixtures.js';

/*
 * Issue 3 §6: bad options are "clear XhhtErrors with codes and paths", never a
 * TypeError from deep inside the library. Issue 3 §2: a caller can override any
 * threshold; a threshold is a percentage, so at most 100.
 */

const RULE = 'xmc-2.commune.age15to60-literate2'; // Decree 20/2014 Art. 21, 90%

function error(f: () => unknown): XhhtError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(XhhtError);
    return e as XhhtError;
  }
  throw new Error('expected an XhhtError');
}

describe('threshold overrides', () => {
  it('a value that is not a decimal is an invalid-threshold at its path', () => {
    for (const value of [null, true, [], Number.NaN, '']) {
      expect(error(() => resolveRules('nd20-2014', { [RULE]: value as never }))).toMatchObject({
        code: 'invalid-threshold',
        path: ['overrides', RULE],
      });
    }
    for (const value of [null, undefined, true, {}]) {
      expect(error(() => resolveRules('nd20-2014', { [RULE]: { value } as never }))).toMatchObject({
        code: 'invalid-threshold',
        path: ['overrides', RULE, 'value'],
      });
    }
  });

  it('a percentage above 100 is rejected (100 itself is allowed: THCS level 3, Art. 16)', () => {
    expect(error(() => resolveRules('nd20-2014', { [RULE]: '100.5' }))).toMatchObject({
      code: 'invalid-threshold',
      path: ['overrides', RULE],
    });
    expect(error(() => resolveRules('nd20-2014', { [RULE]: { value: 101 } }))).toMatchObject({
      code: 'invalid-threshold',
      path: ['overrides', RULE, 'value'],
    });
    expect(error(() => resolveRules('nd20-2014', { 'xmc-2.district.communes': 1000 }))).toMatchObject({
      code: 'invalid-threshold',
    });
    expect(resolveRules('nd20-2014', { [RULE]: '100' }).overridden).toEqual([RULE]);
  });

  it('verified and source have types', () => {
    expect(error(() => resolveRules('nd20-2014', { [RULE]: { value: '92', verified: 'yes' } as never }))).toMatchObject(
      { code: 'invalid-input', path: ['overrides', RULE, 'verified'] },
    );
    expect(error(() => resolveRules('nd20-2014', { [RULE]: { value: '92', source: 'memo' } as never }))).toMatchObject({
      code: 'invalid-input',
      path: ['overrides', RULE, 'source'],
    });
    expect(
      error(() => resolveRules('nd20-2014', { [RULE]: { value: '92', source: { note: 5 } } as never })),
    ).toMatchObject({ code: 'invalid-input', path: ['overrides', RULE, 'source', 'note'] });
  });

  it('the overrides themselves must be an object of rule ids', () => {
    for (const overrides of [null, 'x', [], 5]) {
      expect(error(() => resolveRules('nd20-2014', overrides as never))).toMatchObject({
        code: 'invalid-input',
        path: ['overrides'],
      });
    }
  });
});

describe('options of assessCommune, assessDistrict and rollUp', () => {
  it('options must be an object', () => {
    expect(error(() => assessCommune(fullCommune(), null as never))).toMatchObject({
      code: 'invalid-input',
      path: ['options'],
    });
    expect(error(() => assessDistrict([], 'nd20-2014' as never))).toMatchObject({
      code: 'invalid-input',
      path: ['options'],
    });
    expect(error(() => rollUp([], undefined as never))).toMatchObject({ code: 'invalid-input', path: ['options'] });
  });

  it('standards is a list of ids, not one id', () => {
    expect(error(() => assessCommune(fullCommune(), { regime: 'nd20-2014', standards: 'xmc' as never }))).toMatchObject(
      { code: 'invalid-input', path: ['standards'] },
    );
    expect(error(() => assessCommune(fullCommune(), { regime: 'nd20-2014', standards: [5] as never }))).toMatchObject({
      code: 'unknown-standard',
      path: ['standards', 0],
    });
  });

  it('regime is text and rules is a set from resolveRules', () => {
    expect(error(() => assessCommune(fullCommune(), { regime: 5 as never }))).toMatchObject({
      code: 'unknown-regime',
      path: ['regime'],
    });
    expect(error(() => assessCommune(fullCommune(), { rules: {} as never }))).toMatchObject({
      code: 'invalid-input',
      path: ['rules'],
    });
  });

  it('rollUp needs a list of communes', () => {
    expect(error(() => rollUp(null as never, { regime: 'nd20-2014' }))).toMatchObject({
      code: 'invalid-input',
      path: [],
    });
  });
});

describe('mergeUnits options', () => {
  it('the list and the options are checked', () => {
    expect(error(() => mergeUnits(null as never))).toMatchObject({ code: 'invalid-input', path: [] });
    expect(error(() => mergeUnits([fullCommune()], null as never))).toMatchObject({
      code: 'invalid-input',
      path: ['options'],
    });
    expect(error(() => mergeUnits([fullCommune()], { especiallyDifficult: 'yes' as never }))).toMatchObject({
      code: 'invalid-input',
      path: ['options', 'especiallyDifficult'],
    });
    expect(error(() => mergeUnits([fullCommune()], { id: 5 as never }))).toMatchObject({
      code: 'invalid-input',
      path: ['options', 'id'],
    });
    expect(error(() => mergeUnits([fullCommune()], { name: {} as never }))).toMatchObject({
      code: 'invalid-input',
      path: ['options', 'name'],
    });
    expect(error(() => mergeUnits([fullCommune()], { conditions: 'yes' as never }))).toMatchObject({
      code: 'invalid-input',
      path: ['options', 'conditions'],
    });
    expect(error(() => mergeUnits([fullCommune()], { conditions: { thpt: {} } as never }))).toMatchObject({
      code: 'invalid-input',
      path: ['options', 'conditions', 'thpt'],
    });
    expect(error(() => mergeUnits([fullCommune()], { conditions: { xmc: { enoughTeacher: true } } }))).toMatchObject({
      code: 'invalid-input',
      path: ['options', 'conditions', 'xmc', 'enoughTeacher'],
    });
    expect(
      error(() => mergeUnits([fullCommune()], { conditions: { xmc: { enoughTeachers: 'yes' as never } } })),
    ).toMatchObject({
      code: 'invalid-input',
      path: ['options', 'conditions', 'xmc', 'enoughTeachers'],
    });
  });

  it('a condition every old unit answered false is false for the merged unit (as all-true is true)', () => {
    // TT 07/2016 Art. 4: "at least 0.7 classroom per class"; two communes each below it are below it together.
    const no = {
      ...fullCommune(),
      conditions: { ...ALL_CONDITIONS_YES, primary: { ...ALL_CONDITIONS_YES.primary, facilities: false } },
    };
    const merged = mergeUnits([no, no]);
    expect(merged.conditions?.primary).toMatchObject({ facilities: false, enoughTeachers: true });
    // mixed answers stay unanswered
    expect(mergeUnits([no, fullCommune()]).conditions?.primary).not.toHaveProperty('facilities');
  });
});
