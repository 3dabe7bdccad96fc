/**
 * The engine runs in a Web Worker: on the demo repo (dot-files included, as the server reader sees them)
 * the panel says the checks ran in a background worker and shows the CLI's score and every item's
 * status and summary. When the browser cannot load the worker, the page runs the engine, gives the same
 * report, and says why.
 */
import { expect, test } from '@jupyterlab/galata';
import type { Page } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { PANEL, REPO_ROOT, auditFolder, cliReport, failOnNativeDialogs, onDisk, openPanel } from './helpers';

failOnNativeDialogs();

function demoOnDisk(serverPath: string): string {
  const dir = onDisk(serverPath);
  fs.cpSync(path.join(REPO_ROOT, 'examples', 'demo'), dir, { recursive: true });
  return dir;
}

/** Each item's status (from its class) and summary, as the panel shows them. */
async function panelItems(page: Page): Promise<Record<string, { status: string; summary: string }>> {
  return page.evaluate(selector => {
    const items: Record<string, { status: string; summary: string }> = {};
    document.querySelectorAll(`${selector} [data-check-id]`).forEach(li => {
      const status = [...li.classList].find(c => /^jp-ReproAudit-check-(pass|warn|fail|na)$/.test(c)) ?? '';
      items[li.getAttribute('data-check-id')!] = {
        status: status.replace('jp-ReproAudit-check-', ''),
        summary: li.querySelector('.jp-ReproAudit-checkSummary')?.textContent ?? ''
      };
    });
    return items;
  }, PANEL);
}

function cliItems(dir: string): { score: number; items: Record<string, { status: string; summary: string }> } {
  const report = cliReport(dir) as ReturnType<typeof cliReport> & { checks: { summary: string }[] };
  const items: Record<string, { status: string; summary: string }> = {};
  for (const check of report.checks) {
    items[check.id] = { status: check.status, summary: check.summary };
  }
  return { score: report.score, items };
}

test('the audit runs in a worker and agrees with the CLI on the demo', async ({ page, tmpPath }) => {
  const cli = cliItems(demoOnDisk(`${tmpPath}/demo`));
  await openPanel(page);
  expect(await auditFolder(page, `${tmpPath}/demo`)).toBe(cli.score);
  await expect(page.locator(`${PANEL} .jp-ReproAudit-engine`)).toHaveAttribute('data-engine', 'worker');
  await expect(page.locator(`${PANEL} .jp-ReproAudit-engine`)).toHaveText('Checked in a background worker');
  expect(await panelItems(page)).toEqual(cli.items);
});

test('a worker the browser cannot load: the page runs the checks, with the same report, and says so', async ({ page, tmpPath }) => {
  const cli = cliItems(demoOnDisk(`${tmpPath}/demo`));
  // The worker's script is the labextension's chunk named after the worker (createAuditWorker.ts).
  await page.route(/\/static\/repro-audit\.[0-9a-f]+\.js(\?|$)/, route => route.fulfill({ status: 404, body: 'Not Found' }));
  await openPanel(page);
  expect(await auditFolder(page, `${tmpPath}/demo`)).toBe(cli.score);
  await expect(page.locator(`${PANEL} .jp-ReproAudit-engine`)).toContainText('Checked on the page');
  expect(await panelItems(page)).toEqual(cli.items);
});
