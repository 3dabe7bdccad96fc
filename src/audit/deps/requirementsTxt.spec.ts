import { logicalLines, parseRequirementLine, parseRequirementsTxt } from './requirementsTxt';

const line = (text: string) => parseRequirementLine(text, 'requirements.txt', 7);

describe('parseRequirementLine', () => {
  it.each([
    ['numpy==1.26.4', 'numpy', '==1.26.4', true],
    ['numpy>=1.20', 'numpy', '>=1.20', false],
    ['torch==2.1.*', 'torch', '==2.1.*', false],
    ['black --hash=sha256:0123', 'black', '', true],
    ['black>=23 --hash sha256:0123', 'black', '>=23', true],
    ['requests[socks] @ https://x.org/requests-2.31.0.tar.gz', 'requests', '@ https://x.org/requests-2.31.0.tar.gz', true],
    ['pkg @ git+https://h/r.git@main', 'pkg', '@ git+https://h/r.git@main', false],
    ['-e git+https://h/r.git@0123abcd#egg=tool', 'tool', 'git+https://h/r.git@0123abcd#egg=tool', true],
    ['--editable=git+https://h/r.git#egg=tool', 'tool', 'git+https://h/r.git#egg=tool', false],
    ['https://h/pkg-1.0-py3-none-any.whl', 'pkg', 'https://h/pkg-1.0-py3-none-any.whl', true],
    ['Flask_SQLAlchemy==3.1.1', 'Flask_SQLAlchemy', '==3.1.1', true]
  ])('%s', (text, name, spec, pinned) => {
    const parsed = line(text);
    expect(parsed.package).toMatchObject({ name, spec, pinned, line: 7, path: 'requirements.txt', ecosystem: 'pypi' });
  });

  it('normalises names per PEP 503', () => {
    expect(line('Flask_SQLAlchemy.ext==1').package?.normalized).toBe('flask-sqlalchemy-ext');
  });

  it.each([
    ['-r base.txt', 'requirements', 'base.txt'],
    ['--requirement=dev/extra.txt', 'requirements', 'dev/extra.txt'],
    ['-rother.txt', 'requirements', 'other.txt'],
    ['-c constraints.txt', 'constraints', 'constraints.txt'],
    ['--constraint ../c.txt', 'constraints', '../c.txt']
  ])('include %s', (text, kind, target) => {
    expect(line(text).include).toEqual({ kind, target, line: 7 });
  });

  it.each(['-e .', '-e ./src/pkg', '.', './local.whl', 'dist/pkg-1.0.tar.gz', '--index-url https://x', '--pre', '-f ./wheels', ''])(
    'ignores %s',
    text => {
      expect(line(text)).toEqual({});
    }
  );

  it('reports unreadable lines as problems', () => {
    expect(line('not a requirement').problem).toEqual({
      message: 'invalid version specifier "a requirement" for not',
      path: 'requirements.txt',
      line: 7
    });
    expect(line('git+https://h/r.git').problem?.message).toMatch(/URL without a package name/);
  });
});

describe('parseRequirementsTxt', () => {
  it('joins continuations, drops comments and keeps first-line numbers', () => {
    const text = ['# header', 'numpy==1.26.4  # pinned', 'scipy \\', '  ==1.11.0 \\', '  --hash=sha256:aa', '', 'pkg @ https://h/p.zip#sha256=ab'].join(
      '\n'
    );
    const parsed = parseRequirementsTxt(text, 'req/requirements.txt');
    expect(parsed.packages.map(p => [p.name, p.line, p.pinned])).toEqual([
      ['numpy', 2, true],
      ['scipy', 3, true],
      ['pkg', 7, true]
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('collects includes and problems with their lines', () => {
    const parsed = parseRequirementsTxt('-r base.txt\nbad spec here\r\n-c c.txt\n', 'requirements.txt');
    expect(parsed.includes).toEqual([
      { kind: 'requirements', target: 'base.txt', line: 1 },
      { kind: 'constraints', target: 'c.txt', line: 3 }
    ]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].line).toBe(2);
  });

  it('keeps a trailing continuation and CRLF line ends', () => {
    expect(logicalLines('a\r\nb \\')).toEqual([
      { text: 'a', line: 1 },
      { text: 'b  ', line: 2 }
    ]);
  });
});

describe('a requirements.txt written by conda list --export', () => {
  it('reads name=version=build lines as exact conda pins, not errors', () => {
    const text =
      '# This file may be used to create an environment using:\n# $ conda create --name <env> --file <this file>\n# platform: linux-64\n' +
      '_libgcc_mutex=0.1=main\nicu=1!152.2018\nnumpy=1.21.2=py39h20f2e39_0\nscikit-learn=1.0.1=py39h51133e4_0\npandas=1.3\n';
    const parsed = parseRequirementsTxt(text, 'requirements.txt');
    expect(parsed.problems).toEqual([]);
    expect(parsed.packages.map(p => [p.normalized, p.pinned, p.ecosystem, p.line])).toEqual([
      ['-libgcc-mutex', true, 'conda', 4],
      ['icu', true, 'conda', 5],
      ['numpy', true, 'conda', 6],
      ['scikit-learn', true, 'conda', 7],
      ['pandas', false, 'conda', 8]
    ]);
  });
});
