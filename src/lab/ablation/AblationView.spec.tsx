/**
 * @jest-environment @jupyterlab/testing/lib/jest-env.js
 */
/** The panel's phases: setup, progress per variant with Cancel, results with exports; never blank. */
import * as React from 'react';
import { planAblation, studyCodeHash } from '../../ablation';
import type { AblationState } from './ablationModel';
import { AblationActions, AblationView } from './AblationView';
import { DEFAULT_ABLATION_SETTINGS } from './settings';
import { initialChoices, readNotebookFacts, unreadableNotebookFacts } from './setupChoices';
import { storedStudyResult, type StoredStudyLookup } from './storedStudy';
import type { VariantProgress } from './types';
import { EVIL, notebookText, STUDY, STUDY_NOTEBOOK, TABLE, trans } from './__tests__/fixtures';
import { click, render, texts } from './__tests__/render';

const facts = readNotebookFacts('nb/study.ipynb', STUDY_NOTEBOOK);
const variants = planAblation(facts.setup!).variants;
const base: AblationState = { phase: 'setup', facts, choices: initialChoices(facts, { seeds: [] }), progress: [] };

function actions(): AblationActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    onChoices: () => calls.push('choices'),
    onRun: () => calls.push('run'),
    onCancel: () => calls.push('cancel'),
    onReload: () => calls.push('reload'),
    onBackToSetup: () => calls.push('back'),
    onShowStored: () => calls.push('show-stored'),
    onExport: format => calls.push(`export:${format}`),
    onOpenFolder: () => calls.push('folder'),
    onOpenNotebook: path => calls.push(`open:${path}`)
  };
}

function view(state: AblationState, acts = actions()) {
  return { acts, ...render(<AblationView state={state} kernelName="python3" settings={DEFAULT_ABLATION_SETTINGS} actions={acts} trans={trans} />) };
}

const PROGRESS: VariantProgress[] = [
  { variant: variants[0], state: 'ok', durationSeconds: 2.25 },
  { variant: variants[1], state: 'running', cell: 2, total: 5 },
  { variant: variants[2], state: 'error', message: `Cell 3 raised ${EVIL}`, durationSeconds: 1 },
  { variant: variants[3], state: 'queued' }
];

