/**
 * @jest-environment @jupyterlab/testing/lib/jest-env.js
 */
/** The setup: toggles and metrics as text, the empty state, seeds validated, the planned runs counted. */
import * as React from 'react';
import { initialChoices, previewStudy, readNotebookFacts, SetupChoices } from './setupChoices';
import { SetupView } from './SetupView';
import { EVIL, notebookText, STUDY_NOTEBOOK, trans } from './__tests__/fixtures';
import { click, choose, render, texts, typeInto } from './__tests__/render';

const settings = { maxVariants: 32 };

function setupOf(text: string, choices?: Partial<SetupChoices>) {
  const facts = readNotebookFacts('nb/study.ipynb', text);
  const current = { ...initialChoices(facts, { seeds: [] }), ...choices };
  const onChoices = jest.fn();
  const onRun = jest.fn();
  const element = (
    <SetupView facts={facts} choices={current} preview={previewStudy(facts, current, settings)} onChoices={onChoices} onRun={onRun} onReload={() => undefined} trans={trans} />
  );
  return { ...render(element), onChoices, onRun, facts, current };
}

describe('SetupView', () => {
  it('lists each toggle with its label, name and where it is, and the planned runs', () => {
    const view = setupOf(STUDY_NOTEBOOK);
    const rows = [...view.host.querySelectorAll('.jp-ReproAudit-ablationToggle')];
    expect(rows.map(r => r.getAttribute('data-toggle'))).toEqual(['STANDARDIZE', 'DISTANCE_WEIGHTS', 'select_features']);
    expect(texts(view.host, '.jp-ReproAudit-ablationToggle .jp-ReproAudit-ablationWhere')).toEqual([
      'parameters cell, line 1',
      'parameters cell, line 2',
      'cells tagged ablation:select_features: 4'
    ]);
    expect(texts(view.host, '.jp-ReproAudit-ablationToggleLabel')).toEqual(['scale features', 'DISTANCE_WEIGHTS', 'select_features']);
    expect(texts(view.host, '.jp-ReproAudit-ablationToggleName')).toEqual(['STANDARDIZE']);
    expect(view.host.querySelector('.jp-ReproAudit-ablationPlan h3')?.textContent).toBe('Planned runs: 4');
    expect([...view.host.querySelectorAll('.jp-ReproAudit-ablationPlan li')].map(li => li.getAttribute('data-variant-id'))).toEqual([
      'full',
      'no-STANDARDIZE',
      'no-DISTANCE_WEIGHTS',
      'no-select_features'
    ]);
    expect(texts(view.host, '.jp-ReproAudit-ablationPlan .jp-ReproAudit-ablationWhere')).toEqual([
      '',
      'STANDARDIZE = False',
      'DISTANCE_WEIGHTS = False',
      'skips cells 4'
    ]);
    const run = view.host.querySelector<HTMLButtonElement>('.jp-ReproAudit-ablationRun');
    expect(run?.textContent).toBe('Run 4 Variants…');
    expect(run?.disabled).toBe(false);
    click(run);
    expect(view.onRun).toHaveBeenCalledTimes(1);
    view.unmount();
  });

  it('lists the metrics with where they come from and which way is better', () => {
    const view = setupOf(STUDY_NOTEBOOK);
    expect(texts(view.host, '.jp-ReproAudit-ablationMetric code')).toEqual(['accuracy', 'train_loss']);
    expect(texts(view.host, '.jp-ReproAudit-ablationMetric .jp-ReproAudit-ablationWhere')).toEqual([
      'assigned from accuracy_score (cell 5, line 1)',
      'glued in the saved outputs'
    ]);
    const selects = [...view.host.querySelectorAll<HTMLSelectElement>('.jp-ReproAudit-ablationDirection')];
    expect(selects.map(s => s.value)).toEqual(['higher', 'lower']);
    choose(selects[0], 'lower');
    expect(view.onChoices.mock.calls[0][0].metrics[0]).toMatchObject({ name: 'accuracy', direction: 'lower' });
    click(view.host.querySelector('.jp-ReproAudit-ablationToggle[data-toggle="STANDARDIZE"] input'));
    expect(view.onChoices.mock.calls[1][0].excludedToggles).toEqual(['STANDARDIZE']);
    view.unmount();
  });

  it('adds a metric typed by the user', () => {
    const view = setupOf(STUDY_NOTEBOOK);
    const input = view.host.querySelector<HTMLInputElement>('.jp-ReproAudit-ablationAddMetric input') as HTMLInputElement;
    const add = view.host.querySelector<HTMLButtonElement>('.jp-ReproAudit-ablationAddMetric button') as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    typeInto(input, 'rmse');
    click(add);
    expect(view.onChoices.mock.calls[0][0].metrics.map((m: { name: string; direction: string }) => [m.name, m.direction])).toEqual([
      ['accuracy', 'higher'],
      ['train_loss', 'lower'],
      ['rmse', 'lower']
    ]);
    expect(input.value).toBe('');
    view.unmount();
  });

  it('says how to add a toggle when there is none, and keeps Run off', () => {
    const view = setupOf(notebookText([{ source: 'x = 1' }]));
    const empty = view.host.querySelector('[data-empty="toggles"]');
    expect(empty?.textContent).toContain('"Add Ablation Toggle…"');
    expect(empty?.textContent).toContain('"Tag Cell as Ablation Component…"');
    expect(view.host.querySelector('[data-empty="metrics"]')?.textContent).toContain('Insert Glue Helper');
    expect(texts(view.host, '.jp-ReproAudit-ablationBlockers li')).toEqual(['Choose at least one metric to compare.']);
    expect(view.host.querySelector<HTMLButtonElement>('.jp-ReproAudit-ablationRun')?.disabled).toBe(true);
    view.unmount();
  });

  it('says why a notebook cannot be read', () => {
    const view = setupOf('{oops');
    expect(texts(view.host, '.jp-ReproAudit-ablationBlockers li')[0]).toMatch(/^Could not read the notebook: Notebook is not valid JSON/);
    expect(view.host.querySelector<HTMLButtonElement>('.jp-ReproAudit-ablationRun')?.disabled).toBe(true);
    view.unmount();
  });

  it('renders warnings and labels with markup as text', () => {
    const text = notebookText([
      { source: `STANDARDIZE = True  # ${EVIL}\nSCALED = not STANDARDIZE`, tags: ['parameters'] },
      { source: 'y = 2', tags: ['ablation-off:<b>x</b>'] },
      { source: 'accuracy = accuracy_score(a, b)' }
    ]);
    const view = setupOf(text);
    expect(view.host.querySelector('b, img')).toBeNull();
    expect(texts(view.host, '.jp-ReproAudit-ablationToggleLabel')[0]).toBe(EVIL);
    expect(texts(view.host, '.jp-ReproAudit-ablationWarnings li')).toEqual([
      'SCALED is derived from STANDARDIZE in the parameters cell; an override of STANDARDIZE will not change it (compute it in a later cell) (cell 1, line 2)',
      'ablation-off:<b>x</b> has no matching ablation:<b>x</b> cell or parameter (cell 2)'
    ]);
    // A toggle with only stand-in cells cannot be switched off: shown, not selectable.
    const standIn = view.host.querySelector<HTMLInputElement>('[data-toggle="<b>x</b>"] input');
    expect(standIn?.disabled).toBe(true);
    view.unmount();
  });

  it('explains a bad seeds text and keeps Run off', () => {
    const view = setupOf(STUDY_NOTEBOOK, { seedsText: '1, two' });
    expect(view.host.querySelector('.jp-ReproAudit-ablationInvalid')?.textContent).toBe(
      '"two" is not a whole number. Seeds are integers separated by commas, like 0, 1, 2.'
    );
    expect(view.host.querySelector('.jp-ReproAudit-ablationPlan')).toBeNull();
    expect(view.host.querySelector<HTMLButtonElement>('.jp-ReproAudit-ablationRun')?.disabled).toBe(true);
    typeInto(view.host.querySelector('.jp-ReproAudit-ablationSeeds input') as HTMLInputElement, '1, 2');
    expect(view.onChoices.mock.calls[0][0].seedsText).toBe('1, 2');
    view.unmount();
  });

  it('counts every seed run, and says when the seed has nowhere to go', () => {
    const view = setupOf(notebookText([{ source: 'A = True', tags: ['parameters'] }, { source: 'acc = accuracy_score(a, b)' }]), { seedsText: '1, 2, 3' });
    expect(view.host.querySelector('.jp-ReproAudit-ablationPlan h3')?.textContent).toBe('Planned runs: 6');
    expect(texts(view.host, '.jp-ReproAudit-ablationVariantLabel').slice(0, 2)).toEqual(['Full model (seed 1)', 'Full model (seed 2)']);
    expect(texts(view.host, '.jp-ReproAudit-ablationNotes li')).toEqual(['No seed parameter in the parameters cell: the seed is recorded but not injected']);
    view.unmount();
  });
});
