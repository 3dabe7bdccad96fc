/**
 * Pin Dependencies on a repo whose dependencies live in pyproject.toml writes nothing: its result is
 * a report (the pins, the lock command), shown whole in a dialog with Copy, never cut off in a
 * one-line notification.
 */
import { expect, test } from '@jupyterlab/galata';
import { auditFolder, failOnNativeDialogs, openPanel, runCommand, runningKernels } from './helpers';

failOnNativeDialogs();

test('pins for a pyproject.toml repo are a readable report with a Copy button', async ({ page, tmpPath }) => {
  test.setTimeout(120000);
  const repo = `${tmpPath}/project`;
  await page.contents.uploadContent('[project]\nname = "demo"\nversion = "0.1"\ndependencies = [\n  "numpy>=1",\n]\n', 'text', `${repo}/pyproject.toml`);
  await page.contents.uploadContent('import numpy as np\n\nprint(np.zeros(3))\n', 'text', `${repo}/train.py`);
  await openPanel(page);
  await auditFolder(page, repo);

  void runCommand(page, 'repro-audit:pin-dependencies');
  const report = page.locator('.jp-Dialog .jp-ReproAudit-reportPreview');
  // The probe starts a fresh kernel first.
  await expect(report).toBeVisible({ timeout: 60000 });
  await expect(page.locator('.jp-Dialog .jp-Dialog-header')).toHaveText(`Pins for ${repo}/pyproject.toml`);
  const text = report.locator('.jp-ReproAudit-reportText');
  await expect(text).toContainText('pyproject.toml declares the dependencies and is not edited.');
  await expect(text).toContainText(/Pins for what the code imports:\n {2}numpy==\d+\.\d+(\.\d+)? \(import numpy; pyproject\.toml line 5 says ">=1"\)/);
  await expect(text).toContainText('`uv lock`');
  await report.getByRole('button', { name: 'Copy' }).click();
  await expect(report.getByRole('button', { name: 'Copied' })).toBeVisible();
  await page.locator('.jp-Dialog').getByRole('button', { name: 'Close' }).click();
  await expect(report).toHaveCount(0);
  // No notification carries the report cut off.
  await expect(page.locator('.Toastify__toast').filter({ hasText: 'Pins for what the code imports' })).toHaveCount(0);
  await expect.poll(() => runningKernels(page), { timeout: 30000 }).toEqual([]);
});