describe('AblationView', () => {
  it('starts on the setup, saying where and how variants run', () => {
    const v = view(base);
    expect(v.host.querySelector('[data-phase]')?.getAttribute('data-phase')).toBe('setup');
    expect(v.host.querySelector('.jp-ReproAudit-ablationTitle')?.textContent).toBe('Ablation study: nb/study.ipynb');
    expect(v.host.querySelector('.jp-ReproAudit-ablationAbout')?.textContent).toBe(
      'Each variant runs top to bottom in a fresh "python3" kernel in the notebook\'s folder, 1 at a time; cells may run for up to 120 s.'
    );
    click(v.host.querySelector('.jp-ReproAudit-ablationReload'));
    click(v.host.querySelector('.jp-ReproAudit-ablationRun'));
    expect(v.acts.calls).toEqual(['reload', 'run']);
    v.unmount();
  });

  it('shows each variant\'s state, cell and duration while running, and cancels', () => {
    const v = view({ ...base, phase: 'running', progress: PROGRESS });
    expect(v.host.querySelector('.jp-ReproAudit-ablationSetup')).toBeNull();
    const rows = [...v.host.querySelectorAll('.jp-ReproAudit-ablationProgressRow')];
    expect(rows.map(r => [r.getAttribute('data-variant-id'), r.getAttribute('data-state')])).toEqual([
      ['full', 'ok'],
      ['no-STANDARDIZE', 'running'],
      ['no-DISTANCE_WEIGHTS', 'error'],
      ['no-select_features', 'queued']
    ]);
    expect(texts(v.host, '.jp-ReproAudit-ablationProgressRow .jp-ReproAudit-ablationWhere')).toEqual(['2.25 s', 'code cell 3 of 5', '1.00 s', '']);
    expect(texts(v.host, '.jp-ReproAudit-ablationProgressRow .jp-ReproAudit-ablationBadge')).toEqual(['done', 'running', 'error', 'queued']);
    expect(texts(v.host, '.jp-ReproAudit-ablationError')).toEqual([`Cell 3 raised ${EVIL}`]);
    expect(v.host.querySelector('b, img')).toBeNull();
    expect(v.host.querySelector('.jp-ReproAudit-ablationProgressHeader span')?.textContent).toBe('2 of 4 runs finished');
    click(v.host.querySelector('.jp-ReproAudit-ablationCancel'));
    expect(v.acts.calls).toEqual(['cancel']);
    v.unmount();
  });

  it('shows the results with table, chart and file buttons', () => {
    const result = { study: STUDY, table: TABLE, folder: 'nb/ablations/study/run1', studyPath: 'nb/ablations/study/run1/study.json', notes: ['Reused 1 of 3 variants'] };
    const v = view({ ...base, phase: 'done', progress: PROGRESS, result });
    expect(v.host.querySelector('.jp-ReproAudit-ablationProgress')).toBeNull();
    expect(v.host.querySelector('.jp-ReproAudit-ablationSummary')?.textContent).toBe(
      '2 of 3 runs ok (1 reused from an earlier study of the same code). Stored in nb/ablations/study/run1.'
    );
    expect(texts(v.host, '.jp-ReproAudit-ablationResults .jp-ReproAudit-ablationNotes li')).toEqual(['Reused 1 of 3 variants']);
    expect(v.host.querySelectorAll('table.jp-ReproAudit-ablationTable tbody tr').length).toBe(3);
    expect(v.host.querySelectorAll('svg.jp-ReproAudit-ablationChart rect[data-variant-id][data-metric]').length).toBe(2);
    for (const selector of ['ExportMarkdown', 'ExportCsv', 'OpenFolder', 'Back']) {
      click(v.host.querySelector(`.jp-ReproAudit-ablation${selector}`));
    }
    click(v.host.querySelector('.jp-ReproAudit-ablationOpenCopy'));
    expect(v.acts.calls).toEqual(['export:markdown', 'export:csv', 'folder', 'back', 'open:full.ipynb']);
    v.unmount();
  });

  it('says a cancelled study shut its kernels down, with what ran so far', () => {
    const v = view({ ...base, phase: 'cancelled', progress: PROGRESS });
    expect(v.host.querySelector('.jp-ReproAudit-ablationSummary')?.textContent).toBe('Cancelled: the kernels were shut down.');
    expect(v.host.querySelectorAll('.jp-ReproAudit-ablationProgressRow').length).toBe(4);
    expect(v.host.querySelector('.jp-ReproAudit-ablationCancel')).toBeNull();
    expect(v.host.querySelector('.jp-ReproAudit-ablationBack')).not.toBeNull();
    v.unmount();
  });

  it('says why a study failed, as text', () => {
    const v = view({ ...base, phase: 'failed', message: `Kernel died ${EVIL}` });
    expect(v.host.querySelector('.jp-ReproAudit-ablationFailure')?.textContent).toBe(`The study could not run: Kernel died ${EVIL}`);
    expect(v.host.querySelector('b, img')).toBeNull();
    v.unmount();
  });

  describe('stored studies', () => {
    const stored = { study: { ...STUDY, codeHash: studyCodeHash(facts.parsed!), finishedAt: '2026-11-23T16:07:00.000Z' }, folder: 'nb/ablations/study/r1', runId: 'r1' };
    const found: StoredStudyLookup = { kind: 'found', stored };

    it('shows the latest run on the setup: id, when, variants ok, same code, and Show Results', () => {
      const v = view({ ...base, stored: found });
      const section = v.host.querySelector('.jp-ReproAudit-ablationStored');
      expect(section?.getAttribute('data-run-id')).toBe('r1');
      expect(section?.querySelector('h3')?.textContent).toBe('Stored studies');
      expect(section?.querySelector('.jp-ReproAudit-ablationStoredSummary')?.textContent).toBe(
        `Latest run r1 (${new Date('2026-11-23T16:07:00.000Z').toLocaleString()}): 2 of 3 variants ok.`
      );
      expect(section?.querySelector('.jp-ReproAudit-ablationStoredCode')?.getAttribute('data-code')).toBe('same');
      expect(section?.querySelector('.jp-ReproAudit-ablationStoredCode')?.textContent).toBe('It ran the same code as the notebook has now.');
      // The setup is still all there beneath it.
      expect(v.host.querySelector('.jp-ReproAudit-ablationRun')).not.toBeNull();
      click(section!.querySelector('.jp-ReproAudit-ablationShowStored'));
      expect(v.acts.calls).toEqual(['show-stored']);
      v.unmount();
    });

    it('says when the code has changed since', () => {
      const edited = readNotebookFacts('nb/study.ipynb', notebookText([{ source: 'STANDARDIZE = False', tags: ['parameters'] }]));
      const v = view({ ...base, facts: edited, choices: initialChoices(edited, { seeds: [] }), stored: { kind: 'found', stored: { ...stored, study: { ...stored.study, finishedAt: null } } } });
      expect(v.host.querySelector('.jp-ReproAudit-ablationStoredSummary')?.textContent).toBe('Latest run r1: 2 of 3 variants ok.');
      expect(v.host.querySelector('.jp-ReproAudit-ablationStoredCode')?.textContent).toBe('The code has changed since: a new run would not reuse its variants.');
      v.unmount();
    });

    it('gives a broken study.json one line of text, and shows nothing when there is no study', () => {
      const v = view({ ...base, stored: { kind: 'unreadable', runId: 'r2', problem: `study.json is not valid JSON ${EVIL}` } });
      expect(texts(v.host, '.jp-ReproAudit-ablationStored p')).toEqual([`The latest stored study (r2) could not be read: study.json is not valid JSON ${EVIL}`]);
      expect(v.host.querySelector('.jp-ReproAudit-ablationShowStored, b, img')).toBeNull();
      v.rerender(<AblationView state={{ ...base, stored: { kind: 'none' } }} kernelName="python3" settings={DEFAULT_ABLATION_SETTINGS} actions={v.acts} trans={trans} />);
      expect(v.host.querySelector('.jp-ReproAudit-ablationStored')).toBeNull();
      v.unmount();
    });

    it('shows a stored study in the results view, saying nothing was run', () => {
      const v = view({ ...base, phase: 'done', result: storedStudyResult(stored), resultOrigin: 'stored', stored: found });
      expect(v.host.querySelector('.jp-ReproAudit-ablationStoredOrigin')?.textContent).toBe('Read from the stored study.json of run r1: nothing was run.');
      expect(v.host.querySelector('.jp-ReproAudit-ablationSummary')?.textContent).toBe(
        '2 of 3 runs ok (1 reused from an earlier study of the same code). Stored in nb/ablations/study/r1.'
      );
      const rows = [...v.host.querySelectorAll('table.jp-ReproAudit-ablationTable tbody tr')];
      expect(rows.map(r => r.getAttribute('data-variant-id'))).toEqual(['full', 'no-STANDARDIZE', 'no-select_features']);
      expect(v.host.querySelector('.jp-ReproAudit-ablationStored')).toBeNull();
      expect(v.host.querySelector('.jp-ReproAudit-ablationBack')?.textContent).toBe('Back to Setup');
      click(v.host.querySelector('.jp-ReproAudit-ablationExportCsv'));
      click(v.host.querySelector('.jp-ReproAudit-ablationOpenFolder'));
      expect(v.acts.calls).toEqual(['export:csv', 'folder']);
      v.unmount();
    });
  });

  it('says plainly when the notebook is gone, and still lists its stored study', () => {
    const gone = unreadableNotebookFacts('nb/gone.ipynb', 'No such file or directory: nb/gone.ipynb', true);
    const stored = { study: STUDY, folder: 'nb/ablations/gone/r1', runId: 'r1' };
    const v = view({ ...base, facts: gone, choices: initialChoices(gone, { seeds: [] }), stored: { kind: 'found', stored } });
    expect(v.host.querySelector('.jp-ReproAudit-ablationMissing p')?.textContent).toBe(
      'The notebook nb/gone.ipynb is not there any more: it was moved, renamed or deleted. Open the ablation study again from the notebook where it is now, or close this panel.'
    );
    expect(v.host.querySelector('.jp-ReproAudit-ablationSetup')).toBeNull();
    expect(v.host.querySelector('.jp-ReproAudit-ablationStoredCode')?.getAttribute('data-code')).toBe('unknown');
    click(v.host.querySelector('.jp-ReproAudit-ablationMissing .jp-ReproAudit-ablationReload'));
    expect(v.acts.calls).toEqual(['reload']);
    v.unmount();
  });
});
