/** The panel's flow with a stand-in runner: ask first, progress, done / cancelled / failed, back to setup. */
import { studyCodeHash, type AblationPlan } from '../../ablation';
import { AblationModel, AblationModelOptions, AblationState } from './ablationModel';
import { DEFAULT_ABLATION_SETTINGS } from './settings';
import { readNotebookFacts, withToggleIncluded } from './setupChoices';
import type { StoredStudyLookup } from './storedStudy';
import type { AblationRequest, AblationResult, VariantProgress } from './types';
import { notebookText, STUDY, STUDY_NOTEBOOK, TABLE } from './__tests__/fixtures';

const facts = readNotebookFacts('nb/study.ipynb', STUDY_NOTEBOOK);
const RESULT: AblationResult = { study: STUDY, table: TABLE, folder: 'nb/ablations/study/run1', studyPath: 'nb/ablations/study/run1/study.json', notes: [] };

function modelWith(options: Partial<AblationModelOptions>) {
  const phases: string[] = [];
  const model = new AblationModel({
    facts,
    kernelName: 'python3',
    settings: () => ({ ...DEFAULT_ABLATION_SETTINGS, concurrency: 2 }),
    confirm: async () => true,
    runStudy: async () => RESULT,
    ...options
  });
  model.changed.connect((_, state: AblationState) => phases.push(state.phase));
  return { model, phases };
}

