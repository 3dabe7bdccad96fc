import { parseDockerfile } from './dockerfile';

const installsOf = (text: string) => parseDockerfile(text, 'Dockerfile').summary.requirementsInstalled ?? [];

describe('requirements files a Dockerfile installs', () => {
  test('a file COPYed to an image path and installed from there', () => {
    const text = [
      'FROM python:3.11-slim',
      'COPY docker/requirements.txt /tmp/requirements.txt',
      'RUN pip install --no-cache-dir -r /tmp/requirements.txt'
    ].join('\n');
    expect(installsOf(text)).toEqual([{ written: '/tmp/requirements.txt', line: 3, candidates: ['docker/requirements.txt'] }]);
  });

  test('the whole context copied under WORKDIR, installed by a relative path', () => {
    const text = [
      'FROM jupyter/scipy-notebook',
      'WORKDIR ${HOME}/work',
      'COPY . .',
      'RUN python -m pip install \\',
      '    --requirement=docker/requirements.txt && \\',
      '    pip install -rextra-requirements.txt'
    ].join('\n');
    expect(installsOf(text)).toEqual([
      { written: 'docker/requirements.txt', line: 5, candidates: ['docker/requirements.txt'] },
      { written: 'extra-requirements.txt', line: 6, candidates: ['extra-requirements.txt'] }
    ]);
  });

  test('a file copied into a folder keeps its name; a folder copied keeps its files', () => {
    const text = [
      'FROM python:3.11',
      'COPY env/requirements.txt /opt/app/',
      'COPY ["config", "/opt/config"]',
      'RUN pip install -r /opt/app/requirements.txt -r /opt/config/pip/requirements.txt'
    ].join('\n');
    const installs = installsOf(text);
    expect(installs[0].candidates).toContain('env/requirements.txt');
    expect(installs[1].candidates).toEqual(['config/pip/requirements.txt']);
  });

  test('a file from another stage, or never copied, has no repo file', () => {
    const text = ['FROM python:3.11 AS build', 'FROM python:3.11', 'COPY --from=build /r.txt /r.txt', 'RUN pip install -r /r.txt'].join('\n');
    expect(installsOf(text)).toEqual([{ written: '/r.txt', line: 4, candidates: [] }]);
  });

  test('packages named on the command line are still read; -r values are not packages', () => {
    const parsed = parseDockerfile('FROM python:3.11\nCOPY . /src\nRUN pip install -r /src/requirements.txt numpy==1.26.4\n', 'Dockerfile');
    expect(parsed.packages.map(p => p.name)).toEqual(['numpy']);
  });
});
