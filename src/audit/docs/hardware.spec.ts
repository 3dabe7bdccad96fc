import { assessHardware, hardwareLines } from './hardware';

describe('hardwareLines', () => {
  it('picks GPU, CPU, memory, cores, times and vague words', () => {
    const found = hardwareLines([
      'Trained on 4x NVIDIA A100 (80 GB) for about 12 hours.',
      'CPU: Intel Xeon Gold 6248, 32 cores, 256 GB RAM',
      'Inference takes ~20 min on a laptop.',
      'Nothing here.'
    ]);
    expect(found).toEqual([
      { line: 1, specs: ['4x NVIDIA A100', '80 GB'], times: ['about 12 hours'], vague: [], runTime: true },
      { line: 2, specs: ['Intel Xeon Gold 6248', '256 GB RAM', '32 cores'], times: [], vague: ['CPU'], runTime: false },
      { line: 3, specs: [], times: ['~20 min'], vague: ['laptop'], runTime: true }
    ]);
  });

  it('skips lines it is told to skip, and reads keyed units in JSON', () => {
    expect(hardwareLines(['A100 for 3 hours'], { skip: () => true })).toEqual([]);
    const json = hardwareLines(['{"gpu": "RTX 3090",', ' "ram_gb": 64, "train_hours": 5}'], { keyed: true });
    expect(json.map(l => [l.specs, l.times])).toEqual([
      [['RTX 3090'], []],
      [['ram_gb": 64'], ['train_hours": 5']]
    ]);
  });
});

describe('assessHardware', () => {
  const lines = (...text: string[]) => hardwareLines(text);

  it('is concrete when a spec has a run time within reach', () => {
    const a = assessHardware(lines('We used a V100.', '', 'Training took 3 days.'), 5);
    expect(a).toMatchObject({ level: 'concrete', line: 1, specs: ['V100'], times: ['3 days'] });
  });

  it('needs the time near the spec in a README', () => {
    const text = ['We used a V100.', ...Array(8).fill(''), 'Answers within 2 days.'];
    expect(assessHardware(lines(...text), 5).level).toBe('no-time');
    expect(assessHardware(lines(...text), Infinity).level).toBe('concrete');
  });

  it('is vague with only words like "GPU" or "cluster", none otherwise', () => {
    expect(assessHardware(lines('Runs on a GPU in our cluster.'), 5)).toMatchObject({ level: 'vague', line: 1, vague: ['GPU', 'cluster'] });
    expect(assessHardware(lines('Published 3 days later.'), 5).level).toBe('none');
    expect(assessHardware([], 5).level).toBe('none');
  });

  it('takes a time said of a run, with no device near, as a run time only', () => {
    expect(assessHardware(lines('Takes 3 hours.'), 5)).toMatchObject({ level: 'time-only', line: 1, times: ['3 hours'] });
    expect(assessHardware(lines('Training took a few hours on a GPU.'), 5)).toMatchObject({ level: 'time-only', vague: ['GPU'] });
  });

  it('reads a GPU model written in lower case where "GPU" follows it, not a bare lower-case word', () => {
    expect(assessHardware(lines('Training time is approximately 7 days on 16 v100 GPUs.'), 5)).toMatchObject({
      level: 'concrete',
      specs: ['16 v100 GPUs'],
      times: ['approximately 7 days']
    });
    expect(assessHardware(lines('Set t4 = 2 and train for 3 hours.'), 5)).toMatchObject({ level: 'time-only', specs: [] });
  });

  it("takes a time of the author's effort for no run time, and a time of the reader's run for one", () => {
    expect(assessHardware(lines('A quick trick that took me 2 days to figure out.'), 5).level).toBe('none');
    expect(assessHardware(lines('We spent three weeks tuning it by hand.'), 5).level).toBe('none');
    expect(assessHardware(lines('It takes you about 2 hours to run every notebook.'), 5)).toMatchObject({ level: 'time-only', times: ['about 2 hours'] });
  });

  it('reads run times in words and devices as people write them', () => {
    const a = assessHardware(lines('Locally, on Apple Silicon, the same training takes about four and a half hours.'), 5);
    expect(a).toMatchObject({ level: 'concrete', specs: ['Apple Silicon'], times: ['about four and a half hours'] });
    const b = assessHardware(lines('Note: training takes approx. 3h on an NVIDIA™ Titan X.'), 5);
    expect(b).toMatchObject({ level: 'concrete', specs: ['Titan X'], times: ['approx. 3h'] });
  });
});

describe('hardwareLines: instructions and setup sections', () => {
  it('drops install and conditional lines, and vague words in setup sections', () => {
    const text = ['If you have a GPU, install CUDA 11.', 'Enable the GPU in Colab.', 'Needs a GPU.', 'Tested on an RTX 2080 Ti.', 'We use a GPU.'];
    const found = hardwareLines(text, { setup: line => line >= 3 });
    expect(found).toEqual([{ line: 4, specs: ['RTX 2080 Ti'], times: [], vague: [], runTime: false }]);
  });

  it('drops only the enabling of an accelerator, not a statement that mentions something enabled', () => {
    const found = hardwareLines(['In Colab, enable the TPU accelerator.', 'With mixed precision enabled, training took 3 days on 8 A100s.']);
    expect(found.map(f => [f.line, f.specs, f.times])).toEqual([[2, ['A100'], ['3 days']]]);
  });

  it('keeps a named device in a requirement, not a vague "GPU"', () => {
    expect(hardwareLines(['You will need a GPU.', 'Fine-tuning requires one A100 (80 GB).'])).toEqual([
      { line: 2, specs: ['A100', '80 GB'], times: [], vague: [], runTime: false }
    ]);
  });
});
