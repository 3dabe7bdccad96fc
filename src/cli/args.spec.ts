import { UsageError, formatFromFileName, parseArgs, parseWeights } from './args';

describe('parseArgs', () => {
  it('has defaults for an empty command line', () => {
    expect(parseArgs([])).toEqual({
      dir: '.',
      format: 'text',
      formatGiven: false,
      ignore: [],
      weights: {},
      ignoreCodes: [],
      noColor: false,
      help: false,
      version: false
    });
  });

  it('reads every option, in both --flag value and --flag=value forms', () => {
    const options = parseArgs([
      'repo',
      '--format=sarif',
      '--min-score',
      '60',
      '--ignore',
      'data/**',
      '--ignore=*.csv',
      '--max-files',
      '500',
      '--max-bytes=1024',
      '--weights',
      'seeds=20,hardware=0',
      '--weights=tests=1.5',
      '--output',
      'out.sarif',
      '--ignore-code',
      'hardware=stated in the paper',
      '--ignore-code=seeds.call-without-seed=tests draw at random',
      '--no-color'
    ]);
    expect(options).toEqual({
      dir: 'repo',
      format: 'sarif',
      formatGiven: true,
      minScore: 60,
      ignore: ['data/**', '*.csv'],
      maxFiles: 500,
      maxBytes: 1024,
      weights: { seeds: 20, hardware: 0, tests: 1.5 },
      ignoreCodes: [
        { target: 'hardware', reason: 'stated in the paper' },
        { target: 'seeds.call-without-seed', reason: 'tests draw at random' }
      ],
      output: 'out.sarif',
      noColor: true,
      help: false,
      version: false
    });
  });

  it('rejects an --ignore-code without a reason or naming no item or code', () => {
    expect(() => parseArgs(['--ignore-code', 'hardware'])).toThrow('--ignore-code expects ID=WHY: say why hardware is ignored');
    expect(() => parseArgs(['--ignore-code', 'seeds.typo=x'])).toThrow('"seeds.typo" is neither an item nor a finding code');
  });

  it('knows help, version, md as markdown, and -- before a folder named like a flag', () => {
    expect(parseArgs(['-h']).help).toBe(true);
    expect(parseArgs(['--version']).version).toBe(true);
    expect(parseArgs(['--format', 'md']).format).toBe('markdown');
    expect(parseArgs(['--', '--weird-folder']).dir).toBe('--weird-folder');
  });

  it.each([
    [['--frobnicate'], 'unknown option --frobnicate'],
    [['--format', 'xml'], '--format expects one of text, json, markdown, sarif, got "xml"'],
    [['--format'], '--format expects a value'],
    [['--min-score', 'high'], '--min-score expects a number, got "high"'],
    [['--min-score', '101'], '--min-score expects a score from 0 to 100, got "101"'],
    [['--min-score', ''], '--min-score expects a number, got ""'],
    [['--max-files', '0'], '--max-files expects a whole number of at least 1, got "0"'],
    [['--max-bytes', '1.5'], '--max-bytes expects a whole number of at least 1, got "1.5"'],
    [['--max-files', '1e3'], '--max-files expects a number, got "1e3"'],
    [['--weights', 'seeds'], '--weights expects ID=N pairs separated by commas, got "seeds"'],
    [['--weights', 'luck=3'], '--weights: unknown item "luck"'],
    [['--weights', 'seeds=-1'], '--weights: the weight of seeds cannot be negative'],
    [['--weights', 'seeds=x'], '--weights seeds expects a number, got "x"'],
    [['--no-color=yes'], '--no-color takes no value'],
    [['a', 'b'], 'expected one folder, got 2: a b'],
    [['--ignore', ' '], '--ignore expects a glob'],
    [['--output='], '--output expects a file name'],
    [[''], 'the folder cannot be an empty string']
  ])('%j is a usage error', (argv, message) => {
    let error: unknown;
    try {
      parseArgs(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
  });
});

describe('parseWeights', () => {
  it('skips empty parts and trims', () => {
    expect(parseWeights(' seeds = 3 ,, data=0')).toEqual({ seeds: 3, data: 0 });
  });
});

describe('formatFromFileName', () => {
  it.each([
    ['report.json', 'json'],
    ['report.sarif', 'sarif'],
    ['report.sarif.json', 'sarif'],
    ['REPORT.MD', 'markdown'],
    ['report.txt', undefined]
  ])('%s -> %s', (file, format) => {
    expect(formatFromFileName(file)).toBe(format);
  });
});
