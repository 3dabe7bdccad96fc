/**
 * @jest-environment @jupyterlab/testing/lib/jest-env.js
 */
/**
 * The study runner against a real Jupyter Server and real python3 kernels, on the demo's k-NN
 * ablation notebook (seeded, scikit-learn's bundled wine data).
 */
import { JupyterServer } from '@jupyterlab/testing';
import { ContentsManager, KernelManager, KernelSpecManager, ServerConnection, ServiceManager, SessionManager } from '@jupyterlab/services';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';
import { MissingKernelSpecError } from '../kernel/runner';
import { runAblationStudy } from './studyRunner';
import type { AblationRequest, AblationResult, VariantProgress } from './types';

// jsdom has neither, and the kernel's websocket messages need both.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });

process.env.PATH = `${process.cwd()}/.venv/bin:${process.env.PATH}`;
const PYTHON = `${process.cwd()}/.venv/bin/python`;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ablation-study-'));
const server = new JupyterServer();
let services: ServiceManager.IManager;
let kernels: KernelManager;
let sessions: SessionManager;

const notebookText = fs.readFileSync('examples/demo/notebooks/ablation.ipynb', 'utf8');
const request: AblationRequest = {
  notebookPath: 'demo/ablation.ipynb',
  notebookText,
  kernelName: 'python3',
  metrics: [
    { name: 'accuracy', direction: 'higher' },
    { name: 'macro_f1', direction: 'higher' }
  ],
  variables: ['accuracy', 'N_NEIGHBORS'],
  plan: {},
  concurrency: 1,
  cellTimeoutMs: 120000
};
/** Two variants only (full, no-STANDARDIZE), to keep the kernel runs few. */
const scalingOnly: AblationRequest = { ...request, excludedToggles: ['DISTANCE_WEIGHTS', 'select_features'], reuse: false };

type Json = Record<string, any>;
const onDisk = (serverPath: string): string => path.join(root, serverPath);
const readJson = (serverPath: string): Json => JSON.parse(fs.readFileSync(onDisk(serverPath), 'utf8'));
const round3 = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 1000) / 1000);
const accuracies = (result: AblationResult) => result.table.rows.map(r => round3(r.cells.accuracy.mean));

/** The run, every progress array it reported, and how many sessions it started. */
async function study(req: AblationRequest, signal?: AbortSignal, onProgress?: (p: VariantProgress[]) => void) {
  const progress: VariantProgress[][] = [];
  const startNew = jest.spyOn(services.sessions, 'startNew');
  try {
    const result = await runAblationStudy(services, req, { signal, onProgress: p => (progress.push(p), onProgress?.(p)) });
    return { result, progress, sessionsStarted: startNew.mock.calls.length };
  } finally {
    startNew.mockRestore();
  }
}

beforeAll(async () => {
  await server.start({ configData: { ServerApp: { allow_root: true, root_dir: root } } });
  const serverSettings = ServerConnection.makeSettings();
  kernels = new KernelManager({ serverSettings });
  sessions = new SessionManager({ serverSettings, kernelManager: kernels });
  services = {
    serverSettings,
    contents: new ContentsManager({ serverSettings }),
    kernels,
    kernelspecs: new KernelSpecManager({ serverSettings }),
    sessions
  } as unknown as ServiceManager.IManager;
  await services.contents.save('demo', { type: 'directory' });
  await services.contents.save('demo/ablation.ipynb', { type: 'notebook', format: 'json', content: JSON.parse(notebookText) });
}, 60000);

afterAll(async () => {
  sessions.dispose();
  await server.shutdown();
  fs.rmSync(root, { recursive: true, force: true });
}, 30000);

let first: AblationResult;

