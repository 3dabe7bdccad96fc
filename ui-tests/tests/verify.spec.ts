/**
 * "Verify Reproducibility" with real ipykernel kernels: an unseeded RandomForest notebook comes out
 * "different", its seeded copy "same"; input(), an endless loop (short timeout from settings), a kernel
 * that exits and a missing kernelspec each give a clear message; and after every run GET /api/kernels
 * shows no kernel of the verification left running.
 *
 * Galata's kernel and session proxies are off for the whole file: they drop a kernel from the page's
 * list on any DELETE, even one the server refused (jupyter_server answers 500 while its restarter is
 * bringing a dead kernel back), so a runner checking that its kernel is gone would be told so falsely;
 * nor can they relay an interrupt's empty 204 reply.
 */
import { IJupyterLabPageFixture, expect, galata, test } from '@jupyterlab/galata';
import type { Page } from '@playwright/test';
import * as path from 'path';
import { REPO_ROOT, runningKernels } from './helpers';

const FIXTURES = path.join(REPO_ROOT, 'ui-tests', 'fixtures', 'verify');
const PANEL = '.jp-ReproVerify';
const VERIFY = 'repro-audit:verify-reproducibility';

interface FinalState {
  phase: string;
  message?: string;
  comparison?: { verdict: string; same: number; different: number; errors: number; cells: { verdict: string; message?: string }[] };
}

/** Starts the command on a notebook path, accepts the one question if asked, and returns the final state. */
async function verifyPath(page: IJupyterLabPageFixture, notebook: string, expectQuestion = true): Promise<FinalState> {
  const done = page.evaluate(
    async ([id, notebook]) => {
      const state = await (window as any).jupyterapp.commands.execute(id, { path: notebook });
      return JSON.parse(JSON.stringify(state ?? null));
    },
    [VERIFY, notebook] as const
  );
  if (expectQuestion) {
    const dialog = page.locator('.jp-Dialog');
    await expect(dialog).toContainText('twice in fresh kernels');
    await dialog.getByRole('button', { name: 'Run twice' }).click();
  }
  return (await done) as FinalState;
}

async function expectNoKernelLeft(page: Page, before: string[] = []): Promise<void> {
  await expect.poll(() => runningKernels(page), { timeout: 15000 }).toEqual(before);
}

test.use({ kernels: null, sessions: null });

// Galata's clean-up is off: whatever a failed test leaves running is shut down after it, so that the
// next test starts from no kernel and one failure is not reported five times.
test.afterEach(async ({ page }) => {
  for (const id of await runningKernels(page)) {
    await page.request.delete(`api/kernels/${id}`);
  }
});

