import { describe, expect, it } from 'vitest';
import { releaseDetails } from '../../src/standards/evaluate.js';
import { rollUp } from '../../src/standards/rollup.js';
import { DAK_CAM, fullCommune, literacy } from './fixtures.js';

/*
 * A commune's details (standards, levels, checks) are built on first read; the
 * command line lets them go commune by commune when it writes a roll-up of
 * 100,000 communes (issue 11.6). Read again, they are the same. Figures: Đăk
 * Cấm's counts (seed 004, see fixtures.ts) and a commune at 75% literate at
 * level 2, below the 90% of Decree 20/2014 Art. 21.
 */

describe('releaseDetails', () => {
  const result = () =>
    rollUp(
      [
        { ...DAK_CAM, id: 'dak-cam', province: 'quang-ngai' },
        {
          ...fullCommune(literacy([500, 500, 500], [500, 500, 500], [1000, 1000, 500])),
          id: 'weak',
          province: 'quang-ngai',
        },
      ],
      { regime: 'nd142-2025' },
    );

  it('details read again after they are let go are the same, in new objects', () => {
    const r = result();
    const before = r.communes.map((c) => JSON.parse(JSON.stringify(c)));
    const first = r.communes[1]!.standards.xmc!;
    for (const c of r.communes) releaseDetails(c);
    expect(r.communes.map((c) => JSON.parse(JSON.stringify(c)))).toEqual(before);
    expect(r.communes[1]!.standards.xmc).not.toBe(first);
    expect(r.communes[1]!.standards.xmc).toEqual(first);
    // the province, built from the communes, reads them as before
    expect(JSON.parse(JSON.stringify(r.provinces))).toEqual(JSON.parse(JSON.stringify(result().provinces)));
  });

  it('leaves anything else alone', () => {
    const plain = { standards: { xmc: 1 } };
    releaseDetails(plain);
    expect(plain).toEqual({ standards: { xmc: 1 } });
    const r = result();
    const province = r.provinces[0]!;
    const standards = province.standards;
    releaseDetails(province);
    expect(province.standards).toBe(standards);
  });
});
