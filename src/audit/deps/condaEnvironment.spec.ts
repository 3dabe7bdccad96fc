import { parseCondaEnvironment } from './condaEnvironment';

const ENV = `name: paper
channels:
  - conda-forge
dependencies:
  - python=3.11
  - numpy=1.26.4
  - conda-forge::scipy=1.11
  - pip
  - pip:
      - torch==2.1.0
      - -r requirements-pip.txt
      - -e .
      - "pandas>=2"
`;

describe('parseCondaEnvironment', () => {
  it('reads conda specs and the pip section with lines', () => {
    const parsed = parseCondaEnvironment(ENV, 'binder/environment.yml');
    expect(parsed.packages.map(p => [p.name, p.line, p.pinned, p.ecosystem, p.group])).toEqual([
      ['python', 5, false, 'conda', undefined],
      ['numpy', 6, true, 'conda', undefined],
      ['scipy', 7, false, 'conda', undefined],
      ['pip', 8, false, 'conda', undefined],
      ['torch', 10, true, 'pypi', 'pip'],
      ['pandas', 13, false, 'pypi', 'pip']
    ]);
    expect(parsed.includes).toEqual([{ kind: 'requirements', target: 'requirements-pip.txt', line: 11 }]);
    expect(parsed.problems).toEqual([]);
  });

  it.each([
    ['dependencies:\n  - numpy\n b: [', 3],
    ['dependencies: [numpy\n', 2],
    ['a: b\n\tc: d\n', 2]
  ])('turns broken YAML into problems with a line (%#)', (text, line) => {
    const parsed = parseCondaEnvironment(text, 'environment.yml');
    expect(parsed.packages).toEqual([]);
    expect(parsed.problems[0]).toMatchObject({ path: 'environment.yml', line });
    expect(parsed.problems[0].message).toMatch(/^Broken YAML/);
  });

  it('reports specs it cannot read and carries on', () => {
    const parsed = parseCondaEnvironment('dependencies:\n  - ">=1"\n  - numpy\n', 'environment.yml');
    expect(parsed.problems).toEqual([{ message: 'not a valid conda package spec: ">=1"', path: 'environment.yml', line: 2 }]);
    expect(parsed.packages.map(p => p.name)).toEqual(['numpy']);
  });

  it.each([
    ['', 0],
    ['name: x\n', 0],
    ['dependencies:\n', 0]
  ])('accepts an environment without dependencies (%#)', (text, count) => {
    const parsed = parseCondaEnvironment(text, 'environment.yml');
    expect(parsed.packages).toHaveLength(count);
    expect(parsed.problems).toEqual([]);
  });

  it('rejects a top level that is not a mapping, or dependencies that are not a list', () => {
    expect(parseCondaEnvironment('- numpy\n', 'e.yml').problems[0].message).toMatch(/top level is not a mapping/);
    expect(parseCondaEnvironment('dependencies: numpy\n', 'e.yml').problems[0]).toMatchObject({ message: '"dependencies" is not a list', line: 1 });
  });
});
