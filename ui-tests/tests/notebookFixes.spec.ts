/**
 * Notebook checks and their fixes (issue 14, item 5): a Python 2 notebook, a use-before-define notebook, a
 * late-import notebook and an absolute-path notebook each show their finding in the panel; the notebooks
 * item's button moves the late import up and makes the path relative (preview, then Apply) in the two
 * open notebooks, their findings are gone on the next audit, and one Undo in each notebook restores it.
 */
import { expect, test } from '@jupyterlab/galata';
import type { Page } from '@playwright/test';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { auditFolder, checkItem, cliReport, expandCheck, failOnNativeDialogs, findingsOf, openPanel } from './helpers';

const PREVIEW = '.jp-Dialog .jp-ReproAudit-fixPreview';
const LATE = 'analysis/late.ipynb';
const PATHS = 'analysis/paths.ipynb';

/** A notebook as Jupyter writes it, never run. */
function notebook(kernel: 'python2' | 'python3', cells: string[]): string {
  const lines = (s: string) => s.split(/(?<=\n)/);
  const nb = {
    cells: cells.map((source, i) => ({ cell_type: 'code', execution_count: null, id: `cell-${i}`, metadata: {}, outputs: [], source: lines(source) })),
    metadata: { kernelspec: { display_name: kernel === 'python2' ? 'Python 2' : 'Python 3', language: 'python', name: kernel } },
    nbformat: 4,
    nbformat_minor: 5
  };
  return JSON.stringify(nb, null, 1) + '\n';
}

/** A field-trials repo: two legacy notebooks that cannot run, two analysis notebooks the fixes can mend. */
function fieldTrialsRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-nbfixes-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write('requirements.txt', 'pandas==2.2.2\nnumpy==1.26.4\n');
  write('data/plots.csv', 'plot,score\n1,3.5\n2,4.0\n');
  write('legacy/lesson_py2.ipynb', notebook('python3', ['import pandas as pd', 'df = pd.DataFrame({"a": [1, 2]})\nprint "rows:", len(df)']));
  write('legacy/exercise.ipynb', notebook('python3', ['import pandas as pd', 'print(len(ratings))', 'ratings = pd.DataFrame({"r": [4, 5]})']));
  write(LATE, notebook('python3', ['import pandas as pd\ndf = pd.DataFrame({"score": [3.5, 4.0]})', 'import numpy as np\nprint(np.mean(df.score))']));
  write(PATHS, notebook('python3', ['import pandas as pd', 'df = pd.read_csv("/home/ana/field-trials/data/plots.csv")\nprint(df.score.mean())']));
  return dir;
}

/** The cells of the open notebook at a server path, from its model. */
async function cellSources(page: Page, serverPath: string): Promise<string[]> {
  return page.evaluate(p => {
    const found = [...(window as any).jupyterapp.shell.widgets('main')].find((w: any) => w.context?.path === p);
    return found?.content?.model ? found.content.model.sharedModel.cells.map((c: any) => c.getSource()) : [];
  }, serverPath);
}

/** Undo the notebook's last cell operation the way the notification names it: Z in command mode. */
async function undoInNotebook(page: any, name: string): Promise<void> {
  await page.notebook.activate(name);
  await page.locator('.jp-NotebookPanel:visible .jp-Cell').first().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('z');
}

