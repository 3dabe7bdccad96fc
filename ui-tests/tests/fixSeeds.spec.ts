/**
 * Fixing seeds from the audit panel in a real JupyterLab: an open notebook is edited through its
 * model after a preview (and Undo restores it byte for byte), a closed script is written through the
 * Contents API, and a file changed on disk after the preview is refused.
 */
import { expect, test } from '@jupyterlab/galata';
import type { Locator, Page } from '@playwright/test';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { PANEL, REPO_ROOT, auditFolder, demoCopy, expandCheck, openPanel, runCommand, onDisk, failOnNativeDialogs, useDemoCopy } from './helpers';

const PREVIEW = '.jp-Dialog .jp-ReproAudit-fixPreview';

failOnNativeDialogs();

/** The panel's seeds findings placed in one file. */
function findingsOf(page: Page, repoPath: string): Locator {
  return page
    .locator(`${PANEL} [data-check-id="seeds"] .jp-ReproAudit-finding`)
    .filter({ has: page.locator(`.jp-ReproAudit-evidence[data-path="${repoPath}"]`) });
}

async function clickFix(page: Page, repoPath: string): Promise<Locator> {
  await expandCheck(page, 'seeds');
  await findingsOf(page, repoPath).locator('.jp-ReproAudit-fix').first().click();
  const preview = page.locator(PREVIEW);
  await expect(preview).toBeVisible();
  return preview;
}

/** The current notebook's cells as (source, tags), from its model. */
async function notebookCells(page: Page): Promise<{ source: string; tags: string[] }[]> {
  return page.evaluate(() => {
    const widget = (window as any).jupyterapp.shell.currentWidget;
    return widget.content.model.sharedModel.cells.map((c: any) => ({
      source: c.getSource(),
      tags: (c.getMetadata().tags as string[] | undefined) ?? []
    }));
  });
}

