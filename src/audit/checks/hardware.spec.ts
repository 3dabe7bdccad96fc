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
        message: 'HARDWARE.md describes the hardware (NVIDIA RTX 3090, 24 GB) and the run time (6 hours)',
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
      'README.md': '# X\nTrained on a GPU.\n',
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
    const outcome = await run({ 'README.md': '# X\nThe models were trained on our GPU cluster.\n' });
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

  it('does not take install instructions for a statement of the hardware used', async () => {
    // A course README: how to get a GPU, never which one the results came from.
    const outcome = await run({
      'README.md':
        '# Deep learning course\n\n## Installation\n\nIf you have a GPU, install CUDA and the matching PyTorch build.\n' +
        'The notebooks need a CUDA-capable GPU for the last chapters.\n\n## Running on Colab\n\n' +
        'Open a notebook in Colab and enable the GPU (Runtime > Change runtime type > GPU).\n\n## Notes\n\n' +
        'Requires CUDA 11. You will need a GPU for the last chapter.\n'
    });
    expect(outcome.status).toBe('fail');
  });

  it.each([
    ['Trained on one 8XH100 node; a full run takes ~2 hours.', '8XH100', '~2 hours'],
    ['We used one RTX 3090, 24 GB: 1.5 h per model.', 'RTX 3090', '1.5 h'],
    ['Pretraining took 3 days on a TPU v3-8.', 'TPU v3-8', '3 days'],
    ['Trained on 4 V100 GPUs, about 30 minutes per epoch.', 'V100', 'about 30 minutes'],
    ['Everything ran on a MacBook Pro M1.\n\nThe sweep costs 12 GPU-hours.', 'MacBook Pro M1', '12 GPU-hours']
  ])('passes on a device and a run time: %s', async (statement, device, time) => {
    const outcome = await run({ 'README.md': `# Paper code\n\n## Compute\n\n${statement}\n` });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings[0].message).toContain(device);
    expect(outcome.findings[0].message).toContain(time);
  });

  it('does not take a tool\'s description ("scales from your laptop to a cluster") for the hardware used', async () => {
    // A tutorial README: what the library can run on, not what its notebooks were run on.
    const outcome = await run({
      'README.md': '# Tutorial\n\nThe library scales up to your full laptop capacity and out to a cloud cluster.\n\n' +
        '1. [Arrays](02_array.ipynb) - numpy-like blocks spread across your cluster.\n'
    });
    expect(outcome.status).toBe('fail');
  });

  it('reads a "Hardware requirements" section that states what the author ran', async () => {
    // The shape of a graph-network repo's README: the statement sits under a "requirements" title.
    const outcome = await run({
      'README.md':
        '# GAT\n\n## Hardware requirements\n\nWith Cora you are good to go with a 2+ GB GPU.\n\nIt takes (on Cora):\n' +
        '* ~10 seconds to train on my RTX 2080 GPU\n* 1.5 GB of VRAM is reserved\n'
    });
    expect(outcome.findings[0]).toMatchObject({ status: 'pass', line: 8 });
    expect(outcome.findings[0].message).toContain('(~10 seconds)');
  });

  it('warns on a run time without the device', async () => {
    const outcome = await run({ 'README.md': '# X\n\nTraining the full model takes about 2 days.\n' });
    expect(outcome.findings[0]).toEqual({
      status: 'warn',
      message: 'README.md gives a run time (about 2 days) but not the hardware it ran on (GPU/CPU model, memory)',
      path: 'README.md',
      line: 3,
      fix: 'hardware'
    });
  });
});