describe('runAblationStudy', () => {
  it('runs the full model and each toggle off, and writes study.json and papermill-style executed copies', async () => {
    const { result, progress, sessionsStarted } = await study(request);
    first = result;
    expect(sessionsStarted).toBe(4);
    expect(result.table.rows.map(r => r.variantId)).toEqual(['full', 'no-STANDARDIZE', 'no-DISTANCE_WEIGHTS', 'no-select_features']);
    expect(accuracies(result)).toEqual([0.963, 0.722, 0.963, 0.963]);
    const noScale = result.table.rows[1].cells.accuracy;
    expect(noScale.mean!).toBeLessThan(result.table.rows[0].cells.accuracy.mean!);
    expect(noScale.better).toBe(false);
    expect(result.notes).toEqual([]);
    expect(result.folder).toMatch(/^demo\/ablations\/ablation\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    expect(result.studyPath).toBe(`${result.folder}/study.json`);

    // Progress: all queued first, the first variant through its cells, all ok at the end.
    expect(progress[0].map(p => p.state)).toEqual(['queued', 'queued', 'queued', 'queued']);
    const running = progress.map(p => p[0]).filter(p => p.state === 'running');
    expect(running.map(p => p.cell)).toEqual([0, 0, 1, 2, 3, 4, 5, 6, 7]);
    expect(running[0].total).toBe(7);
    const last = progress[progress.length - 1];
    expect(last.map(p => p.state)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(last[1].metrics!.accuracy).toBe(result.study.variants[1].metrics.accuracy);
    expect(last.every(p => p.durationSeconds! > 0)).toBe(true);

    // study.json as written, with the schema's fields.
    const stored = readJson(result.studyPath);
    expect(stored).toEqual(JSON.parse(JSON.stringify(result.study)));
    expect(stored.schemaVersion).toBe(1);
    expect(stored.notebookPath).toBe('demo/ablation.ipynb');
    expect(stored.codeHash).toMatch(/\S/);
    expect(stored.kernelspec.name).toBe('python3');
    expect(stored.languageInfo.name).toBe('python');
    expect(stored.toggles.map((t: Json) => t.name)).toEqual(['STANDARDIZE', 'DISTANCE_WEIGHTS', 'select_features']);
    expect(stored.variants.map((v: Json) => [v.id, v.status, v.overrides, v.skippedCells, v.errors, v.notebookPath])).toEqual([
      ['full', 'ok', {}, [], [], 'full.ipynb'],
      ['no-STANDARDIZE', 'ok', { STANDARDIZE: false }, [], [], 'no-STANDARDIZE.ipynb'],
      ['no-DISTANCE_WEIGHTS', 'ok', { DISTANCE_WEIGHTS: false }, [], [], 'no-DISTANCE_WEIGHTS.ipynb'],
      ['no-select_features', 'ok', {}, [5], [], 'no-select_features.ipynb']
    ]);
    // Cells of the executed copy: 7 code cells run, the injected one at index 3.
    expect(Object.keys(stored.variants[0].cellDurations).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    // IPython: the glue helper imports it.
    expect(Object.keys(stored.packageVersions).sort()).toEqual(['ipython', 'python', 'scikit-learn']);
    expect(stored.packageVersions.python).toMatch(/^3\.\d+\.\d+$/);
    expect(Date.parse(stored.finishedAt)).toBeGreaterThan(Date.parse(stored.startedAt));
    // The variables read after the last cell: N_NEIGHBORS is never glued; accuracy matches its glued value.
    expect(stored.variants.map((v: Json) => v.metrics.N_NEIGHBORS)).toEqual([5, 5, 5, 5]);

    // The executed copy: injected-parameters right after parameters, papermill metadata, outputs.
    const copy = readJson(`${result.folder}/no-STANDARDIZE.ipynb`);
    const tags = copy.cells.map((c: Json) => c.metadata.tags ?? []);
    const parametersAt = tags.findIndex((t: string[]) => t.includes('parameters'));
    expect(tags[parametersAt + 1]).toEqual(['injected-parameters']);
    expect(copy.cells[parametersAt + 1].source).toEqual(['# Parameters\n', 'STANDARDIZE = False\n']);
    expect(copy.cells.map((c: Json) => c.metadata.papermill.status)).toEqual(Array(8).fill('completed'));
    expect(copy.cells.filter((c: Json) => c.cell_type === 'code').map((c: Json) => c.execution_count)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(copy.metadata.papermill).toMatchObject({
      input_path: 'demo/ablation.ipynb',
      output_path: `${result.folder}/no-STANDARDIZE.ipynb`,
      parameters: { STANDARDIZE: false },
      default_parameters: { STANDARDIZE: true, DISTANCE_WEIGHTS: true, SEED: 0, N_NEIGHBORS: 5 },
      exception: null
    });
    expect(copy.metadata.papermill.duration).toBeGreaterThan(0);
    const skipped = readJson(`${result.folder}/no-select_features.ipynb`);
    expect(skipped.cells[6].metadata.tags).toEqual(['ablation:select_features', 'ablation-skipped']);

    // papermill's reader, nbformat's validator and scrapbook all open it and see the glued scraps.
    const script = [
      'import json, sys, nbformat, papermill, scrapbook as sb',
      'nbformat.validate(nbformat.read(sys.argv[1], as_version=4))',
      'nb = papermill.iorw.load_notebook_node(sys.argv[1])',
      'print(json.dumps({"parameters": nb.metadata.papermill.parameters, "scraps": sb.read_notebook(sys.argv[1]).scraps.data_dict}))'
    ].join('\n');
    const read = JSON.parse(execFileSync(PYTHON, ['-c', script, onDisk(`${result.folder}/no-STANDARDIZE.ipynb`)], { encoding: 'utf8' }));
    expect(read.parameters).toEqual({ STANDARDIZE: false });
    expect(Object.keys(read.scraps).sort()).toEqual(['accuracy', 'macro_f1']);
    expect(round3(read.scraps.accuracy)).toBe(0.722);
    expect(stored.variants[1].metrics.accuracy).toBe(read.scraps.accuracy);
    expect(stored.variants[1].metrics.macro_f1).toBe(read.scraps.macro_f1);
  }, 300000);

  it('reuses every variant of the earlier run of the same code, starting no kernel', async () => {
    const { result, progress, sessionsStarted } = await study(request);
    expect(sessionsStarted).toBe(0);
    expect(result.folder).not.toBe(first.folder);
    const firstRun = first.folder.split('/').pop();
    expect(progress[progress.length - 1].map(p => p.state)).toEqual(['reused', 'reused', 'reused', 'reused']);
    expect(result.study.variants.map(v => [v.status, v.reusedFrom, v.durationSeconds, v.metrics])).toEqual(
      first.study.variants.map(v => ['ok', firstRun, v.durationSeconds, v.metrics])
    );
    expect(result.study.packageVersions).toEqual(first.study.packageVersions);
    expect(result.table).toEqual(first.table);
    expect(result.notes).toEqual([`Reused 4 of 4 variants from run ${firstRun} (same code, parameters and kernel).`]);
    for (const id of ['full', 'no-STANDARDIZE', 'no-DISTANCE_WEIGHTS', 'no-select_features']) {
      expect(readJson(`${result.folder}/${id}.ipynb`)).toEqual(readJson(`${first.folder}/${id}.ipynb`));
    }
    expect(readJson(result.studyPath).variants[0].reusedFrom).toBe(firstRun);
  }, 60000);

  it('runs two variants at once with the same metrics', async () => {
    let mostRunning = 0;
    const { result, sessionsStarted } = await study({ ...scalingOnly, concurrency: 2 }, undefined, p => {
      mostRunning = Math.max(mostRunning, p.filter(v => v.state === 'running').length);
    });
    expect(sessionsStarted).toBe(2);
    expect(mostRunning).toBe(2);
    expect(result.table.rows.map(r => r.variantId)).toEqual(['full', 'no-STANDARDIZE']);
    expect(result.study.variants.map(v => v.metrics)).toEqual(first.study.variants.slice(0, 2).map(v => v.metrics));
    expect(result.study.variants.every(v => v.reusedFrom === undefined)).toBe(true);
  }, 300000);

  it('cancels mid-run: resolves with cancelled variants, records them, and leaves no kernel running', async () => {
    const controller = new AbortController();
    const { result, sessionsStarted } = await study(scalingOnly, controller.signal, p => {
      if (p[0].state === 'running' && p[0].cell === 2) {
        controller.abort();
      }
    });
    expect(sessionsStarted).toBe(1);
    expect(result.study.variants.map(v => [v.id, v.status, v.errors])).toEqual([
      ['full', 'cancelled', ['Cancelled.']],
      ['no-STANDARDIZE', 'cancelled', ['Cancelled before it started.']]
    ]);
    expect(readJson(result.studyPath).variants.map((v: Json) => v.status)).toEqual(['cancelled', 'cancelled']);
    expect(result.table.rows.map(r => [r.variantId, r.okRuns, r.cells.accuracy.mean])).toEqual([
      ['full', 0, undefined],
      ['no-STANDARDIZE', 0, undefined]
    ]);
    // The started variant's partial copy: cells after the interrupted one still pending.
    const copy = readJson(`${result.folder}/full.ipynb`);
    expect(copy.cells.map((c: Json) => c.metadata.papermill.status).slice(-2)).toEqual(['pending', 'pending']);
    expect(fs.existsSync(onDisk(`${result.folder}/no-STANDARDIZE.ipynb`))).toBe(false);
    await kernels.refreshRunning();
    expect([...kernels.running()]).toEqual([]);
    await sessions.refreshRunning();
    expect([...sessions.running()]).toEqual([]);
  }, 120000);

  it('rejects before running or writing anything for a missing kernel or an unreadable notebook', async () => {
    const before = fs.readdirSync(onDisk('demo/ablations/ablation')).sort();
    await expect(runAblationStudy(services, { ...request, kernelName: 'no-such-kernel' })).rejects.toBeInstanceOf(MissingKernelSpecError);
    await expect(runAblationStudy(services, { ...request, notebookText: '{not json' })).rejects.toThrow(/could not be read/);
    expect(fs.readdirSync(onDisk('demo/ablations/ablation')).sort()).toEqual(before);
  }, 60000);
});