describe('AblationModel', () => {
  it('runs nothing when the user says no', async () => {
    const runStudy = jest.fn();
    const asked: [AblationRequest, AblationPlan][] = [];
    const { model, phases } = modelWith({ runStudy, confirm: async (request, plan) => (asked.push([request, plan]), false) });
    expect(await model.run()).toBe('setup');
    expect(runStudy).not.toHaveBeenCalled();
    expect(phases).toEqual([]);
    expect(asked[0][0].concurrency).toBe(2);
    expect(asked[0][1].variants.map(v => v.id)).toEqual(['full', 'no-STANDARDIZE', 'no-DISTANCE_WEIGHTS', 'no-select_features']);
  });

  it('shows the planned variants queued, then the runner\'s progress, then the result', async () => {
    const seen: VariantProgress[][] = [];
    const { model, phases } = modelWith({
      runStudy: async (request, options) => {
        seen.push(model.state.progress);
        options.onProgress?.([{ variant: model.state.progress[0].variant, state: 'running', cell: 1, total: 4 }]);
        seen.push(model.state.progress);
        expect(request.excludedToggles).toEqual(['DISTANCE_WEIGHTS']);
        return RESULT;
      }
    });
    model.setChoices(withToggleIncluded(model.state.choices, 'DISTANCE_WEIGHTS', false));
    expect(await model.run()).toBe('done');
    expect(seen[0].map(p => [p.variant.id, p.state])).toEqual([
      ['full', 'queued'],
      ['no-STANDARDIZE', 'queued'],
      ['no-select_features', 'queued']
    ]);
    expect(seen[1].map(p => [p.variant.id, p.state, p.cell])).toEqual([['full', 'running', 1]]);
    expect(phases).toEqual(['setup', 'running', 'running', 'done']);
    expect(model.state.result).toBe(RESULT);
    model.backToSetup();
    expect(model.state.phase).toBe('setup');
    expect(model.state.result).toBeUndefined();
    expect(model.state.choices.excludedToggles).toEqual(['DISTANCE_WEIGHTS']);
  });

  it('passes cancel to the runner as an abort, and ends cancelled', async () => {
    let signal: AbortSignal | undefined;
    const { model } = modelWith({
      runStudy: (_, options) =>
        new Promise(resolve => {
          signal = options.signal;
          options.signal?.addEventListener('abort', () => resolve(RESULT));
        })
    });
    const done = model.run();
    await Promise.resolve();
    await Promise.resolve();
    expect(model.isRunning).toBe(true);
    model.setChoices({ ...model.state.choices, combinations: true });
    expect(model.state.choices.combinations).toBe(false);
    model.cancel();
    expect(await done).toBe('cancelled');
    expect(signal?.aborted).toBe(true);
    expect(model.state.result).toBe(RESULT);
  });

  it('says why the study failed', async () => {
    const { model } = modelWith({ runStudy: async () => Promise.reject(new Error('The notebook could not be read: x')) });
    expect(await model.run()).toBe('failed');
    expect(model.state.message).toBe('The notebook could not be read: x');
  });

  it('does not ask or run while something blocks', async () => {
    const confirm = jest.fn();
    const { model } = modelWith({ confirm });
    model.setChoices({ ...model.state.choices, seedsText: 'x' });
    expect(await model.run()).toBe('setup');
    expect(confirm).not.toHaveBeenCalled();
  });

  it('reads the notebook again, keeping the choices', async () => {
    const fresh = readNotebookFacts('nb/study.ipynb', notebookText([{ source: 'NEW = True', tags: ['parameters'] }, { source: 'accuracy = accuracy_score(a, b)' }]));
    const { model } = modelWith({ reload: async () => fresh });
    model.setChoices({ ...model.state.choices, seedsText: '4' });
    await model.reload();
    expect(model.state.facts).toBe(fresh);
    expect(model.state.choices.seedsText).toBe('4');
    expect(model.state.choices.metrics.map(m => m.name)).toEqual(['accuracy']);
  });

  describe('the latest stored study', () => {
    const FOUND: StoredStudyLookup = {
      kind: 'found',
      stored: { study: { ...STUDY, codeHash: studyCodeHash(facts.parsed!) }, folder: 'nb/ablations/study/r1', runId: 'r1' }
    };

    it('is looked for on request and again after a re-read, without running anything', async () => {
      const findStored = jest.fn(async (): Promise<StoredStudyLookup> => ({ kind: 'none' }));
      const runStudy = jest.fn();
      const { model } = modelWith({ findStored, runStudy, reload: async () => facts });
      expect(model.state.stored).toBeUndefined();
      await model.refreshStored();
      expect(model.state.stored).toEqual({ kind: 'none' });
      findStored.mockResolvedValueOnce(FOUND);
      await model.reload();
      expect(model.state.stored).toBe(FOUND);
      expect(findStored).toHaveBeenCalledTimes(2);
      expect(runStudy).not.toHaveBeenCalled();
    });

    it('turns a failed lookup into a note, and keeps only the latest of two lookups', async () => {
      const { model } = modelWith({ findStored: async () => Promise.reject(new Error('Server gone')) });
      await model.refreshStored();
      expect(model.state.stored).toEqual({ kind: 'unreadable', problem: 'Server gone' });

      let finishSlow: (lookup: StoredStudyLookup) => void = () => undefined;
      const answers = [new Promise<StoredStudyLookup>(resolve => (finishSlow = resolve)), Promise.resolve(FOUND)];
      const racing = modelWith({ findStored: () => answers.shift()! }).model;
      const slow = racing.refreshStored();
      await racing.refreshStored();
      finishSlow({ kind: 'none' });
      await slow;
      expect(racing.state.stored).toBe(FOUND);
    });

    it('shows the stored table in the results phase, then goes back to setup and looks again', async () => {
      const findStored = jest.fn(async () => FOUND);
      const runStudy = jest.fn();
      const { model, phases } = modelWith({ findStored, runStudy });
      model.showStored();
      expect(model.state.phase).toBe('setup'); // nothing found yet: nothing to show
      await model.refreshStored();
      model.showStored();
      expect(model.state.phase).toBe('done');
      expect(model.state.resultOrigin).toBe('stored');
      expect(model.state.result?.folder).toBe('nb/ablations/study/r1');
      expect(model.state.result?.study).toBe(FOUND.kind === 'found' && FOUND.stored.study);
      expect(model.state.result?.table.rows.map(r => r.variantId)).toEqual(['full', 'no-STANDARDIZE', 'no-select_features']);
      expect(runStudy).not.toHaveBeenCalled();
      model.backToSetup();
      expect(model.state.phase).toBe('setup');
      expect(model.state.resultOrigin).toBeUndefined();
      expect(findStored).toHaveBeenCalledTimes(2);
      expect(phases).toEqual(['setup', 'done', 'setup']);
    });

    it('marks a run\'s result as run', async () => {
      const { model } = modelWith({});
      await model.run();
      expect(model.state.resultOrigin).toBe('run');
    });
  });
});
