/**
 * The default reader is the package's Jupyter Server extension: with a plain install and no server flag,
 * the panel audits a repo whose Binder config lives in `.binder/` (a dot-folder the Contents API hides)
 * exactly as the CLI does, and says which reader ran. A server without the extension (here: its route
 * answering 404) falls back to the Contents API, and the panel says that too.
 */
import { expect, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as path from 'path';
import { PANEL, auditFolder, cliReport, expandCheck, failOnNativeDialogs, onDisk, openPanel } from './helpers';

failOnNativeDialogs();

const FILES: Record<string, string> = {
  'README.md': '# Study\n\n[![Binder](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/gh/me/study/main)\n\nRun `python train.py`.\n',
  '.binder/environment.yml': 'name: study\ndependencies:\n  - python=3.11\n  - numpy=1.26.4\n',
  'train.py': 'import numpy as np\n\nnp.random.seed(0)\nprint(np.random.rand(3))\n'
};

function writeRepo(folder: string): string {
  const repo = onDisk(folder);
  for (const [name, text] of Object.entries(FILES)) {
    const file = path.join(repo, ...name.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return repo;
}

test('the default reader sees .binder/ with no server flag, and the panel agrees with the CLI', async ({ page, tmpPath }) => {
  const repo = writeRepo(`${tmpPath}/study`);
  const cli = cliReport(repo);
  const binder = cli.checks.find(c => c.id === 'binder')!;
  expect(JSON.stringify(binder), 'the CLI reads the .binder/ config').toContain('.binder/environment.yml');

  const requests: string[] = [];
  page.on('request', request => requests.push(new URL(request.url()).pathname));
  await openPanel(page);
  expect(await auditFolder(page, `${tmpPath}/study`)).toBe(cli.score);
  await expect(page.locator(`${PANEL} .jp-ReproAudit-reader`)).toHaveAttribute('data-reader', 'server');
  await expect(page.locator(`${PANEL} .jp-ReproAudit-reader`)).toContainText("server's repo reader");
  await expect(page.locator(`${PANEL} .jp-ReproAudit-hiddenNote`)).toHaveCount(0);
  await expandCheck(page, 'binder');
  await expect(page.locator(`${PANEL} [data-check-id="binder"] .jp-ReproAudit-checkHeader .jp-ReproAudit-statusText`).first()).toHaveText(
    { pass: 'Pass', warn: 'Warning', fail: 'Fail', na: 'Not applicable' }[binder.status]
  );
  await expect(page.locator(`${PANEL} [data-check-id="binder"]`)).toContainText('.binder/environment.yml');
  // The audit of the folder read nothing through the Contents API: the extension walked and read it all.
  expect(requests.filter(p => p.includes(`/api/contents/${tmpPath}/study`))).toEqual([]);
  expect(requests.filter(p => p.endsWith('/repro-audit/walk')).length).toBeGreaterThan(0);
  // The file browser still hides the dot-folder.
  expect(await page.contents.directoryExists(`${tmpPath}/study/.binder`)).toBe(false);
});

test('a server without the extension: the Contents API reads, and the panel says so', async ({ page, tmpPath }) => {
  writeRepo(`${tmpPath}/study`);
  await page.route('**/repro-audit/**', route =>
    route.fulfill({ status: 404, contentType: 'text/html', body: '<html><body>404: Not Found</body></html>' })
  );
  await openPanel(page);
  await auditFolder(page, `${tmpPath}/study`);
  await expect(page.locator(`${PANEL} .jp-ReproAudit-reader`)).toHaveAttribute('data-reader', 'contents');
  await expect(page.locator(`${PANEL} .jp-ReproAudit-reader`)).toHaveText('Read through the Contents API');
  await expect(page.locator(`${PANEL} .jp-ReproAudit-hiddenNote`)).toBeVisible();
});
