/** The setup's logic: candidates found, choices kept on refresh, seeds validated, the runner's request. */
import {
  ablationRequest,
  defaultDirection,
  initialChoices,
  parseSeeds,
  previewStudy,
  readNotebookFacts,
  refreshedChoices,
  withMetricAdded,
  withMetricChanged,
  withToggleIncluded
} from './setupChoices';
import { DEFAULT_ABLATION_SETTINGS } from './settings';
import { notebookText, STUDY_NOTEBOOK } from './__tests__/fixtures';

const facts = readNotebookFacts('nb/study.ipynb', STUDY_NOTEBOOK);
const settings = { ...DEFAULT_ABLATION_SETTINGS, concurrency: 2, cellTimeoutSeconds: 30 };

describe('readNotebookFacts', () => {
  it('finds the toggles, the suggested metric and the glued one', () => {
    expect(facts.parseError).toBeUndefined();
    expect(facts.setup?.toggles.map(t => [t.name, t.label])).toEqual([
      ['STANDARDIZE', 'scale features'],
      ['DISTANCE_WEIGHTS', 'DISTANCE_WEIGHTS'],
      ['select_features', 'select_features']
    ]);
    expect(facts.suggestions.map(s => s.name)).toEqual(['accuracy']);
    expect(facts.glued).toEqual(['train_loss']);
  });

  it('says why a text is not a notebook', () => {
    const bad = readNotebookFacts('x.ipynb', '{not json');
    expect(bad.setup).toBeUndefined();
    expect(bad.parseError).toMatch(/^Notebook is not valid JSON/);
    expect(previewStudy(bad, initialChoices(bad, settings), settings)).toEqual({ blockers: ['unreadable'], seedsProblem: undefined });
  });
});

describe('choices', () => {
  it('start with every candidate included, directions from the scoring call or the name', () => {
    const choices = initialChoices(facts, { seeds: [3, 4] });
    expect(choices).toEqual({
      excludedToggles: [],
      combinations: false,
      seedsText: '3, 4',
      metrics: [
        { name: 'accuracy', direction: 'higher', included: true, origin: 'suggested', callee: 'accuracy_score', cell: 4, line: 1 },
        { name: 'train_loss', direction: 'lower', included: true, origin: 'glued' }
      ]
    });
  });

  it('name directions: scoring functions, then loss/error words, else higher', () => {
    expect([defaultDirection('log_loss'), defaultDirection('r2'), defaultDirection('val_error'), defaultDirection('f1')]).toEqual([
      'lower',
      'higher',
      'lower',
      'higher'
    ]);
  });

  it('keep what the user picked when the notebook is read again', () => {
    let choices = initialChoices(facts, { seeds: [] });
    choices = withMetricChanged(choices, 'accuracy', { included: false, direction: 'lower' });
    choices = withMetricAdded(choices, ' rmse ');
    choices = withToggleIncluded(choices, 'STANDARDIZE', false);
    const changed = readNotebookFacts('nb/study.ipynb', notebookText([{ source: 'FLAG = True', tags: ['parameters'] }, { source: 'accuracy = accuracy_score(a, b)\nf1 = f1_score(a, b)' }]));
    const refreshed = refreshedChoices(choices, changed);
    expect(refreshed.excludedToggles).toEqual(['STANDARDIZE']);
    expect(refreshed.metrics.map(m => [m.name, m.origin, m.included, m.direction])).toEqual([
      ['accuracy', 'suggested', false, 'lower'],
      ['f1', 'suggested', true, 'higher'],
      ['rmse', 'added', true, 'lower']
    ]);
  });

  it('adding a known metric includes it instead of listing it twice; blank names are ignored', () => {
    let choices = withMetricChanged(initialChoices(facts, { seeds: [] }), 'accuracy', { included: false });
    choices = withMetricAdded(withMetricAdded(choices, 'accuracy'), '   ');
    expect(choices.metrics.map(m => [m.name, m.included])).toEqual([
      ['accuracy', true],
      ['train_loss', true]
    ]);
  });
});

