/**
 * Data leakage in a real JupyterLab with a real kernel (issue 15): a notebook that fits a scaler on every row
 * before train_test_split shows its leakage finding at the cell, as the CLI reports it; Fix previews the change
 * as a diff, Apply edits the open notebook, Save re-audits and the leakage item passes; the fixed notebook then
 * runs top to bottom in an ipykernel without an error.
 */
import { expect, test } from '@jupyterlab/galata';
import type { Page } from '@playwright/test';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT, auditFolder, checkItem, cliReport, expandCheck, failOnNativeDialogs, findingsOf, openPanel } from './helpers';

const FIXTURE = path.join(REPO_ROOT, 'ui-tests', 'fixtures', 'leakage', 'scaled_before_split.ipynb');
const NAME = 'scaled_before_split.ipynb';

/** Outputs of the open notebook's cells, from its model: the error ones, and all stream text. */
async function outputsOf(page: Page): Promise<{ errors: string[]; text: string }> {
  return page.evaluate(() => {
    const widget = (window as any).jupyterapp.shell.currentWidget;
    const outputs = widget.content.model.sharedModel.cells.flatMap((c: any) => (c.cell_type === 'code' ? c.getOutputs() : []));
    return {
      errors: outputs.filter((o: any) => o.output_type === 'error').map((o: any) => `${o.ename}: ${o.evalue}`),
      text: outputs.map((o: any) => (o.output_type === 'stream' ? [].concat(o.text).join('') : '')).join('')
    };
  });
}

test.describe('data leakage', () => {
  failOnNativeDialogs();

  test('a scaler fit before the split: the finding at its cell, Fix, Apply, the item passes, the notebook runs', async ({ page, tmpPath }) => {
    test.setTimeout(240000);
    // The CLI on a copy on disk: the panel must say the same.
    const local = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-leakage-'));
    fs.copyFileSync(FIXTURE, path.join(local, NAME));
    const cli = cliReport(local).checks.find(c => c.id === 'leakage')!;
    fs.rmSync(local, { recursive: true, force: true });
    expect(cli.status).toBe('fail');
    // The leak, and the baseline advice (info) at the cell that scores the model.
    expect(cli.findings.map(f => [f.code, f.cell, f.line])).toEqual([
      ['leakage.preprocessing', 2, 2],
      ['leakage.no-baseline', 4, 2]
    ]);

    const folder = `${tmpPath}/leaky`;
    await page.contents.createDirectory(folder);
    await page.contents.uploadFile(FIXTURE, `${folder}/${NAME}`);
    expect(await page.notebook.openByPath(`${folder}/${NAME}`)).toBe(true);
    await page.notebook.activate(NAME);

    await openPanel(page);
    await auditFolder(page, folder);
    await expect(checkItem(page, 'leakage')).toHaveClass(/jp-ReproAudit-check-fail/);
    await expandCheck(page, 'leakage');
    const leak = `[data-code="leakage.preprocessing"]`;
    const finding = findingsOf(page, 'leakage', NAME).and(page.locator(leak));
    await expect(finding.locator('.jp-ReproAudit-evidence').first()).toHaveText(`${NAME}, cell 3, line 2`);
    await expect(finding.locator('.jp-ReproAudit-findingMessage')).toContainText(
      'StandardScaler is fit on every row of `X` (fit_transform) at cell 3, line 2; those rows reach `X_test` at cell 4, line 1'
    );

    // Fix -> a preview of the change as a diff -> Apply: the open notebook is edited through its model.
    await finding.locator('.jp-ReproAudit-fix').first().click();
    const preview = page.locator('.jp-Dialog .jp-ReproAudit-fixPreview');
    await expect(page.locator('.jp-Dialog')).toContainText('Fix data leakage in 1 file?');
    await expect(preview.locator('.jp-ReproAudit-diff')).toContainText('-X = StandardScaler().fit_transform(X)');
    await expect(preview.locator('.jp-ReproAudit-diff')).toContainText('+X_train = standard_scaler.fit_transform(X_train)');
    await expect(preview.locator('.jp-ReproAudit-diff')).toContainText('+X_test = standard_scaler.transform(X_test)');
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Apply' }).click();
    await expect(preview).toHaveCount(0);
    await page.notebook.save();
    await auditFolder(page, folder);
    await expect(checkItem(page, 'leakage')).toHaveClass(/jp-ReproAudit-check-pass/);
    await expect(findingsOf(page, 'leakage', NAME).and(page.locator(leak))).toHaveCount(0);

    // The fixed notebook still runs, top to bottom, in a real kernel.
    await page.notebook.activate(NAME);
    await page.notebook.run();
    const outputs = await outputsOf(page);
    expect(outputs.errors).toEqual([]);
    expect(outputs.text).toMatch(/accuracy: 0\.9\d\d/);
  });
});
