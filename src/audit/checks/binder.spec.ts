import { auditWith } from '../__tests__/checkHarness';
import type { MemoryRepoSpec } from '../memoryReader';
import type { CheckResult } from '../report';
import { binderCheck } from './binder';

const BADGE = '[![Binder](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/gh/me/paper/HEAD)\n';

const audit = (files: MemoryRepoSpec['files']): Promise<CheckResult> => auditWith(binderCheck, files);

describe('binderCheck', () => {
  it('fails when repo2docker has nothing to build from', async () => {
    const result = await audit({ 'README.md': BADGE, 'run.py': '', 'pyproject.toml': '[tool.black]\nline-length = 100\n' });
    expect(result.status).toBe('fail');
    expect(result.summary).toBe('Nothing for repo2docker to build from');
    expect(result.findings.map(f => f.status)).toEqual(['fail']);
  });

  it('passes with configuration and a Binder badge', async () => {
    const result = await audit({ 'README.md': BADGE, 'requirements.txt': 'numpy==1.26.4\n', 'runtime.txt': 'python-3.11\n', 'postBuild': '#!/bin/bash\n' });
    expect(result.status).toBe('pass');
    expect(result.summary).toBe('repo2docker builds from requirements.txt, postBuild, runtime.txt; Binder link in README.md');
    expect(result.findings).toEqual([]);
  });

  it('accepts a link to any BinderHub', async () => {
    const result = await audit({ 'README.rst': 'Launch: https://binder.pangeo.io/v2/gh/me/paper/main\n', 'environment.yml': 'dependencies: []\n' });
    expect(result.status).toBe('pass');
  });

  it('finds the Binder badge in the README GitHub shows from .github/ or docs/', async () => {
    for (const readme of ['.github/README.md', 'docs/README.md']) {
      const result = await audit({ [readme]: BADGE, 'requirements.txt': 'numpy==1.26.4\n' });
      expect(result).toMatchObject({ status: 'pass', summary: `repo2docker builds from requirements.txt; Binder link in ${readme}` });
    }
    expect((await audit({ 'notes/README.md': BADGE, 'requirements.txt': 'numpy==1.26.4\n' })).status).toBe('warn');
  });

  it('warns when the README has no Binder link', async () => {
    const result = await audit({ 'README.md': '# Paper\n', 'environment.yml': 'dependencies: [numpy]\n' });
    expect(result.status).toBe('warn');
    expect(result.findings).toEqual([
      { status: 'warn', message: 'No Binder badge or mybinder.org link in the README, so readers cannot launch it in one click' }
    ]);
  });

  it('says root files are ignored when binder/ holds the configuration', async () => {
    const result = await audit({ 'README.md': BADGE, 'requirements.txt': 'numpy\n', 'binder/environment.yml': 'dependencies: [numpy]\n' });
    expect(result.status).toBe('pass');
    expect(result.summary).toMatch(/^repo2docker builds from binder\/environment.yml;/);
    expect(result.findings).toEqual([
      { status: 'pass', message: "repo2docker reads binder/ only; the root's requirements.txt is not used by Binder", path: 'binder' }
    ]);
  });

  it('warns when binder/ installs nothing while the root has the environment', async () => {
    const result = await audit({ 'README.md': BADGE, 'requirements.txt': 'numpy\n', '.binder/postBuild': 'echo hi\n' });
    expect(result.status).toBe('warn');
    expect(result.findings[0]).toEqual({
      status: 'warn',
      message: ".binder/ exists, so repo2docker ignores the root's requirements.txt, and .binder/ installs no packages",
      path: '.binder'
    });
  });

  it('warns when both binder/ and .binder/ exist', async () => {
    const result = await audit({ 'README.md': BADGE, 'binder/requirements.txt': 'numpy\n', '.binder/requirements.txt': 'numpy\n' });
    expect(result.status).toBe('warn');
    expect(result.findings[0].message).toBe('Both binder/ and .binder/ exist: repo2docker refuses to build such a repo');
  });

  it('the Dockerfile wins over everything, and must not run as root', async () => {
    const result = await audit({ 'README.md': BADGE, Dockerfile: 'FROM python:3.11\nRUN pip install numpy\n', 'requirements.txt': 'numpy\n' });
    expect(result.status).toBe('warn');
    expect(result.findings).toEqual([
      { status: 'warn', message: 'repo2docker builds from the Dockerfile alone and ignores requirements.txt', path: 'Dockerfile' },
      {
        status: 'warn',
        message: 'The Dockerfile never sets USER, so the image runs as root; repo2docker asks for a non-root user (e.g. USER ${NB_USER})',
        path: 'Dockerfile',
        line: 1
      }
    ]);
  });

  it.each([
    ['FROM python:3.11\nUSER root\n', 'warn'],
    ['FROM python:3.11\nUSER 0:0\n', 'warn'],
    ['FROM python:3.11\nUSER ${NB_USER}\n', 'pass'],
    ['FROM quay.io/jupyter/scipy-notebook:2024-01-15\n', 'pass'],
    ['FROM jupyter/base-notebook\nUSER root\nRUN apt-get update\nUSER jovyan\n', 'pass']
  ])('Dockerfile user: %j -> %s', async (dockerfile, status) => {
    const result = await audit({ 'README.md': BADGE, Dockerfile: dockerfile });
    expect(result.status).toBe(status);
  });

  it('environment.yml wins over requirements.txt: warns when packages would be lost', async () => {
    const lost = await audit({ 'README.md': BADGE, 'environment.yml': 'dependencies: [numpy]\n', 'requirements.txt': 'numpy\ntorch\n' });
    expect(lost.status).toBe('warn');
    expect(lost.findings).toEqual([
      { status: 'warn', message: 'repo2docker installs environment.yml and ignores requirements.txt, whose 1 package (torch) environment.yml lacks', path: 'requirements.txt' }
    ]);
    const same = await audit({ 'README.md': BADGE, 'environment.yml': 'dependencies: [numpy]\n', 'requirements.txt': 'numpy\n' });
    // Ignored all the same (the checklist's row): a warning, with how to have both installed.
    expect(same.status).toBe('warn');
    expect(same.findings[0]).toMatchObject({
      status: 'warn',
      message: 'repo2docker installs environment.yml and ignores requirements.txt: list it under pip: in environment.yml (- -r requirements.txt), or remove it'
    });
    const included = await audit({
      'README.md': BADGE,
      'environment.yml': 'dependencies:\n  - pip:\n    - -r requirements.txt\n',
      'requirements.txt': 'torch\n'
    });
    expect(included.findings).toEqual([]);
  });

  it('warns about runtime.txt values repo2docker does not understand', async () => {
    const result = await audit({ 'README.md': BADGE, 'requirements.txt': 'numpy\n', 'runtime.txt': '\npython3.11\n' });
    expect(result.status).toBe('warn');
    expect(result.findings).toEqual([
      {
        status: 'warn',
        message: 'runtime.txt says "python3.11", which repo2docker does not understand (python-X.Y or r-YYYY-MM-DD)',
        path: 'runtime.txt',
        line: 2
      }
    ]);
  });

  it('warns that environment.yaml is not read', async () => {
    const result = await audit({ 'README.md': BADGE, 'environment.yaml': 'dependencies: [numpy]\n', 'apt.txt': 'git\n' });
    expect(result.status).toBe('warn');
    expect(result.findings[0]).toMatchObject({ path: 'environment.yaml', message: expect.stringMatching(/reads environment.yml, not environment.yaml/) });
  });

  it('counts R and Julia configuration', async () => {
    const result = await audit({ 'README.md': BADGE, 'binder/install.R': 'install.packages("dplyr")\n', 'binder/runtime.txt': 'r-4.3-2024-01-15\n' });
    expect(result.status).toBe('pass');
    expect(result.summary).toMatch(/^repo2docker builds from binder\/install.R, binder\/runtime.txt;/);
  });

  // A project managed by uv: [project] dependencies and a uv.lock, but no [build-system], so
  // repo2docker installs nothing from it.
  it('a pyproject.toml without [build-system] is no environment for repo2docker; uv.lock alone neither', async () => {
    const pyproject = '[project]\nname = "paper"\nversion = "0.1.0"\ndependencies = ["numpy>=1.26", "torch"]\n\n[tool.uv]\ndev-dependencies = ["pytest"]\n';
    const uv = await audit({ 'README.md': BADGE, 'pyproject.toml': pyproject, 'uv.lock': 'version = 1\n[[package]]\nname = "numpy"\n' });
    expect(uv.status).toBe('warn');
    expect(uv.summary).toMatch(/^repo2docker finds only pyproject.toml, without \[build-system\]/);
    expect(uv.findings).toEqual([expect.objectContaining({ status: 'warn', path: 'pyproject.toml', message: expect.stringMatching(/no \[build-system\] table/) })]);

    const built = await audit({ 'README.md': BADGE, 'pyproject.toml': pyproject + '\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n' });
    expect(built).toMatchObject({ status: 'pass', summary: expect.stringMatching(/^repo2docker builds from pyproject.toml;/) });

    const beside = await audit({ 'README.md': BADGE, 'pyproject.toml': pyproject, 'requirements.txt': 'numpy==1.26.4\ntorch==2.2.0\n' });
    expect(beside).toMatchObject({ status: 'pass', summary: expect.stringMatching(/^repo2docker builds from requirements.txt;/) });

    expect((await audit({ 'README.md': BADGE, 'uv.lock': 'version = 1\n' })).status).toBe('fail');
  });

  // `conda list --export > requirements.txt`: exact pins, but repo2docker hands the file to pip.
  it('warns about a requirements.txt in conda export format', async () => {
    const result = await audit({ 'README.md': BADGE, 'requirements.txt': '# platform: linux-64\nnumpy=1.21.2=py39h20f2e39_0\n' });
    expect(result.status).toBe('warn');
    expect(result.findings).toEqual([
      expect.objectContaining({ status: 'warn', path: 'requirements.txt', line: 2, message: expect.stringMatching(/^requirements.txt is in conda's format \(numpy=1.21.2=py39h20f2e39_0\)/) })
    ]);
  });

  // The Dockerfile row of the checklist: a root-run image warns even with a Binder link.
  it('a Dockerfile that switches to USER root last warns', async () => {
    const result = await audit({ 'README.md': BADGE, Dockerfile: 'FROM jupyter/scipy-notebook\nUSER root\nRUN apt-get update\n' });
    expect(result.status).toBe('warn');
    expect(result.findings.map(f => f.message)).toEqual([expect.stringMatching(/ends as USER root/)]);
  });
});