describe('parseSeeds', () => {
  it.each([
    ['', []],
    ['0, 1,2', [0, 1, 2]],
    [' 7  8 ', [7, 8]],
    ['4294967295', [4294967295]]
  ])('reads %p', (text, seeds) => expect(parseSeeds(text)).toEqual({ seeds }));

  it.each([
    ['1, two', { kind: 'not-integer', token: 'two' }],
    ['1.5', { kind: 'not-integer', token: '1.5' }],
    ['-1', { kind: 'out-of-range', token: '-1' }],
    ['4294967296', { kind: 'out-of-range', token: '4294967296' }],
    ['3, 3', { kind: 'duplicate', token: '3' }]
  ])('refuses %p', (text, problem) => expect(parseSeeds(text)).toEqual({ problem }));
});

describe('previewStudy', () => {
  it('plans the full model and one variant per included toggle, times the seeds', () => {
    const choices = { ...withToggleIncluded(initialChoices(facts, { seeds: [] }), 'DISTANCE_WEIGHTS', false), seedsText: '1, 2' };
    const preview = previewStudy(facts, choices, settings);
    expect(preview.blockers).toEqual([]);
    expect(preview.plan?.variants.map(v => v.id)).toEqual([
      'full-seed1',
      'full-seed2',
      'no-STANDARDIZE-seed1',
      'no-STANDARDIZE-seed2',
      'no-select_features-seed1',
      'no-select_features-seed2'
    ]);
    expect(preview.plan?.variants[2].overrides).toEqual({ STANDARDIZE: false, SEED: 1 });
  });

  it('adds the combinations when asked, within the cap', () => {
    const choices = { ...initialChoices(facts, { seeds: [] }), combinations: true };
    expect(previewStudy(facts, choices, settings).plan?.variants.length).toBe(1 + 3 + 3 + 1);
    const capped = previewStudy(facts, choices, { maxVariants: 5 });
    expect(capped.plan?.variants.length).toBe(5);
    expect(capped.plan?.notes).toEqual(['Only 1 of 4 combinations are planned (at most 5 variants per seed)']);
  });

  it('lists every reason Run is off', () => {
    let choices = initialChoices(facts, { seeds: [] });
    for (const name of ['STANDARDIZE', 'DISTANCE_WEIGHTS', 'select_features']) {
      choices = withToggleIncluded(choices, name, false);
    }
    choices = withMetricChanged(withMetricChanged(choices, 'accuracy', { included: false }), 'train_loss', { included: false });
    const preview = previewStudy(facts, { ...choices, seedsText: 'x' }, settings);
    expect(preview).toEqual({ blockers: ['no-toggle-included', 'no-metric', 'bad-seeds'], seedsProblem: { kind: 'not-integer', token: 'x' } });
    const none = readNotebookFacts('n.ipynb', notebookText([{ source: 'x = 1' }]));
    expect(previewStudy(none, initialChoices(none, { seeds: [] }), settings).blockers).toEqual(['no-toggles', 'no-metric']);
  });
});

describe('ablationRequest', () => {
  it('reads glued names from outputs and other Python names as variables', () => {
    let choices = withMetricAdded(initialChoices(facts, { seeds: [] }), 'test score');
    choices = withToggleIncluded({ ...choices, seedsText: '5', combinations: true }, 'select_features', false);
    expect(ablationRequest(facts, choices, settings, 'python3')).toEqual({
      notebookPath: 'nb/study.ipynb',
      notebookText: STUDY_NOTEBOOK,
      kernelName: 'python3',
      metrics: [
        { name: 'accuracy', direction: 'higher' },
        { name: 'train_loss', direction: 'lower' },
        { name: 'test score', direction: 'higher' }
      ],
      variables: ['accuracy'],
      excludedToggles: ['select_features'],
      plan: { combinations: true, maxVariants: 32, seeds: [5] },
      concurrency: 2,
      cellTimeoutMs: 30000
    });
  });
});
