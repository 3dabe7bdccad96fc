/**
 * Ablation benchmark (not a test of speed: it never fails on time): the same N parameterizations of
 * the demo's k-NN notebook (examples/demo/notebooks/ablation.ipynb), run by our Ablation Study panel
 * at concurrency 1 (each variant in a fresh kernel, executed copies + study.json written) and by
 * `papermill` executing them one after the other (bench/papermill_variants.py). Runs alternate, each
 * of ours on a fresh copy of the notebook so that nothing is reused. Run through bench/ablation.sh.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const NOTEBOOK = path.join(REPO_ROOT, 'examples', 'demo', 'notebooks', 'ablation.ipynb');
const VENV_PYTHON = path.join(REPO_ROOT, '.venv', 'bin', 'python');
const RUNS = Math.max(1, Number(process.env.REPRO_AUDIT_BENCH_RUNS || 3));
const SEEDS = (process.env.REPRO_AUDIT_BENCH_SEEDS || '0, 1').split(',').map(s => Number(s.trim()));
const OUT = process.env.REPRO_AUDIT_BENCH_OUT || '';
const PANEL = '.jp-ReproAudit-ablation';

/** The variants both sides run: the full model and each parameter toggle off, for every seed. */
const PARAMETER_SETS = [{}, { STANDARDIZE: false }, { DISTANCE_WEIGHTS: false }].flatMap(overrides =>
  SEEDS.map(SEED => ({ ...overrides, SEED }))
);

interface Figures {
  oursSeconds: number;
  /** From study.json: first variant start to last variant end, as the runner records it. */
  oursStudySeconds: number;
  papermillSeconds: number;
}
const results: Figures[] = [];

async function openLab(page: Page): Promise<void> {
  await page.goto('/lab?reset');
  await page.waitForFunction(() => (window as any).jupyterapp?.commands?.hasCommand('repro-audit:ablation-study'));
  await page.evaluate(() => (window as any).jupyterapp.restored);
}

async function ours(page: Page, run: number): Promise<{ seconds: number; studySeconds: number }> {
  const folder = `ablation-bench-${Date.now()}-${run}`;
  const content = JSON.parse(fs.readFileSync(NOTEBOOK, 'utf-8'));
  expect((await page.request.put(`api/contents/${folder}`, { data: { type: 'directory' } })).ok()).toBe(true);
  expect((await page.request.put(`api/contents/${folder}/ablation.ipynb`, { data: { type: 'notebook', format: 'json', content } })).ok()).toBe(true);
  await page.evaluate(path => (window as any).jupyterapp.commands.execute('repro-audit:ablation-study', { path }), `${folder}/ablation.ipynb`);
  const panel = page.locator(PANEL);
  // papermill cannot skip a tagged cell: leave the component toggle out so both run the same variants.
  await panel.locator('.jp-ReproAudit-ablationToggle[data-toggle="select_features"] input[type="checkbox"]').uncheck();
  await panel.locator('.jp-ReproAudit-ablationSeeds input').fill(SEEDS.join(', '));
  await panel.locator('.jp-ReproAudit-ablationRun').click();
  const accept = page.locator('.jp-Dialog').getByRole('button', { name: `Run ${PARAMETER_SETS.length} Variants` });
  await expect(accept).toBeVisible();
  const started = Date.now();
  await accept.click();
  await expect(panel.locator('[data-phase="done"]')).toBeVisible({ timeout: 10 * 60 * 1000 });
  const seconds = (Date.now() - started) / 1000;
  const studies = await (await page.request.get(`api/contents/${folder}/ablations/ablation`)).json();
  const runFolder = studies.content[0].path as string;
  const study = JSON.parse((await (await page.request.get(`api/contents/${runFolder}/study.json?type=file&format=text`)).json()).content);
  expect(study.variants.every((v: { status: string }) => v.status === 'ok')).toBe(true);
  expect(study.variants).toHaveLength(PARAMETER_SETS.length);
  const studySeconds = (Date.parse(study.finishedAt) - Date.parse(study.startedAt)) / 1000;
  await page.request.delete(`api/contents/${folder}`).catch(() => undefined);
  return { seconds, studySeconds };
}

function papermill(): number {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-papermill-'));
  try {
    const printed = execFileSync(VENV_PYTHON, [path.join(REPO_ROOT, 'bench', 'papermill_variants.py'), NOTEBOOK, out, JSON.stringify(PARAMETER_SETS)], {
      encoding: 'utf-8',
      stdio: ['ignore', 'pipe', 'ignore']
    });
    return JSON.parse(printed.trim().split('\n').pop() as string).seconds;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

for (let run = 1; run <= RUNS; run++) {
  test(`${PARAMETER_SETS.length} variants, ours then papermill, run ${run} of ${RUNS}`, async ({ page }) => {
    await openLab(page);
    const mine = await ours(page, run);
    results.push({ oursSeconds: mine.seconds, oursStudySeconds: mine.studySeconds, papermillSeconds: papermill() });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test.afterAll(() => {
  if (!results.length) {
    return;
  }
  const rows = results.map(
    (r, i) => `| ${i + 1} | ${r.oursSeconds.toFixed(1)} s | ${r.oursStudySeconds.toFixed(1)} s | ${r.papermillSeconds.toFixed(1)} s | ${(r.oursSeconds / r.papermillSeconds).toFixed(2)}x |`
  );
  const ours = median(results.map(r => r.oursSeconds));
  const theirs = median(results.map(r => r.papermillSeconds));
  const table = [
    `${PARAMETER_SETS.length} variants of ablation.ipynb, concurrency 1`,
    '| run | ours (Run click -> table) | ours (study.json span) | papermill, in sequence | ours / papermill |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    `| median | ${ours.toFixed(1)} s | ${median(results.map(r => r.oursStudySeconds)).toFixed(1)} s | ${theirs.toFixed(1)} s | ${(ours / theirs).toFixed(2)}x |`
  ].join('\n');
  console.log(`\n${table}\n`);
  if (OUT) {
    fs.writeFileSync(OUT, JSON.stringify({ variants: PARAMETER_SETS, runs: results }, null, 2));
  }
});
