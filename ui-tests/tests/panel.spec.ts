/**
 * The audit panel in a real JupyterLab: it agrees with the CLI, opens evidence at its line, audits a
 * folder from the file browser, exports, rescores live, and keeps hostile repo content as text.
 */
import { expect, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as path from 'path';
import { PANEL, auditFolder, cliReport, demoCopy, expandCheck, expectedScore, openPanel, panelScore, runCommand, failOnNativeDialogs, useDemoCopy, useReader } from './helpers';

failOnNativeDialogs();

test.describe('audit panel', () => {
  const demoDir = useDemoCopy();

  test('opens from the sidebar and shows the CLI score for the same repo', async ({ page, tmpPath }) => {
    const expected = cliReport(demoDir());
    await page.contents.uploadDirectory(demoDir(), `${tmpPath}/demo`);

    await page.filebrowser.openDirectory(`${tmpPath}/demo`);
    await openPanel(page);
    // Opening the panel audits the repository folder (the server root by default) at once.
    await panelScore(page);
    await expect(page.locator(`${PANEL} .jp-ReproAudit-folderPath`)).toHaveText('/');

    await runCommand(page, 'repro-audit:audit-current-folder');
    expect(await panelScore(page)).toBe(expected.score);

    await expect(page.locator(`${PANEL} .jp-ReproAudit-folderPath`)).toHaveText(`/${tmpPath}/demo`);
    await expect(page.locator(`${PANEL} .jp-ReproAudit-when`)).toContainText('Audited at');
    // Every item, in the CLI's order, with its status in words and not only in colour.
    const items = page.locator(`${PANEL} .jp-ReproAudit-check`);
    await expect(items).toHaveCount(expected.checks.length);
    for (const [i, check] of expected.checks.entries()) {
      await expect(items.nth(i)).toHaveAttribute('data-check-id', check.id);
      const word = { pass: 'Pass', warn: 'Warning', fail: 'Fail', na: 'Not applicable' }[check.status];
      await expect(items.nth(i).locator('.jp-ReproAudit-checkHeader .jp-ReproAudit-statusText')).toHaveText(word);
    }
    // Read by the package's server extension (the default reader), which sees dot-files: no notice about them.
    await expect(page.locator(`${PANEL} .jp-ReproAudit-reader`)).toHaveAttribute('data-reader', 'server');
    await expect(page.locator(`${PANEL} .jp-ReproAudit-hiddenNote`)).toHaveCount(0);
    // Through the Contents API, dot-files are hidden by this server: the panel says so, and how to lift it.
    await useReader(page, 'contents');
    expect(await auditFolder(page, `${tmpPath}/demo`)).toBe(expected.score);
    await expect(page.locator(`${PANEL} .jp-ReproAudit-reader`)).toHaveAttribute('data-reader', 'contents');
    const note = page.locator(`${PANEL} .jp-ReproAudit-hiddenNote`);
    await note.locator('summary').click();
    await expect(note).toContainText('allow_hidden=True');
  });

  test('shows progress while auditing, and cancel keeps the panel usable', async ({ page, tmpPath }) => {
    await page.contents.uploadDirectory(demoDir(), `${tmpPath}/slow`);
    await useReader(page, 'contents');
    await openPanel(page);
    // A slow server: every Contents API call of the audit waits, so the progress view stays up.
    await page.route(`**/api/contents/${tmpPath}/slow**`, async route => {
      await new Promise(resolve => setTimeout(resolve, 400));
      await route.fallback();
    });
    void runCommand(page, 'repro-audit:audit-selected-folder', { path: `${tmpPath}/slow` });
    const progress = page.locator(`${PANEL} .jp-ReproAudit-progress`);
    await expect(progress).toBeVisible();
    await expect(progress).toContainText(`/${tmpPath}/slow`);
    await expect(progress.locator('.jp-ReproAudit-progressCounts')).toContainText(/\d+ files? found/);
    await progress.locator('.jp-ReproAudit-cancel').click();
    await expect(page.locator(`${PANEL} .jp-ReproAudit-cancelled`)).toContainText('was cancelled');
    await expect(progress).toHaveCount(0);

    await page.unroute(`**/api/contents/${tmpPath}/slow**`);
    await page.locator(`${PANEL} .jp-ReproAudit-retry`).click();
    expect(await panelScore(page)).toBe(cliReport(demoDir()).score);
  });

  test('an evidence link opens the editor at that line', async ({ page, tmpPath }) => {
    const report = cliReport(demoDir());
    const check = report.checks.find(c => c.findings.some(f => f.path && f.line && f.cell === undefined && !f.path.endsWith('.ipynb')));
    expect(check, 'the demo has a finding with a text-file line').toBeTruthy();
    const finding = check!.findings.find(f => f.path && f.line && f.cell === undefined && !f.path.endsWith('.ipynb'))!;
    await page.contents.uploadDirectory(demoDir(), `${tmpPath}/demo`);
    await openPanel(page);
    await auditFolder(page, `${tmpPath}/demo`);

    await expandCheck(page, check!.id);
    const link = page
      .locator(`${PANEL} [data-check-id="${check!.id}"] .jp-ReproAudit-evidence[data-path="${finding.path}"][data-line="${finding.line}"]`)
      .first();
    await expect(link).toHaveText(`${finding.path}:${finding.line}`);
    await link.click();

    const name = path.basename(finding.path!);
    await expect(page.locator('.jp-mod-current .jp-FileEditor, .jp-FileEditor').first()).toBeVisible();
    await expect(page.locator(`.lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current:has-text("${name}")`).first()).toBeVisible();
    const cursor = await page.evaluate(async () => {
      const widget = (window as any).jupyterapp.shell.currentWidget;
      await widget.context.ready;
      return { path: widget.context.path, position: widget.content.editor.getCursorPosition() };
    });
    expect(cursor.path).toBe(`${tmpPath}/demo/${finding.path}`);
    expect(cursor.position.line).toBe(finding.line! - 1);
  });

  test('an evidence link into a notebook activates that cell', async ({ page, tmpPath }) => {
    const report = cliReport(demoDir());
    const pick = report.checks
      .flatMap(c => c.findings.map(f => ({ check: c.id, f })))
      .find(({ f }) => f.path?.endsWith('.ipynb') && f.cell !== undefined);
    expect(pick, 'the demo has a notebook finding with a cell').toBeTruthy();
    await page.contents.uploadDirectory(demoDir(), `${tmpPath}/demo`);
    await openPanel(page);
    await auditFolder(page, `${tmpPath}/demo`);
    await expandCheck(page, pick!.check);
    await page
      .locator(`${PANEL} [data-check-id="${pick!.check}"] .jp-ReproAudit-evidence[data-path="${pick!.f.path}"][data-cell="${pick!.f.cell}"]`)
      .first()
      .click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const widget = (window as any).jupyterapp.shell.currentWidget;
          return widget?.content?.activeCellIndex ?? null;
        })
      , { timeout: 20000 })
      .toBe(pick!.f.cell);
  });

  test('"Audit This Folder" from the file browser context menu', async ({ page, tmpPath }) => {
    const expected = cliReport(demoDir());
    await page.contents.uploadDirectory(demoDir(), `${tmpPath}/repo-from-menu`);
    await page.filebrowser.refresh();
    await page.locator('.jp-DirListing-item[data-isdir="true"]', { hasText: 'repo-from-menu' }).click({ button: 'right' });
    await page.locator('.lm-Menu-item', { hasText: 'Audit This Folder' }).click();

    await expect(page.locator(PANEL)).toBeVisible();
    expect(await panelScore(page)).toBe(expected.score);
    await expect(page.locator(`${PANEL} .jp-ReproAudit-folderPath`)).toHaveText(`/${tmpPath}/repo-from-menu`);
  });

  test('export writes the Markdown and JSON report into the audited folder', async ({ page, tmpPath }) => {
    await page.contents.uploadDirectory(demoDir(), `${tmpPath}/demo`);
    await openPanel(page);
    const score = await auditFolder(page, `${tmpPath}/demo`);

    await runCommand(page, 'repro-audit:export-report');
    const md = `${tmpPath}/demo/repro-audit-report.md`;
    const json = `${tmpPath}/demo/repro-audit-report.json`;
    expect(await page.contents.fileExists(md)).toBe(true);
    expect(await page.contents.fileExists(json)).toBe(true);
    // The Markdown is shown first.
    await expect(page.locator('.lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current', { hasText: 'repro-audit-report.md' })).toBeVisible();

    const written = await page.evaluate(async p => {
      const model = await (window as any).jupyterapp.serviceManager.contents.get(p, { content: true, format: 'text', type: 'file' });
      return model.content as string;
    }, json);
    expect(JSON.parse(written).score).toBe(score);

    // The badge: an SVG file beside it.
    await runCommand(page, 'repro-audit:copy-badge');
    const svg = await page.evaluate(async p => {
      const model = await (window as any).jupyterapp.serviceManager.contents.get(p, { content: true, format: 'text', type: 'file' });
      return model.content as string;
    }, `${tmpPath}/demo/repro-audit-badge.svg`);
    expect(svg).toContain('<svg');
    expect(svg).toContain(`${score}/100`);
  });

  test('saving a file in the audited folder re-audits it (debounced)', async ({ page, tmpPath }) => {
    const before = cliReport(demoDir());
    const withTests = demoCopy();
    fs.mkdirSync(path.join(withTests, 'tests'));
    const testFile = 'from demo_pkg.features import *\n\n\ndef test_nothing():\n    assert True\n';
    fs.writeFileSync(path.join(withTests, 'tests', 'test_features.py'), testFile);
    const after = cliReport(withTests);
    fs.rmSync(withTests, { recursive: true, force: true });
    expect(after.score, 'adding a test changes the demo score').not.toBe(before.score);

    await page.contents.uploadDirectory(demoDir(), `${tmpPath}/demo`);
    await openPanel(page);
    expect(await auditFolder(page, `${tmpPath}/demo`)).toBe(before.score);
    // Saved through JupyterLab, as the editor would, so the panel hears of it.
    await page.evaluate(
      async ([folder, content]) => {
        const contents = (window as any).jupyterapp.serviceManager.contents;
        await contents.save(`${folder}/tests`, { type: 'directory' });
        await contents.save(`${folder}/tests/test_features.py`, { type: 'file', format: 'text', content });
      },
      [`${tmpPath}/demo`, testFile] as const
    );
    await expect(page.locator(`${PANEL} .jp-ReproAudit-score`)).toHaveAttribute('data-score', String(after.score), {
      timeout: 15000
    });
  });

  test('changing weights in the settings rescores live, without a new walk', async ({ page, tmpPath }) => {
    const report = cliReport(demoDir());
    await page.contents.uploadDirectory(demoDir(), `${tmpPath}/demo`);
    await openPanel(page);
    expect(await auditFolder(page, `${tmpPath}/demo`)).toBe(report.score);
    const when = await page.locator(`${PANEL} .jp-ReproAudit-when`).textContent();

    // Only the items the demo passes or half-passes count, twice as much for the first one.
    const weights: Record<string, number> = {};
    for (const c of report.checks) {
      weights[c.id] = c.status === 'fail' ? 0 : 1;
    }
    const firstScored = report.checks.find(c => c.status === 'pass' || c.status === 'warn');
    if (firstScored) {
      weights[firstScored.id] = 2;
    }
    const expected = expectedScore(report.checks.map(c => ({ status: c.status, weight: weights[c.id] })));
    expect(expected).not.toBe(report.score);

    await page.evaluate(async w => {
      const registry = await (window as any).galata.getPlugin('@jupyterlab/apputils-extension:settings');
      await registry.set('jupyterlab-repro-audit:plugin', 'weights', w);
    }, weights);

    await expect(page.locator(`${PANEL} .jp-ReproAudit-score`)).toHaveAttribute('data-score', String(expected));
    await expect(page.locator(`${PANEL} .jp-ReproAudit-when`)).toHaveText(when!);
    const failing = report.checks.find(c => c.status === 'fail');
    if (failing) {
      await expect(page.locator(`${PANEL} [data-check-id="${failing.id}"] .jp-ReproAudit-weight`)).toHaveText('weight 0');
    }
  });
});

