/**
 * First writes keep the browser console clean: exporting the report, writing the badge, a fix that creates
 * files and a first ablation study folder on a fresh copy of the demo ask whether a file exists through the
 * folders' listings, never with a request that answers 404 (logged in red by the browser).
 */
import { expect, test } from '@jupyterlab/galata';
import type { Page } from '@playwright/test';
import * as fs from 'fs';
import { PANEL, auditFolder, expandCheck, failOnNativeDialogs, onDisk, openPanel, runCommand, useDemoCopy } from './helpers';

/** Console errors and failed requests from now on. */
function watchErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', message => {
    if (message.type() === 'error') {
      seen.push(`console: ${message.text()}`);
    }
  });
  page.on('response', response => {
    if (response.status() >= 400) {
      seen.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  return seen;
}

test.describe('first writes', () => {
  const demoDir = useDemoCopy();
  failOnNativeDialogs();

  test('export, badge, a fix writing new files and a first study folder log no error', async ({ page, tmpPath }) => {
    test.setTimeout(180000);
    const repo = `${tmpPath}/demo`;
    await page.contents.uploadDirectory(demoDir(), repo);
    await openPanel(page);
    await auditFolder(page, repo);
    const errors = watchErrors(page);

    await runCommand(page, 'repro-audit:export-report');
    await expect.poll(() => fs.existsSync(onDisk(`${repo}/repro-audit-report.json`))).toBe(true);
    await runCommand(page, 'repro-audit:copy-badge');
    await expect.poll(() => fs.existsSync(onDisk(`${repo}/repro-audit-badge.svg`))).toBe(true);

    // The hardware fix writes HARDWARE.md and hardware.json, neither there yet.
    await expandCheck(page, 'hardware');
    await page.locator(`${PANEL} [data-check-id="hardware"] .jp-ReproAudit-fixAll`).click();
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Skip Timing' }).click({ timeout: 60000 });
    await expect(page.locator('.jp-Dialog .jp-ReproAudit-fixPreview')).toBeVisible({ timeout: 60000 });
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => fs.existsSync(onDisk(`${repo}/HARDWARE.md`)), { timeout: 15000 }).toBe(true);

    // The ablation panel looks for stored studies and makes its folder on the first run: no study yet.
    await runCommand(page, 'repro-audit:ablation-study', { path: `${repo}/notebooks/ablation.ipynb` });
    await expect(page.locator('.jp-ReproAudit-ablation .jp-ReproAudit-ablationRun')).toBeVisible({ timeout: 30000 });
    await expect(page.locator('.jp-ReproAudit-ablation .jp-ReproAudit-ablationToggle')).toHaveCount(3);

    await expect(page.locator(`${PANEL} .jp-ReproAudit-progress`)).toHaveCount(0, { timeout: 30000 });
    expect(errors).toEqual([]);
  });
});
