import { execFileSync } from 'child_process';
import { parseProbeOutput } from '../../fix/probe/probeResult';
import { probeCell } from './environmentProbe';

describe('probeCell', () => {
  it('hands the probe its input through a literal stdin, so it runs with stdin closed', () => {
    const cell = probeCell({ distributions: ['definitely-not-installed-xyz'], imports: ['json'] });
    expect(cell.startsWith('import io as _repro_io, sys as _repro_sys\n_repro_sys.stdin = _repro_io.StringIO(')).toBe(true);
    const stdout = execFileSync('python3', ['-c', cell], { encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] });
    const { result, error } = parseProbeOutput(stdout);
    expect(error).toBeUndefined();
    expect(result?.missing_distributions).toEqual(['definitely-not-installed-xyz']);
    expect(result?.python.implementation).toBe('CPython');
  });

  it('keeps quotes and non-ASCII in the input intact', () => {
    const cell = probeCell({ distributions: ['a"b\'c\\d', 'ünï'], imports: [] });
    const stdout = execFileSync('python3', ['-c', cell], { encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(parseProbeOutput(stdout).result?.missing_distributions).toEqual(['a"b\'c\\d', 'ünï']);
  });
});