test.describe('hostile repo content', () => {
  const EVIL_NAME = '<img src=x onerror=alert(1)>.py';
  const EVIL_README = '# Demo <script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\nRun `python train.py`.\n';

  test('file names and README text render as text, and no dialog fires', async ({ page, tmpPath }) => {
    const folder = `${tmpPath}/hostile`;
    await page.evaluate(
      async ([folder, name, readme, code]) => {
        const contents = (window as any).jupyterapp.serviceManager.contents;
        await contents.save(folder, { type: 'directory' });
        await contents.save(`${folder}/README.md`, { type: 'file', format: 'text', content: readme });
        await contents.save(`${folder}/${name}`, { type: 'file', format: 'text', content: code });
      },
      [folder, EVIL_NAME, EVIL_README, 'import numpy as np\n\nx = np.random.rand(3)\nprint(x)\n'] as const
    );
    await openPanel(page);
    await auditFolder(page, folder);
    for (const id of ['seeds', 'dependencies', 'docs']) {
      await expandCheck(page, id);
    }
    const panel = page.locator(PANEL);
    // The file name shows as the characters it is, in an evidence link...
    await expect(panel.locator('.jp-ReproAudit-evidence', { hasText: EVIL_NAME }).first()).toBeVisible();
    // ...and nothing in the panel became markup.
    await expect(panel.locator('img')).toHaveCount(0);
    await expect(panel.locator('script')).toHaveCount(0);
    expect(await panel.innerHTML()).not.toContain('<img src=x');

    // The exported Markdown escapes it too.
    await runCommand(page, 'repro-audit:export-report');
    const md = await page.evaluate(async p => {
      const model = await (window as any).jupyterapp.serviceManager.contents.get(p, { content: true, format: 'text', type: 'file' });
      return model.content as string;
    }, `${folder}/repro-audit-report.md`);
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    await page.waitForTimeout(500);
  });
});
