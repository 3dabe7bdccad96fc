/**
 * Will each notebook run top to bottom (issue 14, items 1-3): a Python 2 notebook and a notebook that reads a
 * name above the cell defining it each show their finding in the panel, at the cell and line, like the CLI.
 */
import { expect, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { auditFolder, cliReport, expandCheck, failOnNativeDialogs, findingsOf, openPanel } from './helpers';

function notebook(kernel: 'python2' | 'python3', cells: string[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: kernel, display_name: kernel === 'python2' ? 'Python 2' : 'Python 3', language: 'python' } },
    cells: cells.map(source => ({ cell_type: 'code', source, metadata: {}, outputs: [], execution_count: null }))
  });
}

/** A small course repo: a 2015 lesson in Python 2, and an exercise whose data cell was moved below its first use. */
function courseRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-course-'));
  fs.writeFileSync(path.join(dir, 'requirements.txt'), 'pandas==2.2.2\n');
  fs.writeFileSync(
    path.join(dir, 'lesson_py2.ipynb'),
    notebook('python3', ['import pandas as pd', 'df = pd.DataFrame({"a": [1, 2]})\nprint "rows:", len(df)'])
  );
  fs.writeFileSync(
    path.join(dir, 'exercise.ipynb'),
    notebook('python3', ['import pandas as pd', 'print(len(ratings))', 'ratings = pd.DataFrame({"r": [4, 5]})'])
  );
  return dir;
}

test.describe('notebooks that cannot run top to bottom', () => {
  failOnNativeDialogs();

  test('a Python 2 notebook and a use-before-define notebook show their findings at the cell', async ({ page, tmpPath }) => {
    test.setTimeout(120000);
    const local = courseRepo();
    const repo = `${tmpPath}/course`;
    await page.contents.uploadDirectory(local, repo);
    const cli = cliReport(local).checks.find(c => c.id === 'notebooks')!;
    expect(cli.findings.map(f => f.code).sort()).toEqual(['notebooks.never-run', 'notebooks.python2-syntax', 'notebooks.use-before-define']);

    await openPanel(page);
    await auditFolder(page, repo);
    await expandCheck(page, 'notebooks');
    const python2 = findingsOf(page, 'notebooks', 'lesson_py2.ipynb').filter({ hasText: 'Python 2' });
    await expect(python2.locator('.jp-ReproAudit-findingMessage')).toContainText('Cell 2, line 2 is Python 2 (print statement)');
    const late = findingsOf(page, 'notebooks', 'exercise.ipynb').filter({ hasText: 'ratings' });
    await expect(late.locator('.jp-ReproAudit-findingMessage')).toContainText('"ratings" is read in cell 2 but first defined in cell 3');
    await expect(late.locator('.jp-ReproAudit-evidence').first()).toHaveText('exercise.ipynb, cell 2, line 1');
    fs.rmSync(local, { recursive: true, force: true });
  });
});
