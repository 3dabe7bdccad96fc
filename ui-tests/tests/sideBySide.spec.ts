/**
 * The side-by-side view in a real JupyterLab: "Open with Its Sources" lays a notebook out beside the
 * repo modules it imports (one split, cursor on the imported definition), a rerun reuses that split,
 * "Go to Definition" opens the name under the cursor there, and "What this notebook uses" opens data
 * files in the CSV viewer and flags the missing one.
 */
import { IJupyterLabPageFixture, expect, test } from '@jupyterlab/galata';
import type { Page } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, demoCopy, runCommand, failOnNativeDialogs } from './helpers';

const FIXTURE = path.join(REPO_ROOT, 'ui-tests', 'fixtures', 'binder-example');
const ARTEFACTS = path.resolve(__dirname, '..', 'artefacts');
const USES = '#repro-audit-uses';

interface Opened {
  notebook: string;
  opened: { path: string; line?: number; name?: string }[];
  missing: string[];
  thirdParty: string[];
}

/** The 1-based line of the first line starting with `prefix` in a fixture file. */
function lineOf(file: string, prefix: string): number {
  return fs.readFileSync(file, 'utf-8').split('\n').findIndex(l => l.startsWith(prefix)) + 1;
}

/** Path and cursor of the current main-area widget, and how the main area is split. */
async function layout(page: Page) {
  return page.evaluate(async () => {
    const app = (window as any).jupyterapp;
    const widget = app.shell.currentWidget;
    await widget.context.ready;
    const main = [...app.shell.widgets('main')];
    return {
      path: widget.context.path as string,
      cursor: widget.content.editor?.getCursorPosition() as { line: number; column: number } | undefined,
      tabBars: document.querySelectorAll('#jp-main-dock-panel .lm-DockPanel-tabBar').length,
      mainPaths: main.map((w: any) => w.context?.path ?? w.id) as string[]
    };
  });
}

/** The labels of the tabs in the tab bar that holds a tab titled `title`. */
async function tabsBeside(page: Page, title: string): Promise<string[]> {
  const bar = page.locator('#jp-main-dock-panel .lm-DockPanel-tabBar', { has: page.locator(`.lm-TabBar-tab:has-text("${title}")`) });
  await expect(bar).toHaveCount(1);
  return bar.locator('.lm-TabBar-tabLabel').allInnerTexts();
}

async function openNotebook(page: IJupyterLabPageFixture, notebook: string): Promise<void> {
  expect(await page.notebook.openByPath(notebook)).toBe(true);
  await page.notebook.activate(path.basename(notebook));
}

failOnNativeDialogs();

