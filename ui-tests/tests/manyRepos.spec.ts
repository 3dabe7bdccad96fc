/**
 * A folder holding several repositories (a server root of clones) is not audited as one repo
 * without a word: the panel says how many it holds, offers to audit each, and shows their scores
 * (the CLI's, repo by repo) in a table whose rows open each repo's own audit.
 */
import { expect, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PANEL, auditFolder, cliReport, failOnNativeDialogs, openPanel, panelScore } from './helpers';

failOnNativeDialogs();

/** Three small repos side by side, marked by a README, a requirements file, or both. */
const REPOS: Record<string, Record<string, string>> = {
  'paper-a': { 'README.md': '# Paper A\n\nRun `python train.py`.\n', 'train.py': 'import numpy as np\nnp.random.seed(0)\n' },
  'paper-b': { 'requirements.txt': 'numpy==2.0.0\n', 'run.py': 'import numpy\nprint(numpy.random.rand())\n' },
  'paper-c': { 'README.md': '# C\n', 'environment.yml': 'dependencies:\n  - python=3.11\n' }
};

test('a folder of repositories offers to audit each, with a table of their scores', async ({ page, tmpPath }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-repos-'));
  try {
    for (const [repo, files] of Object.entries(REPOS)) {
      for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.join(dir, repo), { recursive: true });
        fs.writeFileSync(path.join(dir, repo, name), text);
      }
    }
    const expected = Object.fromEntries(Object.keys(REPOS).map(repo => [repo, cliReport(path.join(dir, repo)).score]));
    await page.contents.uploadDirectory(dir, `${tmpPath}/papers`);
    await openPanel(page);
    await auditFolder(page, `${tmpPath}/papers`);

    const offer = page.locator(`${PANEL} .jp-ReproAudit-repositories`);
    await expect(offer).toContainText('This folder holds 3 repositories.');
    const rows = offer.locator('tbody tr');
    await expect(rows.locator('.jp-ReproAudit-openRepository')).toHaveText(['paper-a', 'paper-b', 'paper-c']);
    await offer.getByRole('button', { name: 'Audit Each Repository' }).click();
    for (const [i, repo] of Object.keys(REPOS).entries()) {
      await expect(rows.nth(i)).toHaveAttribute('data-score', String(expected[repo]), { timeout: 30000 });
      await expect(rows.nth(i).locator('.jp-ReproAudit-repositoryScore')).toContainText(`${expected[repo]}/100, grade`);
    }
    // The panel still shows the folder's own report while the table fills.
    await expect(page.locator(`${PANEL} .jp-ReproAudit-folderPath`)).toHaveText(`/${tmpPath}/papers`);

    await rows.nth(1).locator('.jp-ReproAudit-openRepository').click();
    await expect(page.locator(`${PANEL} .jp-ReproAudit-folderPath`)).toHaveText(`/${tmpPath}/papers/paper-b`);
    expect(await panelScore(page)).toBe(expected['paper-b']);
    // A single repo gets no offer.
    await expect(page.locator(`${PANEL} .jp-ReproAudit-repositories`)).toHaveCount(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
