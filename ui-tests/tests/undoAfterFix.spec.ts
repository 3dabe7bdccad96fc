/**
 * Undo after Fix Seeds on the demo (issue 12, item 8): the notification names what reverts the fix,
 * and its own Undo and the Z key it names do revert it.
 */
import { IJupyterLabPageFixture, expect, test } from '@jupyterlab/galata';
import type { Page } from '@playwright/test';
import { auditFolder, expandCheck, failOnNativeDialogs, findingsOf, openPanel, useDemoCopy } from './helpers';

const PREVIEW = '.jp-Dialog .jp-ReproAudit-fixPreview';
const NOTEBOOK = 'notebooks/train.ipynb';

/** The current notebook's cell sources, from its model. */
async function cellSources(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as any).jupyterapp.shell.currentWidget.content.model.sharedModel.cells.map((c: any) => c.getSource()));
}

async function openDemoNotebook(page: IJupyterLabPageFixture, repo: string): Promise<string[]> {
  expect(await page.notebook.openByPath(`${repo}/${NOTEBOOK}`)).toBe(true);
  await page.notebook.activate('train.ipynb');
  return cellSources(page);
}

async function fixNotebookFromPanel(page: Page): Promise<void> {
  await expandCheck(page, 'seeds');
  await findingsOf(page, 'seeds', NOTEBOOK).locator('.jp-ReproAudit-fix').first().click();
  await expect(page.locator(PREVIEW)).toBeVisible();
  await page.locator('.jp-Dialog').getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator(PREVIEW)).toHaveCount(0);
}

test.describe('undo after Fix Seeds on the demo', () => {
  const demoDir = useDemoCopy();
  failOnNativeDialogs();

  test('Undo after Fix Seeds: the notification names what reverts it, and its Undo and Z do', async ({ page, tmpPath }) => {
    const repo = `${tmpPath}/demo`;
    await page.contents.uploadDirectory(demoDir(), repo);
    const before = await openDemoNotebook(page, repo);
    await openPanel(page);
    await auditFolder(page, repo);

    await fixNotebookFromPanel(page);
    await expect.poll(async () => (await cellSources(page)).length, { timeout: 20000 }).toBe(before.length + 1);
    const toast = page.locator('.Toastify__toast').filter({ hasText: 'Seed fix not saved yet' });
    await expect(toast).toContainText('To undo: Undo here, or Edit → Undo Cell Operation (Z in command mode; not Ctrl+Z).');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cellSources(page)).toEqual(before);

    // The key the words name works too: Z with the notebook in command mode.
    await fixNotebookFromPanel(page);
    await expect.poll(async () => (await cellSources(page)).length, { timeout: 20000 }).toBe(before.length + 1);
    await page.notebook.activate('train.ipynb');
    await page.locator('.jp-NotebookPanel .jp-Cell').first().click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('z');
    await expect.poll(() => cellSources(page)).toEqual(before);
  });

  test('a script open in the editor: the words name Ctrl+Z, and Ctrl+Z reverts the fix', async ({ page, tmpPath }) => {
    const repo = `${tmpPath}/demo`;
    const script = 'scripts/train.py';
    await page.contents.uploadDirectory(demoDir(), repo);
    await page.filebrowser.open(`${repo}/${script}`);
    const source = () => page.evaluate(() => (window as any).jupyterapp.shell.currentWidget.context.model.sharedModel.getSource() as string);
    // The editor's model fills after the widget appears: read it only once its context is ready and holds the file.
    await page.waitForFunction(() => (window as any).jupyterapp.shell.currentWidget?.context?.isReady === true);
    await expect.poll(source).not.toBe('');
    const before = await source();
    await openPanel(page);
    await auditFolder(page, repo);
    await expandCheck(page, 'seeds');
    await findingsOf(page, 'seeds', script).locator('.jp-ReproAudit-fix').first().click();
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Apply' }).click();
    await expect.poll(source).toContain('SEED = 42');
    const toast = page.locator('.Toastify__toast').filter({ hasText: 'Seed fix not saved yet' });
    await expect(toast).toContainText('To undo: Undo here, or Edit → Undo (Ctrl+Z) in the editor.');
    await page.locator('.jp-FileEditor .cm-content').click();
    await page.keyboard.press('Control+z');
    await expect.poll(source).toBe(before);
  });
});