test.describe('Verify reproducibility', () => {
  test.beforeEach(async ({ page, tmpPath }) => {
    await page.contents.uploadDirectory(FIXTURES, tmpPath);
  });

  test('an unseeded RandomForest notebook differs between runs; the seeded copy is the same', async ({ page, tmpPath }) => {
    test.setTimeout(240000);
    await page.notebook.openByPath(`${tmpPath}/random_forest.ipynb`);
    await page.notebook.activate('random_forest.ipynb');
    // The notebook's own kernel must survive: only the verification's kernels go.
    await expect.poll(() => runningKernels(page), { timeout: 30000 }).toHaveLength(1);
    const before = await runningKernels(page);

    await page.locator('.jp-NotebookPanel-toolbar [data-jp-item-name="repro-audit-verify"]').first().click();
    const dialog = page.locator('.jp-Dialog');
    await expect(dialog).toContainText('random_forest.ipynb twice in fresh kernels');
    await dialog.getByRole('button', { name: 'Run twice' }).click();

    const panel = page.locator(PANEL).last();
    await expect(panel.locator('.jp-ReproVerify-summary')).toHaveAttribute('data-verdict', 'different', { timeout: 180000 });
    // The accuracy may match by chance; the printed draws cannot.
    await expect(panel.locator('.jp-ReproVerify-summary')).toContainText(/Different: [12] of 4 code cells/);
    await expect(panel.locator('.jp-ReproVerify-cell[data-cell="0"]')).toHaveAttribute('data-verdict', 'same');
    await expect(panel.locator('.jp-ReproVerify-cell[data-cell="1"]')).toHaveAttribute('data-verdict', 'same');
    const draws = panel.locator('.jp-ReproVerify-cell[data-cell="3"]');
    await expect(draws).toHaveAttribute('data-verdict', 'different');
    await expect(draws.locator('.jp-ReproVerify-first')).toContainText('draws [');
    await expect(draws.locator('.jp-ReproVerify-second')).toContainText('draws [');
    expect(await draws.locator('.jp-ReproVerify-first').textContent()).not.toBe(await draws.locator('.jp-ReproVerify-second').textContent());
    await expectNoKernelLeft(page, before);

    const seeded = await verifyPath(page, `${tmpPath}/random_forest_seeded.ipynb`);
    expect(seeded.phase).toBe('done');
    expect(seeded.comparison).toMatchObject({ verdict: 'same', same: 5, different: 0, errors: 0 });
    await expect(page.locator(PANEL).last().locator('.jp-ReproVerify-summary')).toContainText('Same: all 5 code cells');
    await expectNoKernelLeft(page, before);

    // The result is remembered under the notebook's code hash, for the audit's seeds item.
    const remembered = await page.evaluate(() => JSON.parse(localStorage.getItem('jupyterlab-repro-audit:verifications') ?? '[]'));
    expect(remembered.map((r: { path: string; verdict: string }) => [r.path.split('/').pop(), r.verdict])).toEqual([
      ['random_forest.ipynb', 'different'],
      ['random_forest_seeded.ipynb', 'same']
    ]);
  });

  test('a notebook calling input() says it needs keyboard input', async ({ page, tmpPath }) => {
    const state = await verifyPath(page, `${tmpPath}/asks_input.ipynb`);
    expect(state.comparison?.verdict).toBe('error');
    expect(state.message).toContain('Cell 1: This cell asks for keyboard input (input() or getpass)');
    const panel = page.locator(PANEL).last();
    await expect(panel.locator('.jp-ReproVerify-cell[data-cell="0"]')).toContainText('asks for keyboard input');
    await expect(panel.locator('.jp-ReproVerify-cell[data-cell="1"]')).toContainText('not reached');
    await expectNoKernelLeft(page);
  });

  test('a kernel that exits mid-run is reported as died', async ({ page, tmpPath }) => {
    test.setTimeout(120000);
    const state = await verifyPath(page, `${tmpPath}/kernel_dies.ipynb`);
    expect(state.comparison?.verdict).toBe('error');
    expect(state.message).toContain('Cell 2: The kernel died');
    expect(state.comparison?.cells.map(c => c.verdict)).toEqual(['same', 'error', 'error']);
    await expect(page.locator(PANEL).last().locator('.jp-ReproVerify-cell[data-cell="1"]')).toContainText('The kernel died');
    await expectNoKernelLeft(page);
  });

  test('a missing kernelspec is reported before anything runs', async ({ page, tmpPath }) => {
    const state = await verifyPath(page, `${tmpPath}/missing_kernel.ipynb`, false);
    expect(state.phase).toBe('failed');
    expect(state.message).toContain('The notebook\'s kernel "no-such-kernel" is not installed on this server');
    await expect(page.locator(PANEL).last().locator('.jp-ReproVerify-summary')).toContainText('Could not verify');
    await expect(page.locator('.jp-Dialog')).toHaveCount(0);
    await expectNoKernelLeft(page);
  });

  test('cancel stops the runs and shuts the kernel down', async ({ page, tmpPath }) => {
    const done = page.evaluate(
      async ([id, notebook]) => JSON.parse(JSON.stringify(await (window as any).jupyterapp.commands.execute(id, { path: notebook }))),
      [VERIFY, `${tmpPath}/loops_forever.ipynb`] as const
    );
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Run twice' }).click();
    const panel = page.locator(PANEL).last();
    await expect(panel.locator('.jp-ReproVerify-progress')).toContainText('code cell 2 of 3', { timeout: 60000 });
    await panel.locator('.jp-ReproVerify-cancel').click();
    expect(((await done) as FinalState).phase).toBe('cancelled');
    await expect(panel.locator('.jp-ReproVerify-summary')).toContainText('Cancelled');
    await expectNoKernelLeft(page);
  });
});

test.describe('Verify reproducibility with a short cell timeout', () => {
  test.use({
    mockSettings: { ...galata.DEFAULT_SETTINGS, 'jupyterlab-repro-audit:verify': { cellTimeoutSeconds: 4 } }
  });

  test('a notebook looping forever times out with a clear message', async ({ page, tmpPath }) => {
    test.setTimeout(120000);
    await page.contents.uploadDirectory(FIXTURES, tmpPath);
    const state = await verifyPath(page, `${tmpPath}/loops_forever.ipynb`);
    expect(state.comparison?.verdict).toBe('error');
    expect(state.message).toBe('Cell 2: The cell did not finish within 4 s and was interrupted.');
    expect(state.comparison?.cells.map(c => c.verdict)).toEqual(['same', 'error', 'error']);
    await expectNoKernelLeft(page);
  });
});

test.describe('Verify reproducibility across a page reload', () => {
  // With Galata's clean-up off, only the extension's orphan clean-up can pass this test.
  test('a reload mid-run leaves no kernel: the next start shuts the orphan down', async ({ page, tmpPath }) => {
    test.setTimeout(120000);
    await page.contents.uploadDirectory(FIXTURES, tmpPath);
    void page
      .evaluate(([id, notebook]) => (window as any).jupyterapp.commands.execute(id, { path: notebook }), [VERIFY, `${tmpPath}/loops_forever.ipynb`] as const)
      .catch(() => undefined);
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Run twice' }).click();
    await expect(page.locator(PANEL).last().locator('.jp-ReproVerify-progress')).toContainText('code cell 2 of 3', { timeout: 60000 });
    expect(await runningKernels(page)).toHaveLength(1);
    await page.reload({ waitForIsReady: true } as any);
    await expectNoKernelLeft(page);
  });
});