/** What the CLI's `fix seeds` writes for one file of a fresh demo copy: the lab must write the same bytes. */
function cliFixed(repoPath: string): string {
  const dir = demoCopy();
  try {
    execFileSync('node', [path.join(REPO_ROOT, 'lib', 'node', 'cli', 'main.js'), 'fix', 'seeds', repoPath], { cwd: dir });
    return fs.readFileSync(path.join(dir, ...repoPath.split('/')), 'utf-8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('fix seeds', () => {
  const demoDir = useDemoCopy();

  test('fixes an open notebook through its model, and Undo restores it byte for byte', async ({ page, tmpPath }) => {
    const repo = `${tmpPath}/demo`;
    const notebook = `${repo}/notebooks/train.ipynb`;
    await page.contents.uploadDirectory(demoDir(), repo);
    const original = fs.readFileSync(onDisk(notebook), 'utf-8');

    expect(await page.notebook.openByPath(notebook)).toBe(true);
    await page.notebook.activate('train.ipynb');
    // The kernel's start-up rewrites language_info (its Python version): let it, before the baseline.
    await page.evaluate(async () => {
      const widget = (window as any).jupyterapp.shell.currentWidget;
      await widget.sessionContext.ready;
      await widget.sessionContext.session?.kernel?.info;
      await new Promise(resolve => setTimeout(resolve, 500));
    });
    // The notebook as JupyterLab saves it unmodified: what Undo then Save must give back.
    await page.notebook.save();
    const savedUnmodified = fs.readFileSync(onDisk(notebook), 'utf-8');
    const cellsBefore = await notebookCells(page);

    await openPanel(page);
    await auditFolder(page, repo);
    const preview = await clickFix(page, 'notebooks/train.ipynb');
    await expect(preview.locator('.jp-ReproAudit-fixPath')).toHaveText([notebook]);
    const diff = preview.locator('.jp-ReproAudit-diff');
    await expect(diff).toContainText('+SEED = 42');
    await expect(diff).toContainText('random_state=SEED');
    await expect(preview.locator('.jp-ReproAudit-diff-added').first()).toBeVisible();
    await expect(preview.locator('.jp-ReproAudit-diff-removed').first()).toBeVisible();
    await expect(preview.locator('.jp-ReproAudit-fixNotes')).toContainText('PYTHONHASHSEED');
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Apply' }).click();
    await expect(preview).toHaveCount(0);

    // The open notebook has the tagged seed cell; nothing is saved until the user saves.
    await expect.poll(async () => (await notebookCells(page)).length).toBe(cellsBefore.length + 1);
    const fixed = await notebookCells(page);
    const seedCells = fixed.filter(c => c.tags.includes('repro-audit:seeds'));
    expect(seedCells).toHaveLength(1);
    expect(seedCells[0].source).toContain('SEED = 42');
    expect(seedCells[0].source).toContain('np.random.seed(SEED)');
    await expect(page.locator('.jp-NotebookPanel .jp-Cell').filter({ hasText: 'np.random.seed(SEED)' })).toHaveCount(1);
    expect(fs.readFileSync(onDisk(notebook), 'utf-8')).toBe(savedUnmodified);

    // Saved, it re-audits (on save) and the seeds item shows the notebook seeded.
    await page.notebook.save();
    await expect(findingsOf(page, 'notebooks/train.ipynb')).toHaveCount(1, { timeout: 30000 });
    await expect(findingsOf(page, 'notebooks/train.ipynb')).toContainText('Seeded before first use');
    await expect(findingsOf(page, 'notebooks/train.ipynb').locator('.jp-ReproAudit-fix')).toHaveCount(0);

    // One Undo reverts the whole fix; saved again, the file is the notebook as it was.
    await page.notebook.activate('train.ipynb');
    await runCommand(page, 'notebook:undo-cell-action');
    expect(await notebookCells(page)).toEqual(cellsBefore);
    await page.notebook.save();
    expect(fs.readFileSync(onDisk(notebook), 'utf-8')).toBe(savedUnmodified);
    // And that is the repo's notebook, but for the Python version the kernel wrote into language_info.
    const withoutVersion = (text: string) => {
      const json = JSON.parse(text);
      delete json.metadata.language_info.version;
      return json;
    };
    expect(withoutVersion(savedUnmodified)).toEqual(withoutVersion(original));
  });

  test('writes a closed script through the Contents API, as the CLI would', async ({ page, tmpPath }) => {
    const repo = `${tmpPath}/demo`;
    const script = `${repo}/scripts/train.py`;
    await page.contents.uploadDirectory(demoDir(), repo);
    await openPanel(page);
    await auditFolder(page, repo);
    // The item-level action is there too, for every file at once.
    await expandCheck(page, 'seeds');
    await expect(page.locator(`${PANEL} [data-check-id="seeds"] .jp-ReproAudit-fixAll`)).toBeVisible();

    const preview = await clickFix(page, 'scripts/train.py');
    await expect(preview.locator('.jp-ReproAudit-diff')).toContainText('--- a/scripts/train.py');
    await expect(preview.locator('.jp-ReproAudit-diff')).toContainText('random_state=SEED');
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Apply' }).click();

    const expected = cliFixed('scripts/train.py');
    await expect.poll(() => fs.readFileSync(onDisk(script), 'utf-8')).toBe(expected);
    // Re-audited: the script's finding is now a pass, with no Fix button.
    await expect(findingsOf(page, 'scripts/train.py')).toContainText('Fixed seed on every scikit-learn call', { timeout: 30000 });
    await expect(findingsOf(page, 'scripts/train.py').locator('.jp-ReproAudit-fix')).toHaveCount(0);
  });

  test('refuses a file changed on disk after the preview, writing nothing', async ({ page, tmpPath }) => {
    const repo = `${tmpPath}/demo`;
    const script = `${repo}/scripts/train.py`;
    await page.contents.uploadDirectory(demoDir(), repo);
    await openPanel(page);
    await auditFolder(page, repo);

    await clickFix(page, 'scripts/train.py');
    const edited = fs.readFileSync(onDisk(script), 'utf-8') + '# edited in another editor\n';
    fs.writeFileSync(onDisk(script), edited);
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Apply' }).click();

    await expect(page.locator('.jp-toast-container, .Toastify').getByText('changed on disk since it was read')).toBeVisible();
    expect(fs.readFileSync(onDisk(script), 'utf-8')).toBe(edited);
  });

  test('"Fix Seeds in This Notebook" is in the palette and on the notebook toolbar', async ({ page, tmpPath }) => {
    const repo = `${tmpPath}/demo`;
    await page.contents.uploadDirectory(demoDir(), repo);
    expect(await page.notebook.openByPath(`${repo}/notebooks/train.ipynb`)).toBe(true);
    await page.notebook.activate('train.ipynb');
    await expect(page.locator('.jp-NotebookPanel-toolbar .jp-ReproAudit-fixSeedsButton')).toBeVisible();
    await page.locator('.jp-NotebookPanel-toolbar .jp-ReproAudit-fixSeedsButton').click();
    const preview = page.locator(PREVIEW);
    await expect(preview.locator('.jp-ReproAudit-diff')).toContainText('+SEED = 42');
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(preview).toHaveCount(0);
    expect((await notebookCells(page)).some(c => c.tags.includes('repro-audit:seeds'))).toBe(false);

    // The modal palette sometimes misses its first activation while focus settles after the dialog: ask again until it shows.
    const input = page.locator('#modal-command-palette input');
    await expect(async () => {
      if (!(await input.isVisible())) {
        await runCommand(page, 'apputils:activate-command-palette');
      }
      await expect(input).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 30000 });
    await input.fill('Fix Seeds in This Notebook');
    await expect(page.locator('#modal-command-palette .lm-CommandPalette-item').filter({ hasText: 'Fix Seeds in This Notebook' })).toHaveCount(1);
    await page.keyboard.press('Escape');
  });
});
