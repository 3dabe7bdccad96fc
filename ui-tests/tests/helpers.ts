/** Shared steps of the audit panel's UI tests. */
import { IJupyterLabPageFixture, expect, test } from '@jupyterlab/galata';
import type { Locator, Page } from '@playwright/test';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** The test server's root folder on disk (jupyter_server_test_config.py). */
export const SERVER_ROOT = process.env.REPRO_AUDIT_SERVER_ROOT || path.resolve(__dirname, '..', '.server-root');
/** Where a server path lives on disk. */
export const onDisk = (serverPath: string): string => path.join(SERVER_ROOT, ...serverPath.split('/'));
export const PANEL = '#repro-audit-panel';

/** One checklist item in the audit panel. */
export const checkItem = (page: Page, id: string): Locator => page.locator(`${PANEL} [data-check-id="${id}"]`);

/** The panel's findings of one check placed in one file. */
export function findingsOf(page: Page, checkId: string, repoPath: string): Locator {
  return checkItem(page, checkId)
    .locator('.jp-ReproAudit-finding')
    .filter({ has: page.locator(`.jp-ReproAudit-evidence[data-path="${repoPath}"]`) });
}

/** The CLI's JSON report of a folder on disk: what the panel must agree with. */
export interface CliReport {
  score: number;
  root: string;
  checks: {
    id: string;
    status: 'pass' | 'warn' | 'fail' | 'na';
    weight: number;
    findings: { status: string; code: string; message: string; path?: string; line?: number; cell?: number }[];
  }[];
}

export function cliReport(dir: string): CliReport {
  const cli = path.join(REPO_ROOT, 'lib', 'node', 'cli', 'main.js');
  let out: string;
  try {
    out = execFileSync('node', [cli, dir, '--format', 'json'], { encoding: 'utf-8' });
  } catch (err) {
    // A low score is a non-zero exit with the report still on stdout.
    out = String((err as { stdout?: string }).stdout ?? '');
  }
  return JSON.parse(out) as CliReport;
}

/**
 * The demo repo without its dot-files: Jupyter Server hides (and refuses to write) those by default,
 * so this is the repo both the CLI and the panel can see in full.
 */
export function demoCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-demo-'));
  fs.cpSync(path.join(REPO_ROOT, 'examples', 'demo'), dir, {
    recursive: true,
    filter: src => !path.basename(src).startsWith('.')
  });
  return dir;
}

/** Fails the test if any alert/confirm/prompt ever opens; returns the messages seen. */
export function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', async dialog => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return seen;
}

/** Kernel ids the server has running (sorted), straight from its REST API, not the page's view of them. */
export async function runningKernels(page: Page): Promise<string[]> {
  const response = await page.request.get('api/kernels');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { id: string }[]).map(k => k.id).sort();
}

/** Fails each test of the file or describe block it is called in if an alert, confirm or prompt opens. */
export function failOnNativeDialogs(): void {
  let dialogs: string[] = [];
  test.beforeEach(({ page }) => {
    dialogs = watchDialogs(page);
  });
  test.afterEach(() => {
    expect(dialogs, 'no alert, confirm or prompt may ever open').toEqual([]);
  });
}

/** A copy of examples/demo made before the tests of the file or describe block it is called in, and removed after. */
export function useDemoCopy(): () => string {
  let dir = '';
  test.beforeAll(() => {
    dir = demoCopy();
  });
  test.afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

export async function runCommand(page: Page, id: string, args: Record<string, unknown> = {}): Promise<unknown> {
  return page.evaluate(
    async ([id, args]) => {
      const result = await (window as any).jupyterapp.commands.execute(id, args);
      return result === undefined ? null : JSON.parse(JSON.stringify(result));
    },
    [id, args] as const
  );
}

/**
 * The panel's 'reader' setting. Default 'auto' reads through the package's server extension; tests about
 * the Contents API's own behaviour (hidden dot-files, slow requests, links it never names) ask for it.
 */
export async function useReader(page: Page, reader: 'auto' | 'server' | 'contents'): Promise<void> {
  await page.evaluate(async reader => {
    const registry = await (window as any).galata.getPlugin('@jupyterlab/apputils-extension:settings');
    await registry.set('jupyterlab-repro-audit:plugin', 'reader', reader);
  }, reader);
}

export async function openPanel(page: IJupyterLabPageFixture): Promise<void> {
  await page.sidebar.openTab('repro-audit-panel');
  await expect(page.locator(PANEL)).toBeVisible();
}

/** Waits until the panel shows a finished report (no progress line) and returns its score. */
export async function panelScore(page: Page): Promise<number> {
  const score = page.locator(`${PANEL} .jp-ReproAudit-score`);
  await expect(page.locator(`${PANEL} .jp-ReproAudit-progress`)).toHaveCount(0, { timeout: 30000 });
  await expect(score).toBeVisible();
  return Number(await score.getAttribute('data-score'));
}

export async function auditFolder(page: Page, serverPath: string): Promise<number> {
  await runCommand(page, 'repro-audit:audit-selected-folder', { path: serverPath });
  return panelScore(page);
}

/** Expands a checklist item in the panel if it is collapsed. */
export async function expandCheck(page: Page, checkId: string): Promise<void> {
  const header = page.locator(`${PANEL} [data-check-id="${checkId}"] > .jp-ReproAudit-checkHeader`);
  if ((await header.getAttribute('aria-expanded')) !== 'true') {
    await header.click();
  }
  await expect(header).toHaveAttribute('aria-expanded', 'true');
}

/** The score `scoreOf` gives for these statuses and weights (report.ts's rule, restated). */
export function expectedScore(checks: { status: string; weight: number }[]): number {
  const credit: Record<string, number> = { pass: 1, warn: 0.5, fail: 0 };
  let total = 0;
  let earned = 0;
  for (const c of checks) {
    if (c.status === 'na' || !(c.weight > 0)) {
      continue;
    }
    total += c.weight;
    earned += c.weight * credit[c.status];
  }
  return total === 0 ? 100 : Math.round((100 * earned) / total);
}
