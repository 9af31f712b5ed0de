import { describe, expect, it } from 'vitest';
import { assessProgress } from '../../src/progress/assess.js';

/*
 * Growth-rate ratios R so close to a cut-off (0.95, 0.6) that the first certified bounds (60
 * places) cannot tell which side they are on, with an irrational required growth (√2 − 1), so the
 * exact path cannot decide either: the bounds must be refined. And the ratio shown, 40 digits and
 * 2 places, must stay in the band the status names (0.9499…9 and "0.94", never "0.95", below 0.95).
 *
 * The values: baseline 1 (2020), current c (2021, one year), target 2 (2022, two years), so that
 * CAGR_o = c − 1 and CAGR_r = √2 − 1, and R = (c − 1)/(√2 − 1). c − 1 is k·(√2 − 1) rounded up or
 * down at the 70th decimal (computed with Python's decimal module at 200 digits, not by xhht):
 *   0.95·(√2 − 1) = 0.39350288425444029636160428799921317464118828160810066951784575109119585…
 *   0.6·(√2 − 1)  = 0.24852813742385702928101323452581884714180312522616884390600784279443948…
 * so R = k ± about 10^-70. √2 − 1 = 0.41421356237309504880168872420969807856967187537694…
 */
const SQRT2_MINUS_1_40 = '0.4142135623730950488016887242096980785697';

function at(current: string) {
  return assessProgress({
    baseline: { value: '1', year: 2020 },
    current: { value: current, year: 2021 },
    target: { value: '2', year: 2022 },
  });
}

describe('R within 10^-70 of a cut-off, with an irrational required growth', () => {
  it('0.95 + 10^-70: on track; shown as 0.95 (40 digits) and "0.95"', () => {
    const p = at('1.3935028842544402963616042879992131746411882816081006695178457510911959');
    expect(p).toMatchObject({
      status: 'on-track',
      ratio: '0.95',
      ratioDisplay: '0.95',
      // c − 1 to 40 significant digits; √2 − 1 to 40
      actualGrowth: '0.3935028842544402963616042879992131746412',
      requiredGrowth: SQRT2_MINUS_1_40,
    });
  });

  it('0.95 − 10^-70: acceleration needed; shown below 0.95 at 40 digits and as "0.94", never "0.95"', () => {
    const p = at('1.3935028842544402963616042879992131746411882816081006695178457510911958');
    expect(p).toMatchObject({
      status: 'acceleration-needed',
      ratio: '0.9499999999999999999999999999999999999999',
      ratioDisplay: '0.94',
      requiredGrowth: SQRT2_MINUS_1_40,
    });
  });

  it('0.6 + 10^-70: acceleration needed; shown as 0.6 and "0.60"', () => {
    const p = at('1.2485281374238570292810132345258188471418031252261688439060078427944395');
    expect(p).toMatchObject({ status: 'acceleration-needed', ratio: '0.6', ratioDisplay: '0.60' });
  });

  it('0.6 − 10^-70: limited progress; shown as 0.5999…9 and "0.59", never "0.60"', () => {
    const p = at('1.2485281374238570292810132345258188471418031252261688439060078427944394');
    expect(p).toMatchObject({
      status: 'limited-progress',
      ratio: '0.5999999999999999999999999999999999999999',
      ratioDisplay: '0.59',
    });
  });

  it('the trajectory is read on the line from 1 to 2: 1.50 in 2021, above the current value', () => {
    const p = at('1.2485281374238570292810132345258188471418031252261688439060078427944394');
    // 1 + (2 − 1)·(1/2)
    expect(p).toMatchObject({ expected: '1.50', expectedExact: '3/2', onTrajectory: false });
  });
});

describe('growth rates too small for the first bounds', () => {
  it('R = 1 exactly from two equal irrational growth rates near 5·10^-21: 60 places give R only to ±10^-40', () => {
    // b = 10^20 (2020), c = 10^20 + 1 (2022), T = (10^20 + 1)^2 / 10^20 = 10^20 + 2 + 10^-20 (2024):
    // CAGR_o = (1 + 10^-20)^(1/2) − 1 and CAGR_r = ((1 + 10^-20)^2)^(1/4) − 1, the same number.
    // √(1 + x) − 1 = x/2 − x²/8 + x³/16 − … = 4.9999999999999999999875000000000000000000625…·10^-21 (x = 10^-20),
    // to 40 digits 4.9999999999999999999875·10^-21 (the zeros after it are not written)
    const p = assessProgress({
      baseline: { value: '100000000000000000000', year: 2020 },
      current: { value: '100000000000000000001', year: 2022 },
      target: { value: '100000000000000000002.00000000000000000001', year: 2024 },
    });
    expect(p).toMatchObject({
      status: 'on-track',
      ratio: '1',
      ratioDisplay: '1.00',
      actualGrowth: '0.0000000000000000000049999999999999999999875',
      requiredGrowth: '0.0000000000000000000049999999999999999999875',
    });
  });

  it('a required growth below 10^-60 (the first bounds cannot tell it from 0): R = 0.2, limited progress', () => {
    // b = 1 (2020), c = 1 + 10^-71 (2021), T = 1 + 10^-70 (2022):
    // CAGR_o = 10^-71 exactly; CAGR_r = √(1 + 10^-70) − 1 = 5·10^-71 − 1.25·10^-141 + …;
    // R = 10^-71 / CAGR_r = 0.2 + 5·10^-73 + …
    const tenth71 = `0.${'0'.repeat(70)}1`;
    const p = assessProgress({
      baseline: { value: '1', year: 2020 },
      current: { value: `1${tenth71.slice(1)}`, year: 2021 },
      target: { value: `1.${'0'.repeat(69)}1`, year: 2022 },
    });
    expect(p).toMatchObject({
      status: 'limited-progress',
      ratio: '0.2',
      ratioDisplay: '0.20',
      actualGrowth: tenth71,
      requiredGrowth: `0.${'0'.repeat(70)}5`,
    });
  });
});
