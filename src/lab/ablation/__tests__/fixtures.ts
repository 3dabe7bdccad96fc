/** Notebooks, results and a translator shared by the ablation view specs. */
import type { TranslationBundle } from '@jupyterlab/translation';
import { resultsTable, ResultsTable, Study, StudyVariant, VariantOutcome } from '../../../ablation';

type CellSpec = { source: string; tags?: string[]; type?: 'code' | 'markdown'; outputs?: object[] };

export function notebookText(cells: CellSpec[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
    cells: cells.map(c =>
      (c.type ?? 'code') === 'code'
        ? { cell_type: 'code', metadata: c.tags ? { tags: c.tags } : {}, source: c.source, outputs: c.outputs ?? [], execution_count: null }
        : { cell_type: 'markdown', metadata: {}, source: c.source }
    )
  });
}

export const gluedOutput = (name: string, data: unknown) => ({
  output_type: 'display_data',
  data: { 'application/scrapbook.scrap.json+json': { name, data, encoder: 'json', version: 1 } },
  metadata: { scrapbook: { name, data: true, display: false } }
});

/** A k-NN study notebook: two parameter toggles, one tagged component, a suggested and a glued metric. */
export const STUDY_NOTEBOOK = notebookText([
  { source: '# Title', type: 'markdown' },
  { source: 'from sklearn.metrics import accuracy_score' },
  { source: 'STANDARDIZE = True  # scale features\nDISTANCE_WEIGHTS = True\nSEED = 0', tags: ['parameters'] },
  { source: 'X = load()', tags: ['ablation:select_features'] },
  { source: 'accuracy = accuracy_score(y, p)\nglue("train_loss", 0.5)', outputs: [gluedOutput('train_loss', 0.5)] }
]);

/** `%1`-style substitution, as JupyterLab's null translator does it. */
const fill = (text: string, args: unknown[]) => text.replace(/%(\d+)/g, (_, n) => String(args[Number(n) - 1]));
export const trans = {
  __: (text: string, ...args: unknown[]) => fill(text, args),
  _n: (one: string, many: string, n: number, ...args: unknown[]) => fill(n === 1 ? one : many, [n, ...args])
} as unknown as TranslationBundle;

export const EVIL = '<b>bold</b><img src=x onerror=alert(1)>';

const outcome = (variantId: string, label: string, metrics: Record<string, number>, seed?: number, status: VariantOutcome['status'] = 'ok'): VariantOutcome => ({
  variantId,
  label,
  seed,
  status,
  metrics
});

/** Three variants: the full model, one worse on accuracy and better on loss, one that failed. */
export const OUTCOMES: VariantOutcome[] = [
  outcome('no-STANDARDIZE', 'without scale features', { accuracy: 0.6, loss: 0.4 }),
  outcome('full', 'Full model', { accuracy: 0.9, loss: 0.5 }),
  outcome('no-select_features', `without ${EVIL}`, {}, undefined, 'error')
];

export const TABLE: ResultsTable = resultsTable(OUTCOMES, [
  { name: 'accuracy', direction: 'higher' },
  { name: 'loss', direction: 'lower' }
]);

export function studyVariant(id: string, patch: Partial<StudyVariant> = {}): StudyVariant {
  return {
    id,
    baseId: id,
    label: id,
    off: [],
    overrides: {},
    skippedCells: [],
    seed: null,
    status: 'ok',
    errors: [],
    metrics: {},
    durationSeconds: 1,
    cellDurations: {},
    notebookPath: `${id}.ipynb`,
    ...patch
  };
}

export const STUDY: Study = {
  schemaVersion: 1,
  notebookPath: 'nb/study.ipynb',
  codeHash: 'abc',
  kernelspec: null,
  languageInfo: null,
  toggles: [],
  metrics: TABLE.metrics,
  seeds: [],
  variants: [
    studyVariant('full'),
    studyVariant('no-STANDARDIZE', { reusedFrom: '2026-01-01T00-00-00Z' }),
    studyVariant('no-select_features', { status: 'error', errors: [`NameError: name 'X' is not defined ${EVIL}`] })
  ],
  packageVersions: {},
  startedAt: null,
  finishedAt: null
};
