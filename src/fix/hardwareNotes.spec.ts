import { hardwareCheck } from '../audit/checks/hardware';
import { auditWith } from '../audit/__tests__/checkHarness';
import { HARDWARE_BEGIN, HARDWARE_END, USER_SECTION_HEADING, hardwareJson, hardwareNotes } from './hardwareNotes';
import { probeFixture } from './__tests__/probeFixture';

const probe = probeFixture();

const hardwareStatus = (files: Record<string, string>) => auditWith(hardwareCheck, files);

describe('hardwareNotes', () => {
  test('a new HARDWARE.md has the table, the reasons for what is absent, and the user section', () => {
    const text = hardwareNotes(probe);
    expect(text).toContain('| CPU | AMD EPYC 7763 |');
    expect(text).toContain('| CPU cores | 8 cores (logical; 4 available, physical: none (/proc/cpuinfo lists no core ids)) |');
    expect(text).toContain('| RAM | 16.0 GiB RAM |');
    expect(text).toContain('| GPUs | none (nvidia-smi is not on PATH) |');
    expect(text).toContain('| Git commit | none (not a git repository (or no commit yet)) |');
    expect(text).toContain('| PYTHONHASHSEED | `0` |');
    expect(text).toContain('| numpy | 2.4.6 |');
    expect(text.indexOf(HARDWARE_END)).toBeLessThan(text.indexOf(USER_SECTION_HEADING));
  });

  test('the hardware check sees the specs but, honestly, no run time until the user states one', async () => {
    const generated = await hardwareStatus({ 'HARDWARE.md': hardwareNotes(probe), 'hardware.json': hardwareJson(probe) });
    expect(generated.status).toBe('warn');
    expect(generated.findings[0].message).toMatch(/names the hardware .* but not how long the runs took/);
    const filled = hardwareNotes(probe).replace('- Training time (wall clock, and on which hardware): _to fill in_', '- Training took about 3 hours on this machine.');
    expect((await hardwareStatus({ 'HARDWARE.md': filled })).status).toBe('pass');
  });

  test('with a measured run time, the generated notes alone pass the hardware check', async () => {
    const runTimes = [{ path: 'train.ipynb', seconds: 42.5, codeCells: 6, kernel: 'python3', measuredAt: '2026-11-23T16:00:00Z' }];
    const notes = hardwareNotes(probe, undefined, runTimes);
    expect(notes).toContain('| train.ipynb | 42.5 seconds | 6 | python3 | 2026-11-23T16:00:00Z |');
    expect(notes.indexOf('42.5 seconds')).toBeLessThan(notes.indexOf(HARDWARE_END));
    expect(JSON.parse(hardwareJson(probe, runTimes)).run_times).toEqual(runTimes);
    const md = await hardwareStatus({ 'HARDWARE.md': notes });
    expect(md.status).toBe('pass');
    expect(md.findings[0].message).toContain('42.5 seconds');
    // hardware.json alone carries it too (the time sits in a keyed field).
    expect((await hardwareStatus({ 'hardware.json': hardwareJson(probe, runTimes) })).status).toBe('pass');
    expect((await hardwareStatus({ 'hardware.json': hardwareJson(probe) })).status).toBe('warn');
  });

  test('a rerun replaces only the generated block and keeps the user text byte for byte', () => {
    const first = hardwareNotes(probe);
    const edited = first.replace('_to fill in_', 'Training took 3 hours on 2 x A100.') + '\nMy own closing words.\n';
    const rerun = hardwareNotes({ ...probe, cpu: { ...probe.cpu, model: 'Intel Xeon Gold 6248' } }, edited);
    expect(rerun).toContain('Intel Xeon Gold 6248');
    expect(rerun).not.toContain('AMD EPYC 7763');
    expect(rerun.slice(rerun.indexOf(HARDWARE_END))).toBe(edited.slice(edited.indexOf(HARDWARE_END)));
    expect(hardwareNotes(probe, rerun.replace('Intel Xeon Gold 6248', 'x'))).toBe(edited);
  });

  test('a HARDWARE.md the user wrote keeps all its lines; the table comes after them, once', () => {
    const own = '# Our hardware\n\nWe trained on a laptop.\n';
    const first = hardwareNotes(probe, own);
    expect(first.startsWith(own)).toBe(true);
    expect(first).toContain(HARDWARE_BEGIN);
    expect(hardwareNotes(probe, first)).toBe(first);
    expect(first.split(USER_SECTION_HEADING)).toHaveLength(2);
  });

  test('hardware.json is the probe, with no time-like keys', () => {
    const json = JSON.parse(hardwareJson(probe));
    expect(json.generated_by).toBe('repro-audit fix hardware');
    expect(json.cpu.model).toBe('AMD EPYC 7763');
    expect(Object.keys(json).filter(k => /time|hours|duration|minutes|days/.test(k))).toEqual([]);
  });
});

describe('what the hardware notes record: no local paths, no user names', () => {
  const local = probeFixture();
  local.python = { version: '3.10.12', implementation: 'CPython', executable: '/home/alice/miniconda3/envs/paper/bin/python' };
  local.tensorflow = {
    available: false,
    reason: 'importing tensorflow failed: /home/alice/miniconda3/envs/paper/lib/libcudart.so.11.0 not found'
  };
  local.git = { commit: null, dirty: null, reason: "git failed: dubious ownership of C:\\Users\\alice\\paper (owner alice)" };
  local.env = { ...local.env, OMP_NUM_THREADS: '/Users/alice/threads.cfg' };

  test('hardware.json keeps the interpreter as implementation and version only', () => {
    const json = hardwareJson(local);
    expect(JSON.parse(json).python).toEqual({ implementation: 'CPython', version: '3.10.12' });
    expect(json).not.toContain('executable');
    expect(json).not.toMatch(/alice|\/home\/|\/Users\/|C:\\\\Users/);
    expect(JSON.parse(json).tensorflow.reason).toBe('importing tensorflow failed: ~/miniconda3/envs/paper/lib/libcudart.so.11.0 not found');
    expect(JSON.parse(json).git.reason).toBe('git failed: dubious ownership of ~\\paper (owner <user>)');
  });

  test('HARDWARE.md neither', () => {
    const md = hardwareNotes(local);
    expect(md).toContain('| Python | CPython 3.10.12 |');
    expect(md).not.toMatch(/alice|\/home\/|\/Users\//);
  });
});