test.describe('side by side', () => {
  test('lays the Binder-shaped example out beside its sources, and reruns into the same split', async ({ page, tmpPath }) => {
    await page.contents.uploadDirectory(FIXTURE, `${tmpPath}/bikes`);
    const root = `${tmpPath}/bikes`;
    await openNotebook(page, `${root}/experiments/forecast.ipynb`);

    const result = (await runCommand(page, 'repro-audit:open-with-sources')) as Opened;
    const featuresLine = lineOf(path.join(FIXTURE, 'bikeshare', 'features.py'), 'def add_time_features');
    const modelLine = lineOf(path.join(FIXTURE, 'bikeshare', 'model.py'), 'class RidershipModel');
    expect(result.opened).toEqual([
      { path: `${root}/bikeshare/features.py`, line: featuresLine, name: 'add_time_features' },
      { path: `${root}/bikeshare/model.py`, line: modelLine, name: 'RidershipModel' }
    ]);
    expect(result.missing).toEqual(['data/weather.csv']);
    expect(result.thirdParty).toEqual(['pandas']);

    // The first module is active, its cursor on the imported function's name; both sit in one tab bar
    // to the right of the notebook's.
    const first = await layout(page);
    expect(first.path).toBe(`${root}/bikeshare/features.py`);
    expect(first.cursor).toEqual({ line: featuresLine - 1, column: 'def '.length });
    expect(first.tabBars).toBe(2);
    expect(await tabsBeside(page, 'features.py')).toEqual(['features.py', 'model.py']);
    const notebookTabs = await tabsBeside(page, 'forecast.ipynb');
    expect(notebookTabs).toContain('forecast.ipynb');
    expect(notebookTabs).not.toContain('features.py');
    const notebookBox = await page.locator('.jp-NotebookPanel').first().boundingBox();
    const editorBox = await page.locator('.jp-FileEditor:visible').first().boundingBox();
    expect(editorBox!.x).toBeGreaterThan(notebookBox!.x + notebookBox!.width / 2);

    // The model file has its cursor on the class line as well.
    await page.locator('.lm-TabBar-tab:has-text("model.py")').click();
    const model = await layout(page);
    expect(model.cursor).toEqual({ line: modelLine - 1, column: 'class '.length });

    // Again, from the notebook: the same split, the same three documents, no new tab bar.
    await page.locator('.lm-TabBar-tab:has-text("forecast.ipynb")').click();
    await runCommand(page, 'repro-audit:open-with-sources');
    const again = await layout(page);
    expect(again.tabBars).toBe(2);
    expect(again.mainPaths.filter(p => p.startsWith(root)).sort()).toEqual(
      [`${root}/bikeshare/features.py`, `${root}/bikeshare/model.py`, `${root}/experiments/forecast.ipynb`].sort()
    );
    expect(again.path).toBe(`${root}/bikeshare/features.py`);
    expect(again.cursor?.line).toBe(featuresLine - 1);

    // Go to Definition, with the cursor on `RidershipModel` in the last code cell.
    await page.locator('.lm-TabBar-tab:has-text("forecast.ipynb")').click();
    await page.evaluate(() => {
      const panel = (window as any).jupyterapp.shell.currentWidget;
      panel.content.activeCellIndex = 3;
      panel.content.activeCell.editor.setCursorPosition({ line: 0, column: 'model = Ridership'.length });
    });
    const definition = (await runCommand(page, 'repro-audit:go-to-definition')) as { name: string; path: string; line: number };
    expect(definition).toEqual({ name: 'RidershipModel', path: `${root}/bikeshare/model.py`, line: modelLine });
    const atDefinition = await layout(page);
    expect(atDefinition.path).toBe(`${root}/bikeshare/model.py`);
    expect(atDefinition.cursor?.line).toBe(modelLine - 1);
    expect(atDefinition.tabBars).toBe(2);

    // What this notebook uses: the CSV opens in the CSV viewer, beside the sources; the missing file is flagged.
    await page.locator('.lm-TabBar-tab:has-text("forecast.ipynb")').click();
    await page.sidebar.openTab('repro-audit-uses');
    const view = page.locator(USES);
    await expect(view.locator('.jp-ReproAudit-usesNotebook')).toHaveText(`${root}/experiments/forecast.ipynb`);
    await expect(view.locator('[data-section="modules"] .jp-ReproAudit-usesModule')).toHaveCount(2);
    await expect(view.locator('[data-section="third-party"]')).toContainText('pandas');
    const missing = view.locator('[data-section="data"] [data-path="data/weather.csv"]');
    await expect(missing).toHaveAttribute('data-exists', 'false');
    await expect(missing).toContainText('missing: not in the repo');
    await expect(view.locator('.jp-ReproAudit-usesWarning')).toContainText('1 file the notebook reads is not in the repository');

    await page.sidebar.setWidth(360);
    await page.setViewportSize({ width: 1500, height: 850 });
    fs.mkdirSync(ARTEFACTS, { recursive: true });
    const shot = path.join(ARTEFACTS, 'side-by-side.png');
    await page.screenshot({ path: shot });
    // An artefact only: `npm run screenshots` copies it into docs/screenshots, a test never writes there.
    expect(fs.statSync(shot).size).toBeGreaterThan(10000);

    await view.locator('[data-section="data"] [data-path="data/rides.csv"] .jp-ReproAudit-usesLink').click();
    await expect(page.locator('.jp-CSVViewer')).toBeVisible();
    await expect(page.locator('.lm-TabBar-tab.lm-mod-current:has-text("rides.csv")')).toBeVisible();
    expect(await tabsBeside(page, 'rides.csv')).toContain('features.py');
    expect((await layout(page)).tabBars).toBe(2);
  });

  test('opens the demo notebook beside demo_pkg, imported through sys.path.insert(0, str(Path.cwd().parent))', async ({ page, tmpPath }) => {
    const demo = demoCopy();
    try {
      await page.contents.uploadDirectory(demo, `${tmpPath}/demo`);
    } finally {
      fs.rmSync(demo, { recursive: true, force: true });
    }
    await openNotebook(page, `${tmpPath}/demo/notebooks/train.ipynb`);
    // The notebook toolbar's button runs the command.
    const button = page.locator('.jp-NotebookPanel-toolbar [data-jp-item-name="repro-audit-open-with-sources"]');
    await expect(button).toBeVisible();
    await button.locator('button').click();
    await expect(page.locator('.lm-TabBar-tab:has-text("features.py")')).toBeVisible();
    const line = lineOf(path.join(REPO_ROOT, 'examples', 'demo', 'demo_pkg', 'features.py'), 'def standardize');
    await expect.poll(async () => (await layout(page)).cursor).toEqual({ line: line - 1, column: 'def '.length });
    const shown = await layout(page);
    expect(shown.path).toBe(`${tmpPath}/demo/demo_pkg/features.py`);
    expect(shown.tabBars).toBe(2);
    // Through the palette's command as well, with what it opened and found.
    await page.locator('.lm-TabBar-tab:has-text("train.ipynb")').click();
    const result = (await runCommand(page, 'repro-audit:open-with-sources')) as Opened;
    expect(result.opened).toEqual([{ path: `${tmpPath}/demo/demo_pkg/features.py`, line, name: 'standardize' }]);
    expect(result.missing).toEqual([]);
    expect((await layout(page)).tabBars).toBe(2);
  });
});
