/**
 * Hardware notes and dependency pins from the audit panel in a real JupyterLab: the probe runs in a
 * fresh python3 kernel (the .venv has every package the demo declares), the notebooks are timed after
 * asking, the preview shows the diff, Apply writes the files and re-audits, and no kernel is left running.
 */
import { expect, test } from '@jupyterlab/galata';
import type { Locator, Page } from '@playwright/test';
import * as fs from 'fs';
import { auditFolder, checkItem, expandCheck, failOnNativeDialogs, onDisk, openPanel, runCommand, runningKernels, useDemoCopy } from './helpers';

const PREVIEW = '.jp-Dialog .jp-ReproAudit-fixPreview';

async function fixAndPreview(page: Page, checkId: string): Promise<Locator> {
  await expandCheck(page, checkId);
  // The item's button: the whole-repo fix (a row's Fix pins that row's package only).
  await checkItem(page, checkId).locator('.jp-ReproAudit-fixAll').click();
  const preview = page.locator(PREVIEW);
  // The probe starts a kernel first.
  await expect(preview).toBeVisible({ timeout: 60000 });
  return preview;
}

test.describe('environment fixes', () => {
  const demoDir = useDemoCopy();
  failOnNativeDialogs();

  test('hardware and pinned go from fail to pass through their Fix buttons, with fresh kernels only', async ({ page, tmpPath }) => {
    test.setTimeout(240000);
    const repo = `${tmpPath}/demo`;
    await page.contents.uploadDirectory(demoDir(), repo);
    expect(await runningKernels(page)).toEqual([]);
    await openPanel(page);
    await auditFolder(page, repo);
    await expect(checkItem(page, 'hardware')).toHaveClass(/jp-ReproAudit-check-fail/);
    await expect(checkItem(page, 'pinned')).toHaveClass(/jp-ReproAudit-check-fail/);

    // Hardware: the probe, then the question before any repo code runs, naming each notebook.
    await expandCheck(page, 'hardware');
    await checkItem(page, 'hardware').locator('.jp-ReproAudit-fixAll').click();
    const question = page.locator('.jp-Dialog .jp-ReproAudit-timingQuestion');
    await expect(question).toBeVisible({ timeout: 60000 });
    await expect(question.locator('li')).toHaveText([
      'notebooks/ablation.ipynb (6 code cells, "python3" kernel)',
      'notebooks/train.ipynb (5 code cells, "python3" kernel)'
    ]);
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Time Notebooks' }).click();
    const hardware = page.locator(PREVIEW);
    await expect(hardware).toBeVisible({ timeout: 120000 });
    await expect(hardware.locator('.jp-ReproAudit-fixPath')).toHaveText([`${repo}/HARDWARE.md`, `${repo}/hardware.json`]);
    await expect(hardware.locator('.jp-ReproAudit-diff').first()).toContainText('--- /dev/null');
    await expect(hardware.locator('.jp-ReproAudit-diff').first()).toContainText('+++ b/HARDWARE.md');
    await expect(hardware.locator('.jp-ReproAudit-fixNotes')).toContainText('Timed notebooks/ablation.ipynb:');
    await expect(hardware.locator('.jp-ReproAudit-fixNotes')).toContainText('Timed notebooks/train.ipynb:');
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Apply' }).click();
    await expect(hardware).toHaveCount(0);
    await expect
      .poll(() => fs.existsSync(onDisk(`${repo}/HARDWARE.md`)) && fs.existsSync(onDisk(`${repo}/hardware.json`)), { timeout: 15000 })
      .toBe(true);
    const notes = fs.readFileSync(onDisk(`${repo}/HARDWARE.md`), 'utf-8');
    expect(notes).toMatch(/^\|.*\|$/m);
    expect(notes).toContain('CPython');
    expect(notes).toMatch(/^\| notebooks\/train\.ipynb \| \d[\d.]* seconds \| 5 \| python3 \| \d{4}-\d\d-\d\dT[\d:]+Z \|$/m);
    expect(notes).toContain("## Training time and the hardware behind the paper's numbers");
    const json = JSON.parse(fs.readFileSync(onDisk(`${repo}/hardware.json`), 'utf-8'));
    expect(json.generated_by).toBe('repro-audit fix hardware');
    expect(json.python.implementation).toBe('CPython');
    expect(json.versions).toBeDefined();
    expect(json.run_times.map((t: { path: string }) => t.path)).toEqual(['notebooks/ablation.ipynb', 'notebooks/train.ipynb']);
    // The machine and a measured run time: the item passes.
    await expect(checkItem(page, 'hardware')).toHaveClass(/jp-ReproAudit-check-pass/, { timeout: 30000 });
    await expandCheck(page, 'hardware');
    await expect(checkItem(page, 'hardware').locator('.jp-ReproAudit-findingMessage')).toContainText([/HARDWARE\.md describes the hardware .* and the run time/]);

    // Pins: every declared package is installed in the kernel, so each is pinned in place.
    const before = fs.readFileSync(onDisk(`${repo}/requirements.txt`), 'utf-8');
    const pins = await fixAndPreview(page, 'pinned');
    await expect(pins.locator('.jp-ReproAudit-fixPath')).toHaveText([`${repo}/requirements.txt`]);
    for (const name of ['numpy', 'scikit-learn', 'pandas', 'joblib']) {
      await expect(pins.locator('.jp-ReproAudit-diff')).toContainText(`+${name}==`);
    }
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Apply' }).click();
    await expect(pins).toHaveCount(0);
    // Jupyter Server writes in place (after a backup copy), so the file is briefly empty: wait for the last pin.
    await expect.poll(() => fs.readFileSync(onDisk(`${repo}/requirements.txt`), 'utf-8'), { timeout: 15000 }).toMatch(/^joblib==.+$/m);
    const lines = fs.readFileSync(onDisk(`${repo}/requirements.txt`), 'utf-8').trimEnd().split('\n');
    expect(lines[0]).toBe(before.split('\n')[0]); // the comment is kept
    expect(lines.slice(1).map(l => l.replace(/==.*/, '=='))).toEqual(['numpy==', 'scikit-learn==', 'pandas==', 'joblib==']);
    await expect(checkItem(page, 'pinned')).toHaveClass(/jp-ReproAudit-check-pass/, { timeout: 30000 });

    // The palette command reruns the probe: same machine, so nothing to change and no preview.
    const labels = await page.evaluate(() => {
      const commands = (window as any).jupyterapp.commands;
      return [commands.label('repro-audit:write-hardware-notes'), commands.label('repro-audit:pin-dependencies')];
    });
    expect(labels).toEqual(['Write Hardware Notes', 'Pin Dependencies']);
    // Skipping the timing keeps the measured run times: nothing to change.
    const rerunning = runCommand(page, 'repro-audit:write-hardware-notes');
    await expect(page.locator('.jp-Dialog .jp-ReproAudit-timingQuestion')).toBeVisible({ timeout: 60000 });
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Skip Timing' }).click();
    const rerun = (await rerunning) as { saved: string[]; unchanged: string[] };
    expect(rerun.saved).toEqual([]);
    expect(rerun.unchanged).toEqual([`${repo}/HARDWARE.md`, `${repo}/hardware.json`]);
    await expect(page.locator(PREVIEW)).toHaveCount(0);

    // Every probe kernel was shut down.
    await expect.poll(() => runningKernels(page), { timeout: 15000 }).toEqual([]);
  });
});
