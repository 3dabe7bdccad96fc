import { runCheck } from '../__tests__/checkHarness';
import type { MemoryRepoSpec } from '../memoryReader';
import { hardwareCheck } from './hardware';

async function run(files: MemoryRepoSpec['files']) {
  return (await runCheck(hardwareCheck, { files })).outcome;
}

describe('hardwareCheck', () => {
  it('passes on a HARDWARE.md naming a GPU and a run time', async () => {
    const outcome = await run({
      'README.md': '# X\nUses a GPU.\n',
      'HARDWARE.md': '# Hardware\n\nOne NVIDIA RTX 3090 (24 GB).\n\nTraining takes 6 hours.\n'
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([
      {
        status: 'pass',
        message: 'HARDWARE.md describes the hardware (NVIDIA RTX 3090) and the run time (6 hours)',
        path: 'HARDWARE.md',
        line: 3
      }
    ]);
  });

  it('passes on a README section, ignoring code blocks', async () => {
    const outcome = await run({
      'README.md': '# X\n```\nnvidia-smi # A100 2 hours\n```\n## Compute\nWe trained on 8 V100 GPUs for 3 days.\n'
    });
    expect(outcome.findings[0]).toMatchObject({ status: 'pass', path: 'README.md', line: 6 });
  });

  it('finds the statement in another doc, with compact times like 7h11m', async () => {
    const outcome = await run({
      'README.md': '# X\nYou will need a GPU.\n',
      'FINETUNE.md': '# Fine-tuning\n\n- Training time is ~7h11m in 32 V100 GPUs.\n'
    });
    expect(outcome.findings[0]).toEqual({
      status: 'pass',
      message: 'FINETUNE.md describes the hardware (V100) and the run time (~7h11m)',
      path: 'FINETUNE.md',
      line: 3
    });
  });

  it('reads hardware.json keys', async () => {
    const outcome = await run({ 'hardware.json': '{\n  "gpu": "Tesla T4",\n  "runtime_minutes": 40\n}\n' });
    expect(outcome.findings[0]).toMatchObject({ status: 'pass', path: 'hardware.json', line: 2 });
  });

  it('warns when the hardware is named without a run time', async () => {
    const outcome = await run({ 'README.md': '# X\n\nTested on an Apple M2 Pro with 32 GB RAM.\n' });
    expect(outcome.status).toBe('warn');
    expect(outcome.findings[0]).toEqual({
      status: 'warn',
      message: 'README.md names the hardware (Apple M2 Pro, 32 GB RAM) but not how long the runs took',
      path: 'README.md',
      line: 3,
      fix: 'hardware'
    });
  });

  it('warns on a vague mention', async () => {
    const outcome = await run({ 'README.md': '# X\nYou will need a GPU.\n' });
    expect(outcome.status).toBe('warn');
    expect(outcome.findings[0]).toMatchObject({ line: 2, fix: 'hardware' });
    expect(outcome.findings[0].message).toMatch(/mentions "GPU" but not which model/);
  });

  it('fails without any statement, pointing at an empty HARDWARE.md when there is one', async () => {
    const none = await run({ 'README.md': '# X\nA library.\n' });
    expect(none.status).toBe('fail');
    expect(none.findings[0]).toMatchObject({ fix: 'hardware' });
    expect(none.findings[0].path).toBeUndefined();
    const empty = await run({ 'HARDWARE.md': 'TODO\n' });
    expect(empty.findings[0]).toMatchObject({ status: 'fail', path: 'HARDWARE.md', message: 'HARDWARE.md names no GPU/CPU model, memory or run time' });
  });

  it('survives an unreadable README', async () => {
    const outcome = await run({ 'README.md': new Uint8Array([0, 0, 0]) });
    expect(outcome.status).toBe('fail');
  });
});
