import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runProbe } from '../../cli/probeRunner';
import { parseProbeOutput } from './probeResult';

const VENV_PYTHON = path.resolve(__dirname, '../../../.venv/bin/python');

describe('the environment probe, run for real', () => {
  let bare: string;
  beforeAll(() => {
    bare = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-probe-'));
  });
  afterAll(() => fs.rmSync(bare, { recursive: true, force: true }));

  test.each([['.venv/bin/python', VENV_PYTHON], ['python3', 'python3']])('with %s in a folder without git', async (_label, python) => {
    const { result, error } = await runProbe(python, bare, { distributions: ['numpy', 'no-such-dist-xyz'], imports: ['sklearn', 'no_such_module_xyz'] });
    expect(error).toBeUndefined();
    expect(result!.python.implementation).toBe('CPython');
    expect(result!.python.version).toMatch(/^3\.\d+\.\d+/);
    expect(result!.cpu.logical_cores).toBeGreaterThan(0);
    expect(result!.ram_bytes).toBeGreaterThan(0);
    expect(result!.gpus).toEqual([]);
    expect(result!.gpus_reason).toBe('nvidia-smi is not on PATH');
    expect(result!.torch).toEqual({ available: false, reason: 'torch is not installed' });
    expect(result!.git).toEqual({ commit: null, dirty: null, reason: 'not a git repository (or no commit yet)' });
    expect(result!.missing_distributions).toContain('no-such-dist-xyz');
    expect(result!.import_distributions.no_such_module_xyz).toEqual([]);
    expect(Object.keys(result!.env).sort()).toEqual(['CUBLAS_WORKSPACE_CONFIG', 'MKL_NUM_THREADS', 'OMP_NUM_THREADS', 'PYTHONHASHSEED']);
  });

  test('the venv reports the versions of what it has installed', async () => {
    const { result } = await runProbe(VENV_PYTHON, bare, { distributions: ['numpy'], imports: ['sklearn'] });
    expect(result!.versions.numpy).toMatch(/^\d+\.\d+/);
    expect(result!.import_distributions.sklearn).toEqual(['scikit-learn']);
    expect(result!.versions['scikit-learn']).toMatch(/^\d+\.\d+/);
  });

  test('broken input counts as empty; a missing interpreter is a clear error', async () => {
    const { result } = await runProbe('python3', bare, 'not json' as never);
    expect(result!.versions).toEqual({});
    expect((await runProbe('/no/such/python', bare, { distributions: [], imports: [] })).error).toBe('could not run /no/such/python: not found');
  });

  test('output that is not the probe is refused with a reason', () => {
    expect(parseProbeOutput('hello').error).toMatch(/printed no JSON/);
    expect(parseProbeOutput('{"probe": 1, "error": "X: y"}').error).toBe('the probe failed: X: y');
    expect(parseProbeOutput('[1]').error).toMatch(/not an object/);
  });
});
