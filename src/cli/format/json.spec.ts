import { formatJson } from './json';
import { sampleReport } from './__tests__/sampleReport';

describe('formatJson', () => {
  it('emits the report as is, in the contract key order, with a trailing newline', () => {
    const report = sampleReport();
    const text = formatJson(report);
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(report)));
    expect(Object.keys(parsed)).toEqual(['version', 'root', 'score', 'checks', 'stats', 'warnings']);
    expect(Object.keys(parsed.checks[1])).toEqual(['id', 'title', 'status', 'weight', 'summary', 'why', 'sources', 'findings']);
    expect(Object.keys(parsed.checks[1].findings[0])).toEqual(['status', 'code', 'message', 'path', 'line', 'evidence', 'fix']);
    expect(Object.keys(parsed.stats)).toEqual(['files', 'bytesRead', 'ms', 'limitsHit']);
  });

  it('is stable whatever order a check builds its objects in', () => {
    const a = sampleReport();
    const b = sampleReport();
    b.checks = b.checks.map(c => {
      const { findings, summary, status, ...rest } = c;
      return { findings, summary, status, ...rest };
    });
    expect(formatJson(b)).toBe(formatJson(a));
  });
});
