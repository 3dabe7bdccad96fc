/** Settings are read defensively: out-of-range or mistyped values fall back to the defaults. */
import { ablationSettingsFrom, DEFAULT_ABLATION_SETTINGS } from './settings';

it('uses the defaults for missing or bad values', () => {
  expect(ablationSettingsFrom(undefined)).toEqual({ concurrency: 1, cellTimeoutSeconds: 120, maxVariants: 32, seeds: [] });
  expect(ablationSettingsFrom({ concurrency: 9, cellTimeoutSeconds: -1, maxVariants: 2.5, seeds: 'x' })).toEqual(DEFAULT_ABLATION_SETTINGS);
  expect(ablationSettingsFrom({ concurrency: 0 }).concurrency).toBe(1);
});

it('keeps valid values, integer seeds once each', () => {
  expect(ablationSettingsFrom({ concurrency: 8, cellTimeoutSeconds: 2.5, maxVariants: 4, seeds: [1, 1, 2, 'x', 3.5] })).toEqual({
    concurrency: 8,
    cellTimeoutSeconds: 2.5,
    maxVariants: 4,
    seeds: [1, 2]
  });
});
