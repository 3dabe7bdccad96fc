/**
 * Cell numbers on the demo (issue 12, item 7): the finding, its link, the seed preview and Verify
 * count cells the same way, from 1 with markdown cells included; the JSON keeps its 0-based index.
 */
import { expect, test } from '@jupyterlab/galata';
import { auditFolder, cliReport, expandCheck, failOnNativeDialogs, findingsOf, openPanel, runningKernels, useDemoCopy } from './helpers';

const PREVIEW = '.jp-Dialog .jp-ReproAudit-fixPreview';
const NOTEBOOK = 'notebooks/train.ipynb';

test.describe('cell numbers on the demo', () => {
  const demoDir = useDemoCopy();
  failOnNativeDialogs();

  test('cell numbers: the finding, its link, the seed preview and Verify count cells the same way', async ({ page, tmpPath }) => {
    test.setTimeout(180000);
    const repo = `${tmpPath}/demo`;
    await page.contents.uploadDirectory(demoDir(), repo);
    // The CLI's JSON keeps the 0-based index; every text says the cell a person counts (markdown included).
    const draw = cliReport(demoDir())
      .checks.find(c => c.id === 'seeds')!
      .findings.find(f => f.path === NOTEBOOK && f.code === 'seeds.unseeded-before-use' && f.message.includes('NumPy'))!;
    const number = draw.cell! + 1;

    await openPanel(page);
    await auditFolder(page, repo);
    await expandCheck(page, 'seeds');
    const finding = findingsOf(page, 'seeds', NOTEBOOK).filter({ hasText: 'NumPy draws' });
    await expect(finding.locator('.jp-ReproAudit-findingMessage')).toContainText(`at cell ${number}, line`);
    await expect(finding.locator('.jp-ReproAudit-evidence').first()).toHaveText(`${NOTEBOOK}, cell ${number}, line ${draw.line}`);
    await expect(finding.locator('.jp-ReproAudit-evidence').first()).toHaveAttribute('title', /markdown cells included/);

    await finding.locator('.jp-ReproAudit-fix').click();
    const preview = page.locator(PREVIEW);
    await expect(preview.locator('.jp-ReproAudit-fixChanges')).toContainText(`seed cell inserted before cell ${number}`);
    await expect(preview.locator('.jp-ReproAudit-diff')).toContainText(`(cell ${number}, new, tags: repro-audit:seeds)`);
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Cancel' }).click();

    // Verify names each code cell by its place among all cells: the first code cell follows the title cell.
    const done = page.evaluate(
      async notebook => JSON.parse(JSON.stringify(await (window as any).jupyterapp.commands.execute('repro-audit:verify-reproducibility', { path: notebook }))),
      `${repo}/${NOTEBOOK}`
    );
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Run twice' }).click();
    expect((await done).phase).toBe('done');
    const rows = page.locator('.jp-ReproVerify').last().locator('.jp-ReproVerify-cellName');
    await expect(rows).toHaveText(['Cell 2', 'Cell 3', 'Cell 4', 'Cell 5', 'Cell 6']);
    await expect.poll(() => runningKernels(page), { timeout: 15000 }).toEqual([]);
  });
});
