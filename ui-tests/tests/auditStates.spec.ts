/**
 * What the panel shows when there is no repo to score: a folder that does not exist is an error
 * naming it (the CLI exits 2), an empty folder says there is nothing to audit. Neither gets a grade.
 */
import { IJupyterLabPageFixture, expect, test } from '@jupyterlab/galata';
import { PANEL, failOnNativeDialogs, openPanel, runCommand } from './helpers';

failOnNativeDialogs();

/** Opening the panel audits the server root, which holds nothing but this test's folders: wait for it to end. */
async function openPanelAndWait(page: IJupyterLabPageFixture): Promise<void> {
  await openPanel(page);
  await expect(page.locator(`${PANEL} .jp-ReproAudit-report`)).toBeVisible({ timeout: 30000 });
  await expect(page.locator(`${PANEL} .jp-ReproAudit-progress`)).toHaveCount(0, { timeout: 30000 });
}

test('a folder that does not exist is an error naming it, not a failing grade', async ({ page, tmpPath }) => {
  await openPanelAndWait(page);
  await runCommand(page, 'repro-audit:audit-selected-folder', { path: `${tmpPath}/no-such-folder` });
  const error = page.locator(`${PANEL} .jp-ReproAudit-error`);
  await expect(error).toContainText(`The audit of /${tmpPath}/no-such-folder failed.`);
  await expect(error.locator('.jp-ReproAudit-errorMessage')).toContainText(`The folder ${tmpPath}/no-such-folder cannot be read`);
  // No report of the missing folder: whatever stays on screen is the earlier audit, not a 0/100 for this one.
  await expect(page.locator(`${PANEL} .jp-ReproAudit-folderPath`)).not.toHaveText(`/${tmpPath}/no-such-folder`);
});

test('an empty folder says there is nothing to audit, with no score', async ({ page, tmpPath }) => {
  await page.contents.createDirectory(`${tmpPath}/empty`);
  await openPanelAndWait(page);
  await runCommand(page, 'repro-audit:audit-selected-folder', { path: `${tmpPath}/empty` });
  const nothing = page.locator(`${PANEL} .jp-ReproAudit-nothingToAudit`);
  await expect(nothing).toContainText('Nothing to audit.');
  await expect(nothing).toContainText(`/${tmpPath}/empty holds no files`);
  await expect(page.locator(`${PANEL} .jp-ReproAudit-folderPath`)).toHaveText(`/${tmpPath}/empty`);
  await expect(page.locator(`${PANEL} .jp-ReproAudit-score`)).toHaveCount(0);
  await expect(page.locator(`${PANEL} .jp-ReproAudit-check`)).toHaveCount(0);
});
