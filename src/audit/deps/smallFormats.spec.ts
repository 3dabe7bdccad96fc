import { parseDockerfile } from './dockerfile';
import { parseInstallR } from './installR';
import { parseJuliaProject } from './juliaProject';
import { parseRuntimeTxt } from './runtimeTxt';

describe('parseJuliaProject', () => {
  it('reads [deps] with lines, and exact [compat] bounds as pins', () => {
    const text = 'name = "Paper"\n\n[deps]\nCSV = "336ed68f"\nDataFrames = "a93c6f00"\n\n[compat]\nCSV = "=0.10.11"\nDataFrames = "1.6"\njulia = "1.9"\n';
    const parsed = parseJuliaProject(text, 'Project.toml');
    expect(parsed.projectName).toBe('Paper');
    expect(parsed.packages.map(p => [p.name, p.line, p.pinned, p.spec, p.ecosystem])).toEqual([
      ['CSV', 4, true, '=0.10.11', 'julia'],
      ['DataFrames', 5, false, '1.6', 'julia']
    ]);
  });

  it('turns broken TOML into a problem', () => {
    expect(parseJuliaProject('[deps\n', 'Project.toml').problems).toHaveLength(1);
  });
});

describe('parseInstallR', () => {
  const text = `# R packages for Binder
install.packages("dplyr")
install.packages(c("ggplot2", 'tidyr'), repos = "https://cloud.r-project.org")
remotes::install_version("data.table", version = "1.14.8")
devtools::install_version("zoo", "1.8-12")
remotes::install_github("user/pkgA@0123abc4")
remotes::install_github("user/pkgB")
BiocManager::install("DESeq2")
`;

  it('reads install.packages, install_version and install_github calls', () => {
    const parsed = parseInstallR(text, 'install.R');
    expect(parsed.packages.map(p => [p.name, p.line, p.pinned])).toEqual([
      ['dplyr', 2, false],
      ['ggplot2', 3, false],
      ['tidyr', 3, false],
      ['data.table', 4, true],
      ['zoo', 5, true],
      ['pkgA', 6, true],
      ['pkgB', 7, false],
      ['DESeq2', 8, false]
    ]);
    expect(parsed.packages.every(p => p.ecosystem === 'cran')).toBe(true);
  });

  it('counts CRAN packages as pinned under a runtime.txt snapshot date', () => {
    const parsed = parseInstallR('install.packages("dplyr")\n', 'install.R', { snapshotDate: '2024-01-15' });
    expect(parsed.packages[0]).toMatchObject({ pinned: true, spec: 'snapshot 2024-01-15' });
  });

  it('reports an unclosed call', () => {
    expect(parseInstallR('install.packages("dplyr"\n', 'install.R').problems[0]).toMatchObject({ line: 1 });
  });
});

describe('parseDockerfile', () => {
  it('reads pip and conda installs across continuations, and the final stage', () => {
    const text = `FROM python:3.11 AS build
USER nobody
FROM --platform=linux/amd64 python:3.11-slim
# comment
RUN pip install --no-cache-dir numpy==1.26.4 \\
    # a comment inside
    "pandas>=2" -r requirements.txt && \\
    conda install -y -c conda-forge scipy=1.11.4 \\
    && python -m pip install -e . torch==2.1.0 $EXTRA
RUN ["pip", "install", "requests==2.31.0"]
RUN apt-get install -y git
USER \${NB_USER}
`;
    const parsed = parseDockerfile(text, 'Dockerfile');
    expect(parsed.packages.map(p => [p.name, p.line, p.pinned, p.ecosystem])).toEqual([
      ['numpy', 5, true, 'pypi'],
      ['pandas', 7, false, 'pypi'],
      ['scipy', 8, true, 'conda'],
      ['torch', 9, true, 'pypi'],
      ['requests', 10, true, 'pypi']
    ]);
    // The -r file is installed, but no COPY brings it into the image: no repo file is known for it.
    expect(parsed.summary).toEqual({
      baseImage: 'python:3.11-slim',
      baseLine: 3,
      user: { name: '${NB_USER}', line: 12 },
      requirementsInstalled: [{ written: 'requirements.txt', line: 7, candidates: [] }]
    });
  });

  it('a new stage forgets the previous USER', () => {
    expect(parseDockerfile('FROM a\nUSER jovyan\nFROM b\n', 'Dockerfile').summary).toEqual({ baseImage: 'b', baseLine: 3 });
  });
});

describe('parseRuntimeTxt', () => {
  it.each([
    ['python-3.11\n', { kind: 'python', version: '3.11' }],
    ['python-3.10.4', { kind: 'python', version: '3.10.4' }],
    ['# comment\nr-2024-01-15', { kind: 'r', date: '2024-01-15' }],
    ['r-4.3-2024-01-15', { kind: 'r', version: '4.3', date: '2024-01-15' }],
    ['r-4.3', { kind: 'r', version: '4.3' }],
    ['python3.11', { kind: 'unknown', value: 'python3.11' }],
    ['3.11', { kind: 'unknown', value: '3.11' }],
    ['', { kind: 'unknown', value: '' }]
  ])('%j', (text, runtime) => {
    expect(parseRuntimeTxt(text)).toEqual(runtime);
  });
});
