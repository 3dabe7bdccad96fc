/**
 * Hardware notes and dependency pins from the audit panel in a real JupyterLab: the probe runs in a
 * fresh python3 kernel (the .venv: numpy, scikit-learn, joblib; no pandas), the preview shows the
 * diff, Apply writes the files and re-audits, and no kernel is left running.
 */
import { expect, test } from '@jupyterlab/galata';
import type { Locator, Page } from '@playwright/test';
import * as fs from 'fs';
import { PANEL, auditFolder, demoCopy, expandCheck, openPanel, runCommand, watchDialogs, onDisk } from './helpers';

const PREVIEW = '.jp-Dialog .jp-ReproAudit-fixPreview';

async function runningKernels(page: Page): Promise<string[]> {
  const response = await page.request.get('api/kernels');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { id: string }[]).map(k => k.id);
}

const checkItem = (page: Page, id: string): Locator => page.locator(`${PANEL} [data-check-id="${id}"]`);

async function fixAndPreview(page: Page, checkId: string): Promise<Locator> {
  await expandCheck(page, checkId);
  await checkItem(page, checkId).locator('.jp-ReproAudit-fix').first().click();
  const preview = page.locator(PREVIEW);
  // The probe starts a kernel first.
  await expect(preview).toBeVisible({ timeout: 60000 });
  return preview;
}

test.describe('environment fixes', () => {
  let demoDir: string;
  let dialogs: string[] = [];

  test.beforeAll(() => {
    demoDir = demoCopy();
  });
  test.afterAll(() => {
    fs.rmSync(demoDir, { recursive: true, force: true });
  });
  test.beforeEach(({ page }) => {
    dialogs = watchDialogs(page);
  });
  test.afterEach(() => {
    expect(dialogs, 'no alert, confirm or prompt may ever open').toEqual([]);
  });

  test('writes hardware notes and pins dependencies from a fresh kernel', async ({ page, tmpPath }) => {
    test.setTimeout(180000);
    const repo = `${tmpPath}/demo`;
    await page.contents.uploadDirectory(demoDir, repo);
    expect(await runningKernels(page)).toEqual([]);
    await openPanel(page);
    await auditFolder(page, repo);
    await expect(checkItem(page, 'hardware')).toHaveClass(/jp-ReproAudit-check-fail/);
    await expect(checkItem(page, 'pinned')).toHaveClass(/jp-ReproAudit-check-warn/);

    // Hardware: preview of two new files, then the machine table on disk.
    const hardware = await fixAndPreview(page, 'hardware');
    await expect(hardware.locator('.jp-ReproAudit-fixPath')).toHaveText([`${repo}/HARDWARE.md`, `${repo}/hardware.json`]);
    await expect(hardware.locator('.jp-ReproAudit-diff').first()).toContainText('--- /dev/null');
    await expect(hardware.locator('.jp-ReproAudit-diff').first()).toContainText('+++ b/HARDWARE.md');
    await expect(hardware.locator('.jp-ReproAudit-fixNotes')).toContainText('the probe cannot know it');
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Apply' }).click();
    await expect(hardware).toHaveCount(0);
    await expect
      .poll(() => fs.existsSync(onDisk(`${repo}/HARDWARE.md`)) && fs.existsSync(onDisk(`${repo}/hardware.json`)), { timeout: 15000 })
      .toBe(true);
    const notes = fs.readFileSync(onDisk(`${repo}/HARDWARE.md`), 'utf-8');
    expect(notes).toMatch(/^\|.*\|$/m);
    expect(notes).toContain('CPython');
    expect(notes).toContain("## Training time and the hardware behind the paper's numbers");
    const json = JSON.parse(fs.readFileSync(onDisk(`${repo}/hardware.json`), 'utf-8'));
    expect(json.generated_by).toBe('repro-audit fix hardware');
    expect(json.python.implementation).toBe('CPython');
    expect(json.versions).toBeDefined();
    // By design: the probe knows the machine but not how long training took, so the item is warn, not pass.
    await expect(checkItem(page, 'hardware')).toHaveClass(/jp-ReproAudit-check-warn/, { timeout: 30000 });
    await expandCheck(page, 'hardware');
    await expect(checkItem(page, 'hardware').locator('.jp-ReproAudit-findingMessage')).toContainText(['not how long the runs took']);

    // Pins: scikit-learn and joblib pinned in place; pandas is not installed in the kernel, so it stays.
    const before = fs.readFileSync(onDisk(`${repo}/requirements.txt`), 'utf-8');
    const pins = await fixAndPreview(page, 'pinned');
    await expect(pins.locator('.jp-ReproAudit-fixPath')).toHaveText([`${repo}/requirements.txt`]);
    await expect(pins.locator('.jp-ReproAudit-diff')).toContainText('+scikit-learn==');
    await expect(pins.locator('.jp-ReproAudit-diff')).toContainText('+joblib==');
    await expect(pins.locator('.jp-ReproAudit-fixNotes')).toContainText('Not pinned: pandas');
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Apply' }).click();
    await expect(pins).toHaveCount(0);
    await expect.poll(() => fs.readFileSync(onDisk(`${repo}/requirements.txt`), 'utf-8'), { timeout: 15000 }).not.toBe(before);
    const lines = fs.readFileSync(onDisk(`${repo}/requirements.txt`), 'utf-8').trimEnd().split('\n');
    expect(lines[0]).toBe('numpy==1.26.4');
    expect(lines[1]).toMatch(/^scikit-learn==\d+\.\d+/);
    expect(lines[2]).toBe('pandas>=2');
    expect(lines[3]).toMatch(/^joblib==\d+\.\d+/);
    await expandCheck(page, 'pinned');
    await expect(checkItem(page, 'pinned').locator('.jp-ReproAudit-findingMessage')).toHaveText(['pandas (>=2) is not pinned to an exact version'], {
      timeout: 30000
    });

    // The palette command reruns the probe: same machine, so nothing to change and no preview.
    const labels = await page.evaluate(() => {
      const commands = (window as any).jupyterapp.commands;
      return [commands.label('repro-audit:write-hardware-notes'), commands.label('repro-audit:pin-dependencies')];
    });
    expect(labels).toEqual(['Write Hardware Notes', 'Pin Dependencies']);
    const rerun = (await runCommand(page, 'repro-audit:write-hardware-notes')) as { saved: string[]; unchanged: string[] };
    expect(rerun.saved).toEqual([]);
    expect(rerun.unchanged).toEqual([`${repo}/HARDWARE.md`, `${repo}/hardware.json`]);
    await expect(page.locator(PREVIEW)).toHaveCount(0);

    // Every probe kernel was shut down.
    await expect.poll(() => runningKernels(page), { timeout: 15000 }).toEqual([]);
  });
});
