/**
 * Jupyter Notebook 7: the same plugin loads with its optional tokens missing, and the panel audits in
 * the left area of the tree and of a notebook page. Runs in the `notebook7` project only.
 */
import { expect, test } from '@playwright/test';
import * as fs from 'fs';
import { cliReport, demoCopy, watchDialogs } from './helpers';

for (const page of ['tree', 'notebooks/demo/notebooks/train.ipynb']) {
  test(`the panel audits in Notebook 7 (${page})`, async ({ page: browser, baseURL }) => {
    const dialogs = watchDialogs(browser);
    const demo = demoCopy();
    const expected = cliReport(demo).score;
    fs.rmSync(demo, { recursive: true, force: true });

    await browser.goto(`${baseURL}/${page}`);
    await browser.waitForFunction(() => (window as any).jupyterapp?.commands.hasCommand('repro-audit:audit'), null, {
      timeout: 30000
    });
    await browser.evaluate(() =>
      (window as any).jupyterapp.commands.execute('repro-audit:audit-selected-folder', { path: 'demo' })
    );
    const score = browser.locator('#repro-audit-panel .jp-ReproAudit-score');
    await expect(score).toBeVisible({ timeout: 30000 });
    await expect(score).toHaveAttribute('data-score', String(expected));
    expect(dialogs).toEqual([]);
  });
}
