/**
 * The sidebars at JupyterLab's default width (never widened here): every audit item's header keeps its
 * status word and weight each on one line and its title (wrapped between words at most) apart from them,
 * the dot-files notice is one line, and "What this notebook uses" shows its button label whole and explains
 * what it lists; in the light and dark themes.
 */
import { IJupyterLabPageFixture, expect, test } from '@jupyterlab/galata';
import type { Locator } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { PANEL, auditFolder, demoCopy, failOnNativeDialogs, openPanel, useReader } from './helpers';

const USES = '#repro-audit-uses';
const ARTEFACTS = path.resolve(__dirname, '..', 'artefacts');

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Rendered lines: the box's height over its font's line height. */
  lines: number;
}

/** Each part's box, with how many lines its text takes (height over the computed line height). */
async function boxes(item: Locator, selectors: Record<string, string>): Promise<Record<string, Box>> {
  return item.evaluate((root, selectors) => {
    const out: Record<string, Box> = {};
    for (const [name, selector] of Object.entries(selectors)) {
      const el = selector === ':scope' ? root : root.querySelector(selector);
      if (!el) {
        throw new Error(`no ${selector}`);
      }
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const lineHeight = style.lineHeight === 'normal' ? 1.2 * parseFloat(style.fontSize) : parseFloat(style.lineHeight);
      out[name] = { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, lines: rect.height / lineHeight };
    }
    return out;
  }, selectors);
}

function overlap(a: Box, b: Box): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

async function useTheme(page: IJupyterLabPageFixture, theme: 'light' | 'dark'): Promise<void> {
  if (theme === 'dark') {
    await page.theme.setDarkTheme();
  } else {
    await page.theme.setLightTheme();
  }
}

async function uploadDemo(page: IJupyterLabPageFixture, to: string): Promise<void> {
  const demo = demoCopy();
  try {
    await page.contents.uploadDirectory(demo, to);
  } finally {
    fs.rmSync(demo, { recursive: true, force: true });
  }
}

failOnNativeDialogs();

for (const theme of ['light', 'dark'] as const) {
  test.describe(`at the default sidebar width, ${theme} theme`, () => {
    test('every audit item header keeps its status word and weight on one line, its title apart', async ({ page, tmpPath }) => {
      await uploadDemo(page, `${tmpPath}/demo`);
      await useTheme(page, theme);
      // Through the Contents API, which hides dot-files here: the notice about them is measured too.
      await useReader(page, 'contents');
      await openPanel(page);
      await auditFolder(page, `${tmpPath}/demo`);
      const panel = page.locator(PANEL);
      const panelBox = (await panel.boundingBox())!;
      fs.mkdirSync(ARTEFACTS, { recursive: true });
      await panel.screenshot({ path: path.join(ARTEFACTS, `panel-default-width-${theme}.png`) });
      // The demo has items of every kind of status word, "Not applicable" the longest.
      const items = page.locator(`${PANEL} .jp-ReproAudit-check`);
      expect(await items.count()).toBeGreaterThan(5);
      for (let i = 0; i < (await items.count()); i++) {
        const item = items.nth(i);
        const id = await item.getAttribute('data-check-id');
        const b = await boxes(item, {
          header: ':scope > .jp-ReproAudit-checkHeader',
          status: '.jp-ReproAudit-checkHeader .jp-ReproAudit-status',
          word: '.jp-ReproAudit-checkHeader .jp-ReproAudit-statusText',
          title: '.jp-ReproAudit-checkHeader .jp-ReproAudit-checkTitle',
          weight: '.jp-ReproAudit-checkHeader .jp-ReproAudit-weight'
        });
        // The status word and the weight never wrap; a long title wraps between words, on its own row.
        for (const part of ['word', 'weight'] as const) {
          expect(b[part].lines, `${id}: the ${part} on one line`).toBeLessThan(1.5);
        }
        expect(b.title.lines, `${id}: the title in at most two lines`).toBeLessThan(2.5);
        const title = item.locator('.jp-ReproAudit-checkHeader .jp-ReproAudit-checkTitle');
        expect(await title.evaluate(el => el.scrollWidth <= el.clientWidth), `${id}: no word of the title cut`).toBe(true);
        for (const part of ['word', 'title', 'weight'] as const) {
          expect(b[part].left, `${id}: the ${part} inside the header`).toBeGreaterThanOrEqual(b.header.left - 0.5);
          expect(b[part].right, `${id}: the ${part} inside the header`).toBeLessThanOrEqual(b.header.right + 0.5);
        }
        expect(b.header.right, `${id}: the header inside the panel`).toBeLessThanOrEqual(panelBox.x + panelBox.width + 0.5);
        expect(overlap(b.title, b.weight), `${id}: title and weight apart`).toBe(false);
        expect(overlap(b.title, b.status), `${id}: title and status apart`).toBe(false);
        expect(overlap(b.status, b.weight), `${id}: status and weight apart`).toBe(false);
      }
      // The dot-files notice (this server hides them) is one compact line until opened.
      const note = page.locator(`${PANEL} .jp-ReproAudit-hiddenNote`);
      const summary = await boxes(note, { summary: 'summary' });
      expect(summary.summary.lines).toBeLessThan(1.5);
      await note.locator('summary').click();
      await expect(note).toContainText('may miss them');
    });

    test('"What this notebook uses" shows its button label whole and says what * means', async ({ page, tmpPath }) => {
      await uploadDemo(page, `${tmpPath}/demo`);
      await useTheme(page, theme);
      // A notebook importing everything from a repo module: the list names what `*` brings.
      await page.contents.uploadContent(
        JSON.stringify({
          cells: [{ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: 'from demo_pkg.features import *\n' }],
          metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
          nbformat: 4,
          nbformat_minor: 5
        }),
        'text',
        `${tmpPath}/demo/notebooks/star.ipynb`
      );
      expect(await page.notebook.openByPath(`${tmpPath}/demo/notebooks/star.ipynb`)).toBe(true);
      await page.notebook.activate('star.ipynb');
      await page.sidebar.openTab('repro-audit-uses');
      const view = page.locator(USES);
      const module = view.locator('[data-section="modules"] .jp-ReproAudit-usesModule');
      await expect(module).toHaveCount(1);

      const button = view.locator('.jp-ReproAudit-usesButtons button').first();
      await expect(button).toBeEnabled();
      const fit = await button.evaluate(el => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
        scrollHeight: el.scrollHeight,
        clientHeight: el.clientHeight,
        title: el.getAttribute('title') ?? ''
      }));
      expect(fit.scroll, 'the label is not cut at the side').toBeLessThanOrEqual(fit.client);
      expect(fit.scrollHeight, 'nor at the bottom').toBeLessThanOrEqual(fit.clientHeight);
      // The whole label is visible, and the full sentence is its tooltip.
      const label = (await button.innerText()).trim();
      expect(label.length).toBeGreaterThan(0);
      expect(fit.title).toContain('beside');
      const viewBox = (await view.boundingBox())!;
      const buttonBox = (await button.boundingBox())!;
      expect(buttonBox.x + buttonBox.width).toBeLessThanOrEqual(viewBox.x + viewBox.width + 0.5);

      // The names imported from the module: `*` said in words.
      await expect(module.locator('.jp-ReproAudit-usesDetail')).not.toHaveText('*');
      await expect(module.locator('.jp-ReproAudit-usesDetail')).toContainText('import *');
    });
  });
}
