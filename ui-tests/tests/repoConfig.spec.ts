/**
 * A repo's own `.repro-audit.toml` (an ignore with its reason, weights, an exclude) changes the panel's verdicts
 * exactly as it changes the CLI's: the same score, the same status and weight per item, and the ignored finding
 * shown as ignored with its reason, never dropped.
 */
import { expect, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as path from 'path';
import { PANEL, auditFolder, cliReport, expandCheck, failOnNativeDialogs, onDisk, openPanel } from './helpers';

failOnNativeDialogs();

const REASON = 'this demo shows what an unseeded run prints';
const FILES: Record<string, string> = {
  'README.md': '# Study\n\nRun `python train.py`.\n',
  'requirements.txt': 'numpy==1.26.4\n',
  'train.py': 'import numpy as np\n\nx = np.random.rand(3)\nprint(x)\n',
  // Excluded by the config: without the exclude, dependencies would warn about mystery_pkg.
  'vendor/copied.py': 'import mystery_pkg\n',
  '.repro-audit.toml': [
    'exclude = ["vendor/"]',
    '[weights]',
    'hardware = 0',
    'seeds = 30',
    '[ignore]',
    `"seeds.unseeded-before-use" = "${REASON}"`,
    ''
  ].join('\n')
};

const WORD: Record<string, string> = { pass: 'Pass', warn: 'Warning', fail: 'Fail', na: 'Not applicable' };

test('a repo config changes the panel\'s verdicts as it changes the CLI\'s', async ({ page, tmpPath }) => {
  const folder = `${tmpPath}/configured`;
  // Written on disk: Jupyter Server refuses to create dot-files through its API.
  for (const [name, text] of Object.entries(FILES)) {
    const file = path.join(onDisk(folder), ...name.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  const cli = cliReport(onDisk(folder));
  // The CLI read the config: the finding is ignored with its reason, the weights and the exclude apply.
  const seeds = cli.checks.find(c => c.id === 'seeds')!;
  expect(seeds.findings.map(f => [(f as { code?: string }).code, (f as { ignored?: { reason: string } }).ignored?.reason])).toEqual([
    ['seeds.unseeded-before-use', REASON]
  ]);
  expect(seeds.status).toBe('pass');
  expect(seeds.weight).toBe(30);
  expect(cli.checks.find(c => c.id === 'dependencies')!.status).toBe('pass');

  // This server hides dot-files from the Contents API; the default reader (the server extension) sees them, as the CLI does.
  await openPanel(page);
  expect(await auditFolder(page, folder)).toBe(cli.score);

  const items = page.locator(`${PANEL} .jp-ReproAudit-check`);
  await expect(items).toHaveCount(cli.checks.length);
  for (const [i, check] of cli.checks.entries()) {
    await expect(items.nth(i)).toHaveAttribute('data-check-id', check.id);
    await expect(items.nth(i).locator('.jp-ReproAudit-checkHeader .jp-ReproAudit-statusText')).toHaveText(WORD[check.status]);
    await expect(items.nth(i).locator('.jp-ReproAudit-weight')).toHaveText(`weight ${check.weight}`);
  }

  await expandCheck(page, 'seeds');
  const ignored = page.locator(`${PANEL} [data-check-id="seeds"] .jp-ReproAudit-finding[data-code="seeds.unseeded-before-use"]`);
  await expect(ignored).toHaveAttribute('data-ignored', 'true');
  await expect(ignored.locator('.jp-ReproAudit-ignored')).toHaveText(`Ignored by the repo config: ${REASON}`);
  await expect(ignored.locator('.jp-ReproAudit-code')).toHaveText('seeds.unseeded-before-use');
  // For people to look at (an ignored artefact, never compared).
  await page.locator(PANEL).screenshot({ path: path.resolve(__dirname, '..', 'artefacts', 'repo-config.png') });
});
