import * as schema from '../../schema/plugin.json';
import { DEFAULT_WEIGHTS } from '../audit/defaults';
import { auditOptionsFromSettings, readerFromSettings } from './auditSettings';

describe('settings', () => {
  it('schema defaults are the engine defaults', () => {
    expect(schema.properties.weights.default).toEqual(DEFAULT_WEIGHTS);
    for (const [id, weight] of Object.entries(DEFAULT_WEIGHTS)) {
      expect((schema.properties.weights.properties as Record<string, { default: number }>)[id].default).toBe(weight);
    }
  });

  it('maps settings to audit options and drops malformed values', () => {
    const options = auditOptionsFromSettings({
      weights: { seeds: 30, docs: -1, tests: Number.NaN } as never,
      ignore: ['*.csv', 3 as never],
      maxFiles: 0,
      maxBytesPerFile: 4096
    });
    expect(options).toEqual({ weights: { seeds: 30 }, ignore: ['*.csv'], maxFiles: undefined, maxBytesPerFile: 4096 });
  });

  it('passes only weights changed from the defaults, so a repo config\'s weights are not hidden by them', () => {
    const options = auditOptionsFromSettings({ weights: { ...DEFAULT_WEIGHTS, hardware: 0 } });
    expect(options.weights).toEqual({ hardware: 0 });
  });
});

describe('the reader setting', () => {
  it("defaults to 'auto' (the server extension, else the Contents API), in the schema and when unset or unknown", () => {
    expect(schema.properties.reader.default).toBe('auto');
    expect(schema.properties.reader.enum).toEqual(['auto', 'server', 'contents', 'kernel']);
    expect(readerFromSettings({})).toBe('auto');
    expect(readerFromSettings({ reader: 'bogus' as never })).toBe('auto');
    expect(readerFromSettings({ reader: 'server' })).toBe('server');
    expect(readerFromSettings({ reader: 'contents' })).toBe('contents');
    // The kernel reader is gone; a setting saved with it still validates, and reads as the default.
    expect(readerFromSettings({ reader: 'kernel' as never })).toBe('auto');
  });
});
