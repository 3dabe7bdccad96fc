/**
 * Fix buttons on the demo (issue 12, item 9): a pinned row's Fix pins that package only, the
 * hardware item has no row Fix, and each item's button says what it covers.
 */
import { expect, test } from '@jupyterlab/galata';
import { auditFolder, checkItem, cliReport, expandCheck, failOnNativeDialogs, findingsOf, openPanel, PANEL, runningKernels, useDemoCopy } from './helpers';

const PREVIEW = '.jp-Dialog .jp-ReproAudit-fixPreview';

test.describe('fix buttons on the demo', () => {
  const demoDir = useDemoCopy();
  failOnNativeDialogs();

  test("Fix buttons: a pinned row's Fix pins that package only; item buttons say what they cover", async ({ page, tmpPath }) => {
    test.setTimeout(120000);
    const repo = `${tmpPath}/demo`;
    await page.contents.uploadDirectory(demoDir(), repo);
    await openPanel(page);
    await auditFolder(page, repo);

    // Hardware notes are whole-repo only: no row Fix, and the item's button names the files it writes.
    await expandCheck(page, 'hardware');
    await expect(checkItem(page, 'hardware').locator('.jp-ReproAudit-fix')).toHaveCount(0);
    await expect(checkItem(page, 'hardware').locator('.jp-ReproAudit-fixAll')).toHaveText('Write Hardware Notes (HARDWARE.md, hardware.json)');
    await expandCheck(page, 'pinned');
    await expect(checkItem(page, 'pinned').locator('.jp-ReproAudit-fixAll')).toHaveText('Pin All Dependencies');
    await expandCheck(page, 'seeds');
    const seedFiles = new Set(
      cliReport(demoDir())
        .checks.find(c => c.id === 'seeds')!
        .findings.filter(f => f.status !== 'pass' && f.path)
        .map(f => f.path)
    ).size;
    await expect(checkItem(page, 'seeds').locator('.jp-ReproAudit-fixAll')).toHaveText(`Fix Seeds in All ${seedFiles} Files`);
    await expect(page.locator(`${PANEL} .jp-ReproAudit-fixAll`).filter({ hasText: 'Fix All Files' })).toHaveCount(0);

    // The numpy row's Fix pins numpy, and nothing else.
    const numpy = findingsOf(page, 'pinned', 'requirements.txt').filter({ hasText: 'numpy' });
    await numpy.locator('.jp-ReproAudit-fix').click();
    const preview = page.locator(PREVIEW);
    await expect(preview).toBeVisible({ timeout: 60000 });
    const diff = preview.locator('.jp-ReproAudit-diff');
    await expect(diff).toContainText('+numpy==');
    for (const other of ['scikit-learn', 'pandas', 'joblib']) {
      await expect(diff).not.toContainText(`+${other}==`);
    }
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(preview).toHaveCount(0);
    await expect.poll(() => runningKernels(page), { timeout: 15000 }).toEqual([]);
  });
});