test.describe('notebook checks and their fixes', () => {
  failOnNativeDialogs();

  test('four notebooks show their findings; imports and paths fixed from the panel turn green; one Undo restores each', async ({ page, tmpPath }) => {
    test.setTimeout(180000);
    const local = fieldTrialsRepo();
    const repo = `${tmpPath}/field-trials`;
    await page.contents.uploadDirectory(local, repo);
    const cli = cliReport(local).checks.find(c => c.id === 'notebooks')!;
    expect(cli.findings.map(f => f.code).sort()).toEqual([
      'notebooks.absolute-path',
      'notebooks.late-import',
      'notebooks.never-run',
      'notebooks.python2-syntax',
      'notebooks.use-before-define'
    ]);

    await openPanel(page);
    await auditFolder(page, repo);
    await expandCheck(page, 'notebooks');
    const finding = (file: string, code: string) => findingsOf(page, 'notebooks', file).and(page.locator(`[data-code="${code}"]`));
    await expect(finding('legacy/lesson_py2.ipynb', 'notebooks.python2-syntax')).toContainText('Python 2 (print statement)');
    await expect(finding('legacy/exercise.ipynb', 'notebooks.use-before-define')).toContainText('"ratings" is read in cell 2 but first defined in cell 3');
    await expect(finding(LATE, 'notebooks.late-import')).toContainText('"numpy" is imported after other code');
    await expect(finding(PATHS, 'notebooks.absolute-path')).toContainText('/home/ana/field-trials/data/plots.csv');
    await expect(finding(LATE, 'notebooks.late-import').locator('.jp-ReproAudit-fix')).toHaveCount(1);

    // Open both, so the fix goes through their models: one undo step each.
    const before: Record<string, string[]> = {};
    for (const file of [LATE, PATHS]) {
      await page.evaluate(async p => void (await (window as any).jupyterapp.commands.execute('docmanager:open', { path: p })), `${repo}/${file}`);
      await expect.poll(() => cellSources(page, `${repo}/${file}`), { timeout: 20000 }).toHaveLength(2);
      before[file] = await cellSources(page, `${repo}/${file}`);
    }

    const fixAll = checkItem(page, 'notebooks').locator('.jp-ReproAudit-fixAll');
    await expect(fixAll).toHaveText('Fix Imports and Paths in 2 Notebooks');
    await fixAll.click();
    const preview = page.locator(PREVIEW);
    await expect(preview).toBeVisible({ timeout: 60000 });
    await expect(preview.locator(`[data-path="${repo}/${LATE}"] .jp-ReproAudit-diff`)).toContainText('+import numpy as np');
    await expect(preview.locator(`[data-path="${repo}/${PATHS}"] .jp-ReproAudit-diff`)).toContainText('pathlib.Path("../data/plots.csv")');
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Apply' }).click();
    await expect(preview).toHaveCount(0);

    await expect.poll(() => cellSources(page, `${repo}/${LATE}`), { timeout: 20000 }).toEqual([
      'import pandas as pd\nimport numpy as np\ndf = pd.DataFrame({"score": [3.5, 4.0]})',
      'print(np.mean(df.score))'
    ]);
    await expect.poll(() => cellSources(page, `${repo}/${PATHS}`)).toEqual([
      'import pandas as pd\nimport pathlib',
      'df = pd.read_csv(pathlib.Path("../data/plots.csv"))\nprint(df.score.mean())'
    ]);
    for (const name of ['late.ipynb', 'paths.ipynb']) {
      await page.notebook.activate(name);
      await page.notebook.save();
    }

    // The whole repo: the two fixed notebooks have no finding left but the never-run note; the legacy ones keep theirs.
    await auditFolder(page, repo);
    await expandCheck(page, 'notebooks');
    for (const file of [LATE, PATHS]) {
      await expect(findingsOf(page, 'notebooks', file).locator('.jp-ReproAudit-status-warn, .jp-ReproAudit-status-fail')).toHaveCount(0);
    }
    await expect(finding('legacy/lesson_py2.ipynb', 'notebooks.python2-syntax')).toHaveCount(1);
    // The fixed notebooks alone: the notebooks item is green.
    await auditFolder(page, `${repo}/analysis`);
    await expect(checkItem(page, 'notebooks')).toHaveClass(/jp-ReproAudit-check-pass/);

    // One undo step per notebook restores it exactly.
    await undoInNotebook(page, 'late.ipynb');
    await expect.poll(() => cellSources(page, `${repo}/${LATE}`)).toEqual(before[LATE]);
    await undoInNotebook(page, 'paths.ipynb');
    await expect.poll(() => cellSources(page, `${repo}/${PATHS}`)).toEqual(before[PATHS]);
    fs.rmSync(local, { recursive: true, force: true });
  });
});
