/**
 * The whole seeds story in a real JupyterLab with real kernels: an unseeded RandomForest notebook
 * verifies "different" and the audit's seeds item says so; one click on Fix Seeds, Apply and Save,
 * and it verifies "same", which the seeds item shows too. No verification kernel is left running.
 */
import { expect, test } from '@jupyterlab/galata';
import type { Locator, Page } from '@playwright/test';
import * as path from 'path';
import { PANEL, REPO_ROOT, auditFolder, openPanel, watchDialogs, runningKernels } from './helpers';

const NOTEBOOK = path.join(REPO_ROOT, 'ui-tests', 'fixtures', 'verify', 'random_forest.ipynb');
const VERIFY_PANEL = '.jp-ReproVerify';

/** Clicks the notebook's Verify button, answers the one question, and waits for the verdict. */
async function verifyFromToolbar(page: Page, verdict: 'same' | 'different'): Promise<Locator> {
  const panelsBefore = await page.locator(VERIFY_PANEL).count();
  await page.locator('.jp-NotebookPanel-toolbar [data-jp-item-name="repro-audit-verify"]').first().click();
  const dialog = page.locator('.jp-Dialog');
  await expect(dialog).toContainText('random_forest.ipynb twice in fresh kernels');
  await dialog.getByRole('button', { name: 'Run twice' }).click();
  await expect(page.locator(VERIFY_PANEL)).toHaveCount(panelsBefore + 1);
  const summary = page.locator(VERIFY_PANEL).last().locator('.jp-ReproVerify-summary');
  await expect(summary).toHaveAttribute('data-verdict', verdict, { timeout: 180000 });
  return summary;
}

async function closeVerifyPanels(page: Page): Promise<void> {
  await page.evaluate(selector => {
    for (const widget of [...(window as any).jupyterapp.shell.widgets('main')]) {
      if (widget.node.matches(selector)) {
        widget.close();
      }
    }
  }, VERIFY_PANEL);
  await expect(page.locator(VERIFY_PANEL)).toHaveCount(0);
}

/** The seeds item's verification line for the notebook. */
function seedsLine(page: Page): Locator {
  return page.locator(`${PANEL} [data-check-id="seeds"] .jp-ReproAudit-verification[data-path="random_forest.ipynb"]`);
}

test('fix seeds turns a "different" verification into "same", and the seeds item shows both', async ({ page, tmpPath }) => {
  test.setTimeout(420000);
  const dialogs = watchDialogs(page);
  const folder = `${tmpPath}/forest`;
  await page.contents.createDirectory(folder);
  await page.contents.uploadFile(NOTEBOOK, `${folder}/random_forest.ipynb`);
  expect(await page.notebook.openByPath(`${folder}/random_forest.ipynb`)).toBe(true);
  await page.notebook.activate('random_forest.ipynb');
  // The notebook's own kernel may stay; only the verifications' kernels must go.
  await expect.poll(() => runningKernels(page), { timeout: 30000 }).toHaveLength(1);
  const before = await runningKernels(page);

  // Unseeded: the two runs differ, and the audit's seeds item says so, with the date.
  await expect(await verifyFromToolbar(page, 'different')).toContainText(/Different: [12] of 4 code cells/);
  await openPanel(page);
  await auditFolder(page, folder);
  await expect(seedsLine(page)).toHaveAttribute('data-standing', 'different');
  await expect(seedsLine(page)).toContainText(/Verified: results differed in [12] cells?/);
  await expect(seedsLine(page).locator('.jp-ReproAudit-verificationDate')).not.toBeEmpty();

  // One click on the toolbar's Fix Seeds, Apply in the preview, Save. The results panel goes first:
  // beside it the notebook's toolbar is too narrow and folds its last buttons into "More commands".
  await closeVerifyPanels(page);
  await page.notebook.activate('random_forest.ipynb');
  await page.locator('.jp-NotebookPanel-toolbar .jp-ReproAudit-fixSeedsButton').first().click();
  const preview = page.locator('.jp-Dialog .jp-ReproAudit-fixPreview');
  await expect(preview.locator('.jp-ReproAudit-diff')).toContainText('+SEED = 42');
  await page.locator('.jp-Dialog').getByRole('button', { name: 'Apply' }).click();
  await expect(preview).toHaveCount(0);
  await page.notebook.save();
  // The save re-audits: the old result no longer matches the code.
  await expect(seedsLine(page)).toHaveAttribute('data-standing', 'outdated', { timeout: 30000 });
  await expect(seedsLine(page)).toContainText('Verification is out of date: the code changed since');

  // Seeded: the two runs agree; the seeds item shows it at once, and after a new audit.
  await page.notebook.activate('random_forest.ipynb');
  await expect(await verifyFromToolbar(page, 'same')).toContainText('Same: all 5 code cells');
  await expect(seedsLine(page)).toHaveAttribute('data-standing', 'same', { timeout: 15000 });
  await auditFolder(page, folder);
  await expect(seedsLine(page)).toHaveAttribute('data-standing', 'same');
  await expect(seedsLine(page)).toContainText('Verified: ran twice with the same results (5 cells)');

  await expect.poll(() => runningKernels(page), { timeout: 15000 }).toEqual(before);
  expect(dialogs, 'no alert, confirm or prompt may ever open').toEqual([]);
});
