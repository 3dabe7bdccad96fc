/**
 * A repo holding `loop -> ..` through the Contents API, which follows links and never names them:
 * the panel walks it once, as the CLI does (same files, same score, one large file not 24), and
 * says where it cut the loop.
 */
import { expect, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as path from 'path';
import { PANEL, auditFolder, cliReport, failOnNativeDialogs, onDisk, openPanel, useReader } from './helpers';

failOnNativeDialogs();

test('a symbolic link loop is walked once and named among the reading problems', async ({ page, tmpPath }) => {
  const repo = onDisk(`${tmpPath}/looped`);
  fs.mkdirSync(path.join(repo, 'data'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'README.md'), '# Looped\n\nRun `python train.py`.\n');
  fs.writeFileSync(path.join(repo, 'train.py'), 'import numpy as np\n\nprint(np.random.rand())\n');
  // 60 MB that take no disk: a sparse file.
  fs.closeSync(fs.openSync(path.join(repo, 'data', 'big.bin'), 'w'));
  fs.truncateSync(path.join(repo, 'data', 'big.bin'), 60 * 1024 * 1024);
  fs.symlinkSync('..', path.join(repo, 'loop'));
  const expected = cliReport(repo);
  const largeFindings = (report: typeof expected) =>
    report.checks.find(c => c.id === 'data')!.findings.filter(f => f.path?.endsWith('big.bin')).length;

  // The Contents API reader (the server extension names links, as the CLI's reader does).
  await useReader(page, 'contents');
  await openPanel(page);
  expect(await auditFolder(page, `${tmpPath}/looped`)).toBe(expected.score);
  await expect(page.locator(`${PANEL} .jp-ReproAudit-when`)).toContainText('· 3 files');
  // The data item names the large file once, as the CLI does.
  const data = page.locator(`${PANEL} [data-check-id="data"]`);
  await data.locator('> .jp-ReproAudit-checkHeader').click();
  await expect(data.locator('.jp-ReproAudit-evidence[data-path="data/big.bin"]')).toHaveCount(largeFindings(expected));
  await expect(data.locator('.jp-ReproAudit-evidence[data-path^="loop/"]')).toHaveCount(0);
  // The reading problems say the loop was cut, and where.
  const warnings = page.locator(`${PANEL} .jp-ReproAudit-warnings`);
  await warnings.locator('.jp-ReproAudit-checkHeader').click();
  const cut = warnings.locator('.jp-ReproAudit-finding').filter({ hasText: 'Symbolic link loop cut' });
  await expect(cut).toHaveCount(1);
  await expect(cut.locator('.jp-ReproAudit-evidence')).toHaveAttribute('data-path', 'loop');
});
