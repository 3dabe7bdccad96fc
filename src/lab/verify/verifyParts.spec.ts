/**
 * @jest-environment jsdom
 */
import { notebookToRun } from './notebookSource';
import { verifySettingsFrom } from './settings';
import { getVerification, rememberVerification } from './store';

describe('notebookToRun', () => {
  it('takes the code cells in order and the kernel name', () => {
    const notebook = {
      metadata: { kernelspec: { name: 'python3' } },
      cells: [
        { cell_type: 'markdown', source: '# Title' },
        { cell_type: 'code', source: ['import numpy as np\n', 'x = 1'] },
        { cell_type: 'raw', source: 'raw' },
        { cell_type: 'code', source: 'print(x)' }
      ]
    };
    expect(notebookToRun('a/b.ipynb', notebook)).toEqual({ path: 'a/b.ipynb', kernelName: 'python3', cells: ['import numpy as np\nx = 1', 'print(x)'], cellIndices: [1, 3] });
  });

  it('tolerates a notebook without metadata or cells', () => {
    expect(notebookToRun('n.ipynb', {})).toEqual({ path: 'n.ipynb', kernelName: undefined, cells: [], cellIndices: [] });
    expect(notebookToRun('n.ipynb', null)).toEqual({ path: 'n.ipynb', kernelName: undefined, cells: [], cellIndices: [] });
  });
});

describe('verifySettingsFrom', () => {
  it('uses defaults for missing or invalid values', () => {
    expect(verifySettingsFrom(undefined)).toEqual({ cellTimeoutSeconds: 120, numericTolerance: 0 });
    expect(verifySettingsFrom({ cellTimeoutSeconds: -3, numericTolerance: 'x' })).toEqual({ cellTimeoutSeconds: 120, numericTolerance: 0 });
    expect(verifySettingsFrom({ cellTimeoutSeconds: 5, numericTolerance: 0.01 })).toEqual({ cellTimeoutSeconds: 5, numericTolerance: 0.01 });
  });
});

describe('verification store', () => {
  beforeEach(() => localStorage.clear());

  it('remembers a result per path and code hash, replacing an older one', () => {
    const base = { path: 'n.ipynb', hash: 'h1', verdict: 'different' as const, same: 1, different: 1, errors: 0, date: '2026-01-01T00:00:00Z' };
    rememberVerification(base);
    rememberVerification({ ...base, verdict: 'same', different: 0, same: 2 });
    expect(getVerification('n.ipynb', 'h1')).toMatchObject({ verdict: 'same', same: 2 });
    expect(getVerification('n.ipynb', 'h2')).toBeUndefined();
    expect(getVerification('m.ipynb', 'h1')).toBeUndefined();
  });

  it('survives corrupt storage', () => {
    localStorage.setItem('jupyterlab-repro-audit:verifications', '{not json');
    expect(getVerification('n.ipynb', 'h1')).toBeUndefined();
  });
});
